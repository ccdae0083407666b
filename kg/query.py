"""Ask the graph: named SPARQL queries, parameter bindings, a read-only guard and result formats.

The same query runs on an rdflib Graph/Dataset (in memory, e.g. loaded from a file) and on a
``pyoxigraph.Store`` (persistent, ``kg build --store DIR``), behind one small interface
(:class:`QuerySource`); rows come back as plain Python values, so both give the same rows.

Named queries are the ``ontology/queries/*.rq`` files. Each starts with header comments::

    # name: accusations-against
    # answers: Who accused an actor (or someone acting for it), of what, when, ...
    # params: actor (actor, required) the accused: an actor label, alias, ISO3 code or IRI
    # params: asserted_only (boolean, default false) keep only events the text asserts

A parameter is ``NAME (KIND[, required][, default VALUE]) description``; KIND is one of ``actor``
(label, alias, ISO3 code, prefixed name or IRI; resolved to the actor's IRI), ``type`` (an event type:
``Accuse``, ``accused`` or its IRI), ``iri``, ``boolean``, ``integer`` or ``string``.

How values reach the query
--------------------------
Never by pasting text: values are validated and turned into RDF terms, then passed with
``initBindings`` (rdflib, on a query prepared with ``prepareQuery``) or, on Oxigraph, as a one-row
``VALUES`` table that opens the query's outermost WHERE group, each term written by pyoxigraph itself
(an IRI it has checked, a literal it has escaped). Oxigraph's own ``substitutions`` give the same rows
but filter the finished result: on a million triples a query bound to two actors then takes as long
as the query for every pair (over a minute for evidence-for-edge, against 3 s with the VALUES row).
Queries without a ``WHERE {`` line fall back to ``substitutions``, which see a variable only where it
occurs in a triple pattern, a property path or a VALUES table, and only when the SELECT clause projects
it; the named queries are written that way (boolean switches join a VALUES table). Columns of bound
parameters are left out of a named query's result (their value is the one you passed).

The ontology
------------
The built graph does not contain ontology/kg.ttl, but queries need its annotations (kgo:goldstein,
kgo:quadClass, kgo:cameoRoot, rdfs:subClassOf). Queries therefore run over the union of the data and
the ontology as its own named graph ``<https://w3id.org/kg/ontology>`` (:data:`ONTOLOGY_GRAPH`):

* rdflib: a query view is built once per :class:`QuerySource` -- a ``Dataset(default_union=True)``
  holding the source's quads plus the ontology graph. The caller's graph is never modified.
* Oxigraph: a writable store missing that named graph gets it added once (idempotent); a read-only
  store is copied into memory with the ontology added.

An Oxigraph store's union default graph keeps a triple once per named graph it occurs in (rdflib's
keeps it once). kg writes each actor's description once (in the act: graph) so that joins on labels
do not multiply, and the named queries use DISTINCT and aggregate over event triples only, so that
graphs from elsewhere give the same rows.

Timeouts
--------
``timeout`` seconds bound a query. On rdflib the query runs in a forked child process that is killed
at the deadline (POSIX ``fork``; where fork is unavailable it runs in a daemon thread that is
abandoned, not stopped). On Oxigraph it runs in a daemon thread: after the deadline the caller gets a
QueryError at once, but the abandoned query keeps running in the background until it ends (the
``kg`` command exits, which ends it).
"""
from __future__ import annotations

import csv
import difflib
import io
import json
import multiprocessing
import os
import re
import threading
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence

from .errors import FormatError, QueryError
from .store import ONTOLOGY_GRAPH

__all__ = [
    "ONTOLOGY_GRAPH", "ENGINES", "RESULT_FORMATS", "Param", "NamedQuery", "QuerySource",
    "list_named_queries", "named_query", "open_source", "run_query", "format_result",
    "check_query", "resolve_actor", "load_query", "parse_header", "escape_controls",
]

#: Output formats of :func:`format_result`.
RESULT_FORMATS = ("table", "csv", "tsv", "json")
#: Parameter kinds a query header may declare.
PARAM_KINDS = ("actor", "type", "iri", "boolean", "integer", "string")

_XSD = "http://www.w3.org/2001/XMLSchema#"
_INTEGER_TYPES = {_XSD + t for t in ("integer", "int", "long", "short", "byte", "nonNegativeInteger",
                                     "positiveInteger", "negativeInteger", "nonPositiveInteger",
                                     "unsignedLong", "unsignedInt", "unsignedShort", "unsignedByte")}
_FLOAT_TYPES = {_XSD + t for t in ("decimal", "double", "float")}
_UPDATE_OPERATIONS = ("INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY")
_IRI_FORBIDDEN = re.compile(r'[\x00-\x20<>"{}|^`\\]')
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
_HEADER = re.compile(r"^#\s*(name|answers|params?)\s*:\s*(.*?)\s*$")
_PARAM = re.compile(r"^(?P<name>[A-Za-z_][A-Za-z0-9_]*)\s*(?:\((?P<spec>[^)]*)\))?\s*(?P<description>.*)$")
_TABLE_CELL_WIDTH = 60


# ---------------------------------------------------------------------------------------- named queries

@dataclass(frozen=True)
class Param:
    """A query parameter declared in a ``# params:`` header line."""

    name: str
    kind: str = "string"
    required: bool = False
    default: str | None = None
    description: str = ""


@dataclass(frozen=True)
class NamedQuery:
    """A query file: its name, the one line saying what it answers, its parameters and its text."""

    name: str
    description: str
    params: tuple[Param, ...]
    text: str
    path: Path | None = field(default=None, compare=False)

    def param(self, name: str) -> Param | None:
        return next((p for p in self.params if p.name == name), None)


def _parse_param(text: str, where: str) -> Param:
    match = _PARAM.match(text.strip())
    if not match:
        raise QueryError(f"{where}: cannot read parameter declaration {text!r}; "
                         "expected 'NAME (KIND[, required][, default VALUE]) description'")
    kind, required, default = "string", False, None
    for part in filter(None, (p.strip() for p in (match["spec"] or "").split(","))):
        if part in PARAM_KINDS:
            kind = part
        elif part == "required":
            required = True
        elif part == "optional":
            required = False
        elif part.startswith("default"):
            default = part[len("default"):].strip(" =")
        else:  # free text in the parentheses, e.g. "(an actor label or IRI)"
            kind = "actor" if "actor" in part.lower() and kind == "string" else kind
    return Param(match["name"], kind, required, default, match["description"].strip())


def parse_header(text: str, fallback_name: str = "query") -> tuple[str, str, tuple[Param, ...]]:
    """(name, description, params) from a query's leading comment lines.

    Files without a ``# name:`` line are named after ``fallback_name``; without ``# answers:`` the first
    comment line is the description.

    >>> parse_header("# name: q\\n# answers: what\\n# params: actor (actor, required) who\\nSELECT * {}")
    ('q', 'what', (Param(name='actor', kind='actor', required=True, default=None, description='who'),))
    """
    name, description, params, first_comment = None, None, [], None
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped:
            continue
        if not stripped.startswith("#"):
            break
        match = _HEADER.match(stripped)
        if match:
            key, value = match.groups()
            if key == "name":
                name = value
            elif key == "answers":
                description = value
            else:
                params.extend(_parse_param(p, fallback_name) for p in [value] if p)
        elif first_comment is None:
            comment = stripped.lstrip("#").strip()
            if comment:
                first_comment = re.sub(rf"^{re.escape(fallback_name)}\s*:\s*", "", comment)
    return name or fallback_name, description or first_comment or "", tuple(params)


def _queries_dir() -> Path:
    from .resources import ontology_path

    return ontology_path("queries")


def list_named_queries() -> list[NamedQuery]:
    """The named queries of ontology/queries/, sorted by name.

    >>> [q.name for q in list_named_queries()][:2]
    ['accusations-against', 'actor-timeline']
    >>> named_query("who-accused-whom").description.startswith("Every accusation")
    True
    """
    queries = []
    for path in sorted(_queries_dir().glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        name, description, params = parse_header(text, path.stem)
        queries.append(NamedQuery(name, description, params, text, path))
    return sorted(queries, key=lambda q: q.name)


def named_query(name: str) -> NamedQuery:
    """The named query ``name``; QueryError naming the choices when there is none."""
    queries = {q.name: q for q in list_named_queries()}
    if name not in queries:
        close = difflib.get_close_matches(name, list(queries), n=3)
        hint = f" (did you mean {', '.join(close)}?)" if close else ""
        raise QueryError(f"no named query {name!r}{hint}; choose one of: {', '.join(queries)}")
    return queries[name]


def load_query(query: str | os.PathLike | NamedQuery) -> NamedQuery:
    """A NamedQuery from a name, a .rq path or SPARQL text."""
    if isinstance(query, NamedQuery):
        return query
    if isinstance(query, os.PathLike) or (isinstance(query, str) and query.endswith(".rq") and "\n" not in query):
        path = Path(query)
        if not path.is_file():
            raise QueryError(f"{path}: no such query file")
        text = path.read_text(encoding="utf-8")
        name, description, params = parse_header(text, path.stem)
        return NamedQuery(name, description, params, text, path)
    text = str(query)
    if re.fullmatch(r"[a-z0-9][a-z0-9-]*", text.strip()):
        return named_query(text.strip())
    name, description, params = parse_header(text, "query")
    return NamedQuery(name, description, params, text, None)


# ------------------------------------------------------------------------------------------ the guard

def _syntax_error(exc, text: str) -> QueryError:
    line = getattr(exc, "lineno", None)
    column = getattr(exc, "col", None)
    message = getattr(exc, "msg", None) or str(exc)
    source_line = text.splitlines()[line - 1] if line and 0 < line <= len(text.splitlines()) else ""
    error = QueryError(f"SPARQL syntax error at line {line}, column {column}: {message}"
                       + (f"\n  {source_line}\n  {' ' * max(0, (column or 1) - 1)}^" if source_line else ""))
    error.line, error.column = line, column
    return error


def check_query(text: str, allow_update: bool = False) -> str:
    """``"query"`` or ``"update"``: what ``text`` parses as (rdflib's SPARQL 1.1 parser).

    An update (INSERT, DELETE, LOAD, CLEAR, DROP, CREATE, ADD, MOVE, COPY) is refused unless
    ``allow_update``; text that parses as neither raises QueryError with the line and column.

    >>> check_query("SELECT * WHERE { ?s ?p ?o }")
    'query'
    >>> check_query("DROP ALL")
    Traceback (most recent call last):
    ...
    kg.errors.QueryError: refused: this is a SPARQL update (DROP), and queries are read-only; pass allow_update=True (kg query --allow-update) to change the graph
    """
    from pyparsing import ParseException
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

    verdict = _query_verdict(text)
    if verdict is not None:
        if verdict:  # a query that reads from outside the graph: refused, however often it is asked
            raise QueryError(verdict)
        return "query"
    try:
        parseQuery(text)
    except ParseException as exc:
        query_error = exc
    try:
        parsed = parseUpdate(text)
    except ParseException as exc:
        # report the parser that got further: the one that matches what the text was meant to be
        best = exc if exc.loc > query_error.loc else query_error
        raise _syntax_error(best, text) from None
    if not parsed.request:
        raise _syntax_error(query_error, text) from None
    if allow_update:
        _refuse_outside_reads(parsed)
    else:
        operations = sorted({_operation_name(op.name) for op in parsed.request})
        raise QueryError(f"refused: this is a SPARQL update ({', '.join(operations)}), and queries are "
                         "read-only; pass allow_update=True (kg query --allow-update) to change the graph")
    return "update"


#: Parts of a query or update that make an engine read from outside the graph (a web address, a local file):
#: rdflib fetches FROM/FROM NAMED/USING graphs and LOAD sources, both engines call SERVICE endpoints.
_OUTSIDE_READS = {
    "DatasetClause": "FROM / FROM NAMED",
    "UsingClause": "USING / USING NAMED",
    "ServiceGraphPattern": "SERVICE",
    "Load": "LOAD",
}


def _parts(node, found: set) -> set:
    from pyparsing import ParseResults
    from rdflib.plugins.sparql.parserutils import CompValue

    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, CompValue):
            found.add(item.name)
            stack.extend(item.values())
        elif isinstance(item, (ParseResults, list, tuple)):
            stack.extend(item)
        elif isinstance(item, dict):
            stack.extend(item.values())
    return found


def _outside_reads_message(parsed) -> str | None:
    """Why a parsed query or update would read anything but the graph it is asked of (None: it would not)."""
    found = sorted({label for name, label in _OUTSIDE_READS.items() if name in _parts(parsed, set())})
    if not found:
        return None
    return (f"refused: {' and '.join(found)} would make the query read from outside the graph (a web "
                         "address or a local file), and kg never fetches anything; ask the graph itself, "
            "e.g. GRAPH <iri> { ... } for one of its named graphs")


def _refuse_outside_reads(parsed) -> None:
    """QueryError when a parsed query or update would read anything but the graph it is asked of."""
    message = _outside_reads_message(parsed)
    if message:
        raise QueryError(message)


@lru_cache(maxsize=256)
def _query_verdict(text: str) -> str | None:
    """None when ``text`` does not parse as a SPARQL query, "" when it is a query kg runs, else the message
    refusing it; remembered, as parsing a named query takes 0.1-0.5 s."""
    from pyparsing import ParseException
    from rdflib.plugins.sparql.parser import parseQuery

    try:
        parsed = parseQuery(text)
    except ParseException:
        return None
    return _outside_reads_message(parsed) or ""


def _operation_name(name: str) -> str:
    upper = name.upper()
    if upper == "MODIFY":
        return "DELETE/INSERT"
    for keyword in _UPDATE_OPERATIONS:
        if upper.startswith(keyword):
            return keyword
    return upper


# ------------------------------------------------------------------------------------- plain values

def _plain(lexical: str, datatype: str | None, language: str | None = None):
    """An RDF literal as the Python value both engines agree on."""
    if datatype in _INTEGER_TYPES:
        try:
            return int(lexical)
        except ValueError:
            return lexical
    if datatype in _FLOAT_TYPES:
        try:
            return float(Decimal(lexical)) if datatype == _XSD + "decimal" else float(lexical)
        except (ValueError, ArithmeticError):
            return lexical
    if datatype == _XSD + "boolean":
        return lexical.strip() in ("true", "1")
    return lexical


def _plain_rdflib(term):
    from rdflib import BNode, Literal

    if term is None:
        return None
    if isinstance(term, Literal):
        return _plain(str(term), str(term.datatype) if term.datatype else None, term.language)
    if isinstance(term, BNode):
        return f"_:{term}"
    return str(term)


def _plain_oxigraph(term):
    import pyoxigraph as ox

    if term is None:
        return None
    if isinstance(term, ox.Literal):
        return _plain(term.value, term.datatype.value if term.datatype else None, term.language)
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.NamedNode):
        return term.value
    return str(term)


# ------------------------------------------------------------------------------------------- sources

def _prefixes() -> dict[str, str]:
    from .rdf.build import WD
    from .rdf.kgo import ACT, ART, EV, PREFIXES

    return {**PREFIXES, "act": str(ACT), "ev": str(EV), "art": str(ART), "wd": str(WD)}


def _ontology_turtle() -> bytes:
    from .resources import ontology_path

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


def _fork_context():
    try:
        return multiprocessing.get_context("fork")
    except ValueError:
        return None


def _run_in_child(function, args, timeout: float, what: str):
    """function(*args) in a forked child process killed after ``timeout`` seconds."""
    context = _fork_context()
    if context is None:
        return _run_in_thread(function, args, timeout, what)
    receiver, sender = context.Pipe(duplex=False)

    def child():
        try:
            sender.send(("ok", function(*args)))
        except BaseException as exc:  # send the error to the parent, whatever it is
            sender.send(("error", exc if isinstance(exc, QueryError) else QueryError(f"{type(exc).__name__}: {exc}")))
        finally:
            sender.close()

    process = context.Process(target=child, daemon=True)
    process.start()
    sender.close()
    try:
        if not receiver.poll(timeout):
            raise QueryError(f"{what} timed out after {timeout:g} s (stopped)")
        status, value = receiver.recv()
    except EOFError:
        raise QueryError(f"{what} failed: the worker process ended without an answer") from None
    finally:
        if process.is_alive():
            process.kill()
        process.join(1)
        receiver.close()
    if status == "error":
        raise value
    return value


def _run_in_thread(function, args, timeout: float, what: str):
    """function(*args) in a daemon thread; after ``timeout`` seconds it is abandoned (it cannot be stopped)."""
    result: dict = {}

    def work():
        try:
            result["value"] = function(*args)
        except BaseException as exc:
            result["error"] = exc

    worker = threading.Thread(target=work, daemon=True, name="kg-query")
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        raise QueryError(f"{what} timed out after {timeout:g} s (abandoned; it ends in the background)")
    if "error" in result:
        raise result["error"]
    return result["value"]


class RdflibSource(QuerySource):
    """An rdflib Graph, ConjunctiveGraph or Dataset, queried through a copy with the ontology added."""

    engine = "rdflib"

    def __init__(self, graph):
        self.graph = graph
        self._view = None
        self._prepared: dict[str, Any] = {}

    def view(self):
        """The Dataset queries run on: every quad of the graph plus the ontology graph, union as default."""
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

        self.store = store
        ontology = ox.NamedNode(ONTOLOGY_GRAPH)
        if not store.contains_named_graph(ontology):
            try:
                store.load(_ontology_turtle(), ox.RdfFormat.TURTLE, to_graph=ontology)
            except (OSError, RuntimeError):  # a read-only store: query a copy in memory
                copy = ox.Store()
                copy.bulk_extend(store.quads_for_pattern(None, None, None, None))
                copy.load(_ontology_turtle(), ox.RdfFormat.TURTLE, to_graph=ontology)
                self.store = copy

    def _evaluate(self, text, bindings):
        import pyoxigraph as ox

        substitutions = {ox.Variable(name): _to_oxigraph(term) for name, term in bindings.items()}
        opened = _values_row(text, substitutions)
        if opened is not None:
            text, substitutions = opened, {}
        try:
            result = self.store.query(text, prefixes=_prefixes(), use_default_graph_as_union=True,
                                      substitutions=substitutions or None)
        except SyntaxError as exc:
            raise QueryError(f"SPARQL syntax error (Oxigraph): {exc}") from None
        except RuntimeError as exc:
            if "projection" in str(exc):
                raise QueryError(f"{exc}: with Oxigraph a parameter must be a variable the SELECT clause "
                                 "projects (and used in a triple pattern or VALUES table)") from None
            raise QueryError(f"query failed: {exc}") from None
        if isinstance(result, ox.QueryBoolean):
            return ["ask"], [(bool(result),)]
        if isinstance(result, ox.QueryTriples):
            return (["subject", "predicate", "object"],
                    [(_plain_oxigraph(t.subject), _plain_oxigraph(t.predicate), _plain_oxigraph(t.object))
                     for t in result])
        variables = list(result.variables)
        columns = [v.value for v in variables]
        return columns, [tuple(_plain_oxigraph(solution[v]) for v in variables) for solution in result]

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


def _to_oxigraph(term):
    import pyoxigraph as ox
    from rdflib import BNode, Literal, URIRef

    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise QueryError(f"cannot bind {term!r}: not an RDF term")


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
            from .rdf.io import load_graph

            source = load_graph(source)
        if isinstance(source, Graph):
            import pyoxigraph as ox

            from .store import dataset_to_quads

            copy = ox.Store()
            copy.bulk_extend(dataset_to_quads(source))
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
            from .errors import StoreError
            from .store import open_store

            from .store import check_store_dir

            if check_store_dir(path) == "foreign":  # not kg's: read it, never write it
                return OxigraphSource(open_store(path, read_only=True))
            try:  # never creates: a directory that is not a kg store is refused
                return OxigraphSource(open_store(path, create=False))
            except StoreError as exc:
                if "in use by another process" not in str(exc):
                    raise
                return OxigraphSource(open_store(path, read_only=True))
        from .rdf.io import load_graph

        return RdflibSource(load_graph(path))
    raise QueryError(f"cannot query a {type(source).__name__}: give an rdflib Graph or Dataset, "
                     "a pyoxigraph.Store, a graph file or a store directory")


# --------------------------------------------------------------------------------------- parameters

def _check_iri(value: str, what: str):
    from rdflib import URIRef

    if not _SCHEME.match(value) or _IRI_FORBIDDEN.search(value):
        raise QueryError(f"{what}: {value!r} is not a valid absolute IRI")
    return URIRef(value)


def _expand(value: str, what: str):
    """An IRI from ``<iri>``, ``http(s)://...``/``urn:...`` or a prefixed name with a kg prefix; else None."""
    value = value.strip()
    if value.startswith("<") and value.endswith(">"):
        return _check_iri(value[1:-1], what)
    prefix, colon, local = value.partition(":")
    prefixes = _prefixes()
    if colon and prefix in prefixes and not local.startswith("//"):
        if not re.fullmatch(r"[A-Za-z0-9_.\-/]+", local or "-"):
            raise QueryError(f"{what}: {value!r} is not a valid prefixed name")
        return _check_iri(prefixes[prefix] + local, what)
    if re.match(r"^(https?|urn|file):", value):
        return _check_iri(value, what)
    return None


def resolve_actor(source, value: str, what: str = "actor"):
    """The IRI (rdflib URIRef) of the actor ``value`` names in ``source``.

    ``value`` is an IRI (``<...>``, ``http...``, ``act:russia``), a label or alias (any case), an ISO3
    code, or the last segment of an actor IRI ("united-states"). QueryError when nothing or several
    actors match, naming the candidates.
    """
    from rdflib import URIRef

    iri = _expand(value, what)
    if iri is not None:
        return iri
    source = open_source(source)
    wanted = " ".join(value.split()).casefold()
    keys = source.actor_keys()
    levels = (
        lambda key, kind: kind == "label" and key == value,
        lambda key, kind: kind == "label" and key.casefold() == wanted,
        lambda key, kind: kind == "iso3" and key.casefold() == wanted,
        lambda key, kind: kind == "alias" and key.casefold() == wanted,
    )
    for level in levels:
        found = sorted({actor for actor, key, kind in keys if isinstance(key, str) and level(key, kind)})
        if len(found) == 1:
            return URIRef(found[0])
        if len(found) > 1:
            raise QueryError(f"{what} {value!r} is ambiguous: {', '.join(found)}; pass one of these IRIs")
    by_local = sorted({a for a, _, _ in keys if a.rstrip("/").rsplit("/", 1)[-1].casefold() == wanted})
    if len(by_local) == 1:
        return URIRef(by_local[0])
    labels = sorted({key for _, key, kind in keys if kind == "label" and isinstance(key, str)})
    close = difflib.get_close_matches(value, labels, n=5, cutoff=0.6)
    hint = f"; did you mean {', '.join(close)}?" if close else ""
    raise QueryError(f"no actor {value!r} in the graph{hint} (give a label, alias, ISO3 code or IRI)")


def _resolve_type(value: str, what: str):
    from .rdf.ontology import event_types

    iri = _expand(value, what)
    types = event_types()
    if iri is not None:
        if iri not in {t.iri for t in types.values()}:
            raise QueryError(f"{what}: {value!r} is not an event type; choose one of: {', '.join(types)}")
        return iri
    wanted = value.strip().casefold()
    for event_type in types.values():
        names = {event_type.name.casefold(), (event_type.verb_label or "").casefold()}
        if event_type.shortcut is not None:
            names.add(str(event_type.shortcut).rsplit("#", 1)[-1].casefold())
        if wanted in names:
            return event_type.iri
    raise QueryError(f"{what}: unknown event type {value!r}; choose one of: {', '.join(types)}")


def _boolean(value, what: str):
    from rdflib import Literal

    if isinstance(value, bool):
        return Literal(value)
    text = str(value).strip().lower()
    if text in ("true", "yes", "1", "on"):
        return Literal(True)
    if text in ("false", "no", "0", "off"):
        return Literal(False)
    raise QueryError(f"{what}: {value!r} is not a boolean; use true or false")


def _term(source, param: Param, value, what: str):
    """The RDF term for ``value`` of a declared parameter (validated; never spliced into text)."""
    from rdflib import Literal, URIRef
    from rdflib.term import Identifier

    if isinstance(value, Identifier):
        return value
    if param.kind == "boolean":
        return _boolean(value, what)
    if param.kind == "integer":
        try:
            return Literal(int(str(value).strip()))
        except ValueError:
            raise QueryError(f"{what}: {value!r} is not an integer") from None
    text = str(value)
    if param.kind == "actor":
        return resolve_actor(source, text, what)
    if param.kind == "type":
        return _resolve_type(text, what)
    if param.kind == "iri":
        iri = _expand(text, what)
        return iri if iri is not None else _check_iri(text, what)
    return Literal(text)


def _guess_term(value, what: str):
    """A term for a parameter the query does not declare: IRI, boolean, integer or else a string."""
    from rdflib import Literal
    from rdflib.term import Identifier

    if isinstance(value, Identifier):
        return value
    if isinstance(value, bool):
        return Literal(value)
    if isinstance(value, int):
        return Literal(value)
    text = str(value)
    iri = _expand(text, what)
    if iri is not None:
        return iri
    if text.strip().lower() in ("true", "false"):
        return _boolean(text, what)
    if re.fullmatch(r"-?\d+", text.strip()):
        return Literal(int(text))
    return Literal(text)


def _bindings(source, query: NamedQuery, params: Mapping[str, Any]) -> dict:
    declared = {p.name: p for p in query.params}
    bindings = {}
    for name, value in (params or {}).items():
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
            raise QueryError(f"parameter name {name!r} is not a SPARQL variable name")
        what = f"parameter {name!r}"
        if declared:
            if name not in declared:
                raise QueryError(f"{query.name} has no parameter {name!r}; its parameters: {', '.join(declared)}")
            bindings[name] = _term(source, declared[name], value, what)
        else:
            bindings[name] = _guess_term(value, what)
    for param in query.params:
        if param.name in bindings:
            continue
        if param.default is not None:
            bindings[param.name] = _term(source, param, param.default, f"default of {param.name!r}")
        elif param.required:
            raise QueryError(f"{query.name} needs parameter {param.name!r} ({param.kind}"
                             + (f": {param.description}" if param.description else "") + ")")
    return bindings


# -------------------------------------------------------------------------------------------- running

def run_query(source, query, params: Mapping[str, Any] | None = None, *, allow_update: bool = False,
              timeout: float | None = None) -> tuple[list[str], list[tuple]]:
    """Run ``query`` on ``source`` and return ``(columns, rows)`` of plain Python values.

    Parameters
    ----------
    source : rdflib Graph/Dataset, pyoxigraph.Store, QuerySource, graph file or store directory
        What to ask (see :func:`open_source`); reuse one QuerySource for many queries.
    query : str or path
        A named query ("who-accused-whom"), a .rq file or SPARQL text.
    params : dict, optional
        Values for the query's parameters, e.g. ``{"actor": "Russia"}``; declared kinds are checked and
        actor names resolved to IRIs. Passed as bindings, never formatted into the text.
    allow_update : bool
        Run a SPARQL update instead of refusing it (returns ``([], [])``).
    timeout : float, optional
        Seconds after which QueryError is raised (see the module notes on what happens to the query).

    Returns
    -------
    (columns, rows)
        Column names, and one tuple per row: IRIs as str, numbers as int/float, booleans as bool,
        other literals as their lexical form, unbound as None. SELECT rows keep the query's order;
        ASK gives ``(["ask"], [(bool,)])``, CONSTRUCT/DESCRIBE subject/predicate/object rows.

    Examples
    --------
    >>> from rdflib import Graph
    >>> g = Graph().parse(data='<urn:a> <urn:p> "1"^^<http://www.w3.org/2001/XMLSchema#integer> .', format="nt")
    >>> run_query(g, "SELECT ?s ?o WHERE { ?s <urn:p> ?o }")
    (['s', 'o'], [('urn:a', 1)])
    >>> run_query(g, "SELECT ?s ?o WHERE { ?s <urn:p> ?o }", {"s": "urn:b"})
    (['s', 'o'], [])
    """
    named = load_query(query)
    kind = check_query(named.text, allow_update=allow_update)
    if timeout is not None and timeout <= 0:
        raise QueryError(f"timeout must be positive, not {timeout!r}")
    src = open_source(source)
    if kind == "update":
        src.update(named.text)
        return [], []
    bindings = _bindings(src, named, params or {})
    columns, rows = src.select(named.text, bindings, timeout=timeout)
    hidden = {p.name for p in named.params if p.name in bindings}
    if hidden and columns:
        keep = [i for i, c in enumerate(columns) if c not in hidden]
        columns = [columns[i] for i in keep]
        rows = [tuple(row[i] for i in keep) for row in rows]
    return columns, [tuple(r) for r in rows]


# ------------------------------------------------------------------------------------------ formatting

#: Control characters (C0 but tab and newline, DEL, C1): from article text they could drive a terminal
#: (colours, titles, cursor moves, a hidden line), so text meant for one shows them as escapes.
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def escape_controls(text: str) -> str:
    """``text`` with every control character but tab and newline written as a visible escape (``\\x1b``).

    >>> escape_controls("red \x1b[31m")
    'red \\x1b[31m'
    """
    return _CONTROLS.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return f"{value:g}"
    return escape_controls(" ".join(str(value).split()))


def _short(text: str, width: int = _TABLE_CELL_WIDTH) -> str:
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def format_result(columns: Sequence[str], rows: Iterable[Sequence], fmt: str = "table") -> str:
    """``(columns, rows)`` as text: ``table`` (aligned, long cells cut), ``csv``, ``tsv`` or ``json``.

    >>> print(format_result(["a", "b"], [("x", 1), ("yy", None)]), end="")
    a   b
    --  -
    x   1
    yy
    >>> format_result(["a"], [(1.5,)], "json")
    '[\\n  {\\n    "a": 1.5\\n  }\\n]\\n'
    """
    if fmt not in RESULT_FORMATS:
        raise FormatError(fmt, RESULT_FORMATS)
    columns, rows = list(columns), [list(r) for r in rows]
    if fmt == "json":
        return json.dumps([dict(zip(columns, row)) for row in rows], indent=2, ensure_ascii=False) + "\n"
    if fmt in ("csv", "tsv"):  # data as it is (csv quotes it; tsv cells go through _cell)
        buffer = io.StringIO()
        if fmt == "csv":
            writer = csv.writer(buffer, lineterminator="\n")
            writer.writerow(columns)
            writer.writerows([[_cell(v) if isinstance(v, bool) or v is None else v for v in row] for row in rows])
        else:
            buffer.write("\t".join(columns) + "\n")
            for row in rows:
                buffer.write("\t".join(_cell(v).replace("\t", " ") for v in row) + "\n")
        return buffer.getvalue()
    cells = [[_short(_cell(v)) for v in row] for row in rows]
    widths = [max([len(c)] + [len(row[i]) for row in cells]) for i, c in enumerate(columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths)).rstrip(),
             "  ".join("-" * w for w in widths).rstrip()]
    lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip() for row in cells]
    return "\n".join(lines) + "\n"
