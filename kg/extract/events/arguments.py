"""Arguments of an event: on whom it was done (targets), when, and what about (who did it: agents.py; targets in
the clauses around the trigger: clauses.py)."""
from __future__ import annotations

from itertools import islice

from spacy.tokens import Token

from ...ingest import slug
from ...lexicon.entry import TriggerEntry
from ...model import ActorRef
from ..actors.tree import commented_clause, is_to_infinitive
from ..time import resolve_time
from .senses import run_on, trigger_objects
from .sentences import _text
from .tokens import (_child, _displaced_object, _is_amount, _lemma, _measured_things, _object_gap, _own_subject, _pos,
                     _prep_objects, object_binding, owned_by_a_pronoun, partner_of_owned_object, put_thing)

__all__ = ["Arguments"]

#: Classes of actor that act as their state does
STATE_SIDE = {"State", "GovernmentBody", "MilitaryForce", "Person"}

#: Types whose object is what is refused, not whom
REFUSALS = {"Reject", "Deny"}

#: What a verb's phrase leaves out when its target is looked for in it: the passive's agent, its complement
#: clause (what is refused or wanted has roles of its own, complement_targets reads them), content and
#: relative clauses, asides, adverbials of time and manner
#: where a located event happens: 'shelled positions in X', 'fired into X', 'near X', 'at X'
LOCATION_PREPS = ("in", "into", "near", "at")
CLOSED_DEPS = {"agent", "ccomp", "xcomp", "relcl", "parataxis", "appos", "npadvmod", "advmod", "punct", "cc", "mark", "nsubj",
               "nsubjpass"}


def _after_own_infinitive(verb: Token, obj: Token) -> bool:
    """'want to thank everyone ... members': an object the parser hangs on a verb after that verb's own
    to-infinitive belongs to the infinitive ('want X to go' puts whom the verb acts on before 'to')."""
    return any(c.dep_ == "xcomp" and c.i < obj.i and is_to_infinitive(c) and _child(c, "nsubj") is None
               for c in verb.children)


def _hyphened_doer(participle: Token) -> list[Token]:
    """'a US-drafted resolution', 'a French-backed plan': the name a hyphen joins to the participle is its doer."""
    return [o for o in participle.children if o.dep_ in ("npadvmod", "compound", "nmod") and o.i == participle.i - 2
            and participle.doc[participle.i - 1].text == "-"]


def _named_by_the_plural_adjective(entry, ref: ActorRef, text: str | None) -> bool:
    """'Thousands of Serbians', 'Israelis': a state named by its adjective's plural is its people, not the state;
    not a name of its own that ends so ('the Philippines')."""
    words = (text or "").split()
    return entry is not None and ref.cls == "State" and bool(words) and words[-1].endswith("s") \
        and words[-1][:-1] in entry.demonyms and words[-1].lower() not in entry.names()


class Arguments:
    """Mixin of the extractor: needs ``actors``, ``rules``, ``doc``, ``trigger_nouns`` and the matching
    mixin's ``entry_for`` / ``entry_for_noun`` / ``_is_light_verb``."""

    def _doers_of(self, act: Token) -> list[Token]:
        """Who did the act a noun names: its 'by' phrase ("the launch by X"), that of the participle describing it
        ("a resolution drafted by X", "the sanctions imposed by X"), the sender of a message ("the offer from X"),
        or the one the parser hangs on its 'of' phrase
        ("the expulsion of its envoy by X"), the name joined to its participle by a hyphen ("a US-drafted
        resolution"), the subject of a relative clause whose light verb has the act as
        its object ("the attack X carried out", "the demands that X made"; not "the attack X suffered"), the
        one the parser hangs on the noun that ends it ("a halt to the raids by X"), or for a release the one
        who holds those released ("the release of prisoners held by X"), with the names coordinated there."""
        doers = _prep_objects(act, "by") or self._senders_of(act) \
            or [o for c in act.children if c.dep_ == "acl" and c.tag_ == "VBN" for o in _prep_objects(c, "by")] \
            or [o for c in act.children if c.dep_ == "amod" and c.tag_ == "VBN" for o in _hyphened_doer(c)] \
            or [o for done_to in _prep_objects(act, "of") for o in _prep_objects(done_to, "by")] \
            or [s for c in act.children if c.dep_ == "relcl" and self._is_light_verb(c) and _object_gap(c)
                for s in [_own_subject(c)] if s is not None] \
            or self._ender_of(act) or self._releasers(act)
        return doers + [c for d in doers for c in d.children if c.dep_ == "conj"]

    def _releasers(self, act: Token) -> list[Token]:
        """'the release of prisoners held by X', 'the freeing of hostages kidnapped by Y': who is to let go those a
        release is of is who holds them, named by a participle of capture or holding (rules.json
        released_by_holders, held_by)."""
        rule = self.rules["released_by_holders"]
        if act.lemma_.lower() not in rule["acts"]:
            return []
        released = _prep_objects(act, "of")
        return [o for held in released for c in held.children if c.dep_ == "acl" and c.tag_ == "VBN"
                and _lemma(c) in rule["captor_participles"] for o in _prep_objects(c, "by")] \
            or [o for held in released for o in self._holders(held)]

    def _ender_of(self, act: Token) -> list[Token]:
        """'a halt to the strikes by X', 'the suspension of the raids by X': the parser hangs the act's 'by' phrase on
        the noun of ending whose 'to' or 'of' phrase the act is."""
        return _prep_objects(act.head.head, "by") if self._ended_by_a_noun(act) else []

    def _stray_doers(self, tok: Token, role: str) -> list[Token]:
        """The 'by' phrase the parser hung on an active verb, which cannot be that verb's doer: it belongs to
        the act named in the verb's object ("condemned the launch by X") or, for a noun trigger that object
        is, in the noun's phrase ("launched an inquiry into the killings by X"); so does one the parser hung on an
        active verb whose act noun is in its phrase ("called for a halt to the strikes by X")."""
        if role == "dobj" or tok.pos_ == "VERB":
            return _prep_objects(tok, "by")
        head = tok.head
        if tok.dep_ == "dobj" and head.pos_ == "VERB" and not any(c.dep_ in ("nsubjpass", "auxpass")
                                                                  for c in head.children):
            return _prep_objects(head, "by")
        return []

    def _senders_of(self, message: Token, verb: Token | None = None) -> list[Token]:
        """'the proposal from X', 'pressure from X': who sent a message or a demand (rules.json sent_nouns), in
        its 'from' phrase or, where the parser hung that on the verb whose object the message is, the verb's."""
        if message.lemma_.lower() not in self.rules["sent_nouns"]["lemmas"]:
            return []
        return _prep_objects(message, "from") or (_prep_objects(verb, "from") if verb is not None else [])

    def time_of(self, tok: Token) -> tuple[str | None, str | None]:
        candidates = []
        scope = [tok, *islice(tok.ancestors, 2)]
        for node in scope:
            # the trigger's own subtree: its DATE/TIME tokens from the index (a prep's child there is one of them)
            for child in self._sentences().dates_under(tok) if node is tok else node.children:
                if child.ent_type_ in ("DATE", "TIME"):
                    candidates.append(child)
                elif child.dep_ == "prep":
                    candidates.extend(c for c in child.children if c.ent_type_ in ("DATE", "TIME"))
        for cand in sorted(candidates, key=lambda c: abs(c.i - tok.i)):
            span = self._sentences().entity_at(cand.i)
            if span is None:
                continue
            value = resolve_time(span.text, self.article_date)
            return value, span.text
        return None, None

    def _without_own_side(self, head: Token | None, refs):
        """'the United States and its allies', 'condemned X and its acts': a conjunct owned by a pronoun is the
        first conjunct's own side, which the first conjunct already names; resolving 'its' anew can land on a
        rival named earlier. Not 'his counterpart' (rules.json other_side_nouns)."""
        if head is None or len(refs) < 2:
            return refs
        other_side = self.rules["other_side_nouns"]["lemmas"]
        owned = {c.text for c in head.subtree if c.dep_ == "conj" and c.i > head.i
                 and c.lemma_.lower() not in other_side
                 and owned_by_a_pronoun(c)}
        kept = [(ref, text) for ref, text in refs if not text or text.split()[-1] not in owned]
        return kept or refs

    def targets_from_roles(self, tok: Token, roles, passive: bool, through: str = "of"):
        """``through``: the preposition whose object a noun trigger's phrases are also looked for on ('a ban on
        imports from X': the row's own condition names 'on')."""
        for role in roles:
            tokens = []
            if role == "dobj":
                # (not a comment on the clause: "annexed Y in 2014, a move condemned by Z")
                comments = self.rules["clause_comment_nouns"]["nouns"]
                tokens = [c for c in tok.children if c.dep_ == ("nsubjpass" if passive else "dobj")
                          and commented_clause(c, comments) is None and not _after_own_infinitive(tok, c)]
                shifted = _displaced_object(tok) if not tokens and not passive else None
                tokens = [shifted] if shifted is not None else tokens  # "rejected as baseless X's claims"
                if not tokens and passive and tok.dep_ == "conj":
                    # "entered the village and were attacked by X": the subject both verbs share is the target
                    shared = self.actors.find_subject(tok)
                    tokens = [shared] if shared is not None else []
                if not tokens and passive and tok.dep_ == "acomp":
                    tokens = [c for c in tok.head.children if c.dep_ == "nsubj"]  # "it was disappointed by X"
                if not tokens and not passive:
                    tokens = [c for c in tok.children if c.dep_ == "dative" and c.pos_ != "ADP"]
                if not tokens and not passive:
                    tokens = self._what_it_called(tok)
                if not tokens and not passive and tok.dep_ == "relcl" and tok.head.pos_ in ("NOUN", "PROPN") \
                        and _object_gap(tok) and _own_subject(tok) is not None:
                    tokens = [tok.head]  # "the activists it had arrested", "the soldiers that X detained"
            elif role == "participle_subject":
                # "ordered the embassy closed": what is put into the state the participle says
                thing = put_thing(tok) or _child(tok, "dobj")
                tokens = [thing] if thing is not None else []
            elif role == "oprd":
                # "called Putin on Friday": the small model takes a lone object of 'call' for a predicate
                tokens = [c for c in tok.children if c.dep_ == "oprd"] if _child(tok, "dobj") is None else []
            elif role == "dative":
                tokens = [c for c in tok.children if c.dep_ == "dative" and c.pos_ != "ADP"]
                tokens += [o for c in tok.children if c.dep_ == "dative" and c.pos_ == "ADP" for o in c.children]
            elif role == "poss":
                obj = _child(tok, "dobj")
                tokens = [c for c in obj.children if c.dep_ == "poss"] if obj is not None else []
            elif role == "prep:from" and passive and self.sent_out_of(tok):
                continue  # "diplomats were expelled from X": X is the one who expels (rules.json expelled_from)
            elif role.startswith("prep:"):
                tokens = _prep_objects(tok, role[5:])
                if role == "prep:with" and not tokens and tok.pos_ == "VERB":
                    # "met today at the White House with X": the parser hangs the partner on the place
                    tokens = [o for place in _prep_objects(tok, "at") + _prep_objects(tok, "in")
                              if place.ent_type_ in ("GPE", "LOC", "FAC", "ORG") for o in _prep_objects(place, "with")]
                if role == "prep:with" and partner_of_owned_object(tok) is not None:
                    tokens = []  # "discussed their diplomacy with China": the topic's partner
                # ("asked for aid from X", "agreed to a truce with X": what is asked for or agreed to stands where
                # the object would)
                obj = (_child(tok, "dobj") or next(iter(_prep_objects(tok, "for") + _prep_objects(tok, "to")), None)) \
                    if tok.pos_ == "VERB" else next(iter(_prep_objects(tok, through)), None)
                hops = 0
                accords = self.rules["accord_nouns"]
                if role == "prep:between" and obj is not None and _lemma(tok) in accords["verbs"] \
                        and obj.lemma_.lower() not in accords["lemmas"]:
                    obj = None  # "welcomed the agreement between X and Y", not "welcomed the rift between X and Y"
                while not tokens and obj is not None and hops < 3:
                    # "suspension of air links with Serbia", "suspended part of an aid programme for Bosnia",
                    # "pledged $50 million in aid to Kenya" (an amount names what it counts with 'of' or 'in')
                    if role == "prep:with" and (owned_by_a_pronoun(obj) or hops > 0) \
                            and _lemma(tok) in self.rules["deliberation_verbs"]["lemmas"]:
                        # "discussed their respective diplomacy with China", "discussed the status of peace
                        # negotiations with armed groups": the partner of the topic, their own thing or one inside
                        # it ("suspended its cooperation with X" is aimed at X; "discussed trade with X" is with X)
                        break
                    tokens = _prep_objects(obj, role[5:])
                    obj, hops = next(iter(_measured_things(obj)), None), hops + 1
            found = []
            if role == "dobj" or role.startswith("prep:"):
                # "condemned the missile launch by X", "the arrest of Y by X": the doer of the act, before whom
                # it was done to (the parser often hangs the act noun's 'by' phrase on the active verb); an act
                # its possessive names the doer of is that doer's ("rejected X's call for mediation by Y": the
                # 'by' phrase the parser hung on the call is the mediation's)
                found = [a for t in tokens if t.pos_ == "NOUN" and _child(t, "poss") is None
                         and (t.lemma_.lower() in self.rules["act_nouns"]["lemmas"]
                              or t.lemma_.lower() in self.rules["sent_nouns"]["lemmas"])
                         for o in (self._doers_of(t) or ([] if passive else self._stray_doers(tok, role)
                                                         or self._senders_of(t, tok)))
                         for a in self.actors.actors_of(o)]
            if role.startswith("prep:"):
                # "thanked the participants for their leadership": the possessive after the object is the
                # object's, bound by it; "the tariff on imports from X": goods stand for where they come from
                bound = self.rules["bound_possessives"]["words"]
                tokens = [o for t in tokens if object_binding(tok, t, bound) is None
                          for o in (self._origin_of_goods(t) or [t])]
            # "condemned X and its acts": the pronoun's conjunct is X's own, not a second target
            found = found or [a for t in tokens for a in self._without_own_side(t, self._counterparts_as_group(t))]
            if found:
                return found
        return self._run_on_targets(tok, roles)

    def _origin_of_goods(self, noun: Token) -> list[Token]:
        """'the tariff on imports from X', 'duties on Chinese steel': where goods come from (rules.json
        traded_goods)."""
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in self.rules["traded_goods"]["lemmas"]:
            return []
        return _prep_objects(noun, "from") + [c for c in noun.children if c.dep_ == "poss" or (
            c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE"))]

    def _run_on_targets(self, tok: Token, roles):
        """A hard-wrapped page: the object opens the next line ('ordered / strikes on X'), and so does the
        target of a preposition that ends the line (senses.run_on). (A preposition that opens the next line is
        left alone: there it as often belongs to a purpose or a noun of the clause, 'respond / to X'.)"""
        continued = run_on(tok)
        if continued is None:
            return []
        head, kind = continued
        last = next(t for t in reversed(tok.sent) if not t.is_space)  # the word the line ends with
        if kind == "prep":  # "an attack against / X": the line ends with the preposition
            for role in roles:
                if role == f"prep:{last.lower_}":
                    return [a for a in self._without_own_side(head, self._counterparts_as_group(head))]
            return []
        if tok.pos_ != "VERB":
            return []
        line = []
        for t in head.doc[tok.sent.end:]:
            if t.text in (".", "!", "?", ";") or ("\n" in t.text and t.i > head.i):
                break  # the piece up to the end of the line the head is on
            line.append(t)

        def objects_of(prep: str) -> list[Token]:
            # the parser may cut the line after its first word ('restrictions' / 'from X and Y.'): a
            # preposition of the head, one left heading a piece of the line of its own, or the one the line
            # opens with after an object that ended the line before ('the launch / by X')
            return [o for p in line if p.dep_ in ("prep", "agent", "ROOT", "dative") and p.lower_ == prep
                    and (p.head in (head, p) or p.i == tok.sent.end) for o in p.children if o.dep_ == "pobj"]

        # A bare object on the next line may be a topic ('discussed / the situation'): only a name the break
        # cut ('thanked Prime Minister / Jane Roe', 'met with President / X'), a preposition the role names, or
        # the doer of an act the object names is taken from there; not 'with', which on the object names the
        # object's partner ('discussed / their diplomacy with X').
        name_role = None
        if head.pos_ == "PROPN" and last.pos_ == "PROPN":
            named = last.head if last.dep_ == "compound" else last
            if named.head == tok and named.dep_ == "dobj":
                name_role = "dobj"
            elif named.dep_ == "pobj" and named.head.head == tok:
                name_role = f"prep:{named.head.lower_}"
        for role in roles:
            if role == name_role:
                tokens = [head]
            else:
                tokens = objects_of(role[5:]) if role.startswith("prep:") and role != "prep:with" else []
            found = [a for t in tokens for a in self._without_own_side(t, self._counterparts_as_group(t))]
            if not found and role == "dobj" and head.lemma_.lower() in self.rules["act_nouns"]["lemmas"]:
                found = [a for o in objects_of("by") for a in self.actors.actors_of(o)]
            if found:
                return found
        return []

    def _what_it_called(self, tok: Token) -> list[Token]:
        """'condemned what it called X's aggression', 'what it described as X's provocations': the object is a
        free relative whose naming verb says what the object is (rules.json naming_verbs); the parser makes the
        relative the verb's clausal complement."""
        return [o for c in tok.children if c.dep_ == "ccomp" and _lemma(c) in self.rules["naming_verbs"]["lemmas"]
                and any(w.tag_ == "WP" and w.lower_ == "what" and w.dep_ == "dobj" for w in c.children)
                for o in [*c.children, *_prep_objects(c, "as")] if o.dep_ in ("oprd", "attr", "pobj")]

    def _holders(self, tok: Token) -> list[Token]:
        """'positions held by X', 'targets belonging to X' (rules.json held_by): who holds what ``tok`` names, as
        a participle after it says; not who held it once ('territory formerly held by X')."""
        held = self.rules["held_by"]
        return [o for c in tok.children if c.dep_ == "acl"
                and not any(m.lower_ in held["past_adverbs"] for m in c.children if m.dep_ == "advmod")
                for o in (_prep_objects(c, "by") if c.tag_ == "VBN" and _lemma(c) in held["participles"]
                          else _prep_objects(c, "to") if _lemma(c) in held["to_participles"] else [])]

    def _counterparts_as_group(self, tok: Token):
        """'my G7 counterparts': plural counterparts are a body of peers, named by their modifier ('G7') if at
        all, never one person an earlier sentence named."""
        if tok.lemma_.lower() == "counterpart" and tok.tag_ == "NNS":
            return [a for c in tok.children if c.dep_ in ("compound", "amod", "nmod") for a in self.actors.actors_of(c)]
        attribute = tok.lemma_.lower() in self.rules["attribute_nouns"]["lemmas"]
        # "closed its border with X": what is shared with X is done to X, whoever "its" is (the parser may hang
        # the 'with' on the verb)
        partners = (_prep_objects(tok, "with") or (_prep_objects(tok.head, "with") if tok.dep_ == "dobj" else [])) \
            if attribute else []
        found = [a for o in partners if o.ent_type_ for a in self.actors.actors_of(o)]
        found = found or self.actors.actors_of(tok)
        if not found:
            # "positions held by X", "areas controlled by X" (rules.json held_by): the holder's, not the one that
            # held them once ("territory formerly held by X")
            found = [a for o in self._holders(tok) for a in self.actors.actors_of(o)]
        if not found and (tok.lemma_.lower() in self.rules["installing_nouns"]["lemmas"]
                          or tok.lemma_.lower() in self.rules["part_nouns"]["lemmas"]):
            # "welcomed the formation of X's new government": whom a coming into office installs; "an inquiry
            # into the role of X": whose part it is
            found = [a for o in _prep_objects(tok, "of") for a in self.actors.actors_of(o)]
        if not found and attribute:
            # "commitment to X's sovereignty and territorial integrity", "the right of X to ...": X, the owner,
            # is supported
            owners = [c for c in tok.subtree if c.i < tok.i and c.dep_ in ("poss", "nmod") and c.ent_type_] + [
                o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                if o.dep_ == "pobj" and o.ent_type_]
            found = [a for c in owners[:1] for a in self.actors.actors_of(c)]
        return found

    def _reporters_own(self, tok: Token, targets, agent_keys: set):
        """'Ukraine said Russia shelled its positions': what a possessive pronoun says the doer owns is, for a
        harm, the reporter's (rules.json reported_own_harm); without a reporter other than the doer it stays the
        doer's own, which names no target."""
        if not any(t.key in agent_keys for t, _ in targets):
            return targets  # before the walk over the clause: most harms name someone else
        pronouns = set(self.rules["reported_own_harm"]["pronouns"])
        possessed = {n.lower_ for n in tok.subtree if any(p.dep_ == "poss" and p.lower_ in pronouns for p in n.children)
                     and not any(c.lower_ == "own" for c in n.children)}  # "their own posts": the doer's, said so

        def owned(ref, text):  # the mention is a thing a pronoun owns: "its positions", "their border posts"
            return ref.key in agent_keys and (text or "").lower().rpartition(" ")[2] in possessed

        if not any(owned(t, text) for t, text in targets):
            return targets
        reporter = self.actors.speaker_of(tok)
        if reporter is None or reporter.key in agent_keys:
            return targets
        return [(reporter, text) if owned(t, text) else (t, text) for t, text in targets]

    def _where_own_object_is(self, tok: Token, targets, agent_keys: set):
        """'closed its embassy in X': when the object the target was read from is the agent's own, the act is
        done where that object is (rules.json own_object_places), if an actor other than the agent is named there."""
        if not targets or any(t.key not in agent_keys for t, _ in targets):
            return targets
        preps = self.rules["own_object_places"]["preps"]
        places = [a for obj in trigger_objects(tok) if _child(obj, "poss") is not None
                  for prep in preps for o in _prep_objects(obj, prep) for a in self.actors.actors_of(o)
                  if a[0].key not in agent_keys]
        return places or targets

    def _within(self, ref: ActorRef, text: str | None, agents=(), definite: bool = False
                ) -> tuple[ActorRef, str | None]:
        """'Croatia is investigating crimes by Croatian extremists': a group inside the agent's own state
        becomes an actor of its own (acting for that state) instead of a self-loop; so does the bare 'the
        government' of a state whose people (``agents``: students, workers, opposition leaders, coded with a
        sector of their own, or the people named by the state's plural adjective, 'thousands of Serbians', not
        ``definite`` ones, 'the Russians' of wire copy being the state's side) act on it."""
        words = (text or "").split()
        entry = self.actors.gaz.get(ref.key)
        # ("the government's overhaul": the phrase names the owner first; "government forces" are its forces)
        if words and words[0].lower() in self.rules["own_government"]["nouns"] and ref.cls == "State" \
                and (len(words) == 1 or (ref.code or "")[3:6] in ("", "GOV")) \
                and agents and all(self.of_its_people(a)
                                   or not definite and _named_by_the_plural_adjective(entry, a, agent_text)
                                   for a, agent_text in agents if a.key == ref.key):
            people = entry.demonyms[0] if entry is not None and entry.demonyms else ref.label
            text = f"{people} government"  # 'the regime' too: one node for the state's government
            words = text.split()
        # (kinds.singular here, reading 'authorities' too, lifts only half A of the dev sentences: held back)
        group = self.rules["group_nouns"].get(words[-1].lower().rstrip("s"), None) if words else None
        if group is None and len(words) >= 2 and words[-1][:1].isupper() and words[-1].endswith("s"):
            group = "InformalGroup"  # a people within a state: "Iraqi Kurds", "ethnic Albanians"
        if group is None or len(words) < 2 or (text or "").lower() == ref.label.lower():
            return ref, text
        return ActorRef(key=f"group/{slug(text)}", label=text, cls=group, acts_for=self.actors.state_key(ref)), text

    def phrase_targets(self, verb: Token, entry: TriggerEntry, passive: bool):
        """'evacuated two camps inside X', 'suspended the talks between X's unions', 'bombed a pipeline running
        into X': when no role of the trigger names anyone, the first actor named in the verb's own phrase after it
        is whom the act concerns (as the event coders' verb patterns read it). Never inside a clause with a
        subject of its own, a coordinated predicate (each is an event with its own arguments) or the passive's
        agent; only for an event that stands without a target, so no event is made that needed one (a meeting
        needs a counterpart: 'met in X' names none). Not for a refusal: what it refuses is a proposition, whose
        actors are not the one refused ('refused a plan for talks in X'); its owner is, and the trigger's roles
        read that ('rejected X's proposal'). Verbs only: the same reading for a nominal trigger lifted only the
        held-out half of the dev sentences, so it is not made."""
        if entry.needs_target or entry.symmetric or self._needs_counterpart(entry) or entry.type in REFUSALS \
                or _child(verb, "nsubj", "agent") is None:
            return []
        agent_refs = self.agents_of_verb(verb, passive)
        # 'pulled Chilean troops out of X': a state's own government and forces act with it, not on it; a group
        # within it can act on it ('Bolivian rebels bombed a pipeline into La Paz')
        agents = {a.key for a, _ in agent_refs} | {self.actors.state_key(a) for a, _ in agent_refs
                                                   if a.cls in STATE_SIDE} - {None}
        obj = _child(verb, "dobj")
        # 'mobilized Chilean reservists': an object the trigger's roles leave out is what it moves, not whom
        moved = {t.i for t in obj.subtree if t.i <= obj.i} if obj is not None and "dobj" not in entry.target else set()
        for tok in self._phrase_after(verb, entry):
            if tok.i in moved or tok.ent_type_ in ("DATE", "TIME") or tok.pos_ not in ("NOUN", "PROPN", "ADJ"):
                continue
            found = [(a, text) for a, text in self.actors.actors_of(tok) if a.key not in agents]
            if found:
                return found
        return []

    def _phrase_after(self, verb: Token, entry: TriggerEntry):
        """The tokens of the verb's phrase after it, in text order, without its clauses that have their own
        subject or are events of their own ('resolutions threatening sanctions against X'), its coordinated
        predicates, its agent phrase, asides, adverbials of time, and who is across a border it names."""
        kept = []
        stack = [c for c in verb.children if c.i > verb.i]
        while stack:
            tok = stack.pop()
            clause = tok.pos_ in ("VERB", "AUX")
            if tok.dep_ in CLOSED_DEPS or (clause and (tok.dep_ == "conj" or self.entry_for(tok) is not None or any(
                    c.dep_ in ("nsubj", "nsubjpass", "expl") for c in tok.children))):
                continue
            if tok.dep_ == "prep" and tok.head.lemma_.lower() in self.rules["border_nouns"]["nouns"]:
                continue  # "villages along its border with X": a place on a border, no one across it (border_targets)
            if tok.dep_ == "prep" and tok.lower_ == "of" and tok.head.pos_ == "PROPN" \
                    and tok.head.lower_ in self.rules["named_waters"]["nouns"]:
                continue  # "seized a tanker in the Gulf of Oman": waters named after a state are not that state
            if self._near_a_border(tok, entry):
                continue
            kept.append(tok)
            if _pos(tok) == "NOUN" and tok.lemma_.lower() in self.rules["unnamed_doers"]["lemmas"]:
                continue  # "costs on the perpetrators of violence against X": X is their victim
            victims = self.rules["victims_of_nominal_acts"]
            if entry.type in victims["verb_types"] and _pos(tok) == "NOUN" and (noun := self.entry_for(tok)) is not None \
                    and noun.type != entry.type and noun.type in victims["noun_types"]:
                continue  # "condemned the attack on X": a nominal act of force names its own victim
            stack.extend(tok.children)
        return sorted(kept, key=lambda t: t.i)

    def _near_a_border(self, prep: Token, entry: TriggerEntry | None) -> bool:
        """'arrested a commander near the X border': a border has two sides, so an arrest near or at it is on
        neither's ground (rules.json border_nouns: neutral_preps, neutral_types)."""
        rule = self.rules["border_nouns"]
        if entry is None or entry.type not in rule["neutral_types"] or prep.dep_ != "prep" \
                or prep.lower_ not in rule["neutral_preps"]:
            return False
        pobj = _child(prep, "pobj")
        return pobj is not None and pobj.lemma_.lower() in rule["nouns"]

    def location_targets(self, tok: Token, entry: TriggerEntry):
        """Where material conflict happens names whom it hits: 'shelled positions in Gaza', 'rioted in Israel'."""
        if entry is None or entry.type not in self.rules["located_target_types"]:
            return []
        across = self.border_targets(tok) if entry.type in self.rules["border_nouns"]["types"] else []
        if across:
            return across
        obj = _child(tok, "dobj")
        if obj is not None:  # whose the thing hit is: "shelled positions of X", "set fire to the offices of X"
            owners = [o for o in _prep_objects(obj, "of") if o.lemma_.lower() not in self.rules["partitive_nouns"]]
            found = [a for o in owners for a in self.actors.actors_of(o)]
            if found:
                return found
        nodes = [tok] + ([obj] if obj is not None else [])
        for _ in range(2):
            for node in nodes:
                found = self.place_of(node, entry, LOCATION_PREPS)
                if found:
                    return found
            # "fired at targets in X": one step further in
            nodes = [pobj for node in nodes for prep in self._place_preps(node, entry, LOCATION_PREPS)
                     if (pobj := _child(prep, "pobj")) is not None]
        return []

    def _place_preps(self, node: Token, entry: TriggerEntry, preps) -> list[Token]:
        """``node``'s prepositions among ``preps`` that can say where something is (not near or at a border an
        arrest straddles: _near_a_border)."""
        return [c for c in node.children
                if c.dep_ == "prep" and c.lower_ in preps and not self._near_a_border(c, entry)]

    def place_of(self, thing: Token, entry: TriggerEntry, preps=("in", "near", "at")):
        """The state or place a thing's own 'in' / 'near' / 'at' phrase (or ``preps``) names ('the killings in
        X'), the first one."""
        for prep in self._place_preps(thing, entry, preps):
            found = [(r, t) for r, t in self.actors.actors_of(_child(prep, "pobj")) if r.cls in ("State", "Place")]
            if found:
                return found[:1]
        return []

    def border_targets(self, tok: Token):
        """'deployed troops along its border with X', 'moved troops closer to X's border' (rules.json
        border_nouns): the state across the border."""
        nodes = [tok, *(c for c in tok.children if c.dep_ in ("advmod", "dobj"))]  # "closer to", "troops on"
        for pobj in (o for n in nodes for p in n.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"):
            if pobj.lemma_.lower() not in self.rules["border_nouns"]["nouns"]:
                continue
            found = [a for o in _prep_objects(pobj, "with") for a in self.actors.actors_of(o)]
            owner = _child(pobj, "poss")
            if owner is not None and owner.pos_ != "PRON":  # "X's border with Y": whichever is not the agent
                found += self.actors.actors_of(owner)
            if found:
                return found
        return []

    def refused_acts(self, tok: Token) -> list[Token]:
        """'failed to reach an agreement', 'declined to sign a deal': the complement clauses of a refusal verb
        (rules.json refusal_verbs) that are acts of cooperation or yielding, by their verb or its object; 'failed
        to attack X' refuses no one anything."""
        if _lemma(tok) not in self.rules["refusal_verbs"]:
            return []
        refused = {*self.rules["negated_acceptance_types"], *self.rules["future_cooperation_types"]}
        return [c for c in tok.children if c.dep_ == "xcomp" and any(
            (act := self.entry_for(w)) is not None and act.type in refused for w in (c, _child(c, "dobj")) if w is not None)]

    def dictionary_arguments(self, tok: Token, entry: TriggerEntry, agents, targets):
        """The dictionary codes verbs between actors, so its verbs must govern them: the target is the head of
        an argument of the verb ("affirmed America's solidarity" has no target), not a place (unless the type
        hits places), not the state the agent acts for; a place never acts. A block's code lent to a synonym
        only holds between named actors of a strong kind (states, people, governments, IGOs, forces)."""
        # ("failed to reach agreement with X", "declined to meet X": a refusal verb's counterpart is an argument of
        # what it refuses, as kg's own refusal rows read it)
        governing = [tok, *self.refused_acts(tok)]
        heads = {c.i for v in governing for c in v.children if c.dep_ in ("dobj", "dative", "nsubjpass", "attr")}
        heads |= {o.i for v in governing for c in v.children if c.dep_ in ("prep", "agent", "dative")
                  for o in c.children if o.dep_ == "pobj"}
        heads |= {o.i for h in list(heads) for c in self.doc[h].children if c.dep_ == "prep" and c.lower_ != "of"
                  for o in c.children if o.dep_ == "pobj"}  # "attended talks with X"
        if entry.type != "Meet":  # "defended the right of X": the owner; "debated the future of X" is a topic
            heads |= {o.i for h in list(heads) if self.doc[h].lemma_.lower() in self.rules["attribute_nouns"]["lemmas"]
                      for o in _prep_objects(self.doc[h], "of")}
        # "objected to the deployment of NATO troops": a stance on an act is aimed at who does it
        heads |= {d.i for h in list(heads) for act in [self.entry_for_noun(self.doc[h])] if act is not None
                  for d in self.doers_in_of(self.doc[h], act)}
        likenesses = set(self.rules["likeness_nouns"]["lemmas"]) & entry.objects
        heads |= {o.i for h in list(heads) if self.doc[h].lemma_.lower() in likenesses
                  for o in _prep_objects(self.doc[h], "of")}
        heads |= {o.i for h in list(heads) for o in self._holders(self.doc[h])}  # "pounded targets belonging to X"
        if entry.type in self.rules["meeting_hosts"]["types"]:  # "attended a summit hosted by X"
            heads |= {o.i for o in self.meeting_hosts([self.doc[h] for h in heads])}
        if entry.type in self.rules["yielded_pressure"]["types"]:  # "gave in to the demands of X"
            heads |= {o.i for h in list(heads) for o in self.pressure_owners(self.doc[h])}
        permitted = self.permitted_one(tok, entry)
        heads |= {permitted.i} if permitted is not None else set()
        heads |= {c.i for h in list(heads) for c in self.doc[h].children if c.dep_ in ("conj", "appos")}
        head_words = {self.doc[i].text for i in heads}
        agents = [(a, text) for a, text in agents if a.cls != "Place"]
        agent_states = {self.actors.state_key(a) for a, _ in agents} - {None}
        destination = self.rules["destination_targets"]
        destinations = {o.text for p in tok.children if p.dep_ == "prep" and p.lower_ in destination["prepositions"]
                        for o in p.children if o.dep_ == "pobj"} if entry.type in destination["types"] else set()
        kept = []
        for t, text in targets:
            if not entry.reverse and not (set((text or "").split()) & head_words):
                continue  # (a reversed pattern names its slots itself: "received a loan from X")
            if t.cls == "Place" and entry.type not in self.rules["located_target_types"] \
                    and not set((text or "").split()) & destinations:
                continue
            if t.cls == "State" and t.key in agent_states:
                continue
            if self._owned_thing(text, heads, any_owner=entry.inherited and not entry.reverse):
                # "rushed to his car", "returned to their homes": a thing of someone's is no counterpart; what
                # someone felt is caused by its owner ("disappointed by X's decision")
                continue
            if entry.type != "Meet" and t.cls != "State" and self.actors.state_key(t) in agent_states \
                    and not self._repressed(t, entry):
                continue  # "directed the Department of X to ...", "tasks the Secretary": administration at home
            kept.append((t, text))
        bare = not (entry.objects or entry.prep_objects or entry.before or entry.prep or entry.particle)
        # The dictionary codes political events (its actor dictionaries are states, governments, IGOs, forces
        # and the people who act for them): 'Korean Air will purchase aircraft', 'directed Fannie Mae to ...',
        # 'creates front companies' are commerce or administration. A place is a target only of a pattern of
        # the dictionary (it passed the located types above); a verb alone, with no pattern to say which sense
        # it is in, codes only between political actors ('Javier went to a university').
        # a people's protest is the dictionary's too: its protest patterns code a state's demonstrators and
        # opposition ('protesters in X burned flags'), a group the text places in a state (rules.json crowd_agents)
        protest = entry.type in self.rules["crowd_agents"]["types"]
        agents = [(a, text) for a, text in agents if self._political(a)
                  or protest and a.cls == "InformalGroup" and a.acts_for is not None]
        kept = [(t, text) for t, text in kept
                if self._political(t) or (t.cls == "Place" and not (entry.inherited or bare))
                or (agents and self._repressed(t, entry, agents))]
        return agents, kept

    def _repressed(self, target: ActorRef, entry: TriggerEntry, agents=()) -> bool:
        """'cracked down on protesters in X': a group of a state's people coerced or assaulted (rules.json
        repressed_groups), by its own state as often as not; a group of no state ('hurting vulnerable communities')
        is too vague a victim, unless a state coerces it ('Nicaragua stripped 94 opponents of their citizenship':
        its own people, as no other state is said)."""
        rule = self.rules["repressed_groups"]
        if entry.type not in rule["types"] or target.cls not in rule["classes"]:
            return False
        return target.acts_for is not None or target.code is not None or entry.type == "Coerce" and any(
            a.cls == "State" for a, _ in agents)

    def _owned_thing(self, text: str | None, heads: set, any_owner: bool = False) -> bool:
        """'his car', 'their homes': a common noun owned by a pronoun that names no group or role is a thing or a
        place of someone's, not the counterpart itself. ``any_owner``: also one owned by a name ('revitalized the
        G7's commitment'), for a synonym that only borrows its block's code."""
        words = (text or "").split()
        head = next((self.doc[i] for i in heads if words and self.doc[i].text == words[-1]), None)
        if head is None or head.pos_ != "NOUN" or not any(
                c.dep_ == "poss" and (any_owner or c.pos_ == "PRON") for c in head.children):
            return False
        return head.lemma_.lower() not in self.rules["group_nouns"].keys() | set(self.rules["role_nouns"])

    def _political(self, ref: ActorRef) -> bool:
        """A state, an organisation of states, a government body, a force or armed group, or a person who acts
        for one of them (a private person the text names is not)."""
        return ref.cls in self.rules["dictionary_strong_classes"] and (ref.cls != "Person" or ref.acts_for is not None)

    def topic_of(self, tok: Token, entry: TriggerEntry, actor_keys) -> str | None:
        candidates = []
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ in ("of", "over", "about", "for", "on", "to", "against", "with"):
                pobj = _child(child, "pobj", "pcomp")
                if pobj is not None and not self._names_actor(pobj, actor_keys):
                    candidates.append((1, pobj))
            elif child.dep_ in ("ccomp", "xcomp", "acl") and child.pos_ in ("VERB", "AUX"):
                candidates.append((2, child))
            elif child.dep_ in ("dobj", "attr") and not self._names_actor(child, actor_keys):
                candidates.append((0, child))
        if candidates:
            _, best = min(candidates, key=lambda pair: pair[0])
            return _text(best, limit=16)
        if tok.pos_ == "NOUN":  # "public condemnations", "illegal annexation of the Crimean peninsula"
            return _text(tok, limit=12)
        return None

    def _names_actor(self, tok: Token, actor_keys) -> bool:
        """Whether a phrase just names the agent or target ('the US'), rather than saying what about them."""
        if tok.lemma_.lower() in self.trigger_nouns or any(c.dep_ in ("prep", "acl", "relcl") for c in tok.children
                                                          if c.i > tok.i and tok.i not in self.actors.by_token):
            return False  # "for its illegal annexation of ...": a reason, even though it mentions an actor
        return any(ref.key in actor_keys for ref, _ in self.actors.actors_of(tok))

    def _sides(self, noun: Token, entry: TriggerEntry) -> list:
        """The two sides of a reciprocal act a noun names, each the other's counterpart: 'clashes between X and
        Y' (the parser may hang 'between' on the verb the fight is subject of: 'clashes broke out between X and
        Y'; 'between Chilean and Bolivian troops': each side a modifier of one noun) and a hyphenated pair
        before the noun ('X-Y clashes', 'X-Y trade talks'). Talks or a deal 'between X and Y' that someone
        proposes, hosts or mediates may never happen, and the mediator is no side: for them the sides are read
        only when the noun is the subject of a verb of their course ('talks between X and Y resumed', not
        'failed to materialise'); rules.json reciprocal_sides."""
        kinds = self.rules["reciprocal_sides"]
        happened = noun.head.pos_ == "VERB" and (  # "talks between X and Y resumed / were held"
            noun.dep_ == "nsubj" and _lemma(noun.head) in kinds["happening_verbs"]
            or noun.dep_ == "nsubjpass" and _lemma(noun.head) in kinds["happening_passives"])
        # "the accord between X and Y took effect / was signed": an agreement said to hold
        holds = entry.type in kinds["agreement_types"] and noun.head.pos_ == "VERB" and (
            noun.dep_ == "nsubj" and _lemma(noun.head) in kinds["agreement_verbs"]
            or noun.dep_ == "nsubjpass" and _lemma(noun.head) in kinds["agreement_passives"]) \
            and not any(c.lower_ in kinds["unrealised_modifiers"] for c in noun.children)
        if entry.type not in kinds["attack_types"] and not (happened and entry.type in kinds["meeting_types"]) \
                and not holds:
            return []
        happened |= holds
        between = _prep_objects(noun, "between") or (_prep_objects(noun.head, "between") if happened else [])
        sides = list({a.key: (a, text) for t in between for c in (t, *t.conjuncts)
                      for a, text in self.actors.actors_of(c)}.values())
        if len(sides) == 1:
            first = sides[0][0].key
            sides += [a for t in between for m in t.children if m.dep_ == "amod" for c in m.conjuncts
                      for a in self.actors.actors_of(c) if a[0].key != first]
        if len(sides) == 1:
            # "between Ukraine's army and Russian forces", parsed as one phrase whose modifiers hold the 'and': each
            # modifier that names another actor is a side
            first = sides[0][0].key
            sides += list({a.key: (a, text) for t in between if any(c.dep_ == "cc" for m in t.children for c in m.children)
                           for m in t.children if m.dep_ in ("poss", "amod", "nmod", "compound")
                           for a, text in self.actors.actors_of(m) if a.key != first}.values())
        if len(sides) > 1:
            return sides
        for second in noun.children:  # 'X-Y talks': Y modifies the noun, X modifies Y across a hyphen
            first = next((m for m in second.children if m.dep_ in ("compound", "amod") and m.i + 2 == second.i
                          and m.nbor(1).tag_ == "HYPH" and not m.whitespace_ and not m.nbor(1).whitespace_), None)
            if second.dep_ in ("compound", "amod") and first is not None:
                pair = {a.key: (a, text) for c in (first, second) for a, text in self.actors.actors_of(c)}
                if len(pair) == 2:
                    return list(pair.values())
        return sides
