"""Whether a word is a common English word, by the word lists of the spaCy model's own lemmatizer (its
``lemma_index`` of nouns, verbs, adjectives and adverbs): 'Power' and 'Airways' are, 'Nichols' is not."""
from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def _english_words() -> frozenset[str]:
    from ...nlp import load_pipeline

    nlp = load_pipeline()
    if "lemmatizer" not in nlp.pipe_names:
        return frozenset()
    lookups = nlp.get_pipe("lemmatizer").lookups
    if "lemma_index" not in lookups.tables:
        return frozenset()
    index = lookups.get_table("lemma_index")
    return frozenset(word for key in index for word in index[key])


def is_an_english_word(word: str) -> bool:
    """Whether ``word`` (lower case), or its singular, is in the model's English word lists."""
    words = _english_words()
    return word in words or (word.endswith("s") and word[:-1] in words) or (
        word.endswith("es") and word[:-2] in words)
