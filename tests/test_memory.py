"""A long build's memory: kg fixes glibc's mmap threshold before parsing, and the output does not change.

How much memory that saves is measured by bench/memory.py (BENCHMARKS.md, section 2), not asserted here.
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import kg.pipeline
from kg.pipeline import fix_mmap_threshold
from kg.build import build_to_store
from kg.store import store_to_dataset

from helpers import write_jsonl
from test_store import ARTICLES, nquads

ROOT = Path(__file__).resolve().parents[1]

#: In a fresh interpreter: free one 8 MiB block (glibc's default then raises its threshold to 8 MiB), then
#: print whether a 2 MiB block is mapped on its own (mallinfo2's count of mapped blocks goes up).
_MAPPED_AFTER_A_BIG_FREE = """
import ctypes, sys
from kg.pipeline import fix_mmap_threshold

class MallInfo2(ctypes.Structure):
    _fields_ = [(n, ctypes.c_size_t) for n in ("arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks",
                                                "fsmblks", "uordblks", "fordblks", "keepcost")]

libc = ctypes.CDLL("libc.so.6")
libc.malloc.restype = ctypes.c_void_p
libc.malloc.argtypes = (ctypes.c_size_t,)
libc.free.argtypes = (ctypes.c_void_p,)
libc.mallinfo2.restype = MallInfo2
if sys.argv[1] == "fixed":
    assert fix_mmap_threshold(1 << 20)
libc.free(libc.malloc(8 << 20))
before = libc.mallinfo2().hblks
block = libc.malloc(2 << 20)
print(libc.mallinfo2().hblks - before)
"""

#: In a fresh interpreter: build_to_store(corpus, store), with glibc's threshold fixed (kg's way) or left
#: to glibc's default (fix_mmap_threshold replaced by a function that does nothing).
_BUILD = """
import sys
import pytest

import kg.pipeline
from kg.pipeline import fix_mmap_threshold
from kg.build import build_to_store

build_to_store([sys.argv[1]], sys.argv[2])
"""


def _python(script: str, *argv, threshold: str | None = None) -> str:
    """Run ``script`` in a fresh interpreter with glibc's defaults: no MALLOC_* variable (dask's nanny sets
    MALLOC_TRIM_THRESHOLD_ in this process's environment, and any such setting fixes the threshold too)."""
    env = {key: value for key, value in os.environ.items() if not key.startswith(("MALLOC_", "KG_MMAP"))}
    if threshold is not None:
        env["KG_MMAP_THRESHOLD"] = threshold
    done = subprocess.run([sys.executable, "-c", script, *map(str, argv)], capture_output=True, text=True, cwd=ROOT,
                          env=env)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def test_a_fixed_threshold_maps_blocks_that_glibcs_default_would_take_from_the_heap():
    assert _python(_MAPPED_AFTER_A_BIG_FREE, "default").strip() == "0"
    assert _python(_MAPPED_AFTER_A_BIG_FREE, "fixed").strip() == "1"


def test_build_to_store_fixes_the_threshold_before_parsing(tmp_path, monkeypatch):
    calls = []
    real = kg.pipeline.fix_mmap_threshold

    def spy(*args):
        calls.append(args)
        return real(*args)

    monkeypatch.setattr(kg.pipeline, "fix_mmap_threshold", spy)
    report = build_to_store([str(write_jsonl(tmp_path / "a.jsonl", ARTICLES))], tmp_path / "store")
    assert report.added == 3
    assert len(calls) == 1


def test_the_store_is_the_same_with_and_without_the_fixed_threshold(tmp_path):
    corpus = write_jsonl(tmp_path / "a.jsonl", ARTICLES + [
        {"id": "seed", "text": (ROOT / "seeds" / "russia-us-security-talks.txt").read_text(encoding="utf-8")},
        {"id": "fixture", "text": (ROOT / "tests" / "fixtures" / "border-dispute.txt").read_text(encoding="utf-8")},
    ])
    for mode, threshold in (("fixed", "1048576"), ("default", None)):
        _python(_BUILD, corpus, tmp_path / mode, mode, threshold=threshold)
    fixed, default = (nquads(store_to_dataset(tmp_path / mode)) for mode in ("fixed", "default"))
    assert fixed.count(b"\n") > 100
    assert fixed == default


def test_a_build_reopening_the_store_after_every_article_stores_the_same(tmp_path, monkeypatch):
    from kg.store import ArticleStore

    reopened = []
    real = ArticleStore.reopen

    def spy(self):
        reopened.append(self._writes)
        return real(self)

    monkeypatch.setattr(ArticleStore, "reopen", spy)
    corpus = write_jsonl(tmp_path / "a.jsonl", ARTICLES)
    build_to_store([str(corpus)], tmp_path / "kept")
    assert reopened == []
    report = build_to_store([str(corpus)], tmp_path / "reopened", reopen_every=1)
    assert reopened == [1, 2, 3] and report.added == 3 and report.articles == 3
    assert nquads(store_to_dataset(tmp_path / "reopened")) == nquads(store_to_dataset(tmp_path / "kept"))


def test_the_threshold_is_left_to_glibc_unless_asked(monkeypatch):
    monkeypatch.delenv("KG_MMAP_THRESHOLD", raising=False)
    assert fix_mmap_threshold() is False
    monkeypatch.setenv("KG_MMAP_THRESHOLD", "0")
    assert fix_mmap_threshold() is False


def test_a_threshold_that_is_no_number_of_bytes_is_refused_by_name(monkeypatch):
    from kg.errors import InputError

    for bad in ("1M", "-5"):
        monkeypatch.setenv("KG_MMAP_THRESHOLD", bad)
        with pytest.raises(InputError, match="KG_MMAP_THRESHOLD"):
            fix_mmap_threshold()


def test_a_build_whose_workers_are_replaced_every_two_articles_stores_what_one_process_stores(tmp_path, monkeypatch):
    import concurrent.futures

    pools = []

    class Spy(concurrent.futures.ProcessPoolExecutor):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self.workers = set()
            pools.append(self)

        def submit(self, *args, **kwargs):
            future = super().submit(*args, **kwargs)
            self.workers |= set(self._processes)
            return future

    corpus = write_jsonl(tmp_path / "a.jsonl", ARTICLES + [{"id": "empty", "text": ""}])
    errors_in_process: list = []
    build_to_store([str(corpus)], tmp_path / "one", recycle_every=None, errors=errors_in_process)
    assert pools == []  # no worker without recycling and --jobs 1
    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", Spy)
    errors: list = []
    report = build_to_store([str(corpus)], tmp_path / "recycled", recycle_every=2, errors=errors)
    assert len(pools) == 2 and all(len(pool.workers) == 1 for pool in pools)
    assert pools[0].workers != pools[1].workers and os.getpid() not in pools[0].workers | pools[1].workers
    assert report.added == 3 and report.articles == 3
    assert [str(e) for e in errors] == [str(e) for e in errors_in_process]
    assert nquads(store_to_dataset(tmp_path / "recycled")) == nquads(store_to_dataset(tmp_path / "one"))
