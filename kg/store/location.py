"""A store directory: kg's marker, what a directory is (kg's store, new, foreign), opening it, failures."""
from __future__ import annotations

import os
from contextlib import contextmanager
from pathlib import Path

from ..errors import StoreError
from .iris import ONTOLOGY_GRAPH


#: The file kg writes into a store directory when it creates the store: what makes a directory a kg store.
STORE_MARKER = "kg-store.json"
#: The store layout this kg writes and reads (the marker's "version").
STORE_FORMAT_VERSION = 1
_MARKER_KIND = "kg store"


def is_store(path: str | os.PathLike) -> bool:
    """Whether ``path`` is a kg store: a directory with kg's marker file and an Oxigraph (RocksDB) database."""
    path = Path(path)
    return (path / STORE_MARKER).is_file() and (path / "CURRENT").is_file()


def _marker_version(path: Path) -> int:
    """The format version in ``path``'s marker file; StoreError when it is not kg's."""
    import json

    marker = path / STORE_MARKER
    try:
        content = json.loads(marker.read_text(encoding="utf-8"))
        version = content["version"] if content.get("format") == _MARKER_KIND else None
    except (OSError, ValueError, AttributeError, KeyError, TypeError):
        version = None
    if not isinstance(version, int) or isinstance(version, bool):
        raise StoreError(f"cannot open store {path}: {marker} is not kg's store marker; nothing was changed")
    if version > STORE_FORMAT_VERSION:
        raise StoreError(f"cannot open store {path}: it was made by a newer kg (store format {version}, this kg "
                         f"reads up to {STORE_FORMAT_VERSION}); nothing was changed")
    return version


def _write_marker(path: Path) -> None:
    import json

    from .. import __version__

    tmp = path / (STORE_MARKER + ".tmp")
    tmp.write_text(json.dumps({"format": _MARKER_KIND, "version": STORE_FORMAT_VERSION,
                               "created_by": f"kg {__version__}"}) + "\n", encoding="utf-8")
    os.replace(tmp, path / STORE_MARKER)


def _is_unmarked_kg_store(path: Path) -> bool:
    """A store made by a kg from before the marker: an Oxigraph database holding kg's ontology graph."""
    import pyoxigraph as ox

    if not (path / "CURRENT").is_file():
        return False
    try:
        handle = ox.Store.read_only(str(path))
        return handle.contains_named_graph(ox.NamedNode(ONTOLOGY_GRAPH))
    except (OSError, RuntimeError):
        return False


def _damaged(path: Path, detail: str) -> StoreError:
    first = " ".join(detail.split())[:300]
    return StoreError(f"store {path} is damaged ({first}); nothing was changed. Keep a copy of the directory, "
                      f"try `kg export --store {path} -o saved.nq` to save what can still be read, and rebuild "
                      "the store from the articles")


def _failure_reason(exc: BaseException) -> str:
    """The cause of a failed RocksDB read or write in a few words (its own message, shortened)."""
    message = " ".join(str(exc).split())
    for known in ("No space left on device", "File too large", "Disk quota exceeded", "Read-only file system",
                  "Permission denied", "Input/output error"):
        if known.lower() in message.lower():
            return known.lower()
    return message[:200]


@contextmanager
def _writing(path, what: str, kept: int):
    """Turn a failed write into one StoreError saying what was lost (only ``what``) and what is kept."""
    try:
        yield
    except (OSError, RuntimeError) as exc:
        raise StoreError(f"cannot write to store {path} ({_failure_reason(exc)}): {what} was not written; "
                         f"{kept} article{'s' * (kept != 1)} stored before {'it is' if kept == 1 else 'it are'} kept "
                         "and the store opens. Fix "
                         "the cause and run the same build again (stored articles are skipped)") from None


def store_version(path: str | os.PathLike) -> tuple:
    """Something that changes whenever a write reaches the store in ``path`` (its RocksDB CURRENT, MANIFEST
    and write-ahead log files: names, sizes, times): readers that keep a store open compare it to reopen."""
    entries = []
    try:
        with os.scandir(path) as listing:
            for entry in listing:
                if entry.name == "CURRENT" or entry.name.startswith("MANIFEST-") or entry.name.endswith(".log"):
                    info = entry.stat()
                    entries.append((entry.name, info.st_size, info.st_mtime_ns))
    except OSError:
        return ()
    return tuple(sorted(entries))


def check_store_dir(path: str | os.PathLike, create: bool = False) -> str:
    """What directory ``path`` is, refusing anything kg must not touch: "store" (a kg store), "new" (missing
    or empty: a store may be created there, when ``create``) or "foreign" (an Oxigraph database without
    kg's marker: it may be read, and written only if it holds kg's ontology graph, see :func:`open_store`).

    Raises:
        StoreError: ``path`` is a file, a directory that is not a kg store (kg never writes into those: they
            may hold someone's files), a kg store from a newer kg, or a damaged store.
    """
    path = Path(path)
    if path.exists() and not path.is_dir():
        raise StoreError(f"cannot open store {path}: not a directory")
    entries = sorted(p.name for p in path.iterdir()) if path.is_dir() else []
    if (path / STORE_MARKER).is_file():
        _marker_version(path)
        if entries == [STORE_MARKER]:  # created, the database not yet: kg's own, empty
            return "new"
        if not (path / "CURRENT").is_file():
            raise _damaged(path, "its RocksDB CURRENT file is missing")
        return "store"
    if not entries:
        if not create:
            reason = "no such directory" if not path.exists() else "an empty directory, not a kg store"
            raise StoreError(f"cannot open store {path}: {reason} (build one with kg build --store {path})")
        return "new"
    if (path / "CURRENT").is_file():
        return "foreign"
    shown = ", ".join(entries[:3]) + (", ..." if len(entries) > 3 else "")
    raise StoreError(f"refusing to use {path} as a store: it is not a kg store (no {STORE_MARKER}; it holds "
                     f"{len(entries)} entr{'y' if len(entries) == 1 else 'ies'}: {shown}); nothing was changed. "
                     "kg creates a store only in a new or empty directory")


def open_store(path: str | os.PathLike, read_only: bool = False, create: bool = True):
    """The ``pyoxigraph.Store`` in directory ``path``.

    Writable (the default) it is created when missing or empty (unless ``create`` is false) and locked: only
    one process may write a store at a time. ``read_only=True`` opens an existing store without locking it and
    never creates anything (do not read a store another process is writing: Oxigraph calls that undefined
    behaviour). A directory that is not a kg store (no :data:`STORE_MARKER`) is never opened.

    Raises:
        StoreError: the directory is missing (read-only, or ``create`` false), is not a kg store, is
            damaged, or is locked by another process (a running ``kg build`` or ``kg serve --allow-update``).
    """
    import pyoxigraph as ox

    path = Path(path)
    state = check_store_dir(path, create=create and not read_only)
    if state == "foreign" and not read_only and not _is_unmarked_kg_store(path):
        raise StoreError(f"refusing to write into {path}: an Oxigraph database kg did not make (no {STORE_MARKER}); "
                         "nothing was changed. Commands that only read (kg query, events, export) can read it")
    if state == "new":  # the marker first: a crash before the database exists leaves a directory kg owns
        path.mkdir(parents=True, exist_ok=True)
        _write_marker(path)
    try:
        handle = ox.Store.read_only(str(path)) if read_only else ox.Store(str(path))
    except (OSError, RuntimeError) as exc:
        message = str(exc)
        if "LOCK" in message:  # RocksDB's lock file: another writer has it
            raise StoreError(f"cannot open store {path}: it is in use by another process (a running kg build "
                             f"or kg serve?): {message}") from None
        reason = _failure_reason(exc)
        if "Corruption" in message or reason == " ".join(message.split())[:200]:
            raise _damaged(path, message) from None
        raise StoreError(f"cannot open store {path} ({reason}); nothing was changed") from None
    if not read_only and not (path / STORE_MARKER).is_file():  # a store from before the marker: adopt it
        _write_marker(path)
    return handle


# ------------------------------------------------------------------------------------ RDF terms
