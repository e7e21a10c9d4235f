"""A sentence too long for one chunk, which ingest cuts between two, is shown whole.

What a user sees: asked what confidential information is, of an agreement whose definition is one sentence of
some 190 words, the answer opens with the whole definition as one paragraph (its start, then "[1] staff, pupils,
tenants…", the rest as written, not capitalised, citing the chunk it is in), not with its first half alone, nor
with the second half as a sentence of its own ("Staff, pupils, tenants…"). The same where the source has a page's
running head in capitals in the middle of the sentence ("SHARED SERVICES CONFIDENTIALITY AGREEMENT"), as text
taken from a PDF has: the head is left out. Documents are made in tests/documents.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from documents import asked_of, indexed_alone, long_definition_nda_txt

from assistant.settings import Settings
from assistant.store.knowledge_base import KnowledgeBase

START = '1.1 "Confidential Information" means any and all information'
END = "together with all copies of it made in any form."


@pytest.fixture(scope="module", params=[False, True], ids=["cut", "cut-under-a-running-head"])
def docs(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Settings:
    root = tmp_path_factory.mktemp("cut")
    return indexed_alone(root, [long_definition_nda_txt(Path(root / "nda.txt"), running_head=request.param)])


def test_the_definition_is_cut_between_two_chunks(docs: Settings) -> None:
    chunks = sorted(KnowledgeBase(docs).snapshot().chunks, key=lambda c: c.ordinal)
    holding = [c for c in chunks if START in c.text or END in c.text]
    assert len(holding) == 2 and START in holding[0].text and END in holding[1].text, "(what the rest of the file tests)"


@pytest.mark.parametrize(
    "question", ["what is confidential information?", "does confidential information include tender documents?"]
)
def test_a_sentence_cut_between_chunks_is_shown_whole_in_one_paragraph(docs: Settings, question: str) -> None:
    answer = asked_of(docs, question, "nda")
    assert not answer.abstained, answer.answer
    first = answer.answer.split("\n\n")[0]
    assert first.startswith(START) and first.rstrip().endswith(f"{END} [2]"), answer.answer
    assert "SHARED SERVICES" not in first, "a page's running head is not part of the sentence"
    rest = first.split("[1] ", 1)[1]
    assert rest[:1].islower(), "the rest of the sentence, as written"
    assert "\n- Plans for restructuring" not in answer.answer and "Staff, pupils" not in answer.answer
    cited = {c.n: c for c in answer.citations}
    assert START in cited[1].passage and END in cited[2].passage
