"""Walks over spaCy's dependency tree, and over a doc's words across line breaks, that several parts of actor
resolution share."""
from __future__ import annotations

from itertools import islice

from spacy.tokens import Doc, Token

SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")


def word_before(doc: Doc, start: int) -> Token | None:
    """The token before position ``start`` that is not blank space (a hard-wrapped page's line break), if any."""
    i = start - 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    return doc[i] if i >= 0 else None


def child_of(tok: Token, dep: str) -> Token | None:
    return next((c for c in tok.children if c.dep_ == dep), None)


def is_turn_label(tok: Token) -> bool:
    """'Q   Are you going to invite X?': the "Q" that opens a question in a transcript marks whose turn it is; the
    small model takes it for a subject."""
    return tok.text == "Q" and all(t.is_space or t.is_punct for t in tok.doc[tok.sent.start:tok.i])


def is_to_infinitive(tok: Token) -> bool:
    """Whether ``tok`` heads a to-infinitive ('to' its auxiliary), whatever the clause's relation to its head."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def verb_ancestors(tok: Token, limit: int):
    count = 0
    for ancestor in tok.ancestors:
        if ancestor.pos_ in ("VERB", "AUX"):
            yield ancestor
            count += 1
            if count >= limit:
                return


def comma_participle_host(verb: Token) -> Token | None:
    """'X ordered Y to withdraw its diplomats, accusing Z of ...': a participle set off by a comma, with no subject
    or conjunction of its own, that the parser hangs on a to-infinitive complement speaks of the clause above
    it (the one who ordered accuses), not of what was ordered; that clause's verb, or None."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.head.dep_ != "xcomp":
        return None
    before = word_before(verb.doc, verb.left_edge.i)
    if before is None or before.text != "," or any(c.dep_ in SUBJECT_DEPS + ("mark",) for c in verb.children):
        return None
    host = verb.head
    while host.dep_ == "xcomp" and host.head.i != host.i and host.head.pos_ in ("VERB", "AUX"):
        host = host.head
    return host if host is not verb.head else None


def subject_cut_into_fronted_phrase(verb: Token) -> Token | None:
    """'In a declaration issued in Beijing, Saudi Arabia and Iran agreed ...': the small model hangs a subject that
    follows a fronted phrase's comma on that phrase's last noun, as its conjunct; the named conjunct that opens
    after the comma and runs up to the verb (adverbs aside) is the verb's subject, or None."""
    doc = verb.doc
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.i < verb.i):
        for tok in prep.subtree:
            if tok.dep_ != "conj" or not tok.ent_type_ or tok.ent_type_ in ("DATE", "TIME", "CARDINAL", "ORDINAL"):
                continue
            before = word_before(doc, tok.left_edge.i)
            if before is None or before.text != "," or tok.right_edge.i >= verb.i:
                continue
            if all(t.pos_ in ("ADV", "SPACE") for t in doc[tok.right_edge.i + 1:verb.i]):
                return tok
    return None


def commented_clause(noun: Token, nouns) -> Token | None:
    """'X annexed Y, a move condemned by Z', 'X ordered Y to close its office, a move Z condemned': a noun for an
    act (``nouns``) set off by a comma, with a clause of its own, comments on the clause it follows (the parser
    hangs it on that clause's verb or one of its phrases); that clause's verb, through any infinitive to the verb
    that governs it, or None."""
    if noun.lemma_.lower() not in nouns or not any(c.dep_ in ("acl", "relcl") for c in noun.children):
        return None
    before = word_before(noun.doc, noun.left_edge.i)
    if before is None or before.text not in (",", ";", "—", "–"):
        return None
    node = noun
    while node.dep_ in ("appos", "dobj", "npadvmod", "pobj", "prep", "conj", "attr", "advmod") and node.head.i != node.i:
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            while node.dep_ == "xcomp" and node.head.pos_ in ("VERB", "AUX") and node.head.i != node.i:
                node = node.head
            return node
    return None


def is_inside(tok: Token, phrase_head: Token) -> bool:
    return phrase_head.left_edge.i <= tok.i <= phrase_head.right_edge.i


def misparsed_finite_verb(verb: Token) -> bool:
    """'Israeli air strikes killed at least 30 people': a past verb with an object of its own, parsed as a
    participle clause of the sentence's root noun, is that noun's finite verb (a passive participle takes no
    object). So too where the noun is made the first of two subjects of the verb after it, mostly one of saying
    ('Russian strikes killed 12 people in Dnipro, officials said': a verb has one subject)."""
    if verb.dep_ != "acl" or verb.tag_ not in ("VBN", "VBD") or verb.head.pos_ not in ("NOUN", "PROPN") \
            or not any(c.dep_ == "dobj" for c in verb.children):
        return False
    noun = verb.head
    return noun.dep_ == "ROOT" or noun.dep_ == "nsubj" and any(
        c.dep_ == "nsubj" and c.i > noun.i for c in noun.head.children) and noun.head.i > verb.i


def subject_joined_to_an_object(verb: Token) -> Token | None:
    """'X will review the talks and the minister will reaffirm Y': a noun right before a coordinated verb's own
    auxiliary, which the parser joined to the object before it, is that verb's subject (an object is never
    followed by 'will'); the noun, or None."""
    auxiliaries = [c for c in verb.children if c.dep_ == "aux" and c.i < verb.i]
    if verb.dep_ != "conj" or not auxiliaries or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    noun = verb.doc[auxiliaries[0].i - 1]
    if noun.pos_ in ("NOUN", "PROPN") and noun.dep_ == "conj" and noun.head.dep_ in ("dobj", "pobj", "attr") \
            and noun.head.i < noun.i < verb.i:
        return noun
    return None


def misjoined_finite_verb(verb: Token) -> Token | None:
    """'X accused Y of sending mercenaries and detained 49 soldiers': a past-tense verb the parser joins to a
    gerund governed by a preposition is coordinated with the finite verb above the preposition (unlike forms do
    not coordinate), so it is that verb's subject who did it; that verb, or None."""
    def finite(tok: Token) -> bool:
        return tok.pos_ in ("VERB", "AUX") and tok.tag_ in ("VBD", "VBZ", "VBP")

    head = verb.head
    if verb.dep_ == "conj" and verb.tag_ == "VB" and finite(head) and head.i < verb.i \
            and not any(c.dep_ in (*SUBJECT_DEPS, "aux", "mark") for c in verb.children):
        # "X, which helps women invest in Y, lift up Z and give them support": a bare verb the parser joins to a
        # finite one goes with the bare verb before it, below that finite verb
        return next((t for t in reversed(verb.doc[head.i + 1:verb.i]) if t.tag_ == "VB" and t.dep_ in ("ccomp", "xcomp")
                     and not is_to_infinitive(t) and not any(c.dep_ == "aux" for c in t.children)), None)
    if verb.dep_ != "conj" or verb.tag_ != "VBD" or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    if head.tag_ == "VBG" and head.dep_ == "pcomp":
        return head.head.head if finite(head.head.head) else None
    if not (head.tag_ == "VBG" or head.tag_ == "VB" and is_to_infinitive(head)):
        return None
    # "welcomed X becoming the first nation to join Y and discussed Z": the nearest finite verb above the
    # non-finite one the parser joined it to, within six steps
    return next((a for a in islice(head.ancestors, 6) if finite(a)), None)


def leading_verb(tok: Token) -> Token | None:
    """The verb a coordinated verb ('strengthening X and expanding Y') or a participle set after its clause
    ('will strengthen X, cooperating with Y') goes with, when it has no subject, auxiliary or conjunction of its own:
    through the adjective of a small clause ('holding X accountable and supporting Y'); where the parser hangs it on
    the wrong verb, the one it goes with (:func:`misjoined_finite_verb`, :func:`comma_participle_host`). None
    otherwise."""
    if tok.pos_ != "VERB" or any(c.dep_ in (*SUBJECT_DEPS, "aux", "auxpass", "mark") for c in tok.children):
        return None
    if tok.dep_ != "conj" and not (tok.dep_ == "advcl" and tok.tag_ == "VBG"):
        return None
    head = misjoined_finite_verb(tok) or comma_participle_host(tok) or tok.head
    if tok.dep_ == "conj" and head.pos_ == "ADJ" and head.dep_ in ("ccomp", "xcomp", "oprd"):
        head = head.head
    return head if head.pos_ in ("VERB", "AUX") and head.i != tok.i else None
