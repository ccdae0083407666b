"""Peak memory of `kg build --store` for a growing corpus (the goal: flat). Prints figures; asserts nothing.

    .venv/bin/python bench/memory.py [--articles 1000 10000] [--jobs 1] [--file]
    .venv/bin/python bench/memory.py --articles 10000 --sample-every 1000 [--before REF]

For each size the corpus (default ../shared/corpus/wh-1000.jsonl) is replicated with unique ids
(bench/throughput.py's ``replicate``) and ``kg build CORPUS --store
DIR -q --jobs N`` runs as a child process; its peak resident set (``ru_maxrss`` from ``os.wait4``: the
child and the spaCy worker processes it waited for, whichever peaked highest) and its wall time are
printed. ``--file`` also measures ``kg build CORPUS -o out.nq``, which holds the whole graph in memory
(not flat, by design: the file is written sorted).

``--sample-every K`` instead runs one build of the largest size and reads its memory each time its progress
bar passes K more articles: the peak after 1,000 articles and after 10,000 of the same run, without building
the first thousand twice. Two figures, since a build may parse in worker processes (``--jobs N``, or
``build_to_store(recycle_every=N)``): the peak resident set of the largest process (``VmHWM`` in /proc/PID/status,
exact) and the peak of all the build's processes' summed proportional set sizes (PSS, sampled every 0.25 s:
a page the parent and a forked worker share counts once in all).
``--before REF`` also runs it all with kg's code at git revision REF (bench/throughput.py's checkout), one
after the other in the same invocation. Where the memory goes (glibc's heap, the store's caches, Python's
objects) is bench/memory_probe.py's job.
"""
from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from throughput import DEFAULT_CORPUS, ROOT, checkout, replicate  # noqa: E402

#: `kg` as the console script runs it, in a fresh interpreter (PYTHONPATH picks the code).
KG = [sys.executable, "-c", "import sys; from kg.cli import main; sys.exit(main())"]
_DONE = re.compile(rb"(\d+) articles \[of")


def peak(argv: list[str], env: dict | None = None) -> tuple[float, float, int]:
    """(peak RSS in MiB, wall seconds, exit code) of a child process (run in /, so that only PYTHONPATH
    says which kg it imports)."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, cwd="/")
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode not in (0, 1):
        print(proc.stderr.read().decode(errors="replace")[-2000:], file=sys.stderr)
    proc.stderr.close()
    return usage.ru_maxrss / 1024, seconds, proc.returncode


def _high_water(pid: int) -> float | None:
    """The process's peak resident set so far, in MiB (None once it is gone)."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as handle:
            for line in handle:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


class _TreeMemory:
    """The memory of a process and of every process it starts (kg's recycled workers), read every
    ``interval`` seconds: each process's peak resident set (``VmHWM``, exact: the kernel keeps it) and the
    peak of their summed proportional set sizes (``Pss`` of /proc/PID/smaps_rollup: a page shared by the
    parent and a forked worker counts half in each, so the sum is what the build holds; sampled, so a peak
    shorter than ``interval`` may be missed)."""

    def __init__(self, pid: int, interval: float = 0.25):
        self.pid, self.interval = pid, interval
        self.high_water: dict[int, float] = {}
        self.pss_peak = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _pids(self) -> list[int]:
        import psutil

        try:
            return [self.pid] + [child.pid for child in psutil.Process(self.pid).children(recursive=True)]
        except psutil.Error:
            return []

    def sample(self) -> None:
        pss = 0.0
        for pid in self._pids():
            mib = _high_water(pid)
            if mib is not None:
                self.high_water[pid] = max(mib, self.high_water.get(pid, 0.0))
            try:
                with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as handle:
                    pss += next(int(line.split()[1]) for line in handle if line.startswith("Pss:")) / 1024
            except (OSError, StopIteration):
                pass
        self.pss_peak = max(self.pss_peak, pss)

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            self.sample()

    def largest(self) -> float:
        """The highest peak resident set of any one process so far, MiB."""
        return max(self.high_water.values(), default=0.0)

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)


def sampled(argv: list[str], every: int, env: dict | None = None) -> tuple[list[tuple[int, float, float, float]], float, float, int]:
    """Run ``argv`` (a ``kg build ... --progress``) and read its memory (:class:`_TreeMemory`: the build's process
    and its workers) each time its bar passes ``every`` more articles: ([(articles done, the peak RSS of the
    largest process so far, the peak of all processes' summed PSS so far, seconds)], final peak MiB, wall
    seconds, exit code)."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, cwd="/")
    tree = _TreeMemory(proc.pid)
    samples: list[tuple[int, float, float, float]] = []
    tail = bytearray()

    def watch() -> None:
        following = every
        while True:
            chunk = proc.stderr.read1(4096)
            if not chunk:
                return
            tail.extend(chunk)
            found = _DONE.findall(bytes(tail[-200:]))
            del tail[:-200]
            done = int(found[-1]) if found else 0
            if done >= following:
                tree.sample()
                samples.append((done, tree.largest(), tree.pss_peak, time.perf_counter() - start))
                print(f"    {done:>6} articles: peak so far: largest process {samples[-1][1]:6.0f} MiB, all processes "
                      f"(PSS) {samples[-1][2]:6.0f} MiB, {len(tree.high_water)} processes seen  ({samples[-1][3]:.0f} s)",
                      flush=True)
                following = (done // every + 1) * every

    reader = threading.Thread(target=watch, daemon=True)
    reader.start()
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    tree.stop()
    reader.join(timeout=5)
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        print(bytes(tail).decode(errors="replace")[-2000:], file=sys.stderr)
    return samples, usage.ru_maxrss / 1024, seconds, code


def measure(label: str, env: dict, args) -> None:
    baseline, _, _ = peak([*KG, "--version"], env)
    model, _, _ = peak([sys.executable, "-c", "import kg.nlp; kg.nlp.load_pipeline()"], env)
    print(f"{label}: kg --version: {baseline:.0f} MiB; python + kg's spaCy pipeline loaded: {model:.0f} MiB; "
          f"--jobs {args.jobs}; load average {os.getloadavg()[0]:.2f}", flush=True)
    with tempfile.TemporaryDirectory(prefix="kg-mem-") as tmp:
        tmp = Path(tmp)
        if args.sample_every:
            n = max(args.articles)
            corpus = replicate(args.corpus, n, tmp / "corpus.jsonl")
            samples, rss, seconds, code = sampled([*KG, "build", str(corpus), "--store", str(tmp / "store"),
                                                   "--progress", "--jobs", str(args.jobs)], args.sample_every, env)
            size = sum(f.stat().st_size for f in (tmp / "store").rglob("*") if f.is_file()) / 2**20
            print(f"  {n:>6} articles  kg build --store  peak {rss:7.0f} MiB  {seconds:7.1f} s  "
                  f"({n / seconds:.1f} articles/s, store {size:.0f} MiB, exit {code})", flush=True)
            if samples:
                first, last = samples[0], samples[-1]
                print(f"  peak after {last[0]} articles / after {first[0]} (goal <= 1.15): largest process "
                      f"{last[1] / first[1]:.3f} ({first[1]:.0f} -> {last[1]:.0f} MiB), all processes (PSS) "
                      f"{last[2] / first[2]:.3f} ({first[2]:.0f} -> {last[2]:.0f} MiB); "
                      f"load average {os.getloadavg()[0]:.2f}", flush=True)
            return
        for n in args.articles:
            corpus = replicate(args.corpus, n, tmp / f"corpus-{n}.jsonl")
            store = tmp / f"store-{n}"
            rss, seconds, code = peak([*KG, "build", str(corpus), "--store", str(store), "-q",
                                       "--jobs", str(args.jobs)], env)
            size = sum(f.stat().st_size for f in store.rglob("*") if f.is_file()) / 2**20
            print(f"  {n:>6} articles  kg build --store  peak {rss:7.0f} MiB  {seconds:7.1f} s  "
                  f"({n / seconds:.1f} articles/s, store {size:.0f} MiB, exit {code})", flush=True)
            if args.file:
                rss, seconds, code = peak([*KG, "build", str(corpus), "-o", str(tmp / "out.nq"), "-q",
                                           "--jobs", str(args.jobs)], env)
                print(f"  {n:>6} articles  kg build -o .nq   peak {rss:7.0f} MiB  {seconds:7.1f} s  (exit {code})",
                      flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--file", action="store_true", help="also measure kg build -o out.nq")
    parser.add_argument("--sample-every", type=int, metavar="K",
                        help="one build of the largest size, its peak RSS read every K articles")
    parser.add_argument("--before", metavar="REF", help="also measure kg at this git revision")
    args = parser.parse_args()

    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    with tempfile.TemporaryDirectory(prefix="kg-mem-code-") as code:
        runs = [("now", {**env, "PYTHONPATH": str(ROOT)})]
        if args.before:
            runs.append((f"at {args.before}", {**env, "PYTHONPATH": str(checkout(args.before, Path(code) / "before"))}))
        for label, run_env in runs:
            measure(label, run_env, args)


if __name__ == "__main__":
    main()
