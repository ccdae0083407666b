"""Who speaks in a statement, readout or transcript: the actor "I" and "we" stand for when no reporting verb
in the sentence says. Read from the article's title ("Statement by President Biden on ...", "Remarks by the
Vice President at ...", "Readout of Secretary Blinken's Call with ..."); the title words live in
ontology/lexicon/rules.json (``speaker_titles``). No spaCy here.
"""
from __future__ import annotations

import re

from ..gazetteer import Gazetteer
from ..ingest import slug
from ..model import ActorRef

__all__ = ["title_speaker", "has_other_speakers"]

#: A turn in a transcript: "Q", or a speaker's name in capitals followed by a colon ("MS. PSAKI:").
_TURN = re.compile(r"^\s*(?:Q\b|(?P<who>[A-Z][A-Z.'\- ]{1,40}):)", re.MULTILINE)


def has_other_speakers(text: str, rules: dict) -> bool:
    """Whether a transcript gives the floor to anyone but its principal ("Q", "SENATOR X:", ...): then "I" and
    "we" cannot be read as the title's speaker without knowing whose turn it is."""
    principal = {label.upper() for label in rules["principal_speaker_labels"]}
    for turn in _TURN.finditer(text):
        who = (turn.group("who") or "Q").strip()
        if who not in principal:
            return True
    return False


def _forms(gazetteer: Gazetteer) -> tuple:
    """Every name of a known person, and a surname alone where no other known person shares it (a role like
    "President" names many people: never used alone); each with its pattern. Made once per gazetteer."""
    return gazetteer.derived("speaker_forms", lambda gaz: tuple(
        (form, entry, re.compile(r"\b{}\b".format(re.escape(form.lower())))) for form, entry in _names(gaz)))


def _names(gazetteer: Gazetteer):
    # the hand gazetteer's people only: the dictionaries' thousands of dated officials share surnames and
    # would make every surname ambiguous
    people = gazetteer.hand_people()
    surnames: dict = {}
    for entry in people:
        surnames.setdefault(entry.label.split()[-1].lower(), []).append(entry)
    for entry in people:
        for form, kind in entry.surface_forms():
            if kind == "name" and len(form) > 3:
                yield form, entry
        surname = entry.label.split()[-1]
        if len(surname) > 3 and len(surnames[surname.lower()]) == 1:
            yield surname, entry


def title_speaker(title: str | None, gazetteer: Gazetteer, rules: dict) -> ActorRef | None:
    """The person an article's title says is speaking, if the title is a statement's or transcript's and
    the person is a known actor.

    >>> from kg.gazetteer import load_gazetteer
    >>> from kg.resources import read_json_resource
    >>> title_speaker("Statement by President Biden on the Passage of a Bill", load_gazetteer(),
    ...               read_json_resource("lexicon", "rules.json")).label
    'Joe Biden'
    """
    if not title:
        return None
    words = rules["speaker_titles"]
    pattern = r"^\s*(?:{})\b.*?\b(?:by|from|of)\s+(?P<who>.+)$".format("|".join(map(re.escape, words)))
    found = re.match(pattern, " ".join(title.split()), flags=re.IGNORECASE)
    if found is None:
        return None
    who = found.group("who")
    # the speaker is named before what the statement is about: "... by X on Y", "... of X's Call with Y"
    named = re.split(r"\s+(?:on|at|to|in|and|after|before|during|for|with|regarding|announcing)\s+|['\u2019]s\b",
                     who, maxsplit=1)[0]
    who = named.lower()
    best = None
    for form, entry, pattern in _forms(gazetteer):
        at = pattern.search(who)
        if at is not None and (best is None or len(form) > best[0]):
            best = (len(form), entry, at)
    if best is None:
        return None
    _, entry, at = best
    given = _given_name_before(named, at.start(), entry, rules)
    if given is not None:
        # "First Lady Jill Biden": the surname of a known person with another given name is another person
        name = f"{given} {named[at.start():at.end()]}"
        return ActorRef(key=f"person/{slug(name)}", label=name, cls="Person", acts_for=None)
    return ActorRef(key=entry.id, label=entry.label, cls=entry.cls, acts_for=entry.acts_for)


def _given_name_before(named: str, start: int, entry, rules: dict) -> str | None:
    """The capitalised word right before a surname-only match, when it is a given name other than the known
    person's (not a title such as "President", "First Lady", "Dr.")."""
    words = named[:start].split()
    if not words:
        return None
    word = words[-1].strip(".,")
    titles = {w.lower() for w in rules["role_nouns"]} | {w.lower() for w in rules["speaker_title_words"]}
    if not word[:1].isupper() or not word.isalpha() or word.lower() in titles or \
            word.lower() in entry.label.lower().split():
        return None
    return word
