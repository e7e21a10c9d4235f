"""Asked what happens, or what to do, if or when something happens ("what do I have to do when I leave the
programme?"), the sentence that sets that condition leads ("When I leave the Programme I will return all Programme
papers…"), not one that only shares its words ("My obligations … continue for two years after I leave the
Programme…") or sets another ("If you have questions about our privacy policy, you may contact us"): the kind of
document a condition names ("…changes to the privacy policy") says which document, not which condition, and "on"
sets a condition only of an event ("on leaving", not "on the technical name of…"). Documents are made in
tests/documents.py.
"""

from __future__ import annotations

import pytest
from documents import (
    asked_of,
    indexed_alone,
    indexed_texts,
    lead,
    scored_blocks,
    volunteer_undertaking_txt,
)

from assistant.answer.said import condition_said
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
    questions, change = scored_blocks(
        ("If you have questions about how we use your information, you may contact us.", 0.6),
        ("If we change how we use your information, we will tell you by email before the change takes effect.", 0.2))
    asked = "What will you do if you change how you use my information?"
    assert condition_said(asked, [questions, change], point_min=0.05) == [change]
    assert condition_said("Do you use my information?", [questions, change], point_min=0.05) == []


NOTICE = """# Staff Privacy Notice

## Contact

If you have questions about our privacy policy, you may contact the Data Protection Officer at dpo@enghraifft.gov.wales. You may also ask the Data Protection Officer to make changes to your personal information if it is wrong.

## What we collect

We collect your name, address, bank details and sickness records when you join the Council.

## Changes

If we modify or amend this privacy policy, we will tell you by email at least 30 days before the change takes effect.
"""


@pytest.fixture(scope="module")
def notice(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return indexed_texts(tmp_path_factory.mktemp("notice"), {"notice.md": NOTICE})


def test_a_change_to_the_policy_is_answered_by_what_it_says_it_does_when_it_is_modified(notice: Settings) -> None:
    # (the kind of document, "privacy policy", is in every condition of a privacy policy: what is asked of it, a
    # change, is searched as modifying or amending it)
    answer = asked_of(notice, "What will the council do if they make changes to the privacy policy?", "notice")
    assert not answer.abstained, answer.answer
    assert lead(answer).startswith("If we modify or amend this privacy policy, we will tell you by email"), answer.answer


def test_on_sets_a_condition_only_of_an_event() -> None:
    branded, training = scored_blocks(
        ("Rather than concentrating on the technical name of the new laptops, the project was branded as 'future ways "
         "of working'.", 0.2),
        ("All respondents felt training could have been dealt with differently.", 0.6))
    asked = "What did staff say about training after the new laptops project?"
    assert condition_said(asked, [branded, training], point_min=0.05) == []


def test_a_sentence_whose_subject_is_the_condition_answers_it() -> None:
    # "A breach of this policy may lead to…" says what follows breaking the rules, as much as an "if" would
    breach, monitoring = scored_blocks(
        ("A breach of this policy may lead to action under the Disciplinary Procedure.", 0.6),
        ("Where monitoring shows a possible breach of this policy, the employee will be told what was found.", 0.3))
    assert condition_said("what happens if I break the rules?", [breach, monitoring], point_min=0.05) == []


def test_a_condition_ends_at_its_comma() -> None:
    # ("If an answer affects your pay, check it…" sets an answer affecting pay; its "check" is no part of it)
    mistakes, check = scored_blocks(("Gofyn can make mistakes.", 0.6),
                                    ("If an answer affects your pay, check it with HR before you act on it.", 0.3))
    assert condition_said("what if it gets it wrong", [mistakes, check], point_min=0.05) == []
