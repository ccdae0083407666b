"""Roll-ups written with each event, so that named queries join once instead of walking kgo:actsFor*.

For its agent and its target, every event carries

* kgo:agentRollUp / kgo:targetRollUp: the actor and every actor it acts for, transitively (what
  ``kgo:agent/kgo:actsFor*`` reaches), and
* kgo:agentTop / kgo:targetTop: those of them that act for no one (the state or body it ultimately
  acts for; the actor itself when it acts for no one),

in the event's own graph (the article's), so they go when the article goes. With them goes the event's
kgo:date: the lexical form of its kgo:time, else of its article's schema:datePublished (both read from
the event's own graph), which listings show and sort by. The kgo:actsFor links the roll-ups follow are
those of every graph (in practice the shared actors graph), as they stand after the write:

* :func:`refresh_rollups` (rdflib, what :func:`kg.rdf.build.build_graph` runs once its articles are in)
  recomputes the roll-ups of every event of a dataset;
* :func:`store_rollup_changes` (Oxigraph, what :class:`kg.store.ArticleStore` runs in the transaction of
  each write or removal) computes the roll-ups of the graph being written and, when the write adds or
  drops a kgo:actsFor link, recomputes the events of other articles whose roll-up passes through the
  link's subject (a person first seen acting for one state, then for another in a later article).
"""
from __future__ import annotations

from collections import defaultdict
from typing import Callable, Iterable

from rdflib import URIRef

from .kgo import KGO

__all__ = ["ROLES", "ROLLUP_PREDICATES", "DERIVED_PREDICATES", "roll_up", "event_dates", "refresh_rollups",
           "store_rollup_changes", "is_rollup", "refresh_store_rollups"]

#: (event → actor predicate, its roll-up predicate, its top-actor predicate)
ROLES = ((KGO.agent, KGO.agentRollUp, KGO.agentTop), (KGO.target, KGO.targetRollUp, KGO.targetTop))
ROLLUP_PREDICATES = frozenset(p for _, rollup, top in ROLES for p in (rollup, top))
#: Every predicate this module writes (anything else's copies of them are replaced, not trusted).
DERIVED_PREDICATES = ROLLUP_PREDICATES | {KGO.date, KGO.tableRow}
_DERIVED_IRIS = frozenset(map(str, DERIVED_PREDICATES))
_TIME, _DERIVED_FROM, _PUBLISHED = (str(KGO.time), "http://www.w3.org/ns/prov#wasDerivedFrom",
                                    "https://schema.org/datePublished")
_DERIVED_FROM_REF, _PUBLISHED_REF = URIRef(_DERIVED_FROM), URIRef(_PUBLISHED)


def roll_up(actor, parents: Callable) -> tuple[set, set]:
    """(``actor`` and every actor it acts for, transitively; those of them that act for no one).

    ``parents(a)`` gives the actors ``a`` acts for directly. A cycle of kgo:actsFor has no top actor,
    as ``?a kgo:actsFor* ?top FILTER NOT EXISTS { ?top kgo:actsFor ?up }`` finds none.
    """
    seen, stack, tops = {actor}, [actor], set()
    while stack:
        current = stack.pop()
        above = parents(current)
        if not above:
            tops.add(current)
        for up in above:
            if up not in seen:
                seen.add(up)
                stack.append(up)
    return seen, tops


def event_dates(triples: Iterable[tuple[object, str, object, str]]) -> dict:
    """{event: {date, ...}} of one graph's (subject, predicate IRI, object, object's lexical form) triples:
    the lexical forms of the event's kgo:time, else of the schema:datePublished of what it
    prov:wasDerivedFrom (as ``COALESCE(STR(?time), STR(?published))`` gave them, one row each)."""
    times: dict = defaultdict(set)
    sources: dict = defaultdict(set)
    published: dict = defaultdict(set)
    for subject, predicate, obj, text in triples:
        if predicate == _TIME:
            times[subject].add(text)
        elif predicate == _DERIVED_FROM:
            sources[subject].add(obj)
        elif predicate == _PUBLISHED:
            published[subject].add(text)
    dates = dict(times)
    for event, articles in sources.items():
        if event not in dates:
            found = set().union(*(published.get(article, ()) for article in articles))
            if found:
                dates[event] = found
    return dates


# ------------------------------------------------------------------------------------ rdflib

def refresh_rollups(dataset) -> None:
    """Recompute the roll-ups (and kgo:date) of every event in every named graph of an rdflib Dataset,
    following the kgo:actsFor links of all its graphs (existing roll-up triples are replaced)."""
    from rdflib import Literal
    above: dict = defaultdict(set)
    for s, _, o, _ in dataset.quads((None, KGO.actsFor, None, None)):
        above[s].add(o)
    parents = lambda actor: above.get(actor, ())  # noqa: E731
    memo: dict = {}
    for graph in list(dataset.graphs()):
        for predicate in DERIVED_PREDICATES:
            graph.remove((None, predicate, None))
        dated = event_dates((s, str(p), o, str(o)) for p in (KGO.time, _DERIVED_FROM_REF, _PUBLISHED_REF)
                            for s, o in graph.subject_objects(p))
        for event, dates in dated.items():
            for date in dates:
                graph.add((event, KGO.date, Literal(date)))
        for role, rollup, top in ROLES:
            for event, actor in list(graph.subject_objects(role)):
                reached, tops = memo.get(actor) or memo.setdefault(actor, roll_up(actor, parents))
                for ancestor in reached:
                    graph.add((event, rollup, ancestor))
                for ancestor in tops:
                    graph.add((event, top, ancestor))


# ------------------------------------------------------------------------------------ Oxigraph

def store_rollup_changes(store, graph: str | None, quads: Iterable = (), actor_adds: Iterable = (),
                         deletes: Iterable = ()) -> tuple[list, list, list]:
    """The roll-up changes of one write to a ``pyoxigraph.Store``, the event-table rows' with them
    (:func:`kg.rdf.table_rows.row_quads`): (derived quads for the events of ``quads``, derived quads to
    insert into other graphs, derived quads to delete from other graphs).

    The write is: graph ``graph`` (None: none) comes to hold exactly ``quads`` (dropped when they are
    empty), ``actor_adds`` are inserted and ``deletes`` deleted. ``quads`` must not hold roll-ups already.
    """
    import pyoxigraph as ox

    acts_for = ox.NamedNode(str(KGO.actsFor))
    quads, actor_adds, deletes = list(quads), list(actor_adds), set(deletes)
    deleted_edges = {(q.subject, q.object) for q in deletes if q.predicate == acts_for}

    def stays(q) -> bool:
        return (graph is None or q.graph_name.value != graph) and q not in deletes

    added: dict = defaultdict(set)
    for q in quads + actor_adds:
        if q.predicate == acts_for:
            added[q.subject].add(q.object)
    memo: dict = {}

    def parents(actor) -> set:
        found = memo.get(actor)
        if found is None:
            found = memo[actor] = {q.object for q in store.quads_for_pattern(actor, acts_for, None, None)
                                   if stays(q)} | added.get(actor, set())
        return found

    def stored_edge(s, o) -> bool:
        return any(stays(q) for q in store.quads_for_pattern(s, acts_for, o, None))

    # links whose presence changes: new ones, and those of the graph replaced or the quads deleted
    changed = {s for s, targets in added.items() for o in targets if not stored_edge(s, o)}
    old = list(store.quads_for_pattern(None, acts_for, None, ox.NamedNode(graph))) if graph else []
    changed |= {s for s, o in deleted_edges | {(q.subject, q.object) for q in old}
                if o not in added.get(s, ()) and not stored_edge(s, o)}

    own = _event_rollups(quads, parents)
    from .table_rows import row_quads

    rows, inserts, removals = row_quads(store, graph, quads, actor_adds, deletes, stays)
    own += rows
    seen = set()
    for subject in changed:
        for role, rollup, top in ROLES:
            rollup_node = ox.NamedNode(str(rollup))
            for q in store.quads_for_pattern(None, rollup_node, subject, None):
                key = (q.subject, q.graph_name, role)
                if not stays(q) or key in seen:
                    continue
                seen.add(key)
                _recompute(store, q.subject, q.graph_name, role, rollup, top, parents, inserts, removals)
    return own, inserts, removals


def refresh_store_rollups(store) -> int:
    """Bring the roll-ups (and kgo:date) of every event in a writable ``pyoxigraph.Store`` in line with its
    kgo:actsFor links (and its graph), in one transaction, then its event-table rows
    (:func:`kg.rdf.table_rows.refresh_store_rows`, a second one) (a store built before roll-ups existed gets
    them); returns the quads changed."""
    import pyoxigraph as ox

    acts_for = ox.NamedNode(str(KGO.actsFor))
    memo: dict = {}

    def parents(actor) -> set:
        found = memo.get(actor)
        if found is None:
            found = memo[actor] = {q.object for q in store.quads_for_pattern(actor, acts_for, None, None)}
        return found

    inserts: list = []
    removals: list = []
    for role, rollup, top in ROLES:
        events = {(q.subject, q.graph_name) for q in store.quads_for_pattern(None, ox.NamedNode(str(role)), None, None)
                  if isinstance(q.graph_name, ox.NamedNode)}
        for event, graph_name in events:
            _recompute(store, event, graph_name, role, rollup, top, parents, inserts, removals)
    date_node = ox.NamedNode(str(KGO.date))
    by_graph: dict = defaultdict(list)
    for predicate in (_TIME, _DERIVED_FROM, _PUBLISHED):
        for q in store.quads_for_pattern(None, ox.NamedNode(predicate), None, None):
            if isinstance(q.graph_name, ox.NamedNode):
                by_graph[q.graph_name].append(q)
    wanted = {q for graph_quads in by_graph.values() for q in _event_date_quads(graph_quads)}
    present = set(store.quads_for_pattern(None, date_node, None, None))
    removals += [q for q in present if q not in wanted]
    inserts += [q for q in wanted if q not in present]
    if inserts or removals:
        from ..store import _data

        store.update(_data("DELETE", removals) + _data("INSERT", inserts))
    from .table_rows import refresh_store_rows

    return len(inserts) + len(removals) + refresh_store_rows(store)


def _event_date_quads(quads: list) -> list:
    """kgo:date quads for the events among ``quads`` (one graph's)."""
    import pyoxigraph as ox

    date_node = ox.NamedNode(str(KGO.date))
    graph_of = {q.subject: q.graph_name for q in quads if q.predicate.value in (_TIME, _DERIVED_FROM)}
    dated = event_dates((q.subject, q.predicate.value, q.object, q.object.value) for q in quads)
    return [ox.Quad(event, date_node, ox.Literal(date), graph_of[event])
            for event, dates in dated.items() for date in sorted(dates)]


def _event_rollups(quads: list, parents: Callable) -> list:
    import pyoxigraph as ox

    found = _event_date_quads(quads)
    for role, rollup, top in ROLES:
        role_node, rollup_node, top_node = (ox.NamedNode(str(p)) for p in (role, rollup, top))
        for q in quads:
            if q.predicate == role_node:
                reached, tops = roll_up(q.object, parents)
                found += [ox.Quad(q.subject, rollup_node, a, q.graph_name) for a in reached]
                found += [ox.Quad(q.subject, top_node, a, q.graph_name) for a in tops]
    return found


def _recompute(store, event, graph_name, role, rollup, top, parents, inserts: list, removals: list) -> None:
    """Bring one event's roll-up for ``role`` (in its graph) in line with ``parents``."""
    import pyoxigraph as ox

    reached, tops = set(), set()
    for actor_quad in store.quads_for_pattern(event, ox.NamedNode(str(role)), None, graph_name):
        more_reached, more_tops = roll_up(actor_quad.object, parents)
        reached |= more_reached
        tops |= more_tops
    for predicate, actors in ((rollup, reached), (top, tops)):
        node = ox.NamedNode(str(predicate))
        wanted = {ox.Quad(event, node, a, graph_name) for a in actors}
        present = set(store.quads_for_pattern(event, node, None, graph_name))
        removals += [q for q in present if q not in wanted]
        inserts += [q for q in wanted if q not in present]


def is_rollup(quad) -> bool:
    """Whether a pyoxigraph quad is one of the triples this module derives (which kg computes, never copies)."""
    return quad.predicate.value in _DERIVED_IRIS
