"""Questions asked of a page on getting a copy of one's data, a Markdown FAQ whose questions are set
in bold, a flexible working policy in Word and a plain-text volunteering policy, the way workers
type them.

What a user sees: "There is no charge." answers "does it cost anything?" (a sentence that opens
"There is" stands alone); "send" and "offer" are the doing asked about, not topics the documents
must name; a bold "**Q: …?**" over its "A: …" is a question heading its answer, shown without the
"A:"; "can I say no to being recorded?" answered by the FAQ about asking not to be; the list under
"What you can ask for" for "what can I ask for?"; "how do I apply?" by the section "How to apply";
a plain-text document titled by its first line; and "who can watch it?" after "how long is footage
kept?" asked about the footage, not about keeping it; a procedure's steps for "when do I start the
app?" (an occasion), "who do they call?" (phoning) and "what do I need to do before a visit?" (its
section "Before a visit"); minutes as a length of time; a table's heading row over rows that mostly
give figures. Documents are made in tests/documents.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from documents import (
    access_requests_html,
    asked_of,
    bwv_procedure_pdf,
    conversation,
    flexible_working_docx,
    indexed_alone,
    lead,
    leads_with,
    lone_working_md,
    posts_table_md,
    recordings_faq_md,
    sanctions_docx,
    volunteering_txt,
)

from assistant.settings import Settings


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    root = tmp_path_factory.mktemp("rights")
    return indexed_alone(root, [access_requests_html(root / "access.html"), recordings_faq_md(root / "recordings.md"),
                                flexible_working_docx(root / "flexible.docx"), volunteering_txt(root / "volunteering.txt"),
                                bwv_procedure_pdf(root / "bwv.pdf"), lone_working_md(root / "lone-working.md"),
                                posts_table_md(root / "restructure.md")])


@pytest.mark.parametrize(("question", "doc", "said"), [
    ("does it cost anything", "access", "There is no charge."),
    ("how long do they have to send it", "access", "We will reply within one month."),
    ("how long are recordings kept", "recordings", "Recordings and transcripts are deleted automatically after 60 days."),
    ("can i say no to being recorded", "recordings", "Tell the organiser before the meeting."),
    ("who can watch the recording", "recordings", "Only people invited to the meeting"),  # whom, by what was done to them
    ("how do i apply for volunteering leave", "volunteering", "Apply through the HR portal at least 2 weeks before"),
])
def test_everyday_questions_find_what_the_document_says(docs: Settings, question: str, doc: str, said: str) -> None:
    answer = asked_of(docs, question, doc)
    assert not answer.abstained, answer.answer
    assert said in answer.answer.split("\n")[0], answer.answer


def test_a_bold_question_heads_its_answer(docs: Settings) -> None:
    from assistant.store.knowledge_base import get_kb

    chunks = [c for c in get_kb(docs).snapshot().chunks if c.doc_id == "recordings"]
    assert {"How long are recordings kept?", "Can I ask for a meeting not to be recorded?"} <= {c.section for c in chunks}
    assert not any("A:" in c.text or "**Q" in c.text for c in chunks)


def test_what_one_can_ask_for_is_the_list_headed_so(docs: Settings) -> None:
    answer = asked_of(docs, "what can i ask for", "flexible")
    assert lead(answer).startswith("What you can ask for"), answer.answer
    for item in ("compressed hours", "start and finish times", "working from home", "job sharing"):
        assert item in answer.answer[:600].lower(), answer.answer


def test_a_plain_text_document_is_titled_by_its_first_line(tmp_path: Path) -> None:
    from assistant.ingest.loaders import load_file

    assert load_file(volunteering_txt(tmp_path / "volunteering.txt"), 10**6).title == "Employer Supported Volunteering Policy"


def test_a_follow_up_that_does_its_own_thing_to_it_drops_what_was_done_before(docs: Settings) -> None:
    # "who can watch it?" after "how long is footage kept?" is about the footage, not its keeping
    kept, watched = conversation(docs, "bwv", "how long is footage kept", "who can watch it")
    assert lead(kept).startswith("5.2 Footage is kept for 31 days"), kept.answer
    assert lead(watched).startswith("6.1 Footage may be viewed only by"), watched.answer


@pytest.mark.parametrize(("question", "said"), [
    ("when do i start the app", "2.1 Start a session on the StaySafe app when you arrive."),  # an occasion, not a date
    ("who do they call if i dont answer", "3.3 If you do not answer when the monitoring centre phones"),  # called is phoned
    ("what do i need to do before a visit", "1.1 Check the client's risk flag"),  # the section headed by the situation
])
def test_a_procedure_answers_when_and_what_by_its_steps(docs: Settings, question: str, said: str) -> None:
    leads_with(docs, question, "lone-working", said)


def test_a_length_in_minutes_is_a_length_of_time_and_the_step_that_tells_it_leads(docs: Settings) -> None:
    # (not "3.2 If you have not ended the session 30 minutes after…": ending it there is a condition)
    leads_with(docs, "how long do i have to end the session", "lone-working", "3.1 End the session on the app within 15 minutes")


def test_a_heading_row_over_mostly_figures_names_them(tmp_path: Path) -> None:
    from assistant.ingest.loaders import load_file

    text = load_file(sanctions_docx(tmp_path / "sanctions.docx"), 10**6).text
    assert "• Sanction: Verbal warning; Stays on record for: 6 months" in text
    assert "Sanction: Stays on record for" not in text


def test_how_many_of_a_post_is_answered_by_its_row(docs: Settings) -> None:
    leads_with(docs, "how many benefits assessors will be left", "restructure", "Post: Benefits Assessor; Current posts: 18")


def test_which_page_a_thing_is_on_is_answered_with_its_page(docs: Settings) -> None:
    answer = asked_of(docs, "what page is storage on", "bwv")
    assert not answer.abstained, answer.answer
    assert lead(answer).startswith("5."), answer.answer
    assert answer.citations[0].page, answer.citations[0]

