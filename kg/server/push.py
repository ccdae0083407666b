"""`kg push`: graph files or a store into any SPARQL 1.1 Graph Store Protocol endpoint."""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Iterable, Iterator

from ..errors import StoreError
from ..rdf.kgo import KGO

__all__ = ["PushReport", "push"]


@dataclass
class PushReport:
    graphs: int = 0     # named graphs sent
    default: int = 0    # 1 when default-graph triples were sent
    triples: int = 0


def _graphs_of_store(store) -> Iterator[tuple[str | None, bytes, int]]:
    import pyoxigraph as ox

    from ..store import ONTOLOGY_GRAPH, open_store

    handle = open_store(store, read_only=True)
    names = sorted(g.value for g in handle.named_graphs() if isinstance(g, ox.NamedNode) and g.value != ONTOLOGY_GRAPH)
    default = handle.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph())
    if default.strip():
        yield None, default, default.count(b"\n")
    row = ox.NamedNode(str(KGO.tableRow))  # a cache of the store's (kg.rdf.table_rows), left out as kg export does
    for name in names:
        graph = ox.NamedNode(name)
        if next(handle.quads_for_pattern(None, row, None, graph), None) is None:
            data = handle.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=graph)
        else:
            kept = (q.triple for q in handle.quads_for_pattern(None, None, None, graph) if q.predicate != row)
            data = ox.serialize(kept, format=ox.RdfFormat.N_TRIPLES)
        yield name, data, data.count(b"\n")


def _graphs_of_files(paths: Iterable[str]) -> Iterator[tuple[str | None, bytes, int]]:
    from rdflib import Graph
    from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

    from ..rdf.io import load_graph

    dataset = load_graph(list(paths))
    for context in sorted(dataset.graphs(), key=lambda c: str(c.identifier)):
        if not len(context):
            continue
        name = None if context.identifier == DATASET_DEFAULT_GRAPH_ID else str(context.identifier)
        plain = Graph()
        for triple in context:
            plain.add(triple)
        yield name, plain.serialize(format="nt", encoding="utf-8"), len(plain)


def push(endpoint: str, graphs: Iterable[str] = (), store: str | os.PathLike | None = None, replace: bool = True,
         timeout: float = 60.0, client=None) -> PushReport:
    """Load graph files (``graphs``) or a ``store`` into the Graph Store Protocol ``endpoint``.

    Each named graph is PUT (``replace``) or POSTed to ``endpoint?graph=IRI`` as N-Triples; the actors graph
    (act:) is always POSTed, merged with the actors already there; default-graph triples are POSTed to
    ``endpoint?default``.

    Raises:
        StoreError: the endpoint cannot be reached or refuses a request (the message quotes its answer).
        InputError: a graph file cannot be read.
    """
    import httpx

    from ..store import ACTORS_GRAPH

    graphs = list(graphs)
    if bool(graphs) == (store is not None):
        raise StoreError("give graph files or a store to push, not both and not neither")
    source = _graphs_of_store(store) if store is not None else _graphs_of_files(graphs)
    own = client is None
    client = client or httpx.Client(timeout=timeout)
    report = PushReport()
    try:
        for name, data, count in source:
            params = {"default": ""} if name is None else {"graph": name}
            # the actors graph is shared by every article ever pushed: merge into it, never replace it
            method = "PUT" if replace and name not in (None, ACTORS_GRAPH) else "POST"
            try:
                response = client.request(method, endpoint, params=params, content=data,
                                          headers={"Content-Type": "application/n-triples"})
            except httpx.HTTPError as exc:
                raise StoreError(f"cannot reach {endpoint}: {exc}") from None
            if response.status_code >= 400:
                raise StoreError(f"{endpoint} refused {method} of graph {name or '(default)'}: "
                                 f"HTTP {response.status_code} {response.text.strip()[:300]}")
            if name is None:
                report.default = 1
            else:
                report.graphs += 1
            report.triples += count
    finally:
        if own:
            client.close()
    return report
