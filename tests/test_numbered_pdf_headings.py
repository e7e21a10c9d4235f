"""A consultation document in PDF as Word sets one: a title wrapped over two lines, numbered headings set
larger than the body with a paragraph (no sub-clauses) under each, and a timetable table under its own heading.

What a user sees: the document is titled "Proposed restructure of Customer Services: consultation document"
(not "consultation document", the title's second line), and each numbered heading heads its own section, so
"why are they doing this?" is answered by the section "1. Why we are proposing changes", "am I at risk?" by
"All 42 Customer Services Advisers are in the selection pool." and "when does the consultation finish?" by the
timetable's row that says it ends, not the one that says it starts. Documents are made in tests/documents.py.
"""

from __future__ import annotations

import pytest
from documents import indexed_alone, leads_with, restructure_consultation_pdf

from assistant.settings import Settings


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    root = tmp_path_factory.mktemp("numbered")
    return indexed_alone(root, [restructure_consultation_pdf(root / "restructure.pdf")])


def test_a_title_set_over_two_lines_is_one_title(docs: Settings) -> None:
    from assistant.store.knowledge_base import get_kb

    assert get_kb(docs).snapshot().docs["restructure"].title == (
        "Proposed restructure of Customer Services: consultation document")


def test_each_numbered_heading_heads_its_section(docs: Settings) -> None:
    from assistant.store.knowledge_base import get_kb

    sections = {c.section for c in get_kb(docs).snapshot().chunks}
    assert {"1. Why we are proposing changes", "3. Who is affected", "4. Timetable"} <= sections, sections


def test_why_is_the_section_of_reasons(docs: Settings) -> None:
    leads_with(docs, "why are they doing this?", "restructure", "Demand for face-to-face services has fallen by 40%")


def test_being_at_risk_is_being_in_the_selection_pool(docs: Settings) -> None:
    leads_with(docs, "am I at risk?", "restructure", "All 42 Customer Services Advisers are in the selection pool.")


def test_when_it_finishes_is_the_row_that_says_it_ends(docs: Settings) -> None:
    leads_with(docs, "when does the consultation finish?", "restructure", "Stage: Consultation ends; Date: 5 February 2027")
