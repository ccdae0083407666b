"""Events whose agent is unknown ('a car bomb killed four soldiers in X'): extraction (opt-in: the
``unknown_agents`` option, ``--unknown-agents``), RDF, SHACL, the event table, the network and the viewer. Every
sentence here is written for the behaviour it checks."""
from __future__ import annotations

import json

import pytest
from rdflib import RDF, Dataset, Graph, URIRef
from rdflib.compare import isomorphic

import kg
from kg import Article
from kg.pipeline import extract_events
from kg.rdf.build import build_graph
from kg.rdf.io import load_graph, write_graph
from kg.rdf.kgo import KGO
from kg.table import event_rows, format_rows

from helpers import KG, run, write_jsonl

ACT = "https://w3id.org/kg/actor/"
#: One attack by an unknown agent and one by a named agent, in one article.
TEXT = ("A roadside bomb killed three Afghan soldiers near Kandahar on Monday. "
        "Later that day Pakistan accused India of shelling the border.")
#: An article whose one event is an attack by no one named.
ONLY_AGENTLESS = "A roadside bomb killed two Somali soldiers outside Mogadishu on Thursday."


def _coded(text: str) -> list[tuple]:
    return sorted((e.type, e.agent.label if e.agent else None, e.target.label if e.target else None, e.modality)
                  for e in extract_events(text, unknown_agents=True) if e.type != "Statement")


def _agents_and_targets(rows: list[dict]) -> list[tuple]:
    return [(r["article"], r["type"], r["agent_label"], r["target_label"]) for r in rows]


# ------------------------------------------------------------------------------------------ the option

def test_an_agentless_attack_is_not_extracted_by_default():
    from kg.extract import extract_events_from_doc
    from kg.nlp import load_pipeline

    assert extract_events(ONLY_AGENTLESS) == []
    assert extract_events_from_doc(load_pipeline()(ONLY_AGENTLESS)) == []


def test_the_option_of_the_plain_function_extracts_it():
    from kg.extract import extract_events_from_doc
    from kg.nlp import load_pipeline

    events = extract_events_from_doc(load_pipeline()(ONLY_AGENTLESS), unknown_agents=True)
    assert [(e.type, e.agent, e.target.label, e.trigger) for e in events] == [("Attack", None, "Somalia", "killed")]


def test_the_default_leaves_every_other_event_as_it_was():
    with_option = [e for e in extract_events(TEXT, unknown_agents=True) if e.agent is not None]
    assert extract_events(TEXT) == with_option  # the option only adds the agentless attack


def test_kg_events_extracts_agentless_attacks_only_when_asked(tmp_path, capsys):
    articles = write_jsonl(tmp_path / "a.jsonl", [{"id": "u", "text": ONLY_AGENTLESS}, {"id": "n", "text": TEXT}])
    code, out, _ = run(capsys, "events", articles, "--format", "jsonl")
    assert code == 0
    assert _agents_and_targets(map(json.loads, out.splitlines())) == [("n", "Accuse", "Pakistan", "India")]
    code, out, _ = run(capsys, "events", articles, "--format", "jsonl", "--unknown-agents")
    assert code == 0
    assert sorted(_agents_and_targets(map(json.loads, out.splitlines())), key=str) == [
        ("n", "Accuse", "Pakistan", "India"), ("n", "Attack", None, "Afghanistan"), ("u", "Attack", None, "Somalia")]


def test_kg_build_passes_the_option_on(tmp_path, capsys):
    article = tmp_path / "bomb.txt"
    article.write_text("Bombing outside Mogadishu\n" + ONLY_AGENTLESS + "\n", encoding="utf-8")
    for flags, expected in (((), []), (("--unknown-agents",), [(None, "Somalia")])):
        out = tmp_path / f"bomb{len(flags)}.ttl"
        assert run(capsys, "build", article, "-o", out, "-q", *flags)[0] == 0
        rows = event_rows(load_graph([out]))
        assert [(r["agent_label"], r["target_label"]) for r in rows if r["type"] == "Attack"] == expected


def test_the_option_reaches_the_worker_processes_of_jobs_2(tmp_path):
    import subprocess

    # more articles than one chunk (8), so that both workers extract some
    records = [{"id": f"u{i}", "text": ONLY_AGENTLESS} for i in range(12)]
    articles = write_jsonl(tmp_path / "many.jsonl", records)
    for flags, expected in (((), []), (("--unknown-agents",), [(f"u{i}", "Attack", None, "Somalia")
                                                                for i in range(12)])):
        done = subprocess.run([str(KG), "events", str(articles), "--jobs", "2", "--format", "jsonl", *flags],
                              capture_output=True, text=True, timeout=600)
        assert done.returncode == 0, done.stderr
        rows = [json.loads(line) for line in done.stdout.splitlines()]
        assert sorted(_agents_and_targets(rows), key=lambda r: int(r[0][1:])) == expected


def test_a_dask_partition_gets_the_option():
    from kg.distributed import extract_partition

    article = Article(id="u", text=ONLY_AGENTLESS)
    for option, expected in ((False, []), (True, [(None, "Somalia")])):
        shard, failures = extract_partition([article], unknown_agents=option)
        assert failures == []
        rows = event_rows(Dataset().parse(data=shard, format="nquads"))
        assert [(r["agent_label"], r["target_label"]) for r in rows if r["type"] == "Attack"] == expected


def test_kg_events_help_says_the_option_is_off_by_default(capsys):
    code, out, _ = run(capsys, "events", "--help")
    assert code == 0
    assert "--unknown-agents" in out and "Off by default" in " ".join(out.split())


# ------------------------------------------------------------------------------------------ extraction

@pytest.mark.parametrize("text, expected", [
    # an instrument as subject: the target by the normal path's rules (here the place the soldiers were in)
    ("A car bomb killed four soldiers in Kandahar on Tuesday.", [("Attack", None, "Afghanistan", "Asserted")]),
    # a strike with a modifier that makes it a weapon's; an incident 'of' a weapon
    ("A drone strike killed three Yemeni soldiers.", [("Attack", None, "Yemen", "Asserted")]),
    ("The explosion of a car bomb killed two Iraqi policemen.", [("Attack", None, "Iraq", "Asserted")]),
    # a named victim group, the incident as subject
    ("An explosion at a busy market wounded dozens of civilians.", [("Attack", None, "civilians", "Asserted")]),
    # the present perfect passive happened
    ("Four Malian soldiers have been killed in a bomb attack.", [("Attack", None, "Mali", "Asserted")]),
    # a passive with the incident in a prepositional phrase and no 'by' agent
    ("Two Iraqi policemen were killed in a suicide bombing yesterday.", [("Attack", None, "Iraq", "Asserted")]),
    # a passive whose 'by' object is a weapon, not a doer
    ("Five Ukrainian soldiers were killed by a landmine last week.", [("Attack", None, "Ukraine", "Asserted")]),
    # CAMEO's 'DIE * (IN {SUICIDE BOMBING}) [:1831]': the subject underwent it
    ("Six Afghan soldiers died in a suicide bombing on Friday.", [("Attack", None, "Afghanistan", "Asserted")]),
    # reported by someone who did not do it: still the unknown agent's
    ("Officials said a mortar shell killed two Syrian children.", [("Attack", None, "Syria", "Asserted")]),
])
def test_an_attack_with_no_named_doer_is_coded_without_an_agent(text, expected):
    assert _coded(text) == expected


@pytest.mark.parametrize("text", [
    # not violence: a storm, an accident, a heart attack, a labour strike
    "A storm killed four people in Texas.",
    "Two Afghan soldiers were injured in a car accident in Kabul.",
    "A heart attack killed the president of Iran.",
    "The explosion of interest in Ukraine surprised Germany.",
    # a passive violent verb with no incident named may be an accident: nothing is read into it
    "Three Iraqi soldiers were killed near Mosul.",
    # a habit, not an event
    "Landmines kill thousands of Afghan children every year.",
    "Dozens of Afghan civilians are killed in air strikes every month.",
    # negated: nobody to code
    "No Iraqi soldiers were killed in the blast.",
    # figures of speech: a strike alone, an incident 'of' something that is no weapon, a verb of harm in a figure
    "The strike hit the economy of France hard last year.",
    "The blast of criticism hit the Canadian prime minister.",
    "The attack on the dollar hurt the Chinese government.",
])
def test_nothing_is_coded_without_violence_or_a_victim(text):
    assert _coded(text) == []


@pytest.mark.parametrize("text", [
    "A car bomb could kill dozens of Iraqi soldiers in Baghdad.",
    "If the rocket hits Israel, it would kill many Israeli civilians.",
    "Will a drone strike kill Syrian civilians?",
])
def test_an_irrealis_attack_by_no_one_named_is_not_asserted(text):
    events = extract_events(text, unknown_agents=True)
    assert not [e for e in events if e.agent is None]  # not asserted, nor coded as a bare possibility


@pytest.mark.parametrize("text, expected", [
    # the one who fired is the agent: the normal path codes it, no unknown agent beside it
    # (whom the rockets killed is whom the firing hit: docs/extraction.md 'Stop 53', deed_of_the_object)
    ("Russian forces fired rockets that killed six civilians in Kharkiv.", ("Russia", "civilians")),
    # a weapon owned by a named actor names its agent
    ("An Israeli air strike killed five Hamas fighters in Gaza.", ("Israel", "Hamas")),
    # a doer named in the passive
    ("Five Iraqi soldiers were killed by Turkish troops.", ("Turkey", "Iraq")),
])
def test_an_agent_named_anywhere_in_the_clause_keeps_the_normal_path(text, expected):
    events = [e for e in extract_events(text, unknown_agents=True) if e.type == "Attack"]
    assert events and all(e.agent is not None for e in events)
    assert (events[0].agent.label, events[0].target.label if events[0].target else None) == expected


# ------------------------------------------------------------------------------------------ RDF and SHACL

@pytest.fixture(scope="module")
def article_events():
    article = Article(id="agentless-1", text=TEXT, date="2024-03-04")
    return article, extract_events(article, unknown_agents=True)


@pytest.fixture(scope="module")
def dataset(article_events):
    return build_graph([article_events])


def test_the_article_has_one_agentless_and_one_agented_attack(article_events):
    _, events = article_events
    coded = sorted((e.type, e.agent.label if e.agent else None, e.target.label) for e in events
                   if e.type != "Statement")
    assert coded == [("Accuse", "Pakistan", "India"), ("Attack", None, "Afghanistan")]


def test_an_agentless_event_has_no_agent_triple_and_no_rollup(dataset):
    g = _union(dataset)
    agentless = [ev for ev in g.subjects(RDF.type, KGO.Attack) if g.value(ev, KGO.agent) is None]
    assert len(agentless) == 1
    (ev,) = agentless
    assert str(g.value(ev, KGO.target)) == ACT + "afghanistan"
    for predicate in (KGO.agentRollUp, KGO.agentTop, KGO.agentText):
        assert g.value(ev, predicate) is None
    assert str(g.value(ev, KGO.targetTop)) == ACT + "afghanistan"  # the target's roll-up as for any event
    assert not list(g.subjects(KGO.attacked, URIRef(ACT + "afghanistan")))  # no shortcut edge from no one


def test_an_agentless_event_round_trips_and_validates(dataset, tmp_path):
    path = write_graph(dataset, tmp_path / "agentless.trig")
    again = load_graph([path])
    assert isomorphic(_union(dataset), _union(again))
    conforms, report = kg.validate_graph(again)
    assert conforms, report


def test_shapes_still_catch_two_agents_and_a_wrong_type_on_an_agentless_event(dataset):
    g = _union(dataset)
    (ev,) = [s for s in g.subjects(KGO.target, None) if g.value(s, KGO.agent) is None]
    broken = g + Graph()
    broken.remove((ev, None, KGO.Attack))
    conforms, report = kg.validate_graph(broken)
    assert not conforms and "exactly one event type" in report  # still targeted with no agent and no type
    twice = g + Graph()
    twice.add((ev, KGO.agent, URIRef(ACT + "russia")))
    twice.add((ev, KGO.agent, URIRef(ACT + "ukraine")))
    conforms, report = kg.validate_graph(twice)
    assert not conforms and "exactly one agent" in report


def _union(ds) -> Graph:
    g = Graph()
    for triple in (ds.triples((None, None, None)) if not isinstance(ds, Dataset) else
                   ((s, p, o) for s, p, o, _ in ds.quads((None, None, None, None)))):
        g.add(triple)
    return g


# ------------------------------------------------------------------------------------------ outputs

def test_jsonl_prints_an_unknown_agent_as_null_and_the_table_as_unknown():
    row = {"article": "a", "type": "Attack", "agent": None, "agent_label": None, "agent_country": None,
           "target": ACT + "iraq", "target_label": "Iraq", "target_country": "IRQ", "modality": "asserted",
           "date": None, "topic": "three soldiers"}
    (line,) = format_rows([row], "jsonl").splitlines()
    printed = json.loads(line)
    assert (printed["agent"], printed["agent_label"], printed["agent_country"]) == (None, None, None)
    table = format_rows([row], "table").splitlines()
    assert table[1].split()[:4] == ["a", "Attack", "(unknown)", "Iraq"]
    assert format_rows([row], "csv").splitlines()[1].startswith("a,,Attack,,,,,,")


def test_the_scorers_read_a_null_agent():
    import importlib.util

    from conftest import SHARED

    spec = importlib.util.spec_from_file_location("score_sentences", SHARED / "tools" / "score_sentences.py")
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    event = {"type": "Attack", "agent_label": None, "agent_country": None, "target_label": "Iraq",
             "target_country": "IRQ"}
    assert scorer.dyad_matches(event, [{"actorText": "gunmen"}], [{"actorText": "Iraqi soldiers", "code": "IRQMIL"}]) \
        is False


def test_the_event_table_has_a_row_for_the_agentless_event(dataset):
    rows = [r for r in event_rows(dataset) if r["type"] == "Attack"]
    assert [(r["agent"], r["agent_label"], r["agent_country"], r["target_label"]) for r in rows] == [
        (None, None, None, "Afghanistan")]
    assert "(unknown)" in format_rows(rows, "table")


def test_the_viewer_lists_the_agentless_event_without_an_edge(dataset):
    from kg.visualize import viewer_model

    model = viewer_model(dataset)
    agentless = [i for i, ev in enumerate(model["events"]) if ev["agent"] is None]
    assert len(agentless) == 1
    assert not [e for e in model["edges"] if set(e["events"]) & set(agentless)]
    assert any(n["id"] == ACT + "afghanistan" for n in model["nodes"])


def test_the_viewer_and_the_network_do_not_break_on_an_agentless_event(dataset, tmp_path):
    from kg.analyze import to_networkx
    from kg.visualize import render_html

    page = tmp_path / "agentless.html"
    render_html(dataset, page)
    assert "Pakistan" in page.read_text(encoding="utf-8")
    G = to_networkx(dataset)
    assert sorted((G.nodes[u]["label"], d["event_type"], G.nodes[v]["label"]) for u, v, d in G.edges(data=True)) == [
        ("Pakistan", "Accuse", "India")]  # who did what to whom: the unknown agent's attack is no edge


# ------------------------------------------------------------------------------------------ the store

def test_remove_and_replace_in_a_store_keep_working_with_an_agentless_event(tmp_path):
    import io

    from kg.build import build_to_store
    from kg.rdf.io import serialize
    from kg.store import ArticleStore, store_to_dataset

    def nquads(ds) -> bytes:
        buffer = io.BytesIO()
        serialize(ds, "nq", buffer)
        return buffer.getvalue()

    records = [{"id": "u1", "text": "A rocket killed two Israeli soldiers near Sderot on Sunday."},
               {"id": "n1", "text": "Egypt accused Israel of violating the truce."}]
    store = tmp_path / "store"
    build_to_store([str(write_jsonl(tmp_path / "both.jsonl", records))], store, unknown_agents=True)
    stored = _union(store_to_dataset(store))
    assert [str(o) for s in stored.subjects(RDF.type, KGO.Attack) if stored.value(s, KGO.agent) is None
            for o in stored.objects(s, KGO.target)] == [ACT + "israel"]
    conforms, report = kg.validate_graph(store_to_dataset(store))
    assert conforms, report
    with ArticleStore.open(store) as st:
        st.remove("n1")  # leaves the agentless article alone, as building it alone gives it
    assert nquads(store_to_dataset(store)) == nquads(kg.build([str(write_jsonl(tmp_path / "u1.jsonl", records[:1]))],
                                                              unknown_agents=True))
    replaced = [{"id": "u1", "text": "A rocket killed two Egyptian soldiers near Rafah on Sunday."}]
    build_to_store([str(write_jsonl(tmp_path / "u1b.jsonl", replaced))], store, unknown_agents=True)  # replaced
    assert nquads(store_to_dataset(store)) == nquads(kg.build([str(tmp_path / "u1b.jsonl")], unknown_agents=True))
    with ArticleStore.open(store) as st:
        st.remove("u1")
    assert not [q for q in store_to_dataset(store).quads((None, None, None, None))]


def test_the_viewer_shows_the_agentless_event_in_its_targets_details(dataset, tmp_path):
    from pathlib import Path

    from playwright.sync_api import sync_playwright

    from kg.visualize import render_html

    chromium = Path("/usr/bin/chromium")
    if not chromium.is_file():
        pytest.fail(f"{chromium} is missing: apt-get install -y chromium")
    page_path = tmp_path / "agentless.html"
    render_html(dataset, page_path)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(chromium), args=["--headless=new", "--no-sandbox"])
        page = browser.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(page_path.as_uri())
        page.wait_for_function("() => window.kgViewer && window.kgViewer.stabilized === true", timeout=60_000)
        page.evaluate("(id) => kgViewer.showNode(id)", ACT + "afghanistan")
        panel = " ".join(page.inner_text("#panel").split())
        browser.close()
    assert errors == []
    assert "unknown → Afghanistan" in panel and "roadside bomb" in panel


def test_the_weekly_timeline_leaves_an_agentless_event_out():
    from kg.analyze.timeline import timeline

    rows = [{"agent": agent, "agent_label": label, "target": ACT + "iraq", "target_label": "Iraq",
             "date": "2024-03-05", "negated": False, "quad_class": 4, "goldstein": -10.0}
            for agent, label in ((None, None), (ACT + "turkey", "Turkey"))]
    series = timeline(rows)
    assert [(r["agent_label"], r["target_label"], r["events"]) for r in series["rows"]] == [("Turkey", "Iraq", 1)]
