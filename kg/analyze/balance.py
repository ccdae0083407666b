"""Conflict or cooperation: Goldstein-style weights (kgo:goldstein in the ontology) summed per dyad."""
from __future__ import annotations

__all__ = ["balance", "QUAD_CLASSES"]

#: CAMEO quad classes (kgo:quadClass of the four superclasses in kg.ttl).
QUAD_CLASSES = {1: "verbal_cooperation", 2: "material_cooperation", 3: "verbal_conflict", 4: "material_conflict"}


def balance(G, weight: str = "goldstein") -> dict:
    """Per dyad (agent, target): the sum of the events' Goldstein-style weights and counts per quad class.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        Edges with ``goldstein`` (−10 conflict .. +10 cooperation) and ``quad_class`` (1..4), as
        :func:`kg.to_networkx` gives them from the ontology's annotations.

    Returns
    -------
    dict
        ``(agent, target)`` → ``{"goldstein": float, "events": int, "verbal_cooperation": int,
        "material_cooperation": int, "verbal_conflict": int, "material_conflict": int}``, most
        conflictual dyad first. Self-loops are left out.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> _ = G.add_edge("ru", "us", goldstein=-2.0, quad_class=3)
    >>> _ = G.add_edge("ru", "us", goldstein=4.5, quad_class=1)
    >>> balance(G)[("ru", "us")]["goldstein"]
    2.5
    """
    result: dict = {}
    for u, v, data in G.edges(data=True):
        if u == v:
            continue
        row = result.setdefault((u, v), {"goldstein": 0.0, "events": 0, **{name: 0 for name in QUAD_CLASSES.values()}})
        row["goldstein"] = round(row["goldstein"] + float(data.get(weight) or 0.0), 6)
        row["events"] += 1
        name = QUAD_CLASSES.get(data.get("quad_class"))
        if name:
            row[name] += 1
    return dict(sorted(result.items(), key=lambda item: (item[1]["goldstein"], str(item[0]))))
