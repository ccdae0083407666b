"""Helpers several test modules share: the CLI in-process, JSON-lines inputs, `kg serve` as a subprocess."""
from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

from kg.cli import main
from kg.server import free_port

KG = Path(sys.executable).with_name("kg")


def run(capsys, *argv) -> tuple[int, str, str]:
    """``kg ARGV`` in this process: (exit code, stdout, stderr)."""
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def event_rows(text: str, title: str | None = None) -> list[tuple]:
    """The events kg extracts from ``text`` (and ``title``), Statement aside, as sorted
    (type, agent label, target label or None, modality) rows."""
    from kg.ingest import Article
    from kg.pipeline import extract_events

    return sorted((e.type, e.agent.label, e.target.label if e.target else None, e.modality)
                  for e in extract_events(Article(id="t", text=text, title=title)) if e.type != "Statement")


def actor_finder(nlp, text: str, date: str | None = None):
    """kg's actor finder over ``nlp(text)``, with the shipped gazetteer and lexicon rules."""
    from kg.extract.actors import ActorFinder
    from kg.extract.events import load_lexicon
    from kg.gazetteer import load_gazetteer

    _, rules = load_lexicon()
    return ActorFinder(nlp(text), load_gazetteer(), rules, article_date=date)


def write_jsonl(path: Path, records) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


class KgServe:
    """`kg serve --store STORE --port PORT ARGV...` as a subprocess, ready once it has printed its URLs."""

    def __init__(self, store, *argv, port: int | None = None):
        self.port = port or free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.proc = subprocess.Popen(
            [str(KG), "serve", "--store", str(store), "--port", str(self.port), *map(str, argv)],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        self.lines = []
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            line = self.proc.stderr.readline()
            if not line:
                break
            self.lines.append(line.rstrip("\n"))
            if "Ctrl-C to stop" in line:
                return
        self.stop()
        raise AssertionError("kg serve did not start: " + "\n".join(self.lines))

    def query(self, text: str, accept: str = "application/sparql-results+json", timeout: float = 60):
        import httpx

        return httpx.post(f"{self.base}/query", data={"query": text}, headers={"Accept": accept}, timeout=timeout)

    def descendants(self):
        import psutil

        return psutil.Process(self.proc.pid).children(recursive=True)

    def stop(self) -> str:
        """Stop the server; what it wrote to stderr after starting."""
        if self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(30)
        if self.proc.stderr.closed:
            return ""
        rest = self.proc.stderr.read()
        self.proc.stderr.close()
        return rest

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stop()
