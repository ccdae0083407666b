"""Coreference within one article, rule-based: pronouns, possessives and definite descriptions.

A pronoun ("he", "its", "they") or a description ("the minister", "the bloc") resolves to an actor named
before it: first in its own sentence (the closest subject before it), then in the sentences before, one at
a time, preferring the subject of the closest preceding clause. A candidate must agree in kind and
number: a person for he/she, a state or body for it, a group, a state's people or several actors for
they, an organisation for "the bloc", a person whose role has the word for "the minister".

Rule-based, not a library: the coreference packages that install from PyPI either need a network download
of their model at first use (fastcoref, coreferee's model packages) or no longer install on current spaCy
(neuralcoref); these rules run offline, in microseconds, and answer in the terms of kg's own actors.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ..model import ActorRef

__all__ = ["Coreference", "PERSON_PRONOUNS", "THING_PRONOUNS", "PLURAL_PRONOUNS", "SPEAKER_PRONOUNS"]

PERSON_PRONOUNS = frozenset({"he", "him", "his", "she", "her", "hers", "himself", "herself"})
THING_PRONOUNS = frozenset({"it", "its", "itself"})
PLURAL_PRONOUNS = frozenset({"they", "them", "their", "theirs", "themselves"})
FEMALE_PRONOUNS = frozenset({"she", "her", "hers", "herself"})
#: the value a person has in ``Coreference.genders`` when the text or the name says she is a woman
FEMALE = "female"
SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
#: How many sentences back an antecedent is looked for by clause (a person beyond: the last one named).
WINDOW = 4
GROUP_CLASSES = frozenset({"InformalGroup", "ArmedGroup", "MilitaryForce"})
#: the speaker and the one spoken to: "it", "he" or "they" never refers back to "we" or "you"
SPEAKER_PRONOUNS = frozenset({"i", "me", "my", "we", "us", "our", "you", "your"})


@dataclass
class _Candidate:
    ref: ActorRef
    span: Span

    @property
    def is_subject(self) -> bool:
        root = self.span.root
        while root.dep_ == "conj" and root.head.i != root.i:
            root = root.head
        return root.dep_ in SUBJECT_DEPS

    @property
    def is_plural(self) -> bool:
        root = self.span.root
        return root.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in root.children) or root.dep_ == "conj"

    @property
    def modifies_one_thing(self) -> bool:
        root = self.span.root
        return root.dep_ in ("amod", "compound", "nmod") and root.head.tag_ in ("NN", "NNP")


class Coreference:
    """Resolves a token to an actor named earlier in the same document.

    ``mentions`` are (ActorRef, Span) pairs in text order — the actors the document names.
    """

    def __init__(self, doc: Doc, mentions, describe=None, group_words=frozenset(), person_group_words=frozenset(),
                 genders=None, person_nouns=frozenset()):
        """``describe(token)`` gives the actor a plural group noun stands for ("Kurdish fighters"), so that
        "they" can point at it; ``group_words`` are the lemmas such nouns have; ``person_group_words`` the
        lemmas of nouns for several people of rank ("the leaders", "the presidents"); ``genders`` the gender
        the text or the name gives a person, by key ("she" points only at a woman, "he" never at one);
        ``person_nouns`` the lemmas of nouns for one person the text does not name ("a farmer")."""
        self.doc = doc
        self.genders = genders or {}
        self.person_nouns = person_nouns
        self._named_tokens: set[int] | None = None
        self.mentions = [_Candidate(ref, span) for ref, span in mentions]
        self.describe = describe
        self.group_words = group_words
        self.person_group_words = person_group_words
        self._groups: list[_Candidate] | None = None
        self.sentences = list(doc.sents)
        self._sentence_of = {}
        for number, sent in enumerate(self.sentences):
            self._sentence_of[sent.start] = number

    def _sentence_number(self, tok: Token) -> int:
        return self._sentence_of.get(tok.sent.start, 0)

    @staticmethod
    def agrees(ref: ActorRef, kind: str, classes=None, plural: bool | None = None, candidate=None) -> bool:
        """Whether ``ref`` can be what a word of ``kind`` ("person", "thing", "plural") points at."""
        if classes is not None and ref.cls not in classes:
            return False
        if kind == "person":
            return ref.cls == "Person"
        if ref.cls in ("Person", "Place"):
            return False
        if kind == "thing":  # "it": a state or a body, not a group named in the plural
            return candidate is None or not candidate.is_plural or ref.cls not in GROUP_CLASSES
        if kind == "plural":  # "they": a group, several actors, or a state's people ("the Iranians")
            # a single state named by its name ("North Korea") is "it", not "they"
            if candidate is None or ref.cls != "State" or candidate.is_plural:
                return True
            # nor is a people's adjective on one thing ("an Afghan village"): only its people ("Afghans",
            # "Afghan officials") are they
            return candidate.span.label_ != "GPE" and not candidate.modifies_one_thing
        return True

    def antecedent(self, tok: Token, kind: str, classes=None, test=None, skip=None,
                   prefer_subject: bool = True, depth: int = 0) -> ActorRef | None:
        """The actor ``tok`` refers back to, or None.

        Args:
            kind: "person", "thing" or "plural" (what the word can point at).
            classes: actor classes allowed (a description such as "the bloc" narrows them).
            test: an extra check on a candidate ActorRef ("the minister": has that role).
            skip: a callable on a candidate's span telling mentions to pass over (e.g. places of meeting).
            prefer_subject: take the closest subject first (for a subject or possessive pronoun); an
                object pronoun ("approached him") takes the closest mention instead.
            depth: how many pronouns have been followed back already (a chain of "he ... he ... he").
        """
        candidates = self.mentions + (self._group_mentions() if kind == "plural" else [])
        if kind == "person" and tok.lower_ in PERSON_PRONOUNS:
            # "she": a person known to be a woman, else none; "he": anyone not known to be a woman
            female = tok.lower_ in FEMALE_PRONOUNS
            candidates = [c for c in candidates if (self.genders.get(c.ref.key) == FEMALE) == female]
        # "they": a group or several actors first, anywhere in the window; a single state only failing those
        passes = ("strict", "loose") if kind == "plural" else ("loose",)
        here = self._sentence_number(tok)
        for strictness in passes:
            for back in range(0, WINDOW + 1):
                number = here - back
                if number < 0:
                    break
                sent = self.sentences[number]
                found = [c for c in candidates
                         if sent.start <= c.span.start and c.span.end <= sent.end and c.span.end <= tok.i
                         and not (c.span.start <= tok.i < c.span.end)
                         and self.agrees(c.ref, kind, classes, candidate=c)
                         and (test is None or test(c.ref)) and (skip is None or not skip(c.span))]
                if strictness == "strict":
                    found = [c for c in found if c.ref.cls in GROUP_CLASSES or c.is_plural]
                if back == 0 and kind == "plural" and not prefer_subject and test is not None \
                        and self._nearest_fails(sent, candidates, tok, test, skip):
                    return None  # "a warning to U.S. citizens urging them": them, the clause's own side, no one else
                if kind == "person" and prefer_subject and back and self._people_compete(sent, found, tok):
                    return None  # "The two leaders ... He": better no actor than a guess between them
                if kind == "person" and prefer_subject and self._unnamed_person_is_subject(sent, tok):
                    return None  # "A farmer told reporters ... He": that farmer, whom no node names
                pronoun = self._pronoun_subject(sent, tok) if kind == "person" and prefer_subject else None
                if pronoun is not None and depth < WINDOW and not any(
                        c.is_subject and c.span.start > pronoun.i for c in found):
                    # "He thanked X for his work. He condemned ...": the same "he" as the clause before
                    return self.antecedent(pronoun, kind, classes, test, skip, prefer_subject, depth + 1)
                if not found:
                    continue
                found.sort(key=lambda c: c.span.start)
                subjects = [c for c in found if c.is_subject] if prefer_subject else []
                if subjects:
                    return subjects[-1].ref  # the subject of the closest preceding clause
                return found[-1].ref
        if kind == "person" and not prefer_subject and depth < WINDOW:
            # "He is a dear friend. ... we had the honor to host him": an object pronoun with no one named near it
            # is the one a pronoun subject there stands for, not whoever was named long before
            tracked = next((p for back in range(0, WINDOW + 1) if here - back >= 0
                            for p in [self._pronoun_subject(self.sentences[here - back], tok)] if p is not None), None)
            if tracked is not None:
                return self.antecedent(tracked, kind, classes, test, skip, True, depth + 1)
        if kind == "person":  # "he" in a long readout: the last person named, however far back
            earlier = [c for c in candidates if c.span.end <= tok.i and self.agrees(c.ref, kind, classes)
                       and (test is None or test(c.ref)) and (skip is None or not skip(c.span))]
            if earlier:
                last = max(earlier, key=lambda c: c.span.start)
                between = self.sentences[self._sentence_number(self.doc[last.span.start]) + 1: here - WINDOW]
                if not (prefer_subject and any(self._unnamed_person_is_subject(s, tok) for s in between)):
                    return last.ref
        return None

    def _nearest_fails(self, sent: Span, candidates, tok: Token, test, skip) -> bool:
        """Whether the plural mention closest before ``tok`` in its sentence, not a subject, is one ``test`` turns
        down (the subject's own side): an object 'them' points at it all the same, not at anyone further back."""
        near = [c for c in candidates if sent.start <= c.span.start and c.span.end <= tok.i and c.is_plural
                and not c.is_subject
                and self.agrees(c.ref, "plural", None, candidate=c) and (skip is None or not skip(c.span))]
        return bool(near) and not test(max(near, key=lambda c: c.span.start).ref)

    def _pronoun_subject(self, sent: Span, tok: Token) -> Token | None:
        """The last subject of ``sent`` before ``tok`` when it is a personal pronoun of ``tok``'s gender."""
        female = tok.lower_ in FEMALE_PRONOUNS
        last = None
        for word in sent:
            if word.i >= tok.i:
                break
            if word.dep_ in SUBJECT_DEPS:
                last = word
        if last is None or last.lower_ not in PERSON_PRONOUNS or (last.lower_ in FEMALE_PRONOUNS) != female:
            return None
        return last

    def _people_compete(self, sent: Span, found: list[_Candidate], tok: Token) -> bool:
        """Whether "he" or "she" after ``sent`` could mean either of two people: that sentence has several
        people as its subject ("President Lula and the President", "the two leaders", "both")."""
        subjects = {c.ref.key for c in found if c.is_subject and c.is_plural}
        if len(subjects) > 1:
            return True
        for word in sent:
            if word.i >= tok.i:
                break
            if word.dep_ in SUBJECT_DEPS and (word.lower_ in ("both", "they") or (
                    word.tag_ in ("NNS", "NNPS") and word.lemma_.lower() in self.person_group_words)
                    or self._is_person_word(word) and any(c.dep_ == "conj" and self._is_person_word(c)
                                                          for c in word.children)):
                return True  # "the two leaders", "the President and the Prime Minister"
        return False

    def _unnamed_person_is_subject(self, sent: Span, tok: Token) -> bool:
        """Whether a noun for one person no node names comes after the last person named in ``sent`` before
        ``tok``, or the subject of its main clause (else its last subject; pronouns aside) is a person no node
        names: a
        person the model found but kg did not keep, or a noun for one person ("the nurse", "a farmer")."""
        if self._named_tokens is None:
            self._named_tokens = {i for c in self.mentions for i in range(c.span.start, c.span.end)}
        last = None
        closest = None  # the last noun for one unnamed person, whatever its role ("my dad's word ... he")
        for word in sent:
            if word.i >= tok.i:
                break
            if word.dep_ in SUBJECT_DEPS and word.pos_ != "PRON" and (last is None or last.head.i != sent.root.i):
                last = word  # the main clause's subject, else the closest one
            if word.tag_ == "NN" and word.lemma_.lower() in self.person_nouns and word.i not in self._named_tokens:
                closest = word
            elif word.i in self._named_tokens and word.ent_type_ == "PERSON":
                closest = None  # a person named after it is closer
        if closest is not None:
            return True
        if last is None or last.i in self._named_tokens:
            return False
        return last.ent_type_ == "PERSON" or last.tag_ == "NN" and last.lemma_.lower() in self.person_nouns

    def _is_person_word(self, word: Token) -> bool:
        return word.ent_type_ == "PERSON" or word.lemma_.lower() in self.person_group_words

    def _group_mentions(self) -> list[_Candidate]:
        """Plural group nouns ("Kurdish fighters", "the protesters") as candidates for "they"."""
        if self._groups is None:
            self._groups = []
            if self.describe is not None:
                named = {i for c in self.mentions for i in range(c.span.start, c.span.end)}
                for tok in self.doc:
                    if tok.tag_ in ("NNS", "NNPS") and tok.i not in named and tok.lemma_.lower() in self.group_words \
                            and tok.dep_ in SUBJECT_DEPS + ("dobj", "conj", "pobj"):
                        ref = self.describe(tok)
                        if ref is not None:
                            self._groups.append(_Candidate(ref, self.doc[tok.left_edge.i: tok.i + 1]))
        return self._groups
