"""The `kg` command: parse arguments, call one function of the public API, print, set the exit code.

Exit codes: 0 success; 1 some inputs were bad (the rest was processed) or the graph does not conform;
2 nothing could be read, or a usage or other kg error; 130 interrupted.
"""
from __future__ import annotations

import argparse
import os
import sys

from . import __version__
from .errors import KgError

__all__ = ["main"]

EXIT_OK, EXIT_PARTIAL, EXIT_FAIL, EXIT_INTERRUPTED = 0, 1, 2, 130


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {value}")
    return value


def _parser() -> argparse.ArgumentParser:
    from .rdf.io import FORMATS as GRAPH_FORMATS
    from .table import TABLE_FORMATS

    parser = argparse.ArgumentParser(
        prog="kg", description="Build a knowledge graph of who did what to whom from geopolitical news.",
        epilog="INPUT: .txt articles (first line the title), .jsonl corpora (id, text, title, date, url, source), "
               "directories, globs or - (JSON lines on stdin); `kg events` also takes graphs (.ttl .nt .jsonld "
               ".trig .nq).")
    parser.add_argument("--version", action="version", version=f"kg {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    build = commands.add_parser("build", help="extract events from articles and write the graph")
    build.add_argument("inputs", nargs="+", metavar="INPUT")
    build.add_argument("-o", "--output", required=True, metavar="FILE", help="graph file to write ('-': stdout)")
    build.add_argument("--format", metavar="FORMAT",
                       help=f"one of {', '.join(GRAPH_FORMATS)} (default: from the suffix of FILE; ttl for '-')")
    build.add_argument("--model", metavar="NAME", help="spaCy pipeline (default: en_core_web_sm, else its PyPI copy)")
    build.add_argument("--jobs", type=_positive_int, default=1, metavar="N", help="parser processes (default: 1)")
    build.add_argument("-q", "--quiet", action="store_true", help="no summary or progress on stderr")

    events = commands.add_parser("events", help="print the event table of articles or graphs")
    events.add_argument("inputs", nargs="+", metavar="INPUT")
    events.add_argument("--format", default="table", metavar="FORMAT",
                        help=f"one of {', '.join(TABLE_FORMATS)} (default: table)")
    events.add_argument("--model", metavar="NAME", help="spaCy pipeline for article inputs")
    events.add_argument("--jobs", type=_positive_int, default=1, metavar="N", help="parser processes (default: 1)")

    validate = commands.add_parser("validate", help="check graphs against ontology/shapes.ttl")
    validate.add_argument("graphs", nargs="+", metavar="GRAPH")
    return parser


def _say(message: str) -> None:
    print(f"kg: {message}", file=sys.stderr)


def _read(inputs, model, jobs, progress):
    """(dataset, bad inputs) for ``inputs``; raises KgError when nothing at all could be read."""
    from .build import build

    errors: list = []
    dataset = build(inputs, model=model, jobs=jobs, errors=errors, progress=progress)
    for exc in errors:
        _say(f"skipped {exc}")
    if next(iter(dataset.quads((None, None, None, None))), None) is None:
        raise KgError("nothing could be read from the inputs" + (f" ({len(errors)} bad)" if errors else ""))
    return dataset, errors


def _build(args) -> int:
    from .rdf.io import check_format, format_for_path, serialize, write_graph

    to_stdout = args.output == "-"
    fmt = check_format(args.format or "ttl") if to_stdout else format_for_path(args.output, args.format)
    dataset, errors = _read(args.inputs, args.model, args.jobs, progress=not args.quiet and sys.stderr.isatty())
    if to_stdout:
        serialize(dataset, fmt, sys.stdout.buffer)
        sys.stdout.buffer.flush()
    else:
        write_graph(dataset, args.output, fmt)
    if not args.quiet:
        _summarise(dataset, args.output, fmt)
    return EXIT_PARTIAL if errors else EXIT_OK


def _summarise(dataset, output: str, fmt: str) -> None:
    from rdflib import RDF

    from .rdf.kgo import KGO
    from .table import event_rows, summary_lines

    rows = event_rows(dataset)
    articles = len({s for s, _, _, _ in dataset.quads((None, RDF.type, KGO.Article, None))})
    dyads = sum(1 for r in rows if r["target"] is not None)
    where = "stdout" if output == "-" else output
    _say(f"{articles} article{'s' * (articles != 1)}, {len(rows)} events ({dyads} between two actors) "
         f"→ {where} ({fmt})")
    for line in summary_lines(rows):
        print(f"  {line}", file=sys.stderr)


def _events(args) -> int:
    from .errors import FormatError
    from .table import TABLE_FORMATS, event_rows, format_rows

    if args.format not in TABLE_FORMATS:  # before reading: extraction may take a while
        raise FormatError(args.format, TABLE_FORMATS)
    dataset, errors = _read(args.inputs, args.model, args.jobs, progress=False)
    sys.stdout.write(format_rows(event_rows(dataset), args.format))
    sys.stdout.flush()
    return EXIT_PARTIAL if errors else EXIT_OK


def _validate(args) -> int:
    from .rdf.io import load_graph
    from .validate import validate_graph

    conforms, report = validate_graph(load_graph(args.graphs))
    if conforms:
        print(f"{' '.join(args.graphs)}: conforms to ontology/shapes.ttl")
        return EXIT_OK
    sys.stdout.write(report if report.endswith("\n") else report + "\n")
    return EXIT_PARTIAL


COMMANDS = {"build": _build, "events": _events, "validate": _validate}


def main(argv: list[str] | None = None) -> int:
    """Run `kg` with ``argv`` (default: sys.argv[1:]) and return the exit code."""
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version, usage errors
        return exc.code if isinstance(exc.code, int) else EXIT_FAIL
    try:
        return COMMANDS[args.command](args)
    except KgError as exc:
        _say(f"error: {exc}")
        return EXIT_FAIL
    except KeyboardInterrupt:
        _say("interrupted")
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # `kg events ... | head`: the reader left; say nothing more
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_PARTIAL


if __name__ == "__main__":
    sys.exit(main())
