"""A statement's "I" is the author its title names; its "we" the state the author speaks for."""
from kg.extract.speaker import title_speaker
from kg.gazetteer import load_gazetteer
from kg.ingest import Article
from kg.pipeline import extract_events
from kg.resources import read_json_resource


def _speaker(title):
    found = title_speaker(title, load_gazetteer(), read_json_resource("lexicon", "rules.json"))
    return found.label if found else None


def test_the_title_of_a_statement_readout_or_transcript_names_the_speaker():
    assert [_speaker(t) for t in (
        "Statement by President Biden on the Passage of a Farm Bill",
        "Readout of President Biden's Call with President Macron of France",
        "Remarks by Vice President Harris at a Conference on Space",
        "Statement by Secretary Blinken and Foreign Minister Wang",
        "President Biden Announces New Judicial Nominees",       # news about him, not his words
        "Statement from the Press Secretary on the Budget",      # nobody known named
        None,
    )] == ["Joe Biden", "Joe Biden", "Kamala Harris", "Antony Blinken", None, None, None]


def _events(article):
    return sorted((e.type, e.agent.label, e.target.label if e.target else None, e.modality)
                  for e in extract_events(article) if e.type != "Statement")


def test_first_person_pronouns_resolve_to_the_author_and_the_authors_state():
    text = "I condemn the attack on Ukraine by Russia. We will impose severe sanctions on Russia."
    statement = Article(id="s", title="Statement by President Biden on the Attack on Ukraine", text=text)
    assert _events(statement) == [
        ("Attack", "Russia", "Ukraine", "Asserted"),
        ("Criticize", "Joe Biden", "Russia", "Asserted"),
        ("Threaten", "United States", "Russia", "Asserted"),
    ]
    # the same words under a title that names no speaker: nobody to resolve "I" and "we" to
    news = Article(id="n", title="Senate passes budget", text=text)
    assert _events(news) == [("Attack", "Russia", "Ukraine", "Asserted")]


def test_a_transcript_with_other_speakers_leaves_i_and_we_unresolved():
    title = "Remarks by President Biden on Ukraine"
    alone = "THE PRESIDENT:  We will impose severe sanctions on Russia."
    assert _events(Article(id="a", title=title, text=alone)) == [("Threaten", "United States", "Russia", "Asserted")]
    # a question from the floor, then someone else's turn: whose "we" it is is not known
    with_others = ("Q  Will you act?\n\nTHE PRESIDENT:  Yes.\n\nSENATOR SMITH:  We will impose severe sanctions "
                   "on Russia.")
    assert _events(Article(id="b", title=title, text=with_others)) == []


def test_a_known_surname_with_another_given_name_is_another_speaker():
    assert [_speaker(t) for t in (
        "Remarks by First Lady Jill Biden at a Reading Event",   # not Joe Biden
        "Remarks by President Biden at a Reading Event",         # a title, no given name: Joe Biden
        "Statement from President Joe Biden on a Reading Event",
    )] == ["Jill Biden", "Joe Biden", "Joe Biden"]
    remarks = Article(id="r", title="Remarks by First Lady Jill Biden at a Dinner",
                      text="Ambassador Olaf Schmidt, thank you for your hospitality.")
    assert _events(remarks) == [("Support", "Jill Biden", "Olaf Schmidt", "Asserted")]
