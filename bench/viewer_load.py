"""How long the viewer takes to load and lay out a large graph in headless Chromium. Prints figures; asserts nothing.

    .venv/bin/python bench/viewer_load.py [--actors 2000] [--events 5000] [--runs 3] [--keep DIR]

A synthetic graph is made with kg's own builder (kg.rdf.build.build_graph on synthetic Article and Event
records, so it has exactly the shape `kg build` writes): states, people and bodies acting for them,
organisations, with events of every type between them, spread over articles and dates, actors drawn
with a skewed (Zipf-like) frequency as in news. The page is rendered with kg.visualize.render_html and
opened from file:// in Chromium, next to the page of an empty graph (the baseline: vis-network and the
app alone). For each page and run: time to DOMContentLoaded (navigation start → event end, which
includes parsing the inlined JSON and building the network) and until the layout has settled
(``kgViewer.stabilized``: since kg.layout places the nodes in Python, the first drawn frame; before
that change, vis-network's stabilizationIterationsDone).
"""
from __future__ import annotations

import argparse
import random
import statistics
import string
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]

from _chromium import launch  # noqa: E402

CLASSES = (("State", 0.08), ("Person", 0.45), ("GovernmentBody", 0.22), ("MilitaryForce", 0.05),
           ("IntergovernmentalOrganization", 0.05), ("ArmedGroup", 0.05), ("InformalGroup", 0.03),
           ("NewsOrganization", 0.07))
MODALITIES = ("Asserted",) * 8 + ("Future", "Conditional", "Negated", "Possible")


def synthetic_records(n_actors: int, n_events: int, seed: int = 7, per_article: int = 25):
    """(Article, [Event]) records: ``n_events`` events among exactly ``n_actors`` actors."""
    from kg.ingest import Article
    from kg.model import ActorRef, Event
    from kg.rdf.ontology import event_types

    rng = random.Random(seed)
    types = [t for t in event_types().values() if t.name != "Statement"]
    counts = {cls: max(1, round(share * n_actors)) for cls, share in CLASSES}
    counts["Person"] += n_actors - sum(counts.values())
    states = [ActorRef(key=f"syn/state-{i:04d}", label=f"State {i:04d}", cls="State") for i in range(counts["State"])]
    actors = list(states)
    for cls, _ in CLASSES[1:]:
        for i in range(counts[cls]):
            acts_for = rng.choice(states).key if cls in ("Person", "GovernmentBody", "MilitaryForce") else None
            actors.append(ActorRef(key=f"syn/{cls.lower()}-{i:04d}", label=f"{cls} {i:04d}", cls=cls, acts_for=acts_for))
    rng.shuffle(actors)
    weights = [1 / (rank + 1) ** 0.8 for rank in range(len(actors))]  # a few actors are in most of the news

    pairs = []
    for i, actor in enumerate(actors):  # every actor takes part at least once
        pairs.append((actor, actors[(i + 1 + rng.randrange(len(actors) - 1)) % len(actors)]))
    while len(pairs) < n_events:
        agent, target = rng.choices(actors, weights, k=2)
        if agent.key != target.key:
            pairs.append((agent, target))
    rng.shuffle(pairs)
    pairs = pairs[:n_events]

    records = []
    for a in range(0, len(pairs), per_article):
        chunk = pairs[a:a + per_article]
        date = f"{rng.randint(2019, 2023)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        text, events = "", []
        for agent, target in chunk:
            etype = rng.choice(types)
            verb = etype.verb_label or etype.name.lower()
            sentence = f"{agent.label} {verb} {target.label} over issue {rng.randrange(10_000)}. "
            start = len(text)
            text += sentence
            t0 = start + len(agent.label) + 1
            reporter = rng.choice(actors) if rng.random() < 0.2 else None
            modality = rng.choice(MODALITIES)
            events.append(Event(
                type=etype.name, agent=agent, target=target, trigger=verb, sentence=sentence.strip(),
                start=start, end=start + len(sentence.strip()), trigger_start=t0, trigger_end=t0 + len(verb),
                topic=f"issue {rng.randrange(10_000)}", time=date if rng.random() < 0.6 else date[:7],
                modality=modality, negated=modality == "Negated",
                condition="if talks fail" if modality == "Conditional" else None,
                reported_by=reporter, confidence=round(rng.uniform(0.4, 0.95), 2)))
        article = Article(id=f"synthetic-{a // per_article:04d}", text=text,
                          title=f"Synthetic article {a // per_article:04d}", date=date,
                          url=f"https://example.org/news/{a // per_article:04d}")
        records.append((article, events))
    return records


def add_codes(dataset, rng: random.Random) -> None:
    """Give the synthetic states ISO-3 codes and Wikidata ids, as the gazetteer does for real ones."""
    from rdflib import OWL, RDF, Literal

    from kg.rdf.build import WD
    from kg.rdf.kgo import KGO

    codes = {}
    for graph in dataset.graphs():
        for state in list(graph.subjects(RDF.type, KGO.State)):
            if state not in codes:
                codes[state] = ("".join(rng.choices(string.ascii_uppercase, k=3)), f"Q{rng.randrange(10**6)}")
            graph.add((state, KGO.iso3, Literal(codes[state][0])))
            graph.add((state, OWL.sameAs, WD[codes[state][1]]))


def measure(browser, path: Path) -> dict:
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    requests, errors = [], []
    page.on("request", lambda r: requests.append(r.url))
    page.on("pageerror", lambda e: errors.append(str(e)))
    wall = time.perf_counter()
    page.goto(path.as_uri(), wait_until="domcontentloaded", timeout=600_000)
    page.wait_for_function("() => window.kgViewer && window.kgViewer.stabilized === true", timeout=600_000, polling=100)
    wall = time.perf_counter() - wall
    figures = page.evaluate("""() => {
        const nav = performance.getEntriesByType('navigation')[0];
        return {dcl: nav.domContentLoadedEventEnd, stabilized: kgViewer.timings.stabilized,
                network: kgViewer.timings.network, script: kgViewer.timings.script,
                nodes: kgViewer.visibleNodeIds().length, edges: kgViewer.visibleEdgeIds().length};
    }""")
    page.close()
    if errors or requests != [path.as_uri()]:
        raise SystemExit(f"{path}: page errors {errors} or unexpected requests {requests[1:]}")
    figures["wall"] = wall * 1000
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--actors", type=int, default=2000)
    parser.add_argument("--events", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--keep", metavar="DIR", help="keep the pages in DIR")
    args = parser.parse_args()

    from playwright.sync_api import sync_playwright
    from rdflib import Dataset

    from kg.rdf.build import bind_prefixes, build_graph
    from kg.visualize import render_html

    out = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="kg-viewer-bench-"))
    out.mkdir(parents=True, exist_ok=True)
    t = time.perf_counter()
    records = synthetic_records(args.actors, args.events)
    dataset = build_graph(records, model="synthetic")
    add_codes(dataset, random.Random(11))
    t_build = time.perf_counter() - t
    triples = sum(1 for _ in dataset.quads((None, None, None, None)))
    t = time.perf_counter()
    big = out / "large.html"
    render_html(dataset, big, title=f"synthetic: {args.actors} actors, {args.events} events")
    t_render = time.perf_counter() - t
    empty = out / "empty.html"
    render_html(bind_prefixes(Dataset()), empty, title="empty graph")

    results = {"empty": [], "large": []}
    with sync_playwright() as p:
        browser = launch(p)
        for _ in range(args.runs):
            for name, path in (("empty", empty), ("large", big)):
                results[name].append(measure(browser, path))
        version = browser.version
        browser.close()

    def med(name, key):
        return statistics.median(r[key] for r in results[name])

    large = results["large"][0]
    print(f"kg viewer load benchmark: Chromium {version}, {args.runs} runs each, medians")
    print(f"  synthetic graph: {args.actors} actors, {args.events} events, {len(records)} articles, "
          f"{triples:,} quads (built in {t_build:.1f} s)")
    print(f"  render_html: {t_render:.1f} s; page {big.stat().st_size / 1e6:.1f} MB "
          f"(empty-graph page {empty.stat().st_size / 1e6:.2f} MB)")
    print(f"  drawn at the actor level: {large['nodes']} nodes, {large['edges']} edges")
    print(f"  {'':28}{'empty graph':>14}{'large graph':>14}")
    for label, key in (("DOMContentLoaded", "dcl"), ("Network constructed", "network"),
                       ("layout settled", "stabilized"), ("wall clock (goto → stable)", "wall")):
        print(f"  {label:28}{med('empty', key):>11.0f} ms{med('large', key):>11.0f} ms")
    print(f"  → load and settle {args.actors} actors / {args.events} events: "
          f"{(med('large', 'stabilized') - med('empty', 'stabilized')) / 1000:.1f} s over the empty page")
    print(f"  pages in {out}")


if __name__ == "__main__":
    main()
