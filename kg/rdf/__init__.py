"""RDF stage: events → rdflib graphs, and graphs ↔ files.

``KGO`` (generated from ontology/kg.ttl) names every ontology term; ``ACT``, ``EV`` and ``ART`` are the
namespaces kg mints actor, event and article IRIs in. Imports are lazy so that the namespace generator
can run even when kgo.py is missing or stale.
"""
from __future__ import annotations

import importlib

__all__ = ["KGO", "ACT", "EV", "ART", "NIF", "PREFIXES", "build_graph", "event_iri", "actor_iri", "article_iri",
           "write_graph", "load_graph", "serialize", "FORMATS", "load_ontology", "event_types", "EventType"]

_HOME = {
    "KGO": "kgo", "ACT": "kgo", "EV": "kgo", "ART": "kgo", "NIF": "kgo", "PREFIXES": "kgo",
    "build_graph": "build", "event_iri": "build", "actor_iri": "build", "article_iri": "build",
    "write_graph": "io", "load_graph": "io", "serialize": "io", "FORMATS": "io",
    "load_ontology": "ontology", "event_types": "ontology", "EventType": "ontology",
}


def __getattr__(name: str):
    if name in _HOME:
        value = getattr(importlib.import_module(f"{__name__}.{_HOME[name]}"), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__():
    return sorted(set(globals()) | set(__all__))
