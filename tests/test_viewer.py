"""kg.visualize in a real browser: headless Chromium (Debian's chromium package) driven by Playwright.

Nothing here is skipped: without /usr/bin/chromium the browser tests fail and say how to install it.
"""
from __future__ import annotations

import html as html_lib
import json
import re
from pathlib import Path

import pytest
from rdflib import RDFS, Literal, URIRef
from rdflib.namespace import SDO, XSD

import kg
from kg.table import event_rows
from kg.visualize import render_html, viewer_model, viz

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "russia-us-security-talks.txt"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync"]
ACT = "https://w3id.org/kg/actor/"
PAYLOADS = ('<script>window.__pwned=1</script>', '<img src=x onerror="window.__pwned=1">',
            '"\'><svg onload=window.__pwned=1>')
XSS_ARTICLE = (
    f"{PAYLOADS[0]} Russia accuses Ukraine {PAYLOADS[1]}\n"
    f"{PAYLOADS[0]} Russia accused Ukraine of {PAYLOADS[1]} shelling. "
    f"{PAYLOADS[2]} Ukraine accused Russia of {PAYLOADS[2]} attacks, the spokesman {PAYLOADS[0]} said. "
    f"NATO criticised Russia over {PAYLOADS[1]} the strikes.\n"
)


# ---------------------------------------------------------------------------------------------- fixtures
@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.is_file():
        pytest.fail(f"{CHROMIUM} is missing: the viewer tests need a real browser. "
                    "Install Debian's packages: apt-get install -y chromium chromium-driver")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def seed_dataset():
    return kg.build([str(SEED)])


@pytest.fixture(scope="module")
def seed_html(seed_dataset, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("viewer") / "seed.html"
    render_html(seed_dataset, path)
    return path


class Loaded:
    """A page opened from file:// with everything it logged and requested."""

    def __init__(self, browser, path: Path):
        self.path = path
        self.console: list[tuple[str, str]] = []
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.page = browser.new_page(viewport={"width": 1400, "height": 900})
        self.page.on("console", lambda m: self.console.append((m.type, m.text)))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.goto(path.as_uri())
        self.page.wait_for_function("() => window.kgViewer && window.kgViewer.stabilized === true", timeout=60_000)

    def js(self, script: str, arg=None):
        return self.page.evaluate(script, arg)

    def visible_edges(self) -> list[dict]:
        return self.js("""() => kgViewer.visibleEdgeIds().map(id => {
            const e = kgViewer.edges.get(id);
            return {id, from: e.from, to: e.to, type: e.type, level: e.level, label: e.label, events: e.events};
        })""")

    def click_edge(self, edge_id: str) -> None:
        """Click the edge with the mouse, at a point of its curve where no node or other edge is closer."""
        point = self.js("""(id) => {
            const net = kgViewer.network, edge = net.body.edges[id];
            const rect = net.body.container.getBoundingClientRect();
            for (const t of [0.5, 0.45, 0.55, 0.4, 0.6, 0.35, 0.65, 0.3, 0.7]) {
                const p = net.canvasToDOM(edge.edgeType.getPoint(t));
                if (net.getNodeAt(p) === undefined && net.getEdgeAt(p) === id) {
                    return {x: rect.left + p.x, y: rect.top + p.y};
                }
            }
            return null;
        }""", edge_id)
        assert point is not None, f"no free point to click on edge {edge_id}"
        self.page.mouse.click(point["x"], point["y"])

    def panel_text(self) -> str:
        return " ".join(self.page.inner_text("#panel").split())

    def close(self):
        self.page.close()


@pytest.fixture
def open_page(browser):
    pages = []

    def opener(path: Path) -> Loaded:
        loaded = Loaded(browser, path)
        pages.append(loaded)
        return loaded

    yield opener
    for loaded in pages:
        loaded.close()


def _norm(text: str) -> str:
    return " ".join(text.split())


# ---------------------------------------------------------------------------------------------- without a browser
def test_page_is_self_contained_utf8(seed_html):
    raw = seed_html.read_bytes()
    html = raw.decode("utf-8")  # UTF-8, or this raises
    assert '<meta charset="utf-8">' in html
    csp = html_lib.unescape(re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', html).group(1))
    assert "default-src 'none'" in csp and "script-src 'sha256-" in csp and "unsafe-inline" not in csp.split(";")[1]
    # nothing is loaded from elsewhere: no src/href attribute, no <link>, no @import or url(http...)
    assert not re.search(r"<(script|img|iframe|link)\b[^>]*\b(src|href)\s*=", html, re.I)
    assert not re.search(r"@import|url\(\s*['\"]?(https?:)?//", html, re.I)
    assert "sourcemappingurl" not in html.lower()
    assert "bootstrap" not in html.lower() and "tom-select" not in html.lower()


def test_viewer_model_groups_events_per_pair_and_type(seed_dataset):
    model = viewer_model(seed_dataset)
    rows = event_rows(seed_dataset)
    dyads = [r for r in rows if r["target"] is not None]
    actor_edges = [e for e in model["edges"] if e["level"] == "actor"]
    assert sum(len(e["events"]) for e in actor_edges) == len(dyads)
    assert len({(e["from"], e["to"], e["type"]) for e in actor_edges}) == len(actor_edges)
    shoigu = [e for e in actor_edges if e["from"] == ACT + "sergei-shoigu" and e["to"] == ACT + "united-states"
              and e["type"] == "Accuse"]
    count = len(shoigu[0]["events"]) if shoigu else 0
    assert len(shoigu) == 1 and shoigu[0]["label"] == ("accused" + (f" ×{count}" if count > 1 else ""))
    # rolled up, Shoigu's accusations are Russia's
    country = {(e["from"], e["to"], e["type"]): e for e in model["edges"] if e["level"] == "country"}
    russia_us = country[(ACT + "russia", ACT + "united-states", "Accuse")]
    assert set(shoigu[0]["events"]) <= set(russia_us["events"])
    assert model["actors"][ACT + "sergei-lavrov"]["state"] == ACT + "russia"
    assert model["actors"][ACT + "nato"]["state"] == ACT + "nato"
    russia = next(n for n in model["nodes"] if n["id"] == ACT + "russia")
    assert "State" in russia["title"] and "RUS" in russia["title"] and "Q159" in russia["title"]
    sizes = {n["id"]: n["sizes"]["actor"] for n in model["nodes"] if "actor" in n["sizes"]}
    assert sizes[ACT + "russia"] == max(sizes.values())  # PageRank: the most connected actor is the largest


def test_script_json_cannot_end_its_script_element(tmp_path):
    dataset = kg.build([str(_xss_file(tmp_path))])
    html = render_html(dataset)
    for payload in PAYLOADS:
        assert payload not in html
    data = html.split('<script id="kg-data" type="application/json">', 1)[1].split("</script>", 1)[0]
    assert "<" not in data and ">" not in data
    model = json.loads(data)
    assert any(PAYLOADS[1] in (ev["sentence"] or "") for ev in model["events"])  # the text survives, escaped


def test_render_html_writes_atomically(seed_dataset, tmp_path):
    target = tmp_path / "out" / "graph.html"
    html = render_html(seed_dataset, target, title="Seed")
    assert target.read_text(encoding="utf-8") == html
    assert [p.name for p in target.parent.iterdir()] == ["graph.html"]  # no temporary file left
    assert "<title>Seed</title>" in html


def test_viz_command_reads_graph_files(seed_dataset, tmp_path):
    import argparse

    from kg.commands.viz import register

    graph = kg.write_graph(seed_dataset, tmp_path / "seed.trig")
    parser = argparse.ArgumentParser(prog="kg")
    register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["viz", str(graph), "-o", str(tmp_path / "g.html"), "--by-country"])
    assert args.func(args) == 0
    html = (tmp_path / "g.html").read_text(encoding="utf-8")
    assert '"byCountry":true' in html
    assert viz([graph], tmp_path / "h.html") == tmp_path / "h.html"


# ---------------------------------------------------------------------------------------------- in Chromium
def test_seed_page_loads_offline_without_console_errors(open_page, seed_html):
    loaded = open_page(seed_html)
    assert loaded.errors == []
    assert [m for m in loaded.console if m[0] in ("error", "warning")] == []
    assert loaded.requests == [seed_html.as_uri()]
    assert loaded.js("() => kgViewer.network.physics.physicsEnabled") is False  # physics off once stable
    assert loaded.page.title() == "Russia agrees to Ukraine and global security talks with US in January"


def test_seed_graph_holds_expected_actors_and_edges(open_page, seed_html):
    loaded = open_page(seed_html)
    labels = set(loaded.js("() => kgViewer.visibleNodeIds().map(id => kgViewer.nodes.get(id).label)"))
    assert {"Russia", "United States", "NATO", "Ukraine", "Sergei Shoigu", "Vladimir Putin"} <= labels
    edges = loaded.visible_edges()
    accusers = {e["from"] for e in edges if e["type"] == "Accuse" and e["to"] == ACT + "united-states"}
    assert accusers & {ACT + "sergei-shoigu", ACT + "russia"}
    legend = loaded.page.inner_text("#legend")
    assert "Verbal conflict" in legend and "Accuse" in legend and "State" in legend


def test_clicking_an_edge_shows_its_evidence(open_page, seed_html, seed_dataset):
    loaded = open_page(seed_html)
    edge = next(e for e in loaded.visible_edges()
                if e["from"] == ACT + "sergei-shoigu" and e["to"] == ACT + "united-states" and e["type"] == "Accuse")
    assert loaded.js("() => document.getElementById('panel').hidden") is True
    loaded.click_edge(edge["id"])
    loaded.page.wait_for_selector("#panel:not([hidden])")
    assert loaded.js("() => kgViewer.network.getSelectedEdges()") == [edge["id"]]
    text = loaded.panel_text()
    sentences = [_norm(r["sentence"]) for r in event_rows(seed_dataset)
                 if r["agent"] == ACT + "sergei-shoigu" and r["type"] == "Accuse" and r["target"] == ACT + "united-states"]
    assert sentences and all(s in text for s in sentences)
    assert "Sergei Shoigu → United States" in text
    assert "Russia agrees to Ukraine and global security talks with US in January" in text  # the article
    assert "2021-12-21" in text  # the date
    assert loaded.js("() => document.querySelectorAll('#panel-events li.event').length") == len(edge["events"])


def test_unticking_an_event_type_hides_its_edges(open_page, seed_html):
    loaded = open_page(seed_html)
    before = loaded.visible_edges()
    accuse = [e for e in before if e["type"] == "Accuse"]
    assert accuse
    loaded.page.uncheck('input.type-filter[data-type="Accuse"]')
    after = loaded.visible_edges()
    assert not [e for e in after if e["type"] == "Accuse"]
    assert len(after) == len(before) - len(accuse)
    assert loaded.js("() => kgViewer.edgesView.length") == len(after)
    loaded.page.check('input.type-filter[data-type="Accuse"]')
    assert len(loaded.visible_edges()) == len(before)


def test_date_article_and_actor_filters(open_page, seed_html):
    loaded = open_page(seed_html)
    everything = loaded.visible_edges()
    loaded.page.fill("#date-from", "2021-12-21")
    loaded.page.fill("#date-to", "2021-12-21")
    loaded.js("() => { for (const id of ['date-from', 'date-to']) "
              "document.getElementById(id).dispatchEvent(new Event('change')); }")
    dated = loaded.visible_edges()
    assert 0 < len(dated) < len(everything)
    whens = loaded.js("(ids) => ids.flatMap(id => kgViewer.edges.get(id).events.filter(kgViewer.eventVisible)"
                      ".map(i => kgViewer.data.events[i].when))", [e["id"] for e in dated])
    assert "2021-12-21" in whens
    assert set(whens) <= {"2021-12-21", "2021-12", "2021"}  # a month or year covering the day overlaps it
    loaded.page.click("#reset")
    assert len(loaded.visible_edges()) == len(everything)
    loaded.page.select_option("#actor-filter", ACT + "nato")
    nato = loaded.visible_edges()
    assert nato and all(ACT + "nato" in (e["from"], e["to"]) for e in nato)
    loaded.page.click("#reset")
    options = loaded.js("() => Array.from(document.querySelectorAll('#article-filter option')).map(o => o.value)")
    loaded.page.select_option("#article-filter", options[1])
    assert len(loaded.visible_edges()) == len(everything)  # one article: the same graph


def test_search_highlights_actors(open_page, seed_html):
    loaded = open_page(seed_html)
    loaded.page.fill("#search", "shoigu")
    assert loaded.js("() => kgViewer.network.getSelectedNodes()") == [ACT + "sergei-shoigu"]
    assert "1 actor" in loaded.page.inner_text("#search-result")


def test_roll_up_switch_merges_people_into_their_state(open_page, seed_html):
    loaded = open_page(seed_html)
    loaded.page.check("#rollup")
    loaded.page.wait_for_function("() => window.kgViewer.stabilized === true", timeout=60_000)
    nodes = set(loaded.js("() => kgViewer.visibleNodeIds()"))
    assert ACT + "russia" in nodes and ACT + "sergei-shoigu" not in nodes and ACT + "vladimir-putin" not in nodes
    edges = loaded.visible_edges()
    assert {e["level"] for e in edges} == {"country"}
    accuse = next(e for e in edges if (e["from"], e["to"], e["type"]) == (ACT + "russia", ACT + "united-states", "Accuse"))
    loaded.click_edge(accuse["id"])
    loaded.page.wait_for_selector("#panel:not([hidden])")
    assert "Sergei Shoigu → United States" in loaded.panel_text()
    assert loaded.js("() => kgViewer.network.physics.physicsEnabled") is False
    loaded.page.uncheck("#rollup")
    loaded.page.wait_for_function("() => window.kgViewer.stabilized === true", timeout=60_000)
    assert ACT + "sergei-shoigu" in loaded.js("() => kgViewer.visibleNodeIds()")


def _xss_file(directory: Path) -> Path:
    path = directory / "xss-article.txt"
    path.write_text(XSS_ARTICLE, encoding="utf-8")
    return path


def _assert_nothing_ran(loaded: Loaded) -> None:
    assert loaded.js("() => typeof window.__pwned") == "undefined"
    assert loaded.js("() => document.querySelectorAll('body img, body svg, #panel script, #controls script').length") == 0
    assert loaded.errors == []
    assert loaded.requests == [loaded.path.as_uri()]  # <img src=x> would request file:///.../x


def test_xss_article_executes_nothing(open_page, tmp_path):
    dataset = kg.build([str(_xss_file(tmp_path))])
    page_path = tmp_path / "xss.html"
    render_html(dataset, page_path)
    loaded = open_page(page_path)
    _assert_nothing_ran(loaded)
    assert loaded.page.title() == f"{PAYLOADS[0]} Russia accuses Ukraine {PAYLOADS[1]}"  # shown as text
    assert loaded.page.inner_text("#title") == loaded.page.title()
    edge = next(e for e in loaded.visible_edges()
                if (e["from"], e["to"], e["type"]) == (ACT + "russia", ACT + "ukraine", "Accuse"))
    loaded.click_edge(edge["id"])
    loaded.page.wait_for_selector("#panel:not([hidden])")
    text = loaded.panel_text()
    assert _norm(f"{PAYLOADS[0]} Russia accused Ukraine of {PAYLOADS[1]} shelling.") in text
    for other in loaded.visible_edges():  # open every edge's panel, then every node's
        loaded.js("(id) => kgViewer.selectEdge(id)", other["id"])
    for node in loaded.js("() => kgViewer.visibleNodeIds()"):
        loaded.js("(id) => kgViewer.selectNode(id)", node)
    loaded.page.select_option("#article-filter", index=1)
    _assert_nothing_ran(loaded)


def test_xss_in_actor_labels_and_urls_executes_nothing(open_page, tmp_path):
    """Labels and URLs do not come from the gazetteer only: a graph file may hold anything."""
    dataset = kg.build([str(_xss_file(tmp_path))])
    article = URIRef("https://w3id.org/kg/article/xss-article")
    for graph in dataset.graphs():
        for actor in (URIRef(ACT + "russia"), URIRef(ACT + "ukraine")):
            if (actor, RDFS.label, None) in graph:
                graph.remove((actor, RDFS.label, None))
                graph.add((actor, RDFS.label, Literal(f"{PAYLOADS[2]}{PAYLOADS[0]} {actor.rsplit('/', 1)[1]}")))
        if (article, None, None) in graph:
            graph.add((article, SDO.url, Literal("javascript:window.__pwned=1", datatype=XSD.anyURI)))
    graph_file = kg.write_graph(dataset, tmp_path / "xss.trig")
    page_path = tmp_path / "xss-labels.html"
    render_html(kg.load_graph(graph_file), page_path)
    loaded = open_page(page_path)
    _assert_nothing_ran(loaded)
    labels = loaded.js("() => kgViewer.visibleNodeIds().map(id => kgViewer.nodes.get(id).label)")
    assert f"{PAYLOADS[2]}{PAYLOADS[0]} russia" in labels
    edge = next(e for e in loaded.visible_edges() if e["type"] == "Accuse" and e["from"] == ACT + "russia")
    loaded.click_edge(edge["id"])
    loaded.page.wait_for_selector("#panel:not([hidden])")
    assert f"{PAYLOADS[2]}{PAYLOADS[0]} russia" in loaded.panel_text()
    assert loaded.js("() => document.querySelectorAll('#panel a').length") == 0  # javascript: is no link
    loaded.js("(id) => kgViewer.selectNode(id)", ACT + "russia")
    loaded.page.fill("#search", "script")
    options = loaded.js("() => Array.from(document.querySelectorAll('#actor-filter option')).map(o => o.textContent)")
    assert f"{PAYLOADS[2]}{PAYLOADS[0]} russia" in options
    loaded.page.hover("#graph")  # tooltips are plain text
    _assert_nothing_ran(loaded)


# ---------------------------------------------------------------------------------------------- the first view
def _on_screen(loaded, ids) -> list[str]:
    """The ids among ``ids`` whose node centre is inside the graph's box on the page."""
    return loaded.js("""(ids) => {
        const net = kgViewer.network, box = net.body.container.getBoundingClientRect();
        const pos = net.getPositions(ids);
        return ids.filter(id => {
            const p = net.canvasToDOM(pos[id]);
            return p.x >= 0 && p.y >= 0 && p.x <= box.width && p.y <= box.height;
        });
    }""", ids)


def _label_px(loaded) -> float:
    return loaded.js("() => kgViewer.network.getScale() * kgViewer.data.options.nodes.font.size")


def test_first_view_is_fitted_and_readable(open_page, seed_html):
    loaded = open_page(seed_html)
    shown = loaded.js("() => kgViewer.visibleNodeIds()")
    assert len(shown) > 10 and sorted(_on_screen(loaded, shown)) == sorted(shown)
    assert _label_px(loaded) >= loaded.js("() => kgViewer.data.readableLabelPx")
    # few edges: every edge label is drawn
    assert loaded.js("() => kgViewer.edgeLabels") == "all"
    assert loaded.js("() => kgViewer.visibleEdgeIds().every(id => kgViewer.edges.get(id).font.size > 0)")


def test_actors_with_no_edge_are_hidden_until_asked_for(open_page, seed_html):
    loaded = open_page(seed_html)
    lonely = loaded.js("() => kgViewer.data.nodes.filter(n => n.levels.includes('actor') && !n.linked.includes('actor'))"
                       ".map(n => n.id)")
    assert lonely, "the seed graph has actors with no edge (a statement with no target)"
    assert not set(lonely) & set(loaded.js("() => kgViewer.visibleNodeIds()"))
    assert loaded.page.inner_text("label:has(#isolated)").strip().endswith(f"({len(lonely)})")
    loaded.page.check("#isolated")
    assert set(lonely) <= set(loaded.js("() => kgViewer.visibleNodeIds()"))
    loaded.page.uncheck("#isolated")
    assert not set(lonely) & set(loaded.js("() => kgViewer.visibleNodeIds()"))


def test_the_actor_legend_is_on_screen(open_page, seed_html):
    loaded = open_page(seed_html)
    box = loaded.page.locator("#graph-legend").bounding_box()
    assert box["y"] + box["height"] <= 900 and box["x"] + box["width"] <= 1400 and box["width"] > 50
    on_top = loaded.js("""() => {
        const r = document.getElementById('graph-legend').getBoundingClientRect();
        const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        return document.getElementById('graph-legend').contains(hit);
    }""")
    assert on_top
    text = loaded.page.inner_text("#graph-legend")
    assert "State" in text and "Person" in text


@pytest.fixture(scope="module")
def large_html(tmp_path_factory) -> tuple[Path, dict]:
    """A synthetic graph of 2,000 actors (bench/viewer_load.py's generator) and its page."""
    import sys

    sys.path.insert(0, str(ROOT / "bench"))
    from viewer_load import synthetic_records

    from kg.rdf.build import build_graph

    dataset = build_graph(synthetic_records(2000, 2500), model="synthetic")
    model = viewer_model(dataset)
    path = tmp_path_factory.mktemp("large") / "large.html"
    render_html(dataset, path)
    return path, model


def test_a_large_graph_comes_laid_out_from_python(open_page, large_html):
    path, model = large_html
    actor_nodes = [n for n in model["nodes"] if "actor" in n["levels"]]
    assert len(actor_nodes) == 2000
    assert all(isinstance(n["x"], float) and isinstance(n["y"], float) for n in model["nodes"])
    assert len({(n["x"], n["y"]) for n in actor_nodes}) == 2000  # placed apart, not piled up
    assert model["options"]["physics"]["enabled"] is False
    loaded = open_page(path)
    assert loaded.errors == []
    sample = [n["id"] for n in actor_nodes[:50] if "actor" in n["linked"]]
    drawn = loaded.js("(ids) => kgViewer.network.getPositions(ids)", sample)
    by_id = {n["id"]: n for n in actor_nodes}
    assert sorted(drawn) == sorted(sample)
    far = {i for i, p in drawn.items() if abs(p["x"] - by_id[i]["x"]) > 1 or abs(p["y"] - by_id[i]["y"]) > 1}
    assert far == set()  # drawn where Python put them (vis-network rounds to whole pixels)
    # too many actors to fit readably: the first view is readable and centred on the most central actor
    assert _label_px(loaded) >= loaded.js("() => kgViewer.data.readableLabelPx")
    top = max((n for n in actor_nodes if "actor" in n["linked"]), key=lambda n: n["sizes"]["actor"])
    assert _on_screen(loaded, [top["id"]]) == [top["id"]]
    # many edges: a label shows while the pointer is on its edge
    assert loaded.js("() => kgViewer.edgeLabels") == "hover"
    edge = loaded.js("() => kgViewer.visibleEdgeIds()[0]")
    assert loaded.js("(id) => kgViewer.edges.get(id).font.size", edge) == 0
    loaded.js("(id) => { kgViewer.network.emit('hoverEdge', {edge: id}); }", edge)
    assert loaded.js("(id) => kgViewer.edges.get(id).font.size", edge) > 0
    loaded.js("(id) => { kgViewer.network.emit('blurEdge', {edge: id}); }", edge)
    assert loaded.js("(id) => kgViewer.edges.get(id).font.size", edge) == 0
