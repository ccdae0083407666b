"""A page hard-wrapped at a fixed width is parsed in whole sentences: a line break that only wraps running
text is read as a space, while headlines, speaker labels, bullets and blank lines keep their breaks.

Every text here is written for the behaviour it checks.
"""
from helpers import event_rows

from kg.nlp import is_soft_wrap, unwrap_lines

ONE_LINE = ("On Monday the foreign minister of Norway strongly condemned Iran for the arrest of two aid "
            "workers in the northern province of the country.")
WRAPPED = ONE_LINE.replace("strongly condemned Iran", "strongly condemned\nIran")


def test_a_wrapped_paragraph_gives_the_events_of_the_same_paragraph_on_one_line():
    assert event_rows(WRAPPED) == event_rows(ONE_LINE)
    assert event_rows(WRAPPED) == [("Criticize", "Norway", "Iran", "Asserted")]


def test_unwrapping_keeps_every_character_offset():
    assert unwrap_lines(WRAPPED) == ONE_LINE
    assert len(unwrap_lines(WRAPPED)) == len(WRAPPED)


def test_headlines_labels_bullets_and_blank_lines_keep_their_breaks():
    text = ("Statement on the talks between Norway and Iran\n"
            "THE MINISTER: Our delegation will travel to Geneva on Tuesday next week:\n"
            "- Norway will host the next round of talks with the Iranian delegation in Oslo\n"
            "- Iran will send its deputy foreign minister to the second round in the autumn\n"
            "\n"
            "The talks are the first between the two governments since the spring of last year\n"
            "\u00a0\n"
            "Both sides said they would keep the agenda of the meeting private until it ends.\n")
    assert unwrap_lines(text) == text
    assert [is_soft_wrap(text, i) for i, c in enumerate(text) if c == "\n"] == [False] * text.count("\n")
