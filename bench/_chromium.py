"""Headless Chromium for the bench scripts: Debian's /usr/bin/chromium driven by Playwright."""
from __future__ import annotations

import sys
from pathlib import Path

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", "--disable-sync"]


def launch(playwright):
    if not CHROMIUM.is_file():
        sys.exit(f"{CHROMIUM} is missing: apt-get install -y chromium chromium-driver")
    return playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
