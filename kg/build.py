"""Inputs → one rdflib Dataset: articles are read and extracted, graph files loaded. What `kg build` and `kg events` run.

spaCy is loaded only when there is an article to extract, so reading graphs needs no model.
"""
from __future__ import annotations

import itertools
import os
import sys
from dataclasses import dataclass
from typing import Iterable, Iterator

from .errors import InputError
from .ingest import Article, expand_inputs, is_graph_file, read_articles

__all__ = ["build", "build_to_store", "extract_records", "iter_articles", "model_name", "StoreReport", "die_with_parent"]


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


class _Progress:
    """A tqdm bar on stderr: articles done, articles/s, and how many were bad or skipped as unchanged.

    Created at the first article, so that an error before (no spaCy pipeline, say) prints no bar.
    ``enabled`` may be the number of articles expected: the bar then shows a total and an ETA.
    """

    def __init__(self, enabled: bool | int, errors: list | None, file=None):
        self.enabled = bool(enabled)
        self.total = enabled if isinstance(enabled, int) and not isinstance(enabled, bool) else None
        self.errors = errors
        self.file = file
        self.unchanged = 0
        self.bar = None

    def update(self, n: int = 1) -> None:
        if not self.enabled:
            return
        if self.bar is None:
            from tqdm import tqdm

            # with a total: "37 articles [of 200, 00:05<00:20, 7.1 articles/s, bad=0]", a bar and an ETA
            shape = {} if self.total is None else {"bar_format": "{l_bar}{bar}| {n_fmt} articles [of {total_fmt}, "
                                                                "{elapsed}<{remaining}, {rate_fmt}{postfix}]"}
            self.bar = tqdm(total=self.total, unit=" articles", file=self.file or sys.stderr, leave=False, mininterval=0.5,
                            **shape,
                            dynamic_ncols=True)
        postfix = f"bad={len(self.errors) if self.errors is not None else 0}"
        if self.unchanged:
            postfix += f", unchanged={self.unchanged}"
        self.bar.set_postfix_str(postfix, refresh=False)
        self.bar.update(n)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.refresh()  # the final count, however fast the last updates came
            self.bar.close()
            self.bar = None


def extract_records(articles: Iterable[Article], model: str | None = None, jobs: int = 1,
                    errors: list | None = None, chunk_size: int = 8, recycle_every: int | None = None,
                    unknown_agents: bool = False) -> Iterator[tuple]:
    """(article, events) for each article, in input order, read lazily. ``unknown_agents``: also attacks
    whose doer the text does not name (off by default: see :func:`kg.extract.extract_events_from_doc`);
    worker processes get it with each chunk.

    With ``jobs`` > 1, ``jobs`` worker processes each parse *and* extract chunks of ``chunk_size``
    articles (so only plain event records cross process boundaries, not spaCy Docs), with at most two
    chunks per worker in flight: the input is not read ahead further than that.

    With ``recycle_every`` N, the work is done by worker processes (one when ``jobs`` is 1, fed chunks of
    the batch size the parse uses in-process) that end after N articles and are replaced by new ones, forked
    from this process, which never parses: a long build's peak memory stays that of its first N articles,
    whatever glibc's heap does with the parser's arrays (BENCHMARKS.md, section 2). The pipeline and the
    extractor's lazy indexes are made here before the first fork, so a new worker loads nothing.
    """
    from .pipeline import extract_many, fix_mmap_threshold

    fix_mmap_threshold()  # a long run's peak memory stays that of its first articles (workers inherit it)
    if jobs <= 1 and not recycle_every:
        yield from extract_many(articles, model=model, errors=errors, unknown_agents=unknown_agents)
        return
    from .nlp import load_pipeline

    load_pipeline(model)  # load (or fail) here: forked workers inherit the loaded pipeline
    if recycle_every:
        _warm_up(model, unknown_agents)
    workers = max(1, jobs)
    if workers == 1:
        chunk_size = 16  # the batch size of extract_many: the same batches as in-process
    articles = iter(articles)
    while True:
        first = next(articles, None)
        if first is None:
            return
        segment = itertools.chain([first], itertools.islice(articles, recycle_every - 1) if recycle_every else articles)
        yield from _extract_in_workers(segment, model, workers, errors, chunk_size, unknown_agents)


def _warm_up(model: str | None, unknown_agents: bool = False) -> None:
    """Extract one short text, so that what the extractor makes at its first article (the gazetteer's derived
    indexes, the lexicon's sets) is made once, before workers are forked, not once per worker."""
    from .pipeline import extract_events

    try:
        extract_events("Envoys of two states met and agreed to talk again.", model, unknown_agents)
    except Exception:  # noqa: BLE001 -- only a head start: the workers report what fails on the articles
        pass


def _extract_in_workers(articles: Iterable[Article], model: str | None, jobs: int, errors: list | None,
                        chunk_size: int, unknown_agents: bool = False) -> Iterator[tuple]:
    """(article, events) for each article, in input order, from a new pool of ``jobs`` worker processes that
    ends with the articles (its workers gone before this returns)."""
    import collections
    from concurrent.futures import ProcessPoolExecutor

    chunks = iter(lambda: list(itertools.islice(articles, chunk_size)), [])
    pool = ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker, initargs=(model,))
    finished = False
    try:
        pending = collections.deque(pool.submit(_extract_chunk, c, model, unknown_agents)
                                    for c in itertools.islice(chunks, 2 * jobs))
        while pending:
            records, failures = pending.popleft().result()
            following = next(chunks, None)
            if following is not None:
                pending.append(pool.submit(_extract_chunk, following, model, unknown_agents))
            if failures and errors is None:
                raise failures[0]
            if errors is not None:
                errors.extend(failures)
            yield from records
        finished = True
    finally:
        if finished:
            pool.shutdown(wait=True)  # the workers end before any new one is forked
        else:
            pool.shutdown(wait=False, cancel_futures=True)


def _init_worker(model: str | None) -> None:
    import signal

    from .nlp import load_pipeline

    from .pipeline import fix_mmap_threshold

    die_with_parent()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    fix_mmap_threshold()  # inherited when forked; set again for a worker that was spawned
    load_pipeline(model)


def die_with_parent(kernel: bool = True) -> None:
    """Make this worker process end when the process that started it ends, even by ``kill -9``.

    ``kernel``: also ask Linux to kill it (PR_SET_PDEATHSIG) -- only for workers started by a thread that
    lives as long as the parent, since the signal comes when that *thread* ends. Everywhere, a daemon thread
    checks every half second whether the parent is still there.
    """
    import threading
    import time

    parent = os.getppid()
    if kernel and sys.platform.startswith("linux"):
        try:
            import ctypes
            import signal

            ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # 1: PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    if os.getppid() != parent:
        os._exit(1)
    threading.Thread(target=watch, daemon=True, name="kg-parent-watch").start()


def _extract_chunk(articles: list, model: str | None, unknown_agents: bool = False) -> tuple[list, list]:
    from .pipeline import extract_many

    failures: list = []
    return list(extract_many(articles, model=model, errors=failures, unknown_agents=unknown_agents)), failures


def _paths(inputs: Iterable[str] | str, errors: list | None) -> list[str]:
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
    return paths


def _stdin_graph(stdin_format: str) -> bool:
    """Whether '-' is a graph: ``stdin_format`` names a graph format (ttl, nt, jsonld, trig, nq)."""
    from .ingest import STDIN_FORMATS

    return stdin_format not in STDIN_FORMATS


def _article_paths(paths: list[str], stdin_format: str = "auto") -> list[str]:
    return [p for p in paths if (p == "-" and not _stdin_graph(stdin_format)) or (p != "-" and not is_graph_file(p))]


def _graph_paths(paths: list[str], stdin_format: str = "auto") -> list[str]:
    return [p for p in paths if (p == "-" and _stdin_graph(stdin_format)) or (p != "-" and is_graph_file(p))]


def iter_articles(inputs: Iterable[str] | str, errors: list | None = None, stdin_format: str = "auto") -> Iterator[Article]:
    """The articles of ``inputs``, read lazily, each id once (graph files are left out)."""
    paths = _article_paths(_paths(inputs, errors), stdin_format)
    return _unique(read_articles(paths, errors=errors, stdin_format=stdin_format), errors)


def build(inputs: Iterable[str] | str, model: str | None = None, jobs: int = 1, errors: list | None = None,
          progress: bool | int = False, stdin_format: str = "auto", unknown_agents: bool = False):
    """Read ``inputs`` and return an rdflib Dataset with one named graph per article.

    ``inputs`` are paths, directories, globs or '-' (JSON lines on stdin): articles (.txt, .jsonl) are
    extracted with the spaCy pipeline ``model`` (``jobs`` processes); graphs (.ttl, .nt, .jsonld, .trig,
    .nq) are loaded and merged as they are. ``progress`` shows a bar on stderr (given a number, the
    articles expected: the bar shows a total and an ETA). ``stdin_format`` says what '-' holds: "auto"
    (JSON lines or one plain-text article, sniffed), "text", "jsonl", or a graph format (ttl, nt, jsonld,
    trig, nq). ``unknown_agents``: also extract attacks whose doer the text does not name, with no agent
    (off by default: see :func:`kg.extract.extract_events_from_doc`).

    With ``errors`` given, each bad input (file, line or article) is appended to it as an InputError and
    skipped; without it the first one raises.

    Raises:
        InputError: a bad input, when ``errors`` is None.
        ModelError: there is an article to extract but no usable spaCy pipeline.
    """
    from .rdf.build import bind_prefixes, build_graph
    from .rdf.io import load_graph
    from rdflib import Dataset

    paths = _paths(inputs, errors)
    dataset = bind_prefixes(Dataset())
    load_graph(_graph_paths(paths, stdin_format), errors=errors, dataset=dataset, stdin_format=stdin_format)

    articles = _unique(read_articles(_article_paths(paths, stdin_format), errors=errors, stdin_format=stdin_format),
                       errors)
    first = next(iter(articles), None)
    if first is None:
        return dataset
    records = extract_records(itertools.chain([first], articles), model=model, jobs=jobs, errors=errors,
                              unknown_agents=unknown_agents)
    bar = _Progress(progress, errors)
    try:
        return build_graph(_counted(records, bar), model=model_name(model), dataset=dataset)
    finally:
        bar.close()


def _counted(records, bar: _Progress):
    for record in records:
        yield record
        bar.update()


@dataclass
class StoreReport:
    """What :func:`build_to_store` did."""

    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    graphs: int = 0          # named graphs loaded from graph files
    bad: int = 0
    articles: int = 0        # articles in the store afterwards
    quads: int = 0           # quads in the store afterwards

    @property
    def written(self) -> int:
        return self.added + self.replaced + self.graphs


def build_to_store(inputs: Iterable[str] | str, store: str | os.PathLike, model: str | None = None, jobs: int = 1,
                   errors: list | None = None, progress: bool | int = False, flush_every: int = 100,
                   stdin_format: str = "auto", reopen_every: int = 1000,
                   recycle_every: int | None = None, unknown_agents: bool = False) -> StoreReport:
    """Read ``inputs`` and add them to the Oxigraph store in directory ``store`` (created when missing).

    Streaming: articles are read lazily, parsed with ``nlp.pipe`` (``jobs`` processes) and each is written
    as its own named graph in one transaction as soon as it is extracted, so memory stays flat and an
    interrupted build keeps every article written so far. An article already stored with the same text
    is skipped before the NLP; one whose text changed replaces its graph. Graph files replace the named
    graphs they contain (their default-graph triples are added to the store's default graph).
    ``flush_every`` and ``reopen_every``: see :meth:`kg.store.ArticleStore.open`. ``recycle_every``: parse and
    extract in worker processes replaced after that many articles (see :func:`extract_records`; opt-in: on
    wh-1000 the default's peak already stays within 15 % from 1,000 to 10,000 articles, and a parent process
    beside its worker holds more in all, BENCHMARKS.md section 2). ``unknown_agents``: as :func:`build`.
    """
    from .rdf.io import load_graph
    from .store import ArticleStore

    report = StoreReport()
    count_errors = errors if errors is not None else []
    paths = _paths(inputs, errors)
    with ArticleStore.open(store, flush_every=flush_every, reopen_every=reopen_every) as st:
        graph_files = _graph_paths(paths, stdin_format)
        if graph_files:
            counts = st.put_dataset(load_graph(graph_files, errors=errors, stdin_format=stdin_format))
            report.graphs = counts["added"] + counts["replaced"]
        bar = _Progress(progress, count_errors)
        try:
            def todo():
                for article in _unique(read_articles(_article_paths(paths, stdin_format), errors=errors,
                                                     stdin_format=stdin_format), errors):
                    if st.unchanged(article):
                        report.unchanged += 1
                        bar.unchanged += 1
                        bar.update()
                        continue
                    yield article

            articles = todo()
            first = next(articles, None)
            if first is not None:
                extractor = model_name(model)
                for article, events in extract_records(itertools.chain([first], articles), model=model, jobs=jobs,
                                                       errors=errors, recycle_every=recycle_every,
                                                       unknown_agents=unknown_agents):
                    if st.put_article(article, events, extractor) == "added":
                        report.added += 1
                    else:
                        report.replaced += 1
                    bar.update()
        finally:
            bar.close()
        report.bad = len(count_errors)
        report.articles = len(st)
        report.quads = st.count_quads()
    return report
