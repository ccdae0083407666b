"""kg's throughput against bare spaCy, where its time goes, and its cold start. Prints figures; asserts nothing.

    .venv/bin/python bench/throughput.py [--articles N] [--corpus ../shared/corpus/wh-1000.jsonl] [--jobs 2]
                                         [--profile-articles 200] [--cold-runs 3] [--skip-parallel]
                                         [--cold-only] [--before REF]

The corpus is ``../shared/corpus/wh-1000.jsonl``: distinct real articles, none repeated; ``--articles N``
takes the first N (default: all). In one run it times, each over the same texts:

1. bare spaCy: ``spacy.load(model)`` with nothing of kg's added, ``for doc in nlp.pipe(texts, batch_size=16)``;
   and the same pipeline given only kg's faster code for two of the model's own components (the lemmatizer and
   the attribute ruler, same annotations: ``kg.model_tweaks.speed_up_model``), so that kg's own cost is seen apart from
   what those two save;
2. kg, extraction only: ``kg.pipeline.extract_many`` (kg's pipeline: the model plus kg's components, and
   the event extractor; no RDF) -- the work ``kg events`` does on articles before it prints;
3. kg build --store: ``kg.build.build_to_store`` into a new Oxigraph store, ``--jobs 1`` (reading the
   JSONL, kg's pipeline, extraction, RDF, one transaction per article);
4. 1 and 3 again with ``--jobs`` processes (bare: ``nlp.pipe(..., n_process=N)``).

All pipelines are loaded before any timing. Printed: seconds, articles/s and CPU seconds (this process and
the workers it waited for) of each; kg over bare spaCy (extraction only and --store, 1 process and N), and
kg's build over the sped-up spaCy; the speed-up of --jobs N over --jobs 1; how many cores were free (load
average over CPUs, before and after, and a probe: a pure-Python loop in 1 and in 2 processes at once -- two
free cores run both in the time of one).

Then, on the first ``--profile-articles`` articles (shares, so a sample is enough), where kg's time goes:
each component of kg's pipeline run on its own over the parsed docs (tokenizer, the model's components,
kg's), and kg's stages -- parse (the model's own components), kg's components (the gazetteer ruler and
the others kg adds), extraction, RDF (the article's graph as quads) and store (the write transaction).

Last, the cold start in fresh processes (median of ``--cold-runs``, wall and CPU time): ``kg events SEED``
with the compiled dictionaries in the cache, and its first run ever (an empty cache), against ``python -c
"import spacy; nlp = spacy.load(M); nlp(text)"`` on the same seed article; ``--before REF`` adds kg as it
was at git revision REF, in the same alternated rounds. ``--cold-only`` runs just that. Every process reads
compiled bytecode, as a user's Python does from its second run on (an untimed run of each kind compiles it into a
folder of the benchmark's own, ``PYTHONPYCACHEPREFIX``, so spaCy and kg are on the same footing whatever
``PYTHONDONTWRITEBYTECODE`` says); one more row times kg compiling its own modules at every start, as it does
where bytecode is never written.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "wh-1000.jsonl"
SEED = ROOT / "seeds" / "russia-us-security-talks.txt"


def first_articles(corpus: Path, n: int | None, out: Path) -> Path:
    """Write the first ``n`` lines (all when None) of a JSONL corpus to ``out``."""
    with corpus.open(encoding="utf-8") as src, out.open("w", encoding="utf-8") as dst:
        taken = 0
        for line in src:
            if not line.strip():
                continue
            if n is not None and taken >= n:
                break
            dst.write(line if line.endswith("\n") else line + "\n")
            taken += 1
    return out


def replicate(corpus: Path, n: int, out: Path) -> Path:
    """Write ``n`` articles to ``out``: the corpus's articles over and over, replica k of X with id "X~k"
    (bench/memory.py's growing corpora)."""
    import json

    base = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    with out.open("w", encoding="utf-8") as handle:
        for i in range(n):
            record = base[i % len(base)]
            handle.write(json.dumps({**record, "id": f"{record['id']}~{i // len(base)}"}) + "\n")
    return out


def timed(function, *args, **kwargs) -> tuple[float, object]:
    start = time.perf_counter()
    result = function(*args, **kwargs)
    return time.perf_counter() - start, result


def _cpu_seconds() -> float:
    """User + system CPU seconds of this process and of the child processes it has waited for (workers)."""
    import resource

    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _spin(n: int = 6_000_000) -> float:
    start = time.perf_counter()
    x = 0
    for i in range(n):
        x += i
    return time.perf_counter() - start


def free_cores() -> str:
    """Load average and a 1-vs-2-process probe, as one line."""
    import multiprocessing

    load = os.getloadavg()
    cpus = os.cpu_count() or 1
    one = _spin()
    with multiprocessing.get_context("fork").Pool(2) as pool:
        start = time.perf_counter()
        pool.map(_spin, [6_000_000, 6_000_000])
        two = time.perf_counter() - start
    try:
        import psutil

        busy = f"; CPU busy {psutil.cpu_percent(interval=0.5):.0f} %"
    except ImportError:
        busy = ""
    return (f"load average {load[0]:.2f} / {load[1]:.2f} / {load[2]:.2f} on {cpus} CPUs "
            f"(free ~{max(0.0, cpus - load[0]):.1f}){busy}; probe: 2 processes ran "
            f"{2 * one / two:.2f}x the work of 1 in the same time (2.00 = two free cores)")


def profile(nlp, bare_names: set[str], articles: list, store_dir: Path, extractor: str) -> None:
    """Time each component of kg's pipeline on its own, then kg's stages, over ``articles``."""
    from kg.extract import extract_events_from_doc
    from kg.store import ArticleStore, article_quads

    texts = [a.text for a in articles]
    components: dict[str, float] = {}
    seconds, docs = timed(lambda: [nlp.make_doc(t) for t in texts])
    components["tokenizer"] = seconds
    for name, proc in nlp.pipeline:
        if hasattr(proc, "pipe"):
            seconds, docs = timed(lambda: list(proc.pipe(docs, batch_size=16)))
        else:
            seconds, docs = timed(lambda: [proc(d) for d in docs])
        components[name] = seconds
    seconds, records = timed(lambda: [(a, extract_events_from_doc(d, a.date)) for a, d in zip(articles, docs)])
    stages = {
        "parse (tokenizer + the model's components)": sum(v for k, v in components.items()
                                                          if k == "tokenizer" or k in bare_names),
        "kg's components (" + ", ".join(k for k in components if k != "tokenizer" and k not in bare_names) + ")":
            sum(v for k, v in components.items() if k != "tokenizer" and k not in bare_names),
        "extraction": seconds,
    }
    rdf = write = 0.0
    with ArticleStore.open(store_dir) as st:
        for article, events in records:
            start = time.perf_counter()
            graph, quads, actors = article_quads(article, events, st.graph_for(article.id), extractor)
            middle = time.perf_counter()
            st.put_graph(graph, quads, article.id, article.content_hash, actors)
            rdf += middle - start
            write += time.perf_counter() - middle
    stages["RDF (kg.rdf.build: the article's graph as quads)"] = rdf
    stages["store (ArticleStore.put_graph: actors, roll-ups, transaction)"] = write

    total = sum(components.values())
    print(f"\nkg's pipeline, each component on its own over {len(texts)} articles ({total:.1f} s in all):")
    for name, value in components.items():
        mark = "" if name == "tokenizer" or name in bare_names else "   (kg's)"
        print(f"  {name:28} {value:7.2f} s  {100 * value / total:5.1f} %{mark}")
    total = sum(stages.values())
    print(f"kg's stages over the same articles ({total:.1f} s in all):")
    for name, value in stages.items():
        print(f"  {name:68} {value:7.2f} s  {100 * value / total:5.1f} %")


#: ``kg events SEED --model M`` in a fresh interpreter, run the way the ``kg`` script runs it.
_KG_EVENTS = "import sys; from kg.cli import main; sys.exit(main())"
_BARE = ("import sys, spacy; nlp = spacy.load(sys.argv[1]); "
         "nlp(open(sys.argv[2], encoding='utf-8').read())")


def _child(argv: list[str], env: dict) -> tuple[float, float]:
    """(wall seconds, CPU seconds: user + system) of a child process; fails loudly if it fails.

    It runs in the root folder (``python -c`` puts its working folder first on sys.path: a checkout's kg
    there would shadow the one PYTHONPATH names)."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, cwd="/")
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    error = proc.stderr.read().decode(errors="replace")
    proc.stderr.close()
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{' '.join(argv)} failed:\n{error[-2000:]}")
    return wall, usage.ru_utime + usage.ru_stime


def checkout(ref: str, into: Path) -> Path:
    """The tree of git revision ``ref`` of this repository, extracted into ``into`` (kg's code as it was)."""
    into.mkdir(parents=True)
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", ref], check=True, capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive, check=True)
    return into


def cold_start(model: str, runs: int, before: str | None = None) -> None:
    """Wall and CPU time of ``kg events SEED`` in fresh processes against bare spaCy on the same text.

    Each round runs, one after the other so that a busy spell of the host hits them all: bare spaCy; kg with
    its compiled dictionaries in the cache (the usual start); the same with no bytecode written (kg's modules
    compiled at each start); kg at git revision ``before`` (its own cache, also warm), when given; and kg's
    first run ever (``KG_CACHE_DIR`` an empty folder: the cache is built). All but the no-bytecode row read
    bytecode compiled by an untimed first run into the benchmark's own ``PYTHONPYCACHEPREFIX``.
    """
    with tempfile.TemporaryDirectory(prefix="kg-cold-") as tmp:
        tmp = Path(tmp)
        base_env = {k: v for k, v in os.environ.items()
                    if k not in ("PYTHONPATH", "KG_CACHE_DIR", "PYTHONDONTWRITEBYTECODE", "PYTHONPYCACHEPREFIX")}
        base_env["PYTHONPYCACHEPREFIX"] = str(tmp / "bytecode")
        kinds = {"bare": ([sys.executable, "-c", _BARE, model, str(SEED)], base_env)}
        kg_argv = [sys.executable, "-c", _KG_EVENTS, "events", str(SEED), "--model", model]
        kinds["kg, cache warm"] = (kg_argv, {**base_env, "PYTHONPATH": str(ROOT), "KG_CACHE_DIR": str(tmp / "cache")})
        # spaCy's bytecode from the install (pip compiles it), kg's .py compiled at each start unless a
        # __pycache__ is already beside it: what this container, with PYTHONDONTWRITEBYTECODE, always does
        uncompiled = {k: v for k, v in kinds["kg, cache warm"][1].items() if k != "PYTHONPYCACHEPREFIX"}
        kinds["kg, cache warm, no bytecode written"] = (kg_argv, {**uncompiled, "PYTHONDONTWRITEBYTECODE": "1"})
        if before:
            code = checkout(before, tmp / "before")
            kinds[f"kg at {before}, cache warm"] = (kg_argv, {**base_env, "PYTHONPATH": str(code),
                                                               "KG_CACHE_DIR": str(tmp / "cache-before")})
        for argv, env in kinds.values():
            _child(argv, env)  # builds the caches (dictionaries, bytecode) this kind starts from; not timed
        times: dict[str, list[tuple[float, float]]] = {name: [] for name in kinds}
        first = "kg, first run ever (empty cache)"
        times[first] = []
        for run in range(runs):
            for name, (argv, env) in kinds.items():
                times[name].append(_child(argv, env))
            empty = tmp / f"empty-{run}"
            times[first].append(_child(kg_argv, {**kinds["kg, cache warm"][1], "KG_CACHE_DIR": str(empty)}))
        load = os.getloadavg()

    def median(name: str, which: int) -> float:
        return statistics.median(t[which] for t in times[name])

    print(f"\ncold start: kg events {SEED.name} in fresh processes, median of {runs} alternated runs "
          f"(load average after: {load[0]:.2f} / {load[1]:.2f} / {load[2]:.2f} on {os.cpu_count()} CPUs):")
    print(f"  {'':42} {'wall s':>7} {'CPU s':>7}  {'wall/bare':>9} {'CPU/bare':>9}   wall of each run")
    for name in times:
        wall, cpu = median(name, 0), median(name, 1)
        print(f"  {name:42} {wall:7.2f} {cpu:7.2f}  {wall / median('bare', 0):9.3f} {cpu / median('bare', 1):9.3f}"
              f"   {', '.join(f'{t[0]:.2f}' for t in times[name])}")
    print("  (bare: python -c 'spacy.load(model); nlp(text)'; goal: kg, cache warm / bare <= 1.3)")


def bare_pipeline(model: str | None):
    """(package name, ``spacy.load`` of it): ``model``, else the first of kg's default models installed."""
    import spacy

    from kg.nlp import DEFAULT_MODELS

    for name in (model,) if model else DEFAULT_MODELS:
        try:
            return name, spacy.load(name)
        except OSError:
            continue
    raise SystemExit(f"no spaCy model among {DEFAULT_MODELS}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=None, help="take the first N articles (default: all)")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--jobs", type=int, default=2, help="processes for the parallel runs (default: 2)")
    parser.add_argument("--model", default=None)
    parser.add_argument("--profile-articles", type=int, default=200, metavar="N",
                        help="articles for the per-component and per-stage shares (default: 200; 0: skip)")
    parser.add_argument("--cold-runs", type=int, default=3, metavar="N", help="cold starts of each (0: skip)")
    parser.add_argument("--skip-parallel", action="store_true", help="no --jobs runs")
    parser.add_argument("--cold-only", action="store_true", help="only the cold start (no throughput, no profile)")
    parser.add_argument("--before", metavar="REF", help="also time the cold start of kg at this git revision")
    args = parser.parse_args()
    if args.cold_only:
        model, _ = bare_pipeline(args.model)
        cold_start(model, args.cold_runs or 3, args.before)
        return

    from kg.build import build_to_store, model_name
    from kg.ingest import read_articles
    from kg.nlp import load_pipeline, speed_up_model
    from kg.pipeline import extract_many

    nlp = load_pipeline(args.model)  # kg's pipeline, loaded once, outside every timing
    model, bare = bare_pipeline(args.model)  # nothing of kg's added
    _, faster = bare_pipeline(args.model)
    speed_up_model(faster)  # the model's own components only: kg's faster lemmatizer and attribute ruler
    print(f"before: {free_cores()}", flush=True)

    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        tmp = Path(tmp)
        corpus = first_articles(args.corpus, args.articles, tmp / "corpus.jsonl")
        articles = list(read_articles([str(corpus)]))
        texts = [a.text for a in articles]
        print(f"{len(texts)} distinct articles from {args.corpus.name}, {sum(map(len, texts)):,} characters; "
              f"model {model_name(args.model)}; bare pipeline {bare.pipe_names}; kg's adds "
              f"{[n for n in nlp.pipe_names if n not in bare.pipe_names]}; Python {sys.version.split()[0]}",
              flush=True)

        def bare_run(n_process: int, pipeline=bare) -> None:
            for _ in pipeline.pipe(texts, batch_size=16, n_process=n_process):
                pass

        def extraction_only() -> None:
            for _ in extract_many(articles, model=args.model):
                pass

        results: dict[str, float] = {}
        cpu: dict[str, float] = {}

        def record(name, function, *a, **k):
            before = _cpu_seconds()
            results[name], value = timed(function, *a, **k)
            cpu[name] = _cpu_seconds() - before
            print(f"  {name:52} {results[name]:8.1f} s  {len(texts) / results[name]:8.1f} articles/s  "
                  f"CPU {cpu[name]:7.1f} s", flush=True)
            return value

        record("bare spaCy, 1 process", bare_run, 1)
        record("spaCy with kg's faster lemmatizer, ruler", bare_run, 1, faster)
        record("kg extraction only, 1 process", extraction_only)
        report = record("kg build --store, --jobs 1", build_to_store, [str(corpus)], tmp / "store1",
                        model=args.model, jobs=1)
        assert report.added == len(texts), report
        if not args.skip_parallel:
            record(f"bare spaCy, {args.jobs} processes", bare_run, args.jobs)
            record(f"kg build --store, --jobs {args.jobs}", build_to_store, [str(corpus)], tmp / "store2",
                   model=args.model, jobs=args.jobs)
        print(f"after:  {free_cores()}", flush=True)

        base = results["bare spaCy, 1 process"]
        one = results["kg build --store, --jobs 1"]
        print(f"kg extraction only / bare spaCy (1 process):  {results['kg extraction only, 1 process'] / base:.3f}")
        print(f"kg build --store / bare spaCy (1 process):    {one / base:.3f}  (goal <= 1.10; CPU "
              f"{cpu['kg build --store, --jobs 1'] / cpu['bare spaCy, 1 process']:.3f})")
        sped = results["spaCy with kg's faster lemmatizer, ruler"]
        print(f"spaCy with kg's faster lemmatizer and attribute ruler / bare spaCy: {sped / base:.3f}")
        print(f"kg build --store / that spaCy (kg's own cost, no goal):  {one / sped:.3f}")
        if not args.skip_parallel:
            many = results[f"kg build --store, --jobs {args.jobs}"]
            print(f"kg build --store / bare spaCy ({args.jobs} processes):    "
                  f"{many / results[f'bare spaCy, {args.jobs} processes']:.3f}")
            print(f"speed-up of --jobs {args.jobs} over --jobs 1 (kg build --store): {one / many:.2f}x  "
                  f"(goal >= 1.6 with two free cores)")
            print(f"speed-up of n_process={args.jobs} over 1 (bare spaCy):          "
                  f"{base / results[f'bare spaCy, {args.jobs} processes']:.2f}x")

        if args.profile_articles:
            profile(nlp, set(bare.pipe_names), articles[: args.profile_articles], tmp / "store3",
                    model_name(args.model))
    if args.cold_runs:
        cold_start(model, args.cold_runs, args.before)


if __name__ == "__main__":
    main()
