"""The event table's rows written with each event (kgo:tableRow, kg.rdf.table_rows).

The invariant checked throughout: the row each event carries equals what the event table joined at query
time before rows were written (tests/data/event-table-joined.rq, every column found in the graphs), after
every build, write, replacement and removal, including when a later article changes an earlier actor's
label or whom it acts for; and kg never trusts a row it did not compute.
"""
from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Literal, URIRef

from kg.gazetteer import load_gazetteer
from kg.ingest import Article
from kg.model import ActorRef, Event
from kg.query import open_source, run_query
from kg.rdf.build import build_graph, event_iri
from kg.rdf.kgo import ACT, KGO
from kg.rdf.table_rows import RDF_JSON, ROW_COLUMNS
from kg.store import ArticleStore
from kg.table import event_rows

JOINED = Path(__file__).parent / "data" / "event-table-joined.rq"
UNITED_STATES = ActorRef("united-states", "United States", "State")
EVENT_TABLE_COLUMNS = ["event", "type", "agent", "target", "modality", "quadClass", "article", "cameo", "plover",
                       "agentLabel", "agentCountry", "targetLabel", "targetCountry", "topic", "sentence", "start",
                       "end", "date", "negated", "reportedBy", "confidence", "trigger", "source", "published",
                       "url", "goldstein", "place"]


def _body_and_state():
    gazetteer = load_gazetteer()
    for entry in gazetteer:
        parent = gazetteer.get(entry.acts_for) if entry.acts_for else None
        if entry.cls == "GovernmentBody" and parent is not None and parent.cls == "State":
            return entry, parent
    pytest.fail("the gazetteer has no government body acting directly for a state")


def _other_state(*not_these):
    for entry in load_gazetteer():
        if entry.cls == "State" and entry.id not in (*not_these, UNITED_STATES.key):
            return entry
    pytest.fail("the gazetteer has too few states")


def _article(ident: str, text: str) -> Article:
    return Article(id=ident, text=text, title="t", date="2023-03-01", url=f"https://example.org/{ident}")


def _accuse(text: str, agent: ActorRef, target: ActorRef, **more) -> Event:
    return Event(type="Accuse", agent=agent, target=target, trigger="accused", sentence=text, start=0,
                 end=len(text), trigger_start=text.index("accused"), trigger_end=text.index("accused") + 7, **more)


def _joined(source) -> dict:
    """{event: row} as the joined query finds it (the least value of each column where it gives several)."""
    columns, rows = run_query(source, JOINED)
    merged: dict = {}
    for row in rows:
        values = dict(zip(columns, row))
        event = values.pop("event")
        old = merged.setdefault(event, values)
        for key, value in values.items():
            if value is not None and (old[key] is None or (isinstance(value, str), value) < (isinstance(old[key], str), old[key])):
                old[key] = value
    return merged


def _written(store: ox.Store) -> dict:
    """{event: row} of the kgo:tableRow literals in ``store``."""
    found = {}
    for q in store.quads_for_pattern(None, ox.NamedNode(str(KGO.tableRow)), None, None):
        assert q.object.datatype.value == RDF_JSON
        assert q.subject.value not in found, "one row per event"
        row = json.loads(q.object.value)
        assert list(row) == list(ROW_COLUMNS)
        found[q.subject.value] = row
    return found


def _check(store: ox.Store) -> dict:
    written = _written(store)
    assert written == _joined(store)
    return written


def test_a_row_holds_every_column_the_joined_table_gives():
    body, state = _body_and_state()
    text = "A spokesman of the body accused the United States of lying, a minister said in the capital."
    spokesman = ActorRef("person/olga-sample", "Olga Sample", "Person", acts_for=body.id)
    event = _accuse(text, spokesman, UNITED_STATES, topic="lying", reported_by=UNITED_STATES,
                    place=ActorRef(state.id, state.label, "State"), time="2023-02-27")
    ds = build_graph([(_article("Row 1", text), [event])])
    source = open_source(ds, engine="oxigraph")
    rows = _check(source.store)
    row = rows[str(event_iri("Row 1", event))]
    assert (row["agentLabel"], row["agentCountry"], row["targetCountry"]) == ("Olga Sample", state.iso3, "USA")
    assert (row["topic"], row["place"], row["reportedBy"], row["date"]) == ("lying", state.label, "United States", "2023-02-27")
    assert (row["article"], row["url"], row["sentence"], row["start"]) == ("Row 1", "https://example.org/Row 1", text, 0)
    assert row["type"] == str(KGO.Accuse) and row["quadClass"] == 3 and row["cameo"] == "11"


def test_store_keeps_rows_right_when_later_articles_change_an_actor(tmp_path):
    body, state = _body_and_state()
    other = _other_state(state.id)
    first_text = "A spokesman of the body accused the United States of lying."
    second_text = "The same spokesman, now speaking for another state, accused the United States again."
    # first seen in capitals, a spelling kg ranks after mixed case; acting for the body only
    first = _accuse(first_text, ActorRef("person/olga-sample", "OLGA SAMPLE", "Person", acts_for=body.id), UNITED_STATES)
    # a later article spells her name in mixed case and has her act for another state as well
    second = _accuse(second_text, ActorRef("person/olga-sample", "Olga Sample", "Person", acts_for=other.id), UNITED_STATES)
    first_ev = str(event_iri("Row 1", first))
    with ArticleStore.open(tmp_path / "store") as st:
        st.put_article(_article("Row 1", first_text), [first], "test")
        assert _check(st.store)[first_ev]["agentLabel"] == "OLGA SAMPLE"

        st.put_article(_article("Row 2", second_text), [second], "test")
        rows = _check(st.store)
        assert rows[first_ev]["agentLabel"] == "Olga Sample"  # the earlier article's row followed the label
        assert rows[first_ev]["agentCountry"] == min(state.iso3, other.iso3)  # and her states, both one hop up

        replaced = _accuse("Someone else accused the United States.", ActorRef("russia", "Russia", "State"), UNITED_STATES)
        st.put_article(_article("Row 2", "Someone else accused the United States."), [replaced], "test")
        _check(st.store)

        st.remove("Row 1")
        assert set(_check(st.store)) == {str(event_iri("Row 2", replaced))}


def test_a_row_in_the_input_is_never_trusted(tmp_path):
    text = "Russia accused the United States of lying."
    event = _accuse(text, ActorRef("russia", "Russia", "State"), UNITED_STATES)
    ds = build_graph([(_article("Row 1", text), [event])])
    ev = event_iri("Row 1", event)
    forged = {key: None for key in ROW_COLUMNS} | {"type": str(KGO.Accuse), "agentLabel": "<script>x</script>"}
    ds.graph(URIRef("https://w3id.org/kg/article/row-1")).add(
        (ev, KGO.tableRow, Literal(json.dumps(forged), datatype=URIRef(RDF_JSON))))
    assert [r["agent_label"] for r in event_rows(ds)] == ["Russia"]
    columns, rows = run_query(ds, "event-table")  # rdflib's engine
    assert dict(zip(columns, rows[0]))["agentLabel"] == "Russia" and len(rows) == 1
    with ArticleStore.open(tmp_path / "store") as st:
        st.put_dataset(ds)
        assert [row["agentLabel"] for row in _check(st.store).values()] == ["Russia"]


def test_a_store_written_before_rows_gets_them_when_read(tmp_path):
    from kg.store import ONTOLOGY_GRAPH

    text = "Russia accused the United States of lying."
    event = _accuse(text, ActorRef("russia", "Russia", "State"), UNITED_STATES)
    with ArticleStore.open(tmp_path / "store") as st:
        st.put_article(_article("Row 1", text), [event], "test")
        expected = _written(st.store)
        for q in list(st.store.quads_for_pattern(None, ox.NamedNode(str(KGO.tableRow)), None, None)):
            st.store.remove(q)
        st.store.clear_graph(ox.NamedNode(ONTOLOGY_GRAPH))  # as a kg from before rows left it
    from kg.store import open_store

    read_only = open_store(tmp_path / "store", read_only=True)
    assert [r["agent_label"] for r in event_rows(read_only)] == ["Russia"]
    assert not _written(read_only)  # read through a copy: the store itself is not written
    del read_only
    with ArticleStore.open(tmp_path / "store") as st:  # opened to write: the rows are written
        assert _written(st.store) == expected


def test_event_table_columns_are_the_rows_keys_after_the_event(tmp_path):
    text = "Russia accused the United States of lying."
    event = _accuse(text, ActorRef("russia", "Russia", "State"), UNITED_STATES)
    ds = build_graph([(_article("Row 1", text), [event])])
    for source in (ds, open_source(ds, engine="oxigraph")):
        columns, rows = run_query(source, "event-table")
        assert columns == EVENT_TABLE_COLUMNS
        assert len(rows) == 1 and dict(zip(columns, rows[0]))["targetLabel"] == "United States"


def test_exports_of_a_store_leave_rows_out(tmp_path):
    from kg.store import store_to_dataset

    text = "Russia accused the United States of lying."
    event = _accuse(text, ActorRef("russia", "Russia", "State"), UNITED_STATES)
    with ArticleStore.open(tmp_path / "store") as st:
        st.put_article(_article("Row 1", text), [event], "test")
        assert _written(st.store)
        exported = store_to_dataset(st.store)
    assert not list(exported.quads((None, KGO.tableRow, None, None)))
    built = build_graph([(_article("Row 1", text), [event])])
    assert not list(built.quads((None, KGO.tableRow, None, None)))


def test_a_store_stopped_while_deriving_rows_derives_them_again_when_next_opened(tmp_path, monkeypatch):
    import kg.rdf.table_rows as table_rows
    from kg.store import ONTOLOGY_GRAPH
    from kg.store.articles import ontology_is_current

    text = "Russia accused the United States of lying."
    event = _accuse(text, ActorRef("russia", "Russia", "State"), UNITED_STATES)
    with ArticleStore.open(tmp_path / "store") as st:
        st.put_article(_article("Row 1", text), [event], "test")
        expected = _written(st.store)
        for q in list(st.store.quads_for_pattern(None, ox.NamedNode(str(KGO.tableRow)), None, None)):
            st.store.remove(q)
        st.store.clear_graph(ox.NamedNode(ONTOLOGY_GRAPH))

    def stopped(store):
        raise KeyboardInterrupt  # as a kill between deriving and marking would leave it
    monkeypatch.setattr(table_rows, "refresh_store_rows", stopped)
    with pytest.raises(KeyboardInterrupt):
        ArticleStore.open(tmp_path / "store")
    monkeypatch.undo()
    with ArticleStore.open(tmp_path / "store") as st:
        assert ontology_is_current(st.store) and _written(st.store) == expected
