"""Blocs: Louvain communities of the actor network (fixed seed, so the same graph gives the same blocs)."""
from __future__ import annotations

__all__ = ["communities"]


def communities(G, seed: int = 42, resolution: float = 1.0) -> dict:
    """Louvain communities of the undirected, event-count-weighted network.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        An actor network.
    seed : int
        Random seed of the Louvain method (fixed: results are reproducible).
    resolution : float
        Above 1 favours smaller communities, below 1 larger ones.

    Returns
    -------
    dict
        node → community number; 0 is the largest community (ties broken by the least node).

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.MultiDiGraph([("a", "b"), ("b", "a"), ("b", "c"), ("x", "y"), ("y", "z"), ("z", "x")])
    >>> parts = communities(G)
    >>> parts["a"] == parts["b"], parts["a"] == parts["x"]
    (True, False)
    """
    import networkx as nx

    if G.number_of_nodes() == 0:
        return {}
    # Louvain visits nodes and neighbours in insertion order, so the graph is built in a canonical order:
    # the same events listed differently must give the same partition.
    weights: dict = {}
    for u, v in G.edges():
        if u != v:
            pair = tuple(sorted((u, v), key=str))
            weights[pair] = weights.get(pair, 0) + 1
    U = nx.Graph()
    U.add_nodes_from(sorted(G.nodes(), key=str))
    for (u, v), weight in sorted(weights.items(), key=lambda item: (str(item[0][0]), str(item[0][1]))):
        U.add_edge(u, v, weight=weight)
    found = nx.community.louvain_communities(U, weight="weight", resolution=resolution, seed=seed)
    ordered = sorted(found, key=lambda c: (-len(c), min(map(str, c))))
    return {node: i for i, members in enumerate(ordered) for node in sorted(members, key=str)}
