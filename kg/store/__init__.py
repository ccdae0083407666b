"""The persistent graph: an Oxigraph store on disk holding one named graph per article, and the actors.

``kg build INPUT... --store DIR`` adds articles to the store in ``DIR``; every command that reads a graph
takes ``--store DIR`` too. The store holds exactly what a TriG export of the same articles holds: one
named graph per article (named like the article, art:<slug>: the article, its events, their evidence) and
one graph describing every actor once (:data:`ACTORS_GRAPH`, named act:), so

* the same actor in two articles is one IRI, described once; removing an article (:meth:`ArticleStore.remove`)
  drops its graph and the description of every actor no other article names any longer (nor any actor
  still described acts for), in the same transaction;
* an article is written in one transaction with the actors it adds (:meth:`ArticleStore.put_article`): a
  crash or Ctrl-C in the middle of a build leaves every earlier article complete and a store that opens;
* an article already in the store with the same text (same id, same kgo:contentHash) is skipped
  before any NLP (:meth:`ArticleStore.unchanged`); a changed text replaces that article's graph (and
  drops the actors only the old text named).

Other readers: ``kg.store.open_store(path, read_only=True)`` and ``kg.store.store_to_dataset(store)``
give an rdflib Dataset equal to what ``kg build -o x.trig`` would have written (plain literals stay
plain; the ontology graph some query tools add, :data:`ONTOLOGY_GRAPH`, is left out).

Modules: :mod:`.location` (a store directory: marker, opening, failures), :mod:`.terms` (terms and datasets
between rdflib and pyoxigraph), :mod:`.articles` (:class:`ArticleStore`, removal, the ontology graph) and
:mod:`.iris` (the graph names and predicates they share).
"""
from __future__ import annotations

from .articles import ArticleStore, StoredArticle, _data, article_quads, ensure_ontology, remove_article
from .iris import ACTORS_GRAPH, ONTOLOGY_GRAPH
from .location import STORE_FORMAT_VERSION, STORE_MARKER, check_store_dir, is_store, open_store, store_version
from .terms import dataset_to_quads, restored_datatypes, store_to_dataset, to_oxigraph, to_rdflib

__all__ = [
    "ONTOLOGY_GRAPH", "ACTORS_GRAPH", "open_store", "store_to_dataset", "dataset_to_quads", "to_oxigraph", "to_rdflib",
    "ArticleStore", "StoredArticle", "remove_article", "is_store", "ensure_ontology", "check_store_dir",
    "STORE_MARKER", "STORE_FORMAT_VERSION", "store_version",
]
