"""Per-sentence facts of a document computed once, and the evidence text of a sentence or phrase."""
from __future__ import annotations

from bisect import bisect_left, bisect_right

from spacy.tokens import Doc, Token

class _SentenceIndex:
    """Which sentence each token is in, each sentence's root, evidence and 'according' tokens, and the entity
    at each token, computed once per document so that the per-event helpers cost O(1) instead of a
    rescan of the sentence (or of every entity of the document) per event."""

    def __init__(self, doc: Doc):
        self.sents = list(doc.sents)
        self.sent_of = [0] * len(doc)
        for number, sent in enumerate(self.sents):
            self.sent_of[sent.start:sent.end] = [number] * (sent.end - sent.start)
        self.entity = [None] * len(doc)
        for ent in doc.ents:
            self.entity[ent.start:ent.end] = [ent] * (ent.end - ent.start)
        self._roots: dict = {}
        self._evidence: dict = {}
        self._according: dict = {}
        self._dates: dict = {}
        self._orders: dict = {}
        self._words: dict = {}

    def root(self, tok: Token) -> Token:
        number = self.sent_of[tok.i]
        if number not in self._roots:
            self._roots[number] = self.sents[number].root
        return self._roots[number]

    def evidence(self, tok: Token) -> tuple[str, int, int]:
        number = self.sent_of[tok.i]
        if number not in self._evidence:  # one string per sentence, shared by its events
            self._evidence[number] = _evidence(self.sents[number])
        return self._evidence[number]

    def according(self, tok: Token) -> list[Token]:
        number = self.sent_of[tok.i]
        if number not in self._according:
            self._according[number] = [t for t in self.sents[number] if t.lower_ == "according"]
        return self._according[number]

    def words(self, sent) -> frozenset:
        """The lower-case forms and lemmas of ``sent``'s tokens, read in one pass: a sentence rule whose words
        are not among them has nothing to look at."""
        found = self._words.get(sent.start)
        if found is None:
            found = self._words[sent.start] = frozenset(
                word for t in sent for word in (t.lower_, t.lemma_.lower()))
        return found

    def entity_at(self, i: int):
        return self.entity[i]

    def dates_under(self, tok: Token) -> list[Token]:
        """The DATE and TIME tokens of ``tok``'s subtree, in text order."""
        number = self.sent_of[tok.i]
        dates = self._dates.get(number)
        if dates is None:
            dates = self._dates[number] = [t.i for t in self.sents[number] if t.ent_type_ in ("DATE", "TIME")]
        doc = tok.doc
        inside = dates[bisect_left(dates, tok.left_edge.i):bisect_right(dates, tok.right_edge.i)]
        if not inside:
            return []
        enter, leave = self._tree_order(number)
        return [doc[i] for i in inside if enter[tok.i] <= enter[i] and leave[i] <= leave[tok.i]]

    def _tree_order(self, number: int) -> tuple[dict, dict]:
        """Pre- and post-order numbers of sentence ``number``'s tokens (u is under v iff v's span of numbers
        holds u's): subtree membership in O(1) however deep the parse."""
        order = self._orders.get(number)
        if order is None:
            enter, leave, clock = {}, {}, 0
            sent = self.sents[number]
            roots = [t for t in sent if t.head.i == t.i or not sent.start <= t.head.i < sent.end]
            for root in roots:
                stack = [(root, False)]
                while stack:
                    node, done = stack.pop()
                    clock += 1
                    if done:
                        leave[node.i] = clock
                        continue
                    enter[node.i] = clock
                    stack.append((node, True))
                    stack.extend((child, False) for child in node.children)
            order = self._orders[number] = (enter, leave)
        return order


def _evidence(sent) -> tuple[str, int, int]:
    """The sentence without surrounding whitespace, and its character offsets in the article."""
    text = sent.text
    lead = len(text) - len(text.lstrip())
    stripped = text.strip()
    return stripped, sent.start_char + lead, sent.start_char + lead + len(stripped)


def _text(tok: Token | None, limit: int = 16) -> str | None:
    if tok is None:
        return None
    words = list(tok.doc[tok.left_edge.i: tok.right_edge.i + 1])
    text = "".join(t.text_with_ws for t in words[:limit]).strip()
    if len(words) > limit:
        text += " …"
    return text.strip(" ,.;:'\"\u2018\u2019\u201c\u201d") or None
