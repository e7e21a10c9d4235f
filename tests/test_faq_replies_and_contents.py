"""A FAQ's "No." kept for the question it answers in other words, a table of contents that is not text, a
numbered heading that is its section's number, and kinds of fact told by their occasions and names.

What a user sees: "do I get my own desk?" of a FAQ that asks "Do I still have my own desk?" is answered "No.
All desks are shared…" (the reply is kept: "still" changes nothing), and "can I bring my own screen?" of "Can I
bring my own monitor?" is "No. Use the monitors provided…"; "the booking app isn't working who do I call?" is
"Contact Facilities on extension 4455." (a team by its name). A Word table of contents ("1. Purpose<tab>2") is
not indexed as text; "what's in section 3?" is the section headed "3. Checking in"; "how often do I check
in?" is "…at the start and end of each visit". "Do lone workers get a personal alarm?" of a policy that never
mentions one is declined by naming it, as "do I get…?" was. Documents are made in tests/documents.py.
"""

from __future__ import annotations

import pytest
from documents import desk_faq_pdf, indexed_alone, leads_with, lone_working_contents_docx

from assistant.settings import Settings


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    root = tmp_path_factory.mktemp("faqs")
    return indexed_alone(root, [desk_faq_pdf(root / "desks.pdf"), lone_working_contents_docx(root / "lone.docx")])


def test_a_faqs_no_answers_its_question_asked_without_still(docs: Settings) -> None:
    leads_with(docs, "do I get my own desk?", "desks", "No. All desks are shared")


def test_a_faqs_no_answers_its_question_in_other_words(docs: Settings) -> None:
    leads_with(docs, "can I bring my own screen?", "desks", "No. Use the monitors provided at each desk.")


def test_a_team_to_contact_by_its_name_answers_who_to_call(docs: Settings) -> None:
    leads_with(docs, "the booking app isn't working who do I call?", "desks", "Contact Facilities on extension 4455.")


def test_a_word_table_of_contents_is_not_text(docs: Settings) -> None:
    from assistant.store.knowledge_base import get_kb

    text = get_kb(docs).snapshot().docs and get_kb(docs).document_text("lone") or ""
    assert "Contents" not in text and "Purpose    2" not in text, text[:300]
    assert "3. Checking in" in text


def test_a_numbered_heading_is_its_sections_number(docs: Settings) -> None:
    leads_with(docs, "what's in section 3?", "lone", "Lone workers must check in with their team")


def test_how_often_is_told_by_the_occasions_it_comes_with(docs: Settings) -> None:
    leads_with(docs, "how often do I check in?", "lone", "Lone workers must check in with their team by phone")


def test_what_staff_get_must_be_in_the_document(docs: Settings) -> None:
    # (a yes/no question about staff by their name, not by a pronoun, asks about what they get; "personal" is a
    # word of the index, in the FAQ beside it, so only what is asked about tells)
    from documents import asked_of

    answer = asked_of(docs, "do lone workers get a personal alarm?", "lone")
    assert answer.abstained and "alarm" in answer.answer.split("\n")[0], answer.answer
    answer = asked_of(docs, "do lone workers get a risk assessment?", "lone")
    assert not answer.abstained, answer.answer
