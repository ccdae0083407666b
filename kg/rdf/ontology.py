"""What kg.ttl says about each event type, read once: shortcut property, CAMEO/PLOVER codes, quad class, verb."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from rdflib import RDFS, Graph, Literal, URIRef

from ..resources import ontology_path
from .kgo import KGO

__all__ = ["EventType", "load_ontology", "event_types", "local_name"]


@dataclass(frozen=True)
class EventType:
    """An event class of kg.ttl: a subclass of one of the four quad classes."""

    name: str
    iri: URIRef
    quad_class: int
    cameo: tuple[str, ...] = ()
    plover: tuple[str, ...] = ()
    verb_label: str | None = None
    shortcut: URIRef | None = None
    goldstein: float | None = None


def local_name(iri) -> str:
    """The part of an IRI after its last '#' or '/'."""
    text = str(iri)
    return text[max(text.rfind("#"), text.rfind("/")) + 1:]


@lru_cache(maxsize=1)
def load_ontology() -> Graph:
    """ontology/kg.ttl as a graph (parsed once; treat it as read-only)."""
    graph = Graph()
    graph.parse(ontology_path("kg.ttl"), format="turtle")
    return graph


def _literals(graph: Graph, subject, predicate) -> tuple[str, ...]:
    return tuple(sorted(str(o) for o in graph.objects(subject, predicate) if isinstance(o, Literal)))


@lru_cache(maxsize=1)
def event_types() -> dict[str, EventType]:
    """Event types by local name ("Accuse" → EventType), from the classes under a kgo:quadClass superclass."""
    graph = load_ontology()
    types = {}
    for quad, number in graph.subject_objects(KGO.quadClass):
        for cls in graph.subjects(RDFS.subClassOf, quad):
            if not isinstance(cls, URIRef):
                continue
            shortcut = next((o for o in graph.objects(cls, KGO.shortcut) if isinstance(o, URIRef)), None)
            goldstein = next((o.toPython() for o in graph.objects(cls, KGO.goldstein) if isinstance(o, Literal)), None)
            verbs = _literals(graph, cls, KGO.verbLabel)
            types[local_name(cls)] = EventType(
                name=local_name(cls), iri=cls, quad_class=int(number.toPython()),
                cameo=_literals(graph, cls, KGO.cameoRoot), plover=_literals(graph, cls, KGO.plover),
                verb_label=verbs[0] if verbs else None, shortcut=shortcut,
                goldstein=float(goldstein) if goldstein is not None else None,
            )
    return dict(sorted(types.items()))
