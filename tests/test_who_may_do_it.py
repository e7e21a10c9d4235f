"""Asked who may do something ("who can watch the footage?"), or whether the asker may ("can I appeal?"), the sentence
that says someone may do it leads (in the verb asked or a word it is searched as, after "may", "can", "allowed to",
"the right to": "Only officers authorised by the Head of Facilities may view recordings", "An employee may appeal
against any formal outcome…"), wherever in the document it is, and of what the question says it is done to; not the likelier one that only shares the
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


PROCEDURE = """# Disciplinary Procedure

## 7. Appeals

7.1 An employee may appeal against any formal outcome by writing to the Head of People Services within 10 working days of receiving the outcome letter.

7.2 An appeal will be heard at an appeal hearing by a manager more senior than the one who made the original decision, and the employee may be accompanied at the appeal hearing.

7.3 The decision of the appeal panel is final.
"""


@pytest.fixture(scope="module")
def procedure(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return indexed_texts(tmp_path_factory.mktemp("i-may"), {"procedure.md": PROCEDURE})


@pytest.mark.parametrize("question", ["can I appeal?", "do I have the right to appeal?"])
def test_asked_whether_i_may_do_it_the_sentence_that_says_one_may_leads(procedure: Settings, question: str) -> None:
    answer = asked_of(procedure, question, "procedure")
    assert not answer.abstained, answer.answer
    assert lead(answer).startswith("7.1 An employee may appeal against any formal outcome"), answer.answer


def test_what_it_is_done_to_counts_too(procedure: Settings) -> None:
    # ("…appeal the appeal decision?": not "may appeal against any formal outcome", but that the decision is final)
    answer = asked_of(procedure, "can I appeal the appeal decision?", "procedure")
    assert not lead(answer).startswith("7.1"), answer.answer
