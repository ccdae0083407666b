"""Who did an event and who reports it: the verb's subject, control and passive agent (the actor finder's
``find_subject``), the noun an -ing participle describes, a crowd located in a state, the participants of the
latest meeting, and the one whose saying the event is told in."""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Token

from ...lexicon.entry import TriggerEntry
from ...lexicon.verbs import load_lexicon as load_verb_lexicon
from ...model import ActorRef
from .matching import load_lexicon
from .sentences import _text
from .tokens import _child, _lemma, _prep_objects

__all__ = ["Agents"]


@lru_cache(maxsize=1)
def _doers_behind() -> frozenset:
    """Nouns an -ing participle leaves the act of to the one above (rules.json participle_things): CAMEO's weapon
    sets, instruments and vehicles of speech; the same for every article, so made once."""
    _, rules = load_lexicon()
    rule, sets = rules["participle_things"], load_verb_lexicon().sets
    return frozenset(rules["instrument_nouns"]["nouns"]).union(
        rule["speech_nouns"], *(sets.get(name, ()) for name in rule["instrument_sets"]))


@lru_cache(maxsize=1)
def _reporting_lemmas() -> frozenset:
    """The verbs whose clause is what someone reports (rules.json reporting_verbs, without the copula)."""
    _, rules = load_lexicon()
    return frozenset(rules["reporting_verbs"]) - {"be"}


class Agents:
    """Mixin of the extractor: needs ``actors``, ``rules``, the arguments mixin's ``_without_own_side``, the
    clause mixin's ``governing_verb`` and the document rules' ``_of_other_sides``."""

    def _reporting_verbs_above(self, tok: Token):
        """The reporting verbs whose content ``tok``'s clause is, nearest first (up to an 'according to')."""
        reporting = _reporting_lemmas()
        node = tok
        while node.head.i != node.i:
            parent = node.head
            if parent.lemma_.lower() in reporting and node.dep_ in ("ccomp", "parataxis", "advcl", "dep", "conj") \
                    and parent.i != tok.i:
                yield parent
            if node.dep_ == "pobj" and parent.lower_ == "to" and parent.head.lower_ == "according":
                return
            node = parent

    def _reporting_root_after(self, tok: Token) -> Token | None:
        """'X will attack Y, Z said': the sentence's root, a reporting verb after ``tok``."""
        root = self._sentences().root(tok)
        return root if root.i > tok.i and root.lemma_.lower() in _reporting_lemmas() else None

    def _speaker_subjects(self, tok: Token):
        """Who ``tok`` is told by, nearest first: the subjects of the reporting verbs above it, the object of an
        'according to', the subject after it of a reporting verb that is the sentence's root (any may be None)."""
        for parent in self._reporting_verbs_above(tok):
            yield self.actors.find_subject(parent)
        for tok2 in self._sentences().according(tok):
            if tok2.lower_ == "according":
                prep = _child(tok2, "prep")
                if prep is not None:
                    yield _child(prep, "pobj")
        root = self._reporting_root_after(tok)
        if root is not None:
            subject = self.actors.find_subject(root)
            if subject is not None and subject.i > tok.i:
                yield subject

    def told_by_another(self, tok: Token, agents) -> bool:
        """'Analysts say X could impose sanctions if ...', 'X will attack Y, Z said': whether ``tok`` is the
        forecast of someone other than its agents' side -- an actor of another side, or people whose trade is
        forecasting (rules.json forecasters: 'analysts', 'experts'); a news agency that reports it, or
        officials no one names, may be telling the agents' own plan. What the agents themselves threaten,
        vow or plan to do ('X threatened to cut ...', an intention verb's clause) is theirs whoever reports
        it; what others expect of them ('X is expected to', 'is likely to') is not."""
        rule = self.rules["forecasters"]
        clause = tok if tok.pos_ in ("VERB", "AUX") else (self.governing_verb(tok)[0] or tok)
        head = clause.head
        if clause.dep_ == "xcomp" and head.pos_ == "VERB" and _lemma(head) in self.rules["intention_verbs"] \
                and not any(c.dep_ in ("auxpass", "nsubjpass") for c in head.children):
            return False
        subject = next((s for s in self._speaker_subjects(tok) if s is not None), None)
        if subject is None:
            return False
        refs = self.actors.actors_of(subject)
        if refs:
            if all(ref.cls in rule["reporting_classes"] for ref, _ in refs):
                return False
            return self._of_other_sides(refs, agents)
        return subject.lemma_.lower() in rule["nouns"]

    def reporter_of(self, tok: Token) -> ActorRef | None:
        for subject in self._speaker_subjects(tok):
            refs = self.actors.actors_of(subject)
            if refs and not (refs[0][0].cls == "State" and self._guessed_among_states(subject)):
                return refs[0][0]
        return None

    def _guessed_among_states(self, noun: Token) -> bool:
        """'Israeli jets struck targets in southern Lebanon, the army said': a bare agent noun ('the army', 'the
        ministry', 'the government'), read as the state its sentence names nearest, says no one in particular when
        the sentence names more than one state ('the group' or 'residents' are who they are, whatever the states
        around them)."""
        if noun.pos_ != "NOUN" or noun.ent_type_ or noun.i in self.actors.by_token \
                or any(c.dep_ in ("amod", "compound", "poss", "nmod", "prep") for c in noun.children):
            return False
        states = {self.actors.state_key(m.ref) for t in noun.sent if (m := self.actors.by_token.get(t.i)) is not None}
        return len(states - {None}) > 1

    def agents_of_verb(self, verb: Token, passive: bool):
        if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ == "NOUN":
            # "UN inspectors probing the sites", "shipments killing Americans": what the participle describes does it
            described = self.actors.actors_of(verb.head)
            if described or self._thing_does_it(verb.head):
                return described
        if passive:
            if self.sent_out_of(verb):
                return [(a, text) for obj in _prep_objects(verb, "from") for a, text in self.actors.actors_of(obj)
                        if a.cls == "State"]
            return [a for obj in _prep_objects(verb, "by") for a in self.actors.actors_of(obj)]
        subject = self.actors.find_subject(verb)
        if subject is not None and subject.dep_ == "nsubjpass" and subject.head.i == verb.i:
            return []
        met = self._pronoun_for_a_meeting(subject)
        if met:
            return met
        agents = self._headline_co_subjects(verb, subject) + self.actors.actors_of(subject) \
            or self._made_by(subject)
        return self._without_own_side(subject, agents) or self._meeting_participants(subject)

    def _pronoun_for_a_meeting(self, subject: Token | None):
        """'X met with Y today. They agreed to ...': 'they' as the subject of the sentence right after a meeting the
        text reports between two sides names both (rules.json meeting_participants pronouns)."""
        if subject is None or subject.lower_ not in self.rules["meeting_participants"]["pronouns"]:
            return []
        meeting = self.__dict__.get("_last_meeting")
        if not meeting or meeting[0] >= subject.i:
            return []
        then, here = subject.doc[meeting[0]].sent, subject.sent
        if then.start == here.start or then.end == here.start:
            return list(meeting[1])
        # "X spoke with Y. ... The leaders reaffirmed ... They reiterated ...": the sentence before names them as
        # the participants (as _meeting_participants reads 'the leaders', however far the meeting is)
        between = subject.doc[here.start - 1].sent
        return list(meeting[1]) if self._meeting_participants(
            self.actors.find_subject(between.root)) else []

    def sent_out_of(self, verb: Token) -> bool:
        """'migrants were deported from X' (rules.json expelled_from): a passive of sending out with no 'by' phrase,
        whose 'from' phrase names the state that sends them out."""
        return _lemma(verb) in self.rules["expelled_from"]["lemmas"] and not _prep_objects(verb, "by") \
            and any(a.cls == "State" for o in _prep_objects(verb, "from") for a, _ in self.actors.actors_of(o))

    def forces_moved(self, verb: Token, entry: TriggerEntry) -> list[tuple[ActorRef, str]]:
        """'Ethiopian troops have been withdrawn from X': the passive move of armed forces with no 'by' phrase is
        their own state's (rules.json forces_moved)."""
        rule = self.rules["forces_moved"]
        subject = _child(verb, "nsubjpass")
        if entry.type not in rule["types"] or subject is None or _prep_objects(verb, "by"):
            return []
        return [(a, text) for a, text in self.actors.actors_of(subject) if a.cls in rule["classes"]]

    def _made_by(self, thing: Token | None, users=None) -> list[tuple[ActorRef, str]]:
        """'missiles fired by X hit Y', 'a resolution drafted by X demands ...': a weapon, an instrument or a
        vehicle of speech (rules.json participle_things) with a passive participle's 'by' phrase acts for
        whoever fired, drafted or delivered it. ``users``: other participles, for a thing of another kind
        (a measure imposed by X)."""
        if thing is None or thing.pos_ != "NOUN" or users is None and not (
                {thing.lemma_.lower(), thing.lower_} & _doers_behind()):
            return []
        users = self.rules["participle_things"]["user_participles"] if users is None else users
        return [actor for participle in thing.children if participle.dep_ == "acl" and participle.tag_ == "VBN"
                and _lemma(participle) in users
                for obj in _prep_objects(participle, "by") for actor in self.actors.actors_of(obj)]

    def measure_as_subject(self, verb: Token, entry: TriggerEntry):
        """'EU sanctions target Russia's banks' (rules.json measures_as_subjects): (the measure's entry, the
        measure's doers) when a verb of striking has a measure as its subject, else None."""
        rule = self.rules["measures_as_subjects"]
        subject = self.actors.find_subject(verb)
        if entry.type not in rule["verb_types"] or subject is None or subject.head.i != verb.i:
            return None
        measure = self.entry_for(subject) if subject.pos_ == "NOUN" else None
        if measure is None or measure.type not in rule["noun_types"]:
            return None
        doers = self.actors.actors_of(subject) or self._made_by(subject, rule["participles"])
        return replace(entry, type=measure.type, source=measure.source), doers

    def _headline_co_subjects(self, verb: Token, subject: Token | None) -> list[tuple[ActorRef, str]]:
        """'Israel, Hamas agree to truce', 'Kenya, Uganda sign deal': a headline's comma stands for 'and'. The
        parser hangs the first name on the verb; a plural verb (VBP) with one singular name as its subject says
        the subject is both."""
        if subject is None or verb.tag_ != "VBP" or subject.tag_ != "NNP" or subject.dep_ != "nsubj" \
                or any(c.dep_ == "conj" for c in subject.children):
            return []
        comma = subject.doc[subject.left_edge.i - 1] if subject.left_edge.i > 0 else None
        first = next((c for c in verb.children if c.dep_ in ("npadvmod", "dep", "nsubj") and c.tag_ == "NNP"
                      and comma is not None and comma.text == "," and c.right_edge.i == comma.i - 1), None)
        return self.actors.actors_of(first) if first is not None else []

    def _thing_does_it(self, noun: Token) -> bool:
        """'shipments killing Americans' (rules.json participle_things): a thing that names no actor, no event, no
        weapon ('fired missiles hitting X'), no instrument ('signed a resolution threatening X') and no vehicle of
        speech ('remarks thanking X') does what its participle says; no one above it does."""
        words = (noun.lemma_.lower(), noun.lower_)
        if noun.pos_ != "NOUN" or noun.i in self.actors.by_token:
            return False
        return not any(w in self.actors.group_nouns or w in self.actors.event_nouns or w in _doers_behind()
                       for w in words)

    def placed_crowd(self, verb: Token, entry: TriggerEntry, agents, act: Token | None = None):
        """The agents found, unless there are none or all are groups of no state (``_unnamed_group``:
        'protesters'), which a crowd protesting somewhere replaces (:meth:`crowd_agents`: 'protesters rallied in
        X' are X's protesters)."""
        if agents and not all(self._unnamed_group(a) for a, _ in agents):
            return agents
        return self.crowd_agents(verb, entry, act) or agents

    def crowd_agents(self, verb: Token, entry: TriggerEntry, act: Token | None = None):
        """'Thousands of people protested in Belgrade' (rules.json crowd_agents): a crowd no actor names, protesting
        in a state, is that state's protesters; ``act``: the protest a light verb's crowd stages, whose own phrases
        may say where ('staged a protest in X')."""
        rule = self.rules["crowd_agents"]
        if entry.type not in rule["types"]:
            return []
        subject = self.actors.find_subject(verb)
        if subject is None and verb.dep_ == "acl" and verb.tag_ == "VBD" and verb.head.dep_ == "ROOT":
            subject = verb.head  # a finite verb parsed as a clause of the sentence's noun is that noun's verb
        if subject is None:
            return []
        quantity = subject.lower_ in self.rules["partitive_nouns"]
        crowd = next(iter(_prep_objects(subject, "of")), None) if quantity else subject  # "thousands of people"
        if crowd is not None and crowd.lower_ not in rule["nouns"] and crowd.lemma_.lower() not in rule["nouns"]:
            return []
        crowd = crowd or subject  # "thousands" alone
        holders = [verb] if act is None else [verb, act]
        sites = [o for h in holders for p in rule["site_prepositions"] for o in _prep_objects(h, p)]
        # "rallied outside the US embassy in Baghdad": the town the site is in places the crowd
        for place in [o for h in holders for o in _prep_objects(h, "in")] + _prep_objects(crowd, "in") \
                + [o for s in sites for o in _prep_objects(s, "in")]:
            states = [r for r, _ in self.actors.actors_of(place) if r.cls == "State"]
            if states:
                return [(self.actors.group_within(rule["label"], states[0]), _text(subject))]
        return []

    def _meeting_participants(self, subject: Token | None):
        """'The leaders called on X ...' after 'A spoke with B': the participants of the latest meeting."""
        rule = self.rules["meeting_participants"]
        if subject is None or subject.tag_ != "NNS" or subject.lemma_.lower() not in rule["nouns"] \
                or not any(c.lower_ in rule["determiners"] for c in subject.children if c.dep_ in ("det", "nummod", "predet")):
            return []
        meeting = self.__dict__.get("_last_meeting")
        return list(meeting[1]) if meeting and meeting[0] < subject.i else []
