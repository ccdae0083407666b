"""How two actors are linked: the shortest chain of events between them."""
from __future__ import annotations

__all__ = ["shortest_chain"]


def _pick(edges: dict) -> tuple:
    """The representative event of a hop: the earliest dated, then by event IRI."""
    return min(edges.items(), key=lambda item: (str(item[1].get("date") or "9999"), str(item[0])))


def shortest_chain(G, source, target, directed: bool = False) -> dict:
    """The shortest chain of events linking ``source`` to ``target`` (nodes, labels or ISO3 codes).

    Parameters
    ----------
    G : networkx.MultiDiGraph
        An actor network.
    directed : bool
        Follow events only from agent to target; by default a chain may use an event either way.

    Returns
    -------
    dict
        ``{"path": [node, ...], "events": [{"agent", "target", "type", "date", "sentence", "event",
        "events_on_hop"}, ...]}``; each hop shows one event (the earliest) and how many link that pair.
        ``{"path": [], "events": []}`` when no chain exists.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> _ = G.add_edge("a", "b", event_type="Accuse"); _ = G.add_edge("c", "b", event_type="Threaten")
    >>> [e["type"] for e in shortest_chain(G, "a", "c")["events"]]
    ['Accuse', 'Threaten']
    >>> shortest_chain(G, "a", "c", directed=True)["path"]
    []
    """
    import networkx as nx

    from .project import find_node

    u, v = find_node(G, source), find_node(G, target)
    view = G if directed else G.to_undirected(as_view=True)
    try:
        path = nx.shortest_path(view, u, v)
    except nx.NetworkXNoPath:
        return {"path": [], "events": []}
    events = []
    for a, b in zip(path, path[1:]):
        forward = dict(G.get_edge_data(a, b) or {})
        backward = {} if directed else dict(G.get_edge_data(b, a) or {})
        both = {**forward, **backward}
        key, data = _pick(both)
        agent, tgt = (a, b) if key in forward else (b, a)
        events.append({"agent": agent, "target": tgt, "type": data.get("event_type"), "date": data.get("date"),
                       "sentence": data.get("sentence"), "event": data.get("event", key),
                       "events_on_hop": len(both)})
    return {"path": list(path), "events": events}
