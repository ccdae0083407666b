"""Filters of the event table: kg.table.event_rows(..., actors=, agents=, targets=, types=, since=, until=,
articles=, asserted_only=) and `kg events --actor/--agent/--target/--type/--since/--until/--article/--asserted-only`.

Three short articles written for these tests (invented people, real states) are extracted once with the real
spaCy model; the same graph is read as an rdflib Dataset, a TriG file and an Oxigraph store built by
`kg build --store`.
"""
from __future__ import annotations

import datetime as dt
import json

import pytest

import kg
from helpers import run, write_jsonl
from kg.cli import EXIT_FAIL, EXIT_OK, main
from kg.errors import FilterError, QueryError
from kg.table import event_rows, format_rows

ANDES_1 = {"id": "andes-1", "title": "Chile and Peru trade charges", "date": "2023-03-14",
           "text": "Chile accused Peru of violating the border on Monday. Peru denied the charge. "
                   "Bolivian Foreign Minister Lucia Quenallata met Chilean officials in La Paz."}
# Quenallata is named here without her office: she acts for Bolivia through what andes-1 says of her
ANDES_2 = {"id": "andes-2", "title": "Bolivia presses Chile", "date": "2023-05-02",
           "text": "Lucia Quenallata accused Chile of blocking trade. Argentina threatened to sanction Bolivia if "
                   "it closed the pass. Peru may sanction Chile. In April 2023 Ecuador criticized Peru over "
                   "fishing rights."}
ANDES_3 = {"id": "andes-3", "title": "Ecuador talks",  # no date: its negated accusation has none at all
           "text": "Ecuador criticized Colombia in 2021. Colombia did not accuse Ecuador."}

# The table of the three articles, read by hand: (article, type, agent, target) -> (date, modality).
A1 = ("andes-1", "Accuse", "Chile", "Peru")
D1 = ("andes-1", "Deny", "Peru", "Chile")
M1 = ("andes-1", "Meet", "Lucia Quenallata", "Chile")
A2 = ("andes-2", "Accuse", "Lucia Quenallata", "Chile")
T2 = ("andes-2", "Threaten", "Argentina", "Bolivia")
S2 = ("andes-2", "Sanction", "Peru", "Chile")
C2 = ("andes-2", "Criticize", "Ecuador", "Peru")
C3 = ("andes-3", "Criticize", "Ecuador", "Colombia")
N3 = ("andes-3", "Accuse", "Colombia", "Ecuador")
TABLE = {A1: ("2023-03-13", "asserted"), D1: ("2023-03-14", "asserted"), M1: ("2023-03-14", "asserted"),
         A2: ("2023-05-02", "asserted"), T2: ("2023-05-02", "asserted"), S2: ("2023-05-02", "possible"),
         C2: ("2023-04", "asserted"), C3: ("2021", "asserted"), N3: (None, "negated")}
EVERY = set(TABLE)


def keys(rows) -> set:
    return {(r["article"], r["type"], r["agent_label"], r["target_label"]) for r in rows}


@pytest.fixture(scope="module")
def andes(tmp_path_factory):
    """(rdflib Dataset, TriG file, store directory) of the three articles; the store built by `kg build --store`
    in two runs, andes-1 last, so that the roll-ups of andes-2's events are brought up to date by it."""
    directory = tmp_path_factory.mktemp("andes")
    every = write_jsonl(directory / "andes.jsonl", [ANDES_1, ANDES_2, ANDES_3])
    dataset = kg.build([str(every)])
    found = {(r["article"], r["type"], r["agent_label"], r["target_label"]): (r["date"], r["modality"])
             for r in event_rows(dataset)}
    assert found == TABLE, "the extraction of the test articles changed: update TABLE (and the tests) to it"
    trig = kg.write_graph(dataset, directory / "andes.trig")
    store = directory / "store"
    later = write_jsonl(directory / "later.jsonl", [ANDES_2, ANDES_3])
    first = write_jsonl(directory / "first.jsonl", [ANDES_1])
    for articles in (later, first):
        assert main(["build", str(articles), "--store", str(store), "-q"]) == EXIT_OK
    return dataset, trig, store


@pytest.fixture(scope="module")
def table(andes):
    """The rows of ``event_rows(dataset, **criteria)``, by (article, type, agent, target)."""
    from kg.query import open_source

    source = open_source(andes[0], engine="oxigraph")  # copied into Oxigraph once, for every call
    return lambda **criteria: keys(event_rows(source, **criteria))


# ------------------------------------------------------------------------------------------ actors

def test_actor_keeps_events_of_the_actor_and_of_people_acting_for_it(andes, table):
    assert table(actors=["Bolivia"]) == {M1, A2, T2}
    rows = event_rows(andes[0], actors=["Bolivia"])
    minister = {r["agent"] for r in rows if r["agent_label"] == "Lucia Quenallata"}
    assert len(minister) == 1 and not minister & {r["target"] for r in rows}  # she, not Bolivia, is the agent
    bolivia = next(r["target"] for r in rows if r["type"] == "Threaten")
    for name in ("bolivia", "BOL", bolivia, f"<{bolivia}>", "act:bolivia"):  # label, ISO3 code, IRI, prefixed
        assert table(actors=[name]) == {M1, A2, T2}, name
    assert table(actors=["Argentina"]) == {T2}


def test_agent_and_target_take_one_role_each(table):
    assert table(agents=["Bolivia"]) == {M1, A2}
    assert table(targets=["Bolivia"]) == {T2}
    assert table(agents=["Chile"]) == {A1}
    assert table(targets=["Chile"]) == {D1, M1, A2, S2}
    assert table(types=["accuse"], targets=["Chile"]) == {A2}  # who accused Chile


def test_actor_names_resolve_as_named_queries_do(andes, table):
    from rdflib import Dataset, Literal, URIRef
    from rdflib.namespace import SKOS

    from kg.store import ACTORS_GRAPH

    with pytest.raises(QueryError, match="no actor 'Bolivai' in the graph; did you mean Bolivia"):
        table(actors=["Bolivai"])
    with pytest.raises(QueryError, match="no actor 'Atlantis'"):
        table(targets=["Atlantis"])
    dataset = andes[0]
    rows = event_rows(dataset, agents=["Chile"]) + event_rows(dataset, agents=["Peru"])
    chile, peru = (next(r["agent"] for r in rows if r["agent_label"] == name) for name in ("Chile", "Peru"))
    both = Dataset()
    for quad in dataset.quads((None, None, None, None)):
        both.add(quad)
    for actor in (chile, peru):  # one alias for two states, in the graph where kg describes actors
        both.graph(URIRef(ACTORS_GRAPH)).add((URIRef(actor), SKOS.altLabel, Literal("the Pacific coast")))
    with pytest.raises(QueryError, match=f"'the Pacific coast' is ambiguous: {chile}, {peru}"):
        event_rows(both, actors=["the Pacific coast"])


def test_events_of_actor_is_a_named_query_giving_the_same_rows_on_both_engines(andes):
    from kg.query import named_query, open_source, run_query
    from kg.store import open_store

    query = named_query("events-of-actor")
    assert query.description and query.param("actor").kind == "actor" and query.param("actor").required
    dataset, _, store = andes
    engines = (open_source(dataset), open_source(open_store(store, read_only=True)))
    assert [e.engine for e in engines] == ["rdflib", "oxigraph"]
    results = [run_query(source, "events-of-actor", {"actor": "Bolivia"}) for source in engines]
    assert results[0] == results[1]
    columns, rows = results[0]
    assert columns == ["event", "role"]
    assert sorted(role for _, role in rows) == ["agent", "agent", "target"]


# ------------------------------------------------------------------------------------------ types

def test_a_row_date_with_a_time_zone_names_its_day():
    from kg.event_filter import date_period

    day = (dt.date(2023, 3, 14), dt.date(2023, 3, 14))
    assert date_period("2023-03-14Z") == date_period("2023-03-14+02:00") == date_period("2023-03-14T09:00:00") == day


def test_type_by_name_plover_category_or_cameo_root(table):
    accusations = {A1, A2, N3}
    for value in ("accuse", "Accuse", "ACCUSE", " accuse "):
        assert table(types=[value]) == accusations, value
    assert table(types=["11"]) == accusations | {C2, C3}  # CAMEO 11 is Criticize's root too
    assert table(types=["DISAPPROVE"]) == {C2, C3}
    # a type's own name is that type only; in capitals it is PLOVER's category, which files Deny under REJECT
    assert table(types=["reject"]) == table(types=["Reject"]) == set()
    assert table(types=["REJECT"]) == {D1}
    assert table(types=["04"]) == table(types=["4"]) == table(types=["consult"]) == {M1}


def test_unknown_type_is_refused_before_the_graph_is_read(tmp_path):
    with pytest.raises(FilterError) as caught:
        event_rows(tmp_path / "no-such-graph.ttl", types=["accuse", "acuse"])
    message = str(caught.value)
    assert "'acuse'" in message and "did you mean Accuse" in message
    assert all(name in message for name in ("Accuse", "Threaten", "ACCUSE", "DISAPPROVE", "11"))
    assert "\n" not in message


# ------------------------------------------------------------------------------------------ dates

def test_since_and_until_are_inclusive(table):
    assert table(since="2023-03-14") == {D1, M1, A2, T2, S2, C2}
    assert table(until="2023-03-13") == {A1, C3}
    assert table(since="2023-03-13", until="2023-03-13") == {A1}
    assert table(since=dt.date(2023, 3, 13), until=dt.date(2023, 3, 13)) == {A1}


def test_a_partial_date_is_kept_when_its_period_overlaps_the_range(table):
    assert table(since="2023-04-30", until="2023-04-30") == {C2}  # dated 2023-04: the day may be in it
    assert table(since="2023-04-01", until="2023-04-29") == {C2}
    assert table(until="2023-04") == {A1, D1, M1, C2, C3}        # a month bound runs to its last day
    assert table(until="2023-03-31") == {A1, D1, M1, C3}
    assert table(since="2023-05") == {A2, T2, S2}
    assert table(since="2021-06", until="2021-06") == {C3}       # dated 2021
    assert table(until="2022") == {C3}
    assert table(since="2022") == EVERY - {C3, N3}


def test_rows_with_no_date_are_left_out_by_either_bound(table):
    assert N3 in table()
    assert table(since="1900") == table(until="2999") == EVERY - {N3}


@pytest.mark.parametrize("value", ["2023-3", "2023-02-30", "14/03/2023", "2023-03-14T10:00", "March 2023", "",
                                   "2023-00"])
def test_a_malformed_date_names_the_value_and_the_forms(table, value):
    for bound in ("since", "until"):
        with pytest.raises(FilterError, match=f"^{bound} '{value}' is not a date; give YYYY, YYYY-MM or "
                                              "YYYY-MM-DD"):
            table(**{bound: value})


def test_since_after_until_is_refused(table):
    with pytest.raises(FilterError, match="since '2023-05' is after until '2023-04'"):
        table(since="2023-05", until="2023-04")
    assert table(since="2023-04-15", until="2023-04") == {C2}  # overlapping periods are fine


# ------------------------------------------------------------------------------------------ articles, modality

def test_articles(table):
    assert table(articles=["andes-3"]) == {C3, N3}
    assert table(articles=["andes-3", "andes-1"]) == {C3, N3, A1, D1, M1}
    assert table(articles="andes-3") == {C3, N3}  # one string is one id
    assert table(articles=["andes-4"]) == set()


def test_asserted_only_drops_negated_and_unasserted_events(table):
    assert table(asserted_only=True) == EVERY - {S2, N3}  # a threat made on a condition is made
    assert table(asserted_only=False) == EVERY


def test_without_negated_only_what_did_not_happen_is_dropped(table):
    assert table(include_negated=False) == EVERY - {N3}


def test_kg_events_leaves_out_negated_events_unless_asked(capsys, andes):
    _, trig, store = andes
    for where in ([trig], ["--store", store]):
        code, out, err = run(capsys, "events", *where, "--format", "jsonl")
        assert (code, err) == (EXIT_OK, "")
        assert keys(json.loads(line) for line in out.splitlines()) == EVERY - {N3}
        code, out, err = run(capsys, "events", *where, "--format", "jsonl", "--negated")
        assert keys(json.loads(line) for line in out.splitlines()) == EVERY


# ------------------------------------------------------------------------------------------ combining

SINGLE = {
    "actors": (["Chile"], ["Bolivia"], ["Peru"]),
    "agents": (["Peru"], ["Bolivia"]),
    "targets": (["Chile"], ["Ecuador"]),
    "types": (["accuse"], ["criticize"], ["11"]),
    "since": ("2023-04",),
    "until": ("2023-04-15",),
    "articles": (["andes-2"], ["andes-3"]),
    "asserted_only": (True,),
    "include_negated": (False,),
}


def test_several_values_of_one_option_keep_a_row_matching_any(table):
    assert table(actors=["Argentina", "Ecuador"]) == {T2, C2, C3, N3}
    for option, values in SINGLE.items():
        lists = [v for v in values if isinstance(v, list)]
        if len(lists) > 1:
            assert table(**{option: [x for v in lists for x in v]}) == set().union(*(table(**{option: v})
                                                                                     for v in lists)), option


def test_different_options_keep_a_row_matching_all(table):
    assert table(actors=["Bolivia"], types=["accuse"], asserted_only=True) == {A2}
    assert table(actors=["Chile"], agents=["Peru"], since="2023-05") == {S2}
    options = list(SINGLE)
    for i, first in enumerate(options):
        for second in options[i + 1:]:
            for a in SINGLE[first]:
                for b in SINGLE[second]:
                    both = table(**{first: a, second: b})
                    assert both == table(**{first: a}) & table(**{second: b}), (first, a, second, b)


def test_no_criteria_keep_every_row(andes):
    dataset = andes[0]
    assert event_rows(dataset, actors=(), types=[], since=None, asserted_only=False) == event_rows(dataset)


# ------------------------------------------------------------------------------------------ every input kind

CRITERIA = ({"actors": ["Bolivia"]}, {"agents": ["BOL"], "types": ["accuse"]},
            {"targets": ["Chile"], "since": "2023-05"}, {"types": ["11"], "until": "2023-04"},
            {"articles": ["andes-1"], "asserted_only": True})


def test_a_store_a_graph_file_and_a_dataset_give_the_same_filtered_rows(andes):
    from kg.store import open_store

    dataset, trig, store = andes
    read_only = open_store(store, read_only=True)
    for criteria in CRITERIA:
        rows = event_rows(dataset, **criteria)
        assert rows, criteria
        assert event_rows(trig, **criteria) == rows, criteria
        assert event_rows(read_only, **criteria) == rows, criteria
    # andes-2's accusation: the store learnt whom its agent acts for from andes-1, built after it
    assert A2 in keys(event_rows(read_only, actors=["Bolivia"]))


# ------------------------------------------------------------------------------------------ the command

def test_kg_events_options(capsys, andes):
    dataset, trig, store = andes
    argv = ["--actor", "Bolivia", "--actor", "Argentina", "--type", "accuse", "--type", "threaten", "--since",
            "2023-05", "--until", "2023-05-02", "--article", "andes-2", "--asserted-only", "--format", "jsonl"]
    code, out, err = run(capsys, "events", trig, *argv)
    assert (code, err) == (EXIT_OK, "")
    assert keys(json.loads(line) for line in out.splitlines()) == {A2, T2}  # the threat was made
    assert run(capsys, "events", "--store", store, *argv) == (EXIT_OK, out, "")
    code, out, err = run(capsys, "events", trig, "--agent", "Peru", "--target", "Chile", "--format", "csv")
    assert code == EXIT_OK and out == format_rows(event_rows(dataset, agents=["Peru"], targets=["Chile"]), "csv")
    assert keys(event_rows(dataset, agents=["Peru"], targets=["Chile"])) == {D1, S2}


@pytest.mark.parametrize("argv, message", [
    (["--actor", "Atlantis"], "kg: error: no actor 'Atlantis' in the graph"),
    (["--target", "Bolivai"], "kg: error: no actor 'Bolivai' in the graph; did you mean Bolivia?"),
    (["--type", "acuse"], "kg: error: type 'acuse' is no event type, PLOVER category or CAMEO root code"),
    (["--since", "2023-13"], "kg: error: since '2023-13' is not a date; give YYYY, YYYY-MM or YYYY-MM-DD"),
    (["--until", "last week"], "kg: error: until 'last week' is not a date"),
])
def test_a_bad_value_is_one_line_on_stderr_exit_2_and_nothing_on_stdout(capsys, andes, argv, message):
    for where in (["events", andes[1]], ["events", "--store", andes[2]]):
        code, out, err = run(capsys, *where, *argv, "--format", "jsonl")
        assert code == EXIT_FAIL == 2 and out == ""
        assert err.startswith(message) and err.count("\n") == 1 and err.endswith("\n"), err


@pytest.mark.parametrize("argv", [["--type", "bogus"], ["--since", "2023-02-30"]])
def test_a_bad_type_or_date_is_refused_before_any_article_is_read(capsys, monkeypatch, fixture_path, argv):
    def no_reading(*args, **kwargs):
        raise AssertionError("the articles were read before the options were checked")

    monkeypatch.setattr("kg.cli._read", no_reading)
    code, out, err = run(capsys, "events", fixture_path, *argv)
    assert code == EXIT_FAIL and out == "" and err.startswith(f"kg: error: {argv[0][2:]} '{argv[1]}'")


def test_kg_events_help_documents_the_filters(capsys):
    code, out, _ = run(capsys, "events", "--help")
    assert code == EXIT_OK
    for option in ("--actor NAME", "--agent NAME", "--target NAME", "--type TYPE", "--since DATE", "--until DATE",
                   "--article ID", "--asserted-only", "--negated"):
        assert option in out, option
    assert "exit code 2" in out and "left out" in out
