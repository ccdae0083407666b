"""Roles and agents: the role a person's title gives, agent nouns of Phoenix.agents.txt with their CAMEO
sector ('Iranian police', 'the foreign minister'), the state an actor serves and its CAMEO code, and role
descriptions ('the American president', 'Blinken's counterpart')."""
from __future__ import annotations

from collections import Counter
from dataclasses import replace

from spacy.tokens import Span, Token

from ...gazetteer import SECTOR_CLASS
from ...ingest import slug
from ...model import ActorRef
from .kinds import OWN_GROUP_SECTORS, PERSON_AGENT_SECTORS
from .names import group_label, phrase_text
from .tree import word_before


class Roles:
    """Part of :class:`kg.extract.actors.ActorFinder`: roles, agents, sectors and codes."""

    def _role(self, ent: Span) -> str | None:
        words = []
        for tok in self._context_tokens(ent):
            if tok.lemma_.lower() in self.role_nouns or (tok.dep_ == "compound" and tok.pos_ == "NOUN"):
                left = [c for c in tok.lefts if c.dep_ in ("compound", "amod") and not c.ent_type_]
                words.append(" ".join([c.text for c in left] + [tok.text]))
        return words[0].lower() if words else None


    def agent_of(self, tok: Token):
        """(phrase, Agent) for the longest agent phrase the noun ``tok`` ends ('foreign minister', 'police'); not
        a noun that names a stance by its complement ('Egypt's opposition to the dam': rules.json stance_agents)."""
        stance = self.rules["stance_agents"]
        if tok.lemma_.lower() in stance["nouns"] and any(
                c.dep_ == "prep" and c.lower_ in stance["preps"] for c in tok.children):
            return None
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
        before = self._state_named_before(tok)
        if before is not None:  # the closest state before it; one named after it is more often whom it acts upon
            return before
        counts = Counter(m.ref.key for m in self.mentions if m.ref.cls == "State"
                         and not (sent.start <= m.span.start < sent.end))
        if counts:
            key, _ = counts.most_common(1)[0]
            return next(m.ref for m in self.mentions if m.ref.key == key)
        return None

    def _state_named_before(self, tok: Token) -> ActorRef | None:
        """The state named last before ``tok`` in its sentence, if any."""
        sent = tok.sent
        before = [m for m in self.mentions if sent.start <= m.span.start < tok.i and m.ref.cls == "State"]
        return before[-1].ref if before else None

    def _state_of_places(self, places) -> ActorRef | None:
        """The first state one of the tokens ``places`` names (a town or region standing for its state)."""
        return next((ref for place in places for ref, _ in self.actors_of(place) if ref.cls == "State"), None)

    def _as_agent(self, tok: Token, agent, described):
        """An agent noun with its sector: rolled up to its state for government sectors ('Iranian police'),
        a group of its own within the state for the others ('Syrian rebels'); alone ('the foreign minister')
        it is the person with that role named before, else serves the state of its sentence or article."""
        phrase, entry = agent
        sector = entry.sector
        text = phrase_text(tok)
        local = self._police_of_the_place(tok) if not described and sector == "COP" else None
        if local is None and not described:
            local = self._governments_own_forces(tok, sector)
        if local is not None:
            described = [(local, text)]
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
            if sector == "LEG" and self._named_state_level_before(tok):
                # "state legislators ... thanked the legislators": a sub-national unit's legislators, acting
                # for their state but not the state itself
                key = self.state_key(state) or state.key
                label = f"state {tok.text.lower()}"
                return [(ActorRef(key=f"group/{slug(key)}-state-{slug(tok.lemma_.lower())}", label=label,
                                  cls="InformalGroup", acts_for=key, code=self._code_for(key, sector),
                                  source=entry.source), text)]
            described = [(state, text)]
        out = []
        for ref, found_text in described:
            if ref.cls not in ("State", "Place"):
                out.append((ref, found_text))
                continue
            state_key = self.state_key(ref) or ref.key
            code = self._code_for(state_key, sector)
            # ("Chechen fighters": a region's fighters are a group of its own, no state's jets or soldiers)
            if sector not in OWN_GROUP_SECTORS or tok.lemma_.lower() in self.rules["state_fighter_nouns"]["lemmas"] \
                    and ref.cls == "State":
                out.append((replace(ref, code=code, source=entry.source), found_text))
            else:
                # "Syrian rebels" names itself; "rebels in Syria" (also opening a sentence) is "Syria rebels"
                label = group_label(tok) if found_text and found_text[:1].isupper() and \
                    not found_text.startswith(tok.text) else \
                    f"{self.gaz[state_key].label if state_key in self.gaz else ref.label} {tok.lower_}"
                out.append((ActorRef(key=f"group/{slug(state_key)}-{sector.lower()}", label=label,
                                     cls=SECTOR_CLASS.get(sector, "InformalGroup"), acts_for=state_key,
                                     code=code, source=entry.source), found_text))
        return out

    def _police_of_the_place(self, tok: Token) -> ActorRef | None:
        """'Riot police fired tear gas at protesters in central Lima', 'Police arrested 20 students in Lima': police
        no one names, as the subject of a clause that says where it happened ('in' on the verb, its object or its
        object's phrase), are the police of that place's state; the police of no place said stay unnamed."""
        by_agent = tok.dep_ == "pobj" and tok.head.dep_ == "agent"  # "X was beaten by police in Y"
        if tok.dep_ not in ("nsubj", "nsubjpass") and not by_agent \
                or any(c.dep_ in ("det", "poss", "prep") for c in tok.children):
            return None
        verb = tok.head.head if by_agent else tok.head
        holders = [verb, *(c for c in verb.children if c.dep_ == "dobj"),
                   *(o for p in verb.children if p.dep_ == "prep" for o in p.children if o.dep_ in ("pobj", "pcomp"))]
        # ("beaten by police after being arrested at a meeting in Y": the place of what led to it)
        holders += [o for h in holders if h.dep_ == "pcomp" for p in h.children if p.dep_ == "prep"
                    for o in p.children if o.dep_ == "pobj"]
        return self._state_of_places(o for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ == "in"
                                     for o in p.children if o.dep_ == "pobj")

    def _governments_own_forces(self, tok: Token, sector: str) -> ActorRef | None:
        """'government troops killed rebels in northern Mali': forces the text calls the government's serve the
        state named before them in the sentence, else the state of a place the sentence is in or near (rules.json
        government_forces); 'pro-government militias' serve none."""
        rule = self.rules["government_forces"]
        if sector not in rule["sectors"] or not any(
                c.dep_ in ("compound", "amod") and c.lower_ in rule["modifiers"] for c in tok.children) \
                or any(c.lower_ in rule["not_after"] for c in tok.children):
            return None
        return self._state_named_before(tok) or self._state_of_places(
            o for p in tok.sent if p.dep_ == "prep" and p.lower_ in rule["place_prepositions"]
            for o in p.children if o.dep_ == "pobj")

    def _named_state_level_before(self, tok: Token) -> bool:
        """Whether the article earlier names the same agent noun as a sub-national unit's ('state legislators',
        'state lawmakers'): the bare 'the legislators' after it are those."""
        lemma, doc = tok.lemma_.lower(), self.doc
        # 'state' at a line's end before 'legislators' on the next is no modifier to the parser: read the words
        return any(t.lemma_.lower() == lemma and getattr(word_before(doc, t.i), "text", "") == "state"
                   for t in doc[:tok.i])

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
        """'the American president', 'Blinken's counterpart', 'the top Putin ally': a person named elsewhere; 'his
        Peruvian counterpart' with no Peruvian named, Peru."""
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
        named_state = next((ref for c in tok.children if c.dep_ in ("amod", "compound")
                            for ref, _ in self.actors_of(c, depth + 1) if ref.cls == "State"), None) \
            if lemma == "counterpart" else None
        if named_state is not None:
            # "his Peruvian counterpart": the person of that state the article names nearest, else the state
            return next((m.ref for m in persons if self.state_key(m.ref) == named_state.key), named_state)
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

    def resolve_title(self, tok: Token) -> ActorRef | None:
        """'the First Lady', 'the Second Gentleman': a title written as a name is the one person the
        article names who holds it (in the hand gazetteer's roles or by their own title); with none or
        several such people, nobody."""
        if tok.pos_ != "PROPN" or tok.i in self.by_token or not any(
                c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            return None
        words = [c for c in tok.lefts if c.dep_ in ("compound", "amod") and c.text[:1].isupper()]
        if not words:
            return None
        title = " ".join(w.lower_ for w in words + [tok])
        holders = {m.ref.key: m.ref for m in self.mentions if m.ref.cls == "Person" and title in self._roles(m.ref)}
        return next(iter(holders.values())) if len(holders) == 1 else None

    def _roles(self, ref: ActorRef) -> set[str]:
        entry = self.gaz.get(ref.key)
        roles = {role.lower() for role in entry.roles} if entry else set()
        if ref.role:
            roles.add(ref.role.lower())
        return roles

