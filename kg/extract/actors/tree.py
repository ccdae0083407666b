"""Walks over spaCy's dependency tree that several parts of actor resolution share."""
from __future__ import annotations

from spacy.tokens import Token

SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")


def child_of(tok: Token, dep: str) -> Token | None:
    return next((c for c in tok.children if c.dep_ == dep), None)


def verb_ancestors(tok: Token, limit: int):
    count = 0
    for ancestor in tok.ancestors:
        if ancestor.pos_ in ("VERB", "AUX"):
            yield ancestor
            count += 1
            if count >= limit:
                return


def is_inside(tok: Token, phrase_head: Token) -> bool:
    return phrase_head.left_edge.i <= tok.i <= phrase_head.right_edge.i
