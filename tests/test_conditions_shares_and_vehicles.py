"""What follows in a case, a share of a sum, who pays, and a time asked by what is done.

What a user sees: "do I have to pay it back if I leave?" is the rule that opens with leaving ("If you leave the
council within two years…, you will be asked to repay…"), not its exception ("…if you leave because of
redundancy…"); "how much do I pay back if I leave after 18 months?" is answered by "half of the fees" (not
declined for want of a sum in pounds); "will I get in trouble if I put something in it by mistake?" is the
sentence that speaks of both ("Nobody will be disciplined for promptly reporting a genuine mistake"), not the one
that only opens with the mistake; "who do I tell if I put personal data in by accident" is whom to report it to;
"can I use the pool car to go shopping?" is the rule on personal journeys; "who pays if I get a parking ticket?"
is "…the responsibility of the driver"; "when will the assessment be reviewed?" is when it is reviewed, not the
date it was completed; "how many seats does GMB have?" is the committee's membership. "I left after 8 months do I
pay it all back?" speaks of leaving ("left") and repaying; "i got a speeding fine…, do i have to pay?" asks whether,
not how much; "is the portal accessible for blind people?" is answered by what it says of visual impairments and
screen readers. "What's the highest likelihood risk?" is the row rated High for likelihood; "who is the letter to?"
the lines of address over "Dear Mr Jones,"; "when did we meet them?" the thanks that say when; "what are our
demands?" what the letter asks the council to agree to; "when does Rota Assist start?" the slide's bullet with the
date, and "where are the drop in sessions?" the bullet that says where, not the slide from its top. Documents are
made in tests/documents.py.
"""

from __future__ import annotations

import pytest
from documents import (
    ai_tools_docx,
    asked_of,
    branch_letter_docx,
    committee_terms_md,
    course_fees_pdf,
    indexed_alone,
    launch_briefing_pptx,
    leads_with,
    pool_cars_html,
    portal_assessment_docx,
    risk_log_xlsx,
)

from assistant.settings import Settings


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    root = tmp_path_factory.mktemp("cases")
    return indexed_alone(root, [
        course_fees_pdf(root / "fees.pdf"), ai_tools_docx(root / "ai.docx"), pool_cars_html(root / "cars.html"),
        portal_assessment_docx(root / "assessment.docx"), committee_terms_md(root / "committee.md"),
        risk_log_xlsx(root / "risks.xlsx"), branch_letter_docx(root / "letter.docx"), launch_briefing_pptx(root / "deck.pptx"),
    ])


def test_the_rule_for_a_case_comes_before_its_exception(docs: Settings) -> None:
    answer = leads_with(docs, "do I have to pay it back if I leave?", "fees", "If you leave the council within two years")
    assert "redundancy" in answer.answer, answer.answer  # (the exception follows)


def test_a_share_of_a_sum_says_how_much(docs: Settings) -> None:
    answer = asked_of(docs, "how much do I pay back if I leave after 18 months?", "fees")
    assert not answer.abstained, answer.answer
    assert "half of the fees" in answer.answer.split("\n")[0], answer.answer


def test_what_follows_in_a_case_is_the_sentence_that_speaks_of_both(docs: Settings) -> None:
    leads_with(docs, "will I get in trouble if I put something in it by mistake?", "ai", "7.2 Nobody will be disciplined")


def test_by_accident_is_by_mistake(docs: Settings) -> None:
    leads_with(docs, "who do I tell if I put personal data in by accident", "ai", "7.1 If you enter information")


def test_shopping_is_a_personal_journey(docs: Settings) -> None:
    leads_with(docs, "can I use the pool car to go shopping?", "cars", "Pool cars are for work journeys only")


def test_who_pays_a_ticket_is_whose_responsibility_it_is(docs: Settings) -> None:
    leads_with(docs, "who pays if I get a parking ticket?", "cars", "Parking fines and other penalties")


def test_when_it_is_reviewed_is_not_when_it_was_completed(docs: Settings) -> None:
    leads_with(docs, "when will the assessment be reviewed?", "assessment", "The assessment will be reviewed three months",
               persona="manager")


def test_seats_on_a_committee_are_its_members(docs: Settings) -> None:
    answer = asked_of(docs, "how many seats does GMB have?", "committee", "rep")
    assert not answer.abstained, answer.answer
    assert "two from GMB" in answer.answer.split("\n")[0], answer.answer


def test_left_is_a_form_of_leave_and_the_story_is_the_case(docs: Settings) -> None:
    # (the story before the yes/no question is its case: the rule for leaving, not its exception for redundancy)
    leads_with(docs, "I left after 8 months do I pay it all back?", "fees", "If you leave the council within two years")


def test_a_yes_no_question_after_a_story_asks_no_sum(docs: Settings) -> None:
    leads_with(docs, "i got a parking fine in the pool car, do i have to pay?", "cars", "Parking fines and other penalties")


def test_blind_people_are_staff_with_visual_impairments(docs: Settings) -> None:
    leads_with(docs, "is the portal accessible for blind people?", "assessment", "Staff with visual impairments")


def test_the_highest_likelihood_is_read_from_its_column(docs: Settings) -> None:
    answer = asked_of(docs, "what's the highest likelihood risk?", "risks", "manager")
    assert not answer.abstained, answer.answer
    assert "No Welsh version at launch" in answer.answer.split("\n")[0], answer.answer


def test_whom_a_letter_is_to_is_over_its_greeting(docs: Settings) -> None:
    leads_with(docs, "who is the letter to?", "letter", "Mr Huw Jones, Head of Waste Services", "rep")


def test_thanks_that_say_when_are_kept(docs: Settings) -> None:
    leads_with(docs, "when did we meet them?", "letter", "Thank you for meeting us on 12 October", "rep")


def test_demands_are_what_a_letter_asks_for(docs: Settings) -> None:
    answer = asked_of(docs, "what are our demands?", "letter", "rep")
    assert not answer.abstained, answer.answer
    assert "We ask the Council to agree to the following" in answer.answer and "paid time" in answer.answer, answer.answer


def test_a_slide_bullet_that_gives_the_date_leads(docs: Settings) -> None:
    leads_with(docs, "when does rota assist start?", "deck", "Live for all care teams from 3 March 2027")


def test_a_slide_bullet_that_says_where_leads(docs: Settings) -> None:
    leads_with(docs, "where are the drop in sessions?", "deck", "Drop-in sessions in the County Hall canteen")


def test_a_case_typed_without_its_comma_ends_where_the_question_starts(docs: Settings) -> None:
    leads_with(docs, "if i get made redundant do i have to pay back my course fees?", "fees",
               "You will not be asked to repay fees if you leave because of redundancy")


def test_when_they_can_is_the_case_its_exception_gives(docs: Settings) -> None:
    leads_with(docs, "when can they use the tracker data against me?", "cars", "Tracker data will not be used")


def test_whether_i_need_to_do_it_is_the_sentence_that_says_it_is_done(docs: Settings) -> None:
    leads_with(docs, "do I need to book the pool car?", "cars", "Pool cars are booked on the intranet")


def test_saving_what_i_type_is_storing_conversations(docs: Settings) -> None:
    leads_with(docs, "does the AI assistant save what I type?", "ai", "4.2 The AI assistant does not store")


def test_what_a_thing_is_asked_to_do_must_be_in_the_document(docs: Settings) -> None:
    answer = asked_of(docs, "does the camera record sound?", "cars")
    assert answer.abstained, answer.answer
