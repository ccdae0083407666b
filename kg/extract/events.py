"""Events from a parsed article: trigger words from the lexicon, arguments from dependency patterns.

The trigger lexicon (ontology/lexicon/triggers.jsonl) says which lemma signals which event type and where
its target is found; the word lists in ontology/lexicon/rules.json drive the general rules here: passive
voice, control verbs, coordination, light-verb nominalisations ("made an accusation"), reported speech,
negation, conditions and future modality.
"""
from __future__ import annotations

from collections import defaultdict
from bisect import bisect_left, bisect_right
from dataclasses import replace
from functools import lru_cache
from itertools import islice

from spacy.tokens import Doc, Token

from ..gazetteer import load_gazetteer
from ..ingest import slug
from ..model import ActorRef, Event
from ..lexicon.entry import TriggerEntry
from ..lexicon.verbs import load_lexicon as load_verb_lexicon
from ..resources import read_json_resource
from .actors import ActorFinder
from .place import place_of
from .speaker import has_other_speakers, title_speaker
from .time import resolve_time

__all__ = ["extract_events_from_doc", "load_lexicon", "TriggerEntry"]

QUANTITY_NOUNS = {"state", "amount", "level", "number", "package", "tranche", "list", "series", "wave", "round", "flow", "supply"}
#: Event types whose complement is what is alleged or asked, not something that happened.
SPEECH_ACTS = {"Accuse", "Deny", "Demand", "Appeal", "Criticize", "Reject"}
PURPOSE_NOUNS = {"bid", "effort", "attempt", "push", "move", "drive", "campaign"}
RESPONSE_VERBS = {"agree", "accept", "reject", "welcome", "consider", "respond", "refuse", "decline", "rebuff",
                  "dismiss", "study", "review", "spurn", "answer", "back", "support", "endorse", "deny"}


@lru_cache(maxsize=1)
def load_lexicon() -> tuple[dict, dict]:
    """(kg's own trigger entries by (lemma, pos), in file order; rules). The CAMEO dictionary is
    :func:`kg.lexicon.verbs.load_lexicon`."""
    return load_verb_lexicon().kg, read_json_resource("lexicon", "rules.json")


def _pos(tok: Token) -> str | None:
    if tok.pos_ in ("VERB",) or (tok.pos_ == "AUX" and tok.dep_ not in ("aux", "auxpass")):
        return "VERB"
    if tok.pos_ in ("NOUN",) or (tok.pos_ == "PROPN" and tok.ent_type_ == ""):
        return "NOUN"
    return None


def _lemma(tok: Token) -> str:
    lemma = tok.lemma_.lower()
    if _pos(tok) == "VERB" and lemma.endswith("ed") and tok.lower_ == lemma:  # tagger slips: "annexed"
        lemma = lemma[:-1] if lemma[:-1].endswith("e") else lemma[:-2]
    return lemma


def _lemmas(tok: Token) -> tuple[str, str]:
    """The lemma, then the lemma with an "e" back in case the lemmatizer clipped it ("staged" -> "stag")."""
    lemma = _lemma(tok)
    return lemma, lemma + "e"


def _child(tok: Token, *deps: str) -> Token | None:
    return next((c for c in tok.children if c.dep_ in deps), None)


def _prep_objects(tok: Token, prep: str) -> list[Token]:
    out = []
    for child in tok.children:
        if child.dep_ in ("prep", "agent", "dative") and child.lower_ == prep:
            out.extend(c for c in child.children if c.dep_ == "pobj")
    return out


class _Extractor:
    def __init__(self, doc: Doc, article_date: str | None, title: str | None = None):
        self.doc = doc
        self.article_date = article_date
        self.triggers, self.rules = load_lexicon()
        self.dictionary = load_verb_lexicon()
        self.trigger_nouns = {lemma for (lemma, pos) in self.triggers if pos == "NOUN"}
        self.actors = ActorFinder(doc, load_gazetteer(), self.rules,
                                  frozenset(self.trigger_nouns) | frozenset(self.rules["offence_nouns"]),
                                  article_date=article_date)
        speaker = title_speaker(title, load_gazetteer(), self.rules)
        self.actors.article_speaker = None if speaker is None or has_other_speakers(doc.text, self.rules) else speaker
        self.speech_act_lemmas = {lemma for (lemma, _), entries in self.triggers.items()
                                  if any(e.type in SPEECH_ACTS for e in entries)}
        self.speech_act_lemmas |= {lemma for lemma, senses in self.dictionary.senses.items()
                                   if (lemma, "VERB") not in self.triggers and any(e.type in SPEECH_ACTS for e in senses)}

    # ------------------------------------------------------------------ trigger matching
    def entry_for(self, tok: Token) -> TriggerEntry | None:
        """The trigger entry ``tok`` matches: kg's own entries for its lemma when it has any (they override the
        dictionary), else the CAMEO dictionary's most specific pattern that holds, else the verb's own code."""
        pos = _pos(tok)
        if pos is None:
            return None
        for lemma in _lemmas(tok):
            if (lemma, pos) in self.triggers:
                return next((e for e in self.triggers[(lemma, pos)] if self._constraints_hold(tok, e)), None)
        if pos == "VERB":
            return self.dictionary_entry(tok)
        return None

    def _context_words(self, tok: Token) -> set[str]:
        """The words a dictionary pattern may be keyed on: the object, prepositions, particles, left dependents."""
        words = set()
        objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass", "attr", "oprd")]
        for node in [tok, *objs]:
            for c in node.children:
                if c.dep_ in ("prep", "prt", "agent", "dative"):
                    words.add(c.lower_)
        for c in [*objs, *(o for obj in objs for o in obj.children if o.dep_ in ("conj", "compound"))]:
            words.update((c.lower_, c.lemma_.lower()))
        words.update(w for c in tok.children if c.i < tok.i for w in (c.lower_, c.lemma_.lower()))
        return words

    def dictionary_entry(self, tok: Token) -> TriggerEntry | None:
        if tok.dep_ in self.rules["dictionary_skipped_clauses"]:
            # "joining thousands of ...", "a meeting to discuss ...": a verb in an adjunct describes, the
            # dictionary's bare senses over-code there (its own header says so); kg's entries still apply
            return None
        lexicon = self.dictionary
        lemma = next((lemma for lemma in _lemmas(tok) if lemma in lexicon.blocks or lemma in lexicon.senses), None)
        if lemma is None:
            return None
        particles = {c.lower_ for c in tok.children if c.dep_ == "prt"}
        blocks = [line for particle, line in lexicon.blocks.get(lemma, ())
                  if particle is None or particle.split()[0] in particles]
        words = self._context_words(tok)
        candidates = {}
        for line in blocks:
            index = lexicon.patterns.get(line, {})
            for word in words & index.keys():
                for rank, entry in index[word]:
                    candidates[entry.source] = (rank, entry)
        for _, entry in sorted(candidates.values(), key=lambda c: (c[0], c[1].source)):
            if self._constraints_hold(tok, entry):
                return entry if entry.is_event else None
        senses = lexicon.senses.get(lemma, ())
        own = [e for e in senses if e.particle & particles]
        if not own and particles - {p for e in senses for p in e.particle}:
            return None  # a phrasal verb the dictionary does not list ("give up") means something else
        for entry in own or [e for e in senses if not e.particle]:
            if self._constraints_hold(tok, entry):
                return entry
        return None

    def _constraints_hold(self, tok: Token, e: TriggerEntry) -> bool:
        if e.particle and not any(c.dep_ == "prt" and c.lower_ in e.particle for c in tok.children):
            return False
        if e.objects:
            objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
            objs += [o for c in objs for o in c.children if o.dep_ in ("conj", "compound")]
            # "700 kg of medicine", "part of a military aid program": the measured thing
            objs += [o for c in objs for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                     for o in p.children if o.dep_ == "pobj"]
            if not any(o.lemma_.lower() in e.objects or o.lower_ in e.objects for o in objs):
                return False
        if e.prep and not any(c.dep_ in ("prep", "prt") and c.lower_ in e.prep for c in tok.children):
            return False
        if e.prep_objects and not all(self._has_prep_object(tok, prep, nouns) for prep, nouns in e.prep_objects):
            return False
        if e.before and not all(any(c.i < tok.i and (c.lemma_.lower() in words or c.lower_ in words)
                                    for c in tok.children) for words in e.before):
            return False
        for need in e.requires:
            if not any(c.dep_ == need for c in tok.children):
                return False
        if any(c.dep_ in e.forbids for c in tok.children):  # "NATO is demonstrating its unity": not a protest
            return False
        mods = {c.lemma_.lower() for c in tok.children if c.dep_ in ("amod", "compound", "nmod")}
        if e.modifiers and not mods & e.modifiers:
            return False
        if e.not_modifiers and mods & e.not_modifiers:
            return False
        if e.mode == "conditional" and not (self.condition_of(tok) or self._announced(tok)):
            return False
        if e.pos == "VERB" and self._is_light_use(tok):
            return False
        return True

    @staticmethod
    def _has_prep_object(tok: Token, prep: str, nouns: frozenset) -> bool:
        """'accused X (of torture)': the preposition on the trigger or its object, with one of the head nouns."""
        obj = _child(tok, "dobj")
        for node in (tok, obj) if obj is not None else (tok,):
            for child in node.children:
                if child.dep_ in ("prep", "agent", "dative") and child.lower_ == prep:
                    if not nouns:
                        return True
                    if any(o.lemma_.lower() in nouns or o.lower_ in nouns for o in child.children if o.dep_ in ("pobj", "pcomp")):
                        return True
        return False

    def _is_light_verb(self, verb: Token) -> bool:
        return any(lemma in self.rules["light_verbs"] for lemma in _lemmas(verb))

    def _is_light_use(self, verb: Token) -> bool:
        """'issued condemnations', 'offered an apology': the noun carries the event, not the verb."""
        if not self._is_light_verb(verb) or any(c.dep_ == "prt" for c in verb.children):
            return False
        obj = _child(verb, "dobj")
        return obj is not None and obj.lemma_.lower() in self.trigger_nouns and self.entry_for_noun(obj) is not None

    def entry_for_noun(self, tok: Token) -> TriggerEntry | None:
        for entry in self.triggers.get((tok.lemma_.lower(), "NOUN"), ()):
            if self._constraints_hold(tok, entry):
                return entry
        return None

    def is_reported_content(self, tok: Token) -> bool:
        """Inside what someone alleges, denies or demands ('accused the US of building up ...'): content, not fact."""
        node, clausal = tok, False
        for _ in range(6):
            if node.head.i == node.i:
                return False
            clausal |= node.dep_ in ("ccomp", "xcomp", "pcomp", "relcl", "acl")
            node = node.head
            if clausal and _lemma(node) in self.speech_act_lemmas:
                return True
        return False

    def under_obligation(self, tok: Token) -> bool:
        """'Iraq must cooperate': what someone must do has not happened; the demand is the event."""
        must = set(self.rules["obligation_auxiliaries"])
        node = tok
        for _ in range(4):
            if any(c.dep_ == "aux" and c.lower_ in must for c in node.children):
                return True
            if node.dep_ not in ("xcomp", "acomp", "conj") or node.head.i == node.i:
                return False
            node = node.head
        return False

    def is_modifier_noun(self, tok: Token, entry: TriggerEntry) -> bool:
        """'invasion forces', 'aid groups': a trigger noun used as a modifier is not an event,
        unless it names what an effort or campaign is about ('a mediation effort')."""
        return entry.pos == "NOUN" and tok.dep_ == "compound" and \
            tok.head.lemma_.lower() not in self.rules["event_frame_nouns"]

    # ------------------------------------------------------------------ modality
    @staticmethod
    def _condition_scope(tok: Token) -> list[Token]:
        """Where a condition on ``tok`` may hang: on it, its complements ("threatened to strike unless X
        ..."), or up to three heads above it."""
        return [tok, *(c for c in tok.children if c.dep_ == "xcomp"), *list(tok.ancestors)[:3]]

    def _has_condition_mark(self, clause: Token) -> bool:
        return any(m.dep_ == "mark" and m.lower_ in self.rules["condition_markers"] for m in clause.children)

    def _is_condition_clause(self, tok: Token) -> bool:
        return tok.dep_ == "advcl" and self._has_condition_mark(tok)

    def condition_of(self, tok: Token) -> str | None:
        for node in self._condition_scope(tok):
            for child in node.children:
                if self._is_condition_clause(child):
                    return _text(child)
                if child.dep_ == "prep" and " ".join(t.lower_ for t in child.subtree).startswith(
                        tuple(self.rules["condition_phrases"])):
                    return _text(child)
            if node.dep_ in ("ccomp",):
                break
        return None

    def _announced(self, tok: Token) -> bool:
        aux = {c.lower_ for c in tok.children if c.dep_ == "aux"}
        if aux & (set(self.rules["future_auxiliaries"]) | set(self.rules["hypothetical_auxiliaries"])):
            return True
        head = tok.head
        return tok.dep_ == "xcomp" and head.lemma_.lower() in ("vow", "pledge", "promise", "threaten", "warn")

    def modality_of(self, tok: Token) -> tuple[str, bool, str | None]:
        chain, controllers = [tok], []
        node = tok
        while node.dep_ in ("xcomp", "dobj", "pobj", "prep", "pcomp", "acl") and node.head.i != node.i and len(chain) < 5:
            if node.dep_ == "xcomp":  # "vowed to ...", "refused to ...": the verb that controls the event
                controllers.append(node.head)
            node = node.head
            chain.append(node)
        if tok.dep_ == "xcomp" and tok.head.pos_ == "ADJ":  # "is willing to withdraw", "prepared to lift"
            controllers.append(tok.head)
        if _pos(tok) == "NOUN" and node.dep_ in ("nsubj", "nsubjpass") and node.head.i != node.i:
            chain.append(node.head)  # "an invasion would bring ...": the noun's clause carries its modality
        negated = any(c.dep_ == "neg" for n in chain for c in n.children)
        negated |= any(n.lemma_.lower() in self.rules["refusal_verbs"] for n in controllers)
        condition = self.condition_of(tok)
        aux = {c.lower_ for n in chain for c in n.children if c.dep_ == "aux"}
        intended = any(n.lemma_.lower() in self.rules["intention_verbs"] or n.lower_ in self.rules["intention_verbs"]
                       for n in controllers)
        ready = any(n.lemma_.lower() in self.rules["readiness_words"] or n.lower_ in self.rules["readiness_words"]
                    for n in controllers)
        if negated:
            return "Negated", True, condition
        if any(self._is_condition_clause(n) for n in chain):
            return "Hypothetical", False, None  # "... if Athens expels its diplomats": the condition is supposed
        if condition:
            return "Conditional", False, condition
        if self._is_question(tok) or ready:
            # "Will Moscow attack?", "forces positioned to attack": nothing is said to have happened
            return "Hypothetical", False, None
        hypothetical = aux & set(self.rules["hypothetical_auxiliaries"])
        supposed = _pos(tok) == "NOUN" and tok.dep_ in ("nsubj", "nsubjpass")  # "an invasion would ..."
        if hypothetical and (supposed or not self._reported_future(tok, chain)):
            return "Hypothetical", False, None  # "a further invasion would bring ..."
        if aux & set(self.rules["future_auxiliaries"]) or hypothetical or intended or self._is_purpose(tok, chain):
            return "Future", False, None
        if aux & set(self.rules["possibility_auxiliaries"]):
            return "Possible", False, None
        return "Asserted", False, None

    @staticmethod
    def _is_question(tok: Token) -> bool:
        return tok.sent.text.rstrip().rstrip("\"'\u201d\u2019)").endswith("?")

    def _reported_future(self, tok: Token, chain) -> bool:
        """'X said it would withdraw': 'would' in reported speech is the future of the past, not a hypothesis."""
        top = chain[-1]
        while top.dep_ in ("conj",) and top.head.i != top.i:
            top = top.head
        return top.dep_ == "ccomp" and top.head.lemma_.lower() in self.rules["reporting_verbs"]

    def _is_purpose(self, tok: Token, chain) -> bool:
        """'troops were sent to attack X', 'in order to punish X': an aim, not a deed."""
        for clause in chain:  # the event's own clause, or one it sits in ("the right of X to fire")
            if clause.dep_ not in ("advcl", "acl", "relcl") or clause.head.i == clause.i:
                continue
            markers = {c.lower_ for c in clause.children if c.dep_ in ("aux", "mark")}
            if "to" in markers and not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
                return True
        return False

    def _sentences(self) -> "_SentenceIndex":
        """Per-sentence facts of the document, built once: no per-event rescan of a sentence."""
        index = self.__dict__.get("_sentence_index")
        if index is None:
            index = self.__dict__["_sentence_index"] = _SentenceIndex(self.doc)
        return index

    def reporter_of(self, tok: Token) -> ActorRef | None:
        reporting = set(self.rules["reporting_verbs"]) - {"be"}
        node = tok
        while node.head.i != node.i:
            parent = node.head
            if parent.lemma_.lower() in reporting and node.dep_ in ("ccomp", "parataxis", "advcl", "dep", "conj") \
                    and parent.i != tok.i:
                refs = self.actors.actors_of(self.actors.find_subject(parent))
                if refs:
                    return refs[0][0]
            if node.dep_ == "pobj" and parent.lower_ == "to" and parent.head.lower_ == "according":
                break
            node = parent
        for tok2 in self._sentences().according(tok):
            if tok2.lower_ == "according":
                prep = _child(tok2, "prep")
                if prep is not None:
                    refs = self.actors.actors_of(_child(prep, "pobj"))
                    if refs:
                        return refs[0][0]
        root = self._sentences().root(tok)
        if root.lemma_.lower() in reporting and root.i > tok.i and root.i != tok.i:
            subject = self.actors.find_subject(root)
            if subject is not None and subject.i > tok.i:
                refs = self.actors.actors_of(subject)
                if refs:
                    return refs[0][0]
        return None

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

    # ------------------------------------------------------------------ arguments
    def agents_of_verb(self, verb: Token, passive: bool):
        if passive:
            by_agent = [o for o in _prep_objects(verb, "by")]
            return [a for obj in by_agent for a in self.actors.actors_of(obj)]
        subject = self.actors.find_subject(verb)
        if subject is not None and subject.dep_ == "nsubjpass" and subject.head.i == verb.i:
            return []
        return self.actors.actors_of(subject)

    def targets_from_roles(self, tok: Token, roles, passive: bool):
        for role in roles:
            tokens = []
            if role == "dobj":
                tokens = [c for c in tok.children if c.dep_ == ("nsubjpass" if passive else "dobj")]
                if not tokens and not passive:
                    tokens = [c for c in tok.children if c.dep_ == "dative" and c.pos_ != "ADP"]
            elif role == "dative":
                tokens = [c for c in tok.children if c.dep_ == "dative" and c.pos_ != "ADP"]
                tokens += [o for c in tok.children if c.dep_ == "dative" and c.pos_ == "ADP" for o in c.children]
            elif role == "poss":
                obj = _child(tok, "dobj")
                tokens = [c for c in obj.children if c.dep_ == "poss"] if obj is not None else []
            elif role.startswith("prep:"):
                tokens = _prep_objects(tok, role[5:])
                obj = _child(tok, "dobj") if tok.pos_ == "VERB" else next(iter(_prep_objects(tok, "of")), None)
                hops = 0
                while not tokens and obj is not None and hops < 3:
                    # "suspension of air links with Serbia", "suspended part of an aid programme for Bosnia"
                    tokens = _prep_objects(obj, role[5:])
                    obj, hops = next(iter(_prep_objects(obj, "of")), None), hops + 1
            found = [a for t in tokens for a in self.actors.actors_of(t)]
            if found:
                return found
        return []

    def _within(self, ref: ActorRef, text: str | None) -> tuple[ActorRef, str | None]:
        """'Croatia is investigating crimes by Croatian extremists': a group inside the agent's own state
        becomes an actor of its own (acting for that state) instead of a self-loop."""
        words = (text or "").split()
        group = self.rules["group_nouns"].get(words[-1].lower().rstrip("s"), None) if words else None
        if group is None and len(words) >= 2 and words[-1][:1].isupper() and words[-1].endswith("s"):
            group = "InformalGroup"  # a people within a state: "Iraqi Kurds", "ethnic Albanians"
        if group is None or len(words) < 2 or (text or "").lower() == ref.label.lower():
            return ref, text
        return ActorRef(key=f"group/{slug(text)}", label=text, cls=group, acts_for=self.actors.state_key(ref)), text

    def complement_targets(self, tok: Token):
        """'threatened to cut off electricity to X', 'offered to hand over to X', 'called for sanctions against X'."""
        obj = _child(tok, "dobj")
        object_preps = [c for c in obj.children if c.dep_ == "prep"] if obj is not None else []
        for child in [*tok.children, *object_preps]:
            if child.dep_ == "xcomp" and child.pos_ in ("VERB", "AUX"):
                entry = self.entry_for(child)
                general = ("dobj", "dative", "prep:to", "prep:against", "prep:with", "prep:on")
                # the complement's own roles first; a dictionary verb's few roles are no reason to stop there
                roles = tuple(dict.fromkeys((*entry.target, *general))) if entry else general
                found = (self.targets_from_roles(child, roles, False)
                         or self.location_targets(child, self.entry_for(tok) or entry)
                         or self.location_targets(child, entry))  # "refused to deploy troops in X"
                if found:
                    return found
            if child.dep_ == "prep" and child.lower_ == "in":
                # "in a bid to get Moscow to scale down": the purpose names who is addressed
                pobj = _child(child, "pobj")
                purpose = _child(pobj, "acl") if pobj is not None and pobj.lemma_.lower() in PURPOSE_NOUNS else None
                found = (self.targets_from_roles(purpose, ("dobj",), False) or self.clause_subject_targets(purpose)
                         ) if purpose is not None else []
                if found:
                    return found
            if child.dep_ == "prep" and child.lower_ in ("for",):
                pobj = _child(child, "pobj")
                if pobj is not None and pobj.lemma_.lower() in self.trigger_nouns:
                    entry = self.entry_for_noun(pobj)
                    found = self.targets_from_roles(pobj, entry.target, False) if entry else []
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

    def condition_subject_targets(self, tok: Token):
        for node in self._condition_scope(tok):
            for child in node.children:
                if self._is_condition_clause(child):
                    subj = _child(child, "nsubj", "nsubjpass")
                    refs = self.actors.actors_of(subj)
                    if refs:
                        return refs
        return []

    def shared_targets(self, verb: Token | None):
        """Targets of a coordinated predicate: 'issued condemnations and urged Russia to ...'."""
        if verb is None:
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
        """The verb a nominal trigger is the object of, and whether it is a light verb that shares its subject."""
        node, hops = noun, 0
        while hops < 4:
            head = node.head
            if head.i == node.i:
                return None, False
            if node.dep_ in ("dobj", "attr", "nsubjpass", "oprd") and head.pos_ in ("VERB", "AUX"):
                return head, self._is_light_verb(head) or _lemma(head) in ("increase", "boost", "expand", "approve",
                                                                           "provide", "pledge", "promise", "allocate")
            if node.dep_ == "pobj" and head.dep_ == "prep":
                if head.head.pos_ in ("VERB", "AUX"):
                    return head.head, False
                if head.head.lemma_.lower() in QUANTITY_NOUNS or head.lower_ == "of":
                    node, hops = head.head, hops + 1
                    continue
            if node.dep_ in ("conj", "compound"):  # "a mediation effort": the head noun stands for the event
                node, hops = head, hops + 1
                continue
            return None, False
        return None, False

    # ------------------------------------------------------------------ events
    def events(self) -> list[Event]:
        found: dict = {}
        reporting_used = set()
        for sent in self.doc.sents:
            for tok in sent:
                entry = self.entry_for(tok)
                if entry is None or self.is_reported_content(tok) or self.under_obligation(tok) \
                        or self.is_modifier_noun(tok, entry):
                    continue
                for event in (self.verb_events(tok, entry) if entry.pos == "VERB" else self.noun_events(tok, entry)):
                    key = (event.type, event.agent.key, event.target.key if event.target else None, event.start)
                    if key not in found or found[key].confidence < event.confidence:
                        found[key] = event
                    reporting_used.add(sent.start)
            for event in self.obligations(sent):
                found.setdefault(event.key(), event)
            found.update({e.key(): e for e in self.statements(sent, found)})
        for event in self.reported_attack_accusations(list(found.values())):
            found.setdefault(event.key(), event)
        self.link_denials(sorted(found.values(), key=lambda e: e.trigger_start))
        with_target = {(e.type, e.agent.key, e.start) for e in found.values() if e.target is not None}
        found = {k: e for k, e in found.items() if e.target is not None or (e.type, e.agent.key, e.start) not in with_target}
        return sorted(found.values(), key=lambda e: (e.start, e.trigger_start, e.type, e.agent.key,
                                                   e.target.key if e.target else ""))

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
            victim_side = {event.target.key, self.actors.state_key(event.target)} - {None}
            reporter_side = {reporter.key, self.actors.state_key(reporter)} - {None}
            agent_side = {event.agent.key, self.actors.state_key(event.agent)} - {None}
            if not (victim_side & reporter_side) or (agent_side & reporter_side):
                continue
            out.append(replace(event, type="Accuse", target=event.agent, agent=reporter, reported_by=None,
                               agent_text=None, target_text=event.agent_text, answers=[],
                               topic=event.sentence if len(event.sentence) <= 200 else event.topic,
                               source="kg:rule:reported-attack"))
        return out

    def link_denials(self, events: list[Event]) -> None:
        """'The Pentagon has denied these allegations': the denial answers the latest claims against the denier.

        A claim against an actor is an accusation or criticism targeting it (or the state it acts for), or an
        event it is said to have done that someone else reports. The denial's target becomes the accuser.
        """
        for deny in events:
            if deny.type != "Deny" or deny.answers:
                continue
            side = {deny.agent.key, self.actors.state_key(deny.agent)} - {None}
            claims = []
            for earlier in events:
                if earlier.trigger_start >= deny.trigger_start or earlier is deny:
                    continue
                if earlier.type in ("Accuse", "Criticize") and earlier.target is not None and (
                        {earlier.target.key, self.actors.state_key(earlier.target)} & side):
                    claims.append((earlier, earlier.agent))
                elif earlier.reported_by is not None and earlier.type not in ("Statement", "Deny") and (
                        {earlier.agent.key, self.actors.state_key(earlier.agent)} & side) and not (
                        {earlier.reported_by.key, self.actors.state_key(earlier.reported_by)} & side):
                    claims.append((earlier, earlier.reported_by))
            if not claims:
                continue
            latest = max(e.start for e, _ in claims)
            answered = [(e, who) for e, who in claims if e.start == latest]
            deny.answers = [e for e, _ in answered]
            if deny.target is None:
                deny.target = answered[0][1]
                deny.target_text = None

    def verb_events(self, verb: Token, entry: TriggerEntry) -> list[Event]:
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
        agents = self.agents_of_verb(verb, passive)
        confidence = 0.85 if _child(verb, *(("nsubj",) if not passive else ("agent",))) is not None else 0.7
        if not agents:
            return []
        spoken = self.rules["verbal_with_content_clause"].get(entry.type)
        if spoken is not None and any(c.dep_ == "ccomp" for c in verb.children):
            # "Japan protested that China had violated its airspace": a complaint about what China did
            entry = replace(entry, type=spoken)
            targets = self.clause_subject_targets(verb)
            return self.make_events(verb, entry, agents, targets, confidence)
        coercion = self.rules["coercive_orders"]
        obj = _child(verb, "dobj")
        if entry.type in coercion["types"] and _lemma(verb) in coercion["verbs"] and obj is not None \
                and not self.actors.actors_of(obj):
            # "ordered the border closed", "ordered the arrest of X": an order carried out on a thing is
            # coercion (CAMEO 17), a demand needs someone to comply
            entry = replace(entry, type="Coerce", target=tuple(coercion["target"]), source="kg:rule:coercive-order")
        targets = self.targets_from_roles(verb, entry.target, passive)
        if entry.reverse:  # "X received a loan from Y": Y is the one who gave
            return self.make_events(verb, entry, targets, agents, confidence) if targets else []
        if not targets:
            targets = self.complement_targets(verb)
        if not targets and entry.type in ("Demand", "Appeal", "Accuse", "Criticize"):
            targets = self.clause_subject_targets(verb)
        if not targets and entry.type == "Threaten":
            targets = self.condition_subject_targets(verb)
        if not targets:
            targets = self.purpose_targets(verb) or self.location_targets(verb, entry)
        return self.make_events(verb, entry, agents, targets, confidence)

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
                        found = [a for o in _prep_objects(pobj, "from") for a in self.actors.actors_of(o)] if pobj is not None else []
                        if found:
                            return found
        return []

    def location_targets(self, tok: Token, entry: TriggerEntry):
        """Where material conflict happens names whom it hits: 'shelled positions in Gaza', 'rioted in Israel'."""
        if entry is None or entry.type not in self.rules["located_target_types"]:
            return []
        obj = _child(tok, "dobj")
        if obj is not None:  # whose the thing hit is: "shelled positions of X", "set fire to the offices of X"
            owners = [o for o in _prep_objects(obj, "of") if o.lemma_.lower() not in self.rules["partitive_nouns"]]
            found = [a for o in owners for a in self.actors.actors_of(o)]
            if found:
                return found
        nodes = [tok] + ([obj] if obj is not None else [])
        for _ in range(2):
            following = []
            for node in nodes:
                for prep in (c for c in node.children if c.dep_ == "prep" and c.lower_ in ("in", "into", "near", "at")):
                    pobj = _child(prep, "pobj")
                    found = [(r, t) for r, t in self.actors.actors_of(pobj) if r.cls in ("State", "Place")]
                    if found:
                        return found[:1]
                    if pobj is not None:  # "fired at targets in X": one step further in
                        following.append(pobj)
            nodes = following
        return []

    def noun_events(self, noun: Token, entry: TriggerEntry) -> list[Event]:
        agents = []
        poss = _child(noun, "poss")
        if poss is not None:
            agents = self.actors.actors_of(poss)
        if not agents:
            owners = _prep_objects(noun, "by") + _prep_objects(noun, "from")
            agents = [a for t in owners for a in self.actors.actors_of(t)]
        if not agents:
            agents = self.actors.possessive_before(noun)
        modifier_agent = False
        if not agents:
            agents = [a for c in noun.children if c.dep_ in ("amod", "compound", "nmod") and c.ent_type_ in ("NORP", "GPE", "ORG")
                      for a in self.actors.actors_of(c)]
            modifier_agent = bool(agents)
        verb, light = self.governing_verb(noun)
        confidence = 0.75
        explicit = False
        if not agents and verb is not None and light:
            agents = self.agents_of_verb(verb, any(c.dep_ == "nsubjpass" for c in verb.children))
            explicit = self._has_own_subject(verb)
            confidence = 0.7
        if not agents:
            return []
        targets = self.targets_from_roles(noun, entry.target, False)
        if not targets and noun.dep_ in ("attr", "nsubj") and noun.head.lemma_ == "be":
            # "there were 120,000 Russian troops at its doorstep"
            targets = self.targets_from_roles(noun.head, [r for r in entry.target if r.startswith("prep:")], False)
        if not targets and verb is not None and light:
            targets = self.targets_from_roles(verb, ("dative", "prep:to", "prep:on", "prep:against", "prep:with"), False)
            if not targets:
                targets = self.shared_targets(verb)
        if not targets and entry.type in ("Accuse", "Criticize", "Demand", "Threaten"):
            targets = self.clause_subject_targets(noun)
        if not targets and verb is not None and not light and verb.lemma_.lower() in RESPONSE_VERBS:
            # "Russia agreed to the United States' proposal": the one who answers is the one addressed
            targets = self.agents_of_verb(verb, False)
        if modifier_agent and not targets:
            return []  # "ethnic Albanian unrest": a demonym alone is too weak to say who acted, and against whom
        return self.make_events(noun, entry, agents, targets, confidence, explicit_agent=explicit)

    def dictionary_arguments(self, tok: Token, entry: TriggerEntry, agents, targets):
        """The dictionary codes verbs between actors, so its verbs must govern them: the target is the head of
        an argument of the verb ("affirmed America's solidarity" has no target), not a place (unless the type
        hits places), not the state the agent acts for; a place never acts. A block's code lent to a synonym
        only holds between named actors of a strong kind (states, people, governments, IGOs, forces)."""
        heads = {c.i for c in tok.children if c.dep_ in ("dobj", "dative", "nsubjpass", "attr")}
        heads |= {o.i for c in tok.children if c.dep_ in ("prep", "agent", "dative") for o in c.children
                  if o.dep_ == "pobj"}
        heads |= {o.i for h in list(heads) for c in self.doc[h].children if c.dep_ == "prep" and c.lower_ != "of"
                  for o in c.children if o.dep_ == "pobj"}  # "attended talks with X"
        heads |= {c.i for h in list(heads) for c in self.doc[h].children if c.dep_ in ("conj", "appos")}
        head_words = {self.doc[i].text for i in heads}
        agents = [(a, text) for a, text in agents if a.cls != "Place"]
        agent_states = {self.actors.state_key(a) for a, _ in agents} - {None}
        kept = []
        for t, text in targets:
            if not entry.reverse and not (set((text or "").split()) & head_words):
                continue  # (a reversed pattern names its slots itself: "received a loan from X")
            if t.cls == "Place" and entry.type not in self.rules["located_target_types"]:
                continue
            if t.cls == "State" and t.key in agent_states:
                continue
            kept.append((t, text))
        if entry.inherited:
            strong = set(self.rules["dictionary_strong_classes"])
            agents = [(a, text) for a, text in agents if a.cls in strong]
            kept = [(t, text) for t, text in kept if t.cls in strong]
        return agents, kept

    def make_events(self, tok: Token, entry: TriggerEntry, agents, targets, confidence,
                    explicit_agent: bool = False) -> list[Event]:
        if entry.source.startswith("cameo:"):
            agents, targets = self.dictionary_arguments(tok, entry, agents, targets)

        agent_keys = {a.key for a, _ in agents}
        targets = [self._within(t, text) if t.key in agent_keys else (t, text) for t, text in targets]
        agent_texts = {(text or "").lower() for _, text in agents}
        looped = {t.key for t, text in targets if text and text[:1].isupper() and text.lower() not in agent_texts
                  } & agent_keys  # named outright, not "their", not the agent's own words again
        if looped:  # "Iraqi Kurds demonstrated ... for independence from Iraq": the agent is the group
            agents = [self._within(a, text) if a.key in looped else (a, text) for a, text in agents]
            agent_keys = {a.key for a, _ in agents}
        targets = [(t, text) for t, text in targets if t.key not in agent_keys]
        pairs = []
        if targets:
            pairs = [(a, t) for a in agents for t in targets]
        elif entry.symmetric and len(agents) > 1:
            pairs = [(agents[i], agents[j]) for i in range(len(agents)) for j in range(i + 1, len(agents))]
        elif not entry.needs_target and not entry.symmetric and (
                entry.type in self.rules["target_optional_types"] or explicit_agent or self._has_own_subject(tok)):
            # "Iran threatened to ...", "Palestinian prisoners rioted": who did it is known, the target is not said
            pairs = [(a, None) for a in agents]
        if not pairs:
            return []
        modality, negated, condition = self.modality_of(tok)
        if entry.mode == "conditional" and modality == "Asserted":
            modality = "Future"
        event_type = entry.type
        if negated and event_type in self.rules["negated_acceptance_types"]:
            # "will not accept", "failed to reach agreement": refusing to cooperate is a rejection (CAMEO 12)
            event_type, modality, negated = "Reject", "Asserted", False
        elif modality == "Future" and event_type in self.rules["future_cooperation_types"]:
            # "will provide aid", "promised to release": an intent to cooperate is an offer (CAMEO 03)
            event_type = "Propose"
        elif modality in ("Future", "Conditional") and event_type in self.rules["future_conflict_types"] \
                and not self._is_purpose(tok, [tok]):
            # "would tighten the blockade", "may halt mediation if ...": announced coercion is a threat (CAMEO 13)
            event_type = "Threaten"
        reporter = self.reporter_of(tok)
        time_value, time_text = self.time_of(tok)
        sentence, start, end = self._sentences().evidence(tok)
        topic = self.topic_of(tok, entry, {t[0].key for _, t in pairs if t} | agent_keys) or condition
        events = []
        for (agent, agent_text), target_pair in pairs:
            target, target_text = target_pair if target_pair else (None, None)
            events.append(Event(
                type=event_type, agent=agent, target=target, trigger=tok.text,
                sentence=sentence, start=start, end=end,
                trigger_start=tok.idx, trigger_end=tok.idx + len(tok.text),
                topic=topic, agent_text=agent_text, target_text=target_text,
                time=time_value, time_text=time_text, modality=modality, negated=negated,
                condition=condition, reported_by=reporter, place=place_of(tok, self.actors),
                confidence=round(confidence - (0.1 if target is None else 0.0), 2), source=entry.source or None,
            ))
        return events

    @staticmethod
    def _has_own_subject(tok: Token) -> bool:
        return tok.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "agent") for c in tok.children)

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

    def obligations(self, sent) -> list[Event]:
        """'X said that Y must ...': a demand by the speaker on whoever must act (CAMEO 10)."""
        out = []
        must = set(self.rules["obligation_auxiliaries"])
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
            if reporter_verb is None:
                continue
            agents = self.actors.actors_of(self.actors.find_subject(reporter_verb))
            targets = self.actors.actors_of(self.actors.find_subject(verb))
            entry = TriggerEntry(lemma=tok.lower_, pos="VERB", type="Demand", source="kg:rule:obligation")
            out.extend(self.make_events(verb, entry, agents, targets, 0.6) if targets else [])
        return out

    def statements(self, sent, found) -> list[Event]:
        """Attributed claims that relate no two actors: 'X said ...' with no event of its own inside."""
        out = []
        starts = {e.start for e in found.values()}
        if _evidence(sent)[1] in starts:
            return out
        for tok in sent:
            if tok.lemma_.lower() in ("say", "tell", "announce", "state", "declare", "insist", "add", "confirm") \
                    and tok.pos_ == "VERB" and _child(tok, "ccomp") is not None:
                agents = self.actors.actors_of(self.actors.find_subject(tok))
                if not agents:
                    continue
                agent, agent_text = agents[0]
                sentence, start, end = _evidence(sent)
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


class _SentenceIndex:
    """Which sentence each token is in, each sentence's root, evidence and 'according' tokens, and the entity
    at each token, computed once per document so that the per-event helpers cost O(1) instead of a
    rescan of the sentence (or of every entity of the document) per event."""

    def __init__(self, doc: Doc):
        self.sents = list(doc.sents)
        self.sent_of = [0] * len(doc)
        for number, sent in enumerate(self.sents):
            self.sent_of[sent.start:sent.end] = [number] * (sent.end - sent.start)
        self.entity = [None] * len(doc)
        for ent in doc.ents:
            self.entity[ent.start:ent.end] = [ent] * (ent.end - ent.start)
        self._roots: dict = {}
        self._evidence: dict = {}
        self._according: dict = {}
        self._dates: dict = {}
        self._orders: dict = {}

    def root(self, tok: Token) -> Token:
        number = self.sent_of[tok.i]
        if number not in self._roots:
            self._roots[number] = self.sents[number].root
        return self._roots[number]

    def evidence(self, tok: Token) -> tuple[str, int, int]:
        number = self.sent_of[tok.i]
        if number not in self._evidence:  # one string per sentence, shared by its events
            self._evidence[number] = _evidence(self.sents[number])
        return self._evidence[number]

    def according(self, tok: Token) -> list[Token]:
        number = self.sent_of[tok.i]
        if number not in self._according:
            self._according[number] = [t for t in self.sents[number] if t.lower_ == "according"]
        return self._according[number]

    def entity_at(self, i: int):
        return self.entity[i]

    def dates_under(self, tok: Token) -> list[Token]:
        """The DATE and TIME tokens of ``tok``'s subtree, in text order."""
        number = self.sent_of[tok.i]
        dates = self._dates.get(number)
        if dates is None:
            dates = self._dates[number] = [t.i for t in self.sents[number] if t.ent_type_ in ("DATE", "TIME")]
        doc = tok.doc
        inside = dates[bisect_left(dates, tok.left_edge.i):bisect_right(dates, tok.right_edge.i)]
        if not inside:
            return []
        enter, leave = self._tree_order(number)
        return [doc[i] for i in inside if enter[tok.i] <= enter[i] and leave[i] <= leave[tok.i]]

    def _tree_order(self, number: int) -> tuple[dict, dict]:
        """Pre- and post-order numbers of sentence ``number``'s tokens (u is under v iff v's span of numbers
        holds u's): subtree membership in O(1) however deep the parse."""
        order = self._orders.get(number)
        if order is None:
            enter, leave, clock = {}, {}, 0
            sent = self.sents[number]
            roots = [t for t in sent if t.head.i == t.i or not sent.start <= t.head.i < sent.end]
            for root in roots:
                stack = [(root, False)]
                while stack:
                    node, done = stack.pop()
                    clock += 1
                    if done:
                        leave[node.i] = clock
                        continue
                    enter[node.i] = clock
                    stack.append((node, True))
                    stack.extend((child, False) for child in node.children)
            order = self._orders[number] = (enter, leave)
        return order


def _evidence(sent) -> tuple[str, int, int]:
    """The sentence without surrounding whitespace, and its character offsets in the article."""
    text = sent.text
    lead = len(text) - len(text.lstrip())
    stripped = text.strip()
    return stripped, sent.start_char + lead, sent.start_char + lead + len(stripped)


def _text(tok: Token | None, limit: int = 16) -> str | None:
    if tok is None:
        return None
    words = list(tok.doc[tok.left_edge.i: tok.right_edge.i + 1])
    text = "".join(t.text_with_ws for t in words[:limit]).strip()
    if len(words) > limit:
        text += " …"
    return text.strip(" ,.;:'\"\u2018\u2019\u201c\u201d") or None


def extract_events_from_doc(doc: Doc, article_date: str | None = None, title: str | None = None) -> list[Event]:
    """Events in a parsed document (a spaCy Doc from :func:`kg.nlp.load_pipeline`), in text order. The
    article's title, when given, says who "I" and "we" are in a statement or transcript."""
    return _Extractor(doc, article_date, title).events()
