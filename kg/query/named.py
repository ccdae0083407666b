"""Named queries: the ontology/queries/*.rq files, their header (name, what they answer, parameters)."""
from __future__ import annotations

import difflib
import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..errors import QueryError

#: Parameter kinds a query header may declare.
PARAM_KINDS = ("actor", "type", "iri", "boolean", "integer", "string")

_HEADER = re.compile(r"^#\s*(name|answers|params?)\s*:\s*(.*?)\s*$")
_PARAM = re.compile(r"^(?P<name>[A-Za-z_][A-Za-z0-9_]*)\s*(?:\((?P<spec>[^)]*)\))?\s*(?P<description>.*)$")


@dataclass(frozen=True)
class Param:
    """A query parameter declared in a ``# params:`` header line."""

    name: str
    kind: str = "string"
    required: bool = False
    default: str | None = None
    description: str = ""


@dataclass(frozen=True)
class NamedQuery:
    """A query file: its name, the one line saying what it answers, its parameters and its text."""

    name: str
    description: str
    params: tuple[Param, ...]
    text: str
    path: Path | None = field(default=None, compare=False)

    def param(self, name: str) -> Param | None:
        return next((p for p in self.params if p.name == name), None)


def _parse_param(text: str, where: str) -> Param:
    match = _PARAM.match(text.strip())
    if not match:
        raise QueryError(f"{where}: cannot read parameter declaration {text!r}; "
                         "expected 'NAME (KIND[, required][, default VALUE]) description'")
    kind, required, default = "string", False, None
    for part in filter(None, (p.strip() for p in (match["spec"] or "").split(","))):
        if part in PARAM_KINDS:
            kind = part
        elif part == "required":
            required = True
        elif part == "optional":
            required = False
        elif part.startswith("default"):
            default = part[len("default"):].strip(" =")
        else:  # free text in the parentheses, e.g. "(an actor label or IRI)"
            kind = "actor" if "actor" in part.lower() and kind == "string" else kind
    return Param(match["name"], kind, required, default, match["description"].strip())


def parse_header(text: str, fallback_name: str = "query") -> tuple[str, str, tuple[Param, ...]]:
    """(name, description, params) from a query's leading comment lines.

    Files without a ``# name:`` line are named after ``fallback_name``; without ``# answers:`` the first
    comment line is the description.

    >>> parse_header("# name: q\\n# answers: what\\n# params: actor (actor, required) who\\nSELECT * {}")
    ('q', 'what', (Param(name='actor', kind='actor', required=True, default=None, description='who'),))
    """
    name, description, params, first_comment = None, None, [], None
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped:
            continue
        if not stripped.startswith("#"):
            break
        match = _HEADER.match(stripped)
        if match:
            key, value = match.groups()
            if key == "name":
                name = value
            elif key == "answers":
                description = value
            else:
                params.extend(_parse_param(p, fallback_name) for p in [value] if p)
        elif first_comment is None:
            comment = stripped.lstrip("#").strip()
            if comment:
                first_comment = re.sub(rf"^{re.escape(fallback_name)}\s*:\s*", "", comment)
    return name or fallback_name, description or first_comment or "", tuple(params)


def header_words(text: str, key: str) -> list[str]:
    r"""The words of a query's leading ``# KEY:`` comment lines, in order (for kg's own header lines beside
    name, answers and params: ``columns``, ``parts``).

    >>> header_words("# parts: a.rq\n# other: x\n# parts: b.rq\nSELECT * {}\n# parts: c.rq", "parts")
    ['a.rq', 'b.rq']
    """
    line_of_key = re.compile(rf"^#\s*{re.escape(key)}\s*:\s*(.*?)\s*$")
    words = []
    for line in text.splitlines():
        stripped = line.strip()
        if stripped and not stripped.startswith("#"):
            break
        match = line_of_key.match(stripped)
        words += match.group(1).split() if match else []
    return words


_COLUMN = re.compile(r"^(?P<name>[A-Za-z_]\w*)(?:=(?P<variable>[A-Za-z_]\w*)\.(?P<key>[A-Za-z_]\w*))?$")


@lru_cache(maxsize=256)
def row_columns(text: str) -> tuple[tuple[str, str, str | None], ...]:
    r"""A query's ``# columns:`` header lines as ((column, variable, key or None), ...); () without one.

    A named query that reads the rows kg materialises with each event (``kgo:tableRow``, one JSON object,
    see :mod:`kg.rdf.table_rows`) lists its result's columns in order: ``NAME`` is the projected variable
    of that name, ``NAME=VAR.KEY`` the value under KEY of the JSON object in VAR (None where VAR is
    unbound or its object lacks KEY). :func:`kg.query.run_query` builds those columns from the engine's
    rows, then sorts them by the closing ORDER BY; other SPARQL clients get the projected variables.

    >>> row_columns("# columns: who=row.agentLabel event\nSELECT ?event ?row WHERE { ?event ?p ?row }")
    (('who', 'row', 'agentLabel'), ('event', 'event', None))
    """
    found = []
    for item in header_words(text, "columns"):
        column = _COLUMN.match(item)
        if column is None:
            raise QueryError(f"cannot read column {item!r} of a '# columns:' line; expected NAME or NAME=VAR.KEY")
        found.append((column["name"], column["variable"] or column["name"], column["key"]))
    return tuple(found)


def _queries_dir() -> Path:
    from ..resources import ontology_path

    return ontology_path("queries")


def list_named_queries() -> list[NamedQuery]:
    """The named queries of ontology/queries/, sorted by name.

    >>> [q.name for q in list_named_queries()][:2]
    ['accusations-against', 'actor-timeline']
    >>> named_query("who-accused-whom").description.startswith("Every accusation")
    True
    """
    queries = []
    for path in sorted(_queries_dir().glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        name, description, params = parse_header(text, path.stem)
        queries.append(NamedQuery(name, description, params, text, path))
    return sorted(queries, key=lambda q: q.name)


@lru_cache(maxsize=1)
def shipped_query_texts() -> frozenset[str]:
    """The texts of the named queries kg ships (ontology/queries/*.rq), read once per process.

    They are read-only queries that read nothing outside the graph (tests/test_query.py checks each with
    :func:`kg.query.check_query`), so :func:`kg.query.run_query` does not parse them again with rdflib's
    parser before running them (0.1-0.5 s a query, paid by the first run of each in a process). Any
    other text, a changed file's included, is checked.
    """
    return frozenset(q.text for q in list_named_queries())


def named_query(name: str) -> NamedQuery:
    """The named query ``name``; QueryError naming the choices when there is none."""
    queries = {q.name: q for q in list_named_queries()}
    if name not in queries:
        close = difflib.get_close_matches(name, list(queries), n=3)
        hint = f" (did you mean {', '.join(close)}?)" if close else ""
        raise QueryError(f"no named query {name!r}{hint}; choose one of: {', '.join(queries)}")
    return queries[name]


def load_query(query: str | os.PathLike | NamedQuery) -> NamedQuery:
    """A NamedQuery from a name, a .rq path or SPARQL text."""
    if isinstance(query, NamedQuery):
        return query
    if isinstance(query, os.PathLike) or (isinstance(query, str) and query.endswith(".rq") and "\n" not in query):
        path = Path(query)
        if not path.is_file():
            raise QueryError(f"{path}: no such query file")
        text = path.read_text(encoding="utf-8")
        name, description, params = parse_header(text, path.stem)
        return NamedQuery(name, description, params, text, path)
    text = str(query)
    if re.fullmatch(r"[a-z0-9][a-z0-9-]*", text.strip()):
        return named_query(text.strip())
    name, description, params = parse_header(text, "query")
    return NamedQuery(name, description, params, text, None)
