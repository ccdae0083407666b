#!/usr/bin/env python3
"""Calibrate kgo:confidence against dev gold and write ontology/confidence.json.

    python tools/calibrate_confidence.py [--shared ../shared] [--dry-run]

Extracts the seed article and every corpus article that has a dev gold file (SHARED/gold/seed-events.tsv,
SHARED/gold/dev-events-<ID>.tsv), as tools/eval.py scores them, marks each
event right when SHARED/tools/score_events.py's one-to-one matching accounts for its (agent, type,
target) triple, and prints the precision of every bucket of kg.extract.confidence.FEATURES. Statements
are not scored (the scorer ignores them) and are left out. Writes the table kg.extract.confidence
reads unless --dry-run.
"""
from __future__ import annotations

import argparse
import glob
import importlib.util
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg import read_articles  # noqa: E402
from kg.extract.confidence import FEATURES, features  # noqa: E402
from kg.pipeline import extract_many  # noqa: E402

#: Pseudo-events of precision ``base`` added to every bucket, so small buckets stay near the base.
PRIOR_WEIGHT = 5
FLOOR, CEILING = 0.05, 0.95


def _scorer(shared: Path):
    spec = importlib.util.spec_from_file_location("score_events", shared / "tools" / "score_events.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def labelled_events(shared: Path):
    """(features, right) for every scored event of the dev articles."""
    scorer = _scorer(shared)
    aliases = scorer.load_aliases(str(shared / "gold" / "aliases.tsv"))
    out = []
    sets = [(ROOT / "seeds" / "russia-us-security-talks.txt", shared / "gold" / "seed-events.tsv")]
    for gold_path in sorted((shared / "gold").glob("dev-events-*.tsv")):
        name = gold_path.stem.removeprefix("dev-events-")
        (text_path,) = glob.glob(str(shared / "corpus" / f"{name}_*.txt"))
        sets.append((Path(text_path), gold_path))
    for text_path, gold_path in sets:
        ((article, events),) = list(extract_many(read_articles([str(text_path)])))
        events = [e for e in events if e.type != "Statement"]
        triple_of = [(scorer.norm(e.agent.label), e.type, scorer.norm(e.target.label if e.target else None))
                     for e in events]
        triples, owner = scorer.match_rows(scorer.load_gold(str(gold_path), aliases), set(triple_of))
        right = {triples[j] for j in owner}
        out += [(features(e), t in right) for e, t in zip(events, triple_of)]
    return out


def calibrate(labelled) -> dict:
    base = sum(r for _, r in labelled) / len(labelled)
    counts: dict = {name: defaultdict(lambda: [0, 0]) for name in FEATURES}
    for feats, right in labelled:
        for name in FEATURES:
            cell = counts[name][feats[name]]
            cell[0] += int(right)
            cell[1] += 1
    buckets = {name: {bucket: round((r + PRIOR_WEIGHT * base) / (n + PRIOR_WEIGHT), 3)
                      for bucket, (r, n) in sorted(counts[name].items())} for name in FEATURES}
    sizes = {name: {bucket: n for bucket, (_, n) in sorted(counts[name].items())} for name in FEATURES}
    return {"_comment": "written by tools/calibrate_confidence.py from the dev gold; see kg/extract/confidence.py",
            "events": len(labelled), "base": round(base, 3), "prior_weight": PRIOR_WEIGHT,
            "floor": FLOOR, "ceiling": CEILING, "buckets": buckets, "bucket_sizes": sizes}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"))
    parser.add_argument("--dry-run", action="store_true", help="print the table, do not write it")
    args = parser.parse_args(argv)
    table = calibrate(labelled_events(Path(args.shared)))
    print(f"{table['events']} events, precision {table['base']:.3f}")
    for name in FEATURES:
        for bucket, precision in table["buckets"][name].items():
            print(f"  {name:9} {bucket:16} n={table['bucket_sizes'][name][bucket]:<4} precision {precision:.3f}")
    if not args.dry_run:
        path = ROOT / "ontology" / "confidence.json"
        path.write_text(json.dumps(table, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
