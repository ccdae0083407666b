"""Which words and names can name an actor: word lists of kinds that are no actors on their own, and the
tests that use them (a law's name, an adjective the model took for a name, a group noun without a modifier)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Span, Token

from ...resources import read_json_resource, word_lists

#: "the bloc" is an organisation, "the country" a state: which actor classes a definite description can mean
DESCRIPTION_CLASSES = {
    **dict.fromkeys(("bloc", "alliance", "organisation", "organization"), ("IntergovernmentalOrganization",)),
    **dict.fromkeys(("country", "nation", "state", "republic", "kingdom"), ("State",)),
    **dict.fromkeys(("government", "regime", "capital"), ("State", "GovernmentBody")),
    # "the agency", "the watchdog": a body named before (the IAEA, a ministry's agency), not a news agency
    **dict.fromkeys(("agency", "watchdog"), ("IntergovernmentalOrganization", "GovernmentBody")),
    # "the group", "the rebels": an armed group or a movement named before
    **dict.fromkeys(("group", "movement", "militia", "faction"), ("ArmedGroup", "Organization")),
    **dict.fromkeys(("rebel", "guerrilla", "insurgent", "militant"), ("ArmedGroup",)),
}
QUANTIFIERS = {"more", "many", "some", "several", "few", "other", "most", "all", "any", "numerous"}
#: Sectors that take up arms against their state (rebels, insurgents, separatists) or whose arms no one owns
#: (unidentified armed forces: "gunmen in Mali"): a group of their own within it ("Syrian rebels"); the others
#: roll up to the state with the sector in their code ("Iranian police").
OWN_GROUP_SECTORS = {"REB", "INS", "SEP", "UAF"}
#: Group nouns that say nothing of who without a modifier: "nations", "members", "sides" are no actors.
ABSTRACT_GROUPS = {"nation", "country", "state", "side", "party", "source", "member", "group", "community",
                   "people", "company", "organization", "organisation", "movement", "union", "faction"}
#: Modifiers that describe no group: "the very people", "their respective governments".
VAGUE_MODIFIERS = {"very", "respective", "same", "other", "such", "certain", "various", "own", "these", "those"}
#: A one-word name the model found that ends so is an adjective ("Tribal", "Federal", "Bipartisan", "Allied").
ADJECTIVE_ENDINGS = ("al", "ic", "ous", "ive", "ary", "ian", "ese", "isan", "ied")
#: Sectors of a state's officials: "the minister" alone is a person named earlier, if any.
PERSON_AGENT_SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG", "SPY", "ELI"}


def outside_the_state(ref, not_people=()) -> bool:
    """A state's people, not the state: an actor rolled up to a state with a CAMEO sector of its own that is not
    one of the state's (PERSON_AGENT_SECTORS) nor in ``not_people`` (rules.json people_sectors): 'KENEDU',
    'NGALAB', 'SRBOPP'."""
    sector = (ref.code or "")[3:6]
    return ref.cls == "State" and bool(sector) and sector not in PERSON_AGENT_SECTORS and sector not in not_people


def singular(word: str) -> str:
    """A plural noun's singular as the group-noun lists key it: 'authorities' -> 'authority', 'troops' -> 'troop'."""
    return word[:-3] + "y" if word.endswith("ies") else word.rstrip("s")


def names_a_people(ent: Span) -> bool:
    """'Kurds', 'Tamils', 'Christians', 'Democrats': a people, faith or party no dictionary files under a state or
    a body, named by a plural that heads its phrase, is a group of its own (not nobody)."""
    return ent.label_ == "NORP" and not ent.ent_id_ and ent.text[:1].isupper() \
        and ent.root.tag_ in ("NNPS", "NNS") and ent.root.dep_ not in ("amod", "compound", "nmod") \
        and not _of_several_states(ent.text)


def unlisted_people_modifier(tok: Token) -> bool:
    """'Kurdish' in 'Kurdish leaders': a people no dictionary files under a state, modifying a group noun."""
    return tok.dep_ in ("amod", "compound") and tok.ent_type_ == "NORP" and not tok.ent_id_ \
        and tok.text[:1].isupper() and not _of_several_states(tok.text)


def _of_several_states(name: str) -> bool:
    return not non_actor_words().peoples_of_several_states.isdisjoint(name.lower().split())


def is_described(tok: Token) -> bool:
    return any(c.dep_ in ("amod", "compound", "nmod") and c.lower_ not in QUANTIFIERS for c in tok.children)


@dataclass(frozen=True)
class NonActorWords:
    """The word lists of ontology/gazetteer/non-actors.json (what each means is said there)."""

    document_words: frozenset
    document_heads: frozenset
    bill_patterns: tuple
    programme_names: frozenset
    region_prefixes: frozenset
    region_names: frozenset
    not_names: frozenset
    title_words: frozenset
    organisation_heads: frozenset
    place_heads: frozenset
    place_first_heads: frozenset
    patronymic_particles: frozenset
    leading_quantifiers: frozenset
    company_suffixes: frozenset
    building_names: frozenset
    place_prepositions: frozenset
    motion_verbs: frozenset
    place_object_verbs: frozenset
    measure_nouns: frozenset
    peoples_of_descent: frozenset
    peoples_of_several_states: frozenset
    sport_words: frozenset
    sport_sides: frozenset
    site_nouns: frozenset
    site_grounds: frozenset
    settlement_nouns: frozenset


@lru_cache(maxsize=1)
def non_actor_words() -> NonActorWords:
    data = read_json_resource("gazetteer", "non-actors.json")
    return word_lists(NonActorWords, data, bill_patterns=tuple(re.compile(p, re.I) for p in data["bill_patterns"]))


def _bare(word: str) -> str:
    return word.lower().rstrip(".")


def _singular(word: str) -> str:
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def named_as_a_settlement(ent: Span) -> bool:
    """'the city of El Fasher', 'the Sudanese town of Tawila': a name that is the 'of' phrase of a lower-case noun
    of settlement (non-actors.json settlement_nouns) names a town or region ('the City of London' is a name of
    its own, capitalised)."""
    root = ent.root
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "of" or prep.i != ent.start - 1:
        return False
    noun = prep.head
    return noun.i == prep.i - 1 and noun.lower_ == noun.text \
        and _singular(noun.lower_) in non_actor_words().settlement_nouns


def names_a_document(ent: Span) -> bool:
    """'the Safe Streets Act of 2022', 'the George Floyd Justice in Policing Act', '(ADA)' after 'Act',
    'the Global Fund Replenishment', 'the SUN Bucks program', 'S. 4524': the name of a law, a document, a
    programme or an occasion."""
    words = non_actor_words()
    doc = ent.doc
    tail = list(ent)
    i = ent.end
    while i < len(doc) and len(tail) < len(ent) + 4 and (doc[i].text[:1].isupper() or doc[i].lower_ in
                                                           ("of", "in", "for", "and", "on", "to")):
        tail.append(doc[i])
        i += 1
    if any(t.lower_ in words.document_words and t.text[:1].isupper() for t in tail[1:]):
        return True
    if ent[-1].lower_ in words.document_heads and len(ent) > 1:
        return True
    after = doc[ent.end] if ent.end < len(doc) else None
    if after is not None and after.lower_ in words.document_words | words.document_heads and \
            ent.root.head.i == after.i and ent.root.dep_ in ("compound", "nmod", "amod"):
        return True  # "the SUN Bucks program": the name of what the noun after it is
    if after is not None and after.text == "(" and ent[-1].lower_ in words.document_words:
        return True
    if after is not None and after.text == "(" and ent.end + 3 < len(doc) and doc[ent.end + 2].text == ")" and \
            doc[ent.end + 3].lower_ in words.document_words | words.document_heads:
        return True  # "Public Service Loan Forgiveness (PSLF) Program"
    before = ent.start - 1
    if before >= 1 and doc[before].text == "(" and doc[before - 1].lower_ in words.document_words:
        return True
    if before >= 1 and doc[before].lower_ in ("on", "of", "for", "to") and doc[before - 1].text[:1].isupper() and \
            doc[before - 1].lower_ in words.document_words | words.document_heads:
        return True  # "the Los Angeles Declaration on Migration and Protection"
    text = clean_text(ent.text)
    with_before = clean_text(doc[before].text + " " + ent.text) if before >= 0 else text
    return any(p.match(text) or p.match(with_before) for p in words.bill_patterns)


def clean_text(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"^(the|The)\s+", "", text.strip())).strip(" ,;:'\"\u2019")


def names_a_programme_or_region(ent: Span) -> bool:
    """'Medicare', 'the Western Hemisphere', 'the Indo-Pacific': a programme or a region, no actor."""
    words = non_actor_words()
    name = clean_text(ent.text).lower()
    if name in words.programme_names:
        return True
    parts = name.split()
    while len(parts) > 1 and parts[0] in words.region_prefixes:
        parts = parts[1:]
    return " ".join(parts) in words.region_names or (len(parts) == 1 and parts[0] in words.region_names)


def names_nobody(ent: Span, lower_case_words: frozenset | set = frozenset()) -> bool:
    """A transcript's tag ('AUDIENCE', 'Inaudible'), an honorific of address ('Your Majesty'), the first
    words of a title the model took for a body ('National Security' Advisor), or a common
    word the model took for a name: one word the same article also writes in lower case ('Budget' at a
    line's start, 'budget' elsewhere; ``lower_case_words`` are the article's words written so)."""
    words = non_actor_words()
    name = clean_text(ent.text)
    if name.lower() in words.not_names:
        return True
    if " " not in name and _singular(_bare(name)) in (words.title_words | words.document_words | words.document_heads
                                                      | words.organisation_heads | words.place_heads):
        return True  # "Madam", "Medal", "Department", "the Islands": a title's, a document's or a body's word alone
    if len(name.split()) > 1 and all(_singular(_bare(w)) in words.title_words for w in name.split()):
        return True  # "National Security Advisor", "First Ladies": a title, no body
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    if ent.label_ == "ORG" and after is not None and after.text[:1].isupper() and _bare(after.text) in \
            words.title_words and not after.ent_type_ == "ORG" and name.split()[-1] not in ("of", "the", "for", "and"):
        return True  # "National Security Advisor Jake Sullivan": the first words of a title
    if len(ent) != 1 or not name.isalpha():
        return False
    return name.lower() in lower_case_words


def strip_titles(name: str) -> tuple[str, str | None]:
    """('Tom Homan', 'border czar') for 'Border Czar Tom Homan': the leading titles and ranks off a name, and
    the title they make (None without one). A name that is titles only stays whole ('Major')."""
    words = non_actor_words().title_words
    parts = name.split()
    cut = 0
    while cut < len(parts) - 1 and _bare(parts[cut]) in words:
        cut += 1
    if not cut:
        return name, None
    return " ".join(parts[cut:]), " ".join(parts[:cut]).lower()


def person_name_kind(name: str, gerund_first: bool = False) -> str:
    """'Person', or 'Organization' / 'Place' / '' when the words the model called a person's name say it
    is a body ('Annandale Christian Community'), a place ('Joint Base Andrews', 'Fort Liberty') or no name
    ('Detachment A-321',
    'Combating Racism': digits, a gerund first)."""
    words = non_actor_words()
    parts = name.split()
    if not parts or any(c.isdigit() for c in name):
        return ""
    if len(parts) > 1 and gerund_first:
        return ""
    first, last = _bare(parts[0]), _bare(parts[-1])
    if len(parts) == 1 and _singular(first) in (words.organisation_heads | words.place_heads | words.title_words
                                                 | words.document_words | words.document_heads):
        return ""  # "Department": a word of a body's name alone
    if len(parts) > 1 and (last in words.organisation_heads or first in words.organisation_heads):
        return "Organization"
    if len(parts) > 1 and (last in words.place_heads or first in words.place_first_heads):
        return "Place"
    return "Person"


def trim_name(name: str) -> str:
    """'Supreme Court' for 'Multiple Supreme Court' (justices), 'NGA' for 'NGA Vice-' (Chair): the words before
    a name that count its members, and a title's first half after it."""
    words = non_actor_words()
    parts = name.split()
    while len(parts) > 1 and parts[0].lower() in words.leading_quantifiers:
        parts = parts[1:]
    while len(parts) > 1 and parts[-1].endswith("-"):
        parts = parts[:-1]
    while len(parts) > 1 and parts[-1].lower() in ("of", "the", "and", "for"):
        parts = parts[:-1]
    return " ".join(parts)


def modifies_a_document(ent: Span) -> bool:
    """'the UN Charter', 'the G7 Summit', 'the Paris Agreement': a name, known or not, used as the first words
    of a document's or an occasion's name is no actor there."""
    words = non_actor_words()
    doc = ent.doc
    if ent.end >= len(doc):
        return False
    after = doc[ent.end]
    return after.text[:1].isupper() and after.lower_ in words.document_words | words.document_heads and \
        any(t.head.i == after.i and t.dep_ in ("compound", "nmod", "amod", "det") for t in ent)


def a_sports_side(tok: Token) -> bool:
    """'the German football team', 'Pakistan's cricket squad', 'Olympic athletes' (non-actors.json sport_words,
    sport_sides); not 'the sports minister', 'the Olympic committee', 'football fans'."""
    words = non_actor_words()
    if tok.lemma_.lower() not in words.sport_sides and tok.text not in words.sport_sides:
        return False
    return any(c.dep_ in ("compound", "amod", "nmod") and c.lower_ in words.sport_words for c in tok.children)
