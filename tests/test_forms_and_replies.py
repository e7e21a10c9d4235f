"""Questions asked of a filled equality impact assessment, an email reply above the question it
answers, a union's checklist of questions to put to the employer and a letter varying a contract,
the way workers and reps type them.

What a user sees: a table row whose boxes are ticked ("Affected?: ☐ Yes ☒ No") answers, giving the box
ticked ("Affected?: No"; it had been taken for a field still to fill in); a question quoted from an earlier email ("> …whether the
migration weekend is paid…") gives way to the reply above it; a list of questions to ask is what a
checklist says, and "what should I ask my employer?" gets all of it; "what is changing?" is answered
by what changes, not by what will not; "how do I sign up?", "when should we raise concerns?" (at the
earliest stage); "what's the reference?" by the field "Our ref"; a question and answer table in a
policy's words ("internet" of broadband, "Spain" of abroad); a column headed "No." is a heading; a
sentence that runs over a PDF's page break into a figure ("…a backlog of" / "400 cases.") is one
sentence; "how much faster…?" asks by how much, not for money. Documents are made in tests/documents.py.
"""

from __future__ import annotations

import pytest
from documents import (
    asked_of,
    eia_ticked_docx,
    indexed_alone,
    leads_with,
    overtime_reply_eml,
    tech_checklist_md,
    variation_letter_txt,
)

from assistant.settings import Settings


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    root = tmp_path_factory.mktemp("forms")
    return indexed_alone(root, [eia_ticked_docx(root / "eia.docx"), overtime_reply_eml(root / "overtime.eml"),
                                tech_checklist_md(root / "checklist.md"), variation_letter_txt(root / "variation.txt")])


@pytest.mark.parametrize(("question", "row"), [
    ("are welsh speakers affected", "Group: Welsh speakers; Affected?: No; How: No impact identified"),
    ("how are carers affected", "Group: Carers; Affected?: Yes"),
])
def test_a_ticked_box_is_an_answer(docs: Settings, question: str, row: str) -> None:
    leads_with(docs, question, "eia", row, persona="rep")


@pytest.mark.parametrize(("question", "said"), [
    ("is the migration weekend paid", "Yes, the weekend work on 5 and 6 December will be paid at time and a half"),
    ("how do i sign up", "Please put your name on the rota by Friday"),
])
def test_an_email_reply_answers_the_question_quoted_under_it(docs: Settings, question: str, said: str) -> None:
    leads_with(docs, question, "overtime", said)


def test_a_checklist_of_questions_to_ask_is_shown_whole(docs: Settings) -> None:
    answer = asked_of(docs, "what should i ask my employer about new technology", "checklist", persona="rep")
    # (under the rep's heading "Points to raise in consultation")
    assert "When your employer proposes new technology, ask:" in answer.answer[:200], answer.answer
    for item in ("- What problem is it meant to solve", "- What data will it collect about workers", "- What training will staff get"):
        assert item in answer.answer, answer.answer
    leads_with(docs, "what about training", "checklist", "What training will staff get, and in work time?", persona="rep")
    leads_with(docs, "when should we raise concerns", "checklist", "Get the answers in writing, and raise any concerns at the earliest stage",
               persona="rep")


def test_what_is_changing_is_answered_by_what_changes(docs: Settings) -> None:
    leads_with(docs, "what is changing", "variation", "Following the consultation on the new scheduling system, your working pattern will change")


def test_a_field_is_asked_for_by_the_word_its_label_shortens(docs: Settings) -> None:
    leads_with(docs, "whats the reference", "variation", "Our ref: HR/2026/114")


@pytest.fixture(scope="module")
def more(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    from documents import action_log_xlsx, hybrid_qa_docx, rpa_report_pdf

    root = tmp_path_factory.mktemp("more")
    return indexed_alone(root, [hybrid_qa_docx(root / "hybrid.docx"), action_log_xlsx(root / "actions.xlsx"),
                                rpa_report_pdf(root / "rpa.pdf")])


@pytest.mark.parametrize(("question", "doc", "said"), [
    ("will they pay for my internet", "hybrid", "Question: Who pays for my broadband?; Answer: You do."),
    ("can i work from spain for a week", "hybrid", "Question: Can I work from abroad?; Answer: No."),
    ("who is doing the training", "actions", "No.: 2; Action: Arrange training for team leaders; Owner: HR"),
    ("how big was the backlog", "rpa", "The team has not lost any posts; two officers moved to work on supplier queries, "
                                       "which had a backlog of 400 cases."),
    ("how much faster are invoices paid", "rpa", "Invoices are now paid in an average of 6 days, down from 19 days."),
])
def test_tables_pages_and_words_of_more_documents(more: Settings, question: str, doc: str, said: str) -> None:
    leads_with(more, question, doc, said)


def test_when_is_answered_by_what_must_happen_first(tmp_path_factory: pytest.TempPathFactory) -> None:
    from documents import new_starter_md

    root = tmp_path_factory.mktemp("starter")
    settings = indexed_alone(root, [new_starter_md(root / "starter.md")])
    leads_with(settings, "when do i get access to the case system", "starter",
               "You will not be given access to the case management system until you have passed the course.")
