"""Claiming expenses, finding a form, and what to do, asked of a workbook, a procedure, an email and a page
of advice, the way workers type them.

What a user sees: "I take a colleague with me, do I get extra?" of mileage rates is the passenger supplement
(not declined); "when do I need to put my mileage claim in?" is the step with its deadline ("by the 5th of the
following month") and "when will I get paid for my mileage?" the step that pays it ("with your next month's
salary"). "Where do I find the grievance form?" is the clause that says where it is (not declined for the word
"find"); "how soon will I get the outcome?" is the outcome's time, not an appeal's time counted from it.
"Where can I ask questions about it?" of an email about Copilot is where its drop-in sessions are (where
the asker can go is a place). "What does it do?" of an impact assessment is what the tool it assesses does
("it" is what the document chosen is about, as its title says). "I clicked a dodgy link, what do I do?" of a page titled "What to do if you clicked
a link in a suspicious email" is that page's advice, with its steps. Documents are made in tests/documents.py.
"""

from __future__ import annotations

import pytest
from documents import (
    asked_of,
    copilot_switch_on_eml,
    grievance_clauses_md,
    indexed_alone,
    leads_with,
    mileage_claim_xlsx,
    rota_tool_dpia_docx,
    suspicious_link_txt,
)

from assistant.settings import Settings


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    root = tmp_path_factory.mktemp("claims")
    return indexed_alone(root, [mileage_claim_xlsx(root / "mileage.xlsx"), grievance_clauses_md(root / "grievance.md"),
                                copilot_switch_on_eml(root / "copilot.eml"), suspicious_link_txt(root / "link.txt"),
                                rota_tool_dpia_docx(root / "dpia.docx")])


def test_a_colleague_in_the_car_is_a_passenger(docs: Settings) -> None:
    leads_with(docs, "I take a colleague with me, do I get extra?", "mileage", "Vehicle: Passenger supplement")


def test_a_day_of_the_month_is_when_a_claim_is_due(docs: Settings) -> None:
    leads_with(docs, "when do I need to put my mileage claim in?", "mileage",
               "Step: 2; What to do: Submit your claim by the 5th of the following month")


def test_the_next_salary_is_when_a_claim_is_paid(docs: Settings) -> None:
    leads_with(docs, "when will I get paid for my mileage?", "mileage",
               "Step: 4; What to do: Payment is made with your next month's salary")


def test_where_to_find_a_form_is_where_the_procedure_says_it_is(docs: Settings) -> None:
    answer = leads_with(docs, "where do I find the grievance form?", "grievance", "4.1 If the matter is not resolved")
    assert "which is on the intranet" in answer.answer.split("\n")[0], answer.answer


def test_the_outcomes_time_is_not_an_appeals_time_counted_from_it(docs: Settings) -> None:
    leads_with(docs, "how soon will I get the outcome?", "grievance", "4.3 You will receive the outcome in writing")


def test_where_the_asker_can_go_is_a_place(docs: Settings) -> None:
    leads_with(docs, "where can I ask questions about it?", "copilot", "If you have questions, drop-in sessions")


def test_it_is_what_the_chosen_document_is_about(docs: Settings) -> None:
    leads_with(docs, "what does it do?", "dpia", "The Council plans to use ShiftWise, an AI tool that suggests staff rotas")


def test_a_pages_title_can_be_the_situation_asked_about(docs: Settings) -> None:
    answer = asked_of(docs, "i clicked a dodgy link what do i do", "link")
    assert not answer.abstained, answer.answer
    top = answer.answer[:600]
    assert "Don't panic" in top and "Disconnect your device" in top and "Call the IT Service Desk" in top, answer.answer


def test_an_answer_found_on_a_second_search_is_streamed_once(docs: Settings) -> None:
    # (the first search's "doesn't cover this" is not streamed ahead of the answer that replaces it)
    from assistant.service import ask_stream

    parts = list(ask_stream("what does it do?", "worker", doc_ids=("dpia",), settings=docs))
    streamed = "".join(p for p in parts if isinstance(p, str))
    final = parts[-1]
    assert not isinstance(final, str) and not final.abstained, final
    assert streamed.strip() == final.answer.strip() and "doesn't cover" not in streamed, streamed
