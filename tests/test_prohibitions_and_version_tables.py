"""Questions of what is forbidden, of part-timers, and of a policy that ends with its version history,
the way workers type them.

What a user sees: "what am I not allowed to do when I report sick?" leads with the rule that forbids
("Do not text or email unless you cannot speak."), before the one that says what to do; "what am I not
allowed to do with AI?" with "Never put personal data…" or "Do not use free online tools…". "Do part
timers get the same?" is answered by what the policy says of part-time staff, not declined. A policy's
last list ("A formal review is held if you have:") is not run on into the "Version control" table after
its heading, and the table's rows are no points unless the question asks what changed.
Documents are made in tests/documents.py.
"""

from __future__ import annotations

import pytest
from documents import (
    asked_of,
    indexed_alone,
    leads_with,
    leave_rules_md,
    sickness_policy_versions_docx,
)

from assistant.settings import Settings


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    root = tmp_path_factory.mktemp("prohibitions")
    return indexed_alone(root, [leave_rules_md(root / "leave.md"), sickness_policy_versions_docx(root / "sickness.docx")])


def test_what_is_forbidden_leads_with_the_rule_that_forbids(docs: Settings) -> None:
    leads_with(docs, "what am I not allowed to do when I report sick?", "sickness", "Do not text or email")


def test_part_timers_are_part_time_staff(docs: Settings) -> None:
    leads_with(docs, "do part timers get the same?", "leave", "Part-time staff get leave pro rata")


def test_a_list_is_not_run_on_past_a_heading_into_a_version_table(docs: Settings) -> None:
    answer = leads_with(docs, "how many absences before a review?", "sickness", "A formal review is held if you have:")
    assert "Version" not in answer.answer, answer.answer


def test_version_rows_answer_what_changed(docs: Settings) -> None:
    answer = asked_of(docs, "when did the trigger points change?", "sickness", "rep")
    assert "Trigger points changed from 3 absences to 4" in answer.answer[:300], answer.answer
