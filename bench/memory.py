"""Peak memory of `kg build --store` for a growing corpus (the goal: flat). Prints figures; asserts nothing.

    .venv/bin/python bench/memory.py [--articles 1000 10000] [--jobs 1] [--file]

For each size the corpus (default ../shared/corpus/wh-1000.jsonl) is replicated with unique ids
(bench/throughput.py's ``replicate``) and ``kg build CORPUS --store
DIR -q --jobs N`` runs as a child process; its peak resident set (``ru_maxrss`` from ``os.wait4``: the
child and the spaCy worker processes it waited for, whichever peaked highest) and its wall time are
printed. ``--file`` also measures ``kg build CORPUS -o out.nq``, which holds the whole graph in memory
(not flat, by design: the file is written sorted).
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from throughput import DEFAULT_CORPUS, replicate  # noqa: E402

KG = Path(sys.executable).with_name("kg")


def peak(argv: list[str]) -> tuple[float, float, int]:
    """(peak RSS in MiB, wall seconds, exit code) of a child process."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode not in (0, 1):
        print(proc.stderr.read().decode(errors="replace")[-2000:], file=sys.stderr)
    proc.stderr.close()
    return usage.ru_maxrss / 1024, seconds, proc.returncode


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--file", action="store_true", help="also measure kg build -o out.nq")
    args = parser.parse_args()

    baseline, _, _ = peak([str(KG), "--version"])
    model, _, _ = peak([sys.executable, "-c", "import kg.nlp; kg.nlp.load_pipeline()"])
    print(f"kg --version: {baseline:.0f} MiB; python + spaCy pipeline loaded: {model:.0f} MiB; --jobs {args.jobs}")
    for n in args.articles:
        with tempfile.TemporaryDirectory(prefix="kg-mem-") as tmp:
            tmp = Path(tmp)
            corpus = replicate(args.corpus, n, tmp / "corpus.jsonl")
            rss, seconds, code = peak([str(KG), "build", str(corpus), "--store", str(tmp / "store"), "-q",
                                       "--jobs", str(args.jobs)])
            size = sum(f.stat().st_size for f in (tmp / "store").rglob("*") if f.is_file()) / 2**20
            print(f"  {n:>6} articles  kg build --store  peak {rss:7.0f} MiB  {seconds:7.1f} s  "
                  f"({n / seconds:.1f} articles/s, store {size:.0f} MiB, exit {code})", flush=True)
            if args.file:
                rss, seconds, code = peak([str(KG), "build", str(corpus), "-o", str(tmp / "out.nq"), "-q",
                                           "--jobs", str(args.jobs)])
                print(f"  {n:>6} articles  kg build -o .nq   peak {rss:7.0f} MiB  {seconds:7.1f} s  (exit {code})",
                      flush=True)


if __name__ == "__main__":
    main()
