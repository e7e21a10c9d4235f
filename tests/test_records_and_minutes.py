"""Questions asked of records, minutes, letters and FAQs of kinds a council writes, the way staff type them.

What a user sees: a job description's table of fields without a heading row is read as fields ("what's
the salary?" — "Grade: Grade 8 (£35,235 to £38,223)"); a title in capitals is not an answer; "how many
questions has it answered?" gets the count even though its sentence opens "Since it started…"; "1 in 5"
answers how often; a FAQ's "Do I have to use it?" answers "do I have to use the fingerprint reader?";
"who signed off the DPIA?" gets who approved it, not who prepared it; "who chairs it?" the member marked
"(Chair)"; "what actions are on Sarah?" her action alone; "why are they cutting posts?" the sentence that
gives the reason as one; "do I have to use my own phone?" that one does not have to; "when will the
meeting be?" when the meeting is held, not what is timed from it; a record's bold-labelled "**Contact:**"
and "**Owner:**" answer who to contact and who owns it; "what happens in phase 2?" the row whose Phase is "2. Build". Documents are made in tests/documents.py.
"""

from __future__ import annotations

import pytest
from documents import (
    approved_dpia_docx,
    asked_of,
    clocking_faq_md,
    fixed_term_post_docx,
    grievance_pdf,
    indexed_alone,
    leads_with,
    minutes_with_actions_docx,
    own_phone_txt,
    pilot_news_html,
    plan_phases_csv,
    restructure_letter_txt,
    steering_group_md,
    transparency_record_md,
    whistleblowing_txt,
)

from assistant.settings import Settings


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    root = tmp_path_factory.mktemp("records")
    return indexed_alone(root, [
        fixed_term_post_docx(root / "job.docx"), whistleblowing_txt(root / "whistleblowing.txt"),
        pilot_news_html(root / "news.html"), clocking_faq_md(root / "clocking.md"),
        minutes_with_actions_docx(root / "minutes.docx"), steering_group_md(root / "group.md"), approved_dpia_docx(root / "dpia.docx"),
        restructure_letter_txt(root / "letter.txt"), own_phone_txt(root / "phone.txt"), grievance_pdf(root / "grievance.pdf"),
        transparency_record_md(root / "record.md"), plan_phases_csv(root / "plan.csv"),
    ])


def test_a_table_of_fields_whose_first_row_holds_an_amount_is_read_as_fields(docs: Settings) -> None:
    leads_with(docs, "what's the salary?", "job", "Grade: Grade 8 (£35,235 to £38,223)")
    leads_with(docs, "who does it report to?", "job", "Reports to: Digital Transformation Manager")
    leads_with(docs, "is it permanent?", "job", "Contract: Fixed term for 2 years")
    leads_with(docs, "where is it based?", "job", "Location: County Hall, Llandrindod Wells")


def test_a_title_in_capitals_is_no_answer(docs: Settings) -> None:
    answer = leads_with(docs, "what happens to someone who victimises a whistleblower?", "whistleblowing",
                        "Anyone who victimises a whistleblower will face disciplinary action.")
    assert "RAISING A CONCERN" not in answer.answer


def test_hearing_back_is_an_acknowledgement(docs: Settings) -> None:
    leads_with(docs, "how quickly will they get back to me?", "whistleblowing", "We will acknowledge your concern within 5 working days")


def test_a_count_whose_sentence_opens_with_it_before_its_subject(docs: Settings) -> None:
    leads_with(docs, "how many questions has it answered?", "news", "Since it started in July, the chatbot has answered 9,800 questions")


def test_one_in_five_is_how_often(docs: Settings) -> None:
    leads_with(docs, "how often does it hand over to a person?", "news", "Around 1 in 5 conversations were passed to a member of staff.")


def test_what_was_supposed_to_happen_is_what_was_due(docs: Settings) -> None:
    answer = asked_of(docs, "when was it supposed to finish?", "news")
    assert not answer.abstained and "due to end in December" in answer.answer, answer.answer


def test_a_faq_heading_that_names_nothing_is_the_question_asked(docs: Settings) -> None:
    leads_with(docs, "do I have to use the fingerprint reader?", "clocking", "No. You can choose to use a swipe card instead.")


def test_signing_off_is_approving_not_writing(docs: Settings) -> None:
    leads_with(docs, "who signed off the DPIA?", "dpia", "Approved by: Rhian Jenkins, Data Protection Officer", persona="rep")


def test_the_member_marked_chair_chairs_it(docs: Settings) -> None:
    leads_with(docs, "who chairs it?", "group", "Director of Digital Services (Chair)")


def test_a_name_picks_its_own_action_lines(docs: Settings) -> None:
    answer = leads_with(docs, "what actions are on Sarah?", "minutes", "Action: Sarah Hughes to collect examples", persona="rep")
    assert "Ceri Lloyd to send" not in answer.answer


def test_who_was_missing_is_who_sent_apologies(docs: Settings) -> None:
    leads_with(docs, "who was missing from the meeting?", "minutes", "Apologies: Anna Roberts (Unite).", persona="rep")


def test_a_reason_given_as_one_answers_why(docs: Settings) -> None:
    leads_with(docs, "why are they cutting posts?", "letter", "The main reason is that more residents now use online forms")


def test_not_having_to_answers_do_i_have_to(docs: Settings) -> None:
    leads_with(docs, "do I have to use my own phone?", "phone", "You do not have to: if you need a phone for your job")


def test_a_time_counted_from_the_meeting_is_not_when_the_meeting_is(docs: Settings) -> None:
    leads_with(docs, "when will the meeting be?", "grievance", "A meeting will be held within 10 working days")


def test_bold_labelled_fields_of_a_record_answer_who(docs: Settings) -> None:
    leads_with(docs, "who do I contact about it?", "record", "**Contact:** digital@example.gov.wales", persona="rep")
    leads_with(docs, "who owns the tool?", "record", "**Owner:** Head of Housing Property Services", persona="manager")
    leads_with(docs, "how often do officers change the priority?", "record", "Officers can change the priority, and they do in about 1 in 8 cases.")


def test_a_phase_by_its_number_is_its_row(docs: Settings) -> None:
    answer = leads_with(docs, "what happens in phase 2?", "plan", "Phase: 2. Build")
    assert "Discovery" not in answer.answer


def test_what_the_asker_may_raise_is_not_what_was_raised(docs: Settings) -> None:
    leads_with(docs, "what can I raise?", "whistleblowing", "You can raise a concern about fraud")


def test_the_chair_of_a_committee_is_someone_to_tell(docs: Settings) -> None:
    leads_with(docs, "who do I report to if it's about the chief exec?", "whistleblowing",
               "If your concern is about the Chief Executive, contact the Chair of the Audit Committee.")
