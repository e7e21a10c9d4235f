"""Questions asked of a consultation response that counts its concerns and then gives them a paragraph
each, a Markdown page with a paragraph in raw HTML, and a table of a pilot's results.

What a user sees: "what are the union's concerns?" gets "We have three concerns." and then the first
sentence of each ("First, …", "Second, …", "Third, …"), in order; "what's the second concern?" gets the
second alone; "what happens if I'm caught in a spot check?" is answered by the paragraph Markdown shows
from "<p>…</p>" (it was dropped as a heading with nothing under it); "how much did the wait on the phone
go down?" is answered by the row in minutes, not declined for want of an amount; "do I have to say if I used
AI?" of a list of principles gets the list's intro and the principle that says so, not all five. Documents are made in
tests/documents.py.
"""

from __future__ import annotations

import pytest
from documents import (
    ai_principles_docx,
    desk_rules_md,
    indexed_alone,
    leads_with,
    pilot_results_csv,
    strategy_response_txt,
)

from assistant.settings import Settings


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    root = tmp_path_factory.mktemp("announced")
    return indexed_alone(root, [strategy_response_txt(root / "response.txt"), desk_rules_md(root / "desk.md"),
                                pilot_results_csv(root / "results.csv"), ai_principles_docx(root / "principles.docx")])


def test_counted_concerns_are_listed_in_order(docs: Settings) -> None:
    answer = leads_with(docs, "what are the union's concerns?", "response", "We have three concerns.", persona="worker")
    places = [answer.answer.find(w) for w in ("First, the strategy", "Second, there is no commitment", "Third, the strategy")]
    assert -1 not in places and places == sorted(places), answer.answer


def test_the_second_concern_is_the_second(docs: Settings) -> None:
    leads_with(docs, "what's the second concern?", "response", "Second, there is no commitment to training in work time.")


def test_a_paragraph_in_raw_html_is_read(docs: Settings) -> None:
    leads_with(docs, "what happens if I'm caught in a spot check?", "desk", "Breaches found in spot checks are reported to your manager.")


def test_minutes_are_an_amount(docs: Settings) -> None:
    leads_with(docs, "how much did the wait on the phone go down?", "results", "Measure: Average wait on the phone", persona="manager")


def test_a_yes_or_no_question_of_a_list_gets_its_intro_and_the_item_that_answers(docs: Settings) -> None:
    answer = leads_with(docs, "do I have to say if I used AI?", "principles", "Follow these five principles")
    assert "Say when a document was drafted with AI." in answer.answer and "Only use tools on the approved list." not in answer.answer, answer.answer
