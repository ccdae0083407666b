"""RDF terms and whole datasets between rdflib and pyoxigraph, the way kg writes them."""
from __future__ import annotations

import os
from functools import lru_cache
from typing import Iterable, Iterator

from ..errors import StoreError
from .iris import _CONTENT_HASH, _TABLE_ROW, _XSD_STRING, ONTOLOGY_GRAPH
from .location import open_store



def to_oxigraph(term):
    """An rdflib term (or None, the default graph) as a pyoxigraph term."""
    import pyoxigraph as ox
    from rdflib import BNode, Literal, URIRef
    from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

    if term is None or term == DATASET_DEFAULT_GRAPH_ID:
        return ox.DefaultGraph()
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if hasattr(term, "identifier"):  # an rdflib Graph used as a context
        return to_oxigraph(term.identifier)
    raise StoreError(f"cannot store {term!r}: not an RDF term")


_XSD = "http://www.w3.org/2001/XMLSchema#"
#: Integer types Oxigraph stores as plain xsd:integer (it keeps the value, not the derived datatype).
_DERIVED_INTEGERS = {_XSD + name for name in (
    "nonNegativeInteger", "positiveInteger", "nonPositiveInteger", "negativeInteger", "long", "int", "short",
    "byte", "unsignedLong", "unsignedInt", "unsignedShort", "unsignedByte")}


@lru_cache(maxsize=1)
def restored_datatypes() -> dict[str, str]:
    """{predicate IRI: derived integer datatype} from ontology/shapes.ttl (sh:path P ; sh:datatype D).

    Oxigraph normalises e.g. xsd:nonNegativeInteger to xsd:integer; reading a store back, kg gives the
    values of these predicates the datatype its shapes require (nif:beginIndex, nif:endIndex).
    """
    from rdflib import Graph, URIRef
    from rdflib.namespace import SH

    from ..resources import ontology_path

    shapes = Graph().parse(ontology_path("shapes.ttl"), format="turtle")
    found = {}
    for shape, datatype in shapes.subject_objects(SH.datatype):
        path = shapes.value(shape, SH.path)
        if isinstance(path, URIRef) and str(datatype) in _DERIVED_INTEGERS:
            found[str(path)] = str(datatype)
    return found


def to_rdflib(term, predicate: str | None = None):
    """A pyoxigraph term as an rdflib term; xsd:string literals become plain literals (as kg writes them),
    and an xsd:integer object of a ``predicate`` in :func:`restored_datatypes` gets its datatype back."""
    import pyoxigraph as ox
    from rdflib import BNode, Literal, URIRef

    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        if datatype == _XSD_STRING:
            return Literal(term.value)
        if datatype == _XSD + "integer" and predicate is not None:
            datatype = restored_datatypes().get(predicate, datatype)
        return Literal(term.value, datatype=URIRef(datatype))
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.DefaultGraph):
        return None
    raise StoreError(f"cannot convert {term!r}: not an RDF term")


def _memoized(convert):
    """``convert`` remembering its results: a graph repeats the same few thousand terms over and over."""
    cache: dict = {}

    def conv(term):
        value = cache.get(term)
        if value is None:
            value = cache[term] = convert(term)
        return value

    return conv


def dataset_to_quads(dataset) -> Iterator:
    """The quads of an rdflib Dataset or Graph as pyoxigraph Quads (triples of a plain Graph: default graph)."""
    import pyoxigraph as ox
    from rdflib import ConjunctiveGraph

    conv = _memoized(to_oxigraph)
    if isinstance(dataset, ConjunctiveGraph):
        for s, p, o, c in dataset.quads((None, None, None, None)):
            yield ox.Quad(conv(s), conv(p), conv(o), conv(c))
    else:
        for s, p, o in dataset:
            yield ox.Quad(conv(s), conv(p), conv(o), ox.DefaultGraph())


def store_to_dataset(store, include_ontology: bool = False, graphs: Iterable[str] | None = None):
    """The store's content as an rdflib Dataset with kg's prefixes bound (one named graph per article).

    ``store`` is a ``pyoxigraph.Store`` or a store directory (opened read-only). The ontology graph
    (:data:`ONTOLOGY_GRAPH`) is left out unless ``include_ontology``; ``graphs`` limits it to those names.
    The events' event-table rows (kgo:tableRow, :mod:`kg.rdf.table_rows`) are left out: a cache of what the
    graphs say, which kg derives again wherever it reads them, as :func:`kg.build` never writes them; so is
    the ontology graph's mark that the store's derived triples are in step with it.
    """
    import pyoxigraph as ox
    from rdflib import Dataset, URIRef

    from ..rdf.build import bind_prefixes

    if isinstance(store, (str, os.PathLike)):
        store = open_store(store, read_only=True)
    ds = bind_prefixes(Dataset())
    wanted = None if graphs is None else {str(g) for g in graphs}
    conv = _memoized(to_rdflib)
    restore = restored_datatypes()
    contexts: dict = {}
    for quad in store.quads_for_pattern(None, None, None, None):
        if quad.predicate.value == _TABLE_ROW or (quad.predicate.value == _CONTENT_HASH
                                                   and quad.subject.value == ONTOLOGY_GRAPH):
            continue  # a cache of the graphs, and the mark saying it is in step with this ontology: the store's own
        name = quad.graph_name
        if isinstance(name, ox.DefaultGraph):
            key = None
        else:
            key = name.value
            if (key == ONTOLOGY_GRAPH and not include_ontology) or (wanted is not None and key not in wanted):
                continue
        graph = contexts.get(key)
        if graph is None:
            graph = contexts[key] = ds.default_graph if key is None else ds.graph(URIRef(key))
        obj = quad.object
        if isinstance(obj, ox.Literal) and quad.predicate.value in restore:
            obj = to_rdflib(obj, quad.predicate.value)
        else:
            obj = conv(obj)
        graph.add((conv(quad.subject), conv(quad.predicate), obj))
    return ds
