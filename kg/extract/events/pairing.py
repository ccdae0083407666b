"""Who acts on whom: the checks make_events applies to a trigger's agents and targets before it pairs them
(instruments named after places, a state's own executive, a blockade by force, co-agents of a symmetric
verb or of a relation, counterparts a type needs)."""
from __future__ import annotations

from spacy.tokens import Token

from ...lexicon.entry import TriggerEntry
from ...model import ActorRef
from ..actors.kinds import singular
from ..actors.tree import is_to_infinitive
from .senses import trigger_objects
from .tokens import _child, _lemma, _measured_things, _prep_objects, fronted_participle, partner_of_owned_object

__all__ = ["Pairing", "kin"]


class Pairing:
    """Mixin of the extractor: needs ``rules``, ``actors``, ``entry_for_noun``, the modality checks and
    DocumentRules' ``_side``."""

    @staticmethod
    def _head_word_in(text: str | None, words) -> bool:
        """Whether a mention's last word (its head: 'the Minsk agreements') is one of ``words``."""
        parts = (text or "").lower().split()
        return bool(parts) and parts[-1] in words

    @staticmethod
    def _names_an_instrument(tok: Token, ref, text: str | None, instruments) -> bool:
        """'signed the Rome Statute', 'violated the Vienna Convention', 'ratified the Treaty of Paris': a city an
        instrument is named after, standing for its state, is no party to it (a state named outright is: 'the Iran
        nuclear deal')."""
        words = (text or "").split()
        if words and any(t.text == words[-1] and t.dep_ == "pobj" and t.head.lower_ == "of"
                         and t.head.head.tag_ == "NNP" and t.head.head.lemma_.lower() in instruments
                         and t.text not in ref.label for t in tok.sent):
            return True
        if not Pairing._head_word_in(text, instruments):
            return False
        return any(t.dep_ == "compound" and t.tag_ == "NNP" and t.head.lemma_.lower() in instruments
                   and t.text in words and t.text not in ref.label for t in tok.sent)

    def _own_executive(self, target, agents) -> bool:
        """Whether the target is an executive department or officer of the state an agent acts for
        (rules.json administration): asking it to act is administration at home."""
        if target.cls not in ("GovernmentBody", "Person"):
            return False
        state = self.actors.state_key(target)
        if state is None or state not in {self.actors.state_key(a) for a, _ in agents}:
            return False
        words = set(f"{target.label} {target.role or ''}".lower().replace("-", " ").split())
        return bool(words & set(self.rules["administration"]["words"]))

    def _warns_of_a_state(self, verb: Token, entry: TriggerEntry) -> bool:
        """'warned that judges are abusing their power': a warning about how things are, with nothing the
        warner will do in its content clause, is no threat (rules.json warning_content)."""
        rule = self.rules["warning_content"]
        if entry.type not in rule["types"] or _lemma(verb) not in rule["lemmas"]:
            return False
        content = _child(verb, "ccomp")
        if content is None:
            return False
        nodes = [content, *(c for c in content.children if c.dep_ in ("conj", "xcomp"))]
        modal = set(self.rules["future_auxiliaries"]) | set(self.rules["hypothetical_auxiliaries"])
        # what the warner's own side could do is a threat too ('warned that it could launch an offensive'); what
        # another could do is a danger warned of ('warned that X could attack')
        possible = set(self.rules["possibility_auxiliaries"])
        return not any(c.dep_ == "aux" and (c.lower_ in modal or c.lower_ in possible
                                            and self._warners_side_does(verb, n))
                       for n in nodes for c in n.children) \
            and self.condition_of(content) is None

    def _warners_side_does(self, verb: Token, clause: Token) -> bool:
        """Whether the subject of a warning's content clause is the warner or its state ('it', 'Ankara' after
        'Turkey's president warned')."""
        subject = _child(clause, "nsubj")
        if subject is None:
            return False
        if subject.pos_ == "PRON":  # 'it', 'they', 'we' look back to the warner
            return subject.lower_ in (*self.rules["subject_pronouns_thing"], *self.rules["first_person"])
        own = set().union(*(self._side(ref) for ref, _ in self.actors.actors_of(_child(verb, "nsubj"))))
        doers = self.actors.actors_of(subject)
        return bool(doers) and all(self._side(ref) & own for ref, _ in doers)

    def _refuses_something(self, tok: Token) -> bool:
        """'declined to resign', 'rejected the invitation', 'the rejection of the plan': a rejection with no one
        named says what it refuses, a clause or someone's proposal, demand or order (rules.json rejected_things)."""
        rule = self.rules["rejected_things"]
        things = rule["objects"]
        for clause in (c for c in tok.children if c.dep_ in ("xcomp", "ccomp")):
            if clause.dep_ == "ccomp" or _lemma(clause) in rule["complements"]:
                return True
            # "refused to accept the deal", "declined to meet X": what the clause would be done to or with
            done_to = [c for c in clause.children if c.dep_ == "dobj"] + [
                o for p in clause.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
            if any(o.lemma_.lower() in things or self.actors.actors_of(o) for o in done_to):
                return True
        objects = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")] + _prep_objects(tok, "of") \
            + _prep_objects(tok, "to")
        objects += [c for o in objects for c in o.children if c.dep_ == "conj"]
        return any(o.lemma_.lower() in things or o.lower_ in things or o.pos_ == "PRON" for o in objects)

    def _armed(self, ref, text: str | None) -> bool:
        """Whether an actor is an armed force: by its class, its CAMEO sector, or its mention's last word
        ('the Union Army', 'Confederate troops')."""
        rule = self.rules["armed_movement"]
        noun = self._group_noun(text)
        return ref.cls in rule["classes"] or noun in rule["classes"] or (ref.code or "")[3:6] in rule["sectors"]

    def _group_noun(self, text: str | None) -> str | None:
        """The class of the group noun a mention ends in ('Confederate troops': MilitaryForce), if any."""
        words = (text or "").lower().split()
        groups = self.rules["group_nouns"]
        if not words:
            return None
        return groups.get(singular(words[-1]), groups.get(words[-1]))

    def _acts_by_force(self, ref, text: str | None) -> bool:
        """A state's armed forces, or a state or its government named as such ('China', 'Beijing', 'the Chinese
        government'); not a group of its people ('Chinese farmers', 'young Chileans', which the gazetteer also
        resolves to the state), nor a non-state armed group (rules.json blockade_by_force)."""
        words = (text or "").split()
        noun = self._group_noun(text)
        if noun in self.rules["blockade_by_force"]["forces"] or ref.cls in self.rules["blockade_by_force"]["forces"]:
            return True
        people = words and words[-1][:1].isupper() and words[-1].endswith("s") \
            and words[-1].lower() not in ref.label.lower().split()  # "Chileans", not "the Philippines"
        # "Bolivian nurses", "Bolivian students": rolled up to the state with a sector of their own, its people too
        people = people or self.of_its_people(ref)
        return ref.cls in ("State", "GovernmentBody") and noun in (None, "GovernmentBody") and not people

    def _state_or_its_forces(self, ref, text: str | None, armed=(), pronouns=()) -> bool:
        """A state named by its own name or adjective ('Israel', 'Israeli', 'the United States') or by one of
        ``pronouns`` (rules.json leaves them out: a union's 'it' resolves to its state too), its government or
        forces ('the Turkish military', 'the Pentagon'), or an armed group (``armed``): not a body of its people
        the gazetteer also resolves to the state by a name's first word ('the Ghana Medical Association')."""
        if ref.cls in armed or ref.cls in self.rules["blockade_by_force"]["forces"] or ref.cls == "GovernmentBody":
            return True
        if ref.cls == "Person" and ref.acts_for is not None and ref.acts_for == self.actors.state_key(ref):
            return True  # "President X ordered strikes on Y": a leader or official of the state, who acts for it
        if self.of_its_people(ref):
            return False  # people the dictionary codes with a sector of their own (teachers, their union)
        words = (text or "").split()
        words = words[1:] if words[:1] and words[0].lower() == "the" else words
        if ref.cls == "State" and (" ".join(words).lower() == ref.label.lower()
                                   or " ".join(words).lower() in pronouns):
            return True
        noun = self._group_noun(text)
        if noun is not None:
            return noun in ("MilitaryForce", "GovernmentBody")
        # 'Israel', 'Israeli', 'Beijing': one capitalised word, the state's name, adjective or seat
        return ref.cls == "State" and len(words) == 1 and words[0][:1].isupper()

    def _object_is_elsewhere(self, tok: Token, entry: TriggerEntry) -> bool:
        """'Joe and I visited the memorial': a meeting verb's object is its counterpart; when the object is
        something else, the co-agents went there together and did not meet each other. 'A and B met with
        these leaders', 'A and B will coordinate with the agencies': a counterpart named with 'with' (even one
        no actor resolves) is whom they dealt with, not each other ('agreed to a ceasefire' still pairs them)."""
        if tok.pos_ != "VERB":
            return False
        # (a verb whose object is never the counterpart, 'A and B discussed trade', has a topic there, not a
        # place; but 'A and B met with Z to discuss trade' are not the sides of the purpose clause's meeting)
        if entry.type == "Meet" and not entry.objects and any(
                c.dep_ == "dobj" and not self._reciprocal(c) for c in tok.children) and (
                "dobj" in entry.target or not any(c.dep_ == "nsubj" for c in tok.children)):
            return True
        clause = tok
        while clause.dep_ == "conj" and clause.head.pos_ == "VERB" and not any(
                c.dep_ == "prep" and c.lower_ == "with" for c in clause.head.children):
            clause = clause.head  # "... to listen to them and to discuss X": the first of the joined clauses
        if clause.dep_ in ("advcl", "xcomp", "conj") and clause.head.pos_ == "VERB" and self._dealt_with(clause.head):
            return True  # "A and B met with Z to discuss X", "... and discussed X": with Z, not each other
        partner = partner_of_owned_object(tok)  # "discussed their diplomacy with China": the topic's partner
        # (a 'with' whose object the parser lost to a line break counts too)
        return any(c != partner for c in self._dealt_with(tok))

    def _dealt_with(self, verb: Token) -> list[Token]:
        """The verb's 'with' phrases that name a counterpart, not the co-agents themselves ('with each other')."""
        reciprocal = self.rules["reciprocal_words"]["words"]
        return [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
                and not any(o.lower_ in reciprocal for o in c.children)]

    def _reciprocal(self, obj: Token) -> bool:
        """'each other', 'one another' (the parser heads either word)."""
        words = {obj.lower_, *(c.lower_ for c in obj.children if c.dep_ in ("det", "nummod", "amod"))}
        return {"each", "other"} <= words or {"one", "another"} <= words

    def acts_on_each_other(self, tok: Token) -> bool:
        """'X and Y accused each other of ...', 'fired at one another': the verb's object, or its preposition's,
        is the co-agents themselves, each the other's counterpart; 'X and Y pledged to work together': what they
        pledge is done with each other."""
        return any(self._reciprocal(c) for c in tok.children if c.dep_ in ("dobj", "dative")) or any(
            self._reciprocal(o) for c in tok.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj") \
            or any(c.dep_ == "xcomp" and any(a.dep_ == "advmod" and a.lower_ in ("together", "jointly")
                                             for a in c.children) for c in tok.children)

    def _proposes_an_event(self, tok: Token, entry: TriggerEntry) -> bool:
        """'Brazil proposed a ceasefire', 'called for a ceasefire': what is proposed or asked for is an event kg
        codes (a nominal trigger), so the proposal or appeal stands without a counterpart (rules.json
        proposed_events)."""
        rule = self.rules["proposed_events"]
        if entry.type not in rule["types"]:
            return False
        if tok.pos_ == "VERB" and _lemma(tok) in rule["lemmas"]:
            obj = _child(tok, "dobj")
            asked = [obj, *_prep_objects(tok, "for")]
            if obj is not None:  # "proposed a ceasefire framework", "a plan for a truce", "a new round of talks"
                asked += [c for c in obj.children if c.dep_ in ("compound", "nmod") and c.i < obj.i]
                asked += [*_prep_objects(obj, "for"), *_prep_objects(obj, "of")]
        elif tok.pos_ == "NOUN" and _lemma(tok) in rule["nouns"]:
            # "a proposal for a ceasefire" (the parser hangs the 'for' phrase of a verb's object on the verb as often)
            asked = [*_prep_objects(tok, "for"), *_prep_objects(tok, "of"),
                     *(_prep_objects(tok.head, "for") if tok.dep_ == "dobj" else ())]
        else:
            return False
        asked = [self.entry_for_noun(o) for o in asked if o is not None]
        # ('calls for a request in funding': a request asked for is no event asked for)
        return any(e is not None and e.type not in rule["not_asked_types"] for e in asked)

    def _relation_object(self, tok: Token, entry: TriggerEntry) -> bool:
        """'Syria and Turkey established ties': the verb's object is a relation, held between the co-agents;
        only for a trigger whose own frame is a relation and whose subject is its own or that of the verb it
        completes ('agreed to restore ties'): 'an issue likely to dominate relations' is no act of anyone's."""
        relations = set(self.rules["relation_objects"]["lemmas"])
        clause = tok.head if tok.dep_ == "xcomp" else tok
        return bool(entry.objects & relations) and self._has_own_subject(clause) and any(
            c.dep_ == "dobj" and _lemma(c) in relations for c in tok.children)

    def _needs_counterpart(self, entry: TriggerEntry) -> bool:
        """Support, aid, appeals and cooperation are done to someone (CAMEO codes them between a source and a
        target): with no one named, the verb is in another sense ('supports jobs', 'helped lead', 'thank you
        all'), unless the trigger's own frame names what is given or set up ('established ties')."""
        return entry.type in self.rules["dyadic_types"]["types"] and not entry.objects

    def _done_without_counterpart(self, tok: Token, entry: TriggerEntry, explicit_agent: bool) -> bool:
        """Whether the event stands with its agent alone when no target is found: its entry does not need one (or
        it moves armed forces, or it is a proposal put forward for an event, as the verb's would be), it is not
        one done between sides, it is not one done to someone by its nature, and who did it is said."""
        among_themselves = entry.symmetric and entry.type in self.rules["sides_among_themselves"]["types"] \
            and self._sides_among_themselves(tok)
        may_stand = not entry.needs_target or self.one_sided(tok, entry) or among_themselves \
            or explicit_agent and tok.pos_ == "NOUN" and self._proposes_an_event(tok, entry)
        return may_stand and (not entry.symmetric or self._agrees_to_an_act(tok) or among_themselves) \
            and (not self._needs_counterpart(entry) or self._proposes_an_event(tok, entry)) \
            and (entry.type in self.rules["target_optional_types"] or explicit_agent or self._has_own_subject(tok))

    def _sides_among_themselves(self, tok: Token) -> bool:
        """'The rival factions agreed to form a government', 'X's rival parties signed a deal': the subject is a
        plural noun of sides said to be several (rules.json sides_among_themselves), whose members are the parties
        of the act among themselves."""
        rule = self.rules["sides_among_themselves"]
        verb = self.governing_verb(tok)[0] if tok.pos_ == "NOUN" else tok
        subject = self.actors.find_subject(verb) if verb is not None else None
        return subject is not None and subject.tag_ in ("NNS", "NNPS") and subject.lemma_.lower() in rule["nouns"] \
            and any(c.lower_ in rule["modifiers"] for c in subject.children if c.dep_ in ("amod", "nummod", "det"))

    def _agrees_to_an_act(self, tok: Token) -> bool:
        """'Iran agreed to release the sailors', 'X agreed to a ceasefire': an agreement to do something, or to an
        act a noun names, stands with its one party (CAMEO 05, as PLOVER codes AGREE with no target), where an
        agreement between sides needs the other."""
        if tok.pos_ != "VERB":
            return False
        return any(c.dep_ == "xcomp" and c.pos_ == "VERB" and self.entry_for(c) is not None for c in tok.children) \
            or any(self.entry_for_noun(o) is not None for o in _prep_objects(tok, "to"))

    def _between_the_sides(self, entry: TriggerEntry, agents, targets, places: bool = False):
        """``targets``, or none when a symmetric event has two named co-agents and every target is only what it is
        about: an unnamed group ('X and Y agreed to exchange prisoners', 'reached a deal on the release of
        detainees'), the co-agents' own states ('the Vice President and President X agreed to strengthen U.S.-French
        ties'), a state named only by its adjective ('X and Y agreed to divide the former Soviet fleet') or, with
        ``places`` (a light verb's phrase: 'began joint patrols on Lake Z'), a place."""
        own = {self.actors.state_key(a) for a, _ in agents} - {None}
        if entry.symmetric and len(agents) > 1 and all(
                self._unnamed_group(t) or places and t.cls == "Place" or t.cls == "State" and t.key in own
                or t.cls == "State" and self._only_modifies(t, text) for t, text in targets):
            return []
        return targets

    def retyped(self, rule: dict, tok: Token, event_type: str, agent: ActorRef, target: ActorRef | None) -> bool:
        """Whether a retyping rule (rules.json armed_backing, joined_states, armed_supply) holds for one pair: the
        event's type and trigger, the classes of its sides, no preposition that keeps the type ('unless_preps'),
        and where the rule says so, only objects of its kind ('objects') handed to the target itself, named by
        the trigger's 'to' phrase or indirect object ('recipient')."""
        if event_type not in rule["types"] or _lemma(tok) not in rule["lemmas"] or target is None \
                or target.cls not in rule["target_classes"] or agent.cls not in rule.get("agent_classes", (agent.cls,)) \
                or any(c.dep_ == "prep" and c.lower_ in rule.get("unless_preps", ()) for c in tok.children):
            return False
        if "objects" in rule and not self._only_things_of_kind(tok, rule):
            return False
        if rule.get("recipient"):
            return self._handed_to(tok, target, rule)
        if rule.get("helped"):
            return self._sent_to_help(tok, target, rule)
        return True

    def _sent_to_help(self, tok: Token, target: ActorRef, rule: dict) -> bool:
        """Whether the target is the side the forces are sent to help: the object of a purpose clause of helping
        ('to help X', 'to defend X') or whom it fights for or alongside ('to fight for X')."""
        helped = []
        for purpose in (c for c in tok.children if c.dep_ in ("advcl", "xcomp") and is_to_infinitive(c)):
            if _lemma(purpose) in rule["purposes"]:
                helped += [c for c in purpose.children if c.dep_ == "dobj"]
            elif _lemma(purpose) in rule["fight_verbs"]:
                helped += [o for p in rule["fight_preps"] for o in _prep_objects(purpose, p)]
        return any(ref.key == target.key for o in helped for ref, _ in self.actors.actors_of(o))

    def _only_things_of_kind(self, tok: Token, rule: dict) -> bool:
        """Whether all the trigger sends is of the rule's kind ('objects', and the dictionary sets of 'sets'), what
        an amount counts standing for the amount ('hundreds of tanks'); 'tanks and troops' are not."""
        kinds = set(rule["objects"]).union(*(self.dictionary.sets.get(name, ()) for name in rule.get("sets", ())))
        objects = [o for o in trigger_objects(tok, conjuncts=True) if o.dep_ != "compound"]  # 'fighter jets'
        things = [t for o in objects for t in ([o] if _lemma(o) in kinds else _measured_things(o) or [o])]
        return bool(things) and all(_lemma(t) in kinds or t.lower_ in kinds for t in things)

    def _handed_to(self, tok: Token, target: ActorRef, rule: dict) -> bool:
        """Whether the target is the one the things are handed to: named itself (a name, or a noun of forces or
        people) by the trigger's 'to' phrase or indirect object, not the owner of a place ('to Ukraine's border'),
        and the sending neither threatened ('threatened to send tanks') nor done for a purpose of its own other
        than the recipient's help ('sent tanks to X for joint drills', 'in a show of force', 'to strike Y'; a
        time is no purpose: 'in March')."""
        head = tok.head if tok.dep_ in ("xcomp", "ccomp") else None
        threat = self.entry_for(head) if head is not None and head.pos_ == "VERB" else None
        if threat is not None and threat.type == "Threaten":
            return False
        purposes = [c for c in tok.children if c.dep_ in ("advcl", "xcomp") and is_to_infinitive(c)]
        aims = [o for c in tok.children if c.dep_ == "prep" and c.lower_ in ("for", "in", "as")
                for o in c.children if o.dep_ == "pobj" and o.ent_type_ not in ("DATE", "TIME")]
        purposes += [t for o in aims for t in (_measured_things(o) if _lemma(o) == "part" else [o]) or [o]]
        if any(_lemma(c) not in rule["aid_purposes"] for c in purposes):
            return False
        people = self.rules["doer_in_of"]["doer_nouns"]
        named = _prep_objects(tok, "to") + [c for c in tok.children if c.dep_ == "dative" and c.pos_ != "ADP"]
        return any(ref.key == target.key for o in named if o.pos_ == "PROPN" or _lemma(o) in people
                   for ref, _ in self.actors.actors_of(o))

    def _only_modifies(self, state, text: str | None) -> bool:
        """Whether the phrase that names ``state`` is no name of it but a thing it modifies ('the former Soviet
        fleet'), which says what something is of, not a side."""
        entry = self.actors.gaz.get(state.key)
        words = (text or "").removeprefix("the ").strip()
        return entry is not None and bool(words) and words not in {form for form, _ in entry.surface_forms()}

    @staticmethod
    def _unnamed_group(ref) -> bool:
        """'prisoners', 'civilians', 'militants': a group only a common noun names, of no state or body."""
        return ref.cls in ("InformalGroup", "ArmedGroup") and ref.acts_for is None and ref.code is None

    def one_sided(self, tok: Token, entry: TriggerEntry) -> bool:
        """'called up 300,000 reservists', 'placed its army on high alert', 'declared a state of emergency in X': a
        dictionary pattern's mobilisation or measure needs no counterpart when what it moves or decrees is armed
        forces or a measure over one's own land (rules.json one_sided_objects); 'placed its hospitals on alert'
        moves none."""
        words = self.rules["one_sided_objects"].get(entry.type)
        if not words:
            return False
        objects = trigger_objects(tok, conjuncts=True)
        objects += [o for obj in objects for o in _prep_objects(obj, "of")]  # "a state of emergency"
        # "its air force": a compound names the force as the plural does
        return any(o.lemma_.lower() in words or o.lower_ in words or " ".join(
            [c.lower_ for c in o.children if c.dep_ == "compound"] + [o.lower_]) in words for o in objects)

    @classmethod
    def _shares_a_said_subject(cls, verb: Token) -> bool:
        """A light verb joined to a clause whose subject it shares, with none of its own ('X declared martial law
        and ordered a mobilisation'): the doer of the act its object names is said as plainly."""
        while verb.dep_ == "conj" and verb.pos_ == "VERB" and verb.head.pos_ == "VERB" \
                and not any(c.dep_ in ("nsubj", "nsubjpass", "agent") for c in verb.children):
            verb = verb.head
        return cls._has_own_subject(verb)

    @staticmethod
    def _has_own_subject(tok: Token) -> bool:
        """A clause of its own with its doer said, or a participle opening the sentence whose doer is the
        subject of the clause after it ("Placing its forces on alert, X ...")."""
        return tok.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "agent") for c in tok.children) \
            or fronted_participle(tok)


def kin(one: ActorRef, other: ActorRef) -> bool:
    """Two different people with the same family name (the last word of their labels)."""
    return one.cls == other.cls == "Person" and one.key != other.key and \
        one.label.split()[-1] == other.label.split()[-1]
