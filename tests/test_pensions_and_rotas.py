"""Questions asked of a pension scheme's questions and answers, a policy on repaying study funding,
a page on how a rota tool allocates shifts and an equality impact assessment, the way workers and
reps type them.

What a user sees: a question and its answer read as asked ("Can I opt out? Yes. …", not "Can I
opt out?: Yes."); retiring found as taking one's pension, one's family as the people one names,
what the council "puts in" as what it pays; a table's heading row read as headings ("If you leave:
12 to 24 months after finishing; You repay: 50% of the fees"), and the row for the months given;
how much study leave answered by the study leave, not by a heading row; the list of what a tool
uses, whole, under the heading that asks it; which groups an assessment finds affected.
Documents are made in tests/documents.py (made-up facts).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from documents import (
    asked_of,
    impact_assessment_xlsx,
    indexed_alone,
    leads_with,
    pension_faq_html,
    repayment_docx,
    rota_tool_html,
)

from assistant.settings import Settings


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    root = tmp_path_factory.mktemp("pensions")
    return indexed_alone(root, [pension_faq_html(root / "pension-faq.html"), repayment_docx(root / "repayment.docx"),
                                rota_tool_html(root / "rota-tool.html"), impact_assessment_xlsx(root / "eia.xlsx")])


def test_a_definition_lists_questions_read_with_their_answers(tmp_path: Path) -> None:
    from assistant.ingest.loaders import load_file

    text = load_file(pension_faq_html(tmp_path / "pension-faq.html"), 10**6).text
    assert "Can I opt out? Yes. If you opt out within 3 months" in text
    assert "?:" not in text


def test_a_heading_row_without_figures_names_the_figures_under_it(tmp_path: Path) -> None:
    from assistant.ingest.loaders import load_file

    text = load_file(repayment_docx(tmp_path / "repayment.docx"), 10**6).text
    assert "• If you leave: 12 to 24 months after finishing; You repay: 50% of the fees" in text
    assert "• If you leave: You repay" not in text


@pytest.mark.parametrize(("question", "said"), [
    ("when can i retire", "When can I take my pension? Your normal pension age"),
    ("what does my family get if i die", "What happens if I die? A lump sum of three times your pay"),
    ("how much does the council put in", "How much do I pay in? Between 5.5% and 12.5% of your pay"),
])
def test_everyday_words_find_the_schemes_answer(docs: Settings, question: str, said: str) -> None:
    leads_with(docs, question, "pension-faq", said)


@pytest.mark.parametrize(("question", "said"), [
    ("if i leave 18 months after finishing my course do i have to pay it back",
     "If you leave: 12 to 24 months after finishing; You repay: 50% of the fees"),
    ("i'm leaving after 3 years, do i owe anything", "If you leave: More than 24 months after finishing; You repay: Nothing"),
    ("how much study leave do i get", "The Council pays course fees and exam fees, and gives up to 5 days of paid study leave"),
])
def test_the_row_or_rule_for_the_askers_case_leads(docs: Settings, question: str, said: str) -> None:
    leads_with(docs, question, "repayment", said)


def test_the_list_under_the_heading_the_question_asks_is_given_whole(docs: Settings) -> None:
    answer = asked_of(docs, "what information does it use about me", "rota-tool")
    for item in ("hours in your contract", "availability and leave", "travel time", "skills and training"):
        assert item in answer.answer[:600], answer.answer


def test_it_under_a_products_title_is_the_product(docs: Settings) -> None:
    leads_with(docs, "does carerota look at my sickness record", "rota-tool", "It does not use your sickness record")


def test_whom_the_question_names_does_it_in_the_answer(docs: Settings) -> None:
    leads_with(docs, "can my team leader change the rota", "rota-tool", "A team leader checks it and can change it")


def test_retiring_asked_in_welsh_is_taking_ones_pension(docs: Settings) -> None:
    leads_with(docs, "pryd ga i ymddeol?", "pension-faq", "When can I take my pension?")


def test_which_groups_are_affected_is_answered_by_the_assessments_rows(docs: Settings) -> None:
    answer = asked_of(docs, "which groups are negatively affected", "eia", "rep")
    assert not answer.abstained, answer.answer
    assert "Likely impact: Negative" in answer.answer.split("\n")[0], answer.answer
