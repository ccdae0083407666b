"""Every report of ``kg analyze`` in one call, as plain data (what the command prints)."""
from __future__ import annotations

__all__ = ["analyze", "format_report", "REPORT_FORMATS"]

REPORT_FORMATS = ("table", "json")


def analyze(graph, by: str = "actor", actor: str | None = None, path: tuple | None = None,
            export_to=None, top_n: int = 10, seed: int = 42, asserted_only: bool = False,
            timeline_to=()) -> dict:
    """Project ``graph`` (see :func:`kg.to_networkx`) and compute every report.

    Returns
    -------
    dict
        ``summary`` (nodes, events, dyads, by), ``pagerank`` and ``betweenness`` (top ``top_n``),
        ``most_active`` / ``most_targeted`` (per event type), ``communities`` (lists of labels),
        ``reciprocity`` (overall share and mutual pairs per type), ``balance`` (per dyad), and, when
        asked for, ``ego`` (of ``actor``), ``path`` (between the two actors of ``path``),
        ``exported`` (file names) and ``timeline`` (the files ``timeline_to`` names, .csv/.png/.svg,
        written by :func:`kg.analyze.timeline.write_timeline`, and the series' size). Nodes appear by label.
    """
    from .activity import most_active, most_targeted
    from .balance import balance
    from .centrality import betweenness, pagerank, top
    from .communities import communities
    from .ego import ego
    from .export import export
    from .paths import shortest_chain
    from .project import node_label, to_networkx
    from .reciprocity import mutual_pairs, reciprocity

    G = to_networkx(graph, by=by, asserted_only=asserted_only)
    name = lambda node: node_label(G, node)  # noqa: E731
    relabel = lambda scores: {name(n): round(s, 6) for n, s in scores.items()}  # noqa: E731
    parts = communities(G, seed=seed)
    blocs: dict = {}
    for node, index in parts.items():
        blocs.setdefault(index, []).append(name(node))
    dyads = balance(G)
    report = {
        "summary": {"by": by, "actors": G.number_of_nodes(), "events": G.number_of_edges(),
                    "dyads": len(dyads)},
        "pagerank": relabel(top(pagerank(G), top_n)),
        "betweenness": relabel(top(betweenness(G), top_n)),
        "most_active": {t: {name(n): c for n, c in counts.items()} for t, counts in most_active(G, 3).items()},
        "most_targeted": {t: {name(n): c for n, c in counts.items()} for t, counts in most_targeted(G, 3).items()},
        "communities": [sorted(blocs[i]) for i in sorted(blocs)],
        "reciprocity": {
            "share": round(reciprocity(G), 6),
            "mutual": {t: [{"a": name(p["a"]), "b": name(p["b"]), "a_to_b": p["a_to_b"], "b_to_a": p["b_to_a"]}
                           for p in pairs] for t, pairs in mutual_pairs(G).items()},
        },
        "balance": [{"agent": name(u), "target": name(v), **row} for (u, v), row in dyads.items()],
    }
    if actor:
        e = ego(G, actor)
        report["ego"] = {"actor": e["label"], "neighbours": [name(n) for n in e["nodes"] if n != e["actor"]],
                         "out": {t: {name(n): c for n, c in d.items()} for t, d in e["out"].items()},
                         "in": {t: {name(n): c for n, c in d.items()} for t, d in e["in"].items()}}
    if path:
        chain = shortest_chain(G, path[0], path[1])
        report["path"] = {"path": [name(n) for n in chain["path"]],
                          "events": [{**ev, "agent": name(ev["agent"]), "target": name(ev["target"])}
                                     for ev in chain["events"]]}
    if export_to:
        report["exported"] = [str(p) for p in export(G, export_to)]
    if timeline_to:
        from .timeline import timeline, write_timeline

        series = timeline(graph)
        report["timeline"] = {"files": [str(write_timeline(series, p)) for p in timeline_to],
                              "dyads": len(series["dyads"]), "weeks": len({r["week"] for r in series["rows"]}),
                              "left_out": series["left_out"]}
    return report


def _table(rows: list[list], header: list[str]) -> list[str]:
    cells = [[("" if c is None else str(c)) for c in row] for row in rows]
    widths = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(header)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(header, widths)).rstrip()]
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in cells]
    return lines


def format_report(report: dict, fmt: str = "table") -> str:
    """The report as JSON or as readable text sections."""
    import json

    from ..errors import FormatError

    if fmt not in REPORT_FORMATS:
        raise FormatError(fmt, REPORT_FORMATS)
    if fmt == "json":
        return json.dumps(report, indent=2, ensure_ascii=False) + "\n"
    s = report["summary"]
    out = [f"actor network (by {s['by']}): {s['actors']} actors, {s['events']} events, {s['dyads']} dyads", ""]
    out += ["PageRank"] + _table([[k, f"{v:.4f}"] for k, v in report["pagerank"].items()], ["actor", "score"]) + [""]
    out += ["Betweenness"] + _table([[k, f"{v:.4f}"] for k, v in report["betweenness"].items()], ["actor", "score"]) + [""]
    for key, title in (("most_active", "Most active (agent) per event type"), ("most_targeted", "Most targeted per event type")):
        out += [title] + _table([[t, ", ".join(f"{a} ({n})" for a, n in d.items())] for t, d in report[key].items()],
                                ["type", "actors"]) + [""]
    out += ["Communities (Louvain)"] + [f"{i}: {', '.join(c)}" for i, c in enumerate(report["communities"])] + [""]
    rec = report["reciprocity"]
    out += [f"Reciprocity: {rec['share']:.3f} of links are returned"]
    out += _table([[t, p["a"], p["b"], p["a_to_b"], p["b_to_a"]] for t, pairs in rec["mutual"].items() for p in pairs],
                  ["type", "a", "b", "a→b", "b→a"]) + [""]
    out += ["Conflict/cooperation balance per dyad (Goldstein sum; events per quad class VC/MC/VK/MK)"]
    out += _table([[b["agent"], b["target"], f"{b['goldstein']:+.1f}", b["events"],
                    f"{b['verbal_cooperation']}/{b['material_cooperation']}/{b['verbal_conflict']}/{b['material_conflict']}"]
                   for b in report["balance"]], ["agent", "target", "goldstein", "events", "quads"]) + [""]
    if "ego" in report:
        e = report["ego"]
        out += [f"Ego network of {e['actor']}: {', '.join(e['neighbours']) or '(no neighbours)'}"]
        out += [f"  {e['actor']} → {t}: " + ", ".join(f"{a} ({n})" for a, n in d.items()) for t, d in e["out"].items()]
        out += [f"  {t} → {e['actor']}: " + ", ".join(f"{a} ({n})" for a, n in d.items()) for t, d in e["in"].items()]
        out += [""]
    if "path" in report:
        p = report["path"]
        if not p["path"]:
            out += ["Shortest chain: no chain of events links them", ""]
        else:
            out += ["Shortest chain: " + " — ".join(p["path"])]
            out += [f"  {ev['agent']} {ev['type']} {ev['target']} ({ev['date'] or 'undated'}): {' '.join((ev['sentence'] or '').split())}"[:200]
                    for ev in p["events"]] + [""]
    if "exported" in report:
        out += ["Exported: " + ", ".join(report["exported"]), ""]
    if "timeline" in report:
        t = report["timeline"]
        out += [f"Timeline: {t['dyads']} dyads over {t['weeks']} weeks ({t['left_out']} events dated only by month "
                f"or year left out) → " + ", ".join(t["files"]), ""]
    return "\n".join(out).rstrip() + "\n"
