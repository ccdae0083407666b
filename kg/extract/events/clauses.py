"""Targets found in the clauses around a trigger rather than in its own roles: the complement or purpose it
governs ("threatened to cut off electricity to X", "rioted to demand the resignation of X"), the clause whose
subject is to act ("want to see X de-escalate"), the condition ("if X attacks"), a coordinated predicate, and the
verb a nominal trigger is the object of. Its own roles and phrases: arguments.py."""
from __future__ import annotations

from spacy.tokens import Token

from ...lexicon.entry import TriggerEntry
from ..actors.tree import is_to_infinitive
from .tokens import _child, _is_passive, _lemma, _object_gap, _own_subject, _prep_objects, _standing_amount

__all__ = ["ClauseTargets"]


def _infinitive_tagged_noun(tok: Token) -> bool:
    """'to host talks': a complement with 'to' as its auxiliary and an object of its own is a verb, whatever tag
    the small model gave it."""
    return tok.pos_ == "NOUN" and _child(tok, "dobj") is not None and is_to_infinitive(tok)


class ClauseTargets:
    """Mixin of the extractor: needs ``actors``, ``rules``, ``trigger_nouns``, the matching mixin's
    ``entry_for`` / ``entry_for_noun``, the modality mixin's condition tests and Arguments'
    ``targets_from_roles`` / ``location_targets``."""

    def permitted_one(self, tok: Token, entry: TriggerEntry) -> Token | None:
        """'will not allow Iran to acquire ...', 'permitted X to open ...': the parser makes the one allowed the
        subject of the complement clause; a verb of yielding (rules.json refused_permission) with no object of
        its own controls it as its object."""
        if entry.type not in self.rules["refused_permission"]["types"] or _child(tok, "dobj") is not None:
            return None
        clause = next((c for c in tok.children if c.dep_ in ("ccomp", "xcomp") and c.i > tok.i), None)
        subject = _child(clause, "nsubj") if clause is not None else None
        return subject if subject is not None and tok.i < subject.i < clause.i else None

    def bare_claimants(self, deed: Token, entry: TriggerEntry):
        """'A bomber killed 12 people ..., and X claimed responsibility', or 'X claimed responsibility.' in the next
        sentence: who claims a deed no one is named for, with a claim that names no deed (rules.json
        claimed_deeds), did it."""
        claimed = self.rules["claimed_deeds"]
        if entry.type not in claimed["bare_claim_types"]:
            return []
        scope = list(deed.sent)
        if deed.sent.end < len(self.doc):
            scope += list(self.doc[deed.sent.end].sent)
        for claim in scope:
            obj = _child(claim, "dobj") if claim.i > deed.i and claim.pos_ == "VERB" else None
            if obj is None or _lemma(claim) not in claimed["verbs"] or _lemma(obj) not in claimed["nouns"] \
                    or any(_prep_objects(node, prep) for node in (claim, obj) for prep in ("for", "of")):
                continue
            return self.agents_of_verb(claim, False)
        return []

    def order_to_own_forces(self, verb: Token) -> Token | None:
        """'ordered troops to withdraw from X', 'ordered the army to advance on X': the act an order gives one's own
        armed forces (the dictionary's &MILITARY, of no other state than the orderer's) is the orderer's act, as
        CAMEO codes the act ordered; returns that act (the order's xcomp), else None."""
        if _lemma(verb) not in self.rules["coercive_orders"]["verbs"]:
            return None
        obj = _child(verb, "dobj")
        act = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
        if obj is None or act is None or _lemma(obj) not in self.dictionary.sets.get("MILITARY", ()):
            return None
        subject = self.actors.find_subject(verb)
        own = {self.actors.state_key(a) for a, _ in self.actors.actors_of(subject)} if subject is not None else set()
        forces = {self.actors.state_key(a) for a, _ in self.actors.actors_of(obj)}
        return act if forces <= own | {None} else None

    def state_act_targets(self, verb: Token, entry: TriggerEntry):
        """'condemned the execution of a protester in Iran': a criticism (or accusation, demand) of an act only a
        state's authorities do, named with no doer, is aimed at the state where it happened (rules.json
        state_acts), not at its victims."""
        rule = self.rules["state_acts"]
        obj = _child(verb, "dobj")
        if entry.type not in rule["types"] or obj is None or obj.lower_ not in rule["nouns"] \
                or _child(obj, "poss") is not None or _prep_objects(obj, "by"):
            return []
        places = [o for node in (obj, *_prep_objects(obj, "of")) for o in _prep_objects(node, "in")]
        states = []
        for place in places:
            for ref, text in self.actors.actors_of(place):
                key = self.actors.state_key(ref)
                if key is not None and key in self.actors.gaz and self.actors.gaz[key].cls == "State":
                    states.append((self.actors.gazetteer_ref(key), text))
        return states

    def complement_targets(self, tok: Token):
        """'threatened to cut off electricity to X', 'offered to hand over to X', 'called for sanctions against X'."""
        obj = _child(tok, "dobj")
        object_preps = [c for c in obj.children if c.dep_ == "prep"] if obj is not None else []
        for child in [*tok.children, *object_preps]:
            if (child.dep_ == "xcomp" or self._infinitive_after_a_phrase(tok, child)) \
                    and (child.pos_ in ("VERB", "AUX") or _infinitive_tagged_noun(child)):
                # ("offered to host talks between X and Y": the small model may tag the infinitive a noun)
                found = self._infinitive_targets(tok, child)
                purpose = next((c for c in child.children if c.dep_ == "advcl" and c.pos_ == "VERB"
                                and is_to_infinitive(c)), None)
                together = any(c.dep_ == "advmod" and c.lower_ in ("together", "jointly") for c in child.children)
                if not found and purpose is not None and not together:
                    # "offered to send envoys to broker talks between X and Y": the aim of what is offered
                    # ("pledged to work together to address the threats posed by X": the co-agents' pledge to each
                    # other, whatever their work is aimed at)
                    found = self._infinitive_targets(tok, purpose)
                if found:
                    return found
            if child.dep_ == "prep" and child.lower_ == "in":
                # "in a bid to get Moscow to scale down": the purpose names who is addressed
                pobj = _child(child, "pobj")
                purpose = _child(pobj, "acl") if pobj is not None and pobj.lemma_.lower() in self.rules["purpose_nouns"]["nouns"] else None
                found = (self.targets_from_roles(purpose, ("dobj",), False) or self.clause_subject_targets(purpose)
                         ) if purpose is not None else []
                if found:
                    return found
            if child.dep_ == "prep" and child.lower_ in ("for",):
                pobj = _child(child, "pobj")
                ended = pobj is not None and pobj.lemma_.lower() in self.rules["ending_verbs"]["nouns"]
                if ended:
                    # "called for an end to X's blockade", "for a halt to the strikes by X": the act that is to end
                    pobj = next(iter(_prep_objects(pobj, "to") + _prep_objects(pobj, "of")), None)
                if pobj is not None and pobj.lemma_.lower() in self.trigger_nouns:
                    entry = self.entry_for_noun(pobj)
                    # (the parser may hang the ended act's 'by' phrase on the active verb)
                    stray = [a for o in _prep_objects(tok, "by") for a in self.actors.actors_of(o)] \
                        if ended and not _is_passive(tok) else []
                    found = (self._asked_doers(pobj, entry) or stray
                             or self.targets_from_roles(pobj, entry.target, False)) if entry else []
                    if found:
                        return found
        return []

    def _asked_doers(self, act: Token, entry) -> list:
        """'called for Israel's withdrawal from Gaza', 'for the withdrawal of Russian troops from Syria', 'for an
        end to the blockade by X': who is asked to do an act is its doer, named by its possessive, a name or a
        people's adjective before it ('a halt to Russian air strikes'), its 'by' phrase or, for an act of moving,
        meeting or protesting, its 'of' phrase; whom the act is done to is the target only
        when no doer is named. The possessive is the doer only for such an act or one with an 'of' object of its
        own ('X's arrest of the settlers'; 'Navalny's release' is done to him), and not a pronoun, most often the
        asker's own. A 'by' phrase after another phrase of the act is that phrase's ('an investigation into the
        killings by X': X killed)."""
        poss = _child(act, "poss")
        owner_acts = entry.type in self.rules["doer_in_of"]["types"] or bool(_prep_objects(act, "of"))
        doers = [poss] if poss is not None and poss.pos_ != "PRON" and owner_acts else []
        # "a halt to Russian air strikes", "a UN investigation": a name or a people's adjective before the act
        doers = doers or [c for c in act.children if c.dep_ in ("amod", "compound", "nmod")
                          and c.ent_type_ in ("NORP", "GPE", "ORG")]
        by = next((c for c in act.children if c.dep_ == "prep" and c.lower_ == "by"), None)
        by_elsewhere = by is not None and any(c.dep_ == "prep" and act.i < c.i < by.i for c in act.children)
        return doers and [a for o in doers for a in self.actors.actors_of(o)] \
            or self.act_doers(act, entry, by_phrase=not by_elsewhere)

    def _infinitive_after_a_phrase(self, tok: Token, child: Token) -> bool:
        """'offered on Tuesday to mediate between X and Y': with a phrase between them, the parser makes a verb of
        intention's infinitive an adverbial clause; it is still what is intended (rules.json intention_verbs)."""
        return child.dep_ == "advcl" and child.i > tok.i and _lemma(tok) in self.rules["intention_verbs"] \
            and is_to_infinitive(child) \
            and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in child.children) \
            and any(c.dep_ in ("prep", "npadvmod") and tok.i < c.i < child.i for c in tok.children)

    def _infinitive_targets(self, tok: Token, child: Token):
        entry = self.entry_for(child)
        general = ("dobj", "dative", "prep:to", "prep:against", "prep:with", "prep:on", "prep:between", "prep:in")
        # the complement's own roles first; a dictionary verb's few roles are no reason to stop there
        roles = tuple(dict.fromkeys((*entry.target, *general))) if entry else general
        if _infinitive_tagged_noun(child):  # what a verb's roles would find through its object, the object's own
            return self.targets_from_roles(_child(child, "dobj"), [r for r in roles if r.startswith("prep:")], False)
        return (self.targets_from_roles(child, roles, False)
                or self.location_targets(child, self.entry_for(tok) or entry)
                or self.location_targets(child, entry))  # "refused to deploy troops in X"

    def announced_act_targets(self, tok: Token):
        """'warned that they would target any US warships', 'threatened that it would impose sanctions on X': a threat
        is made against whom the act it announces (a clause of conflict: rules.json future_conflict_types) hits, or
        whose conduct it says will not be let happen ('would not tolerate attacks by X': rules.json warned_refusals)."""
        refusal = self.rules["warned_refusals"]
        for child in tok.children:
            if child.dep_ != "ccomp" or child.pos_ not in ("VERB", "AUX") or self._has_condition_mark(child):
                continue
            obj = _child(child, "dobj")
            if _lemma(child) in refusal["lemmas"] and (_child(child, "neg") is not None or self.negated_by_word(child)):
                # "warned that police will no longer tolerate rallies by X", "that it would not allow X to rearm":
                # what the warner will not let happen is whom the warning is against (its doer, else the one
                # not allowed)
                doers = [a for o in (_child(obj, "poss"), *_prep_objects(obj, "by")) if o is not None
                         for a in self.actors.actors_of(o)] if obj is not None else []
                found = doers or self.actors.actors_of(obj if obj is not None else _child(
                    next((c for c in child.children if c.dep_ in ("ccomp", "xcomp")), child), "nsubj"))
                if found:
                    return found
            # the verb, or the act its object names ('would impose sanctions on X')
            for node in (child, obj) if obj is not None else (child,):
                entry = self.entry_for(node) if node is child else self.entry_for_noun(node)
                if entry is not None and entry.type in self.rules["future_conflict_types"]:
                    # (the parser hangs the noun's 'on X' on the verb as often as on the noun)
                    found = self.targets_from_roles(node, entry.target, node is child and _is_passive(child)) \
                        or (node is not child and self.targets_from_roles(child, entry.target, False))
                    if found:
                        return found
        return []

    def clause_subject_targets(self, tok: Token):
        """'want to see Russia de-escalate', 'accusation that the US was amassing': who is to act or acted."""
        for child in tok.children:
            if child.dep_ in ("xcomp", "ccomp", "acl", "advcl") and not self._has_condition_mark(child):
                for node in [child, *[c for c in child.children if c.dep_ in ("ccomp", "xcomp", "conj")]]:
                    by_agent = [a for o in _prep_objects(node, "by") for a in self.actors.actors_of(o)]
                    if by_agent:  # "complained that he was punched by Mr. Vohor"
                        return by_agent
                    subj = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")), None)
                    refs = self.actors.actors_of(subj) if subj is not None else []
                    if refs:
                        return refs
        return []

    def policed_at_home(self, entry: TriggerEntry, agents) -> bool:
        """Whether the event is a coercion or an inquiry by a state's police or courts alone (rules.json
        policed_at_home), who act at home."""
        rule = self.rules["policed_at_home"]
        return entry.type in rule["types"] and bool(agents) and all(
            (a.code or "")[3:6] in rule["agent_sectors"] for a, _ in agents)

    def home_policed_targets(self, verb: Token, entry: TriggerEntry, agents, targets, passive: bool):
        """'Kenyan police arrested two opposition lawmakers', 'police in X detained the mayor of Y': whom a state's
        police or courts coerce (rules.json policed_at_home), named by a role or group noun with no state of its
        own, or with none but that state through the office it holds there, is a group within that state;
        ``targets`` as they are otherwise."""
        if not self.policed_at_home(entry, agents):
            return targets
        states = {a.key if a.cls == "State" else self.actors.state_key(a) for a, _ in agents}
        if len(states) != 1 or None in states or next(iter(states)) not in self.actors.gaz:
            return targets
        home = self.actors.gazetteer_ref(next(iter(states)))
        # a group named with its state ("Kenya's opposition leader") is one of its own already; people named by
        # common nouns alone ("opposition leaders", "student activists") are placed in no state yet, each is placed
        # in this one (an armed group, "rebels", stays a group of its own)
        def unplaced(t):
            return t.key.startswith("group/") and t.cls == "InformalGroup" and self.actors.state_key(t) is None
        if any(t.key == home.key and len((text or "").split()) > 1 or t.key != home.key and not unplaced(t)
               for t, text in targets):
            return targets
        if targets and all(unplaced(t) for t, _ in targets):
            return [(self.actors.group_within(text, home), text) for t, text in targets]
        victim = _child(verb, "nsubjpass" if passive else "dobj")
        lemma = victim.lemma_.lower() if victim is not None else ""
        if victim is None or victim.pos_ != "NOUN" or victim.ent_type_ \
                or lemma not in self.rules["role_nouns"] and lemma not in self.rules["group_nouns"]:
            return targets
        words = " ".join(_group_words(victim) + [f"of {o.text}" for o in _prep_objects(victim, "of") if o.pos_ == "PROPN"])
        return [(self.actors.group_within(words, home), words)]

    def addressee_targets(self, tok: Token):
        """'In a letter to X, Y appealed for ...', 'in a phone call with X, Y proposed ...': whom the letter, call or
        meeting through which a speech act is made is addressed to is its counterpart (rules.json
        addressed_media), when the act names no other."""
        media = self.rules["addressed_media"]
        media_nouns = [o for prep in tok.children if prep.dep_ == "prep" and prep.lower_ in media["through"]
                       for o in prep.children if o.dep_ == "pobj" and o.lemma_.lower() in media["nouns"]]
        for medium in media_nouns:
            refs = [ref for to in media["to"] for o in _prep_objects(medium, to) for ref in self.actors.actors_of(o)]
            if refs:
                return refs
        return []

    def yielded_pressure_targets(self, tok: Token, prepositions=None):
        """'gave in to the demands of X', 'backed down after weeks of protests by X', 'scrapped the decree, bowing to
        pressure from X': whose pressure, demand or protest a concession yields to is whom it concedes to
        (rules.json yielded_pressure); with ``prepositions`` ('despite'), whose pressure a refusal resists, said on
        the refusal or on what it refuses ('refused to extradite him despite calls from X')."""
        rule = self.rules["yielded_pressure"]
        nodes = [tok] + [c for c in tok.children if c.dep_ in ("advcl", "xcomp", "conj") and (
            c.tag_ == "VBG" and _lemma(c) in rule["participles"] or prepositions and c.dep_ == "xcomp")]
        pressures = [o for node in nodes for prep in prepositions or rule["prepositions"] for o in _prep_objects(node, prep)]
        # ('after weeks of protests by X': the measure's 'of' phrase is the pressure)
        pressures += [o for p in pressures if p.lemma_.lower() in rule["measure_nouns"] for o in _prep_objects(p, "of")]
        for noun in pressures:
            refs = [ref for o in self.pressure_owners(noun) for ref in self.actors.actors_of(o)]
            if refs:
                return refs
        return []

    def meeting_hosts(self, nouns) -> list[Token]:
        """'a summit hosted by X', 'talks convened by X': who a participle of ``nouns`` says hosts them (rules.json
        meeting_hosts), as its 'by' phrase names them."""
        participles = self.rules["meeting_hosts"]["participles"]
        return [o for noun in nouns for c in noun.children if c.dep_ == "acl" and _lemma(c) in participles
                for by in c.children if by.dep_ == "agent" for o in by.children if o.dep_ == "pobj"]

    def meeting_host_targets(self, nouns, agents):
        """The hosts of the meetings ``nouns`` name (``meeting_hosts``), as (ActorRef, text) pairs, for one side
        alone; none when several sides meet each other."""
        if len({a.key for a, _ in agents}) > 1:
            return []
        return [found for o in self.meeting_hosts(nouns) for found in self.actors.actors_of(o)]

    def pressure_owners(self, noun: Token) -> list[Token]:
        """Whose pressure, demand or protest ``noun`` is, as its 'by', 'from' or 'of' phrase, its possessive or a name
        before it says ('American pressure'; rules.json yielded_pressure); none for another noun."""
        rule = self.rules["yielded_pressure"]
        if noun.lemma_.lower() not in rule["nouns"]:
            return []
        return [o for by in rule["owners"] for o in _prep_objects(noun, by)] + \
            [c for c in noun.children if c.dep_ == "poss"
             or c.dep_ in ("amod", "compound") and c.ent_type_ in ("GPE", "NORP", "ORG")]  # "U.S. pressure"

    def aided_group_targets(self, verb: Token, agents):
        """'airlifted food to survivors of the earthquake in X': people in need, given aid, whom the text places in a
        state are a group within it (rules.json aided_groups); not in the giver's own state, as aid goes to another."""
        rule = self.rules["aided_groups"]
        own = {a.key if a.cls == "State" else self.actors.state_key(a) for a, _ in agents}
        for people in (o for prep in rule["prepositions"] for o in _prep_objects(verb, prep)):
            if people.lemma_.lower() not in rule["nouns"] or people.ent_type_:
                continue
            holders = [people] + _prep_objects(people, "of")
            states = [ref for h in holders for place in _prep_objects(h, "in")
                      for ref, _ in self.actors.actors_of(place) if ref.cls == "State" and ref.key not in own]
            if states:
                words = " ".join(_group_words(people))
                return [(self.actors.group_within(words, states[0]), words)]
        return []

    def condition_subject_targets(self, tok: Token):
        """'threatened to strike unless the government ...', 'warned that they would return to war if X failed to
        ...', 'warned that he would block X's bid to join Y unless X cracked down ...': the subject of a threat's
        condition, on the threat, its complement or anywhere in the clause it announces, is whom it is aimed at."""
        announced = [n for c in tok.children if c.dep_ == "ccomp" for n in c.subtree if n.pos_ in ("VERB", "AUX")]
        for node in self._condition_scope(tok) + announced:
            for child in node.children:
                if self._is_condition_clause(child):
                    subj = _child(child, "nsubj", "nsubjpass")
                    refs = self.actors.actors_of(subj)
                    if refs:
                        return refs
        return []

    def authored_grievance_targets(self, *holders: Token | None):
        """'protested against a law passed by X', 'went on strike over a bill signed by Y': a grievance over a
        measure its phrase says someone made is against its maker (rules.json authored_grievances: the
        preposition on the trigger, or on the verb a nominal trigger is the object of, or what an 'in protest'
        phrase is at, of, over or against); else against the owner of a noun of deciding or refusing
        ('in protest at X's decision', owned_acts)."""
        rule = self.rules["authored_grievances"]
        holders = [h for h in holders if h is not None]
        things = [o for h in holders for prep in rule["preps"] for o in _prep_objects(h, prep)]
        things += [o for h in holders for o in self._protested_things(h, rule)]
        made_by = next((found for thing in things for made in thing.children
                        if made.dep_ == "acl" and made.tag_ == "VBN"
                        if (found := [a for by in _prep_objects(made, "by") for a in self.actors.actors_of(by)])), [])
        return made_by or next((found for thing in things if thing.lemma_.lower() in rule["owned_acts"]
                                for owner in [_child(thing, "poss")] if owner is not None
                                if (found := self.actors.actors_of(owner))), [])

    @staticmethod
    def _protested_things(holder: Token, rule: dict) -> list[Token]:
        """What an 'in protest' phrase on ``holder`` (or ``holder`` itself, the noun of such a phrase) is at, of,
        over or against, with the 'at' the parser hangs on the verb the phrase modifies."""
        nouns = [holder] if holder.lemma_.lower() in rule["in_protest_nouns"] and holder.dep_ == "pobj" \
            and holder.head.lower_ == "in" else []
        nouns += [n for p in holder.children if p.dep_ == "prep" and p.lower_ == "in"
                  for n in p.children if n.dep_ == "pobj" and n.lemma_.lower() in rule["in_protest_nouns"]]
        things = [o for n in nouns for prep in rule["in_protest_preps"] for o in _prep_objects(n, prep)]
        for noun in nouns:
            modified = noun.head.head  # 'recalled its envoy in protest at X': 'at' on the verb
            while modified.dep_ in ("dobj", "pobj", "prep") and modified.head.i != modified.i:
                modified = modified.head
            things += [o for prep in rule["in_protest_preps"] for o in _prep_objects(modified, prep)]
        return things

    def answered_targets(self, verb: Token):
        """'X is responsible for ..., and we will respond', 'concerned about X's escalation, we would respond':
        a threatened response that names no target answers the actor its sentence blames (rules.json
        response_grounds, blame)."""
        grounds, blame = self.rules["response_grounds"]["nouns"], self.rules["blame"]["adjectives"]
        for tok in verb.sent:
            if tok.i == verb.i:
                continue
            if tok.lemma_.lower() in blame and tok.dep_ == "acomp" and tok.head.lemma_.lower() == "be":
                refs = self.actors.actors_of(self.actors.find_subject(tok.head))
            elif tok.pos_ == "NOUN" and (tok.lemma_.lower() in grounds or any(
                    c.dep_ == "amod" and c.lemma_.lower() in self.rules["response_grounds"]["adjectives"]
                    for c in tok.children)):
                owner = _child(tok, "poss") or next((c for c in tok.children if c.dep_ == "amod"
                                                     and c.ent_type_ in ("NORP", "GPE")), None)
                refs = self.actors.actors_of(owner) if owner is not None else []
            else:
                continue
            if refs:
                return refs
        return []

    def shared_targets(self, verb: Token | None, noun: Token | None = None):
        """Targets of a coordinated predicate: 'issued condemnations and urged Russia to ...'; none where the verb,
        or the event ``noun`` it governs, says its own counterpart by a common noun ('removed X from power and
        imposed tariffs on countries that ...': those countries, no actor named, not X)."""
        if verb is None or any(o.pos_ == "NOUN" for node in (verb, noun) if node is not None
                               for p in node.children if p.dep_ == "prep" and p.lower_ in ("on", "against", "to")
                               for o in p.children if o.dep_ == "pobj"):
            return []
        siblings = [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"]
        if verb.dep_ == "conj":
            siblings.append(verb.head)
        for sib in siblings:
            entry = self.entry_for(sib)
            refs = self.targets_from_roles(sib, entry.target if entry else ("dobj",), False)
            if refs:
                return refs
        return []

    def governing_verb(self, noun: Token) -> tuple[Token | None, bool]:
        """The verb a nominal trigger is the object of, and whether it is a light verb that shares its subject; a
        trigger no verb takes as its object may be the object of the relative clause that describes it ('the
        sanctions that X imposed on Y', 'the aid X sent')."""
        verb, light = self._verb_above(noun)
        if verb is None or noun.dep_ == "nsubjpass" and not light:
            # ('the sanctions, which X imposed on Y, were eased': the clause says whose they are; a verb that takes
            # the trigger as its object codes it itself: 'Z lifted the sanctions that X imposed')
            described = next((c for c in noun.children if c.dep_ == "relcl" and c.pos_ == "VERB"
                              and _object_gap(c) and _own_subject(c) is not None), None)
            if described is not None:
                verb, light = described, self._is_light_verb(described) \
                    or _lemma(described) in self.rules["sharing_verbs"]["lemmas"]
        return verb, light

    def _verb_above(self, noun: Token) -> tuple[Token | None, bool]:
        node, hops = noun, 0
        claimed = self.rules["claimed_deeds"]
        while hops < 4:
            head = node.head
            if head.i == node.i:
                return None, False
            if node.dep_ == "nsubjpass" and _lemma(head) in claimed["passive_verbs"] and node is noun:
                return head, True  # "the attack was claimed by X": X's attack
            if node.dep_ == "dobj" and node is noun and _lemma(head) in claimed["object_verbs"] \
                    and not _subject_of_a_modal(noun):
                # "X claimed an attack on Y": X's attack; not what is claimed to be so, which the parser may make
                # the object ("claiming an invasion could be imminent")
                return head, True
            if node.dep_ in ("dobj", "oprd") and self.is_naming(head):
                return head, False  # "what X called incursions by Y": X names an act, does not do it
            if node.dep_ in ("dobj", "attr", "nsubjpass", "oprd") and head.pos_ in ("VERB", "AUX"):
                return head, self._is_light_verb(head) or _lemma(head) in self.rules["sharing_verbs"]["lemmas"]
            if node.dep_ == "pobj" and head.lower_ == "for" and head.head.lemma_.lower() in claimed["nouns"] \
                    and head.head.dep_ == "dobj" and _lemma(head.head.head) in claimed["verbs"]:
                return head.head.head, True  # "claimed responsibility for the attack on X": the claimant's attack
            if node.dep_ == "pobj" and head.dep_ == "prep":
                responder = self._responder_with(head)
                if responder is not None:  # "retaliated with air strikes on X": the responder's act
                    return responder, True
                if head.lower_ == "in" and node is noun and _lemma(noun) in self.rules["done_in_protest"]["nouns"]:
                    # "walked out in protest against X": the walk-out is the protest (the parser may hang the
                    # phrase on the verb's object: "recalled its envoy in protest")
                    done = head.head.head if head.head.dep_ == "dobj" else head.head
                    if done.pos_ in ("VERB", "AUX"):
                        return done, True
                if head.head.pos_ in ("VERB", "AUX"):
                    keeping = self.rules["keeping_verbs"]
                    # "back down from its threat": keeping to or dropping one's own commitment
                    return head.head, (_lemma(head.head) in keeping["lemmas"] and head.lower_ in keeping["preps"]) \
                        or self._enters_into(head.head, head, noun)
                # "a package of aid", "$50 million in aid": the amount or the container stands for the event
                # (through "of" or "in" only: "a round of sanctions after the invasion" does not hold the invasion)
                if head.lower_ == "of" or (head.lower_ == "in" and head.head.lemma_.lower() in
                                           self.rules["quantity_nouns"]["nouns"]) or _standing_amount(node) is not node:
                    node, hops = head.head, hops + 1
                    continue
            if node.dep_ in ("conj", "compound"):  # "a mediation effort": the head noun stands for the event
                node, hops = head, hops + 1
                continue
            return None, False
        return None, False

    def _responder_with(self, prep: Token) -> Token | None:
        """The verb of response whose 'with' phrase ``prep`` is (rules.json responding_with): 'retaliated with air
        strikes on X', and 'responded to the strike with missile attacks', where the parser hangs the phrase on what
        is responded to; None otherwise."""
        rule = self.rules["responding_with"]
        if prep.lower_ not in rule["preps"]:
            return None
        answered = prep.head
        if answered.dep_ == "pobj" and answered.head.lower_ == "to":
            verb = answered.head.head
        elif answered.pos_ in ("VERB", "AUX"):
            verb = answered
        else:
            return None
        return verb if _lemma(verb) in rule["lemmas"] else None

    def _enters_into(self, verb: Token, prep: Token, noun: Token) -> bool:
        """'went on strike', 'entered into talks', 'took part in talks': a verb of entering or taking part whose
        preposition holds the nominal event ``noun``, of a type its subject does (rules.json entering_verbs); any
        verb whose coordinated subject was 'at' the talks ('X and Y agreed ... at talks in Z')."""
        rule = self.rules["entering_verbs"]
        lemma = _lemma(verb)
        if prep.lower_ in rule["attended_preps"]:
            entry = self.entry_for_noun(noun)
            return entry is not None and entry.type in rule["attended_types"] \
                and len({a.key for a, _ in self.agents_of_verb(verb, _is_passive(verb))}) > 1
        if lemma not in rule["lemmas"] or prep.lower_ not in rule["preps"]:
            return False
        entry = self.entry_for_noun(noun)
        if entry is None or entry.type not in rule["types"]:
            return False
        obj = _child(verb, "dobj")
        needed = rule["objects"].get(lemma)
        return obj is None if needed is None else obj is not None and obj.lower_ in needed

    def course_targets(self, noun: Token):
        """'the threat of pursuing rebels across X's territory': the owner of the ground the threatened action
        crosses or enters (rules.json course_preps) is whom it hits."""
        preps = self.rules["course_preps"]["preps"]
        for clause in (o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                       if o.dep_ == "pcomp"):
            nodes = [clause, *(c for c in clause.children if c.dep_ == "dobj")]
            for ground in (o for n in nodes for p in n.children if p.dep_ == "prep" and p.lower_ in preps
                           for o in p.children if o.dep_ == "pobj"):
                owner = _child(ground, "poss")
                found = self.actors.actors_of(owner if owner is not None else ground)
                if found:
                    return found
        return []

    def purpose_targets(self, tok: Token):
        """'rioted ... to demand the resignation of X', 'demonstrated calling for independence from Iraq'."""
        for child in tok.children:
            if child.dep_ in ("advcl", "xcomp", "acl") and child.pos_ == "VERB":
                entry = self.entry_for(child)
                if entry is not None and entry.type in ("Demand", "Appeal", "Protest"):
                    found = self.targets_from_roles(child, entry.target, False) or self.complement_targets(child)
                    if found:
                        return found
                    for prep in (c for c in child.children if c.dep_ == "prep" and c.lower_ == "for"):
                        pobj = _child(prep, "pobj")
                        if pobj is None:
                            continue
                        found = [a for o in _prep_objects(pobj, "from") for a in self.actors.actors_of(o)]
                        if not found and pobj.lemma_.lower() in self.rules["ousting_nouns"]["lemmas"]:
                            # "to call for the resignation of X" (rules.json ousting_nouns)
                            found = [a for o in _prep_objects(pobj, "of") + [c for c in pobj.children if c.dep_ == "poss"]
                                     for a in self.actors.actors_of(o)]
                        if found:
                            return found
        return []


def _group_words(noun: Token) -> list[str]:
    """The words that name a group a noun heads: its compound and adjective modifiers, then the noun ('opposition
    lawmakers', 'flood victims')."""
    return [t.text for t in noun.subtree if t.i < noun.i and t.dep_ in ("compound", "amod")] + [noun.text]


def _subject_of_a_modal(noun: Token) -> bool:
    """Whether a modal follows the phrase ``noun`` heads ('an invasion could be imminent'): the phrase is then the
    subject of a clause, whatever the parser attached it to."""
    after = noun.right_edge.i + 1
    return after < len(noun.doc) and noun.doc[after].tag_ == "MD"
