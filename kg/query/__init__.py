"""Ask the graph: named SPARQL queries, parameter bindings, a read-only guard and result formats.

The same query runs on an rdflib Graph/Dataset (in memory, e.g. loaded from a file) and on a
``pyoxigraph.Store`` (persistent, ``kg build --store DIR``), behind one small interface
(:class:`QuerySource`); rows come back as plain Python values, so both give the same rows.

Named queries are the ``ontology/queries/*.rq`` files. Each starts with header comments::

    # name: accusations-against
    # answers: Who accused an actor (or someone acting for it), of what, when, ...
    # params: actor (actor, required) the accused: an actor label, alias, ISO3 code or IRI
    # params: asserted_only (boolean, default false) keep only events the text asserts

A query that reads the rows kg writes with each event (``kgo:tableRow``, one JSON object) may add
``# columns: who=row.agentLabel whom=row.targetLabel event``: the result's columns in order, each a
projected variable or one key of the JSON object a variable holds (:func:`.named.row_columns`); its
closing ORDER BY then sorts by those columns.

A parameter is ``NAME (KIND[, required][, default VALUE]) description``; KIND is one of ``actor``
(label, alias, ISO3 code, prefixed name or IRI; resolved to the actor's IRI), ``type`` (an event type:
``Accuse``, ``accused`` or its IRI), ``iri``, ``boolean``, ``integer`` or ``string``.

How values reach the query
--------------------------
Never by pasting text: values are validated and turned into RDF terms, then passed with
``initBindings`` (rdflib, on a query prepared with ``prepareQuery``) or, on Oxigraph, as a one-row
``VALUES`` table that opens the query's outermost WHERE group, each term written by pyoxigraph itself
(an IRI it has checked, a literal it has escaped). Oxigraph's own ``substitutions`` give the same rows
but filter the finished result: on a million triples a query bound to two actors then takes as long
as the query for every pair (over a minute for evidence-for-edge, against 3 s with the VALUES row).
Queries without a ``WHERE {`` line fall back to ``substitutions``, which see a variable only where it
occurs in a triple pattern, a property path or a VALUES table, and only when the SELECT clause projects
it; the named queries are written that way (boolean switches join a VALUES table). Columns of bound
parameters are left out of a named query's result (their value is the one you passed).

The ontology
------------
The built graph does not contain ontology/kg.ttl, but queries need its annotations (kgo:goldstein,
kgo:quadClass, kgo:cameoRoot, rdfs:subClassOf). Queries therefore run over the union of the data and
the ontology as its own named graph ``<https://w3id.org/kg/ontology>`` (:data:`ONTOLOGY_GRAPH`):

* rdflib: a query view is built once per :class:`QuerySource` -- a ``Dataset(default_union=True)``
  holding the source's quads plus the ontology graph. The caller's graph is never modified.
* Oxigraph: a writable store missing that named graph gets it added once (idempotent); a read-only
  store is copied into memory with the ontology added.

An Oxigraph store's union default graph keeps a triple once per named graph it occurs in (rdflib's
keeps it once). kg writes each actor's description once (in the act: graph) so that joins on labels
do not multiply, and the named queries use DISTINCT and aggregate over event triples only, so that
graphs from elsewhere give the same rows.

Timeouts
--------
``timeout`` seconds bound a query. On rdflib the query runs in a forked child process that is killed
at the deadline (POSIX ``fork``; where fork is unavailable it runs in a daemon thread that is
abandoned, not stopped). On Oxigraph it runs in a daemon thread: after the deadline the caller gets a
QueryError at once, but the abandoned query keeps running in the background until it ends (the
``kg`` command exits, which ends it).

Modules
-------
:mod:`.named` the .rq files and their headers; :mod:`.guard` the read-only guard; :mod:`.params` parameter
values as RDF terms; :mod:`.sources` the two engines behind :class:`QuerySource`; :mod:`.timeouts` deadlines;
:mod:`.values` terms as plain values; :mod:`.order` the named queries' closing ORDER BY, applied in Python;
:mod:`.parts` a named query run on Oxigraph as independent parts at once (network-edges);
:mod:`.run` :func:`run_query`; :mod:`.format` results as text.
"""
from __future__ import annotations

from ..store import ONTOLOGY_GRAPH
from .format import RESULT_FORMATS, escape_controls, format_result
from .guard import check_query
from .named import PARAM_KINDS, NamedQuery, Param, list_named_queries, load_query, named_query, parse_header
from .params import resolve_actor
from .run import run_query
from .sources import ENGINES, OxigraphSource, QuerySource, RdflibSource, _prefixes, open_source

__all__ = [
    "ONTOLOGY_GRAPH", "ENGINES", "RESULT_FORMATS", "Param", "NamedQuery", "QuerySource",
    "list_named_queries", "named_query", "open_source", "run_query", "format_result",
    "check_query", "resolve_actor", "load_query", "parse_header", "escape_controls",
]
