"""Questions asked of a decision log whose headings are dates, and of a union's consultation
response that answers numbered questions "No." or "Yes", the way reps type them.

What a user sees: "when did they decide not to buy the rota tool?" is answered with the date the
log files the decision under, shown before it ("14 September 2026: The board decided…"), not declined
for want of a date in the sentence. "What did we say about opening until 8pm?" is answered by what the
response says under that question ("Our members are concerned…", "We would accept 7pm…"), not by the
answer to another question: the "No." under "Do you agree that the contact centre should open until 8pm
on weekdays?" is no reason to pass over it when the question asked is not a yes-or-no one.
Documents are made in tests/documents.py.
"""

from __future__ import annotations

import pytest
from documents import (
    asked_of,
    decision_log_md,
    indexed_alone,
    leads_with,
    opening_hours_response_txt,
)

from assistant.settings import Settings


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    root = tmp_path_factory.mktemp("logs")
    return indexed_alone(root, [decision_log_md(root / "log.md"), opening_hours_response_txt(root / "response.txt")])


def test_a_dated_heading_says_when_its_decision_was_made(docs: Settings) -> None:
    answer = leads_with(docs, "when did they decide not to buy the rota tool?", "log", "14 September 2026: The board decided", "rep")
    assert answer.citations, answer.answer


def test_a_dated_heading_is_not_shown_where_the_date_is_not_asked(docs: Settings) -> None:
    leads_with(docs, "why did they not buy the rota planning tool?", "log", "The board decided not to buy", "rep")


def test_what_we_said_is_the_answer_under_that_question(docs: Settings) -> None:
    answer = asked_of(docs, "what did we say about opening until 8pm?", "response", "rep")
    first = answer.answer[:300]
    assert not answer.abstained and "7pm" in first and "provided no posts are cut" not in first.lower(), answer.answer
