#!/usr/bin/env python3
"""Draw a fixed random sample of events from `kg events --format jsonl` output, for a hand check.

    python tools/sample_events.py EVENTS.jsonl [--n 50] [--seed 2026] [--skip-type Statement]

Prints a Markdown table (number, type, agent → target, modality, source, trigger, sentence) with an empty
verdict column to fill in by reading each sentence. The same file, n and seed always draw the same events.
"""
import argparse
import json
import random
import sys


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("events")
    ap.add_argument("--n", type=int, default=50)
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("--skip-type", action="append", default=["Statement"])
    args = ap.parse_args(argv)
    with open(args.events, encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    rows = [r for r in rows if r["type"] not in args.skip_type]
    rows.sort(key=lambda r: (r["article"], r["start"] or 0, r["event"]))
    sample = random.Random(args.seed).sample(rows, min(args.n, len(rows)))
    print("| # | article | event | modality | source | trigger | sentence | verdict |")
    print("|---|---|---|---|---|---|---|---|")
    for number, r in enumerate(sample, 1):
        sentence = " ".join((r["sentence"] or "").split()).replace("|", "\\|")
        if len(sentence) > 300:
            sentence = sentence[:300] + " …"
        event = f"{r['agent_label']} —{r['type']}→ {r['target_label'] or '(none)'}".replace("|", "\\|")
        print(f"| {number} | {r['article']} | {event} | {r['modality']} | {r.get('source') or ''} | "
              f"{r['trigger']} | {sentence} | |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
