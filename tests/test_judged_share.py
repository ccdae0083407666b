"""tools/judged_share.py: an events file against a table of hand verdicts (docs/checks/)."""
import json
import subprocess
import sys
from pathlib import Path

TOOL = Path(__file__).resolve().parent.parent / "tools" / "judged_share.py"


def _event(article, start, type_, agent, target, trigger, modality="asserted"):
    return {"article": article, "start": start, "type": type_, "agent_label": agent, "target_label": target,
            "modality": modality, "trigger": trigger}


def test_counts_judged_events_new_ones_and_judged_ones_gone(tmp_path):
    table = tmp_path / "table.tsv"
    table.write_text("article\tstart\ttype\tagent\ttarget\tmodality\ttrigger\tverdict\tclass\treason\n"
                     "a1\t10\tMeet\tJoe Biden\tXi Jinping\tasserted\tmet\tRIGHT\t-\t\n"
                     "a1\t50\tAid\tUnited States\t\tasserted\tfund\tWRONG\tno-event\tparks\n"
                     "a2\t0\tAttack\tRussia\tUkraine\tasserted\tshelled\tPARTLY\tmodality\t\n", encoding="utf-8")
    events = tmp_path / "events.jsonl"
    rows = [_event("a1", 10, "Meet", "Joe Biden", "Xi Jinping", "met"),
            _event("a2", 0, "Attack", "Russia", "Ukraine", "shelled"),
            _event("a2", 0, "Attack", "Russia", "Ukraine", "shelled", modality="future"),  # mended: a new row
            _event("a3", 5, "Statement", "Joe Biden", None, "said")]  # left out, as the sampler leaves it
    events.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    out = subprocess.run([sys.executable, str(TOOL), str(table), str(events), "--list"],
                         capture_output=True, text=True, check=True).stdout
    assert out.splitlines()[0] == ("3 events: 2 judged (RIGHT 1, PARTLY 1), 1 new; right among the judged 0.500; "
                                   "judged events gone: 1 (WRONG 1)")
    assert "NEW  Attack Russia -> Ukraine future shelled" in out
    assert "GONE WRONG Aid United States ->  fund" in out
