"""The event table: one row per event, read from the graph (so a saved graph gives the same table as its articles).

The rows come from the SPARQL query ontology/queries/event-table.rq, run by Oxigraph over the union of
the graph's named graphs with ontology/kg.ttl added (an rdflib graph is copied into an in-memory store
first: on large graphs the query is orders of magnitude faster there than in rdflib's evaluator); this
module names the columns, and :mod:`kg.event_filter` keeps the rows asked for (by actor, type, date, ...).
"""
from __future__ import annotations

import csv
import io
import json
from collections import Counter
from typing import Iterable

from .errors import FormatError

__all__ = ["COLUMNS", "DATE_SOURCES", "TABLE_FORMATS", "event_rows", "format_rows", "summary_lines", "to_dataframe"]

#: The keys of every row, in order.
COLUMNS = ("article", "event", "type", "cameo", "plover", "agent", "agent_label", "agent_country", "target",
           "target_label", "target_country", "topic", "sentence", "start", "end", "date", "date_source", "negated",
           "modality", "reported_by", "confidence", "trigger", "quad_class", "goldstein", "source", "place", "url")
#: What ``date`` is: the date the text gives the event, else the article's publication date.
DATE_SOURCES = ("text", "article")
TABLE_FORMATS = ("table", "csv", "jsonl", "json")
#: Columns of the plain-text table, and how wide the topic may get.
TABLE_COLUMNS = ("article", "type", "agent_label", "target_label", "modality", "date", "topic")
TOPIC_WIDTH = 60
#: How the human formats show an event's agent when the text names no one ("a car bomb killed ..."): jsonl,
#: json and csv leave it null / empty.
UNKNOWN_AGENT = "(unknown)"


def _sort_key(row: dict):
    return (row["article"] or "", row["start"] if row["start"] is not None else -1, row["type"],
            row["agent"] or "", row["target"] or "", row["event"])


def event_rows(source, *, actors: Iterable[str] = (), agents: Iterable[str] = (), targets: Iterable[str] = (),
               types: Iterable[str] = (), since=None, until=None, articles: Iterable[str] = (),
               asserted_only: bool = False, include_negated: bool = True) -> list[dict]:
    """The events in ``source`` as dicts with the keys in COLUMNS, all of them or those the criteria keep.

    ``source`` is an rdflib Dataset or Graph, a ``pyoxigraph.Store``, a store directory, a graph file or a
    :class:`kg.query.QuerySource`. Sorted by article, sentence start, type, agent, target. ``type`` and
    ``modality`` are local names (modality in lower case), ``*_country`` ISO-3 codes. ``date`` is the
    kgo:time value as written (``date_source`` "text"), else the article's publication date
    (``date_source`` "article"). ``url`` is the article's, ``goldstein`` the event type's weight (−10
    conflict .. +10 cooperation), ``quad_class`` its CAMEO quad class (1 verbal cooperation .. 4 material
    conflict), ``source`` the dictionary pattern ("cameo:…") or rule ("kg:…") that found the event,
    ``confidence`` a number from 0 to 1 (see :mod:`kg.extract.confidence`) and ``place`` the label of
    where it happened. Absent values are None.

    The keyword arguments keep some rows only (:class:`kg.event_filter.EventFilter` says how): events of
    ``actors`` (as agent or target: the actor itself or anyone acting for it), ``agents``, ``targets``
    (label, alias, ISO3 code or IRI), of ``types`` (event type, PLOVER category or CAMEO root code),
    dated from ``since`` to ``until`` (inclusive; ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; undated rows
    are then left out), from ``articles``, with ``asserted_only`` only what the text asserts and does
    not negate, and without ``include_negated`` none the text says did not happen (``kg events`` and
    :func:`kg.to_networkx` leave those out by default; the table keeps every event of the graph). Several
    values of one keyword: any of them; several keywords: all of them. Types and dates are checked before the
    graph is read (FilterError); an actor name that matches no actor, or several, raises QueryError naming
    the candidates.

    >>> rows = event_rows("out/seed.ttl", types=["accuse"], targets=["United States"])  # doctest: +SKIP
    """
    from .event_filter import EventFilter
    from .query import open_source, run_query
    from .rdf.ontology import local_name

    wanted = EventFilter(actors=actors, agents=agents, targets=targets, types=types, since=since, until=until,
                         articles=articles, asserted_only=asserted_only, include_negated=include_negated)
    query_source = open_source(source, engine="oxigraph")
    columns, results = run_query(query_source, "event-table")
    rows = []
    for values in _one_per_event(columns, results):
        get = dict(zip(columns, values))
        rows.append({
            "article": get["article"],
            "event": get["event"],
            "type": local_name(get["type"]),
            "cameo": get["cameo"],
            "plover": get["plover"],
            "agent": get["agent"],
            "agent_label": get["agentLabel"],
            "agent_country": get["agentCountry"],
            "target": get["target"],
            "target_label": get["targetLabel"],
            "target_country": get["targetCountry"],
            "topic": get["topic"],
            "sentence": get["sentence"],
            "start": get["start"],
            "end": get["end"],
            "date": _text(get["date"] if get["date"] is not None else get["published"]),
            "date_source": DATE_SOURCES[0] if get["date"] is not None else (
                DATE_SOURCES[1] if get["published"] is not None else None),
            "negated": bool(get["negated"]),
            "modality": local_name(get["modality"]).lower() if get["modality"] is not None else None,
            "reported_by": get["reportedBy"],
            "confidence": _number(get["confidence"]),
            "trigger": get["trigger"],
            "quad_class": int(get["quadClass"]),
            "goldstein": _number(get["goldstein"]),
            "source": get["source"],
            "place": get["place"],
            "url": _text(get["url"]),
        })
    rows.sort(key=_sort_key)
    return wanted.select(query_source, rows)


def _one_per_event(columns: list[str], results: list[tuple]) -> list[tuple]:
    """One row per event: the query joins an event's own attributes as they are (kg writes one of each),
    so a graph from elsewhere giving an event two values gives two rows; they become one, the least of
    each column (as SPARQL's MIN would give)."""
    at = columns.index("event")
    if len({row[at] for row in results}) == len(results):
        return results
    merged: dict = {}
    for row in results:
        merged.setdefault(row[at], []).append(row)
    least = lambda values: min((v for v in values if v is not None), default=None,  # noqa: E731
                               key=lambda v: (isinstance(v, str), v))
    return [group[0] if len(group) == 1 else tuple(least(cells) for cells in zip(*group)) for group in merged.values()]


def _text(value) -> str | None:
    return str(value) if value is not None else None


def _number(value) -> float | None:
    return float(value) if value is not None else None


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return " ".join(str(value).split())


def _truncate(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def format_rows(rows: Iterable[dict], fmt: str = "table") -> str:
    """``rows`` as text: ``table`` (aligned columns for reading), ``csv``, ``jsonl`` or ``json``.

    Raises:
        FormatError: ``fmt`` is not one of TABLE_FORMATS.
    """
    if fmt not in TABLE_FORMATS:
        raise FormatError(fmt, TABLE_FORMATS)
    rows = list(rows)
    if fmt == "json":
        return json.dumps(rows, indent=2, ensure_ascii=False) + "\n"
    if fmt == "jsonl":
        return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\n", extrasaction="ignore")
        writer.writeheader()
        for row in rows:
            writer.writerow({k: _cell(row.get(k)) if isinstance(row.get(k), bool) else row.get(k) for k in COLUMNS})
        return buffer.getvalue()
    cells = [list(TABLE_COLUMNS)]
    for row in rows:
        line = [UNKNOWN_AGENT if k == "agent_label" and "agent" in row and row["agent"] is None else _cell(row.get(k))
                for k in TABLE_COLUMNS]
        line[-1] = _truncate(line[-1], TOPIC_WIDTH)
        cells.append(line)
    widths = [max(len(line[i]) for line in cells) for i in range(len(TABLE_COLUMNS))]
    return "".join("  ".join(c.ljust(w) for c, w in zip(line, widths)).rstrip() + "\n" for line in cells)


def summary_lines(rows: list[dict], top: int = 10) -> list[str]:
    """Who did what to whom, most frequent first: "Russia —accused→ United States (2)". Only what the text
    says happened: negated, conditional, future, possible and hypothetical events are counted apart."""
    from .rdf.ontology import event_types

    verbs = {name: t.verb_label or name.lower() for name, t in event_types().items()}
    with_target = [r for r in rows if r["target"] is not None]
    asserted = [r for r in with_target if r["modality"] in (None, "asserted") and not r["negated"]]
    counts = Counter((r["agent_label"] or r["agent"] or UNKNOWN_AGENT, verbs.get(r["type"], r["type"]),
                      r["target_label"] or r["target"]) for r in asserted)
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    lines = [f"{agent} —{verb}→ {target} ({n})" for (agent, verb, target), n in ranked[:top]]
    if len(ranked) > top:
        lines.append(f"… and {len(ranked) - top} more")
    others = len(with_target) - len(asserted)
    if others:
        lines.append(f"({others} more not asserted: negated, conditional, future, possible or hypothetical)")
    return lines


def to_dataframe(data, *, parse_dates: bool = True):
    """A pandas DataFrame of event rows, of a query result, or of the event table of a graph.

    ``data`` is a list of row dicts (:func:`event_rows`), a ``(columns, rows)`` pair
    (:func:`kg.run_query`), or anything :func:`event_rows` reads (a Dataset, store, graph file, ...).
    Event rows keep the columns of COLUMNS, in order; with ``parse_dates``, ``date`` becomes a datetime
    where it is a full date (a bare year or month stays NaT) and the text as written stays in ``date_text``.
    Needs pandas (``pip install 'kg[pandas]'``).

    >>> df = to_dataframe((["a", "n"], [("x", 1), ("y", 2)]))  # doctest: +SKIP
    >>> df.n.sum()  # doctest: +SKIP
    3
    """
    try:
        import pandas as pd
    except ModuleNotFoundError:
        from .errors import KgError

        raise KgError("kg.to_dataframe needs pandas: pip install 'kg[pandas]'") from None
    if isinstance(data, tuple) and len(data) == 2 and isinstance(data[0], (list, tuple)):
        columns, rows = data
        return pd.DataFrame(list(rows), columns=list(columns))
    rows = data if isinstance(data, list) else event_rows(data)
    frame = pd.DataFrame(rows, columns=list(COLUMNS))
    if parse_dates:
        frame.insert(frame.columns.get_loc("date") + 1, "date_text", frame["date"])
        full = frame["date"].where(frame["date"].str.fullmatch(r"\d{4}-\d{2}-\d{2}", na=False))
        frame["date"] = pd.to_datetime(full, format="%Y-%m-%d", errors="coerce")
    return frame
