"""Roll-ups written with each event (kgo:agentRollUp, kgo:agentTop, kgo:targetRollUp, kgo:targetTop), and
its kgo:date (its own time, else its article's date).

Each event carries its agent's and target's chain of kgo:actsFor (and the top of it) in its own graph. The
invariant checked throughout: what is written equals what ``kgo:agent/kgo:actsFor*`` finds over the
union of all graphs, after every build, write, replacement and removal, including when a later article
changes whom an actor of an earlier one acts for.
"""
from __future__ import annotations

import dataclasses

import pyoxigraph as ox
import pytest
from rdflib import Literal, URIRef

from kg.gazetteer import load_gazetteer
from kg.ingest import Article
from kg.model import ActorRef, Event
from kg.rdf.build import build_graph, event_iri
from kg.rdf.kgo import ACT, KGO
from kg.store import ArticleStore

UNITED_STATES = ActorRef("united-states", "United States", "State")


def _person_body_state():
    """A gazetteer body acting directly for a state, and that state: (body, state)."""
    gazetteer = load_gazetteer()
    for entry in gazetteer:
        parent = gazetteer.get(entry.acts_for) if entry.acts_for else None
        if entry.cls == "GovernmentBody" and parent is not None and parent.cls == "State":
            return entry, parent
    pytest.fail("the gazetteer has no government body acting directly for a state")


def _other_state(*not_these):
    for entry in load_gazetteer():
        if entry.cls == "State" and entry.id not in not_these and entry.id != UNITED_STATES.key:
            return entry
    pytest.fail("the gazetteer has too few states")


def _article(ident: str, text: str) -> Article:
    return Article(id=ident, text=text, title="t", date="2023-03-01")


def _accuse(text: str, agent: ActorRef, target: ActorRef) -> Event:
    return Event(type="Accuse", agent=agent, target=target, trigger="accused", sentence=text, start=0,
                 end=len(text), trigger_start=text.index("accused"), trigger_end=text.index("accused") + 7)


def _expected(query) -> set:
    """(graph, event, role, actor) for every event's actor and what it acts for, walking kgo:actsFor*,
    and (graph, event, role + "Top", actor) for those of them that act for no one."""
    acting = {row[0] for row in query(f"SELECT DISTINCT ?a WHERE {{ ?a <{KGO.actsFor}> ?up }}")}
    found = set()
    for role in ("agent", "target"):
        for g, e, a in query(f"SELECT ?g ?e ?a WHERE {{ GRAPH ?g {{ ?e <{KGO[role]}> ?x }} ?x <{KGO.actsFor}>* ?a }}"):
            found.add((g, e, role, a))
            if a not in acting:
                found.add((g, e, role + "Top", a))
    return found


def _written(query) -> set:
    found = set()
    for role, rollup, top in (("agent", KGO.agentRollUp, KGO.agentTop), ("target", KGO.targetRollUp, KGO.targetTop)):
        for name, predicate in ((role, rollup), (role + "Top", top)):
            for row in query(f"SELECT ?g ?e ?a WHERE {{ GRAPH ?g {{ ?e <{predicate}> ?a }} }}"):
                found.add((str(row[0]), str(row[1]), name, str(row[2])))
    return found


def _store_query(st: ArticleStore):
    def query(text):
        return [tuple(term.value for term in solution) for solution in st.store.query(text, use_default_graph_as_union=True)]
    return query


def _dataset_query(ds):
    ds.default_union = True  # the default graph is the union of the named graphs, as in Oxigraph's query above

    def query(text):
        return [tuple(str(term) for term in row) for row in ds.query(text)]
    return query


def test_a_person_of_a_body_of_a_state_rolls_up_to_all_three_and_tops_at_the_state():
    body, state = _person_body_state()
    text = "A spokesman of the body accused the United States of lying."
    spokesman = ActorRef("person/olga-sample", "Olga Sample", "Person", acts_for=body.id)
    event = _accuse(text, spokesman, UNITED_STATES)
    ds = build_graph([(_article("Roll 1", text), [event])])
    graph = ds.graph(URIRef("https://w3id.org/kg/article/roll-1"))
    ev = event_iri("Roll 1", event)
    assert set(graph.objects(ev, KGO.agentRollUp)) == {ACT["person/olga-sample"], ACT[body.id], ACT[state.id]}
    assert set(graph.objects(ev, KGO.agentTop)) == {ACT[state.id]}
    assert set(graph.objects(ev, KGO.targetRollUp)) == {ACT["united-states"]}
    assert set(graph.objects(ev, KGO.targetTop)) == {ACT["united-states"]}
    assert _written(_dataset_query(ds)) == _expected(_dataset_query(ds))


def test_store_keeps_rollups_right_across_articles_replacements_and_removals(tmp_path):
    body, state = _person_body_state()
    other = _other_state(state.id)
    first_text = "A spokesman of the body accused the United States of lying."
    second_text = "The same spokesman, now speaking for another state, accused the United States again."
    spokesman = ActorRef("person/olga-sample", "Olga Sample", "Person", acts_for=body.id)
    first = _accuse(first_text, spokesman, UNITED_STATES)
    # a later article says she acts for another state too: the earlier article's event must roll up there as well
    second = _accuse(second_text, ActorRef("person/olga-sample", "Olga Sample", "Person", acts_for=other.id),
                     UNITED_STATES)
    first_ev = ox.NamedNode(str(event_iri("Roll 1", first)))
    first_graph = ox.NamedNode("https://w3id.org/kg/article/roll-1")
    with ArticleStore.open(tmp_path / "store") as st:
        query = _store_query(st)

        def tops():
            return {q.object.value for q in st.store.quads_for_pattern(first_ev, ox.NamedNode(str(KGO.agentTop)),
                                                                        None, first_graph)}

        st.put_article(_article("Roll 1", first_text), [first], "test")
        assert tops() == {str(ACT[state.id])}
        assert _written(query) == _expected(query)

        st.put_article(_article("Roll 2", second_text), [second], "test")
        assert tops() == {str(ACT[state.id]), str(ACT[other.id])}
        assert _written(query) == _expected(query)

        # the second article replaced by one that names her no more: what she acts for stays in the
        # actors graph (the first article still names her), and so do the roll-ups that follow it
        replaced = _accuse("Someone else accused the United States.", ActorRef("russia", "Russia", "State"),
                           UNITED_STATES)
        st.put_article(_article("Roll 2", "Someone else accused the United States."), [replaced], "test")
        assert _written(query) == _expected(query)

        st.remove("Roll 1")
        assert not list(st.store.quads_for_pattern(first_ev, None, None, None))
        assert not list(st.store.quads_for_pattern(ox.NamedNode(str(ACT["person/olga-sample"])), None, None, None))
        assert _written(query) == _expected(query)
        assert {(e, role, a) for _, e, role, a in _written(query)} == {
            (str(event_iri("Roll 2", replaced)), role, str(ACT[key]))
            for role, key in (("agent", "russia"), ("agentTop", "russia"),
                              ("target", "united-states"), ("targetTop", "united-states"))}


def test_loading_a_graph_into_a_store_recomputes_rollups_against_the_store(tmp_path):
    body, state = _person_body_state()
    other = _other_state(state.id)
    text = "A spokesman of the body accused the United States of lying."
    spokesman = ActorRef("person/olga-sample", "Olga Sample", "Person", acts_for=body.id)
    event = _accuse(text, spokesman, UNITED_STATES)
    with ArticleStore.open(tmp_path / "store") as st:
        st.put_article(_article("Roll 1", text), [event], "test")
        # a graph file built elsewhere, where she acts for another state only
        elsewhere = _accuse(text, ActorRef("person/olga-sample", "Olga Sample", "Person", acts_for=other.id),
                            UNITED_STATES)
        st.put_dataset(build_graph([(_article("Roll 9", text), [elsewhere])]))
        query = _store_query(st)
        assert _written(query) == _expected(query)
        tops = {a for _, e, role, a in _written(query) if role == "agentTop"}
        assert tops == {str(ACT[state.id]), str(ACT[other.id])}


def test_graphs_and_stores_written_before_rollups_get_them_when_read(tmp_path):
    from kg.rdf.io import load_graph, write_graph
    from kg.rdf.rollups import ROLLUP_PREDICATES
    from kg.store import ONTOLOGY_GRAPH

    body, state = _person_body_state()
    text = "A spokesman of the body accused the United States of lying."
    event = _accuse(text, ActorRef("person/olga-sample", "Olga Sample", "Person", acts_for=body.id), UNITED_STATES)
    ds = build_graph([(_article("Roll 1", text), [event])])
    expected = _written(_dataset_query(ds))
    for predicate in ROLLUP_PREDICATES:
        ds.remove((None, predicate, None, None))
    assert not _written(_dataset_query(ds))
    old_file = write_graph(ds, tmp_path / "old.trig")
    assert _written(_dataset_query(load_graph(old_file))) == expected

    with ArticleStore.open(tmp_path / "store") as st:
        st.put_article(_article("Roll 1", text), [event], "test")
        for predicate in ROLLUP_PREDICATES:
            for q in list(st.store.quads_for_pattern(None, ox.NamedNode(str(predicate)), None, None)):
                st.store.remove(q)
        st.store.clear_graph(ox.NamedNode(ONTOLOGY_GRAPH))  # as if the ontology had changed since
        assert not _written(_store_query(st))
    with ArticleStore.open(tmp_path / "store") as st:
        assert _written(_store_query(st)) == expected


def _dates(query) -> set:
    """(event, date) for every kgo:date written."""
    return {(str(e), str(d)) for e, d in query(f"SELECT ?e ?d WHERE {{ ?e <{KGO.date}> ?d }}")}


def test_an_event_is_dated_by_its_own_time_else_by_its_article():
    text = "Russia accused the United States of lying."
    timed = dataclasses.replace(_accuse(text, ActorRef("russia", "Russia", "State"), UNITED_STATES), time="2022-05")
    untimed = _accuse(text, UNITED_STATES, ActorRef("russia", "Russia", "State"))
    undated_article = Article(id="Roll 3", text=text, title="t")
    ds = build_graph([(_article("Roll 1", text), [timed, untimed]), (undated_article, [untimed])])
    assert _dates(_dataset_query(ds)) == {(str(event_iri("Roll 1", timed)), "2022-05"),
                                          (str(event_iri("Roll 1", untimed)), "2023-03-01")}


def test_store_keeps_event_dates_right_across_replacements_removals_and_foreign_graphs(tmp_path):
    text = "Russia accused the United States of lying."
    event = _accuse(text, ActorRef("russia", "Russia", "State"), UNITED_STATES)
    ev = str(event_iri("Roll 1", event))
    with ArticleStore.open(tmp_path / "store") as st:
        query = _store_query(st)
        st.put_article(_article("Roll 1", text), [event], "test")
        assert _dates(query) == {(ev, "2023-03-01")}
        # the same article again, now dated otherwise: the event's date follows
        st.put_article(Article(id="Roll 1", text=text, title="t", date="2024-06-30"), [event], "test")
        assert _dates(query) == {(ev, "2024-06-30")}
        st.put_article(_article("Roll 1", text), [dataclasses.replace(event, time="2019")], "test")
        assert _dates(query) == {(ev, "2019")}
        st.remove("Roll 1")
        assert _dates(query) == set()
        # a graph from elsewhere bringing a wrong kgo:date of its own: kg's is computed, theirs dropped
        foreign = build_graph([(_article("Roll 2", text), [event])])
        graph = foreign.graph(URIRef("https://w3id.org/kg/article/roll-2"))
        foreign_ev = event_iri("Roll 2", event)
        graph.remove((foreign_ev, KGO.date, None))
        graph.add((foreign_ev, KGO.date, Literal("1999-01-01")))
        st.put_dataset(foreign)
        assert _dates(query) == {(str(foreign_ev), "2023-03-01")}
