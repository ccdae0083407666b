"""RDF terms of either engine as the plain Python values both agree on, and rdflib terms as Oxigraph's."""
from __future__ import annotations

import json
import operator
import os
import re

from ..errors import QueryError
from ..rdf.plain import JsonText
from ..rdf.plain import plain_literal as _plain
from ..rdf.plain import plain_oxigraph as _plain_oxigraph

_ESCAPE = re.compile(r"\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|(.))", re.DOTALL)
_ESCAPED = {"t": "\t", "b": "\b", "n": "\n", "r": "\r", "f": "\f", '"': '"', "'": "'", "\\": "\\"}


def _unescape(match) -> str:
    code = match.group(1) or match.group(2)
    return chr(int(code, 16)) if code else _ESCAPED.get(match.group(3), match.group(0))


def _unescaped(lexical: str) -> str:
    """A TSV literal's escapes undone: by the JSON decoder (in C) where they are JSON's too (\\" \\\\ \\n
    \\t \\uXXXX ..., all that Oxigraph writes), else by :data:`_ESCAPE` (Turtle's \\' and \\UXXXXXXXX)."""
    try:
        return json.loads('"' + lexical + '"')
    except ValueError:
        return _ESCAPE.sub(_unescape, lexical)


def _plain_tsv(cell: str):
    """One cell of a SPARQL TSV result (Oxigraph's) as :func:`_plain_oxigraph` gives the same term."""
    if not cell:
        return None
    first = cell[0]
    if first == "<":
        return cell[1:-1]
    if first == '"':
        end = cell.rindex('"')
        lexical = cell[1:end]
        if "\\" in lexical:
            lexical = _unescaped(lexical)
        rest = cell[end + 1:]
        if not rest or rest[0] == "@":
            return lexical
        return _plain(lexical, rest[3:-1])  # ^^<datatype>
    if first == "_":
        return cell
    if cell == "true" or cell == "false":
        return cell == "true"
    try:  # Turtle's short forms: xsd:integer, xsd:decimal (a dot), xsd:double (an exponent)
        return int(cell)
    except ValueError:
        try:
            return float(cell)
        except ValueError:
            return cell


def rows_streamed_oxigraph(run) -> tuple[list[str], list[tuple]]:
    """``(columns, rows)`` of plain values (see :func:`_plain_oxigraph`) of ``run()``, a pyoxigraph query
    called in a thread of its own: a SELECT's variables and rows, ASK as ``(["ask"], [(bool,)])``,
    CONSTRUCT/DESCRIBE as subject, predicate and object rows.

    A result of more than two variables is read through Oxigraph's TSV serialisation (one line a row, tabs
    and line breaks in literals escaped): each distinct cell text is converted once and no Python term
    object is made per cell, which over every event (tens of thousands of rows of ten to thirty columns)
    takes 10-25 % off a query's time; the values are the same. It is read while Oxigraph is still writing
    it: the thread runs the query and writes the TSV into a pipe (pyoxigraph lets go of Python's lock
    while it evaluates), this thread converts the rows as they come, about a tenth of network-edges' time
    at a million quads (BENCHMARKS.md, section 3). A result of at most two variables is read term by term:
    there is nothing to share between its cells, and long literals (event-table's JSON rows) cost more to
    unescape from TSV than to read as terms. An error of the query is raised here, as it would be
    unthreaded.
    """
    import threading

    read_end, write_end = os.pipe()
    reader, writer = open(read_end, "r", encoding="utf-8", newline="\n", buffering=1 << 16), \
        open(write_end, "wb", buffering=1 << 16)
    outcome: dict = {}

    def produce():
        try:
            with writer as out:  # closed whatever happens: the reader then sees the end
                result = run()  # made and read in this thread: pyoxigraph's results may not change threads
                variables = getattr(result, "variables", None)
                if variables is None and hasattr(result, "__iter__"):
                    outcome["whole"] = (["subject", "predicate", "object"],
                                        [(_plain_oxigraph(t.subject), _plain_oxigraph(t.predicate),
                                          _plain_oxigraph(t.object)) for t in result])
                elif variables is None:
                    outcome["whole"] = (["ask"], [(bool(result),)])
                elif len(variables) <= 2:
                    outcome["whole"] = ([v.value for v in variables],
                                        [tuple(map(_plain_oxigraph, solution)) for solution in result])
                else:
                    outcome["columns"] = [v.value for v in variables]
                    result.serialize(out, format=_tsv_format())
        except BrokenPipeError:  # the reader stopped (and raises its own error)
            pass
        except BaseException as exc:  # raised in the caller's thread below
            outcome["error"] = exc

    producer = threading.Thread(target=produce, name="kg-query-rows", daemon=True)
    producer.start()
    plain = _PlainCells().__getitem__  # a cell seen before is a dictionary lookup, in C
    with reader as lines:
        next(lines, None)  # the header: the variables, known from the result
        rows = [tuple(map(plain, line.removesuffix("\n").split("\t"))) for line in lines]
    producer.join()
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("whole") or (outcome["columns"], rows)


class _PlainCells(dict):
    """TSV cell text -> plain value, each distinct cell converted once (by :func:`_plain_tsv`)."""

    __slots__ = ()

    def __missing__(self, cell: str):
        value = self[cell] = _plain_tsv(cell)
        return value


def _tsv_format():
    import pyoxigraph as ox

    return ox.QueryResultsFormat.TSV


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


def _holds_json(rows: list[tuple], i: int) -> bool:
    """Whether column ``i`` holds JSON objects, told by its first bound value: a column of kg's named
    queries is bound to one kind of value, and looking at every cell of every column cost network-edges
    about 80 ms of its second at a million quads (under a profiler)."""
    return next((isinstance(row[i], JsonText) for row in rows if row[i] is not None), False)


def spread_json_columns(columns: list[str], rows: list[tuple]) -> tuple[list[str], list[tuple]]:
    """Each column whose values are JSON objects (``rdf:JSON`` literals, :class:`JsonText`) in its place
    as one column per key, keys in the order the first object gives them (keys only later objects have
    after them; a key an object lacks is None): a row kg materialises as one literal (kg.rdf.table_rows)
    reads like the columns it holds. Other columns are kept as they are.

    >>> spread_json_columns(["e", "row"], [("x", JsonText('{"a": 1, "b": null}')), ("y", None)])
    (['e', 'a', 'b'], [('x', 1, None), ('y', None, None)])
    """
    spread = [i for i in range(len(columns)) if _holds_json(rows, i)]
    if not spread:
        return columns, rows
    parts = []  # per column: (keys, one tuple of values per row)
    for i in range(len(columns)):
        if i not in spread:
            parts.append(([columns[i]], [(row[i],) for row in rows]))
            continue
        objects = [json.loads(row[i]) if isinstance(row[i], JsonText) else {} for row in rows]
        objects = [obj if isinstance(obj, dict) else {columns[i]: obj} for obj in objects]
        first = next((obj.keys() for obj in objects if obj), {}.keys())
        keys = list(first)
        for obj in objects:
            if obj.keys() != first:
                keys += [k for k in obj if k not in keys]
        pick = operator.itemgetter(*keys)
        single = len(keys) == 1
        values = []
        for obj in objects:
            if len(obj) != len(keys):
                values.append(tuple(obj.get(k) for k in keys))
            else:
                picked = pick(obj)
                values.append((picked,) if single else picked)
        parts.append((keys, values))
    new_columns = [name for keys, _ in parts for name in keys]
    return new_columns, [sum(cells, ()) for cells in zip(*(values for _, values in parts))]


def pick_row_columns(columns: list[str], rows: list[tuple],
                     spec: tuple[tuple[str, str, str | None], ...]) -> tuple[list[str], list[tuple]]:
    """The columns a ``# columns:`` header names (:func:`kg.query.named.row_columns`), from the engine's
    ``columns`` and ``rows``: a projected variable as it is, or one key of the JSON object a variable
    holds (each object decoded once). QueryError when the header names a variable the rows lack.

    >>> pick_row_columns(["e", "row"], [("x", JsonText('{"a": 1}')), ("y", None)],
    ...                  (("a", "row", "a"), ("b", "row", "b"), ("event", "e", None)))
    (['a', 'b', 'event'], [(1, None, 'x'), (None, None, 'y')])
    """
    where = {name: i for i, name in enumerate(columns)}
    missing = sorted({variable for _, variable, _ in spec if variable not in where})
    if missing:
        raise QueryError(f"the '# columns:' header names {', '.join('?' + m for m in missing)}, which the query "
                         f"does not project; it projects {', '.join('?' + c for c in columns) or 'nothing'}")
    objects = {}
    for variable in {variable for _, variable, key in spec if key is not None}:
        i = where[variable]
        objects[variable] = [json.loads(row[i]) if isinstance(row[i], str) else {} for row in rows]
    picked = []
    for _, variable, key in spec:
        if key is None:
            i = where[variable]
            picked.append([row[i] for row in rows])
        else:
            picked.append([obj.get(key) if isinstance(obj, dict) else None for obj in objects[variable]])
    return [name for name, _, _ in spec], list(zip(*picked)) if rows else []
