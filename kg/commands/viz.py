"""`kg viz GRAPH... -o graph.html [--by-country]`: draw graphs (or articles) as one self-contained HTML page.

Wired into kg/cli.py with ``register(commands)`` (``commands`` being the parser's subparsers); the
handler is :func:`run`, also set as the subparser's ``func`` default.
"""
from __future__ import annotations

import argparse
import sys

from . import add_extraction_options

__all__ = ["register", "run"]


def register(subparsers) -> argparse.ArgumentParser:
    """Add the ``viz`` subcommand to ``subparsers`` (from ``ArgumentParser.add_subparsers``); returns its parser."""
    parser = subparsers.add_parser(
        "viz", help="draw a graph as an interactive HTML page (works offline)",
        description="Write one self-contained UTF-8 HTML page: actors as nodes (colour by class, size by "
                    "PageRank), events as edges (colour and dash by event type and quad class), a side panel "
                    "with the evidence, filters, and a switch to roll people and bodies up to their state. "
                    "The page makes no network request.")
    parser.add_argument("graphs", nargs="*", metavar="GRAPH",
                        help="graph files (.ttl .nt .jsonld .trig .nq) or articles (.txt .jsonl, dirs, globs)")
    parser.add_argument("-o", "--output", default="graph.html", metavar="FILE",
                        help="HTML file to write (default: graph.html)")
    parser.add_argument("--store", metavar="DIR", help="draw the graph of this Oxigraph store (besides any GRAPH)")
    parser.add_argument("--by-country", action="store_true",
                        help="start with people and bodies rolled up to their state")
    parser.add_argument("--title", metavar="TEXT", help="page title (default: the article's headline)")
    parser.add_argument("--model", metavar="NAME", help="spaCy pipeline for article inputs")
    add_extraction_options(parser)
    parser.set_defaults(func=run)
    return parser


def run(args: argparse.Namespace) -> int:
    """Handle parsed ``kg viz`` arguments; returns the exit code (errors are raised as KgError)."""
    from ..errors import KgError
    from ..ingest import check_outputs
    from ..visualize import render_html, viz

    check_outputs([args.output], args.graphs, [args.store])

    if args.store:
        from ..build import build
        from ..store import open_store, store_to_dataset

        if args.graphs:
            dataset = store_to_dataset(args.store)
            for quad in build(args.graphs, model=args.model, unknown_agents=args.unknown_agents).quads(
                    (None, None, None, None)):
                dataset.add(quad)
        else:
            dataset = open_store(args.store, read_only=True)  # queried in place: no copy of the store
        render_html(dataset, args.output, title=args.title, by_country=args.by_country)
        path = args.output
    elif args.graphs:
        path = viz(args.graphs, args.output, by_country=args.by_country, title=args.title, model=args.model,
                   unknown_agents=args.unknown_agents)
    else:
        raise KgError("nothing to draw: give GRAPH files or articles, or --store DIR")
    print(f"kg: wrote {path}", file=sys.stderr)
    return 0
