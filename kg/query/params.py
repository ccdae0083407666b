"""Parameter values turned into RDF terms: actors resolved to IRIs, types, booleans; never text pasted into SPARQL."""
from __future__ import annotations

import difflib
import re
from typing import Any, Mapping

from ..errors import QueryError
from .named import NamedQuery, Param
from .sources import _prefixes, open_source

_IRI_FORBIDDEN = re.compile(r'[\x00-\x20<>"{}|^`\\]')
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")


def _check_iri(value: str, what: str):
    from rdflib import URIRef

    if not _SCHEME.match(value) or _IRI_FORBIDDEN.search(value):
        raise QueryError(f"{what}: {value!r} is not a valid absolute IRI")
    return URIRef(value)


def _expand(value: str, what: str):
    """An IRI from ``<iri>``, ``http(s)://...``/``urn:...`` or a prefixed name with a kg prefix; else None."""
    value = value.strip()
    if value.startswith("<") and value.endswith(">"):
        return _check_iri(value[1:-1], what)
    prefix, colon, local = value.partition(":")
    prefixes = _prefixes()
    if colon and prefix in prefixes and not local.startswith("//"):
        if not re.fullmatch(r"[A-Za-z0-9_.\-/]+", local or "-"):
            raise QueryError(f"{what}: {value!r} is not a valid prefixed name")
        return _check_iri(prefixes[prefix] + local, what)
    if re.match(r"^(https?|urn|file):", value):
        return _check_iri(value, what)
    return None


def resolve_actor(source, value: str, what: str = "actor"):
    """The IRI (rdflib URIRef) of the actor ``value`` names in ``source``.

    ``value`` is an IRI (``<...>``, ``http...``, ``act:russia``), a label or alias (any case), an ISO3
    code, or the last segment of an actor IRI ("united-states"). QueryError when nothing or several
    actors match, naming the candidates.
    """
    from rdflib import URIRef

    iri = _expand(value, what)
    if iri is not None:
        return iri
    source = open_source(source)
    wanted = " ".join(value.split()).casefold()
    keys = source.actor_keys()
    levels = (
        lambda key, kind: kind == "label" and key == value,
        lambda key, kind: kind == "label" and key.casefold() == wanted,
        lambda key, kind: kind == "iso3" and key.casefold() == wanted,
        lambda key, kind: kind == "alias" and key.casefold() == wanted,
    )
    for level in levels:
        found = sorted({actor for actor, key, kind in keys if isinstance(key, str) and level(key, kind)})
        if len(found) == 1:
            return URIRef(found[0])
        if len(found) > 1:
            raise QueryError(f"{what} {value!r} is ambiguous: {', '.join(found)}; pass one of these IRIs")
    by_local = sorted({a for a, _, _ in keys if a.rstrip("/").rsplit("/", 1)[-1].casefold() == wanted})
    if len(by_local) == 1:
        return URIRef(by_local[0])
    labels = sorted({key for _, key, kind in keys if kind == "label" and isinstance(key, str)})
    close = difflib.get_close_matches(value, labels, n=5, cutoff=0.6)
    hint = f"; did you mean {', '.join(close)}?" if close else ""
    raise QueryError(f"no actor {value!r} in the graph{hint} (give a label, alias, ISO3 code or IRI)")


def _resolve_type(value: str, what: str):
    from ..rdf.ontology import event_types

    iri = _expand(value, what)
    types = event_types()
    if iri is not None:
        if iri not in {t.iri for t in types.values()}:
            raise QueryError(f"{what}: {value!r} is not an event type; choose one of: {', '.join(types)}")
        return iri
    wanted = value.strip().casefold()
    for event_type in types.values():
        names = {event_type.name.casefold(), (event_type.verb_label or "").casefold()}
        if event_type.shortcut is not None:
            names.add(str(event_type.shortcut).rsplit("#", 1)[-1].casefold())
        if wanted in names:
            return event_type.iri
    raise QueryError(f"{what}: unknown event type {value!r}; choose one of: {', '.join(types)}")


def _boolean(value, what: str):
    from rdflib import Literal

    if isinstance(value, bool):
        return Literal(value)
    text = str(value).strip().lower()
    if text in ("true", "yes", "1", "on"):
        return Literal(True)
    if text in ("false", "no", "0", "off"):
        return Literal(False)
    raise QueryError(f"{what}: {value!r} is not a boolean; use true or false")


def _term(source, param: Param, value, what: str):
    """The RDF term for ``value`` of a declared parameter (validated; never spliced into text)."""
    from rdflib import Literal, URIRef
    from rdflib.term import Identifier

    if isinstance(value, Identifier):
        return value
    if param.kind == "boolean":
        return _boolean(value, what)
    if param.kind == "integer":
        try:
            return Literal(int(str(value).strip()))
        except ValueError:
            raise QueryError(f"{what}: {value!r} is not an integer") from None
    text = str(value)
    if param.kind == "actor":
        return resolve_actor(source, text, what)
    if param.kind == "type":
        return _resolve_type(text, what)
    if param.kind == "iri":
        iri = _expand(text, what)
        return iri if iri is not None else _check_iri(text, what)
    return Literal(text)


def _guess_term(value, what: str):
    """A term for a parameter the query does not declare: IRI, boolean, integer or else a string."""
    from rdflib import Literal
    from rdflib.term import Identifier

    if isinstance(value, Identifier):
        return value
    if isinstance(value, bool):
        return Literal(value)
    if isinstance(value, int):
        return Literal(value)
    text = str(value)
    iri = _expand(text, what)
    if iri is not None:
        return iri
    if text.strip().lower() in ("true", "false"):
        return _boolean(text, what)
    if re.fullmatch(r"-?\d+", text.strip()):
        return Literal(int(text))
    return Literal(text)


def _bindings(source, query: NamedQuery, params: Mapping[str, Any]) -> dict:
    declared = {p.name: p for p in query.params}
    bindings = {}
    for name, value in (params or {}).items():
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
            raise QueryError(f"parameter name {name!r} is not a SPARQL variable name")
        what = f"parameter {name!r}"
        if declared:
            if name not in declared:
                raise QueryError(f"{query.name} has no parameter {name!r}; its parameters: {', '.join(declared)}")
            bindings[name] = _term(source, declared[name], value, what)
        else:
            bindings[name] = _guess_term(value, what)
    for param in query.params:
        if param.name in bindings:
            continue
        if param.default is not None:
            bindings[param.name] = _term(source, param, param.default, f"default of {param.name!r}")
        elif param.required:
            raise QueryError(f"{query.name} needs parameter {param.name!r} ({param.kind}"
                             + (f": {param.description}" if param.description else "") + ")")
    return bindings


_OUTER_PROJECTION = re.compile(r"^([ \t]*SELECT[ \t]+(?:(?:DISTINCT|REDUCED)[ \t]+)?)((?:\?\w+[ \t]*)+)$",
                               re.IGNORECASE | re.MULTILINE)


def unproject(text: str, names) -> str:
    """``text`` with the variables ``names`` left out of its outermost SELECT, when that projection is a
    plain list of variables on a line of its own and keeps at least one; else ``text`` unchanged.

    A parameter kg binds is one value on every row, and run_query leaves its column out anyway; the
    engine that is not asked for it does not write it 37,000 times (kg's named queries only: the
    parameter is then bound by a VALUES row, which needs no projection).

    >>> unproject("SELECT DISTINCT ?a ?actor ?b\\nWHERE { ?a <urn:p> ?actor }", {"actor"})
    'SELECT DISTINCT ?a ?b\\nWHERE { ?a <urn:p> ?actor }'
    >>> unproject("SELECT ?actor\\nWHERE { ?a <urn:p> ?actor }", {"actor"})
    'SELECT ?actor\\nWHERE { ?a <urn:p> ?actor }'
    """
    match = _OUTER_PROJECTION.search(text)
    if match is None or not names:
        return text
    kept = [v for v in match.group(2).split() if v[1:] not in names]
    if not kept:
        return text
    return f"{text[:match.start(2)]}{' '.join(kept)}{text[match.end(2):]}"
