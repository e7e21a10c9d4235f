"""Asked who may do something ("who can watch the footage?"), the sentence that says someone may do it leads (in the
verb asked or a word it is searched as, after "may", "can", "allowed to": "Only officers authorised by the Head of
Facilities may view recordings"), wherever in the document it is; not the likelier one that only shares the
question's other words, nor one whose noun has a word of it ("…by making a subject access request…"). Documents are
made in the test.
"""

from __future__ import annotations

import pytest
from documents import asked_of, indexed_texts, lead

from assistant.settings import Settings

POLICY = """# CCTV Policy

## 4. Keeping recordings

4.1 Recordings are kept for 31 days and then overwritten, unless they are needed for an investigation.

## 5. Access to recordings

5.1 Only officers authorised by the Head of Facilities may view recordings, and every viewing is logged.

## 8. Requests for footage

8.1 Anyone who has been recorded may ask for a copy of the footage by making a subject access request to the Data Protection Officer.
"""


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return indexed_texts(tmp_path_factory.mktemp("who-may"), {"cctv.md": POLICY})


@pytest.mark.parametrize("question", ["who can watch the footage?", "who is allowed to see the footage?"])
def test_whoever_may_do_the_act_asked_about_leads(docs: Settings, question: str) -> None:
    answer = asked_of(docs, question, "cctv")
    assert not answer.abstained, answer.answer
    assert lead(answer).startswith("5.1 Only officers authorised by the Head of Facilities may view recordings"), answer.answer


def test_asked_who_may_ask_for_a_copy_that_sentence_leads(docs: Settings) -> None:
    answer = asked_of(docs, "who can ask for a copy of the footage?", "cctv")
    assert lead(answer).startswith("8.1 Anyone who has been recorded may ask for a copy"), answer.answer
