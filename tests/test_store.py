"""The persistent store: `kg build --store`, idempotent adds, replace, remove, crash safety, `--store` readers."""
from __future__ import annotations

import io
import json
import os
import re
import signal
import subprocess
import threading
import time
from collections import Counter
from pathlib import Path

import pyoxigraph as ox
import pytest

import kg
from kg.build import build_to_store
from kg.errors import StoreError
from kg.rdf.io import serialize
from kg.rdf.kgo import KGO
from kg.store import ArticleStore, open_store, store_to_dataset

from helpers import KG, run, write_jsonl

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "corpus.jsonl"
ARTICLES = [
    {"id": "a1", "date": "2022-01-05", "text": "Russia accused the United States of provocations near Ukraine."},
    {"id": "a2", "date": "2022-01-06", "text": "NATO accused Russia of aggression. Russia threatened Ukraine."},
    {"id": "a3", "date": "2022-01-07", "text": "China criticised Japan over the submarine incident."},
]
WAS_DERIVED_FROM = "http://www.w3.org/ns/prov#wasDerivedFrom"


def nquads(dataset) -> bytes:
    buffer = io.BytesIO()
    serialize(dataset, "nq", buffer)
    return buffer.getvalue()


def events_per_graph(store) -> Counter:
    """Number of events (each has one prov:wasDerivedFrom) in each named graph of a pyoxigraph.Store."""
    import pyoxigraph as ox

    return Counter(q.graph_name.value for q in store.quads_for_pattern(None, ox.NamedNode(WAS_DERIVED_FROM), None, None))


@pytest.fixture()
def corpus(tmp_path) -> Path:
    return write_jsonl(tmp_path / "small.jsonl", ARTICLES)


# ---------------------------------------------------------------- one graph, many articles

def test_store_holds_what_the_file_build_writes(capsys, tmp_path, corpus, seed_path):
    store = tmp_path / "store"
    code, _, err = run(capsys, "build", corpus, seed_path, "--store", store)
    assert code == 0, err
    assert "4 articles added, 0 replaced, 0 unchanged" in err and f"→ store {store} (4 articles" in err
    direct = kg.build([str(corpus), str(seed_path)])
    assert nquads(store_to_dataset(store)) == nquads(direct)  # same IRIs, same literals (datatypes restored)
    code, out, _ = run(capsys, "validate", "--store", store)
    assert code == 0 and "conforms" in out


def test_same_actor_is_one_node_described_once_and_remove_keeps_it_while_mentioned(capsys, tmp_path, corpus):
    store = tmp_path / "store"
    assert run(capsys, "build", corpus, "--store", store, "-q")[0] == 0
    ds = store_to_dataset(store)
    russia = "https://w3id.org/kg/actor/russia"
    labels = [(str(o), str(c)) for s, p, o, c in ds.quads((None, None, None, None))
              if str(s) == russia and str(p).endswith("#label")]
    assert labels == [("Russia", "https://w3id.org/kg/actor/")]  # once, in the actors graph
    naming = {str(c) for s, p, o, c in ds.quads((None, None, None, None)) if str(o) == russia}
    assert naming == {"https://w3id.org/kg/article/a1", "https://w3id.org/kg/article/a2"}

    code, _, err = run(capsys, "remove", "--store", store, "a1")
    assert code == 0 and "removed https://w3id.org/kg/article/a1" in err
    ds = store_to_dataset(store)
    assert {r["article"] for r in kg.event_rows(ds)} == {"a2", "a3"}
    assert any(str(s) == russia for s, _, _, _ in ds.quads((None, None, None, None)))  # a2 still names Russia
    united_states = "https://w3id.org/kg/actor/united-states"  # only a1 named it: gone with a1
    assert not any(united_states in (str(s), str(o)) for s, _, o, _ in ds.quads((None, None, None, None)))
    assert run(capsys, "remove", "--store", store, "a2")[0] == 0
    ds = store_to_dataset(store)
    assert not any(russia in (str(s), str(o)) for s, _, o, _ in ds.quads((None, None, None, None)))
    assert {r["article"] for r in kg.event_rows(ds)} == {"a3"}
    # what is left is what building a3 alone gives
    assert nquads(ds) == nquads(kg.build([str(write_jsonl(tmp_path / "a3.jsonl", ARTICLES[2:]))]))


def test_remove_keeps_a_state_that_a_remaining_person_acts_for(tmp_path):
    store = tmp_path / "store"
    records = [{"id": "p1", "text": "Sergei Lavrov accused NATO of expansion."},
               {"id": "p2", "text": "Russia accused Ukraine of provocations."}]
    build_to_store([str(write_jsonl(tmp_path / "p.jsonl", records))], store)
    with ArticleStore.open(store) as st:
        st.remove("p2")  # p1 never names Russia, but Lavrov acts for it
    ds = store_to_dataset(store)
    assert nquads(ds) == nquads(kg.build([str(write_jsonl(tmp_path / "p1.jsonl", records[:1]))]))
    assert any(str(s).endswith("/russia") and str(p).endswith("#label") for s, p, _, _ in ds.quads())


def test_remove_unknown_article(capsys, tmp_path, corpus):
    store = tmp_path / "store"
    assert run(capsys, "build", corpus, "--store", store, "-q")[0] == 0
    code, _, err = run(capsys, "remove", "--store", store, "a4")
    assert code == 2 and "no article 'a4'" in err and "did you mean" in err and "'a1'" in err
    code, _, err = run(capsys, "remove", "--store", store, "a3", "nope")
    assert code == 1 and "removed https://w3id.org/kg/article/a3" in err and "no article 'nope'" in err
    code, _, err = run(capsys, "remove", "--store", tmp_path / "missing", "a1")
    assert code == 2 and "no such directory" in err


def test_rebuilding_gives_the_same_iris(tmp_path, corpus):
    build_to_store([str(corpus)], tmp_path / "one")
    build_to_store([str(corpus)], tmp_path / "two")
    assert nquads(store_to_dataset(tmp_path / "one")) == nquads(store_to_dataset(tmp_path / "two"))


# ---------------------------------------------------------------- idempotent

def test_an_article_already_stored_is_skipped_before_the_nlp(tmp_path, corpus):
    store = tmp_path / "store"
    first = build_to_store([str(corpus)], store)
    assert (first.added, first.replaced, first.unchanged) == (3, 0, 0)
    before = nquads(store_to_dataset(store))
    # no spaCy pipeline is needed (nor loaded) when every article is unchanged
    again = build_to_store([str(corpus)], store, model="no_such_model")
    assert (again.added, again.replaced, again.unchanged, again.articles) == (0, 0, 3, 3)
    assert nquads(store_to_dataset(store)) == before


def test_a_changed_text_replaces_that_articles_graph(capsys, tmp_path, corpus):
    store = tmp_path / "store"
    build_to_store([str(corpus)], store)
    changed = write_jsonl(tmp_path / "changed.jsonl", [
        {"id": "a1", "date": "2022-01-05", "text": "Germany sanctioned Iran over its nuclear programme."},
        ARTICLES[1]])
    code, _, err = run(capsys, "build", changed, "--store", store)
    assert code == 0 and "0 articles added, 1 replaced, 1 unchanged" in err and "(3 articles," in err
    rows = kg.event_rows(store_to_dataset(store))
    a1 = [r for r in rows if r["article"] == "a1"]
    assert a1 and all(r["agent_label"] != "Russia" for r in a1)
    expected = kg.build([str(write_jsonl(tmp_path / "expected.jsonl", [
        {"id": "a1", "date": "2022-01-05", "text": "Germany sanctioned Iran over its nuclear programme."},
        *ARTICLES[1:]]))])
    assert nquads(store_to_dataset(store)) == nquads(expected)


def test_two_ids_with_one_slug_get_two_graphs_across_builds(tmp_path):
    store = tmp_path / "store"
    build_to_store([str(write_jsonl(tmp_path / "x.jsonl", [{"id": "A 1", "text": ARTICLES[0]["text"]}]))], store)
    build_to_store([str(write_jsonl(tmp_path / "y.jsonl", [{"id": "a-1", "text": ARTICLES[1]["text"]}]))], store)
    with ArticleStore.open(store) as st:
        graphs = {a.id: a.graph for a in st.articles.values()}
    assert graphs["A 1"] == "https://w3id.org/kg/article/a-1"
    assert graphs["a-1"].startswith("https://w3id.org/kg/article/a-1-") and len(graphs) == 2
    rows = kg.event_rows(store_to_dataset(store))
    assert {r["article"] for r in rows} == {"A 1", "a-1"}


# ---------------------------------------------------------------- inputs and readers

def test_inputs_dirs_globs_jsonl_and_stdin_into_a_store(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "t1.txt").write_text("Title one\nRussia accused NATO of expansion.\n")
    (folder / "t2.txt").write_text("Title two\nIran threatened Israel.\n")
    write_jsonl(tmp_path / "more.jsonl", ARTICLES[:1])
    store = tmp_path / "store"
    if not KG.exists():
        pytest.skip("console script not installed")
    done = subprocess.run([str(KG), "build", str(folder), str(tmp_path / "*.jsonl"), "-", "--store", str(store)],
                          input=json.dumps(ARTICLES[2]) + "\n", capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "4 articles added" in done.stderr
    with ArticleStore.open(store, read_only=True) as st:
        assert sorted(st.articles) == ["a1", "a3", "t1", "t2"]
    events = subprocess.run([str(KG), "events", "--store", str(store), "--format", "jsonl"],
                            capture_output=True, text=True, timeout=120)
    assert events.returncode == 0, events.stderr
    assert {json.loads(line)["article"] for line in events.stdout.splitlines()} >= {"a1", "t1"}


def test_graph_files_go_into_the_store_graph_by_graph(capsys, tmp_path, seed_graph):
    trig = kg.write_graph(seed_graph, tmp_path / "seed.trig")
    store = tmp_path / "store"
    code, _, err = run(capsys, "build", trig, "--store", store)
    assert code == 0 and "1 graphs loaded" in err, err
    assert nquads(store_to_dataset(store)) == nquads(seed_graph)
    # loading it again replaces the graph: nothing doubles
    assert run(capsys, "build", trig, "--store", store, "-q")[0] == 0
    assert nquads(store_to_dataset(store)) == nquads(seed_graph)


def test_build_with_store_and_output_exports_the_whole_store(capsys, tmp_path, corpus):
    store = tmp_path / "store"
    build_to_store([str(write_jsonl(tmp_path / "first.jsonl", ARTICLES[:1]))], store)
    out = tmp_path / "all.trig"
    code, _, err = run(capsys, "build", write_jsonl(tmp_path / "rest.jsonl", ARTICLES[1:]), "--store", store, "-o", out)
    assert code == 0, err
    assert {r["article"] for r in kg.event_rows(kg.load_graph(out))} == {"a1", "a2", "a3"}
    code, _, _ = run(capsys, "export", "--store", store, "-o", tmp_path / "again.trig")
    assert code == 0 and (tmp_path / "again.trig").read_bytes() == out.read_bytes()


def test_build_needs_an_output_or_a_store(capsys, corpus):
    code, _, err = run(capsys, "build", corpus)
    assert code == 2 and "-o/--output" in err and "--store" in err


def test_bad_articles_are_skipped_and_counted(capsys, tmp_path):
    bad = tmp_path / "mixed.jsonl"
    bad.write_text(json.dumps(ARTICLES[0]) + "\n{not json\n" + json.dumps({"id": "e", "text": " "}) + "\n")
    store = tmp_path / "store"
    code, _, err = run(capsys, "build", bad, "--store", store)
    assert code == 1 and f"kg: skipped {bad}:2: malformed JSON" in err and "1 article added" in err and "2 bad" in err
    code, _, err = run(capsys, "build", tmp_path / "missing.jsonl", "--store", store)
    assert code == 2 and "nothing could be read" in err


def test_progress_bar_counts_articles_and_bad_ones(tmp_path, capsys):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(json.dumps(ARTICLES[0]) + "\nbroken\n" + json.dumps(ARTICLES[1]) + "\n")
    errors: list = []
    build_to_store([str(corpus)], tmp_path / "store", errors=errors, progress=True)
    err = capsys.readouterr().err
    assert re.search(r"2 articles \[.*articles/s, bad=1", err), err
    build_to_store([str(corpus)], tmp_path / "store", errors=[], progress=True)
    assert "unchanged=2" in capsys.readouterr().err


def test_readers_open_the_store_read_only(tmp_path, corpus):
    store = tmp_path / "store"
    build_to_store([str(corpus)], store)
    with pytest.raises(StoreError, match="no such directory"):
        open_store(tmp_path / "nope", read_only=True)
    (tmp_path / "plain").mkdir()
    with pytest.raises(StoreError, match="an empty directory, not a kg store"):
        open_store(tmp_path / "plain", read_only=True)
    assert list((tmp_path / "plain").iterdir()) == []  # reading never creates
    writer = open_store(store)
    try:
        with pytest.raises(StoreError, match="in use by another process"):
            open_store(store)
        reader = open_store(store, read_only=True)  # does not take the lock
        assert len(list(store_to_dataset(reader).quads((None, None, None, None)))) > 0
        import pyoxigraph as ox

        with pytest.raises((OSError, RuntimeError), match="read-write"):
            reader.add(ox.Quad(ox.NamedNode("http://x"), ox.NamedNode("http://x"), ox.NamedNode("http://x")))
    finally:
        del writer


# ---------------------------------------------------------------- crash safety

def _replicated(tmp_path: Path, n: int) -> Path:
    base = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]
    records = [{**base[i % len(base)], "id": f"{base[i % len(base)]['id']}~{i // len(base)}"} for i in range(n)]
    return write_jsonl(tmp_path / "big.jsonl", records)


@pytest.mark.skipif(not CORPUS.exists(), reason="shared corpus not found")
def test_a_killed_build_loses_no_article_and_the_store_opens(tmp_path):
    if not KG.exists():
        pytest.skip("console script not installed")
    big = _replicated(tmp_path, 200)
    store = tmp_path / "store"
    proc = subprocess.Popen([str(KG), "build", str(big), "--store", str(store), "--progress"], stderr=subprocess.PIPE)
    seen = [0]

    def watch():  # the progress bar: "37 articles [00:05, 7.1 articles/s, bad=0]"
        buffer = b""
        while chunk := proc.stderr.read1(4096):
            buffer = (buffer + chunk)[-400:]
            counts = re.findall(rb"(\d+) articles \[", buffer)
            if counts:
                seen[0] = max(seen[0], int(counts[-1]))

    reader = threading.Thread(target=watch, daemon=True)
    reader.start()
    deadline = time.monotonic() + 50
    while seen[0] < 25 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert proc.poll() is None, "the build ended before it could be killed"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    reader.join(5)
    assert 25 <= seen[0] < 200

    # the store opens, and every article in it is complete: as many events and quads as a fresh build
    reference = kg.build([str(CORPUS)])
    ref_store = open_store(tmp_path / "ref")
    from kg.store import dataset_to_quads

    ref_store.extend(dataset_to_quads(reference))
    ref_events = events_per_graph(ref_store)
    ref_sizes = Counter(q.graph_name.value for q in ref_store if q.predicate.value != str(KGO.tableRow))
    with ArticleStore.open(store) as st:
        stored = dict(st.articles)
        assert len(stored) >= seen[0]
        events = events_per_graph(st.store)
        sizes = Counter(q.graph_name.value for q in st.store if q.predicate.value != str(KGO.tableRow))
        rows = Counter(q.graph_name.value for q in st.store.quads_for_pattern(None, ox.NamedNode(str(KGO.tableRow)), None, None))
    for ident, article in stored.items():
        original = "https://w3id.org/kg/article/" + ident.split("~")[0].lower()
        assert events[article.graph] == ref_events[original], ident
        assert sizes[article.graph] == ref_sizes[original], ident
        assert rows[article.graph] == events[article.graph], ident  # each event's row came with it

    # running it again finishes the job, skipping what is there
    done = subprocess.run([str(KG), "build", str(big), "--store", str(store), "--jobs", "2"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert f"{200 - len(stored)} articles added, 0 replaced, {len(stored)} unchanged" in done.stderr
    with ArticleStore.open(store, read_only=True) as st:
        assert len(st) == 200
        base = [json.loads(x)["id"].lower() for x in CORPUS.read_text(encoding="utf-8").splitlines() if x.strip()]
        expected = sum(ref_events.values()) * (200 // len(base)) + sum(
            ref_events["https://w3id.org/kg/article/" + ident] for ident in base[: 200 % len(base)])
        assert sum(events_per_graph(st.store).values()) == expected


def test_queries_on_the_store_do_not_repeat_actors_once_per_article(tmp_path):
    """Oxigraph's union default graph keeps a triple once per graph holding it: actors are described once."""
    from kg.query import open_source, run_query

    store = tmp_path / "store"
    same = [{"id": f"copy{i}", "text": ARTICLES[0]["text"]} for i in range(5)]
    build_to_store([str(write_jsonl(tmp_path / "same.jsonl", same))], store)
    source = open_source(open_store(store, read_only=True))
    columns, rows = run_query(source, "viewer-actors")
    actors = [dict(zip(columns, row))["actor"] for row in rows]
    assert len(actors) == len(set(actors)) and "https://w3id.org/kg/actor/russia" in actors
    from_store = kg.event_rows(open_store(store, read_only=True))
    assert len(from_store) == 5 * len(kg.event_rows(kg.build([str(write_jsonl(tmp_path / "one.jsonl", same[:1]))])))
    assert from_store == kg.event_rows(store_to_dataset(store))
