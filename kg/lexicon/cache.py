"""Compile a dictionary once: the result is pickled under a key made of the source files' hash.

The first run builds and stores it; later runs load it (well under a second). The cache folder is
``$KG_CACHE_DIR``, else ``$XDG_CACHE_HOME/kg``, else ``~/.cache/kg``. A cache that cannot be read or
written (read-only home, damaged file) is rebuilt in memory: it only ever costs time.
"""
from __future__ import annotations

import gc
import hashlib
import os
import pickle
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterable, TypeVar

__all__ = ["cache_dir", "compiled", "collector_paused"]

T = TypeVar("T")
#: Bump when a compiled structure changes shape, so old pickles are not mistaken for new ones.
FORMAT = 1


def cache_dir() -> Path:
    if os.environ.get("KG_CACHE_DIR"):
        return Path(os.environ["KG_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "kg"


@contextmanager
def collector_paused():
    """Pause the cyclic garbage collector while loading: unpickling a compiled dictionary allocates hundreds of
    thousands of objects, and the collections they would set off (nothing is garbage yet) take as long as the
    load. Nests: the collector runs again when the outermost pause ends (if it ran before)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _key(name: str, sources: Iterable[Path], version: str) -> str:
    digest = hashlib.sha256(f"{name}\0{FORMAT}\0{version}".encode())
    for path in sources:
        digest.update(Path(path).name.encode() + b"\0")
        digest.update(Path(path).read_bytes())
    return digest.hexdigest()[:24]


def compiled(name: str, sources: Iterable[Path], build: Callable[[], T], version: str = "") -> T:
    """``build()``'s result, from the cache when ``sources`` (and ``version``) are unchanged.

    Args:
        name: what is compiled (part of the file name and of the key).
        sources: the files it is compiled from; any change to their bytes rebuilds it.
        build: makes the value (must be picklable).
        version: the compiling code's own version, so a change to the reader also rebuilds.
    """
    sources = list(sources)
    path = cache_dir() / f"{name}-{_key(name, sources, version)}.pickle"
    try:
        with path.open("rb") as handle, collector_paused():
            return pickle.load(handle)
    except FileNotFoundError:
        pass
    except Exception:  # a damaged or foreign cache file: rebuild rather than fail
        pass
    value = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{name}-", suffix=".tmp")
        with os.fdopen(fd, "wb") as handle:
            pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:
        try:
            os.unlink(tmp)  # noqa: F821 - only bound when mkstemp succeeded
        except (OSError, NameError):
            pass
    return value
