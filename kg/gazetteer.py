"""The gazetteer of known actors (ontology/gazetteer/actors.jsonl) as plain records; no spaCy here."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .resources import read_jsonl_resource

__all__ = ["GazetteerEntry", "Gazetteer", "load_gazetteer", "NER_LABEL"]

#: The spaCy entity label the gazetteer ruler gives each class.
NER_LABEL = {
    "State": "GPE", "Place": "LOC", "Person": "PERSON", "InformalGroup": "NORP",
    "GovernmentBody": "ORG", "MilitaryForce": "ORG", "IntergovernmentalOrganization": "ORG",
    "NewsOrganization": "ORG", "ArmedGroup": "ORG", "Organization": "ORG",
}


@dataclass(frozen=True)
class GazetteerEntry:
    id: str
    label: str
    cls: str
    iso3: str | None = None
    wikidata: str | None = None
    acts_for: str | None = None
    aliases: tuple[str, ...] = ()
    metonyms: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()

    def surface_forms(self):
        """(form, kind) for every way an article may name this entry."""
        yield self.label, "name"
        for form in self.aliases:
            yield form, "name"
        for form in self.metonyms:
            yield form, "metonym"
        for form in self.demonyms:
            yield form, "demonym"


class Gazetteer:
    """Known actors by id, with the state each acts for."""

    def __init__(self, entries):
        self.entries = {e.id: e for e in entries}

    def __contains__(self, key):
        return key in self.entries

    def __getitem__(self, key) -> GazetteerEntry:
        return self.entries[key]

    def get(self, key):
        return self.entries.get(key)

    def __iter__(self):
        return iter(self.entries.values())

    def state_of(self, key: str | None) -> GazetteerEntry | None:
        """The State an actor ultimately acts for (itself for a state), following acts_for links."""
        seen = set()
        while key and key not in seen:
            seen.add(key)
            entry = self.entries.get(key)
            if entry is None:
                return None
            if entry.cls == "State":
                return entry
            key = entry.acts_for
        return None


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    entries = []
    for row in read_jsonl_resource("gazetteer", "actors.jsonl"):
        entries.append(GazetteerEntry(
            id=row["id"], label=row["label"], cls=row["class"], iso3=row.get("iso3"),
            wikidata=row.get("wikidata"), acts_for=row.get("acts_for"),
            aliases=tuple(row.get("aliases") or ()), metonyms=tuple(row.get("metonyms") or ()),
            demonyms=tuple(row.get("demonyms") or ()), roles=tuple(row.get("roles") or ()),
        ))
    return Gazetteer(entries)
