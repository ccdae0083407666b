"""`kg analyze GRAPH`: the actor network's reports (centrality, activity, blocs, reciprocity, balance).

Wired into kg/cli.py with ``register(commands)``; the handler is :func:`run` (the subparser's ``func``).
"""
from __future__ import annotations

import argparse
import sys

__all__ = ["register", "run"]


def register(subparsers) -> argparse.ArgumentParser:
    """Add the ``analyze`` subcommand to ``subparsers``; returns its parser."""
    parser = subparsers.add_parser(
        "analyze", help="network reports on the actor graph (PageRank, blocs, balance, ...)",
        description="Project the graph onto an actor network (one edge per event) and report the most active "
                    "and most targeted actors per event type, PageRank and betweenness, Louvain communities, "
                    "reciprocity, the conflict/cooperation balance per dyad (Goldstein-style weights from the "
                    "ontology), an actor's ego network and the shortest chain of events between two actors.")
    parser.add_argument("graph", nargs="?", metavar="GRAPH", help="graph file (.ttl .nt .jsonld .trig .nq)")
    parser.add_argument("--by", choices=("actor", "country"), default="actor",
                        help="node per actor, or roll people and bodies up to their state (default: actor)")
    parser.add_argument("--actor", metavar="NAME", help="also report NAME's ego network")
    parser.add_argument("--path", nargs=2, metavar=("A", "B"), help="also report the shortest chain of events A … B")
    parser.add_argument("--format", choices=("table", "json"), default="table", help="output format (default: table)")
    parser.add_argument("--export", metavar="FILE",
                        help="write the network: .graphml, .gexf, or .csv (FILE.nodes.csv + FILE.edges.csv)")
    parser.add_argument("--timeline", action="append", default=[], metavar="FILE",
                        help="write the per-dyad, per-week series: .csv (every dyad), .png or .svg (a plot of the "
                             "busiest dyads' conflict/cooperation balance; needs matplotlib); may be repeated")
    parser.add_argument("--asserted-only", action="store_true", help="keep only events the text asserts")
    parser.add_argument("--store", metavar="DIR", help="analyse this Oxigraph store directory")
    parser.set_defaults(func=run)
    return parser


def run(args: argparse.Namespace) -> int:
    """Handle parsed ``kg analyze`` arguments; errors are raised as KgError (exit code 2)."""
    from ..analyze import analyze, format_report
    from ..errors import KgError

    source = args.store or args.graph
    if source is None or (args.store and args.graph):
        raise KgError("give one GRAPH file or --store DIR")
    if args.export:
        from ..ingest import check_outputs

        check_outputs([args.export], [args.graph] if args.graph else [], [args.store])
    try:
        report = analyze(source, by=args.by, actor=args.actor, path=tuple(args.path) if args.path else None,
                         export_to=args.export, asserted_only=args.asserted_only, timeline_to=args.timeline)
    except KeyError as exc:  # an actor name that is not in the network
        raise KgError(exc.args[0] if exc.args else str(exc)) from None
    sys.stdout.write(format_report(report, args.format))
    sys.stdout.flush()
    return 0
