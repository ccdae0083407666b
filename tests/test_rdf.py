"""The RDF stage: the generated namespace, the graph model, serialisation, the event table, the SHACL shapes.

Extraction is tuned elsewhere, so these tests assert on structure and on robust facts of the seed article
(an Accuse event from Shoigu against the United States), not on exact events; the fixture article
(test_fixture_article.py) pins the exact events.
"""
from __future__ import annotations

from decimal import Decimal

import io
import re
from pathlib import Path

import pytest
from rdflib import OWL, RDF, RDFS, XSD, Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import PROV, SDO

import kg
from kg.errors import FormatError, InputError, KgError
from kg.ingest import Article
from kg.model import ActorRef, Event
from kg.rdf import namespace_gen
from kg.rdf.build import ACTORS_GRAPH, WD, article_iri, build_graph, event_iri, time_literal
from kg.rdf.io import FORMATS, load_graph, serialize, union_graph, write_graph
from kg.rdf.kgo import ACT, ART, EV, KGO, NIF
from kg.rdf.ontology import event_types
from kg.table import COLUMNS, event_rows, format_rows, summary_lines
from kg.validate import validate_graph



def _events(graph):
    return sorted({s for s, _, _, _ in graph.quads((None, KGO.agent, None, None))})


def _union(graph) -> Graph:
    return union_graph(graph)


def _serialize(dataset, fmt) -> bytes:
    buffer = io.BytesIO()
    serialize(dataset, fmt, buffer)
    return buffer.getvalue()


# ---------------------------------------------------------------- the generated namespace

def test_kgo_module_is_up_to_date_with_kg_ttl():
    generated = namespace_gen.render()
    current = namespace_gen.OUTPUT.read_text(encoding="utf-8")
    assert current == generated, "kg/rdf/kgo.py is stale: run python -m kg.rdf.namespace_gen"


def test_kgo_refuses_unknown_terms_and_knows_every_event_type():
    with pytest.raises(AttributeError):
        KGO.notATerm  # noqa: B018
    types = event_types()
    assert {"Accuse", "Threaten", "Meet", "Statement", "Attack"} <= set(types)
    for name, etype in types.items():
        assert KGO[name] == etype.iri
        assert etype.quad_class in (1, 2, 3, 4)
        if name == "Statement":
            assert etype.shortcut is None
        else:
            assert etype.shortcut is not None and str(etype.shortcut).startswith(str(KGO))
    assert str(ACT).endswith("/actor/") and str(EV).endswith("/event/") and str(ART).endswith("/article/")


# ---------------------------------------------------------------- the model

def test_seed_graph_has_one_named_graph_per_article_and_one_for_the_actors(seed_graph, seed_article):
    names = {c for _, _, _, c in seed_graph.quads((None, None, None, None))}
    assert names == {article_iri(seed_article.id), ACTORS_GRAPH}
    actors = seed_graph.graph(ACTORS_GRAPH)
    assert set(actors.subjects()) == set(actors.subjects(RDF.type)) and all(str(s).startswith(ACT) for s in actors.subjects())
    described = set(actors.subjects(RDF.type))
    named = {o for s, p, o in seed_graph.graph(article_iri(seed_article.id)) if str(o).startswith(ACT)}
    assert named and named <= described


def test_one_label_per_actor_whatever_the_order_of_the_articles():
    texts = [("x1", "Pierre Lefebvre accused Russia of lying."), ("x2", "Pierre LeFebvre accused Russia of lying.")]

    def labels(order):
        records = [(Article(id=i, text=t), kg.extract_events(Article(id=i, text=t))) for i, t in order]
        assert [[e.agent.label for e in events] for _, events in records] == [
            [t[:15]] for _, t in order]  # two spellings of one person met
        return sorted(str(o) for s, o in build_graph(records).graph(ACTORS_GRAPH).subject_objects(RDFS.label)
                      if "lefebvre" in str(s))

    assert labels(texts) == labels(texts[::-1]) == ["Pierre LeFebvre"]  # mixed case, then code-point order


def test_one_label_per_actor_when_articles_are_added_to_an_existing_graph():
    """Adding an article to a graph (kg build --store does) keeps the one label label_rank puts first."""
    texts = [("x1", "Pierre Lefebvre accused Russia of lying."), ("x2", "Pierre LeFebvre accused Russia of lying.")]

    def labels(order):
        ds = None
        for ident, text in order:
            article = Article(id=ident, text=text)
            events = kg.extract_events(article)
            assert [e.agent.label for e in events] == [text[:15]]
            ds = build_graph([(article, events)], dataset=ds)
        return sorted(str(o) for s, o in ds.graph(ACTORS_GRAPH).subject_objects(RDFS.label) if "lefebvre" in str(s))

    assert labels(texts) == labels(texts[::-1]) == ["Pierre LeFebvre"]  # mixed case, then code-point order


def test_build_graph_uses_the_article_names_it_is_given():
    a, b = _article(ident="first"), _article(ident="second")
    ds = build_graph([(a, []), (b, [])], names={"first": "https://w3id.org/kg/article/chosen-1"})
    names = {str(c) for _, _, _, c in ds.quads((None, None, None, None))}
    assert names == {"https://w3id.org/kg/article/chosen-1", str(ART["second"])}


def test_article_triples(seed_graph, seed_article):
    g = _union(seed_graph)
    art = article_iri(seed_article.id)
    assert (art, RDF.type, KGO.Article) in g and (art, RDF.type, SDO.NewsArticle) in g
    assert g.value(art, SDO.identifier) == Literal(seed_article.id)
    assert g.value(art, KGO.contentHash) == Literal(seed_article.content_hash)
    assert g.value(art, SDO.headline) == Literal(seed_article.title)
    assert g.value(art, SDO.datePublished) == Literal(seed_article.date, datatype=XSD.date)
    assert g.value(art, SDO.publisher) == Literal(seed_article.source)
    extractors = [str(o) for o in g.objects(None, KGO.extractor)]
    assert len(extractors) == 1 and extractors[0].startswith(f"kg {kg.__version__}; spaCy pipeline ")


def test_ontology_is_not_copied_in(seed_graph):
    g = _union(seed_graph)
    assert not list(g.triples((KGO.Accuse, None, None)))
    assert not list(g.triples((None, RDFS.subClassOf, None)))


def test_some_accuse_event_against_the_united_states_with_its_shortcut(seed_graph):
    g = _union(seed_graph)
    shoigu, us = ACT["sergei-shoigu"], ACT["united-states"]
    assert g.value(shoigu, RDFS.label) == Literal("Sergei Shoigu")
    found = [ev for ev in g.subjects(RDF.type, KGO.Accuse) if g.value(ev, KGO.agent) == shoigu
             and g.value(ev, KGO.target) == us]
    assert found, "no Accuse event of Shoigu against the United States"
    assert (shoigu, KGO.accused, us) in g


def test_shortcut_triples_only_for_targeted_non_statement_events(seed_graph):
    g = _union(seed_graph)
    types = event_types()
    by_shortcut = {t.shortcut: t for t in types.values() if t.shortcut is not None}
    expected = set()
    for ev in _events(seed_graph):
        (etype,) = [types[str(t)[len(str(KGO)):]] for t in g.objects(ev, RDF.type)]
        target = g.value(ev, KGO.target)
        if target is not None and etype.shortcut is not None:
            expected.add((g.value(ev, KGO.agent), etype.shortcut, target))
    actual = {(s, p, o) for s, p, o in g if p in by_shortcut}
    assert actual == expected and expected


def test_every_event_is_fully_described(seed_graph, seed_article):
    g = _union(seed_graph)
    art = article_iri(seed_article.id)
    events = _events(seed_graph)
    assert len(events) >= 5
    for ev in events:
        assert re.fullmatch(re.escape(str(EV)) + "[0-9a-f]{16}", str(ev))
        assert g.value(ev, PROV.wasDerivedFrom) == art
        assert g.value(ev, KGO.modality) in {KGO.Asserted, KGO.Negated, KGO.Conditional, KGO.Future, KGO.Possible}
        assert g.value(ev, KGO.negated).datatype == XSD.boolean
        confidence = g.value(ev, KGO.confidence)
        assert confidence.datatype == XSD.decimal and 0 <= confidence.toPython() <= 1
        for actor in [g.value(ev, KGO.agent), g.value(ev, KGO.target), g.value(ev, KGO.reportedBy)]:
            if actor is not None:
                assert str(actor).startswith(str(ACT))
                assert len(list(g.objects(actor, RDFS.label))) == 1
                assert g.value(actor, RDF.type) is not None
        time = g.value(ev, KGO.time)
        if time is not None:
            assert time.datatype in (XSD.date, XSD.gYearMonth, XSD.gYear)


def test_evidence_offsets_slice_the_article_text_to_the_sentence(seed_graph, seed_article):
    g = _union(seed_graph)
    art = article_iri(seed_article.id)
    events = _events(seed_graph)
    assert events
    for ev in events:
        evidence = g.value(ev, KGO.evidence)
        assert evidence == URIRef(f"{ev}-evidence")
        assert (evidence, RDF.type, NIF.String) in g
        begin, end = g.value(evidence, NIF.beginIndex), g.value(evidence, NIF.endIndex)
        assert begin.datatype == end.datatype == XSD.nonNegativeInteger
        assert g.value(evidence, NIF.referenceContext) == art
        assert seed_article.text[begin.toPython():end.toPython()] == str(g.value(evidence, NIF.anchorOf))


def test_actors_and_the_states_they_act_for_are_described(seed_graph):
    from kg.gazetteer import load_gazetteer

    g = _union(seed_graph)
    gazetteer = load_gazetteer()
    russia = ACT["russia"]
    assert g.value(russia, KGO.iso3) == Literal("RUS")
    assert (russia, RDF.type, KGO.State) in g
    for actor in set(g.subjects(RDFS.label, None)):
        key = str(actor)[len(str(ACT)):]
        entry = gazetteer.get(key)
        if entry is None:
            continue
        if entry.wikidata:
            assert (actor, OWL.sameAs, WD[entry.wikidata]) in g
        if entry.iso3:
            assert g.value(actor, KGO.iso3) == Literal(entry.iso3)
        assert {str(a) for a in g.objects(actor, RDFS.label)} == {entry.label}
    for _, boss in g.subject_objects(KGO.actsFor):
        assert g.value(boss, RDFS.label) is not None and g.value(boss, RDF.type) is not None


# ---------------------------------------------------------------- building from hand-made events

def _article(text="Russia accused the United States. The US denied it.", ident="Hand Made 1"):
    return Article(id=ident, text=text, title="t", date="2022-01-05")


def _body_of_a_state():
    """A gazetteer body that acts for a state with an ISO-3 code: (body, state)."""
    from kg.gazetteer import load_gazetteer

    gazetteer = load_gazetteer()
    for entry in gazetteer:
        state = gazetteer.state_of(entry.id)
        if entry.cls == "GovernmentBody" and entry.acts_for and state is not None and state.iso3:
            return entry, state
    pytest.fail("the gazetteer has no government body acting for a state")


RUSSIA = ActorRef("russia", "Russia", "State")
USA = ActorRef("united-states", "United States", "State")


def _event(type_, agent, target, start, end, trigger_start, **kw):
    text = _article().text
    return Event(type=type_, agent=agent, target=target, trigger="x", sentence=text[start:end], start=start, end=end,
                 trigger_start=trigger_start, trigger_end=trigger_start + 1, **kw)


def test_build_graph_from_hand_made_events():
    body, state = _body_of_a_state()
    spokesman = ActorRef("person/ivan-petrov", "Ivan Petrov", "Person", acts_for=body.id, role="spokesman")
    accuse = _event("Accuse", spokesman, USA, 0, 33, 7, time="2022-01", modality="Asserted", confidence=0.85)
    deny = _event("Deny", USA, RUSSIA, 34, 51, 41, answers=[accuse], time="2022", negated=False)
    said = _event("Statement", RUSSIA, None, 0, 33, 0, topic="something")
    ds = build_graph([(_article(), [accuse, deny, said])], model="test-model 1.0")
    g = union_graph(ds)
    art = article_iri("Hand Made 1")
    assert art == ART["hand-made-1"]
    acc, den, st = (event_iri("Hand Made 1", e) for e in (accuse, deny, said))
    assert (den, KGO.answers, acc) in g
    assert (ACT["person/ivan-petrov"], KGO.accused, ACT["united-states"]) in g
    assert (ACT["united-states"], KGO.denied, ACT["russia"]) in g
    assert g.value(acc, KGO.time) == Literal("2022-01", datatype=XSD.gYearMonth)
    assert g.value(den, KGO.time) == Literal("2022", datatype=XSD.gYear)
    from kg.extract.confidence import confidence_of  # kgo:confidence is derived, calibrated on dev gold

    assert g.value(acc, KGO.confidence).toPython() == Decimal(str(confidence_of(accuse)))
    assert g.value(st, KGO.target) is None
    # the person acts for a gazetteer body that acts for a state: the whole chain is described in the graph
    petrov = ACT["person/ivan-petrov"]
    assert g.value(petrov, KGO.role) == Literal("spokesman")
    assert (petrov, KGO.role, Literal("spokesman")) in ds.graph(art)  # the article's word, in its graph
    assert (petrov, KGO.actsFor, ACT[body.id]) in ds.graph(ACTORS_GRAPH)
    assert g.value(petrov, KGO.actsFor) == ACT[body.id]
    assert g.value(ACT[body.id], RDFS.label) == Literal(body.label)
    assert g.value(ACT[state.id], KGO.iso3) == Literal(state.iso3)
    assert [r["agent_country"] for r in event_rows(ds) if r["type"] == "Accuse"] == [state.iso3]
    assert validate_graph(ds)[0]
    assert "test-model 1.0" in str(g.value(URIRef(f"{art}/extraction"), KGO.extractor))


def test_build_graph_keeps_articles_whose_ids_slug_alike_apart():
    a, b = _article(ident="A 1"), _article(ident="a-1", text="Russia accused the United States again.")
    ds = build_graph([(a, []), (b, [])])
    names = {c for _, _, _, c in ds.quads((None, None, None, None))}
    assert len(names) == 2 and ART["a-1"] in names


def test_build_graph_refuses_an_event_type_the_ontology_lacks():
    with pytest.raises(KgError, match="'Gossip' is not defined in ontology/kg.ttl; choose one of: Accuse"):
        build_graph([(_article(), [_event("Gossip", RUSSIA, USA, 0, 33, 7)])])


@pytest.mark.parametrize("value, datatype", [
    ("2021-12-21", XSD.date), ("2021-12", XSD.gYearMonth), ("2021", XSD.gYear), ("last week", None),
])
def test_time_literal_typed_by_shape(value, datatype):
    assert time_literal(value).datatype == datatype


# ---------------------------------------------------------------- serialisation

def test_turtle_round_trip_is_isomorphic(seed_graph, seed_ttl):
    assert isomorphic(_union(seed_graph), Graph().parse(seed_ttl, format="turtle"))


@pytest.mark.parametrize("fmt", ["nt", "jsonld"])
def test_triple_formats_round_trip(seed_graph, tmp_path, fmt):
    path = write_graph(seed_graph, tmp_path / f"seed.{fmt}")
    assert isomorphic(_union(seed_graph), union_graph(load_graph(path)))


@pytest.mark.parametrize("fmt", ["trig", "nq"])
def test_quad_formats_round_trip_keep_named_graphs(seed_graph, tmp_path, fmt):
    path = write_graph(seed_graph, tmp_path / f"seed.{fmt}")
    loaded = load_graph(path)
    names = {c for _, _, _, c in seed_graph.quads((None, None, None, None))}
    assert {c for _, _, _, c in loaded.quads((None, None, None, None))} == names
    for name in names:
        assert isomorphic(seed_graph.graph(name), loaded.graph(name))


def test_two_builds_give_identical_bytes(seed_graph, seed_path):
    again = kg.build([str(seed_path)])
    for fmt in FORMATS:
        assert _serialize(seed_graph, fmt) == _serialize(again, fmt), fmt


def test_nt_and_nq_are_sorted_lines(seed_graph):
    for fmt in ("nt", "nq"):
        lines = _serialize(seed_graph, fmt).decode("utf-8").splitlines()
        assert lines == sorted(lines) and lines


def test_write_graph_unknown_format(tmp_path, seed_graph):
    with pytest.raises(FormatError, match=r"'xml'; choose one of: ttl, nt, jsonld, trig, nq"):
        write_graph(seed_graph, tmp_path / "x.ttl", "xml")
    with pytest.raises(FormatError, match=r"'\.rdf'"):
        write_graph(seed_graph, tmp_path / "x.rdf")
    assert not list(tmp_path.iterdir())


def test_write_graph_is_atomic(tmp_path, seed_graph, monkeypatch):
    target = tmp_path / "out.ttl"
    target.write_text("old contents\n")

    def broken(dataset, fmt, stream):
        stream.write(b"@prefix half: <")
        raise RuntimeError("disk on fire")

    monkeypatch.setattr("kg.rdf.io.serialize", broken)
    with pytest.raises(RuntimeError, match="disk on fire"):
        write_graph(seed_graph, target)
    assert target.read_text() == "old contents\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.ttl"]


@pytest.mark.parametrize("name, content, message", [
    ("bad.ttl", b"@prefix x: <http://x/> .\nx:a x:b ", "not valid turtle"),
    ("bad.nt", b"<http://x/a> <http://x/b> .\n", "not valid nt"),
    ("bad.jsonld", b"{not json", "not valid json-ld"),
    ("bad.trig", b"<http://x/g> { <http://x/a> <http://x/b> ", "not valid trig"),
    ("latin1.ttl", b'<http://x/a> <http://x/b> "caf\xe9" .\n', "not valid turtle"),
    ("graph.rdf", b"", "unknown graph format '.rdf'"),
])
def test_load_graph_names_the_file_and_the_parser_message(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InputError) as info:
        load_graph(path)
    assert str(info.value).startswith(f"{path}: ") and message in str(info.value)
    errors = []
    assert len(load_graph([path], errors=errors)) == 0 and len(errors) == 1


def test_load_graph_missing_file(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        load_graph(tmp_path / "missing.ttl")


# ---------------------------------------------------------------- the event table

def test_event_rows_shape_and_order(seed_graph, seed_article):
    rows = event_rows(seed_graph)
    assert rows and all(tuple(r) == COLUMNS for r in rows)
    keys = [(r["article"], r["start"], r["type"], r["agent"], r["target"] or "") for r in rows]
    assert keys == sorted(keys)
    for r in rows:
        assert r["article"] == seed_article.id
        assert isinstance(r["negated"], bool) and isinstance(r["confidence"], float)
        assert isinstance(r["quad_class"], int) and isinstance(r["start"], int)
        assert r["modality"] in {"asserted", "negated", "conditional", "future", "possible"}
        assert seed_article.text[r["start"]:r["end"]] == r["sentence"]
        assert (r["target"] is None) == (r["target_label"] is None)
    accuse = [r for r in rows if r["type"] == "Accuse" and r["agent_label"] == "Sergei Shoigu"
              and r["target_label"] == "United States"]
    assert accuse and all(r["cameo"] == "11" and r["plover"] == "ACCUSE" and r["quad_class"] == 3 for r in accuse)
    assert all(r["agent_country"] == "RUS" and r["target_country"] == "USA" for r in accuse)


def test_every_reporter_reaches_the_graph_and_the_table(seed_graph):
    """The seed's reported events: one kgo:reportedBy triple each, and the table's reported_by is its label."""
    g = _union(seed_graph)
    reporters = {str(ev): str(g.value(who, RDFS.label)) for ev, who in g.subject_objects(KGO.reportedBy)}
    assert len(reporters) >= 5
    rows = event_rows(seed_graph)
    assert {r["event"]: r["reported_by"] for r in rows if r["reported_by"] is not None} == reporters


def test_event_rows_same_from_every_format(seed_graph, tmp_path):
    rows = event_rows(seed_graph)
    for fmt in FORMATS:
        assert event_rows(load_graph(write_graph(seed_graph, tmp_path / f"g.{fmt}"))) == rows, fmt


def test_format_rows(seed_graph):
    import csv
    import json

    rows = event_rows(seed_graph)
    assert [json.loads(line) for line in format_rows(rows, "jsonl").splitlines()] == rows
    assert json.loads(format_rows(rows, "json")) == rows
    parsed = list(csv.DictReader(io.StringIO(format_rows(rows, "csv"))))
    assert len(parsed) == len(rows) and tuple(parsed[0]) == COLUMNS
    table = format_rows(rows, "table").splitlines()
    assert table[0].split() == ["article", "type", "agent_label", "target_label", "modality", "date", "topic"]
    assert len(table) == len(rows) + 1
    with pytest.raises(FormatError, match="choose one of: table, csv, jsonl, json"):
        format_rows(rows, "xlsx")


def test_summary_lines(seed_graph):
    lines = summary_lines(event_rows(seed_graph), top=100)
    assert any(re.fullmatch(r"Sergei Shoigu —accused→ United States \(\d+\)", line) for line in lines)


def test_event_rows_of_an_empty_graph():
    assert event_rows(Dataset()) == []


# ---------------------------------------------------------------- SHACL

def test_seed_graph_conforms_to_the_shapes(seed_graph):
    conforms, report = validate_graph(seed_graph)
    assert conforms, report


def test_shapes_catch_broken_events(seed_graph):
    g = _union(seed_graph) + Graph()  # a copy
    ev = _events(seed_graph)[0]
    g.add((ev, KGO.agent, ACT["nobody"]))
    g.add((ev, RDF.type, KGO.Meet if (ev, RDF.type, KGO.Meet) not in g else KGO.Accuse))
    g.set((ev, KGO.confidence, Literal("1.5", datatype=XSD.decimal)))
    g.set((ev, KGO.modality, ACT["russia"]))
    evidence = g.value(ev, KGO.evidence)
    g.remove((evidence, NIF.anchorOf, None))
    g.set((evidence, NIF.beginIndex, Literal(g.value(evidence, NIF.endIndex).toPython() + 1,
                                             datatype=XSD.nonNegativeInteger)))
    g.set((ACT["russia"], KGO.iso3, Literal("Rus")))
    art = g.value(ev, PROV.wasDerivedFrom)
    g.remove((art, KGO.contentHash, None))
    conforms, report = validate_graph(g)
    assert not conforms
    for needle in ["exactly one agent", "exactly one event type", "MaxInclusive", "InConstraintComponent",
                   "nif:anchorOf", "LessThanOrEquals", "ISO 3166-1 alpha-3", "contentHash", "exactly one rdfs:label"]:
        assert needle in report, needle
