"""`kg build --dask ADDRESS`: extraction on a dask.distributed cluster gives the graph the local build gives."""
from __future__ import annotations

import io
import json
from pathlib import Path

import distributed
import pytest

import kg
from kg.cli import main
from kg.rdf.io import serialize
from kg.store import store_to_dataset
from conftest import shared_corpus


def nquads(dataset) -> bytes:
    buffer = io.BytesIO()
    serialize(dataset, "nq", buffer)
    return buffer.getvalue()


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None,
                                  silence_logs=40) as cluster:
        yield cluster


@pytest.fixture()
def articles(tmp_path) -> Path:
    """A dozen short articles of the shared corpus, one of them bad (no corpus: the test fails, it does not
    switch to made-up articles)."""
    corpus = shared_corpus()
    records = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    records = [r for r in records if len(r["text"]) < 1300][:12]
    assert len(records) == 12
    path = tmp_path / "articles.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records) + "{broken\n", encoding="utf-8")
    return path


def test_dask_build_equals_the_local_build(tmp_path, cluster, articles, capsys):
    local = kg.build([str(articles)], errors=[])
    assert len({r["article"] for r in kg.event_rows(local)}) > 6  # the articles have events to compare
    out = tmp_path / "dask.nq"
    code = main(["build", str(articles), "-o", str(out), "--dask", cluster.scheduler_address,
                 "--partition-size", "3", "-q"])
    err = capsys.readouterr().err
    assert code == 1 and f"kg: skipped {articles}:13: malformed JSON" in err, err
    assert out.read_bytes() == nquads(local)  # no blank nodes: equal sorted N-Quads means isomorphic
    graphs = {line.rsplit(b" ", 2)[-2] for line in out.read_bytes().splitlines()}
    assert len(graphs) == 13 and b"<https://w3id.org/kg/actor/>" in graphs  # 12 articles and the actors


def test_dask_build_into_a_store_and_again(tmp_path, cluster, articles, capsys):
    store = tmp_path / "store"
    code = main(["build", str(articles), "--store", str(store), "--dask", cluster.scheduler_address,
                 "--partition-size", "4"])
    err = capsys.readouterr().err
    assert code == 1 and "12 articles added, 0 replaced, 0 unchanged, 1 bad" in err, err
    assert nquads(store_to_dataset(store)) == nquads(kg.build([str(articles)], errors=[]))
    code = main(["build", str(articles), "--store", str(store), "--dask", cluster.scheduler_address])
    assert code == 1 and "0 articles added, 0 replaced, 12 unchanged" in capsys.readouterr().err


def test_unreachable_scheduler_is_a_clear_error(capsys, articles, tmp_path):
    import dask

    with dask.config.set({"distributed.comm.timeouts.connect": "2s"}):  # the client's wait (default 30 s)
        code = main(["build", str(articles), "-o", str(tmp_path / "x.nq"), "--dask", "tcp://127.0.0.1:1", "-q"])
    err = capsys.readouterr().err
    assert code == 2 and "cannot reach the dask scheduler at tcp://127.0.0.1:1" in err, err


def test_two_ids_with_one_slug_in_different_partitions_get_two_graphs(tmp_path, cluster, capsys):
    records = [{"id": "A 1", "text": "Russia accused Ukraine of shelling."},
               {"id": "b", "text": "China criticised Japan."},
               {"id": "a-1", "text": "NATO accused Russia of aggression."}]
    path = tmp_path / "slugs.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    local = kg.build([str(path)])
    out = tmp_path / "dask.nq"
    assert main(["build", str(path), "-o", str(out), "--dask", cluster.scheduler_address,
                 "--partition-size", "1", "-q"]) == 0
    assert out.read_bytes() == nquads(local)
    assert {r["article"] for r in kg.event_rows(kg.load_graph(out))} == {"A 1", "b", "a-1"}
    store = tmp_path / "store"
    assert main(["build", str(path), "--store", str(store), "--dask", cluster.scheduler_address,
                 "--partition-size", "1", "-q"]) == 0
    assert nquads(store_to_dataset(store)) == nquads(local)
