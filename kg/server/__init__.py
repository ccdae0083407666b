"""SPARQL endpoints: `kg serve` (a store as a SPARQL 1.1 endpoint, and the viewer) and `kg push` (graphs into any
Graph Store Protocol endpoint).

``kg serve`` (:func:`serve`) answers SPARQL queries at ``/query`` over the union of the store's graphs with its
own front (:mod:`kg.server.endpoint`): every query is checked first (no update unless allowed; FROM, SERVICE,
LOAD refused, so nothing is ever fetched), then run by a worker process that opens the store read-only as it
is at that moment (so a later ``kg build``/``kg remove`` is seen by the next query) and is killed at the
timeout; results have a size limit and each client a limit on queries at once. With ``allow_update`` the
Oxigraph server (:mod:`kg.server.oxigraph`, the ``oxigraph`` command of the ``oxigraph`` PyPI package) holds
the store for writing on a private loopback port and gets ``/update`` and the Graph Store Protocol at
``/store``. The HTML viewer (:mod:`kg.server.viewer`) is served from memory on a second port and redrawn when
the store has changed.

``kg push`` (:mod:`kg.server.push`) sends each named graph of a graph file or store to a SPARQL 1.1 Graph
Store Protocol endpoint: ``PUT endpoint?graph=IRI`` (replace; ``POST`` to add; the shared actors graph is
always POSTed) with an N-Triples body; triples of the default graph are POSTed to ``endpoint?default``
(added, never replacing the endpoint's default graph).
"""
from __future__ import annotations

from .command import serve
from .endpoint import (DEFAULT_MAX_RESULT_BYTES, DEFAULT_PER_CLIENT, DEFAULT_TIMEOUT_S, DEFAULT_WORKERS, QueryWorkers,
                       SparqlFront)
from .oxigraph import OxigraphServer, free_port, oxigraph_executable
from .push import PushReport, push
from .viewer import ViewerServer, render_viewer

__all__ = ["oxigraph_executable", "OxigraphServer", "SparqlFront", "QueryWorkers", "ViewerServer", "render_viewer",
           "serve", "push", "PushReport", "free_port", "DEFAULT_TIMEOUT_S", "DEFAULT_MAX_RESULT_BYTES",
           "DEFAULT_WORKERS", "DEFAULT_PER_CLIENT"]
