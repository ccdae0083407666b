"""The one way kg writes an output file: to a temporary file beside it, moved into place once complete.

A failure or Ctrl-C part-way leaves an existing file untouched and no temporary file behind. A new file
gets mode 0644 (less what the umask takes away), not the 0600 of :func:`tempfile.mkstemp`: graphs,
pages, tables and exports are meant to be shared. A file that already exists keeps its mode.
"""
from __future__ import annotations

import os
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Iterator

from .errors import StoreError

__all__ = ["atomic_file", "write_atomic", "DEFAULT_MODE"]

#: Permissions of a newly created output file, before the umask.
DEFAULT_MODE = 0o644


def _mode_for(path: Path, mode: int) -> int:
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return mode & ~umask


@contextmanager
def atomic_file(path: str | os.PathLike, *, text: bool = False, mode: int = DEFAULT_MODE) -> Iterator[IO]:
    """Open a temporary file beside ``path`` for writing (binary, or UTF-8 text with ``text``); when the
    ``with`` block ends without an exception it is flushed to disk and moved onto ``path``.

    Raises:
        StoreError: the file cannot be written (the message names it and says why).
    """
    path = Path(path)
    directory = path.parent if str(path.parent) else Path(".")
    try:
        directory.mkdir(parents=True, exist_ok=True)
        final_mode = _mode_for(path, mode)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    except OSError as exc:
        raise StoreError(f"cannot write {path}: {exc.strerror or exc}") from None
    try:
        with (os.fdopen(fd, "w", encoding="utf-8", newline="") if text else os.fdopen(fd, "wb")) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, final_mode)
        os.replace(tmp, path)
    except BaseException as exc:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        if isinstance(exc, OSError):
            raise StoreError(f"cannot write {path}: {exc.strerror or exc}") from None
        raise


def write_atomic(path: str | os.PathLike, data: str | bytes, *, mode: int = DEFAULT_MODE) -> Path:
    """Write ``data`` (str as UTF-8) to ``path`` through :func:`atomic_file`; returns the path."""
    with atomic_file(path, text=isinstance(data, str), mode=mode) as handle:
        handle.write(data)
    return Path(path)
