"""Questions asked of a data sharing agreement, an equality impact assessment, guidance on AI
note-takers and a restructure's timetable, the way workers type them.

What a user sees: "what are they doing about it?" answered by the assessment's actions, not by
what the document is about; whom a thing goes to ("who gets the notes?" → "sent to everyone who
attended") and which party is responsible ("Each party is responsible…"); everyday words in the
document's own ("if it's wrong" → accuracy, "used against me" → used as evidence, "will I be told"
→ tell, "turn it off" → switched off); and a timetable's rows for "how long is the consultation?"
(the dates it runs between) and "what's happening in March?". Documents are made in
tests/documents.py (made-up facts).
"""

from __future__ import annotations

import pytest
from documents import (
    ai_note_taking_md,
    asked_of,
    data_sharing_txt,
    indexed_alone,
    lead,
    restructure_timetable_xlsx,
    timesheets_eqia_docx,
)

from assistant.settings import Settings


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    root = tmp_path_factory.mktemp("assessments")
    files = [data_sharing_txt(root / "data-sharing.txt"), timesheets_eqia_docx(root / "eqia.docx"),
             ai_note_taking_md(root / "ai-notes.md"), restructure_timetable_xlsx(root / "timetable.xlsx")]
    return indexed_alone(root, files)


@pytest.mark.parametrize(("question", "doc", "said"), [
    # what is done about it, not what the document is about
    ("what are they doing about it", "eqia", "Offer one-to-one training sessions for anyone who asks."),
    ("who gets the notes", "ai-notes", "The AI notes are sent to everyone who attended."),
    ("who is responsible if it's wrong", "data-sharing", "4.1 Each party is responsible for the accuracy"),
    ("will i be told", "ai-notes", "The organiser must tell everyone invited"),
    ("can i turn it off", "ai-notes", "Anyone in the meeting can ask for AI notes to be switched off."),
    ("how long is the consultation", "timetable", "Stage: Formal consultation with unions and staff; Starts: 5 January 2027; Ends: 19 February 2027"),
])
def test_the_answer_is_in_the_documents_own_words(docs: Settings, question: str, doc: str, said: str) -> None:
    answer = asked_of(docs, question, doc)
    assert not answer.abstained, answer.answer
    assert lead(answer).startswith(said), answer.answer


def test_used_against_me_is_answered_by_what_it_may_not_be_used_as(docs: Settings) -> None:
    answer = asked_of(docs, "can it be used against me", "ai-notes")
    assert not answer.abstained, answer.answer
    assert "AI notes must not be used as evidence about how any individual performed" in answer.answer


def test_what_happens_in_a_month_is_answered_by_the_rows_of_that_month(docs: Settings) -> None:
    answer = asked_of(docs, "whats happening in march", "timetable")
    assert not answer.abstained, answer.answer  # "happening" is what any question asks, not a topic
    assert "March 2027" in lead(answer), answer.answer
