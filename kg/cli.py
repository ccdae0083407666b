"""The `kg` command: parse arguments, call one function of the public API, print, set the exit code.

Exit codes: 0 success; 1 some inputs were bad (the rest was processed) or the graph does not conform;
2 nothing could be read, or a usage or other kg error; 130 interrupted.
"""
from __future__ import annotations

import argparse
import importlib
import os
import sys

from . import __version__
from .commands import add_extraction_options, positive_int as _positive_int
from .errors import KgError

__all__ = ["main"]

EXIT_OK, EXIT_PARTIAL, EXIT_FAIL, EXIT_INTERRUPTED = 0, 1, 2, 130


_INPUT_HELP = ("articles (.txt, .jsonl), directories, globs, graph files (.ttl .nt .jsonld .trig .nq) or - "
               "(stdin: JSON lines or one plain-text article, see --stdin-format)")


def _add_stdin_options(parser, articles: bool = True) -> None:
    """--stdin-format (articles on stdin) and --graph-format (a graph on stdin) for a command reading '-'."""
    from .ingest import STDIN_FORMATS
    from .rdf.io import FORMATS as GRAPH_FORMATS

    if articles:
        parser.add_argument("--stdin-format", choices=STDIN_FORMATS, default="auto",
                            help="what '-' holds: JSON lines or one plain-text article (first line the title); "
                                 "auto: JSON lines when it starts with '{' (default: auto)")
    parser.add_argument("--graph-format", choices=tuple(GRAPH_FORMATS), metavar="FORMAT",
                        help=f"'-' is a graph in this format: {', '.join(GRAPH_FORMATS)}")


def _stdin_format(args) -> str:
    """The one value kg.build takes for what '-' holds: an article format or a graph format."""
    graph_format = getattr(args, "graph_format", None)
    if graph_format and getattr(args, "stdin_format", "auto") != "auto":
        raise KgError("give --stdin-format (articles on stdin) or --graph-format (a graph on stdin), not both")
    return graph_format or getattr(args, "stdin_format", "auto")


def _parser() -> argparse.ArgumentParser:
    from .rdf.io import FORMATS as GRAPH_FORMATS
    from .table import TABLE_FORMATS

    parser = argparse.ArgumentParser(
        prog="kg", description="Build a knowledge graph of who did what to whom from geopolitical news.",
        epilog="INPUT: .txt articles (first line the title), .jsonl corpora (id, text, title, date, url, source), "
               "directories, globs, graph files (.ttl .nt .jsonld .trig .nq) or - (stdin: JSON lines or one "
               "plain-text article, sniffed; a graph with --graph-format). Exit codes: 0 done, 1 some inputs "
               "bad (the rest processed) or a graph does not conform, 2 nothing could be read or a usage "
               "error. `kg COMMAND --help` describes each command.")
    parser.add_argument("--version", action="version", version=f"kg {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    build = commands.add_parser(
        "build", help="extract events from articles and write the graph (a file, a store or both)",
        description="Extract events from articles and write them as RDF, one named graph per article: to a graph "
                    "file (-o) and/or into an Oxigraph store directory (--store), where each article is committed "
                    "on its own, an article already stored with the same text is skipped before any NLP and a "
                    "changed one replaced.")
    build.add_argument("inputs", nargs="+", metavar="INPUT", help=_INPUT_HELP)
    build.add_argument("-o", "--output", metavar="FILE",
                       help="graph file to write ('-': stdout); with --store, the whole store is exported to it")
    build.add_argument("--store", metavar="DIR", help="add the articles to this Oxigraph store (created if missing)")
    build.add_argument("--html", metavar="FILE", help="also draw the graph as a self-contained HTML page (see kg viz)")
    build.add_argument("--dask", metavar="ADDRESS",
                       help="extract on this dask.distributed scheduler (e.g. tcp://10.0.0.5:8786) instead of here")
    build.add_argument("--partition-size", type=_positive_int, default=16, metavar="N",
                       help="articles per dask task (default: 16)")
    build.add_argument("--format", metavar="FORMAT",
                       help=f"one of {', '.join(GRAPH_FORMATS)} (default: from the suffix of FILE; ttl for '-')")
    build.add_argument("--model", metavar="NAME", help="spaCy pipeline (default: en_core_web_sm, else its PyPI copy)")
    build.add_argument("--jobs", type=_positive_int, default=1, metavar="N", help="parser processes (default: 1)")
    build.add_argument("-q", "--quiet", action="store_true",
                       help="no summary or progress bar on stderr (the bar is only drawn on a terminal)")
    build.add_argument("--progress", action="store_true",
                       help="draw the progress bar even when stderr is not a terminal (a log, a pipe)")
    add_extraction_options(build)
    _add_stdin_options(build)
    build.set_defaults(func=_build)

    events = commands.add_parser(
        "events", help="print the event table of articles, graphs or a store",
        description="Print one row per event: article, type (with CAMEO/PLOVER codes, quad class and Goldstein "
                    "weight), agent and target with their countries, topic, evidence sentence and offsets, date "
                    "(the text's, else the article's: date_source), modality, reporter, confidence, the pattern "
                    "or rule that found it (source), place and the article's url. Articles are extracted first; "
                    "graphs are read as they are, so a saved graph gives the same table as its articles. "
                    "--actor, --agent, --target, --type, --since, --until, --article and --asserted-only keep "
                    "some rows only: several values of one option keep a row matching any of them, several "
                    "options a row matching all of them (e.g. who accused Russia: --type accuse --target Russia). "
                    "Events the text says did not happen (negated) are left out unless --negated; the graph keeps "
                    "them. An unknown actor or type, or a malformed date, is an error (exit code 2).",
        epilog="Dates: --since 2022-03 starts on the 1st of March 2022, --until 2022-03 ends on the 31st; a row's "
               "date names a period too (2022 the year, 2022-03 the month) and is kept when that period overlaps "
               "the range (it may fall in it); rows with no date are left out when either bound is given.")
    events.add_argument("inputs", nargs="*", metavar="INPUT", help=_INPUT_HELP)
    events.add_argument("--store", metavar="DIR", help="read the graph of this Oxigraph store (besides any INPUT)")
    events.add_argument("--format", default="table", metavar="FORMAT",
                        help=f"one of {', '.join(TABLE_FORMATS)} (default: table)")
    events.add_argument("--actor", action="append", default=[], metavar="NAME",
                        help="keep events whose agent or target is this actor or acts for it (a minister counts "
                             "for the state): a label, alias, ISO3 code or IRI; repeatable (any)")
    events.add_argument("--agent", action="append", default=[], metavar="NAME",
                        help="as --actor, for the agent only; repeatable (any)")
    events.add_argument("--target", action="append", default=[], metavar="NAME",
                        help="as --actor, for the target only; repeatable (any)")
    events.add_argument("--type", action="append", default=[], metavar="TYPE", dest="types",
                        help="keep events of this type (Accuse or accuse), PLOVER category (in capitals: ACCUSE; "
                             "REJECT also keeps Deny) or CAMEO root code (11); repeatable (any)")
    events.add_argument("--since", metavar="DATE",
                        help="keep events dated on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD; see below)")
    events.add_argument("--until", metavar="DATE",
                        help="keep events dated on or before DATE (YYYY, YYYY-MM or YYYY-MM-DD; see below)")
    events.add_argument("--article", action="append", default=[], metavar="ID", dest="articles",
                        help="keep events of this article (the article column); repeatable (any)")
    events.add_argument("--asserted-only", action="store_true",
                        help="keep only events the text asserts and does not negate (drop negated, conditional, "
                             "future, possible and hypothetical ones)")
    events.add_argument("--negated", action="store_true",
                        help="also list events the text says did not happen ('did not attack': modality "
                             "negated), which are left out by default (--asserted-only leaves them out even so); "
                             "the graph keeps them either way")
    events.add_argument("--model", metavar="NAME", help="spaCy pipeline for article inputs")
    events.add_argument("--jobs", type=_positive_int, default=1, metavar="N", help="parser processes (default: 1)")
    add_extraction_options(events)
    _add_stdin_options(events)
    events.set_defaults(func=_events)

    validate = commands.add_parser(
        "validate", help="check graphs (or a store) against ontology/shapes.ttl",
        description="Check the union of the graphs (and of the store's graphs) against the SHACL shapes of "
                    "ontology/shapes.ttl, with ontology/kg.ttl mixed in: every event has one type, one agent, "
                    "evidence, an article and a modality; every actor a label and a type. Prints the report "
                    "and exits 1 when the graph does not conform.")
    validate.add_argument("graphs", nargs="*", metavar="GRAPH",
                          help="graph files (.ttl .nt .jsonld .trig .nq) or - (stdin, with --graph-format)")
    validate.add_argument("--store", metavar="DIR", help="check the graph of this Oxigraph store")
    _add_stdin_options(validate, articles=False)
    validate.set_defaults(func=_validate)

    for name in COMMAND_MODULES:
        _register(name, commands)
    return parser


#: Modules of kg/commands/ whose ``register(subparsers)`` adds their subcommands (with ``func`` defaults).
COMMAND_MODULES = ("query", "analyze", "viz", "store")


def _register(name: str, commands) -> None:
    try:
        module = importlib.import_module(f"{__package__}.commands.{name}")
    except ModuleNotFoundError as exc:
        if exc.name != f"{__package__}.commands.{name}":
            raise
        return
    module.register(commands)


def _say(message: str) -> None:
    from .query import escape_controls

    print(f"kg: {escape_controls(message)}", file=sys.stderr)


def _print_rows(text: str, fmt: str) -> None:
    """Event rows to stdout; a table (and anything bound for a terminal) with control characters escaped."""
    if fmt == "table" or sys.stdout.isatty():
        from .query import escape_controls

        text = escape_controls(text)
    sys.stdout.write(text)
    sys.stdout.flush()


def _read(inputs, model, jobs, progress, store=None, stdin_format="auto", unknown_agents=False):
    """(dataset, bad inputs) for ``inputs`` and the ``store`` directory; raises KgError when nothing at all
    could be read."""
    from .build import build

    errors: list = []
    if not inputs and not store:
        raise KgError("give an INPUT or --store DIR")
    dataset = build(inputs, model=model, jobs=jobs, errors=errors, progress=progress, stdin_format=stdin_format,
                    unknown_agents=unknown_agents)
    if store:
        _add_store(dataset, store)
    for exc in errors:
        _say(f"skipped {exc}")
    if next(iter(dataset.quads((None, None, None, None))), None) is None:
        raise KgError("nothing could be read from the inputs" + (f" ({len(errors)} bad)" if errors else ""))
    return dataset, errors


def _add_store(dataset, store) -> None:
    """Add the store's named graphs to ``dataset``."""
    from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

    from .store import store_to_dataset

    for s, p, o, c in store_to_dataset(store).quads((None, None, None, None)):
        if c is None or c == DATASET_DEFAULT_GRAPH_ID:
            dataset.add((s, p, o))
        else:
            dataset.graph(c).add((s, p, o))


def _progress(args, stream=None) -> bool | int:
    """False unless ``stream`` (stderr) is a terminal (or --progress) and not --quiet: a bar drawn into a
    log is noise.
    On a terminal, the number of articles the inputs hold when it can be counted cheaply (files, not
    stdin): the bar then shows a total and an ETA."""
    stream = stream or sys.stderr
    if getattr(args, "quiet", False) or not (stream.isatty() or getattr(args, "progress", False)):
        return False
    return _count_articles(args.inputs) or True


def _count_articles(inputs) -> int | None:
    """Articles in ``inputs``: one per .txt file, one per non-blank line of a .jsonl file; None for stdin."""
    from .ingest import expand_inputs, is_graph_file

    total = 0
    try:
        for path in expand_inputs(inputs):
            if path == "-":
                return None
            if is_graph_file(path):
                continue
            if path.endswith(".jsonl"):
                with open(path, "rb") as handle:
                    total += sum(1 for line in handle if line.strip())
            else:
                total += 1
    except (KgError, OSError):
        return None  # the build itself reports the bad input
    return total


def _build(args) -> int:
    from .rdf.io import check_format, format_for_path

    if not args.output and not args.store and not args.html:
        raise KgError("nowhere to write: give -o/--output FILE, --store DIR and/or --html FILE")
    from .ingest import check_outputs

    check_outputs([args.output, args.html], args.inputs, [args.store])
    fmt = None
    if args.output:  # check before reading: extraction may take a while
        fmt = check_format(args.format or "ttl") if args.output == "-" else format_for_path(args.output, args.format)
    progress = _progress(args)
    stdin_format = _stdin_format(args)
    if args.dask:
        from .distributed import build_with_dask

        errors: list = []
        result = build_with_dask(args.inputs, args.dask, store=args.store, model=args.model, errors=errors,
                                 partition_size=args.partition_size, progress=progress,
                                 unknown_agents=args.unknown_agents)
        for exc in errors:
            _say(f"skipped {exc}")
        if args.store:
            return _after_store_build(args, result, errors, fmt)
        if next(iter(result.quads((None, None, None, None))), None) is None:
            raise KgError("nothing could be read from the inputs" + (f" ({len(errors)} bad)" if errors else ""))
        return _write_output(args, result, errors, fmt)
    if args.store:
        from .build import build_to_store

        errors = []
        report = build_to_store(args.inputs, args.store, model=args.model, jobs=args.jobs, errors=errors,
                                progress=progress, stdin_format=stdin_format, unknown_agents=args.unknown_agents)
        for exc in errors:
            _say(f"skipped {exc}")
        return _after_store_build(args, report, errors, fmt)
    dataset, errors = _read(args.inputs, args.model, args.jobs, progress=progress, stdin_format=stdin_format,
                            unknown_agents=args.unknown_agents)
    return _write_output(args, dataset, errors, fmt)


def _after_store_build(args, report, errors, fmt) -> int:
    if not args.quiet:
        _say(f"{report.added} article{'s' * (report.added != 1)} added, {report.replaced} replaced, "
             f"{report.unchanged} unchanged" + (f", {report.graphs} graphs loaded" if report.graphs else "")
             + (f", {len(errors)} bad" if errors else "")
             + f" → store {args.store} ({report.articles} articles, {report.quads:,} quads)")
    if report.written == 0 and report.unchanged == 0:
        raise KgError("nothing could be read from the inputs" + (f" ({len(errors)} bad)" if errors else ""))
    if args.output or args.html:
        from .store import store_to_dataset

        _write_output(args, store_to_dataset(args.store, include_ontology=True), errors, fmt)  # as kg export
    return EXIT_PARTIAL if errors else EXIT_OK


def _write_output(args, dataset, errors, fmt) -> int:
    from .rdf.io import serialize, write_graph

    if args.output == "-":
        serialize(dataset, fmt, sys.stdout.buffer)
        sys.stdout.buffer.flush()
    elif args.output:
        write_graph(dataset, args.output, fmt)
    _write_html(args, dataset)
    if not args.quiet and args.output:
        _summarise(dataset, args.output, fmt)
    return EXIT_PARTIAL if errors else EXIT_OK


def _write_html(args, dataset) -> None:
    if getattr(args, "html", None):
        from .visualize import render_html

        render_html(dataset, args.html)
        if not args.quiet:
            _say(f"wrote {args.html}")


def _summarise(dataset, output: str, fmt: str) -> None:
    from rdflib import RDF

    from .rdf.kgo import KGO
    from .table import event_rows, summary_lines

    rows = event_rows(dataset)
    articles = len({s for s, _, _, _ in dataset.quads((None, RDF.type, KGO.Article, None))})
    dyads = sum(1 for r in rows if r["target"] is not None)
    negated = sum(1 for r in rows if r["negated"])  # in the graph; `kg events` lists them with --negated
    where = "stdout" if output == "-" else output
    _say(f"{articles} article{'s' * (articles != 1)}, {len(rows)} events ({dyads} between two actors, "
         f"{negated} negated) → {where} ({fmt})")
    for line in summary_lines(rows):
        print(f"  {line}", file=sys.stderr)


def _events(args) -> int:
    from .errors import FormatError
    from .event_filter import EventFilter
    from .table import TABLE_FORMATS, event_rows, format_rows

    if args.format not in TABLE_FORMATS:  # before reading: extraction may take a while
        raise FormatError(args.format, TABLE_FORMATS)
    criteria = dict(actors=args.actor, agents=args.agent, targets=args.target, types=args.types, since=args.since,
                    until=args.until, articles=args.articles, asserted_only=args.asserted_only,
                    include_negated=args.negated)
    EventFilter(**criteria)  # a bad type or date before reading too; actors need the graph
    if args.store and not args.inputs:  # query the store where it is, no copy into rdflib
        from .store import open_store

        rows = event_rows(open_store(args.store, read_only=True), **criteria)
        _print_rows(format_rows(rows, args.format), args.format)
        return EXIT_OK
    dataset, errors = _read(args.inputs, args.model, args.jobs, progress=False, store=args.store,
                            stdin_format=_stdin_format(args), unknown_agents=args.unknown_agents)
    _print_rows(format_rows(event_rows(dataset, **criteria), args.format), args.format)
    return EXIT_PARTIAL if errors else EXIT_OK


def _validate(args) -> int:
    from .rdf.io import load_graph
    from .validate import validate_graph

    if not args.graphs and not args.store:
        raise KgError("give a GRAPH or --store DIR")
    dataset = load_graph(args.graphs, stdin_format=args.graph_format)
    if args.store:
        _add_store(dataset, args.store)
    conforms, report = validate_graph(dataset)
    if conforms:
        print(f"{' '.join(map(str, [*args.graphs, *([args.store] if args.store else [])]))}: "
              "conforms to ontology/shapes.ttl")
        return EXIT_OK
    sys.stdout.write(report if report.endswith("\n") else report + "\n")
    return EXIT_PARTIAL




def _unknown_command(parser: argparse.ArgumentParser, argv: list[str]) -> str | None:
    """A usage message for a mistyped subcommand, with the closest ones ("did you mean ..."), else None."""
    import difflib

    words = [a for a in argv if not a.startswith("-")]
    commands = next(a.choices for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    if not words or words[0] in commands or argv[0].startswith("-"):
        return None
    close = difflib.get_close_matches(words[0], list(commands), n=3, cutoff=0.5)
    return (f"unknown command {words[0]!r}" + (f"; did you mean {' or '.join(repr(c) for c in close)}?" if close else "")
            + f" (choose one of: {', '.join(commands)})")


def main(argv: list[str] | None = None) -> int:
    """Run `kg` with ``argv`` (default: sys.argv[1:]) and return the exit code.

    Without ``argv`` this is the `kg` program, and the process ends when it returns.
    """
    if argv is None:
        try:
            return _main(None)
        finally:
            # The process ends next: its objects are freed at exit whatever the collector does, and leaving them
            # out of its last collections saves most of a second after a run that loaded the pipeline.
            import gc

            gc.freeze()
    return _main(argv)


def _main(argv: list[str] | None) -> int:
    parser = _parser()
    argv = sys.argv[1:] if argv is None else [str(a) for a in argv]
    unknown = _unknown_command(parser, argv)
    if unknown:
        parser.print_usage(sys.stderr)
        _say(f"error: {unknown}")
        return EXIT_FAIL
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version, usage errors
        return exc.code if isinstance(exc.code, int) else EXIT_FAIL
    try:
        return args.func(args)
    except KgError as exc:
        _say(f"error: {exc}")
        return EXIT_FAIL
    except KeyboardInterrupt:
        _say("interrupted")
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # `kg events ... | head`: the reader has all it wanted; not an error
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # so that the final flush at exit finds no broken pipe either
        return EXIT_OK
    except (OSError, RuntimeError) as exc:  # a full disk on stdout, a store damaged past its first read ...
        from .errors import failure_message

        message = failure_message(exc)
        if message is None:
            raise
        _say(f"error: {message}")
        return EXIT_FAIL


if __name__ == "__main__":
    sys.exit(main())
