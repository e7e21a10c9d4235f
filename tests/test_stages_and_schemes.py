"""Questions asked of a capability procedure, what to do when off sick, a redundancy policy, a car
scheme's FAQ, a homeworking policy, a project plan, a supplier's terms and an IT knowledge
article, the way workers and reps type them.

What a user sees: the stage, day or week the question names, by number or ordinal ("after stage 1"
is stage 2; "the first day" is "Day 1"; "day 4" is "Day 4" before "Days 1 to 7"), with what the
table or list is of; a comparison answered by what the document says of both things; the occasion
a "when do I…?" question asks for ("when you return"); a saving given as a share; and everyday
words found in the document's own ("anyone I can talk to" → support, "interviews" → looking for
work, "tripped over" → an accident, "abroad" → outside the United Kingdom, "subcontractor" →
sub-processor); the row of a plan named by what a "when is…?" question asks about; a length that
is not a time ("how long does my password need to be?"); a number to ring by whose it is.
Documents are made in tests/documents.py (made-up facts).
"""

from __future__ import annotations

import pytest
from documents import (
    capability_pdf,
    ev_faq_txt,
    homeworking_html,
    indexed_alone,
    leads_with,
    password_kb_html,
    phishing_md,
    project_plan_xlsx,
    redundancy_md,
    sickness_reporting_docx,
    supplier_terms_txt,
)

from assistant.settings import Settings


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    root = tmp_path_factory.mktemp("stages")
    files = [capability_pdf(root / "capability.pdf"), sickness_reporting_docx(root / "sickness.docx"),
             redundancy_md(root / "redundancy.md"), ev_faq_txt(root / "ev-faq.txt"),
             homeworking_html(root / "homeworking.html"), project_plan_xlsx(root / "project-plan.xlsx"),
             supplier_terms_txt(root / "supplier-terms.txt"), password_kb_html(root / "password-reset.html"),
             phishing_md(root / "phishing.md")]
    return indexed_alone(root, files)


def shown(answer_text: str) -> str:
    """What the answer shows before its closing advice and "more"."""
    return answer_text.split("**")[0]


@pytest.mark.parametrize(("question", "stage", "not_stage"), [
    ("what happens after stage 1", "(b) Stage 2: a final written improvement notice", "(a) Stage 1"),
    ("how long is the review period at stage 2", "(b) Stage 2: a final written improvement notice", "(c) Stage 3"),
])
def test_the_stage_the_question_names_is_shown_with_what_the_list_is_of(
        docs: Settings, question: str, stage: str, not_stage: str) -> None:
    answer = leads_with(docs, question, "capability", "3.1 If your performance does not improve, there are three formal stages:")
    assert stage in shown(answer.answer)
    assert not_stage not in shown(answer.answer), answer.answer


@pytest.mark.parametrize(("question", "said"), [
    ("what do i need to do on day 4", "When: Day 4; What you must do: Phone your manager again"),  # before "Days 1 to 7"
    ("what do i do on the first day im off", "When: Day 1; What you must do: Phone your line manager before 9am"),
    ("when do i fill in the self cert form", "When: Days 1 to 7; What you must do: Complete a self-certification form"),
])
def test_the_row_for_the_day_asked_about_leads(docs: Settings, question: str, said: str) -> None:
    leads_with(docs, question, "sickness", said)


@pytest.mark.parametrize(("question", "doc", "said"), [
    ("whats the difference between this and a disciplinary", "capability", "1.1 This procedure is used when an employee"),
    ("is there anyone i can talk to", "capability", "5.1 You can get free, confidential support"),
    ("can i get time off for interviews", "redundancy", "3.1 If you have 2 years' service and are under notice"),
    ("how much will i save", "ev-faq", "Most people save between 30% and 40%"),
    ("i tripped over a cable at home while working what do i do", "homeworking", "You must report any accident"),
])
def test_questions_in_everyday_words_are_answered_by_the_documents_own(
        docs: Settings, question: str, doc: str, said: str) -> None:
    leads_with(docs, question, doc, said)


@pytest.mark.parametrize(("question", "said"), [
    ("when does the pilot start", "Milestone: Pilot with 50 staff in Finance; Start: 11 January 2027"),  # not "Review of the pilot"
    ("when is the training", "Milestone: Training for all staff; Start: 15 March 2027"),
])
def test_a_plans_row_named_by_what_the_question_times_leads(docs: Settings, question: str, said: str) -> None:
    leads_with(docs, question, "project-plan", said)


@pytest.mark.parametrize(("question", "said"), [
    ("can they move our data abroad", "The Supplier shall not transfer Customer Data outside the United Kingdom"),
    ("will they tell us if they use a new subcontractor", "The Supplier shall give the Customer at least 30 days' notice of any new sub-processor"),
    ("how much are they liable for", "4.1 The Supplier's total liability under this Agreement in any year shall not exceed"),
])
def test_a_reps_questions_of_supplier_terms_are_answered_in_the_contracts_words(docs: Settings, question: str, said: str) -> None:
    leads_with(docs, question, "supplier-terms", said, persona="worker")


@pytest.mark.parametrize(("question", "said"), [
    ("how long does my password need to be", "Choose a new password of at least 14 characters."),  # a length, not a time
    ("how many tries before i get locked out", "Your account locks after 5 wrong attempts."),
    ("whats the service desk number", "Your account locks after 5 wrong attempts."),  # its paragraph has the number
])
def test_an_it_articles_answers(docs: Settings, question: str, said: str) -> None:
    answer = leads_with(docs, question, "password-reset", said)
    if "number" in question:
        assert "01234 500500" in answer.answer.split("\n")[0]


@pytest.mark.parametrize(("question", "persona", "said"), [
    ("i clicked a link in a dodgy email what do i do", "worker", "Disconnect from the network straight away"),
    ("someone in my team clicked a phishing link what now", "manager", "Disconnect from the network straight away"),
    # (the section's situation, but another question of it)
    ("will i get in trouble for clicking a link", "worker", "You will not be disciplined for reporting a mistake quickly."),
])
def test_what_to_do_in_a_situation_is_the_section_headed_by_it(docs: Settings, question: str, persona: str, said: str) -> None:
    leads_with(docs, question, "phishing", said, persona)


def test_how_often_something_happened_picks_the_rule_whose_count_it_meets(docs: Settings) -> None:
    leads_with(docs, "one of my team has been off 5 times this year what do i do", "sickness",
               "If you are off sick for 4 or more periods in 12 months", "manager")


@pytest.mark.parametrize(("question", "doc", "said"), [
    ("ga i hawlio am fy band eang?", "homeworking", "You may not claim for broadband"),
    ("sut dw i'n ailosod fy nghyfrinair?", "password-reset", "Go to the Self-Service Password Reset page"),
])
def test_questions_in_welsh_of_english_guidance(docs: Settings, question: str, doc: str, said: str) -> None:
    leads_with(docs, question, doc, said)
