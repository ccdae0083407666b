"""Build the seed article, draw it with kg.visualize and save a screenshot of the page: docs/seed-graph.png.

    .venv/bin/python bench/screenshot.py [--out docs/seed-graph.png] [--html out/seed.html]

The Sergei Shoigu → United States accusation is clicked so that the side panel shows its evidence.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]

import kg  # noqa: E402
from _chromium import launch  # noqa: E402
from kg.visualize import render_html  # noqa: E402

SEED = ROOT / "seeds" / "russia-us-security-talks.txt"
ACT = "https://w3id.org/kg/actor/"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "seed-graph.png"))
    parser.add_argument("--html", default=str(ROOT / "out" / "seed.html"))
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    html = Path(args.html)
    render_html(kg.build([str(SEED)]), html)
    with sync_playwright() as p:
        browser = launch(p)
        page = browser.new_page(viewport={"width": 1500, "height": 860}, device_scale_factor=1)
        page.goto(html.resolve().as_uri())
        page.wait_for_function("() => window.kgViewer && window.kgViewer.stabilized === true", timeout=60_000)
        edge = page.evaluate("""(act) => kgViewer.visibleEdgeIds().find(id => {
            const e = kgViewer.edges.get(id);
            return e.from === act + 'sergei-shoigu' && e.to === act + 'united-states' && e.type === 'Accuse';
        })""", ACT)
        if edge:
            page.evaluate("(id) => kgViewer.selectEdge(id)", edge)
            page.evaluate("() => kgViewer.network.fit({animation: false})")
        Path(args.out).parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=args.out)
        browser.close()
    print(f"wrote {args.out} (page: {html})")


if __name__ == "__main__":
    main()
