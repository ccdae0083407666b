"""run_query: a named query, .rq file or SPARQL text on any source, as (columns, rows) of plain values."""
from __future__ import annotations

from typing import Any, Mapping

from ..errors import QueryError
from .guard import check_query
from .named import load_query, row_columns, shipped_query_texts
from .order import sort_rows, split_order
from .params import _bindings, unproject
from .parts import projected_columns, query_parts, select_in_parts
from .sources import open_source
from .values import pick_row_columns, spread_json_columns


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
        other literals as their lexical form, unbound as None. SELECT rows keep the query's order (kg's
        named queries are sorted in Python by their closing ORDER BY, see :mod:`kg.query.order`); in
        kg's named queries a column of JSON objects (``rdf:JSON``, as event-table's materialised rows)
        comes back as one column per key (:func:`kg.query.values.spread_json_columns`);
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
    shipped = named.text in shipped_query_texts()
    kind = "query" if shipped else check_query(named.text, allow_update=allow_update)
    if timeout is not None and timeout <= 0:
        raise QueryError(f"timeout must be positive, not {timeout!r}")
    src = open_source(source)
    if kind == "update":
        src.update(named.text)
        return [], []
    bindings = _bindings(src, named, params or {})
    hidden = {p.name for p in named.params if p.name in bindings}
    picked = row_columns(named.text)
    text, order = split_order(named.text, tuple(name for name, _, _ in picked)) if shipped or picked \
        else (named.text, ())
    if shipped:
        text = unproject(text, hidden)
    parts = query_parts(named.text) if shipped and src.engine == "oxigraph" else ()
    if parts:  # independent halves evaluated side by side (kg.query.parts)
        columns, rows = select_in_parts(src, parts, bindings, timeout, projected_columns(text))
    else:
        columns, rows = src.select(text, bindings, timeout=timeout)
    if picked:
        columns, rows = pick_row_columns(columns, rows if isinstance(rows, list) else list(rows), picked)
    elif shipped:
        columns, rows = spread_json_columns(columns, rows if isinstance(rows, list) else list(rows))
    if order:
        rows = sort_rows(columns, rows, order)
    if hidden and columns:
        keep = [i for i, c in enumerate(columns) if c not in hidden]
        columns = [columns[i] for i in keep]
        rows = [tuple(row[i] for i in keep) for row in rows]
    return columns, rows if isinstance(rows, list) else list(rows)
