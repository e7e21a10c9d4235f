"""Questions of how far a term the document defines reaches: "is confidential information limited to technical
information only?", "does 'personal data' include my photo?".

What a user sees: the document's definition of the term opens the answer, and when the definition is a list
('"Confidential Information" means:' before "(a) … (b) … (c) …") its items come with it, since the list is what
it says; not the likeliest clause that only uses the term ("…shall return or destroy the other Council's
Confidential Information…"). The document names the definitions its drafting uses ('"X" means …', '"X" shall,
mean …', '… (collectively, "X")', '… is "X" under the terms of this Agreement'). Documents are made in
tests/documents.py.
"""

from __future__ import annotations

import pytest
from documents import asked_of, indexed_alone, lead, long_items_nda_txt, shared_services_nda_txt

from assistant.settings import Settings
from assistant.text.questions import defines, scope_term_asked


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    root = tmp_path_factory.mktemp("scope")
    return indexed_alone(root, [shared_services_nda_txt(root / "nda.txt"), long_items_nda_txt(root / "supplier.txt")])


@pytest.mark.parametrize(
    "question",
    [
        "Is confidential information limited to technical information only?",
        "Does confidential information include our negotiations with the unions?",
        "what is confidential information?",
    ],
)
def test_the_definition_opens_the_answer_with_the_items_it_lists(docs: Settings, question: str) -> None:
    answer = asked_of(docs, question, "nda")
    assert not answer.abstained, answer.answer
    assert lead(answer).startswith('"Confidential Information" means:'), answer.answer
    first_screen = answer.answer[:600]
    for item in ("staff, residents and finances", "negotiations with recognised trade unions", "technical information"):
        assert item in first_screen, answer.answer
    items = answer.answer.split("\n\n")[1]  # the lead's list, as shown under it
    assert '"Shared Service"' not in items, "the next definition is not one of its items"


@pytest.mark.parametrize(
    ("question", "term"),
    [
        ("Is confidential information limited to technical information only?", "confidential information"),
        ("Does personal data include my photo?", "personal data"),
        ("Does the definition of Services cover support?", "Services"),
        ("does 'Personal Data' include CCTV footage?", "Personal Data"),
        ("Are the obligations restricted to the term of the agreement?", "obligations"),
    ],
)
def test_the_term_whose_reach_is_asked(question: str, term: str) -> None:
    assert scope_term_asked(question) == term


@pytest.mark.parametrize(
    "question",
    [
        "does the agreement cover agency staff?",  # the document, not a term it defines
        "does the policy apply to me?",
        "do they include overtime?",  # a pronoun
        "Is the receiving party allowed to copy it?",
        "what is confidential information?",  # asks the meaning, not the reach (`defined_term_asked`)
    ],
)
def test_other_questions_ask_no_terms_reach(question: str) -> None:
    assert scope_term_asked(question) is None


@pytest.mark.parametrize(
    "text",
    [
        '"Confidential Information" means:',
        "“Confidential Information” shall, mean all intellectual property, business plans and software.",
        "Each party's directors, employees and advisers (collectively, “Representatives”) may receive it.",
        "All information disclosed in any form, including any of the following, is “Confidential Information” under the terms of this Agreement:",
    ],
)
def test_the_ways_a_contract_defines_a_term(text: str) -> None:
    term = "Representatives" if "Representatives" in text else "confidential information"
    assert defines(term, text)


def test_using_a_term_is_not_defining_it() -> None:
    assert not defines("confidential information", "Each Council shall return the other Council's Confidential Information.")
    assert not defines("confidential information", 'Marked "Confidential Information" documents are kept in a locked cabinet.')


def test_a_definition_by_a_list_with_a_long_item_is_shown_with_every_item(docs: Settings) -> None:
    # (ingest reads the long item "c. Any information, … in whatever form or medium it is held;" by its sentences, its
    # marker apart: the list goes on past it, to "d." and "e.")
    answer = asked_of(docs, "Is confidential information limited to technical information only?", "supplier")
    assert not answer.abstained, answer.answer
    assert "is \"Confidential Information\" under the terms of this Agreement:" in lead(answer), answer.answer
    items = answer.answer.split("\n\n")[1]
    for said in ("specification of the HR system", "prices, budgets", "payroll, pensions", "negotiations with recognised",
                 "Technical information about"):
        assert said in items, answer.answer
