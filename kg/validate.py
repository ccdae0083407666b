"""Check a graph against ontology/shapes.ttl with pyshacl.

The shapes read which classes are event classes from kg.ttl, so the ontology is added to (a copy of) the
data before validating; there is no inference.
"""
from __future__ import annotations

from functools import lru_cache

__all__ = ["validate_graph"]


@lru_cache(maxsize=1)
def _shapes():
    from rdflib import Graph

    from .resources import ontology_path

    return Graph().parse(ontology_path("shapes.ttl"), format="turtle")


def validate_graph(graph) -> tuple[bool, str]:
    """(conforms, report text) for ``graph`` (a Graph, or a Dataset whose named graphs are checked as one union).

    >>> import kg
    >>> conforms, report = kg.validate_graph(kg.load_graph("out/seed.ttl"))  # doctest: +SKIP
    """
    from pyshacl import validate

    from .rdf.io import union_graph
    from .rdf.ontology import load_ontology

    data = union_graph(graph) + load_ontology()  # a new graph: neither input is changed
    conforms, _report_graph, report_text = validate(
        data, shacl_graph=_shapes(), inference="none", abort_on_first=False, allow_warnings=True,
    )
    return bool(conforms), str(report_text)
