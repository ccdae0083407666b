"""Latency of the named queries on about a million triples: Oxigraph (on disk) vs rdflib (in memory).

    .venv/bin/python bench/query_latency.py [--triples 1000000] [--runs 3] [--timeout 60] [--skip-rdflib]
                                            [--before REF] [--store DIR] [--only NAME ...]

The shared corpus is built once (kg.build) and its graph replicated until it holds about ``--triples``
quads: replica k renames every article IRI art:X to art:rK/X and event IRI ev:H to ev:rK/H (and the
article's schema:identifier to "X~rK"), while actors keep their IRIs and their one description in the
act: graph, as the same actors recur in many articles. The quads go into an Oxigraph store on disk (``bulk_extend``) and an rdflib ``Dataset`` in
memory. Every named query (ontology/queries/*.rq) runs through ``kg.query.run_query`` on both, with
``actor=Russia`` and ``a``/``agent``=Russia, ``b``/``target``=United States where a query needs them.

Printed per query: rows, Oxigraph first run and median of ``--runs`` runs, rdflib first run (and
median, when the first run took under 10 s), in milliseconds (and, after the table, the CPU time of the
Oxigraph child per query, which a host busy with other work inflates less than wall time); ``timeout`` when rdflib took longer than
``--timeout`` seconds (each engine runs in a child process; a query that does not answer in time,
or kills its process, is marked and the child restarted with the remaining queries).

``--store DIR`` keeps the Oxigraph store in DIR: built there when DIR does not exist, reused as it is
when it does (its size is printed; ``--triples`` and ``--corpus`` are then ignored), so that several runs
share one store (building a million quads takes minutes). ``--only NAME...`` times those named queries only.

``--before REF`` also runs, on each engine, the version of each named query in git revision REF (e.g. the
commit before a rewrite) wherever it differs: on the same store, in the same child, alternating with the
current version run by run, so that a busy host slows both alike. A query whose text is unchanged but
whose closing ORDER BY kg now applies in Python (kg/query/order.py) is run as it was then too, sorted
by the engine (its text is passed as a query of one's own). Its rows are printed too (they should
be the same), and the median of the medians and the slowest query of each set.
"""
from __future__ import annotations

import argparse
import dataclasses
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "corpus.jsonl"
ART = "https://w3id.org/kg/article/"
EV = "https://w3id.org/kg/event/"
IDENTIFIER = "https://schema.org/identifier"
from kg.store import ACTORS_GRAPH as ACTORS  # noqa: E402  (the act: graph, described once)

PARAMS = {"actor": "Russia", "a": "Russia", "b": "United States", "agent": "Russia", "target": "United States"}


def replicas(base_quads, copies: int):
    """pyoxigraph Quads of ``copies`` renamed copies of ``base_quads``."""
    import pyoxigraph as ox

    def rename(term, k):
        if isinstance(term, ox.NamedNode):
            value = term.value
            if value.startswith(ART):
                return ox.NamedNode(f"{ART}r{k}/{value[len(ART):]}")
            if value.startswith(EV):
                return ox.NamedNode(f"{EV}r{k}/{value[len(EV):]}")
        return term

    actors = [q for q in base_quads if q.graph_name.value == ACTORS]
    yield from actors  # described once, whatever the number of articles naming them
    for k in range(copies):
        for q in base_quads:
            if q.graph_name.value == ACTORS:
                continue
            obj = q.object
            if q.predicate.value == IDENTIFIER:
                obj = ox.Literal(f"{obj.value}~r{k}")
            else:
                obj = rename(obj, k)
            yield ox.Quad(rename(q.subject, k), q.predicate, obj, rename(q.graph_name, k))


def timed(function) -> tuple[float, object]:
    start = time.perf_counter()
    result = function()
    return time.perf_counter() - start, result


def _run_engine(args) -> None:
    """Child mode: load one engine and print one JSON line per named query (after --skip ones)."""
    import json

    import pyoxigraph as ox
    from rdflib import Dataset

    from kg.errors import QueryError
    from kg.query import list_named_queries, open_source, run_query
    from kg.query.order import split_order
    from kg.store import open_store, to_rdflib

    if args.engine == "oxigraph":
        source = open_source(open_store(args.store_dir))
    else:
        store = open_store(args.store_dir, read_only=True)
        seconds, dataset = timed(lambda: _to_dataset(store, to_rdflib, Dataset, ox))
        del store
        source = open_source(dataset)
        view, _ = timed(lambda: source.view())
        print(json.dumps({"load": seconds, "view": view}), flush=True)
    skip = set(args.skip or ())
    only = set(args.only or ())
    before = _before_queries(args.before) if args.before else {}
    for query in list_named_queries():
        if query.name in skip or (only and query.name not in only):
            continue
        params = {p.name: PARAMS[p.name] for p in query.params if p.required and p.name in PARAMS}
        print(json.dumps({"start": query.name}), flush=True)
        versions = {"now": query}
        old = before.get(query.name)
        if old is not None and (old.text != query.text or split_order(query.text)[1]):
            # run as the revision ran it: a text that is not kg's current one is sorted by the engine
            versions["before"] = old if old.text != query.text else dataclasses.replace(old, text=old.text + "\n")
        record = {name: {"times": [], "cpu": [], "rows": None, "error": None} for name in versions}
        for _ in range(args.runs):
            for name, version in versions.items():  # alternated, so that a busy spell of the host hits both
                this = record[name]
                if this["error"] or (this["times"] and this["times"][-1] > 10):
                    continue
                cpu = time.process_time()
                try:
                    seconds, (_, result) = timed(lambda: run_query(
                        source, version, params, timeout=args.timeout if args.engine == "rdflib" else None))
                except QueryError as exc:
                    this["error"] = str(exc)[:200]
                    continue
                this["cpu"].append(time.process_time() - cpu)
                this["times"].append(seconds)
                this["rows"] = len(result)
        print(json.dumps({"query": query.name, **record["now"], "before": record.get("before")}), flush=True)


def _before_queries(ref: str) -> dict:
    """{name: NamedQuery} of the named queries as they were in git revision ``ref``."""
    import subprocess

    from kg.query import NamedQuery, parse_header

    listing = subprocess.run(["git", "-C", str(ROOT), "ls-tree", "--name-only", f"{ref}:ontology/queries"],
                             check=True, capture_output=True, text=True).stdout.split()
    found = {}
    for file_name in listing:
        if file_name.endswith(".rq"):
            text = subprocess.run(["git", "-C", str(ROOT), "show", f"{ref}:ontology/queries/{file_name}"],
                                  check=True, capture_output=True, text=True).stdout
            name, description, params = parse_header(text, file_name[:-3])
            found[name] = NamedQuery(name, description, params, text, None)
    return found


def _to_dataset(store, to_rdflib, Dataset, ox):
    ds = Dataset()
    cache, graphs = {}, {}

    def conv(t):
        v = cache.get(t)
        if v is None:
            v = cache[t] = to_rdflib(t)
        return v

    for q in store.quads_for_pattern(None, None, None, None):
        if isinstance(q.graph_name, ox.DefaultGraph):
            continue
        g = graphs.get(q.graph_name.value)
        if g is None:
            g = graphs[q.graph_name.value] = ds.graph(conv(q.graph_name))
        g.add((conv(q.subject), conv(q.predicate), conv(q.object)))
    return ds


def _measure(engine: str, store_dir: Path, args) -> dict:
    """Run the child for ``engine``; a query silent for longer than --timeout is killed (and marked)."""
    import json
    import queue
    import subprocess
    import threading

    results: dict = {}
    done: list[str] = []
    while True:
        argv = [sys.executable, __file__, "--engine", engine, "--store-dir", str(store_dir), "--runs", str(args.runs),
                "--timeout", str(args.timeout), *(["--before", args.before] if args.before else []),
                *(["--skip", *done] if done else []), *(["--only", *args.only] if args.only else [])]
        proc = subprocess.Popen(argv, stdout=subprocess.PIPE, text=True)
        lines: queue.Queue = queue.Queue()
        threading.Thread(target=lambda: [lines.put(x) for x in proc.stdout] + [lines.put(None)], daemon=True).start()
        current, finished = None, False
        while True:
            try:
                line = lines.get(timeout=(2 if args.before else 1) * args.timeout * args.runs + 30 if current else 600)
            except queue.Empty:
                proc.kill()
                proc.wait()
                results[current] = {"times": [], "rows": None, "error": f"killed after {args.timeout * args.runs + 30:.0f} s"}
                done.append(current)
                break
            if line is None:
                proc.wait()
                if current is not None and current not in results:  # crashed (e.g. out of memory)
                    results[current] = {"times": [], "rows": None, "error": f"child died (exit {proc.returncode})"}
                    done.append(current)
                else:
                    finished = True
                break
            record = json.loads(line)
            if "load" in record:
                if "load" not in results:
                    print(f"rdflib Dataset loaded in {record['load']:.1f} s; query view (union + ontology) "
                          f"built in {record['view']:.1f} s", flush=True)
                results.setdefault("load", record)
            elif "start" in record:
                current = record["start"]
            else:
                results[record["query"]] = record
                done.append(record["query"])
                current = None
        if finished:
            return results


def _build_store(store_dir: Path, args) -> None:
    """The corpus built once and its article graphs replicated into a new Oxigraph store in ``store_dir``."""
    import kg
    from kg.store import dataset_to_quads, open_store

    base = list(dataset_to_quads(kg.build([str(args.corpus)])))
    actors = sum(1 for q in base if q.graph_name.value == ACTORS)
    copies = max(1, round((args.triples - actors) / (len(base) - actors)))
    print(f"corpus graph: {len(base):,} quads ({actors:,} describing the actors); {copies} replicas of the "
          f"article graphs → {actors + copies * (len(base) - actors):,} quads")
    store = open_store(store_dir)
    seconds, _ = timed(lambda: store.bulk_extend(replicas(base, copies)))
    store.flush()
    store.optimize()
    print(f"Oxigraph store: {len(store):,} quads loaded in {seconds:.1f} s", flush=True)


def _load() -> str:
    import os

    return " ".join(f"{x:.2f}" for x in os.getloadavg()) + f" (1, 5, 15 min; {os.cpu_count()} CPUs)"


def _ms(record) -> tuple[str, str]:
    if record is None:  # the engine was not measured (--skip-rdflib)
        return "-", "-"
    if not record["times"]:
        return ("timeout" if record and "killed" in (record.get("error") or "") or
                (record and "timed out" in (record.get("error") or "").lower()) else "error"), "-"
    times = record["times"]
    return f"{times[0] * 1000:.0f}", f"{statistics.median(times[1:] or times) * 1000:.0f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds per query run (default: 60)")
    parser.add_argument("--skip-rdflib", action="store_true")
    parser.add_argument("--before", metavar="REF", help="also time the named queries of git revision REF")
    parser.add_argument("--store", type=Path, metavar="DIR",
                        help="keep the store in DIR: build it there once, reuse it on later runs")
    parser.add_argument("--only", nargs="+", metavar="NAME", help="time these named queries only")
    parser.add_argument("--engine", help=argparse.SUPPRESS)
    parser.add_argument("--store-dir", help=argparse.SUPPRESS)
    parser.add_argument("--skip", nargs="*", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.engine:
        return _run_engine(args)

    from kg.query import list_named_queries
    from kg.store import open_store

    print(f"load average at the start: {_load()}", flush=True)
    with tempfile.TemporaryDirectory(prefix="kg-qbench-") as tmp:
        store_dir = args.store or Path(tmp) / "store"
        if store_dir.exists():
            store = open_store(store_dir, read_only=True)
            print(f"Oxigraph store {store_dir}: {len(store):,} quads (reused as it is)", flush=True)
            del store
        else:
            _build_store(store_dir, args)
        measured = {"oxigraph": _measure("oxigraph", store_dir, args)}
        if not args.skip_rdflib:
            measured["rdflib"] = _measure("rdflib", store_dir, args)
    before = f" {'before first':>13} {'median':>9} {'rows':>7}" if args.before else ""
    rd_before = f" {'rdflib before':>14} {'median':>9}" if args.before and not args.skip_rdflib else ""
    print(f"{'query':30} {'rows':>7} {'oxigraph first':>15} {'median':>9}{before} {'rdflib first':>13} {'median':>9}"
          f"{rd_before}  ms")
    medians: dict[str, list] = {"now": [], "before": [], "rdflib now": [], "rdflib before": []}
    cpu_medians: dict[str, list] = {"now": [], "before": []}
    for query in list_named_queries():
        if args.only and query.name not in args.only:
            continue
        ox_rec = measured["oxigraph"].get(query.name)
        rd_rec = measured.get("rdflib", {}).get(query.name)
        old = (ox_rec or {}).get("before") or ox_rec
        rows = next((r["rows"] for r in (ox_rec, rd_rec) if r and r["rows"] is not None), "-")
        differ = ox_rec and rd_rec and None not in (ox_rec["rows"], rd_rec["rows"]) and ox_rec["rows"] != rd_rec["rows"]
        rd_old = (rd_rec or {}).get("before") or rd_rec
        for name, rec in (("now", ox_rec), ("before", old), ("rdflib now", rd_rec), ("rdflib before", rd_old)):
            if rec and rec["times"]:
                medians[name].append((statistics.median(rec["times"][1:] or rec["times"]), query.name))
            if name in cpu_medians and rec and rec.get("cpu"):
                cpu_medians[name].append((statistics.median(rec["cpu"][1:] or rec["cpu"]), query.name))
        columns = ""
        if args.before:
            same = (ox_rec or {}).get("before") is None
            columns = (f" {'(same)':>13} {'':>9} {'':>7}" if same else
                       f" {_ms(old)[0]:>13} {_ms(old)[1]:>9} {old['rows'] if old['rows'] is not None else '-':>7}")
        if rd_before:
            rd_same = (rd_rec or {}).get("before") is None
            columns_rd = f" {'(same)':>14} {'':>9}" if rd_same else f" {_ms(rd_old)[0]:>14} {_ms(rd_old)[1]:>9}"
        else:
            columns_rd = ""
        print(f"{query.name:30} {rows:>7} {_ms(ox_rec)[0]:>15} {_ms(ox_rec)[1]:>9}{columns} {_ms(rd_rec)[0]:>13} "
              f"{_ms(rd_rec)[1]:>9}{columns_rd}" + (f"  (rows: oxigraph {ox_rec['rows']}, rdflib {rd_rec['rows']})" if differ else ""))
    print(f"load average at the end: {_load()}")
    if cpu_medians["now"]:
        print("Oxigraph CPU seconds of the querying process (less sensitive to a busy host than wall time), "
              "median of runs, ms: " + ", ".join(
                  f"{name} {seconds * 1000:.0f}" + (f" (before {dict((n, v) for v, n in cpu_medians['before'])[name] * 1000:.0f})"
                                                    if args.before and name in {n for _, n in cpu_medians["before"]} else "")
                  for seconds, name in cpu_medians["now"]))
    for name, values in medians.items():
        if values and (name.endswith("now") or args.before):
            slowest = max(values)
            engine = "rdflib" if name.startswith("rdflib") else "Oxigraph"
            label = "now" if name.endswith("now") else f"before ({args.before})"
            print(f"{engine}, {label}: median of the medians {statistics.median(v for v, _ in values) * 1000:.0f} ms, "
                  f"slowest {slowest[1]} {slowest[0] * 1000:.0f} ms, {sum(v <= 1 for v, _ in values)} of "
                  f"{len(values)} queries <= 1 s (that answered)")


if __name__ == "__main__":
    main()
