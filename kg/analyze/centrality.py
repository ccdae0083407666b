"""Who is central: PageRank and betweenness on the collapsed actor network."""
from __future__ import annotations

__all__ = ["pagerank", "betweenness", "top"]


def pagerank(G, alpha: float = 0.85, weight: str | None = "weight") -> dict:
    """PageRank of each actor on the collapsed network (edge weight = number of events).

    Parameters
    ----------
    G : networkx.MultiDiGraph
        An actor network from :func:`kg.to_networkx` (or any MultiDiGraph/DiGraph).
    alpha : float
        Damping factor.
    weight : str or None
        Weigh each agent → target link by its number of events (``"weight"``) or not (None).

    Returns
    -------
    dict
        node → score; the scores sum to 1 (an empty graph gives ``{}``).

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.MultiDiGraph([("a", "c"), ("b", "c"), ("c", "a")])
    >>> scores = pagerank(G)
    >>> max(scores, key=scores.get), round(sum(scores.values()), 6)
    ('c', 1.0)
    """
    import networkx as nx

    from .project import collapse

    if G.number_of_nodes() == 0:
        return {}
    return nx.pagerank(collapse(G), alpha=alpha, weight=weight)


def betweenness(G, normalized: bool = True) -> dict:
    """Betweenness centrality of each actor on the collapsed, directed network (unweighted paths).

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.MultiDiGraph([("a", "b"), ("b", "c")])
    >>> betweenness(G)["b"]
    0.5
    """
    import networkx as nx

    from .project import collapse

    if G.number_of_nodes() == 0:
        return {}
    return nx.betweenness_centrality(collapse(G), normalized=normalized)


def top(scores: dict, n: int = 10) -> dict:
    """The ``n`` highest scores, highest first (ties by node), as a dict.

    >>> top({"a": 0.1, "b": 0.5, "c": 0.4}, 2)
    {'b': 0.5, 'c': 0.4}
    """
    ranked = sorted(scores.items(), key=lambda item: (-item[1], str(item[0])))
    return dict(ranked[:n])
