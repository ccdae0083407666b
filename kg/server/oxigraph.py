"""The Oxigraph server (the ``oxigraph`` command) on a store, as a child process that dies with its parent."""
from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

from ..errors import StoreError

__all__ = ["oxigraph_executable", "free_port", "OxigraphServer"]


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


def _killed_with_parent() -> None:
    """In a child between fork and exec: Linux kills it when its parent dies (PR_SET_PDEATHSIG)."""
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)
        except (OSError, AttributeError):
            pass


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

        from ..store import check_store_dir

        if not self.allow_update:
            check_store_dir(self.store)  # a store (kg's or another Oxigraph database), never a plain directory
        self.process = subprocess.Popen(self.command(), stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                        stderr=subprocess.PIPE, preexec_fn=_killed_with_parent)
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


#: Defaults of `kg serve`'s limits (each a flag of the command).
