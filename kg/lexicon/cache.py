"""Compile a dictionary once: the result is pickled under a key made of the source files' hash.

The first run builds and stores it; later runs load it (well under a second). The cache folder is
``$KG_CACHE_DIR``, else ``$XDG_CACHE_HOME/kg``, else ``~/.cache/kg``. A cache that cannot be read or
written (read-only home, damaged file) is rebuilt in memory: it only ever costs time.

Each source change leaves a new file behind (8 MB for the gazetteer), so after a write only the
:data:`KEEP` most recently used files of that name stay: several checkouts of kg with different
dictionaries can share the folder without rebuilding each other's, and it does not grow without end.
"""
from __future__ import annotations

import gc
import hashlib
import os
import pickle
import re
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterable, TypeVar

from .._atomic import atomic_file
from ..errors import StoreError

__all__ = ["cache_dir", "compiled", "collector_paused"]

T = TypeVar("T")
#: Bump when a compiled structure changes shape, so old pickles are not mistaken for new ones.
FORMAT = 1
#: How many compiled files of one name stay in the folder (the most recently used).
KEEP = 4
_KEY_LENGTH = 24


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
    return digest.hexdigest()[:_KEY_LENGTH]


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
            value = pickle.load(handle)
    except Exception:  # missing, damaged or foreign: rebuild rather than fail
        pass
    else:
        _mark_used(path)
        return value
    value = build()
    try:
        with atomic_file(path, mode=0o600) as handle:
            pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
    except StoreError:
        return value
    _prune(path.parent, name, keep=path)
    return value


def _mark_used(path: Path) -> None:
    try:
        os.utime(path)
    except OSError:  # a read-only cache still serves
        pass


def _prune(folder: Path, name: str, keep: Path) -> None:
    """Delete all but the :data:`KEEP` most recently used compiled files of ``name`` (never ``keep``)."""
    def last_used(candidate: Path) -> float:
        try:
            return candidate.stat().st_mtime
        except OSError:
            return 0.0

    ours = re.compile(rf"{re.escape(name)}-[0-9a-f]{{{_KEY_LENGTH}}}\.pickle")
    others = sorted((p for p in folder.glob(f"{name}-*.pickle") if p != keep and ours.fullmatch(p.name)),
                    key=last_used, reverse=True)
    for stale in others[KEEP - 1:]:
        try:
            stale.unlink()
        except OSError:
            pass
