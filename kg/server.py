"""A SPARQL 1.1 endpoint over a store (`kg serve`) and loading graphs into any endpoint (`kg push`).

``kg serve`` runs the Oxigraph server (the ``oxigraph`` command of the ``oxigraph`` PyPI package) on the
store directory: ``oxigraph serve-read-only`` by default, ``oxigraph serve`` with ``allow_update``. It
answers SPARQL queries at ``/query`` (over the union of the article graphs: ``--union-default-graph``),
updates at ``/update`` and the Graph Store Protocol at ``/store`` only when updates are allowed. The
HTML viewer (:func:`kg.visualize.render_html`) is rendered once at start and served by a small
``http.server`` on a second port.

``kg push`` sends each named graph of a graph file or store to a SPARQL 1.1 Graph Store Protocol
endpoint: ``PUT endpoint?graph=IRI`` (replace; ``POST`` to add; the shared actors graph is always
POSTed) with an N-Triples body; triples of the default graph are POSTed to ``endpoint?default``
(added, never replacing the endpoint's default graph).
"""
from __future__ import annotations

import http.server
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Iterable, Iterator

from .errors import StoreError

__all__ = ["oxigraph_executable", "OxigraphServer", "ViewerServer", "render_viewer", "serve", "push",
           "PushReport", "free_port"]


def oxigraph_executable() -> str:
    """The ``oxigraph`` command: beside this Python (same virtualenv) or on PATH."""
    beside = Path(sys.executable).with_name("oxigraph")
    if beside.is_file() and os.access(beside, os.X_OK):
        return str(beside)
    found = shutil.which("oxigraph")
    if found:
        return found
    raise StoreError("the oxigraph server is not installed: pip install oxigraph (it provides the `oxigraph` command)")


def free_port(host: str = "127.0.0.1") -> int:
    """A TCP port on ``host`` that is free now."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return sock.getsockname()[1]


def _url_host(host: str) -> str:
    return f"[{host}]" if ":" in host and not host.startswith("[") else host


class OxigraphServer:
    """The Oxigraph SPARQL server on ``store`` as a child process (a context manager).

    >>> with OxigraphServer("out/store", port=free_port()) as server:    # doctest: +SKIP
    ...     httpx.get(server.query_url, params={"query": "ASK {?s ?p ?o}"})
    """

    def __init__(self, store: str | os.PathLike, host: str = "127.0.0.1", port: int = 7878,
                 allow_update: bool = False, timeout_s: int | None = None):
        self.store = Path(store)
        self.host = host
        self.port = port
        self.allow_update = allow_update
        self.timeout_s = timeout_s
        self.process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"http://{_url_host(self.host)}:{self.port}"

    @property
    def query_url(self) -> str:
        return f"{self.url}/query"

    @property
    def update_url(self) -> str:
        return f"{self.url}/update"

    @property
    def store_url(self) -> str:
        """The Graph Store Protocol endpoint (writable only with ``allow_update``)."""
        return f"{self.url}/store"

    def command(self) -> list[str]:
        mode = "serve" if self.allow_update else "serve-read-only"
        argv = [oxigraph_executable(), mode, "--location", str(self.store),
                "--bind", f"{_url_host(self.host)}:{self.port}", "--union-default-graph"]
        if self.timeout_s:
            argv += ["--timeout-s", str(self.timeout_s)]
        return argv

    def start(self, wait: float = 30.0) -> "OxigraphServer":
        """Start the server and return once it answers HTTP (or raise StoreError with its message)."""
        import httpx

        from .store import is_store

        if not self.allow_update and not is_store(self.store):
            raise StoreError(f"cannot serve {self.store}: not an Oxigraph store (build one with kg build --store)")
        self.process = subprocess.Popen(self.command(), stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                        stderr=subprocess.PIPE)
        deadline = time.monotonic() + wait
        while True:
            if self.process.poll() is not None:
                message = self.process.stderr.read().decode("utf-8", "replace").strip()
                raise StoreError(f"the oxigraph server stopped at once (exit {self.process.returncode}): "
                                 f"{message.splitlines()[-1] if message else 'no message'}")
            try:
                httpx.get(f"{self.url}/", timeout=1.0)
                return self
            except httpx.TransportError:
                if time.monotonic() > deadline:
                    self.stop()
                    raise StoreError(f"the oxigraph server did not answer on {self.url} within {wait:.0f} s") from None
                time.sleep(0.1)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self.process is not None and self.process.stderr:
            self.process.stderr.close()

    def __enter__(self) -> "OxigraphServer":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - http.server's name
        pass


class ViewerServer:
    """A static ``http.server`` for ``directory`` in a daemon thread (a context manager)."""

    def __init__(self, directory: str | os.PathLike, host: str = "127.0.0.1", port: int = 0):
        handler = partial(_QuietHandler, directory=str(directory))
        server_class = http.server.ThreadingHTTPServer
        if ":" in host:
            server_class = type("V6Server", (http.server.ThreadingHTTPServer,), {"address_family": socket.AF_INET6})
        self.httpd = server_class((host, port), handler)
        self.host = host
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://{_url_host(self.host)}:{self.port}/"

    def start(self) -> "ViewerServer":
        self.thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def __enter__(self) -> "ViewerServer":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


def render_viewer(store: str | os.PathLike, directory: str | os.PathLike) -> Path | None:
    """Write the store's viewer page to ``directory``/index.html; None when kg.visualize is not there."""
    try:
        from .visualize import render_html
    except ImportError:
        return None
    from .store import open_store

    handle = open_store(store, read_only=True)
    path = Path(directory) / "index.html"
    try:
        render_html(handle, path)  # queried in place: no copy of the store
    finally:
        del handle
    return path


def serve(store: str | os.PathLike, host: str = "127.0.0.1", port: int = 7878, allow_update: bool = False,
          viewer: bool = True, viewer_port: int | None = None, timeout_s: int | None = None, out=None) -> int:
    """What ``kg serve`` runs: the SPARQL endpoint (and the viewer) until Ctrl-C or the server stops.

    Returns the Oxigraph server's exit code (0 after Ctrl-C).
    """
    out = out or sys.stderr
    server = OxigraphServer(store, host=host, port=port, allow_update=allow_update, timeout_s=timeout_s)
    oxigraph_executable()  # fail early, before rendering
    with tempfile.TemporaryDirectory(prefix="kg-viewer-") as tmp:
        page = render_viewer(store, tmp) if viewer and Path(store).exists() else None
        viewer_server = None
        if page is not None:
            try:
                viewer_server = ViewerServer(tmp, host, viewer_port if viewer_port is not None else port + 1)
            except OSError:  # the next port is taken: any free one
                viewer_server = ViewerServer(tmp, host, 0)
        server.start()
        try:
            if viewer_server is not None:
                viewer_server.start()
            print(f"kg: SPARQL endpoint {server.query_url}"
                  + (f" (updates: {server.update_url}, graph store: {server.store_url})" if allow_update
                     else " (read-only)"), file=out)
            if viewer_server is not None:
                print(f"kg: viewer {viewer_server.url}", file=out)
            elif viewer:
                print("kg: no viewer (kg.visualize is not available)", file=out)
            print("kg: Ctrl-C to stop", file=out, flush=True)
            previous = _stop_on_sigterm()
            try:
                return server.process.wait()
            except KeyboardInterrupt:
                return 0
            finally:
                if previous is not None:
                    signal.signal(signal.SIGTERM, previous)
        finally:
            server.stop()
            if viewer_server is not None:
                viewer_server.stop()


def _stop_on_sigterm():
    """Make SIGTERM stop `kg serve` like Ctrl-C (so the Oxigraph child is stopped too); the old handler."""
    if threading.current_thread() is not threading.main_thread():
        return None

    def handler(signum, frame):
        raise KeyboardInterrupt

    return signal.signal(signal.SIGTERM, handler)


# ------------------------------------------------------------------------------------------- push

@dataclass
class PushReport:
    graphs: int = 0     # named graphs sent
    default: int = 0    # 1 when default-graph triples were sent
    triples: int = 0


def _graphs_of_store(store) -> Iterator[tuple[str | None, bytes, int]]:
    import pyoxigraph as ox

    from .store import ONTOLOGY_GRAPH, open_store

    handle = open_store(store, read_only=True)
    names = sorted(g.value for g in handle.named_graphs() if isinstance(g, ox.NamedNode) and g.value != ONTOLOGY_GRAPH)
    default = handle.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph())
    if default.strip():
        yield None, default, default.count(b"\n")
    for name in names:
        data = handle.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.NamedNode(name))
        yield name, data, data.count(b"\n")


def _graphs_of_files(paths: Iterable[str]) -> Iterator[tuple[str | None, bytes, int]]:
    from rdflib import Graph
    from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

    from .rdf.io import load_graph

    dataset = load_graph(list(paths))
    for context in sorted(dataset.graphs(), key=lambda c: str(c.identifier)):
        if not len(context):
            continue
        name = None if context.identifier == DATASET_DEFAULT_GRAPH_ID else str(context.identifier)
        plain = Graph()
        for triple in context:
            plain.add(triple)
        yield name, plain.serialize(format="nt", encoding="utf-8"), len(plain)


def push(endpoint: str, graphs: Iterable[str] = (), store: str | os.PathLike | None = None, replace: bool = True,
         timeout: float = 60.0, client=None) -> PushReport:
    """Load graph files (``graphs``) or a ``store`` into the Graph Store Protocol ``endpoint``.

    Each named graph is PUT (``replace``) or POSTed to ``endpoint?graph=IRI`` as N-Triples; the actors graph
    (act:) is always POSTed, merged with the actors already there; default-graph triples are POSTed to
    ``endpoint?default``.

    Raises:
        StoreError: the endpoint cannot be reached or refuses a request (the message quotes its answer).
        InputError: a graph file cannot be read.
    """
    import httpx

    from .store import ACTORS_GRAPH

    graphs = list(graphs)
    if bool(graphs) == (store is not None):
        raise StoreError("give graph files or a store to push, not both and not neither")
    source = _graphs_of_store(store) if store is not None else _graphs_of_files(graphs)
    own = client is None
    client = client or httpx.Client(timeout=timeout)
    report = PushReport()
    try:
        for name, data, count in source:
            params = {"default": ""} if name is None else {"graph": name}
            # the actors graph is shared by every article ever pushed: merge into it, never replace it
            method = "PUT" if replace and name not in (None, ACTORS_GRAPH) else "POST"
            try:
                response = client.request(method, endpoint, params=params, content=data,
                                          headers={"Content-Type": "application/n-triples"})
            except httpx.HTTPError as exc:
                raise StoreError(f"cannot reach {endpoint}: {exc}") from None
            if response.status_code >= 400:
                raise StoreError(f"{endpoint} refused {method} of graph {name or '(default)'}: "
                                 f"HTTP {response.status_code} {response.text.strip()[:300]}")
            if name is None:
                report.default = 1
            else:
                report.graphs += 1
            report.triples += count
    finally:
        if own:
            client.close()
    return report
