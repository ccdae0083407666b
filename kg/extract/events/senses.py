"""Verb senses and frames (ontology/lexicon/senses.json): whether a trigger is used in its event sense on this
parse. An idiomatic frame ('deliver on a promise', 'fight for workers'), a nominal trigger inside a name ('the
X Plan for Africa'), negation by a determiner, pronoun or adverb ('offers nothing', 'never'), and the
second person of a speech, whose addressee a vocative names ('Ambassador X, thank you ...'), a measure a participle
of ending describes ('the lifted sanctions'), a verb of naming used to disapprove ('called the vote a farce')."""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Token

from ...lexicon.entry import TriggerEntry
from ...resources import read_json_resource
from .tokens import _child, _displaced_object, _is_amount, _lemma, _own_subject, _shared_object, line_breaks_between

__all__ = ["load_senses", "Senses", "run_on", "trigger_objects"]


@lru_cache(maxsize=1)
def load_senses() -> dict:
    return read_json_resource("lexicon", "senses.json")


def _words(tok: Token) -> set[str]:
    return {tok.lower_, tok.lemma_.lower()}


#: a match's score: '3-1', '2 - 0', '4–2'; not a span of days ('on 12-13 March', 'March 12-13')
_SCORE = re.compile(r"(?<![\d.])\d{1,2} ?[-\u2013] ?\d{1,2}(?![\d.])")
_MONTHS = re.compile(r"(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?"
                     r"|nov(ember)?|dec(ember)?)\W*$", re.IGNORECASE)


def _gives_a_score(text: str) -> bool:
    for found in _SCORE.finditer(text):
        before, after = text[:found.start()].split()[-1:], text[found.end():].split()[:1]
        if not any(_MONTHS.match(word) for word in before + after):
            return True
    return False
#: what may stand between a trigger and the end of its line when its phrase runs on to the next line
_RUN_ON_TAIL = {"DET", "ADJ", "NUM", "NOUN", "PROPN", "PRON", "ADP", "ADV", "PART"}
#: what a run-on phrase may open the next line with before its head word
_RUN_ON_LEAD = {"DET", "ADJ", "NUM", "ADV", "PRON"}


def run_on(tok: Token) -> tuple[Token, str] | None:
    """On a page hard-wrapped at about 72 characters every line is parsed as a sentence of its own (and the
    parser may cut a line again where no full stop is), so a trigger's object or its preposition's object may
    open the next piece ('I am ordering additional air travel / restrictions from ...', 'thank you for /
    being with us'). When nothing but the start of a phrase of ``tok`` follows it in its sentence, returns the
    head word the next piece opens with and whether it continues an object ("object") or a preposition
    ("prep"); when the object ends the line and the next opens with a preposition of it, the object itself.
    Else None. A blank line or a full stop ends the phrase."""
    sent = tok.sent
    doc = tok.doc
    last = next((t for t in reversed(sent) if not t.is_space), tok)
    if sent.end >= len(doc) or last.is_punct or line_breaks_between(last, doc[sent.end]) > 1:
        return None
    tail = [t for t in doc[tok.i + 1:sent.end] if not t.is_space]
    if any(t.pos_ not in _RUN_ON_TAIL or not tok.is_ancestor(t) for t in tail):
        return None
    kind = "prep" if tail and tail[-1].pos_ == "ADP" else "object"
    following = [t for t in doc[sent.end:min(len(doc), sent.end + 12)]]
    opening = next((t for t in following if not t.is_space), None)
    if opening is None:
        return None
    if kind == "object" and tail and tail[-1].pos_ in ("NOUN", "PROPN") and opening.pos_ == "ADP":
        return tail[-1], kind  # "condemned the missile launch / by X": the object is whole, its phrase runs on
    for nxt in following:
        if nxt.is_space:
            if nxt.text.count("\n") > 1:
                return None
            continue
        if nxt.pos_ in ("NOUN", "PROPN") or (kind == "prep" and nxt.pos_ in ("VERB", "AUX")):
            return nxt, kind
        if nxt.pos_ not in _RUN_ON_LEAD:
            return None
    return None


def _quotes_a_question(tok: Token) -> bool:
    """Whether ``tok`` is followed, after its object and a comma and before any verb ('asked X to join ...,
    saying "Why not?"' asks an act), by a quotation that asks a question ('asked me, "What is ...?"')."""
    for t in tok.doc[tok.i + 1: min(tok.i + 6, tok.sent.end)]:
        if t.text in ("\"", "\u201c"):
            rest = tok.doc.text[t.idx:tok.sent.end_char + 2]
            return "?" in rest
        if t.pos_ in ("VERB", "AUX"):
            return False
    return False


def trigger_objects(tok: Token, conjuncts: bool = False) -> list[Token]:
    """The trigger's objects, and the measured thing of a quantity object ('thousands of jobs', '700 kg of
    medicine', '$5 million in loans'); in a relative clause with no object of its own or a relative pronoun for it, the noun the clause
    describes ('the fees banks charge', 'the costs we will impose on X', 'the aid that X sent'); an object that runs on to the next line of a hard-wrapped page
    (:func:`run_on`). ``conjuncts``: also the objects' conjuncts and compounds (and their measured things)."""
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    shifted = _displaced_object(tok) if not objs else None
    objs += [shifted] if shifted is not None else []  # "rejected as baseless X's claims", "struck what X called Y"
    shared = _shared_object(tok) if not objs else None
    objs += [shared] if shared is not None else []  # "withdrawn or postponed numerous rules": the next verb's object
    if tok.dep_ == "relcl" and tok.head.pos_ == "NOUN":
        # "the aid that X sent": the relative pronoun object is the noun the clause describes
        objs = [tok.head if o.tag_ in ("WDT", "WP") else o for o in objs] or [tok.head]
    continued = run_on(tok)
    if continued is not None and continued[1] == "object":
        objs.append(continued[0])  # "ordering additional air travel / restrictions": the next line
    if conjuncts:
        objs += [o for c in objs for o in c.children if o.dep_ in ("conj", "compound")]
    return objs + [o for c in objs for p in c.children
                   if p.dep_ == "prep" and (p.lower_ == "of" or p.lower_ == "in" and _is_amount(c))
                   for o in p.children if o.dep_ == "pobj"]


class Senses:
    """Mixin of the extractor: the sense checks, on the data of senses.json (needs ``actors`` and the document
    rules' ``_side`` for the partners of a signing)."""

    @property
    def senses(self) -> dict:
        return load_senses()

    @staticmethod
    def _object_preps(tok: Token, pacts=()) -> list[Token]:
        """The prepositions of ``tok`` and, when its object is one of ``pacts``, of that object and of its 'of'
        phrase ('signed a memorandum of understanding / with X': the parser hangs 'with' on 'understanding');
        not of other objects ('signed an executive order with X at his side') nor further down."""
        objects = [c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in pacts]
        objects += [o for c in objects for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                    for o in p.children if o.dep_ == "pobj"]
        return [c for t in (tok, *objects) for c in t.children if c.dep_ == "prep"]

    def _partners_as_subject(self, tok: Token) -> bool:
        """'X and Y signed ...': coordinated subjects of two different sides ('Congress and the White House' are
        one side: no partners)."""
        sides = [self._side(ref) for s in tok.children if s.dep_ == "nsubj"
                 for c in (s, *s.conjuncts) for ref, _ in self.actors.actors_of(c)]
        return any(not (one & other) for i, one in enumerate(sides) for other in sides[i + 1:])

    def is_idiom(self, tok: Token) -> bool:
        """Whether ``tok`` stands in one of the idiomatic frames of its lemma: every condition a frame names
        (preposition, particle, object head, complement clause marker) holds on the parse."""
        lemma = _lemma(tok)
        for frame in self.senses["idioms"]:
            if frame["lemma"] != lemma:
                continue
            preps = [c for c in self._preps(tok) if c.lower_ in frame.get("prep", ())]
            if frame.get("on_objects"):  # "joins X, Y and nations around the world in marking ...": on the last joined
                preps += [c for o in self._joined(tok) for c in o.children
                          if c.dep_ == "prep" and c.lower_ in frame.get("prep", ())]
                preps += [t for t in self._list_run_on(tok) if t.dep_ == "prep" and t.lower_ in frame.get("prep", ())]
            if "prep" in frame and not preps:
                continue
            objects = [c.lemma_.lower() for c in tok.children if c.dep_ == "dobj"] \
                if frame.get("unless_prep_on_object") else frame.get("pact_objects", ())
            if any(c.dep_ == "prep" and c.lower_ in frame.get("unless_prep", ())
                   for c in self._object_preps(tok, objects)):
                continue  # "signed a memorandum (of understanding) with X": the partner named, the sense is agreement
            if "subjects" in frame and not any(c.dep_ == "nsubj" and c.lower_ in frame["subjects"] for c in tok.children):
                continue  # "it will require X to act": a situation's need; "Russia requires X to ...": a demand
            if any(c.dep_ == "nsubj" and c.lemma_.lower() in frame.get("unless_subjects", ()) for c in tok.children):
                continue  # "inspectors visited the plant": an inspection, which kg's rows code
            if frame.get("unless_joint_subject") and self._partners_as_subject(tok):
                continue  # "X and Y signed a memorandum": the partners are the subject, the sense is agreement
            if frame.get("cause_clause") and not any(
                    g.dep_ == "pcomp" for p in preps for o in p.children if o.dep_ == "pobj"
                    for q in o.children if q.dep_ == "prep" and q.lower_ == "of" for g in q.children):
                continue  # "warned of the consequences of failing to act": what a course would bring
            if frame.get("prep_clause") and not any(o.dep_ == "pcomp" for p in preps for o in p.children):
                continue  # "insisted on returning": the preposition governs a verb
            if "prep_clause_lemmas" in frame and not any(
                    o.lemma_.lower() in frame["prep_clause_lemmas"] for o in self._prep_clauses(tok, preps)):
                continue  # "thank you for joining us": the verb the preposition governs
            if frame.get("with_clause") and not any(c.dep_ == "ccomp" for c in tok.children):
                continue  # "recognized that their impact outweighs ...": acknowledging a fact
            if frame.get("with_complement") and not any(c.dep_ == "xcomp" for c in tok.children):
                continue  # "resolved the dispute": settling it; "resolved to work together": a decision
            if frame.get("with_object") and not any(c.dep_ == "dobj" for c in tok.children):
                continue  # "left for Paris", "the talks left off": no body or place left behind
            if any(c.i < tok.i and _words(c) & set(frame.get("unless_before", ())) for c in tok.children):
                continue  # "the last troops left X": who leaves makes it a withdrawal
            if frame.get("no_object") and any(c.dep_ in ("dobj", "nsubjpass", "ccomp") for c in tok.children):
                continue  # "trained soldiers in demining", "charged that ...": the sense is the event's
            if frame.get("no_condition") and any(c.dep_ == "advcl" and self._has_condition_mark(c) for c in tok.children):
                continue  # "warned of a catastrophe if X sends troops": a warning to X, the threat's sense
            if "complement_lemmas" in frame and not any(c.dep_ in ("xcomp", "ccomp") and _lemma(c) in frame["complement_lemmas"]
                                                        for c in tok.children):
                continue  # "want X to know that ...": the verb of the complement clause
            if "prep_objects" in frame and not any(o.dep_ == "pobj" and _words(o) & set(frame["prep_objects"])
                                                   for p in preps for o in p.children):
                continue  # "moved the wounded man to safety": a rescue, not a deployment
            if "governors" in frame and not any(_lemma(g) in frame["governors"] for g in self._governors(tok)):
                continue  # "pose a threat", "confronted threats from X": a danger, not a threat made
            if frame.get("fronted_participle") and not (
                    tok.tag_ == "VBG" and tok.dep_ == "advcl" and tok.i < tok.head.i):
                continue  # "Recognizing X's commitment, the leaders resolved ...": the preamble of a joint decision
            if frame.get("participle") and tok.tag_ != "VBG":
                continue  # "struck the miners": a blow; "striking miners" names who strikes
            if "modified_nouns" in frame and not self._modifies(tok, frame["modified_nouns"]):
                continue  # "full blocking sanctions": a kind of sanction, not a blockade
            if frame.get("stative_content") and not self._states_a_state(tok):
                continue  # "warned that judges are abusing ...": a comment on how things are
            if frame.get("fact_content") and not self._states_a_fact(tok):
                continue  # "insisted that X withdraw", "insisted on X": the demand
            if "clause_of" in frame and not (tok.dep_ == "ccomp" and _lemma(tok.head) in frame["clause_of"]):
                continue  # "I knew I wanted X to serve": a state of mind, nothing asked of X
            if "particle" in frame and not any(c.dep_ == "prt" and c.lower_ in frame["particle"] for c in tok.children):
                continue
            if "adverbs" in frame and not any(c.dep_ in ("advmod", "prt", "npadvmod") and c.lower_ in frame["adverbs"]
                                              for c in tok.children):
                continue  # "welcome home our citizens": a return, not support
            if frame.get("quoted_question") and not _quotes_a_question(tok):
                continue  # "asked me, 'What is your word for the year?'": a question put, no appeal
            # (the small model tags such a participle VBD as often: an 'acl' past form with no subject is one)
            if frame.get("reduced_relative") and not (tok.dep_ == "acl" and tok.tag_ in ("VBN", "VBD") and not any(
                    c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)):
                continue  # "benefit programs funded by the Federal Government": how a thing is paid for
            if frame.get("passive") and not any(c.dep_ == "auxpass" for c in tok.children):
                continue  # "the President was joined by ...": company at an event
            if frame.get("person_object") and not any(self._is_person(o) for o in trigger_objects(tok)):
                continue  # "let me recognize our Ambassador": greeting someone present
            objects = frame.get("objects") or (self.senses[frame["objects_list"]]["words"] if "objects_list" in frame else None)
            heads = trigger_objects(tok)
            if tok.dep_ == "relcl" and not heads and any(c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP")
                                                        and c.lower_ != "that" for c in tok.children):
                # "professionals the government has deployed": the noun is the verb's object (trigger_objects
                # takes it only when tagged a noun; the small model tags such a head a verb as often)
                heads = [tok.head]
            if frame.get("complement_subject"):  # "helped me execute X": the one helped is the complement's subject
                heads += [g for c in tok.children if c.dep_ in ("ccomp", "xcomp") for g in c.children if g.dep_ == "nsubj"]
            # "hosts X's signals / intelligence facility": a run-on object's first noun may be a compound of its head
            heads += [o.head for o in heads if o.dep_ == "compound" and o.head.i > o.i and o.head not in heads]
            # "hosts X's signals intelligence facility", parsed as 'signals' with 'facility' its apposition
            heads += [c for o in heads for c in o.children if c.dep_ == "appos" and c not in heads]
            if frame.get("with_compounds"):  # "visited Joint Base Andrews": a word of the object's name
                heads += [c for o in heads for c in o.children if c.dep_ in ("compound", "nmod")]
            if objects is not None and not any(_words(o) & set(objects) for o in heads):
                continue
            if "content" in frame and not self._content_matches(tok, frame["content"]):
                continue  # "accepted X's request to withdraw her name from nomination": a personnel matter
            if frame.get("passive_complement") and not any(
                    c.dep_ == "xcomp" and any(g.dep_ == "auxpass" for g in c.children) for c in tok.children):
                continue  # "refused to be evacuated": what would be done to oneself
            if "clause_marks" in frame and not any(
                    c.dep_ in ("ccomp", "advcl") and any(m.dep_ == "mark" and m.lower_ in frame["clause_marks"]
                                                         for m in c.children) for c in tok.children):
                continue
            return True
        return False

    @staticmethod
    def _content_matches(tok: Token, content: dict) -> bool:
        """The clause a request or its acceptance is about ('X's request to withdraw her name from nomination'):
        a verb of ``content["verbs"]`` on the trigger noun or on the trigger's object, whose object or
        prepositional object is one of ``content["objects"]``."""
        nouns = [tok] if tok.pos_ == "NOUN" else [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
        clauses = [c for n in nouns for c in n.children if c.dep_ in ("acl", "relcl") and _lemma(c) in content["verbs"]]
        said = [o for c in clauses for o in c.children if o.dep_ == "dobj"]
        said += [o for c in clauses for p in c.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
        return any(_words(o) & set(content["objects"]) for o in said)

    @staticmethod
    def _list_run_on(tok: Token) -> list[Token]:
        """'joins the WHO, / the Red Cross, and nations around the world in marking ...': when the trigger's line
        ends with a comma right after its object, the list of objects runs on to the next lines; their words up
        to the full stop (or a blank line)."""
        sent, doc = tok.sent, tok.doc
        words = [t for t in doc[tok.i + 1:sent.end] if not t.is_space]
        if len(words) < 2 or words[-1].text != "," or words[-2].dep_ not in ("dobj", "conj") \
                or not tok.is_ancestor(words[-2]) or sent.end >= len(doc):
            return []
        out = []
        for t in doc[sent.end:min(len(doc), sent.end + 40)]:
            if t.text in (".", ";", "!", "?") or (t.is_space and t.text.count("\n") > 1):
                break
            out.append(t)
        return out

    @staticmethod
    def _joined(tok: Token) -> list[Token]:
        """The trigger's objects and the words the parser made its conjuncts ('joins the WHO, the Red Cross, and
        nations around the world'), with their own conjuncts; a list the parser read as an apposition ('the WHO,
        the Red Cross, and nations ...') is joined too."""
        joined = [c for c in tok.children if c.dep_ in ("dobj", "conj")]
        joined += [a for o in joined for a in o.children if a.dep_ == "appos"]
        return joined + [c for o in joined for c in o.conjuncts if c not in joined and c is not tok]

    @staticmethod
    def _governors(tok: Token) -> list[Token]:
        """The verb whose object ``tok`` is, also when that verb ends the line before the one ``tok``'s phrase
        opens ('President X has confronted / threats from ...')."""
        if tok.dep_ in ("dobj", "attr", "nsubjpass"):
            return [tok.head]
        sent, doc = tok.sent, tok.doc
        if tok.left_edge.i > sent.start and any(not t.is_space for t in doc[sent.start:tok.left_edge.i]):
            return []
        before = next((t for t in reversed(doc[max(0, sent.start - 3):sent.start]) if not t.is_space), None)
        if before is None or before.pos_ != "VERB" or line_breaks_between(before, tok.left_edge) != 1:
            return []
        return [before]

    @staticmethod
    def _next_word(tok: Token) -> Token | None:
        """The next token that is neither space nor punctuation, on this line or the next one."""
        return next((t for t in tok.doc[tok.i + 1:tok.i + 8] if not t.is_space and not t.is_punct), None)

    def _modifies(self, tok: Token, nouns: list[str]) -> bool:
        """'full blocking sanctions', also when the line breaks after 'blocking': the participle stands before
        one of ``nouns`` as its modifier."""
        if tok.dep_ == "amod" and _words(tok.head) & set(nouns):
            return True
        following = self._next_word(tok)
        return following is not None and following.pos_ == "NOUN" and bool(_words(following) & set(nouns))

    def _states_a_fact(self, tok: Token) -> bool:
        """'insisted that his country had not massed troops': a content clause after the verb whose verb is in a
        past or present tense (by its tag or its auxiliary), no modal in it, tells what is so; a base form
        ('insisted that X withdraw', which the small model may tag VBP) is the mandative subjunctive."""
        tensed = {"VBD", "VBZ"}
        finite = {"is", "are", "was", "were", "has", "had", "did", "does", "am"}
        return any(c.dep_ == "ccomp" and c.i > tok.i and not any(a.tag_ == "MD" for a in c.children)
                   and (c.tag_ in tensed
                        or any(a.dep_ in ("aux", "auxpass") and a.lower_ in finite for a in c.children))
                   for c in tok.children)

    def _states_a_state(self, tok: Token) -> bool:
        """'warned that judges are abusing their power', also when the content clause runs on over the next
        lines: a 'that' clause right after the verb with no future, hypothetical or conditional word up to the
        sentence's full stop says how things are, nothing the speaker will do."""
        following = self._next_word(tok)
        if following is None or following.lower_ != "that":
            return False
        modal = set(self.rules["future_auxiliaries"]) | set(self.rules["hypothetical_auxiliaries"]) \
            | set(self.rules["condition_markers"])
        for t in tok.doc[following.i:]:
            if t.text in (".", "!", "?", ";") or t.text.count("\n") > 1:
                return True
            if t.lower_ in modal or t.tag_ == "MD":
                return False
        return True

    def reports_a_match(self, tok: Token) -> bool:
        """'Chile beat Peru on penalties in the final', 'Brazil defeated Chile 3-1': a verb of winning in a sentence
        that names a match or gives a score, or a noun of attack in one that gives a score, is a sports result,
        not an attack (senses.json sports_results)."""
        rule = self.senses["sports_results"]
        sent = tok.sent
        if tok.pos_ == "NOUN":  # "a second-half assault to sink X 33-20"
            return _lemma(tok) in rule["charge_nouns"] and _gives_a_score(sent.text)
        if _lemma(tok) not in rule["lemmas"]:
            return False
        if any(t.pos_ in ("NOUN", "PROPN") and t.lower_ in rule["nouns"] for t in sent):
            return True
        return _gives_a_score(sent.text)

    def pejorative_naming(self, tok: Token) -> TriggerEntry | None:
        """'described the deployment as a provocation', 'called the vote a farce': a verb of naming whose object
        predicate disapproves (senses.json pejorative_naming) criticizes, or accuses, the object's owner; the
        entry for it, else None."""
        if _lemma(tok) not in self.rules["naming_verbs"]["lemmas"] or _child(tok, "dobj") is None:
            return None
        # (the small model makes the predicate an object predicate, or a second object: "termed X's raid an act";
        # in a relative clause the noun described is the object, so its one object is the predicate: "a step X
        # called a provocation")
        objects = [c for c in tok.children if c.dep_ == "dobj"]
        predicates = [c for c in tok.children if c.dep_ == "oprd"] + objects[0 if self._names_its_noun(tok) else 1:]
        predicates += [o for c in tok.children if c.dep_ == "prep" and c.lower_ == "as"
                       for o in c.children if o.dep_ in ("pobj", "amod", "acomp")]
        predicates += [o for p in predicates for c in p.children if c.dep_ == "prep" and c.lower_ == "of"
                       for o in c.children if o.dep_ == "pobj"]  # "an act of aggression"
        words = {w for p in predicates for w in (p.lower_, p.lemma_.lower(),
                                                  " ".join(t.lower_ for t in p.subtree if t.dep_ != "det"))}
        rule = self.senses["pejorative_naming"]
        for kind, cameo in (("accuse", "112"), ("criticize", "111")):
            if words & set(rule[kind]):
                return TriggerEntry(lemma=_lemma(tok), pos="VERB", type=kind.capitalize(), target=("dobj", "poss"),
                                    needs_target=True, source="kg:rule:pejorative-naming", cameo=cameo)
        return None

    def is_naming(self, tok: Token) -> bool:
        """'called the strike an act of war', 'what X called incursions by Y': a verb of naming with an object
        predicate (the small model makes it an object predicate or a second object) names something, it does
        not do it, nor is it the light verb of what it names."""
        return _lemma(tok) in self.rules["naming_verbs"]["lemmas"] and (
            any(c.dep_ == "oprd" for c in tok.children) or sum(c.dep_ == "dobj" for c in tok.children) > 1
            or self._names_its_noun(tok))

    @staticmethod
    def _names_its_noun(tok: Token) -> bool:
        """'a step X called a provocation': a relative clause of naming, with a subject of its own, whose one
        object is the predicate the noun it describes is given."""
        return tok.dep_ == "relcl" and _own_subject(tok) is not None \
            and any(c.dep_ in ("dobj", "oprd") and c.tag_ not in ("WDT", "WP") and c.lower_ != "that"
                    for c in tok.children)

    def has_measure_subject(self, tok: Token) -> bool:
        """'South Carolina's ban will cut off access ...': the subject is a measure, not an actor
        (senses.json measure_subjects)."""
        words = self.senses["measure_subjects"]["words"]
        return any(c.dep_ == "nsubj" and c.pos_ == "NOUN" and (
            c.lemma_.lower() in words
            # "his Investing in America agenda has funded": a programme's title-case name, misparsed at its first word
            or (c.text[:1].isupper() and c.right_edge.lemma_.lower() in words))
                   for c in tok.children)

    def weapon_capability(self, tok: Token) -> bool:
        """'rocket systems that can strike into X', 'drones that could reach Y': what a weapon can do is its
        range, no act of anyone's (rules.json weapon_capability; the weapons are CAMEO's &WEAPON set)."""
        rule = self.rules["weapon_capability"]
        if not any(c.dep_ == "aux" and c.lower_ in rule["auxiliaries"] for c in tok.children):
            return False
        subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.tag_ in ("WDT", "WP") and tok.dep_ == "relcl":
            subject = tok.head
        weapons = self.dictionary.sets.get("WEAPON", frozenset())
        return subject is not None and subject.pos_ == "NOUN" and any(
            w.lemma_.lower() in weapons or w.lower_ in weapons
            for w in (subject, *(c for c in subject.children if c.dep_ == "compound")))

    def stopped(self, tok: Token) -> bool:
        """Whether ``tok`` is the gerund a verb of ending governs ('has stopped cooperating with X', 'halted
        shelling'): what is ended does not go on."""
        return tok.dep_ == "xcomp" and tok.tag_ == "VBG" and self.ends(tok.head)

    def ends(self, verb: Token) -> bool:
        """Whether ``verb`` is one of ending or stopping (rules.json ending_verbs), a phrasal one by its particle
        ('called off', 'broke off'; the small model tags that 'off' a preposition as often)."""
        rule = self.rules["ending_verbs"]
        lemma = _lemma(verb)
        return lemma in rule["lemmas"] or any(f"{lemma} {c.lower_}" in rule["phrasal"] for c in verb.children
                                              if c.dep_ == "prt" or c.dep_ == "prep" and c.lower_ == "off")

    def ended_by_its_modifier(self, noun: Token) -> bool:
        """'the lifted sanctions', 'a cancelled summit', and 'X relaxed sanctions on Y' when the small model takes the
        verb for an adjective of the noun: a measure or meeting a participle of ending describes is not imposed or
        held (rules.json ending_verbs, as for the object of such a verb)."""
        ending = self.rules["ending_verbs"]["lemmas"]
        for mod in noun.children:
            if mod.dep_ != "amod" or mod.i > noun.i or not mod.lower_.endswith("ed"):
                continue
            stem = mod.lower_[:-2]  # 'relaxed', 'eased', 'cancelled': the lemma of a misparsed adjective is itself
            forms = (mod.lemma_.lower(), stem, stem + "e", stem[:-1] if stem[-1:] == stem[-2:-1] else stem)
            if any(form in ending for form in forms):
                return True
        return False

    @staticmethod
    def _preps(tok: Token) -> list[Token]:
        """The trigger's prepositions, and the one the next line opens with when the trigger ends its line
        ('We rallied / around the victims')."""
        preps = [c for c in tok.children if c.dep_ == "prep"]
        # "pulled out of the race": a preposition of two words hangs its object on the second
        preps += [g for p in preps if not any(o.dep_ == "pobj" for o in p.children)
                  for g in p.children if g.dep_ == "prep"]
        sent, doc = tok.sent, tok.doc
        if all(t.is_space for t in doc[tok.i + 1:sent.end]) and sent.end < len(doc) \
                and line_breaks_between(tok, doc[sent.end]) == 1 and doc[sent.end].pos_ == "ADP":
            preps.append(doc[sent.end])
        continued = run_on(tok)
        if continued is not None and continued[1] == "object" and continued[0].i < sent.end:
            opening = next((t for t in doc[sent.end:sent.end + 3] if not t.is_space), None)
            if opening is not None and opening.pos_ == "ADP":
                preps.append(opening)  # "moved the commander / to safety": the object ends the line
        return preps

    def _is_person(self, tok: Token) -> bool:
        """A person named or addressed by title ('our Ambassador, Jane Roe', 'the Mayor'), not a state or a deed."""
        titles = self.senses["person_titles"]["words"]
        return any(t.ent_type_ == "PERSON" or t.lemma_.lower() in titles
                   for t in (tok, *(c for c in tok.children if c.dep_ in ("appos", "compound"))))

    @staticmethod
    def _prep_clauses(tok: Token, preps: list[Token]) -> list[Token]:
        """What the trigger's prepositions govern, and the word the next line opens with when a preposition
        ends the line ('thank you for / being here')."""
        governed = [o for p in preps for o in p.children if o.dep_ in ("pcomp", "pobj")]
        continued = run_on(tok)
        if continued is not None and continued[1] == "prep" and any(all(c.is_space for c in p.children) for p in preps):
            governed.append(continued[0])
        return governed

    def is_name_part(self, tok: Token) -> bool:
        """'the Mattei Plan for Africa', 'Operation Sea Guardian': a capitalised noun inside a multi-word name
        (or the model's entity of a naming kind) is part of the name, not an event."""
        if tok.ent_type_ in self.senses["name_entity_labels"]["labels"] and tok.ent_iob_ in ("B", "I"):
            span = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
            if span is not None and len(span) > 1:
                return True
        if not tok.text[:1].isupper() or tok.i == tok.sent.start:
            return False
        # title case with a proper-noun compound: "Mattei Plan", "Marshall Plan"
        if any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children) or (
                tok.dep_ == "compound" and tok.head.pos_ == "PROPN" and tok.head.text[:1].isupper()):
            return True
        # "a Joint Declaration of Support for Ukrainian Recovery": the capitalised 'of' phrase of a capitalised
        # head, itself capitalised, is a word of a title
        prep = tok.head
        return tok.dep_ == "pobj" and prep.lower_ == "of" and prep.head.i != prep.i \
            and prep.head.text[:1].isupper() and prep.head.i != tok.sent.start

    def negated_by_word(self, tok: Token) -> bool:
        """'offers nothing for', 'no country has agreed', 'has never attacked', 'neither X nor Y accepted': negation by
        a determiner or a 'neither' of the subject or object, a negative pronoun as subject or object, or a negative
        adverb on the trigger."""
        negation = self.senses["negation"]
        for child in tok.children:
            if child.dep_ in ("advmod", "neg") and child.lower_ in negation["adverbs"]:
                return True
            if child.dep_ == "advmod" and child.lower_ in negation["negated_adverbs"] and any(
                    d.dep_ == "neg" for d in child.children):
                return True  # "will no longer tolerate", "no more"
            if child.dep_ in ("nsubj", "nsubjpass", "dobj"):
                if child.lower_ in negation["pronouns"]:
                    return True
                if any(d.dep_ == "det" and d.lower_ in negation["determiners"]
                       or d.dep_ == "preconj" and d.lower_ in negation["preconjunctions"] for d in child.children):
                    return True
        return False

    def is_performative(self, tok: Token) -> bool:
        """'I want to thank X', 'we would like to congratulate X': the speaker does it by saying so."""
        hedges = self.senses["performatives"]
        if tok.dep_ not in ("xcomp", "ccomp") or _lemma(tok) not in hedges["verbs"] or \
                _lemma(tok.head) not in hedges["hedges"]:
            return False
        # "I want to thank": the hedge's subject; "let me thank": the subject of the verb itself
        subject = next((c for c in (*tok.children, *tok.head.children) if c.dep_ == "nsubj"), None)
        return subject is not None and subject.lower_ in self.rules["first_person"]

    def is_addressee(self, tok: Token | None) -> bool:
        return tok is not None and tok.lower_ in self.senses["addressee_pronouns"]["words"]

    def vocative_of(self, verb: Token) -> Token | None:
        """'Ambassador X, Jack, thank you for ...': a name set off by a comma before a verb whose object is the
        second person is the addressee, though the parser makes it the subject."""
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "npadvmod")), None)
        if subject is None or subject.i > verb.i or subject.pos_ != "PROPN":
            return None
        if not any(self.is_addressee(c) for c in verb.children if c.dep_ in ("dobj", "dative")):
            return None
        between = verb.doc[subject.right_edge.i + 1:verb.i]
        if not any(t.text == "," for t in between) and verb.doc[verb.i - 1].text != ",":
            return None
        return subject
