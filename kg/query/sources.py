"""What SPARQL is asked of: an rdflib graph or an Oxigraph store behind one interface, the ontology alongside."""
from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any, Mapping

from ..errors import QueryError
from ..rdf.plain import plain_rdflib as _plain_rdflib
from ..store import ONTOLOGY_GRAPH
from .timeouts import _run_in_child, _run_in_thread
from .values import _to_oxigraph, rows_streamed_oxigraph


def _prefixes() -> dict[str, str]:
    from ..rdf.build import WD
    from ..rdf.kgo import ACT, ART, EV, PREFIXES

    return {**PREFIXES, "act": str(ACT), "ev": str(EV), "art": str(ART), "wd": str(WD)}


def _ontology_turtle() -> bytes:
    from ..resources import ontology_path

    return ontology_path("kg.ttl").read_bytes()


class QuerySource:
    """Something SPARQL can be asked: an rdflib graph or an Oxigraph store, with the ontology alongside.

    Make one with :func:`open_source` and reuse it: on rdflib the query view (data + ontology) is built
    once per source.
    """

    engine = "abstract"

    def select(self, text: str, bindings: Mapping[str, Any], timeout: float | None = None):
        """(columns, rows) of a query; ``bindings`` maps variable names to rdflib terms."""
        raise NotImplementedError

    def update(self, text: str) -> None:
        raise NotImplementedError

    def actor_keys(self) -> list[tuple[str, str, str]]:
        """(actor IRI, key, kind) for every label, alias, ISO3 code and owl:sameAs IRI of an actor."""
        if getattr(self, "_actor_keys", None) is None:
            columns, rows = self.select(_ACTOR_KEYS_QUERY, {})
            self._actor_keys = [tuple(r) for r in rows]
        return self._actor_keys


_ACTOR_KEYS_QUERY = """
PREFIX kgo: <https://w3id.org/kg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
SELECT DISTINCT ?actor ?key ?kind WHERE {
  ?actor a ?cls . ?cls rdfs:subClassOf* kgo:Actor .
  { ?actor rdfs:label ?key . BIND("label" AS ?kind) }
  UNION { ?actor skos:altLabel ?key . BIND("alias" AS ?kind) }
  UNION { ?actor kgo:iso3 ?key . BIND("iso3" AS ?kind) }
  UNION { ?actor owl:sameAs ?key . BIND("sameAs" AS ?kind) }
}
ORDER BY ?actor ?kind ?key
"""


class RdflibSource(QuerySource):
    """An rdflib Graph, ConjunctiveGraph or Dataset, queried through a copy with the ontology added."""

    engine = "rdflib"

    def __init__(self, graph):
        self.graph = graph
        self._view = None
        self._prepared: dict[str, Any] = {}

    def view(self):
        """The Dataset queries run on: every quad of the graph plus the ontology graph, union as default,
        with the event-table rows kg derives (:mod:`kg.rdf.table_rows`) computed afresh."""
        if self._view is None:
            from rdflib import ConjunctiveGraph, Dataset, URIRef
            from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

            view = Dataset(default_union=True)
            if isinstance(self.graph, ConjunctiveGraph):
                for s, p, o, c in self.graph.quads((None, None, None, None)):
                    name = getattr(c, "identifier", c)
                    if name is None or name == DATASET_DEFAULT_GRAPH_ID:
                        view.add((s, p, o))
                    else:
                        view.add((s, p, o, view.graph(name)))
            else:
                for triple in self.graph:
                    view.add(triple)
            ontology = URIRef(ONTOLOGY_GRAPH)
            if not any(True for _ in view.graph(ontology).triples((None, None, None))):
                view.graph(ontology).parse(data=_ontology_turtle(), format="turtle")
            from ..rdf.table_rows import refresh_rows

            refresh_rows(view)
            self._view = view
        return self._view

    def _prepare(self, text: str):
        prepared = self._prepared.get(text)
        if prepared is None:
            from rdflib.plugins.sparql import prepareQuery

            try:
                prepared = prepareQuery(text, initNs=_prefixes())
            except QueryError:
                raise
            except Exception as exc:  # e.g. an undeclared prefix: rdflib raises a bare Exception
                raise QueryError(f"cannot prepare the query: {exc}") from None
            self._prepared[text] = prepared
        return prepared

    def _evaluate(self, text, bindings):
        result = self.view().query(self._prepare(text), initBindings=dict(bindings))
        return _rdflib_result(result)

    def select(self, text, bindings, timeout=None):
        prepared = self._prepare(text)  # parse errors surface here, in the caller's process
        self.view()
        if timeout is None:
            return _rdflib_result(self._view.query(prepared, initBindings=dict(bindings)))
        return _run_in_child(self._evaluate, (text, dict(bindings)), timeout, "the query")

    def update(self, text):
        from rdflib import ConjunctiveGraph, Dataset

        target = self.graph
        if isinstance(target, Dataset):
            # rdflib 7's Dataset cannot run INSERT DATA (its += wants quads); a ConjunctiveGraph over the
            # same store can (its default graph is the union, as in rdflib's own update semantics)
            import warnings

            with warnings.catch_warnings():
                warnings.simplefilter("ignore", DeprecationWarning)
                default = getattr(target, "default_graph", None) or target.default_context
                target = ConjunctiveGraph(store=target.store, identifier=default.identifier)
        target.update(text, initNs=_prefixes())
        self._view = None
        self._actor_keys = None


def _rdflib_result(result):
    if result.type == "ASK":
        return ["ask"], [(bool(result.askAnswer),)]
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        return (["subject", "predicate", "object"],
                [tuple(_plain_rdflib(t) for t in triple) for triple in result.graph])
    columns = [str(v) for v in result.vars]
    return columns, [tuple(_plain_rdflib(row[i]) for i in range(len(columns))) for row in result]


class OxigraphSource(QuerySource):
    """A ``pyoxigraph.Store`` (in memory or on disk); its union default graph is queried."""

    engine = "oxigraph"

    def __init__(self, store):
        import pyoxigraph as ox

        from ..store.articles import ontology_is_current

        self.store = store
        if not ontology_is_current(store):  # not written by this kg: the rows are computed afresh
            try:
                _derive(store)
            except (OSError, RuntimeError):  # a read-only store: query a copy in memory
                copy = ox.Store()
                copy.bulk_extend(store.quads_for_pattern(None, None, None, None))
                _derive(copy)
                self.store = copy

    def _evaluate(self, text, bindings):
        import pyoxigraph as ox

        substitutions = {ox.Variable(name): _to_oxigraph(term) for name, term in bindings.items()}
        opened = _values_row(text, substitutions)
        if opened is not None:
            text, substitutions = opened, {}

        def run():
            try:
                return self.store.query(text, prefixes=_prefixes(), use_default_graph_as_union=True,
                                        substitutions=substitutions or None)
            except SyntaxError as exc:
                raise QueryError(f"SPARQL syntax error (Oxigraph): {exc}") from None
            except RuntimeError as exc:
                if "projection" in str(exc):
                    raise QueryError(f"{exc}: with Oxigraph a parameter must be a variable the SELECT clause "
                                     "projects (and used in a triple pattern or VALUES table)") from None
                raise QueryError(f"query failed: {exc}") from None

        return rows_streamed_oxigraph(run)  # columns in variables' order

    def select(self, text, bindings, timeout=None):
        if timeout is None:
            return self._evaluate(text, bindings)
        return _run_in_thread(self._evaluate, (text, dict(bindings)), timeout, "the query")

    def update(self, text):
        try:
            self.store.update(text, prefixes=_prefixes())
        except SyntaxError as exc:
            raise QueryError(f"SPARQL syntax error (Oxigraph): {exc}") from None
        self._actor_keys = None


def _derive(store) -> None:
    """Compute the event-table rows of a ``pyoxigraph.Store`` afresh, then mark it with this ontology
    (in that order: a store killed in between is derived again when next read)."""
    from ..rdf.table_rows import refresh_store_rows
    from ..store.articles import ensure_ontology

    refresh_store_rows(store)
    ensure_ontology(store)


_OUTER_WHERE = re.compile(r"^[^#\n]*?\bWHERE\s*\{", re.IGNORECASE | re.MULTILINE)


def _values_row(text: str, substitutions: dict) -> str | None:
    """``text`` with ``VALUES (?a ?b) { (term term) }`` opening its outermost WHERE group (the first
    ``WHERE {`` outside a comment), or None when there is nothing to bind or no such line."""
    match = _OUTER_WHERE.search(text) if substitutions else None
    if match is None:
        return None
    names = " ".join(str(variable) for variable in substitutions)
    row = " ".join(str(term) for term in substitutions.values())  # pyoxigraph's own N-Triples form
    return f"{text[:match.end()]}\n  VALUES ({names}) {{ ({row}) }}\n{text[match.end():]}"



#: The engines a query can run on: rdflib (pure Python) or Oxigraph (Rust, via pyoxigraph).
ENGINES = ("rdflib", "oxigraph")


def open_source(source, engine: str | None = None) -> QuerySource:
    """A :class:`QuerySource` for ``source``: a QuerySource, an rdflib graph, a ``pyoxigraph.Store``, a
    graph file (.ttl, .nt, .jsonld, .trig, .nq) or an Oxigraph store directory.

    A store directory is opened writable when it can be (to add the ontology graph once), else read-only.
    ``engine="oxigraph"`` queries an rdflib graph (or graph file) through a copy in an in-memory Oxigraph
    store: the copy costs about as much as one simple query, and every query after it runs in Rust
    (kg's own readers, the event table, the viewer and the networkx projection, do this). The default
    queries rdflib graphs with rdflib and stores with Oxigraph.
    """
    if engine is not None and engine not in ENGINES:
        raise QueryError(f"unknown query engine {engine!r}; choose one of: {', '.join(ENGINES)}")
    if engine == "oxigraph" and not isinstance(source, QuerySource):
        from rdflib import Graph

        if isinstance(source, (str, os.PathLike)) and not Path(source).is_dir():
            from ..rdf.io import load_graph

            source = load_graph(source)
        if isinstance(source, Graph):
            import pyoxigraph as ox

            from ..store import dataset_to_quads

            copy = ox.Store()
            copy.bulk_extend(dataset_to_quads(source))
            _derive(copy)  # whatever the graph says of the rows
            return OxigraphSource(copy)
    if isinstance(source, QuerySource):
        return source
    try:
        import pyoxigraph as ox
    except ImportError:  # pragma: no cover - pyoxigraph is a dependency
        ox = None
    if ox is not None and isinstance(source, ox.Store):
        return OxigraphSource(source)
    from rdflib import Graph

    if isinstance(source, Graph):
        return RdflibSource(source)
    if isinstance(source, (str, os.PathLike)):
        path = Path(source)
        if path.is_dir():
            from ..errors import StoreError
            from ..store import open_store

            from ..store import check_store_dir

            if check_store_dir(path) == "foreign":  # not kg's: read it, never write it
                return OxigraphSource(open_store(path, read_only=True))
            try:  # never creates: a directory that is not a kg store is refused
                return OxigraphSource(open_store(path, create=False))
            except StoreError as exc:
                if "in use by another process" not in str(exc):
                    raise
                return OxigraphSource(open_store(path, read_only=True))
        from ..rdf.io import load_graph

        return RdflibSource(load_graph(path))
    raise QueryError(f"cannot query a {type(source).__name__}: give an rdflib Graph or Dataset, "
                     "a pyoxigraph.Store, a graph file or a store directory")
