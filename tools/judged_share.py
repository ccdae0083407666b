#!/usr/bin/env python3
"""How much of an events file a table of hand verdicts already covers, and the share judged right there.

    python tools/judged_share.py docs/checks/wh-1000-0140ba1.tsv EVENTS.jsonl [--list]

The table (tab-separated, one row per judged event: article, start, type, agent, target, modality, trigger,
verdict, ...) is a full read of one output; an event of EVENTS.jsonl (`kg events --format jsonl`, Statements
left out as tools/sample_events.py leaves them) counts as judged when all seven fields match. Prints the
verdict counts of the judged events, the share right among them, how many are new, and which judged events
the file no longer has. It estimates, it does not replace a fresh draw: a rule that mends an event makes a new
row, which needs reading.
"""
import argparse
import csv
import json
from collections import Counter

KEY = ("article", "start", "type", "agent", "target", "modality", "trigger")


def _event_key(row: dict) -> tuple:
    return (row["article"], str(row["start"]), row["type"], row["agent_label"] or "", row["target_label"] or "",
            row["modality"], row["trigger"])


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("table")
    ap.add_argument("events")
    ap.add_argument("--list", action="store_true", help="also list the new events and the judged ones gone")
    args = ap.parse_args(argv)
    with open(args.table, encoding="utf-8", newline="") as handle:
        judged = {tuple(row[k] for k in KEY): row for row in csv.DictReader(handle, delimiter="\t")}
    with open(args.events, encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    rows = [r for r in rows if r["type"] != "Statement"]
    seen, counts, new = set(), Counter(), []
    for row in rows:
        key = _event_key(row)
        seen.add(key)
        if key in judged:
            counts[judged[key]["verdict"]] += 1
        else:
            new.append(row)
    gone = [row for key, row in judged.items() if key not in seen]
    known = sum(counts.values())
    print(f"{len(rows)} events: {known} judged ({', '.join(f'{v} {n}' for v, n in counts.most_common())}), "
          f"{len(new)} new; right among the judged {counts['RIGHT'] / max(known, 1):.3f}; "
          f"judged events gone: {len(gone)} ({', '.join(f'{v} {n}' for v, n in Counter(g['verdict'] for g in gone).most_common())})")
    if args.list:
        for row in new:
            print("NEW ", row["type"], row["agent_label"], "->", row["target_label"], row["modality"], row["trigger"])
        for row in gone:
            print("GONE", row["verdict"], row["type"], row["agent"], "->", row["target"], row["trigger"])


if __name__ == "__main__":
    main()
