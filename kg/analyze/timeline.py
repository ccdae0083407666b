"""Per-dyad time series: how many events each agent → target pair had per week, and how conflictual.

A week is named by its Monday (ISO weeks). An event counts in the week of its table ``date`` (the date
the text gives it, else the article's; see :func:`kg.table.event_rows`) when that is a full date; a
date the text gives only as a month or year cannot be placed in a week and is left out, as are events
with no target and negated ones (they did not happen, as in :func:`kg.to_networkx`).
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from pathlib import Path

__all__ = ["timeline", "write_timeline", "TIMELINE_COLUMNS", "TIMELINE_SUFFIXES"]

TIMELINE_COLUMNS = ("week", "agent", "agent_label", "target", "target_label", "events", "cooperation", "conflict",
                    "goldstein")
#: File suffix → what ``write_timeline`` writes there.
TIMELINE_SUFFIXES = {".csv": "csv", ".png": "png", ".svg": "svg"}
_FULL_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _monday(date: str) -> str:
    day = dt.date.fromisoformat(date)
    return (day - dt.timedelta(days=day.weekday())).isoformat()


def timeline(source) -> dict:
    """The per-dyad, per-week series of ``source`` (event rows, or anything :func:`kg.event_rows` reads).

    Returns
    -------
    dict
        ``rows``: one dict per (week, agent, target) with TIMELINE_COLUMNS (``cooperation`` and
        ``conflict`` count the events of quad classes 1–2 and 3–4, ``goldstein`` sums their weights),
        sorted by week, then most events first; ``dyads``: (agent, target) pairs, most events first;
        ``left_out``: how many dyadic events had no full date.

    >>> rows = [{"agent": "ru", "agent_label": "Russia", "target": "us", "target_label": "United States",
    ...          "date": "2022-01-05", "negated": False, "quad_class": 3, "goldstein": -2.0}]
    >>> timeline(rows)["rows"][0]["week"], timeline(rows)["rows"][0]["conflict"]
    ('2022-01-03', 1)
    """
    from ..table import event_rows

    events = source if isinstance(source, list) else event_rows(source)
    series: dict = {}
    totals: Counter = Counter()
    left_out = 0
    for row in events:
        if row["target"] is None or row["agent"] is None or row["negated"] or row["agent"] == row["target"]:
            continue  # a series is a dyad's: no target, or an unknown agent ("a car bomb killed ..."), is none
        if not row["date"] or not _FULL_DATE.fullmatch(row["date"]):
            left_out += 1
            continue
        key = (_monday(row["date"]), row["agent"], row["target"])
        cell = series.setdefault(key, {
            "week": key[0], "agent": row["agent"], "agent_label": row["agent_label"] or row["agent"],
            "target": row["target"], "target_label": row["target_label"] or row["target"],
            "events": 0, "cooperation": 0, "conflict": 0, "goldstein": 0.0})
        cell["events"] += 1
        cell["cooperation" if row["quad_class"] in (1, 2) else "conflict"] += 1
        cell["goldstein"] = round(cell["goldstein"] + float(row["goldstein"] or 0.0), 6)
        totals[key[1:]] += 1
    dyads = sorted(totals, key=lambda d: (-totals[d], d))
    rank = {d: i for i, d in enumerate(dyads)}
    rows = sorted(series.values(), key=lambda r: (r["week"], rank[(r["agent"], r["target"])]))
    return {"rows": rows, "dyads": dyads, "left_out": left_out}


def _csv(rows) -> str:
    import csv
    import io

    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=TIMELINE_COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()


def _plot(series: dict, fmt: str, handle, top: int) -> None:
    try:
        from matplotlib.figure import Figure
    except ModuleNotFoundError:
        from ..errors import KgError

        raise KgError("plotting the timeline needs matplotlib: pip install 'kg[plot]'") from None
    import matplotlib

    matplotlib.rcParams["svg.hashsalt"] = "kg"  # the same series gives the same SVG bytes
    top_dyads = series["dyads"][:top]
    # only the weeks the plotted dyads have events in, evenly spaced: news corpora come in bursts years apart
    weeks = sorted({r["week"] for r in series["rows"] if (r["agent"], r["target"]) in top_dyads})
    position = {w: i for i, w in enumerate(weeks)}
    figure = Figure(figsize=(9, 4.5), dpi=110, layout="constrained")
    axes = figure.add_subplot()
    for agent, target in top_dyads:
        own = [r for r in series["rows"] if (r["agent"], r["target"]) == (agent, target)]
        axes.plot([position[r["week"]] for r in own], [r["goldstein"] for r in own], marker="o",
                  label=f"{own[0]['agent_label']} → {own[0]['target_label']}")
    step = max(1, len(weeks) // 12)
    axes.set_xticks(range(0, len(weeks), step), [weeks[i] for i in range(0, len(weeks), step)],
                    rotation=30, ha="right")
    axes.axhline(0, color="0.6", linewidth=0.8)
    axes.set_ylabel("Goldstein sum per week (− conflict, + cooperation)")
    axes.set_xlabel("week (its Monday; weeks without events left out)")
    axes.set_title(f"Conflict / cooperation of the {min(top, len(series['dyads']))} busiest dyads")
    if series["dyads"]:
        axes.legend(fontsize="small", loc="best")
    figure.savefig(handle, format=fmt, metadata={"Date": None} if fmt == "svg" else {"Software": None})


def write_timeline(source, path, *, top: int = 5) -> Path:
    """Write the :func:`timeline` of ``source`` to ``path``: ``.csv`` (every row) or ``.png``/``.svg`` (a
    plot of the ``top`` busiest dyads' weekly Goldstein sums; needs matplotlib). Written atomically."""
    from .._atomic import atomic_file, write_atomic
    from ..errors import FormatError

    path = Path(path)
    fmt = TIMELINE_SUFFIXES.get(path.suffix.lower())
    if fmt is None:
        raise FormatError(path.suffix or str(path), [s.lstrip(".") for s in TIMELINE_SUFFIXES])
    series = source if isinstance(source, dict) else timeline(source)
    if fmt == "csv":
        return write_atomic(path, _csv(series["rows"]))
    with atomic_file(path) as handle:
        _plot(series, fmt, handle, top)
    return path
