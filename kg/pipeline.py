"""Articles → events: run the spaCy pipeline and the extractor, streaming, one article at a time or many."""
from __future__ import annotations

from typing import Iterable, Iterator

from .errors import InputError
from .extract import extract_events_from_doc
from .extract.language import detect_language
from .ingest import Article
from .model import Event
from .nlp import load_pipeline

__all__ = ["extract_events", "extract_many", "not_english"]


def extract_events(article: Article | str, model: str | None = None) -> list[Event]:
    """The events of one article (or of a bare text, taken as an undated article).

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
    return extract_events_from_doc(nlp(article.text), article.date)


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
                 batch_size: int = 16, errors: list | None = None) -> Iterator[tuple[Article, list[Event]]]:
    """(article, events) for each article, in input order, parsing with ``nlp.pipe`` (``jobs`` processes).

    An article the extractor fails on, or one not in English, is reported in ``errors`` (when given) and
    skipped.
    """
    nlp = load_pipeline(model)
    stream = ((a.text, a) for a in _english_only(articles, errors))
    for doc, article in nlp.pipe(stream, as_tuples=True, batch_size=batch_size, n_process=max(1, jobs)):
        try:
            yield article, extract_events_from_doc(doc, article.date)
        except Exception as exc:  # one article's failure must not stop the batch
            if errors is None:
                raise
            errors.append(InputError(f"extraction failed: {type(exc).__name__}: {exc}", source=article.origin or article.id))
