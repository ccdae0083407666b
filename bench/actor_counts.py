"""Distinct actors per 100 events in a `kg events --format jsonl` file (fewer: fewer duplicate nodes).

    .venv/bin/kg events ../shared/corpus/wh-1000.jsonl --format jsonl > /tmp/events.jsonl
    python3 bench/actor_counts.py /tmp/events.jsonl [BASELINE.jsonl]

Counts events (Statement included), the distinct actor IRIs among their agents and targets, and the
distinct actors per 100 events; with a second file, the same for it and the ratio. Prints figures only.
"""
from __future__ import annotations

import argparse
import json
import sys


def counts(path: str) -> tuple[int, int]:
    events, actors = 0, set()
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            row = json.loads(line)
            events += 1
            actors.update(a for a in (row.get("agent"), row.get("target")) if a)
    return events, len(actors)


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("events", help="a `kg events --format jsonl` file")
    parser.add_argument("baseline", nargs="?", help="another such file to compare with")
    args = parser.parse_args(argv)
    figures = []
    for path in [p for p in (args.events, args.baseline) if p]:
        try:
            events, actors = counts(path)
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            sys.exit(f"actor_counts: {path}: {exc}")
        per_100 = 100 * actors / events if events else 0.0
        figures.append(per_100)
        print(f"{path}: {events} events, {actors} distinct actors, {per_100:.1f} actors per 100 events")
    if len(figures) == 2 and figures[1]:
        print(f"ratio (first / second): {figures[0] / figures[1]:.2f}")

if __name__ == "__main__":
    main(sys.argv[1:])
