"""Questions of who answers for something, when the document's answer is the reader, and a rep's
question of what to raise, the way workers and reps type them.

What a user sees: "who's responsible if the note is wrong?" is answered by "You remain responsible for
what the case note says." (the reader is whom the text makes answerable), not declined for want of a
name. "What concerns should we raise about Magic Notes?" is a rep asking what of the tool to raise: it
is answered from the document, not declined because the document never says "concerns".
Documents are made in tests/documents.py.
"""

from __future__ import annotations

import pytest
from documents import asked_of, indexed_alone, transcription_faq_html

from assistant.settings import Settings


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    root = tmp_path_factory.mktemp("readers")
    return indexed_alone(root, [transcription_faq_html(root / "transcription.html")])


def test_the_reader_is_who_is_responsible(docs: Settings) -> None:
    answer = asked_of(docs, "who's responsible if the note is wrong?", "transcription")
    assert not answer.abstained and "You remain responsible" in answer.answer[:400], answer.answer


def test_what_a_rep_asks_to_raise_is_no_topic_the_document_must_name(docs: Settings) -> None:
    answer = asked_of(docs, "what concerns should we raise about magic notes?", "transcription", "rep")
    assert not answer.abstained and "Magic Notes" in answer.answer, answer.answer
