"""Time and peak memory of extracting one long, event-dense article: 1, 2, 4 and 8 × 100 kB of text.

Each size runs in a fresh process (so peak memory is that size's own); the article is one line without a
full stop, the worst case for the sentence splitter and for any per-event rescan of the sentence. Figures
are printed as ratios to the 1 × 100 kB run of the same invocation: CPU time (the process's own, so that
other work on the machine does not blur it) should about double with each doubling (linear: each step
≤ 2.3 ×), and so should the memory on top of the loaded model.

    .venv/bin/python bench/long_article.py            # all four sizes
    .venv/bin/python bench/long_article.py --sizes 1 2
"""
from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time

UNIT = 100_000  # bytes of text per step
#: Invented clauses (not from any corpus): each is an event between two actors the gazetteer knows.
CLAUSES = (
    "Russia accused Ukraine of shelling the border on Monday",
    "France condemned Iran over the missile tests",
    "Germany urged China to release the detained sailors",
    "Turkey threatened Greece with sanctions after the incident",
)


def article_text(units: int) -> str:
    parts, size, n = [], 0, 0
    while size < units * UNIT:
        clause = CLAUSES[n % len(CLAUSES)] + (", and " if n % 3 else "; meanwhile ")
        parts.append(clause)
        size += len(clause)
        n += 1
    return "".join(parts).rstrip(", and; meanwhile") + "."


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def one(units: int) -> dict:
    from kg.nlp import load_pipeline
    from kg.pipeline import extract_events

    load_pipeline()
    extract_events("Russia accused Ukraine of shelling the border.")  # warm: model and lexicon loaded
    base = _rss_mb()
    text = article_text(units)
    start, cpu = time.perf_counter(), time.process_time()
    events = extract_events(text)
    return {"units": units, "chars": len(text), "wall": time.perf_counter() - start,
            "seconds": time.process_time() - cpu,
            "peak_mb": _rss_mb(), "extra_mb": max(_rss_mb() - base, 1.0), "events": len(events)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1, 2, 4, 8], help="multiples of 100 kB")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(one(args.one)))
        return
    rows = []
    for units in args.sizes:
        out = subprocess.run([sys.executable, __file__, "--one", str(units)], capture_output=True, text=True, check=True)
        rows.append(json.loads(out.stdout.strip().splitlines()[-1]))
        row = rows[-1]
        previous = rows[-2] if len(rows) > 1 else None
        step = f"{row['seconds'] / previous['seconds']:.2f}×" if previous else "-"
        print(f"{units} × 100 kB ({row['chars']:,} chars): {row['seconds']:.1f} s CPU ({row['wall']:.1f} s wall) "
              f"({row['seconds'] / rows[0]['seconds']:.2f}× the first, {step} the previous size), "
              f"peak {row['peak_mb']:.0f} MB, +{row['extra_mb']:.0f} MB over the loaded model "
              f"({row['extra_mb'] / rows[0]['extra_mb']:.2f}×), {row['events']:,} events", flush=True)


if __name__ == "__main__":
    main()
