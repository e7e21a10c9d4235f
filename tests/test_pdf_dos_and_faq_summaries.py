"""A PDF table of dos and don'ts whose cells wrap, an intranet FAQ of <details> summaries, and a time asked by what
is done.

What a user sees: "can I leave my laptop in the car?" of guidance whose table has no lines is the row "Don't: Leave
your laptop in a car overnight", not the cells of three rows run together (a row whose two cells both go on to a
second line, "(OneDrive)" under "Use the council's approved file sharing", is one row); "will I keep my number?" of
a FAQ whose summary asks "Will I keep my phone number?" on a page titled "Teams Phone" is "Yes. Your direct dial
number will move…" (the page's title says what "phone" it is, so the question is no narrower one); "when are
allowances paid?" is "…paid monthly in arrears…", not when they are reviewed; "is there a car allowance?" of a list of
allowances none of which is for a car is declined ("They don't mention a car allowance."), while "is there a first
aider allowance?" is the row. "Who sees the monitoring information?" of a policy that opens with definitions is the
rule on who can see it, not the definition of monitoring information (a definition answers what a word means);
"how do I find out what they have on me?" is the subject access request. Documents are made in tests/documents.py.
"""

from __future__ import annotations

import pytest
from documents import (
    allowance_notes_xlsx,
    asked_of,
    dos_and_donts_pdf,
    indexed_alone,
    leads_with,
    monitoring_definitions_html,
    phone_faq_html,
)

from assistant.settings import Settings


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    root = tmp_path_factory.mktemp("dos")
    return indexed_alone(root, [
        dos_and_donts_pdf(root / "cyber.pdf"), phone_faq_html(root / "phones.html"), allowance_notes_xlsx(root / "allowances.xlsx"),
        monitoring_definitions_html(root / "monitoring.html"),
    ])


def test_a_row_of_a_table_without_lines_is_read_as_a_row(docs: Settings) -> None:
    answer = leads_with(docs, "can I leave my laptop in the car?", "cyber", "Don't: Leave your laptop in a car overnight")
    assert "Share your password" not in answer.answer.split("\n")[0], answer.answer


def test_cells_that_both_go_on_to_a_second_line_are_one_row(docs: Settings) -> None:
    leads_with(docs, "can I use whatsapp to send council documents?", "cyber",
               "Don't: Use personal email or WhatsApp for council documents")
    leads_with(docs, "what file sharing can I use?", "cyber", "Do: Use the council's approved file sharing (OneDrive)")


def test_a_summarys_yes_answers_its_question_in_the_pages_words(docs: Settings) -> None:
    leads_with(docs, "will I keep my number?", "phones", "Yes. Your direct dial number will move to Teams Phone")


def test_when_something_is_done_is_the_sentence_that_says_it_is_done(docs: Settings) -> None:
    leads_with(docs, "when are allowances paid?", "allowances", "Allowances are paid monthly in arrears")


def test_a_kind_of_a_thing_the_document_never_names_is_declined(docs: Settings) -> None:
    car = asked_of(docs, "is there a car allowance?", "allowances")
    assert car.abstained and "car allowance" in car.answer, car.answer
    leads_with(docs, "is there a first aider allowance?", "allowances", "Allowance: First aider")


def test_a_definition_answers_what_a_word_means_not_the_rule_about_it(docs: Settings) -> None:
    leads_with(docs, "who sees the monitoring information?", "monitoring", "Monitoring information can be seen only by")
    answer = leads_with(docs, "who can approve covert monitoring?", "monitoring", "Covert monitoring must be approved in writing")
    assert "Head of HR" in answer.answer.split("\n")[0], answer.answer


def test_what_they_have_on_me_is_what_a_subject_access_request_gets(docs: Settings) -> None:
    leads_with(docs, "how do I find out what they have on me?", "monitoring", "You can see the monitoring information held about you")
