"""Is an article English? A cheap, offline check: the Unicode script of its letters, then, for Latin
script, which language's commonest function words (ontology/language/function-words.json) it uses most.

kg's pipeline reads English only; an article in another language is reported and skipped rather than
returning nothing in silence.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from ..resources import read_json_resource

__all__ = ["detect_language", "is_english"]

#: Characters read from the start of an article: enough words to decide, little time.
SAMPLE = 3000
#: Below this many function words the text is too short to tell: taken as English.
MIN_EVIDENCE = 6
#: ... and below this many different ones.
MIN_DISTINCT = 4
#: The Unicode name's first word -> the language reported for a script other than Latin.
SCRIPTS = {"CYRILLIC": "ru", "ARABIC": "ar", "CJK": "zh", "HIRAGANA": "ja", "KATAKANA": "ja", "HANGUL": "ko",
           "GREEK": "el", "HEBREW": "he", "DEVANAGARI": "hi", "THAI": "th", "ARMENIAN": "hy", "GEORGIAN": "ka"}
_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=1)
def _function_words() -> dict[str, frozenset[str]]:
    data = read_json_resource("language", "function-words.json")
    return {lang: frozenset(words) for lang, words in data.items() if not lang.startswith("_")}


def _script_language(sample: str) -> str | None:
    counts: dict[str, int] = {}
    letters = 0
    for char in sample:
        if not char.isalpha():
            continue
        letters += 1
        if char.isascii():
            continue
        script = unicodedata.name(char, "").split(" ")[0]
        if script in SCRIPTS:
            counts[SCRIPTS[script]] = counts.get(SCRIPTS[script], 0) + 1
    if not letters or not counts:
        return None
    lang, count = max(counts.items(), key=lambda pair: pair[1])
    return lang if count > 0.3 * letters else None


def detect_language(text: str) -> str:
    """A two-letter code for the language ``text`` is most likely in ('en' when unsure)."""
    sample = text[:SAMPLE]
    script = _script_language(sample)
    if script is not None:
        return script
    words = [w.lower() for w in _WORD.findall(sample)]
    scores = {lang: sum(1 for w in words if w in vocab) for lang, vocab in _function_words().items()}
    best = max(scores, key=scores.get)
    distinct = len({w for w in words if w in _function_words()[best]})
    # a text in a language uses many of its function words; one word shared with English repeated
    # ("over", "in") is no evidence
    if best == "en" or scores[best] < MIN_EVIDENCE or distinct < MIN_DISTINCT or scores[best] < 1.5 * scores.get("en", 0):
        return "en"
    return best


def is_english(text: str) -> bool:
    return detect_language(text) == "en"
