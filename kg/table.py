"""The event table: one row per event, read from the graph (so a saved graph gives the same table as its articles).

The rows come from the SPARQL query ontology/queries/event-table.rq, run over the union of the graph's
named graphs with ontology/kg.ttl added; this module only turns RDF terms into plain Python values.
"""
from __future__ import annotations

import csv
import io
import json
from collections import Counter
from decimal import Decimal
from functools import lru_cache
from typing import Iterable

from .errors import FormatError

__all__ = ["COLUMNS", "TABLE_FORMATS", "event_rows", "format_rows", "summary_lines"]

#: The keys of every row, in order.
COLUMNS = ("article", "event", "type", "cameo", "plover", "agent", "agent_label", "agent_country", "target",
           "target_label", "target_country", "topic", "sentence", "start", "end", "date", "negated", "modality",
           "reported_by", "confidence", "trigger", "quad_class")
TABLE_FORMATS = ("table", "csv", "jsonl", "json")
#: Columns of the plain-text table, and how wide the topic may get.
TABLE_COLUMNS = ("article", "type", "agent_label", "target_label", "modality", "date", "topic")
TOPIC_WIDTH = 60


@lru_cache(maxsize=1)
def _event_query():
    from rdflib.plugins.sparql import prepareQuery

    from .resources import ontology_path

    path = ontology_path("queries", "event-table.rq")
    return prepareQuery(path.read_text(encoding="utf-8"))


def _python(term):
    if term is None:
        return None
    value = term.toPython()
    return float(value) if isinstance(value, Decimal) else value


def _sort_key(row: dict):
    return (row["article"] or "", row["start"] if row["start"] is not None else -1, row["type"],
            row["agent"] or "", row["target"] or "", row["event"])


def event_rows(dataset) -> list[dict]:
    """The events in ``dataset`` (an rdflib Dataset or Graph) as dicts with the keys in COLUMNS.

    Sorted by article, sentence start, type, agent, target. ``type`` and ``modality`` are local names
    (modality in lower case), ``*_country`` ISO-3 codes, ``date`` the kgo:time value as written; absent
    values are None.
    """
    from .rdf.io import union_graph
    from .rdf.ontology import load_ontology, local_name

    graph = union_graph(dataset)
    work = graph + load_ontology() if len(graph) else graph
    rows = []
    for r in work.query(_event_query()):
        get = r.asdict()
        start, end = get.get("start"), get.get("end")
        rows.append({
            "article": _python(get.get("article")),
            "event": str(r.event),
            "type": local_name(r.type),
            "cameo": _python(get.get("cameo")),
            "plover": _python(get.get("plover")),
            "agent": str(r.agent),
            "agent_label": _python(get.get("agentLabel")),
            "agent_country": _python(get.get("agentCountry")),
            "target": str(r.target) if get.get("target") is not None else None,
            "target_label": _python(get.get("targetLabel")),
            "target_country": _python(get.get("targetCountry")),
            "topic": _python(get.get("topic")),
            "sentence": _python(get.get("sentence")),
            "start": int(start) if start is not None else None,
            "end": int(end) if end is not None else None,
            "date": str(get["date"]) if get.get("date") is not None else None,
            "negated": bool(_python(get.get("negated"))),
            "modality": local_name(r.modality).lower() if get.get("modality") is not None else None,
            "reported_by": _python(get.get("reportedBy")),
            "confidence": _python(get.get("confidence")),
            "trigger": _python(get.get("trigger")),
            "quad_class": int(r.quadClass),
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
