"""kgo:confidence: how likely an extracted event is right, from what the extractor knows about it.

An event is described by a few coarse features (:func:`features`): what found it (a CAMEO dictionary
pattern, one of kg's rules, or not said), whether the text asserts it plainly, whether its agent or
target was only a pronoun or a role ("he", "the minister"), whether it has a target, whether the
extractor saw the agent as the trigger's own grammatical subject, and how far apart in the parse the
trigger and its agent are, when the extractor says.

The numbers live in ontology/confidence.json, written by ``tools/calibrate_confidence.py``: it extracts
the dev articles that have gold events (../shared/gold/dev-events-*.tsv), marks each event right when
the gold scorer (../shared/tools/score_events.py) matches its (agent, type, target) triple, and stores
the precision of all events (``base``) and of each feature's buckets (smoothed towards ``base`` by
``prior_weight`` pseudo-events, so a bucket of three events barely moves it). An event's confidence is
``base`` times, per feature, its bucket's precision over ``base`` (the features taken as independent),
kept within [``floor``, ``ceiling``]: a rough, honest number that ranks events, not a probability to
the second decimal.
"""
from __future__ import annotations

from functools import lru_cache

__all__ = ["confidence_of", "features", "FEATURES"]

#: The features, in the order the calibration table lists them.
FEATURES = ("found_by", "modality", "actors", "target", "subject", "distance")
#: Parse distance (dependency arcs between trigger and agent) up to which an agent is "near".
NEAR = 2


@lru_cache(maxsize=1)
def _table() -> dict:
    from ..resources import read_json_resource

    return read_json_resource("confidence.json")


@lru_cache(maxsize=1)
def _pronouns() -> frozenset:
    from ..resources import read_json_resource

    rules = read_json_resource("lexicon", "rules.json")
    return frozenset(rules["subject_pronouns_person"] + rules["subject_pronouns_thing"] + rules["first_person"])


def _named(text: str | None) -> bool:
    """The actor was named ("Russia", "Sergei Lavrov"), not referred to ("he", "the foreign minister")."""
    if not text:
        return True  # no text of its own recorded: the extractor took the actor's name
    words = text.split()
    return words[0].casefold() not in _pronouns() and (words[0][:1].isupper() or words[0][:1].isdigit())


def features(event) -> dict:
    """The calibration features of ``event`` (a :class:`kg.model.Event`), each a short string."""
    source = getattr(event, "source", None) or ""
    distance = getattr(event, "parse_distance", None)
    return {
        "found_by": "cameo" if source.startswith("cameo:") else "rule" if source.startswith("kg:") else "unsaid",
        "modality": "asserted" if event.modality == "Asserted" and not event.negated else "hedged",
        "actors": "named" if _named(event.agent_text) and (event.target is None or _named(event.target_text))
                  else "pronoun_or_role",
        "target": "none" if event.target is None else "given",
        # the extractor's own score is 0.85 when the trigger has its own subject (or passive agent)
        "subject": "own" if event.confidence >= 0.8 else "borrowed",
        "distance": "unknown" if distance is None else "near" if distance <= NEAR else "far",
    }


def confidence_of(event) -> float:
    """kgo:confidence of ``event``: a number from 0 to 1 (see the module notes), rounded to 2 places."""
    table = _table()
    base = table["base"]
    value = base
    for name, bucket in features(event).items():
        precision = table["buckets"].get(name, {}).get(bucket)
        if precision is not None:
            value *= precision / base
    return round(min(table["ceiling"], max(table["floor"], value)), 2)
