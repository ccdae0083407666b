"""Shared fixtures (the seed article, the hand-written fixture article and their graphs, built once per test
session with the real spaCy model) and the rule that a skipped test fails the run."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "russia-us-security-talks.txt"
#: An article written for the tests: one event of each modality, a negated accusation and threat, a reported
#: attack and a denial (tests/fixtures/border-dispute.txt; FIXTURE_EVENTS lists what it says).
FIXTURE = ROOT / "tests" / "fixtures" / "border-dispute.txt"
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus" / "corpus.jsonl"

#: What the fixture article says, event by event, in article order, written down by reading it:
#: (type, agent, target, modality, negated, reported by, condition).
FIXTURE_EVENTS = [
    ("Accuse", "Poland", "Belarus", "asserted", False, None, None),
    ("Deny", "Belarus", "Poland", "asserted", False, None, None),
    ("Accuse", "Lithuania", "Belarus", "negated", True, None, None),
    ("Threaten", "Estonia", "Belarus", "negated", True, None, None),
    ("Attack", "Belarus", "Poland", "asserted", False, "Germany", None),
    ("Threaten", "Belarus", "Lithuania", "asserted", False, None, "if it closed the border crossings"),
    ("Sanction", "Poland", "Belarus", "possible", False, None, None),
    ("Propose", "France", "Poland", "future", False, None, None),
    ("Propose", "France", "Lithuania", "conditional", False, None, "if the crisis worsens"),
    ("Criticize", "Germany", "Belarus", "asserted", False, None, None),
    ("Accuse", "Belarus", "Lithuania", "asserted", False, None, None),
]


def shared_corpus() -> Path:
    """The shared corpus, or a failure saying it is missing (CI always has ../shared beside the clone)."""
    if not CORPUS.is_file():
        pytest.fail(f"{CORPUS} is missing: these tests need the shared corpus beside the repository (../shared)")
    return CORPUS


# ------------------------------------------------------------------------------------------ no skips

_SKIP_MESSAGE = "skipped, and this suite allows no skips (install or start what the test needs): "


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """A skipped test is reported as failed, with the reason it gave."""
    outcome = yield
    report = outcome.get_result()
    if report.skipped and not hasattr(report, "wasxfail"):
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
        report.outcome = "failed"
        report.longrepr = _SKIP_MESSAGE + reason


@pytest.hookimpl(hookwrapper=True)
def pytest_make_collect_report(collector):
    """A module skipped at import (pytest.importorskip, allow_module_level) fails too."""
    outcome = yield
    report = outcome.get_result()
    if report.skipped:
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
        report.outcome = "failed"
        report.longrepr = _SKIP_MESSAGE + reason


# ------------------------------------------------------------------------------------------ fixtures

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


@pytest.fixture(scope="session")
def fixture_path() -> Path:
    return FIXTURE


@pytest.fixture(scope="session")
def fixture_article():
    from kg import read_articles

    (article,) = read_articles([str(FIXTURE)])
    return article


@pytest.fixture(scope="session")
def fixture_graph():
    """The fixture article's Dataset as `kg build` makes it (shared: copy before changing it)."""
    import kg

    return kg.build([str(FIXTURE)])
