"""Questions asked of letters whose head (letterhead, address, reference, date, salutation) is set a
line to a paragraph, in a PDF and in Word, the way workers type them.

What a user sees: "how much is the pay rise?" of a PDF letter is answered by its sentence, and no point
runs the letterhead, the reference, the date and "Dear colleague" into the letter's first sentence (a
short line ends its paragraph; a field is a line of its own). The reference is shown only when asked
for ("what's the reference number?" → "Our ref: …"). A Word letter's address lines are not headings:
no answer is filed under "12 Heol y Nant". Documents are made in tests/documents.py.
"""

from __future__ import annotations

import pytest
from documents import (
    asked_of,
    hearing_invitation_docx,
    indexed_alone,
    leads_with,
    pay_award_letter_pdf,
)

from assistant.settings import Settings


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    root = tmp_path_factory.mktemp("letters")
    return indexed_alone(root, [pay_award_letter_pdf(root / "payaward.pdf"), hearing_invitation_docx(root / "invite.docx")])


def test_a_letters_head_is_not_run_into_its_first_sentence(docs: Settings) -> None:
    answer = leads_with(docs, "how much is the pay rise?", "payaward", "All pay points will increase by £1,290")
    assert "Swansea SA1 3SN" not in answer.answer and "Dear colleague" not in answer.answer, answer.answer


def test_a_reference_is_a_point_only_when_asked_for(docs: Settings) -> None:
    answer = asked_of(docs, "when will I get my back pay?", "payaward")
    assert "Our ref" not in answer.answer, answer.answer
    leads_with(docs, "what's the reference number?", "payaward", "Our ref: PAY/2026/88")


def test_a_word_letters_address_is_no_heading(docs: Settings) -> None:
    answer = leads_with(docs, "what's the reference number?", "invite", "Our ref: HR/DIS/2026/114")
    assert all("Heol" not in c.section and "Human Resources" not in c.section for c in answer.citations), answer.citations
