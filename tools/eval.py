#!/usr/bin/env python3
"""Score kg's extraction against the shared gold data and print one table.

    python tools/eval.py [--shared ../shared] [--model NAME] [--keep DIR]

Runs `kg events --format jsonl` (the same code, in-process) on the seed article, every corpus article
with a gold file (SHARED/gold/dev-events-*.tsv, and eval/gold/ of our own), and the coded sentences of gold/plover-dev.jsonl, then the scorers in SHARED/tools:
score_events.py for the articles (precision/recall/F1 of distinct agent-type-target triples) and
score_sentences.py for the coded sentences. Prints figures only; it asserts nothing.
"""
from __future__ import annotations

import argparse
import glob
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.build import build  # noqa: E402
from kg.table import event_rows, format_rows  # noqa: E402

SEED = ROOT / "seeds" / "russia-us-security-talks.txt"


def _one(pattern: str) -> str:
    matches = sorted(glob.glob(pattern))
    if len(matches) != 1:
        sys.exit(f"eval: expected one file for {pattern}, found {len(matches)}")
    return matches[0]


def _events(inputs: list[str], model: str | None, path: Path, unknown_agents: bool = False) -> int:
    errors: list = []
    rows = event_rows(build(inputs, model=model, errors=errors, unknown_agents=unknown_agents),
                      include_negated=False)  # as `kg events` lists them by default
    for exc in errors:
        print(f"eval: skipped {exc}", file=sys.stderr)
    path.write_text(format_rows(rows, "jsonl"), encoding="utf-8")
    return len(rows)


def _volume(corpus: Path, limit: int, model: str | None, path: Path, unknown_agents: bool = False) -> tuple:
    """Events per 1,000 words on real pages with no gold: a sudden jump is a precision alarm."""
    lines = corpus.read_text(encoding="utf-8").splitlines()[:limit]
    words = sum(len(json.loads(line)["text"].split()) for line in lines if line.strip())
    sample = path.with_suffix(".input.jsonl")
    sample.write_text("\n".join(lines) + "\n", encoding="utf-8")
    n = _events([str(sample)], model, path, unknown_agents)
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    scored = [r for r in rows if r["type"] != "Statement"]
    asserted = [r for r in scored if r.get("modality") == "asserted"]
    return (f"wh-1000 (first {len(lines)})", "volume", n,
            f"{1000 * len(scored) / max(words, 1):.2f} events / 1,000 words (Statement excluded; {words:,} words, "
            f"{len(asserted)} of {len(scored)} asserted)")


def _score(script: Path, gold: str, events: Path, *extra: str) -> dict:
    done = subprocess.run([sys.executable, str(script), gold, str(events), "--json", *extra],
                          capture_output=True, text=True, check=False)
    if done.returncode != 0:
        sys.exit(f"eval: {script.name} failed:\n{done.stderr}")
    return json.loads(done.stdout)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"), help="shared folder (default: %(default)s)")
    parser.add_argument("--model", help="spaCy pipeline (default: kg's)")
    parser.add_argument("--keep", help="write the event files here instead of a temporary folder")
    parser.add_argument("--wh", type=int, default=1000, metavar="N",
                        help="events per 1,000 words on the first N articles of corpus/wh-1000.jsonl (0: skip; default %(default)s)")
    parser.add_argument("--unknown-agents", action="store_true",
                        help="extract with kg's opt-in unknown-agent attacks (kg events --unknown-agents)")
    args = parser.parse_args(argv)
    shared = Path(args.shared)
    tools = shared / "tools"
    if not (tools / "score_events.py").is_file():
        sys.exit(f"eval: no scorers in {tools} (set SHARED=... or --shared)")

    # the seed, every dev-events-<ID>.tsv with its corpus article, and any gold of our own under eval/gold/
    articles = [("seed", str(SEED), str(shared / "gold" / "seed-events.tsv"))]
    for gold_dir, corpus_dir in ((shared / "gold", shared / "corpus"), (ROOT / "eval" / "gold", shared / "corpus")):
        for gold in sorted(gold_dir.glob("dev-events-*.tsv")):
            name = gold.stem.removeprefix("dev-events-")
            articles.append((name, _one(str(corpus_dir / f"{name}_*.txt")), str(gold)))
    plover = str(shared / "gold" / "plover-dev.jsonl")
    with tempfile.TemporaryDirectory(prefix="kg-eval-") as scratch:
        folder = Path(args.keep or scratch)
        folder.mkdir(parents=True, exist_ok=True)
        table = []
        for name, source, gold in articles:
            events = folder / f"{name}.jsonl"
            n = _events([source], args.model, events, args.unknown_agents)
            r = _score(tools / "score_events.py", gold, events)
            table.append((name, "score_events", n, f"P {r['precision']:.3f}  R {r['recall']:.3f}  F1 {r['f1']:.3f}  "
                          f"({r['correct']}/{r['system']} triples correct, {r['found']}/{r['core']} core found)"))
        events = folder / "plover-dev.jsonl"
        n = _events([plover], args.model, events, args.unknown_agents)
        for half in ("all", "A", "B"):
            r = _score(tools / "score_sentences.py", plover, events, *(("--half", half) if half != "all" else ()))
            table.append((f"plover-dev{'' if half == 'all' else ' half ' + half}", "score_sentences",
                          n if half == "all" else r["system_events"],
                          f"P {r['precision']:.3f}  type R {r['type_recall']:.3f} F1 {r['type_f1']:.3f}  "
                          f"dyad R {r['dyad_recall']:.3f} F1 {r['dyad_f1']:.3f}  ({r['sentences']} sentences)"))
        if args.wh:
            table.append(_volume(shared / "corpus" / "wh-1000.jsonl", args.wh, args.model, folder / "wh.jsonl",
                                 args.unknown_agents))

    header = ("set", "scorer", "events", "scores")
    widths = [max(len(str(row[i])) for row in [header, *table]) for i in range(3)]
    for row in [header, *table]:
        print("  ".join(str(c).ljust(w) for c, w in zip(row[:3], widths)) + "  " + str(row[3]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
