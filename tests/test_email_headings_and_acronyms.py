"""Plain-text headings in an email, the days of the week, steps that say how soon, a FAQ's heading in other words,
and the public sector's acronyms.

What a user sees: "what if i don't have a work mobile?" of an email whose part is headed "If you don't have a work
mobile" on a line of its own is that part ("You can use the app on your own phone if you wish, but you do not have
to."), not the part before it run on into the heading; "how much for a weekday evening?" is the row "Monday to
Friday after 8pm"; "how quickly do I have to report it?" is the step that says "within one hour", not the sentence
that says reporting promptly spares you; "will I get sacked for a data breach?" is the answer under "Will I be
disciplined?"; "does the ICO have to be told?" is what the procedure says of the Information Commissioner's Office;
"i'm dyslexic can i get help applying?" is whom to ask for a reasonable adjustment. In a conversation, "how?" and
"by when?" after "can I opt out of the AI?" ask how and by when one opts out ("…by emailing … before the closing
date"), and "who else do I tell?" after "what do I do if I lose my laptop?" is about the laptop. "What did GMB ask?" of minutes that name
"Lisa Hughes (GMB)" in their attendance line is what Lisa Hughes asked. Documents are made in tests/documents.py.
"""

from __future__ import annotations

import pytest
from documents import (
    applicants_notice_html,
    asked_of,
    attended_minutes_docx,
    breach_steps_docx,
    conversation,
    extra_hours_csv,
    indexed_alone,
    leads_with,
    sign_in_email_eml,
)

from assistant.settings import Settings


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    root = tmp_path_factory.mktemp("mail")
    return indexed_alone(root, [
        sign_in_email_eml(root / "signin.eml"), extra_hours_csv(root / "overtime.csv"),
        breach_steps_docx(root / "breach.docx"), applicants_notice_html(root / "applicants.html"),
        attended_minutes_docx(root / "minutes.docx"),
    ])


def test_a_case_on_a_line_of_its_own_heads_its_part_of_an_email(docs: Settings) -> None:
    answer = leads_with(docs, "what if i don't have a work mobile?", "signin", "You can use the app on your own phone")
    assert "Install the Authenticator app" not in answer.answer.split("\n")[0], answer.answer


def test_a_question_on_a_line_of_its_own_heads_its_answer(docs: Settings) -> None:
    answer = asked_of(docs, "what's the deadline to set it up?", "signin")
    assert not answer.abstained, answer.answer
    first = answer.answer.split("\n")[0]
    assert "8 January 2027" in first and "own phone" not in first, answer.answer


def test_a_weekday_is_monday_to_friday(docs: Settings) -> None:
    leads_with(docs, "how much for a weekday evening?", "overtime", "Day or time worked: Monday to Friday after 8pm")


def test_how_soon_is_the_step_that_says_when(docs: Settings) -> None:
    leads_with(docs, "how quickly do I have to report it?", "breach", "Report the breach to the Data Protection Officer within one hour")


def test_a_faqs_heading_is_asked_in_other_words(docs: Settings) -> None:
    leads_with(docs, "will I get sacked for a data breach?", "breach", "Staff who report a breach promptly will not normally face")


def test_the_ico_is_the_information_commissioners_office(docs: Settings) -> None:
    leads_with(docs, "does the ICO have to be told?", "breach", "The Data Protection Officer will decide within 72 hours")


def test_a_condition_people_name_is_a_reasonable_adjustment(docs: Settings) -> None:
    leads_with(docs, "i'm dyslexic can i get help applying?", "applicants", "If you need a reasonable adjustment")


def test_how_and_by_when_follow_the_question_before(docs: Settings) -> None:
    _, how, by_when = conversation(docs, "applicants", "can I opt out of the AI?", "how?", "by when?")
    for answer in (how, by_when):
        assert not answer.abstained and "before the closing date" in answer.answer.split("\n")[0], answer.answer


def test_who_else_follows_the_question_before(docs: Settings) -> None:
    _, who_else = conversation(docs, "breach", "what do I do if I lose my laptop?", "who else do I tell?")
    assert who_else.searched is not None and not who_else.abstained, who_else.answer


def test_a_union_asked_about_is_its_member_named_in_the_attendance_line(docs: Settings) -> None:
    leads_with(docs, "what did GMB ask?", "minutes", "Lisa Hughes asked whether carers would be paid", "rep")
    leads_with(docs, "what did UNISON ask?", "minutes", "Gareth Morgan asked whether location data", "rep")


def test_do_i_have_to_after_the_story_is_answered_by_you_do_not_have_to(docs: Settings) -> None:
    leads_with(docs, "I don't want the council's app on my personal phone, do I have to?", "signin",
               "You can use the app on your own phone if you wish, but you do not have to")
