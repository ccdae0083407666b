"""The `kg` command, in-process (kg.cli.main) and as the installed console script."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import kg
from kg.cli import main
from kg.rdf.kgo import ACT, ART

KG = Path(sys.executable).with_name("kg")
GOOD_JSONL = {"id": "g1", "title": "t", "date": "2022-01-05", "text": "Russia accused the United States of provocations."}


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def kg_script(*argv, input=None, env=None) -> subprocess.CompletedProcess:
    assert KG.exists(), f"console script not installed beside {sys.executable}: run make .venv (pip install -e .)"
    return subprocess.run([str(KG), *map(str, argv)], capture_output=True, text=True, input=input, timeout=300,
                          env={**os.environ, **(env or {})})


def _good_txt(tmp_path: Path) -> Path:
    path = tmp_path / "good.txt"
    path.write_text("A good article\nRussia accused the United States of funding protests in Belarus.\n")
    return path


# ---------------------------------------------------------------- build and events

def test_build_writes_turtle_and_prints_a_summary(capsys, tmp_path, seed_path):
    out = tmp_path / "out" / "seed.ttl"
    code, stdout, stderr = run(capsys, "build", seed_path, "-o", out)
    assert code == 0, stderr
    assert stdout == ""
    assert out.read_text(encoding="utf-8").startswith("@prefix")
    assert "1 article," in stderr and f"→ {out} (ttl)" in stderr
    assert "Russia —mobilised against→ Ukraine (" in stderr
    assert "Traceback" not in stderr


def test_build_format_from_suffix_or_option(capsys, tmp_path, seed_path):
    assert run(capsys, "build", seed_path, "-o", tmp_path / "g.trig", "-q")[0] == 0
    trig = (tmp_path / "g.trig").read_text(encoding="utf-8")
    assert trig.count(" {\n") == 2 and "\nact: {\n" in trig  # the article's graph and the actors graph
    code, _, stderr = run(capsys, "build", seed_path, "-o", tmp_path / "g.data", "--format", "nq", "--quiet")
    assert code == 0 and stderr == ""
    graphs = {line.rsplit(" ", 2)[-2] for line in (tmp_path / "g.data").read_text(encoding="utf-8").splitlines()}
    assert graphs == {"<https://w3id.org/kg/article/russia-us-security-talks>", "<https://w3id.org/kg/actor/>"}


def test_events_from_the_graph_equal_events_from_the_article(capsys, fixture_path, tmp_path):
    from conftest import FIXTURE_EVENTS

    graph = tmp_path / "fixture.ttl"
    assert run(capsys, "build", fixture_path, "-o", graph, "-q")[0] == 0
    code, from_article, err = run(capsys, "events", fixture_path, "--format", "jsonl", "--negated")
    assert code == 0, err
    code, from_graph, err = run(capsys, "events", graph, "--format", "jsonl", "--negated")
    assert code == 0, err
    assert from_graph == from_article
    rows = [json.loads(line) for line in from_graph.splitlines()]
    assert sorted((r["type"], r["agent_label"], r["target_label"], r["modality"], r["negated"], r["reported_by"])
                  for r in rows) == sorted(e[:6] for e in FIXTURE_EVENTS)
    # by default the list leaves out what the text says did not happen; the graph keeps it
    code, listed, err = run(capsys, "events", graph, "--format", "jsonl")
    assert code == 0, err
    assert [json.loads(line) for line in listed.splitlines()] == [r for r in rows if not r["negated"]]
    assert any(r["negated"] for r in rows)


def test_events_from_a_graph_need_no_spacy_model(capsys, seed_ttl):
    code, out, err = run(capsys, "events", seed_ttl, "--model", "no_such_model", "--format", "csv")
    assert code == 0, err
    assert out.startswith("article,event,type,cameo,plover,agent,agent_label,agent_country,")


@pytest.mark.parametrize("fmt", ["table", "csv", "json"])
def test_events_formats(capsys, seed_ttl, fmt):
    code, out, err = run(capsys, "events", seed_ttl, "--format", fmt)
    assert code == 0 and out.strip(), err


def test_validate_command(capsys, seed_ttl, tmp_path):
    code, out, _ = run(capsys, "validate", seed_ttl)
    assert code == 0 and "conforms" in out
    broken = tmp_path / "broken.ttl"
    broken.write_text("@prefix kgo: <https://w3id.org/kg/ontology#> .\n"
                      "<https://w3id.org/kg/event/x> a kgo:Accuse ; kgo:agent <https://w3id.org/kg/actor/x> .\n")
    code, out, _ = run(capsys, "validate", broken)
    assert code == 1 and "Conforms: False" in out and "exactly one evidence" in out
    missing = tmp_path / "missing.ttl"
    code, _, err = run(capsys, "validate", missing)
    assert code == 2 and err == f"kg: error: {missing}: no such file\n"


def test_version(capsys):
    code, out, _ = run(capsys, "--version")
    assert code == 0 and out.strip() == f"kg {kg.__version__}"


# ---------------------------------------------------------------- bad inputs

BAD_FILES = {
    "empty": ("empty.txt", b"", "empty article"),
    "blank": ("blank.txt", b"  \n\n \t\n", "empty article"),
    "binary": ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary data"),
    "not-utf8": ("latin1.txt", "Café\nLe président a accusé la Russie.\n".encode("latin-1"), "not UTF-8"),
    "unknown-suffix": ("notes.docx", b"PK\x03\x04", "unknown input type '.docx'"),
}


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_a_bad_input_alone_exits_2_and_names_it(capsys, tmp_path, case):
    name, content, message = BAD_FILES[case]
    bad = tmp_path / name
    bad.write_bytes(content)
    out = tmp_path / "out.ttl"
    code, _, err = run(capsys, "build", bad, "-o", out)
    assert code == 2
    assert f"kg: skipped {bad}: " in err and message in err
    assert "kg: error: nothing could be read" in err and "Traceback" not in err
    assert not out.exists()


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_one_bad_and_one_good_input_builds_the_good_one(capsys, tmp_path, case):
    name, content, message = BAD_FILES[case]
    bad = tmp_path / name
    bad.write_bytes(content)
    good = _good_txt(tmp_path)
    out = tmp_path / "out.ttl"
    code, _, err = run(capsys, "build", bad, good, "-o", out)
    assert code == 1, err
    assert [line for line in err.splitlines() if line.startswith("kg: skipped")] == [
        line for line in err.splitlines() if line.startswith(f"kg: skipped {bad}: ") and message in line]
    rows = kg.event_rows(kg.load_graph(out))
    assert [(r["article"], r["type"], r["agent_label"], r["target_label"]) for r in rows] == [
        ("good", "Accuse", "Russia", "United States")]


def test_too_large_file(capsys, tmp_path, monkeypatch):
    monkeypatch.setattr("kg.ingest.MAX_ARTICLE_BYTES", 40)
    big = tmp_path / "big.txt"
    big.write_text("Title\n" + "Russia accused the United States. " * 5)
    good = tmp_path / "small.txt"
    good.write_text("T\nRussia accused NATO.\n")
    code, _, err = run(capsys, "build", big, good, "-o", tmp_path / "out.ttl")
    assert code == 1
    assert f"kg: skipped {big}: too large: " in err and "(limit 40)" in err


def test_malformed_json_line_names_file_and_line_and_the_other_lines_are_read(capsys, tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    lines = [json.dumps(GOOD_JSONL), '{"id": "broken", "text": "Russia accused', "",
             json.dumps({**GOOD_JSONL, "id": "g3", "text": "NATO accused Russia of aggression."})]
    corpus.write_text("\n".join(lines) + "\n")
    out = tmp_path / "out.trig"
    code, _, err = run(capsys, "build", corpus, "-o", out)
    assert code == 1
    assert f"kg: skipped {corpus}:2: malformed JSON" in err
    rows = kg.event_rows(kg.load_graph(out))
    assert sorted((r["article"], r["type"], r["agent_label"], r["target_label"]) for r in rows) == [
        ("g1", "Accuse", "Russia", "United States"), ("g3", "Accuse", "NATO", "Russia")]
    graphs = {c for _, _, _, c in kg.load_graph(out).quads((None, None, None, None))}
    assert {str(g) for g in graphs} == {ART + "g1", ART + "g3", ACT}


def test_missing_input_and_empty_glob(capsys, tmp_path, seed_path):
    missing = tmp_path / "nope.txt"
    pattern = str(tmp_path / "*.nothing")
    code, _, err = run(capsys, "build", missing, pattern, seed_path, "-o", tmp_path / "out.ttl", "-q")
    assert code == 1
    assert f"kg: skipped {missing}: no such file" in err
    assert f"kg: skipped {pattern}: no file matches this pattern" in err


def test_missing_model_is_a_clear_error(capsys, tmp_path, seed_path):
    code, _, err = run(capsys, "build", seed_path, "-o", tmp_path / "out.ttl", "--model", "no_such_model")
    assert code == 2
    assert err.startswith("kg: error: no spaCy pipeline found (tried no_such_model); install one")
    assert "Traceback" not in err and not (tmp_path / "out.ttl").exists()


@pytest.mark.parametrize("argv, choices", [
    (["build", "{seed}", "-o", "{tmp}/out.ttl", "--format", "xml"], "ttl, nt, jsonld, trig, nq"),
    (["build", "{seed}", "-o", "{tmp}/out.rdf"], "ttl, nt, jsonld, trig, nq"),
    (["events", "{seed}", "--format", "xml"], "table, csv, jsonl, json"),
])
def test_unknown_format_names_the_choices(capsys, tmp_path, seed_path, argv, choices):
    argv = [a.format(seed=seed_path, tmp=tmp_path) for a in argv]
    code, out, err = run(capsys, *argv)
    assert code == 2 and out == ""
    assert err.startswith("kg: error: unknown format ") and err.rstrip().endswith(f"choose one of: {choices}")
    assert not list(tmp_path.iterdir())


def test_unwritable_output_is_a_clear_error(capsys, tmp_path, seed_ttl):
    folder = tmp_path / "a-folder.ttl"
    folder.mkdir()
    code, _, err = run(capsys, "build", seed_ttl, "-o", folder, "-q")
    assert code == 2 and err.startswith(f"kg: error: cannot write {folder}: ")
    assert list(folder.iterdir()) == [] and sorted(p.name for p in tmp_path.iterdir()) == ["a-folder.ttl"]


def test_usage_error_exits_2(capsys):
    code, _, err = run(capsys, "build", "x.txt")
    assert code == 2 and "-o/--output" in err


# ---------------------------------------------------------------- atomic writes

@pytest.mark.parametrize("failure", [RuntimeError("disk full"), KeyboardInterrupt()])
def test_a_failed_write_leaves_the_old_file_and_no_temp_file(capsys, tmp_path, seed_path, monkeypatch, failure):
    out = tmp_path / "seed.ttl"
    out.write_text("previous graph\n")

    def fail_midway(dataset, fmt, stream):
        stream.write(b"@prefix act: <https://w3id.org/kg/actor/> .\n")
        raise failure

    monkeypatch.setattr("kg.rdf.io.serialize", fail_midway)
    if isinstance(failure, KeyboardInterrupt):
        code, _, err = run(capsys, "build", seed_path, "-o", out)
        assert code == 130 and "kg: interrupted" in err
    else:
        with pytest.raises(RuntimeError, match="disk full"):
            main(["build", str(seed_path), "-o", str(out)])
    assert out.read_text() == "previous graph\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["seed.ttl"]


# ---------------------------------------------------------------- the console script

def test_console_script_build_then_events(tmp_path, seed_path):
    out = tmp_path / "seed.ttl"
    built = kg_script("build", seed_path, "-o", out)
    assert built.returncode == 0, built.stderr
    assert "—urged→" in built.stderr
    events = kg_script("events", out, "--format", "jsonl")
    assert events.returncode == 0, events.stderr
    rows = [json.loads(line) for line in events.stdout.splitlines()]
    assert rows and all(r["article"] == "russia-us-security-talks" for r in rows)


def test_console_script_output_is_the_same_under_any_hash_seed(tmp_path, seed_path):
    """rdflib keeps graphs in hash-ordered sets; the bytes must not depend on PYTHONHASHSEED."""
    outputs = []
    for seed in ("1", "2"):
        out = tmp_path / f"seed-{seed}.trig"
        done = kg_script("build", seed_path, "-o", out, "-q", env={"PYTHONHASHSEED": seed})
        assert done.returncode == 0, done.stderr
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]


def test_console_script_reads_stdin_and_reports_bad_lines(tmp_path):
    lines = [json.dumps(GOOD_JSONL), "not json at all"]
    done = kg_script("events", "-", "--format", "jsonl", input="\n".join(lines) + "\n")
    assert done.returncode == 1
    assert "kg: skipped <stdin>:2: malformed JSON" in done.stderr
    rows = [json.loads(line) for line in done.stdout.splitlines()]
    assert [(r["article"], r["type"], r["agent_label"], r["target_label"]) for r in rows] == [
        ("g1", "Accuse", "Russia", "United States")]


def test_console_script_errors_have_no_traceback(tmp_path):
    done = kg_script("events", tmp_path / "missing.txt")
    assert done.returncode == 2
    assert done.stderr == (f"kg: skipped {tmp_path / 'missing.txt'}: no such file\n"
                           "kg: error: nothing could be read from the inputs (1 bad)\n")


def test_build_writes_html_beside_the_graph_and_viz_reads_a_store(tmp_path):
    from kg.cli import main

    seed = str(Path(__file__).resolve().parent.parent / "seeds" / "russia-us-security-talks.txt")
    html = tmp_path / "seed.html"
    assert main(["build", seed, "-o", str(tmp_path / "seed.ttl"), "--html", str(html), "--quiet"]) == 0
    page = html.read_text(encoding="utf-8")
    assert "Sergei Shoigu" in page and "<script src=" not in page
    store = tmp_path / "store"
    assert main(["build", seed, "--store", str(store), "--quiet"]) == 0
    from_store = tmp_path / "store.html"
    assert main(["viz", "--store", str(store), "-o", str(from_store)]) == 0
    assert "Sergei Shoigu" in from_store.read_text(encoding="utf-8")
