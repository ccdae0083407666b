"""The actor network to files Gephi, Cytoscape or a spreadsheet read: GraphML, GEXF or a CSV pair."""
from __future__ import annotations

import csv
import io
from pathlib import Path

from .._atomic import atomic_file, write_atomic

__all__ = ["export", "EXPORT_SUFFIXES", "NODE_COLUMNS", "EDGE_COLUMNS"]

#: File suffix → format.
EXPORT_SUFFIXES = {".graphml": "graphml", ".gexf": "gexf", ".csv": "csv"}
NODE_COLUMNS = ("id", "label", "class", "iso3", "state", "members")
EDGE_COLUMNS = ("source", "target", "key", "type", "quad_class", "cameo", "plover", "goldstein", "verb",
                "modality", "negated", "topic", "date", "sentence", "article", "event")


def _scalar_copy(G):
    """G with only scalar graph attributes (GraphML and GEXF cannot hold dicts)."""
    H = G.copy()
    H.graph = {k: v for k, v in G.graph.items() if isinstance(v, (str, int, float, bool))}
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
        ``<stem>.edges.csv`` (one row per node; one row per event edge).
    fmt : {"graphml", "gexf", "csv"}, optional
        Overrides the suffix.

    Returns
    -------
    list of Path
        The files written. Each is written to a temporary file beside it and moved into place.

    Examples
    --------
    >>> import networkx as nx, tempfile, pathlib
    >>> G = nx.MultiDiGraph(); _ = G.add_edge("a", "b", type="Accuse")
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
    if fmt == "graphml":
        with atomic_file(path) as handle:
            nx.write_graphml(_scalar_copy(G), handle)
        return [path]
    if fmt == "gexf":
        with atomic_file(path) as handle:
            nx.write_gexf(_scalar_copy(G), handle)
        return [path]
    stem = path.with_suffix("")
    if stem.suffix in (".nodes", ".edges"):
        stem = stem.with_suffix("")
    nodes_path, edges_path = Path(f"{stem}.nodes.csv"), Path(f"{stem}.edges.csv")
    node_rows = [[node] + [data.get(c, "") for c in NODE_COLUMNS[1:]] for node, data in sorted(G.nodes(data=True), key=lambda x: str(x[0]))]
    edge_rows = []
    for u, v, key, data in sorted(G.edges(keys=True, data=True), key=lambda e: (str(e[0]), str(e[1]), str(e[2]))):
        edge_rows.append([u, v, key] + [data.get(c, "") for c in EDGE_COLUMNS[3:]])
    return [write_atomic(nodes_path, _csv_text(NODE_COLUMNS, node_rows)),
            write_atomic(edges_path, _csv_text(EDGE_COLUMNS, edge_rows))]
