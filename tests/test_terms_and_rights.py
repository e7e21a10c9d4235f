"""Questions asked of a statement of terms, a CCTV policy, a whistleblowing page, a sheet of
overtime rates, a notice about workplace analytics and a record of processing, the way workers
type them.

What a user sees: the sentence that says who does what the question asks about ("how much
notice will *they* give me?" → "The Council will give you…", not "you must give the Council…";
"can *I* see footage of me?" → "You can ask for a copy…"); a yes/no question about something the
chosen document never mentions declined as such ("do I get paid for overtime?" of a contract that
says nothing of overtime, though the rates sheet beside it does); the kind of fact asked for,
however the text gives it ("one week in four", "From January 2027", a telephone number); and
everyday words found in the document's own ("pay rise" → increment, "the papers" → the media,
"hear back" → "will write to you"). Documents are made in tests/documents.py (made-up facts).
"""

from __future__ import annotations

import pytest
from documents import (
    asked_of,
    cctv_policy_pdf,
    conversation,
    indexed_alone,
    lead,
    leads_with,
    overtime_xlsx,
    processing_record_csv,
    selection_criteria_xlsx,
    shiftwise_brochure_pdf,
    statement_of_terms_docx,
    welsh_cctv_notice_md,
    whistleblowing_html,
    workplace_analytics_md,
)

from assistant.settings import Settings


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    root = tmp_path_factory.mktemp("terms")
    files = [statement_of_terms_docx(root / "statement-of-terms.docx"), cctv_policy_pdf(root / "cctv-policy.pdf"),
             whistleblowing_html(root / "whistleblowing.html"), overtime_xlsx(root / "overtime.xlsx"),
             workplace_analytics_md(root / "analytics.md"), processing_record_csv(root / "processing-record.csv"),
             shiftwise_brochure_pdf(root / "shiftwise.pdf"), selection_criteria_xlsx(root / "selection.xlsx"),
             welsh_cctv_notice_md(root / "hysbysiad-cctv.md")]
    return indexed_alone(root, files)


@pytest.mark.parametrize(("question", "doc", "said"), [
    # the employer gives: the sentence whose subject is the Council and "you" its object
    ("how much notice will they give me if they let me go", "statement-of-terms",
     "The Council will give you one week's notice for each complete year of service"),
    # the worker gives: the sentence whose subject is "you"
    ("how much notice do i have to give?", "statement-of-terms", "After probation you must give the Council"),
    # "can I…?" is answered by what the text says the reader can do, not who else may
    ("can i see footage of me", "cctv-policy", "6.1 You can ask for a copy of footage of yourself"),
])
def test_the_answer_says_who_does_what_the_question_asks_about(docs: Settings, question: str, doc: str, said: str) -> None:
    leads_with(docs, question, doc, said)


def test_a_question_the_text_answers_with_its_own_verb_is_answered_however_vague(docs: Settings) -> None:
    leads_with(docs, "can i bring someone with me", "whistleblowing",
                "You may bring a trade union representative or a colleague")


@pytest.mark.parametrize(("question", "doc", "thing"), [
    ("do i get paid for overtime", "statement-of-terms", "overtime"),  # the rates sheet in the index does
    ("do they record sound", "cctv-policy", "sound"),
])
def test_a_yes_no_question_about_something_the_chosen_document_never_mentions_is_declined(
        docs: Settings, question: str, doc: str, thing: str) -> None:
    answer = asked_of(docs, question, doc)
    assert answer.abstained, answer.answer
    assert f"They don't mention {thing}." in answer.answer


@pytest.mark.parametrize(("question", "doc", "said"), [
    # the words it asks of are partly the document's own ("changes", "without asking" → without consent)
    ("can they change my contract without asking", "statement-of-terms", ""),
    ("do i get paid extra on sundays", "overtime", "Payment: Overtime, Sundays and bank holidays; Rate: Double time"),
])
def test_a_yes_no_question_whose_words_the_document_has_is_answered(docs: Settings, question: str, doc: str, said: str) -> None:
    leads_with(docs, question, doc, said)


def test_a_question_word_inside_a_yes_no_question_asks_no_kind_of_fact(docs: Settings) -> None:
    # "how long I'm logged in" is what the manager would see; the question asks whether
    leads_with(docs, "will my manager see how long im logged in", "analytics", "Managers will see reports for their team")


@pytest.mark.parametrize(("question", "doc", "said"), [
    ("whats the notice period", "statement-of-terms", "The Council will give you one week's notice"),  # not "probationary period"
    ("how often can they put me on standby", "overtime", "No one may be required to be on standby for more than one week in four."),
    ("when is this starting", "analytics", "From January 2027 the Council will switch on"),  # not when the unions were consulted
    ("whats the phone number", "whistleblowing", "If the concern is about your manager, contact the Monitoring Officer on 01639 000111"),
    ("how long do they keep recruitment records", "processing-record", "Processing activity: Recruitment;"),
    # whoever the text says may do what is asked ("watch the CCTV" → view footage), not any name
    ("who can watch the cctv", "cctv-policy", "4.1 Only the Facilities Manager and trained security staff may view"),
])
def test_the_kind_of_fact_asked_for_as_the_text_gives_it(docs: Settings, question: str, doc: str, said: str) -> None:
    leads_with(docs, question, doc, said)


def test_who_to_tell_is_answered_by_whom_to_go_to_not_by_another_procedure(docs: Settings) -> None:
    answer = asked_of(docs, "who do i tell if i think someone is committing fraud", "whistleblowing")
    assert not answer.abstained, answer.answer
    assert "Monitoring Officer" in lead(answer) or "line manager" in lead(answer), answer.answer
    assert "Grievance Procedure" not in lead(answer)


@pytest.mark.parametrize(("question", "doc", "said"), [
    ("when is my pay rise", "statement-of-terms", "You will move up one point on the grade each April"),
    ("can i go to the papers", "whistleblowing", "Going to the media is not usually protected"),
    ("what if i'm wrong", "whistleblowing", "You will not be disciplined or treated unfairly"),
    ("how long until i hear back", "whistleblowing", "The Monitoring Officer will write to you within 10 working days"),
    ("can my manager look at the cameras whenever they want", "cctv-policy", "4.2 Line managers may not view footage"),
])
def test_everyday_words_find_the_documents_own(docs: Settings, question: str, doc: str, said: str) -> None:
    leads_with(docs, question, doc, said)


def test_a_follow_up_that_does_something_of_its_own_to_it_asks_about_the_thing(docs: Settings) -> None:
    # "it" is the footage; what the first question asked was done to it (kept) is not carried on
    _, see, share = conversation(docs, "cctv-policy", "how long do they keep the footage", "who can see it?",
                                 "can they share it?")
    assert see.searched == "who can see it? (about: footage)"
    assert lead(see).startswith("4.1 Only the Facilities Manager and trained security staff may view"), see.answer
    assert lead(share).startswith("4.3 Footage may be disclosed to the police"), share.answer


@pytest.mark.parametrize(("question", "said"), [
    # the FAQ's question names the product and whom it is for ("Does ShiftWise know when a carer is
    # sick?"): it is the reader's "does it know when I'm…?", not a narrower question
    ("does it know when im off sick", "No. Sickness is recorded in your HR system."),
    ("can i see my rota on my phone", "Yes, through the ShiftWise app on Android or iPhone."),
])
def test_a_faq_answer_whose_question_names_the_product_and_its_users_answers_it(docs: Settings, question: str, said: str) -> None:
    leads_with(docs, question, "shiftwise", said)


@pytest.mark.parametrize(("question", "said"), [
    ("who scores me", "Each employee is scored by two managers independently."),  # not the column "How it is scored"
    ("how long do i have to appeal", "Employees will be shown their own scores and may appeal within 5 working days."),
    ("is my sickness counted", "Criterion: Attendance; Weighting: 20%"),
])
def test_a_table_of_criteria_and_a_sheet_of_steps_answer_in_their_own_rows(docs: Settings, question: str, said: str) -> None:
    leads_with(docs, question, "selection", said)


@pytest.mark.parametrize("question", ["am faint maen nhw'n cadw'r fideo?", "how long do they keep it"])
def test_a_welsh_verb_with_its_clitic_is_the_verb(docs: Settings, question: str) -> None:
    # "Rydym yn cadw'r lluniau am 30 diwrnod": "cadw'r" is "cadw" (keep) with "the"
    leads_with(docs, question, "hysbysiad-cctv", "Rydym yn cadw'r lluniau am 30 diwrnod.")


@pytest.mark.parametrize(("question", "doc", "said"), [
    # a slip in a word any question has ("mny") is no topic; "hols" are holidays
    ("how mny days hols do i get", "statement-of-terms", "Your annual leave entitlement is 27 days a year"),
    # a story first: the move is to a depot; "any such move" is shown with the sentence it points back to
    ("my manager wants me to move to the depot in neath from next week, can they do that?", "statement-of-terms",
     "You may be required to work at any other Council site within the county borough. [1] You will be given "
     "reasonable notice of any such move."),
    ("whens the deadline for claiming", "overtime", "Claims are made on the MyView system by the 5th of the following month."),
    # "Double time" is how much: a multiple of one's pay
    ("i did 4 hours extra last sunday how much do i get", "overtime", "Payment: Overtime, Sundays and bank holidays; Rate: Double time"),
])
def test_questions_typed_the_way_people_type_them(docs: Settings, question: str, doc: str, said: str) -> None:
    answer = asked_of(docs, question, doc)
    assert not answer.abstained, answer.answer
    assert answer.answer.startswith(said), answer.answer


def test_a_worry_told_as_a_story_is_answered_by_whom_to_tell(docs: Settings) -> None:
    answer = asked_of(docs, "i think my manager is fiddling expenses but im scared of losing my job, what do i do",
                      "whistleblowing")
    assert not answer.abstained, answer.answer  # "fiddling" is fraud, "scared of losing my job" protection
    assert "Monitoring Officer" in lead(answer) or "line manager" in lead(answer), answer.answer


def test_being_in_at_a_time_is_answered_by_the_working_hours(docs: Settings) -> None:
    answer = asked_of(docs, "do i have to be in at 9", "statement-of-terms")
    assert not answer.abstained, answer.answer  # not "Your employment began on 6 January 2025."
    assert "core hours of 10am to 12 noon" in answer.answer.split("\n")[0], answer.answer


def test_a_follow_up_to_how_much_keeps_what_was_measured(docs: Settings) -> None:
    # "and them?" after "how much notice do I have to give?" is about notice, not only giving
    *_, them = conversation(docs, "statement-of-terms", "how much notice do i have to give?", "and them?")
    assert them.searched == "and them? (about: notice give)"
    assert not them.abstained and "The Council will give you one week's notice" in them.answer, them.answer


def test_being_found_out_is_a_matter_of_identity(docs: Settings) -> None:
    *_, found = conversation(docs, "whistleblowing", "can i stay anonymous", "what if they find out it was me")
    assert not found.abstained, found.answer


def test_what_a_rep_should_ask_for_in_writing_is_what_the_document_commits_the_employer_to(docs: Settings) -> None:
    # "about this": the chosen document; what it says the Council will not do comes first
    answer = asked_of(docs, "what should we ask for in writing about this?", "analytics", "rep")
    assert not answer.abstained, answer.answer
    body = answer.answer.split("**Points to raise in consultation**")[-1].strip()
    assert body.startswith("The Council will not use keystroke logging"), answer.answer
    assert "Individual analytics data will not be used in appraisals" in answer.answer


def test_what_to_raise_about_a_policy_is_its_protections(docs: Settings) -> None:
    answer = asked_of(docs, "what should i raise about the cctv policy", "cctv-policy", "rep")
    for clause in ("2.2 Cameras will never be placed in toilets", "3.1 CCTV will not be used to monitor",
                   "4.2 Line managers may not view footage"):
        assert clause in answer.answer, answer.answer


@pytest.mark.parametrize(("question", "doc", "said"), [
    ("alla i aros yn ddienw?", "whistleblowing", "You can raise a concern anonymously"),
    ("faint ydw i'n cael am weithio ar ddydd Sul?", "overtime", "Payment: Overtime, Sundays and bank holidays; Rate: Double time"),
    ("ydyn nhw'n cyfrif fy nhrawiadau bysell?", "analytics", "The Council will not use keystroke logging"),
    ("oes camerâu yn y toiledau?", "cctv-policy", "2.2 Cameras will never be placed in toilets"),
])
def test_a_question_in_welsh_finds_the_english_policys_own_words(docs: Settings, question: str, doc: str, said: str) -> None:
    # through the glossary: dienw (anonymous), dydd Sul, trawiadau bysell (keystrokes), toiledau
    leads_with(docs, question, doc, said)
