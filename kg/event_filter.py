"""Which rows of the event table to keep: by actor, role, event type, date range, article and modality.

:func:`kg.table.event_rows` takes these criteria as keyword arguments and `kg events` as options
(``--actor``, ``--agent``, ``--target``, ``--type``, ``--since``, ``--until``, ``--article``,
``--asserted-only``). Several values of one criterion keep a row matching any of them; different criteria
keep a row matching all of them.

Actors are resolved as the named queries resolve them (:func:`kg.query.resolve_actor`: label, alias,
ISO3 code or IRI), and an event counts for an actor when the actor, or anyone acting for it, is its agent
or target: the roll-ups kg writes with each event (``kgo:agentRollUp`` / ``kgo:targetRollUp``), read by
the named query ``events-of-actor``. Event types, PLOVER categories and CAMEO root codes come from
ontology/kg.ttl.

Dates
-----
A date, a bound's or a row's, names a period: ``2022`` the whole year, ``2022-03`` the month,
``2022-03-14`` the day. ``since`` starts on the first day of its period and ``until`` ends on the last
day of its (both inclusive: ``until="2022-03"`` keeps the 31st of March). A row is kept when the period
of its ``date`` overlaps that range, i.e. when it may fall in it: ``since="2022-03-15"`` keeps a row
dated ``2022-03`` and one dated ``2022``, and drops one dated ``2022-02``. A row with no date, or with a
date that is not of these forms (a time after the day is ignored), is left out whenever a bound is given.
"""
from __future__ import annotations

import calendar
import datetime as dt
import difflib
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable

from .errors import FilterError

__all__ = ["EventFilter", "DATE_FORMS", "date_period"]

#: The forms a date bound may take (ISO 8601 calendar dates, day, month or year precision).
DATE_FORMS = ("YYYY", "YYYY-MM", "YYYY-MM-DD")

_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_ROW_DATE = re.compile(r"\s*(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:Z|[+-]\d{2}:\d{2}|[T ].*)?\s*")


@lru_cache(maxsize=1)
def _asserted() -> str:
    """The ``modality`` column of an event the text asserts: kgo:Asserted as event_rows shows it."""
    from .rdf.kgo import KGO
    from .rdf.ontology import local_name

    return local_name(KGO.Asserted).lower()


def date_period(text) -> tuple[dt.date, dt.date] | None:
    """(first day, last day) of the period a row's date names; None when it names none.

    A time after the day (``2022-03-14T09:00:00``) or a time zone (``2022-03-14Z``, an xsd:date's) is ignored.

    >>> date_period("2022-02")
    (datetime.date(2022, 2, 1), datetime.date(2022, 2, 28))
    >>> date_period("2022-03-14T09:00:00Z")
    (datetime.date(2022, 3, 14), datetime.date(2022, 3, 14))
    >>> date_period("spring") is None
    True
    """
    match = _ROW_DATE.fullmatch(text) if isinstance(text, str) else None
    return _period(*match.groups()) if match else None


def _period(year: str, month: str | None, day: str | None) -> tuple[dt.date, dt.date] | None:
    try:
        if day is not None:
            one = dt.date(int(year), int(month), int(day))
            return one, one
        if month is not None:
            last = calendar.monthrange(int(year), int(month))[1]
            return dt.date(int(year), int(month), 1), dt.date(int(year), int(month), last)
        return dt.date(int(year), 1, 1), dt.date(int(year), 12, 31)
    except (ValueError, calendar.IllegalMonthError):
        return None


def _bound(what: str, value) -> tuple[dt.date, dt.date] | None:
    """The period a ``since``/``until`` value names: a date, or text of one of DATE_FORMS."""
    if value is None:
        return None
    if isinstance(value, dt.date):  # a datetime is a date too: its day
        day = dt.date(value.year, value.month, value.day)
        return day, day
    match = _DATE.fullmatch(str(value).strip())
    period = _period(*match.groups()) if match else None
    if period is None:
        raise FilterError(what, value, f"is not a date; give {', '.join(DATE_FORMS[:-1])} or {DATE_FORMS[-1]} "
                                       "(ISO 8601)")
    return period


def _values(values) -> tuple[str, ...]:
    """``values`` as a tuple of strings: one string is one value, not its characters."""
    if values is None:
        return ()
    if isinstance(values, str):
        return (values,)
    return tuple(str(v) for v in values)


def _type_matcher(value: str) -> tuple[frozenset[str], frozenset[str]]:
    """(the event types a ``type`` value names, the ``plover`` / ``cameo`` column values it stands for), matched
    against every event type's name in any case but all capitals ("Reject", "reject"), else its PLOVER
    categories and CAMEO root codes ("REJECT" also gives Deny; "4" is "04")."""
    from .rdf.ontology import event_types

    types = event_types()
    wanted = value.strip()
    plover = wanted.upper()
    cameo = wanted.zfill(2) if wanted.isdigit() and len(wanted) <= 2 else wanted
    # a type's own name wins, in any case but all capitals, which is PLOVER's spelling: 'Reject' is Reject only,
    # 'REJECT' PLOVER's category, which files Deny under it too
    named = frozenset(name for name in types if name.casefold() == wanted.casefold() and not wanted.isupper())
    if named:
        return named, frozenset()
    names = frozenset(name for name, event_type in types.items()
                      if plover in event_type.plover or cameo in event_type.cameo)
    if not names:
        ploverset = sorted({p for t in types.values() for p in t.plover})
        cameoset = sorted({c for t in types.values() for c in t.cameo})
        close = difflib.get_close_matches(wanted, [*types, *ploverset], n=3, cutoff=0.6)
        hint = f" (did you mean {' or '.join(close)}?)" if close else ""
        raise FilterError("type", value, f"is no event type, PLOVER category or CAMEO root code{hint}; choose an "
                                         f"event type ({', '.join(types)}), a PLOVER category ({', '.join(ploverset)}) "
                                         f"or a CAMEO root code ({', '.join(cameoset)})")
    return names, frozenset((plover, cameo))


@dataclass(frozen=True)
class EventFilter:
    """Criteria for the rows of the event table, checked when made (no graph needed).

    Parameters
    ----------
    actors, agents, targets : iterable of str
        Actor names (label, alias, ISO3 code or IRI, resolved on the graph): keep events whose agent or
        target (``actors``), agent (``agents``) or target (``targets``) is that actor or acts for it.
    types : iterable of str
        Event types (``Accuse``, ``accuse``), PLOVER categories (``ACCUSE``) or CAMEO root codes (``11``);
        a type with several codes (Attack: CAMEO 18, 19, 20) is kept for each of them.
    since, until : str or datetime.date, optional
        Inclusive bounds on the ``date`` column, each ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (see the
        module notes for partial dates; undated rows are left out when either is given).
    articles : iterable of str
        Article ids (the ``article`` column).
    asserted_only : bool
        Keep only events the text asserts and does not negate.
    include_negated : bool
        Keep events the text says did not happen ("did not attack", modality ``negated``); ``False`` drops
        them, as ``kg events`` does unless asked (``--negated``): an event coder lists what happened or is
        said to be meant, and a row typed Attack that did not happen misleads whoever counts rows.

    Raises
    ------
    FilterError
        An unknown type, a malformed date, or ``since`` after ``until``.

    Examples
    --------
    >>> wanted = EventFilter(types=["accuse"], since="2022-03")
    >>> wanted.keeps({"type": "Accuse", "plover": "ACCUSE", "cameo": "11", "date": "2022-03-14",
    ...               "article": "a1", "modality": "asserted", "negated": False})
    True
    >>> wanted.keeps({"type": "Accuse", "plover": "ACCUSE", "cameo": "11", "date": None,
    ...               "article": "a1", "modality": "asserted", "negated": False})
    False
    >>> bool(EventFilter())
    False
    """

    actors: tuple[str, ...] = ()
    agents: tuple[str, ...] = ()
    targets: tuple[str, ...] = ()
    types: tuple[str, ...] = ()
    since: str | dt.date | None = None
    until: str | dt.date | None = None
    articles: tuple[str, ...] = ()
    asserted_only: bool = False
    include_negated: bool = True
    _type_names: frozenset = field(init=False, repr=False, compare=False, default=frozenset())
    _type_codes: frozenset = field(init=False, repr=False, compare=False, default=frozenset())
    _range: tuple | None = field(init=False, repr=False, compare=False, default=None)

    def __post_init__(self):
        for name in ("actors", "agents", "targets", "types", "articles"):
            object.__setattr__(self, name, _values(getattr(self, name)))
        object.__setattr__(self, "asserted_only", bool(self.asserted_only))
        object.__setattr__(self, "include_negated", bool(self.include_negated))
        matched = [_type_matcher(value) for value in self.types]
        object.__setattr__(self, "_type_names", frozenset().union(*(names for names, _ in matched)))
        object.__setattr__(self, "_type_codes", frozenset().union(*(codes for _, codes in matched)))
        since, until = _bound("since", self.since), _bound("until", self.until)
        if since and until and since[0] > until[1]:
            raise FilterError("since", self.since, f"is after until {str(self.until)!r}: no date is in between")
        if since or until:
            object.__setattr__(self, "_range", (since[0] if since else dt.date.min, until[1] if until else dt.date.max))

    def __bool__(self) -> bool:
        """Whether any criterion is given (an empty filter keeps every row)."""
        return bool(self.actors or self.agents or self.targets or self.types or self._range or self.articles
                    or self.asserted_only or not self.include_negated)

    def keeps(self, row: dict) -> bool:
        """Whether ``row`` meets every criterion but the actor ones (which need the graph: see :meth:`select`)."""
        if self.articles and row["article"] not in self.articles:
            return False
        if self.types and row["type"] not in self._type_names and not (
                {row["plover"], row["cameo"]} & self._type_codes):  # a graph's own type, unknown to kg.ttl
            return False
        if self.asserted_only and (row["negated"] or (row["modality"] or _asserted()) != _asserted()):
            return False  # no modality at all counts as asserted, as in the named queries and the build summary
        if not self.include_negated and (row["negated"] or row["modality"] == "negated"):
            return False
        if self._range is not None:
            period = date_period(row["date"])
            if period is None or period[1] < self._range[0] or period[0] > self._range[1]:
                return False
        return True

    def select(self, source, rows: Iterable[dict]) -> list[dict]:
        """The rows of ``source``'s event table that meet every criterion, in their order.

        ``source`` is the :class:`kg.query.QuerySource` the rows were read from: actor names are
        resolved on it (QueryError naming the candidates when a name matches no actor, or several).
        """
        rows = list(rows)
        if not self:
            return rows
        if self.actors or self.agents or self.targets:
            roles_of = _Roles(source)
            for names, roles, what in ((self.actors, ("agent", "target"), "actor"), (self.agents, ("agent",), "agent"),
                                       (self.targets, ("target",), "target")):
                if names:
                    events = roles_of.events(names, roles, what)
                    rows = [row for row in rows if row["event"] in events]
        return [row for row in rows if self.keeps(row)]


class _Roles:
    """The events each actor took part in, by role, read once per actor from a query source."""

    def __init__(self, source):
        self.source = source
        self._by_actor: dict = {}

    def events(self, names: tuple[str, ...], roles: tuple[str, ...], what: str) -> set[str]:
        """IRIs of the events in which any of the actors ``names`` (or one acting for it) has one of ``roles``."""
        from .query import resolve_actor, run_query

        found: set[str] = set()
        for name in names:
            actor = resolve_actor(self.source, name, what)
            if actor not in self._by_actor:
                columns, rows = run_query(self.source, "events-of-actor", {"actor": actor})
                event_at, role_at = columns.index("event"), columns.index("role")
                self._by_actor[actor] = [(row[event_at], row[role_at]) for row in rows]
            found.update(event for event, role in self._by_actor[actor] if role in roles)
        return found
