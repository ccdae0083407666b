"""RDF literals and terms of either engine as the plain Python values both agree on.

kg.query gives query results in these values and kg.rdf.table_rows writes the event-table rows in them, so
that a row read back equals the columns the joined query would give.
"""
from __future__ import annotations

from decimal import Decimal

__all__ = ["JsonText", "plain_literal", "plain_rdflib", "plain_oxigraph"]

_XSD = "http://www.w3.org/2001/XMLSchema#"
_INTEGER_TYPES = {_XSD + t for t in ("integer", "int", "long", "short", "byte", "nonNegativeInteger",
                                     "positiveInteger", "negativeInteger", "nonPositiveInteger",
                                     "unsignedLong", "unsignedInt", "unsignedShort", "unsignedByte")}
_FLOAT_TYPES = {_XSD + t for t in ("decimal", "double", "float")}
_RDF_JSON = "http://www.w3.org/1999/02/22-rdf-syntax-ns#JSON"


class JsonText(str):
    """The text of an ``rdf:JSON`` literal (a str), marked so that kg.query.values.spread_json_columns
    knows it."""

    __slots__ = ()


def plain_literal(lexical: str, datatype: str | None, language: str | None = None):
    """An RDF literal as the Python value both engines agree on."""
    if datatype == _RDF_JSON:
        return JsonText(lexical)
    if datatype in _INTEGER_TYPES:
        try:
            return int(lexical)
        except ValueError:
            return lexical
    if datatype in _FLOAT_TYPES:
        try:
            return float(Decimal(lexical)) if datatype == _XSD + "decimal" else float(lexical)
        except (ValueError, ArithmeticError):
            return lexical
    if datatype == _XSD + "boolean":
        return lexical.strip() in ("true", "1")
    return lexical


def plain_rdflib(term):
    from rdflib import BNode, Literal

    if term is None:
        return None
    if isinstance(term, Literal):
        return plain_literal(str(term), str(term.datatype) if term.datatype else None, term.language)
    if isinstance(term, BNode):
        return f"_:{term}"
    return str(term)


_XSD_STRING = _XSD + "string"
_RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"


def plain_oxigraph(term):
    """A pyoxigraph term as its plain value (called once per cell of a result: kept to type checks)."""
    import pyoxigraph as ox

    if term is None:
        return None
    kind = type(term)
    if kind is ox.NamedNode:
        return term.value
    if kind is ox.Literal:
        datatype = term.datatype.value
        if datatype == _XSD_STRING or datatype == _RDF_LANG_STRING:
            return term.value
        return plain_literal(term.value, datatype, term.language)
    if kind is ox.BlankNode:
        return f"_:{term.value}"
    return str(term)
