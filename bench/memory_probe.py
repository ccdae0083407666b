"""Where `kg build --store`'s memory grows: one in-process build, native-heap figures every K articles.
Prints figures; asserts nothing.

    .venv/bin/python bench/memory_probe.py --articles 3000 --every 500 --variant full
    variants: full       kg.build.build_to_store's loop (extract, then write each article)
              extract    extraction only (parse + events; nothing built or written)
              store      the store side only: the first --base articles extracted once, then their
                         events written again and again under unique ids (no parsing after that)

Each sample: VmRSS and VmHWM (/proc/self/status), the main heap's resident size ([heap] in
/proc/self/smaps), glibc's mallinfo2 (arena: bytes the heaps took from the system with brk/heap growth;
inuse: bytes in use in them; free: free bytes inside them; mmap: bytes in blocks mapped on their own),
and Python's own allocated blocks.
"""
from __future__ import annotations

import argparse
import ctypes
import itertools
import json
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from throughput import DEFAULT_CORPUS, replicate  # noqa: E402


class _MallInfo2(ctypes.Structure):
    _fields_ = [(name, ctypes.c_size_t) for name in
                ("arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks", "uordblks", "fordblks",
                 "keepcost")]


_LIBC = ctypes.CDLL("libc.so.6")
_LIBC.mallinfo2.restype = _MallInfo2


def _status() -> dict[str, float]:
    out = {}
    with open("/proc/self/status") as handle:
        for line in handle:
            key, _, value = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                out[key] = int(value.split()[0]) / 1024
    return out


def _heap_rss() -> float:
    """Resident MiB of the main heap (all its [heap] mappings)."""
    total = 0
    with open("/proc/self/smaps") as handle:
        inside = False
        for line in handle:
            if line[0] in "0123456789abcdef" and "-" in line.split()[0]:
                inside = line.rstrip().endswith("[heap]")
            elif inside and line.startswith("Rss:"):
                total += int(line.split()[1])
    return total / 1024


def sample(done: int, start: float) -> None:
    info = _LIBC.mallinfo2()
    st = _status()
    mib = 2 ** 20
    print(f"{done:>6} rss {st['VmRSS']:6.0f} hwm {st['VmHWM']:6.0f} [heap] {_heap_rss():6.0f} | "
          f"arena {info.arena / mib:6.0f} inuse {info.uordblks / mib:6.0f} free {info.fordblks / mib:6.0f} "
          f"mmap {info.hblkhd / mib:5.0f} ({info.hblks} blocks) top {info.keepcost / mib:5.1f} | "
          f"py blocks {sys.getallocatedblocks() / 1e6:5.2f} M | {time.perf_counter() - start:5.0f} s", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=3000)
    parser.add_argument("--every", type=int, default=500)
    parser.add_argument("--variant", choices=("full", "extract", "store"), default="full")
    parser.add_argument("--base", type=int, default=200, help="articles extracted once for --variant store")
    parser.add_argument("--trim-every", type=int, default=0, help="malloc_trim(0) every N articles")
    parser.add_argument("--reopen-every", type=int, default=0,
                        help="flush, close and reopen the Oxigraph store every N articles")
    parser.add_argument("--mmap-threshold", type=int, default=0,
                        help="mallopt(M_MMAP_THRESHOLD, N) first: a fixed threshold (blocks >= N bytes mapped alone)")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = parser.parse_args()

    from kg.build import extract_records, iter_articles, model_name
    from kg.nlp import load_pipeline
    from kg.store import ArticleStore

    if args.mmap_threshold:
        _LIBC.mallopt(-3, args.mmap_threshold)  # -3: M_MMAP_THRESHOLD
    load_pipeline()
    with tempfile.TemporaryDirectory(prefix="kg-probe-") as tmp:
        tmp = Path(tmp)
        corpus = replicate(args.corpus, args.articles, tmp / "corpus.jsonl")
        start = time.perf_counter()
        sample(0, start)
        articles = iter_articles([str(corpus)])
        if args.variant == "store":
            base = list(extract_records(itertools.islice(articles, args.base)))
            records = ((replace(article, id=f"{article.id}#{i}"), events)
                       for i in range(args.articles // len(base) + 1) for article, events in base)
            records = itertools.islice(records, args.articles)
        else:
            records = extract_records(articles)
        extractor = model_name()
        with ArticleStore.open(tmp / "store") as st:
            for done, (article, events) in enumerate(records, 1):
                if args.variant != "extract":
                    st.put_article(article, events, extractor)
                if args.reopen_every and done % args.reopen_every == 0:
                    from kg.store import open_store

                    st.store.flush()
                    st.store = None
                    st.store = open_store(tmp / "store")
                if args.trim_every and done % args.trim_every == 0:
                    _LIBC.malloc_trim(0)
                if done % args.every == 0:
                    sample(done, start)
        print(json.dumps({"variant": args.variant, "trim_every": args.trim_every, "mmap_threshold": args.mmap_threshold,
                          "reopen_every": args.reopen_every,
                          "articles": args.articles}))


if __name__ == "__main__":
    main()
