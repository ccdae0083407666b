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
        "1": _city("Zarivka", "UA", 160000, "Zarivka-Misto", "Zarevka", "Sarivka", "Зарівка", "zar"),
        "2": _city("Portmore", "GB", 90000), "3": _city("Portmore", "US", 50000),  # two states, neither dominant
        "4": _city("Brindle", "DE", 900000), "5": _city("Brindle", "AT", 20000),  # one ten times the other
        "6": _city("Ḩalab Jadīd", "SY", 40000, ascii_name="Halab Jadid"),
        "7": _city("Olmeda", "ES", 30000, "Quintanar"),  # another language's name for it, no spelling of its own
        "8": _city("Kessa", "FR", 30000, "Zarivka"),  # a town's own name elsewhere is no other name here
    }
    towns = make.towns(cities, {"UA": "UKR", "GB": "GBR", "US": "USA", "DE": "DEU", "AT": "AUT", "SY": "SYR",
                                "ES": "ESP", "FR": "FRA"})
    assert towns["Zarivka"] == ("UKR", 160000) and towns["Zarevka"] == ("UKR", 160000)
    assert "Portmore" not in towns
    assert towns["Brindle"] == ("DEU", 900000)
    assert towns["Halab Jadid"] == ("SYR", 40000) and "Ḩalab Jadīd" not in towns
    assert "Quintanar" not in towns and "zar" not in towns and "Зарівка" not in towns


def test_written_as_a_name():
    make = _make_towns()
    assert make.written_as_a_name("Dayr al Balah") and make.written_as_a_name("Deir al-Balah")
    assert not make.written_as_a_name("the town") and not make.written_as_a_name("GZA1")


def test_shipped_table_reads_and_points_one_way():
    towns = town_countries()
    assert len(towns.states) > 50_000
    assert towns.states["Kherson"] == "UKR" and towns.states["El Fasher"] == "SDN" and towns.states["Sittwe"] == "MMR"
    assert "El Fasher" in towns.big and "Avdiivka" not in towns.big
    assert "Reading" not in towns.states  # a British and an American town of that name
    assert all(name == name.strip() and name for name in towns.states)


def _targets(text: str) -> list[tuple]:
    """(type, agent, target, target's code, place) of each event with a target."""
    from kg.ingest import Article
    from kg.pipeline import extract_events

    return sorted((e.type, e.agent.label, e.target.label, e.target.code, e.place.label if e.place else None)
                  for e in extract_events(Article(id="t", text=text)) if e.type != "Statement" and e.target)


@pytest.mark.parametrize("text, town, state, code", [
    ("Israeli soldiers raided Khan Younis before dawn.", "Khan Younis", "Palestine", "PSE"),  # big: its name alone
    ("Chadian troops shelled El Fasher on Friday.", "El Fasher", "Sudan", "SDN"),
    # a smaller one where the text names its state; the model takes this one for a person's name
    ("Russian missiles struck Avdiivka in eastern Ukraine overnight.", "Avdiivka", "Ukraine", "UKR"),
])
def test_a_town_the_dictionaries_lack_is_placed_in_its_state(text, town, state, code):
    # as a side, the town stands for its state (as the dictionaries' own towns do); it is where it happened
    assert any(t[2] == state and t[3] == code and t[4] == town for t in _targets(text)), _targets(text)


def test_a_town_of_the_agents_own_state_stays_the_place_hit():
    assert any(t[2] == "Arica" for t in _targets("Chilean farmers blocked access to the port of Arica.")), \
        _targets("Chilean farmers blocked access to the port of Arica.")


@pytest.mark.parametrize("text, target", [
    # a smaller town's name may be a region's elsewhere: placed only beside its own state
    ("Al-Shabaab fighters attacked a military base in Gedo.", "Gedo"),
    ("Boko Haram militants killed 20 villagers in Borno state on Sunday.", "Borno"),
    ("Russian missiles struck Avdiivka overnight.", "Avdiivka"),
])
def test_a_smaller_town_is_not_placed_in_a_state_the_text_does_not_name(text, target):
    assert any(t[2] == target and t[3] is None for t in _targets(text)), _targets(text)


def test_a_person_whose_surname_is_a_towns_name_stays_a_person():
    from kg.ingest import Article
    from kg.pipeline import extract_events

    # 'Kaya' and 'Yermak' are towns' names too; as a subject, or a verb's object that is not a place's, a person
    events = extract_events(Article(id="t", text="Kaya criticized the Turkish government on Monday. Opposition leader "
                                                 "Ozgur Ozel met Yermak on Tuesday."))
    assert {(e.type, e.agent.label, e.target.label, e.target.cls) for e in events if e.type != "Statement"} == {
        ("Criticize", "Kaya", "Turkey", "State"), ("Meet", "Ozgur Ozel", "Yermak", "Person")}


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


def test_a_town_looked_up_before_a_person_known_by_surname_breaks_nothing():
    # the town's lookup and the surname's both ask which states the text names: one helper, one cache
    # (a county list the model tags as places and names, one a town of the table, one a known person's surname)
    from kg.extract.events import extract_events_from_doc as events_of
    from kg.nlp import load_pipeline

    doc = load_pipeline()("Storms hit Candler, Charlton, Lanier and Johnson counties in Georgia. Governor Brian Kemp "
                          "thanked Canada.")
    assert [(e.type, e.agent.label, e.target.label) for e in events_of(doc) if e.type != "Statement"] == [
        ("Support", "Brian Kemp", "Canada")]
