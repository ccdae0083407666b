"""ArticleStore: one named graph per article written in one transaction with its actors; removal; the ontology graph."""
from __future__ import annotations

import functools
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from ..errors import StoreError
from .iris import _ACTS_FOR, _CONTENT_HASH, _IDENTIFIER, _LABEL, ACTORS_GRAPH, ONTOLOGY_GRAPH
from .location import _writing, open_store
from .terms import dataset_to_quads


@dataclass(frozen=True)
class StoredArticle:
    """An article in the store: its id (schema:identifier), graph name and kgo:contentHash."""

    id: str
    graph: str
    content_hash: str


@dataclass
class ArticleStore:
    """A writable store with the index of its articles; writes one article graph per transaction.

    >>> with ArticleStore.open("out/store") as st:                         # doctest: +SKIP
    ...     st.unchanged(article)            # True: same id and text already stored, skip it
    """

    store: object
    path: Path | None = None
    articles: dict[str, StoredArticle] = field(default_factory=dict)   # id → article
    graph_ids: dict[str, str] = field(default_factory=dict)             # graph name → id
    flush_every: int = 100
    read_only: bool = False
    reopen_every: int = 1000
    _writes: int = 0

    @classmethod
    def open(cls, path: str | os.PathLike, read_only: bool = False, flush_every: int = 100,
             create: bool = True, reopen_every: int = 1000) -> "ArticleStore":
        """Open (create) the store in ``path`` and read its article index.

        ``flush_every`` > 0 flushes RocksDB's write buffers to disk after that many articles (besides the
        flush on :meth:`close`). Oxigraph gives each of RocksDB's column families a write buffer of about
        128 MiB that is only written out when full, so without flushes a long build's memory climbs
        towards 1.5-2 GB; every 100 articles it stays near 100 MiB, and the build is no slower
        (BENCHMARKS.md). 0 never flushes early (the write-ahead log alone survives a killed process).

        ``reopen_every`` > 0 flushes, closes the database and opens it again after that many articles: what
        empties RocksDB's block caches (Oxigraph sizes them at 32 and 128 MiB and kg cannot), which otherwise
        fill with every block the writes read back (actors, roll-ups) and grow a long build's memory by
        about 9 MiB per 1,000 articles (BENCHMARKS.md, section 2). 0 keeps it open.
        """
        st = cls(open_store(path, read_only=read_only, create=create), Path(path), flush_every=flush_every,
                 read_only=read_only, reopen_every=reopen_every)
        try:
            if not read_only:
                with _writing(path, "the ontology graph", 0):
                    if not ontology_is_current(st.store):  # a new ontology: perhaps a store from before roll-ups
                        from ..rdf.rollups import refresh_store_rollups

                        refresh_store_rollups(st.store)  # before the mark: killed in between, done again
                        ensure_ontology(st.store)
            st.reindex()
        except BaseException:
            st.store = None  # no flush of a store that failed to open properly
            raise
        return st

    def reindex(self) -> None:
        import pyoxigraph as ox

        self.articles.clear()
        self.graph_ids.clear()
        hashes = {}
        for q in self.store.quads_for_pattern(None, ox.NamedNode(_CONTENT_HASH), None, None):
            if isinstance(q.graph_name, ox.NamedNode):
                hashes[(q.subject, q.graph_name.value)] = q.object.value
        for q in self.store.quads_for_pattern(None, ox.NamedNode(_IDENTIFIER), None, None):
            if isinstance(q.graph_name, ox.NamedNode):
                graph = q.graph_name.value
                ident = q.object.value
                self.articles[ident] = StoredArticle(ident, graph, hashes.get((q.subject, graph), ""))
                self.graph_ids[graph] = ident

    def __enter__(self) -> "ArticleStore":
        return self

    def __exit__(self, kind, value, traceback) -> None:
        try:
            self.close()
        except StoreError:
            if kind is None:  # else the first failure is the one to report
                raise

    def close(self) -> None:
        if self.store is not None:
            store, self.store = self.store, None
            if not self.read_only:
                with _writing(self.path, "the last write buffer", len(self.articles)):
                    store.flush()

    def __len__(self) -> int:
        return len(self.articles)

    # -- decisions before NLP

    def unchanged(self, article) -> bool:
        """True when ``article`` (same id, same text) is already in the store: nothing to do."""
        known = self.articles.get(article.id)
        return known is not None and known.content_hash == article.content_hash

    def graph_for(self, article_id: str) -> str:
        """The graph name ``article_id`` has or gets: its stored graph, else art:<slug>, made unique
        against the store the way :class:`kg.rdf.build.ArticleNames` does (slug + hash of the id)."""
        from ..rdf.build import article_iri, disambiguated_iri

        known = self.articles.get(article_id)
        if known is not None:
            return known.graph
        iri = str(article_iri(article_id))
        if self.graph_ids.get(iri, article_id) != article_id:
            iri = str(disambiguated_iri(article_id))
        return iri

    # -- writes

    def put_graph(self, graph: str, quads: list, article_id: str | None = None, content_hash: str = "",
                  actor_quads: Iterable = ()) -> str:
        """Make named graph ``graph`` hold exactly ``quads`` (pyoxigraph Quads; their graph name is ignored)
        and merge ``actor_quads`` into :data:`ACTORS_GRAPH`, in one transaction. A graph replaced this way
        takes along the actors only it named. The events' roll-ups (:mod:`kg.rdf.rollups`) are computed
        against the store, whatever ``quads`` held, and those of other graphs updated when the write
        changes whom an actor acts for. Returns "added" or "replaced"."""
        import pyoxigraph as ox

        from ..rdf.rollups import is_rollup, store_rollup_changes

        name = ox.NamedNode(graph)
        quads = [ox.Quad(q.subject, q.predicate, q.object, name) for q in quads if not is_rollup(q)]
        existed = graph in self.graph_ids or self.store.contains_named_graph(name)
        adds, deletes = self._actor_changes(actor_quads)
        if existed:
            named = {t.value for t in _actors_in(quads)}
            deletes += self._orphans(graph, keep=named | {q.subject.value for q in adds})
        own, elsewhere, outdated = store_rollup_changes(self.store, graph, quads, adds, deletes)
        quads += own
        adds += elsewhere
        deletes += outdated
        with _writing(self.path, f"article {article_id or graph}", len(self.articles)):
            if not existed and not deletes:
                self.store.extend(quads + adds)  # one transaction
            else:  # one SPARQL update: one transaction too
                drop = f"DROP SILENT GRAPH {name} ; " if existed else ""
                self.store.update(drop + _data("DELETE", deletes) + _data("INSERT", quads + adds))
        if article_id is not None:
            old = self.graph_ids.get(graph)
            if old is not None and old != article_id:
                self.articles.pop(old, None)
            self.articles[article_id] = StoredArticle(article_id, graph, content_hash)
            self.graph_ids[graph] = article_id
        self._writes += 1
        if self.reopen_every and self._writes % self.reopen_every == 0:
            self.reopen()
        elif self.flush_every and self._writes % self.flush_every == 0:
            with _writing(self.path, "the write buffer", len(self.articles)):
                self.store.flush()
        return "replaced" if existed else "added"

    def reopen(self) -> None:
        """Flush, close the database and open it again (see ``reopen_every`` in :meth:`open`)."""
        with _writing(self.path, "the write buffer", len(self.articles)):
            self.store.flush()
        self.store = None  # the only reference: pyoxigraph closes RocksDB and frees its caches
        self.store = open_store(self.path, create=False)

    def put_article(self, article, events, extractor_model: str | None = None) -> str:
        """Build ``article``'s named graph from its ``events`` and write it with its actors (see :meth:`put_graph`)."""
        graph, quads, actors = article_quads(article, events, self.graph_for(article.id), extractor_model)
        return self.put_graph(graph, quads, article.id, article.content_hash, actors)

    def put_dataset(self, dataset) -> dict[str, int]:
        """Write every named graph of an rdflib Dataset, see :meth:`put_quads`."""
        return self.put_quads(dataset_to_quads(dataset))

    def put_quads(self, quads: Iterable) -> dict[str, int]:
        """Write pyoxigraph quads graph by graph: each article graph replaces the graph of that name (one
        transaction each, with the actor descriptions it needs from :data:`ACTORS_GRAPH`), the rest of the
        actors graph is merged, other graphs are replaced and default-graph triples added. Returns
        {"added": n, "replaced": m}.
        """
        import pyoxigraph as ox

        from ..rdf.rollups import store_rollup_changes

        counts = {"added": 0, "replaced": 0}
        by_graph: dict = {}
        for quad in quads:
            key = None if isinstance(quad.graph_name, ox.DefaultGraph) else quad.graph_name.value
            by_graph.setdefault(key, []).append(quad)
        default = by_graph.pop(None, [])
        if default:
            self.store.extend(default)
        describing: dict[str, list] = {}
        written: set[str] = set()
        for quad in by_graph.pop(ACTORS_GRAPH, []):
            describing.setdefault(quad.subject.value, []).append(quad)
        for graph in sorted(by_graph):
            quads = by_graph[graph]
            ident = next((q.object.value for q in quads if q.predicate.value == _IDENTIFIER), None)
            digest = next((q.object.value for q in quads if q.predicate.value == _CONTENT_HASH), "")
            actors = _descriptions(describing, {t.value for t in _actors_in(quads)})
            counts[self.put_graph(graph, quads, ident, digest, actors)] += 1
            written.update(q.subject.value for q in actors)
        rest = [q for actor, quads in describing.items() if actor not in written for q in quads]
        adds, deletes = self._actor_changes(rest)
        _, elsewhere, outdated = store_rollup_changes(self.store, None, (), adds, deletes)
        adds += elsewhere
        deletes += outdated
        if adds or deletes:
            self.store.update(_data("DELETE", deletes) + _data("INSERT", adds))
        return counts

    def remove(self, article_id: str) -> str:
        """Remove the article ``article_id`` (its id, its graph IRI or art:<slug>) and the actors only it
        named, in one transaction; returns its graph name."""
        import pyoxigraph as ox

        from ..rdf.rollups import store_rollup_changes

        graph = self.find(article_id)
        name = ox.NamedNode(graph)
        orphans = self._orphans(graph)
        _, elsewhere, outdated = store_rollup_changes(self.store, graph, (), (), orphans)
        with _writing(self.path, f"the removal of {graph}", len(self.articles)):
            self.store.update(f"DROP SILENT GRAPH {name} ; " + _data("DELETE", orphans + outdated)
                              + _data("INSERT", elsewhere))
            self.store.flush()
        ident = self.graph_ids.pop(graph, None)
        if ident is not None:
            self.articles.pop(ident, None)
        return graph

    # -- the actors graph

    def _actor_changes(self, actor_quads: Iterable) -> tuple[list, list]:
        """(quads to insert, quads to delete) that merge ``actor_quads`` into the actors graph: a set union,
        except that an actor keeps the one label :func:`kg.rdf.build.label_rank` ranks first."""
        import pyoxigraph as ox

        from ..rdf.build import label_rank

        actors = ox.NamedNode(ACTORS_GRAPH)
        label = ox.NamedNode(_LABEL)
        adds, best = [], {}
        for q in actor_quads:
            q = ox.Quad(q.subject, q.predicate, q.object, actors)
            if q.predicate == label:
                chosen = best.get(q.subject)
                if chosen is None or label_rank(q.object.value) < label_rank(chosen.object.value):
                    best[q.subject] = q
            else:
                adds.append(q)
        deletes = []
        for subject, q in best.items():
            current = next(self.store.quads_for_pattern(subject, label, None, actors), None)
            if current is None:
                adds.append(q)
            elif label_rank(q.object.value) < label_rank(current.object.value):
                deletes.append(current)
                adds.append(q)
        return adds, deletes

    def _orphans(self, graph: str, keep: set[str] = frozenset()) -> list:
        """The actors-graph quads describing actors that, once graph ``graph`` is gone, no other graph names
        and no remaining actor acts for (``keep``: actor IRIs that stay whatever)."""
        import pyoxigraph as ox

        actors = ox.NamedNode(ACTORS_GRAPH)
        acts_for = ox.NamedNode(_ACTS_FOR)
        ignored = {graph, ACTORS_GRAPH, ONTOLOGY_GRAPH}
        candidates = _actors_in(self.store.quads_for_pattern(None, None, None, ox.NamedNode(graph)))
        stack = list(candidates)
        while stack:  # and the states (parties, ...) those act for
            for q in self.store.quads_for_pattern(stack.pop(), acts_for, None, actors):
                if q.object not in candidates:
                    candidates.add(q.object)
                    stack.append(q.object)

        def named_elsewhere(actor) -> bool:
            if actor.value in keep:
                return True
            for place in (0, 2):  # as subject (shortcut triples) or object of another graph's triples
                pattern = (actor, None, None, None) if place == 0 else (None, None, actor, None)
                for q in self.store.quads_for_pattern(*pattern):
                    g = q.graph_name
                    if isinstance(g, ox.DefaultGraph) or g.value not in ignored:
                        return True
            return False

        dead = {actor for actor in candidates if not named_elsewhere(actor)}
        changed = True
        while changed:  # an actor someone live acts for stays
            changed = False
            for actor in list(dead):
                if any(q.subject not in dead for q in self.store.quads_for_pattern(None, acts_for, actor, actors)):
                    dead.discard(actor)
                    changed = True
        return [q for actor in dead for q in self.store.quads_for_pattern(actor, None, None, actors)]

    def find(self, article_id: str) -> str:
        from ..ingest import slug
        from ..rdf.kgo import ART

        if article_id in self.articles:
            return self.articles[article_id].graph
        for graph in (article_id, str(ART[slug(article_id)]), str(ART[article_id.removeprefix("art:")])):
            if graph in self.graph_ids:
                return graph
        import difflib

        close = difflib.get_close_matches(article_id, list(self.articles), n=3, cutoff=0.5)
        hint = f"; did you mean {', '.join(map(repr, close))}?" if close else ""
        raise StoreError(f"no article {article_id!r} in store {self.path} ({len(self.articles)} articles){hint}")

    def count_quads(self) -> int:
        return len(self.store)


def ensure_ontology(store) -> bool:
    """Put ontology/kg.ttl into named graph :data:`ONTOLOGY_GRAPH` of a writable store, unless that
    exact version is there already (marked by its sha256 as kgo:contentHash of the graph's IRI).

    With it, SPARQL over the store (``kg serve``, ``kg query --store``) sees the event types' annotations
    (CAMEO codes, quad classes, subclasses) without writing to the store. Returns True when written.
    """
    import pyoxigraph as ox

    from ..resources import ontology_path

    if ontology_is_current(store):
        return False
    data = ontology_path("kg.ttl").read_bytes()
    name = ox.NamedNode(ONTOLOGY_GRAPH)
    graph = ox.Store()
    graph.load(data, ox.RdfFormat.TURTLE, to_graph=name)
    store.update(f"DROP SILENT GRAPH {name} ; " + _data("INSERT", [*graph, _ontology_mark()]))  # one transaction
    return True


def _ontology_mark():
    """The quad marking the ontology graph as this version of kg.ttl (its sha256)."""
    import pyoxigraph as ox

    name = ox.NamedNode(ONTOLOGY_GRAPH)
    return ox.Quad(name, ox.NamedNode(_CONTENT_HASH), ox.Literal(_ontology_digest()), name)


@functools.lru_cache(maxsize=1)
def _ontology_digest() -> str:
    import hashlib

    from ..resources import ontology_path

    return hashlib.sha256(ontology_path("kg.ttl").read_bytes()).hexdigest()


def ontology_is_current(store) -> bool:
    """Whether ``store`` holds this version of ontology/kg.ttl (and so what kg derives with it: roll-ups,
    event-table rows), as :func:`ensure_ontology` marks it."""
    mark = _ontology_mark()
    return next(store.quads_for_pattern(mark.subject, mark.predicate, mark.object, mark.graph_name), None) is not None


def article_quads(article, events, graph: str, extractor_model: str | None = None) -> tuple[str, list, list]:
    """(graph name, quads of the article's graph named ``graph``, quads describing its actors), as
    :func:`kg.rdf.build.build_graph` writes them."""
    import pyoxigraph as ox
    from rdflib import Dataset
    from rdflib.namespace import NamespaceManager

    from ..rdf.build import article_iri, build_graph

    # no prefixes: these quads are never serialised as text, and binding rdflib's and kg's thirty-odd
    # prefixes on a new Dataset for each article took about half the time of building its graph
    ds = Dataset()
    ds.namespace_manager = NamespaceManager(ds, bind_namespaces="none")
    ds = build_graph([(article, events)], model=extractor_model, dataset=ds)
    default_name = str(article_iri(article.id))
    quads, actors = [], []
    for q in dataset_to_quads(ds):
        (actors if q.graph_name.value == ACTORS_GRAPH else quads).append(q)
    if graph != default_name:  # a slug taken by another article: rename the article node (and graph)
        quads = [_rename(q, default_name, graph) for q in quads]
    name = ox.NamedNode(graph)
    return graph, [ox.Quad(q.subject, q.predicate, q.object, name) for q in quads], actors


def _actors_in(quads: Iterable) -> set:
    """The actor IRIs (act:...) that ``quads`` name as subject or object."""
    import pyoxigraph as ox

    return {t for q in quads for t in (q.subject, q.object)
            if isinstance(t, ox.NamedNode) and t.value.startswith(ACTORS_GRAPH) and t.value != ACTORS_GRAPH}


def _descriptions(by_subject: dict[str, list], named: set[str]) -> list:
    """The quads of ``by_subject`` (actor IRI → its description) describing ``named`` and whom they act for."""
    found, stack, seen = [], list(named), set()
    while stack:
        actor = stack.pop()
        if actor in seen:
            continue
        seen.add(actor)
        for q in by_subject.get(actor, ()):
            found.append(q)
            if q.predicate.value == _ACTS_FOR:
                stack.append(q.object.value)
    return found


def _data(verb: str, quads: list) -> str:
    """A SPARQL ``INSERT DATA``/``DELETE DATA`` operation for ``quads`` grouped by graph ("" for none)."""
    if not quads:
        return ""
    import pyoxigraph as ox

    by_graph: dict = {}
    for q in quads:
        by_graph.setdefault(q.graph_name, []).append(f"{q.subject} {q.predicate} {q.object} .")
    body = " ".join(" ".join(lines) if isinstance(g, ox.DefaultGraph) else f"GRAPH {g} {{ {' '.join(lines)} }}"
                    for g, lines in by_graph.items())
    return f"{verb} DATA {{ {body} }} ;"


def _rename(quad, old: str, new: str):
    import pyoxigraph as ox

    def term(t):
        if isinstance(t, ox.NamedNode) and (t.value == old or t.value.startswith(old + "/")):
            return ox.NamedNode(new + t.value[len(old):])
        return t

    return ox.Quad(term(quad.subject), quad.predicate, term(quad.object), quad.graph_name)


def remove_article(path: str | os.PathLike, article_ids: Iterable[str]) -> tuple[list[str], list[StoreError]]:
    """Remove articles from the store in ``path``: ([graph names removed], [errors for unknown ids])."""
    removed, missing = [], []
    with ArticleStore.open(path, create=False) as st:
        for ident in article_ids:
            try:
                removed.append(st.remove(ident))
            except StoreError as exc:
                missing.append(exc)
    return removed, missing
