"""Questions that ask one fact of a list of steps, the way workers type them.

What a user sees: "how long does it take to get installed?" of numbered steps is answered by the one step
that gives a length of time ("IT will install Copilot within 10 working days of approval."), not by the
steps from the first. "What's the IT number?" asks for a telephone number (whoever's number it is), and is
answered by the step that gives it, not declined because the document never says "number"; "what's the
case number?" is no telephone number. "Can I ring IT at night?" is the step whose desk "is staffed 24 hours a
day". Documents are made in tests/documents.py.
"""

from __future__ import annotations

import pytest
from documents import clicked_link_txt, indexed_alone, leads_with, licence_request_md

from assistant.answer.abstain import answer_type_gap
from assistant.settings import Settings


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    root = tmp_path_factory.mktemp("steps")
    return indexed_alone(root, [licence_request_md(root / "licence.md"), clicked_link_txt(root / "phishing.txt")])


def test_the_step_with_the_length_asked_for_leads(docs: Settings) -> None:
    leads_with(docs, "how long does it take to get installed?", "licence", "IT will install Copilot within 10 working days")


def test_a_teams_number_is_a_telephone_number(docs: Settings) -> None:
    leads_with(docs, "what's the IT number?", "phishing", "Call the IT Service Desk on 01792 636000")


def test_a_case_number_is_no_telephone_number() -> None:
    assert answer_type_gap("what's the case number?", "Case number: HR-2026-114") is None
    assert answer_type_gap("what's the HR number?", "Email HR at hr@example.gov.uk") == "a telephone number"


def test_a_service_open_round_the_clock_answers_at_night(docs: Settings) -> None:
    # (at night is out of hours, which "staffed 24 hours a day" covers; it had been declined as not answered)
    answer = leads_with(docs, "can I ring IT at night?", "phishing", "Call the IT Service Desk on 01792 636000")
    assert "24 hours a day" in answer.answer.split("\n")[0], answer.answer
