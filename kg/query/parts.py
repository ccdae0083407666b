"""A named query run as parts at once: Oxigraph evaluates one query on one core, so a query over every event whose
joins fall into independent halves answers sooner as two queries evaluated side by side (pyoxigraph lets go of
Python's lock while it evaluates) and joined here on their first column.

A shipped query opts in with a header line naming its parts, files under ``ontology/queries/parts/``::

    # parts: parts/network-edges.core.rq parts/network-edges.text.rq

Each part is a SELECT whose first variable is the key the parts share (the event); the first part's rows are kept,
each joined with every row the other parts give for its key (a part with none gives unbound values, as an OPTIONAL
would), and the result has the query's own columns, each row once (the shipped query is a SELECT DISTINCT). The
query's own text stays the reference: rdflib and other SPARQL clients run it, and tests/test_query.py checks that the
parts give its rows.
"""
from __future__ import annotations

import re
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from functools import lru_cache

from ..errors import QueryError
from .named import header_words

__all__ = ["query_parts", "select_in_parts"]

_PROJECTION = re.compile(r"^\s*SELECT\s+(?:DISTINCT\s+)?((?:\?\w+\s*)+)\s*$", re.IGNORECASE | re.MULTILINE)


@lru_cache(maxsize=64)
def query_parts(text: str) -> tuple[str, ...]:
    """The texts of the parts a shipped query's ``# parts:`` line names, in order; () without one."""
    from ..resources import ontology_path

    queries = ontology_path("queries")
    texts = []
    for name in header_words(text, "parts"):
        path = (queries / name).resolve()
        if queries.resolve() not in path.parents or not path.is_file():
            raise QueryError(f"no query part {name!r} under {queries}")
        texts.append(path.read_text(encoding="utf-8"))
    return tuple(texts)


def projected_columns(text: str) -> list[str]:
    """The variables the query's own SELECT line projects, in order.

    >>> projected_columns("PREFIX x: <urn:x>\\nSELECT DISTINCT ?event ?type\\nWHERE { ?event a ?type }")
    ['event', 'type']
    """
    match = _PROJECTION.search(text)
    if match is None:
        raise QueryError("a query run in parts needs a SELECT line of plain variables")
    return re.findall(r"\?(\w+)", match.group(1))


def select_in_parts(source, parts: tuple[str, ...], bindings, timeout, columns: list[str]):
    """``(columns, rows)`` of the query whose ``parts`` these are, each part run on ``source`` in a thread."""
    with ThreadPoolExecutor(len(parts), thread_name_prefix="kg-query-part") as pool:
        results = list(pool.map(lambda part: source.select(part, bindings, timeout=timeout), parts))
    (joined, rows), *others = results
    joined, rows = list(joined), list(rows)
    for names, more in others:
        if names[0] != joined[0]:
            raise QueryError(f"query parts share no first column: ?{joined[0]} and ?{names[0]}")
        by_key = defaultdict(list)
        for row in more:
            by_key[row[0]].append(tuple(row[1:]))
        unbound = [(None,) * (len(names) - 1)]
        rows = [row + extra for row in rows for extra in by_key.get(row[0]) or unbound]
        joined += names[1:]
    missing = [c for c in columns if c not in joined]
    if missing:
        raise QueryError(f"the query's parts give no column {', '.join('?' + c for c in missing)}")
    where = [joined.index(c) for c in columns]
    return columns, list(dict.fromkeys(tuple(row[i] for i in where) for row in rows))
