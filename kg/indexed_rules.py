"""The model's attribute ruler matched by lookups instead of spaCy's token Matcher, with the same matches.

spaCy's ``Matcher`` tries each of the attribute ruler's patterns (179 in en_core_web_sm 3.8) at every token: on
real news that is about a tenth of the whole parse, more than all of kg's own work (BENCHMARKS.md). The
ruler's patterns are short runs of tokens with fixed attribute values, so each can be found from one of its
values instead: every token whose LOWER (else DEP, else TAG ...) is that value is a candidate, checked against
the pattern's other constraints. The matches, their order and so the annotations are those of spaCy's own
``match``; a ruler with a pattern this module cannot read (an operator, a comparison, an unknown attribute)
keeps spaCy's matcher.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import numpy

from .components import extend_component

__all__ = ["index_attribute_ruler"]

#: Attributes a pattern may constrain here, in the order an anchor is chosen (the rarest values first)
_ANCHOR_ORDER = ("ORTH", "LOWER", "NORM", "LEMMA", "DEP", "TAG", "ENT_TYPE", "IS_SPACE", "IS_PUNCT")
_FLAGS = {"IS_SPACE", "IS_PUNCT"}
#: Verdicts of the patterns' regular expressions kept, by (expression, word): a bound on memory, not on speed
_REGEX_CACHE_SIZE = 200_000


@dataclass(frozen=True)
class _Check:
    """One token's constraint on one attribute: a value in ``allowed`` (or not in it, ``negated``) or
    matching ``regex``."""

    column: int
    allowed: frozenset = frozenset()
    negated: bool = False
    regex: re.Pattern | None = None

    def holds(self, value: int, strings, regex_cache: dict) -> bool:
        if self.regex is not None:
            key = (self.regex.pattern, value)
            found = regex_cache.get(key)
            if found is None:
                found = regex_cache[key] = bool(self.regex.search(strings[value] if value else ""))
            return found
        return (value in self.allowed) != self.negated


@dataclass(frozen=True)
class _Pattern:
    key: int            # the ruler's match id (the hash of its rule's ordinal)
    rule: int           # the ordinal: later rules win
    checks: tuple       # per token of the pattern, a tuple of _Check

    @property
    def single(self) -> bool:
        return len(self.checks) == 1 and len(self.checks[0]) == 1 and self.checks[0][0].regex is None


class _Unreadable(Exception):
    """A pattern beyond this module: the ruler keeps spaCy's matcher."""


def _value(strings, attr: str, value) -> int:
    if attr in _FLAGS:
        if not isinstance(value, bool):
            raise _Unreadable(attr)
        return int(value)
    if not isinstance(value, str):
        raise _Unreadable(attr)
    return strings.add(value)


def _check(strings, columns: dict, attr: str, spec) -> _Check:
    if attr not in columns:
        raise _Unreadable(attr)
    column = columns[attr]
    if not isinstance(spec, dict):
        return _Check(column, frozenset([_value(strings, attr, spec)]))
    if len(spec) != 1:
        raise _Unreadable(spec)
    (op, operand), = spec.items()
    if op in ("IN", "NOT_IN") and isinstance(operand, list):
        return _Check(column, frozenset(_value(strings, attr, v) for v in operand), negated=op == "NOT_IN")
    if op == "REGEX" and isinstance(operand, str) and attr not in _FLAGS:
        return _Check(column, regex=re.compile(operand))
    raise _Unreadable(spec)


class _Index:
    """The ruler's patterns by anchor: for each (attribute column, token offset), value -> patterns."""

    def __init__(self, ruler):
        from spacy.attrs import IDS

        strings = ruler.vocab.strings
        entries = ruler.patterns  # spaCy rebuilds this list from its matcher at every read
        used = {attr for entry in entries for pattern in entry["patterns"] for token in pattern for attr in token}
        if not used <= set(_ANCHOR_ORDER):
            raise _Unreadable(used)
        used = sorted(used, key=_ANCHOR_ORDER.index)
        self.attrs = [IDS[a] for a in used]
        columns = {a: i for i, a in enumerate(used)}
        self.anchors: dict[tuple[int, int], dict[int, list[_Pattern]]] = {}
        self.regex_anchors: list[tuple[int, _Check, _Pattern]] = []  # patterns with no value to look up
        self.rules = len(ruler.attrs)
        self.matcher = ruler.matcher  # spaCy's: a new one after ``clear()``
        for rule, entry in enumerate(entries):
            key = strings.add(str(rule))
            for pattern in entry["patterns"]:
                if not pattern or any(not isinstance(t, dict) or "OP" in t for t in pattern):
                    raise _Unreadable(pattern)
                checks = tuple(tuple(_check(strings, columns, a, s) for a, s in token.items()) for token in pattern)
                offset, anchor = self._anchor(checks)
                compiled = _Pattern(key, rule, checks)
                if anchor.regex is not None:
                    self.regex_anchors.append((offset, anchor, compiled))
                    continue
                by_value = self.anchors.setdefault((anchor.column, offset), {})
                for value in anchor.allowed:
                    by_value.setdefault(value, []).append(compiled)

    @staticmethod
    def _anchor(checks) -> tuple[int, _Check]:
        """The pattern's most selective check of values (columns come in :data:`_ANCHOR_ORDER`), else its first
        regular expression (matched once per distinct value of the doc)."""
        best = regex = None
        for offset, token in enumerate(checks):
            for check in token:
                if check.regex is None and not check.negated and (best is None or check.column < best[1].column):
                    best = (offset, check)
                elif check.regex is not None and regex is None:
                    regex = (offset, check)
        if best is None and regex is None:
            raise _Unreadable(checks)
        return best or regex

    def matches(self, doc, regex_cache: dict) -> list[tuple[int, int, int, int]]:
        """(rule, key, start, end) of every match, sorted as spaCy's ``AttributeRuler.match`` sorts them."""
        n = len(doc)
        if not n:
            return []
        rows = doc.to_array(self.attrs)
        if rows.ndim == 1:
            rows = rows.reshape(-1, 1)
        table = rows.tolist()
        strings = doc.vocab.strings
        found = set()

        def try_at(position: int, offset: int, pattern: _Pattern) -> None:
            start = position - offset
            end = start + len(pattern.checks)
            if start >= 0 and end <= n and all(check.holds(table[start + i][check.column], strings, regex_cache)
                                               for i, token in enumerate(pattern.checks) for check in token):
                found.add((pattern.rule, pattern.key, start, end))

        for (column, offset), by_value in self.anchors.items():
            values = rows[:, column]
            hits = numpy.nonzero(numpy.isin(values, numpy.fromiter(by_value, dtype=values.dtype)))[0]
            for value, positions in _grouped(values, hits):
                for pattern in by_value[value]:
                    if pattern.single:  # the anchor is its only check: every position is a match
                        found.update((pattern.rule, pattern.key, p, p + 1) for p in positions)
                    else:
                        for position in positions:
                            try_at(position, offset, pattern)
        for offset, anchor, pattern in self.regex_anchors:
            values = rows[:, anchor.column]
            hold = [v for v in numpy.unique(values).tolist() if anchor.holds(v, strings, regex_cache)]
            if hold:
                # in the hashes' own dtype (uint64), as the anchors' values are: no mixed-type comparison
                for position in numpy.nonzero(numpy.isin(values, numpy.array(hold, dtype=values.dtype)))[0].tolist():
                    try_at(position, offset, pattern)
        return sorted(found)


def _grouped(values, hits) -> list[tuple[int, list[int]]]:
    """(value, positions) for each distinct value among ``values[hits]``."""
    if not len(hits):
        return []
    keys = values[hits]
    order = numpy.argsort(keys, kind="stable")
    keys, hits = keys[order], hits[order]
    cuts = numpy.nonzero(keys[1:] != keys[:-1])[0] + 1
    return [(int(group_keys[0]), group.tolist())
            for group_keys, group in zip(numpy.split(keys, cuts), numpy.split(hits, cuts))]


class _IndexedMatches:
    """Over spaCy's AttributeRuler: ``match`` by :class:`_Index` (built at the first doc, again whenever
    rules were added or cleared since)."""

    def match(self, doc):
        index = self.__dict__.get("_kg_index")
        if index is None or index.rules != len(self.attrs) or index.matcher is not self.matcher:
            try:
                index = _Index(self)
            except _Unreadable:
                self.__class__ = self._kg_spacy_class  # spaCy's matcher from now on
                return self.match(doc)
            self.__dict__["_kg_index"] = index
        regex_cache = self.__dict__.setdefault("_kg_regex_cache", {})
        if len(regex_cache) > _REGEX_CACHE_SIZE:  # a long run meets ever more words
            regex_cache.clear()
        return index.matches(doc, regex_cache)


def index_attribute_ruler(nlp) -> bool:
    """Give ``nlp``'s attribute ruler (when it has one whose patterns :class:`_Index` reads) indexed matching.
    Returns whether it did."""
    if "attribute_ruler" not in nlp.pipe_names:
        return False
    ruler = nlp.get_pipe("attribute_ruler")
    if not hasattr(ruler, "match") or not hasattr(ruler, "patterns"):
        return False
    try:
        index = _Index(ruler)
    except _Unreadable:
        return False
    extend_component(ruler, _IndexedMatches)
    ruler.__dict__["_kg_index"] = index  # built here once, not again at the first doc
    return True
