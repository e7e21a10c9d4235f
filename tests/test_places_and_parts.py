"""Questions of where something is held, of whom a document says a thing comes from, and of a part of an
agenda by a colloquial name, the way workers and reps type them.

What a user sees: "where is the hearing?" is answered by the sentence that gives the room ("…at 10am in
Meeting Room 3."), not by "If you cannot attend…"; "where is the meeting?" of an agenda by its details line
("…, Council Chamber and on Teams"), not by "Minutes of the last meeting"; "when is the meeting?" the same.
"And who from?" after "when do I need a fit note?" is answered "from your GP" (a GP is someone a thing comes
from), not declined for want of a name. "What time does the chatbot bit start?" is the chatbot item's time ("the chatbot bit" is part of
the agenda, not a topic it never mentions). Documents are made in tests/documents.py.
"""

from __future__ import annotations

import pytest
from documents import (
    committee_agenda_md,
    conversation,
    hearing_invitation_docx,
    indexed_alone,
    leads_with,
    self_certification_md,
)

from assistant.settings import Settings


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    root = tmp_path_factory.mktemp("places")
    return indexed_alone(root, [hearing_invitation_docx(root / "invite.docx"), committee_agenda_md(root / "agenda.md"),
                                self_certification_md(root / "sickness.md")])


def test_where_a_hearing_is_held_is_the_sentence_with_its_room(docs: Settings) -> None:
    leads_with(docs, "where is the hearing?", "invite", "I am writing to invite you to a disciplinary hearing")


def test_where_a_meeting_is_held_is_its_agendas_details_line(docs: Settings) -> None:
    leads_with(docs, "where is the meeting?", "agenda", "Thursday 17 December 2026, 2pm to 4pm, Council Chamber", "rep")


def test_a_gp_is_who_a_fit_note_comes_from(docs: Settings) -> None:
    first, then = conversation(docs, "sickness", "when do I need a fit note?", "and who from?")
    assert not then.abstained and "from your GP" in then.answer.split("\n")[0], then.answer


def test_a_bit_of_an_agenda_is_its_item(docs: Settings) -> None:
    leads_with(docs, "what time does the chatbot bit start?", "agenda", "Update on the AI chatbot pilot", "rep")


def test_when_a_meeting_is_held_is_its_agendas_details_line(docs: Settings) -> None:
    # (every line of an agenda speaks of its meeting; an item's own time, "(2.05pm)", is not the meeting's)
    leads_with(docs, "when is the meeting?", "agenda", "Thursday 17 December 2026, 2pm to 4pm", "rep")
