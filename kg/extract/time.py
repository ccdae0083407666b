"""Resolve time expressions ("Tuesday", "yesterday", "earlier this month", "in 2014") against the article date."""
from __future__ import annotations

import datetime as dt
import re

__all__ = ["resolve_time"]

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december"]
_MONTH_ABBR = {m[:3]: i + 1 for i, m in enumerate(MONTHS)}


def _month(word: str) -> int | None:
    return _MONTH_ABBR.get(word[:3].lower()) if word[:3].lower() in _MONTH_ABBR and (
        word.lower() in MONTHS or len(word) <= 4) else None


def resolve_time(text: str, article_date: str | None) -> str | None:
    """An ISO date (YYYY-MM-DD), month (YYYY-MM) or year (YYYY) for ``text``, or None when it cannot be resolved.

    Relative expressions need the article date; without it they stay unresolved rather than guessed.

    >>> resolve_time("Tuesday", "2021-12-22")
    '2021-12-21'
    >>> resolve_time("earlier this month", "2021-12-22")
    '2021-12'
    >>> resolve_time("in 2014", None)
    '2014'
    >>> resolve_time("December 18", "2021-12-22")
    '2021-12-18'
    """
    t = text.lower().strip()
    t = re.sub(r"^(on|in|since|by|during|last|this|next|early|late|earlier|later)\s+(?=\w)", lambda m: m.group(0) if m.group(1) in ("last", "this", "next", "earlier", "later", "early", "late") else "", t)
    base = None
    if article_date:
        try:
            base = dt.date.fromisoformat(article_date[:10])
        except ValueError:
            base = None
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", t)
    if m:
        return t
    # explicit day + month (+ year): "December 18", "18 December 2021", "Dec. 18, 2021"
    m = re.search(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\.?(?:,?\s+(\d{4}))?\b", t) or None
    n = re.search(r"\b([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?\b", t)
    for match, day_group, month_group in ((m, 1, 2), (n, 2, 1)):
        if match and _month(match.group(month_group)):
            month = _month(match.group(month_group))
            day = int(match.group(day_group))
            year = int(match.group(3)) if match.group(3) else (base.year if base else None)
            if year is None:
                return None
            if not match.group(3) and base and dt.date(year, month, min(day, 28)) > base + dt.timedelta(days=31):
                year -= 1
            try:
                return dt.date(year, month, day).isoformat()
            except ValueError:
                return None
    m = re.search(r"\b(1[89]\d{2}|20\d{2})\b", t)
    if m and not re.search(r"\b(%s)\b" % "|".join(MONTHS), t):
        return m.group(1)
    m = re.search(r"\b(%s)\b(?:\s+(\d{4}))?" % "|".join(MONTHS), t)
    if m:
        month = MONTHS.index(m.group(1)) + 1
        if m.group(2):
            return f"{m.group(2)}-{month:02d}"
        if base is None:
            return None
        year = base.year
        if "next" in t or (month < base.month - 2 and "last" not in t):
            year += 1 if ("next" in t or month < base.month - 6) else 0
        if "last" in t and month >= base.month:
            year -= 1
        return f"{year}-{month:02d}"
    if base is None:
        return None
    if re.search(r"\b(today|tonight|this morning|this afternoon|this evening|now)\b", t):
        return base.isoformat()
    if re.search(r"\byesterday\b", t):
        return (base - dt.timedelta(days=1)).isoformat()
    if re.search(r"\btomorrow\b", t):
        return (base + dt.timedelta(days=1)).isoformat()
    for i, day in enumerate(WEEKDAYS):
        if re.search(rf"\b{day}\b", t):
            delta = (base.weekday() - i) % 7
            if "next" in t:
                return (base + dt.timedelta(days=(i - base.weekday()) % 7 or 7)).isoformat()
            return (base - dt.timedelta(days=delta or (7 if "last" in t else 0))).isoformat()
    if re.search(r"\b(this|earlier this|later this|last|next)\s+month\b", t):
        year, month = base.year, base.month
        if "last" in t:
            month -= 1
        elif "next" in t:
            month += 1
        year += (month - 1) // 12
        month = (month - 1) % 12 + 1
        return f"{year}-{month:02d}"
    if re.search(r"\b(this|earlier this|later this|last|next)\s+year\b", t):
        return str(base.year + (1 if "next" in t else -1 if "last" in t else 0))
    if re.search(r"\blast week\b", t):
        return (base - dt.timedelta(days=7)).isoformat()[:7]
    return None
