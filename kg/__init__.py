"""kg: a knowledge-graph builder for geopolitical news.

Articles → events (spaCy) → RDF (rdflib) → files and an event table::

    import kg

    ds = kg.build(["seeds/russia-us-security-talks.txt"])      # rdflib Dataset, one graph per article
    kg.write_graph(ds, "out/seed.ttl")
    for row in kg.event_rows(ds):
        print(row["agent_label"], row["type"], row["target_label"])

Importing kg is cheap: spaCy, rdflib and pyshacl load when a function that needs them is first used.
"""
from __future__ import annotations

__version__ = "0.1.0"

import importlib

from .build import build
from .errors import FilterError, FormatError, InputError, KgError, ModelError, QueryError, StoreError
from .ingest import Article, read_articles

__all__ = [
    "__version__",
    # articles and events
    "read_articles", "Article", "extract_events", "load_pipeline",
    # graphs
    "build", "build_graph", "load_graph", "write_graph", "event_rows", "to_dataframe", "validate_graph",
    # querying and network analysis
    "run_query", "list_named_queries", "to_networkx",
    # errors
    "KgError", "InputError", "ModelError", "FormatError", "FilterError", "QueryError", "StoreError",
]

_LAZY = {
    "extract_events": "kg.pipeline",
    "load_pipeline": "kg.nlp",
    "build_graph": "kg.rdf.build",
    "load_graph": "kg.rdf.io",
    "write_graph": "kg.rdf.io",
    "event_rows": "kg.table",
    "to_dataframe": "kg.table",
    "validate_graph": "kg.validate",
    "run_query": "kg.query",
    "list_named_queries": "kg.query",
    "to_networkx": "kg.analyze.project",
}


def __getattr__(name: str):
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'kg' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__():
    return sorted(set(globals()) | set(__all__))
