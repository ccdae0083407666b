"""The read-only guard: what a text parses as (query or update), refusing updates and reads from outside the graph."""
from __future__ import annotations

from functools import lru_cache

from ..errors import QueryError

_UPDATE_OPERATIONS = ("INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY")


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
