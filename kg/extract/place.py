"""kgo:place: where the text says an event happened ("met in Beijing", "the attack on a village in Gaza").

Only what the sentence names next to the trigger counts: a preposition of place on the trigger itself
or on what it acts on or is aimed at, whose object is a state or a place (the gazetteer's, or a place name spaCy
tags GPE, LOC or FAC). Nothing is guessed from the article's dateline or from where the speaker is.
"""
from __future__ import annotations

from ..ingest import slug
from ..model import ActorRef

__all__ = ["place_of", "PLACE_PREPOSITIONS"]

#: Prepositions whose object says where something happened.
PLACE_PREPOSITIONS = ("in", "at", "near", "inside", "outside", "outside of")
_PLACE_CLASSES = ("State", "Place")
_PLACE_ENTITIES = ("GPE", "LOC", "FAC")


def _objects(tok):
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ in PLACE_PREPOSITIONS:
            yield from (c for c in prep.children if c.dep_ == "pobj")


def place_of(tok, actors) -> ActorRef | None:
    """Where the event whose trigger is ``tok`` (a spaCy Token) happened, as an ActorRef of class State
    or Place, or None when the text does not say. ``actors`` is the extractor's
    :class:`kg.extract.actors.ActorFinder` (it resolves names through the gazetteer)."""
    # the trigger, what it acts on ("shelled positions in X") and what it is aimed at ("strikes on targets in X")
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    objects += [o for p in tok.children if p.dep_ == "prep" and p.lower_ not in PLACE_PREPOSITIONS
                for o in p.children if o.dep_ == "pobj"]
    heads = [tok] + [o for o in objects if o.pos_ in ("NOUN", "PROPN")]
    for head in heads:
        for pobj in _objects(head):
            for ref, _text in actors.actors_of(pobj):
                if ref.cls in _PLACE_CLASSES:
                    return ref
            if pobj.ent_type_ in _PLACE_ENTITIES:
                ent = next(e for e in tok.doc.ents if e.start <= pobj.i < e.end)
                name = ent.text.removeprefix("the ").strip()
                if name:
                    return ActorRef(key=f"place/{slug(name)}", label=name, cls="Place")
    return None
