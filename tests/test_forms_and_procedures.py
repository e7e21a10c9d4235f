"""Questions asked of records set out as forms, of procedures in numbered clauses, and of a
committee's terms of reference, the way workers and reps type them.

What a user sees: a form's rows read as its fields ("Supplier: Brightwell Analytics Ltd", not
"Field: Supplier; Information: …"); "who made it?" answered by the field that names the maker,
and "can the supplier use our data…?" by what the record says the supplier may do, not by the
supplier's name; everyday words found in the policy's own ("sick note" → fit note, "back to
work chat" → return to work meeting, "who is on the committee?" → its membership); and the
kind of fact asked for, as a policy gives it ("one month's full pay", "before your shift
starts", "every three years"); and "what's the highest risk?" of a register rated Medium and
Low, every row rated Medium. The documents are made in tests/documents.py (made-up facts).
"""

from __future__ import annotations

import pytest
from documents import (
    ask_hr_pdf,
    asked_of,
    byod_html,
    digital_strategy_md,
    indexed_alone,
    jcc_terms_docx,
    lead,
    leads_with,
    occupancy_sensors_md,
    risk_assessment_xlsx,
    sickness_absence_pdf,
    study_support_txt,
    training_plan_docx,
    transparency_record_html,
)

from assistant.models import Answer
from assistant.settings import Settings


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    root = tmp_path_factory.mktemp("forms")
    files = [transparency_record_html(root / "transparency-record.html"), sickness_absence_pdf(root / "sickness.pdf"),
             jcc_terms_docx(root / "jcc-terms.docx"), risk_assessment_xlsx(root / "scanner-risks.xlsx"),
             digital_strategy_md(root / "digital-strategy.md"), byod_html(root / "byod.html"),
             study_support_txt(root / "study-support.txt"), occupancy_sensors_md(root / "sensors.md"),
             ask_hr_pdf(root / "ask-hr.pdf"), training_plan_docx(root / "training-plan.docx")]
    return indexed_alone(root, files)



def _body(answer: Answer) -> str:
    """What the answer says, without the worker framing's closing words."""
    return answer.answer.split("**What this means")[0]


def test_a_form_of_two_columns_headed_field_and_information_reads_as_its_fields(docs: Settings) -> None:
    from assistant.store.knowledge_base import get_kb

    text = get_kb(docs).document_text("transparency-record") or ""
    assert "Role of the tool in the decision: The tool suggests a priority" in text
    assert "Supplier: Brightwell Analytics Ltd" in text
    assert "Field:" not in text and "Information:" not in text, "the column headings name no field"
    risks = asked_of(docs, "what are the risks?", "transparency-record", "rep")
    assert lead(risks).startswith("Risks identified: The tool may under-rate requests written in Welsh")


@pytest.mark.parametrize(("question", "field"), [
    ("who made the tool?", "Supplier: Brightwell Analytics Ltd"),  # the maker, as the record calls it
    ("who built it", "Supplier: Brightwell Analytics Ltd"),
    ("who is in charge of it", "Senior responsible owner: Head of Housing Property Services"),
    ("who runs the repairs triage thing?", "Senior responsible owner: Head of Housing Property Services"),
])
def test_who_made_or_runs_it_is_answered_by_the_field_that_names_them(docs: Settings, question: str, field: str) -> None:
    answer = asked_of(docs, question, "transparency-record")
    assert not answer.abstained
    assert lead(answer) == field


def test_a_yes_or_no_question_is_not_answered_by_a_field_it_only_names(docs: Settings) -> None:
    answer = asked_of(docs, "can the supplier use our data for something else?", "transparency-record")
    assert lead(answer).startswith("Terms of access to data: The supplier processes data on the Council's behalf")


def test_written_is_a_form_of_write(docs: Settings) -> None:
    answer = asked_of(docs, "what if i write my repair in welsh", "transparency-record")
    assert not answer.abstained, answer.answer
    assert "requests written in Welsh" in lead(answer)


@pytest.mark.parametrize(("question", "said"), [
    ("when do i need a sick note", "2.3 For absences of more than 7 calendar days you must provide a fit note"),
    ("how much sick pay do i get", "6.1 Occupational sick pay depends on length of service: in the first year, one month's full pay"),
    ("what time do i have to ring in by", "2.1 If you are unable to attend work because of sickness you must phone"),
    ("when will my manager do the back to work chat", "3.1 Your manager will hold a return to work meeting"),
    ("how many times can i be off before i get a meeting?", "4.1 A first stage review meeting will be held if you have 3 periods"),
])
def test_a_policy_answers_in_its_own_words_what_a_worker_asks_in_theirs(docs: Settings, question: str, said: str) -> None:
    leads_with(docs, question, "sickness", said)


def test_who_is_on_a_committee_is_its_membership(docs: Settings) -> None:
    answer = asked_of(docs, "who is on the committee?", "jcc-terms", "rep")
    assert lead(answer).startswith("Four elected members of the Council"), answer.answer
    assert "Up to six representatives of the recognised trade unions" in answer.answer


def test_these_terms_of_reference_is_the_document_itself_not_a_reference_back(docs: Settings) -> None:
    answer = asked_of(docs, "when are the terms reviewed?", "jcc-terms", "rep")
    assert lead(answer).startswith("These terms of reference are reviewed every three years"), answer.answer


def test_a_reps_question_after_a_fact_gets_the_fact_not_points_to_raise(docs: Settings) -> None:
    answer = asked_of(docs, "when do we need to get agenda items in?", "jcc-terms", "rep")
    assert not answer.answer.lstrip().startswith("**Points to raise"), answer.answer
    assert "at least 15 working days before the meeting" in answer.answer.split("\n")[0]


def test_the_highest_risk_is_every_row_the_register_rates_highest(docs: Settings) -> None:
    # No row is rated High: the highest rating the register gives is Medium, and two rows have it.
    answer = asked_of(docs, "what's the highest risk?", "scanner-risks")
    assert not answer.abstained, answer.answer
    body = _body(answer)
    assert lead(answer).startswith("Hazard: Repetitive strain from scanning")
    assert "Stress from pick rate targets" in body
    assert "Eye strain" not in body and "Trip hazards" not in body
    lowest = asked_of(docs, "which risks are lowest?", "scanner-risks")
    assert "Eye strain" in _body(lowest) and "Repetitive strain" not in _body(lowest)


def test_what_a_section_is_asked_by_its_heading_is_answered_in_the_sections_order(docs: Settings) -> None:
    # 4.2 has the question's words ("…will not count towards the trigger points"); 4.1 says what they are.
    answer = asked_of(docs, "what are the trigger points?", "sickness", "rep")
    assert lead(answer).startswith("4.1 A first stage review meeting will be held if you have 3 periods"), answer.answer
    assert "4.2 Absence related to a disability" in answer.answer


def test_what_they_hope_to_save_is_the_savings_target(docs: Settings) -> None:
    answer = leads_with(docs, "how much are they hoping to save?", "digital-strategy", "Measure: Annual savings from automation", "rep")
    assert "£2.5m" in lead(answer)


def test_having_to_is_what_a_policy_calls_compulsory_or_voluntary(docs: Settings) -> None:
    answer = asked_of(docs, "do i have to use my own phone for work", "byod")
    assert lead(answer) == "Using your own device is voluntary.", answer.answer


@pytest.mark.parametrize(("question", "doc", "said"), [
    ("pwy wnaeth yr offeryn?", "transparency-record", "Supplier: Brightwell Analytics Ltd"),  # who made the tool?
    ("pa mor aml mae'r pwyllgor yn cwrdd?", "jcc-terms", "The JCC meets every two months."),  # how often does it meet?
    ("ydyn nhw'n gallu gweld fy lluniau?", "byod", "The Council cannot see your personal photos"),  # can they see my photos?
])
def test_the_same_questions_asked_in_welsh_find_the_same_answers(docs: Settings, question: str, doc: str, said: str) -> None:
    leads_with(docs, question, doc, said)


@pytest.mark.parametrize(("question", "doc", "said", "also"), [
    # a share of a sum is an amount of money
    ("how much of the fees will they pay", "study-support", "2.1 The Council will pay up to 100% of course fees", ""),
    # putting something in is introducing or installing it
    ("why are they putting these in?", "sensors", "We want to understand how much office space we need", ""),
    # hearing is what a microphone does
    ("can it hear us?", "sensors", "The sensors detect body heat and movement", "They do not have cameras or microphones"),
])
def test_more_everyday_questions_find_the_policys_words(
    docs: Settings, question: str, doc: str, said: str, also: str
) -> None:
    assert also in _body(leads_with(docs, question, doc, said))


def test_a_follow_up_in_a_word_the_policy_has_in_another_form_is_answered(docs: Settings) -> None:
    from assistant import ask

    first = ask("do i get paid for using my phone?", "worker", doc_ids=("byod",), settings=docs)
    assert lead(first).startswith("The Council pays an allowance of £10 a month")
    # "taxed" and the policy's "taxable" stem apart ("tax", "taxabl"): one is a form of the other.
    then = ask("is that taxed?", "worker", doc_ids=("byod",), history=[("do i get paid for using my phone?", first.answer)],
               settings=docs)
    assert not then.abstained, then.answer
    assert "The allowance is paid through payroll and is taxable." in then.answer


def test_a_follow_up_that_turns_to_something_new_is_answered_about_that(docs: Settings) -> None:
    from assistant import ask

    history: list[tuple[str, str]] = []
    for question in ("can they see my photos?", "what about my location?"):
        history.append((question, ask(question, "worker", doc_ids=("byod",), history=history, settings=docs).answer))
    # The topic so far (seeing photos, location) is where; "leave" is what is asked now.
    answer = ask("and if i leave?", "worker", doc_ids=("byod",), history=history, settings=docs)
    assert lead(answer).startswith("If your device is lost or stolen, or when you leave the Council"), answer.answer


def test_a_form_of_a_word_too_common_to_search_is_no_topic_either(docs: Settings) -> None:
    from assistant.text.lexical import content_terms

    # "tell" is too common a word to search; "tells" had been a topic the FAQ "doesn't mention".
    assert content_terms("what if it tells me the wrong thing") == content_terms("what if it tell me the wrong thing")
    answer = asked_of(docs, "what if it tells me the wrong thing", "ask-hr")
    assert not answer.abstained, answer.answer
    assert "If you think an answer is wrong, use the thumbs-down button" in _body(answer)


def test_how_long_of_a_table_of_sessions_is_its_length_column_row_by_row(docs: Settings) -> None:
    answer = asked_of(docs, "how long is the training?", "training-plan")
    body = _body(answer)
    assert lead(answer).startswith("Session: Introduction to Copilot"), answer.answer
    for length in ("45 minutes", "1.5 hours", "3 hours", "30 minutes"):
        assert f"Length: {length}" in body
    # A question that names one row is answered by that row.
    one = asked_of(docs, "when is the classroom session?", "training-plan")
    assert lead(one).startswith("Session: Copilot in Outlook and Teams; Format: Classroom"), one.answer


@pytest.mark.parametrize(("question", "doc", "said"), [
    ("how much sik pay do i get", "sickness", "6.1 Occupational sick pay depends on length of service"),  # a slip for "sick"
    ("whats the quorom", "jcc-terms", "A meeting is quorate when at least two members of each side are present."),
])
def test_a_slip_of_the_keyboard_in_what_is_asked_about_is_read_as_meant(docs: Settings, question: str, doc: str, said: str) -> None:
    leads_with(docs, question, doc, said, "rep")


@pytest.mark.parametrize(("question", "doc", "said"), [
    # "payslip" is a compound of a word the FAQ uses ("your pay"): not a thing it never mentions
    ("can it see my payslip?", "ask-hr", "Ask HR cannot see your personnel file, your pay"),
    # the clause about texting answers, though it names no one; the one that says "you must phone" follows
    ("can i just text my manager if im ill", "sickness", "2.2 A text message or email is not enough"),
])
def test_who_the_question_is_about_does_not_override_what_it_asks(docs: Settings, question: str, doc: str, said: str) -> None:
    leads_with(docs, question, doc, said)


def test_a_managers_i_is_not_the_you_a_policy_for_staff_addresses(docs: Settings) -> None:
    answer = asked_of(docs, "what do I have to do when someone comes back from sick leave?", "sickness", "manager")
    first = answer.answer.split("**What the sources say**")[-1].strip()
    assert not first.startswith("2.1 If you are unable to attend work"), answer.answer  # what staff must do
