"""Document-level rules on top of the trigger events: reported attacks as accusations, denials linked to the
claims they answer, obligations as demands, and attributed statements."""
from __future__ import annotations

from dataclasses import replace

from ...ingest import slug
from ...lexicon.entry import TriggerEntry
from ...model import ActorRef, Event
from .sentences import _text
from ..actors.kinds import OWN_GROUP_SECTORS, outside_the_state
from ..actors.tree import is_to_infinitive
from .tokens import _child, _lemma, _measured_things, _pos, _prep_objects

__all__ = ["DocumentRules"]


class DocumentRules:
    """Mixin of the extractor: needs ``actors``, ``rules`` and the other mixins' helpers."""

    def _side(self, ref) -> set:
        """``ref``'s key and that of the state it acts for: who counts as the same side."""
        return {ref.key, self.actors.state_key(ref)} - {None}

    def _of_other_sides(self, refs, others) -> bool:
        """Whether none of ``refs`` is on the side of any of ``others`` (both (ActorRef, text) pairs)."""
        own = set().union(*(self._side(ref) for ref, _ in others))
        return not any(self._side(ref) & own for ref, _ in refs)

    def of_its_people(self, ref) -> bool:
        """Whether ``ref`` is a state's people rolled up to it with a sector of their own ('Serbian workers',
        'the Kenyan opposition'), not the state, its government or forces (rules.json people_sectors)."""
        return outside_the_state(ref, self.rules["people_sectors"]["not_people"])

    def facing_their_state(self, agent: ActorRef, agent_text: str | None, target: ActorRef | None,
                           target_text: str | None) -> tuple[ActorRef, ActorRef | None]:
        """'The Kenyan opposition accused President X', 'President X met Ukrainian students': a state's people
        (``of_its_people``) facing that state's leaders, government or forces are a group of their own within it,
        acting from it with their sector kept (KENOPP -> KENGOV, as event coders code it), not the state, which
        would read 'Kenya accused X'. Other pairs are returned as they are."""
        if target is None or self.actors.state_key(agent) != self.actors.state_key(target):
            return agent, target
        if self.of_its_people(agent) and not self.of_its_people(target):
            return self.group_of_its_people(agent, agent_text), target
        if self.of_its_people(target) and not self.of_its_people(agent):
            return agent, self.group_of_its_people(target, target_text)
        return agent, target

    def group_of_its_people(self, ref: ActorRef, text: str | None) -> ActorRef:
        """The group of a state's people ``ref`` (``of_its_people``) named by its own words ``text`` ('Kenyan
        protesters'; a lone common noun takes the state's adjective: 'Togolese opposition'), acting from the state
        with its code; ``ref`` itself when the words name nothing more than the state or a pronoun."""
        words = (text or "").split()
        words = words[1:] if words[:1] and words[0].lower() == "the" else words
        if len(words) == 1 and words[0].islower():  # "the opposition" of a state the text is about
            entry = self.actors.gaz.get(ref.key)
            words = [entry.demonyms[0] if entry is not None and entry.demonyms else ref.label, *words]
        label = " ".join(words)
        if len(words) < 2 or label.lower() == ref.label.lower():
            return ref  # "they": no words of their own to name them by
        cls = "ArmedGroup" if (ref.code or "")[3:6] in OWN_GROUP_SECTORS else "InformalGroup"
        return ActorRef(key=f"group/{slug(label)}", label=label, cls=cls, acts_for=ref.key, code=ref.code,
                        source="text")

    def _only_own_states(self, targets, agents) -> bool:
        """Whether ``targets`` (ActorRef, text pairs) are none, or only the states ``agents`` act for, their people
        and property included ('the seizure of a Qatari cargo ship', what was done to them), not a counterpart
        of their own at home (rules.json own_state_addressed counterpart_sectors: 'the Russian opposition')."""
        own = {self.actors.state_key(a) or a.key for a, _ in agents}
        counterparts = self.rules["own_state_addressed"]["counterpart_sectors"]
        return all(t.cls == "State" and t.key in own and (t.code or "")[3:6] not in counterparts for t, _ in targets)

    def is_ordered_measure(self, pairs) -> bool:
        """'The Federal Government will halt all services provided to the firm' in a fact sheet on an executive
        order: on a page that is an order (rules.json ordered_measures, by its title), the future of a measure
        says what the order does. On no one named, or on someone of the agent's own state, it is administration
        at home, not a threat."""
        title = (self.title or "").lower()
        if not any(word in title for word in self.rules["ordered_measures"]["title_words"]):
            return False
        for (agent, _), target_pair in pairs:
            if target_pair is not None and self.actors.state_key(target_pair[0]) not in (self.actors.state_key(agent), None):
                return False  # a measure on a foreign actor stays a threat
        return True

    def joint_action(self, tok, events: list[Event]) -> list[Event]:
        """'X and Y carried out a joint raid', 'X and Y jointly shelled ...': two or more sides that do an act
        together (rules.json joint_action) cooperate in it (CAMEO 06, material cooperation), besides the act."""
        rule = self.rules["joint_action"]
        if not any(c.dep_ == "amod" and c.lower_ in rule["modifiers"] or c.dep_ == "advmod" and c.lower_ in rule["adverbs"]
                   for c in tok.children):
            return []
        sides = {}
        for event in events:
            if event.agent is not None and event.type != "Cooperate":
                sides.setdefault(event.agent.key, event)
        acts = list(sides.values())
        return [replace(first, type="Cooperate", target=second.agent, target_text=second.agent_text, topic=None,
                        source="kg:rule:joint-action")
                for i, first in enumerate(acts) for second in acts[i + 1:]]

    def joint_undertakings(self, sent) -> list[Event]:
        """'X and Y will jointly produce engines': two or more sides that do anything together (an adverb of
        rules.json joint_action) cooperate in it (CAMEO 06, material cooperation), whatever the verb; where the verb
        is a trigger, joint_action adds the cooperation to its own event."""
        adverbs = self.rules["joint_action"]["adverbs"]
        if self._sentences().words(sent).isdisjoint(adverbs):
            return []
        out = []
        for tok in sent:
            verb = tok.head
            if tok.lower_ not in adverbs or tok.dep_ != "advmod" or verb.pos_ != "VERB" or self.entry_for(verb) \
                    or any(c.dep_ == "neg" for c in verb.children):
                continue  # (what they did not do together is no rejection of each other)
            partners = [a for o in _prep_objects(verb, "with") for a in self.actors.actors_of(o)]  # "X ... with Y"
            sides = list({a.key: (a, text) for a, text in self.agents_of_verb(verb, False) + partners}.values())
            if len(sides) > 1:
                entry = TriggerEntry(lemma=verb.lemma_.lower(), pos="VERB", type="Cooperate",
                                     source="kg:rule:joint-action")
                out.extend(self.make_events(verb, entry, sides[:1], sides[1:], 0.6))
        return out

    def reported_attacks(self) -> set:
        return set(self.rules["reported_attack_types"])

    def reported_attack_accusations(self, events: list[Event]) -> list[Event]:
        """'Ukraine said Russia shelled its positions': the attack is Russia's, reported by Ukraine, and saying
        so is Ukraine's accusation of Russia (CAMEO's own transformation '~ a (b . ATTACK) SAY = a b 112')
        when the reporter is on the side that was hit."""
        out = []
        for event in events:
            reporter = event.reported_by
            if event.type not in self.reported_attacks() or reporter is None or event.target is None \
                    or event.modality != "Asserted":
                continue
            victim_side = self._side(event.target)
            reporter_side = self._side(reporter)
            agent_side = self._side(event.agent)
            if not (victim_side & reporter_side) or (agent_side & reporter_side):
                continue
            out.append(replace(event, type="Accuse", target=event.agent, agent=reporter, reported_by=None,
                               agent_text=None, target_text=event.agent_text, answers=[],
                               topic=event.sentence if len(event.sentence) <= 200 else event.topic,
                               source="kg:rule:reported-attack"))
        return out

    def link_revoked_instruments(self, events: list[Event]) -> list[tuple[Event, Event]]:
        """'The council revoked the deal': a rejection of a definite agreement with no party named refuses the
        one the rejecter's side made last in the article, and that agreement's counterpart is its target.

        Returns (event, the same event with its target) pairs for the caller to swap in.
        """
        rule = self.rules["revoked_instruments"]
        out = []
        for reject in events:
            if reject.type not in rule["types"] or reject.target is not None:
                continue
            span = self.doc.char_span(reject.trigger_start, reject.trigger_end, alignment_mode="expand")
            obj = _child(span.root, "dobj") if span is not None else None
            if obj is None or obj.lemma_.lower() not in rule["nouns"] or self.actors.actors_of(obj) or \
                    not any(c.dep_ == "det" and c.lower_ in rule["determiners"] for c in obj.children):
                continue
            side = self._side(reject.agent)
            made = [e for e in events if e.trigger_start < reject.trigger_start and e.type in rule["made_by"]
                    and e.target is not None and self._side(e.agent) & side
                    and not self._side(e.target) & side]
            if made:
                latest = max(made, key=lambda e: e.trigger_start)
                out.append((reject, replace(reject, target=latest.target, target_text=latest.target_text)))
        return out

    def link_denials(self, events: list[Event]) -> None:
        """'The Pentagon has denied these allegations': the denial answers the latest claims against the denier.

        A claim against an actor is an accusation or criticism targeting it (or the state it acts for), or an
        event it is said to have done that someone else reports. The denial's target becomes the accuser.
        """
        for deny in events:
            if deny.type != "Deny" or deny.answers:
                continue
            side = self._side(deny.agent)
            claims = []
            for earlier in events:
                if earlier.trigger_start >= deny.trigger_start or earlier is deny:
                    continue
                if earlier.type in ("Accuse", "Criticize") and earlier.target is not None and (
                        self._side(earlier.target) & side):
                    claims.append((earlier, earlier.agent))
                elif earlier.reported_by is not None and earlier.type not in ("Statement", "Deny") and (
                        self._side(earlier.agent) & side) and not (
                        self._side(earlier.reported_by) & side):
                    claims.append((earlier, earlier.reported_by))
            if not claims:
                continue
            latest = max(e.start for e, _ in claims)
            answered = [(e, who) for e, who in claims if e.start == latest]
            deny.answers = [e for e, _ in answered]
            if deny.target is None:
                deny.target = answered[0][1]
                deny.target_text = None

    def obligations(self, sent) -> list[Event]:
        """'X said that Y must ...': a demand by the speaker on whoever must act (CAMEO 10)."""
        out = []
        must = set(self.rules["obligation_auxiliaries"])
        if not must & self._sentences().words(sent):
            return out
        reporting = set(self.rules["reporting_verbs"]) - {"be"}
        for tok in sent:
            if tok.dep_ != "aux" or tok.lower_ not in must:
                continue
            verb = tok.head
            clause = verb
            while clause.dep_ in ("conj", "xcomp") and clause.head.i != clause.i:
                clause = clause.head
            reporter_verb = clause.head if clause.dep_ in ("ccomp", "acl") else None
            if reporter_verb is not None and reporter_verb.pos_ == "NOUN":  # "a reminder that Iraq must ..."
                reporter_verb = reporter_verb.head if reporter_verb.head.pos_ == "VERB" else None
            elif reporter_verb is not None and reporter_verb.lemma_.lower() not in reporting:
                reporter_verb = None
            if reporter_verb is None or self._generic_condition(verb) \
                    or _lemma(verb) in self.rules["obligation_states"]["lemmas"]:
                continue
            subject, speaker = self.actors.find_subject(verb), self.actors.find_subject(reporter_verb)
            if subject is not None and subject.dep_ == "nsubjpass" \
                    and subject.lower_ in self.rules["subject_pronouns_thing"]:
                continue  # "'It should be judged by whether agencies deliver,' said X": a measure of a thing
            if subject is not None and speaker is not None and \
                    {subject.lower_, speaker.lower_} <= set(self.rules["first_person"]):
                continue  # "I think we should ...": a speaker's resolve for their own side, no demand on another
            agents = self.actors.actors_of(speaker)
            targets = self.actors.actors_of(subject)
            if {t.key for t, _ in targets} <= {a.key for a, _ in agents}:
                continue  # "X said she should have a say": X's own resolve or claim, no demand on anyone
            entry = TriggerEntry(lemma=tok.lower_, pos="VERB", type="Demand", source="kg:rule:obligation")
            out.extend(self.make_events(verb, entry, agents, targets, 0.6) if targets else [])
        return out

    def _generic_condition(self, verb) -> bool:
        """'a government must be held accountable when it violates the rights of its people': an obligation
        bound to a 'when' / 'whenever' clause in the simple present about the obliged one's own conduct (its
        subject a pronoun taking up the obliged one) says what holds each time it does so, a norm, not a demand
        on anyone now (rules.json generic_clause_marks). 'X must withdraw when the ceasefire begins' (a time
        clause with a subject of its own) stays a demand."""
        marks = set(self.rules["generic_clause_marks"]["words"])
        pronouns = set(self.rules["subject_pronouns_thing"]) | set(self.rules["subject_pronouns_person"])
        return any(c.dep_ == "advcl" and c.tag_ in ("VBZ", "VBP")
                   and any(m.dep_ == "advmod" and m.lower_ in marks for m in c.children)
                   and any(n.dep_ in ("nsubj", "nsubjpass") and n.lower_ in pronouns for n in c.children)
                   for c in verb.children)

    def blame_events(self, sent) -> list[Event]:
        """'X is responsible for the death and destruction', 'X was behind the attack': the speaker accuses X (CAMEO
        112); 'we hold X accountable' is the holder's accusation, and a threat when it is announced ('will hold X
        accountable', CAMEO 13). Only harms count when blame is stated with 'be' (rules.json blame)."""
        blame = self.rules["blame"]
        out = []
        words = set(blame["adjectives"]) | set(blame["prepositions"])
        if self._sentences().words(sent).isdisjoint(words):
            return out
        for tok in sent:
            if tok.lemma_.lower() not in words or tok.head.i == tok.i:
                continue
            head = tok.head
            behind = tok.dep_ == "prep" and tok.lower_ in blame["prepositions"]  # "X was behind the attack"
            if (tok.dep_ == "acomp" or behind) and head.lemma_.lower() == "be":
                held = [tok] if behind else [p for p in tok.children if p.dep_ == "prep" and p.lower_ == "for"]
                harms = [o for prep in held for pobj in prep.children if pobj.dep_ == "pobj"
                         for o in (pobj, *(c for c in pobj.children if c.dep_ == "conj"))]
                # ("behind a string / a wave of attacks": the measured thing is the harm)
                harms += [m for o in harms for m in _measured_things(o)]
                if not any(o.lemma_.lower() in blame["harm_nouns"] or o.lower_ in blame["harm_nouns"] for o in harms):
                    continue
                speaker = self.actors.speaker_of(tok) or self.actors.article_speaker
                agents = [(speaker, None)] if speaker is not None else []
                targets = self.actors.actors_of(self.actors.find_subject(head))
                trigger = head
                if any(c.dep_ == "neg" for c in head.children):
                    # "X said it was not responsible for the blast": X denies the blame (CAMEO 016); another's
                    # innocence vouched for ("said Y was not behind it") is no event
                    if speaker is not None and self._speaks_of_itself(speaker, targets):
                        entry = TriggerEntry(lemma=tok.lower_, pos="VERB", type="Deny", source="kg:rule:blame-denied")
                        out.extend(replace(e, modality="Asserted", negated=False) if e.modality == "Negated" else e
                                   for e in self.make_events(tok, entry, targets, [], 0.6, explicit_agent=True))
                    continue
            elif tok.dep_ in ("ccomp", "oprd", "xcomp") and head.lemma_.lower() == "hold" \
                    and not self._held_to_account_as_an_aim(head):
                agents = self.agents_of_verb(head, False)
                targets = self.actors.actors_of(_child(tok, "nsubj") or _child(head, "dobj"))
                trigger = head
            else:
                continue
            if not agents or not targets:
                continue
            modality = self.modality_of(trigger)[0]
            kind = "Threaten" if modality in ("Future", "Conditional") else "Accuse"
            entry = TriggerEntry(lemma=tok.lower_, pos="VERB", type=kind, source="kg:rule:blame")
            out.extend(self.make_events(trigger, entry, agents, targets, 0.6))
        return out

    @staticmethod
    def _held_to_account_as_an_aim(hold) -> bool:
        """'reviewed our efforts to hold X accountable', 'stands with Y to counter X and to hold X accountable':
        holding to account as the aim of an undertaking or of another act (through joined verbs) describes a
        goal, no charge laid; 'we commit to hold X accountable' is announced (a threat) and stays."""
        clause = hold
        while clause.dep_ == "conj" and clause.head.i != clause.i:
            clause = clause.head
        return clause.dep_ == "acl" and _pos(clause.head) == "NOUN" \
            or clause.dep_ == "advcl" and is_to_infinitive(clause)

    def _speaks_of_itself(self, speaker, actors) -> bool:
        """Whether ``actors`` (the subject of what ``speaker`` said) are the speaker or its own side."""
        own = self._side(speaker)
        return bool(actors) and all(self._side(a) & own for a, _ in actors)

    def met_with_response(self, sent) -> list[Event]:
        """'If X crosses the border, it will be met with a united response from Y': Y threatens X (rules.json
        met_with_response). The responder is the 'from' phrase, else the speaker; the one threatened is the
        condition's subject, the owner of an offence the sentence names, or what is met."""
        out = []
        if self._sentences().words(sent).isdisjoint(self.rules["met_with_response"]["nouns"]):
            return out
        for tok in sent:
            if tok.lemma_.lower() not in self.rules["met_with_response"]["nouns"] or tok.dep_ != "pobj" \
                    or tok.head.lower_ != "with" or tok.head.head.lemma_.lower() != "meet":
                continue
            met = tok.head.head
            if not any(c.dep_ == "auxpass" for c in met.children):
                continue
            agents = [a for o in _prep_objects(tok, "from") for a in self.actors.actors_of(o)]
            if not agents:
                speaker = self.actors.speaker_of(met) or self.actors.article_speaker
                agents = [(speaker, None)] if speaker is not None else []
            met_thing = _child(met, "nsubjpass")
            targets = self.condition_subject_targets(met) or self.answered_targets(met) \
                or (self.actors.actors_of(met_thing) if met_thing is not None and met_thing.pos_ != "PRON" else [])
            if not agents or not targets or self.modality_of(met)[0] not in ("Future", "Conditional", "Hypothetical"):
                continue
            entry = TriggerEntry(lemma=tok.lemma_.lower(), pos="NOUN", type="Threaten", source="kg:rule:met-with-response")
            out.extend(self.make_events(tok, entry, agents, targets, 0.6))
        return out

    def statements(self, sent, found) -> list[Event]:
        """Attributed claims that relate no two actors: 'X said ...' with no event of its own inside."""
        out = []
        starts = {e.start for e in found.values()}
        verbs = self.rules["statement_verbs"]["lemmas"]
        if self._sentences().words(sent).isdisjoint(verbs) or self._sentences().evidence(sent[0])[1] in starts:
            return out
        for tok in sent:
            if tok.lemma_.lower() in verbs \
                    and tok.pos_ == "VERB" and _child(tok, "ccomp") is not None:
                agents = self.actors.actors_of(self.actors.find_subject(tok))
                if not agents:
                    continue
                agent, agent_text = agents[0]
                sentence, start, end = self._sentences().evidence(tok)
                modality, negated, condition = self.modality_of(tok)
                time_value, time_text = self.time_of(tok)
                out.append(Event(
                    type="Statement", agent=agent, target=None, trigger=tok.text, sentence=sentence,
                    start=start, end=end, trigger_start=tok.idx,
                    trigger_end=tok.idx + len(tok.text), topic=_text(_child(tok, "ccomp"), limit=20),
                    agent_text=agent_text, time=time_value, time_text=time_text, modality=modality,
                    negated=negated, condition=condition, confidence=0.6, source="kg:rule:statement",
                ))
                break
        return out
