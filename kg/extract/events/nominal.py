"""Events a noun names ('the arrest of X by Y', 'talks between X and Y', 'X launched an investigation into Z'): who
does what the noun names, to whom, as the noun's own phrases, a light verb it is the object of or the reaction it
draws say. A mixin of kg.extract.events.extractor's extractor, as the other modules of this package are."""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from ...lexicon.entry import TriggerEntry
from ...model import Event
from ..actors.tree import is_to_infinitive
from .agentless import load_incidents
from .tokens import _child, _is_passive, _lemma, _prep_objects, _standing_amount, object_binding

#: verbs whose subject answers a proposal or request the object names ("agreed to X's proposal")
RESPONSE_VERBS = {"agree", "accept", "reject", "welcome", "consider", "respond", "refuse", "decline", "rebuff",
                  "dismiss", "study", "review", "spurn", "answer", "back", "support", "endorse", "deny", "approve",
                  "grant", "heed", "ignore"}


class NominalEvents:
    def _binder_of(self, poss: Token) -> Token | None:
        """'thanked the leaders for their support of X': a possessive pronoun in the phrase after a verb's object
        is that object's (rules.json bound_possessives)."""
        prep = poss.head.head
        if poss.head.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.pos_ != "VERB":
            return None
        # ("During their meeting, X and Y reviewed ...": a phrase before the object is bound by no object)
        return object_binding(prep.head, poss.head, self.rules["bound_possessives"]["words"])

    def doers_in_of(self, noun: Token, entry: TriggerEntry) -> list[Token]:
        """'the withdrawal of French troops' (rules.json doer_in_of): the 'of' phrase of a noun of moving, meeting or
        protesting names who does it when it names someone; not 'of Russian gas supplies', what is moved."""
        if entry.type not in self.rules["doer_in_of"]["types"] or "prep:of" in entry.target:
            return []
        doers = self.rules["doer_in_of"]["doer_nouns"]
        return [o for o in _prep_objects(noun, "of") if o.i in self.actors.by_token or _lemma(o) in doers
                or o.pos_ in ("PROPN", "PRON") or self.actors.agent_of(o) is not None]

    def act_doers(self, act: Token, entry: TriggerEntry | None, by_phrase: bool = True) -> list:
        """The actors who did the act a noun names: its doers (``_doers_of``: its 'by' phrase and the like, unless
        ``by_phrase`` is False) or, for a move, meeting or protest, its 'of' phrase (``doers_in_of``). 'The arrest
        of X's journalists by Y drew criticism from X': the reaction is to Y, not to whom the act was done."""
        doers = (self._doers_of(act) if by_phrase else []) or (self.doers_in_of(act, entry) if entry else [])
        return [a for o in doers for a in self.actors.actors_of(o)]

    def noun_events(self, noun: Token, entry: TriggerEntry) -> list[Event]:
        if self.ended_by_its_modifier(noun):
            return []
        agents, misplaced_doers = [], []
        verb, light = self.governing_verb(noun)
        if verb is not None and noun.dep_ in ("dobj", "dative") and self._offered_not_done(verb, entry):
            return []  # "offered talks to X": the verb's proposal, no meeting
        poss = _child(noun, "poss")
        if poss is not None:
            agents = self.actors.actors_of(self._binder_of(poss) or poss)
            subject = _child(verb, "nsubj") if verb is not None else None
            if not agents and subject is not None \
                    and (poss.lower_, subject.lower_) in (("their", "they"), ("its", "it")):
                # "They reiterated their support": the noun's owner is the verb's subject, whoever that is found to be
                agents = self.agents_of_verb(verb, False)
        if not agents:
            # "the withdrawal of troops from X": where a move starts is its target, not its doer (a message's
            # sender is: "the demand from X")
            starts = "prep:from" in entry.target and entry.type in self.rules["doer_in_of"]["types"] \
                and not self._senders_of(noun)
            owners = _prep_objects(noun, "by") + ([] if starts else _prep_objects(noun, "from"))
            # "the arrest of X by Y": the parser hangs the event's 'by' on its 'of' object
            owners = owners or [b for o in _prep_objects(noun, "of") for b in _prep_objects(o, "by")]
            # "the attack on X, claimed by Y, killed ...": whoever claims a deed did it (rules.json claimed_deeds)
            owners += [o for c in noun.children if c.dep_ == "acl" and _lemma(c) in self.rules["claimed_deeds"][
                "passive_verbs"] for o in _prep_objects(c, "by")]
            if not owners:
                owners = self.doers_in_of(noun, entry)
            agents = [a for t in owners for a in self.actors.actors_of(t)]
            if agents and light and _child(verb, "nsubj") is not None:
                # "X launched an investigation into crimes by Y": a light verb's own subject does the act; the
                # 'by' phrase the parser hung on the noun belongs to what the act is about
                doers = self.agents_of_verb(verb, False)
                if doers and not {a.key for a, _ in doers} & {a.key for a, _ in agents}:
                    agents, misplaced_doers = [], agents
        if poss is None and verb is not None and noun.dep_ == "dobj" and not misplaced_doers \
                and self._draws_reaction(verb, entry):
            # "X's refusal drew criticism from Y" (the parser may hang 'from Y' on the verb): Y's reaction to X,
            # to the doer of the act X names
            givers = agents or [a for o in _prep_objects(verb, "from") for a in self.actors.actors_of(o)]
            subject = self.actors.find_subject(verb) if givers else None
            doers = self.act_doers(subject, self.entry_for_noun(subject)) \
                if subject is not None and subject.pos_ == "NOUN" else []
            reacted_to = doers or (self.agents_of_verb(verb, _is_passive(verb)) if givers else [])
            if reacted_to:
                return self.make_events(noun, entry, givers, reacted_to, 0.7)
        if not agents:
            agents = self.actors.possessive_before(noun)
        if not agents and entry.symmetric:
            sides = self._sides(noun, entry)
            if len(sides) > 1:
                events = self.make_events(noun, entry, sides[:1], sides[1:], 0.7)
                if entry.type not in self.rules["mutual_types"]["types"]:  # "clashes between X and Y": each way
                    events += self.make_events(noun, entry, sides[1:], sides[:1], 0.7)
                return events
        modifier_agent = False
        if not agents:
            agents = [a for c in noun.children if c.dep_ in ("amod", "compound", "nmod") and c.ent_type_ in ("NORP", "GPE", "ORG")
                      for a in self.actors.actors_of(c)]
            modifier_agent = bool(agents)
        if (verb is not None and noun.dep_ == "dobj" and self.ends(verb)) or self._ended_by_a_noun(noun):
            return []  # "suspended its cooperation with X", "called off the talks with X": not held, light verb or not
        seeking = self.rules["seeking_verbs"]
        if verb is not None and not light and (noun.dep_ == "dobj" and (
                _lemma(verb) in seeking["lemmas"]  # "seek concessions from X": wanted, not done
                or self._rejects(verb) and entry.type != "Criticize")
                # "rejected X's proposal": coded once, by the rejection (X its target); "rejected X's condemnation"
                # says X condemned
                or noun.dep_ == "pobj" and noun.head.lower_ == "for" and _lemma(verb) in seeking["for_lemmas"]):
            return []
        confidence = 0.75
        explicit = False
        received = self.rules["received_support"]
        if not agents and verb is not None and _standing_amount(noun).dep_ == "dobj" \
                and _lemma(verb) in received["verbs"] and entry.type in received["types"]:  # (or "$5 million in aid")
            # "X has the support of Y", "won the backing of Y": Y gives it, X is its target (CAMEO's [:071] reversal)
            givers = [a for o in _prep_objects(noun, "of") for a in self.actors.actors_of(o)]
            if not givers and entry.type in received["from_types"] and self.entry_for(verb) is None:
                # "X received humanitarian aid from Y" (the parser hangs 'from' on the verb); where a pattern of the
                # dictionary codes the verb ('received a loan / military aid / no aid'), it stands
                givers = [a for o in _prep_objects(verb, "from") for a in self.actors.actors_of(o)]
            if givers:
                receivers = self.agents_of_verb(verb, _is_passive(verb))
                return self.make_events(noun, entry, givers, receivers, 0.7) if receivers else []
        if not agents and verb is not None and light:
            # ("X has been locked in / engaged in fighting with Y": a state the subject is in, passive in form only)
            patient = _child(verb, "nsubjpass")
            stative = patient is not None and _lemma(verb) in self.rules["entering_verbs"]["lemmas"] \
                and not _prep_objects(verb, "by")
            agents = self.actors.actors_of(patient) if stative else self.agents_of_verb(verb, _is_passive(verb))
            agents = self.placed_crowd(verb, entry, agents, noun)  # "thousands staged a protest in X": X's protesters
            explicit = stative or self._shares_a_said_subject(verb)
            confidence = 0.7
        elif agents and verb is not None and light and self._has_own_subject(verb):
            # "Iran raised the combat readiness of its troops": the light verb's subject says again who does it
            explicit = bool({a.key for a, _ in agents} & {a.key for a, _ in self.agents_of_verb(verb, False)})
        if not agents:
            return []
        # a row conditioned on a phrase's object ('a ban on imports') finds the rest of its phrases there
        targets = self.targets_from_roles(noun, entry.target, False, *(prep for prep, _ in entry.prep_objects[:1]))
        aimed = self.rules["aimed_acts"]
        if not targets and entry.type in aimed["types"]:
            # "sanctions targeting Russian banks", "measures aimed at Iran"
            targets = next((found for c in noun.children if c.dep_ == "acl" and _lemma(c) in aimed["participles"]
                            if (found := self.targets_from_roles(c, aimed["participles"][_lemma(c)], False))), [])
        if not targets and noun.dep_ in ("attr", "nsubj") and noun.head.lemma_ == "be":
            # "there were 120,000 Russian troops at its doorstep"
            targets = self.targets_from_roles(noun.head, [r for r in entry.target if r.startswith("prep:")], False)
        if not targets and verb is not None and light and _standing_amount(noun) is not noun:
            # "announced $50 million in aid for X": the amount heads the object, so the parser hangs the noun's
            # own phrases on the verb
            targets = self.targets_from_roles(verb, [r for r in entry.target if r.startswith("prep:")], False)
        if not targets and verb is not None and light:
            # "held drills near X": the parser hangs the noun's spatial phrases (its row's) on the light verb too
            toward = self.rules["light_verb_spatial_targets"]["roles"]
            roles = ("dative", "prep:to", "prep:on", "prep:against", *(r for r in entry.target if r in toward))
            if entry.symmetric:  # "launched a joint operation against X": the side acted against is no partner
                roles = tuple(r for r in roles if r not in ("prep:on", "prep:against"))
            targets = self._between_the_sides(entry, agents, self.targets_from_roles(verb, roles, False), places=True)
            joint = self.rules["joint_with"]["types"].get(entry.type)
            if not targets:
                targets = self.targets_from_roles(verb, ("prep:with",), False)
                if targets and joint:  # "launched initiatives with X": done together
                    entry = replace(entry, type=joint)
            if not targets:
                targets = self.shared_targets(verb, noun)
        if not targets:
            targets = misplaced_doers
        if not targets and entry.type in self.rules["meeting_hosts"]["types"]:
            targets = self.meeting_host_targets([noun], agents)  # "took part in talks hosted by X"
        if not targets and entry.type in ("Accuse", "Criticize", "Demand", "Threaten"):
            targets = self.clause_subject_targets(noun)
        if not targets and entry.type in self.rules["future_conflict_types"] + ["Threaten"]:
            targets = self.course_targets(noun)
        if not targets and entry.type in self.rules["authored_grievances"]["types"]:
            targets = self.authored_grievance_targets(noun, verb)
        if not targets and not light:
            targets = self.sufferer_targets(noun, verb)
        located = self.rules["located_noun_types"]
        if not targets and entry.type in located["types"]:
            # "launched an investigation into the killings in X": where what is looked into happened, not where
            # the inquiry sits (the parser hangs the noun's phrase on a light verb as often)
            holders = [noun] + ([verb] if light else [])
            looked_into = [o for node in holders for prep in located["looked_into"] for o in _prep_objects(node, prep)]
            # ("an investigation into Venezuela": what is looked into may be a named actor itself, or one a
            # nationality or place names: "a probe into Chinese steel makers", "into suspected Russian sabotage")
            named = [o for o in looked_into if o.ent_type_ or any(
                c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE") for c in o.children)]
            # ("an inquiry into the role of X": whose part is looked into, rules.json part_nouns)
            parts = [o for o in looked_into if o.lemma_.lower() in self.rules["part_nouns"]["lemmas"]]
            # ("into policies at Comcast", "into crimes committed by X": the actor what is looked into is done by,
            # named, not a thing a state's name modifies: "risks posed by U.S. reliance on imports")
            at = [d for o in looked_into for prep in located["done_at"] for d in _prep_objects(o, prep)]
            by = [d for o in looked_into for c in o.children if c.dep_ == "acl"
                  for prep in located["done_by"] for d in _prep_objects(c, prep)]
            doers = [d for d in at + by if d.ent_type_ or d.pos_ == "PROPN"]
            targets = next((found for o in parts if (found := self._counterparts_as_group(o))), []) \
                or next((found for o in named if (found := self.actors.actors_of(o))), []) \
                or next((found for o in doers if (found := self.actors.actors_of(o))), []) \
                or next((found for o in looked_into if (found := self.place_of(o, entry))), [])
        if not targets and (entry.type in located["struck_types"]
                            or self.strike_by_force(noun, entry.type, agents)):
            struck = [o for node in ([noun] + ([verb] if light else [])) for prep in located["struck"]
                      for o in _prep_objects(node, prep)]
            targets = next((found for o in struck if (found := self.place_of(o, entry))), [])
        if not targets and entry.type in self.rules["proposal_aims"]["types"]:
            # "X's initiative to bring Y and Z together for talks": whom the proposal's own infinitive acts on is
            # whom it is put to, not whoever welcomes it
            aims = [c for c in noun.children if c.dep_ == "acl" and is_to_infinitive(c)]
            # (the small model hangs the noun's infinitive on the verb when it follows the noun at once)
            aims += [c for c in (verb.children if verb is not None and noun.dep_ == "dobj" else ())
                     if c.dep_ == "advcl" and is_to_infinitive(c) and c.left_edge.i == noun.right_edge.i + 1]
            # (two or more sides: one thing or party alone is what the proposal moves or sends, 'a plan to dispatch
            # a mission', 'an invitation to visit X')
            for aim in aims:
                found = self.targets_from_roles(aim, self.rules["proposal_aims"]["roles"], False)
                if len({t.key for t, _ in found}) > 1:
                    targets = found
                    break
        if not targets and verb is not None and not light and verb.lemma_.lower() in RESPONSE_VERBS:
            # "Russia agreed to the United States' proposal", "X's request was accepted by Y": the one who answers
            # is the one addressed
            passive = noun.dep_ == "nsubjpass" and _is_passive(verb)
            if not passive or self._answered_in_passive(verb, entry):
                targets = self.agents_of_verb(verb, passive)
        if not targets and verb is not None and light \
                and entry.type not in self.rules["purposes_name_no_partner"]["types"]:
            # "staged demonstrations to demand reforms by X": a light verb's purpose says whom the act is aimed at,
            # as a verb's does ('marched to demand ...')
            targets = self.purpose_targets(verb)
        contact = self.contact_of_speech(verb) if verb is not None and light \
            and self._only_own_states(targets, agents) else None
        if contact is not None:
            # "summoned the envoy to lodge a protest (over the arrest of Russian dissidents)": made to the envoy
            targets = self.actors.actors_of(_child(contact, "dobj")) or targets
        if not targets and verb is not None and light:
            targets = self.prompting_doers(verb, entry)  # "prompting X to lodge a protest"
        if modifier_agent and not targets:
            return []  # "ethnic Albanian unrest": a demonym alone is too weak to say who acted, and against whom
        return self.make_events(noun, entry, agents, targets, confidence, explicit_agent=explicit)

    def _ended_by_a_noun(self, noun: Token) -> bool:
        """'the suspension of aid to X', 'a halt to arms sales' (rules.json ending_verbs nouns): the 'of' or 'to'
        complement of a noun of ending is what stops."""
        prep = noun.head
        return noun.dep_ == "pobj" and prep.lower_ in ("of", "to") and prep.head.pos_ == "NOUN" \
            and _lemma(prep.head) in self.rules["ending_verbs"]["nouns"]

    def _answered_in_passive(self, verb: Token, entry: TriggerEntry) -> bool:
        """'X's request was accepted by Y' was put to Y; 'X's strikes were endorsed by Y', 'X's offer was welcomed
        by Y' may come from any onlooker (rules.json passive_answers)."""
        rule = self.rules["passive_answers"]
        return entry.type in rule["types"] and verb.lemma_.lower() in rule["lemmas"]

    def _rejects(self, verb: Token) -> bool:
        entry = self.entry_for(verb)
        return entry is not None and entry.type == "Reject"

    def sufferer_targets(self, noun: Token, verb: Token | None):
        """'Georgia suffered an attack by X', 'Georgia came under attack from X': who undergoes the event is
        whom it hits (rules.json patient_verbs)."""
        if verb is None:
            return []
        under = noun.dep_ == "pobj" and noun.head.lower_ == "under" and noun.head.head.i == verb.i
        if under or (noun.dep_ == "dobj" and _lemma(verb) in self.rules["patient_verbs"]["lemmas"]):
            return self.agents_of_verb(verb, _is_passive(verb))
        incidents = load_incidents()
        if noun.dep_ == "pobj" and noun.head.lower_ in incidents["preps"] and noun.head.lower_ != "by" \
                and noun.head.head.i == verb.i and _is_passive(verb) and _lemma(verb) in incidents["verbs"]:
            # "five soldiers were killed in an ambush by X": whom the verb of harm names hurt in the act
            return self.actors.actors_of(_child(verb, "nsubjpass"))
        return []
