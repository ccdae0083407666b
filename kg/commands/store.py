"""`kg remove`, `kg export`, `kg serve` and `kg push`: the persistent store and SPARQL endpoints.

Wired into kg/cli.py with ``register(commands)``; each subparser's ``func`` default is its handler.
"""
from __future__ import annotations

import argparse
import sys

from . import positive_int as _positive_int

__all__ = ["register"]


def _port(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a port number: {text!r}") from None
    if not 0 <= value <= 65535:
        raise argparse.ArgumentTypeError(f"a port is 0 … 65535, got {value}")
    return value


def _positive_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not value > 0:
        raise argparse.ArgumentTypeError(f"must be positive, got {text}")
    return value


def register(subparsers) -> None:
    """Add ``remove``, ``export``, ``serve`` and ``push`` to ``subparsers``."""
    from ..server import DEFAULT_MAX_RESULT_BYTES, DEFAULT_PER_CLIENT, DEFAULT_TIMEOUT_S, DEFAULT_WORKERS

    remove = subparsers.add_parser(
        "remove", help="remove articles (their named graphs) from a store",
        description="Remove each ARTICLE_ID's named graph from the store, with the actors no remaining article "
                    "names (the actors graph describes each actor once).")
    remove.add_argument("article_ids", nargs="+", metavar="ARTICLE_ID", help="article id (or its art: IRI)")
    remove.add_argument("--store", required=True, metavar="DIR", help="the Oxigraph store directory")
    remove.set_defaults(func=run_remove)

    export = subparsers.add_parser(
        "export", help="write a store's graph to a file (TriG/N-Quads keep the articles apart)",
        description="Write every graph of the store to FILE: one named graph per article, the shared actors "
                    "graph and the ontology graph (ontology/kg.ttl, which kg keeps in every store it writes). TriG and N-Quads "
                    "keep the graphs apart; Turtle, N-Triples and JSON-LD hold their union.")
    export.add_argument("--store", required=True, metavar="DIR", help="the Oxigraph store directory")
    export.add_argument("-o", "--output", required=True, metavar="FILE", help="graph file to write ('-': stdout)")
    export.add_argument("--format", metavar="FORMAT",
                        help="ttl, nt, jsonld, trig or nq (default: from the suffix; trig for '-')")
    export.set_defaults(func=run_export)

    serve = subparsers.add_parser(
        "serve", help="serve a store as a SPARQL 1.1 endpoint (Oxigraph) and the HTML viewer",
        description="Serve the store: SPARQL queries at /query over the union of the article graphs, answered "
                    "from the store as it is now (a later kg build or kg remove is seen by the next query); "
                    "updates at /update and the graph store at /store only with --allow-update. FROM, SERVICE "
                    "and LOAD are refused: the server never fetches anything. Each query runs in a worker "
                    "process that is killed at the timeout. The viewer page is served on a second port and "
                    "redrawn when the store changes. Ctrl-C stops both.")
    serve.add_argument("--store", required=True, metavar="DIR", help="the Oxigraph store directory")
    serve.add_argument("--host", default="127.0.0.1", metavar="HOST", help="address to bind (default: 127.0.0.1)")
    serve.add_argument("--port", type=_port, default=7878, metavar="N", help="SPARQL port (default: 7878)")
    serve.add_argument("--viewer-port", type=_port, metavar="N", help="viewer port (default: PORT+1, else any free one)")
    serve.add_argument("--no-viewer", action="store_true", help="do not render and serve the HTML viewer")
    serve.add_argument("--allow-update", action="store_true",
                       help="accept SPARQL updates (/update) and graph store writes (/store)")
    serve.add_argument("--timeout", type=_positive_float, default=DEFAULT_TIMEOUT_S, metavar="S",
                       help=f"stop a query after S seconds (default: {DEFAULT_TIMEOUT_S:g})")
    serve.add_argument("--max-result-bytes", type=_positive_int, default=DEFAULT_MAX_RESULT_BYTES, metavar="N",
                       help=f"refuse a result larger than N bytes (default: {DEFAULT_MAX_RESULT_BYTES:,})")
    serve.add_argument("--workers", type=_positive_int, default=DEFAULT_WORKERS, metavar="N",
                       help=f"queries answered at once, one process each (default: {DEFAULT_WORKERS})")
    serve.add_argument("--per-client", type=_positive_int, default=DEFAULT_PER_CLIENT, metavar="N",
                       help=f"queries at once from one client address (default: {DEFAULT_PER_CLIENT})")
    serve.set_defaults(func=run_serve)

    push = subparsers.add_parser(
        "push", help="load graph files or a store into a SPARQL 1.1 Graph Store Protocol endpoint",
        description="PUT each named graph to ENDPOINT?graph=IRI as N-Triples (replacing it; --append POSTs "
                    "instead); the shared actors graph is always POSTed (merged with the actors already there); "
                    "triples of the default graph are POSTed to ENDPOINT?default. ENDPOINT is the "
                    "graph store URL, e.g. http://127.0.0.1:7878/store for `kg serve --allow-update`.")
    push.add_argument("graphs", nargs="*", metavar="GRAPH", help="graph files (.ttl .nt .jsonld .trig .nq)")
    push.add_argument("--endpoint", required=True, metavar="URL", help="Graph Store Protocol URL")
    push.add_argument("--store", metavar="DIR", help="push this Oxigraph store instead of GRAPH files")
    push.add_argument("--append", action="store_true", help="add to the endpoint's graphs instead of replacing them")
    push.add_argument("--timeout", type=float, default=60.0, metavar="S", help="per request (default: 60)")
    push.add_argument("-q", "--quiet", action="store_true", help="no summary on stderr")
    push.set_defaults(func=run_push)


def run_remove(args: argparse.Namespace) -> int:
    from ..errors import KgError
    from ..store import remove_article

    removed, missing = remove_article(args.store, args.article_ids)
    for graph in removed:
        print(f"kg: removed {graph}", file=sys.stderr)
    for exc in missing:
        print(f"kg: {exc}", file=sys.stderr)
    if not removed:
        raise KgError("nothing removed")
    return 1 if missing else 0


def run_export(args: argparse.Namespace) -> int:
    from ..rdf.io import check_format, format_for_path, serialize, write_graph
    from ..store import store_to_dataset

    from ..ingest import check_outputs

    check_outputs([args.output], stores=[args.store])
    to_stdout = args.output == "-"
    fmt = check_format(args.format or "trig") if to_stdout else format_for_path(args.output, args.format)
    dataset = store_to_dataset(args.store, include_ontology=True)  # "exactly what the store holds"
    if to_stdout:
        serialize(dataset, fmt, sys.stdout.buffer)
        sys.stdout.buffer.flush()
    else:
        write_graph(dataset, args.output, fmt)
        print(f"kg: wrote {args.output} ({fmt})", file=sys.stderr)
    return 0


def run_serve(args: argparse.Namespace) -> int:
    from ..server import serve

    return serve(args.store, host=args.host, port=args.port, allow_update=args.allow_update,
                 viewer=not args.no_viewer, viewer_port=args.viewer_port, timeout_s=args.timeout,
                 max_result_bytes=args.max_result_bytes, workers=args.workers, per_client=args.per_client)


def run_push(args: argparse.Namespace) -> int:
    from ..server import push

    report = push(args.endpoint, args.graphs, store=args.store, replace=not args.append, timeout=args.timeout)
    if not args.quiet:
        print(f"kg: pushed {report.graphs} named graph{'s' * (report.graphs != 1)}"
              + (" and the default graph" if report.default else "")
              + f" ({report.triples:,} triples) to {args.endpoint}", file=sys.stderr)
    return 0
