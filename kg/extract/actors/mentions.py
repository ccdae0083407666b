"""One node per actor: the mentions of an article, merged where the text says two names are one actor
(an acronym defined in the text, 'Korea' where the article otherwise names 'South Korea')."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Span

from ...model import ActorRef
from .gender import is_first_name
from .kinds import non_actor_words
from .names import is_acronym_of
from .tree import word_before


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
        document_words = non_actor_words().document_words | non_actor_words().document_heads
        texts = self.texts
        bracketed = [i for i in range(len(texts) - 2) if texts[i] == "(" and texts[i + 2] == ")"]
        documents = {texts[i + 1] for i in bracketed  # "a National Security Memorandum (NSM)"
                     if i >= 1 and texts[i - 1].lower() in document_words and texts[i - 1][:1].isupper()}
        documents |= {texts[i + 1] for i in bracketed  # "the (PSLF) Program"
                      if i + 3 < len(texts) and texts[i + 3].lower() in document_words and texts[i + 3][:1].isupper()}
        documents |= self._acronyms_of_no_actor()
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

    def _acronyms_of_no_actor(self) -> set[str]:
        """'illegal, unreported, and unregulated (IUU) fishing', 'the Most-Favored-Nation (MFN) price': an
        acronym the text defines for words that name no actor (no name the finder kept ends before it, and
        they do not end in a body's word such as 'Bureau') is no actor either."""
        doc = self.doc
        heads = non_actor_words().organisation_heads
        kept_ends = {m.span.end for m in self.mentions}
        found = set()
        texts = self.texts
        for i in range(1, len(texts) - 2):
            if texts[i] != "(" or texts[i + 2] != ")" or i in kept_ends:
                continue
            short = texts[i + 1]
            if not (2 <= len(short) <= 8 and short.isupper()):
                continue
            words = [w for t in doc[max(0, i - 8): i] if t.is_alpha or "-" in t.text
                     for w in t.text.split("-") if w and w.lower() not in ("and", "of", "the", "for", "on", "in")]
            if not words or words[-1].lower() in heads:
                continue
            if _initials_end_with(short, "".join(w[0] for w in words)):
                found.add(short)
        return found

    def _merge_person_names(self):
        """'Betty' and 'Mrs. Ford' before 'Betty Ford', 'Carlos Mendez' after 'Carlos Mendez Ortega': a
        person the text names with fewer words is the one person whose fuller name has them all (none
        when two fuller names do)."""
        people = {m.ref.key: m.ref for m in self.mentions if m.ref.cls == "Person" and m.ref.source == "text"}
        # a surname alone may also be a known person's the article names in full ('Duque' / 'Iván Duque Márquez')
        named = {**{m.ref.key: m.ref for m in self.mentions if m.ref.cls == "Person"
                    and m.ref.source != "text" and len(m.ref.label.split()) > 1}, **people}
        fuller: dict[str, ActorRef] = {}
        for key, ref in people.items():
            words = ref.label.split()
            longer = [other for other in (named.values() if len(words) == 1 else people.values())
                      if len(other.label.split()) > len(words)
                      and set(words) <= set(other.label.split())
                      and (len(words) == 1 or other.label.split()[0] == words[0])]
            longest = {other.key: other for other in longer if not any(
                set(other.label.split()) < set(more.label.split()) for more in longer)}
            if len(longest) == 1:
                fuller[key] = next(iter(longest.values()))
        if not fuller:
            return
        for number, mention in enumerate(self.mentions):
            ref = fuller.get(mention.ref.key)
            if ref is not None:
                replacement = Mention(ref, mention.span)
                self.mentions[number] = replacement
                for tok in mention.span:
                    self.by_token[tok.i] = replacement

    def _drop_lone_first_names(self):
        """'Thank you, Joe': a given name alone (one of the lists, or a name someone is addressed by), with no
        title before it, never makes a node of its own. It
        has joined the one person of the article whose fuller name has it (:meth:`_merge_person_names`);
        one that is still alone names someone the article does not, and is dropped."""
        titles = non_actor_words().title_words
        doc = self.doc
        for mention in [m for m in self.mentions if m.ref.cls == "Person" and m.ref.source == "text"
                        and " " not in m.ref.label and (is_first_name(m.ref.label) or _addressed(m.span))]:
            before = word_before(doc, mention.span.start)
            if mention.span[0].lower_.rstrip(".") in titles or before is not None and before.lower_.rstrip(".") in titles:
                continue  # "Senator Warren", "Pope Francis": a title goes with the name it is used with
            self.mentions.remove(mention)
            for tok in mention.span:
                if self.by_token.get(tok.i) is mention:
                    del self.by_token[tok.i]

    def _follow_first_names_of_places(self):
        """'Tyre's family' after 'Tyre Nichols': a town the dictionaries file under a state ('Tyre', Lebanon),
        used alone where the article names a person with it as first name, is that person again."""
        people = {}
        for mention in self.mentions:
            words = mention.ref.label.split()
            if mention.ref.cls == "Person" and len(words) > 1:
                people.setdefault(words[0], mention.ref)
        if not people:
            return
        for number, mention in enumerate(self.mentions):
            word = mention.span.text
            if mention.ref.cls in ("State", "Place") and len(mention.span) == 1 and word in people \
                    and word != mention.ref.label and mention.span.label_ != "NORP":
                replacement = Mention(people[word], mention.span)
                self.mentions[number] = replacement
                self.by_token[mention.span.start] = replacement

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


def _addressed(span: Span) -> bool:
    """'Brendon, thank you for ...': a one-word name that starts its sentence and is followed by a comma and a
    'you' is someone spoken to, by first name."""
    doc = span.doc
    if span.start != span.sent.start or span.end >= len(doc) or doc[span.end].text != ",":
        return False
    return any(t.lower_ in ("you", "your") for t in doc[span.end: span.sent.end])


def _initials_end_with(short: str, initials: str) -> bool:
    """Whether the letters of an acronym ('B3W' -> 'BW') are, in order, the initials of the last few words
    ('Build Back Better World' -> 'BBBW'), starting with its first letter."""
    letters = [c.lower() for c in short if c.isalpha()]
    initials = initials.lower()
    for start in range(max(0, len(initials) - len(letters) - 2), len(initials)):
        tail = initials[start:]
        if not tail or tail[0] != letters[0] or len(tail) < len(letters):
            continue
        rest = iter(tail)
        if all(letter in rest for letter in letters):
            return True
    return False
