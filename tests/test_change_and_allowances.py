"""Questions asked of a change policy with consultation periods by how many are affected, a
plain-text allowance policy and an agenda in Word, the way workers and reps type them.

What a user sees: the consultation period for the number of staff they give, though the table
names the unit ("employees") only in its column's heading; plain-text headings set right over their
paragraphs read as headings, so "what equipment do I get?" and "how do I claim?" find their
sections; a line of when and where ("Thursday 21 May 2026, 10:00 to 12:00, Committee Room 2") is
no heading, and answers "where is the meeting?". Documents are made in tests/documents.py.
"""

from __future__ import annotations

import pytest
from documents import (
    agenda_docx,
    asked_of,
    homeworking_allowance_txt,
    indexed_alone,
    leads_with,
    org_change_md,
)

from assistant.settings import Settings


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    root = tmp_path_factory.mktemp("change")
    return indexed_alone(root, [org_change_md(root / "org-change.md"), homeworking_allowance_txt(root / "homeworking.txt"),
                                agenda_docx(root / "agenda.docx")])


@pytest.mark.parametrize(("question", "said"), [
    ("how long is consultation if 50 staff are affected", "Employees affected: 20 to 99; Minimum consultation: 30 days"),
    ("there are 120 of us affected, how long do they have to consult", "Employees affected: 100 or more; Minimum consultation: 45 days"),
    ("how long is consultation for 10 people", "Employees affected: Fewer than 20; Minimum consultation: 14 days"),
])
def test_the_consultation_period_for_the_number_affected_leads(docs: Settings, question: str, said: str) -> None:
    answer = asked_of(docs, question, "org-change", "rep")
    assert not answer.abstained, answer.answer
    assert said in answer.answer[:300] and all(
        other not in answer.answer[:300] for other in ("Fewer than 20;", "20 to 99;", "100 or more;") if other not in said), answer.answer


def test_plain_text_headings_over_their_paragraphs_are_sections(docs: Settings) -> None:
    from assistant.store.knowledge_base import get_kb

    sections = {c.section for c in get_kb(docs).snapshot().chunks if c.doc_id == "homeworking"}
    assert {"Who gets it", "How much", "Equipment", "Claiming"} <= sections, sections


@pytest.mark.parametrize(("question", "said"), [
    ("what equipment do i get", "The Council provides a laptop, a monitor"),
    ("how do i claim", "Ask your manager to complete the homeworking form."),
])
def test_a_section_asked_for_by_its_heading_answers(docs: Settings, question: str, said: str) -> None:
    leads_with(docs, question, "homeworking", said)


def test_where_the_meeting_is_is_the_line_that_says_when_and_where(docs: Settings) -> None:
    leads_with(docs, "where is the meeting", "agenda", "Thursday 21 May 2026, 10:00 to 12:00, Committee Room 2", persona="rep")


def test_whats_on_the_agenda_is_its_items(docs: Settings) -> None:
    answer = asked_of(docs, "what's on the agenda", "agenda", "rep")
    for item in ("Welcome and apologies", "Copilot pilot", "Chatbot for council tax"):
        assert item in answer.answer[:600], answer.answer
