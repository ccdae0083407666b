"""Who does what a plan, plot or attempt names: the doer of a noun's infinitive ('the Dutch plan to send troops',
'France foiled a plot to kill X', 'a man charged in a plot to kill X'). Part of
:class:`kg.extract.actors.ActorFinder`, used by its subject search (:mod:`kg.extract.actors.pronouns`)."""
from __future__ import annotations

from spacy.tokens import Token

from .tree import is_to_infinitive


def named_owner(noun: Token, by: bool = False) -> Token | None:
    """The possessor of ``noun`` ("India's decision"), or with ``by`` its 'by' phrase ("a plan by Egypt"); None
    when the possessor is a pronoun ("their resolve to"): that is left to the climb to the clause's subject."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None and by:
        owner = next((o for p in noun.children if p.dep_ == "prep" and p.lower_ == "by"
                      for o in p.children if o.dep_ == "pobj"), None)
    return None if owner is None or owner.pos_ == "PRON" else owner


class Plans:
    """Mixin of :class:`kg.extract.actors.ActorFinder` (needs ``by_token``, ``rules`` and ``find_subject``)."""

    def _national_owner(self, noun: Token) -> Token | None:
        """'the Dutch plan to send troops', 'U.S. efforts to support X': a nationality adjective or a state's name
        on a noun of intent names whose it is."""
        return next((c for c in noun.children if c.dep_ in ("amod", "compound") and c.i in self.by_token
                     and self.by_token[c.i].ref.cls == "State"), None)

    def _doer_of_plan(self, plan: Token, _depth: int) -> tuple[bool, Token | None]:
        """Who does what the infinitive of ``plan`` (a noun: 'decision', 'plot') says, and whether the phrase
        says it: the noun's owner ('India's decision to', 'a plan by Egypt to', 'the Dutch plan to'); no one
        said when the noun is the object of a verb that reacts to another's plan (rules.json plans_of_others:
        'welcomed the plan to send troops'); the one a plan noun's phrase is said of ('a man charged in a plot
        to', 'Russia was involved in a plot to')."""
        owner = named_owner(plan, by=True) or self._national_owner(plan)
        if owner is not None:
            return True, owner
        rule = self.rules["plans_of_others"]
        if plan.dep_ == "dobj" and plan.head.lemma_.lower() in rule["verbs"]:
            return True, None
        if plan.dep_ == "pobj" and plan.lemma_.lower() in rule["nouns"]:
            holder = plan.head.head
            if holder.pos_ in ("NOUN", "PROPN"):
                return True, holder
            return True, holder.head if holder.dep_ in ("acl", "relcl") else self.find_subject(holder, _depth + 1)
        return False, None

    def _plan_before(self, verb: Token) -> Token | None:
        """The plan noun (rules.json plans_of_others nouns) right before ``verb``'s 'to', the object of the verb
        or of a preposition on the verb the parser made ``verb`` an adverbial clause of."""
        to = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to"), None)
        if verb.dep_ != "advcl" or not is_to_infinitive(verb) or to is None or to.i == 0:
            return None
        plan = verb.doc[to.i - 1]
        if plan.lemma_.lower() not in self.rules["plans_of_others"]["nouns"]:
            return None
        on_the_verb = plan.head if plan.dep_ == "dobj" else plan.head.head if plan.dep_ == "pobj" else None
        return plan if on_the_verb is not None and on_the_verb.i == verb.head.i else None
