"""`kg build --dask ADDRESS`: extraction spread over a dask.distributed cluster.

The client reads the articles lazily (skipping those already in the store unchanged), cuts them into
partitions of ``partition_size`` articles and submits one task per partition, keeping at most a few
partitions per worker in flight so that memory stays bounded. Each task parses its partition with the
worker's spaCy pipeline, builds the partition's graph (one named graph per article) and returns it as an
N-Quads shard. The client writes each shard into the store as it arrives (one transaction per article
graph, as `kg build --store` does) or merges the shards into one Dataset for the output file.

Workers need kg and the spaCy model installed (the same versions as the client: the model name is
recorded in each graph's provenance). Articles travel to the workers pickled; no shared filesystem is
needed.
"""
from __future__ import annotations

import itertools
import os
import sys
from typing import Iterable, Iterator

__all__ = ["extract_partition", "build_with_dask", "partitions"]


def extract_partition(articles: list, model: str | None = None, names: dict[str, str] | None = None,
                      unknown_agents: bool = False) -> tuple[bytes, list[str]]:
    """Run on a worker: (N-Quads of the articles' graphs, messages of the articles that failed).

    ``names`` maps article ids to the graph IRIs the client chose (unique across partitions);
    ``unknown_agents`` as :func:`kg.build.build` takes it."""
    import io

    from .build import model_name
    from .pipeline import extract_many, fix_mmap_threshold
    from .rdf.build import build_graph
    from .rdf.io import serialize

    fix_mmap_threshold()  # a long-lived worker's memory stays that of its first partitions
    errors: list = []
    dataset = build_graph(extract_many(articles, model=model, errors=errors, unknown_agents=unknown_agents),
                          model=model_name(model), names=names)
    buffer = io.BytesIO()
    serialize(dataset, "nq", buffer)
    return buffer.getvalue(), [str(e) for e in errors]


def partitions(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


def build_with_dask(inputs: Iterable[str] | str, address, store: str | os.PathLike | None = None,
                    model: str | None = None, errors: list | None = None, partition_size: int = 16,
                    progress: bool = False, in_flight_per_worker: int = 2, unknown_agents: bool = False):
    """Extract ``inputs`` on the dask scheduler at ``address`` (or a ``distributed.Client``).

    With ``store``, the shards go into that Oxigraph store and a :class:`kg.build.StoreReport` is
    returned; without, an rdflib Dataset (one named graph per article) as :func:`kg.build` returns.
    Graph files among ``inputs`` are loaded by the client. The client names every article's graph in
    input order, as ``kg build`` does (:class:`kg.rdf.build.ArticleNames`), so two ids with one slug get
    two graphs whichever partitions they land in, and the result is the local build's. ``unknown_agents``:
    as :func:`kg.build.build`.
    """
    from distributed import Client, as_completed
    from rdflib import Dataset

    from .build import StoreReport, _article_paths, _graph_paths, _paths, _Progress, _unique
    from .errors import InputError, StoreError
    from .ingest import read_articles
    from .rdf.build import ArticleNames, bind_prefixes
    from .rdf.io import load_graph

    count_errors = errors if errors is not None else []
    paths = _paths(inputs, errors)
    articles = _unique(read_articles(_article_paths(paths), errors=errors), errors)
    st = None
    report = StoreReport()
    dataset = None
    if store is not None:
        from .store import ArticleStore

        st = ArticleStore.open(store)
        graph_files = _graph_paths(paths)
        if graph_files:
            counts = st.put_dataset(load_graph(graph_files, errors=errors))
            report.graphs = counts["added"] + counts["replaced"]
    else:
        dataset = bind_prefixes(Dataset())
        load_graph(_graph_paths(paths), errors=errors, dataset=dataset)

    bar = _Progress(progress, count_errors)
    names = ArticleNames(taken=st.graph_ids if st is not None else None)

    def todo():
        for article in articles:
            if st is not None and st.unchanged(article):
                report.unchanged += 1
                bar.unchanged += 1
                bar.update()
                continue
            if st is not None and article.id in st.articles:  # a changed text keeps its graph
                names.given[article.id] = st.articles[article.id].graph
            names(article.id)
            yield article

    def submit(chunk):
        chosen = {a.id: str(names.given[a.id]) for a in chunk}
        return client.submit(extract_partition, chunk, model, chosen, unknown_agents, pure=False)

    own_client = not isinstance(address, Client)
    try:
        client = Client(address) if own_client else address
    except (OSError, ValueError, TimeoutError) as exc:
        raise StoreError(f"cannot reach the dask scheduler at {address}: {exc}") from None
    try:
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        limit = workers * in_flight_per_worker
        chunks = partitions(todo(), partition_size)
        running = as_completed()
        for chunk in itertools.islice(chunks, limit):
            running.add(submit(chunk))
        for future in running:
            shard, messages = future.result()
            future.release()
            for message in messages:
                exc = InputError(message)
                if errors is None:
                    raise exc
                errors.append(exc)
            done = _load_shard(shard, st, dataset, report)
            bar.update(done)
            following = next(chunks, None)
            if following is not None:
                running.add(submit(following))
    finally:
        bar.close()
        if own_client:
            client.close()
        if st is not None:
            report.bad = len(count_errors)
            report.articles = len(st)
            report.quads = st.count_quads()
            st.close()
    if store is not None:
        return report
    from .rdf.rollups import refresh_rollups

    refresh_rollups(dataset)  # each partition saw only its own articles' kgo:actsFor links
    return dataset


def _load_shard(shard: bytes, st, dataset, report) -> int:
    """Put one N-Quads shard into the store (a transaction per article graph) or the dataset; the number of articles."""
    if st is not None:
        import pyoxigraph as ox

        counts = st.put_quads(ox.parse(shard, format=ox.RdfFormat.N_QUADS))
        report.added += counts["added"]
        report.replaced += counts["replaced"]
        return counts["added"] + counts["replaced"]
    from rdflib import Dataset

    from .rdf.build import ACTORS_GRAPH, merge_actor_triples

    part = Dataset()
    part.parse(data=shard, format="nquads")
    articles = 0
    for graph in part.graphs():
        if graph.identifier == ACTORS_GRAPH:
            merge_actor_triples(dataset.graph(ACTORS_GRAPH), graph)
        elif len(graph):
            target = dataset.graph(graph.identifier)
            for triple in graph:
                target.add(triple)
            articles += 1
    return articles
