"""Questions asked of a social media policy whose rules are listed under "Do" and "Don't", timesheet
guidance, answers on hybrid working and a letter changing someone's hours, the way staff type them.

What a user sees: "can I post pics of service users if their faces are hidden?" is answered with the
rule under its "Don't" heading, never the bare imperative "Post photos of service users…", which alone
says to do it; "when's the timesheet deadline?" gets "by 5pm on the last Friday of each month", not a
sentence that only speaks of "the deadline"; "how many days do I have to go in?" is answered "There is
no minimum." rather than declined; "do they help with my electricity bill?" is answered by what the
page says of energy; "when do I have to send the form back?" by the date to return it; "what's the third demand?" by the
list's intro and its third item alone. Documents are
made in tests/documents.py.
"""

from __future__ import annotations

import pytest
from documents import (
    asked_of,
    branch_circular_txt,
    home_working_answers_md,
    hours_change_letter_txt,
    indexed_alone,
    lead,
    leads_with,
    posting_rules_md,
    timesheets_txt,
)

from assistant.settings import Settings


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    root = tmp_path_factory.mktemp("rules")
    return indexed_alone(root, [posting_rules_md(root / "social.md"), timesheets_txt(root / "timesheets.txt"),
                                home_working_answers_md(root / "hybrid.md"), hours_change_letter_txt(root / "letter.txt"),
                                branch_circular_txt(root / "circular.txt")])


@pytest.mark.parametrize("question", [
    "can I post pics of service users if their faces are hidden?",
    "am I allowed to criticise a resident by name?",
])
def test_a_rule_under_dont_is_shown_under_its_heading(docs: Settings, question: str) -> None:
    answer = asked_of(docs, question, "social")
    assert not answer.abstained, answer.answer
    assert lead(answer).startswith("Don't"), answer.answer


def test_a_deadline_given_by_a_time_and_a_day(docs: Settings) -> None:
    leads_with(docs, "when's the timesheet deadline?", "timesheets", "Submit your timesheet by 5pm on the last Friday of each month.")


def test_a_deadline_spoken_of_in_a_story_is_not_what_is_asked(docs: Settings) -> None:
    leads_with(docs, "I'm off sick on deadline day, what happens to my timesheet?", "timesheets",
               "If you are off sick on the deadline, your manager can submit your timesheet for you.")


def test_no_minimum_answers_how_many_days(docs: Settings) -> None:
    leads_with(docs, "how many days do I have to go in?", "hybrid", "There is no minimum.")


def test_electricity_is_energy(docs: Settings) -> None:
    answer = asked_of(docs, "do they help with my electricity bill?", "hybrid")
    assert not answer.abstained and "broadband or energy" in answer.answer, answer.answer


def test_sending_a_form_back_is_returning_it(docs: Settings) -> None:
    leads_with(docs, "when do I have to send the form back?", "letter", "Please sign and return the enclosed copy by 14 February 2027.")


def test_an_entry_by_its_place_in_a_list(docs: Settings) -> None:
    answer = leads_with(docs, "what's the third demand?", "circular", "The branch has written to the Chief Executive asking for:")
    assert "equality impact assessment" in answer.answer and "training in work time" not in answer.answer, answer.answer
