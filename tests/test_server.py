"""`kg serve` (a real Oxigraph SPARQL server on 127.0.0.1) and `kg push` (Graph Store Protocol)."""
from __future__ import annotations


import pytest

import kg
from kg.build import build_to_store
from kg.cli import main
from kg.errors import StoreError
from kg.server import OxigraphServer, free_port, oxigraph_executable, push

from helpers import KgServe

httpx = pytest.importorskip("httpx")
ACCUSE_QUERY = """
PREFIX kgo: <https://w3id.org/kg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT DISTINCT ?agentLabel ?targetLabel WHERE {
  ?event a kgo:Accuse ; kgo:agent ?agent ; kgo:target ?target .
  ?agent rdfs:label ?agentLabel . ?target rdfs:label ?targetLabel .
}"""


@pytest.fixture(scope="module", autouse=True)
def _needs_oxigraph():
    try:
        oxigraph_executable()
    except StoreError as exc:
        pytest.skip(str(exc))


def sparql(url: str, query: str) -> list[dict]:
    response = httpx.post(url, data={"query": query}, headers={"Accept": "application/sparql-results+json"},
                          timeout=30)
    response.raise_for_status()
    return [{k: v["value"] for k, v in b.items()} for b in response.json()["results"]["bindings"]]


def accusations(url: str) -> set[tuple[str, str]]:
    return {(r["agentLabel"], r["targetLabel"]) for r in sparql(url, ACCUSE_QUERY)}


def test_push_the_seed_graph_then_query_it_over_http(tmp_path, seed_graph, capsys):
    trig = kg.write_graph(seed_graph, tmp_path / "seed.trig")
    store = tmp_path / "served"
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    with KgServe(store, "--allow-update", "--no-viewer", port=port) as server:
        assert f"kg: SPARQL endpoint {base}/query (updates: {base}/update, graph store: {base}/store)" in server.lines
        code = main(["push", "--endpoint", f"{base}/store", str(trig)])
        err = capsys.readouterr().err
        assert code == 0 and "pushed 2 named graphs (" in err, err
        pairs = accusations(f"{base}/query")
        assert any(agent in ("Sergei Shoigu", "Russia") and target == "United States" for agent, target in pairs), pairs
        graphs = sparql(f"{base}/query", "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
        assert sorted(g["g"] for g in graphs) == ["https://w3id.org/kg/actor/",
                                                  "https://w3id.org/kg/article/russia-us-security-talks"]
        # pushing again replaces the article's graph (PUT) and merges the actors (POST): nothing doubles
        count = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
        before = sparql(f"{base}/query", count)[0]["n"]
        assert main(["push", "--endpoint", f"{base}/store", str(trig), "-q"]) == 0
        assert sparql(f"{base}/query", count)[0]["n"] == before == str(len(seed_graph))
        # updates are accepted with --allow-update
        update = httpx.post(f"{base}/update", data={"update": "INSERT DATA { <http://x/a> <http://x/b> <http://x/c> }"})
        assert update.status_code in (200, 204), update.text

    # the same store served read-only: queries work, updates and graph store writes are refused
    with KgServe(store, port=port) as server:
        assert f"kg: SPARQL endpoint {base}/query (read-only)" in server.lines
        viewer = [line.split()[-1] for line in server.lines if line.startswith("kg: viewer http://127.0.0.1:")]
        assert any(agent in ("Sergei Shoigu", "Russia") and target == "United States"
                   for agent, target in accusations(f"{base}/query"))
        refused = httpx.post(f"{base}/update", data={"update": "DELETE WHERE { ?s ?p ?o }"})
        assert refused.status_code == 403
        put = httpx.put(f"{base}/store", params={"graph": "http://x/g"}, content=b"<http://x/a> <http://x/b> <http://x/c> .",
                        headers={"Content-Type": "application/n-triples"})
        assert put.status_code == 403
        assert viewer, server.lines  # kg.visualize renders the page once, at start
        page = httpx.get(viewer[0], timeout=10)
        assert page.status_code == 200 and "<html" in page.text.lower()


def test_push_a_store_into_another_endpoint(tmp_path, seed_path):
    source = tmp_path / "source"
    build_to_store([str(seed_path)], source)
    with OxigraphServer(tmp_path / "target", port=free_port(), allow_update=True) as server:
        report = push(server.store_url, store=source)
        assert report.graphs == 2 and report.triples > 100  # the article's graph and the actors graph
        assert any(target == "United States" for _, target in accusations(server.query_url))
        # the store's event-table rows are its cache, sent no more than kg export writes them
        rows = sparql(server.query_url, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?e <https://w3id.org/kg/ontology#tableRow> ?r } }")
        assert rows[0]["n"] == "0"


def test_serve_refuses_a_missing_store_and_push_an_unreachable_endpoint(capsys, tmp_path, seed_ttl):
    code = main(["serve", "--store", str(tmp_path / "none"), "--port", str(free_port()), "--no-viewer"])
    assert code == 2 and "no such directory" in capsys.readouterr().err
    code = main(["push", "--endpoint", f"http://127.0.0.1:{free_port()}/store", str(seed_ttl)])
    assert code == 2 and "cannot reach http://127.0.0.1:" in capsys.readouterr().err
    code = main(["push", "--endpoint", "http://127.0.0.1:1/store"])
    assert code == 2 and "give graph files or a store" in capsys.readouterr().err
