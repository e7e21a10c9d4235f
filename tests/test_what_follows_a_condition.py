"""Asked what happens, or what to do, if or when something happens ("what do I have to do when I leave the
programme?"), the sentence that sets that condition leads ("When I leave the Programme I will return all Programme
papers…"), not one that only shares its words ("My obligations … continue for two years after I leave the
Programme…") or sets another ("If you have questions about our privacy policy, you may contact us"). Documents are
made in tests/documents.py.
"""

from __future__ import annotations

import pytest
from documents import asked_of, indexed_alone, lead, volunteer_undertaking_txt

from assistant.answer.said import condition_said
from assistant.answer.units import Block, Unit
from assistant.models import Passage
from assistant.settings import Settings


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    root = tmp_path_factory.mktemp("condition")
    return indexed_alone(root, [volunteer_undertaking_txt(root / "undertaking.txt")])


def test_the_sentence_that_sets_the_condition_asked_about_leads(docs: Settings) -> None:
    answer = asked_of(docs, "what do i have to do when i leave the programme?", "undertaking")
    assert not answer.abstained, answer.answer
    assert lead(answer).startswith("When I leave the Programme I will return all Programme papers"), answer.answer


def test_a_condition_that_shares_only_the_documents_words_is_not_the_one_asked_about() -> None:
    text = ("If you have questions about how we use your information, you may contact us. "
            "If we change how we use your information, we will tell you by email before the change takes effect.")
    p = Passage(doc_id="notice", text=text, ordinal=0, score=1.0, start=0, end=len(text), chunk_id="notice#0", section="")
    cut = text.index(" If we") + 1
    questions = Block([Unit(0, p, 0, 0, cut - 1, text[: cut - 1], is_item=False)], prob=0.6)
    change = Block([Unit(0, p, 1, cut, len(text), text[cut:], is_item=False)], prob=0.2)
    asked = "What will you do if you change how you use my information?"
    assert condition_said(asked, [questions, change], point_min=0.05) == [change]
    assert condition_said("Do you use my information?", [questions, change], point_min=0.05) == []
