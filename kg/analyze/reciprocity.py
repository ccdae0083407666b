"""Tit for tat: pairs of actors who did the same kind of thing to each other."""
from __future__ import annotations

from collections import Counter

__all__ = ["mutual_pairs", "reciprocity"]


def mutual_pairs(G, types=None, type_attr: str = "event_type") -> dict:
    """Per event type, the pairs of actors with events of that type in both directions.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        One edge per event with a ``type`` attribute.
    types : iterable of str, optional
        Only these types (default: every type present), e.g. ``("Accuse", "Threaten")``.

    Returns
    -------
    dict
        event type → list of ``{"a": node, "b": node, "a_to_b": int, "b_to_a": int}`` (a < b);
        types without a mutual pair are left out.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.MultiDiGraph([("ru", "us", {"event_type": "Accuse"}), ("us", "ru", {"event_type": "Accuse"}),
    ...                      ("ru", "us", {"event_type": "Accuse"}), ("ru", "ua", {"event_type": "Threaten"})])
    >>> mutual_pairs(G)
    {'Accuse': [{'a': 'ru', 'b': 'us', 'a_to_b': 2, 'b_to_a': 1}]}
    """
    wanted = set(types) if types is not None else None
    counts: Counter = Counter()
    for u, v, etype in G.edges(data=type_attr):
        if u != v and (wanted is None or etype in wanted):
            counts[(etype, u, v)] += 1
    result: dict = {}
    for (etype, u, v), n in sorted(counts.items(), key=lambda item: tuple(map(str, item[0]))):
        if str(u) < str(v) and counts.get((etype, v, u)):
            result.setdefault(etype, []).append({"a": u, "b": v, "a_to_b": n, "b_to_a": counts[(etype, v, u)]})
    return result


def reciprocity(G) -> float:
    """The share of agent → target links (any type) that are returned: networkx's reciprocity on the
    collapsed network, 0.0 for a graph without edges.

    >>> import networkx as nx
    >>> reciprocity(nx.MultiDiGraph([("a", "b"), ("b", "a"), ("a", "c")]))
    0.6666666666666666
    """
    import networkx as nx

    from .project import collapse

    D = collapse(G)
    D.remove_edges_from(list(nx.selfloop_edges(D)))
    return float(nx.reciprocity(D)) if D.number_of_edges() else 0.0
