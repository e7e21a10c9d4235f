"""Questions asked of a web page of rates in a table with merged cells, a mobile phone policy,
notes of a meeting whose actions are a task list, and an agreement on new technology, the way
workers and reps type them.

What a user sees: a row that names each figure by both its headings ("Allowance per session,
Weekend day: £55.00"), not by the heading of the column beside it; whether an action is done, as
the notes' boxes say; "called out" read as being called out, not as a name asked for; who pays,
said as "paid for by you"; "track" found as the location a policy says may be checked; a rep's
story about a product the agreement never names ("a rota app") answered by what the agreement
says of technology; signature lines kept for "who signed it?" and out of every other answer; and a question asked in
Welsh of a document in Welsh, whose words of asking ("gweithio", "digwydd", "pan") are no topic.
Documents are made in tests/documents.py (made-up facts).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from documents import (
    ai_register_csv,
    asked_of,
    conversation,
    indexed_alone,
    lead,
    leads_with,
    lone_worker_app_notice_md,
    on_call_html,
    phone_policy_md,
    sessions_xlsx,
    technology_agreement_txt,
    welsh_sickness_md,
    working_group_notes_md,
)

from assistant.settings import Settings


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    root = tmp_path_factory.mktemp("tables")
    return indexed_alone(root, [on_call_html(root / "on-call.html"), phone_policy_md(root / "phones.md"),
                                working_group_notes_md(root / "notes.md"),
                                technology_agreement_txt(root / "technology-agreement.txt"),
                                welsh_sickness_md(root / "polisi-salwch.md"),
                                lone_worker_app_notice_md(root / "staysafe.md"), ai_register_csv(root / "ai-register.csv"),
                                sessions_xlsx(root / "sessions.xlsx")])


def test_a_web_tables_merged_headings_name_every_cell_under_them(tmp_path: Path) -> None:
    from assistant.ingest.loaders import load_file

    text = load_file(on_call_html(tmp_path / "on-call.html"), 10**6).text
    assert ("• Service: Highways; Allowance per session, Weekday night: £30.00; "
            "Allowance per session, Weekend day: £55.00") in text
    assert "Allowance per session: Weekday night" not in text  # the second heading row is no row of data


def test_the_row_asked_about_answers_with_its_figures_named(docs: Settings) -> None:
    answer = leads_with(docs, "how much do i get for a weekend on call in highways", "on-call", "Service: Highways;")
    assert "Weekend day: £55.00" in answer.answer.split("\n")[0]


def test_a_task_lists_boxes_say_whether_each_action_is_done(tmp_path: Path) -> None:
    from assistant.ingest.loaders import load_file

    text = load_file(working_group_notes_md(tmp_path / "notes.md"), 10**6).text
    assert "- Owain Jenkins to circulate the pilot timetable (done)" in text
    assert "- Sara Bowen to send the draft DPIA to UNISON by 12 December 2026 (not done yet)" in text


def test_who_is_doing_an_action_is_answered_with_whether_it_is_done(docs: Settings) -> None:
    leads_with(docs, "who is sending the dpia", "notes", "Sara Bowen to send the draft DPIA to UNISON by 12 December 2026 (not done yet)",
               persona="rep")


@pytest.mark.parametrize(("question", "doc", "said"), [
    ("do i get paid if im called out", "on-call", "If you are called out, you are also paid"),  # no name is asked for
    ("who pays if i use my phone abroad", "phones", "Calls and data used abroad must be paid for by you"),
    ("can they track my work phone", "phones", "The location of Council phones may be checked by IT"),
])
def test_everyday_questions_find_what_the_policy_says(docs: Settings, question: str, doc: str, said: str) -> None:
    leads_with(docs, question, doc, said)


def test_a_question_about_being_called_out_is_not_declined_for_want_of_a_name(docs: Settings) -> None:
    assert "name" not in asked_of(docs, "do i get paid if im called out", "on-call").answer.split("\n")[0]


@pytest.mark.parametrize("question", [
    "the council is bringing in a rota app next month and told us yesterday, is that allowed",
    "what should i ask for in writing about the new rota app",
])
def test_a_reps_question_about_a_product_the_agreement_never_names_is_answered_by_its_clauses(
        docs: Settings, question: str) -> None:
    answer = asked_of(docs, question, "technology-agreement", "rep")
    assert not answer.abstained, answer.answer
    assert "2.1 The Council shall inform the recognised trade unions in writing at least three months" in answer.answer[:600]


def test_an_update_is_the_upgrade_the_agreement_leaves_out(docs: Settings) -> None:
    leads_with(docs, "does it cover a windows update", "technology-agreement", "1.2 It does not apply to routine upgrades", "rep")


def test_signature_lines_answer_who_signed_and_nothing_else(docs: Settings) -> None:
    signed = asked_of(docs, "who signed it", "technology-agreement", "rep").answer
    assert "Signed on behalf of the Council: Chief Executive" in signed and "Joint Trade Union Secretary" in signed
    for question in ("what happens if we disagree", "when will it be reviewed"):
        assert "Signed on behalf" not in asked_of(docs, question, "technology-agreement", "rep").answer


@pytest.mark.parametrize(("question", "said"), [
    ("dw i wedi gweithio yma am 3 blynedd, faint o dâl llawn?", "Hyd gwasanaeth: 1 i 5 mlynedd; Tâl llawn: 4 mis"),
    ("beth sy'n digwydd pan dw i'n dod yn ôl i'r gwaith?", "3.1 Bydd eich rheolwr yn cynnal cyfarfod dychwelyd i'r gwaith"),
])
def test_a_question_in_welsh_of_a_welsh_document_is_answered_in_its_words(docs: Settings, question: str, said: str) -> None:
    leads_with(docs, question, "polisi-salwch", said)


def test_how_much_notice_is_the_notice_given_not_what_is_counted_from_it(docs: Settings) -> None:
    # "…meet the unions within 15 working days of the notice" times the meeting, from the notice
    leads_with(docs, "how much notice do they have to give us", "technology-agreement",
               "2.1 The Council shall inform the recognised trade unions in writing at least three months", "rep")


def test_who_a_recording_is_sent_to_answers_who_can_hear_it(docs: Settings) -> None:
    _first, second = conversation(docs, "staysafe", "does the app record audio", "who can hear it")
    assert not second.abstained, second.answer
    assert lead(second).endswith("sends it with your location to the monitoring centre."), second.answer


def test_a_follow_ups_topic_has_no_shorthand_in_it() -> None:
    from assistant.retrieval.followup import topic

    assert "dont" not in topic("what if they dont send it")


@pytest.mark.parametrize(("question", "said"), [
    ("does the chatbot see my personal data", "System: Gofyn chatbot;"),  # the row named by what is asked about
    ("what data does the telematics use", "System: Fleet telematics;"),
])
def test_the_row_a_register_names_by_the_questions_subject_leads(docs: Settings, question: str, said: str) -> None:
    leads_with(docs, question, "ai-register", said)


def test_a_workbooks_merged_cells_are_read_as_the_table_they_lay_out(tmp_path: Path) -> None:
    from assistant.ingest.loaders import load_file

    text = load_file(sessions_xlsx(tmp_path / "sessions.xlsx"), 10**6).text  # (merged cells once failed the file)
    assert "Training sessions for the new case management system\n" in text  # the title, once, as a line
    assert ("• Team: Housing; Session 1, Date: 14 January 2027; Session 1, Room: Room 1; "
            "Session 2, Date: 21 January 2027; Session 2, Room: Room 2") in text


@pytest.mark.parametrize(("question", "said"), [
    ("when is the housing team's second session", "Team: Housing;"),
    ("how long is each session", "Each session lasts 3 hours."),  # not the table for a column named "Session"
])
def test_questions_of_a_workbook_with_merged_cells(docs: Settings, question: str, said: str) -> None:
    answer = leads_with(docs, question, "sessions", said)
    if "housing" in question:
        assert "Session 2, Date: 21 January 2027" in answer.answer.split("\n")[0]
