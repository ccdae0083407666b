"""`kg query GRAPH_OR_STORE [QUERY]`: ask a graph file or an Oxigraph store a SPARQL query.

Wired into kg/cli.py with ``register(commands)``; the handler is :func:`run` (the subparser's ``func``).
QUERY is SPARQL text, a .rq file or a named query (``--named NAME``; ``--list`` shows them all).
"""
from __future__ import annotations

import argparse
import sys

__all__ = ["register", "run"]


def _param(text: str) -> tuple[str, str]:
    name, sep, value = text.partition("=")
    if not sep or not name.strip():
        raise argparse.ArgumentTypeError(f"expected NAME=VALUE, got {text!r}")
    return name.strip(), value


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if value <= 0:
        raise argparse.ArgumentTypeError(f"must be positive, got {text}")
    return value


def register(subparsers) -> argparse.ArgumentParser:
    """Add the ``query`` subcommand to ``subparsers``; returns its parser."""
    from ..query import ENGINES, RESULT_FORMATS

    parser = subparsers.add_parser(
        "query", help="run a SPARQL query (text, .rq file or named) on a graph or store",
        description="Run a read-only SPARQL query on a graph file (.ttl .nt .jsonld .trig .nq) or an Oxigraph "
                    "store directory, with ontology/kg.ttl alongside. Parameters are bound, never pasted "
                    "into the text. Exit codes: 0 rows printed; 2 syntax error, refused update, timeout or "
                    "other error.")
    parser.add_argument("target", nargs="?", metavar="GRAPH_OR_STORE",
                        help="graph file or Oxigraph store directory (or the QUERY when --store is given)")
    parser.add_argument("query", nargs="?", metavar="QUERY", help="SPARQL text or a .rq file")
    parser.add_argument("--named", metavar="NAME", help="a named query from ontology/queries (see --list)")
    parser.add_argument("--param", "-p", action="append", type=_param, default=[], metavar="NAME=VALUE",
                        help="bind a parameter, e.g. --param actor=Russia (repeatable)")
    parser.add_argument("--format", default="table", choices=RESULT_FORMATS, help="output format (default: table)")
    parser.add_argument("--list", action="store_true", help="list the named queries, one line each, and exit")
    parser.add_argument("--allow-update", action="store_true",
                        help="run SPARQL updates (INSERT, DELETE, ...); a graph file is rewritten in place")
    parser.add_argument("--timeout", type=_seconds, metavar="S", help="give up after S seconds")
    parser.add_argument("--store", metavar="DIR", help="query this Oxigraph store directory")
    parser.add_argument("--engine", choices=ENGINES,
                        help="rdflib (the default for graph files) or oxigraph (the default for stores; on a "
                             "graph file it queries an in-memory copy: much faster on large graphs, read-only)")
    parser.set_defaults(func=run)
    return parser


def run(args: argparse.Namespace) -> int:
    """Handle parsed ``kg query`` arguments; errors are raised as KgError (exit code 2)."""
    from ..errors import QueryError
    from ..query import list_named_queries

    if args.list:
        queries = list_named_queries()
        width = max(len(q.name) for q in queries)
        for q in queries:
            params = ", ".join(p.name + ("" if p.required else "?") for p in q.params)
            print(f"{q.name.ljust(width)}  {q.description}" + (f"  [{params}]" if params else ""))
        return 0
    source, query = args.target, args.query
    if args.store:
        if args.query is not None:
            raise QueryError("with --store DIR give at most one positional argument: the QUERY")
        from ..store import check_store_dir

        check_store_dir(args.store)  # a store, never created here (nor taken for a graph file)
        source, query = args.store, args.target
    if source is None:
        raise QueryError("no graph or store given: kg query GRAPH_OR_STORE QUERY (or --store DIR)")
    if args.named:
        if query is not None:
            raise QueryError("give either QUERY or --named NAME, not both")
        query = args.named
    if query is None:
        raise QueryError("no query given: SPARQL text, a .rq file, or --named NAME (kg query --list)")
    return query_command(source, query, dict(args.param), fmt=args.format, allow_update=args.allow_update,
                         timeout=args.timeout, engine=args.engine)


def query_command(source: str, query: str, params: dict, fmt: str = "table", allow_update: bool = False,
                  timeout: float | None = None, engine: str | None = None) -> int:
    """What ``kg query`` runs: rows to stdout in ``fmt``; an allowed update on a graph file rewrites it."""
    from pathlib import Path

    from ..query import check_query, format_result, load_query, open_source, run_query

    from ..errors import QueryError

    named = load_query(query)
    kind = check_query(named.text, allow_update=allow_update)
    if kind == "update" and engine == "oxigraph" and Path(source).is_file():
        raise QueryError(f"--engine oxigraph queries a copy of {source}: an update would be lost; "
                         "update graph files with --engine rdflib (the default)")
    src = open_source(source, engine=engine)
    columns, rows = run_query(src, named, params, allow_update=allow_update, timeout=timeout)
    if kind == "update":
        if src.engine == "rdflib" and Path(source).is_file():
            from ..rdf.io import write_graph

            write_graph(src.graph, source)
        print(f"kg: updated {source}", file=sys.stderr)
        return 0
    text = format_result(columns, rows, fmt)
    if sys.stdout.isatty():  # table and tsv cells are escaped already; csv and json as they are, unless shown
        from ..query import escape_controls

        text = escape_controls(text)
    sys.stdout.write(text)
    sys.stdout.flush()
    print(f"kg: {len(rows)} row{'s' * (len(rows) != 1)}", file=sys.stderr)
    return 0
