"""A stance on an act named only by a definite noun ('Berlin condemned the attack'), aimed at the doer of that act
as an earlier event of the text gives it."""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace

from ...model import Event
from .tokens import _child, _prep_objects

__all__ = ["ActReferents"]


class ActReferents:
    """Mixin of the extractor: needs ``doc``, ``rules`` and ``_side`` (DocumentRules)."""

    def referred_act_targets(self, events: list[Event]) -> list[tuple[Event, Event]]:
        """'X shelled Y overnight. Z condemned the attack.': a criticism, protest or accusation with no one named,
        whose object is an act said with a definite or demonstrative determiner and nothing of its own naming its
        doer ('the attack', 'these actions', 'this launch'), refers back to the last act of force or pressure an
        actor of another side was said to have done, in the same sentence before it or in the two sentences
        before (rules.json referred_acts), else to whom the same speaker asks something in the same sentence.
        Returns (stance, aimed stance) pairs."""
        rule = self.rules["referred_acts"]
        starts = [s.start_char for s in self.doc.sents]
        acts = sorted((e for e in events if e.type in rule["act_types"] and e.agent is not None
                       and e.modality == "Asserted"), key=lambda e: e.trigger_start)
        aimed = []
        for stance in events:
            if stance.type not in rule["stance_types"] or stance.target is not None or stance.agent is None:
                continue
            noun = self._referring_object(stance, rule)
            if noun is None:
                continue
            here = bisect_right(starts, stance.trigger_start) - 1
            earliest = starts[max(here - rule["sentences_back"], 0)]
            own = self._side(stance.agent)
            antecedent = next((e for e in reversed(acts) if earliest <= e.trigger_start < stance.trigger_start
                               and not self._side(e.agent) & own), None)
            if antecedent is not None:
                aimed.append((stance, replace(stance, target=antecedent.agent, target_text=antecedent.agent_text)))
                continue
            # "We condemn these actions, and we call for X to stop": the one the same speaker asks to stop, in the
            # same sentence, is the one whose actions they are
            asked = next((e for e in events if e.type in rule["asking_types"] and e.start == stance.start
                          and e.agent is not None and e.agent.key == stance.agent.key and e.target is not None
                          and not self._side(e.target) & own), None)
            if asked is not None:
                aimed.append((stance, replace(stance, target=asked.target, target_text=asked.target_text)))
        return aimed

    def _referring_object(self, stance: Event, rule: dict):
        span = self.doc.char_span(stance.trigger_start, stance.trigger_end)
        if span is None or span.root.pos_ != "VERB":
            return None
        verb = span.root
        obj = _child(verb, "dobj")
        if obj is None or obj.lemma_.lower() not in rule["nouns"]:
            return None
        determiners = {c.lower_ for c in obj.children if c.dep_ == "det"}
        if not determiners & set(rule["determiners"]) or _child(obj, "poss") is not None \
                or any(_prep_objects(obj, prep) for prep in ("by", "of", "on", "against")):
            return None  # "condemned the attack by X / on Y": the noun names its own sides
        if any(c.dep_ in ("amod", "compound") and c.ent_type_ for c in obj.children):
            return None  # "condemned the Russian attack": its doer is named
        return obj
