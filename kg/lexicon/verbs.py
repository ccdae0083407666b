"""kg's trigger lexicon: the CAMEO verb dictionary as the base, kg's corrections (triggers.jsonl) on top.

Compiled once into :class:`Lexicon` (cached by the hash of the dictionary, the ontology and this code, see
:mod:`kg.lexicon.cache`). The extractor asks it by (lemma, part of speech); it never reads a dictionary file.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..resources import ontology_path, read_json_resource
from . import cameo as cameo_reader
from .cache import compiled
from .entry import OBJECT_MARKERS, TriggerEntry

__all__ = ["Lexicon", "load_lexicon", "type_of_code", "cameo_prefixes", "kg_entries", "kg_patterns"]

DEFAULT_TARGETS = {"VERB": ("dobj",), "NOUN": ("prep:against",)}
#: kg's own event for a statement is made elsewhere (reported speech), never from a dictionary verb.
NOT_FROM_DICTIONARY = {"Statement"}


@dataclass
class Lexicon:
    """Trigger entries by (lemma, pos). ``kg`` entries override the dictionary's for the same key."""

    kg: dict = field(default_factory=dict)            # (lemma, pos) -> [TriggerEntry]
    senses: dict = field(default_factory=dict)        # lemma -> [TriggerEntry]  (a dictionary verb alone)
    blocks: dict = field(default_factory=dict)        # lemma -> [(particle or None, block line)]
    patterns: dict = field(default_factory=dict)      # block line -> {key word -> [(rank, TriggerEntry)]}; rank 0 = most specific
    transformations: list = field(default_factory=list)
    sets: dict = field(default_factory=dict)          # CAMEO synset name ("WEAPON") -> its head words

    def has(self, lemma: str, pos: str) -> bool:
        return (lemma, pos) in self.kg or (pos == "VERB" and (lemma in self.senses or lemma in self.blocks))


def cameo_prefixes() -> dict:
    """CAMEO code prefix -> kg event type, from ``kgo:cameoPrefix`` in ontology/kg.ttl."""
    from rdflib import Graph, Namespace

    kgo = Namespace("https://w3id.org/kg/ontology#")
    graph = Graph().parse(ontology_path("kg.ttl"), format="turtle")
    table = {}
    for cls, prefix in graph.subject_objects(kgo.cameoPrefix):
        name = str(cls).rsplit("#", 1)[-1]
        if str(prefix) in table and table[str(prefix)] != name:
            raise ValueError(f"kg.ttl: CAMEO prefix {prefix} is claimed by {table[str(prefix)]} and {name}")
        table[str(prefix)] = name
    return table


def type_of_code(code: str | None, prefixes: dict) -> str | None:
    """The event type of a CAMEO code: the type of its longest prefix in ``prefixes`` (None if none)."""
    if not code:
        return None
    for n in range(len(code), 1, -1):
        if code[:n] in prefixes:
            return prefixes[code[:n]]
    return None


#: the keys a row of triggers.jsonl may have
ROW_KEYS = frozenset({"lemma", "pos", "type", "target", "objects", "particle", "prep", "prep_objects", "requires",
                      "forbids", "modifiers", "not_modifiers", "doers", "shared", "mode", "needs_target", "symmetric",
                      "before", "cameo", "dictionary_pattern", "why"})


def _kg_rows(path=None):
    """(line number, row) of ontology/lexicon/triggers.jsonl (or ``path``)."""
    path = path or ontology_path("lexicon", "triggers.jsonl")
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            line = line.strip()
            if not line or line.startswith("//"):
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{number}: {exc}") from None
            unknown = set(row) - ROW_KEYS
            if unknown:  # a misspelt condition would be silently dropped and the row code too widely
                raise ValueError(f"{path}:{number}: unknown key(s) {sorted(unknown)}; valid keys: {sorted(ROW_KEYS)}")
            yield number, row


def _before_words(row: dict, number: int, synsets: dict) -> tuple:
    """A row's ``before`` words, each a set of alternatives, a CAMEO ``&SET`` standing for its members."""
    before = tuple(frozenset().union(*(cameo_reader.phrase_heads(word, synsets) for word in alternatives))
                   for alternatives in row.get("before", ()))
    if any(not words for words in before):
        raise ValueError(f"triggers.jsonl:{number}: 'before' names an unknown CAMEO set: {row['before']}")
    return before


def _object_words(row: dict, number: int, synsets: dict, key: str = "objects") -> frozenset:
    """A row's ``objects`` (or its words under ``key``), a CAMEO ``&SET`` standing for its members' head words
    ('&MILITARY': troops, army, navy, ...); ``&PLACE`` and ``&PERSON`` stay markers of a named place or person
    (:data:`kg.lexicon.entry.OBJECT_MARKERS`, the extractor's)."""
    words = set()
    for word in row.get(key, ()):
        if word.startswith("&") and word not in OBJECT_MARKERS:
            members = cameo_reader.phrase_heads(word, synsets)
            if not members:
                raise ValueError(f"triggers.jsonl:{number}: '{key}' names an unknown CAMEO set: {word}")
            words |= members
        else:
            words.add(word)
    return frozenset(words)


def kg_entries(synsets: dict) -> dict:
    """kg's corrections (ontology/lexicon/triggers.jsonl) by (lemma, pos), each with its line as source; a
    row's ``before``, ``objects`` and ``doers`` words may name the dictionary's ``synsets`` ('&MILITARY'). Rows
    marked ``dictionary_pattern`` are not here: they join the dictionary's own patterns (:func:`kg_patterns`).
    A lemma's rows are tried in file order, those with a condition on the words around the trigger before
    those without (as the dictionary tries its most specific pattern first), so a row added later can
    refine a general one: 'dismissed the proposal' (a Reject) before 'dismissed the claims' (a Deny)."""
    triggers: dict = {}
    for number, row in _kg_rows():
        if row.get("dictionary_pattern"):
            continue
        entry = TriggerEntry(
            lemma=row["lemma"], pos=row["pos"], type=row["type"],
            target=tuple(row.get("target") or DEFAULT_TARGETS[row["pos"]]),
            objects=_object_words(row, number, synsets), particle=frozenset(row.get("particle", ())),
            prep=frozenset(row.get("prep", ())), requires=tuple(row.get("requires", ())),
            forbids=tuple(row.get("forbids", ())),
            modifiers=frozenset(row.get("modifiers", ())), not_modifiers=frozenset(row.get("not_modifiers", ())),
            doers=_object_words(row, number, synsets, "doers"), shared=bool(row.get("shared")),
            mode=row.get("mode"), needs_target=bool(row.get("needs_target")), symmetric=bool(row.get("symmetric")),
            prep_objects=tuple((prep, frozenset(nouns)) for prep, nouns in row.get("prep_objects", {}).items()),
            before=_before_words(row, number, synsets),
            source=f"kg:triggers.jsonl:{number}", is_event=row.get("type") != "None",
        )
        triggers.setdefault((entry.lemma, entry.pos), []).append(entry)
    for entries in triggers.values():
        entries.sort(key=lambda e: not _conditioned(e))  # stable: file order within each kind
    return triggers


def _conditioned(entry: TriggerEntry) -> bool:
    """Whether a row codes only with certain words around its trigger (objects, particle, preposition, ...); a
    row that only rules some out ('forbids', 'not_modifiers') is a general one."""
    return bool(entry.objects or entry.particle or entry.prep or entry.requires or entry.modifiers or entry.doers
                or entry.shared
                or entry.prep_objects or entry.before or entry.mode)


def kg_patterns(synsets: dict, rows=None) -> dict:
    """kg's patterns for a dictionary verb (rows of triggers.jsonl marked ``dictionary_pattern``), by lemma.

    Unlike kg's other rows they do not replace the dictionary's entries for the verb: each is one more
    pattern of the verb's block, tried before the dictionary's own, so 'troops faced X' can be a show of
    force while 'faced criticism' keeps the dictionary's code. A pattern is keyed on its objects, else its
    ``before`` words, else its prepositions (``prep``, else those of ``prep_objects``); ``forbids`` as in kg's
    other rows. ``before`` lists the words one of which must stand left of the verb among its dependents, a CAMEO
    ``&SET`` standing for its members. ``rows``: (line number, row) pairs instead of the file's."""
    patterns: dict = {}
    for number, row in _kg_rows() if rows is None else rows:
        if not row.get("dictionary_pattern"):
            continue
        before = _before_words(row, number, synsets)
        patterns.setdefault(row["lemma"], []).append(TriggerEntry(
            lemma=row["lemma"], pos="VERB", type=row["type"],
            target=tuple(row.get("target") or DEFAULT_TARGETS["VERB"]),
            objects=frozenset(row.get("objects", ())), before=before, needs_target=True,
            symmetric=bool(row.get("symmetric")), prep=frozenset(row.get("prep", ())),
            prep_objects=tuple((prep, frozenset(nouns)) for prep, nouns in row.get("prep_objects", {}).items()),
            forbids=tuple(row.get("forbids", ())),
            source=f"kg:triggers.jsonl:{number}", cameo=row.get("cameo")))
    return patterns


def _targets(kind: str, preps: tuple, rules: dict) -> tuple:
    by_type = rules["dictionary_target_roles"]
    roles = list(by_type.get(kind, by_type["_default"]))
    for prep in preps:
        if f"prep:{prep}" not in roles:
            roles.insert(1, f"prep:{prep}")
    return tuple(roles)


def _build() -> Lexicon:
    rules = read_json_resource("lexicon", "rules.json")
    prefixes = cameo_prefixes()

    def kind(code):
        found = type_of_code(code, prefixes)
        return None if found in NOT_FROM_DICTIONARY else found

    dictionary = cameo_reader.read_cameo(ontology_path("dictionaries", "CAMEO.2.0.txt"))
    verbs = cameo_reader.compile_verbs(dictionary, kind)
    lexicon = Lexicon(kg=kg_entries(dictionary.synsets), transformations=verbs.transformations,
                      sets={name: cameo_reader.phrase_heads(f"&{name}", dictionary.synsets) for name in dictionary.synsets})
    own_patterns = kg_patterns(dictionary.synsets)
    for lemma, senses in verbs.senses.items():
        lexicon.senses[lemma] = [TriggerEntry(
            lemma=lemma, pos="VERB", type=s.type, target=_targets(s.type, s.target_preps, rules),
            particle=frozenset([s.particle]) if s.particle else frozenset(), needs_target=True,
            source=f"cameo:{s.line}", cameo=s.code, inherited=s.inherited,
            reverse=s.reverse or s.block in rules["experiencer_blocks"]["blocks"]) for s in senses]
    for block in dictionary.blocks:
        for verb in block.verbs:
            lexicon.blocks.setdefault(verb.lemma, []).append((verb.particle, block.line))
        patterns = sorted((p for p in block.patterns if cameo_reader.specificity(p) > 0),
                          key=lambda p: (-cameo_reader.specificity(p), p.line))
        index: dict = {}
        receiving = block.name.lower() in rules["receiving_blocks"]["blocks"]
        for rank, p in enumerate(patterns):
            kind_of = kind(p.code) if p.code else None
            # "RECEIVE * &WEAPON [072]": aid received is given by the other side, whether or not the pattern marks
            # its code reversed ("[:072]", as most of the block's aid patterns do)
            reverse = p.reverse or (receiving and kind_of in rules["receiving_blocks"]["types"])
            entry = TriggerEntry(
                lemma=block.name.lower(), pos="VERB", type=kind_of or "None",
                target=("prep:from", *p.target_preps) if reverse else _targets(kind_of or "", p.target_preps, rules),
                objects=p.objects, object_words=p.object_words, reverse=reverse,
                prep=frozenset([p.particle]) if p.particle else frozenset(),
                prep_objects=p.preps, before=p.before, needs_target=True, symmetric=p.reciprocal,
                source=f"cameo:{p.line}", cameo=p.code, is_event=kind_of is not None)
            keys = set(p.objects) or ({p.preps[0][0]} if p.preps else set()) or (
                {p.particle} if p.particle else set()) or set(next(iter(p.before), ()))
            for key in keys:
                index.setdefault(key, []).append((rank, entry))
        for verb in block.verbs:
            for entry in own_patterns.get(verb.lemma, ()):
                for key in (entry.objects or next(iter(entry.before), ()) or entry.prep
                            or [prep for prep, _ in entry.prep_objects]):
                    index.setdefault(key, []).insert(0, (-1, entry))
        if index:
            lexicon.patterns[block.line] = index
    return lexicon


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The compiled lexicon (built on first use, then loaded from the cache)."""
    here = Path(__file__).resolve().parent
    sources = [ontology_path("dictionaries", "CAMEO.2.0.txt"), ontology_path("kg.ttl"),
               ontology_path("lexicon", "triggers.jsonl"), ontology_path("lexicon", "rules.json"),
               here / "cameo.py", here / "verbs.py", here / "entry.py"]
    return compiled("lexicon", sources, _build)
