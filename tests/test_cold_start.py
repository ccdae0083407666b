"""What a start costs: the compiled-dictionary cache (rebuilt when a source or reader changes, the gazetteer's
phrase tables of hash tuples, a first run with an empty cache) and what `kg events` on an
article imports. No timings here: bench/throughput.py --cold-only prints them."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kg.lexicon import cache

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "russia-us-security-talks.txt"


# ---------------------------------------------------------------- the cache

@pytest.fixture
def cache_folder(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("KG_CACHE_DIR", str(folder))
    return folder


def test_a_compiled_value_is_built_once_then_read_back(cache_folder, tmp_path):
    source = tmp_path / "words.txt"
    source.write_text("alpha\nbeta\n")
    builds = []

    def build():
        builds.append(1)
        return source.read_text().split()

    assert cache.compiled("words", [source], build, "v1") == ["alpha", "beta"]
    assert cache.compiled("words", [source], build, "v1") == ["alpha", "beta"]
    assert len(builds) == 1
    assert len(list(cache_folder.glob("words-*.pickle"))) == 1


def test_a_changed_source_or_reader_version_rebuilds(cache_folder, tmp_path):
    source = tmp_path / "words.txt"
    source.write_text("alpha\n")
    builds = []

    def build():
        builds.append(1)
        return source.read_text().split()

    assert cache.compiled("words", [source], build, "v1") == ["alpha"]
    source.write_text("alpha\ngamma\n")
    assert cache.compiled("words", [source], build, "v1") == ["alpha", "gamma"]
    assert cache.compiled("words", [source], build, "v2") == ["alpha", "gamma"]
    assert len(builds) == 3


def test_a_damaged_cache_file_is_rebuilt_not_fatal(cache_folder, tmp_path):
    source = tmp_path / "words.txt"
    source.write_text("alpha\n")
    cache.compiled("words", [source], lambda: ["alpha"], "v1")
    (damaged,) = cache_folder.glob("words-*.pickle")
    damaged.write_bytes(b"not a pickle")
    assert cache.compiled("words", [source], lambda: ["rebuilt"], "v1") == ["rebuilt"]


def test_loading_from_the_cache_leaves_the_collector_as_it_found_it(cache_folder, tmp_path):
    import gc

    source = tmp_path / "words.txt"
    source.write_text("alpha\n")
    cache.compiled("words", [source], lambda: ["alpha"], "v1")
    assert gc.isenabled()
    assert cache.compiled("words", [source], lambda: ["unused"], "v1") == ["alpha"]
    assert gc.isenabled()
    gc.disable()
    try:
        with cache.collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_the_gazetteer_cache_key_covers_the_code_that_reads_the_dictionaries():
    from kg import gazetteer
    from kg.lexicon import phoenix

    names = {Path(p).resolve() for p in gazetteer.gazetteer_sources()}
    assert Path(gazetteer.__file__).resolve() in names
    assert Path(phoenix.__file__).resolve() in names
    assert any(p.name == "Phoenix.Countries.actors.txt" for p in names)


# ---------------------------------------------------------------- the matcher's patterns

def test_the_phrase_tables_are_compiled_from_hash_tuples_as_spacy_would_hash_the_words():
    from spacy.tokens import Doc

    from kg.gazetteer import load_gazetteer
    from kg.nlp import _pattern_vocab, _phrase_tables, load_pipeline

    nlp = load_pipeline()
    tables = _phrase_tables(nlp)
    gazetteer = load_gazetteer()
    exact = [p for p in gazetteer.phrases if p.exact]
    # a phrase written twice is kept once, the first (the hand gazetteer's) winning
    assert 0.9 * len(exact) <= len(tables["exact"].values) <= len(exact)
    assert 0.9 * (len(gazetteer.phrases) - len(exact)) <= len(tables["lower"].values) <= len(gazetteer.phrases)
    assert 0 < len(tables["discards"].values) <= len(gazetteer.discards)
    # each key is what spaCy's LOWER / ORTH attributes give for the phrase's words
    vocab = _pattern_vocab()
    words = [t.text for t in nlp.tokenizer("the United States")][1:]
    index = tables["lower"].values[tuple(t.lower for t in Doc(vocab, words=words))]
    assert gazetteer.phrases[index].entry == "united-states"
    us = tables["exact"].values[(vocab.strings["US"],)]
    assert gazetteer.phrases[us].entry == "united-states"


def test_a_phrase_table_finds_what_spacys_phrase_matcher_finds():
    import numpy
    from spacy.attrs import LOWER
    from spacy.matcher import PhraseMatcher

    from kg.nlp import PhraseTable, load_pipeline

    nlp = load_pipeline()
    phrases = ["South Sudan", "Sudan", "the African Union", "African Union Commission", "Union", "Addis Ababa",
               "Addis Ababa University"]
    table, matcher = PhraseTable(), PhraseMatcher(nlp.vocab, attr="LOWER")
    for value, phrase in enumerate(phrases):
        doc = nlp.make_doc(phrase)
        table.add(tuple(doc.to_array([LOWER]).tolist()), value)
        matcher.add(str(value), [doc])
    # the text ends in the first words of a longer phrase: only the shorter one is found there
    text = "The African Union Commission met in Addis Ababa; SUDAN and south sudan sent envoys to the union in " \
           "Addis Ababa"
    doc = nlp.make_doc(text)
    found = table(doc.to_array([LOWER]).astype(numpy.uint64))
    expected = [(int(nlp.vocab.strings[key]), start, end) for key, start, end in matcher(doc)]
    assert sorted(found) == sorted(expected)
    assert len(found) == 9
    assert table(numpy.array([], dtype=numpy.uint64)) == []


def test_the_matcher_finds_a_dictionary_phrase_and_an_exact_acronym():
    from kg.nlp import load_pipeline

    doc = load_pipeline()("The US and the Kingdom of Norway signed a pact.")
    found = {(e.text, e.ent_id_) for e in doc.ents if e.ent_id_}
    assert ("US", "united-states") in found
    assert any(key == "norway" for _, key in found), found


# ---------------------------------------------------------------- a first run, and what it imports

_PROBE = """
import json, sys
from kg.cli import main
code = main(["events", sys.argv[1], "--format", "jsonl"])
sys.stdout.flush()
heavy = sorted({m.split(".")[0] for m in sys.modules} & {"networkx", "pandas", "pyvis", "pyshacl", "matplotlib"})
print(json.dumps({"code": code, "heavy": heavy}), file=sys.stderr)
"""


def _events_in_fresh_process(cache_dir: Path) -> tuple[list[dict], dict]:
    env = {**os.environ, "KG_CACHE_DIR": str(cache_dir)}
    done = subprocess.run([sys.executable, "-c", _PROBE, str(SEED)], capture_output=True, text=True,
                          timeout=600, env=env, cwd=str(ROOT))
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads(done.stderr.strip().splitlines()[-1])
    return [json.loads(line) for line in done.stdout.splitlines()], report


def test_a_first_run_with_an_empty_cache_builds_it_and_gives_the_same_events_as_later_runs(tmp_path):
    empty = tmp_path / "empty-cache"
    first, report = _events_in_fresh_process(empty)
    names = sorted(p.name.split("-")[0] for p in empty.glob("*.pickle"))
    assert {"gazetteer", "lexicon"} <= set(names), names
    assert any(p.name.startswith("gazetteer-phrases-") for p in empty.glob("*.pickle"))
    again, _ = _events_in_fresh_process(empty)
    assert report["code"] == 0
    assert len(first) > 10
    assert first == again
    # nor does `kg events` on an article load what only analysis and drawing need
    assert report["heavy"] == []


# ---------------------------------------------------------------- the gazetteer as cached

def test_a_gazetteer_read_back_from_the_cache_holds_the_same_entries_phrases_and_names():
    import pickle

    from kg.gazetteer import Gazetteer, GazetteerEntry, Phrase
    from kg.lexicon.phoenix import CodeSpan

    ruritania = GazetteerEntry(id="ruritania", label="Ruritania", cls="State", iso3="RUR", aliases=("Ruritanie",),
                               codes=(CodeSpan("RUR"),))
    rudolf = GazetteerEntry(id="person/rudolf", label="Rudolf Rassendyll", cls="Person",
                            codes=(CodeSpan("RURGOV", start="1894-01-01", end="1898-12-31"),), source="test:1")
    phrases = [Phrase("Ruritania", "ruritania", "name", False), Phrase("RUR", "ruritania", "dictionary", True),
               Phrase("rudolf rassendyll", "person/rudolf", "dictionary", False)]
    built = Gazetteer({e.id: e for e in (ruritania, rudolf)}, phrases, code_owner={"RUR": "ruritania"})
    read = pickle.loads(pickle.dumps(built))
    assert dict(read.entries.items()) == dict(built.entries.items())
    assert list(read.phrases) == phrases and read.phrases[2] == phrases[2] and len(read.phrases) == 3
    assert read["person/rudolf"].codes[0].holds_on("1895-06-01")
    assert "ruritania" in read and "elsewhere" not in read and read.get("elsewhere") is None
    assert read.named("RUDOLF RASSENDYLL") == "person/rudolf" and read.state_named("ruritania") == "ruritania"
    assert sorted(e.id for e in read) == ["person/rudolf", "ruritania"]
    again = pickle.loads(pickle.dumps(read))  # read back, then written again: the same rows
    assert dict(again.entries.items()) == dict(built.entries.items()) and list(again.phrases) == phrases


def test_old_compiled_files_are_pruned_to_the_most_recently_used(cache_folder, tmp_path):
    source = tmp_path / "words.txt"
    neighbour = cache_folder / ("words-extra-" + "0" * 24 + ".pickle")  # another name sharing the prefix
    cache_folder.mkdir()
    neighbour.write_bytes(b"x")
    for version in range(cache.KEEP + 3):
        source.write_text(f"word{version}\n")
        cache.compiled("words", [source], lambda: ["v"], f"v{version}")
    kept = sorted(cache_folder.glob("words-????????????????????????.pickle"))
    assert len(kept) == cache.KEEP
    assert neighbour.exists()
    assert not list(cache_folder.glob(".*.tmp"))


def test_a_cache_hit_counts_as_a_use_so_it_survives_pruning(cache_folder, tmp_path):
    source = tmp_path / "words.txt"
    source.write_text("first\n")
    cache.compiled("words", [source], lambda: ["first"], "v")
    (first,) = cache_folder.glob("words-*.pickle")
    os.utime(first, (1, 1))  # as if last used long ago
    assert cache.compiled("words", [source], lambda: ["rebuilt"], "v") == ["first"]
    for version in range(cache.KEEP + 2):
        source.write_text(f"other{version}\n")
        cache.compiled("words", [source], lambda: ["v"], "v")
        source.write_text("first\n")
        assert cache.compiled("words", [source], lambda: ["rebuilt"], "v") == ["first"]
    assert first.exists()
