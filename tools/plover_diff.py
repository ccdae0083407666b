#!/usr/bin/env python3
"""Show, for one half of the coded sentences (tune on A only), the gold coding next to kg's events.

    python tools/plover_diff.py EVENTS.jsonl [--half A] [--shared ../shared] [--only miss|wrong|all]

A developer's aid for error analysis; prints nothing it does not read from the two files.
"""
import argparse
import importlib.util
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("events")
    ap.add_argument("--half", default="A", choices=("A", "B"))
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--only", default="all", choices=("miss", "wrong", "all"))
    args = ap.parse_args(argv)
    spec = importlib.util.spec_from_file_location("scorer", Path(args.shared) / "tools" / "score_sentences.py")
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    events = defaultdict(list)
    for line in open(args.events, encoding="utf-8"):
        e = json.loads(line)
        events[e["article"]].append(e)
    for line in open(Path(args.shared) / "gold" / "plover-dev.jsonl", encoding="utf-8"):
        r = json.loads(line)
        if scorer.half_of(r["id"]) != args.half:
            continue
        allowed = scorer.allowed(r["event"])
        mine = [e for e in events.get(r["id"], []) if e["type"] != "Statement"]
        hit = any(e["type"] in allowed for e in mine)
        wrong = [e for e in mine if e["type"] not in allowed]
        if args.only == "miss" and hit:
            continue
        if args.only == "wrong" and not wrong:
            continue
        src = ",".join(a["actorText"] for a in r["source"]) or "-"
        tgt = ",".join(a["actorText"] for a in r["target"]) or "-"
        print(f"{'HIT ' if hit else 'MISS'} {r['id']}  gold {r['event']}: {src} -> {tgt}")
        print(f"     {r['text']}")
        for e in mine:
            mark = "+" if e["type"] in allowed else "x"
            print(f"   {mark} {e['type']} {e['agent_label']} -> {e.get('target_label') or '-'} [{e.get('trigger')}] "
                  f"{e.get('modality')} {e.get('source') or ''}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
