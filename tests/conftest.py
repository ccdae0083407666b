"""Shared fixtures: the seed article and its graph, built once per test session with the real spaCy model."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "russia-us-security-talks.txt"


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return SEED


@pytest.fixture(scope="session")
def seed_article():
    from kg import read_articles

    (article,) = read_articles([str(SEED)])
    return article


@pytest.fixture(scope="session")
def seed_records(seed_article):
    """[(article, events)] for the seed article: extracted once, shared (do not mutate)."""
    from kg.pipeline import extract_many

    return list(extract_many([seed_article]))


@pytest.fixture(scope="session")
def seed_graph(seed_path):
    """The seed article's Dataset as `kg build` makes it (shared: copy before changing it)."""
    import kg

    return kg.build([str(seed_path)])


@pytest.fixture(scope="session")
def seed_ttl(seed_graph, tmp_path_factory) -> Path:
    import kg

    return kg.write_graph(seed_graph, tmp_path_factory.mktemp("seed") / "seed.ttl")
