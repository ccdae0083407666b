"""Consistency checks for the actor gazetteer (ontology/gazetteer/actors.jsonl).

Stdlib only: the data file is the source of truth and these tests guard it
against hand edits that break ids, links or surface-form uniqueness.
"""

import json
import re
from pathlib import Path

import pytest

GAZETTEER = Path(__file__).parent.parent / "ontology" / "gazetteer" / "actors.jsonl"

KEYS = ["id", "label", "class", "iso3", "wikidata", "acts_for",
        "aliases", "metonyms", "demonyms", "roles"]
CLASSES = {
    "State", "Person", "GovernmentBody", "MilitaryForce",
    "IntergovernmentalOrganization", "NewsOrganization", "ArmedGroup",
    "InformalGroup", "Place",
}
ID_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
ISO3_RE = re.compile(r"^[A-Z]{3}$")
QID_RE = re.compile(r"^Q[0-9]+$")


def _load():
    entries = []
    with GAZETTEER.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            assert line.strip(), f"blank line {lineno}"
            entries.append((lineno, json.loads(line)))
    return entries


@pytest.fixture(scope="module")
def entries():
    return [e for _, e in _load()]


@pytest.fixture(scope="module")
def by_id(entries):
    return {e["id"]: e for e in entries}


def surface_forms(e):
    return [e["label"], *e["aliases"], *e["metonyms"], *e["demonyms"]]


@pytest.fixture(scope="module")
def surface_index(entries):
    """casefolded surface form -> set of ids"""
    index = {}
    for e in entries:
        for s in surface_forms(e):
            index.setdefault(s.casefold(), set()).add(e["id"])
    return index


def resolve(surface_index, form):
    ids = surface_index.get(form.casefold(), set())
    assert len(ids) == 1, f"{form!r} resolves to {sorted(ids)}"
    return next(iter(ids))


def test_every_line_is_a_json_object_with_the_expected_keys():
    for lineno, e in _load():
        assert isinstance(e, dict), lineno
        # a trailing "cameo" gives the entry's own CAMEO actor code, over a Phoenix record that shares a name
        assert list(e) in (KEYS, KEYS + ["cameo"]), f"line {lineno}: keys {list(e)}"
        assert e.get("cameo", "XXX") and re.fullmatch(r"[A-Z]{3}(?:[A-Z]{3})*", e.get("cameo", "XXX")), lineno
        assert isinstance(e["label"], str) and e["label"].strip(), lineno
        for field in ("aliases", "metonyms", "demonyms", "roles"):
            assert isinstance(e[field], list), (lineno, field)
            for s in e[field]:
                assert isinstance(s, str) and s.strip() == s and s, (lineno, field, s)


def test_ids_are_unique_slugs(entries):
    ids = [e["id"] for e in entries]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for i in ids:
        assert ID_RE.match(i), f"bad id {i!r}"


def test_file_is_sorted_by_class_then_id(entries):
    keys = [(e["class"], e["id"]) for e in entries]
    assert keys == sorted(keys)


def test_classes_are_allowed(entries):
    for e in entries:
        assert e["class"] in CLASSES, (e["id"], e["class"])


def test_states(entries):
    states = [e for e in entries if e["class"] == "State"]
    assert len(states) >= 193
    iso3s = [e["iso3"] for e in states]
    for e in states:
        assert e["iso3"] and ISO3_RE.match(e["iso3"]), (e["id"], e["iso3"])
    assert len(iso3s) == len(set(iso3s)), "duplicate iso3"
    all_iso3 = [e["iso3"] for e in entries if e["iso3"] is not None]
    assert len(all_iso3) == len(set(all_iso3))
    for e in entries:
        if e["iso3"] is not None:
            assert ISO3_RE.match(e["iso3"]), (e["id"], e["iso3"])


def test_wikidata_ids_are_well_formed_and_unique(entries):
    qids = []
    for e in entries:
        q = e["wikidata"]
        assert q is None or (isinstance(q, str) and QID_RE.match(q)), (e["id"], q)
        if q:
            qids.append(q)
    assert len(qids) == len(set(qids)), "one QID on two entries"


def test_acts_for_resolves(entries, by_id):
    for e in entries:
        target = e["acts_for"]
        if e["class"] in ("State", "IntergovernmentalOrganization"):
            assert target is None, e["id"]
            continue
        if target is None:
            continue
        assert target in by_id, f"{e['id']} acts_for unknown {target!r}"
        assert by_id[target]["class"] in ("State", "IntergovernmentalOrganization"), e["id"]


def test_roles_only_on_persons(entries):
    for e in entries:
        if e["class"] != "Person":
            assert e["roles"] == [], e["id"]


def test_no_surface_form_maps_to_two_ids(surface_index):
    clashes = {s: sorted(ids) for s, ids in surface_index.items() if len(ids) > 1}
    assert not clashes, clashes


@pytest.mark.parametrize("form, expected", [
    ("Moscow", "russia"),
    ("Kremlin", "russia"),
    ("Kyiv", "ukraine"),
    ("Kiev", "ukraine"),
    ("Washington", "united-states"),
    ("U.S.", "united-states"),
    ("Britain", "united-kingdom"),
    ("Downing Street", "united-kingdom"),
    ("Group of 7", "g7"),
    ("NATO", "nato"),
    ("Congolese", "dr-congo"),
    ("Congo", "dr-congo"),  # as news since 1997 (and the scorers' aliases) use it; 'Republic of Congo' is the other
    ("Republic of Congo", "republic-of-the-congo"),
    ("Korean", "south-korea"),
    ("Dominican", "dominican-republic"),
    ("Guinean", "guinea"),
    ("Taipei", "taiwan"),
    ("Zelensky", "volodymyr-zelenskyy"),
    ("Islamic Jihad", "palestinian-islamic-jihad"),  # not Hezbollah, which Phoenix files it under (a 1980s cover name)
])
def test_spot_checks(surface_index, form, expected):
    assert resolve(surface_index, form) == expected


def test_pentagon_acts_for_united_states(surface_index, by_id):
    pentagon = by_id[resolve(surface_index, "Pentagon")]
    assert pentagon["class"] == "GovernmentBody"
    assert pentagon["acts_for"] == "united-states"


def test_states_have_a_demonym_or_metonym(entries):
    # every state should be reachable by more than its bare name; the few
    # without either are listed explicitly so additions stay deliberate
    bare = {e["id"] for e in entries
            if e["class"] == "State" and not e["demonyms"] and not e["metonyms"]}
    assert bare <= {"vatican"}, bare


def test_hand_people_are_the_hand_gazetteers_people_whether_read_from_the_cache_or_compiled(entries):
    from kg.gazetteer import _compile, load_gazetteer

    expected = {e["id"] for e in entries if e["class"] == "Person"}
    assert "jill-biden" in expected
    cached = load_gazetteer()
    assert {entry.id for entry in cached.hand_people()} == expected
    assert {entry.id for entry in _compile().hand_people()} == expected
