"""How an actor is named: a name cleaned of articles and possessives, a name continued over a line end, the
phrase a group names itself with, acronyms of names."""
from __future__ import annotations

import re

from spacy.tokens import Span, Token

from .kinds import QUANTIFIERS, non_actor_words

#: Lower-case words inside a person's name ('Mohammed bin Zayed', 'Ursula von der Leyen'): a name cut at a line
#: end before one of them goes on after it
PERSON_NAME_PARTICLES = frozenset({"bin", "bint", "ibn", "al", "el", "de", "da", "do", "dos", "das", "del", "della", "di",
                            "van", "von", "der", "den", "la", "le", "du", "ben", "abu"})
TITLE_WORDS = re.compile(r"^(mr|mrs|ms|dr|president|prime|minister|general|gen|king|queen|sir|lord)\.?\s+", re.I)


def continued_on_next_line(ent: Span) -> str:
    """' Trudeau' when a name runs over a line end ('Prime Minister Justin' / 'Trudeau met ...')."""
    doc = ent.doc
    last = ent.end - 1
    while last > ent.start and doc[last].is_space:
        last -= 1
    i = last + 1
    newline = "\n" in doc[last].whitespace_
    while i < len(doc) and doc[i].is_space:
        newline |= "\n" in doc[i].text
        i += 1
    if not newline:
        return ""
    text = ""
    count = 0
    while i < len(doc) and count < 3 and (doc[i].pos_ == "PROPN" and doc[i].text[:1].isupper() or (
            doc[i].lower_ in PERSON_NAME_PARTICLES and i + 1 < len(doc) and doc[i + 1].text[:1].isupper()
            and doc[i].whitespace_ == " ")):
        text += doc[i].text
        count += doc[i].lower_ not in PERSON_NAME_PARTICLES
        if doc[i].whitespace_ == "" and i + 2 < len(doc) and doc[i + 1].text == "-":  # "Al-Sisi"
            text += "-"
            i += 2
            continue
        if doc[i].whitespace_ != " ":
            break
        text += " "
        i += 1
    return " " + text.strip() if text else ""


def group_label(tok: Token) -> str:
    """'Ivory Coast rebels': the noun with its modifiers' whole phrases (not just 'Coast rebels')."""
    mods = [c for c in tok.lefts if c.dep_ in ("amod", "compound", "nmod") and c.lower_ not in QUANTIFIERS]
    if not mods:
        return tok.text
    start = min(c.left_edge.i for c in mods)
    while start < tok.i and tok.doc[start].lower_ in non_actor_words().measure_nouns:
        start += 1  # "the amount credit card companies can charge": the amount is no part of the group
    return tok.doc[start: tok.i + 1].text


def is_acronym_of(short: str, name: str) -> bool:
    """'LDP' for 'Liberal Democratic Party': the capitals of the name's words, in order."""
    if not (2 <= len(short) <= 8 and short.isupper() and short.isalpha()):
        return False
    initials = "".join(w[0] for w in re.findall(r"[A-Za-z][\w'-]*", name) if w[0].isupper())
    return initials == short or initials.replace("T", "", 1) == short and name.startswith("The")


def clean_name(text: str) -> str:
    text = re.sub(r"^(the|The)\s+", "", text.strip())
    text = re.sub(r"['\u2019]s?$", "", text)
    return re.sub(r"\s+", " ", text).strip(" ,.;:'\"\u2018\u2019\u201c\u201d")


def phrase_text(tok: Token) -> str:
    words = [c for c in tok.lefts if c.dep_ in ("amod", "compound", "nmod", "poss") and c.pos_ != "PRON"
             and c.lower_ not in QUANTIFIERS] + [tok]
    return " ".join(w.text for w in words)


def unique_refs(pairs):
    """``pairs`` without repeats: one per key, and no name kg made from the text that ends with a person's name
    found beside it ('National Security Advisor for International Economics Mike Pyle', a title the model took
    for an organisation, run on into the name): that is the person, named twice."""
    seen, out = set(), []
    people = {ref.label for ref, _ in pairs if ref.cls == "Person"}
    for ref, text in pairs:
        if ref.key not in seen and not (ref.source == "text" and ref.cls != "Person"
                                        and any(ref.label.endswith(" " + name) for name in people)):
            seen.add(ref.key)
            out.append((ref, text))
    return out


_COUNTRY_AND_DEPARTMENT = re.compile(r"^(?:(?:the|united states|u\.s\.|us)\s+)*(?:department|dept\.?)\s+of\s+(?:the\s+)?",
                                     re.I)


def organisation_key_name(name: str) -> str:
    """'Health and Human Services' for 'the U.S. Department of Health and Human Services': the words that
    name a department, so that its short and long names are one node."""
    short = _COUNTRY_AND_DEPARTMENT.sub("", name)
    return short if short and short != name and len(short.split()) >= 1 else name

