"""Graphs to files and back: deterministic bytes, atomic writes, errors that name the file.

Formats: ``ttl``, ``nt`` and ``jsonld`` hold the union of all named graphs (triples); ``trig`` and ``nq``
keep one named graph per article. The same dataset always serialises to the same bytes: Turtle and
TriG are written sorted (graphs by name, subjects, predicates, objects), N-Triples and N-Quads as sorted
lines, JSON-LD with its nodes and values sorted.
"""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import IO, Iterable

from rdflib import ConjunctiveGraph, Dataset, Graph, Literal
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.plugins.serializers.trig import TrigSerializer

from .._atomic import atomic_file
from ..errors import FormatError, InputError
from ..ingest import GRAPH_SUFFIXES

__all__ = ["FORMATS", "write_graph", "load_graph", "serialize", "union_graph", "check_format", "format_for_path"]

#: Output format → rdflib serializer name.
FORMATS = {"ttl": "turtle", "nt": "nt", "jsonld": "json-ld", "trig": "trig", "nq": "nquads"}
#: File suffix → output format.
SUFFIX_FORMATS = {".ttl": "ttl", ".nt": "nt", ".jsonld": "jsonld", ".trig": "trig", ".nq": "nq"}
_QUAD_FORMATS = {"trig", "nq"}


def check_format(fmt: str) -> str:
    if fmt not in FORMATS:
        raise FormatError(fmt, FORMATS)
    return fmt


def format_for_path(path: str | os.PathLike, fmt: str | None = None) -> str:
    """``fmt`` when given (checked), else the format the suffix of ``path`` names."""
    if fmt:
        return check_format(fmt)
    suffix = Path(path).suffix.lower()
    if suffix not in SUFFIX_FORMATS:
        raise FormatError(suffix or str(path), FORMATS)
    return SUFFIX_FORMATS[suffix]


def union_graph(graph: Graph) -> Graph:
    """All triples of every named graph (and the default graph) in one Graph, with the same prefixes."""
    if not isinstance(graph, ConjunctiveGraph):
        return graph
    union = Graph(bind_namespaces="none")
    for prefix, namespace in graph.namespaces():
        union.bind(prefix, namespace, override=True, replace=True)
    for s, p, o, _ in graph.quads((None, None, None, None)):
        union.add((s, p, o))
    return union


class _SortedTrigSerializer(TrigSerializer):
    """rdflib's TriG serializer writes graphs in store (hash) order; this one writes them sorted by name."""

    def __init__(self, store):
        super().__init__(store)
        default = self.default_context
        self.contexts.sort(key=lambda c: (c.identifier != default, str(c.identifier)))


def _sorted_lines(data: bytes) -> bytes:
    lines = sorted(set(line for line in data.splitlines() if line.strip()))
    return b"".join(line + b"\n" for line in lines)


def _sort_jsonld(value, ordered: bool = False):
    """Order JSON-LD nodes and every property's values canonically (RDF has no order; @list keeps its own)."""
    if isinstance(value, dict):
        return {k: v if k == "@context" else _sort_jsonld(v, ordered=k == "@list") for k, v in value.items()}
    if isinstance(value, list):
        items = [_sort_jsonld(v) for v in value]
        return items if ordered else sorted(items, key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
    return value


def _jsonld_context(graph: Graph) -> dict:
    """The graph's prefixes that name the namespace of some IRI in it (not every prefix rdflib binds)."""
    bound = {str(ns): prefix for prefix, ns in graph.namespaces() if prefix}
    used = set()
    for triple in graph:
        for term in triple:
            iri = str(term.datatype) if isinstance(term, Literal) and term.datatype else str(term)
            cut = max(iri.rfind("#"), iri.rfind("/")) + 1
            if iri[:cut] in bound:
                used.add(iri[:cut])
    return {bound[ns]: ns for ns in sorted(used, key=bound.get)}


def serialize(dataset: Graph, fmt: str, stream: IO[bytes]) -> None:
    """Write ``dataset`` to a binary stream in ``fmt`` (one of FORMATS), deterministically."""
    check_format(fmt)
    if fmt in _QUAD_FORMATS:
        graph = dataset if isinstance(dataset, ConjunctiveGraph) else _as_dataset(dataset)
    else:
        graph = union_graph(dataset)
    if fmt == "ttl":  # rdflib's Turtle serializer sorts subjects, predicates and objects
        graph.serialize(stream, format="turtle", encoding="utf-8")
    elif fmt == "trig":
        _SortedTrigSerializer(graph).serialize(stream, encoding="utf-8")
    elif fmt == "jsonld":
        data = json.loads(graph.serialize(format="json-ld", context=_jsonld_context(graph), auto_compact=True))
        stream.write((json.dumps(_sort_jsonld(data), indent=2, sort_keys=True, ensure_ascii=False) + "\n").encode("utf-8"))
    else:  # nt, nq: written in store order, so sort the lines
        stream.write(_sorted_lines(graph.serialize(format=FORMATS[fmt], encoding="utf-8")))


def _as_dataset(graph: Graph) -> Dataset:
    ds = Dataset()
    for prefix, namespace in graph.namespaces():
        ds.bind(prefix, namespace, override=True, replace=True)
    for triple in graph:
        ds.add(triple)
    return ds


def write_graph(dataset: Graph, path: str | os.PathLike, format: str | None = None) -> Path:
    """Write ``dataset`` to ``path`` in ``format`` (default: from the suffix), atomically.

    The bytes go to a temporary file beside ``path`` that replaces it only once complete, so a failure or
    Ctrl-C part-way leaves an existing file untouched and no temporary file behind.

    Raises:
        FormatError: ``format`` (or the suffix) is not one of ttl, nt, jsonld, trig, nq.
        StoreError: the file cannot be written (the message names it and says why).
    """
    path = Path(path)
    fmt = format_for_path(path, format)
    with atomic_file(path) as handle:
        serialize(dataset, fmt, handle)
    return path


def _parse_error_message(exc: Exception) -> str:
    message = " ".join(str(exc).split()) or type(exc).__name__
    return message if len(message) <= 300 else message[:299] + "…"


def load_graph(paths: Iterable[str | os.PathLike] | str | os.PathLike, errors: list | None = None,
               dataset: Dataset | None = None, stdin_format: str | None = None) -> Dataset:
    """Read graph files (.ttl, .nt, .jsonld, .trig, .nq) into one Dataset.

    '-' reads a graph from stdin in ``stdin_format`` (one of FORMATS: ttl, nt, jsonld, trig, nq).

    TriG and N-Quads keep their named graphs; triples of the other formats go to the default graph.
    Query the union with :func:`union_graph` (or a ``Dataset(default_union=True)``).

    Raises:
        InputError: a file is missing, has an unknown suffix or does not parse (the message names the
            file and quotes the parser). With ``errors`` given, the error is appended there instead and
            the file skipped.
    """
    from .rollups import refresh_rollups

    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    ds = dataset if dataset is not None else Dataset()
    loaded = False
    for item in paths:
        source = str(item)
        try:
            if source == "-":
                _load_stdin(ds, stdin_format)
                continue
            _load_one(ds, Path(item), source)
            loaded = True
        except InputError as exc:
            if errors is None:
                raise
            errors.append(exc)
    if loaded:  # files written before roll-ups existed, or merged from builds that saw other actsFor links
        refresh_rollups(ds)
    return ds


def _load_stdin(ds: Dataset, fmt: str | None) -> None:
    import sys

    if fmt not in FORMATS:
        raise InputError(f"say what graph format stdin holds: --graph-format {{{','.join(FORMATS)}}}", source="<stdin>")
    _parse_into(ds, sys.stdin.buffer.read(), FORMATS[fmt], "<stdin>", None)


def _refuse_remote_contexts(data: bytes, source: str) -> None:
    """InputError for a JSON-LD document whose @context (or @import) names a document: rdflib would fetch
    it (a web address, a local file), and reading a graph never makes a request."""
    try:
        stack = [json.loads(data)]
    except (ValueError, RecursionError):
        return  # the parser says what is wrong with it
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            for key, value in node.items():
                contexts = value if isinstance(value, list) else [value]
                if key in ("@context", "@import") and any(isinstance(c, str) for c in contexts):
                    name = next(c for c in contexts if isinstance(c, str))
                    raise InputError(f"refused: the JSON-LD {key} {name!r} is a document to fetch, and kg never "
                                     "fetches anything; inline the context", source=source)
                stack.append(value)
        elif isinstance(node, list):
            stack.extend(node)


def _load_one(ds: Dataset, path: Path, source: str) -> None:
    fmt = GRAPH_SUFFIXES.get(path.suffix.lower())
    if fmt is None:
        raise InputError(f"unknown graph format {path.suffix or '(no suffix)'!r}; "
                         f"expected one of: {', '.join(GRAPH_SUFFIXES)}", source=source)
    if not path.is_file():
        raise InputError("no such file", source=source)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}", source=source) from None
    _parse_into(ds, data, fmt, source, path.resolve().as_uri())


def _parse_into(ds: Dataset, data: bytes, fmt: str, source: str, base: str | None) -> None:
    if fmt == "json-ld":
        _refuse_remote_contexts(data, source)
    # parse into a scratch dataset first so that a file failing half-way adds nothing
    scratch = Dataset()
    try:
        scratch.parse(data=data, format=fmt, publicID=base)
    except Exception as exc:  # rdflib's parsers raise many types (BadSyntax, ValueError, JSONDecodeError, ...)
        raise InputError(f"not valid {fmt}: {_parse_error_message(exc)}", source=source) from None
    for prefix, namespace in scratch.namespaces():
        ds.bind(prefix, namespace, override=False)
    for s, p, o, c in scratch.quads((None, None, None, None)):
        if c is None or c == DATASET_DEFAULT_GRAPH_ID:
            ds.add((s, p, o))
        else:
            ds.graph(c).add((s, p, o))
