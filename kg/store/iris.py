"""The IRIs the store is organised by: its named graphs and the predicates it indexes."""
from __future__ import annotations

from ..rdf.kgo import ACT, KGO

#: A named graph that is not an article's: the ontology that ``kg query`` adds to a writable store.
ONTOLOGY_GRAPH = "https://w3id.org/kg/ontology"
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_RDF_LANGSTRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
_CONTENT_HASH = "https://w3id.org/kg/ontology#contentHash"
_IDENTIFIER = "https://schema.org/identifier"
_ACTS_FOR = "https://w3id.org/kg/ontology#actsFor"
_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
_TABLE_ROW = str(KGO.tableRow)
#: The graph describing every actor once (kg.rdf.build.ACTORS_GRAPH, the act: namespace IRI).
ACTORS_GRAPH = str(ACT)
