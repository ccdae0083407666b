"""The text of an article as the parser should read it, offsets unchanged: lines a fixed width wrapped joined
again, Markdown's emphasis marks and link targets blanked out. Each function returns a string of the same
length, every character of the article's own words at its own offset, so evidence offsets stay those of the
article."""
from __future__ import annotations

import re

__all__ = ["parse_ready", "join_wrapped_lines", "blank_markup"]


def parse_ready(text: str) -> str:
    """``text`` with its markup blanked and its wrapped lines joined (:func:`blank_markup`,
    :func:`join_wrapped_lines`). A line is measured as it was wrapped, its link targets counted (the wrapper
    counted them), and a break inside a link's text only wraps it."""
    links = [m.span(1) for m in _LINK.finditer(text) if "\n" in m.group(1)] if "](" in text else []
    return join_wrapped_lines(blank_markup(text), measured=text, inside=links)


#: A line at least this long that a single line break ends was wrapped at a fixed width (hard-wrapped text is
#: wrapped at 60-80 characters; a heading, a bullet or an address line is shorter or stands alone)
WRAPPED_LINE_CHARS = 50
_LONE_BREAK = re.compile(r"(?<!\n)\n(?![ \t\u00a0]*\n)")
# what starts a line of its own even inside a paragraph: a bullet, a numbered item, a table row, a quote, markup
_ITEM_START = re.compile(r"[ \t\u00a0]*(?:[-*\u2022\u00b7#>|+<]|\(?(?:\d{1,3}|[a-z]|[ivx]{1,4})[.)][ \t])")


def _continues(first_line: str, next_char: str) -> bool:
    """Whether the text's first line runs on into the next rather than being a title: it ends a sentence, or
    ends mid-phrase (a comma, a function word: "... of", "... to be the"), or the next line opens in lower case,
    or it reads as prose, not a heading: most of its words lower case ("A delegation comprising senior members of
    the National" / "Security Council staff ..."; a title-case heading capitalises all but its function words)."""
    from spacy.lang.en.stop_words import STOP_WORDS

    words = first_line.split()
    last = words[-1]
    return (first_line[-1] in ".!?,;\"\u201d" or next_char.islower()
            or (last.islower() and last in STOP_WORDS)
            or sum(w[:1].islower() for w in words) > len(words) / 2)


def join_wrapped_lines(text: str, measured: str | None = None, inside: list[tuple[int, int]] = ()) -> str:
    r"""``text`` with each line break that only wraps a long line of prose made a space (offsets unchanged).

    Text wrapped at a fixed width breaks sentences mid-phrase; a break that starts a sentence would cut off a
    party, an object or a name ("Prime Minister Varadkar of / Ireland"). A break still ends its line when the
    line is short, when a blank line follows, when the next line opens an item (a bullet, "2.", a table row) or
    when the line is the text's first and reads as a title (see :func:`_continues`).

    ``measured``: the text, of the same length, whose lines are measured (the text as it was wrapped, when
    ``text`` has blanked some of it). ``inside``: spans in which every lone break only wraps (a link's text).

    >>> join_wrapped_lines("The two leaders agreed to deepen cooperation on clean energy and\ncritical minerals.")
    'The two leaders agreed to deepen cooperation on clean energy and critical minerals.'
    """
    if "\n" not in text:
        return text

    measured = text if measured is None else measured

    def joined(found: re.Match) -> str:
        at = found.start()
        if any(begin <= at < end for begin, end in inside):
            return " "
        start = text.rfind("\n", 0, at) + 1
        line = text[start:at].strip()
        if len(measured[start:at].strip()) < WRAPPED_LINE_CHARS or _ITEM_START.match(text, at + 1):
            return "\n"
        if start == 0 and not _continues(line, text[at + 1:at + 2]):
            return "\n"
        return " "

    return _LONE_BREAK.sub(joined, text)


# "**bold**", "*Roe v. Wade*": emphasis marks touching a word (a bullet's "* " is left alone)
_EMPHASIS = re.compile(r"(?<=\S)\*\*?|\*\*?(?=\S)")
# "[text](https://...)", "![alt](image.png)": the brackets, the mark and the target go, the text stays
_LINK = re.compile(r"!?\[([^\[\]]{0,300})\]\(([^()\s]{1,2000})\)")


def blank_markup(text: str) -> str:
    """``text`` with Markdown's emphasis marks and link targets made spaces (offsets unchanged): scraped pages
    carry them, and a name the parser reads as "Solomon**](https://x.com" is no name.

    >>> blank_markup("**Goldman Sachs** backs [the plan](https://example.org/plan).")
    '  Goldman Sachs   backs  the plan                           .'
    """
    if "*" not in text and "](" not in text:
        return text
    text = _LINK.sub(lambda m: " " * (m.start(1) - m.start()) + m.group(1) + " " * (m.end() - m.end(1)), text)
    return _EMPHASIS.sub(lambda m: " " * len(m.group()), text)
