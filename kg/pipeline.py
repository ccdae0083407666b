"""Articles → events: run the spaCy pipeline and the extractor, streaming, one article at a time or many."""
from __future__ import annotations

import os
import re
from typing import Iterable, Iterator

from .errors import InputError
from .extract import extract_events_from_doc
from .extract.language import detect_language
from .ingest import Article
from .model import Event
from .nlp import load_pipeline
from .plain_text import parse_ready

__all__ = ["extract_events", "extract_many", "not_english", "fix_mmap_threshold", "LONG_ARTICLE_CHARS",
           "PARSE_PIECE_CHARS", "MMAP_THRESHOLD_VARIABLE"]

#: An article longer than this is parsed in pieces of about PARSE_PIECE_CHARS characters, cut at a line
#: break (else at a space) and joined again before extraction: spaCy holds some kB per token of the text it
#: parses at once, so memory stays that of a piece, not of a page-long line.
LONG_ARTICLE_CHARS = 100_000
PARSE_PIECE_CHARS = 10_000


#: The environment variable that fixes glibc's mmap threshold for a long build (bytes; see
#: :func:`fix_mmap_threshold`). 1048576 (1 MiB) kept the peak of 10,000 articles within 5 % of that of 1,000
#: on wh-1000, at a cost of 6-15 % of extraction time (BENCHMARKS.md, section 2); unset, glibc's default.
MMAP_THRESHOLD_VARIABLE = "KG_MMAP_THRESHOLD"
_M_MMAP_THRESHOLD = -3  # mallopt's parameter number, malloc.h


def fix_mmap_threshold(threshold: int | None = None) -> bool:
    """Keep glibc from moving its mmap threshold up, for a process about to parse many articles, when asked.

    By default glibc raises the threshold to the size of each mapped block freed (up to 32 MiB), so after
    the first batches spaCy's and thinc's per-batch arrays of a few MiB come from the main heap, between
    long-lived objects: each batch leaves holes the next cannot fill, and a long build's peak memory
    grows with the number of articles (BENCHMARKS.md, section 2). With the threshold fixed, those arrays
    are mapped and unmapped whole: memory stays flat, but mapping them costs time, so it is opt-in.
    ``threshold`` defaults to ``$KG_MMAP_THRESHOLD`` (unset or 0: leave glibc alone). Returns whether it
    was set (False without glibc); the setting is the process's, and forked workers inherit it.

    Raises:
        InputError: ``$KG_MMAP_THRESHOLD`` is not a whole number of bytes.
    """
    if threshold is None:
        raw = os.environ.get(MMAP_THRESHOLD_VARIABLE, "").strip()
        try:
            threshold = int(raw) if raw else 0
        except ValueError:
            raise InputError(f"{MMAP_THRESHOLD_VARIABLE}={raw!r} is not a whole number of bytes "
                             "(e.g. 1048576; 0 or unset: glibc's default)") from None
        if threshold < 0:
            raise InputError(f"{MMAP_THRESHOLD_VARIABLE}={raw!r} is negative (e.g. 1048576; 0 or unset: glibc's default)")
    if not threshold:
        return False
    import ctypes
    import ctypes.util

    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        mallopt = libc.mallopt
    except (OSError, AttributeError):  # not glibc (musl, macOS, Windows): nothing to fix
        return False
    mallopt.argtypes = (ctypes.c_int, ctypes.c_int)
    return mallopt(_M_MMAP_THRESHOLD, threshold) == 1


_SENTENCE_END = re.compile(r"[.!?][\"\u201d\u2019')\]]* ")


def _pieces(text: str) -> list[str]:
    if len(text) <= LONG_ARTICLE_CHARS:
        return [text]
    pieces, start = [], 0
    while len(text) - start > PARSE_PIECE_CHARS:
        end = start + PARSE_PIECE_CHARS
        cut = text.rfind("\n", start + PARSE_PIECE_CHARS // 2, end)
        if cut == -1:  # a paragraph longer than a piece (or lines joined again): after a sentence's last word
            ends = [m.end() - 1 for m in _SENTENCE_END.finditer(text, start + PARSE_PIECE_CHARS // 2, end)]
            cut = ends[-1] if ends else text.rfind(" ", start + PARSE_PIECE_CHARS // 2, end)
        cut = end if cut == -1 else cut + 1
        pieces.append(text[start:cut])
        start = cut
    pieces.append(text[start:])
    return pieces


def _parsed(nlp, items: Iterable[tuple[str, object]], **pipe_options) -> Iterator[tuple]:
    """(Doc, context) for each (text, context), as ``nlp.pipe`` gives them, a long text parsed in pieces."""
    from spacy.tokens import Doc

    stream = ((piece, (context, number, len(pieces))) for text, context in items
              for pieces in [_pieces(parse_ready(text))] for number, piece in enumerate(pieces))
    parts: list = []
    for doc, (context, number, count) in nlp.pipe(stream, as_tuples=True, **pipe_options):
        if count > 1:
            parts.append(doc)
            if number < count - 1:
                continue
            doc, parts = Doc.from_docs(parts, ensure_whitespace=False), []
        yield doc, context


def extract_events(article: Article | str, model: str | None = None, unknown_agents: bool = False) -> list[Event]:
    """The events of one article (or of a bare text, taken as an undated article). ``unknown_agents``: also
    attacks whose doer the text does not name, with no agent (off by default: see
    :func:`kg.extract.extract_events_from_doc`).

    >>> events = extract_events("Russia accused Ukraine of shelling the border.")
    >>> [(e.type, e.agent.label, e.target.label) for e in events]
    [('Accuse', 'Russia', 'Ukraine')]
    """
    if isinstance(article, str):
        article = Article(id="text", text=article)
    problem = not_english(article)
    if problem is not None:
        raise problem
    nlp = load_pipeline(model)
    ((doc, _),) = _parsed(nlp, [(article.text, None)], batch_size=1)  # a long text's pieces one by one
    return _in_the_articles_words(extract_events_from_doc(doc, article.date, article.title, unknown_agents),
                                  article.text)


def _in_the_articles_words(events: list[Event], text: str) -> list[Event]:
    """``events`` with their sentence and trigger quoted from the article itself: the parser read the text as
    :func:`kg.plain_text.parse_ready` gives it (markup blanked, wrapped lines joined), at the same offsets."""
    for event in events:
        event.sentence = text[event.start:event.end]
        event.trigger = text[event.trigger_start:event.trigger_end]
    return events


def not_english(article: Article) -> InputError | None:
    """The error to report for an article kg cannot read because it is not in English, else None."""
    language = detect_language(article.text)
    if language == "en":
        return None
    return InputError(f"not English (detected: {language})", source=article.origin or article.id)


def _english_only(articles: Iterable[Article], errors: list | None) -> Iterator[Article]:
    """The English articles; each other one is reported in ``errors`` (raised without a list) and skipped."""
    for article in articles:
        problem = not_english(article)
        if problem is None:
            yield article
        elif errors is None:
            raise problem
        else:
            errors.append(problem)


def extract_many(articles: Iterable[Article], model: str | None = None, jobs: int = 1,
                 batch_size: int = 16, errors: list | None = None,
                 unknown_agents: bool = False) -> Iterator[tuple[Article, list[Event]]]:
    """(article, events) for each article, in input order, parsing with ``nlp.pipe`` (``jobs`` processes);
    ``unknown_agents`` as :func:`extract_events` takes it.

    An article the extractor fails on, or one not in English, is reported in ``errors`` (when given) and
    skipped.
    """
    nlp = load_pipeline(model)
    stream = ((a.text, a) for a in _english_only(articles, errors))
    for doc, article in _parsed(nlp, stream, batch_size=batch_size, n_process=max(1, jobs)):
        try:
            yield article, _in_the_articles_words(
                extract_events_from_doc(doc, article.date, article.title, unknown_agents), article.text)
        except Exception as exc:  # one article's failure must not stop the batch
            if errors is None:
                raise
            errors.append(InputError(f"extraction failed: {type(exc).__name__}: {exc}", source=article.origin or article.id))
