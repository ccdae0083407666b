"""The event table's analyst columns (date fallback, url, quad class, Goldstein, source, place) and kg.to_dataframe."""
from __future__ import annotations

import datetime as dt

import pytest
import kg
from kg import Article
from kg.table import COLUMNS, event_rows, format_rows, to_dataframe

TEXT = ("Moscow, 4 March 2022. Russia accused Ukraine of shelling the border on 2 March 2022. "
        "Poland criticized Belarus over the migrants.")


@pytest.fixture(scope="module")
def dataset():
    article = Article(id="dated", text=TEXT, title="Two events", date="2022-03-05",
                      url="https://news.example/dated", source="Example")
    return kg.build_graph([(article, kg.extract_events(article))])


@pytest.fixture(scope="module")
def rows(dataset):
    return event_rows(dataset)


def test_new_columns_are_in_every_format(rows):
    assert {"date_source", "url", "quad_class", "goldstein", "source", "place"} <= set(COLUMNS)
    header = format_rows(rows, "csv").splitlines()[0].split(",")
    assert header == list(COLUMNS)


def test_date_falls_back_to_the_article_and_says_so(rows):
    by_type = {r["type"]: r for r in rows}
    accuse, criticize = by_type["Accuse"], by_type["Criticize"]
    assert (accuse["date"], accuse["date_source"]) == ("2022-03-02", "text")
    assert (criticize["date"], criticize["date_source"]) == ("2022-03-05", "article")


def test_url_quad_class_goldstein(rows):
    accuse = next(r for r in rows if r["type"] == "Accuse")
    assert accuse["url"] == "https://news.example/dated"
    assert accuse["quad_class"] == 3 and accuse["goldstein"] < 0
    assert 0 < accuse["confidence"] <= 1


def test_source_and_place_columns_come_from_the_extractor():
    article = Article(id="placed", text="Israel launched air strikes on targets in Lebanon. Russia accused Ukraine of lying.",
                      date="2022-03-05")
    events = kg.extract_events(article)
    for event in events:
        event.source = "cameo:ACCUSE" if event.type == "Accuse" else None  # the field the extractor fills
    rows = {r["type"]: r for r in event_rows(kg.build_graph([(article, events)]))}
    assert rows["Accuse"]["source"] == "cameo:ACCUSE" and rows["Attack"]["source"] is None
    assert rows["Attack"]["place"] == "Lebanon" and rows["Accuse"]["place"] is None


def test_to_dataframe_of_rows_of_a_graph_and_of_a_query(dataset, rows):
    frame = kg.to_dataframe(rows)
    assert list(frame.columns[: COLUMNS.index("date") + 1]) == list(COLUMNS[: COLUMNS.index("date") + 1])
    assert len(frame) == len(rows)
    accuse = frame[frame["type"] == "Accuse"].iloc[0]
    assert accuse["date"].date() == dt.date(2022, 3, 2) and accuse["date_text"] == "2022-03-02"
    assert len(to_dataframe(dataset)) == len(rows)
    columns, result = kg.run_query(dataset, "who-accused-whom")
    queried = kg.to_dataframe((columns, result))
    assert list(queried.columns) == list(columns) and len(queried) == len(result) > 0
