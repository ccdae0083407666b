"""One node per actor: the mentions of an article, merged where the text says two names are one actor
(an acronym defined in the text, 'Korea' where the article otherwise names 'South Korea')."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Span

from ...model import ActorRef
from .kinds import DOCUMENT_WORDS
from .names import is_acronym_of


@dataclass
class Mention:
    ref: ActorRef
    span: Span


class MentionMerging:
    """Part of :class:`kg.extract.actors.ActorFinder`: merges its mentions."""

    def _merge_acronyms(self):
        """'the Liberal Democratic Party (LDP)', '... or LDP': the acronym names the same actor everywhere."""
        doc = self.doc
        defined: dict[str, ActorRef] = {}
        documents = {doc[i + 1].text for i in range(1, len(doc) - 2)  # "a National Security Memorandum (NSM)"
                     if doc[i].text == "(" and doc[i + 2].text == ")" and doc[i - 1].lower_ in DOCUMENT_WORDS
                     and doc[i - 1].text[:1].isupper()}
        for mention in [m for m in self.mentions if m.span.text in documents]:
            self.mentions.remove(mention)
            for tok in mention.span:
                self.by_token.pop(tok.i, None)
        for mention in list(self.mentions):
            end = mention.span.end
            if end + 1 < len(doc) and doc[end].text in ("(", "or") :
                short = doc[end + 1]
                closed = doc[end].text == "or" or (end + 2 < len(doc) and doc[end + 2].text == ")")
                if closed and is_acronym_of(short.text, mention.span.text) and mention.ref.cls != "Person":
                    defined[short.text] = mention.ref
        if not defined:
            return
        for tok in doc:
            ref = defined.get(tok.text)
            if ref is None:
                continue
            old = self.by_token.get(tok.i)
            if old is not None and old.ref.key == ref.key:
                continue
            if old is not None:
                self.mentions.remove(old)
            mention = Mention(ref, doc[tok.i: tok.i + 1])
            self.mentions.append(mention)
            self.by_token[tok.i] = mention
        self.mentions.sort(key=lambda m: m.span.start)

    def _follow_short_names(self):
        """'Korea' on its own means the Korea the article otherwise names ('South Korea' five times)."""
        states = Counter(m.ref.key for m in self.mentions if m.ref.cls == "State")
        for number, mention in enumerate(self.mentions):
            if mention.ref.cls not in ("State", "Place") or len(mention.span) != 1 or mention.span.label_ == "NORP":
                continue
            word = mention.span.text
            fuller = [key for key in states if key != mention.ref.key
                      and word in self.gaz[key].label.split() if key in self.gaz] if word[:1].isupper() else []
            if not fuller:
                continue
            best = max(fuller, key=lambda key: states[key])
            if mention.ref.key in self.gaz and self.gaz[mention.ref.key].label == word and \
                    states[mention.ref.key] >= states[best]:
                continue
            replacement = Mention(self.gazetteer_ref(best), mention.span)
            self.mentions[number] = replacement
            for tok in mention.span:
                self.by_token[tok.i] = replacement
