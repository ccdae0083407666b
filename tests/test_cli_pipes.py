"""`kg` in pipes and at a terminal: progress only on a terminal (with a total), broken pipes, stdin sniffing,
graphs on stdin, help text everywhere, "did you mean" for a mistyped command."""
from __future__ import annotations

import argparse
import fcntl
import io
import json
import os
import pty
import struct
import subprocess
import sys
import termios
from pathlib import Path

import pytest

from kg.cli import _parser, _progress, main

KG = Path(sys.executable).with_name("kg")
SEED = Path(__file__).resolve().parent.parent / "seeds" / "russia-us-security-talks.txt"
ARTICLES = [{"id": "p1", "text": "Russia accused Ukraine of shelling the border."},
            {"id": "p2", "text": "Poland criticized Belarus over the migrants."}]


def _stdin(monkeypatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BufferedReader(io.BytesIO(data)), encoding="utf-8"))


def _corpus(tmp_path) -> Path:
    path = tmp_path / "two.jsonl"
    path.write_text("".join(json.dumps(a) + "\n" for a in ARTICLES), encoding="utf-8")
    return path


class _Stream:
    def __init__(self, tty: bool):
        self.tty = tty

    def isatty(self) -> bool:
        return self.tty


def test_progress_only_on_a_terminal_with_the_article_count(tmp_path):
    corpus = _corpus(tmp_path)
    args = argparse.Namespace(quiet=False, progress=False, inputs=[str(corpus), str(SEED)])
    assert _progress(args, _Stream(tty=False)) is False
    assert _progress(args, _Stream(tty=True)) == 3
    assert _progress(argparse.Namespace(quiet=False, progress=False, inputs=["-"]), _Stream(tty=True)) is True
    assert _progress(argparse.Namespace(quiet=True, progress=False, inputs=[str(corpus)]), _Stream(tty=True)) is False


def _build_stderr(argv, tty: bool) -> bytes:
    """What `kg build` writes to stderr when stderr is a pseudo-terminal or a pipe."""
    if tty:
        leader, follower = pty.openpty()
        fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))  # 24 x 100, as a terminal
        proc = subprocess.Popen([str(KG), *argv], stdout=subprocess.DEVNULL, stderr=follower)
        os.close(follower)
        chunks = []
        while True:
            try:
                chunk = os.read(leader, 4096)
            except OSError:  # EIO: the child closed the terminal
                break
            if not chunk:
                break
            chunks.append(chunk)
        os.close(leader)
        assert proc.wait(timeout=300) == 0
        return b"".join(chunks)
    done = subprocess.run([str(KG), *argv], capture_output=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return done.stderr


def test_the_bar_is_drawn_on_a_terminal_and_not_into_a_log(tmp_path):
    corpus = _corpus(tmp_path)
    argv = ["build", str(corpus), "-o", str(tmp_path / "g.ttl")]
    logged = _build_stderr(argv, tty=False)
    assert b"\r" not in logged and b"articles [" not in logged
    assert b"2 articles, " in logged  # the summary still comes
    drawn = _build_stderr(argv, tty=True)
    assert b"articles [of 2, " in drawn and b"<" in drawn  # a total and an ETA


def test_a_reader_that_leaves_early_is_not_an_error():
    proc = subprocess.Popen([str(KG), "build", str(SEED), "-q", "-o", "-", "--format", "nt"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    first = proc.stdout.readline()
    proc.stdout.close()  # `| head -1`
    err = proc.stderr.read()
    assert proc.wait(timeout=300) == 0
    assert first.startswith(b"<") and err == b""


def test_plain_text_on_stdin_is_one_article(monkeypatch, capsys):
    _stdin(monkeypatch, b"A headline\nRussia accused Ukraine of shelling the border.\n")
    assert main(["events", "-", "--format", "jsonl"]) == 0
    (row,) = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert (row["agent_label"], row["type"], row["target_label"]) == ("Russia", "Accuse", "Ukraine")
    assert row["article"].startswith("stdin-")


def test_json_lines_on_stdin_are_sniffed_and_the_format_can_be_forced(monkeypatch, capsys):
    _stdin(monkeypatch, json.dumps(ARTICLES[0]).encode() + b"\n")
    assert main(["events", "-", "--format", "jsonl"]) == 0
    assert json.loads(capsys.readouterr().out)["article"] == "p1"
    _stdin(monkeypatch, b"Russia accused Ukraine of shelling the border.\n")
    assert main(["events", "-", "--stdin-format", "jsonl"]) == 2
    assert "<stdin>:1: malformed JSON" in capsys.readouterr().err


def test_a_graph_on_stdin(monkeypatch, capsys, seed_ttl):
    _stdin(monkeypatch, seed_ttl.read_bytes())
    assert main(["validate", "-", "--graph-format", "ttl"]) == 0
    assert "conforms" in capsys.readouterr().out
    _stdin(monkeypatch, seed_ttl.read_bytes())
    assert main(["events", "-", "--graph-format", "ttl", "--format", "jsonl"]) == 0
    assert len(capsys.readouterr().out.splitlines()) > 10
    _stdin(monkeypatch, seed_ttl.read_bytes())
    assert main(["validate", "-"]) == 2
    assert "--graph-format" in capsys.readouterr().err


def test_every_command_and_argument_has_help():
    parser = _parser()
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    missing = [f"{name} (description)" for name, sub in commands.choices.items() if not sub.description]
    missing += [f"{name} {a.dest}" for name, sub in commands.choices.items() for a in sub._actions if not a.help]
    assert missing == []


def test_a_mistyped_command_gets_a_suggestion(capsys):
    assert main(["evnets", "x.ttl"]) == 2
    err = capsys.readouterr().err
    assert "unknown command 'evnets'; did you mean 'events'" in err


def test_export_store_writes_every_graph_ontology_included(tmp_path, capsys):
    from rdflib import URIRef

    import kg
    from kg.build import build_to_store
    from kg.rdf.kgo import KGO
    from kg.store import ONTOLOGY_GRAPH

    store = tmp_path / "store"
    build_to_store([str(_corpus(tmp_path))], store)
    assert main(["export", "--store", str(store), "-o", str(tmp_path / "all.trig")]) == 0
    exported = kg.load_graph(tmp_path / "all.trig")
    names = {str(g.identifier) for g in exported.graphs()}
    assert ONTOLOGY_GRAPH in names
    assert (KGO.Accuse, None, None) in exported.graph(URIRef(ONTOLOGY_GRAPH))
    assert "the ontology graph" in _parser()._actions[-1].choices["export"].description
