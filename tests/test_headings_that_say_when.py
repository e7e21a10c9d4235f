"""Questions asked of documents whose headings carry part of the answer, the way staff type them.

What a user sees: "when do I agree objectives?" of a checklist is answered "In your first month:" over
the item, not declined for want of a date; "how do I pay for the bike?" is read from the section "How
you pay"; "how far ahead can I see my visits?" is answered by "for the next two weeks"; a plain-text
notice whose first line is "Body worn cameras: privacy notice for staff" is titled by it, and that line
is no point of an answer. Documents are made in tests/documents.py.
"""

from __future__ import annotations

import pytest
from documents import (
    asked_of,
    camera_notice_txt,
    cycle_scheme_html,
    indexed_alone,
    leads_with,
    manager_checklist_md,
    rota_app_email_txt,
)

from assistant.settings import Settings


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    root = tmp_path_factory.mktemp("when")
    return indexed_alone(root, [cycle_scheme_html(root / "cycle.html"), manager_checklist_md(root / "checklist.md"),
                                rota_app_email_txt(root / "email.txt"), camera_notice_txt(root / "cameras.txt")])


def test_a_heading_that_says_when_answers_when(docs: Settings) -> None:
    answer = leads_with(docs, "when do I agree objectives?", "checklist", "In your first month:", persona="manager")
    assert "Agree objectives with each member of your team." in answer.answer


def test_how_you_pay_is_how_to_pay(docs: Settings) -> None:
    leads_with(docs, "how do I pay for the bike?", "cycle", "The cost is taken from your salary over 12 months")


def test_for_the_next_two_weeks_is_how_far_ahead(docs: Settings) -> None:
    leads_with(docs, "how far ahead can I see my visits?", "email", "The app shows your visits for the next two weeks.")


def test_a_first_line_that_names_its_kind_is_the_title(docs: Settings) -> None:
    answer = asked_of(docs, "why do we have to wear cameras?", "cameras")
    assert not answer.abstained and "Body worn cameras: privacy notice for staff [" not in answer.answer, answer.answer
    assert "to deter abuse" in answer.answer
