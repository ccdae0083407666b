"""The fixture article (tests/fixtures/border-dispute.txt) through every stage: extraction, graph, table, named
queries on both engines, the network projection and the viewer.

The article was written for these tests: it has asserted, negated, reported, conditional, possible and future
events, so each filter (include_negated, asserted_only, conditional_only) and each column (negated, modality,
reported_by, condition) is seen keeping and dropping something. Every expected value is derived from
conftest.FIXTURE_EVENTS, the list written down by reading the article, never from another kg function.
"""
from __future__ import annotations

import csv
import io
from collections import Counter, namedtuple
from pathlib import Path

import pytest
from rdflib import RDF, RDFS, Literal

import kg
from conftest import FIXTURE_EVENTS
from kg.query import open_source, run_query
from kg.rdf.io import union_graph
from kg.rdf.kgo import ACT, KGO

E = namedtuple("E", "type agent target modality negated reported_by condition")
EVENTS = [E(*e) for e in FIXTURE_EVENTS]
ISO3 = {"Poland": "POL", "Belarus": "BLR", "Lithuania": "LTU", "Estonia": "EST", "Germany": "DEU", "France": "FRA"}
IRI = {label: ACT[label.lower()] for label in ISO3}
ARTICLE_ID = "border-dispute"
ARTICLE_DATE = "2023-03-14"
#: Every combination of the two switches the named queries share.
FILTERS = [{}, {"include_negated": True}, {"asserted_only": True}, {"asserted_only": True, "include_negated": True}]
MODALITY_NAMES = {"asserted": "Asserted", "negated": "Negated", "conditional": "Conditional",
                  "possible": "Possible", "future": "Future"}


def kept(e: E, asserted_only=False, include_negated=False) -> bool:
    """Whether a query with these switches keeps event ``e`` (the switches as the README defines them)."""
    if e.negated and not include_negated:
        return False
    return not asserted_only or e.modality == "asserted"


def test_the_fixture_has_every_kind_of_event():
    """Guard the fixture itself: each switch must have something to keep and something to drop."""
    assert {e.modality for e in EVENTS} == set(MODALITY_NAMES)
    assert sum(e.negated for e in EVENTS) == 2 and sum(e.reported_by is not None for e in EVENTS) == 1
    assert sum(e.condition is not None for e in EVENTS) == 2  # a threat and a proposal, each on a condition
    for filters in FILTERS[1:]:
        assert 0 < sum(kept(e, **filters) for e in EVENTS) != sum(kept(e) for e in EVENTS)


# ------------------------------------------------------------------------------------------ extraction

def test_extraction_gives_exactly_the_events_the_article_states(fixture_article):
    from kg.pipeline import extract_events

    events = extract_events(fixture_article)
    found = [(e.type, e.agent.label, e.target.label if e.target else None, e.modality.lower(), e.negated,
              e.reported_by.label if e.reported_by else None, e.condition) for e in events]
    assert found == FIXTURE_EVENTS
    for e in events:
        assert fixture_article.text[e.start:e.end] == e.sentence and e.sentence.endswith(".")


# ------------------------------------------------------------------------------------------ the graph

def _event_nodes(g):
    """{(type, agent label, target label): event IRI} read triple by triple (no SPARQL, no kg.table)."""
    found = {}
    for ev, agent in g.subject_objects(KGO.agent):
        (etype,) = [str(t).split("#")[1] for t in g.objects(ev, RDF.type)]
        target = g.value(ev, KGO.target)
        key = (etype, str(g.value(agent, RDFS.label)), str(g.value(target, RDFS.label)) if target else None)
        assert key not in found, key
        found[key] = ev
    return found


def test_graph_keeps_reporter_negation_modality_and_condition(fixture_graph):
    g = union_graph(fixture_graph)
    nodes = _event_nodes(g)
    assert set(nodes) == {(e.type, e.agent, e.target) for e in EVENTS}
    for e in EVENTS:
        ev = nodes[(e.type, e.agent, e.target)]
        assert g.value(ev, KGO.modality) == KGO[MODALITY_NAMES[e.modality]], e
        assert g.value(ev, KGO.negated) == Literal(e.negated), e
        assert g.value(ev, KGO.reportedBy) == (IRI[e.reported_by] if e.reported_by else None), e
        assert g.value(ev, KGO.condition) == (Literal(e.condition) if e.condition else None), e
    # the reporter is an actor described like any other
    assert g.value(IRI["Germany"], RDFS.label) == Literal("Germany")
    assert len(list(g.triples((None, KGO.reportedBy, None)))) == 1


def test_graph_conforms_to_the_shapes(fixture_graph):
    from kg.validate import validate_graph

    conforms, report = validate_graph(fixture_graph)
    assert conforms, report


# ------------------------------------------------------------------------------------------ the table

def _table_key(row):
    return (row["type"], row["agent_label"], row["target_label"], row["modality"], row["negated"], row["reported_by"])


def test_event_table_columns(fixture_graph, fixture_article):
    rows = kg.event_rows(fixture_graph)
    assert sorted(map(_table_key, rows)) == sorted(e[:6] for e in EVENTS)
    assert [r["start"] for r in rows] == sorted(r["start"] for r in rows)
    for r in rows:
        assert r["article"] == ARTICLE_ID
        assert r["agent_country"] == ISO3[r["agent_label"]] and r["target_country"] == ISO3[r["target_label"]]
        assert fixture_article.text[r["start"]:r["end"]] == r["sentence"]
    (future,) = [r for r in rows if r["modality"] == "future"]
    assert (future["date"], future["date_source"]) == ("2023-03", "text")  # "in March", against the article's date
    # the others say no date of their own: the article's, and the table says so
    assert {(r["date"], r["date_source"]) for r in rows if r is not future} == {("2023-03-14", "article")}


def test_events_command_prints_every_column_both_ways(capsys, fixture_path):
    from kg.cli import main

    assert main(["events", str(fixture_path), "--format", "csv", "--negated"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert sorted((r["type"], r["agent_label"], r["target_label"], r["modality"], r["negated"],
                   r["reported_by"] or None) for r in rows) == sorted(
        (e.type, e.agent, e.target, e.modality, "true" if e.negated else "false", e.reported_by) for e in EVENTS)
    assert main(["events", str(fixture_path), "--format", "table", "--negated"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == len(EVENTS) + 1
    assert Counter(line.split()[4] for line in lines[1:]) == Counter(e.modality for e in EVENTS)


# ------------------------------------------------------------------------------------------ named queries

@pytest.fixture(scope="module", params=["rdflib", "oxigraph"])
def source(request, fixture_graph):
    return open_source(fixture_graph, engine=request.param)


def ask(source, name, **params):
    columns, rows = run_query(source, name, params)
    return [dict(zip(columns, row)) for row in rows]


#: name -> (parameters, which events it is about, row -> key, event -> key)
EVENT_QUERIES = {
    "who-accused-whom": (
        {}, lambda e: e.type == "Accuse",
        lambda r: (r["accuser"], r["accused"], r["modality"], r["date"], r["article"]),
        lambda e: (e.agent, e.target, MODALITY_NAMES[e.modality], ARTICLE_DATE, ARTICLE_ID)),
    "accusations-against": (
        {"actor": "Belarus"}, lambda e: e.type == "Accuse" and e.target == "Belarus",
        lambda r: (r["accuser"], r["accused"], r["modality"]), lambda e: (e.agent, e.target, MODALITY_NAMES[e.modality])),
    "actor-timeline": (
        {"actor": "Lithuania"}, lambda e: "Lithuania" in (e.agent, e.target),
        lambda r: (r["agent_label"], r["type"], r["target_label"], r["role"]),
        lambda e: (e.agent, e.type, e.target, "agent" if e.agent == "Lithuania" else "target")),
    "events-between": (
        {"a": "Belarus", "b": "Poland"}, lambda e: {e.agent, e.target} == {"Belarus", "Poland"},
        lambda r: (r["agent_label"], r["type"], r["target_label"], r["modality"]),
        lambda e: (e.agent, e.type, e.target, MODALITY_NAMES[e.modality])),
    "evidence-for-edge": (
        {"agent": "Poland", "target": "Belarus"}, lambda e: (e.agent, e.target) == ("Poland", "Belarus"),
        lambda r: (r["event_type"], r["modality"]), lambda e: (e.type, MODALITY_NAMES[e.modality])),
    "who-proposed-what": (
        {}, lambda e: e.type == "Propose",
        lambda r: (r["proposer"], r["proposed_to"], r["modality"], r["date"]),
        # the meeting 'in March' is dated by the text, the conditional proposal by its article
        lambda e: (e.agent, e.target, MODALITY_NAMES[e.modality], ARTICLE_DATE if e.condition else "2023-03")),
    "threats-with-conditions": (
        {"conditional_only": False}, lambda e: e.type == "Threaten",
        lambda r: (r["threatener"], r["threatened"], r["condition"], r["modality"]),
        lambda e: (e.agent, e.target, e.condition, MODALITY_NAMES[e.modality])),
}


@pytest.mark.parametrize("filters", FILTERS, ids=["default", "include_negated", "asserted_only", "both"])
@pytest.mark.parametrize("name", sorted(EVENT_QUERIES))
def test_named_query_rows_with_each_filter(source, name, filters):
    params, about, row_key, event_key = EVENT_QUERIES[name]
    rows = ask(source, name, **params, **filters)
    expected = sorted(event_key(e) for e in EVENTS if about(e) and kept(e, **filters))
    assert sorted(map(row_key, rows)) == expected


def test_every_event_query_is_seen_keeping_and_dropping_events():
    """Each query above has a filter setting that drops one of its events and one that keeps it."""
    for name, (_, about, _, _) in EVENT_QUERIES.items():
        counts = {tuple(f): sum(1 for e in EVENTS if about(e) and kept(e, **f)) for f in FILTERS}
        assert len(set(counts.values())) > 1 and max(counts.values()) > 0, name


def test_threats_with_conditions_by_default_lists_the_conditional_threat_only(source):
    rows = ask(source, "threats-with-conditions")
    assert [(r["threatener"], r["threatened"], r["condition"]) for r in rows] == [
        ("Belarus", "Lithuania", "if it closed the border crossings")]


def test_mutual_accusations_need_the_negated_one(source):
    assert ask(source, "mutual-accusations") == []
    rows = ask(source, "mutual-accusations", include_negated=True)
    assert [({r["actor_a"], r["actor_b"]}, r["a_to_b"], r["b_to_a"]) for r in rows] == [
        ({"Belarus", "Lithuania"}, 1, 1)]


def test_events_by_country_counts(source):
    for filters in FILTERS:
        rows = ask(source, "events-by-country", **filters)
        expected = Counter((ISO3[e.agent], e.type, ISO3[e.target]) for e in EVENTS if kept(e, **filters))
        assert {(r["agent_country"], r["type"], r["target_country"]): r["events"] for r in rows} == expected, filters


def test_conflict_cooperation_balance_sums(source):
    goldstein = {"Accuse": -2.0, "Deny": -4.0, "Threaten": -6.0, "Attack": -9.5, "Sanction": -4.5,
                 "Propose": 4.5, "Criticize": -2.0}  # the CAMEO weights written in ontology/kg.ttl
    for filters in FILTERS:
        expected: dict = {}
        for e in EVENTS:
            if kept(e, **filters):
                total, count = expected.get((e.agent, e.target), (0.0, 0))
                expected[(e.agent, e.target)] = (total + goldstein[e.type], count + 1)
        rows = ask(source, "conflict-cooperation-balance", **filters)
        assert {(r["agent_label"], r["target_label"]): (r["goldstein"], r["events"]) for r in rows} == expected, filters


def test_denial_is_linked_to_the_accusation_it_answers(source):
    rows = ask(source, "denials-and-accusations")
    assert [(r["denier"], r["accuser"], r["accused"], r["link"]) for r in rows] == [
        ("Belarus", "Poland", "Belarus", "answers")]


def test_goldstein_weights_above_are_the_ontologys():
    from kg.rdf.ontology import event_types

    types = event_types()
    assert {t: types[t].goldstein for t in ("Accuse", "Deny", "Threaten", "Attack", "Sanction", "Propose",
                                             "Criticize")} == {
        "Accuse": -2.0, "Deny": -4.0, "Threaten": -6.0, "Attack": -9.5, "Sanction": -4.5, "Propose": 4.5,
        "Criticize": -2.0}


# ------------------------------------------------------------------------------------------ the network

def _edges(G):
    return sorted((G.nodes[u]["label"], G.nodes[v]["label"], d["event_type"]) for u, v, d in G.edges(data=True))


@pytest.mark.parametrize("filters", FILTERS, ids=["default", "include_negated", "asserted_only", "both"])
def test_to_networkx_keeps_what_the_switches_keep(fixture_graph, filters):
    from kg.analyze import to_networkx

    G = to_networkx(fixture_graph, **filters)
    assert _edges(G) == sorted((e.agent, e.target, e.type) for e in EVENTS if kept(e, **filters))
    for _, _, d in G.edges(data=True):
        assert d["negated"] is (d["modality"] == "Negated")


def test_negated_events_do_not_make_a_mutual_pair(fixture_graph):
    from kg.analyze import mutual_pairs, to_networkx

    assert mutual_pairs(to_networkx(fixture_graph)) == {}
    assert mutual_pairs(to_networkx(fixture_graph, include_negated=True)) == {
        "Accuse": [{"a": str(IRI["Belarus"]), "b": str(IRI["Lithuania"]), "a_to_b": 1, "b_to_a": 1}]}


# ------------------------------------------------------------------------------------------ the viewer

@pytest.fixture(scope="module")
def model(fixture_graph):
    from kg.visualize import viewer_model

    return viewer_model(fixture_graph)


def test_viewer_model_events_carry_every_column(model):
    actor_label = {iri: a["label"] for iri, a in model["actors"].items()}
    found = sorted((ev["type"], actor_label[ev["agent"]], actor_label[ev["target"]], ev["modality"], ev["negated"],
                    ev["reportedByLabel"], ev["condition"]) for ev in model["events"])
    assert found == sorted(FIXTURE_EVENTS)
    (reported,) = [ev for ev in model["events"] if ev["reportedByLabel"] is not None]
    assert reported["reportedBy"] == str(IRI["Germany"])
    assert {a["title"] for a in model["articles"]} == {
        "Frontier row: Poland and Belarus trade charges as neighbours weigh their options"}


def test_viewer_model_edges_group_events_per_dyad_and_type(model):
    actor_edges = [e for e in model["edges"] if e["level"] == "actor"]
    grouped = Counter((e["from"], e["to"], e["type"]) for e in actor_edges)
    assert set(grouped.values()) == {1}
    expected = Counter((str(IRI[e.agent]), str(IRI[e.target]), e.type) for e in EVENTS)
    assert {k: len(e["events"]) for e in actor_edges for k in [(e["from"], e["to"], e["type"])]} == dict(expected)
    # states roll up to themselves: the country level has the same edges
    country = sorted((e["from"], e["to"], e["type"]) for e in model["edges"] if e["level"] == "country")
    assert country == sorted(expected)


def test_viewer_model_parallel_edges_curve_apart(model):
    """Two edges between one pair (Belarus attacked and denied Poland) bend by different amounts; a lone one is
    straight."""
    actor_edges = {(e["from"], e["to"], e["type"]): e for e in model["edges"] if e["level"] == "actor"}
    pair = [actor_edges[(str(IRI["Belarus"]), str(IRI["Poland"]), t)] for t in ("Attack", "Deny")]
    roundness = sorted(e["smooth"]["roundness"] for e in pair)
    assert roundness[0] > 0 and roundness[0] != roundness[1]
    assert "smooth" not in actor_edges[(str(IRI["Germany"]), str(IRI["Belarus"]), "Criticize")]


def test_viewer_model_legend(model):
    # quad classes written in ontology/kg.ttl: verbal cooperation 1, verbal conflict 3, material conflict 4
    quad = {"Propose": "1", "Accuse": "3", "Criticize": "3", "Deny": "3", "Threaten": "3", "Attack": "4",
            "Sanction": "4"}
    counts = Counter(e.type for e in EVENTS)
    expected = sorted(((quad[t], t), counts[t]) for t in counts)
    assert [((t["quad"], t["name"]), t["count"]) for t in model["legend"]["types"]] == expected
    assert [(c["name"], c["count"]) for c in model["legend"]["classes"]] == [("State", len(ISO3))]
    assert {a["cls"] for a in model["actors"].values()} == {"State"}
    assert (model["dateMin"], model["dateMax"]) == ("2023-03-01", "2023-03-31")  # "in March" spans the month


def test_viewer_model_shows_one_condition_the_same_each_time(fixture_graph):
    """An event with two conditions (two articles' wordings merged) shows the first in code-point order."""
    from rdflib import Dataset

    from kg.visualize import viewer_model

    copy = Dataset()
    for quad in fixture_graph.quads((None, None, None, None)):
        copy.add(quad)
    (threat,) = [s for s, _, _, c in copy.quads((None, KGO.condition, None, None))
                 if any(copy.quads((s, RDF.type, KGO.Threaten, None)))]
    graph = next(c for _, _, _, c in copy.quads((threat, KGO.condition, None, None)))
    copy.graph(graph).add((threat, KGO.condition, Literal("As long as the crossings stay open")))
    (event,) = [ev for ev in viewer_model(copy)["events"] if ev["iri"] == str(threat)]
    assert event["condition"] == "As long as the crossings stay open"  # "A" < "i"


def test_viewer_model_of_an_empty_graph():
    from rdflib import Dataset

    from kg.visualize import viewer_model

    empty = viewer_model(Dataset())
    assert (empty["nodes"], empty["edges"], empty["events"], empty["dateMin"]) == ([], [], [], None)


def test_viewer_panel_shows_reporter_condition_and_negation(fixture_graph, tmp_path):
    from playwright.sync_api import sync_playwright

    from kg.visualize import render_html, viewer_model

    chromium = Path("/usr/bin/chromium")
    assert chromium.is_file(), "the viewer test needs Debian's chromium: apt-get install -y chromium chromium-driver"
    page_path = tmp_path / "fixture.html"
    render_html(fixture_graph, page_path)
    edges = {(e["from"], e["to"], e["type"]): e["id"] for e in viewer_model(fixture_graph)["edges"]
             if e["level"] == "actor"}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(chromium), args=["--headless=new", "--no-sandbox",
                                                                         "--disable-gpu"])
        try:
            page = browser.new_page()
            page.goto(page_path.as_uri())
            page.wait_for_function("() => window.kgViewer && window.kgViewer.stabilized === true", timeout=60_000)

            # the page starts at the actor level (render_html's by_country defaults to False), every edge shown
            assert page.evaluate("() => kgViewer.state.level") == "actor"
            assert sorted(page.evaluate("() => kgViewer.edgesView.getIds()")) == sorted(edges.values())

            def panel(agent, target, etype):
                page.evaluate("(id) => kgViewer.selectEdge(id)", edges[(str(IRI[agent]), str(IRI[target]), etype)])
                page.wait_for_selector("#panel:not([hidden])")
                return " ".join(page.inner_text("#panel").split())

            attack = panel("Belarus", "Poland", "Attack")
            assert "Reported by Germany" in attack and "negated" not in attack
            threat = panel("Belarus", "Lithuania", "Threaten")
            assert "Condition if it closed the border crossings" in threat and "Reported by" not in threat
            denied = panel("Lithuania", "Belarus", "Accuse")
            assert "negated" in denied and "Modality negated" in denied
            plain = panel("Poland", "Belarus", "Accuse")
            assert "negated" not in plain and "Condition" not in plain and "Reported by" not in plain
        finally:
            browser.close()


def test_build_summary_counts_only_what_happened(fixture_graph):
    from kg.table import summary_lines

    rows = kg.event_rows(fixture_graph)
    lines = summary_lines(rows)
    not_asserted = [e for e in EVENTS if e.modality != "asserted" or e.negated]
    assert not_asserted  # the fixture has both kinds
    counted = sum(int(line.rsplit("(", 1)[1].rstrip(")")) for line in lines if "—" in line)
    assert counted == len([e for e in EVENTS if e.target and e.modality == "asserted" and not e.negated])
    assert lines[-1] == (f"({len([e for e in not_asserted if e.target])} more not asserted: negated, conditional, "
                         "future, possible or hypothetical)")


def test_viewer_draws_an_edge_that_did_not_happen_faint(model):
    happened = {(str(IRI[e.agent]), str(IRI[e.target]), e.type) for e in EVENTS
                if e.modality == "asserted" and not e.negated}
    actor_edges = {(e["from"], e["to"], e["type"]): e for e in model["edges"] if e["level"] == "actor"}
    faint = {k for k, e in actor_edges.items() if not e["asserted"]}
    assert faint and faint == set(actor_edges) - happened
    assert {actor_edges[k]["color"]["opacity"] for k in faint} == {0.3}
    assert all("not asserted" in actor_edges[k]["title"] for k in faint)
    assert {actor_edges[k]["color"]["opacity"] for k in happened} == {0.9}
