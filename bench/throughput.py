"""kg's throughput against bare spaCy, and the speed-up of --jobs 2. Prints figures; asserts nothing.

    .venv/bin/python bench/throughput.py [--articles 1000] [--corpus ../shared/corpus/corpus.jsonl] [--jobs 2]

The shared corpus is replicated to ``--articles`` articles (replica k of article X gets the id "X~k"). In
one run, with the same spaCy pipeline (loaded once, before any timing), it times:

1. bare spaCy: ``for doc in nlp.pipe(texts, batch_size=16): pass`` (what the NLP alone costs);
2. kg: ``kg.build.build_to_store`` into a new Oxigraph store (reading the JSONL, the same ``nlp.pipe``,
   event extraction, RDF, one transaction per article) -- what ``kg build CORPUS --store DIR`` runs;
3. kg writing a file instead: ``kg.build`` + ``kg.write_graph(..., .nq)`` (the whole graph in memory);
4. 2 and 1 again with ``n_process=--jobs``.

Figures: articles/s of each, kg's time over bare spaCy's (the goal is <= 1.15) and the speed-up of
--jobs N over --jobs 1.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "corpus.jsonl"


def replicate(corpus: Path, n: int, out: Path) -> Path:
    """Write ``n`` articles to ``out``: the corpus's articles over and over, replica k of X with id "X~k"."""
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--jobs", type=int, default=2, help="processes for the parallel runs (default: 2)")
    parser.add_argument("--model", default=None)
    args = parser.parse_args()

    import kg
    from kg.build import build_to_store, model_name
    from kg.ingest import read_articles
    from kg.nlp import load_pipeline

    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        tmp = Path(tmp)
        corpus = replicate(args.corpus, args.articles, tmp / "corpus.jsonl")
        texts = [a.text for a in read_articles([str(corpus)])]
        chars = sum(map(len, texts))
        nlp = load_pipeline(args.model)  # loaded once, outside every timing
        print(f"{len(texts)} articles, {chars:,} characters; pipeline {model_name(args.model)}; "
              f"{os.cpu_count()} CPUs; Python {sys.version.split()[0]}")

        def bare(n_process: int) -> None:
            for _ in nlp.pipe(texts, batch_size=16, n_process=n_process):
                pass

        results = {}
        results["bare spaCy, 1 process"], _ = timed(bare, 1)
        results["kg build --store, --jobs 1"], report = timed(build_to_store, [str(corpus)], tmp / "store1",
                                                              model=args.model, jobs=1)
        assert report.added == len(texts), report
        results["kg build -o .nq, --jobs 1"], _ = timed(
            lambda: kg.write_graph(kg.build([str(corpus)], model=args.model, jobs=1), tmp / "out.nq"))
        results[f"bare spaCy, {args.jobs} processes"], _ = timed(bare, args.jobs)
        results[f"kg build --store, --jobs {args.jobs}"], _ = timed(build_to_store, [str(corpus)], tmp / "store2",
                                                                    model=args.model, jobs=args.jobs)
        results["kg build --store, all unchanged (re-run)"], again = timed(build_to_store, [str(corpus)],
                                                                           tmp / "store1", model=args.model)
        assert again.unchanged == len(texts), again

    width = max(map(len, results))
    for name, seconds in results.items():
        print(f"  {name.ljust(width)}  {seconds:8.1f} s  {len(texts) / seconds:8.1f} articles/s")
    one = results["kg build --store, --jobs 1"]
    print(f"kg --store / bare spaCy (1 process):       {one / results['bare spaCy, 1 process']:.3f}  (goal <= 1.15)")
    print(f"kg -o .nq / bare spaCy (1 process):        "
          f"{results['kg build -o .nq, --jobs 1'] / results['bare spaCy, 1 process']:.3f}")
    print(f"kg --store / bare spaCy ({args.jobs} processes):     "
          f"{results[f'kg build --store, --jobs {args.jobs}'] / results[f'bare spaCy, {args.jobs} processes']:.3f}")
    print(f"speed-up of --jobs {args.jobs} over --jobs 1 (kg --store): "
          f"{one / results[f'kg build --store, --jobs {args.jobs}']:.2f}x")


if __name__ == "__main__":
    main()
