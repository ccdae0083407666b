"""RDF → networkx: the actor network (a MultiDiGraph, one edge per event) and its collapsed DiGraph."""
from __future__ import annotations

__all__ = ["to_networkx", "collapse", "find_node", "node_label", "BY"]

#: What a node stands for: each actor, or each state (people, bodies and forces rolled up via kgo:actsFor).
BY = ("actor", "country")
#: When an actor has several classes, the most telling one names it.
_CLASS_ORDER = ("State", "Person", "GovernmentBody", "MilitaryForce", "IntergovernmentalOrganization",
                "NewsOrganization", "ArmedGroup", "InformalGroup", "Organization", "Place", "Actor")


def _local(iri) -> str:
    text = str(iri)
    return text[max(text.rfind("#"), text.rfind("/")) + 1:]


def _rank(cls: str) -> int:
    return _CLASS_ORDER.index(cls) if cls in _CLASS_ORDER else len(_CLASS_ORDER)


def _actors(source) -> dict[str, dict]:
    """actor IRI → {"label", "class", "iso3", "parent"} (least label, most telling class)."""
    from ..query import run_query

    columns, rows = run_query(source, "network-actors")
    actors: dict[str, dict] = {}
    for actor, cls, label, iso3, parent in rows:
        info = actors.setdefault(actor, {"label": None, "class": None, "iso3": None, "parent": None})
        name = _local(cls)
        if info["class"] is None or _rank(name) < _rank(info["class"]):
            info["class"] = name
        for key, value in (("label", label), ("iso3", iso3), ("parent", parent)):
            if value is not None and (info[key] is None or str(value) < str(info[key])):
                info[key] = value
    return actors


def _state_of(actor: str, actors: dict[str, dict]) -> str | None:
    """The State ``actor`` is or acts for (following kgo:actsFor), else None."""
    seen = set()
    while actor and actor not in seen:
        seen.add(actor)
        info = actors.get(actor)
        if info is None:
            return None
        if info["class"] == "State":
            return actor
        actor = info["parent"]
    return None


def to_networkx(graph, by: str = "actor", *, asserted_only: bool = False, include_negated: bool = False):
    """Project the events of ``graph`` onto an actor network.

    Parameters
    ----------
    graph : rdflib Graph/Dataset, pyoxigraph.Store, kg.query.QuerySource, graph file or store directory
        A graph kg built (the ontology is added when querying; see :mod:`kg.query`).
    by : {"actor", "country"}
        ``"actor"``: one node per actor. ``"country"``: people, bodies and forces are rolled up via
        kgo:actsFor to the state they act for; actors with no state (IGOs, groups) stay themselves.
    asserted_only : bool
        Keep only events the text asserts (drop future, conditional and possible ones).
    include_negated : bool
        Also keep events the text negates (dropped by default: they did not happen).

    Returns
    -------
    networkx.MultiDiGraph
        Nodes are actor IRIs with ``label``, ``class``, ``iso3`` and ``state`` (the IRI of the state it
        is or acts for) where known; with ``by="country"`` also ``members`` (the actors rolled into it,
        comma-separated). One edge agent → target per event, keyed by the event IRI, with ``event_type``,
        ``quad_class``, ``cameo``, ``plover``, ``goldstein``, ``verb``, ``modality``, ``topic``,
        ``date``, ``sentence`` (the evidence) and ``article``. Absent values are left out, so every
        attribute exports to GraphML/GEXF. ``G.graph`` holds ``by`` and ``aliases`` (every label and
        member label → node) used by :func:`find_node`.

    Examples
    --------
    >>> import kg
    >>> G = kg.to_networkx(kg.build(["seeds/russia-us-security-talks.txt"]))  # doctest: +SKIP
    >>> G.nodes["https://w3id.org/kg/actor/russia"]["iso3"]  # doctest: +SKIP
    'RUS'
    """
    import networkx as nx

    from ..query import open_source, run_query
    from ..rdf.ontology import event_types

    if by not in BY:
        from ..errors import KgError

        raise KgError(f"unknown projection by={by!r}; choose one of: {', '.join(BY)}")
    source = open_source(graph, engine="oxigraph")
    actors = _actors(source)
    types = {str(t.iri): t for t in event_types().values()}
    _, rows = run_query(source, "network-edges")

    def node_of(actor: str) -> str:
        if by == "country":
            return _state_of(actor, actors) or actor
        return actor

    G = nx.MultiDiGraph(by=by)
    aliases: dict[str, str] = {}
    members: dict[str, set] = {}

    def add_node(actor: str) -> str:
        node = node_of(actor)
        if node not in G:
            info = actors.get(node, {})
            attrs = {"label": info.get("label") or _local(node), "class": info.get("class") or "Actor"}
            if info.get("iso3"):
                attrs["iso3"] = info["iso3"]
            state = _state_of(node, actors)
            if state:
                attrs["state"] = state
            G.add_node(node, **attrs)
        members.setdefault(node, set()).add(actor)
        label = (actors.get(actor) or {}).get("label")
        for name in (actor, label, (actors.get(actor) or {}).get("iso3")):
            if name:
                aliases.setdefault(str(name).casefold(), node)
        return node

    for event, etype, agent, target, modality, negated, date, topic, sentence, article in rows:
        modality_name = _local(modality) if modality else "Asserted"
        is_negated = bool(negated) or modality_name == "Negated"
        if is_negated and not include_negated:
            continue
        if asserted_only and modality_name != "Asserted":
            continue
        info = types.get(etype)
        u, v = add_node(agent), add_node(target)
        attrs = {"event": event, "event_type": _local(etype), "modality": modality_name, "negated": is_negated}
        if info is not None:
            attrs["quad_class"] = info.quad_class
            if info.cameo:
                attrs["cameo"] = ",".join(info.cameo)
            if info.plover:
                attrs["plover"] = ",".join(info.plover)
            if info.goldstein is not None:
                attrs["goldstein"] = float(info.goldstein)
            if info.verb_label:
                attrs["verb"] = info.verb_label
        for key, value in (("topic", topic), ("date", date), ("sentence", sentence), ("article", article)):
            if value is not None:
                attrs[key] = str(value)
        G.add_edge(u, v, key=event, **attrs)
    if by == "country":
        for node, actor_set in members.items():
            G.nodes[node]["members"] = ", ".join(sorted(actor_set))
            for actor in actor_set:
                label = (actors.get(actor) or {}).get("label")
                if label:
                    aliases.setdefault(label.casefold(), node)
    G.graph["aliases"] = aliases
    return G


def collapse(G, weight: str = "weight"):
    """A DiGraph with one edge per (agent, target) whose ``weight`` is the number of events.

    >>> import networkx as nx
    >>> M = nx.MultiDiGraph([("a", "b"), ("a", "b"), ("b", "a")])
    >>> sorted(collapse(M).edges(data="weight"))
    [('a', 'b', 2), ('b', 'a', 1)]
    """
    import networkx as nx

    D = nx.DiGraph()
    D.add_nodes_from(G.nodes(data=True))
    for u, v in G.edges():
        if D.has_edge(u, v):
            D[u][v][weight] += 1
        else:
            D.add_edge(u, v, **{weight: 1})
    return D


def node_label(G, node) -> str:
    """The node's ``label`` attribute, else the node itself as text."""
    return str(G.nodes[node].get("label", node)) if node in G else str(node)


def find_node(G, name: str):
    """The node ``name`` refers to: a node (IRI), a label, member label or ISO3 code (any case).

    Raises
    ------
    KeyError
        No node matches; the message names a few labels that are close.

    >>> import networkx as nx
    >>> G = nx.MultiDiGraph(); G.add_node("urn:ru", label="Russia")
    >>> find_node(G, "russia")
    'urn:ru'
    """
    import difflib

    if name in G:
        return name
    wanted = " ".join(str(name).split()).casefold()
    aliases = G.graph.get("aliases", {})
    if wanted in aliases and aliases[wanted] in G:
        return aliases[wanted]
    for node, data in G.nodes(data=True):
        if str(data.get("label", "")).casefold() == wanted or str(data.get("iso3", "")).casefold() == wanted:
            return node
        if _local(node).casefold() == wanted:
            return node
    labels = sorted({str(d.get("label", n)) for n, d in G.nodes(data=True)})
    close = difflib.get_close_matches(str(name), labels, n=5, cutoff=0.5)
    raise KeyError(f"no actor {name!r} in the network" + (f"; did you mean {', '.join(close)}?" if close else ""))
