"""The actor network to files Gephi, Cytoscape, pandas or a spreadsheet read: GraphML, GEXF or a CSV pair.

Every format holds the same network (:func:`network_for_export`): one node per actor with ``label``,
``pagerank``, ``community`` and ``degree``, and one edge per (agent, target, event type) whose ``weight``
is its number of events. The event type is ``event_type``: GEXF reserves ``type`` (directed or
undirected) and so does Gephi's spreadsheet import, which reads the CSV pair's ``id``/``label`` and
``source``/``target``/``weight``/``label`` columns as its own. One row per event is the event table's
job (``kg events --format csv``); each edge lists its events' IRIs in ``events``.
"""
from __future__ import annotations

import csv
import io
from pathlib import Path

from .._atomic import atomic_file, write_atomic

__all__ = ["export", "network_for_export", "EXPORT_SUFFIXES", "NODE_COLUMNS", "EDGE_COLUMNS"]

#: File suffix → format.
EXPORT_SUFFIXES = {".graphml": "graphml", ".gexf": "gexf", ".csv": "csv"}
NODE_COLUMNS = ("id", "label", "class", "iso3", "state", "members", "pagerank", "community", "degree")
EDGE_COLUMNS = ("source", "target", "weight", "label", "event_type", "quad_class", "cameo", "plover", "goldstein",
                "verb", "first_date", "last_date", "events")


def network_for_export(G):
    """``G`` (an actor network from :func:`kg.to_networkx`) as every export writes it: a MultiDiGraph
    keyed by event type, with only scalar attributes.

    Nodes keep their attributes (``label``, ``class``, ``iso3``, ``state``, ``members``) and gain
    ``pagerank`` (on the event-count-weighted network), ``community`` (Louvain, fixed seed; 0 the
    largest) and ``degree`` (the number of events the actor takes part in, as agent or target). Each
    edge stands for the events of one agent, target and ``event_type``: ``weight`` (their number),
    ``label`` (the verb, "accused"), ``quad_class``, ``cameo``, ``plover``, ``goldstein`` (per event),
    ``first_date`` and ``last_date`` where known, and ``events`` (their IRIs, space-separated).

    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> _ = G.add_edge("ru", "us", key="e1", event_type="Accuse", verb="accused")
    >>> _ = G.add_edge("ru", "us", key="e2", event_type="Accuse", verb="accused")
    >>> H = network_for_export(G)
    >>> H.edges["ru", "us", "Accuse"]["weight"], H.edges["ru", "us", "Accuse"]["label"], H.nodes["us"]["degree"]
    (2, 'accused', 2)
    """
    import networkx as nx

    from .centrality import pagerank
    from .communities import communities

    H = nx.MultiDiGraph()
    H.graph.update({k: v for k, v in G.graph.items() if isinstance(v, (str, int, float, bool))})
    ranks, parts = pagerank(G), communities(G)
    for node, data in G.nodes(data=True):
        attrs = {k: v for k, v in data.items() if isinstance(v, (str, int, float, bool))}
        attrs.setdefault("label", str(node))
        attrs.update(pagerank=round(float(ranks.get(node, 0.0)), 6), community=int(parts.get(node, 0)),
                     degree=int(G.degree(node)))
        H.add_node(node, **attrs)
    for u, v, key, data in sorted(G.edges(keys=True, data=True), key=lambda e: tuple(map(str, e[:3]))):
        etype = data.get("event_type") or "Event"
        if not H.has_edge(u, v, key=etype):
            attrs = {"event_type": etype, "weight": 0, "label": data.get("verb") or etype.lower(), "events": []}
            for name in ("quad_class", "cameo", "plover", "goldstein", "verb"):
                if data.get(name) is not None:
                    attrs[name] = data[name]
            H.add_edge(u, v, key=etype, **attrs)
        edge = H.edges[u, v, etype]
        edge["weight"] += 1
        edge["events"].append(str(data.get("event", key)))
        date = data.get("date")
        if date:
            edge["first_date"] = min(edge.get("first_date", date), date)
            edge["last_date"] = max(edge.get("last_date", date), date)
    for _, _, data in H.edges(data=True):
        data["events"] = " ".join(data["events"])
    return H


def _csv_text(columns, rows) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows(rows)
    return buffer.getvalue()


def export(G, path, fmt: str | None = None) -> list[Path]:
    """Write the network ``G`` to ``path`` in the format its suffix names, atomically.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        An actor network (see :func:`kg.to_networkx`).
    path : str or path
        ``*.graphml`` (GraphML), ``*.gexf`` (GEXF 1.2) or ``*.csv``: a pair ``<stem>.nodes.csv`` and
        ``<stem>.edges.csv`` (one row per node; one per agent, target and event type), with the
        columns NODE_COLUMNS and EDGE_COLUMNS. Every format holds :func:`network_for_export` of ``G``.
    fmt : {"graphml", "gexf", "csv"}, optional
        Overrides the suffix.

    Returns
    -------
    list of Path
        The files written. Each is written to a temporary file beside it and moved into place.

    Examples
    --------
    >>> import networkx as nx, tempfile, pathlib
    >>> G = nx.MultiDiGraph(); _ = G.add_edge("a", "b", event_type="Accuse")
    >>> out = pathlib.Path(tempfile.mkdtemp()) / "net.graphml"
    >>> [p.name for p in export(G, out)]
    ['net.graphml']
    >>> sorted(nx.read_graphml(out).edges())
    [('a', 'b')]
    """
    import networkx as nx

    from ..errors import FormatError

    path = Path(path)
    fmt = fmt or EXPORT_SUFFIXES.get(path.suffix.lower())
    if fmt not in EXPORT_SUFFIXES.values():
        raise FormatError(fmt or path.suffix or str(path), [s.lstrip(".") for s in EXPORT_SUFFIXES])
    H = network_for_export(G)
    if fmt == "graphml":
        with atomic_file(path) as handle:
            nx.write_graphml(H, handle)
        return [path]
    if fmt == "gexf":
        with atomic_file(path) as handle:
            nx.write_gexf(H, handle)
        return [path]
    stem = path.with_suffix("")
    if stem.suffix in (".nodes", ".edges"):
        stem = stem.with_suffix("")
    nodes_path, edges_path = Path(f"{stem}.nodes.csv"), Path(f"{stem}.edges.csv")
    node_rows = [[node] + [data.get(c, "") for c in NODE_COLUMNS[1:]]
                 for node, data in sorted(H.nodes(data=True), key=lambda x: str(x[0]))]
    edge_rows = [[u, v] + [data.get(c, "") for c in EDGE_COLUMNS[2:]]
                 for u, v, data in sorted(H.edges(data=True), key=lambda e: (str(e[0]), str(e[1]), e[2]["event_type"]))]
    return [write_atomic(nodes_path, _csv_text(NODE_COLUMNS, node_rows)),
            write_atomic(edges_path, _csv_text(EDGE_COLUMNS, edge_rows))]
