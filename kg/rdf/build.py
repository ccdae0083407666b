"""Articles and their events → an rdflib Dataset, one named graph per article.

Each named graph is self-contained: the article, its events (n-ary nodes with NIF evidence), the
actors they name (with the states those act for) and a provenance node. The ontology itself is not
copied in. Every IRI is derived from the input, so the same input always gives the same graph.

Modelled as in DESIGN.md ("Modelling an event")::

    ev:7f3a… a kgo:Accuse ; kgo:agent act:sergei-shoigu ; kgo:target act:united-states ;
        kgo:modality kgo:Asserted ; prov:wasDerivedFrom art:seed ; kgo:evidence ev:7f3a…-evidence .
    act:sergei-shoigu kgo:accused act:united-states .
"""
from __future__ import annotations

import hashlib
import re
from decimal import Decimal
from typing import Iterable

from rdflib import OWL, RDF, RDFS, SKOS, XSD, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import PROV, SDO

from ..errors import KgError
from ..gazetteer import GazetteerEntry, load_gazetteer
from ..ingest import Article, slug
from ..model import MODALITIES, ActorRef, Event
from .kgo import ACT, ART, EV, KGO, NIF, PREFIXES
from .ontology import event_types

__all__ = ["build_graph", "event_iri", "actor_iri", "article_iri", "bind_prefixes", "time_literal", "WD"]

#: Wikidata entities (the gazetteer's ``wikidata`` ids); data IRIs, not ontology terms.
WD = Namespace("http://www.wikidata.org/entity/")

_TIME_TYPES = (
    (re.compile(r"\d{4}-\d{2}-\d{2}"), XSD.date),
    (re.compile(r"\d{4}-\d{2}"), XSD.gYearMonth),
    (re.compile(r"\d{4}"), XSD.gYear),
)


def bind_prefixes(graph: Graph) -> Graph:
    """Bind kg.ttl's prefixes and act:/ev:/art:/wd: on ``graph`` (for readable Turtle, TriG and JSON-LD)."""
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True, replace=True)
    for prefix, namespace in (("act", ACT), ("ev", EV), ("art", ART), ("wd", WD)):
        graph.bind(prefix, namespace, override=True, replace=True)
    return graph


def actor_iri(key: str) -> URIRef:
    """act:<key>, e.g. act:russia or act:person/wu-daiwei."""
    return ACT[key]


def article_iri(article_id: str) -> URIRef:
    """art:<slug of the article id>; also the name of the article's graph."""
    return ART[slug(article_id)]


def event_iri(article_id: str, event: Event) -> URIRef:
    """ev:<16 hex digits of sha256(article id, sentence start, trigger start, type, agent, target)>."""
    parts = (article_id, str(event.start), str(event.trigger_start), event.type, event.agent.key,
             event.target.key if event.target else "")
    return EV[hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]]


def time_literal(value: str) -> Literal:
    """xsd:date, xsd:gYearMonth or xsd:gYear by the shape of ``value``; a plain literal otherwise."""
    for pattern, datatype in _TIME_TYPES:
        if pattern.fullmatch(value):
            return Literal(value, datatype=datatype)
    return Literal(value)


def _decimal(value: float) -> Literal:
    return Literal(Decimal(str(round(float(value), 4))), datatype=XSD.decimal)


def _class(name: str) -> URIRef:
    try:
        return KGO[name]
    except AttributeError:
        raise KgError(f"actor class {name!r} is not defined in ontology/kg.ttl") from None


class _ArticleGraph:
    """Writes one article's triples into its named graph."""

    def __init__(self, graph: Graph, article: Article, iri: URIRef, extractor: str):
        self.g = graph
        self.article = article
        self.iri = iri
        self.extractor = extractor
        self.gazetteer = load_gazetteer()
        self.types = event_types()

    def add_article(self) -> None:
        g, a, iri = self.g, self.article, self.iri
        g.add((iri, RDF.type, KGO.Article))
        g.add((iri, RDF.type, SDO.NewsArticle))
        g.add((iri, SDO.identifier, Literal(a.id)))
        g.add((iri, KGO.contentHash, Literal(a.content_hash)))
        if a.title:
            g.add((iri, SDO.headline, Literal(a.title)))
        if a.date:
            g.add((iri, SDO.datePublished, Literal(a.date, datatype=XSD.date)))
        if a.url:
            g.add((iri, SDO.url, Literal(a.url, datatype=XSD.anyURI)))
        if a.source:
            g.add((iri, SDO.publisher, Literal(a.source)))
        activity = URIRef(f"{iri}/extraction")
        g.add((activity, RDF.type, PROV.Activity))
        g.add((activity, PROV.used, iri))
        g.add((activity, KGO.extractor, Literal(self.extractor)))

    def add_event(self, event: Event) -> URIRef:
        g, a = self.g, self.article
        etype = self.types.get(event.type)
        if etype is None:
            raise KgError(f"event type {event.type!r} is not defined in ontology/kg.ttl; "
                          f"choose one of: {', '.join(self.types)}")
        if event.modality not in MODALITIES:
            raise KgError(f"modality {event.modality!r} is not one of: {', '.join(MODALITIES)}")
        ev = event_iri(a.id, event)
        agent = actor_iri(event.agent.key)
        g.add((ev, RDF.type, etype.iri))
        g.add((ev, KGO.agent, agent))
        g.add((ev, KGO.trigger, Literal(event.trigger)))
        g.add((ev, KGO.modality, KGO[event.modality]))
        g.add((ev, KGO.negated, Literal(bool(event.negated))))
        g.add((ev, KGO.confidence, _decimal(event.confidence)))
        g.add((ev, PROV.wasDerivedFrom, self.iri))
        for prop, value in ((KGO.topic, event.topic), (KGO.agentText, event.agent_text),
                            (KGO.targetText, event.target_text), (KGO.timeText, event.time_text),
                            (KGO.condition, event.condition)):
            if value:
                g.add((ev, prop, Literal(value)))
        if event.time:
            g.add((ev, KGO.time, time_literal(event.time)))
        if event.target is not None:
            target = actor_iri(event.target.key)
            g.add((ev, KGO.target, target))
            if etype.shortcut is not None:
                g.add((agent, etype.shortcut, target))
        if event.reported_by is not None:
            g.add((ev, KGO.reportedBy, actor_iri(event.reported_by.key)))
        for answered in event.answers or ():
            g.add((ev, KGO.answers, event_iri(a.id, answered)))
        evidence = URIRef(f"{ev}-evidence")
        g.add((ev, KGO.evidence, evidence))
        g.add((evidence, RDF.type, NIF.String))
        g.add((evidence, NIF.anchorOf, Literal(event.sentence)))
        g.add((evidence, NIF.beginIndex, Literal(event.start, datatype=XSD.nonNegativeInteger)))
        g.add((evidence, NIF.endIndex, Literal(event.end, datatype=XSD.nonNegativeInteger)))
        g.add((evidence, NIF.referenceContext, self.iri))
        return ev

    def add_actors(self, refs: list[ActorRef]) -> None:
        """Describe each actor once (first label seen wins), and every gazetteer actor they act for."""
        seen: dict[str, ActorRef] = {}
        roles: dict[str, set[str]] = {}
        for ref in refs:
            seen.setdefault(ref.key, ref)
            if ref.role:
                roles.setdefault(ref.key, set()).add(ref.role)
        described = set()
        pending = sorted(seen)
        while pending:
            key = pending.pop()
            if key in described:
                continue
            described.add(key)
            entry = self.gazetteer.get(key)
            acts_for = (entry.acts_for if entry else None) or (seen[key].acts_for if key in seen else None)
            if entry is not None:
                self._gazetteer_actor(entry)
            else:
                ref = seen[key]
                iri = actor_iri(key)
                self.g.add((iri, RDF.type, _class(ref.cls)))
                self.g.add((iri, RDFS.label, Literal(ref.label)))
            for role in sorted(roles.get(key, ())):
                self.g.add((actor_iri(key), KGO.role, Literal(role)))
            if acts_for and (acts_for in seen or acts_for in self.gazetteer):
                self.g.add((actor_iri(key), KGO.actsFor, actor_iri(acts_for)))
                pending.append(acts_for)

    def _gazetteer_actor(self, entry: GazetteerEntry) -> None:
        g, iri = self.g, actor_iri(entry.id)
        g.add((iri, RDF.type, _class(entry.cls)))
        g.add((iri, RDFS.label, Literal(entry.label)))
        if entry.iso3:
            g.add((iri, KGO.iso3, Literal(entry.iso3)))
        if entry.wikidata:
            g.add((iri, OWL.sameAs, WD[entry.wikidata]))
        for alias in entry.aliases:
            if alias != entry.label:
                g.add((iri, SKOS.altLabel, Literal(alias)))


def build_graph(records: Iterable[tuple[Article, list[Event]]], model: str | None = None,
                dataset: Dataset | None = None) -> Dataset:
    """An rdflib Dataset with one named graph (named like the article, art:<slug>) per (article, events) record.

    ``model`` names the spaCy pipeline that extracted the events; it is recorded with the kg version in
    each graph's provenance node (kgo:extractor). Two articles whose ids give the same slug get distinct
    IRIs (the later one's slug gains a hash of its id). Pass ``dataset`` to add to an existing one.

    >>> from kg import Article, extract_events
    >>> art = Article(id="a1", text="Russia accused Ukraine of shelling the border.")
    >>> ds = build_graph([(art, extract_events(art))])
    >>> len(list(ds.graphs())) > 1
    True
    """
    from .. import __version__

    extractor = f"kg {__version__}" + (f"; spaCy pipeline {model}" if model else "")
    ds = dataset if dataset is not None else bind_prefixes(Dataset())
    used: dict[URIRef, str] = {}
    for article, events in records:
        iri = article_iri(article.id)
        if used.get(iri, article.id) != article.id:
            iri = ART[f"{slug(article.id)}-{hashlib.sha256(article.id.encode('utf-8')).hexdigest()[:8]}"]
        used[iri] = article.id
        writer = _ArticleGraph(ds.graph(iri), article, iri, extractor)
        writer.add_article()
        refs = []
        for event in events:
            writer.add_event(event)
            refs += [r for r in (event.agent, event.target, event.reported_by) if r is not None]
        writer.add_actors(refs)
    return ds
