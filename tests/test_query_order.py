"""kg.query.order: the named queries' closing ORDER BY applied in Python, the same on both engines."""
from __future__ import annotations

import pytest

from kg.query import NamedQuery, list_named_queries, open_source, run_query
from kg.query.named import row_columns
from kg.query.order import sort_rows, split_order

PARAMS = {"actor": "Russia", "a": "Russia", "b": "United States", "agent": "Russia", "target": "United States"}


@pytest.fixture(scope="module")
def engines(seed_graph, tmp_path_factory):
    """(rdflib, Oxigraph on disk) holding the seed graph."""
    import pyoxigraph as ox

    from kg.store import dataset_to_quads

    store = ox.Store(str(tmp_path_factory.mktemp("order-store") / "store"))
    store.bulk_extend(dataset_to_quads(seed_graph))
    return open_source(seed_graph), open_source(store)


def _ordered_queries():
    return [q for q in list_named_queries() if split_order(q.text, tuple(c for c, _, _ in row_columns(q.text)))[1]]


def test_split_order_takes_a_closing_order_by_of_projected_variables_only():
    text = "SELECT ?a ?b WHERE { ?a <urn:p> ?b }\nORDER BY ?a DESC(?b) ASC(?a)\n"
    assert split_order(text) == ("SELECT ?a ?b WHERE { ?a <urn:p> ?b }", (("a", False), ("b", True), ("a", False)))
    assert split_order("SELECT * WHERE { ?a <urn:p> ?b }\nORDER BY ?b")[1] == (("b", False),)
    for kept in ("SELECT ?a WHERE { ?a <urn:p> ?b }\nORDER BY ?b",              # ?b is not in the rows
                 "SELECT ?a WHERE { ?a <urn:p> ?b }\nORDER BY ?a LIMIT 2",      # a page: the engine's to cut
                 "SELECT ?a WHERE { ?a <urn:p> ?b }\nORDER BY STR(?a)",         # an expression
                 "# select ?b where: a comment\nSELECT ?a WHERE { ?a <urn:p> ?b }\nORDER BY ?b",
                 "SELECT ?a WHERE { ?a <urn:p> ?b }"):
        assert split_order(kept) == (kept, ())


def test_sort_rows_puts_unbound_first_numbers_before_strings_descending_and_ties_by_the_row():
    columns = ["x", "y"]
    rows = [("b", 2), (None, 9), ("a", 1), ("b", 1), (3, 0), ("a", 1)]
    assert sort_rows(columns, rows, (("x", False),)) == [(None, 9), (3, 0), ("a", 1), ("a", 1), ("b", 1), ("b", 2)]
    assert sort_rows(columns, rows, (("x", True), ("y", True))) == [
        ("b", 2), ("b", 1), ("a", 1), ("a", 1), (3, 0), (None, 9)]


def test_every_ordered_named_query_is_sorted_in_python():
    """Most named queries close with an ORDER BY kg applies itself (a query the split would miss, say
    after an edit adding a LIMIT, would be sorted by the engine again: slower on Oxigraph, still right)."""
    names = {q.name for q in _ordered_queries()}
    assert {"network-edges", "actor-timeline", "events-between", "who-accused-whom", "evidence-for-edge",
            "who-proposed-what", "denials-and-accusations"} <= names


@pytest.mark.parametrize("name", [q.name for q in _ordered_queries()])
def test_rows_in_the_same_order_on_both_engines_and_as_the_engines_would_sort_them(engines, name):
    query = next(q for q in list_named_queries() if q.name == name)
    params = {p.name: PARAMS[p.name] for p in query.params if p.required}
    if name == "accusations-against":
        params = {"actor": "United States"}  # whom the seed's accusations are against
    keys = [column for column, _ in split_order(query.text, tuple(c for c, _, _ in row_columns(query.text)))[1]]
    memory, store = engines
    columns, rows = run_query(memory, query, params)
    assert rows, f"{name} gave no rows on the seed: its order would prove nothing"
    assert run_query(store, query, params) == (columns, rows)  # the same rows in the same order
    # the same text given as a query of one's own (not kg's) is sorted by the engine: the ORDER BY keys
    # come in the same sequence (rows equal on every key may come in another order there)
    as_written = NamedQuery(name, query.description, query.params, query.text + "\n", None)
    for source in engines:
        columns2, rows2 = run_query(source, as_written, params)
        assert columns2 == columns
        at = [columns.index(k) for k in keys if k in columns]
        assert [tuple(r[i] for i in at) for r in rows2] == [tuple(r[i] for i in at) for r in rows], source.engine


def test_event_rows_keep_one_row_for_an_event_given_two_topics(seed_graph):
    """event-table joins an event's own attributes as they are (kg writes one of each); a graph from
    elsewhere giving one event a second topic still gets one row for it, with the least topic."""
    from rdflib import Dataset, Literal, URIRef

    from kg.rdf.kgo import KGO
    from kg.table import event_rows

    before = event_rows(seed_graph)
    event = URIRef(before[0]["event"])
    topic = before[0]["topic"] or "m"
    copy = Dataset()
    for quad in seed_graph.quads((None, None, None, None)):
        copy.add(quad)
    graph = next(g for g in copy.graphs() if (event, KGO.agent, None) in g)
    graph.add((event, KGO.topic, Literal("  " + topic)))   # sorts before every real topic
    graph.add((event, KGO.topic, Literal("~~ " + topic)))  # after: never shown
    after = event_rows(copy)
    assert len(after) == len(before)
    changed = [(b, a) for b, a in zip(before, after) if a != b]
    assert [(a["event"], a["topic"]) for _, a in changed] == [(str(event), "  " + topic)]
    assert {k: v for k, v in changed[0][1].items() if k != "topic"} == \
        {k: v for k, v in changed[0][0].items() if k != "topic"}
