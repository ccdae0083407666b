"""Read articles from text files, JSON-lines corpora, directories, globs and stdin.

No NLP here: this stage only turns bytes into :class:`Article` records and refuses bad input with a
message that names the file (and line).
"""
from __future__ import annotations

import codecs
import glob
import hashlib
import json
import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from .errors import InputError, KgError

__all__ = ["Article", "read_articles", "GRAPH_SUFFIXES", "is_graph_file", "MAX_ARTICLE_BYTES", "MAX_ARTICLE_CHARS",
           "check_outputs", "STDIN_FORMATS", "sniff_stdin"]

#: Articles larger than this are refused (a news article is a few tens of kB).
MAX_ARTICLE_BYTES = 2_000_000
#: ... and longer than this many characters (spaCy's own default ``nlp.max_length``): what one article may
#: cost in time and memory stays bounded.
MAX_ARTICLE_CHARS = 1_000_000
ARTICLE_SUFFIXES = (".txt", ".jsonl")
#: What '-' (stdin) may hold: sniffed ("auto": JSON lines when it starts with '{'), one plain-text article
#: (first line the title, as a .txt file) or JSON lines.
STDIN_FORMATS = ("auto", "text", "jsonl")
GRAPH_SUFFIXES = {".ttl": "turtle", ".nt": "nt", ".jsonld": "json-ld", ".trig": "trig", ".nq": "nquads"}
_SLUG = re.compile(r"[^a-z0-9]+")


@dataclass(frozen=True)
class Article:
    """One article: its text is what offsets point into (for .txt files, everything after the title line)."""

    id: str
    text: str
    title: str | None = None
    date: str | None = None
    url: str | None = None
    source: str | None = None
    origin: str = ""
    extra: dict = field(default_factory=dict, compare=False, repr=False)

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


def slug(text: str) -> str:
    return _SLUG.sub("-", text.lower()).strip("-") or "article"


def is_graph_file(path: str | os.PathLike) -> bool:
    return Path(path).suffix.lower() in GRAPH_SUFFIXES


#: Byte-order marks and the encodings they announce (UTF-32 first: its little-endian mark starts like UTF-16's).
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def _bom_encoding(raw: bytes) -> str | None:
    """The encoding ``raw``'s byte-order mark announces (UTF-16 or UTF-32 with a BOM are text, not binary)."""
    return next((name for bom, name in _BOMS if raw.startswith(bom)), None)


def _too_large(size: int, source: str, line: int | None) -> InputError:
    return InputError(f"too large: {size:,} bytes (limit {MAX_ARTICLE_BYTES:,})", source=source, line=line)


def _decode(raw: bytes, source: str, line: int | None = None, size: int | None = None) -> str:
    """``raw`` as text: UTF-8, or UTF-16/UTF-32 announced by a byte-order mark. ``size``: the whole input's
    size in bytes when only its beginning was read."""
    size = len(raw) if size is None else size
    if size > MAX_ARTICLE_BYTES:
        raise _too_large(size, source, line)
    encoding = _bom_encoding(raw) or "utf-8"
    if encoding == "utf-8" and b"\x00" in raw:
        raise InputError("binary data (NUL bytes), not a text article", source=source, line=line)
    try:
        text = raw.decode("utf-8-sig" if encoding == "utf-8" else encoding)
    except UnicodeDecodeError as exc:
        name = "UTF-8" if encoding.startswith("utf-8") else encoding.upper()
        raise InputError(f"not {name} (invalid byte 0x{raw[exc.start]:02x} at offset {exc.start})",
                         source=source, line=line) from None
    if "\x00" in text:
        raise InputError("binary data (NUL characters), not a text article", source=source, line=line)
    if len(text) > MAX_ARTICLE_CHARS:
        raise InputError(f"too long: {len(text):,} characters (limit {MAX_ARTICLE_CHARS:,})", source=source, line=line)
    if not text.strip():
        raise InputError("empty article", source=source, line=line)
    return text


def _optional_str(record: dict, key: str) -> str | None:
    """A metadata field as text; values of another shape (PLOVER's actor lists under "source") are not ours: ignored."""
    value = record.get(key)
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        return None
    return str(value)


def _check_date(date: str | None, source: str, line: int | None) -> str | None:
    import datetime

    if date is None:
        return None
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}([T ].*)?", date.strip()):
        raise InputError(f"date {date!r} is not ISO 8601 (YYYY-MM-DD)", source=source, line=line)
    day = date.strip()[:10]
    try:
        datetime.date.fromisoformat(day)
    except ValueError as exc:  # 2022-02-30, 2022-13-01
        raise InputError(f"date {date!r} is not a real day ({exc})", source=source, line=line) from None
    return day


def _title_and_body(text: str) -> tuple[str | None, str]:
    """The first non-empty line is the title, unless it is all there is."""
    stripped = text.lstrip("\r\n")
    title, _, body = stripped.partition("\n")
    if not body.strip():
        return None, stripped
    return title, body


def sniff_stdin(stream) -> str:
    """"jsonl" when the buffered binary ``stream`` starts (after blanks) with '{', else "text"; reads nothing."""
    head = stream.peek(4096) if hasattr(stream, "peek") else b""
    return "jsonl" if head.lstrip()[:1] == b"{" else "text"


def read_stdin_text(stream, source: str = "<stdin>") -> Article:
    """All of ``stream`` as one plain-text article, id ``stdin-<12 hex digits of its sha256>``."""
    raw = stream.read(MAX_ARTICLE_BYTES + 1)
    title, body = _title_and_body(_decode(raw, source))
    digest = hashlib.sha256(body.encode("utf-8")).hexdigest()
    return Article(id=f"stdin-{digest[:12]}", text=body, title=title.strip() if title else None, origin=source)


def read_text_file(path: Path) -> Article:
    """A .txt article: first non-empty line is the title; a sibling ``<stem>.json`` may give id, date, url, source."""
    source = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_ARTICLE_BYTES:
            raise _too_large(size, source, None)
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}", source=source) from None
    title, body = _title_and_body(_decode(raw, source))
    meta = {}
    sidecar = path.with_suffix(".json")
    if sidecar.is_file():
        try:
            meta = json.loads(sidecar.read_text(encoding="utf-8"))
        except (ValueError, UnicodeDecodeError, RecursionError) as exc:
            reason = "nested too deeply" if isinstance(exc, RecursionError) else exc
            raise InputError(f"metadata is not valid JSON: {reason}", source=str(sidecar)) from None
        if not isinstance(meta, dict):
            raise InputError("metadata must be a JSON object", source=str(sidecar))
    return Article(
        id=str(meta.get("id") or path.stem),
        text=body,
        title=(meta.get("title") or (title.strip() if title else None)),
        date=_check_date(_optional_str(meta, "date"), str(sidecar), None),
        url=meta.get("url"),
        source=meta.get("source"),
        origin=source,
    )


def read_jsonl(lines: Iterable[bytes], source: str, errors: list | None) -> Iterator[Article]:
    """One article per JSON line: ``id``, ``text``; optional ``title``, ``date``, ``url``, ``source``."""
    seen = set()
    for number, raw in enumerate(_bounded_lines(lines), 1):
        if isinstance(raw, int):  # a line longer than any article: its size, not its bytes
            exc = _too_large(raw, source, number)
            if errors is None:
                raise exc
            errors.append(exc)
            continue
        if not raw.strip():
            continue
        try:
            line = _decode(raw, source, number)
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(f"malformed JSON: {exc.msg} (column {exc.colno})", source=source, line=number) from None
            except RecursionError:
                raise InputError("malformed JSON: nested too deeply", source=source, line=number) from None
            if not isinstance(record, dict):
                raise InputError(f"expected a JSON object, got {type(record).__name__}", source=source, line=number)
            text = record.get("text")
            if not isinstance(text, str):
                raise InputError("missing string field 'text'", source=source, line=number)
            if not text.strip():
                raise InputError("empty article", source=source, line=number)
            ident = _optional_str(record, "id") or f"{Path(source).stem}-{number}"
            if ident in seen:
                raise InputError(f"duplicate article id {ident!r}", source=source, line=number)
            seen.add(ident)
            yield Article(
                id=ident, text=text,
                title=_optional_str(record, "title"),
                date=_check_date(_optional_str(record, "date"), source, number),
                url=_optional_str(record, "url"),
                source=_optional_str(record, "source"),
                origin=f"{source}:{number}",
            )
        except InputError as exc:
            if errors is None:
                raise
            errors.append(exc)


def _bounded_lines(lines) -> Iterator[bytes | int]:
    """The lines of a binary file or stream, none held longer than an article may be: a longer line is read
    through in chunks and given as its size (an int). UTF-16/32 files (byte-order mark) come as UTF-8 lines."""
    readline = getattr(lines, "readline", None)
    if readline is None:  # a list of lines (tests, callers): already in memory
        yield from lines
        return
    peek = getattr(lines, "peek", None)
    head = peek(4)[:4] if peek is not None else b""
    encoding = _bom_encoding(head)
    if encoding not in (None, "utf-8-sig"):
        import io

        text = io.TextIOWrapper(lines, encoding=encoding, errors="replace", newline=None)
        try:
            while line := text.readline(MAX_ARTICLE_BYTES + 1):
                yield line.encode("utf-8")
        finally:
            text.detach()
        return
    while line := readline(MAX_ARTICLE_BYTES + 1):
        if len(line) > MAX_ARTICLE_BYTES and not line.endswith(b"\n"):
            size = len(line)
            while chunk := readline(1 << 20):
                size += len(chunk)
                if chunk.endswith(b"\n"):
                    break
            yield size
        else:
            yield line


def expand_inputs(inputs: Iterable[str]) -> Iterator[str]:
    """Files, directories (recursively: .txt and .jsonl, sorted), globs and '-' (stdin)."""
    for item in inputs:
        item = str(item)
        if item == "-":
            yield item
        elif os.path.isdir(item):
            for root, dirs, files in os.walk(item):
                dirs.sort()
                for name in sorted(files):
                    if name.endswith(ARTICLE_SUFFIXES) or is_graph_file(name):
                        yield os.path.join(root, name)
        elif not os.path.exists(item) and glob.has_magic(item):
            matches = sorted(glob.glob(item, recursive=True))
            if not matches:
                raise InputError("no file matches this pattern", source=item)
            yield from expand_inputs(matches)
        else:
            yield item


def read_articles(inputs: Iterable[str] | str, errors: list | None = None,
                  stdin_format: str = "auto") -> Iterator[Article]:
    """Yield the articles in ``inputs`` (paths, directories, globs or '-').

    '-' reads stdin as ``stdin_format`` (one of STDIN_FORMATS; "auto" sniffs JSON lines or plain text).

    With ``errors`` given, a bad file or line is appended to it as an :class:`InputError` and skipped,
    so one bad article never stops a batch; without it, the first bad input raises.
    Graph files (.ttl, .nt, ...) are skipped here: see :func:`kg.load_graph`.
    """
    if isinstance(inputs, (str, os.PathLike)):
        inputs = [str(inputs)]
    try:
        paths = list(expand_inputs(inputs))
    except InputError as exc:
        if errors is None:
            raise
        errors.append(exc)
        paths = []
    for item in paths:
        try:
            if item == "-":
                if sys.stdin is None or sys.stdin.closed:
                    raise InputError("standard input is closed: nothing to read from '-'", source="<stdin>")
                fmt = sniff_stdin(sys.stdin.buffer) if stdin_format == "auto" else stdin_format
                if fmt == "text":
                    yield read_stdin_text(sys.stdin.buffer)
                else:
                    yield from read_jsonl(sys.stdin.buffer, "<stdin>", errors)
                continue
            path = Path(item)
            if is_graph_file(path):
                continue
            if not path.exists():
                raise InputError("no such file", source=item)
            if path.suffix.lower() == ".jsonl":
                with path.open("rb") as handle:
                    yield from read_jsonl(handle, item, errors)
            elif path.suffix.lower() == ".txt" or path.suffix == "":
                yield read_text_file(path)
            else:
                raise InputError(f"unknown input type {path.suffix!r}; expected .txt, .jsonl, a directory "
                                 f"or a graph ({', '.join(GRAPH_SUFFIXES)})", source=item)
        except InputError as exc:
            if errors is None:
                raise
            errors.append(exc)


def check_outputs(outputs: Iterable[str | os.PathLike | None], inputs: Iterable[str | os.PathLike] = (),
                  stores: Iterable[str | os.PathLike | None] = ()) -> None:
    """Refuse, before any work, an output path that is an input file, lies in a store directory or is
    given twice: writing it would destroy what is being read (``-``, stdout, and None are skipped).

    Raises:
        KgError: naming the output and the input it would overwrite; nothing has been written.
    """
    def real(path) -> str:
        return os.path.realpath(os.fspath(path))

    files = []
    for item in inputs:
        if item is None or str(item) == "-":
            continue
        try:
            files.extend(p for p in expand_inputs([str(item)]) if p != "-")
        except InputError:  # a glob matching nothing: reported when the inputs are read
            continue
    inputs_by_path = {real(p): str(p) for p in files}
    store_dirs = [(real(s), str(s)) for s in stores if s is not None]
    seen: dict[str, str] = {}
    for out in outputs:
        if out is None or str(out) == "-":
            continue
        where = real(out)
        clash = inputs_by_path.get(where)
        if clash is None and os.path.exists(where):
            clash = next((name for path, name in inputs_by_path.items()
                          if os.path.exists(path) and os.path.samefile(path, where)), None)
        if clash is not None:
            raise KgError(f"refusing to write {out}: it is also the input {clash}, which would be lost; nothing "
                          "was written. Choose another output file")
        for store, name in store_dirs:
            if where == store or where.startswith(store.rstrip(os.sep) + os.sep):
                raise KgError(f"refusing to write {out}: it is inside the store {name}, which it would damage; "
                              "nothing was written. Choose an output outside the store")
        if where in seen:
            raise KgError(f"refusing to write {out} twice (also given as {seen[where]}); choose two files")
        seen[where] = str(out)
