"""Questions asked of a young workers policy, a list of approved and not approved apps, a
consultation with numbered questions, a records retention schedule and password rules, the way
workers and reps type them.

What a user sees: an age the question gives ("I'm 17", "my son is 15") rules out what a policy sets
for other ages ("Employees aged 18 and over…", "students under 16"); a night shift is the hours after
10pm. An app the question names is answered by the item that names it, with
the heading that says whether it is approved ("Not approved:"), not by an item that shares more of
the question's other words ("team chat" of "Microsoft Teams"). "Who can use Copilot?" by whom it is
available to. "What's question 3 asking?" by the consultation's "Q3. …?", and "what questions does
it ask?" by all of them, numbered as the document numbers them; "how do I respond?" by its "How to
respond" section from its first sentence; "why are we moving?" by its reasons. "When are CCTV
recordings deleted?" by how long they are kept; "I didn't get the job, how long do you keep my
application?" by the row for unsuccessful candidates; "how often do I have to change my password?" by
"You do not have to…". Documents are made in tests/documents.py.
"""

from __future__ import annotations

import pytest
from documents import (
    approved_apps_md,
    asked_of,
    indexed_alone,
    leads_with,
    office_move_consultation_md,
    password_rules_txt,
    retention_schedule_csv,
    young_workers_docx,
)

from assistant.settings import Settings


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    root = tmp_path_factory.mktemp("ages")
    return indexed_alone(root, [young_workers_docx(root / "young.docx"), approved_apps_md(root / "apps.md"),
                                office_move_consultation_md(root / "move.md"), retention_schedule_csv(root / "retention.csv"),
                                password_rules_txt(root / "passwords.txt")])


def test_an_age_rules_out_what_is_set_for_other_ages(docs: Settings) -> None:
    answer = leads_with(docs, "how long is the break if I'm 17 and work 6 hours?", "young",
                        "A young worker who works more than 4.5 hours must have a break of at least 30 minutes.")
    assert "aged 18 and over" not in answer.answer.split("**What this means")[0], answer.answer
    answer = leads_with(docs, "my son is 15 and doing work experience, how long can he work each day?", "young",
                        "Work experience students under 16 may work a maximum of 7 hours a day.")
    assert "aged 16 or 17" not in answer.answer.split("**What this means")[0], answer.answer


@pytest.mark.parametrize(("question", "said"), [
    ("I'm 17, can I work a night shift?", "Young workers must not work between 10pm and 6am."),
])
def test_everyday_words_find_the_rule(docs: Settings, question: str, said: str) -> None:
    answer = asked_of(docs, question, "young")
    assert not answer.abstained, answer.answer
    assert said in answer.answer, answer.answer


@pytest.mark.parametrize(("question", "heading", "item"), [
    ("is whatsapp ok for the team chat?", "Not approved:", "WhatsApp, Signal or Telegram for council business"),
    ("can I install Zoom?", "Approved for work use:", "Zoom, for external meetings only"),
    ("can I save work files to my dropbox?", "Not approved:", "Personal cloud storage such as Dropbox or Google Drive"),
])
def test_an_app_named_is_answered_by_its_item_under_the_heading_that_judges_it(
        docs: Settings, question: str, heading: str, item: str) -> None:
    answer = leads_with(docs, question, "apps", f"{heading} {item}")  # (the one item asked about, in one sentence)
    assert answer.answer.index(item) < 200, answer.answer


def test_who_can_use_it_is_whom_it_is_available_to(docs: Settings) -> None:
    leads_with(docs, "who can use copilot?", "apps", "Microsoft 365 Copilot is available to staff who have completed")


def test_a_consultation_question_asked_by_its_number(docs: Settings) -> None:
    answer = leads_with(docs, "what's question 3 asking?", "move", "Q3. Would a phased move, one section at a time")
    assert "Send your response" not in answer.answer, answer.answer  # (the next section is no answer to it)


def test_the_consultation_questions_all_of_them_in_order(docs: Settings) -> None:
    text = asked_of(docs, "what questions does the consultation ask?", "move", persona="rep").answer
    places = [text.find(f"Q{n}. ") for n in (1, 2, 3)]
    assert -1 not in places and places == sorted(places), text


def test_how_to_respond_is_read_from_its_start(docs: Settings) -> None:
    leads_with(docs, "how do I respond?", "move", "Send your response to consultation@example.gov.uk")


def test_why_of_what_the_document_proposes_is_its_reasons(docs: Settings) -> None:
    leads_with(docs, "why are we moving?", "move", "The Civic Centre lease ends in March 2027.")


@pytest.mark.parametrize(("question", "row"), [
    ("when are CCTV recordings deleted?", "Record: CCTV recordings; Retention period: 31 days"),
    ("I didn't get the job, how long do you keep my application?", "Record: Recruitment records of unsuccessful candidates"),
])
def test_a_retention_schedule_answers_when_and_how_long(docs: Settings, question: str, row: str) -> None:
    leads_with(docs, question, "retention", row)


def test_no_schedule_answers_how_often(docs: Settings) -> None:
    leads_with(docs, "how often do I have to change my password?", "passwords",
               "You do not have to change your password on a schedule.")
