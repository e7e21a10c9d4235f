"""The text rules every stage shares: where a sentence ends, and what a list item is."""

from __future__ import annotations

from assistant.text.markers import is_list_item, leading_marker, strip_marker
from assistant.text.sentences import sentence_spans, split_sentences


def test_abbreviations_and_initials_do_not_end_a_sentence() -> None:
    text = "Unions such as e.g. Unison were consulted. Dr. Jones agreed (see para. 7). J. Smith wrote it."
    assert split_sentences(text) == [
        "Unions such as e.g. Unison were consulted.",
        "Dr. Jones agreed (see para. 7).",
        "J. Smith wrote it.",
    ]


def test_a_dotted_initialism_ends_a_sentence_only_before_a_word_that_opens_one() -> None:
    text = "It was agreed with the U.K. Government in March. We are based in the U.S. We also comply."
    assert split_sentences(text) == ["It was agreed with the U.K. Government in March.", "We are based in the U.S.", "We also comply."]


def test_a_closing_quote_stays_with_its_sentence_and_a_citation_with_the_sentence_before() -> None:
    text = "“Listening flipped attitudes.” She agreed. [2] The council said 3.5 million was spent."
    assert split_sentences(text) == ["“Listening flipped attitudes.”", "She agreed. [2]", "The council said 3.5 million was spent."]


def test_spans_are_exact_offsets() -> None:
    text = "First one.  Second one! Third?"
    spans = sentence_spans(text, base=100)
    assert [text[a - 100 : b - 100] for a, b in spans] == ["First one.", "Second one!", "Third?"]


def test_a_million_character_single_line_is_split() -> None:
    # A document may be one long line; a splitter that is super-linear on it (pysbd
    # took 2.2 s on 51 kB here) would run into the test timeout. No timing is asserted.
    text = "A sentence that goes on. " * 40_000  # a million characters, one line
    assert len(split_sentences(text)) == 40_000


def test_list_markers() -> None:
    for line in ("• item", "- item", "7. item", "b) item", "(iii) item"):
        assert is_list_item(line), line
        assert strip_marker(line) == "item"
    for line in ("7.2 Clause text", "Not a list", "•", "(b)"):
        assert not is_list_item(line), line
    m = leading_marker("12. twelfth")
    assert m is not None and m.group("n") == "12"
