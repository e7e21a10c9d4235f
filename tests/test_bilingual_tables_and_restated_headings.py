"""Questions asked of a notice set side by side in Welsh and English, a policy whose headings put the
reader's questions as statements, a table of absence triggers and a travel page, the way staff type them.

What a user sees: "when do I get my new phone?" is answered in English alone, and "pryd fydda i'n cael
ffôn newydd?" in Welsh alone, not both halves of the row run together; "what equipment can I have?" is
answered from "What you can have", not from "Returning equipment", which says "equipment" more; "when do
I get referred to occupational health?" by the trigger that does it; "how much can I spend on a hotel in
London?" by what the council pays, though the page never says "spend"; "the first principle of the
Charter" is the sentence that says what it is, not the first item of another numbered list. Documents are made in
tests/documents.py.
"""

from __future__ import annotations

import pytest
from documents import (
    absence_triggers_csv,
    bilingual_notice_docx,
    charter_report_md,
    equipment_policy_md,
    hotels_html,
    indexed_alone,
    lead,
    leads_with,
)

from assistant.settings import Settings


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    root = tmp_path_factory.mktemp("bilingual")
    return indexed_alone(root, [bilingual_notice_docx(root / "phones.docx"), equipment_policy_md(root / "equipment.md"),
                                absence_triggers_csv(root / "triggers.csv"), hotels_html(root / "travel.html"),
                                charter_report_md(root / "charter.md")])


def test_an_english_question_of_a_bilingual_table_is_answered_in_english(docs: Settings) -> None:
    answer = leads_with(docs, "when do I get my new phone?", "phones", "Every member of staff will get a new phone by 31 March 2027.")
    assert "Bydd pob aelod" not in lead(answer), answer.answer


def test_a_welsh_question_of_a_bilingual_table_is_answered_in_welsh(docs: Settings) -> None:
    answer = leads_with(docs, "pryd fydda i'n cael ffôn newydd?", "phones", "Bydd pob aelod o staff yn cael ffôn newydd erbyn 31 Mawrth 2027.")
    assert "Every member of staff" not in lead(answer), answer.answer


def test_a_heading_that_restates_the_question_leads(docs: Settings) -> None:
    leads_with(docs, "what equipment can I have?", "equipment", "You can have a laptop, a headset and one monitor.")


def test_a_trigger_answers_when(docs: Settings) -> None:
    leads_with(docs, "when do I get referred to occupational health?", "triggers", "Trigger: 4 weeks' continuous absence")


def test_spending_is_what_is_paid(docs: Settings) -> None:
    leads_with(docs, "how much can I spend on a hotel in london?", "travel", "The council pays up to £110 a night in London")


def test_a_place_in_a_list_is_not_any_numbered_list(docs: Settings) -> None:
    leads_with(docs, "What does an organisation sign up to under the first principle of the Digital Inclusion Charter?", "charter",
               "The programme encourages bodies to sign a Digital Inclusion Charter, whose first principle")
