"""The event table: one row per event, read from the graph (so a saved graph gives the same table as its articles).

The rows come from the SPARQL query ontology/queries/event-table.rq, run by Oxigraph over the union of
the graph's named graphs with ontology/kg.ttl added (an rdflib graph is copied into an in-memory store
first: on large graphs the query is orders of magnitude faster there than in rdflib's evaluator); this
module only names the columns.
"""
from __future__ import annotations

import csv
import io
import json
from collections import Counter
from typing import Iterable

from .errors import FormatError

__all__ = ["COLUMNS", "TABLE_FORMATS", "event_rows", "format_rows", "summary_lines"]

#: The keys of every row, in order.
COLUMNS = ("article", "event", "type", "cameo", "plover", "agent", "agent_label", "agent_country", "target",
           "target_label", "target_country", "topic", "sentence", "start", "end", "date", "negated", "modality",
           "reported_by", "confidence", "trigger", "quad_class", "source")
TABLE_FORMATS = ("table", "csv", "jsonl", "json")
#: Columns of the plain-text table, and how wide the topic may get.
TABLE_COLUMNS = ("article", "type", "agent_label", "target_label", "modality", "date", "topic")
TOPIC_WIDTH = 60


def _sort_key(row: dict):
    return (row["article"] or "", row["start"] if row["start"] is not None else -1, row["type"],
            row["agent"] or "", row["target"] or "", row["event"])


def event_rows(source) -> list[dict]:
    """The events in ``source`` as dicts with the keys in COLUMNS.

    ``source`` is an rdflib Dataset or Graph, a ``pyoxigraph.Store``, a store directory, a graph file or a
    :class:`kg.query.QuerySource`. Sorted by article, sentence start, type, agent, target. ``type`` and
    ``modality`` are local names (modality in lower case), ``*_country`` ISO-3 codes, ``date`` the
    kgo:time value as written; absent values are None.
    """
    from .query import open_source, run_query
    from .rdf.ontology import local_name

    columns, results = run_query(open_source(source, engine="oxigraph"), "event-table")
    rows = []
    for values in results:
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
            "date": str(get["date"]) if get["date"] is not None else None,
            "negated": bool(get["negated"]),
            "modality": local_name(get["modality"]).lower() if get["modality"] is not None else None,
            "reported_by": get["reportedBy"],
            "confidence": get["confidence"],
            "trigger": get["trigger"],
            "quad_class": int(get["quadClass"]),
            "source": get["source"],
        })
    rows.sort(key=_sort_key)
    return rows


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
        line = [_cell(row.get(k)) for k in TABLE_COLUMNS]
        line[-1] = _truncate(line[-1], TOPIC_WIDTH)
        cells.append(line)
    widths = [max(len(line[i]) for line in cells) for i in range(len(TABLE_COLUMNS))]
    return "".join("  ".join(c.ljust(w) for c, w in zip(line, widths)).rstrip() + "\n" for line in cells)


def summary_lines(rows: list[dict], top: int = 10) -> list[str]:
    """Who did what to whom, most frequent first: "Russia —accused→ United States (2)"."""
    from .rdf.ontology import event_types

    verbs = {name: t.verb_label or name.lower() for name, t in event_types().items()}
    counts = Counter((r["agent_label"] or r["agent"], verbs.get(r["type"], r["type"]), r["target_label"] or r["target"])
                     for r in rows if r["target"] is not None)
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    lines = [f"{agent} —{verb}→ {target} ({n})" for (agent, verb, target), n in ranked[:top]]
    if len(ranked) > top:
        lines.append(f"… and {len(ranked) - top} more")
    return lines
