"""Read articles from text files, JSON-lines corpora, directories, globs and stdin.

No NLP here: this stage only turns bytes into :class:`Article` records and refuses bad input with a
message that names the file (and line).
"""
from __future__ import annotations

import glob
import hashlib
import json
import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from .errors import InputError

__all__ = ["Article", "read_articles", "GRAPH_SUFFIXES", "is_graph_file", "MAX_ARTICLE_BYTES", "STDIN_FORMATS",
           "sniff_stdin"]

#: Articles larger than this are refused (a news article is a few tens of kB).
MAX_ARTICLE_BYTES = 2_000_000
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


def _decode(raw: bytes, source: str, line: int | None = None) -> str:
    if len(raw) > MAX_ARTICLE_BYTES:
        raise InputError(f"too large: {len(raw):,} bytes (limit {MAX_ARTICLE_BYTES:,})", source=source, line=line)
    if b"\x00" in raw:
        raise InputError("binary data (NUL bytes), not a text article", source=source, line=line)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"not UTF-8 (invalid byte 0x{raw[exc.start]:02x} at offset {exc.start})",
                         source=source, line=line) from None
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
    if date is None:
        return None
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}([T ].*)?", date.strip()):
        raise InputError(f"date {date!r} is not ISO 8601 (YYYY-MM-DD)", source=source, line=line)
    return date.strip()[:10]


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
        raw = path.read_bytes() if path.stat().st_size <= MAX_ARTICLE_BYTES else path.open("rb").read(MAX_ARTICLE_BYTES + 1)
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}", source=source) from None
    title, body = _title_and_body(_decode(raw, source))
    meta = {}
    sidecar = path.with_suffix(".json")
    if sidecar.is_file():
        try:
            meta = json.loads(sidecar.read_text(encoding="utf-8"))
        except (ValueError, UnicodeDecodeError) as exc:
            raise InputError(f"metadata is not valid JSON: {exc}", source=str(sidecar)) from None
        if not isinstance(meta, dict):
            raise InputError("metadata must be a JSON object", source=str(sidecar))
    return Article(
        id=str(meta.get("id") or path.stem),
        text=body,
        title=(meta.get("title") or (title.strip() if title else None)),
        date=_check_date(meta.get("date"), str(sidecar), None),
        url=meta.get("url"),
        source=meta.get("source"),
        origin=source,
    )


def read_jsonl(lines: Iterable[bytes], source: str, errors: list | None) -> Iterator[Article]:
    """One article per JSON line: ``id``, ``text``; optional ``title``, ``date``, ``url``, ``source``."""
    seen = set()
    for number, raw in enumerate(lines, 1):
        if not raw.strip():
            continue
        try:
            line = _decode(raw, source, number)
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(f"malformed JSON: {exc.msg} (column {exc.colno})", source=source, line=number) from None
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
