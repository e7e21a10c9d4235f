"""Questions asked of a filled equality impact assessment, an email reply above the question it
answers, a union's checklist of questions to put to the employer and a letter varying a contract,
the way workers and reps type them.

What a user sees: a table row whose boxes are ticked ("Affected?: ☐ Yes ☒ No") answers (it had been
taken for a field still to fill in); a question quoted from an earlier email ("> …whether the
migration weekend is paid…") gives way to the reply above it; a list of questions to ask is what a
checklist says, and "what should I ask my employer?" gets all of it; "what is changing?" is answered
by what changes, not by what will not; "how do I sign up?", "when should we raise concerns?" (at the
earliest stage); "what's the reference?" by the field "Our ref". Documents are made in tests/documents.py.
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
    ("are welsh speakers affected", "Group: Welsh speakers; Affected?: ☐ Yes ☒ No; How: No impact identified"),
    ("how are carers affected", "Group: Carers; Affected?: ☒ Yes ☐ No"),
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
