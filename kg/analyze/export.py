"""The actor network to files Gephi, Cytoscape or a spreadsheet read: GraphML, GEXF or a CSV pair."""
from __future__ import annotations

import csv
import os
import tempfile
from pathlib import Path

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


def _atomic(path: Path, write) -> Path:
    """Call write(temporary path), then move the temporary file onto ``path``; no half-written file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        write(tmp)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def _write_csv(tmp: str, columns, rows) -> None:
    with open(tmp, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows(rows)


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
        return [_atomic(path, lambda tmp: nx.write_graphml(_scalar_copy(G), tmp))]
    if fmt == "gexf":
        return [_atomic(path, lambda tmp: nx.write_gexf(_scalar_copy(G), tmp))]
    stem = path.with_suffix("")
    if stem.suffix in (".nodes", ".edges"):
        stem = stem.with_suffix("")
    nodes_path, edges_path = Path(f"{stem}.nodes.csv"), Path(f"{stem}.edges.csv")
    node_rows = [[node] + [data.get(c, "") for c in NODE_COLUMNS[1:]] for node, data in sorted(G.nodes(data=True), key=lambda x: str(x[0]))]
    edge_rows = []
    for u, v, key, data in sorted(G.edges(keys=True, data=True), key=lambda e: (str(e[0]), str(e[1]), str(e[2]))):
        edge_rows.append([u, v, key] + [data.get(c, "") for c in EDGE_COLUMNS[3:]])
    written = [_atomic(nodes_path, lambda tmp: _write_csv(tmp, NODE_COLUMNS, node_rows)),
               _atomic(edges_path, lambda tmp: _write_csv(tmp, EDGE_COLUMNS, edge_rows))]
    return written
