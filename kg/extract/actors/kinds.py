"""Which words and names can name an actor: word lists of kinds that are no actors on their own, and the
tests that use them (a law's name, an adjective the model took for a name, a group noun without a modifier)."""
from __future__ import annotations

from spacy.tokens import Span, Token

#: "the bloc" is an organisation, "the country" a state: which actor classes a definite description can mean
DESCRIPTION_CLASSES = {
    **dict.fromkeys(("bloc", "alliance", "organisation", "organization"), ("IntergovernmentalOrganization",)),
    **dict.fromkeys(("country", "nation", "state", "republic", "kingdom"), ("State",)),
    **dict.fromkeys(("government", "regime", "capital"), ("State", "GovernmentBody")),
}
QUANTIFIERS = {"more", "many", "some", "several", "few", "other", "most", "all", "any", "numerous"}
#: Sectors that take up arms against their state (rebels, insurgents, separatists): a group of their own within
#: it ("Syrian rebels"); the others roll up to the state with the sector in their code ("Iranian police").
OWN_GROUP_SECTORS = {"REB", "INS", "SEP"}
#: Group nouns that say nothing of who without a modifier: "nations", "members", "sides" are no actors.
ABSTRACT_GROUPS = {"nation", "country", "state", "side", "party", "source", "member", "group", "community",
                   "people", "company", "organization", "organisation", "movement", "union", "faction"}
#: Modifiers that describe no group: "the very people", "their respective governments".
VAGUE_MODIFIERS = {"very", "respective", "same", "other", "such", "certain", "various", "own", "these", "those"}
#: A one-word name the model found that ends so is an adjective ("Tribal", "Federal", "Bipartisan").
ADJECTIVE_ENDINGS = ("al", "ic", "ous", "ive", "ary", "ian", "ese", "isan")
#: Last words of a name that makes it a law, a treaty or a programme, not an actor.
DOCUMENT_WORDS = {"act", "acts", "accord", "accords", "treaty", "agreement", "bill", "law", "amendment",
                  "declaration", "strategy", "initiative", "program", "programme", "plan", "day", "week", "month",
                  "memorandum", "order", "orders", "proclamation", "policy", "policies"}

#: Sectors of a state's officials: "the minister" alone is a person named earlier, if any.
PERSON_AGENT_SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG", "SPY", "ELI"}


def is_described(tok: Token) -> bool:
    return any(c.dep_ in ("amod", "compound", "nmod") and c.lower_ not in QUANTIFIERS for c in tok.children)


def names_a_document(ent: Span) -> bool:
    """'the Safe Streets Act of 2022', 'the George Floyd Justice in Policing Act', '(ADA)' after 'Act':
    the name of a law, a treaty or a programme."""
    doc = ent.doc
    tail = list(ent)
    i = ent.end
    while i < len(doc) and len(tail) < len(ent) + 4 and (doc[i].text[:1].isupper() or doc[i].lower_ in
                                                           ("of", "in", "for", "and", "on", "to")):
        tail.append(doc[i])
        i += 1
    if any(t.lower_ in DOCUMENT_WORDS and t.text[:1].isupper() for t in tail[1:]):
        return True
    if ent.end < len(doc) - 1 and doc[ent.end].text == "(" and ent[-1].lower_ in DOCUMENT_WORDS:
        return True
    before = ent.start - 1
    return before >= 1 and doc[before].text == "(" and doc[before - 1].lower_ in DOCUMENT_WORDS
