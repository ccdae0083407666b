"""A person's gender, as far as the article or the name tells it, so that 'she' and 'her' point only at a
woman and 'he' and 'his' never at one (word lists: ontology/gazetteer/gender.json)."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Span

from ...resources import read_json_resource, word_lists
from ..coref import FEMALE
from .tree import word_before

MALE = "male"


@dataclass(frozen=True)
class GenderWords:
    female_names: frozenset
    male_names: frozenset
    female_words: frozenset
    male_words: frozenset
    person_nouns: frozenset
    relative_nouns: frozenset


@lru_cache(maxsize=1)
def gender_words() -> GenderWords:
    return word_lists(GenderWords, read_json_resource("gazetteer", "gender.json"))


def is_first_name(word: str) -> bool:
    """Whether a one-word name is a given name of the lists ('Joe', 'Monica'), not a surname."""
    words = gender_words()
    return word in words.female_names or word in words.male_names


def _word_gender(word: str) -> str | None:
    words = gender_words()
    word = word.lower().rstrip(".")
    return FEMALE if word in words.female_words else MALE if word in words.male_words else None


def name_gender(label: str) -> str | None:
    """The gender a person's given name (the first word of ``label`` that is one) says, if any."""
    words = gender_words()
    parts = label.split()
    while len(parts) > 1 and (len(parts[0]) <= 2 or parts[0].endswith(".")):
        parts = parts[1:]  # "J. Edgar Hoover": the given name after an initial
    first = parts[0] if parts else ""
    return FEMALE if first in words.female_names else MALE if first in words.male_names else None


def span_gender(span: Span) -> str | None:
    """The gender the words around one mention of a person say: a title before the name ('Mrs.', 'First
    Lady', 'Queen', 'Sir'), a noun in apposition or compound with it ('his wife, Jill', 'Congresswoman
    Lee'), or a title inside the model's entity ('Ms. Lopez')."""
    doc = span.doc
    found = set()
    before = word_before(doc, span.start)
    if before is not None:
        found.add(_word_gender(before.text))
    found.add(_word_gender(span[0].text))
    root = span.root
    if root.dep_ in ("appos", "compound") and not (span.start <= root.head.i < span.end):
        found.add(_word_gender(root.head.lemma_))
    for child in root.children:
        if child.dep_ in ("appos", "compound") and not (span.start <= child.i < span.end):
            found.add(_word_gender(child.lemma_))
    found.discard(None)
    return found.pop() if len(found) == 1 else None


def genders(mentions) -> dict[str, str]:
    """The gender of each person among ``mentions`` ((ActorRef, Span) pairs) that the text or the name says,
    by key; a person with signs of both is left out (unknown)."""
    seen: dict[str, set] = {}
    for ref, span in mentions:
        if ref.cls != "Person":
            continue
        signs = seen.setdefault(ref.key, set())
        signs.add(span_gender(span))
        signs.add(name_gender(ref.label))
    out = {}
    for key, signs in seen.items():
        signs.discard(None)
        if len(signs) == 1:
            out[key] = signs.pop()
    return out
