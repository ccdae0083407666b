"""The world's towns (ontology/gazetteer/towns.tsv, from GeoNames by tools/make_towns.py): a town the
dictionaries do not know is placed in its state, also where the model took its name for a person's."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from kg.extract.actors.places import town_countries

ROOT = Path(__file__).resolve().parent.parent


def _make_towns():
    spec = importlib.util.spec_from_file_location("make_towns", ROOT / "tools" / "make_towns.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _city(name, country, people, *others, ascii_name=None):
    return {"name": name, "asciiname": ascii_name or name, "countrycode": country, "population": people,
            "alternatenames": list(others)}


def test_make_towns_keeps_names_that_point_one_way():
    make = _make_towns()
    cities = {
        "1": _city("Zarivka", "UA", 60000, "Zarevka", "Sarivka", "Зарівка", "zar"),
        "2": _city("Portmore", "GB", 90000), "3": _city("Portmore", "US", 50000),  # two states, neither dominant
        "4": _city("Brindle", "DE", 900000), "5": _city("Brindle", "AT", 20000),  # one ten times the other
        "6": _city("Ḩalab Jadīd", "SY", 40000, ascii_name="Halab Jadid"),
        "7": _city("Olmeda", "ES", 30000, "Sarivka"),  # another's exonym, no state's own name: two states -> out
        "8": _city("Kessa", "FR", 30000, "Zarivka"),  # a town's own name elsewhere is no exonym here
    }
    towns = make.towns(cities, {"UA": "UKR", "GB": "GBR", "US": "USA", "DE": "DEU", "AT": "AUT", "SY": "SYR",
                                "ES": "ESP", "FR": "FRA"})
    assert towns["Zarivka"] == "UKR" and towns["Zarevka"] == "UKR"
    assert "Portmore" not in towns
    assert towns["Brindle"] == "DEU"
    assert towns["Halab Jadid"] == "SYR" and "Ḩalab Jadīd" not in towns
    assert "Sarivka" not in towns and "zar" not in towns and "Зарівка" not in towns


def test_written_as_a_name():
    make = _make_towns()
    assert make.written_as_a_name("Dayr al Balah") and make.written_as_a_name("Deir al-Balah")
    assert not make.written_as_a_name("the town") and not make.written_as_a_name("GZA1")


def test_shipped_table_reads_and_points_one_way():
    towns = town_countries()
    assert len(towns) > 50_000
    assert towns["Kherson"] == "UKR" and towns["El Fasher"] == "SDN" and towns["Sittwe"] == "MMR"
    assert "Reading" not in towns  # a British and an American town of that name


def _targets(text: str) -> list[tuple]:
    from kg.ingest import Article
    from kg.pipeline import extract_events

    return sorted((e.type, e.agent.label, e.target.label, e.target.code)
                  for e in extract_events(Article(id="t", text=text)) if e.type != "Statement" and e.target)


@pytest.mark.parametrize("text, target, code", [
    ("Russian artillery shelled Kherson on Monday, the regional governor said.", "Kherson", "UKR"),
    ("Israeli soldiers raided Khan Younis before dawn.", "Khan Younis", "PSE"),
    ("Chadian troops shelled El Fasher on Friday.", "El Fasher", "SDN"),
    ("Russian missiles struck Avdiivka overnight.", "Avdiivka", "UKR"),  # the model: a person's name
])
def test_a_town_the_dictionaries_lack_is_placed_in_its_state(text, target, code):
    assert any(t[2] == target and t[3] == code for t in _targets(text)), _targets(text)


def test_a_person_named_like_a_town_stays_a_person():
    from kg.ingest import Article
    from kg.pipeline import extract_events

    # 'Jackson' is an American town's name, but here a senator's, given in full first
    events = extract_events(Article(id="t", text="Senator Mary Jackson criticized Iran on Monday. Jackson said Tehran "
                                                 "had lied to inspectors."))
    agents = {e.agent.label for e in events if e.type != "Statement"}
    assert "Mary Jackson" in agents and "Jackson" not in agents


def test_a_company_named_like_a_town_still_acts():
    from kg.ingest import Article
    from kg.pipeline import extract_events

    events = extract_events(Article(id="t", text="Toyota criticized the Japanese government on Monday."))
    assert any(e.agent.label == "Toyota" and e.type == "Criticize" for e in events)
