"""A trigger entry: one way a word signals an event type, with the constraints the parse must meet.

Entries come from two sources, and each keeps where it came from (``source``): the CAMEO verb dictionary
(``cameo:<line>``, see :mod:`kg.lexicon.cameo`) and kg's own corrections (``kg:triggers.jsonl:<line>``).
"""
from __future__ import annotations

from dataclasses import dataclass

__all__ = ["TriggerEntry", "PLACE_OBJECT", "PERSON_OBJECT", "OBJECT_MARKERS"]

#: an object word of a kg row that stands for a named place ('captured Aleppo', 'seized Crimea')
PLACE_OBJECT = "&PLACE"
#: an object word of a kg row that stands for a person named ('received Vladimir Putin')
PERSON_OBJECT = "&PERSON"
#: object words that are markers the extractor reads, not CAMEO word sets
OBJECT_MARKERS = frozenset({PLACE_OBJECT, PERSON_OBJECT})


@dataclass(frozen=True)
class TriggerEntry:
    lemma: str
    pos: str
    type: str
    #: where the target is, in order: "dobj", "dative", "poss", "oprd" (a lone object the parser took for a
    #: predicate), "prep:<word>"; "prep:out/of" is a preposition after a particle the parser may take for a
    #: preposition ("pulled out of X"); "participle_subject" is what an order puts into a state ("ordered the
    #: embassy closed")
    target: tuple = ()
    objects: frozenset = frozenset()
    #: the other words of a dictionary phrase object ("{NO AID}"), each a set of forms, left of the object's head
    object_words: tuple = ()
    particle: frozenset = frozenset()
    prep: frozenset = frozenset()
    requires: tuple = ()
    #: dependencies the trigger must not have; "naming": an object and an object predicate ("called X a liar")
    forbids: tuple = ()
    modifiers: frozenset = frozenset()
    not_modifiers: frozenset = frozenset()
    #: head words of a doer that say the kind as the modifiers would ('the navy held drills': military drills)
    doers: frozenset = frozenset()
    #: the row holds when two sides hold the event: coordinated holders ('X and Y held drills'), or one named by
    #: 'with' ('held drills with X')
    shared: bool = False
    mode: str | None = None
    needs_target: bool = False
    symmetric: bool = False
    #: (preposition, head words of its object): "accused ... (of torture)"; empty words: any object
    prep_objects: tuple = ()
    #: sets of words one of which must stand left of the trigger, among its dependents ("talks collapsed")
    before: tuple = ()
    #: where the entry comes from: "cameo:<line>" or "kg:triggers.jsonl:<line>"
    source: str = ""
    #: the CAMEO code it codes, when known
    cameo: str | None = None
    #: a dictionary synonym coded with its block's code only: both ends must be named actors of a strong kind
    inherited: bool = False
    #: the target is the one who acts ("received a loan from X": X gave aid), CAMEO's "[:071]"
    reverse: bool = False
    #: None when the entry says "this is not an event" (a CAMEO pattern coded [---])
    is_event: bool = True
