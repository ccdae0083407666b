"""One actor's neighbourhood: whom it acted on and who acted on it."""
from __future__ import annotations

from collections import Counter

__all__ = ["ego", "ego_graph"]


def ego_graph(G, actor, radius: int = 1):
    """The sub-MultiDiGraph of ``actor`` (a node, label or ISO3 code) and everyone within ``radius``
    links of it in either direction, with all events among them."""
    import networkx as nx

    from .project import find_node

    center = find_node(G, actor)
    return nx.ego_graph(G, center, radius=radius, undirected=True)


def ego(G, actor, radius: int = 1) -> dict:
    """A summary of ``actor``'s ego network.

    Returns
    -------
    dict
        ``{"actor": node, "label": str, "nodes": [node, ...], "out": {type: {node: n}},
        "in": {type: {node: n}}}``: its neighbours (sorted) and, per event type, how many events it
        directed at each and received from each.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.MultiDiGraph([("ru", "us", {"event_type": "Accuse"}), ("us", "ru", {"event_type": "Appeal"}), ("x", "y")])
    >>> e = ego(G, "ru")
    >>> e["nodes"], e["out"], e["in"]
    (['ru', 'us'], {'Accuse': {'us': 1}}, {'Appeal': {'us': 1}})
    """
    import networkx as nx

    from .project import find_node, node_label

    center = find_node(G, actor)
    sub = nx.ego_graph(G, center, radius=radius, undirected=True)
    out: dict = {}
    into: dict = {}
    for u, v, etype in G.out_edges(center, data="event_type"):
        out.setdefault(etype or "?", Counter())[v] += 1
    for u, v, etype in G.in_edges(center, data="event_type"):
        into.setdefault(etype or "?", Counter())[u] += 1

    def plain(counts):
        return {t: dict(sorted(c.items(), key=lambda item: (-item[1], str(item[0])))) for t, c in sorted(counts.items())}

    return {"actor": center, "label": node_label(G, center), "nodes": sorted(sub.nodes(), key=str),
            "out": plain(out), "in": plain(into)}

