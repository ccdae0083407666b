"""Articles and their events → an rdflib Dataset: one named graph per article, one for the actors.

An article's graph (named like the article, art:<slug>) holds what that article says: the article, its
events (n-ary nodes with NIF evidence), the agent→target shortcut triples, the roles it gives actors
("the foreign minister", kgo:role) and a provenance node. The
actors are described once, in the graph named like their namespace (:data:`ACTORS_GRAPH`, ``act:``):
class, label, aliases, codes and the states they act for. Keeping one copy matters to stores
whose default graph is the union of the named graphs with duplicates (Oxigraph): were each article
graph to describe its actors, a join on an actor's label would match once per article naming it.
The ontology itself is not copied in. Every IRI is derived from the input, so the same input always
gives the same graph.

An actor keys one IRI however the articles spell it; when two spellings compete for its label, the
one :func:`label_rank` ranks first wins, whatever the order the articles came in (the text as written
stays on each event, kgo:agentText and kgo:targetText).

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
from .rollups import refresh_rollups

__all__ = ["build_graph", "event_iri", "actor_iri", "article_iri", "ArticleNames", "bind_prefixes", "time_literal", "WD",
           "ACTORS_GRAPH", "actor_triples", "label_rank", "merge_actor_triples"]

#: Wikidata entities (the gazetteer's ``wikidata`` ids); data IRIs, not ontology terms.
WD = Namespace("http://www.wikidata.org/entity/")
#: The named graph describing every actor once: named like the actor namespace (act:).
ACTORS_GRAPH = URIRef(str(ACT))

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


def disambiguated_iri(article_id: str) -> URIRef:
    """art:<slug>-<8 hex digits of sha256(id)>: the IRI of an article whose slug another id took."""
    return ART[f"{slug(article_id)}-{hashlib.sha256(article_id.encode('utf-8')).hexdigest()[:8]}"]


class ArticleNames:
    """Unique graph IRIs for article ids, handed out in input order: art:<slug>, or, when an earlier id
    took that slug ("A 1" and "a-1"), art:<slug>-<8 hex digits of sha256(id)>.

    ``taken`` maps IRIs already in use (a store's graphs) to their article ids.

    >>> names = ArticleNames()
    >>> [str(names(ident)) for ident in ("A 1", "a-1", "A 1")]  # doctest: +NORMALIZE_WHITESPACE
    ['https://w3id.org/kg/article/a-1', 'https://w3id.org/kg/article/a-1-2f8fe63a',
     'https://w3id.org/kg/article/a-1']
    """

    def __init__(self, taken: dict[str, str] | None = None):
        self.owner: dict[str, str] = dict(taken or {})   # IRI → article id
        self.given: dict[str, URIRef] = {}               # article id → IRI

    def __call__(self, article_id: str) -> URIRef:
        iri = self.given.get(article_id)
        if iri is None:
            iri = article_iri(article_id)
            if self.owner.get(str(iri), article_id) != article_id:
                iri = disambiguated_iri(article_id)
            self.owner[str(iri)] = article_id
            self.given[article_id] = iri
        return iri


def event_iri(article_id: str, event: Event) -> URIRef:
    """ev:<16 hex digits of sha256(article id, sentence start, trigger start, type, agent, target)>; an
    unknown agent or no target counts as the empty string."""
    parts = (article_id, str(event.start), str(event.trigger_start), event.type, event.agent.key if event.agent else "",
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
        self.types = event_types()
        from ..extract.confidence import confidence_of  # here: importing kg.extract loads spaCy

        self.confidence_of = confidence_of

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
        g.add((ev, RDF.type, etype.iri))
        # an unknown agent ("a car bomb killed ...") is no node: the event has no kgo:agent, and no shortcut edge
        agent = actor_iri(event.agent.key) if event.agent is not None else None
        if agent is not None:
            g.add((ev, KGO.agent, agent))
        g.add((ev, KGO.trigger, Literal(event.trigger)))
        g.add((ev, KGO.modality, KGO[event.modality]))
        g.add((ev, KGO.negated, Literal(bool(event.negated))))
        g.add((ev, KGO.confidence, _decimal(self.confidence_of(event))))
        if event.place is not None:
            g.add((ev, KGO.place, actor_iri(event.place.key)))
        g.add((ev, PROV.wasDerivedFrom, self.iri))
        for prop, value in ((KGO.topic, event.topic), (KGO.agentText, event.agent_text),
                            (KGO.targetText, event.target_text), (KGO.timeText, event.time_text),
                            (KGO.condition, event.condition), (KGO.source, getattr(event, "source", None))):
            if value:
                g.add((ev, prop, Literal(value)))
        if event.time:
            g.add((ev, KGO.time, time_literal(event.time)))
        if event.target is not None:
            target = actor_iri(event.target.key)
            g.add((ev, KGO.target, target))
            if etype.shortcut is not None and agent is not None:
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


def label_rank(label: str) -> tuple:
    """Sort key of competing spellings of one actor's label: mixed case before ALL CAPS, then alphabetical."""
    return (label.isupper(), label.casefold(), label)


def actor_triples(refs: Iterable[ActorRef]) -> list[tuple]:
    """The triples describing the actors ``refs`` name (for :data:`ACTORS_GRAPH`), and every gazetteer
    actor they act for: class and label (a gazetteer entry's own, else the first spelling met), codes,
    aliases, kgo:actsFor and the CAMEO code (kgo:cameoCode) of all but people. (Roles, and a person's
    code on the article's date, are the article's word: :func:`build_graph` puts them in its graph.)"""
    gazetteer = load_gazetteer()
    seen: dict[str, ActorRef] = {}
    for ref in refs:
        seen.setdefault(ref.key, ref)
    triples: list[tuple] = []
    described = set()
    pending = sorted(seen)
    while pending:
        key = pending.pop()
        if key in described:
            continue
        described.add(key)
        iri = actor_iri(key)
        entry = gazetteer.get(key)
        acts_for = (entry.acts_for if entry else None) or (seen[key].acts_for if key in seen else None)
        if entry is not None:
            triples += _gazetteer_actor(entry)
        else:
            ref = seen[key]
            triples += [(iri, RDF.type, _class(ref.cls)), (iri, RDFS.label, Literal(ref.label))]
            if ref.code and ref.cls != "Person":
                triples.append((iri, KGO.cameoCode, Literal(ref.code)))
        if acts_for and (acts_for in seen or acts_for in gazetteer):
            triples.append((iri, KGO.actsFor, actor_iri(acts_for)))
            pending.append(acts_for)
    return triples


def _gazetteer_actor(entry: GazetteerEntry) -> list[tuple]:
    iri = actor_iri(entry.id)
    triples = [(iri, RDF.type, _class(entry.cls)), (iri, RDFS.label, Literal(entry.label))]
    if entry.iso3:
        triples.append((iri, KGO.iso3, Literal(entry.iso3)))
    if entry.wikidata:
        triples.append((iri, OWL.sameAs, WD[entry.wikidata]))
    code = load_gazetteer().code_of(entry.id)
    if code and entry.cls != "Person":  # a person's code changes with the date: the article's graph has it
        triples.append((iri, KGO.cameoCode, Literal(code)))
    triples += [(iri, SKOS.altLabel, Literal(alias)) for alias in entry.aliases if alias != entry.label]
    return triples


def _own_code(ref: ActorRef) -> str | None:
    """The code the actors graph gives ``ref``'s node (see :func:`actor_triples`)."""
    gazetteer = load_gazetteer()
    return gazetteer.code_of(ref.key) if ref.key in gazetteer else ref.code


def merge_actor_triples(graph: Graph, triples: Iterable[tuple]) -> None:
    """Add actor ``triples`` to the actors ``graph``: a set union, except that an actor keeps one
    rdfs:label, the spelling :func:`label_rank` puts first."""
    for s, p, o in triples:
        if p == RDFS.label:
            current = graph.value(s, RDFS.label)
            if current is not None:
                if label_rank(str(o)) >= label_rank(str(current)):
                    continue
                graph.remove((s, RDFS.label, None))
        graph.add((s, p, o))


def build_graph(records: Iterable[tuple[Article, list[Event]]], model: str | None = None,
                dataset: Dataset | None = None, names: "ArticleNames | dict | None" = None) -> Dataset:
    """An rdflib Dataset with one named graph (named like the article, art:<slug>) per (article, events) record,
    and the actors they name in :data:`ACTORS_GRAPH`.

    ``model`` names the spaCy pipeline that extracted the events; it is recorded with the kg version in
    each graph's provenance node (kgo:extractor). Two articles whose ids give the same slug get distinct
    IRIs (the later one's slug gains a hash of its id, see :class:`ArticleNames`); ``names`` (an
    ArticleNames, or a dict from article id to IRI) lets the caller choose them, as ``kg build --dask``
    does for articles spread over several workers. Pass ``dataset`` to add to an existing one.

    Once every article is in, each event of the dataset gets its roll-ups (kgo:agentRollUp, kgo:agentTop,
    ... see :mod:`kg.rdf.rollups`) from the kgo:actsFor links of the whole dataset.

    >>> from kg import Article, extract_events
    >>> art = Article(id="a1", text="Russia accused Ukraine of shelling the border.")
    >>> ds = build_graph([(art, extract_events(art))])
    >>> len(list(ds.graphs())) > 1
    True
    """
    from .. import __version__

    extractor = f"kg {__version__}" + (f"; spaCy pipeline {model}" if model else "")
    ds = dataset if dataset is not None else bind_prefixes(Dataset())
    if isinstance(names, dict):
        chosen, others = names, ArticleNames(taken={str(iri): ident for ident, iri in names.items()})
        names = lambda ident: URIRef(chosen[ident]) if ident in chosen else others(ident)  # noqa: E731
    names = names or ArticleNames()
    actors = None
    for article, events in records:
        iri = names(article.id)
        writer = _ArticleGraph(ds.graph(iri), article, iri, extractor)
        writer.add_article()
        refs = []
        for event in events:
            writer.add_event(event)
            refs += [r for r in (event.agent, event.target, event.reported_by, event.place) if r is not None]
        for ref in refs:
            if ref.role:
                writer.g.add((actor_iri(ref.key), KGO.role, Literal(ref.role)))
            if ref.code and (ref.cls == "Person" or ref.code != _own_code(ref)):
                # the code this article gives: a person's on its date, a sector ("IRNCOP" for "Iranian police")
                writer.g.add((actor_iri(ref.key), KGO.cameoCode, Literal(ref.code)))
        if refs:
            merge_actor_triples(actors if actors is not None else (actors := ds.graph(ACTORS_GRAPH)),
                                actor_triples(refs))
    refresh_rollups(ds)
    return ds
