"""Events whose agent is unknown: 'a car bomb killed four soldiers in X', 'two officers were killed in a
roadside bombing', 'three soldiers died in a suicide bombing'. Event coders (PLOVER, ACLED, GDELT) code such
reports with an unidentified source; kg codes them with no agent (``Event.agent`` is None). The incident and
weapon words, the types and the guards' word lists are in ontology/incidents.json. Opt-in: only with
``unknown_agents=True`` (``--unknown-agents``); see :func:`kg.extract.events.extractor.extract_events_from_doc`."""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Token

from ...lexicon.entry import TriggerEntry
from ...model import ActorRef, Event
from ...resources import read_json_resource
from .tokens import _lemma, _prep_objects

__all__ = ["UnknownAgent", "load_incidents"]

#: Stands in for the unknown agent while make_events applies the normal path's target rules (a class the
#: dictionary path keeps, no state of its own); the events leave with ``agent=None``.
_STAND_IN = ActorRef(key="\x00unknown", label="unknown", cls="ArmedGroup")
#: The unknown agent's events are less sure than a named agent's (0.85 / 0.7): nobody is named in the subject.
CONFIDENCE = 0.6
#: Clause links that end the search for an agent elsewhere: what someone says is their own clause.
_REPORTED = ("ccomp", "parataxis")


@lru_cache(maxsize=1)
def load_incidents() -> dict:
    """ontology/incidents.json as sets: types, incident nouns, headed nouns, modifiers, verbs, preps, tags."""
    data = read_json_resource("incidents.json")
    return {
        "types": frozenset(data["types"]["types"]),
        "verbs": frozenset(data["verbs"]["lemmas"]),
        "nouns": frozenset(data["incident_nouns"]["words"]),
        "headed": {head: frozenset(mods) for head, mods in data["headed_nouns"]["words"].items()},
        "not_modifiers": frozenset(data["not_modifiers"]["words"]),
        "alone_verbs": frozenset(data["alone_verbs"]["lemmas"]),
        "preps": tuple(data["incident_preps"]["words"]),
        "past": frozenset(data["past_tags"]["tags"]),
    }


class UnknownAgent:
    """Mixin of the extractor: needs ``actors``, ``make_events``, ``modality_of``, ``agents_of_verb``,
    ``targets_from_roles`` and ``location_targets``."""

    def unknown_agent_events(self, verb: Token, entry: TriggerEntry, passive: bool) -> list[Event]:
        """A violent verb whose doer is an incident or a weapon ('a bomb killed ...', 'killed in a blast',
        'killed by a roadside bomb', 'the hospital was shelled'), coded with no agent against whom it hit."""
        rule = load_incidents()
        if entry.type not in rule["types"] or _lemma(verb) not in rule["verbs"] | rule["alone_verbs"] \
                or not self._happened(verb):
            return []
        if passive:
            by = _prep_objects(verb, "by")
            if by and not all(self.names_incident(o) for o in by):
                return []  # "killed by gunmen": someone the text names did it; not an unknown agent's incident
            if not self._hit_in_incident(verb) and _lemma(verb) not in rule["alone_verbs"]:
                return []  # "were killed", "were injured" alone may be an accident
        else:
            subject = self.actors.find_subject(verb)
            if subject is None or not self.names_incident(subject):
                return []
        if self._agent_elsewhere(verb):
            return []  # "fired rockets that killed ...": the one who fired is the agent, the normal path's work
        targets = self.targets_from_roles(verb, entry.target, passive)
        if not targets and passive and verb.dep_ in ("acl", "conj") and verb.tag_ == "VBN":
            patient = verb.head if verb.dep_ == "acl" else verb.head.head  # "civilians killed in the blast"
            targets = self.actors.actors_of(patient)
        return self._without_agent(verb, entry, targets or self.location_targets(verb, entry))

    def undergone_events(self, verb: Token, entry: TriggerEntry, victims) -> list[Event]:
        """'Three soldiers died in a suicide bombing' (CAMEO's '[:1831]' patterns of DIE: the subject undergoes
        it): with no one named who did it, the subject is the target of an attack by an unknown agent."""
        if entry.type not in load_incidents()["types"] or not self._happened(verb) \
                or not (entry.prep_objects or self._hit_in_incident(verb)) or self._agent_elsewhere(verb):
            return []
        return self._without_agent(verb, entry, victims)

    def names_incident(self, tok: Token) -> bool:
        """Whether a noun names an incident or a weapon ('the blast', 'a roadside bomb', 'an explosive device')
        owned by no one: 'Russia's shelling', 'a Hamas rocket', 'an attack by X' name their agent."""
        rule = load_incidents()
        lemma = tok.lemma_.lower()
        modifiers = {c.lemma_.lower() for c in tok.children if c.dep_ in ("amod", "compound", "nmod")}
        if lemma in rule["headed"]:
            named = bool(modifiers & rule["headed"][lemma])
        else:
            named = lemma in rule["nouns"] and not modifiers & rule["not_modifiers"]
        if not named or any(c.dep_ == "poss" for c in tok.children):
            return False
        if any(o.lemma_.lower() not in rule["nouns"] for o in _prep_objects(tok, "of")):
            return False  # "an explosion of protests", "a blast of criticism": a figure ("the blast of a bomb" is not)
        owners = _prep_objects(tok, "by") + _prep_objects(tok, "from")
        owners += [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod") and c.ent_type_ in ("NORP", "ORG")]
        return not any(self.actors.actors_of(o) for o in owners)

    def _hit_in_incident(self, verb: Token) -> bool:
        """'killed in a roadside bombing', 'wounded during shelling', 'killed by a bomb'."""
        return any(self.names_incident(o) for prep in load_incidents()["preps"] for o in _prep_objects(verb, prep))

    def _happened(self, verb: Token) -> bool:
        """Said to have happened: past ('killed', 'were killed', 'have been killed', 'exploded, killing two'),
        asserted, not negated.
        'Mines kill thousands a year' is a habit; 'a bomb could kill dozens' has no victims yet."""
        past = load_incidents()["past"]
        if verb.tag_ not in past and not (verb.tag_ == "VBG" and verb.dep_ in ("advcl", "conj", "xcomp")
                                          and verb.head.tag_ in past):
            return False
        if any(c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in verb.children):
            return False  # "civilians are killed in air strikes every month": the present passive, a habit
        modality, negated, _ = self.modality_of(verb)
        return modality == "Asserted" and not negated

    def _agent_elsewhere(self, verb: Token) -> bool:
        """Whether a verb the trigger hangs from, in its own clause, has an agent: 'X fired rockets that killed
        ...', 'X launched drones and a missile hit ...'. What someone says ('officials said a bomb killed ...')
        is a clause of its own: its speaker did not do it."""
        node, hops = verb, 0
        while node.head.i != node.i and node.dep_ not in _REPORTED and hops < 4:
            node, hops = node.head, hops + 1
            if node.pos_ in ("VERB", "AUX") and self.agents_of_verb(
                    node, any(c.dep_ in ("nsubjpass", "auxpass") for c in node.children)):
                return True
        return False

    def _without_agent(self, verb: Token, entry: TriggerEntry, targets) -> list[Event]:
        if not targets:
            return []  # an incident that hit no one the text names is no event between actors
        events = self.make_events(verb, entry, [(_STAND_IN, None)], targets, CONFIDENCE)
        return [replace(e, agent=None, agent_text=None) for e in events if e.agent is _STAND_IN]
