"""kg._atomic: the one atomic-write helper behind every output file (graphs, pages, exports)."""
from __future__ import annotations

import os
import stat

import networkx as nx
import pytest

import kg
from kg._atomic import atomic_file, write_atomic
from kg.analyze import export
from kg.errors import StoreError
from kg.visualize import render_html


@pytest.fixture
def umask_022():
    old = os.umask(0o022)
    yield
    os.umask(old)


def _mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_every_output_is_0644(umask_022, seed_graph, tmp_path):
    G = nx.MultiDiGraph()
    G.add_edge("a", "b", event_type="Accuse")
    written = [kg.write_graph(seed_graph, tmp_path / "g.ttl"), tmp_path / "g.html",
               *export(G, tmp_path / "net.gexf"), *export(G, tmp_path / "net.graphml"), *export(G, tmp_path / "net.csv")]
    render_html(seed_graph, tmp_path / "g.html")
    assert {p.name: _mode(p) for p in written} == {p.name: 0o644 for p in written}


def test_an_existing_file_keeps_its_mode(tmp_path):
    target = tmp_path / "private.txt"
    target.write_text("old")
    target.chmod(0o600)
    write_atomic(target, "new")
    assert (target.read_text(), _mode(target)) == ("new", 0o600)


def test_a_failure_leaves_the_old_file_and_no_temporary(tmp_path):
    target = tmp_path / "out.csv"
    target.write_text("old\n")
    with pytest.raises(RuntimeError, match="half-way"):
        with atomic_file(target, text=True) as handle:
            handle.write("new, half")
            raise RuntimeError("half-way")
    assert target.read_text() == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]


def test_an_unwritable_place_names_the_file(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("")
    with pytest.raises(StoreError, match=r"cannot write .*file/out\.ttl"):
        write_atomic(blocker / "out.ttl", b"x")
