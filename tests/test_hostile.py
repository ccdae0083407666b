"""Hostile input and failures: nothing lost, nothing fetched, bounded time and memory, one-line messages.

Each test guards one promise of docs/security.md (the table there names them).
"""
from __future__ import annotations

import http.server
import json
import resource
import shutil
import signal
import socket
import subprocess
import threading
import time
from pathlib import Path

import pytest

from kg.build import build_to_store
from kg.cli import main
from kg.errors import InputError, QueryError, StoreError
from kg.ingest import MAX_ARTICLE_BYTES, read_articles
from kg.query import run_query
from kg.store import STORE_MARKER, ArticleStore, ensure_ontology, open_store

from helpers import KG, KgServe, run, write_jsonl

psutil = pytest.importorskip("psutil")
httpx = pytest.importorskip("httpx")
ARTICLES = [  # invented sentences
    {"id": "h1", "date": "2023-04-03", "text": "France condemned Iran over the missile tests on Monday."},
    {"id": "h2", "date": "2023-04-04", "text": "Germany urged China to release the detained sailors."},
]
LATER = {"id": "h3", "date": "2023-04-05", "text": "Turkey accused Greece of violating its airspace."}
ARTICLE_COUNT = """PREFIX schema: <https://schema.org/>
SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a schema:identifier ?id }"""


def listing(path: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(path.iterdir())}


def one_line(err: str) -> str:
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1 and "Traceback" not in err, err
    return lines[0]


@pytest.fixture(scope="module")
def built_store(tmp_path_factory) -> Path:
    """A store holding the two ARTICLES (copy it before changing it)."""
    base = tmp_path_factory.mktemp("hostile")
    store = base / "store"
    build_to_store([str(write_jsonl(base / "two.jsonl", ARTICLES))], store)
    return store


@pytest.fixture()
def store_copy(built_store, tmp_path) -> Path:
    copy = tmp_path / "store"
    shutil.copytree(built_store, copy)
    return copy


# ------------------------------------------------------------------ the store: refusal, never creating

def test_a_directory_that_is_not_a_kg_store_is_refused_and_left_untouched(capsys, tmp_path):
    plain = tmp_path / "plain"
    plain.mkdir()
    (plain / "000001.log").write_text("someone's notes\n")
    before = listing(plain)
    articles = write_jsonl(tmp_path / "a.jsonl", ARTICLES[:1])
    code, _, err = run(capsys, "build", articles, "--store", plain, "-q")
    assert code == 2 and "not a kg store" in one_line(err) and "nothing was changed" in err
    code, _, err = run(capsys, "query", plain, "ASK { ?s ?p ?o }")
    assert code == 2 and "not a kg store" in one_line(err)
    assert listing(plain) == before


def test_reading_never_creates_a_store(capsys, tmp_path):
    for argv in (["events", "--store", tmp_path / "none"], ["export", "--store", tmp_path / "none", "-o", tmp_path / "x.nq"],
                 ["query", "--store", tmp_path / "none", "ASK { ?s ?p ?o }"]):
        code, _, err = run(capsys, *argv)
        assert code == 2 and "no such directory" in one_line(err), argv
    assert not (tmp_path / "none").exists()
    (tmp_path / "empty").mkdir()
    with pytest.raises(StoreError, match="not a kg store"):
        open_store(tmp_path / "empty", read_only=True)
    assert list((tmp_path / "empty").iterdir()) == []


def test_a_new_store_carries_the_marker_and_a_store_from_before_it_is_adopted(tmp_path, built_store):
    assert json.loads((built_store / STORE_MARKER).read_text())["version"] == 1
    import pyoxigraph as ox

    old = tmp_path / "old"
    handle = ox.Store(str(old))
    ensure_ontology(handle)
    handle.flush()
    del handle
    with ArticleStore.open(old) as st:
        assert len(st) == 0
    assert (old / STORE_MARKER).is_file()


def test_an_oxigraph_database_kg_did_not_make_is_read_but_never_written(capsys, tmp_path):
    import pyoxigraph as ox

    foreign = tmp_path / "foreign"
    handle = ox.Store(str(foreign))
    handle.add(ox.Quad(ox.NamedNode("http://example.org/a"), ox.NamedNode("http://example.org/b"), ox.Literal("c")))
    handle.flush()
    del handle
    before = listing(foreign)
    code, out, _ = run(capsys, "query", "--store", foreign, "SELECT ?o WHERE { ?s <http://example.org/b> ?o }")
    assert code == 0 and out.splitlines()[-1] == "c"
    code, _, err = run(capsys, "build", write_jsonl(tmp_path / "a.jsonl", ARTICLES[:1]), "--store", foreign, "-q")
    assert code == 2 and "an Oxigraph database kg did not make" in one_line(err)
    assert listing(foreign) == before


def test_a_store_missing_its_current_file_is_refused_not_reinitialised(capsys, tmp_path, store_copy):
    current = (store_copy / "CURRENT").read_bytes()
    (store_copy / "CURRENT").unlink()
    before = listing(store_copy)
    later = write_jsonl(tmp_path / "later.jsonl", [LATER])
    code, _, err = run(capsys, "build", later, "--store", store_copy, "-q")
    assert code == 2 and "is damaged" in one_line(err) and "nothing was changed" in err
    assert listing(store_copy) == before
    (store_copy / "CURRENT").write_bytes(current)
    with ArticleStore.open(store_copy, read_only=True) as st:
        assert sorted(st.articles) == ["h1", "h2"]


def test_a_corrupted_store_gives_one_line_and_no_traceback(capsys, store_copy):
    for sst in store_copy.glob("*.sst"):
        data = bytearray(sst.read_bytes())
        middle = len(data) // 3
        data[middle:middle + 64] = bytes(64)
        sst.write_bytes(bytes(data))
    code, out, err = run(capsys, "events", "--store", store_copy)
    assert code == 2 and "is damaged" in one_line(err) and "kg export" in err


def test_a_full_disk_during_a_build_keeps_the_earlier_articles(tmp_path):
    """RLIMIT_FSIZE makes every write past 2 MB fail (EFBIG), as a full disk does (ENOSPC)."""
    many = [{"id": f"d{i}", "text": f"Country number {i} talks. " + " ".join(
        f"France condemned Iran over test {i}-{j}." for j in range(20))} for i in range(60)]
    articles = write_jsonl(tmp_path / "many.jsonl", many)
    store = tmp_path / "store"

    def limit_files():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (2_000_000, 2_000_000))

    result = subprocess.run([str(KG), "build", str(articles), "--store", str(store), "-q"], capture_output=True,
                            text=True, preexec_fn=limit_files, timeout=600)
    assert result.returncode == 2, result.stderr
    line = one_line(result.stderr)
    assert "file too large" in line and "was not written" in line and "are kept" in line
    with ArticleStore.open(store, read_only=True) as st:
        kept = len(st)
    assert 0 < kept < len(many)
    assert f"the {kept} articles" in line or f"{kept} articles stored before" in line


def test_a_full_disk_on_stdout_is_one_line(tmp_path, built_store):
    with open("/dev/full", "wb") as full:
        result = subprocess.run([str(KG), "export", "--store", str(built_store), "-o", "-"], stdout=full,
                                stderr=subprocess.PIPE, text=True, timeout=120)
    assert result.returncode == 2 and one_line(result.stderr) == "kg: error: No space left on device"


# ------------------------------------------------------------------ outputs never overwrite inputs

def test_an_output_that_is_an_input_or_inside_the_store_is_refused(capsys, tmp_path, store_copy):
    graph = tmp_path / "g.ttl"
    assert main(["export", "--store", str(store_copy), "-o", str(graph)]) == 0
    capsys.readouterr()
    before = graph.read_bytes()
    for argv in (["viz", graph, "-o", graph], ["build", graph, "-o", tmp_path / "." / "g.ttl"],
                 ["build", graph, "-o", tmp_path / "new.ttl", "--html", graph],
                 ["analyze", graph, "--export", graph]):
        code, _, err = run(capsys, *argv)
        assert code == 2 and "refusing to write" in one_line(err) and "nothing was written" in err, argv
    assert graph.read_bytes() == before
    store_before = listing(store_copy)
    code, _, err = run(capsys, "export", "--store", store_copy, "-o", store_copy / "CURRENT")
    assert code == 2 and "inside the store" in one_line(err)
    assert listing(store_copy) == store_before


# ------------------------------------------------------------------ SPARQL never fetches

class Recorder(http.server.BaseHTTPRequestHandler):
    hits: list = []

    def do_GET(self):
        Recorder.hits.append(self.path)
        body = b"<http://example.org/a> <http://example.org/b> <http://example.org/c> ."
        self.send_response(200)
        self.send_header("Content-Type", "text/turtle")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_POST = do_GET

    def log_message(self, *args):
        pass


@pytest.fixture()
def outside():
    """A local HTTP server that records every request it receives: none must arrive."""
    Recorder.hits = []
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Recorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def outside_queries(url: str, local_file: Path) -> list[str]:
    return [
        f"SELECT * FROM <{url}/from> WHERE {{ ?s ?p ?o }}",
        f"SELECT * FROM NAMED <{url}/named> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ SERVICE <{url}/sparql> {{ ?s ?p ?o }} }}",
        f"ASK {{ ?s ?p ?o FILTER EXISTS {{ SERVICE SILENT <{url}/sparql> {{ ?s ?p ?o }} }} }}",
        f"SELECT * FROM <{local_file.as_uri()}> WHERE {{ ?s ?p ?o }}",
    ]


def test_from_and_service_are_refused_by_both_engines_and_kg_query(capsys, tmp_path, outside, built_store):
    secret = tmp_path / "secret.ttl"
    secret.write_text("<http://example.org/s> <http://example.org/p> \"secret\" .\n")
    graph = tmp_path / "g.ttl"
    assert main(["export", "--store", str(built_store), "-o", str(graph)]) == 0
    capsys.readouterr()
    for text in outside_queries(outside, secret):
        for source in (str(graph), str(built_store)):
            with pytest.raises(QueryError, match="^refused: .*never fetches anything"):
                run_query(source, text)
        code, out, err = run(capsys, "query", graph, text)
        assert code == 2 and "refused" in one_line(err) and "secret" not in out + err
    for update in (f"LOAD <{outside}/load>", f"INSERT {{ ?s ?p ?o }} USING <{outside}/using> WHERE {{ ?s ?p ?o }}"):
        with pytest.raises(QueryError, match="^refused"):
            run_query(str(graph), update, allow_update=True)
    assert Recorder.hits == []


def test_a_json_ld_graph_with_a_remote_context_is_refused_unfetched(capsys, tmp_path, outside):
    graph = tmp_path / "remote.jsonld"
    graph.write_text(json.dumps({"@context": [f"{outside}/context", {"name": "http://schema.org/name"}],
                                 "@id": "http://example.org/a", "name": "A"}))
    code, _, err = run(capsys, "events", graph)
    assert code == 2 and "refused: the JSON-LD @context" in err and "never fetches" in err
    assert Recorder.hits == []


# ------------------------------------------------------------------ kg serve: limits, no fetching, following the store

CARTESIAN = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


def cpu_seconds(processes) -> float:
    total = 0.0
    for process in processes:
        try:
            times = process.cpu_times()
            total += times.user + times.system
        except psutil.NoSuchProcess:
            pass
    return total


def test_serve_refuses_from_and_service_and_fetches_nothing(outside, built_store, tmp_path):
    with KgServe(built_store, "--no-viewer") as server:
        for text in outside_queries(outside, tmp_path / "x.ttl"):
            answer = server.query(text)
            assert answer.status_code == 403 and answer.text.startswith("refused"), answer.text
        refused = httpx.get(f"{server.base}/query", params={"query": "ASK { ?s ?p ?o }",
                                                              "default-graph-uri": f"{outside}/dg"}, timeout=30)
        assert refused.status_code == 400
        assert server.query(ARTICLE_COUNT).json()["results"]["bindings"][0]["n"]["value"] == "2"
    assert Recorder.hits == []


def test_serve_timeout_kills_the_query_and_frees_the_cpu(built_store):
    with KgServe(built_store, "--no-viewer", "--timeout", "2") as server:
        before = {p.pid for p in server.descendants()}
        answer = server.query(CARTESIAN)
        assert answer.status_code == 503 and "stopped after 2 s" in answer.text
        time.sleep(1.0)  # the replacement worker starts
        after = server.descendants()
        killed = before - {p.pid for p in after}
        assert len(killed) == 1  # the query's worker process is gone ...
        spent = cpu_seconds(after)
        time.sleep(2.0)
        assert cpu_seconds(after) - spent < 0.5  # ... and nothing keeps computing
        assert server.query(ARTICLE_COUNT).status_code == 200  # the endpoint still answers


def test_serve_limits_result_size_and_queries_per_client(built_store):
    with KgServe(built_store, "--no-viewer", "--max-result-bytes", "2000", "--per-client", "1",
               "--timeout", "6") as server:
        big = server.query("SELECT * WHERE { ?s ?p ?o }")
        assert big.status_code == 413 and "larger than 2,000 bytes" in big.text
        slow = threading.Thread(target=server.query, args=(CARTESIAN,))
        slow.start()
        time.sleep(1.5)
        second = server.query(ARTICLE_COUNT)
        slow.join()
        assert second.status_code == 429 and "too many queries at once" in second.text


def test_serve_answers_from_the_store_after_a_later_build_and_remove(capsys, built_store, tmp_path):
    store = tmp_path / "live"
    shutil.copytree(built_store, store)
    with KgServe(store) as server:
        count = lambda: server.query(ARTICLE_COUNT).json()["results"]["bindings"][0]["n"]["value"]  # noqa: E731
        assert count() == "2"
        viewer = next(line.split()[-1] for line in server.lines if line.startswith("kg: viewer "))
        assert "Turkey" not in httpx.get(viewer, timeout=60).text
        later = write_jsonl(tmp_path / "later.jsonl", [LATER])
        assert main(["build", str(later), "--store", str(store), "-q"]) == 0  # while the server runs
        assert count() == "3"
        assert "Turkey" in httpx.get(viewer, timeout=60).text
        assert main(["remove", "--store", str(store), "h1"]) == 0
        assert count() == "2"


def test_serve_busy_port_and_nul_path_give_messages_not_tracebacks(capsys, built_store):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        code, _, err = run(capsys, "serve", "--store", built_store, "--port", taken.getsockname()[1], "--no-viewer")
    assert code == 2 and "address already in use" in one_line(err)
    with KgServe(built_store) as server:
        viewer = next(line.split()[-1] for line in server.lines if line.startswith("kg: viewer "))
        assert httpx.get(viewer + "%00", timeout=30).status_code == 404
        assert httpx.get(viewer + "..%2f..%2fetc%2fpasswd", timeout=30).status_code == 404
        assert httpx.get(viewer, timeout=30).status_code == 200
        rest = server.stop()
    assert "Traceback" not in rest


def test_serve_workers_die_with_a_killed_server(built_store):
    server = KgServe(built_store, "--no-viewer", "--timeout", "60")
    def spawned():
        # a child caught between fork and exec still shows the server's command line: look again until it has
        # become the worker
        return [p for p in server.descendants() if "spawn_main" in " ".join(p.cmdline())]

    deadline = time.monotonic() + 30
    while len(workers := spawned()) < 2 and time.monotonic() < deadline:
        time.sleep(0.1)
    assert len(workers) == 2
    def busy():
        try:
            server.query(CARTESIAN, timeout=70)
        except httpx.HTTPError:  # the server is killed under it
            pass

    threading.Thread(target=busy, daemon=True).start()
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and max(p.cpu_percent(0.5) for p in workers) < 50:
        pass  # until one of them is busy with the query
    server.proc.kill()
    server.proc.wait(10)
    gone, alive = psutil.wait_procs(workers, timeout=10)
    server.proc.stderr.close()
    assert alive == []


# ------------------------------------------------------------------ inputs

def test_deeply_nested_json_is_one_bad_line_and_the_good_lines_stay(tmp_path):
    path = tmp_path / "nested.jsonl"
    deep = '{"id": "deep", "text": ' + "[" * 100_000 + "]" * 100_000 + "}"
    path.write_text("\n".join([json.dumps(ARTICLES[0]), deep, json.dumps(ARTICLES[1])]) + "\n", encoding="utf-8")
    errors: list = []
    assert [a.id for a in read_articles([str(path)], errors=errors)] == ["h1", "h2"]
    assert [str(e) for e in errors] == [f"{path}:2: malformed JSON: nested too deeply"]


def test_closed_stdin_is_a_message(tmp_path):
    result = subprocess.run(["sh", "-c", f'exec "{KG}" build - -o "{tmp_path / "x.ttl"}" <&-'], capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 2, result.stderr
    assert "<stdin>: standard input is closed" in result.stderr and "Traceback" not in result.stderr


def test_utf16_and_utf32_with_a_byte_order_mark_are_text(tmp_path):
    (tmp_path / "u16.txt").write_bytes("Talks\nFrance condemned Iran.\n".encode("utf-16"))
    (tmp_path / "u32.jsonl").write_bytes((json.dumps(ARTICLES[1]) + "\n").encode("utf-32"))
    (tmp_path / "u16be.jsonl").write_bytes(b"\xfe\xff" + (json.dumps(LATER) + "\n").encode("utf-16-be"))
    errors: list = []
    articles = list(read_articles([str(tmp_path)], errors=errors))
    assert errors == []
    assert {a.id: a.text for a in articles} == {"u16": "France condemned Iran.\n", "h2": ARTICLES[1]["text"],
                                                "h3": LATER["text"]}


def test_impossible_dates_are_reported(tmp_path):
    records = [{**ARTICLES[0], "date": "2022-02-30"}, ARTICLES[1], {**LATER, "date": "2022-13-01"}]
    errors: list = []
    assert [a.id for a in read_articles([str(write_jsonl(tmp_path / "d.jsonl", records))], errors=errors)] == ["h2"]
    assert [str(e).split(": ", 1)[1] for e in errors] == [
        "date '2022-02-30' is not a real day (day is out of range for month)",
        "date '2022-13-01' is not a real day (month must be in 1..12)"]


def test_a_large_file_or_line_is_refused_with_its_real_size(tmp_path):
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    with pytest.raises(InputError, match=r"big.txt: too large: 52,428,800 bytes \(limit 2,000,000\)"):
        list(read_articles([str(big)]))
    huge = tmp_path / "huge.txt"  # under the byte limit, over spaCy's 1,000,000 characters
    huge.write_text("Title\n" + "France condemned Iran. " * 50_000, encoding="utf-8")
    with pytest.raises(InputError, match=r"huge.txt: too long: 1,150,0\d\d characters \(limit 1,000,000\)"):
        list(read_articles([str(huge)]))
    line = json.dumps({"id": "long", "text": "word " * 700_000})
    path = tmp_path / "long.jsonl"
    path.write_text(line + "\n" + json.dumps(ARTICLES[0]) + "\n", encoding="utf-8")
    errors: list = []
    assert [a.id for a in read_articles([str(path)], errors=errors)] == ["h1"]
    assert [str(e) for e in errors] == [f"{path}:1: too large: {len(line) + 1:,} bytes (limit {MAX_ARTICLE_BYTES:,})"]


def test_control_characters_are_escaped_before_a_terminal(capsys, tmp_path):
    article = tmp_path / "ansi.txt"
    article.write_text("Title\nFrance condemned Iran over the \x1b[31mmissile\x1b]0;owned\x07 tests.\n", encoding="utf-8")
    code, out, err = run(capsys, "events", article)
    assert code == 0 and "\x1b" not in out and "\x07" not in out and "\\x1b[31mmissile\\x1b]0;owned\\x07" in out
    graph = tmp_path / "ansi.ttl"
    assert main(["build", str(article), "-o", str(graph), "-q"]) == 0
    code, out, _ = run(capsys, "query", graph, "SELECT ?t WHERE { ?e <https://w3id.org/kg/ontology#topic> ?t }")
    assert code == 0 and "\x1b" not in out and "\\x1b[31m" in out
    code, out, _ = run(capsys, "events", article, "--format", "json")
    assert "\x1b" not in out and "\\u001b[31m" in out  # JSON escapes them itself
    code, _, err = run(capsys, "events", tmp_path / "no\x1b[2Jsuch.txt")
    assert "\x1b" not in err and "no\\x1b[2Jsuch.txt" in err


def test_build_workers_die_with_a_killed_parent(tmp_path):
    many = [{"id": f"w{i}", "text": " ".join(f"France condemned Iran over test {i}-{j}." for j in range(40))}
            for i in range(400)]
    articles = write_jsonl(tmp_path / "many.jsonl", many)
    proc = subprocess.Popen([str(KG), "build", str(articles), "-o", str(tmp_path / "out.ttl"), "--jobs", "2", "-q"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    parent = psutil.Process(proc.pid)
    deadline = time.monotonic() + 120
    workers = []
    while time.monotonic() < deadline and len(workers) < 2:
        workers = [p for p in parent.children(recursive=True) if "resource_tracker" not in " ".join(p.cmdline())]
        time.sleep(0.2)
    assert len(workers) >= 2, "the build did not start its workers"
    proc.kill()
    proc.wait(10)
    gone, alive = psutil.wait_procs(workers, timeout=10)
    assert alive == []


# ------------------------------------------------------------------ long sentences, linear extraction

def test_no_sentence_is_longer_than_the_limit():
    from kg.nlp import MAX_SENTENCE_TOKENS, load_pipeline

    nlp = load_pipeline()
    words = nlp(" ".join(["ambassadors talked"] * 3000))  # 6,000 tokens and no punctuation
    assert max(len(s) for s in words.sents) <= MAX_SENTENCE_TOKENS
    clauses = nlp("; ".join(["France condemned Iran"] * 1200) + ".")  # cut at a semicolon, not mid-clause
    for sent in clauses.sents:
        assert len(sent) <= MAX_SENTENCE_TOKENS
        assert sent[0].text == "France" and sent[-1].text in (";", ".")


def test_a_long_article_is_parsed_in_pieces_with_the_same_result():
    from kg.extract import extract_events_from_doc
    from kg.nlp import load_pipeline
    from kg.plain_text import join_wrapped_lines
    from kg.pipeline import LONG_ARTICLE_CHARS, PARSE_PIECE_CHARS, _parsed, _pieces

    nlp = load_pipeline()
    text = "A title\n" + "France condemned Iran over the missile tests. Germany urged China to act.\n" * 1500
    pieces = _pieces(text)
    assert len(text) > LONG_ARTICLE_CHARS and "".join(pieces) == text
    assert max(map(len, pieces)) <= PARSE_PIECE_CHARS and all(p.endswith("\n") for p in pieces[:-1])
    plain = "word " * 30_000  # no line break: cut at spaces
    assert "".join(_pieces(plain)) == plain and all(p.endswith(" ") for p in _pieces(plain)[:-1])
    ((doc, _),) = _parsed(nlp, [(text, None)])
    whole = nlp(join_wrapped_lines(text))  # its lines are long: each break only wraps (kg.nlp.join_wrapped_lines)
    assert doc.text == join_wrapped_lines(text) and len(doc.text) == len(text)
    assert [(e.type, e.agent.key, e.target.key, e.start, e.end) for e in extract_events_from_doc(doc)] == \
        [(e.type, e.agent.key, e.target.key, e.start, e.end) for e in extract_events_from_doc(whole)]


def test_the_gazetteer_matcher_finds_every_mention_of_a_long_text():
    """The phrase-table component (kg_gazetteer) that replaced spaCy's EntityRuler, whose overlap filter is
    quadratic in the number of matches: every one of hundreds of mentions is found and keeps its actor id."""
    from kg.nlp import load_pipeline

    doc = load_pipeline()(" ".join(f"Iran and the United States met {i} times." for i in range(400)))
    ids = [e.ent_id_ for e in doc.ents if e.ent_id_]
    assert ids.count("iran") == 400 and ids.count("united-states") == 400


def test_the_sentence_index_agrees_with_rescanning_the_sentence(seed_article):
    from kg.extract.events import _evidence, _SentenceIndex
    from kg.nlp import load_pipeline

    doc = load_pipeline()(seed_article.text)
    index = _SentenceIndex(doc)
    for tok in doc:
        assert index.root(tok) == tok.sent.root
        assert index.evidence(tok) == _evidence(tok.sent)
        assert index.according(tok) == [t for t in tok.sent if t.lower_ == "according"]
        assert index.entity_at(tok.i) == next((e for e in doc.ents if e.start <= tok.i < e.end), None)
        assert index.dates_under(tok) == [t for t in tok.subtree if t.ent_type_ in ("DATE", "TIME")]
