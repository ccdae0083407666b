"""The event table's rows, written with each event, so that the table reads one triple per event.

Every event carries ``kgo:tableRow``: its row of ontology/queries/event-table.rq as one JSON object
(``rdf:JSON``), keyed by the columns in :data:`ROW_COLUMNS`, with the values :func:`kg.query.run_query`
gives (IRIs and literals as text, numbers as numbers, booleans as booleans, absent values as null).
Joining some twenty attributes of every event at query time costs Oxigraph about two seconds at a
million triples, most of it turning each cell's stored id back into text; one literal per row is one
cell (BENCHMARKS.md, section 3).

A row holds what the event's graph says (type, attributes, evidence, article), what the ontology says of
its type (codes, quad class, Goldstein weight), and what the actors graph says of its agent, target,
place and reporter (label; country: the actor's own ISO-3 code when it is a State, else that of the
nearest State it acts for, up to three kgo:actsFor hops). Where a value is given twice the least is
taken, as SPARQL's MIN would. The rows are derived, never copied from input:

* :func:`row_quads` (Oxigraph, what :func:`kg.rdf.rollups.store_rollup_changes` runs in the transaction
  of each write or removal) computes the rows of the graph being written and recomputes those of other
  graphs' events when the write changes how an actor is described (its label, its type, its ISO-3 code,
  whom it acts for);
* :func:`refresh_store_rows` (Oxigraph) recomputes every row of a store (a store from before rows, a new
  ontology, an in-memory copy of a graph file);
* :func:`refresh_rows` (rdflib) does the same for a Dataset.
"""
from __future__ import annotations

import json
from functools import lru_cache
from typing import Callable, Iterable

from .kgo import KGO, NIF

__all__ = ["ROW_COLUMNS", "row_text", "build_rows", "row_quads", "refresh_store_rows", "refresh_rows"]

#: The keys of a row, in the order of event-table.rq's columns after ?event.
ROW_COLUMNS = ("type", "agent", "target", "modality", "quadClass", "article", "cameo", "plover", "agentLabel",
               "agentCountry", "targetLabel", "targetCountry", "topic", "sentence", "start", "end", "date",
               "negated", "reportedBy", "confidence", "trigger", "source", "published", "url", "goldstein", "place")
RDF_JSON = "http://www.w3.org/1999/02/22-rdf-syntax-ns#JSON"
_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
_DERIVED_FROM = "http://www.w3.org/ns/prov#wasDerivedFrom"
_SCHEMA = "https://schema.org/"
_ROW = str(KGO.tableRow)
_STATE, _ISO3, _ACTS_FOR, _ARTICLE = str(KGO.State), str(KGO.iso3), str(KGO.actsFor), str(KGO.Article)
#: (row key, the event's predicate) of the attributes an event carries itself
_OWN = (("modality", str(KGO.modality)), ("topic", str(KGO.topic)), ("trigger", str(KGO.trigger)),
        ("source", str(KGO.source)), ("date", str(KGO.time)), ("negated", str(KGO.negated)),
        ("confidence", str(KGO.confidence)))
#: (key of the actor, of its label, of its country; the event's predicate); place and reporter: label only
_ROLES = (("agent", "agentLabel", "agentCountry", str(KGO.agent)),
          ("target", "targetLabel", "targetCountry", str(KGO.target)))
_LABELLED = (("place", str(KGO.place)), ("reportedBy", str(KGO.reportedBy)))
#: the predicates of an actor's description a row reads (besides its rdf:type kgo:State)
_ACTOR_FACTS = frozenset({_LABEL, _ISO3, _ACTS_FOR})
#: the predicates naming an actor in an event's row
ROLE_PREDICATES = tuple(p for *_, p in _ROLES) + tuple(p for _, p in _LABELLED)
_COUNTRY_HOPS = 3


@lru_cache(maxsize=1)
def type_columns() -> dict[str, dict]:
    """{event type IRI: its row values (quadClass, cameo, plover, goldstein)}, from ontology/kg.ttl."""
    from .ontology import event_types

    return {str(t.iri): {"quadClass": t.quad_class, "cameo": min(t.cameo, default=None),
                         "plover": min(t.plover, default=None), "goldstein": t.goldstein}
            for t in event_types().values()}


def _least(values):
    return min(values, key=lambda v: (isinstance(v, str), v), default=None)


def row_text(row: dict) -> str:
    """A row as the JSON text kg writes (keys in :data:`ROW_COLUMNS` order, no spaces, UTF-8 as is)."""
    return json.dumps(row, ensure_ascii=False, separators=(",", ":"))


def build_rows(events: Iterable[str], objects: Callable[[str, str], list]) -> dict[str, dict]:
    """{event: row} for ``events`` (IRIs), reading facts through ``objects(subject, predicate)``, which
    gives the plain values of the objects (IRIs as text) over every graph the row may draw on."""
    types = type_columns()
    labels: dict = {}
    countries: dict = {}

    def label(actor):
        if actor not in labels:
            labels[actor] = _least(objects(actor, _LABEL))
        return labels[actor]

    def country(actor):
        if actor not in countries:
            level, found = {actor}, None
            for _ in range(_COUNTRY_HOPS + 1):
                codes = [code for a in level if _STATE in objects(a, _RDF_TYPE)
                         for code in objects(a, _ISO3)]
                if codes:
                    found = _least(codes)
                    break
                level = {up for a in level for up in objects(a, _ACTS_FOR)}
                if not level:
                    break
            countries[actor] = found
        return countries[actor]

    rows = {}
    for event in events:
        event_types = [t for t in objects(event, _RDF_TYPE) if t in types]
        if not event_types:
            continue
        kind = _least(event_types)
        row = dict.fromkeys(ROW_COLUMNS)
        row["type"] = kind
        row.update(types[kind])
        for key, predicate in _OWN:
            row[key] = _least(objects(event, predicate))
        for key, label_key, country_key, predicate in _ROLES:
            actor = _least(objects(event, predicate))
            if actor is not None:
                row[key], row[label_key], row[country_key] = actor, label(actor), country(actor)
        for key, predicate in _LABELLED:
            row[key] = _least([text for node in objects(event, predicate) if (text := label(node)) is not None])
        evidence = [e for e in objects(event, str(KGO.evidence))
                    if all(objects(e, str(p)) for p in (NIF.anchorOf, NIF.beginIndex, NIF.endIndex))]
        for key, predicate in (("sentence", NIF.anchorOf), ("start", NIF.beginIndex), ("end", NIF.endIndex)):
            row[key] = _least([v for e in evidence for v in objects(e, str(predicate))])
        articles = [a for a in objects(event, _DERIVED_FROM) if _ARTICLE in objects(a, _RDF_TYPE)]
        if articles:
            for key, name in (("article", "identifier"), ("published", "datePublished"), ("url", "url")):
                row[key] = _least([v for a in articles for v in objects(a, _SCHEMA + name)])
        rows[event] = row
    return rows


# ------------------------------------------------------------------------------------ Oxigraph

def _node(value):
    import pyoxigraph as ox

    return ox.BlankNode(value[2:]) if value.startswith("_:") else ox.NamedNode(value)


def _row_literal(row: dict):
    import pyoxigraph as ox

    return ox.Literal(row_text(row), datatype=ox.NamedNode(RDF_JSON))


def row_quads(store, graph: str | None, quads: list, actor_adds: list, deletes: Iterable,
              stays: Callable) -> tuple[list, list, list]:
    """The row changes of one write to a ``pyoxigraph.Store``: (row quads for the events of ``quads``,
    row quads to insert into other graphs, row quads to delete from other graphs).

    The write makes graph ``graph`` (None: none) hold ``quads``, inserts ``actor_adds`` and deletes
    ``deletes``; ``stays(quad)`` says whether a stored quad survives it. Other graphs' events are
    recomputed where the write changes the description of an actor their rows name (directly or, for
    the country, through the roll-ups kg writes with each event: kgo:agentRollUp / kgo:targetRollUp).
    """
    import pyoxigraph as ox

    from .plain import plain_oxigraph as _plain_oxigraph

    written: dict = {}
    for q in quads:
        written.setdefault((q.subject, q.predicate.value), []).append(q.object)
    added: dict = {}
    for q in actor_adds:
        added.setdefault((q.subject, q.predicate.value), []).append(q.object)
    type_node, evidence_node = ox.NamedNode(_RDF_TYPE), ox.NamedNode(str(KGO.evidence))
    types = type_columns()
    graph_of = {q.subject.value: q.graph_name for q in quads if q.predicate == type_node
                and isinstance(q.subject, ox.NamedNode) and q.object.value in types}
    # what the graph mints (its events and their evidence) it alone describes: no store lookup for them
    own_subjects = {q.subject for q in quads if q.subject.value in graph_of}
    own_subjects |= {q.object for q in quads if q.predicate == evidence_node and q.subject in own_subjects}
    cache: dict = {}

    def objects(subject, predicate) -> list:
        key = (subject, predicate)
        found = cache.get(key)
        if found is None:
            node = _node(subject)
            terms = list(written.get((node, predicate), ()))
            if node not in own_subjects:
                terms += [q.object for q in store.quads_for_pattern(node, ox.NamedNode(predicate), None, None)
                          if stays(q)]
                terms += added.get((node, predicate), ())
            found = cache[key] = list({_plain_oxigraph(t) for t in terms})
        return found

    row_node = ox.NamedNode(_ROW)
    own = [ox.Quad(_node(e), row_node, _row_literal(row), graph_of[e])
           for e, row in build_rows(sorted(graph_of), objects).items()]

    replaced = store.quads_for_pattern(None, None, None, ox.NamedNode(graph)) if graph is not None else ()
    changed = {q.subject for q in actor_adds if _describes_actor(q) and q not in store}
    changed |= {q.subject for source in (deletes, replaced) for q in source if _describes_actor(q)}
    inserts, removals = _recompute_rows(store, changed, stays, objects, own_subjects)
    return own, inserts, removals


def _describes_actor(quad) -> bool:
    """Whether a quad says something a row takes from an actor's description (label, ISO-3 code, whom
    it acts for, being a State)."""
    predicate = quad.predicate.value
    return predicate in _ACTOR_FACTS or (predicate == _RDF_TYPE and quad.object.value == _STATE)


def _recompute_rows(store, changed: set, stays: Callable, objects: Callable, own_subjects: set) -> tuple[list, list]:
    """(row quads to insert, to delete) for the events of other graphs whose rows name an actor of ``changed``."""
    import pyoxigraph as ox

    if not changed:
        return [], []
    row_node = ox.NamedNode(_ROW)
    by_event: dict = {}
    predicates = ROLE_PREDICATES + (str(KGO.agentRollUp), str(KGO.targetRollUp))
    for actor in changed:
        for predicate in predicates:
            for q in store.quads_for_pattern(None, ox.NamedNode(predicate), actor, None):
                if stays(q) and q.subject not in own_subjects and isinstance(q.subject, ox.NamedNode):
                    by_event.setdefault(q.subject.value, q.graph_name)
    rows = build_rows(sorted(by_event), objects)
    inserts, removals = [], []
    for event, graph_name in by_event.items():
        wanted = {ox.Quad(_node(event), row_node, _row_literal(rows[event]), graph_name)} if event in rows else set()
        present = {q for q in store.quads_for_pattern(_node(event), row_node, None, None) if stays(q)}
        removals += [q for q in present if q not in wanted]
        inserts += [q for q in wanted if q not in present]
    return inserts, removals


def refresh_store_rows(store) -> int:
    """Bring every event's row in a writable ``pyoxigraph.Store`` in line with its graphs, in one
    transaction; returns the quads changed."""
    import pyoxigraph as ox

    from .plain import plain_oxigraph as _plain_oxigraph

    cache: dict = {}

    def objects(subject, predicate) -> list:
        key = (subject, predicate)
        found = cache.get(key)
        if found is None:
            found = cache[key] = list({_plain_oxigraph(q.object) for q in
                                       store.quads_for_pattern(_node(subject), ox.NamedNode(predicate), None, None)})
        return found

    type_node = ox.NamedNode(_RDF_TYPE)
    graph_of: dict = {}
    for type_iri in type_columns():
        for q in store.quads_for_pattern(None, type_node, ox.NamedNode(type_iri), None):
            if isinstance(q.subject, ox.NamedNode) and isinstance(q.graph_name, (ox.NamedNode, ox.DefaultGraph)):
                graph_of.setdefault(q.subject.value, q.graph_name)
    rows = build_rows(sorted(graph_of), objects)
    row_node = ox.NamedNode(_ROW)
    wanted = {ox.Quad(_node(e), row_node, _row_literal(row), graph_of[e]) for e, row in rows.items()}
    present = set(store.quads_for_pattern(None, row_node, None, None))
    removals = [q for q in present if q not in wanted]
    inserts = [q for q in wanted if q not in present]
    if inserts or removals:
        from ..store import _data

        store.update(_data("DELETE", removals) + _data("INSERT", inserts))
    return len(inserts) + len(removals)


# ------------------------------------------------------------------------------------ rdflib

def refresh_rows(dataset) -> None:
    """Recompute the row of every event in every named graph of an rdflib Dataset (existing rows replaced)."""
    from rdflib import Literal, URIRef

    from .plain import plain_rdflib as _plain_rdflib

    row_predicate = KGO.tableRow
    for graph in list(dataset.graphs()):
        graph.remove((None, row_predicate, None))

    def term(value):
        from rdflib import BNode

        return BNode(value[2:]) if value.startswith("_:") else URIRef(value)

    cache: dict = {}

    def objects(subject, predicate) -> list:
        key = (subject, predicate)
        found = cache.get(key)
        if found is None:
            found = cache[key] = list({_plain_rdflib(o) for _, _, o, _ in
                                       dataset.quads((term(subject), URIRef(predicate), None, None))})
        return found

    graph_of: dict = {}
    for type_iri in type_columns():
        for s, _, _, g in dataset.quads((None, URIRef(_RDF_TYPE), URIRef(type_iri), None)):
            if isinstance(s, URIRef):
                graph_of.setdefault(str(s), g if g is not None else dataset.default_graph)
    for event, row in build_rows(sorted(graph_of), objects).items():
        graph = graph_of[event]
        graph = graph if hasattr(graph, "add") else dataset.graph(graph)
        graph.add((URIRef(event), row_predicate, Literal(row_text(row), datatype=URIRef(RDF_JSON))))
