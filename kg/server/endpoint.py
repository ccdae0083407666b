"""`kg serve`'s SPARQL endpoint: checks every query, runs it in a worker process with a timeout that kills it,
a result-size limit and a per-client cap, from the store as it is now."""
from __future__ import annotations

import http.server
import os
import socket
import threading
from pathlib import Path

from ..errors import StoreError
from .oxigraph import OxigraphServer, _url_host, free_port

__all__ = ["SparqlFront", "QueryWorkers", "DEFAULT_TIMEOUT_S", "DEFAULT_MAX_RESULT_BYTES", "DEFAULT_WORKERS",
           "DEFAULT_PER_CLIENT", "MAX_REQUEST_BYTES", "listen"]

DEFAULT_TIMEOUT_S = 30.0
DEFAULT_MAX_RESULT_BYTES = 64 * 1024 * 1024
DEFAULT_WORKERS = 2
DEFAULT_PER_CLIENT = 2
#: The largest request body (a query or an update) accepted.
MAX_REQUEST_BYTES = 1024 * 1024
_SOLUTION_TYPES = ("application/sparql-results+json", "application/sparql-results+xml", "text/csv",
                   "text/tab-separated-values", "application/json")
_GRAPH_TYPES = ("application/n-triples", "text/turtle", "application/n-quads", "application/trig",
                "application/rdf+xml")


class ResultTooLarge(Exception):
    """A query's serialized result passed the size limit."""


class _CappedBuffer:
    """A binary sink that refuses to grow past ``limit`` bytes (so a huge result stops being produced)."""

    def __init__(self, limit: int):
        self.limit = limit
        self.parts: list[bytes] = []
        self.size = 0

    def write(self, data) -> int:
        self.size += len(data)
        if self.size > self.limit:
            raise ResultTooLarge()
        self.parts.append(bytes(data))
        return len(data)

    def flush(self) -> None:
        pass

    def getvalue(self) -> bytes:
        return b"".join(self.parts)


def _pick(accept: str, offered: tuple[str, ...]) -> str:
    """The first media type of ``offered`` the Accept header names (in its order), else the first offered."""
    for part in (accept or "").split(","):
        media = part.split(";")[0].strip().lower()
        if media in offered:
            return media
    return offered[0]


def _answer(handle, text: str, accept: str, max_bytes: int) -> tuple[int, str, bytes]:
    """(HTTP status, content type, body) of SPARQL query ``text`` on an open pyoxigraph store."""
    import pyoxigraph as ox

    from ..query import _prefixes

    try:
        result = handle.query(text, prefixes=_prefixes(), use_default_graph_as_union=True)
        sink = _CappedBuffer(max_bytes)
        if isinstance(result, ox.QueryTriples):
            media = _pick(accept, _GRAPH_TYPES)
            result.serialize(sink, ox.RdfFormat.from_media_type(media))
        else:
            media = _pick(accept, _SOLUTION_TYPES)
            fmt = ox.QueryResultsFormat.JSON if media == "application/json" else \
                ox.QueryResultsFormat.from_media_type(media)
            result.serialize(sink, fmt)
    except ResultTooLarge:
        return 413, "text/plain", (f"the result is larger than {max_bytes:,} bytes (the limit, kg serve "
                                   "--max-result-bytes); ask for fewer rows (LIMIT)\n").encode()
    except SyntaxError as exc:
        return 400, "text/plain", f"SPARQL syntax error: {exc}\n".encode()
    except (OSError, RuntimeError, ValueError) as exc:
        if isinstance(exc.__context__, ResultTooLarge) or "ResultTooLarge" in str(exc):
            return 413, "text/plain", (f"the result is larger than {max_bytes:,} bytes (the limit, kg serve "
                                       "--max-result-bytes); ask for fewer rows (LIMIT)\n").encode()
        return 500, "text/plain", f"the query failed: {' '.join(str(exc).split())[:300]}\n".encode()
    return 200, media, sink.getvalue()


def _query_worker(store: str, connection, max_bytes: int) -> None:
    """A query process of `kg serve`: answers (query, accept) requests on ``connection`` one at a time,
    from the store as it is now (reopened read-only whenever a write reached it)."""
    from ..build import die_with_parent
    from ..errors import KgError
    from ..store import open_store, store_version

    die_with_parent(kernel=False)  # started from short-lived request threads: the watcher only
    handle, version = None, None
    while True:
        try:
            text, accept = connection.recv()
        except (EOFError, OSError):
            return
        try:
            current = store_version(store)
            if handle is None or current != version:
                handle = None
                handle = open_store(store, read_only=True)
                version = current
            reply = _answer(handle, text, accept, max_bytes)
        except KgError as exc:
            reply = 503, "text/plain", f"{exc}\n".encode()
        connection.send(reply)


class QueryWorkers:
    """Worker processes that answer SPARQL queries on a store; a query that overruns ``timeout_s`` has its
    process killed (so the core is free at once) and replaced."""

    def __init__(self, store: str | os.PathLike, workers: int = DEFAULT_WORKERS,
                 timeout_s: float = DEFAULT_TIMEOUT_S, max_result_bytes: int = DEFAULT_MAX_RESULT_BYTES):
        import multiprocessing
        import queue

        self.store = str(store)
        self.timeout_s = timeout_s
        self.max_result_bytes = max_result_bytes
        self.context = multiprocessing.get_context("spawn")  # no fork of a threaded server
        self.idle: queue.Queue = queue.Queue()
        self.processes: list = []
        self.lock = threading.Lock()
        for _ in range(max(1, workers)):
            self.idle.put(self._start())

    def _start(self):
        parent_end, child_end = self.context.Pipe()
        process = self.context.Process(target=_query_worker, args=(self.store, child_end, self.max_result_bytes),
                                       daemon=True, name="kg-serve-query")
        process.start()
        child_end.close()
        with self.lock:
            self.processes.append(process)
        return process, parent_end

    def _retire(self, worker) -> None:
        process, connection = worker
        if process.is_alive():
            process.kill()
        process.join(5)
        connection.close()
        with self.lock:
            if process in self.processes:
                self.processes.remove(process)

    def pids(self) -> list[int]:
        with self.lock:
            return [p.pid for p in self.processes if p.is_alive()]

    def run(self, text: str, accept: str) -> tuple[int, str, bytes]:
        import queue

        try:
            worker = self.idle.get(timeout=self.timeout_s)
        except queue.Empty:
            return 503, "text/plain", b"every query worker is busy; try again later\n"
        try:
            process, connection = worker
            connection.send((text, accept))
            if connection.poll(self.timeout_s):
                return connection.recv()
            self._retire(worker)
            worker = self._start()
            return 503, "text/plain", (f"the query was stopped after {self.timeout_s:g} s (the limit, kg serve "
                                       "--timeout)\n").encode()
        except (EOFError, OSError):  # the process died: out of memory, killed
            self._retire(worker)
            worker = self._start()
            return 500, "text/plain", b"the query process died (out of memory?)\n"
        finally:
            self.idle.put(worker)

    def close(self) -> None:
        with self.lock:
            processes = list(self.processes)
        for process in processes:
            if process.is_alive():
                process.kill()
            process.join(5)


def _request_text(handler, names: tuple[str, str]) -> str | None:
    """The query (``names[0]`` = "query") or update text of a SPARQL protocol request, or None."""
    from urllib.parse import parse_qs, urlsplit

    field, direct_type = names
    if handler.command == "GET":
        values = parse_qs(urlsplit(handler.path).query).get(field)
        return values[0] if values else None
    length = int(handler.headers.get("Content-Length") or 0)
    if length > MAX_REQUEST_BYTES:
        raise ValueError(f"the request is larger than {MAX_REQUEST_BYTES:,} bytes")
    body = handler.rfile.read(length) if length else b""
    handler._body = body
    kind = (handler.headers.get("Content-Type") or "").split(";")[0].strip().lower()
    if kind == direct_type:
        return body.decode("utf-8", "replace")
    values = parse_qs(body.decode("utf-8", "replace")).get(field)
    return values[0] if values else None


class _FrontHandler(http.server.BaseHTTPRequestHandler):
    """`kg serve`'s SPARQL endpoint: checks every query, then runs it in a worker with the limits."""

    timeout = 60  # a client that stops sending is dropped
    server_version = "kg-serve"
    front: "SparqlFront"

    def log_message(self, format, *args):  # noqa: A002 - http.server's name
        pass

    def _reply(self, status: int, content_type: str, body: bytes, extra: dict | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type + ("; charset=utf-8" if content_type == "text/plain" else ""))
        self.send_header("Content-Length", str(len(body)))
        for key, value in (extra or {}).items():
            self.send_header(key, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _text(self, status: int, message: str) -> None:
        self._reply(status, "text/plain", (message.rstrip("\n") + "\n").encode("utf-8"))

    def do_GET(self):
        self._route()

    def do_POST(self):
        self._route()

    def do_PUT(self):
        self._route()

    def do_DELETE(self):
        self._route()

    def do_HEAD(self):
        self._route()

    def _route(self) -> None:
        from urllib.parse import urlsplit

        try:
            path = urlsplit(self.path).path
            if path == "/query":
                self._query()
            elif path in ("/update", "/store"):
                self._write(path)
            elif path == "/":
                self._text(200, f"kg serve: SPARQL queries at {self.front.base_url}/query")
            else:
                self._text(404, "not found: SPARQL queries are at /query")
        except ValueError as exc:
            self._text(413 if "larger than" in str(exc) else 400, str(exc))
        except (BrokenPipeError, ConnectionResetError):
            pass

    def _query(self) -> None:
        from urllib.parse import parse_qs, urlsplit

        from ..errors import QueryError
        from ..query import check_query

        if self.command not in ("GET", "POST"):
            self._text(405, "queries are GET or POST")
            return
        params = parse_qs(urlsplit(self.path).query)
        if "default-graph-uri" in params or "named-graph-uri" in params:
            self._text(400, "refused: default-graph-uri / named-graph-uri are not supported (the default graph "
                            "is the union of the store's graphs; use GRAPH <iri> { ... })")
            return
        text = _request_text(self, ("query", "application/sparql-query"))
        if not text:
            self._text(400, "no query: give query=... (GET or form POST) or an application/sparql-query body")
            return
        try:
            kind = check_query(text)
        except QueryError as exc:
            self._text(403 if str(exc).startswith("refused") else 400, str(exc))
            return
        if kind != "query":
            self._text(403, "refused: updates go to /update")
            return
        client = self.client_address[0]
        if not self.front.enter(client):
            self._text(429, f"too many queries at once from {client} (the limit is {self.front.per_client}); "
                            "wait for one to finish")
            return
        try:
            status, content_type, body = self.front.workers.run(text, self.headers.get("Accept", ""))
        finally:
            self.front.leave(client)
        self._reply(status, content_type, body)

    def _write(self, path: str) -> None:
        from ..errors import QueryError
        from ..query import check_query

        if not self.front.allow_update:
            self._text(403, "refused: this endpoint is read-only (kg serve --allow-update accepts updates)")
            return
        if path == "/update":
            text = _request_text(self, ("update", "application/sparql-update"))
            if not text:
                self._text(400, "no update: give update=... (form POST) or an application/sparql-update body")
                return
            try:
                check_query(text, allow_update=True)
            except QueryError as exc:
                self._text(403 if str(exc).startswith("refused") else 400, str(exc))
                return
        elif self.command in ("POST", "PUT"):
            length = int(self.headers.get("Content-Length") or 0)
            if length > self.front.max_result_bytes:
                raise ValueError(f"the request is larger than {self.front.max_result_bytes:,} bytes")
            self._body = self.rfile.read(length) if length else b""
        self._forward()

    def _forward(self) -> None:
        """Pass the request on to the Oxigraph server that holds the store for writing."""
        import http.client

        body = getattr(self, "_body", None)
        connection = http.client.HTTPConnection("127.0.0.1", self.front.writer.port, timeout=self.front.timeout_s)
        headers = {key: self.headers[key] for key in ("Content-Type", "Accept") if self.headers.get(key)}
        try:
            connection.request(self.command, self.path, body=body, headers=headers)
            response = connection.getresponse()
            data = response.read(self.front.max_result_bytes + 1)
        except (OSError, http.client.HTTPException) as exc:
            self._text(502, f"the store's writer did not answer: {type(exc).__name__}")
            return
        finally:
            connection.close()
        if len(data) > self.front.max_result_bytes:
            self._text(413, f"the answer is larger than {self.front.max_result_bytes:,} bytes (the limit)")
            return
        self._reply(response.status, response.getheader("Content-Type") or "application/octet-stream", data)


class SparqlFront:
    """`kg serve`'s SPARQL endpoint on ``host``:``port`` (a context manager): every query is checked (no
    update unless ``allow_update``; no FROM, SERVICE, LOAD: nothing is ever fetched) and answered by a
    :class:`QueryWorkers` process from the store's current state, with a timeout that kills the query,
    a result-size limit and ``per_client`` queries at once per client address. With ``allow_update`` an
    Oxigraph server on a private loopback port holds the store for writing and gets /update and /store."""

    def __init__(self, store: str | os.PathLike, host: str = "127.0.0.1", port: int = 7878,
                 allow_update: bool = False, timeout_s: float = DEFAULT_TIMEOUT_S,
                 max_result_bytes: int = DEFAULT_MAX_RESULT_BYTES, workers: int = DEFAULT_WORKERS,
                 per_client: int = DEFAULT_PER_CLIENT):
        self.store = Path(store)
        self.host = host
        self.allow_update = allow_update
        self.timeout_s = timeout_s
        self.max_result_bytes = max_result_bytes
        self.per_client = per_client
        self._clients: dict[str, int] = {}
        self._lock = threading.Lock()
        handler = type("Handler", (_FrontHandler,), {"front": self})
        self.httpd = listen(host, port, handler, "SPARQL")
        self.port = self.httpd.server_address[1]
        self.workers: QueryWorkers | None = None
        self.writer: OxigraphServer | None = None
        self.thread: threading.Thread | None = None
        self._nworkers = workers

    @property
    def base_url(self) -> str:
        return f"http://{_url_host(self.host)}:{self.port}"

    query_url = property(lambda self: f"{self.base_url}/query")
    update_url = property(lambda self: f"{self.base_url}/update")
    store_url = property(lambda self: f"{self.base_url}/store")

    def enter(self, client: str) -> bool:
        with self._lock:
            if self._clients.get(client, 0) >= self.per_client:
                return False
            self._clients[client] = self._clients.get(client, 0) + 1
            return True

    def leave(self, client: str) -> None:
        with self._lock:
            self._clients[client] -= 1
            if not self._clients[client]:
                del self._clients[client]

    def start(self, background: bool = True) -> "SparqlFront":
        try:
            if self.allow_update:
                self.writer = OxigraphServer(self.store, host="127.0.0.1", port=free_port(), allow_update=True,
                                             timeout_s=int(self.timeout_s) or 1).start()
            self.workers = QueryWorkers(self.store, self._nworkers, self.timeout_s, self.max_result_bytes)
        except BaseException:
            self.stop()
            raise
        if background:
            self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True, name="kg-serve")
            self.thread.start()
        return self

    def serve_forever(self) -> None:
        self.httpd.serve_forever()

    def stop(self) -> None:
        if self.thread is not None:
            self.httpd.shutdown()
        self.httpd.server_close()
        if self.workers is not None:
            self.workers.close()
        if self.writer is not None:
            self.writer.stop()

    def __enter__(self) -> "SparqlFront":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


def listen(host: str, port: int, handler, what: str):
    """A ThreadingHTTPServer on host:port; StoreError in one line when the address cannot be used."""
    server_class = http.server.ThreadingHTTPServer
    if ":" in host:
        server_class = type("V6Server", (http.server.ThreadingHTTPServer,), {"address_family": socket.AF_INET6})
    try:
        httpd = server_class((host, port), handler)
    except OSError as exc:
        import errno

        reason = ("address already in use (another kg serve? choose another --port)"
                  if exc.errno == errno.EADDRINUSE else exc.strerror or str(exc))
        raise StoreError(f"cannot serve {what} on {_url_host(host)}:{port}: {reason}") from None
    except (socket.gaierror, UnicodeError) as exc:
        raise StoreError(f"cannot serve {what} on {host!r}: not an address of this machine ({exc})") from None
    httpd.daemon_threads = True
    return httpd
