"""kg.analyze and `kg analyze`: the actor network of the seed graph, metrics, exports, the command."""
from __future__ import annotations

import argparse
import csv
import json
import random

import networkx as nx
import pytest

import kg
from conftest import shared_corpus
from kg.analyze import (analyze, balance, betweenness, communities, ego, export, find_node, most_active,
                        most_targeted, mutual_pairs, pagerank, reciprocity, shortest_chain, to_networkx, top)

ACT = "https://w3id.org/kg/actor/"
RUSSIA, US, SHOIGU = ACT + "russia", ACT + "united-states", ACT + "sergei-shoigu"


@pytest.fixture(scope="module")
def G(seed_graph):
    return to_networkx(seed_graph)


@pytest.fixture(scope="module")
def C(seed_graph):
    return to_networkx(seed_graph, by="country")


@pytest.fixture
def tiny():
    """A hand-made network: ru and us accuse each other, ru threatens ua, ua appeals to us."""
    H = nx.MultiDiGraph()
    H.add_node("ru", label="Russia", iso3="RUS")
    H.add_node("us", label="United States", iso3="USA")
    H.add_node("ua", label="Ukraine", iso3="UKR")
    H.add_edge("ru", "us", key="e1", event_type="Accuse", goldstein=-2.0, quad_class=3)
    H.add_edge("ru", "us", key="e2", event_type="Accuse", goldstein=-2.0, quad_class=3)
    H.add_edge("us", "ru", key="e3", event_type="Accuse", goldstein=-2.0, quad_class=3)
    H.add_edge("ru", "ua", key="e4", event_type="Threaten", goldstein=-6.0, quad_class=3)
    H.add_edge("ua", "us", key="e5", event_type="Appeal", goldstein=3.0, quad_class=1)
    return H


def test_public_api():
    assert kg.to_networkx is to_networkx
    assert "to_networkx" in kg.__all__


def test_projection_nodes_and_edges(G, seed_graph):
    assert isinstance(G, nx.MultiDiGraph)
    assert G.nodes[RUSSIA] == {"label": "Russia", "class": "State", "iso3": "RUS", "state": RUSSIA}
    assert G.nodes[SHOIGU]["class"] == "Person" and G.nodes[SHOIGU]["state"] == RUSSIA
    accusations = [d for _, _, d in G.edges(SHOIGU, data=True) if d["event_type"] == "Accuse"]
    assert accusations
    edge = accusations[0]
    assert edge["quad_class"] == 3 and edge["cameo"] == "11" and edge["goldstein"] == -2.0
    assert edge["verb"] == "accused" and edge["plover"] == "ACCUSE"
    assert edge["article"] == "russia-us-security-talks" and edge["sentence"] and edge["date"]
    assert edge["event"].startswith("https://w3id.org/kg/event/")
    # one edge per event with a target, keyed by the event IRI
    assert G.number_of_edges() == sum(1 for r in kg.event_rows(seed_graph)
                                      if r["target"] and r["modality"] != "negated" and not r["negated"])
    assert all(key == data["event"] for _, _, key, data in G.edges(keys=True, data=True))


def test_projection_by_country_rolls_people_up(C, G):
    assert SHOIGU not in C and ACT + "vladimir-putin" not in C
    assert RUSSIA in C and ACT + "nato" in C  # an IGO stays itself
    assert SHOIGU in C.nodes[RUSSIA]["members"]
    by_actor = sum(1 for u, v, d in G.edges(data=True) if d["event_type"] == "Accuse" and G.nodes[v].get("state") == US
                   and G.nodes[u].get("state") == RUSSIA)
    by_country = sum(1 for u, v, d in C.edges(RUSSIA, data=True) if v == US and d["event_type"] == "Accuse")
    assert by_country == by_actor >= 2
    assert C.number_of_edges() == G.number_of_edges()
    assert find_node(C, "Sergei Shoigu") == RUSSIA


def test_projection_filters(seed_graph, G):
    asserted = to_networkx(seed_graph, asserted_only=True)
    assert 0 < asserted.number_of_edges() < G.number_of_edges()
    assert {d["modality"] for _, _, d in asserted.edges(data=True)} == {"Asserted"}


def test_projection_from_an_oxigraph_store(seed_graph, G, tmp_path):
    import pyoxigraph as ox

    nq = kg.write_graph(seed_graph, tmp_path / "seed.nq")
    store = ox.Store(str(tmp_path / "store"))
    store.load(nq.read_bytes(), ox.RdfFormat.N_QUADS)
    S = to_networkx(store)
    assert sorted(S.edges(keys=True, data=True), key=repr) == sorted(G.edges(keys=True, data=True), key=repr)
    assert dict(S.nodes(data=True)) == dict(G.nodes(data=True))


def test_pagerank(G):
    scores = pagerank(G)
    assert sum(scores.values()) == pytest.approx(1.0)
    assert set(scores) == set(G)
    assert RUSSIA in top(scores, 3)
    assert pagerank(nx.MultiDiGraph()) == {}


def test_betweenness(G):
    scores = betweenness(G)
    assert set(scores) == set(G) and all(0.0 <= s <= 1.0 for s in scores.values())
    assert max(scores, key=scores.get) == RUSSIA


def test_activity(G, tiny, seed_graph):
    assert most_active(tiny)["Accuse"] == {"ru": 2, "us": 1}
    assert most_targeted(tiny)["Accuse"] == {"us": 2, "ru": 1}
    # counted from the event table, not from the network
    accused = [r["target"] for r in kg.event_rows(seed_graph) if r["type"] == "Accuse" and not r["negated"]]
    assert accused and most_targeted(G)["Accuse"] == {t: accused.count(t) for t in set(accused)}
    assert list(most_targeted(G)["Accuse"])[0] == US
    assert set(most_active(G)["Accuse"]) <= {RUSSIA, SHOIGU}
    assert list(most_active(G)["Mobilize"])[0] == RUSSIA


def _communities_in_another_process(path, hash_seed):
    import os
    import subprocess
    import sys

    script = ("import json, sys, kg; from kg.analyze import communities, to_networkx; "
              "print(json.dumps(communities(to_networkx(kg.load_graph(sys.argv[1])))))")
    done = subprocess.run([sys.executable, "-c", script, str(path)], capture_output=True, text=True, check=True,
                          env={**os.environ, "PYTHONHASHSEED": hash_seed})
    return json.loads(done.stdout)


def test_communities_partition_and_are_reproducible(G, tiny, seed_ttl):
    parts = communities(G)
    assert set(parts) == set(G)
    # reproducible: another process, with another hash seed, reading the graph from a file, finds the same
    assert parts == _communities_in_another_process(seed_ttl, hash_seed="7")
    assert sorted(set(parts.values())) == list(range(len(set(parts.values()))))
    two_blocs = nx.MultiDiGraph([("a", "b"), ("b", "c"), ("c", "a"), ("x", "y"), ("y", "z"), ("z", "x"), ("a", "x")])
    p = communities(two_blocs)
    assert p["a"] == p["b"] == p["c"] != p["x"] == p["y"] == p["z"]


def test_communities_do_not_depend_on_the_order_events_arrive_in():
    # a random network on which Louvain split differently when the same edges came in reverse order
    rng = random.Random(1)
    for _ in range(6):
        edges = [(f"n{rng.randrange(14)}", f"n{rng.randrange(14)}") for _ in range(30)]
    forward = communities(nx.MultiDiGraph(edges))
    backward = communities(nx.MultiDiGraph(list(reversed(edges))))
    shuffled = list(edges)
    random.Random(3).shuffle(shuffled)
    assert forward == backward == communities(nx.MultiDiGraph(shuffled))


def test_reciprocity_detects_the_mutual_pair(tiny, G):
    assert mutual_pairs(tiny) == {"Accuse": [{"a": "ru", "b": "us", "a_to_b": 2, "b_to_a": 1}]}
    assert mutual_pairs(tiny, types=["Threaten"]) == {}
    assert reciprocity(tiny) == pytest.approx(2 / 4)
    assert 0.0 < reciprocity(G) < 1.0


def test_balance_matches_the_named_query(tiny, G, seed_graph):
    b = balance(tiny)
    assert b[("ru", "us")] == {"goldstein": -4.0, "events": 2, "verbal_cooperation": 0, "material_cooperation": 0,
                               "verbal_conflict": 2, "material_conflict": 0}
    assert list(b)[0] == ("ru", "ua")  # most conflictual first
    columns, rows = kg.run_query(seed_graph, "conflict-cooperation-balance")
    from_query = {(r[columns.index("agent")], r[columns.index("target")]): r[columns.index("goldstein")] for r in rows}
    from_graph = {dyad: row["goldstein"] for dyad, row in balance(G).items()}
    assert from_graph == pytest.approx(from_query)


def test_ego(G):
    e = ego(G, "Russia")
    assert e["actor"] == RUSSIA and e["label"] == "Russia"
    assert US in e["nodes"] and ACT + "ukraine" in e["nodes"]
    assert e["out"]["Mobilize"][ACT + "ukraine"] >= 1
    assert e["in"]["Criticize"][US] >= 1
    with pytest.raises(KeyError, match="did you mean"):
        ego(G, "Rusia")


def test_shortest_chain(G, tiny):
    chain = shortest_chain(tiny, "Ukraine", "us")
    assert chain["path"] == ["ua", "us"] and chain["events"][0]["type"] == "Appeal"
    chain = shortest_chain(G, "Crimea", "NATO")
    assert chain["path"][0] == ACT + "crimea" and chain["path"][-1] == ACT + "nato"
    assert len(chain["events"]) == len(chain["path"]) - 1
    for step, (a, b) in zip(chain["events"], zip(chain["path"], chain["path"][1:])):
        assert {step["agent"], step["target"]} == {a, b} and step["sentence"]
    lonely = nx.MultiDiGraph([("a", "b")]); lonely.add_node("z")
    assert shortest_chain(lonely, "a", "z") == {"path": [], "events": []}


def _read_back(paths):
    """An exported network read back with networkx (the CSV pair as pandas would hand it over)."""
    (first, *rest) = paths
    if first.suffix == ".graphml":
        return nx.read_graphml(first)
    if first.suffix == ".gexf":
        return nx.read_gexf(first)
    with first.open(encoding="utf-8") as handle:
        nodes = list(csv.DictReader(handle))
    with rest[0].open(encoding="utf-8") as handle:
        edges = list(csv.DictReader(handle))
    back = nx.MultiDiGraph()
    for row in nodes:
        back.add_node(row.pop("id"), **row)
    for row in edges:
        back.add_edge(row.pop("source"), row.pop("target"), key=row["event_type"], **row)
    return back


@pytest.mark.parametrize("suffix", [".graphml", ".gexf", ".csv"])
def test_export_round_trips_every_attribute(G, tmp_path, suffix):
    paths = export(G, tmp_path / f"net{suffix}")
    back = _read_back(paths)
    assert set(back.nodes()) == set(G.nodes())
    russia = back.nodes[RUSSIA]
    assert russia["label"] == "Russia"
    assert float(russia["pagerank"]) == round(pagerank(G)[RUSSIA], 6)
    assert int(russia["community"]) == communities(G)[RUSSIA]
    assert int(russia["degree"]) == G.degree(RUSSIA) > 0
    to_us = [d for u, v, d in G.edges(SHOIGU, data=True) if d["event_type"] == "Accuse" and v == US]
    (edge,) = [d for u, v, d in back.edges(data=True) if u == SHOIGU and v == US and d["event_type"] == "Accuse"]
    assert int(float(edge["weight"])) == len(to_us) > 0
    assert edge["label"] == "accused" and float(edge["goldstein"]) < 0
    assert sum(float(d["weight"]) for _, _, d in back.edges(data=True)) == G.number_of_edges()
    assert "type" not in edge  # GEXF and Gephi's spreadsheet import reserve it
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_export_csv_pair_is_gephi_ready(G, tmp_path):
    nodes, edges = export(G, tmp_path / "net.csv")
    assert (nodes.name, edges.name) == ("net.nodes.csv", "net.edges.csv")
    with nodes.open(encoding="utf-8") as handle:
        node_header = next(csv.reader(handle))
    with edges.open(encoding="utf-8") as handle:
        edge_header = next(csv.reader(handle))
    # Gephi's spreadsheet import reads these names (any case) as its own id/label and source/target/weight/label
    assert node_header[:2] == ["id", "label"]
    assert edge_header[:4] == ["source", "target", "weight", "label"] and "type" not in edge_header
    from kg.errors import FormatError

    with pytest.raises(FormatError):
        export(G, tmp_path / "net.xlsx")


def test_analyze_report_and_command(seed_graph, tmp_path, capsys):
    report = analyze(seed_graph, actor="Russia", path=("Crimea", "NATO"))
    assert "Russia" in list(report["pagerank"])[:3]
    assert report["ego"]["actor"] == "Russia" and report["path"]["path"][0] == "Crimea"
    json.dumps(report)  # plain data

    from kg.commands import analyze as command

    parser = argparse.ArgumentParser(prog="kg")
    command.register(parser.add_subparsers(dest="command"))
    trig = kg.write_graph(seed_graph, tmp_path / "seed.trig")
    args = parser.parse_args(["analyze", str(trig), "--by", "country", "--format", "json",
                              "--export", str(tmp_path / "net.gexf"), "--actor", "Sergei Shoigu"])
    assert args.func(args) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["summary"]["by"] == "country" and out["ego"]["actor"] == "Russia"
    assert nx.read_gexf(tmp_path / "net.gexf").number_of_nodes() == out["summary"]["actors"]
    args = parser.parse_args(["analyze", str(trig), "--path", "Ukraine", "NATO"])
    assert args.func(args) == 0
    text = capsys.readouterr().out
    assert "PageRank" in text and "Shortest chain: Ukraine" in text


def test_analysis_of_the_corpus():
    graph = kg.build([str(shared_corpus())])
    for by in ("actor", "country"):
        report = analyze(graph, by=by)
        assert report["summary"]["events"] > 50
        G = to_networkx(graph, by=by)
        assert sum(pagerank(G).values()) == pytest.approx(1.0)
        assert set(communities(G)) == set(G)
    print("corpus top three by PageRank:", list(analyze(graph)["pagerank"])[:3])


def test_timeline_is_per_dyad_and_week():
    from kg.analyze.timeline import timeline

    def row(agent, target, date, quad, goldstein, negated=False):
        return {"agent": agent, "agent_label": agent.upper(), "target": target, "target_label": target.upper(),
                "date": date, "negated": negated, "quad_class": quad, "goldstein": goldstein}

    series = timeline([row("ru", "ua", "2022-02-21", 4, -10.0), row("ru", "ua", "2022-02-24", 4, -10.0),
                       row("ru", "ua", "2022-03-01", 1, 3.0), row("us", "ru", "2022-02-22", 3, -2.0),
                       row("us", "ru", "2022-02", 3, -2.0), row("us", "ru", "2022-02-23", 3, -2.0, negated=True)])
    assert [(r["week"], r["agent"], r["events"], r["conflict"], r["cooperation"], r["goldstein"]) for r in series["rows"]] == [
        ("2022-02-21", "ru", 2, 2, 0, -20.0), ("2022-02-21", "us", 1, 1, 0, -2.0), ("2022-02-28", "ru", 1, 0, 1, 3.0)]
    assert series["dyads"] == [("ru", "ua"), ("us", "ru")] and series["left_out"] == 1


def test_analyze_timeline_writes_csv_png_and_svg(tmp_path, capsys):
    from xml.etree import ElementTree

    from kg.commands import analyze as command

    article = kg.Article(id="t", text="Russia accused Ukraine of shelling the border. Ukraine criticized Russia.",
                         date="2022-02-23")
    trig = kg.write_graph(kg.build_graph([(article, kg.extract_events(article))]), tmp_path / "t.trig")
    parser = argparse.ArgumentParser(prog="kg")
    command.register(parser.add_subparsers(dest="command"))
    files = [tmp_path / "series.csv", tmp_path / "plot.png", tmp_path / "plot.svg"]
    args = parser.parse_args(["analyze", str(trig), *[a for f in files for a in ("--timeline", str(f))]])
    assert args.func(args) == 0
    assert "Timeline: 2 dyads over 1 weeks" in capsys.readouterr().out
    with files[0].open(encoding="utf-8") as handle:
        series = list(csv.DictReader(handle))
    assert {(r["week"], r["agent_label"], r["target_label"], r["conflict"]) for r in series} == {
        ("2022-02-21", "Russia", "Ukraine", "1"), ("2022-02-21", "Ukraine", "Russia", "1")}
    assert files[1].read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    svg = ElementTree.parse(files[2]).getroot()
    assert svg.tag.endswith("svg") and "Russia → Ukraine" in files[2].read_text(encoding="utf-8")
