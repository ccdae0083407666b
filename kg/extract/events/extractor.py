"""The event extractor: trigger matching, modality, arguments and document rules put together."""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Doc, Token

from ...gazetteer import load_gazetteer
from ...lexicon.entry import TriggerEntry
from ...lexicon.verbs import load_lexicon as load_verb_lexicon
from ...model import ActorRef, Event
from ..actors import ActorFinder
from ..actors.tree import commented_clause, is_to_infinitive, leading_verb, misparsed_finite_verb
from ..place import place_of
from ..speaker import has_other_speakers, title_speaker
from .agentless import UnknownAgent
from .agents import Agents
from .arguments import Arguments
from .clauses import ClauseTargets
from .matching import TriggerMatching, load_lexicon
from .modality import Modality
from .nominal import NominalEvents
from .pairing import Pairing, kin
from .referents import ActReferents
from .rules import DocumentRules
from .senses import Senses, trigger_objects
from .sentences import _SentenceIndex
from .tokens import (_child, _is_passive, _lemma, _lemmas, _pos, _pos_positions, _prep_objects, _shared_object,
                     _word, bare_participle, given_in_kind, list_end, owned_by_a_pronoun, put_thing)

__all__ = ["extract_events_from_doc"]

#: Event types whose complement is what is alleged or asked, not something that happened.
SPEECH_ACTS = {"Accuse", "Deny", "Demand", "Appeal", "Criticize", "Reject"}


@lru_cache(maxsize=1)
def _lexicon_sets() -> tuple[frozenset, frozenset, frozenset]:
    """The trigger nouns, the nouns that name an event (trigger and offence nouns) and the lemmas of speech acts:
    the same for every article, so made once."""
    triggers, rules = load_lexicon()
    dictionary = load_verb_lexicon()
    trigger_nouns = frozenset(lemma for (lemma, pos) in triggers if pos == "NOUN")
    speech_acts = {lemma for (lemma, _), entries in triggers.items() if any(e.type in SPEECH_ACTS for e in entries)}
    # (a verb of saying that only borrows its block's code, CLAIM under ALLEGE, reports: matching's dictionary_entry)
    speech_acts |= {lemma for lemma, senses in dictionary.senses.items()
                    if (lemma, "VERB") not in triggers and any(
                        e.type in SPEECH_ACTS and not (e.inherited and lemma in rules["reporting_verbs"])
                        for e in senses)}
    return trigger_nouns, trigger_nouns | frozenset(rules["offence_nouns"]), frozenset(speech_acts)


class _Extractor(NominalEvents, TriggerMatching, Senses, Modality, Agents, Arguments, ClauseTargets, DocumentRules,
                 ActReferents, UnknownAgent, Pairing):
    def __init__(self, doc: Doc, article_date: str | None, title: str | None = None, unknown_agents: bool = False):
        self.doc = doc
        self.unknown_agents = unknown_agents
        self.article_date = article_date
        self.title = title
        self.triggers, self.rules = load_lexicon()
        self.dictionary = load_verb_lexicon()
        self.trigger_nouns, event_nouns, self.speech_act_lemmas = _lexicon_sets()
        self.actors = ActorFinder(doc, load_gazetteer(), self.rules, event_nouns, article_date=article_date)
        speaker = title_speaker(title, load_gazetteer(), self.rules)
        self.actors.article_speaker = None if speaker is None or has_other_speakers(doc.text, self.rules) else speaker

    def _sentences(self) -> "_SentenceIndex":
        """Per-sentence facts of the document, built once: no per-event rescan of a sentence."""
        index = self.__dict__.get("_sentence_index")
        if index is None:
            index = self.__dict__["_sentence_index"] = _SentenceIndex(self.doc)
        return index

    def events(self) -> list[Event]:
        found: dict = {}
        reporting_used = set()
        positions = _pos_positions(self.doc)  # a token with no part of speech for the lexicon has no entry
        for sent in self.doc.sents:
            background, described = set(), set()
            for i in positions[bisect_left(positions, sent.start):bisect_left(positions, sent.end)]:
                tok = self.doc[i]
                entry = self.entry_for(tok)
                if entry is None or (self.is_reported_content(tok) and not self.complained_harm(tok, entry)) \
                        or self.under_obligation(tok) or self.describes_a_role(tok) \
                        or self.is_modifier_noun(tok, entry):
                    continue
                produced = self.verb_events(tok, entry) if entry.pos == "VERB" else self.noun_events(tok, entry)
                for event in produced + self.joint_action(tok, produced):
                    key = event.key()
                    if self._in_background_clause(tok):
                        background.add(key)
                    elif tok.dep_ in ("acl", "relcl") and tok.head.pos_ in ("NOUN", "PROPN"):
                        described.add(key)  # "the ceasefire, agreed by X and Y last week, ...": what a noun is
                    if key not in found or found[key].confidence < event.confidence:
                        found[key] = event
                    reporting_used.add(sent.start)
            if background and any(k not in background and k not in described
                                  and sent.start_char <= e.trigger_start < sent.end_char for k, e in found.items()):
                # "X banned flights to Y a day after Y's jet shot down a plane": the sentence reports the ban;
                # what happened before it is told as its occasion (CAMEO codes the sentence's own event); an event
                # that only describes a noun ("the truce, agreed by X and Y last week, collapsed when Z shelled Y")
                # is no such report
                for key in background:
                    found.pop(key, None)
            for event in self.obligations(sent) + self.blame_events(sent) + self.met_with_response(sent) \
                    + self.joint_undertakings(sent):
                found.setdefault(event.key(), event)
            found.update({e.key(): e for e in self.statements(sent, found)})
        # the document rules relate agents (who reported, denied or revoked what): an unknown agent takes no part
        for event in self.reported_attack_accusations([e for e in found.values() if e.agent is not None]):
            found.setdefault(event.key(), event)
        agented = sorted((e for e in found.values() if e.agent is not None), key=lambda e: e.trigger_start)
        self.link_denials(agented)
        for revoked, linked in self.link_revoked_instruments(agented):
            del found[revoked.key()]
            found.setdefault(linked.key(), linked)
        for key, threat in list(found.items()):
            answered = self.answered_supposed_act(threat, found.values())
            if answered is not None:
                del found[key]
                aimed = replace(threat, target=answered.agent, target_text=answered.agent_text)
                found.setdefault(aimed.key(), aimed)
        for stance, aimed in self.referred_act_targets(list(found.values())):
            del found[stance.key()]
            found.setdefault(aimed.key(), aimed)
        with_target = {e.key()[:2] + (e.start,) for e in found.values() if e.target is not None}
        found = {k: e for k, e in found.items() if e.target is not None or e.key()[:2] + (e.start,) not in with_target}
        return sorted(found.values(), key=lambda e: (e.start, e.trigger_start, e.type, e.agent.key if e.agent else "",
                                                   e.target.key if e.target else ""))

    @staticmethod
    def _owned_by_a_pronoun(tok: Token, text: str | None) -> bool:
        """Whether the phrase ``text`` under the trigger ``tok`` is owned by a pronoun ('their doctors'), or joined
        to a phrase that is ('their doctors and health care workers')."""
        last = (text or "").split()[-1:]

        def owned(t: Token) -> bool:
            while not owned_by_a_pronoun(t):
                if t.dep_ != "conj":
                    return False
                t = t.head
            return True

        return bool(last) and any(t.text == last[0] and owned(t) for t in tok.subtree)

    def verb_events(self, verb: Token, entry: TriggerEntry) -> list[Event]:
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
        # "those killed and injured by X": a reduced passive relative takes its agent from "by" only
        passive |= verb.tag_ == "VBN" and (verb.dep_ == "acl" or (verb.dep_ == "conj" and verb.head.dep_ == "acl")) \
            and not misparsed_finite_verb(verb)
        # "farmers were attacked and killed by X": a participle joined to a passive, with no subject or auxiliary
        # of its own, is passive as well (its subject is the first verb's patient)
        passive |= verb.dep_ == "conj" and verb.tag_ == "VBN" \
            and any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.head.children) \
            and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children)
        # "Detained by X since March, Y remains held": a participle clause with a 'by' phrase and no auxiliary
        passive |= verb.dep_ == "advcl" and verb.tag_ == "VBN" and any(c.dep_ == "agent" for c in verb.children) \
            and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children)
        # "it was deeply disappointed by X": a participle after a copula with a 'by' phrase is a passive as well
        passive |= verb.dep_ == "acomp" and verb.tag_ == "VBN" and any(c.dep_ == "agent" for c in verb.children)
        agents = self.agents_of_verb(verb, passive)
        if self.taken_as_a_named_place(verb, entry):
            # a named place taken: by a state, its forces or an armed group, not a candidate in an election
            agents = [(a, text) for a, text in agents if a.cls in self.rules["place_occupiers"]["classes"]]
        measure = None if passive else self.measure_as_subject(verb, entry)
        if measure is not None:  # "EU sanctions target Russia's banks": the sanction's, no attack
            entry, agents = measure
        confidence = 0.85 if _child(verb, *(("nsubj",) if not passive else ("agent",))) is not None else 0.7
        vocative = self.vocative_of(verb)
        if vocative is not None:
            # "Ambassador X, thank you for ...": the one addressed is the target, the speaker the agent
            speaker = self.actors.speaker_of(verb) or self.actors.article_speaker
            targets = self.actors.actors_of(vocative)
            return self.make_events(verb, entry, [(speaker, None)], targets, confidence) if speaker else []
        contact = self.contact_of_speech(verb)
        if contact is not None and not agents:  # "X approached Y to complain ...": the one who came speaks, to Y
            agents = self.agents_of_verb(contact, False)
        if not agents and verb.dep_ == "xcomp" and self.order_to_own_forces(verb.head) == verb:
            agents = self.agents_of_verb(verb.head, False)  # "X ordered troops to withdraw": X's forces, X's act
        agents = self.placed_crowd(verb, entry, agents) or (self.forces_moved(verb, entry) if passive else []) \
            or self.bare_claimants(verb, entry)
        if not agents:  # "a car bomb killed four soldiers", "were killed in a bombing": no one named did it
            return self.unknown_agent_events(verb, entry, passive) if self.unknown_agents else []
        if self._warns_of_a_state(verb, entry):
            return []
        if self._pressed_by_a_circumstance(verb, entry, passive):
            return []
        spoken = self.rules["verbal_with_content_clause"].get(entry.type)
        if spoken is not None and any(c.dep_ == "ccomp" for c in verb.children):
            # "Japan protested that China had violated its airspace": a complaint about what China did
            entry = replace(entry, type=spoken)
            targets = (self.actors.actors_of(_child(contact, "dobj")) if contact is not None else []) \
                or self.clause_subject_targets(verb)
            return self.make_events(verb, entry, agents, targets, confidence)
        if self.order_to_own_forces(verb) is not None:
            return []  # "ordered its troops to withdraw from X": the act ordered codes it, the orderer's own
        coercion = self.rules["coercive_orders"]
        # ("ordered the French embassy closed": the small model may read the object as the participle's subject)
        put = bare_participle(verb)
        obj = _child(verb, "dobj") or put_thing(verb)
        order = entry.type in coercion["types"] and _lemma(verb) in coercion["verbs"] and obj is not None
        directive = order and obj.lemma_.lower() in self.rules["directive_nouns"]["nouns"]
        ordered = order and not directive
        owners = self.actors.actors_of(obj) if ordered else []
        if ordered and put is not None and _lemma(put) in coercion["states"] and owners:
            # "ordered the French embassy closed": what is put into that state is coerced, its owner the target
            entry = replace(entry, type="Coerce", target=("participle_subject", *coercion["target"]),
                            source="kg:rule:coercive-order")
        elif ordered and not owners:
            if not (obj.lemma_.lower() in coercion["acts"] or any(
                    c.dep_ in ("oprd", "xcomp", "ccomp", "acomp") and not _aim_of_an_order(c)
                    for c in (*verb.children, *obj.children))):
                # "ordered an end to X", "ordered a review of all regulations (to assess Y)": a directive at home
                return []
            # "ordered the border closed", "ordered the arrest of X": an order carried out on a thing is
            # coercion (CAMEO 17), a demand needs someone to comply
            entry = replace(entry, type="Coerce", target=tuple(coercion["target"]), source="kg:rule:coercive-order")
        elif directive:
            entry = replace(entry, target=("prep:to", *entry.target))  # "ordered a directive to X": X is asked
        elif ordered and any(c.dep_ == "xcomp" and _lemma(c) in coercion["leaving_verbs"] for c in verb.children):
            # "ordered French troops to leave the country": sent out, an expulsion (CAMEO 174)
            entry = replace(entry, type="Coerce", target=("dobj",), source="kg:rule:coercive-order", cameo="174")
        targets = (self.state_act_targets(verb, entry) if not passive else []) \
            or self.targets_from_roles(verb, entry.target, passive)
        commented = commented_clause(verb.head, self.rules["clause_comment_nouns"]["nouns"]) \
            if verb.dep_ in ("acl", "relcl") else None
        if commented is not None:  # "X annexed Y, a move condemned by Z": Z reacts to X
            targets = self.agents_of_verb(commented, _is_passive(commented))
        if targets and entry.objects and not passive and "dobj" in entry.target \
                and {t.key for t, _ in targets} <= {a.key for a, _ in agents} and self._codes_its_object(verb, entry):
            # "threw its weight behind X", "lent its support to X": the pattern's own object, owned by the agent,
            # is no counterpart; the target is in the pattern's phrase, or the one it is given to
            phrases = tuple(r for r in entry.target if r != "dobj") + ("dative", "prep:to")
            targets = self.targets_from_roles(verb, phrases, passive) or targets
        targets = self.home_policed_targets(verb, entry, agents, targets, passive)
        if not targets and not passive:
            targets = self.actors.actors_of(self.permitted_one(verb, entry))
        if not targets and "dobj" in entry.target:
            targets = self.actors.actors_of(_shared_object(verb))
        if contact is not None and self._only_own_states(targets, agents):
            # "summoned the British ambassador to protest the seizure of Russian assets": said in the contact, to
            # the one summoned; the agent's own state its object names is what was done to it, no counterpart
            # ('to condemn the Russian opposition' keeps its group)
            targets = self.actors.actors_of(_child(contact, "dobj")) or targets
        if not targets and self.is_reported_content(verb):
            targets = self.complained_harm(verb, entry)  # only a complained harm gets this far as content
        if not targets and passive and verb.dep_ in ("acl", "conj") and verb.tag_ == "VBN":
            # "civilians killed by X": the noun the participle describes is who it was done to
            patient = verb.head if verb.dep_ == "acl" else verb.head.head
            targets = self.actors.actors_of(patient)
        if not targets and passive and verb.dep_ == "advcl" and verb.tag_ == "VBN":
            # "Detained by X since March, Y remains held": the clause's subject is who it was done to
            targets = self.actors.actors_of(self.actors.find_subject(verb.head))
        if entry.reverse:  # "X received a loan from Y": Y is the one who gave
            # "soldiers died in a suicide bombing": with no one named, the subject underwent an unknown agent's attack
            if targets:
                return self.make_events(verb, entry, targets, agents, confidence)
            return self.undergone_events(verb, entry, agents) if self.unknown_agents else []
        if _lemma(verb) in self.senses["own_slot_targets"]["lemmas"]:
            # "want to thank his wife", "help build a nation": the counterpart is the verb's own object, the
            # subject of its bare clause ("help Ukraine defend itself"), the object of a control verb it
            # governs ("want to see Russia de-escalate"), or none
            clause = next((c for c in verb.children if c.dep_ in ("ccomp", "xcomp")), None)
            for node in [clause, *(c for c in clause.children if c.dep_ == "conj")] if clause is not None else []:
                subject = _child(node, "nsubj", "nsubjpass")
                if not targets and subject is not None and subject.i < node.i:
                    targets = self.actors.actors_of(subject)
            if not targets and clause is not None and _lemma(clause) in self.rules["object_control_verbs"]:
                inner = _child(clause, "ccomp", "xcomp")
                targets = self.actors.actors_of(_child(clause, "dobj") or (_child(inner, "nsubj") if inner else None))
            return self.make_events(verb, entry, agents, targets, confidence)
        if not targets and entry.type in ("Demand", "Appeal") and self._unnamed_addressee(verb):
            # "called on business leaders to respond to the RFI", "I urge all states to follow suit": the one
            # asked is said, and is no actor; nothing further in the clause is asked
            return self.make_events(verb, entry, agents, [], confidence)
        if not targets and not (entry.symmetric and len({a.key for a, _ in agents}) > 1):
            # "X and Y agreed to expand cooperation with Z": whom the complement names is its own act's counterpart;
            # co-agents of a symmetric act are each other's
            targets = self._between_the_sides(entry, agents, self.complement_targets(verb))
        if not targets and entry.type in ("Demand", "Appeal", "Accuse", "Criticize"):
            targets = self.clause_subject_targets(verb)
        if not targets and "prep:to" in entry.target:
            targets = self._list_end_targets(verb)
        if not targets and entry.type in self.rules["deed_of_the_object"]["types"]:
            targets = self._object_deed_targets(verb, entry)
        if not targets and entry.type in self.rules["addressed_media"]["types"]:
            targets = self.addressee_targets(verb)
        if not targets and entry.type == "Threaten":
            targets = self.condition_subject_targets(verb) or self.answered_targets(verb) \
                or self.announced_act_targets(verb)
        if not targets and entry.type in self.rules["authored_grievances"]["types"]:
            targets = self.authored_grievance_targets(verb)
        if not targets and entry.type in self.rules["yielded_pressure"]["types"]:
            targets = self.yielded_pressure_targets(verb)
        if (kept_open := self.force_kept_open(verb, entry.type)) is not None:
            # ("did not rule out sanctions against X": whom the act kept open would hit, not what is excluded)
            hit = ("prep:against", "prep:on", "prep:in", "prep:into", "prep:over")
            targets = self.targets_from_roles(kept_open, hit, False) \
                or self.targets_from_roles(kept_open.head, hit, False) or next(
                    (found for o in _prep_objects(kept_open, "of") if (found := self.targets_from_roles(o, hit, False))), [])
        if not targets and entry.type in self.rules["meeting_hosts"]["types"]:
            # "attended a summit hosted by X": one who comes to a meeting another hosts meets the host
            met = [c for c in verb.children if c.dep_ == "dobj"] + _prep_objects(verb, "in")
            targets = self.meeting_host_targets(met, agents)
        if (not targets or self._only_own_states(targets, agents)) and entry.type in self.rules["resisted_pressure"]["types"]:
            # "refused to step down despite calls from X": a refusal made against another's pressure refuses that one
            # (one of its own side's, "despite pressure from the country's anti-graft body", leaves it aimed at no one)
            targets = [t for t in self.yielded_pressure_targets(verb, self.rules["resisted_pressure"]["prepositions"])
                       if self._of_other_sides([t], agents)] or targets
        if not targets and entry.type in self.rules["aided_groups"]["types"]:
            targets = self.aided_group_targets(verb, agents)
        if not targets and not (entry.symmetric and len(agents) > 1):  # "X and Y clashed in Z": each other
            # "met with business leaders to call on Congress": whom a purpose asks is its own event's, not whom
            # the meeting was with (rules.json purposes_name_no_partner)
            purposed = entry.type not in self.rules["purposes_name_no_partner"]["types"]
            targets = (self.purpose_targets(verb) if purposed else []) or self.location_targets(verb, entry) \
                or self.phrase_targets(verb, entry, passive)
        if not targets:
            targets = self.prompting_doers(verb, entry)
        return self.make_events(verb, entry, agents, targets, confidence)

    def _pressed_by_a_circumstance(self, verb: Token, entry: TriggerEntry, passive: bool) -> bool:
        """'The war in X has put pressure on Y', 'Russia's invasion increased pressure on NATO': pressure whose
        subject is an event or a state of affairs (a noun no actor heads, its actor only a modifier of it) is a
        circumstance weighing on someone, not a demand anyone made (rules.json circumstantial_pressure)."""
        rule = self.rules["circumstantial_pressure"]
        obj = _child(verb, "dobj")
        subject = None if passive else _child(verb, "nsubj")
        if entry.type not in rule["types"] or obj is None or obj.lemma_.lower() not in rule["objects"] \
                or subject is None or subject.pos_ != "NOUN":
            return False
        lemma = subject.lemma_.lower()
        return self.actors.by_token.get(subject.i) is None and lemma not in self.rules["group_nouns"] \
            and lemma not in self.rules["role_nouns"]

    def force_kept_open(self, tok: Token, event_type: str) -> Token | None:
        """'did not rule out military action against X', 'refused to rule out sanctions on X': the act of conflict a
        verb of excluding keeps open when it is negated or refused (rules.json force_kept_open); None otherwise."""
        rule = self.rules["force_kept_open"]
        if event_type not in rule["types"] or tok.pos_ != "VERB":
            return None
        if _lemma(tok) in self.rules["refusal_verbs"]:
            excluding = next((c for c in tok.children if c.dep_ == "xcomp"), None)
        else:
            excluding = tok if _child(tok, "neg") is not None or self.negated_by_word(tok) else None
        if excluding is None or _lemma(excluding) not in rule["lemmas"]:
            return None
        particle = rule["particles"].get(_lemma(excluding))
        if particle and not any(c.dep_ == "prt" and c.lower_ == particle for c in excluding.children):
            return None
        act = _child(excluding, "dobj")
        if act is not None and act.tag_ == "VBG" and _child(act, "dobj") is not None:
            act = _child(act, "dobj")  # "would not rule out using force against X"
        if act is None:
            return None
        entry = self.entry_for_noun(act)
        military = self.dictionary.sets.get("MILITARY", frozenset())
        armed = act.lemma_.lower() == "force" or act.lemma_.lower() in rule["acts"] and (
            any(c.dep_ in ("amod", "compound") and c.lower_ in military for c in act.children)
            or any(o.lemma_.lower() == "force" for o in _prep_objects(act, "of")))
        if not armed and (entry is None or entry.type not in self.rules["future_conflict_types"]):
            return None
        # ("Kyiv did not rule out a Russian attack on X": another's act thought possible, no threat of its own)
        doers = self.act_doers(act, entry) + [a for c in act.children if c.dep_ in ("amod", "compound", "poss")
                                              and c.ent_type_ in ("NORP", "GPE", "ORG") for a in self.actors.actors_of(c)]
        subject = self.actors.actors_of(self.actors.find_subject(tok))
        return None if doers and (not subject or self._of_other_sides(doers, subject)) else act

    def strike_by_force(self, tok: Token, event_type: str, agents) -> bool:
        """Whether a work-stoppage noun is a military strike because states or their forces carry it out
        (rules.json strikes_by_force): 'X launched strikes on Y'."""
        strikes = self.rules["strikes_by_force"]
        return event_type in strikes["types"] and _lemma(tok) in strikes["lemmas"] and bool(agents) \
            and not {c.lower_ for c in tok.children if c.dep_ in ("amod", "compound")} & set(strikes["labour"]) \
            and all(self._state_or_its_forces(a, text, strikes["armed"], strikes["pronouns"]) for a, text in agents)

    def _list_end_targets(self, verb: Token):
        """'delivered rounds, rockets, and other capabilities to X': the 'to' phrase of a list of objects hangs on
        its last item, and is the whole list's recipient."""
        for item in (c for c in verb.children if c.dep_ in ("dobj", "npadvmod")):
            last = list_end(item)
            if last is not None:
                found = [a for o in _prep_objects(last, "to") for a in self.actors.actors_of(o)]
                if found:
                    return found
        return []

    def _object_deed_targets(self, verb: Token, entry) -> list:
        """'ordered an operation that killed X', 'conducted a raid that killed Y': whom the ordered or launched
        thing did its deed to, said by the relative clause on the verb's object (rules.json deed_of_the_object)."""
        obj = _child(verb, "dobj")
        if obj is None:
            return []
        for clause in (c for c in obj.children if c.dep_ == "relcl"):
            deed = self.entry_for(clause)
            relative = _child(clause, "nsubj")
            if deed is not None and deed.type == entry.type and relative is not None and relative.tag_ == "WDT":
                found = self.targets_from_roles(clause, deed.target, False)
                if found:
                    return found
        return []

    def _restricts_trade(self, tok: Token) -> bool:
        """Whether the trigger (or its object) is a restriction whose 'on' phrase names goods (rules.json
        traded_goods): 'imposes restrictions on American autos'."""
        rule = self.rules["traded_goods"]
        measure = tok if _pos(tok) == "NOUN" else _child(tok, "dobj")
        return measure is not None and _lemma(measure) in rule["measures"] \
            and any(_lemma(o) in rule["lemmas"] for o in _prep_objects(measure, "on"))

    def _unnamed_addressee(self, verb: Token) -> bool:
        """Whether a verb of asking has its addressee said by a common noun ('urge all states', 'called on
        business leaders') before a complement clause saying what they are asked to do, or by the 'from' of
        what is asked for ('calls for $18 billion from donors to support X': the donors are asked, X gains)."""
        asked_from = _prep_objects(verb, "from") + [o for f in _prep_objects(verb, "for") for o in _prep_objects(f, "from")]
        addressees = [c for c in verb.children if c.dep_ == "dobj"] + _prep_objects(verb, "on") \
            if any(c.dep_ in ("xcomp", "ccomp") for c in verb.children) else []
        # "a warning to U.S. citizens urging them not to travel to X": a pronoun said for no actor is an addressee too
        return any(a.pos_ in ("NOUN", "PRON") and not self.actors.actors_of(a) for a in addressees + asked_from)

    @staticmethod
    def answered_supposed_act(threat: Event, events) -> Event | None:
        """'X warned it would respond to any deployment of Y's troops': a threat aimed at no one named, said in the
        same sentence as an act of another's that it supposes (hypothetical or conditional, after the threat's
        word), is aimed at whoever would do that act; that act's event, or None."""
        if threat.type != "Threaten" or threat.target is not None or threat.agent is None:
            return None
        return next((e for e in sorted(events, key=lambda e: e.trigger_start)
                     if e.start == threat.start and e.trigger_start > threat.trigger_start and e.agent is not None
                     and e.agent.key != threat.agent.key and e.modality in ("Hypothetical", "Conditional")
                     and e.type != "Statement"), None)

    def prompting_doers(self, verb: Token, entry: TriggerEntry):
        """'X imposed tariffs on Y, prompting Y's officials to threaten countermeasures': a reaction aimed at no
        one named is aimed at the doer of the clause that prompted it (rules.json prompted_reactions)."""
        rule = self.rules["prompted_reactions"]
        prompt = verb.head
        if entry.type not in rule["types"] or verb.dep_ not in ("xcomp", "advcl") or _lemma(prompt) not in rule["verbs"] \
                or prompt.dep_ != "advcl" or prompt.tag_ != "VBG" or prompt.head.pos_ not in ("VERB", "AUX"):
            return []
        return self.agents_of_verb(prompt.head, _is_passive(prompt.head))

    def _codes_its_object(self, verb: Token, entry: TriggerEntry) -> bool:
        """Whether the verb's own event is what its object names: no event noun ('threw its weight'), or one of the
        verb's own type ('lent its support'); 'expanded its cooperation with X' is the noun's event."""
        obj = _child(verb, "dobj")
        noun_entry = self.entry_for_noun(obj) if obj is not None else None
        return noun_entry is None or noun_entry.type == entry.type

    def _said_by_its_doer(self, tok: Token, agents) -> bool:
        """'X said it would not withdraw' is X's refusal; 'analysts say X will not withdraw', 'Y fears that X
        will not ...' (would not have: a counterfactual, checked by the caller) are others' forecasts: the
        clause is a refusal only when no one else's verb of saying or thinking governs it."""
        above = [tok.head] if tok.dep_ in ("ccomp", "xcomp") and tok.head.pos_ in ("VERB", "AUX") else []
        above += [c for c in tok.children if c.dep_ == "parataxis"]  # "X will not ..., experts predicted"
        own = {self.actors.state_key(a) or a.key for a, _ in agents}
        for verb in above:
            subject = _child(verb, "nsubj")
            if subject is None:
                continue
            speakers = {self.actors.state_key(s) or s.key for s, _ in self.actors.actors_of(subject)}
            if not speakers & own:
                return False
        return True

    def _time_clause(self, tok: Token) -> Token | None:
        """The clause opened by 'after', 'when', 'before' or 'since' (rules.json time_clause_marks) that ``tok``
        is in, if any."""
        marks = self.rules["time_clause_marks"]["words"]
        node = tok
        while node.head.i != node.i:
            if node.dep_ == "advcl" and any(
                    c.dep_ in ("mark", "advmod") and c.lower_ in marks and c.i < node.i for c in node.children):
                return node
            node = node.head
        return None

    def _in_background_clause(self, tok: Token) -> bool:
        """Whether ``tok`` is in a past-tense time clause that dates another event ('after Y shot down a plane',
        'when the governor expelled them')."""
        clause = self._time_clause(tok)
        return clause is not None and clause.tag_ == "VBD"

    def _supposed_in_time_clause(self, tok: Token) -> bool:
        """'Spain will respond when Syrian troops attack': a present-tense time clause of a future event says
        when it will happen, not that its own event did."""
        clause = self._time_clause(tok)
        return clause is not None and clause.tag_ in ("VBP", "VBZ") and any(
            c.dep_ == "aux" and _word(c) in self.rules["future_auxiliaries"] for c in clause.head.children)

    def complained_harm(self, tok: Token, entry: TriggerEntry) -> list:
        """'X complained that he was punched by Y': an attack on the complainer, told in the complaint, is
        reported as having happened (rules.json complaint_verbs). Returns the victims: the patient when it is on
        the complainer's side, or the complainer for a personal pronoun that names nobody else."""
        if entry.type not in self.reported_attacks() or tok.dep_ != "ccomp" \
                or _lemma(tok.head) not in self.rules["complaint_verbs"]["lemmas"]:
            return []
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children)
        patient = _child(tok, "nsubjpass" if passive else "dobj")
        if patient is None:
            return []

        def sides(refs):
            return {k for a, _ in refs for k in (a.key, a.acts_for, self.actors.state_key(a)) if k}
        complainers = self.agents_of_verb(tok.head, False)
        victims = self.actors.actors_of(patient)
        if victims and sides(victims) & sides(complainers):
            return victims
        if not victims and patient.lower_ in [*self.rules["subject_pronouns_person"], "i", "me", "we", "us"]:
            return complainers
        return []

    def make_events(self, tok: Token, entry: TriggerEntry, agents, targets, confidence,
                    explicit_agent: bool = False) -> list[Event]:
        targets = self._where_own_object_is(tok, targets, {a.key for a, _ in agents})
        if entry.source.startswith("cameo:"):
            agents, targets = self.dictionary_arguments(tok, entry, agents, targets)

        instruments = self.rules["instrument_nouns"]["nouns"]
        agents = [(a, text) for a, text in agents if not self._head_word_in(text, instruments)]
        if entry.type == "Threaten":  # "X could erupt, analysts warned": a forecast, no threat (rules.json forecasters)
            forecasters = self.rules["forecasters"]["nouns"]
            agents = [(a, text) for a, text in agents if not self._head_word_in((text or "").rstrip("s"), forecasters)]
        targets = [(t, text) for t, text in targets if not self._names_an_instrument(tok, t, text, instruments)]
        war_names = self.rules["war_names"]["heads"]
        agents, targets = ([(a, text) for a, text in side if (text or "x").split()[-1] not in war_names]
                           for side in (agents, targets))  # "fought in the Vietnam War": a war's name, no side
        if entry.type in self.rules["armed_movement"]["types"] and _lemma(tok) in self.rules["armed_movement"]["lemmas"]:
            agents = [(a, text) for a, text in agents if not self._armed(a, text)]
        moving = self.rules["occupying_movement"]
        if entry.type in moving["types"] and _lemma(tok) in moving["lemmas"]:
            agents = [(a, text) for a, text in agents if a.cls != "Person"]
        agent_keys = {a.key for a, _ in agents}
        if entry.type in self.reported_attacks():
            targets = self._reporters_own(tok, targets, agent_keys)
        if any(t.key in agent_keys for t, _ in targets):
            subject = self.actors.find_subject(tok) if tok.pos_ == "VERB" else None
            definite = subject is not None and any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children)
            targets = [self._within(t, text, agents, definite) if t.key in agent_keys else (t, text)
                       for t, text in targets]
        agent_texts = {(text or "").lower() for _, text in agents}
        looped = {t.key for t, text in targets if text and text[:1].isupper() and text.lower() not in agent_texts
                  } & agent_keys  # named outright, not "their", not the agent's own words again
        if looped:  # "Iraqi Kurds demonstrated ... for independence from Iraq": the agent is the group
            agents = [self._within(a, text) if a.key in looped else (a, text) for a, text in agents]
            agent_keys = {a.key for a, _ in agents}
        faced = {t.key for t, _ in targets if t.key in agent_keys and not self.of_its_people(t)}
        if faced:
            # "Kenyan protesters clashed with police": a state's people facing its own forces or officials are a
            # side of their own (both roll up to the state, with sectors that tell them apart: KENOPP, KENCOP)
            agents = [(self.group_of_its_people(a, text), text) if a.key in faced and self.of_its_people(a)
                      else (a, text) for a, text in agents]
            agent_keys = {a.key for a, _ in agents}
        targets = [(t, text) for t, text in targets if t.key not in agent_keys
                   and (text or "").lower() not in self.rules["reflexive_pronouns"]]  # "see herself": no dyad
        own_states = {self.actors.state_key(a) for a, _ in agents} - {None}
        if any(t.key not in own_states for t, _ in targets):
            # "Trump announced a trade deal between the United States and India": the agent's own state, named
            # beside another side, is the side it acts for, not a second counterpart
            targets = [(t, text) for t, text in targets if t.key not in own_states]
        if entry.type in self.rules["administration"]["types"]:
            targets = [(t, text) for t, text in targets if not self._own_executive(t, agents)]
        states = {a.key for a, _ in agents if a.cls == "State"}
        if states:
            # "the United States ... thanked the President": a state does nothing to its own leader; it does
            # coerce, strike and free its people who hold no office ("X's opposition leader was sentenced by a
            # court in X", "X freed the aid worker"), and
            # its police and courts act on anyone at home ("police questioned the prime minister")
            own_people = self.rules["repressed_groups"]["person_sectors"]
            policed = self.policed_at_home(entry, agents)
            targets = [(t, text) for t, text in targets if t.cls != "Person" or self.actors.state_key(t) not in states
                       or entry.type in self.rules["repressed_groups"]["person_types"]
                       and (t.code or "")[3:6] in own_people or policed]
        if entry.type == "Aid":
            # "delivering relief to American families": aid (CAMEO 07) goes to another actor, not one's own state
            own = {self.actors.state_key(a) for a, _ in agents if a.cls in ("Person", "GovernmentBody")} - {None}
            # nor to a person of that state ("the adviser helped the President execute the plan"): work at home
            targets = [(t, text) for t, text in targets if t.key not in own
                       and not (t.cls == "Person" and self.actors.state_key(t) in own)]
        if entry.type in self.rules["own_side_backed"]["types"]:
            # "America stands with the United States Navy": a state backing its own forces or offices is no dyad
            own = {a.key for a, _ in agents if a.cls == "State"}
            classes = self.rules["own_side_backed"]["classes"]
            military = self.dictionary.sets.get("MILITARY", frozenset())
            targets = [(t, text) for t, text in targets if t.cls not in classes
                       and not military & set((text or "").lower().split()) or self.actors.state_key(t) not in own]
        at_large = self.rules["beneficiaries_at_large"]
        if entry.type in at_large["types"] and _lemma(tok) in at_large["lemmas"] and targets:
            # "take action to support local communities": a programme for people at large, no counterpart
            # (a pronoun for them too: "give them the support they need", them the people named before)
            targets = [(t, text) for t, text in targets if not (self._unnamed_group(t) and (
                self._head_word_in(text, at_large["nouns"]) or self._head_word_in(t.label, at_large["nouns"])))]
            if not targets:
                return []
        if entry.type == "Meet":
            # "speak to the American people", "address the nation": a leader addressing its own state's public
            # meets no counterpart
            # "visited Belfast", "visited Columbia, South Carolina": a place in no state the gazetteer knows
            # names no host
            # "speak with their doctors": one's own doctors, family or neighbours, a group no name or state gives,
            # are no counterpart
            targets = [(t, text) for t, text in targets if t.key not in own_states
                       and (t.cls != "Place" or self.actors.state_key(t) is not None)
                       and not (self._unnamed_group(t) and self._owned_by_a_pronoun(tok, text))]
        first_person = set(self.rules["first_person"])
        if any((text or "").lower() in first_person for _, text in agents):
            # "I want us all to ...", "we should have ...", "I reaffirm our commitment to our alliances": the
            # speaker's own side, or the state the speaker speaks for, is no counterpart
            speakers_states = {self.actors.state_key(a) for a, text in agents if (text or "").lower() in first_person}
            targets = [(t, text) for t, text in targets if (text or "").lower() not in first_person
                       and not (t.cls == "State" and t.key in speakers_states)]
        pairs = []
        if targets:
            pairs = [(a, t) for a in agents for t in targets]
        elif not entry.symmetric and len(agents) > 1 and self.acts_on_each_other(tok):
            pairs = [(a, b) for a in agents for b in agents if a[0].key != b[0].key]
            if entry.type == "Meet":  # "faced each other": a meeting is one event between the two, however said
                pairs = [(a, b) for a, b in pairs if agents.index(a) < agents.index(b)]
        elif (entry.symmetric or self._relation_object(tok, entry) or self._mutual_noun(tok)) and len(agents) > 1 \
                and not self._object_is_elsewhere(tok, entry):
            pairs = [(agents[i], agents[j]) for i in range(len(agents)) for j in range(i + 1, len(agents))]
            if (entry.symmetric or self._mutual_noun(tok)) and entry.type not in self.rules["mutual_types"]["types"]:
                # "X and Y exchanged fire", "clashed": each did it to the other (a meeting is one between them)
                pairs += [(b, a) for a, b in pairs]
            officials = _pos(tok) == "NOUN" and all(a.cls == "Person" for a, _ in agents)
            one_side = all(self._side(a[0]) & self._side(b[0]) for a, b in pairs)
            if (_child(tok, "dobj") is not None or officials) and one_side:
                # "Secretary X and Adviser Y convened the meeting", "the President and I engaged in negotiations":
                # officials of one side who hold a meeting or discuss a topic together are no counterparts (a
                # government and a region of its state reaching an agreement are)
                pairs = [(a, None) for a in agents] if self._done_without_counterpart(tok, entry, explicit_agent) \
                    else []
        elif self._done_without_counterpart(tok, entry, explicit_agent):
            # "Iran threatened to ...", "Palestinian prisoners rioted": who did it is known, the target is not said
            pairs = [(a, None) for a in agents]
        addressed = self.rules["own_state_addressed"]
        by_people = entry.type in addressed["people_types"]
        if entry.type in addressed["types"] or entry.pos == "NOUN" and entry.type in addressed["noun_types"] \
                or by_people:
            # "President X stands with the vast majority of Americans": an office acting on its own nation
            # (its opposition, rebels or separatists are a counterpart: 'the President accused the Kenyan opposition')
            pairs = [(a, t) for a, t in pairs if t is None or t[0].cls != "State" or not (
                a[0].cls in addressed["agent_classes"] and (a[0].code or "")[3:6] in addressed["agent_sectors"]
                and self.actors.state_key(a[0]) == t[0].key
                and (t[0].code or "")[3:6] not in addressed["counterpart_sectors"]
                and (not by_people or self._named_by_its_people(*t)))]
        private = self.rules["private_dyads"]
        pairs = [(a, t) for a, t in pairs if t is None or not (
            a[0].cls in private["classes"] and t[0].cls in private["classes"]
            or entry.type in private["kin_types"] and kin(a[0], t[0]))]
        if pairs and pairs[0][1] is None and entry.type in self.rules["rejected_things"]["types"] \
                and not self._refuses_something(tok):
            return []
        eased = self.rules["eased_measures"]
        if pairs and pairs[0][1] is None and entry.type in eased["types"] and _lemma(tok) in eased["lemmas"] \
                and not any(_lemma(o) in eased["aimed"] for o in trigger_objects(tok, conjuncts=True)):
            return []  # "revoking the restrictions on fishing": one's own rules changed at home
        if not pairs:
            return []
        if pairs[0][1] is None and _lemma(tok) in self.rules["courtesy_apology"]["lemmas"] \
                and any((text or "").lower() in self.rules["first_person"] for _, text in agents):
            return []  # "I apologize for keeping you waiting": a courtesy
        modality, negated, condition = self.modality_of(tok)
        unaimed = self.rules["unaimed_intentions"]
        if pairs[0][1] is None and entry.type in unaimed["types"] and modality in unaimed["modalities"] \
                and not any(c.dep_ == "aux" and _word(c) in unaimed["pledging_auxiliaries"] for c in tok.children):
            return []  # "a task force to investigate crimes": a remit, no one investigated
        if negated and any(forms & set(self.senses["negation"]["determiners"]) for forms in entry.object_words):
            # "received no aid" ({NO AID}, a refusal): the pattern's own "no" is what it codes, no negation of it
            modality, negated = "Asserted" if modality == "Negated" else modality, False
        if modality == "Asserted" and self._supposed_in_time_clause(tok):
            modality = "Hypothetical"
        time_value, time_text = self.time_of(tok)
        if modality == "Asserted" and self._dated_after_the_article(tok, time_value):
            modality = "Future"  # "Tomorrow, we are visiting X": not past, and dated after the article
        if entry.mode == "conditional" and modality == "Asserted":
            modality = "Future"
        if modality == "Future" and self._hoped_by_another(tok, agents):
            modality = "Hypothetical"  # "X hopes that Y will deepen ties": X's wish, no act or offer of Y's
        event_type = entry.type
        blockade = self.rules["blockade_by_force"]
        if event_type in blockade["types"] and _lemma(tok) in blockade["lemmas"] \
                and all(self._acts_by_force(a, text) for a, text in agents):
            event_type = blockade["as"]  # "coast guard vessels blocked a supply mission": coercion, not dissent
        elif self.strike_by_force(tok, event_type, agents):
            event_type = self.rules["strikes_by_force"]["as"]  # "X launched strikes on Y": not a work stoppage
        elif event_type in self.rules["traded_goods"]["measure_types"] and self._restricts_trade(tok):
            event_type = self.rules["traded_goods"]["as"]  # "imposed restrictions on imports from X": a trade measure
        elif event_type in self.rules["support_in_kind"]["types"] and given_in_kind(tok, self.rules["support_in_kind"]):
            event_type = self.rules["support_in_kind"]["as"]  # "provide $5 billion to support X": aid, not words
        permission, yielding = self.rules["refused_permission"], self.rules["refused_yielding"]
        stopped = self.rules["stopped_trade"]
        if negated and event_type in stopped["types"] and _lemma(tok) in stopped["lemmas"] and self.stopped(tok):
            # "stopped purchasing X's oil": a cut in trade with X (CAMEO 163), as the stop itself is said
            event_type, negated = stopped["as"], False
            modality = self.modality_of(tok.head)[0]
        elif self.force_kept_open(tok, event_type) is not None:
            # "did not rule out military action against X": an option of force kept open, a threat made now
            event_type, modality, negated = self.rules["force_kept_open"]["as"], "Asserted", False
        elif negated and event_type in self.rules["negated_acceptance_types"]:
            # "will not accept", "failed to reach agreement": refusing to cooperate is a rejection (CAMEO 12)
            event_type, modality, negated = "Reject", "Asserted", False
        elif negated and event_type in permission["types"] and _lemma(tok) in permission["lemmas"] and any(
                c.dep_ == "aux" and _word(c) in permission["auxiliaries"] for c in tok.children):
            # "will not allow X to ...": a warning to X (CAMEO 13), not a concession that did not happen
            event_type, modality, negated = "Threaten", "Future", False
        elif negated and event_type in yielding["types"] and modality in ("Negated", "Future") and any(
                c.dep_ == "aux" and _word(c) in yielding["auxiliaries"] for c in tok.children) \
                and not any(c.dep_ == "aux" and c.lemma_ == "have" for c in tok.children) \
                and self._said_by_its_doer(tok, agents):
            # "will not withdraw", "would not release them": a refusal to yield (CAMEO 124)
            event_type, modality, negated = yielding["as"], "Asserted", False
        elif self._offered(tok, event_type, modality):
            # "will provide aid", "promised to release": an intent to cooperate is an offer (CAMEO 03)
            event_type = "Propose"
        elif modality in ("Future", "Conditional") and event_type in self.rules["future_conflict_types"] \
                and not self._is_purpose(tok, self._own_clause(tok)) and not self._continued(tok):
            # "would tighten the blockade", "may halt mediation if ...": announced coercion is a threat (CAMEO 13)
            if self.is_ordered_measure(pairs):
                return []  # an order's own measure at home: administration, no threat
            if tok.dep_ == "ccomp" and _lemma(tok.head) in self.rules["belief_verbs"]["lemmas"]:
                modality = "Hypothetical"  # "he thought he would capture Kyiv": an expectation, no threat
            elif self._decided(tok):
                pass  # "decided to impose sanctions on X": the measure itself, still to come (rules.json decision_verbs)
            elif self._undergone(tok):
                pass  # "Iran could face UN sanctions if ...": what its target may undergo, no threat of anyone's
            elif not self.told_by_another(tok, agents):
                event_type = "Threaten"
        if event_type == "Threaten" and modality in self.rules["made_threats"]["modalities"]:
            # "vowed to retaliate", "will impose sanctions if X invades": saying so is the threat, made now; what it
            # announces is still to come (the condition stays with the event)
            modality = "Asserted"
        if event_type == "Meet" and modality == "Asserted" and len(pairs) == 1 and pairs[0][1]:
            self.__dict__["_last_meeting"] = (tok.i, [pairs[0][0], pairs[0][1]])  # "the leaders" may name them next
        reporter = self.reporter_of(tok)
        sentence, start, end = self._sentences().evidence(tok)
        topic = self.topic_of(tok, entry, {t[0].key for _, t in pairs if t} | agent_keys) or condition
        retyping = [self.rules[key] for key in ("armed_backing", "joined_states", "armed_supply", "allied_deployment")]
        events = []
        for (agent, agent_text), target_pair in pairs:
            target, target_text = target_pair if target_pair else (None, None)
            agent, target = self.facing_their_state(agent, agent_text, target, target_text)
            target, place = self._town_as_its_state(agent, target)
            kind = next((rule["as"] for rule in retyping if self.retyped(rule, tok, event_type, agent, target)),
                        event_type)
            if kind != event_type and self._offered(tok, kind, modality):
                kind = "Propose"  # "will send F-16 jets to X": aid still to come is offered, as 'will send weapons'
            events.append(Event(
                type=kind, agent=agent, target=target, trigger=tok.text,
                sentence=sentence, start=start, end=end,
                trigger_start=tok.idx, trigger_end=tok.idx + len(tok.text),
                topic=topic, agent_text=agent_text, target_text=target_text,
                time=time_value, time_text=time_text, modality=modality, negated=negated,
                condition=condition, reported_by=reporter, place=place or place_of(tok, self.actors),
                confidence=round(confidence - (0.1 if target is None else 0.0), 2), source=entry.source or None,
            ))
        return events

    def _town_as_its_state(self, agent: ActorRef, target: ActorRef | None) -> tuple[ActorRef | None, ActorRef | None]:
        """'shelled Khan Younis': a town the gazetteer does not know, which the text or the world's towns place in a
        state, stands as a side for that state, as the dictionaries' own towns do ('struck Odesa' -> Ukraine), and is
        where it happened; (target, place). Not a town of the agent's own state ('the army bombed Sittwe'), which
        stays the place hit, nor a region the gazetteer knows."""
        if target is None or target.cls != "Place" or target.source != "text" or not target.acts_for \
                or target.acts_for not in self.actors.gaz or self.actors.state_key(agent) == target.acts_for:
            return target, None  # (a region the gazetteer knows, 'Crimea', 'Gaza', stays itself)
        return self.actors.gazetteer_ref(target.acts_for), target

    def _offered(self, tok: Token, event_type: str, modality: str) -> bool:
        """Whether an act of cooperation still to come is an offer of it (CAMEO 03): 'will provide aid', 'promised to
        release' (not its praise, its purpose or its going on)."""
        return modality == "Future" and event_type in self.rules["future_cooperation_types"] \
            and _lemma(tok) not in self.rules["future_praise"]["lemmas"] \
            and not self._is_purpose(tok, self._own_clause(tok)) and not self._continued(tok)

    @staticmethod
    def _own_clause(tok: Token) -> list[Token]:
        """The trigger, and for a noun the light verb it is the object of ('to launch an attack'): where an aim
        would show."""
        return [tok, tok.head] if tok.pos_ == "NOUN" and tok.dep_ == "dobj" else [tok]

    def _hoped_by_another(self, tok: Token, agents) -> bool:
        """Whether ``tok``'s clause (through 'continue to', 'try to') is the content of a verb of belief or hope
        (rules.json belief_verbs) whose subject is not among ``agents``: 'X hopes that Y will ...'."""
        clause = self._own_clause(tok)[-1]
        while clause.dep_ in ("xcomp", "conj") and clause.head.i != clause.i:
            clause = clause.head  # "... will continue to deepen ties and expand them": the conjunct is hoped too
        head = clause.head
        # ("hopes" lemmatizes as "hop": _lemmas puts the "e" back)
        if clause.dep_ != "ccomp" or not set(_lemmas(head)) & set(self.rules["belief_verbs"]["lemmas"]):
            return False
        believers = self.actors.actors_of(self.actors.find_subject(head))
        keys = {a.key for a, _ in agents}
        return bool(believers) and not any(b.key in keys for b, _ in believers)

    def _named_by_its_people(self, state: ActorRef, text: str | None) -> bool:
        """Whether a state is named by its people, trades or industries ('American fishermen', 'Americans'), not by
        its name, and not as its opposition, rebels or separatists (rules.json own_state_addressed)."""
        entry = self.actors.gaz.get(state.key)
        names = entry.names() if entry else set()
        sector = (state.code or "")[3:6]
        return bool(text) and text.lower().removeprefix("the ") not in names \
            and sector not in self.rules["own_state_addressed"]["counterpart_sectors"]

    def _continued(self, tok: Token) -> bool:
        """Whether ``tok`` is said to go on: the complement of a verb of continuing, itself or through the verb it
        is joined to ('will continue to reinforce and reassure X') or the object of ('will continue negotiations'),
        rules.json continuation_verbs."""
        clause = self._own_clause(tok)[-1]
        while clause.dep_ == "conj" and (lead := leading_verb(clause)) is not None:
            clause = lead
        rule = self.rules["continuation_verbs"]
        if clause is not tok and _lemma(clause) in rule["lemmas"]:
            verb = clause  # "will continue negotiations"
        elif clause.dep_ == "xcomp" and _lemma(clause.head) in rule["lemmas"]:
            verb = clause.head
        else:
            return False
        # "promised to continue aid", "resolve to continue supporting X": the going on is what is promised, an offer
        return verb.dep_ not in ("xcomp", "acl", "pcomp", "advcl") or _lemma(verb.head) in rule["future_heads"]

    def _mutual_noun(self, tok: Token) -> bool:
        """'X and Y signed a truce': a nominal trigger two sides named together hold with each other (rules.json
        mutual_nouns)."""
        return _pos(tok) == "NOUN" and _lemma(tok) in self.rules["mutual_nouns"]["lemmas"]

    def _undergone(self, tok: Token) -> bool:
        """Whether the nominal trigger ``tok`` is the object of a verb of undergoing ('face', 'suffer': rules.json
        patient_verbs) whose subject is the one it would be done to, not its doer."""
        verb = tok.head if tok.dep_ == "dobj" else None
        return tok.pos_ == "NOUN" and verb is not None and _lemma(verb) in self.rules["patient_verbs"]["lemmas"]

    def _decided(self, tok: Token) -> bool:
        """Whether ``tok`` (or the verb whose object it is) is what its doer decided, agreed or voted to do."""
        verb = self._own_clause(tok)[-1]
        return verb.dep_ == "xcomp" and _lemma(verb.head) in self.rules["decision_verbs"]["lemmas"]

    def _dated_after_the_article(self, tok: Token, time_value: str | None) -> bool:
        """Whether a trigger not in a past tense ('are visiting', 'meets', 'the visit') has a day after the
        article's own date: it is still to come when the article says it."""
        if tok.tag_ in ("VBD", "VBN") or not time_value or not self.article_date \
                or len(time_value) < 10 or len(self.article_date) < 10:
            return False
        return time_value[:10] > self.article_date[:10]


def _aim_of_an_order(complement: Token) -> bool:
    """'ordered a review of all rules to assess X': an active to-infinitive after an order whose object is a thing
    says what the order is for, not the state the thing is to be put in ('ordered the plant to be shut down')."""
    return complement.dep_ == "xcomp" and is_to_infinitive(complement) \
        and not any(c.dep_ == "auxpass" for c in complement.children)


def extract_events_from_doc(doc: Doc, article_date: str | None = None, title: str | None = None,
                            unknown_agents: bool = False) -> list[Event]:
    """Events in a parsed document (a spaCy Doc from :func:`kg.nlp.load_pipeline`), in text order. The
    article's title, when given, says who "I" and "we" are in a statement or transcript.

    ``unknown_agents`` also codes attacks whose doer the text does not name ("a car bomb killed four soldiers",
    "were killed in a roadside bombing") as events with no agent (:mod:`kg.extract.events.agentless`). Off by
    default: it lifted half A of the PLOVER dev sentences, but half B, held out, has no such sentence to
    confirm it yet."""
    return _Extractor(doc, article_date, title, unknown_agents).events()
