"""The text the parser reads (kg.plain_text). Text hard-wrapped at a fixed width (plain-text wires, e-mailed
statements, archived pages): a line break that only wraps a long line of prose joins its sentence again; one that
ends a heading, a short line or an item does not. Scraped pages' Markdown: emphasis marks and link targets are
blanked. Offsets never move. Sentences written for the test, with the real spaCy model."""
from helpers import event_rows as _events

from kg.ingest import Article
from kg.pipeline import extract_events
from kg.plain_text import blank_markup, join_wrapped_lines, parse_ready

WRAPPED = ("President Alvarez of Chile spoke today with Prime Minister Tanaka of\n"
           "Japan to discuss trade and security in the Pacific region.")


def test_a_wrapped_line_joins_its_sentence_and_keeps_every_offset():
    joined = join_wrapped_lines(WRAPPED)
    assert len(joined) == len(WRAPPED) and "\n" not in joined
    assert joined.replace(" ", "") == WRAPPED.replace("\n", "").replace(" ", "")


def test_a_party_on_the_next_line_of_a_wrapped_sentence_is_found():
    assert _events("Chile today signed a new agreement on fishing rights and maritime borders with\n"
                   "the government of Bolivia, ending a dispute of many years.") == [
        ("Agree", "Chile", "Bolivia", "Asserted")]
    assert _events("The Foreign Ministry said the Chilean navy had seized two fishing boats flying\n"
                   "the flag of Peru in the disputed waters off the coast of Arica on Monday.") == [
        ("Coerce", "Chile", "Peru", "Asserted")]
    assert _events("In the capital, President Soto held talks on trade and energy security with\n"
                   "Prime Minister Tanaka of Japan, who arrived on Sunday for a three-day visit.") == [
        ("Meet", "Soto", "Tanaka", "Asserted")]


def test_headings_short_lines_blank_lines_and_items_still_end_their_line():
    title = "Readout of the Call Between the Foreign Ministers of Chile and Peru\nThe ministers met in Lima."
    assert join_wrapped_lines(title) == title  # the text's first line, with no full stop: a title
    short = "FOR IMMEDIATE RELEASE\nThe ministers met in Lima on a cold and windy day in March."
    assert join_wrapped_lines(short) == short
    paragraphs = "The ministers met in Lima on a cold and windy day in the month of March.\n\nThey agreed."
    assert join_wrapped_lines(paragraphs) == paragraphs
    items = ("The leaders agreed on the following steps to be taken by both governments:\n"
             "-   a ceasefire along the whole of the line of contact between the armies;\n"
             "2. the exchange of prisoners held by either side since the start of the war;\n"
             "a) the return of displaced families to their villages before the winter.")
    assert join_wrapped_lines(items) == items


def test_markdown_links_and_emphasis_are_blanked_and_their_names_read():
    text = "Chile welcomed the **decision** by [Peru](https://example.org/peru) to free the prisoners."
    blank = blank_markup(text)
    assert len(blank) == len(text) and "*" not in blank and "http" not in blank and "Peru" in blank
    assert blank.index("Peru") == text.index("Peru")
    assert blank_markup("-   * an item, 2*3 and a bare [bracket]") == "-   * an item, 2 3 and a bare [bracket]"
    assert parse_ready(text) == blank
    assert _events("[President Soto](https://example.org/soto) of Chile met Prime Minister Tanaka of Japan.") == [
        ("Meet", "Soto", "Tanaka", "Asserted")]
    assert ("Support", "Chile", "Peru", "Asserted") in _events(text)


def test_the_evidence_is_quoted_from_the_article_not_from_the_text_the_parser_read():
    text = ("Chile today signed a new agreement on fishing rights and maritime borders with\n"
            "the government of **Bolivia**, ending a dispute of many years.")
    (event,) = [e for e in extract_events(Article(id="t", text=text)) if e.type == "Agree"]
    assert event.sentence == text[event.start:event.end] and "\n" in event.sentence and "**Bolivia**" in event.sentence


def test_a_link_that_wraps_over_a_short_line_stays_in_its_sentence():
    # the wrapper counted the link's target: the line is long as wrapped, short once the target is blanked
    measured = ("-   The ministry of foreign affairs of the Republic of Chile now\n"
                "    [accepts](https://example.org/a/very/long/link/target/that/was/counted)\n"
                "    that the border treaty with Peru is in force.")
    assert "\n" not in parse_ready(measured)
    # a break inside a link's own text only wraps it, however short the line
    inside = "Chile and Peru signed an [agreement on\nfishing](https://example.org/f) rights."
    assert parse_ready(inside) == blank_markup(inside).replace("\n", " ")
    assert _events("On Tuesday in Lima, the government of Chile signed a new accord with\n[the government\n"
                   "of Peru](https://example.org/p).") == [("Agree", "Chile", "Peru", "Asserted")]


def test_a_first_line_of_prose_ending_in_a_name_runs_on_and_a_title_case_heading_does_not():
    prose = ("A Canadian delegation made up of senior members of the National\n"
             "Security Council staff and the Foreign Ministry traveled to Fiji.")
    assert "\n" not in join_wrapped_lines(prose)
    # a heading capitalises all but its function words, however long
    heading = ("Readout of the Meeting Between the Foreign Ministers of Chile and Peru\n"
               "The Ministers Met in Lima on Monday to Discuss Fishing Rights")
    assert join_wrapped_lines(heading) == heading
