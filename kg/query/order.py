"""A named query's closing ORDER BY applied in Python to its finished rows, not by the engine.

Oxigraph sorts by comparing terms, and compares two IRIs or long strings by reading both from its
string table each time: ordering 31,773 edges by event IRI took 2.4 s of network-edges' 2.7 s on a
million quads, against tens of milliseconds for Python's sort of the plain values. So
:func:`kg.query.run_query` runs kg's own named queries (ontology/queries/*.rq, which stay plain SPARQL
with their ORDER BY) without a closing ``ORDER BY ?a DESC(?b) ...`` made of projected variables, then
sorts the plain values the same way on either engine: unbound first, then numbers, then strings (by
code point, as SPARQL compares simple literals), ties broken by the whole row, so that the order is
total and the same on rdflib and Oxigraph. Any other query runs as written.
"""
from __future__ import annotations

import re
from functools import lru_cache
from itertools import groupby

_CLOSING_ORDER = re.compile(
    r"\n[ \t]*ORDER[ \t]+BY((?:[ \t]+(?:\?\w+|(?:ASC|DESC)\([ \t]*\?\w+[ \t]*\)))+)[ \t]*\n?\s*\Z", re.IGNORECASE)
_COMMENT_LINES = re.compile(r"^[ \t]*#.*$", re.MULTILINE)
_PROJECTION = re.compile(r"\bSELECT\b(.*?)\bWHERE\b", re.IGNORECASE | re.DOTALL)
_KEY = re.compile(r"(?:(ASC|DESC)\(\s*)?\?(\w+)", re.IGNORECASE)


@lru_cache(maxsize=256)
def split_order(text: str, columns: tuple[str, ...] = ()) -> tuple[str, tuple[tuple[str, bool], ...]]:
    r"""(``text`` without its closing ORDER BY, ((variable, descending), ...)); ``(text, ())`` when the
    query does not end with an ORDER BY of plain variables (a LIMIT or OFFSET after it, an expression).
    ``columns``: the result's columns when a ``# columns:`` header makes them (the keys must be among
    them, not the projection).

    >>> split_order("SELECT ?a ?b WHERE { ?a <urn:p> ?b }\nORDER BY ?a DESC(?b)\n")
    ('SELECT ?a ?b WHERE { ?a <urn:p> ?b }', (('a', False), ('b', True)))
    >>> split_order("SELECT ?a WHERE { ?a <urn:p> ?b } ORDER BY ?a LIMIT 3")[1]
    ()
    >>> split_order("SELECT ?a WHERE { ?a <urn:p> ?b }\nORDER BY ?b")[1]
    ()
    >>> split_order("# select ?b where it is\nSELECT ?a WHERE { ?a <urn:p> ?b }\nORDER BY ?b")[1]
    ()
    """
    match = _CLOSING_ORDER.search(text)
    projection = _PROJECTION.search(_COMMENT_LINES.sub("", text))
    if match is None or projection is None:
        return text, ()
    keys = tuple((m.group(2), (m.group(1) or "").upper() == "DESC") for m in _KEY.finditer(match.group(1)))
    projected = set(columns) or set(re.findall(r"\?(\w+)", projection.group(1)))
    if (columns or "*" not in projection.group(1)) and any(name not in projected for name, _ in keys):
        return text, ()  # sorted by a variable the rows do not hold: the engine's to do
    return text[:match.start()], keys


def _rank(value):
    """A plain value's place in SPARQL's ascending order: unbound, numbers (and booleans), strings."""
    if value is None:
        return (0, 0)
    if isinstance(value, (bool, int, float)):
        return (1, value)
    return (2, str(value))


class _Descending:
    __slots__ = ("rank",)

    def __init__(self, rank):
        self.rank = rank

    def __lt__(self, other):
        return other.rank < self.rank

    def __eq__(self, other):
        return self.rank == other.rank


def sort_rows(columns: list[str], rows: list[tuple], keys: tuple[tuple[str, bool], ...]) -> list[tuple]:
    """``rows`` in the order of ``keys`` ((column, descending), ...), ties broken by the whole row.

    The whole row is ranked only within a run of rows the keys tie on (the keys of a listing are nearly
    unique, and ranking every value of every row was most of the sort's time)."""
    where = [(columns.index(name), descending) for name, descending in keys]
    if len(rows) < 2:
        return list(rows)
    if len(where) == 1 and not where[0][1]:  # one ascending key (most listings): its rank alone
        column = where[0][0]
        ranks = [row[column] for row in rows]
        if not all(type(value) is str for value in ranks):  # strings alone (IRIs, labels) rank as they are
            ranks = [_rank(value) for value in ranks]
    else:
        ranks = [tuple(_Descending(_rank(row[i])) if descending else _rank(row[i]) for i, descending in where)
                 for row in rows]
    ordered: list[tuple] = []
    for _, run in groupby(sorted(range(len(rows)), key=ranks.__getitem__), key=ranks.__getitem__):
        tied = [rows[i] for i in run]
        if len(tied) > 1:
            tied.sort(key=lambda row: [_rank(value) for value in row])
        ordered.extend(tied)
    return ordered
