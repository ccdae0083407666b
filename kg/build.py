"""Inputs → one rdflib Dataset: articles are read and extracted, graph files loaded. What `kg build` and `kg events` run.

spaCy is loaded only when there is an article to extract, so reading graphs needs no model.
"""
from __future__ import annotations

import itertools
import sys
from typing import Iterable

from .errors import InputError
from .ingest import Article, expand_inputs, is_graph_file, read_articles

__all__ = ["build", "model_name"]


def model_name(model: str | None = None) -> str:
    """The spaCy pipeline ``model`` resolves to, as "name version" (e.g. "en_core_web_sm 3.8.0")."""
    from .nlp import load_pipeline

    meta = load_pipeline(model).meta
    name = f"{meta.get('lang', '')}_{meta.get('name', '')}".strip("_") or (model or "unknown")
    return f"{name} {meta['version']}" if meta.get("version") else name


def _unique(articles: Iterable[Article], errors: list | None) -> Iterable[Article]:
    """Drop an article read twice; refuse a second, different article under an id already used."""
    seen: dict[str, tuple[str, str]] = {}
    for article in articles:
        previous = seen.get(article.id)
        if previous is None:
            seen[article.id] = (article.content_hash, article.origin)
            yield article
        elif previous[0] != article.content_hash:
            exc = InputError(f"duplicate article id {article.id!r} (already read from {previous[1]})",
                             source=article.origin or article.id)
            if errors is None:
                raise exc
            errors.append(exc)


def build(inputs: Iterable[str] | str, model: str | None = None, jobs: int = 1, errors: list | None = None,
          progress: bool = False):
    """Read ``inputs`` and return an rdflib Dataset with one named graph per article.

    ``inputs`` are paths, directories, globs or '-' (JSON lines on stdin): articles (.txt, .jsonl) are
    extracted with the spaCy pipeline ``model`` (``jobs`` processes); graphs (.ttl, .nt, .jsonld, .trig,
    .nq) are loaded and merged as they are.

    With ``errors`` given, each bad input (file, line or article) is appended to it as an InputError and
    skipped; without it the first one raises.

    Raises:
        InputError: a bad input, when ``errors`` is None.
        ModelError: there is an article to extract but no usable spaCy pipeline.
    """
    from .rdf.build import bind_prefixes, build_graph
    from .rdf.io import load_graph
    from rdflib import Dataset

    if isinstance(inputs, str):
        inputs = [inputs]
    paths = []
    for item in inputs:  # one at a time, so that a glob matching nothing does not hide the other inputs
        try:
            paths.extend(expand_inputs([item]))
        except InputError as exc:
            if errors is None:
                raise
            errors.append(exc)
    dataset = bind_prefixes(Dataset())
    load_graph([p for p in paths if p != "-" and is_graph_file(p)], errors=errors, dataset=dataset)

    articles = _unique(read_articles([p for p in paths if p == "-" or not is_graph_file(p)], errors=errors), errors)
    first = next(iter(articles), None)
    if first is None:
        return dataset
    from .pipeline import extract_many

    records = extract_many(itertools.chain([first], articles), model=model, jobs=jobs, errors=errors)
    if progress:
        from tqdm import tqdm

        records = tqdm(records, unit=" articles", file=sys.stderr, leave=False)
    return build_graph(records, model=model_name(model), dataset=dataset)
