"""Questions asked of a statement of terms and conditions, a data protection impact assessment, a
facility time agreement, minutes in plain text, a grievance procedure page and a standard on
using generative AI, the way workers and reps type them.

What a user sees: the notice row for the years they give ("8 years" is "4 to 12 years"); probation
answered by what it is, not by the notice row for it; the maker of a tool; how much notice as a
length ahead of something, not any length; a pay offer's percentage as its amount; whom to report
to, by a desk's name; the lines of minutes each under its item, the actions all together, and
the date of the next meeting kept; the answer to "when will I hear the outcome?" before the
sentence that only mentions the outcome in its condition, and the reverse when the question
tells that condition; "how long do I have to appeal?" by what the asker may do; a numbered list
of rules in its order. Documents are made in tests/documents.py (made-up facts).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from documents import (
    asked_of,
    facility_time_md,
    genai_use_md,
    grievance_html,
    indexed_alone,
    jcc_minutes_txt,
    lead,
    leads_with,
    particulars_docx,
    triage_dpia_docx,
    whistleblowing_html,
)

from assistant.settings import Settings


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    root = tmp_path_factory.mktemp("terms")
    return indexed_alone(root, [particulars_docx(root / "particulars.docx"), triage_dpia_docx(root / "dpia.docx"),
                                facility_time_md(root / "facility-time.md"), jcc_minutes_txt(root / "jcc-minutes.txt"),
                                grievance_html(root / "grievance.html"), genai_use_md(root / "genai-use.md"),
                                whistleblowing_html(root / "whistleblowing.html")])


def test_the_notice_row_for_the_years_served_leads_with_what_it_is_of(docs: Settings) -> None:
    answer = asked_of(docs, "i've been here 8 years, how much notice do they have to give me", "particulars")
    lines = [line for line in answer.answer.split("\n") if line.strip()]
    assert lines[0].startswith("The notice you must give, and the notice the Council must give you"), answer.answer
    assert "4 to 12 years" in lines[0] and "1 week for each complete year" in lines[0], answer.answer


def test_probation_is_answered_by_what_it_is_not_by_the_notice_during_it(docs: Settings) -> None:
    answer = asked_of(docs, "how long is my probation", "particulars")
    assert "The first 6 months are a probationary period" in answer.answer.split("\n")[0], answer.answer


@pytest.mark.parametrize(("question", "doc", "said"), [
    ("who makes the tool", "dpia", "From April 2026 an AI tool from Northway Analytics"),
    ("are my calls being recorded", "dpia", "Staff voices are recorded as part of the calls."),
    ("how much notice do i need to give for time off for union duties", "facility-time",
     "Representatives should ask their line manager for time off at least 5 working days in advance"),
    ("does this apply to agency staff", "genai-use", "This standard applies to all staff, agency workers"),
    # the asker told to do what is asked, not something else ("You must complete the e-learning…")
    ("do i have to say i used AI?", "genai-use", "Say when you have used AI to write a letter"),
])
def test_everyday_questions_find_what_the_document_says(docs: Settings, question: str, doc: str, said: str) -> None:
    leads_with(docs, question, doc, said)


@pytest.mark.parametrize(("question", "doc", "said"), [
    ("how much is the pay offer", "jcc-minutes", "The national pay offer of 3.2% was noted."),
    ("who do i tell if copilot says something offensive", "genai-use", "Report any output that is offensive or biased to the IT Service Desk."),
])
def test_an_answer_of_the_kind_asked_is_not_declined(docs: Settings, question: str, doc: str, said: str) -> None:
    leads_with(docs, question, doc, said)


def test_minutes_items_are_sections_and_the_next_meeting_is_kept(docs: Settings) -> None:
    from assistant.store.knowledge_base import get_kb

    chunks = [c for c in get_kb(docs).snapshot().chunks if c.doc_id == "jcc-minutes"]
    assert {c.section for c in chunks} >= {"1. Microsoft Copilot roll-out", "2. Hybrid working review"}
    assert any("Date of next meeting: 16 July 2026" in c.text for c in chunks)


@pytest.mark.parametrize(("question", "said"), [
    ("will we have to use copilot", "L. Thomas asked whether staff would be made to use it; D. Price said use would be voluntary"),
    ("is hybrid working staying", "The policy allowing up to 3 days a week at home will continue."),
    ("when is the next jcc", "Date of next meeting: 16 July 2026"),
    ("so is copilot compulsory or not", "L. Thomas asked whether staff would be made to use it; D. Price said use would be voluntary"),
])
def test_minutes_answer_from_the_item_asked_about(docs: Settings, question: str, said: str) -> None:
    leads_with(docs, question, "jcc-minutes", said)


def test_the_actions_of_minutes_are_listed_together_in_order(docs: Settings) -> None:
    answer = asked_of(docs, "what actions came out of the meeting?", "jcc-minutes", "rep")
    first, second = answer.answer.index("ACTION: D. Price"), answer.answer.index("ACTION: S. Jenkins")
    assert lead(answer).startswith("ACTION: D. Price") and first < second < 600, answer.answer


@pytest.mark.parametrize(("question", "said"), [
    ("when will i hear the outcome", "You will get a written outcome within 5 working days"),
    ("how long do i have to appeal", "If you are unhappy with the outcome, you can appeal in writing"),
    ("what if i'm unhappy with the outcome", "If you are unhappy with the outcome, you can appeal in writing"),
])
def test_a_procedure_answers_what_the_asker_asks_of_it(docs: Settings, question: str, said: str) -> None:
    leads_with(docs, question, "grievance", said)


def test_a_question_that_tells_its_condition_is_answered_by_the_rule_for_it(docs: Settings) -> None:
    leads_with(docs, "what if its my manager doing it", "whistleblowing", "If the concern is about your manager, contact")


def test_a_numbered_list_of_rules_is_given_in_its_order(docs: Settings) -> None:
    answer = asked_of(docs, "what rules do staff have to follow with AI?", "genai-use", "manager")
    rules = ("Never enter personal data", "Check everything", "Say when you have used AI", "Do not use AI to make decisions",
             "Report any output")
    found = [at for rule in rules if (at := answer.answer.find(rule)) != -1]
    assert len(found) >= 3 and found == sorted(found) and found[0] == 0, answer.answer


def test_a_span_of_years_takes_in_the_years_between_its_ends(tmp_path: Path) -> None:
    from assistant.answer.thresholds import inside_threshold, outside_threshold

    rows = ["Length of service: Up to 4 years", "Length of service: 4 to 12 years", "Length of service: 12 years or more",
            "Where between 20 and 99 staff are affected, 30 days"]
    assert inside_threshold("i've been here 8 years", rows) == [False, True, False, False]
    assert outside_threshold("i've been here 2 years", rows) == [False, True, True, False]
    assert inside_threshold("it affects 50 staff", rows) == [False, False, False, True]


def test_a_welsh_question_searches_a_name_the_glossary_lacks_that_the_document_uses(docs: Settings) -> None:
    leads_with(docs, "ga i ddefnyddio chatgpt?", "genai-use", "Free public tools such as ChatGPT or Gemini must not be used")

