"""Questions asked of a contract's data schedule whose prohibitions are lettered under one clause, and
of a policy with a glossary, the way reps and workers type them.

What a user sees: "can the supplier train their AI on our data?" is answered by "The Supplier shall
not:" with the lettered item under it, never "(a) use Council Data to train or improve any artificial
intelligence model;" alone, which reads as permission; "what can't the supplier do?" gets the clause
with its letters, not its intro alone; "what does reasonable adjustment mean?" gets that definition, not
the next glossary entry run on after it; "who pays for my adjustments?" is answered by who pays, not
by the glossary line that names adjustments. Documents are made in tests/documents.py.
"""

from __future__ import annotations

import pytest
from documents import (
    adjustments_policy_docx,
    asked_of,
    data_schedule_pdf,
    indexed_alone,
    leads_with,
)

from assistant.settings import Settings


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    root = tmp_path_factory.mktemp("clauses")
    return indexed_alone(root, [data_schedule_pdf(root / "schedule.pdf"), adjustments_policy_docx(root / "adjustments.docx")])


def test_a_lettered_prohibition_is_never_shown_without_its_clause(docs: Settings) -> None:
    answer = asked_of(docs, "can the supplier train their AI on our data?", "schedule")
    body = answer.answer
    at = body.find("use Council Data to train")
    assert at > 0 and "The Supplier shall not:" in body[:at], body


def test_what_the_supplier_cannot_do_is_the_clause_with_its_letters(docs: Settings) -> None:
    answer = leads_with(docs, "what can't the supplier do?", "schedule", "The Supplier shall not:")
    assert "transfer Council Data outside the United Kingdom" in answer.answer
    assert "(a) use Council Data" in answer.answer or "use Council Data to train" in answer.answer


def test_a_glossary_entry_is_not_run_on_into_the_next(docs: Settings) -> None:
    answer = leads_with(docs, "what does reasonable adjustment mean?", "adjustments", "Reasonable adjustment: a change to the job")
    first = answer.answer.split("\n")[0]
    assert "Workplace Adjustment Passport" not in first, answer.answer


def test_a_glossary_term_is_no_one_who_does_it(docs: Settings) -> None:
    answer = asked_of(docs, "who pays for my adjustments?", "adjustments")
    assert not answer.abstained and answer.answer.lstrip().startswith(("Adjustments costing", "Anything over")), answer.answer
