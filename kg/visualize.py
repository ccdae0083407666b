"""Graph → one self-contained HTML page: actors as nodes, events as edges, a side panel with the evidence.

The only module that imports pyvis. pyvis builds the node/edge/options model (``Network.add_node``,
``add_edge``, ``barnes_hut``, ``get_network_data``); the page is rendered with kg's own template
(``kg/viewer_assets/viewer.html``) because pyvis's template links Bootstrap and tom-select from CDNs
even with ``cdn_resources="in_line"``. vis-network's standalone build is inlined from
``kg/viewer_assets/vis-network-9.1.2``, so the page makes no request outside itself.

What is drawn comes from the graph: events from :func:`kg.table.event_rows`, actors, articles and
conditions from the SPARQL queries ``ontology/queries/viewer-*.rq``. How it is drawn (colours per actor
class, event type and quad class, dashes, sizes, label thresholds) comes from ``ontology/viewer.json``; where
each actor is drawn is computed here (:mod:`kg.layout`), so the page runs no physics.

Safety: article strings travel as JSON inside ``<script type="application/json">`` with ``<``, ``>``
and ``&`` escaped, the app builds the DOM with ``textContent`` only, and a Content-Security-Policy lets
no script run but the two inlined ones (by hash) and the page fetch nothing.

>>> import kg
>>> from kg.visualize import render_html
>>> html = render_html(kg.build(["seeds/russia-us-security-talks.txt"]), "out/seed.html")  # doctest: +SKIP
"""
from __future__ import annotations

import base64
import hashlib
import json
import math
import os
import re
from collections import defaultdict
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from ._atomic import write_atomic

__all__ = ["render_html", "viewer_model", "viz", "VIS_NETWORK_VERSION"]

VIS_NETWORK_VERSION = "9.1.2"
_ASSETS = Path(__file__).resolve().parent / "viewer_assets"
_VIS_DIR = _ASSETS / f"vis-network-{VIS_NETWORK_VERSION}"
_WIKIDATA = "http://www.wikidata.org/entity/"
_LEVELS = ("actor", "country")


# ---------------------------------------------------------------------------------------------- data files
def _strip_comments(value):
    """viewer.json documents itself with "//..." keys; drop them before use."""
    if isinstance(value, dict):
        return {k: _strip_comments(v) for k, v in value.items() if not k.startswith("//")}
    if isinstance(value, list):
        return [_strip_comments(v) for v in value]
    return value


@lru_cache(maxsize=1)
def _config() -> dict:
    from .resources import read_json_resource

    return _strip_comments(read_json_resource("viewer.json"))


@lru_cache(maxsize=None)
@lru_cache(maxsize=None)
def _asset(name: str) -> str:
    """A text asset with newlines normalised as an HTML parser would (so CSP hashes match), without a
    source-map comment (it names a file the page does not have)."""
    text = (_ASSETS / name).read_text(encoding="utf-8")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return re.sub(r"\n(//|/\*)# sourceMappingURL=\S+\s*(\*/)?\s*$", "\n", text)


def _local(iri) -> str:
    text = str(iri)
    return text[max(text.rfind("#"), text.rfind("/")) + 1:]


def _text(term) -> str | None:
    return None if term is None else str(term)


# ---------------------------------------------------------------------------------------------- graph → records
def _rows(source, name: str) -> list[dict]:
    from .query import run_query

    columns, rows = run_query(source, name)
    return [dict(zip(columns, values)) for values in rows]


def _actors(source, config: dict) -> dict[str, dict]:
    """Actor IRI → {label, cls, clsLabel, iso3, wikidata, parents} from viewer-actors.rq (values folded, least wins)."""
    folded: dict[str, dict] = {}
    for row in _rows(source, "viewer-actors"):
        iri = row["actor"]
        rec = folded.setdefault(iri, {"classes": set(), "labels": set(), "iso3": set(), "wikidata": set(),
                                      "parents": set()})
        if row["class"] is not None:
            rec["classes"].add(_local(row["class"]))
        if row["label"] is not None:
            rec["labels"].add(str(row["label"]))
        if row["iso3"] is not None:
            rec["iso3"].add(str(row["iso3"]))
        if row["wikidata"] is not None:
            rec["wikidata"].add(row["wikidata"][len(_WIKIDATA):])
        if row["parent"] is not None and row["parent"] != iri:
            rec["parents"].add(row["parent"])
    classes = config["actorClasses"]
    priority = config["classPriority"]
    actors = {}
    for iri, rec in sorted(folded.items()):
        cls = next((c for c in priority if c in rec["classes"]), "Actor")
        actors[iri] = {
            "label": min(rec["labels"]) if rec["labels"] else _local(iri),
            "cls": cls,
            "clsLabel": classes.get(cls, classes["Actor"])["label"],
            "iso3": min(rec["iso3"]) if rec["iso3"] else None,
            "wikidata": min(rec["wikidata"]) if rec["wikidata"] else None,
            "parents": sorted(rec["parents"]),
        }
    return actors


def _roll_up(actors: dict[str, dict], config: dict) -> None:
    """Set each actor's ``state``: itself for a State; else the first State up its kgo:actsFor/kgo:partOf
    chain; else the State with its ISO-3 code; else the top of its chain (NATO for NATO's secretary
    general); else itself."""
    targets = set(config["rollUpTo"])
    by_iso = {}
    for iri, a in sorted(actors.items()):
        if a["cls"] in targets and a["iso3"]:
            by_iso.setdefault(a["iso3"], iri)
    for iri, a in actors.items():
        if a["cls"] in targets:
            a["state"] = iri
            continue
        seen, frontier, found = {iri}, [iri], None
        while frontier and found is None:
            nxt = []
            for node in frontier:
                for parent in actors.get(node, {}).get("parents", ()):
                    if parent in seen or parent not in actors:
                        continue
                    seen.add(parent)
                    if actors[parent]["cls"] in targets:
                        found = found or parent
                    nxt.append(parent)
            frontier = nxt
        if found is None and a["iso3"] in by_iso:
            found = by_iso[a["iso3"]]
        if found is None:
            top, visited = iri, {iri}
            while True:
                parents = [p for p in actors.get(top, {}).get("parents", ()) if p in actors and p not in visited]
                if not parents:
                    break
                top = parents[0]
                visited.add(top)
            found = top
        a["state"] = found


def _articles(source) -> dict[str, dict]:
    """Article identifier → {id, title, date, url} from viewer-articles.rq."""
    out: dict[str, dict] = {}
    for row in sorted(_rows(source, "viewer-articles"), key=lambda r: tuple(str(v) for v in r.values())):
        key = _text(row["identifier"]) or row["article"]
        rec = out.setdefault(key, {"id": key, "title": None, "date": None, "url": None})
        for field, value in (("title", row["headline"]), ("date", row["date"]), ("url", row["url"])):
            if rec[field] is None and value is not None:
                rec[field] = str(value)
    return out


def _event_details(source) -> dict[str, dict]:
    """Event IRI → {condition, reporter} from viewer-event-details.rq."""
    out: dict[str, dict] = {}
    for row in _rows(source, "viewer-event-details"):
        rec = out.setdefault(row["event"], {"condition": None, "reporter": None})
        if row["condition"] is not None and (rec["condition"] is None or str(row["condition"]) < rec["condition"]):
            rec["condition"] = str(row["condition"])
        if row["reporter"] is not None and (rec["reporter"] is None or row["reporter"] < rec["reporter"]):
            rec["reporter"] = row["reporter"]
    return out


def _pad(date: str, end: bool) -> str:
    if len(date) == 4:
        return date + ("-12-31" if end else "-01-01")
    if len(date) == 7:
        return date + ("-31" if end else "-01")
    return date[:10]


# ---------------------------------------------------------------------------------------------- the model
def _scale(value: float, low: float, high: float, out_min: float, out_max: float) -> float:
    if high <= low:
        return (out_min + out_max) / 2
    return out_min + (out_max - out_min) * math.sqrt((value - low) / (high - low))


def _pagerank_sizes(nodes: Iterable[str], weights: dict[tuple[str, str], int], config: dict) -> dict[str, float]:
    import networkx as nx

    graph = nx.DiGraph()
    graph.add_nodes_from(nodes)
    for (a, b), w in weights.items():
        graph.add_edge(a, b, weight=w)
    if not len(graph):
        return {}
    rank = nx.pagerank(graph, weight="weight")
    low, high = min(rank.values()), max(rank.values())
    size = config["nodeSize"]
    return {n: round(_scale(r, low, high, size["min"], size["max"]), 2) for n, r in rank.items()}


def _positions(nodes: list[str], weights: dict[tuple[str, str], int]) -> dict[str, tuple[float, float]]:
    """Where each node is drawn (kg.layout on the event-count-weighted graph): the page opens laid out,
    with no physics to run in the browser."""
    import networkx as nx

    from .layout import layout

    graph = nx.Graph()
    graph.add_nodes_from(nodes)
    for (a, b), w in sorted(weights.items()):
        if graph.has_edge(a, b):
            graph[a][b]["weight"] += w
        else:
            graph.add_edge(a, b, weight=w)
    return layout(graph)


def _edge_width(count: int, max_count: int, config: dict) -> float:
    w = config["edgeWidth"]
    top = max(2, max_count)
    return round(w["min"] + (w["max"] - w["min"]) * math.log(min(max(count, 1), top)) / math.log(top), 2)


def _default_title(articles: dict[str, dict]) -> str:
    if len(articles) == 1:
        only = next(iter(articles.values()))
        return only["title"] or only["id"]
    return f"kg: {len(articles)} articles" if articles else "kg: empty graph"


def _deep_merge(base: dict, extra: dict) -> dict:
    out = dict(base)
    for key, value in extra.items():
        out[key] = _deep_merge(out[key], value) if isinstance(value, dict) and isinstance(out.get(key), dict) else value
    return out


def viewer_model(dataset, *, title: str | None = None, by_country: bool = False) -> dict:
    """Everything the page shows, as one JSON-ready dict (what :func:`render_html` embeds).

    Keys: ``title``, ``byCountry``, ``actors`` (IRI → label, class, ISO-3, Wikidata id, the state it
    rolls up to), ``articles``, ``events`` (one per event row; ``article`` indexes ``articles``),
    ``nodes`` (vis-network items made with pyvis, placed by :mod:`kg.layout` at each level, ``linked``
    naming the levels where the actor has an edge) and ``edges`` (an edge groups the events of one
    (agent, target, type) at the ``actor`` level or of one (agent's state, target's state, type) at the
    ``country`` level), ``legend``, ``options`` (vis-network options) and display settings.
    """
    from pyvis.network import Network

    from .query import open_source
    from .rdf.ontology import event_types
    from .table import event_rows

    config = _config()
    source = open_source(dataset, engine="oxigraph")  # one copy, every query of the page runs on it
    rows = event_rows(source)
    actors = _actors(source, config)
    articles_by_id = _articles(source)
    details = _event_details(source)
    types = event_types()

    for row in rows:  # an actor the query did not see (should not happen) still gets a record
        for key, label_key in (("agent", "agent_label"), ("target", "target_label")):
            if row[key] is not None and row[key] not in actors:
                actors[row[key]] = {"label": row[label_key] or _local(row[key]), "cls": "Actor",
                                    "clsLabel": config["actorClasses"]["Actor"]["label"], "iso3": row[f"{key}_country"],
                                    "wikidata": None, "parents": []}
        if row["article"] is not None and row["article"] not in articles_by_id:
            articles_by_id[row["article"]] = {"id": row["article"], "title": None, "date": None, "url": None}
    _roll_up(actors, config)

    article_keys = sorted(articles_by_id, key=lambda k: (articles_by_id[k]["date"] or "", k))
    article_index = {k: i for i, k in enumerate(article_keys)}
    articles = [articles_by_id[k] for k in article_keys]

    events = []
    for row in rows:
        art = articles_by_id.get(row["article"]) if row["article"] is not None else None
        extra = details.get(row["event"], {})
        etype = types.get(row["type"])
        when = row["date"] or (art["date"] if art else None)
        events.append({
            "iri": row["event"], "type": row["type"], "quad": str(row["quad_class"]),
            "verb": (etype.verb_label if etype and etype.verb_label else row["type"].lower()),
            "agent": row["agent"], "target": row["target"], "topic": row["topic"],
            "date": row["date"], "when": when,
            "article": article_index.get(row["article"]) if row["article"] is not None else None,
            "sentence": row["sentence"], "trigger": row["trigger"], "negated": row["negated"],
            "modality": row["modality"], "condition": extra.get("condition"),
            "reportedBy": extra.get("reporter"), "reportedByLabel": row["reported_by"],
            "confidence": row["confidence"],
        })
    for ev in events:
        if ev["reportedBy"] is not None and ev["reportedBy"] not in actors:
            ev["reportedBy"] = None

    def roll(iri: str, level: str) -> str:
        return actors[iri]["state"] if level == "country" else iri

    # group events into edges per level; actors that take part in an event are the nodes
    groups: dict[str, dict[tuple, list[int]]] = {level: defaultdict(list) for level in _LEVELS}
    members: dict[str, set[str]] = {level: set() for level in _LEVELS}
    for i, ev in enumerate(events):
        for level in _LEVELS:
            if ev["agent"] is None:
                # an unknown agent ("a car bomb killed ...") is no node and draws no edge: the event is listed
                # in its target's details (viewer.js showNode)
                if ev["target"] is not None:
                    members[level].add(roll(ev["target"], level))
                continue
            agent = roll(ev["agent"], level)
            members[level].add(agent)
            if ev["target"] is not None:
                target = roll(ev["target"], level)
                members[level].add(target)
                groups[level][(agent, target, ev["type"])].append(i)

    sizes, positions = {}, {}
    for level in _LEVELS:
        weights: dict[tuple[str, str], int] = defaultdict(int)
        for (a, b, _), idx in groups[level].items():
            weights[(a, b)] += len(idx)
        sizes[level] = _pagerank_sizes(sorted(members[level]), weights, config)
        positions[level] = _positions(sorted(members[level]), weights)

    linked = {level: {n for a, b, _ in groups[level] for n in (a, b)} for level in _LEVELS}
    start_level = "country" if by_country else "actor"
    net = Network(height="100%", width="100%", directed=True)
    classes = config["actorClasses"]
    for iri in sorted(members["actor"] | members["country"]):
        a = actors[iri]
        style = classes.get(a["cls"], classes["Actor"])
        levels = [level for level in _LEVELS if iri in members[level]]
        state = actors.get(a["state"])
        tip = [a["label"], a["clsLabel"]]
        if a["cls"] == "State":
            tip.append(f"State: {a['iso3']}" if a["iso3"] else "State")
        elif state is not None and a["state"] != iri:
            iso = state["iso3"]
            tip.append(f"{'State' if state['cls'] == 'State' else 'Acts for'}: {state['label']}" + (f" ({iso})" if iso else ""))
        elif a["iso3"]:
            tip.append(f"State: {a['iso3']}")
        tip.append(f"Wikidata: {a['wikidata']}" if a["wikidata"] else "Wikidata: –")
        node_sizes = {level: sizes[level][iri] for level in levels}
        node_positions = {level: positions[level][iri] for level in levels}
        x, y = node_positions.get(start_level, next(iter(node_positions.values())))
        net.add_node(iri, label=a["label"], shape=style.get("shape", "dot"), color=style["color"],
                     size=node_sizes.get(start_level, next(iter(node_sizes.values()))), title="\n".join(tip),
                     cls=a["cls"], levels=levels, sizes=node_sizes, x=x, y=y, positions=node_positions,
                     linked=[level for level in levels if iri in linked[level]])

    quads = config["quadClasses"]
    type_styles = config.get("eventTypes", {})
    max_count = max((len(idx) for g in groups.values() for idx in g.values()), default=1)
    roundness = config["parallelEdgeRoundness"]
    for level in _LEVELS:
        keys = sorted(groups[level])
        pair_count: dict[frozenset, int] = defaultdict(int)
        for agent, target, _ in keys:
            pair_count[frozenset((agent, target))] += 1
        pair_seen: dict[tuple, int] = defaultdict(int)
        for n, (agent, target, etype) in enumerate(keys):
            idx = groups[level][(agent, target, etype)]
            first = events[idx[0]]
            quad = quads.get(first["quad"], quads["0"])
            color = type_styles.get(etype, {}).get("color", quad["color"])
            count = len(idx)
            label = first["verb"] + (f" ×{count}" if count > 1 else "")
            # an edge none of whose events the text says happened (negated, future, hypothetical ...) is
            # drawn faint and says so: the default view never presents it as a fact
            happened = any(events[i]["modality"] in (None, "asserted") and not events[i]["negated"] for i in idx)
            options = dict(
                id=f"{level[0]}{n}", level=level, type=etype, quad=first["quad"], verb=first["verb"], events=idx,
                label=label, width=_edge_width(count, max_count, config), asserted=happened,
                title=f"{actors[agent]['label']} → {actors[target]['label']}\n{label} ({etype}, {quad['label'].lower()})"
                      + ("" if happened else "\nnot asserted: negated, conditional, future, possible or hypothetical"),
                color={"color": color, "highlight": color, "hover": color, "opacity": 0.9 if happened else 0.3},
                dashes=quad["dashes"],
            )
            if pair_count[frozenset((agent, target))] > 1 and agent != target:
                k = pair_seen[(agent, target)]
                pair_seen[(agent, target)] += 1
                options["smooth"] = {"enabled": True, "type": "curvedCW", "roundness": round(roundness * (k + 1), 3)}
            net.add_edge(agent, target, **options)

    nodes, edges, _heading, _height, _width, options_json = net.get_network_data()
    options = _deep_merge(json.loads(options_json), config["visOptions"])

    type_counts: dict[str, int] = defaultdict(int)
    for ev in events:
        type_counts[ev["type"]] += 1
    legend_types = []
    for name in sorted(type_counts, key=lambda t: (str(types[t].quad_class) if t in types else "0", t)):
        etype = types.get(name)
        quad = str(etype.quad_class) if etype else "0"
        legend_types.append({
            "name": name, "verb": etype.verb_label if etype and etype.verb_label else name.lower(), "quad": quad,
            "color": type_styles.get(name, {}).get("color", quads.get(quad, quads["0"])["color"]),
            "count": type_counts[name],
        })
    class_counts: dict[str, int] = defaultdict(int)
    for iri in members["actor"] | members["country"]:
        class_counts[actors[iri]["cls"]] += 1
    legend_classes = [{"name": c, "label": classes[c]["label"], "color": classes[c]["color"],
                       "shape": classes[c].get("shape", "dot"), "count": class_counts[c]}
                      for c in config["classPriority"] if class_counts.get(c)]
    legend_quads = [{"id": q, "label": v["label"], "color": v["color"], "dashes": bool(v["dashes"])}
                    for q, v in sorted(quads.items()) if q != "0"] + [
                   {"id": "0", "label": quads["0"]["label"], "color": quads["0"]["color"], "dashes": True}]

    dates = [ev["when"] for ev in events if ev["when"]]
    public_actors = {iri: {k: a[k] for k in ("label", "cls", "clsLabel", "iso3", "wikidata", "state")}
                     for iri, a in actors.items()}
    return {
        "title": title or _default_title(articles_by_id),
        "byCountry": bool(by_country),
        "actors": public_actors,
        "articles": articles,
        "events": events,
        "nodes": nodes,
        "edges": edges,
        "options": options,
        "legend": {"types": legend_types, "classes": legend_classes, "quads": legend_quads},
        "edgeWidth": config["edgeWidth"],
        "maxEdgeCount": max_count,
        "panelLimit": config["maxEventsInPanel"],
        "edgeLabelsUpTo": config["edgeLabelsUpTo"],
        "readableLabelPx": config["readableLabelPx"],
        "dateMin": min(_pad(d, False) for d in dates) if dates else None,
        "dateMax": max(_pad(d, True) for d in dates) if dates else None,
    }


# ---------------------------------------------------------------------------------------------- the page
def _script_json(value) -> str:
    """JSON safe inside <script type="application/json">: no '<', '>' or '&' to end the element early."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return (text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def _csp_hash(script: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii") + "'"


def _checked(text: str, closing: str, name: str) -> str:
    if closing in text.lower():
        raise ValueError(f"{name} contains {closing!r} and cannot be inlined")
    return text


@lru_cache(maxsize=1)
def _template():
    from jinja2 import Environment, StrictUndefined

    env = Environment(autoescape=True, undefined=StrictUndefined, keep_trailing_newline=True)
    return env.from_string(_asset("viewer.html"))


def _page(model: dict) -> str:
    from markupsafe import Markup

    from . import __version__

    vis_js = _checked(_asset(f"{_VIS_DIR.name}/vis-network.min.js"), "</script", "vis-network.min.js")
    app_js = _checked(_asset("viewer.js"), "</script", "viewer.js")
    csp = "; ".join([
        "default-src 'none'",
        f"script-src {_csp_hash(vis_js)} {_csp_hash(app_js)}",
        "style-src 'unsafe-inline'",
        "img-src data:",
        "base-uri 'none'",
        "form-action 'none'",
    ])
    return _template().render(
        title=model["title"], by_country=model["byCountry"], csp=csp, version=__version__,
        vis_version=VIS_NETWORK_VERSION,
        vis_css=Markup(_checked(_asset(f"{_VIS_DIR.name}/vis-network.css"), "</style", "vis-network.css")),
        app_css=Markup(_checked(_asset("viewer.css"), "</style", "viewer.css")),
        vis_js=Markup(vis_js), app_js=Markup(app_js), data_json=Markup(_script_json(model)),
    )


def render_html(dataset, path: str | os.PathLike | None = None, *, title: str | None = None,
                by_country: bool = False) -> str:
    """The viewer page for ``dataset`` (an rdflib Dataset or Graph, or a ``pyoxigraph.Store``) as a UTF-8 HTML string.

    With ``path``, the page is also written there atomically (a temporary file beside it replaces it
    once complete). ``title`` defaults to the headline of a single article, else "kg: N articles".
    ``by_country`` starts the page with people and bodies rolled up to their state.
    """
    html = _page(viewer_model(dataset, title=title, by_country=by_country))
    if path is not None:
        write_atomic(path, html)
    return html


def viz(graph_inputs: Iterable[str | os.PathLike] | str, output: str | os.PathLike, by_country: bool = False, *,
        title: str | None = None, model: str | None = None, unknown_agents: bool = False) -> Path:
    """What ``kg viz`` runs: read ``graph_inputs`` (graph files, or articles to extract with ``model``;
    ``unknown_agents`` as :func:`kg.build.build` takes it) and write the viewer page to ``output``; returns its path.

    Raises:
        InputError: an input cannot be read.
        ModelError: there is an article to extract but no usable spaCy pipeline.
    """
    from .build import build

    if isinstance(graph_inputs, (str, os.PathLike)):
        graph_inputs = [graph_inputs]
    dataset = build([str(p) for p in graph_inputs], model=model, unknown_agents=unknown_agents)
    output = Path(output)
    render_html(dataset, output, title=title, by_country=by_country)
    return output
