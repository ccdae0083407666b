"""What `kg serve` runs: the SPARQL endpoint and the viewer until Ctrl-C or SIGTERM."""
from __future__ import annotations

import os
import signal
import sys
import threading

from ..errors import StoreError
from .endpoint import (DEFAULT_MAX_RESULT_BYTES, DEFAULT_PER_CLIENT, DEFAULT_TIMEOUT_S, DEFAULT_WORKERS,
                       SparqlFront)
from .oxigraph import oxigraph_executable
from .viewer import ViewerServer

__all__ = ["serve"]


def serve(store: str | os.PathLike, host: str = "127.0.0.1", port: int = 7878, allow_update: bool = False,
          viewer: bool = True, viewer_port: int | None = None, timeout_s: float | None = DEFAULT_TIMEOUT_S,
          max_result_bytes: int = DEFAULT_MAX_RESULT_BYTES, workers: int = DEFAULT_WORKERS,
          per_client: int = DEFAULT_PER_CLIENT, out=None) -> int:
    """What ``kg serve`` runs: the SPARQL endpoint (and the viewer) until Ctrl-C or SIGTERM; returns 0.

    Every answer comes from the store as it is when the query arrives: articles a later ``kg build`` or
    ``kg remove`` writes are seen by the next query (and the next load of the viewer page).
    """
    from ..store import open_store

    out = out or sys.stderr
    if allow_update:
        oxigraph_executable()  # fail early
        open_store(store, create=True)  # create it (with kg's marker) or refuse what is not a kg store
    else:
        open_store(store, read_only=True)  # a clear error now rather than on the first query
    front = SparqlFront(store, host=host, port=port, allow_update=allow_update,
                        timeout_s=timeout_s or DEFAULT_TIMEOUT_S, max_result_bytes=max_result_bytes,
                        workers=workers, per_client=per_client)
    viewer_server = None
    try:
        if viewer:
            try:
                viewer_server = ViewerServer(store, host, viewer_port if viewer_port is not None else port + 1)
            except StoreError:
                if viewer_port is not None:
                    raise
                viewer_server = ViewerServer(store, host, 0)  # the next port is taken: any free one
        front.start(background=False)
        if viewer_server is not None:
            viewer_server.start()
        print(f"kg: SPARQL endpoint {front.query_url}"
              + (f" (updates: {front.update_url}, graph store: {front.store_url})" if allow_update
                 else " (read-only)"), file=out)
        print(f"kg: limits: a query stops after {front.timeout_s:g} s, a result over {front.max_result_bytes:,} "
              f"bytes is refused, {front.per_client} queries at once per client", file=out)
        if viewer_server is not None:
            print(f"kg: viewer {viewer_server.url}", file=out)
        print("kg: Ctrl-C to stop", file=out, flush=True)
        previous = _stop_on_sigterm()
        try:
            front.serve_forever()
        except KeyboardInterrupt:
            pass
        finally:
            if previous is not None:
                signal.signal(signal.SIGTERM, previous)
        return 0
    finally:
        front.stop()
        if viewer_server is not None:
            viewer_server.stop()


def _stop_on_sigterm():
    """Make SIGTERM stop `kg serve` like Ctrl-C (so the worker processes are stopped too); the old handler."""
    if threading.current_thread() is not threading.main_thread():
        return None

    def handler(signum, frame):
        raise KeyboardInterrupt

    return signal.signal(signal.SIGTERM, handler)
