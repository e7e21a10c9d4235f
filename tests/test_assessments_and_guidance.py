"""Questions asked of a data sharing agreement, an equality impact assessment, guidance on AI
note-takers, a restructure's timetable, a performance dashboard's guide, a staff survey's results,
a time off for dependants policy and an IT notice, the way workers type them.

What a user sees: "what are they doing about it?" answered by the assessment's actions, not by
what the document is about; whom a thing goes to ("who gets the notes?" → "sent to everyone who
attended") and which party is responsible ("Each party is responsible…"); everyday words in the
document's own ("if it's wrong" → accuracy, "used against me" → used as evidence, "will I be told"
→ tell, "turn it off" → switched off); and a timetable's rows for "how long is the consultation?"
(the dates it runs between) and "what's happening in March?". Documents are made in
tests/documents.py (made-up facts).
"""

from __future__ import annotations

import pytest
from documents import (
    adjustments_md,
    agency_workers_docx,
    ai_note_taking_md,
    asked_of,
    bilingual_advert_md,
    contract_notice_html,
    dashboard_html,
    data_sharing_txt,
    dependants_leave_docx,
    indexed_alone,
    lead,
    leads_with,
    outage_eml,
    restructure_timetable_xlsx,
    survey_results_pptx,
    timesheets_eqia_docx,
)

from assistant.settings import Settings


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    root = tmp_path_factory.mktemp("assessments")
    files = [data_sharing_txt(root / "data-sharing.txt"), timesheets_eqia_docx(root / "eqia.docx"),
             ai_note_taking_md(root / "ai-notes.md"), restructure_timetable_xlsx(root / "timetable.xlsx"),
             dashboard_html(root / "dashboard.html"), survey_results_pptx(root / "survey.pptx"),
             dependants_leave_docx(root / "dependants.docx"), outage_eml(root / "outage.eml"),
             agency_workers_docx(root / "agency.docx"), contract_notice_html(root / "notice.html"),
             bilingual_advert_md(root / "advert.md"), adjustments_md(root / "adjustments.md")]
    return indexed_alone(root, files)


@pytest.mark.parametrize(("question", "doc", "said"), [
    # what is done about it, not what the document is about
    ("what are they doing about it", "eqia", "Offer one-to-one training sessions for anyone who asks."),
    ("who gets the notes", "ai-notes", "The AI notes are sent to everyone who attended."),
    ("who is responsible if it's wrong", "data-sharing", "4.1 Each party is responsible for the accuracy"),
    ("will i be told", "ai-notes", "The organiser must tell everyone invited"),
    ("can i turn it off", "ai-notes", "Anyone in the meeting can ask for AI notes to be switched off."),
    ("how long is the consultation", "timetable", "Stage: Formal consultation with unions and staff; Starts: 5 January 2027; Ends: 19 February 2027"),
])
def test_the_answer_is_in_the_documents_own_words(docs: Settings, question: str, doc: str, said: str) -> None:
    leads_with(docs, question, doc, said)


def test_used_against_me_is_answered_by_what_it_may_not_be_used_as(docs: Settings) -> None:
    answer = asked_of(docs, "can it be used against me", "ai-notes")
    assert not answer.abstained, answer.answer
    assert "AI notes must not be used as evidence about how any individual performed" in answer.answer


def test_what_happens_in_a_month_is_answered_by_the_rows_of_that_month(docs: Settings) -> None:
    answer = asked_of(docs, "whats happening in march", "timetable")
    assert not answer.abstained, answer.answer  # "happening" is what any question asks, not a topic
    assert "March 2027" in lead(answer), answer.answer


@pytest.mark.parametrize(("question", "doc", "said"), [
    ("what happens if i miss my target", "dashboard", "If your figures are consistently below the team average"),
    ("how many people filled it in", "survey", "1,842 staff responded"),
    ("which department had the best response", "survey", "The response rate was highest in Social Services"),
    ("im new can i still take it", "dependants", "All employees can take reasonable time off"),
    # a section's first sentence that names its examples by the heading ("What counts as an emergency")
    ("my childminder let me down what can i do", "dependants", "Examples include a child falling ill, a breakdown in care arrangements"),
    ("what time will it be back", "outage", "Email will be unavailable from 6pm on Friday 11 December until 8am"),
])
def test_everyday_words_of_notices_and_results_find_their_own(docs: Settings, question: str, doc: str, said: str) -> None:
    leads_with(docs, question, doc, said)


def test_when_something_started_is_answered_by_the_date_it_was_introduced(docs: Settings) -> None:
    answer = asked_of(docs, "when did this start", "dashboard")
    assert not answer.abstained, answer.answer
    assert "It was introduced in September 2026." in answer.answer.split("\n")[0], answer.answer


@pytest.mark.parametrize(("question", "doc", "said"), [
    ("can they bring in agency staff during a strike", "agency", "5.1 Agency workers must not be used to cover posts during industrial action."),
    ("when do bids close", "notice", "Closing date for tenders: 15 January 2027"),  # bids are tenders
    # a date alone under the heading that says what date it is
    ("when is the closing date", "advert", "8 January 2027."),
])
def test_a_date_or_a_rule_is_found_by_the_words_people_use_for_it(docs: Settings, question: str, doc: str, said: str) -> None:
    leads_with(docs, question, doc, said)


def test_what_a_section_heading_names_is_answered_by_the_section_in_its_order(docs: Settings) -> None:
    # "what data is shared?" of a section headed "DATA SHARED": its first clause, not the later
    # one that says what is not shared in the question's own words
    answer = asked_of(docs, "what data is shared", "data-sharing")
    assert lead(answer).startswith("2.1 The parties will share the person's name"), answer.answer


def test_a_record_that_is_wrong_is_a_matter_of_accuracy_and_things_going_wrong_of_risk() -> None:
    from assistant.retrieval.expand import expand_query

    assert "accuracy" in expand_query("who is responsible if it's wrong")
    assert "accuracy" not in expand_query("what could go wrong for us when new tech arrives")


@pytest.mark.parametrize(("question", "doc", "said"), [
    ("alla i ei ddiffodd?", "ai-notes", "Anyone in the meeting can ask for AI notes to be switched off."),
    ("beth sy'n digwydd os ydw i'n methu fy nharged?", "dashboard", "If your figures are consistently below the team average"),
    ("mae fy mhlentyn yn sâl, alla i gael amser i ffwrdd?", "dependants", "Examples include a child falling ill"),
])
def test_a_question_in_welsh_finds_the_english_documents_own_words(docs: Settings, question: str, doc: str, said: str) -> None:
    # through the glossary: diffodd (switch off), methu (miss), targed, plentyn, amser i ffwrdd
    leads_with(docs, question, doc, said)


def test_whose_budget_a_cost_comes_out_of_is_no_question_of_an_amount(docs: Settings) -> None:
    answer = asked_of(docs, "does it come out of my budget", "adjustments", "manager")
    assert not answer.abstained, answer.answer  # it had been "They don't give an amount of money for this."
    assert "The Council pays for adjustments from a central budget" in answer.answer
