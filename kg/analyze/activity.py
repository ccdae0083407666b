"""Who does what: the most active and most targeted actors per event type."""
from __future__ import annotations

from collections import Counter, defaultdict

__all__ = ["most_active", "most_targeted"]


def _ranked(counts: dict, n: int | None) -> dict:
    result = {}
    for etype in sorted(counts):
        ranked = sorted(counts[etype].items(), key=lambda item: (-item[1], str(item[0])))
        result[etype] = dict(ranked[:n] if n else ranked)
    return result


def most_active(G, n: int | None = 5, type_attr: str = "event_type") -> dict:
    """Per event type, the actors that were the agent of most events.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        One edge per event with a ``type`` attribute (see :func:`kg.to_networkx`).
    n : int or None
        How many actors per type (None: all).

    Returns
    -------
    dict
        event type → {node: number of events}, most first; types sorted by name.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.MultiDiGraph([("ru", "us", {"event_type": "Accuse"}), ("ru", "ua", {"event_type": "Accuse"}),
    ...                      ("us", "ru", {"event_type": "Accuse"})])
    >>> most_active(G)["Accuse"]
    {'ru': 2, 'us': 1}
    """
    counts: dict = defaultdict(Counter)
    for u, _, etype in G.edges(data=type_attr):
        counts[etype or "?"][u] += 1
    return _ranked(counts, n)


def most_targeted(G, n: int | None = 5, type_attr: str = "event_type") -> dict:
    """Per event type, the actors that were the target of most events (see :func:`most_active`).

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.MultiDiGraph([("ru", "us", {"event_type": "Threaten"}), ("by", "us", {"event_type": "Threaten"})])
    >>> most_targeted(G)
    {'Threaten': {'us': 2}}
    """
    counts: dict = defaultdict(Counter)
    for _, v, etype in G.edges(data=type_attr):
        counts[etype or "?"][v] += 1
    return _ranked(counts, n)
