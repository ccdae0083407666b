"""Who is meant: map a token of a parsed sentence to the actor(s) it names.

Handles gazetteer and dictionary names (and the states they act for on the article's date), people not
in the gazetteer with the state their title or apposition gives them, agent nouns of the Phoenix agents
dictionary ("Iranian police", "the foreign minister", "Syrian rebels") with their CAMEO sector, group
nouns ("Israeli soldiers", "officials in Kyiv") rolled up to the state or body they belong to,
coordination ("the G7, NATO, the EU and the US"), acronyms defined in the text, surnames, pronouns and
definite descriptions (:mod:`kg.extract.coref`) and first-person speech resolved to the speaker.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from ..gazetteer import SECTOR_CLASS, Gazetteer
from ..ingest import slug
from ..model import ActorRef
from .coref import PERSON_PRONOUNS, PLURAL_PRONOUNS, THING_PRONOUNS, Coreference

__all__ = ["ActorFinder"]

SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
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
_ADJECTIVE_ENDINGS = ("al", "ic", "ous", "ive", "ary", "ian", "ese", "isan")
#: Last words of a name that makes it a law, a treaty or a programme, not an actor.
DOCUMENT_WORDS = {"act", "acts", "accord", "accords", "treaty", "agreement", "bill", "law", "amendment",
                  "declaration", "strategy", "initiative", "program", "programme", "plan", "day", "week", "month",
                  "memorandum", "order", "orders", "proclamation", "policy", "policies"}

#: Sectors of a state's officials: "the minister" alone is a person named earlier, if any.
PERSON_AGENT_SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG", "SPY", "ELI"}
_TITLE_WORDS = re.compile(r"^(mr|mrs|ms|dr|president|prime|minister|general|gen|king|queen|sir|lord)\.?\s+", re.I)


@dataclass
class Mention:
    ref: ActorRef
    span: Span


class ActorFinder:
    """Actor resolution over one parsed document."""

    def __init__(self, doc: Doc, gazetteer: Gazetteer, rules: dict, event_nouns=frozenset(),
                 article_date: str | None = None):
        self.doc = doc
        self.article_date = article_date
        self.event_nouns = event_nouns
        self.gaz = gazetteer
        self.rules = rules
        self.group_nouns: dict = rules["group_nouns"]
        self.role_nouns = set(rules["role_nouns"])
        self.by_token: dict[int, Mention] = {}
        self.mentions: list[Mention] = []
        self._persons: list[ActorRef] = []
        #: who "I" and "we" are when no reporting verb says: the author a statement's title names
        self.article_speaker: ActorRef | None = None
        for ent in doc.ents:
            ref = self._entity_ref(ent)
            if ref is None:
                continue
            mention = Mention(ref, ent)
            self.mentions.append(mention)
            for tok in ent:
                self.by_token[tok.i] = mention
        self._merge_acronyms()
        self._follow_short_names()
        self.coref = Coreference(doc, [(m.ref, m.span) for m in self.mentions], describe=self._group_of,
                                 group_words=frozenset(self.group_nouns) | frozenset(self.role_nouns))

    # ------------------------------------------------------------------ one node per actor
    def _merge_acronyms(self):
        """'the Liberal Democratic Party (LDP)', '... or LDP': the acronym names the same actor everywhere."""
        doc = self.doc
        defined: dict[str, ActorRef] = {}
        documents = {doc[i + 1].text for i in range(1, len(doc) - 2)  # "a National Security Memorandum (NSM)"
                     if doc[i].text == "(" and doc[i + 2].text == ")" and doc[i - 1].lower_ in DOCUMENT_WORDS
                     and doc[i - 1].text[:1].isupper()}
        for mention in [m for m in self.mentions if m.span.text in documents]:
            self.mentions.remove(mention)
            for tok in mention.span:
                self.by_token.pop(tok.i, None)
        for mention in list(self.mentions):
            end = mention.span.end
            if end + 1 < len(doc) and doc[end].text in ("(", "or") :
                short = doc[end + 1]
                closed = doc[end].text == "or" or (end + 2 < len(doc) and doc[end + 2].text == ")")
                if closed and _is_acronym_of(short.text, mention.span.text) and mention.ref.cls != "Person":
                    defined[short.text] = mention.ref
        if not defined:
            return
        for tok in doc:
            ref = defined.get(tok.text)
            if ref is None:
                continue
            old = self.by_token.get(tok.i)
            if old is not None and old.ref.key == ref.key:
                continue
            if old is not None:
                self.mentions.remove(old)
            mention = Mention(ref, doc[tok.i: tok.i + 1])
            self.mentions.append(mention)
            self.by_token[tok.i] = mention
        self.mentions.sort(key=lambda m: m.span.start)

    def _follow_short_names(self):
        """'Korea' on its own means the Korea the article otherwise names ('South Korea' five times)."""
        states = Counter(m.ref.key for m in self.mentions if m.ref.cls == "State")
        for number, mention in enumerate(self.mentions):
            if mention.ref.cls not in ("State", "Place") or len(mention.span) != 1 or mention.span.label_ == "NORP":
                continue
            word = mention.span.text
            fuller = [key for key in states if key != mention.ref.key
                      and word in self.gaz[key].label.split() if key in self.gaz] if word[:1].isupper() else []
            if not fuller:
                continue
            best = max(fuller, key=lambda key: states[key])
            if mention.ref.key in self.gaz and self.gaz[mention.ref.key].label == word and \
                    states[mention.ref.key] >= states[best]:
                continue
            replacement = Mention(self.gazetteer_ref(best), mention.span)
            self.mentions[number] = replacement
            for tok in mention.span:
                self.by_token[tok.i] = replacement

    # ------------------------------------------------------------------ entities
    def gazetteer_ref(self, key: str) -> ActorRef:
        """The known actor ``key`` as of the article's date: a person acts for whom their dated code says."""
        entry = self.gaz[key]
        acts_for, code = self.gaz.acts_for_on(key, self.article_date)
        return ActorRef(key=entry.id, label=entry.label, cls=entry.cls, acts_for=acts_for or entry.acts_for,
                        code=code, source=entry.source)

    def _entity_ref(self, ent: Span) -> ActorRef | None:
        if not ent.ent_id_ and (not self._names_something(ent) or _names_a_document(ent)):
            return None  # "Presidential", "Supporters", "the Safe Streets Act": no actor
        if ent.ent_id_ and ent.ent_id_ in self.gaz:
            entry = self.gaz[ent.ent_id_]
            ref = self.gazetteer_ref(entry.id)
            if ref.acts_for is None and entry.cls not in ("State", "Person", "Place"):
                # "Palestinian Islamic Jihad": a group the dictionary files under a region acts from the
                # state its own name gives
                state = self._state_in_name(ent)
                if state is not None:
                    ref = replace(ref, acts_for=state, code=ref.code or self._code_for(state))
            if entry.cls == "Person":
                self._persons.append(ref)
            return ref
        if ent.label_ == "PERSON":
            return self._person_ref(ent)
        if ent.label_ in ("GPE", "LOC") and ent.text[:1].isupper():
            # a town or region the gazetteer does not know: a place, located by its context ("the Bosnian town of")
            name = _clean_name(ent.text)
            acts_for = self._context_state(ent)
            return ActorRef(key=f"place/{slug(name)}", label=name, cls="Place", acts_for=acts_for,
                            code=self._code_for(acts_for), source="text")
        if ent.label_ == "ORG":
            name = _clean_name(ent.text)
            if not name or not any(c.isupper() for c in name):
                return None
            acts_for = self._context_state(ent) or self._state_in_name(ent)
            return ActorRef(key=f"organization/{slug(name)}", label=name, cls="Organization", acts_for=acts_for,
                            code=self._code_for(acts_for), source="text")
        return None

    def _person_ref(self, ent: Span) -> ActorRef | None:
        name = _TITLE_WORDS.sub("", _clean_name(ent.text + _continued_on_next_line(ent)))
        known = self.gaz.named(name)
        if known is not None and self.gaz[known].cls == "Person":  # "Keir" at a line's end, "Starmer" below
            ref = self.gazetteer_ref(known)
            self._persons.append(ref)
            return ref
        if not name or not name[0].isupper():
            return None
        words = name.split()
        if len(words) == 1:
            for known in reversed(self._persons):
                if words[0] in known.label.split():
                    return known
        else:
            for known in reversed(self._persons):
                if known.label == name:
                    return known
        acts_for, role = self._context_state(ent), self._role(ent)
        ref = ActorRef(key=f"person/{slug(name)}", label=name, cls="Person", acts_for=acts_for, role=role,
                       code=self._code_for(acts_for, self.agent_sector(role)), source="text")
        self._persons.append(ref)
        return ref

    def _group_of(self, tok: Token) -> ActorRef | None:
        refs = self.actors_of(tok, 3)
        return refs[0][0] if refs else None

    def _names_something(self, ent: Span) -> bool:
        """Whether the model's entity could name an actor: not a lone adjective ('Presidential') nor a
        common noun capitalised by its place ('Supporters', 'Protesters'), as the agents dictionary and
        the group nouns know them."""
        if len(ent) != 1:
            return True
        tok = ent[0]
        if tok.pos_ == "ADJ" and ent.label_ != "NORP" or (tok.text.endswith(".") and len(tok) <= 4):
            return False  # "Presidential"; "Jr.", "Sr."
        word = tok.lower_
        if ent.label_ in ("ORG", "GPE", "NORP", "LOC") and word.endswith(_ADJECTIVE_ENDINGS):
            return False  # "Tribal", "Federal", "Congressional": an adjective the model took for a name
        forms = {word, word[:-1] if word.endswith("s") else word, word[:-2] if word.endswith("es") else word}
        return not any(f in self.gaz.agents or f in self.group_nouns or f in self.role_nouns for f in forms)

    def _state_in_name(self, ent: Span) -> str | None:
        """A state named by the first words of an organisation's name ('Kenya Anti-Corruption Commission')."""
        words = [t.text for t in ent if t.lower_ != "the"]
        for size in (3, 2, 1):
            if len(words) > size:
                state = self.gaz.state_named(" ".join(words[:size]))
                if state is not None:
                    return state
        return None

    def _context_tokens(self, ent: Span):
        """Tokens that describe an entity: its modifiers, the noun it is in apposition or compound with."""
        inside = {t.i for t in ent}
        root = ent.root
        seen = []
        heads = [root]
        if root.dep_ in ("appos", "compound") and root.head.i not in inside:
            heads.append(root.head)
        for tok in ent:
            if tok.head.i not in inside and tok.head.i != root.i and tok.dep_ == "compound":
                heads.append(tok.head)
        for head in heads:
            for child in head.children:
                if child.i in inside:
                    continue
                if child.dep_ in ("compound", "amod", "poss", "nmod", "appos"):
                    seen.append(child)
                    seen.extend(c for c in child.children if c.dep_ in ("compound", "amod", "poss", "nmod"))
                    if child.dep_ == "appos":  # "Mr. Bao, the envoy from Beijing"
                        seen.extend(o for p in child.children if p.dep_ == "prep" and p.lower_ in ("from", "of")
                                    for o in p.children if o.dep_ == "pobj")
                elif child.dep_ == "prep" and child.lower_ in ("of", "from"):
                    seen.extend(c for c in child.children if c.dep_ == "pobj")
            if head is not root:
                seen.append(head)
        for tok in ent:  # "Serbian" inside an organisation's own name
            if tok.i != root.i:
                seen.append(tok)
        return seen

    def _context_state(self, ent: Span) -> str | None:
        for tok in self._context_tokens(ent):
            mention = self.by_token.get(tok.i)
            if mention is not None and mention.span != ent and mention.ref.cls != "Person":
                return mention.ref.key
            if tok.ent_id_ and tok.ent_id_ in self.gaz and self.gaz[tok.ent_id_].cls != "Person":
                return tok.ent_id_
        return None

    def _role(self, ent: Span) -> str | None:
        words = []
        for tok in self._context_tokens(ent):
            if tok.lemma_.lower() in self.role_nouns or (tok.dep_ == "compound" and tok.pos_ == "NOUN"):
                left = [c for c in tok.lefts if c.dep_ in ("compound", "amod") and not c.ent_type_]
                words.append(" ".join([c.text for c in left] + [tok.text]))
        return words[0].lower() if words else None

    # ------------------------------------------------------------------ phrases
    def actors_of(self, tok: Token | None, _depth: int = 0) -> list[tuple[ActorRef, str]]:
        """The actors a noun phrase headed by ``tok`` refers to, each with the text that names it."""
        if tok is None or _depth > 4:
            return []
        found: list[tuple[ActorRef, str]] = []
        mention = self.by_token.get(tok.i)
        if mention is not None and mention.span.label_ == "NORP" and mention.ref.cls == "State":
            # "Albanians in south Serbia", "the Kurds of Iraq": a people located in a state acts from there
            for child in mention.span.root.children:
                if child.dep_ == "prep" and child.lower_ in ("in", "of", "from"):
                    place = [r for r, _ in self.actors_of(_child_of(child, "pobj"), _depth + 1) if r.cls == "State"]
                    if place:
                        mention = Mention(place[0], mention.span)
                        break
        if mention is not None:
            found.append((mention.ref, mention.span.text))
            found.extend(self._coordinated(mention.span, _depth))
            return _unique(found)
        if tok.pos_ == "PRON" or tok.tag_ in ("PRP", "PRP$", "WDT", "WP"):
            ref = self.resolve_pronoun(tok, _depth)
            if ref is not None:
                found.append((ref, tok.text))
        elif self._is_definite_description(tok):
            # "the country", "the bloc": the state or organisation the text is talking about
            ref = self.resolve_pronoun(tok, _depth, wants_person=False)
            if ref is not None:
                found.append((ref, _phrase(tok)))
        elif tok.pos_ in ("NOUN", "PROPN", "ADJ", "NUM"):
            person = self.resolve_role_description(tok, _depth)
            if person is not None:
                found.append((person, _phrase(tok)))
            else:
                described = self._described_by_modifiers(tok, _depth)
                agent = self.agent_of(tok) if tok.pos_ == "NOUN" else None
                if agent is not None:
                    described = self._as_agent(tok, agent, described)
                found.extend(described)
        for child in tok.children:
            if child.dep_ == "conj" or (child.dep_ == "appos" and not found):
                found.extend(self.actors_of(child, _depth + 1))
        return _unique(found)

    def _coordinated(self, span: Span, depth: int):
        out = []
        inside = {t.i for t in span}
        frontier = list(span)
        for tok in span:  # "the Group of 7 partnership, NATO, ...": the list hangs off a word after the name
            frontier.extend(c for c in tok.children if c.i not in inside and c.dep_ == "pobj" and c.i not in self.by_token)
        for tok in frontier:
            for child in tok.children:
                if child.i in inside:
                    continue
                if child.dep_ == "conj" or (child.dep_ == "appos" and not self._is_description(child, span)):
                    out.extend(self.actors_of(child, depth + 1))
        return out

    @staticmethod
    def _is_description(appos: Token, span: Span) -> bool:
        """'Sergei Lavrov, Russia's foreign minister': an apposition names the same actor again, unless it
        starts a list ('the G7, NATO, the EU and the US', which the parser attaches as an apposition)."""
        return not any(c.dep_ == "conj" for c in appos.children)

    def possessive_before(self, tok: Token) -> list[tuple[ActorRef, str]]:
        """'the United States’ proposal' when the parser missed the possessive: a name right before an apostrophe."""
        i = tok.left_edge.i if tok.left_edge.i < tok.i else tok.i
        for j in range(tok.i - 1, max(i, tok.i - 4) - 1, -1):
            word = self.doc[j]
            if word.text in ("'", "’", "'s", "’s") and j > 0 and (j - 1) in self.by_token:
                mention = self.by_token[j - 1]
                return [(mention.ref, mention.span.text)]
        return []

    def _described_by_modifiers(self, tok: Token, depth: int) -> list[tuple[ActorRef, str]]:
        lemma = tok.lemma_.lower()
        if tok.lower_ in self.rules["partitive_nouns"] or lemma in self.rules["partitive_nouns"]:
            # "scores of refugees", "thousands of students": the group is in the of-phrase
            for child in tok.children:
                if child.dep_ == "prep" and child.lower_ == "of":
                    found = self.actors_of(_child_of(child, "pobj"), depth + 1)
                    if found:
                        return found
        is_group = lemma in self.group_nouns or lemma in self.role_nouns
        order = []
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ in ("in", "at", "from", "of", "for", "within", "throughout") and is_group:
                order.append((0 if child.lower_ in ("in", "at", "within", "throughout") else 3, child))
            elif child.dep_ == "prep" and child.lower_ in ("by", "from", "of") and lemma in self.event_nouns:
                # the doer of a nominalised event: "calls by Belarus", "the withdrawal of Serbian forces"
                order.append(({"of": 3, "by": 4, "from": 5}[child.lower_], child))
            elif child.dep_ == "poss":
                order.append((1, child))
            elif child.dep_ in ("compound", "amod", "nmod", "npadvmod") and (is_group or child.ent_type_ in ("NORP", "GPE", "ORG")):
                order.append((2, child))
            elif child.dep_ == "agent" and not is_group:
                order.append((4, child))
            elif child.dep_ == "compound" and child.pos_ == "NOUN":  # "Japanese waters southwest of ..."
                order.append((5, child))
        for _, child in sorted(order, key=lambda pair: (pair[0], pair[1].i)):
            target = child
            if child.dep_ in ("prep", "agent"):
                target = _child_of(child, "pobj")
            refs = self.actors_of(target, depth + 1) if target is not None else []
            doer = child.dep_ == "prep" and not is_group and lemma in self.event_nouns
            # a group names itself with the whole phrase; the doer of an event keeps its own words
            refs = [(r, text if doer else _phrase(tok)) for r, text in refs
                    if r.cls != "Person" or not is_group or child.dep_ == "poss"]
            if refs:
                return refs if is_group else refs[:1]
        if lemma in self.group_nouns and self.group_nouns[lemma] in self.rules["unnamed_generic_ok"] \
                and not (lemma in ABSTRACT_GROUPS and not _described(tok)) \
                and not any(c.lower_ in VAGUE_MODIFIERS for c in tok.children):
            label = _phrase(tok)
            singular_but_known = any(c.dep_ in ("amod", "compound") for c in tok.children) and \
                any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
            # "Palestinian prisoners", "the armed gunman"; not "every valiant service member", "a student"
            if tok.tag_ in ("NNS", "NNPS") or singular_but_known:
                return [(ActorRef(key=f"group/{slug(label)}", label=label, cls=self.group_nouns[lemma]), label)]
        return []

    # ------------------------------------------------------------------ agents (Phoenix.agents.txt)
    def agent_of(self, tok: Token):
        """(phrase, Agent) for the longest agent phrase the noun ``tok`` ends ('foreign minister', 'police')."""
        words = []
        for child in reversed(list(tok.lefts)):
            if child.i != tok.i - len(words) - 1 or child.dep_ not in ("amod", "compound") or \
                    child.ent_type_ or not child.is_alpha:
                break
            words.insert(0, child.lower_)
        agents = self.gaz.agents
        for head in dict.fromkeys((tok.lower_, tok.lemma_.lower())):
            for start in range(len(words) + 1):
                phrase = " ".join(words[start:] + [head])
                agent = agents.get(phrase)
                if agent is not None and not agent.prefix:
                    return phrase, agent
        return None

    def agent_sector(self, phrase: str | None) -> str | None:
        if not phrase:
            return None
        words = phrase.lower().split()
        for start in range(len(words)):
            agent = self.gaz.agents.get(" ".join(words[start:]))
            if agent is not None and not agent.prefix:
                return agent.sector
        return None

    def _code_for(self, key: str | None, sector: str | None = None) -> str | None:
        """The CAMEO code of an actor of ``sector`` within the state (or organisation) ``key``."""
        if not key:
            return None
        state = self.gaz.state_of(key)
        base = state.iso3 if state is not None and state.iso3 else self.gaz.code_of(key)
        if not base:
            return None
        return base + (sector or "") if sector and not base.endswith(sector) else base

    def _sentence_state(self, tok: Token) -> ActorRef | None:
        """The state a bare 'the foreign minister' serves: one named in its sentence, else the article's."""
        sent = tok.sent
        before = [m for m in self.mentions if sent.start <= m.span.start < tok.i and m.ref.cls == "State"]
        if before:  # the closest state before it; one named after it is more often whom it acts upon
            return before[-1].ref
        counts = Counter(m.ref.key for m in self.mentions if m.ref.cls == "State"
                         and not (sent.start <= m.span.start < sent.end))
        if counts:
            key, _ = counts.most_common(1)[0]
            return next(m.ref for m in self.mentions if m.ref.key == key)
        return None

    def _as_agent(self, tok: Token, agent, described):
        """An agent noun with its sector: rolled up to its state for government sectors ('Iranian police'),
        a group of its own within the state for the others ('Syrian rebels'); alone ('the foreign minister')
        it is the person with that role named before, else serves the state of its sentence or article."""
        phrase, entry = agent
        sector = entry.sector
        text = _phrase(tok)
        if not described:
            definite = any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
            if not definite or any(c.dep_ in ("prep", "poss", "relcl", "acl") for c in tok.children):
                return []
            if tok.tag_ == "NN" and sector in PERSON_AGENT_SECTORS and tok.lemma_.lower() in self.role_nouns:
                head = tok.lemma_.lower()
                person = self.coref.antecedent(tok, "person", test=lambda r: head in self._role_words(r))
                if person is not None:
                    return [(person, text)]
            state = self._sentence_state(tok)
            if state is None:
                return []
            described = [(state, text)]
        out = []
        for ref, found_text in described:
            if ref.cls not in ("State", "Place"):
                out.append((ref, found_text))
                continue
            state_key = self.state_key(ref) or ref.key
            code = self._code_for(state_key, sector)
            if sector not in OWN_GROUP_SECTORS:
                out.append((replace(ref, code=code, source=entry.source), found_text))
            else:
                label = _group_label(tok) if found_text and found_text[:1].isupper() else \
                    f"{self.gaz[state_key].label if state_key in self.gaz else ref.label} {tok.text}"
                out.append((ActorRef(key=f"group/{slug(state_key)}-{sector.lower()}", label=label,
                                     cls=SECTOR_CLASS.get(sector, "InformalGroup"), acts_for=state_key,
                                     code=code, source=entry.source), found_text))
        return out

    # ------------------------------------------------------------------ pronouns and subjects
    def state_key(self, ref: ActorRef) -> str | None:
        state = self.gaz.state_of(ref.key if ref.key in self.gaz else ref.acts_for)
        return state.id if state else ref.acts_for

    def _role_words(self, ref: ActorRef) -> set[str]:
        entry = self.gaz.get(ref.key)
        roles = list(entry.roles) if entry else []
        if ref.role:
            roles.append(ref.role)
        return {word.lower() for role in roles for word in role.split()}

    def resolve_role_description(self, tok: Token, depth: int) -> ActorRef | None:
        """'the American president', 'Blinken's counterpart', 'the top Putin ally': a person named elsewhere."""
        lemma = tok.lemma_.lower()
        if lemma not in self.role_nouns and lemma not in ("ally", "counterpart") or tok.i in self.by_token:
            return None
        if not any(c.dep_ in ("det", "poss") for c in tok.children):
            return None
        anchors = [ref for c in tok.children if c.dep_ in ("poss", "compound", "amod")
                   for ref, _ in self.actors_of(c, depth + 1)]
        if not anchors:
            return None
        anchor = anchors[0]
        anchor_state = self.state_key(anchor)
        persons = sorted((m for m in self.mentions if m.ref.cls == "Person" and not (m.span.start <= tok.i < m.span.end)),
                         key=lambda m: (m.span.start > tok.i, abs(m.span.start - tok.i)))
        for mention in persons:
            ref = mention.ref
            if ref.key == anchor.key:
                continue
            same_state = self.state_key(ref) == anchor_state
            if lemma == "counterpart" and anchor.cls == "Person" and not same_state and self.state_key(ref):
                return ref
            if lemma == "ally" and anchor.cls == "Person" and same_state:
                return ref
            if lemma not in ("ally", "counterpart") and anchor.cls != "Person" and same_state \
                    and lemma in self._role_words(ref):
                return ref
        return None

    def _is_definite_description(self, tok: Token) -> bool:
        return (tok.pos_ == "NOUN" and tok.lemma_.lower() in self.rules["definite_descriptions"]
                and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
                and not any(c.dep_ in ("amod", "compound", "prep", "poss", "relcl", "acl") for c in tok.children
                            if c.dep_ != "amod" or c.ent_type_))

    def resolve_pronoun(self, tok: Token, depth: int = 0, wants_person: bool | None = None) -> ActorRef | None:
        word = tok.lower_
        if word in self.rules["first_person"]:
            speaker = self.speaker_of(tok, depth)
            if speaker is None and self.article_speaker is not None:
                # a statement's "I" is its author; its "we" the state the author speaks for
                speaker = self.article_speaker
                state = self.state_key(speaker) if word in self.rules["first_person_plural"] else None
                if state in self.gaz:
                    speaker = self.gazetteer_ref(state)
            return speaker
        if tok.tag_ in ("WDT", "WP") and tok.head.dep_ == "relcl":
            refs = self.actors_of(tok.head.head, depth + 1)
            return refs[0][0] if refs else None
        if wants_person is None:
            wants_person = word in self.rules["subject_pronouns_person"]
            if not wants_person and word not in self.rules["subject_pronouns_thing"]:
                return None
        if not wants_person:
            for verb in _verb_ancestors(tok, limit=3):
                subject = self.find_subject(verb)
                if subject is None or subject.i == tok.i or _inside(tok, subject):
                    continue
                if word in PLURAL_PRONOUNS and subject.tag_ not in ("NNS", "NNPS") and \
                        not any(c.dep_ == "conj" for c in subject.children):
                    continue  # "Turkey said they ...": they are not Turkey
                refs = self.actors_of(subject, depth + 1)
                refs = [r for r, _ in refs if r.cls != "Person"]
                if refs:
                    return refs[0]
        preferred = DESCRIPTION_CLASSES.get(tok.lemma_.lower()) if tok.pos_ == "NOUN" else None
        if wants_person:
            kind = "person"
        elif tok.pos_ == "NOUN":
            kind = "thing"
        else:
            kind = "plural" if word in PLURAL_PRONOUNS else "thing"

        def elsewhere(span) -> bool:  # "met in Brussels": where something happened, not who is talked about
            root = span.root
            return not wants_person and root.dep_ == "pobj" and root.head.lower_ in ("in", "at", "near")

        test = None
        if tok.dep_ in ("dobj", "pobj", "dative") and not word.endswith(("self", "selves")):
            # "I then approached him": an object pronoun is not its own clause's subject
            verb = tok.head.head if tok.dep_ == "pobj" else tok.head
            subject = self.find_subject(verb) if verb.pos_ in ("VERB", "AUX") else None
            if subject is not None and subject.i != tok.i and depth < 3:
                excluded = {r.key for r, _ in self.actors_of(subject, depth + 1)}
                test = lambda r: r.key not in excluded  # noqa: E731
        as_subject = tok.dep_ not in ("dobj", "pobj", "dative")
        ref = self.coref.antecedent(tok, kind, classes=preferred, skip=elsewhere, test=test, prefer_subject=as_subject)
        if ref is None and preferred is not None:
            ref = self.coref.antecedent(tok, kind, skip=elsewhere, test=test, prefer_subject=as_subject)
        return ref

    def speaker_of(self, tok: Token, depth: int = 0) -> ActorRef | None:
        """The actor whose words contain ``tok``: the subject of the reporting verb above it."""
        reporting = set(self.rules["reporting_verbs"]) - {"be"}
        node = tok
        while node.head.i != node.i:
            parent = node.head
            if parent.lemma_.lower() in reporting and node.dep_ in ("ccomp", "parataxis", "xcomp", "advcl", "conj", "dep"):
                subject = self.find_subject(parent)
                if subject is not None and subject.lower_ not in self.rules["first_person"]:
                    refs = self.actors_of(subject, depth + 1)
                    if refs:
                        return refs[0][0]
            node = parent
        # a quotation closed by "..., X said." parses with the reporting verb as the root
        root = tok.sent.root
        if root.lemma_.lower() in reporting and tok.i < root.i:
            subject = self.find_subject(root)
            if subject is not None and subject.i > tok.i and subject.lower_ not in self.rules["first_person"]:
                refs = self.actors_of(subject, depth + 1)
                if refs:
                    return refs[0][0]
        return None

    def find_subject(self, verb: Token, _depth: int = 0) -> Token | None:
        """The token that acts as subject of ``verb``, following control, coordination and participles."""
        if _depth > 5:
            return None
        for child in verb.children:
            if child.dep_ in SUBJECT_DEPS:
                return child
        head = verb.head
        if head.i == verb.i:
            return None
        if verb.dep_ in ("xcomp", "ccomp") and head.pos_ in ("VERB", "AUX"):
            if verb.dep_ == "xcomp" and head.lemma_.lower() in self.rules["object_control_verbs"]:
                obj = next((c for c in head.children if c.dep_ in ("dobj", "nsubjpass")), None)
                if obj is not None:
                    return obj
            if verb.dep_ == "xcomp" or any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
                return self.find_subject(head, _depth + 1)
            return None
        if verb.dep_ == "conj":
            return self.find_subject(head, _depth + 1)
        if verb.dep_ == "relcl":
            return head
        if verb.dep_ == "pcomp" and head.lower_ in ("of", "for") and head.head.pos_ == "VERB":
            # "accused the US of sending ...", "blamed Kyiv for shelling ...": the object does the act
            obj = next((c for c in head.head.children if c.dep_ in ("dobj", "nsubjpass")), None)
            if obj is not None:
                return obj
        if verb.dep_ == "acl" and (
                head.i in self.by_token or head.lemma_.lower() in self.group_nouns):
            return head
        if verb.dep_ in ("advcl", "pcomp", "csubj", "dep", "xcomp", "npadvmod", "conj", "acl", "prep", "pobj"):
            for ancestor in _verb_ancestors(verb, limit=2):
                subject = self.find_subject(ancestor, _depth + 1)
                if subject is not None and not _inside(verb, subject):
                    return subject
        return None


def _described(tok: Token) -> bool:
    return any(c.dep_ in ("amod", "compound", "nmod") and c.lower_ not in QUANTIFIERS for c in tok.children)


def _continued_on_next_line(ent: Span) -> str:
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
    while i < len(doc) and doc[i].pos_ == "PROPN" and doc[i].text[:1].isupper() and count < 3:
        text += doc[i].text
        count += 1
        if doc[i].whitespace_ == "" and i + 2 < len(doc) and doc[i + 1].text == "-":  # "Al-Sisi"
            text += "-"
            i += 2
            continue
        if doc[i].whitespace_ != " ":
            break
        text += " "
        i += 1
    return " " + text.strip() if text else ""


def _names_a_document(ent: Span) -> bool:
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


def _group_label(tok: Token) -> str:
    """'Ivory Coast rebels': the noun with its modifiers' whole phrases (not just 'Coast rebels')."""
    mods = [c for c in tok.lefts if c.dep_ in ("amod", "compound", "nmod") and c.lower_ not in QUANTIFIERS]
    if not mods:
        return tok.text
    return tok.doc[min(c.left_edge.i for c in mods): tok.i + 1].text


def _is_acronym_of(short: str, name: str) -> bool:
    """'LDP' for 'Liberal Democratic Party': the capitals of the name's words, in order."""
    if not (2 <= len(short) <= 8 and short.isupper() and short.isalpha()):
        return False
    initials = "".join(w[0] for w in re.findall(r"[A-Za-z][\w'-]*", name) if w[0].isupper())
    return initials == short or initials.replace("T", "", 1) == short and name.startswith("The")


def _child_of(tok: Token, dep: str) -> Token | None:
    return next((c for c in tok.children if c.dep_ == dep), None)


def _verb_ancestors(tok: Token, limit: int):
    count = 0
    for ancestor in tok.ancestors:
        if ancestor.pos_ in ("VERB", "AUX"):
            yield ancestor
            count += 1
            if count >= limit:
                return


def _inside(tok: Token, phrase_head: Token) -> bool:
    return phrase_head.left_edge.i <= tok.i <= phrase_head.right_edge.i


def _clean_name(text: str) -> str:
    text = re.sub(r"^(the|The)\s+", "", text.strip())
    text = re.sub(r"['\u2019]s?$", "", text)
    return re.sub(r"\s+", " ", text).strip(" ,.;:'\"\u2018\u2019\u201c\u201d")


def _phrase(tok: Token) -> str:
    words = [c for c in tok.lefts if c.dep_ in ("amod", "compound", "nmod", "poss") and c.pos_ != "PRON"
             and c.lower_ not in QUANTIFIERS] + [tok]
    return " ".join(w.text for w in words)


def _unique(pairs):
    seen, out = set(), []
    for ref, text in pairs:
        if ref.key not in seen:
            seen.add(ref.key)
            out.append((ref, text))
    return out
