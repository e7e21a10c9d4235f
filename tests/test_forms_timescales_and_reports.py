"""Questions asked of a filled-in form, a procedure's table of time limits, an FAQ whose answer depends
on age, and a pay gap report, the way workers and reps type them.

What a user sees: "do I have a separate keyboard?" of an assessment form is answered by the form's
question and the box ticked ("Do you have a separate keyboard and mouse?: No"), not by every option with
its box, nor with the first row taken for column headings. A table under the sentence that introduces it
is read with its column names ("Stage: Appeal; Who: Head of service; …"): "who hears my appeal?" is the
Appeal row, "how long does my manager have to decide?" the written decision's, and "how many requests
can I make a year?" the sentence that counts them, not the row of the meeting "to discuss the request".
"When can I make a request?" is answered "from your first day of employment". "I'm 19, will I be
enrolled?" is answered by the rule whose age leaves them out. "What share of the top quarter are
women?" is the Upper row; "what are they doing about it?" is the section "What we are doing". "Do spent
warnings count?" asks whether they are counted, not about money spent; "what are the selection criteria?"
of a table of criteria named only by its file is that table; "when do I have to start using the app?"
is the date it starts, not the occasion it shares a location on ("when you start a visit").
Documents are made in tests/documents.py.
"""

from __future__ import annotations

import pytest
from documents import (
    app_launch_html_email_eml,
    enrolment_faq_html,
    flexible_working_timescales_pdf,
    indexed_alone,
    leads_with,
    pay_gap_report_md,
    selection_matrix_csv,
    workstation_assessment_docx,
)

from assistant.settings import Settings


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    root = tmp_path_factory.mktemp("forms")
    return indexed_alone(root, [
        workstation_assessment_docx(root / "assessment.docx"), flexible_working_timescales_pdf(root / "flexible.pdf"),
        enrolment_faq_html(root / "enrolment.html"), pay_gap_report_md(root / "paygap.md"),
    ])


def test_a_forms_answer_is_the_box_ticked(docs: Settings) -> None:
    answer = leads_with(docs, "do I have a separate keyboard?", "assessment", "Do you have a separate keyboard and mouse?: No")
    assert "☐" not in answer.answer and "☒" not in answer.answer, answer.answer
    leads_with(docs, "did I say I get headaches?", "assessment", "Do you get headaches or eye strain?: Yes")


def test_a_forms_question_is_a_field_not_a_column_heading(docs: Settings) -> None:
    leads_with(docs, "when was the assessment?", "assessment", "Date of assessment: 14 October 2026")


def test_a_table_under_its_intro_names_its_columns_and_the_row_asked_leads(docs: Settings) -> None:
    leads_with(docs, "who hears my appeal?", "flexible", "Stage: Appeal; Who: Head of service")
    leads_with(docs, "how long does my manager have to decide?", "flexible", "Stage: Written decision")


def test_a_count_is_of_what_a_row_is_not_of_what_it_mentions(docs: Settings) -> None:
    leads_with(docs, "how many requests can I make a year?", "flexible", "You can make two requests")


def test_from_your_first_day_says_when(docs: Settings) -> None:
    leads_with(docs, "when can I make a flexible working request?", "flexible",
               "You can make a flexible working request from your first day of employment.")


def test_an_age_the_rule_leaves_out_is_answered_by_that_rule(docs: Settings) -> None:
    leads_with(docs, "I'm 19, will I be enrolled automatically?", "enrolment", "If you earn more than £10,000 a year and are aged 22")


def test_a_share_of_the_top_quarter_is_the_upper_row(docs: Settings) -> None:
    leads_with(docs, "what share of the top quarter are women?", "paygap", "Pay quarter: Upper; Women: 44%", "rep")


def test_what_they_are_doing_is_what_we_are_doing(docs: Settings) -> None:
    leads_with(docs, "what are they doing about it?", "paygap", "We will publish salary ranges", "rep")


@pytest.fixture(scope="module")
def more_docs(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    root = tmp_path_factory.mktemp("criteria")
    return indexed_alone(root, [selection_matrix_csv(root / "redundancy_criteria.csv"), app_launch_html_email_eml(root / "app.eml")])


def test_spent_warnings_are_no_money_spent(more_docs: Settings) -> None:
    leads_with(more_docs, "do spent warnings count?", "redundancy-criteria", "Criterion: Disciplinary record", "rep")


def test_selection_criteria_are_a_tables_criteria(more_docs: Settings) -> None:
    answer = leads_with(more_docs, "what are the selection criteria?", "redundancy-criteria", "Criterion:", "rep")
    assert "Criterion: Attendance" in answer.answer[:600], answer.answer


def test_when_to_start_using_it_is_a_date_not_an_occasion(more_docs: Settings) -> None:
    leads_with(more_docs, "when do I have to start using the app?", "app", "From Monday 16 November")
