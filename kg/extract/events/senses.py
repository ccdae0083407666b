"""Verb senses and frames (ontology/lexicon/senses.json): whether a trigger is used in its event sense on this
parse. An idiomatic frame ('deliver on a promise', 'fight for workers'), a nominal trigger inside a name ('the
X Plan for Africa'), negation by a determiner, pronoun or adverb ('offers nothing', 'never'), and the
second person of a speech, whose addressee a vocative names ('Ambassador X, thank you ...')."""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ...resources import read_json_resource
from .tokens import _lemma

__all__ = ["load_senses", "Senses"]


@lru_cache(maxsize=1)
def load_senses() -> dict:
    return read_json_resource("lexicon", "senses.json")


def _words(tok: Token) -> set[str]:
    return {tok.lower_, tok.lemma_.lower()}


def _objects(tok: Token) -> list[Token]:
    """The trigger's objects, and the measured thing of a quantity object ('thousands of jobs'); in a relative
    clause with no object of its own, the noun the clause describes ('the fees banks charge')."""
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if not objs and tok.dep_ == "relcl" and tok.head.pos_ == "NOUN":
        objs = [tok.head]
    return objs + [o for c in objs for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                   for o in p.children if o.dep_ == "pobj"]


class Senses:
    """Mixin of the extractor: the sense checks, on the data of senses.json."""

    @property
    def senses(self) -> dict:
        return load_senses()

    def is_idiom(self, tok: Token) -> bool:
        """Whether ``tok`` stands in one of the idiomatic frames of its lemma: every condition a frame names
        (preposition, particle, object head, complement clause marker) holds on the parse."""
        lemma = _lemma(tok)
        for frame in self.senses["idioms"]:
            if frame["lemma"] != lemma:
                continue
            preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in frame.get("prep", ())]
            if "prep" in frame and not preps:
                continue
            if any(c.dep_ == "prep" and c.lower_ in frame.get("unless_prep", ()) for c in tok.children):
                continue  # "signed a memorandum with X": the partner named, the sense is agreement
            if frame.get("prep_clause") and not any(o.dep_ == "pcomp" for p in preps for o in p.children):
                continue  # "insisted on returning": the preposition governs a verb
            if "prep_clause_lemmas" in frame and not any(
                    o.dep_ in ("pcomp", "pobj") and o.lemma_.lower() in frame["prep_clause_lemmas"]
                    for p in preps for o in p.children):
                continue  # "thank you for joining us": the verb the preposition governs
            if frame.get("no_object") and any(c.dep_ in ("dobj", "nsubjpass", "ccomp") for c in tok.children):
                continue  # "trained soldiers in demining", "charged that ...": the sense is the event's
            if "complement_lemmas" in frame and not any(c.dep_ in ("xcomp", "ccomp") and _lemma(c) in frame["complement_lemmas"]
                                                        for c in tok.children):
                continue  # "want X to know that ...": the verb of the complement clause
            if "particle" in frame and not any(c.dep_ == "prt" and c.lower_ in frame["particle"] for c in tok.children):
                continue
            if "objects" in frame and not any(_words(o) & set(frame["objects"]) for o in _objects(tok)):
                continue
            if "clause_marks" in frame and not any(
                    c.dep_ in ("ccomp", "advcl") and any(m.dep_ == "mark" and m.lower_ in frame["clause_marks"]
                                                         for m in c.children) for c in tok.children):
                continue
            return True
        return False

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
        return any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children) or (
            tok.dep_ == "compound" and tok.head.pos_ == "PROPN" and tok.head.text[:1].isupper())

    def negated_by_word(self, tok: Token) -> bool:
        """'offers nothing for', 'no country has agreed', 'has never attacked': negation by a determiner of the
        subject or object, a negative pronoun as subject or object, or a negative adverb on the trigger."""
        negation = self.senses["negation"]
        for child in tok.children:
            if child.dep_ in ("advmod", "neg") and child.lower_ in negation["adverbs"]:
                return True
            if child.dep_ in ("nsubj", "nsubjpass", "dobj"):
                if child.lower_ in negation["pronouns"]:
                    return True
                if any(d.dep_ == "det" and d.lower_ in negation["determiners"] for d in child.children):
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
