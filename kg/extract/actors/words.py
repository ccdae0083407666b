"""Whether a word is a common English word, by the word lists of the spaCy model's own lemmatizer (its
``lemma_index`` of nouns, verbs, adjectives and adverbs): 'Power' and 'Airways' are, 'Nichols' is not. The
model is the one that parsed the document (``--model``), not a second, default one."""
from __future__ import annotations

import weakref

from spacy.language import Language

_WORDS: "weakref.WeakKeyDictionary[Language, frozenset[str]]" = weakref.WeakKeyDictionary()


def _english_words(nlp: Language) -> frozenset[str]:
    words = _WORDS.get(nlp)
    if words is None:
        words = frozenset()
        if "lemmatizer" in nlp.pipe_names:
            lookups = nlp.get_pipe("lemmatizer").lookups
            if "lemma_index" in lookups.tables:
                index = lookups.get_table("lemma_index")
                words = frozenset(word for key in index for word in index[key])
        _WORDS[nlp] = words
    return words


def is_an_english_word(word: str, vocab) -> bool:
    """Whether ``word`` (lower case), or its singular, is in the English word lists of the model whose vocab
    ``vocab`` is (``doc.vocab``); of kg's default model for a vocab kg did not load."""
    from ...nlp import load_pipeline, pipeline_of

    words = _english_words(pipeline_of(vocab) or load_pipeline())
    return word in words or (word.endswith("s") and word[:-1] in words) or (
        word.endswith("es") and word[:-2] in words)
