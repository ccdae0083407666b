"""Known actors: kg's hand gazetteer (ontology/gazetteer/actors.jsonl) on top of the Phoenix dictionaries.

The hand gazetteer names current leaders, Wikidata ids, ISO-3 codes and aliases; the Phoenix actor
dictionaries (ontology/dictionaries/, MIT) add tens of thousands of phrases: states with their capitals,
cities and adjectives, national institutions, IGOs and NGOs, armed non-state groups, and people whose
CAMEO code (and so the state they act for) depends on the date. A Phoenix record that shares a phrase with
a hand entry of a compatible class becomes more names of that entry; a phrase the hand gazetteer knows
always means the hand entry. The merged result is compiled once (:func:`kg.lexicon.cache.compiled`).
No spaCy here.
"""
from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from functools import lru_cache
from pathlib import Path

from .lexicon import phoenix
from .lexicon.cache import compiled
from .lexicon.phoenix import (ActorRecord, AgentRecord, CodeSpan, code_on, read_actors, read_agents,
                              read_discards)
from .resources import ontology_path, read_json_resource, read_jsonl_resource

__all__ = ["GazetteerEntry", "Gazetteer", "Phrase", "Agent", "load_gazetteer", "gazetteer_sources", "NER_LABEL",
           "SECTOR_CLASS", "NAME_PARTICLES"]

#: The spaCy entity label the gazetteer matcher gives each class.
NER_LABEL = {
    "State": "GPE", "Place": "LOC", "Person": "PERSON", "InformalGroup": "NORP",
    "GovernmentBody": "ORG", "MilitaryForce": "ORG", "IntergovernmentalOrganization": "ORG",
    "NewsOrganization": "ORG", "ArmedGroup": "ORG", "Organization": "ORG",
}
#: The class of an actor a CAMEO sector code names (the first three letters after the country).
SECTOR_CLASS = {
    "GOV": "GovernmentBody", "LEG": "GovernmentBody", "JUD": "GovernmentBody", "ELI": "GovernmentBody",
    "MIL": "MilitaryForce", "COP": "MilitaryForce", "SPY": "MilitaryForce",
    "REB": "ArmedGroup", "INS": "ArmedGroup", "IMG": "ArmedGroup", "UAF": "ArmedGroup", "SEP": "ArmedGroup",
    "MED": "NewsOrganization", "IGO": "IntergovernmentalOrganization",
}
PHOENIX_ACTORS = ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
                  "Phoenix.MilNonState.actors.txt")
PHOENIX_AGENTS = "Phoenix.agents.txt"
#: kg's additions to the agents file, in its format (ontology/gazetteer/)
KG_AGENTS = "agents.txt"
PHOENIX_DISCARDS = "Phoenix.discards.txt"
#: Bump when the compiled structure or the merge rules change.
COMPILE_VERSION = "gazetteer-9"
_SLUG = re.compile(r"[^a-z0-9]+")
_ROMAN = re.compile(r"[ivx]{1,4}")
#: One-word dictionary synonyms that are common English words, never a name on their own.
_COMMON_WORDS = {"organization", "organisation", "party", "front", "movement", "army", "group", "council",
                 "union", "league", "government", "state", "republic", "kingdom", "nation", "people", "youth",
                 "brigade", "brigades", "revolution", "resistance", "congress", "assembly", "federation",
                 "alliance", "coalition", "committee", "association", "society", "the", "new", "national"}
#: Words of a body's name, never of a person's: a Countries entry with dated codes and one of them is no ruler.
_BODY_NAME_WORDS = {"army", "movement", "party", "front", "council", "forces", "militia", "brigade", "brigades", "union",
                    "league", "alliance", "congress", "organization", "organisation", "committee", "government",
                    "ministry", "assembly", "parliament", "court", "police", "guard", "liberation", "coalition"}
#: Lower-case words a name may contain ("Bank of England", "al-Assad").
NAME_PARTICLES = {"of", "the", "and", "for", "de", "del", "al", "el", "la", "le", "du", "des", "on", "in", "to",
                "bin", "ibn", "van", "von", "da", "di"}


def _slug(text: str) -> str:
    return _SLUG.sub("-", text.lower()).strip("-")


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
    #: CAMEO actor codes, dated for people whose role changes ("RUSGOV" from 2008-05-08).
    codes: tuple[CodeSpan, ...] = ()
    #: "gazetteer" or the dictionary line the entry was read from ("Phoenix.Countries.actors.txt:39559").
    source: str = "gazetteer"

    def surface_forms(self):
        """(form, kind) for every way an article may name this entry in the hand gazetteer."""
        yield self.label, "name"
        for form in self.aliases:
            yield form, "name"
        for form in self.metonyms:
            yield form, "metonym"
        for form in self.demonyms:
            yield form, "demonym"

    def names(self) -> set[str]:
        """The entry's own names in lower case (its label and aliases), not its metonyms or demonyms."""
        return {form.lower() for form, kind in self.surface_forms() if kind == "name"}

    def code_on(self, day: str | None) -> CodeSpan | None:
        return code_on(list(self.codes), day)


@dataclass(frozen=True)
class Phrase:
    """A surface form to match: ``text`` as written (hand) or lower-case words (dictionary)."""

    text: str
    entry: str
    kind: str        # name | metonym | demonym | dictionary
    exact: bool      # match case-sensitively (hand single words, short acronyms)


@dataclass(frozen=True)
class Agent:
    """An agent noun phrase of Phoenix.agents.txt: the CAMEO sector it names."""

    code: str
    prefix: bool
    source: str

    @property
    def sector(self) -> str:
        return self.code[:3]


_ENTRY_FIELDS = tuple(f.name for f in fields(GazetteerEntry))
_CODES = _ENTRY_FIELDS.index("codes")


def _entry_row(entry: GazetteerEntry) -> tuple:
    """An entry's field values, its codes as plain tuples: what the cache stores."""
    row = [getattr(entry, name) for name in _ENTRY_FIELDS]
    row[_CODES] = tuple((span.code, span.start, span.end) for span in entry.codes)
    return tuple(row)


def _entry_from_row(row: tuple) -> GazetteerEntry:
    values = dict(zip(_ENTRY_FIELDS, row))
    values["codes"] = tuple(CodeSpan(*span) for span in values["codes"])
    return GazetteerEntry(**values)


class _EntryRows(Mapping):
    """The entries of a gazetteer read from the cache: rows of field values, each made a GazetteerEntry the
    first time it is asked for. A run asks for a few hundred of the tens of thousands, and unpickling rows
    of strings takes a third of the time of unpickling the objects."""

    __slots__ = ("_rows", "_made")

    def __init__(self, rows: dict[str, tuple]):
        self._rows = rows
        self._made: dict[str, GazetteerEntry] = {}

    def __getitem__(self, key) -> GazetteerEntry:
        entry = self._made.get(key)
        if entry is None:
            entry = self._made[key] = _entry_from_row(self._rows[key])
        return entry

    def get(self, key, default=None):
        return self[key] if key in self._rows else default

    def __contains__(self, key) -> bool:
        return key in self._rows

    def __iter__(self):
        return iter(self._rows)

    def __len__(self) -> int:
        return len(self._rows)

    def keys_where(self, field_name: str, value) -> list[str]:
        """The keys of the rows whose ``field_name`` is ``value``, read from the rows (no entry is made)."""
        at = _ENTRY_FIELDS.index(field_name)
        return [key for key, row in self._rows.items() if row[at] == value]

    def values_where(self, field_name: str, value, wanted: str) -> list:
        """The ``wanted`` field of the rows whose ``field_name`` is ``value``, read from the rows."""
        at, out = _ENTRY_FIELDS.index(field_name), _ENTRY_FIELDS.index(wanted)
        return [row[out] for row in self._rows.values() if row[at] == value]


class _PhraseRows(Sequence):
    """The phrases of a gazetteer read from the cache: (text, entry, kind, exact) rows, each made a Phrase
    when asked for (the matcher asks for the few it found)."""

    __slots__ = ("_rows",)

    def __init__(self, rows: list[tuple]):
        self._rows = rows

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [Phrase(*row) for row in self._rows[index]]
        return Phrase(*self._rows[index])

    def __iter__(self):
        return (Phrase(*row) for row in self._rows)

    def __len__(self) -> int:
        return len(self._rows)


def _hand_people(gazetteer: "Gazetteer") -> tuple[GazetteerEntry, ...]:
    entries = gazetteer.entries
    if isinstance(entries, _EntryRows):  # read from the cache: filter the rows, make only what is kept
        hand = (entries[key] for key in entries.keys_where("source", "gazetteer"))
    else:
        hand = (entry for entry in entries.values() if entry.source == "gazetteer")
    return tuple(entry for entry in hand if entry.cls == "Person")


def _surnames(gazetteer: "Gazetteer") -> frozenset:
    entries = gazetteer.entries
    if isinstance(entries, _EntryRows):  # read from the cache: no entry made of tens of thousands of rows
        labels = entries.values_where("cls", "Person", "label")
    else:
        labels = [entry.label for entry in entries.values() if entry.cls == "Person"]
    return frozenset(label.split()[-1] for label in labels if label)


@dataclass
class Gazetteer:
    """Known actors by id, the phrases that name them, agent nouns and discarded phrases.

    Pickled (the compiled cache) as rows of plain values; once read back, ``entries`` and ``phrases`` make
    their objects on first use.
    """

    entries: Mapping[str, GazetteerEntry]
    phrases: Sequence[Phrase] = field(default_factory=list)
    agents: dict[str, Agent] = field(default_factory=dict)
    discards: list[str] = field(default_factory=list)
    #: CAMEO code (country or organisation) -> the actor id it stands for
    code_owner: dict[str, str] = field(default_factory=dict)

    def __contains__(self, key):
        return key in self.entries

    def __getitem__(self, key) -> GazetteerEntry:
        return self.entries[key]

    def get(self, key):
        return self.entries.get(key)

    def __iter__(self):
        return iter(self.entries.values())

    def derived(self, name: str, make):
        """``make(self)``, made once and kept with this gazetteer (not pickled): the indexes its readers need."""
        key = "_derived_" + name
        value = self.__dict__.get(key)
        if value is None:
            value = self.__dict__[key] = make(self)
        return value

    def hand_people(self) -> tuple[GazetteerEntry, ...]:
        """The people of the hand gazetteer (a few hundred of the tens of thousands of entries)."""
        return self.derived("hand_people", _hand_people)

    def surnames(self) -> frozenset:
        """The last words of the names of the people the dictionaries know ('Khan', 'Jackson')."""
        return self.derived("surnames", _surnames)

    def hand_people_by_name_part(self, part: int) -> dict[str, tuple[str, ...]]:
        """One word of a hand-gazetteer person's full name (0: the first, -1: the last) -> the ids of the people
        with it ('Jill' -> jill-biden, 'Starmer' -> keir-starmer)."""
        def index(gazetteer: "Gazetteer") -> dict[str, tuple[str, ...]]:
            found: dict[str, list[str]] = {}
            for entry in gazetteer.hand_people():
                if " " in entry.label:
                    found.setdefault(entry.label.split()[part], []).append(entry.id)
            return {word: tuple(keys) for word, keys in found.items()}

        return self.derived(f"hand_people_by_name_part_{part}", index)

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

    def _phrase_rows(self) -> list[tuple]:
        if isinstance(self.phrases, _PhraseRows):
            return self.phrases._rows
        return [(p.text, p.entry, p.kind, p.exact) for p in self.phrases]

    def _name_index(self) -> dict[str, str]:
        def index(gazetteer: "Gazetteer") -> dict[str, str]:
            names: dict[str, str] = {}
            for text, entry, _, _ in gazetteer._phrase_rows():
                names.setdefault(text.lower(), entry)
            return names

        return self.derived("names", index)

    def __getstate__(self) -> dict:
        entries = self.entries
        return {
            "entries": entries._rows if isinstance(entries, _EntryRows) else
            {key: _entry_row(entry) for key, entry in entries.items()},
            "phrases": self._phrase_rows(), "agents": self.agents, "discards": self.discards,
            "code_owner": self.code_owner, "names": self._name_index(),
        }

    def __setstate__(self, state: dict) -> None:
        self.entries = _EntryRows(state["entries"])
        self.phrases = _PhraseRows(state["phrases"])
        self.agents = state["agents"]
        self.discards = state["discards"]
        self.code_owner = state["code_owner"]
        self.__dict__["_derived_names"] = state["names"]

    def named(self, words: str) -> str | None:
        """The actor a phrase names ("Keir Starmer", "Kenya"), or None (lower-case lookup)."""
        return self._name_index().get(words.lower())

    def state_named(self, words: str) -> str | None:
        """The state a name or adjective means ("Palestinian", "Kenya"), or None."""
        key = self.named(words)
        return key if key is not None and self.entries[key].cls == "State" else None

    def owner_of_code(self, code: str | None) -> str | None:
        """The actor a CAMEO code acts for: its country ("RUSGOV" -> russia), else the longest
        organisation code it starts with ("IGOUNOKID" -> united-nations)."""
        if not code:
            return None
        if code[:3] in self.code_owner and not code.startswith(("IGO", "NGO", "MNC")):
            return self.code_owner[code[:3]]
        for end in range(len(code), 5, -3):
            if code[:end] in self.code_owner:
                return self.code_owner[code[:end]]
        return None

    def acts_for_on(self, key: str, day: str | None) -> tuple[str | None, str | None]:
        """(the actor ``key`` acts for on ``day``, its CAMEO code that day) — hand links win."""
        entry = self.entries.get(key)
        if entry is None:
            return None, None
        span = entry.code_on(day)
        code = span.code if span else None
        if entry.source == "gazetteer" and entry.acts_for:
            return entry.acts_for, code
        owner = self.owner_of_code(code)
        return (owner if owner != key else None), code

    def code_of(self, key: str) -> str | None:
        entry = self.entries.get(key)
        if entry is None:
            return None
        if entry.cls == "State" and entry.iso3:
            return entry.iso3
        span = entry.code_on(None)
        return span.code if span else None


def _title(phrase: str) -> str:
    words = []
    for i, word in enumerate(phrase.split()):
        if "." in word or (len(word) <= 3 and not re.search(r"[aeiou]", word)) or (i and _ROMAN.fullmatch(word)):
            words.append(word.upper())
        elif i and word in NAME_PARTICLES:
            words.append(word)
        else:
            words.append("-".join(part[:1].upper() + part[1:] for part in word.split("-")))
    return " ".join(words)


def _label(record: ActorRecord, cls: str) -> str:
    """A readable label: title case, a short one-word organisation name in capitals ('UNITA')."""
    if cls not in ("Person", "State") and " " not in record.primary and len(record.primary) <= 6 \
            and len(record.phrases) > 1:
        return record.primary.upper()
    return _title(record.primary)


def _record_class(record: ActorRecord, file_name: str) -> str:
    dated = any(span.dated for span in record.codes)
    default = code_on(record.codes, None)
    code = default.code if default else ""
    if file_name.startswith("Phoenix.Countries") and record.codes and (
            all(len(s.code) == 3 for s in record.codes) or (len(record.codes[0].code) == 3 and not record.codes[0].dated)):
        return "State"  # a state, whose code may change with the date ("KOSOVO [KSV]", then [FRYKSV 920428-990610])
    if file_name.startswith("Phoenix.Countries") and len(code) == 3 and "CountryInfo" not in record.comment \
            and "rulers" not in record.comment:
        # a state that was part of another before its code of now ("UKRAINE [USRUKR <910824] ... [UKR >911221]"):
        # a state, not a person with dated offices (its towns, "KHARKIV", are its aliases)
        return "State"
    if dated and _BODY_NAME_WORDS & set(re.split(r"[\s_'-]+", record.primary.lower())):
        # "SUDAN_PEOPLE'S_LIBERATION_ARMY [SDNREB 19830101-20110711] [SSDMIL >20110711]": a body with dated codes
        return SECTOR_CLASS.get(code[3:6], "Organization")
    if dated or "CountryInfo" in record.comment or "rulers" in record.comment:
        return "Person"
    if file_name.startswith("Phoenix.Countries"):
        if len(code) == 3:
            return "State"
        return SECTOR_CLASS.get(code[3:6], "Organization")
    if file_name.startswith("Phoenix.International"):
        return "IntergovernmentalOrganization" if code.startswith("IGO") else "Organization"
    return "ArmedGroup"


def _compatible(cls: str, hand_cls: str) -> bool:
    if cls == "State" or hand_cls == "State":
        return cls == hand_cls
    if cls == "Person" or hand_cls == "Person":
        return cls == hand_cls
    return hand_cls != "Place"


def _hand_entries() -> list[GazetteerEntry]:
    entries = []
    for row in read_jsonl_resource("gazetteer", "actors.jsonl"):
        entries.append(GazetteerEntry(
            id=row["id"], label=row["label"], cls=row["class"], iso3=row.get("iso3"),
            wikidata=row.get("wikidata"), acts_for=row.get("acts_for"),
            aliases=tuple(row.get("aliases") or ()), metonyms=tuple(row.get("metonyms") or ()),
            demonyms=tuple(row.get("demonyms") or ()), roles=tuple(row.get("roles") or ()),
            codes=(CodeSpan(row["cameo"]),) if row.get("cameo") else (),
        ))
    return entries


_BODY_WORDS = re.compile(r"\b(organi[sz]ation|union|agency|fund|council|commission|bank|nations|court|league|"
                         r"programme|program|office|committee|forum|community|alliance|assembly|secretariat|"
                         r"conference|mission|force|treaty|cooperation|parliament|association|group)\b")


def _names_a_body(record: ActorRecord, target: str, entries: dict) -> bool:
    """Whether a record names an organisation itself (not a person filed under its code), so that the
    organisation's code may stand for it."""
    if entries[target].source == "gazetteer" or entries[target].cls == "State":
        return True
    return any(_BODY_WORDS.search(p) or (" " not in p and len(p) <= 7) for p in record.phrases)


def _is_exact(form: str) -> bool:
    """Words where case decides: one hand-written word ("US" is a country, "us" a pronoun)."""
    return " " not in form.strip() and "-" not in form


def _compile() -> Gazetteer:
    hand = _hand_entries()
    entries: dict[str, GazetteerEntry] = {e.id: e for e in hand}
    phrases: list[Phrase] = []
    taken: dict[str, str] = {}  # lower-case phrase -> entry id
    for entry in hand:
        for form, kind in entry.surface_forms():
            phrases.append(Phrase(form, entry.id, kind, _is_exact(form)))
            taken.setdefault(form.lower(), entry.id)
    code_owner = {e.iso3: e.id for e in hand if e.cls == "State" and e.iso3}
    extra_codes: dict[str, list[CodeSpan]] = {}
    folder = ontology_path("dictionaries")
    agent_records = read_agents(folder / PHOENIX_AGENTS) + read_agents(ontology_path("gazetteer", KG_AGENTS))
    # a one-word dictionary name that is a common noun ("ORGANIZATION" for Tanzim) would name everything
    common = {a.phrase for a in agent_records if " " not in a.phrase} | _COMMON_WORDS
    for file_name in PHOENIX_ACTORS:
        for record in read_actors(folder / file_name):
            cls = _record_class(record, file_name)
            default = code_on(record.codes, None)
            code = default.code if default else None
            target = None
            if cls == "State" and code in code_owner:
                target = code_owner[code]
            for phrase in record.phrases if target is None else ():
                owner = taken.get(phrase) or taken.get(phrase[4:] if phrase.startswith("the ") else None)
                if owner is not None and _compatible(cls, entries[owner].cls):
                    target = owner
                    break
            if target is None:
                prefix = {"State": "", "Person": "person/"}.get(cls, "organization/" if cls != "ArmedGroup" else "group/")
                target = prefix + _slug(record.primary)
                if target in entries and entries[target].cls != cls:
                    target = f"{target}-{_slug(cls)}"
                if target not in entries:
                    entries[target] = GazetteerEntry(
                        id=target, label=_label(record, cls), cls=cls,
                        iso3=code if cls == "State" and code and len(code) == 3 else None,
                        codes=tuple(record.codes), source=record.source)
            elif entries[target].source == "gazetteer" and record.codes and not entries[target].codes:
                # a hand entry's own CAMEO code wins: "Ansar Allah" is the Houthis' name and, in Phoenix, a
                # Lebanese group's
                extra_codes.setdefault(target, list(record.codes))
            if code and cls in ("State", "IntergovernmentalOrganization") and _names_a_body(record, target, entries):
                if code not in code_owner or entries[target].source == "gazetteer" != entries[code_owner[code]].source:
                    code_owner[code] = target
            for phrase in record.phrases:
                if phrase in taken or not re.search(r"[a-z]", phrase) or phrase in common:
                    continue
                taken[phrase] = target
                short = len(phrase) <= 3 and " " not in phrase
                phrases.append(Phrase(phrase.upper() if short else phrase, target, "dictionary", short))
    for key, codes in extra_codes.items():
        entries[key] = replace(entries[key], codes=tuple(codes))
    for legacy, iso3 in read_json_resource("gazetteer", "cameo-codes.json").items():
        if not legacy.startswith("_") and iso3 in code_owner:
            code_owner.setdefault(legacy, code_owner[iso3])
    merged = Gazetteer(entries, code_owner=code_owner)
    for key, entry in list(entries.items()):
        if entry.source != "gazetteer" and entry.cls not in ("State", "Person") and entry.codes:
            # a national institution or group acts for its country ("KENGOV...", "PSEREB...")
            owner = merged.owner_of_code(entry.codes[0].code)
            if owner and owner != key:
                entries[key] = replace(entry, acts_for=owner)
    for entry in hand:  # hand states and bodies get their code from their ISO-3 code and class
        if not entries[entry.id].codes:
            state = entry if entry.cls == "State" else entries.get(entry.acts_for or "")
            if state is not None and state.cls == "State" and state.iso3:
                sector = "" if entry.cls == "State" else {"MilitaryForce": "MIL", "Person": "GOV"}.get(entry.cls, "GOV")
                entries[entry.id] = replace(entries[entry.id], codes=(CodeSpan(state.iso3 + sector),))
    agents: dict[str, Agent] = {}
    for agent in agent_records:
        agents.setdefault(agent.phrase, Agent(agent.code, agent.prefix, agent.source))
    other_spelling = {}
    for one, other in read_json_resource("language", "spellings.json")["pairs"]:
        other_spelling[one], other_spelling[other] = other, one
    for phrase, agent in list(agents.items()):  # "labour union" as "labor union" (ontology/language/spellings.json)
        respelt = " ".join(other_spelling.get(word, word) for word in phrase.split())
        agents.setdefault(respelt, agent)
    discards = sorted({d.phrase for d in read_discards(folder / PHOENIX_DISCARDS) if re.search(r"[a-z]", d.phrase)})
    return Gazetteer(entries, phrases, agents, discards, code_owner)


def gazetteer_sources():
    """The files the gazetteer is compiled from: its data, and the code that reads and merges it (so that a
    change to either rebuilds the cache)."""
    folder = ontology_path("dictionaries")
    return [ontology_path("gazetteer", "actors.jsonl"), ontology_path("gazetteer", "cameo-codes.json"), *(folder / name for name in PHOENIX_ACTORS),
            folder / PHOENIX_AGENTS, ontology_path("gazetteer", KG_AGENTS), folder / PHOENIX_DISCARDS,
            ontology_path("language", "spellings.json"), Path(__file__),
            Path(phoenix.__file__)]


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The merged gazetteer, compiled once per change of its source files."""
    return compiled("gazetteer", gazetteer_sources(), _compile, COMPILE_VERSION)
