"""The viewer page of a store over HTTP, from memory, redrawn when the store has changed."""
from __future__ import annotations

import http.server
import os
import tempfile
import threading
from pathlib import Path

from .endpoint import listen
from .oxigraph import _url_host

__all__ = ["ViewerServer", "render_viewer"]


class _ViewerHandler(http.server.BaseHTTPRequestHandler):
    """The viewer page, from memory (no file is ever looked up from a request path); re-rendered when the
    store has changed since it was drawn."""

    timeout = 60
    viewer: "ViewerServer"

    def log_message(self, format, *args):  # noqa: A002 - http.server's name
        pass

    def do_GET(self):
        from urllib.parse import urlsplit

        path = urlsplit(self.path).path
        if path in ("/", "/index.html"):
            status, body, kind = 200, self.viewer.page(), "text/html; charset=utf-8"
        else:
            status, body, kind = 404, b"not found: the viewer is at /\n", "text/plain; charset=utf-8"
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            try:
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass

    do_HEAD = do_GET


class ViewerServer:
    """The viewer page of ``store`` over HTTP in a daemon thread (a context manager)."""

    def __init__(self, store: str | os.PathLike, host: str = "127.0.0.1", port: int = 0):
        self.store = Path(store)
        self._lock = threading.Lock()
        self._page: bytes | None = None
        self._version = None
        handler = type("Handler", (_ViewerHandler,), {"viewer": self})
        self.httpd = listen(host, port, handler, "the viewer")
        self.host = host
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://{_url_host(self.host)}:{self.port}/"

    def page(self) -> bytes:
        from ..store import store_version

        with self._lock:
            current = store_version(self.store)
            if self._page is None or current != self._version:
                with tempfile.TemporaryDirectory(prefix="kg-viewer-") as tmp:
                    path = render_viewer(self.store, tmp)
                    self._page = path.read_bytes() if path is not None else b""
                self._version = current
            return self._page

    def start(self) -> "ViewerServer":
        self.page()  # drawn once before the first visitor
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
        from ..visualize import render_html
    except ImportError:
        return None
    from ..store import open_store

    handle = open_store(store, read_only=True)
    path = Path(directory) / "index.html"
    try:
        render_html(handle, path)  # queried in place: no copy of the store
    finally:
        del handle
    return path
