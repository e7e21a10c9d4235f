"""Questions asked of a pension scheme's page, questions and answers in plain text, a car parking
page, a meeting's agenda and an email reply, the way workers and reps type them.

What a user sees: pay typed as "20k" is £20,000, and picks its band's row; "how much does the
council pay in?" is answered by a share ("18.5% on top"); "what is the 50/50 section?" by the
section of that name; getting one's money back after leaving the pension is a refund on opting out.
"Is shared parental leave paid?" is the FAQ's "Is it paid?" under that title; "I've been here 20
weeks, can I get it?" is answered by the rule its 20 weeks fails ("…who have 26 weeks' service…").
Driving in together is a car share, chargers are charging points. "What's item 4?" is the agenda's
fourth item, and "what's on the agenda?" all of them. An email's header lines ("To: Mark Lewis")
don't answer "can Mark claim…?", and a short question whose every word the answer says is not
"far" from a chosen document. Documents are made in tests/documents.py.
"""

from __future__ import annotations

import pytest
from documents import (
    asked_of,
    indexed_alone,
    leads_with,
    mileage_reply_txt,
    numbered_agenda_docx,
    parental_leave_qa_txt,
    parking_html,
    pension_rates_html,
)

from assistant.settings import Settings


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    root = tmp_path_factory.mktemp("bands")
    return indexed_alone(root, [pension_rates_html(root / "pension.html"), parental_leave_qa_txt(root / "spl.txt"),
                                parking_html(root / "parking.html"), numbered_agenda_docx(root / "agenda.docx"),
                                mileage_reply_txt(root / "reply.txt")])


@pytest.mark.parametrize(("question", "said"), [
    ("what's my contribution rate on 20k?", "Actual pensionable pay: £17,601 to £27,600; Main section rate: 5.8%"),
    ("how much does the council pay in?", "The Council pays 18.5% on top."),
    ("what is the 50/50 section?", "You can pay half your normal contributions and build up half the pension."),
    ("do I get my money back if I leave the pension after a month?", "If you opt out within 3 months of joining, your contributions are refunded."),
])
def test_a_pension_page(docs: Settings, question: str, said: str) -> None:
    leads_with(docs, question, "pension", said)


@pytest.mark.parametrize(("question", "said"), [
    ("is shared parental leave paid?", "The first 6 weeks are paid at 90% of your average weekly earnings"),
    ("I've been here 20 weeks, can I get it?", "Employees who share responsibility for a child with a partner, and who have 26 weeks' service"),
])
def test_questions_and_answers_in_plain_text(docs: Settings, question: str, said: str) -> None:
    leads_with(docs, question, "spl", said)


@pytest.mark.parametrize(("question", "said"), [
    ("me and a colleague drive in together, is it cheaper?", "Car share permit: £5 a month each"),
    ("how many chargers are there?", "There are 12 charging points at County Hall."),
])
def test_everyday_words_of_a_parking_page(docs: Settings, question: str, said: str) -> None:
    leads_with(docs, question, "parking", said)


def test_an_agenda_item_by_its_number(docs: Settings) -> None:
    leads_with(docs, "what's item 4?", "agenda", "AI note-taking pilot in Social Services (2.45pm)")


def test_whats_on_the_agenda_is_every_item_in_order(docs: Settings) -> None:
    text = asked_of(docs, "what's on the agenda?", "agenda", persona="rep").answer
    places = [text.find(item) for item in ("Apologies for absence", "Minutes of the last meeting", "Pay award 2026/27",
                                           "AI note-taking pilot", "Hybrid working review", "Any other business")]
    assert -1 not in places and places == sorted(places), text


def test_an_emails_header_lines_are_not_its_answer(docs: Settings) -> None:
    answer = leads_with(docs, "can Mark claim for the Swansea trip?", "reply", "Yes, you can claim for the trip to Swansea.")
    assert "To: Mark Lewis" not in answer.answer, answer.answer


def test_a_short_question_of_a_chosen_document_in_its_words(docs: Settings) -> None:
    leads_with(docs, "what does he need to attach?", "reply", "Use the new form, and attach a screenshot of the route.")
