"""The faster paths through kg's pipeline give what the plain ones give: spaCy's own lemmas, the sentence starts of
a token-by-token line-break rule, the tokens the event lexicon looks at. No timings here: bench/throughput.py
prints them."""
from __future__ import annotations

import spacy

from kg.model_tweaks import _WordList
from kg.nlp import _CUT_AFTER, LineBreakSentencizer, load_pipeline

TEXT = ("Envoys from the two capitals met on Tuesday and agreed to resume the stalled talks.\n\n"
        "THE MINISTERS' STATEMENT\n"
        "The delegations were meeting again after months of silence; observers said the negotiators had been "
        "drafting proposals, studying maps and exchanging letters.\n"
        " \n"
        "Geese flew over the harbours while the fishermen's wives watched, and the mayor's aides denied "
        "everything the newspapers wrote about the bridges, the ferries and the Zorblatt company. The meeting "
        "ended before meeting the press.")


def _model_name(nlp) -> str:
    return f"{nlp.meta['lang']}_{nlp.meta['name']}"


def test_the_lemmatizer_gives_spacys_own_lemmas():
    nlp = load_pipeline()
    plain = spacy.load(_model_name(nlp)).get_pipe("lemmatizer")
    assert type(plain) is not type(nlp.get_pipe("lemmatizer"))  # kg's is the faster one
    with nlp.select_pipes(disable=["lemmatizer"]):
        docs = [nlp(TEXT), nlp(TEXT.upper()), nlp("")]
    for doc in docs:
        ours, theirs = nlp.get_pipe("lemmatizer")(doc.copy()), plain(doc.copy())
        assert [t.lemma_ for t in ours] == [t.lemma_ for t in theirs]
        assert len(doc) == 0 or any(t.lemma_ != t.text for t in ours)
    again = nlp.get_pipe("lemmatizer")(docs[0].copy())  # the second time from what it remembered
    assert [t.lemma_ for t in again] == [t.lemma_ for t in plain(docs[0].copy())]


def test_the_word_lists_answer_as_the_plain_lists_do():
    words = ["talk", "meet", "bridge", "talk"]
    listed = _WordList(words)
    assert list(listed) == words and len(listed) == 4
    assert "bridge" in listed and "bridges" not in listed and 3 not in listed
    index = load_pipeline().get_pipe("lemmatizer").lookups.get_table("lemma_index")
    assert all(isinstance(index[key], _WordList) for key in index)


def _line_breaks_token_by_token(doc, max_tokens: int) -> list[bool]:
    """The rule as first written: one token at a time."""
    starts = [False] * len(doc)
    start, cut = 0, None
    for i in range(1, len(doc)):
        tok, prev = doc[i], doc[i - 1]
        if not tok.is_space and ("\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text)):
            starts[i] = True
            start, cut = i, None
            continue
        if prev.text in _CUT_AFTER and (cut is None or prev.text in _CUT_AFTER[:3]
                                        or doc[cut - 1].text not in _CUT_AFTER[:3]):
            cut = i
        if i - start >= max_tokens:
            start = cut if cut is not None and cut > start else i
            starts[start] = True
            cut = None
    return starts


def test_the_line_break_sentencizer_starts_the_sentences_the_token_by_token_rule_starts():
    nlp = load_pipeline()
    texts = [TEXT, "\n\nA b\n \nc, d; e. f g h i\n", "one", "", "\n", "a, b, c. d e f g h, i j k. " * 30]
    for max_tokens in (2000, 9, 4, 1):
        for text in texts:
            ours, plain = nlp.make_doc(text), nlp.make_doc(text)
            LineBreakSentencizer(nlp, "test", max_tokens)(ours)
            # (the first token starts a sentence whatever the rule says)
            assert [bool(t.is_sent_start) for t in ours][1:] == _line_breaks_token_by_token(plain, max_tokens)[1:]
    assert any(_line_breaks_token_by_token(nlp.make_doc(texts[-1]), 9))  # the cut is exercised


def test_the_extractor_looks_at_every_token_with_a_lexicon_part_of_speech():
    from kg.extract.events.tokens import _pos, _pos_positions

    doc = load_pipeline()(TEXT)
    positions = _pos_positions(doc)
    assert positions == [t.i for t in doc if _pos(t) is not None]
    assert {_pos(doc[i]) for i in positions} == {"VERB", "NOUN"}
    # a past tense tagged as an adjective but parsed as the root with a subject and an object is looked at too
    doc = load_pipeline()("Chile annexed Peru. Good.")
    assert _pos_positions(doc) == [t.i for t in doc if _pos(t) is not None] == [1]


#: Sentences written to meet every kind of the model's attribute-ruler patterns: two-token runs whose rule sets
#: the second token ("gonna", "let's", "y'all"), regular expressions ("ain't", "nothin'"), a dependency with a
#: word ("I" as subject and object, "but" as an adverb), an expletive before a verb, auxiliaries, markers,
#: whitespace tokens of their own.
RULER_TEXT = ("We're gonna sign it, y'all said, and let's not pretend there is nothin' left.\n\n"
              "I told you it ain't over, but I did and he gave it to me.\n \n"
              "There were talks because the envoys had been meeting; that was what they wanted, c'mon.  "
              "Whatever they got, they gotta keep it.")


def _spacy_matches(ruler, doc) -> list:
    return sorted(set(type(ruler)._kg_spacy_class.match(ruler, doc)))


def test_the_attribute_ruler_finds_spacys_own_matches_by_lookups():
    from kg.indexed_rules import _IndexedMatches

    nlp = load_pipeline()
    ruler = nlp.get_pipe("attribute_ruler")
    assert isinstance(ruler, _IndexedMatches)  # kg's pipeline matches by lookups
    with nlp.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner", "kg_gazetteer"]):
        docs = [nlp(RULER_TEXT), nlp(RULER_TEXT.upper()), nlp(TEXT), nlp("")]
    for doc in docs:
        assert ruler.match(doc) == _spacy_matches(ruler, doc)
    found = {rule for rule, *_ in ruler.match(docs[0])}
    shapes = {rule for rule, entry in enumerate(ruler.patterns)
              if len(entry["patterns"][0]) > 1 or "REGEX" in repr(entry["patterns"]) or "DEP" in repr(entry["patterns"])}
    assert len(found & shapes) >= 6  # multi-token, regex and dependency rules among those met
    plain = spacy.load(_model_name(nlp))
    assert [(t.pos_, t.tag_, t.lemma_, str(t.morph)) for t in nlp(RULER_TEXT)] == \
        [(t.pos_, t.tag_, t.lemma_, str(t.morph)) for t in plain(RULER_TEXT)]


def test_an_attribute_ruler_with_a_pattern_beyond_lookups_keeps_spacys_matcher():
    from kg.indexed_rules import _IndexedMatches, index_attribute_ruler

    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "talks"}]], {"LEMMA": "talk"})
    assert index_attribute_ruler(nlp)
    doc = nlp("The talks, the talks.")
    assert [t.lemma_ for t in doc][1::3] == ["talk", "talk"]
    ruler.add([[{"LOWER": "the"}, {"LOWER": "talks"}]], {"LEMMA": "TALKS"}, index=1)  # a rule added later counts
    assert [t.lemma_ for t in nlp("The talks, the talks.")][1::3] == ["TALKS", "TALKS"]
    ruler.clear()
    ruler.add([[{"LOWER": "meetings"}]], {"LEMMA": "meeting"})  # as many rules as before, other patterns
    ruler.add([[{"LOWER": "the"}, {"LOWER": "meetings"}]], {"LEMMA": "MEETINGS"}, index=1)
    assert [t.lemma_ for t in nlp("The meetings, talks.")] == ["", "MEETINGS", "", "", ""]
    assert [t.lemma_ for t in nlp("meetings")] == ["meeting"]
    ruler.add([[{"LOWER": "more", "OP": "+"}]], {"LEMMA": "many"})  # an operator: spaCy's matcher again
    assert [t.lemma_ for t in nlp("more more meetings")] == ["many", "many", "meeting"]
    assert not isinstance(ruler, _IndexedMatches)
    other = spacy.blank("en")
    other.add_pipe("attribute_ruler").add([[{"LENGTH": {">=": 3}}]], {"LEMMA": "long"})
    assert not index_attribute_ruler(other)
