"""The model's own components made faster or fixed, with the same annotations they mean to give: the rule
lemmatizer's word lists and lookups, the attribute ruler's index, contractions typed with a curly apostrophe, the
tokenizer's abbreviated compounds and whole hyphenated words. :mod:`kg.nlp` applies them when it loads a pipeline."""
from __future__ import annotations

from spacy.language import Language

from .components import extend_component
from .indexed_rules import index_attribute_ruler
from .resources import read_json_resource

__all__ = ["speed_up_model", "curly_contractions", "split_abbreviated_compounds", "keep_whole_words"]


class _WordList(list):
    """One part of speech's word list in the lemmatizer's ``lemma_index`` table, with a set beside it.

    spaCy's rule lemmatizer asks ``form in index`` of each candidate form of each new (word, tag) it meets, and
    the index is a plain list (57,000 nouns): a scan every time. Same words, same order, same answers; the
    list is never changed after loading.
    """

    __slots__ = ("_words",)

    def __init__(self, words):
        super().__init__(words)
        self._words = frozenset(self)

    def __contains__(self, word) -> bool:
        return word in self._words


class _RememberedLemmas:
    """Over the model's rule lemmatizer: each token's lemma looked up by (ORTH, POS, MORPH), the key spaCy's own
    cache uses (the lemma depends on nothing else), from the doc's arrays; spaCy's ``lemmatize`` runs only for
    a key not seen before. spaCy's own loop makes a Token object per token and does not cache base forms."""

    def __call__(self, doc):
        if self.overwrite or self.mode != "rule" or not self._validated:
            return super().__call__(doc)
        from spacy.attrs import LEMMA, MORPH, ORTH, POS

        try:
            rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
            lemmas = self.__dict__.setdefault("_kg_lemmas", {})
            strings = doc.vocab.strings
            for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
                if lemma == 0:  # else set by the attribute ruler: kept, as spaCy keeps it
                    key = (orth, pos, morph)
                    value = lemmas.get(key)
                    if value is None:
                        value = strings.add(self.lemmatize(doc[i])[0])
                        if pos:  # spaCy warns of a token with no part of speech every time: ask again
                            lemmas[key] = value
                    rows[i, 3] = value
            doc.from_array([LEMMA], rows[:, 3:].copy())
            return doc
        except Exception as e:
            self.get_error_handler()(self.name, self, [doc], e)


def _faster_lemmatizer(nlp: Language) -> None:
    """Make the model's rule lemmatizer faster, with the same lemmas: its word lists get sets
    (:class:`_WordList`) and each doc's lemmas are looked up from its arrays (:class:`_RememberedLemmas`)."""
    if "lemmatizer" not in nlp.pipe_names:
        return
    lemmatizer = nlp.get_pipe("lemmatizer")
    lookups = getattr(lemmatizer, "lookups", None)
    if lookups is None or getattr(lemmatizer, "mode", None) != "rule" or not hasattr(lemmatizer, "lemmatize"):
        return
    if "lemma_index" in lookups.tables:
        index = lookups.get_table("lemma_index")
        for key in list(index):
            if type(index[key]) is list:
                index[key] = _WordList(index[key])
    extend_component(lemmatizer, _RememberedLemmas)


def _curly(value):
    """A pattern value with every straight apostrophe curly ("'ll" -> "’ll"), in a string or a list of them."""
    if isinstance(value, str):
        return value.replace("'", "’")
    if isinstance(value, list):
        return [_curly(v) for v in value]
    if isinstance(value, dict):
        return {k: _curly(v) for k, v in value.items()}
    return value


def curly_contractions(nlp: Language) -> None:
    """The model's attribute ruler gives contractions their lemma and part of speech only as typed with a straight
    apostrophe ("'ll" -> 'will', "'ve" -> 'have'); news and government pages type them curly ("we’ll",
    "I’ve"), which then kept their own text as lemma. Each such pattern is added again with curly
    apostrophes."""
    if "attribute_ruler" not in nlp.pipe_names:
        return
    ruler = nlp.get_pipe("attribute_ruler")
    curly = []
    for pattern in getattr(ruler, "patterns", ()):
        if len(pattern["patterns"]) != 1:
            continue
        straight = pattern["patterns"][0]
        tokens = [{key: _curly(value) if key in ("LOWER", "ORTH", "TEXT") else value for key, value in token.items()}
                  for token in straight]
        if tokens != straight:
            curly.append({"patterns": [tokens], "attrs": pattern["attrs"], "index": pattern.get("index", 0)})
    if curly:
        ruler.add_patterns(curly)


def speed_up_model(nlp: Language) -> None:
    """Give two of the model's own components faster code with the same annotations: the rule lemmatizer
    (:func:`_faster_lemmatizer`) and the attribute ruler (:func:`kg.indexed_rules.index_attribute_ruler`)."""
    _faster_lemmatizer(nlp)
    index_attribute_ruler(nlp)


def split_abbreviated_compounds(nlp: Language) -> None:
    """'U.S.-led', 'U.N.-brokered', 'U.K.-based': the tokenizer keeps an abbreviation with a full stop whole
    with the participle hyphened to it, so the name is no word of its own and the compound names no one
    ('Saudi-led' splits); a hyphen between an abbreviation's last full stop and a lower-case word splits."""
    from spacy.util import compile_infix_regex

    infixes = list(nlp.Defaults.infixes) + [r"(?<=[A-Z]\.)-(?=[a-z])"]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


def keep_whole_words(nlp: Language) -> None:
    """'staged a sit-in': hyphenated nouns the tokenizer would cut at the hyphen stay one token
    (ontology/language/whole-words.json), so the lexicon can name them."""
    from spacy.symbols import ORTH

    for word in read_json_resource("language", "whole-words.json")["words"]:
        for form in (word, word[:1].upper() + word[1:]):
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])

