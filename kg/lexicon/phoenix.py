"""Read the Phoenix actor, agent and discard dictionaries (ontology/dictionaries/, MIT, see its LICENSE).

Formats (PETRARCH-2's ``dictionaries.rst``):

* actors: a record is a primary phrase, optional ``+synonym`` lines, and optional code lines starting with
  a tab; a code is ``[CODE]`` (default) or ``[CODE <date]``, ``[CODE >date]``, ``[CODE date-date]``, with
  dates as YYMMDD or YYYYMMDD. Codes may also follow a phrase on its own line. Words are joined by ``_``.
* agents: ``PHRASE {plural} [~SECTOR]`` (``~`` first: the sector follows the actor's code; ``NGO~``: the
  code itself). ``!MARKER! = A, B`` defines substitutions; regular plurals are generated unless ``{}``.
* discards: one phrase a line; a ``+`` first marks a phrase that voids the whole story.

Every record keeps the file and line it came from, so an actor can say where it came from. No spaCy here.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from ..errors import KgError

__all__ = ["CodeSpan", "ActorRecord", "AgentRecord", "DiscardRecord", "read_actors", "read_agents",
           "read_discards", "phrase_words", "code_on", "PhoenixFormatError"]

#: A two-digit year at or below this is 20YY, above it 19YY (the dictionaries mix both forms).
TWO_DIGIT_PIVOT = 30


class PhoenixFormatError(KgError):
    """A dictionary line that does not follow the format."""


@dataclass(frozen=True)
class CodeSpan:
    """A CAMEO actor code, valid from ``start`` to ``end`` inclusive (ISO dates; None = open)."""

    code: str
    start: str | None = None
    end: str | None = None

    def holds_on(self, day: str) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)

    @property
    def dated(self) -> bool:
        return self.start is not None or self.end is not None


@dataclass
class ActorRecord:
    """One actor record: its phrases (lower-case words joined by spaces), codes and origin."""

    phrases: list[str]
    codes: list[CodeSpan] = field(default_factory=list)
    source: str = ""
    comment: str = ""

    @property
    def primary(self) -> str:
        return self.phrases[0]


@dataclass(frozen=True)
class AgentRecord:
    phrase: str
    code: str          # the sector letters, e.g. "GOVFRM", or "NGO"
    prefix: bool       # True for "NGO~": the code stands before the actor's (or alone)
    source: str


@dataclass(frozen=True)
class DiscardRecord:
    phrase: str
    whole_story: bool
    source: str


def phrase_words(raw: str) -> str:
    """'RUSSIAN_FOREIGN_MINISTER_' -> 'russian foreign minister'."""
    return " ".join(raw.replace("_", " ").lower().split())


def _iso_day(text: str, where: str) -> str:
    if len(text) == 6:
        year = int(text[:2])
        year += 2000 if year <= TWO_DIGIT_PIVOT else 1900
        month, day = int(text[2:4]), int(text[4:6])
    elif len(text) == 8:
        year, month, day = int(text[:4]), int(text[4:6]), int(text[6:8])
    else:
        raise PhoenixFormatError(f"{where}: date {text!r} is neither YYMMDD nor YYYYMMDD")
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        raise PhoenixFormatError(f"{where}: date {text!r} is not a calendar day") from None


_BRACKET = re.compile(r"\[([^\]]*)\]")
#: A CAMEO actor code: a country or organisation, then sectors, three characters each.
_CODE = re.compile(r"[A-Z]{3}([A-Z0-9]{3})*")


def _code_spans(text: str, where: str, problems: list[str]) -> list[CodeSpan]:
    spans = []
    for inner in _BRACKET.findall(text):
        parts = inner.split()
        if not parts or parts[0] == "---":
            continue
        code, restriction = parts[0], "".join(parts[1:])
        if not _CODE.fullmatch(code):
            problems.append(f"{where}: code {code!r} is not three letters then three-letter sectors")
            continue
        try:
            if not restriction:
                spans.append(CodeSpan(code))
            elif restriction.startswith("<"):
                spans.append(CodeSpan(code, end=_iso_day(restriction[1:], where)))
            elif restriction.startswith(">"):
                spans.append(CodeSpan(code, start=_iso_day(restriction[1:], where)))
            elif "-" in restriction:
                first, last = restriction.split("-", 1)
                spans.append(CodeSpan(code, _iso_day(first, where), _iso_day(last, where)))
            else:
                raise PhoenixFormatError(f"{where}: restriction {restriction!r} is not <date, >date or date-date")
        except PhoenixFormatError as exc:
            problems.append(str(exc))  # one bad date loses that restriction only, never the record
    return spans


def _split_comment(line: str) -> tuple[str, str]:
    body, _, comment = line.partition("#")
    return body, comment.strip()


def read_actors(path: Path, problems: list[str] | None = None) -> list[ActorRecord]:
    """The actor records of one ``.actors.txt`` file, in file order.

    ``problems`` (when given) collects ``file:line: message`` for restrictions that could not be read.
    """
    problems = problems if problems is not None else []
    records: list[ActorRecord] = []
    current: ActorRecord | None = None
    joined = False
    name = Path(path).name
    with open(path, encoding="utf-8", errors="replace") as handle:
        for number, line in enumerate(handle, 1):
            where = f"{name}:{number}"
            body, comment = _split_comment(line.rstrip("\n"))
            if not body.strip():
                if not line.strip():
                    joined = False  # a blank line closes a record still waiting for its codes
                continue
            if body[:1].isspace():  # a code line belongs to the record above
                if current is not None:
                    current.codes.extend(_code_spans(body, where, problems))
                continue
            text = body.strip()
            synonym = text.startswith("+")
            phrase_part = _BRACKET.split(text.lstrip("+"))[0].split(";")[0]
            phrase = phrase_words(phrase_part)
            codes = _code_spans(text, where, problems)
            if synonym and current is not None and not current.codes:
                if phrase:
                    current.phrases.append(phrase)
                current.codes.extend(codes)
                continue
            if synonym and current is not None and current.codes:
                # a synonym after the codes still belongs to the record (the files do this now and then)
                if phrase:
                    current.phrases.append(phrase)
                continue
            if not phrase:
                continue
            if joined and current is not None and not current.codes and not codes:
                # a name without '+' right under a record still waiting for its codes: the files list
                # synonyms that way now and then (BORIS_YELTSIN_, then BORIS_N._YELTSIN, ..., then the codes)
                current.phrases.append(phrase)
                continue
            current = ActorRecord([phrase], codes, where, comment)
            records.append(current)
            joined = True
    return records


_MARKER = re.compile(r"^!(\w+)!\s*=\s*(.+)$")


def _plurals(word_phrase: str) -> list[str]:
    last = word_phrase.rsplit(" ", 1)[-1]
    head = word_phrase[: len(word_phrase) - len(last)]
    if last.endswith(("ss", "sh", "ch", "x")):
        return [head + last + "es"]
    if last.endswith("y") and last[-2:-1] not in "aeiou":
        return [head + last[:-1] + "ies"]
    if last.endswith("man"):
        return [head + last[:-3] + "men"]
    if last.endswith("s"):
        return []
    return [head + last + "s"]


def read_agents(path: Path) -> list[AgentRecord]:
    """Agent phrases (singular and plural) with their sector code, in file order."""
    markers: dict[str, list[str]] = {}
    out: list[AgentRecord] = []
    name = Path(path).name
    with open(path, encoding="utf-8", errors="replace") as handle:
        for number, line in enumerate(handle, 1):
            body, _ = _split_comment(line.rstrip("\n"))
            body = body.strip()
            if not body or body.startswith("<!--"):
                continue
            marker = _MARKER.match(body)
            if marker:
                markers[marker.group(1).upper()] = [w.strip() for w in marker.group(2).split(",") if w.strip()]
                continue
            found = re.search(r"\[([^\]}]*)[\]}]", body)
            if not found or "~" not in found.group(1):
                continue
            raw_code = found.group(1).strip()
            prefix = raw_code.endswith("~")
            code = raw_code.strip("~")
            before = body[: found.start()]
            plural_match = re.search(r"\{([^}]*)\}", before)
            explicit_plural = plural_match.group(1).split() if plural_match else None
            raw_phrase = re.sub(r"\{[^}]*\}", " ", before).strip()
            variants = [raw_phrase]
            for key, values in markers.items():
                token = f"!{key}!"
                if any(token in v for v in variants):
                    variants = [v.replace(token, value) for v in variants for value in values]
            source = f"{name}:{number}"
            for variant in variants:
                phrase = phrase_words(variant)
                if not phrase or "!" in phrase:
                    continue
                forms = [phrase]
                if explicit_plural is not None:
                    forms += [phrase_words(p) for p in explicit_plural]
                elif "!" not in raw_phrase:  # marker lists already spell both numbers
                    forms += _plurals(phrase)
                for form in forms:
                    out.append(AgentRecord(form, code, prefix, source))
    return out


def read_discards(path: Path) -> list[DiscardRecord]:
    out = []
    name = Path(path).name
    with open(path, encoding="utf-8", errors="replace") as handle:
        for number, line in enumerate(handle, 1):
            body, _ = _split_comment(line.rstrip("\n"))
            body = body.split(";")[0].strip()
            if not body:
                continue
            whole = body.startswith("+")
            phrase = phrase_words(body.lstrip("+"))
            if phrase:
                out.append(DiscardRecord(phrase, whole, f"{name}:{number}"))
    return out


def code_on(codes: list[CodeSpan], day: str | None) -> CodeSpan | None:
    """The code that applies on ``day`` (ISO date): a dated restriction holding that day, else the default.

    Without a day, the current role: a restriction still open (no end date), else the default, else the
    restriction that ended last.
    """
    if day:
        for span in codes:
            if span.dated and span.holds_on(day[:10]):
                return span
        return next((span for span in codes if not span.dated), None)
    current = [span for span in codes if span.dated and span.end is None]
    if current:
        return max(current, key=lambda span: span.start or "")
    default = next((span for span in codes if not span.dated), None)
    if default is not None or not codes:
        return default
    return max(codes, key=lambda span: span.end or "9999")
