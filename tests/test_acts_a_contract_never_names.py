"""Questions of whether a party may or must do something, asked of a contract that speaks of the
parties and the information at every turn but never of the act asked about.

What a user sees: "is the supplier allowed to reverse engineer our software?" of a confidentiality
agreement that never speaks of reverse engineering is declined, saying so ("They don't mention reverse
engineering."), with the nearest clause shown as not an answer; the same for "does the agreement stop
the supplier from soliciting or hiring our staff?". An act the contract does name, in its words or in
words it is searched as, is answered: "make copies" by the clause on copies (and declined of an agreement that
speaks of copies only as things to return or protect: "They don't mention making copies."), "notify" by the clause that
says "written notice". The same for how the act is done ("does information shared verbally count?", "can the
supplier independently develop…?") and for whether something goes on after the end ("do any of the obligations
continue after the agreement ends?"): declined of the agreement that never speaks of it, answered from the clause of
one that does ("information the Council gives orally", "survive the end of this agreement"). Documents are made in
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
    supplier_confidentiality_copies_txt,
    supplier_confidentiality_full_txt,
    supplier_confidentiality_txt,
)

from assistant.answer.abstain import marked_as_asked
from assistant.answer.said import manner_said, received_elsewhere_said, shared_with_said
from assistant.answer.units import Block
from assistant.settings import Settings


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    root = tmp_path_factory.mktemp("acts")
    return indexed_alone(root, [supplier_confidentiality_txt(root / "confidentiality.txt")])


def test_an_act_the_contract_never_names_is_declined_by_name(docs: Settings) -> None:
    answer = asked_of(docs, "Is the supplier allowed to reverse engineer our software?", "confidentiality", "rep")
    assert answer.abstained, answer.answer
    assert "reverse engineering" in answer.answer.split("\n\n")[0], answer.answer
    assert answer.citations or answer.more, "the nearest clause is shown, marked as no answer"


def test_either_of_two_acts_must_be_named(docs: Settings) -> None:
    answer = asked_of(docs, "Does the agreement stop the supplier from soliciting or hiring our staff?", "confidentiality", "rep")
    assert answer.abstained, answer.answer
    assert "soliciting or hiring" in answer.answer.split("\n\n")[0], answer.answer


def test_an_act_the_contract_names_is_answered_from_its_clause(docs: Settings) -> None:
    answer = asked_of(docs, "Is the supplier allowed to make copies of our information?", "confidentiality", "rep")
    assert not answer.abstained and "may make copies" in answer.answer[:600], answer.answer


def test_an_act_named_in_other_words_is_answered(docs: Settings) -> None:
    answer = asked_of(docs, "Does the supplier have to notify the council if a court orders it to disclose information?",
                      "confidentiality", "rep")
    assert not answer.abstained and "written notice" in answer.answer[:600], answer.answer


def test_an_everyday_act_is_not_held_to_the_contracts_words(docs: Settings) -> None:
    # ("share" is said in many ways: the contract says "disclose")
    answer = asked_of(docs, "Is the supplier allowed to share our information with its employees?", "confidentiality", "rep")
    assert not answer.abstained and "disclose Confidential Information to its employees" in answer.answer[:600], answer.answer


def test_the_act_is_named_by_its_verb_without_its_object(docs: Settings) -> None:
    answer = asked_of(docs, "Does the agreement stop the supplier from hiring agency workers?", "confidentiality", "rep")
    assert answer.abstained and "They don't mention hiring." in answer.answer, answer.answer


@pytest.fixture(scope="module")
def fuller(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    root = tmp_path_factory.mktemp("acts-full")
    return indexed_alone(root, [supplier_confidentiality_full_txt(root / "confidentiality-full.txt")])


def test_how_an_act_is_done_must_be_named(docs: Settings) -> None:
    answer = asked_of(docs, "Does information that is shared verbally count as confidential information?", "confidentiality", "rep")
    assert answer.abstained and "They don't mention anything shared verbally." in answer.answer, answer.answer
    answer = asked_of(docs, "Can the supplier independently develop a similar system?", "confidentiality", "rep")
    assert answer.abstained and "They don't mention independently developing." in answer.answer, answer.answer


def test_what_goes_on_after_the_end_must_be_named(docs: Settings) -> None:
    answer = asked_of(docs, "Do any of the obligations continue after the agreement ends?", "confidentiality", "rep")
    assert answer.abstained and "anything continuing after the agreement ends" in answer.answer, answer.answer


def test_a_manner_named_in_other_words_is_answered(fuller: Settings) -> None:
    # ("verbally" is searched as "orally", the word the agreement uses)
    answer = asked_of(fuller, "Does information that is shared verbally count as confidential information?", "confidentiality-full", "rep")
    assert not answer.abstained and "gives orally" in answer.answer[:600], answer.answer
    answer = asked_of(fuller, "Can the supplier independently develop a similar system?", "confidentiality-full", "rep")
    assert not answer.abstained and "develops independently" in answer.answer[:600], answer.answer


def test_what_survives_the_end_is_answered(fuller: Settings) -> None:
    answer = asked_of(fuller, "Do any of the obligations continue after the agreement ends?", "confidentiality-full", "rep")
    assert not answer.abstained and "survive the end of this agreement" in answer.answer[:600], answer.answer


def test_whether_they_may_keep_any_is_answered_by_what_they_may_retain(fuller: Settings) -> None:
    # ("keep" is searched as "retain": the clause that lets the supplier retain a copy leads, not the one that says
    # return or destroy all of it)
    answer = asked_of(fuller, "Can the supplier keep any confidential information after it has returned or destroyed the rest?",
                      "confidentiality-full", "rep")
    assert not answer.abstained and "may retain one copy" in lead(answer), answer.answer


@pytest.fixture(scope="module")
def copies(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    root = tmp_path_factory.mktemp("acts-copies")
    return indexed_alone(root, [
        supplier_confidentiality_copies_txt(root / "copies-as-things.txt"),
        supplier_confidentiality_copies_txt(root / "copies-barred.txt",
                                            "Confidential Information must not be reproduced without the Council's written consent."),
        supplier_confidentiality_copies_txt(root / "kept-quiet.txt",
                                            "The Supplier shall not disclose the existence of this agreement to anyone without the Council's "
                                            "written consent."),
        supplier_confidentiality_copies_txt(root / "designated.txt",
                                            "Information the Council gives orally is Confidential Information only where the "
                                            "Council designates it as confidential at the time it is given."),
        supplier_confidentiality_copies_txt(root / "council-property.txt",
                                            "Every document the Council gives the Supplier shall be identified as Council property."),
        supplier_confidentiality_copies_txt(root / "elsewhere.txt",
                                            "These obligations do not apply to information the Supplier lawfully receives from a "
                                            "third party who owes the Council no duty of confidence."),
        supplier_confidentiality_copies_txt(root / "court.txt",
                                            "The Supplier may disclose Confidential Information to the extent that a court or "
                                            "the law requires it to.\n2.3 Before making such a disclosure, the Supplier shall, "
                                            "where the law allows:\n(a) notify the Council in writing as soon as possible; and\n"
                                            "(b) ask the court to treat the information as confidential."),
        supplier_confidentiality_copies_txt(root / "no-licence.txt",
                                            "Nothing in this agreement grants the Supplier any licence or other rights in the "
                                            "Confidential Information."),
    ])


def test_whether_it_grants_a_licence_is_declined_of_one_that_never_speaks_of_licences_or_rights(copies: Settings) -> None:
    answer = asked_of(copies, "Does the agreement give the supplier a licence or any rights to our information?",
                      "copies-as-things", "rep")
    assert answer.abstained and "They don't mention any licence or rights to it." in answer.answer, answer.answer


def test_whether_it_grants_a_licence_is_answered_by_the_clause_on_it(copies: Settings) -> None:
    answer = asked_of(copies, "Does the agreement give the supplier a licence or any rights to our information?",
                      "no-licence")
    assert not answer.abstained and "grants the Supplier any licence" in lead(answer), answer.answer


def test_whether_it_may_get_the_same_from_a_third_party_is_declined_of_one_that_never_speaks_of_it(copies: Settings) -> None:
    answer = asked_of(copies, "Can the supplier get similar information from a third party without breaching the agreement?",
                      "copies-as-things", "rep")
    assert answer.abstained and "They don't mention information received from anyone else." in answer.answer, answer.answer


def test_whether_it_may_get_the_same_from_a_third_party_is_answered_by_the_clause_on_it(copies: Settings) -> None:
    answer = asked_of(copies, "Can the supplier get similar information from a third party without breaching the agreement?",
                      "elsewhere", "rep")
    assert not answer.abstained and "receives from a third party" in answer.answer[:600], answer.answer


@pytest.mark.parametrize("doc", ["copies-as-things", "council-property"])
def test_whether_it_must_be_marked_as_confidential_is_declined_of_one_that_never_speaks_of_marking_it_so(
    copies: Settings, doc: str
) -> None:
    # (documents "identified as Council property" are marked, but not as confidential)
    answer = asked_of(copies, "Does information have to be marked or identified as confidential for it to be covered?", doc, "rep")
    assert answer.abstained, answer.answer
    assert "They don't mention marking or identifying it as confidential." in answer.answer, answer.answer


def test_whether_it_must_be_marked_as_confidential_is_answered_by_a_clause_in_other_words(copies: Settings) -> None:
    # ("designates it as confidential" is marking it so, though the question says "marked or identified")
    # …and it leads, before the clause that only protects the information
    answer = asked_of(copies, "Does information have to be marked or identified as confidential for it to be covered?",
                      "designated")
    assert not answer.abstained and "designates it as confidential" in lead(answer), answer.answer


def test_whether_anyone_may_be_told_that_the_agreement_exists_is_declined_of_one_that_never_speaks_of_it(
    copies: Settings,
) -> None:
    # (keeping the information confidential is not keeping quiet that the agreement was made)
    answer = asked_of(copies, "Is the supplier allowed to tell anyone that this agreement exists or was negotiated?",
                      "copies-as-things", "rep")
    assert answer.abstained, answer.answer
    assert "They don't mention telling anyone that this agreement exists." in answer.answer, answer.answer


def test_whether_anyone_may_be_told_that_the_agreement_exists_is_answered_by_the_clause_on_its_existence(
    copies: Settings,
) -> None:
    answer = asked_of(copies, "Is the supplier allowed to tell anyone that this agreement exists or was negotiated?",
                      "kept-quiet")
    assert not answer.abstained and "existence of this agreement" in lead(answer), answer.answer


def test_making_copies_is_declined_of_an_agreement_that_speaks_only_of_the_copies(copies: Settings) -> None:
    # ("return … together with all copies of it" and "unauthorised … copying" say nothing of whether copies may be made)
    answer = asked_of(copies, "Is the supplier allowed to make copies of our information?", "copies-as-things", "rep")
    assert answer.abstained and "They don't mention making copies." in answer.answer, answer.answer


def test_making_copies_is_answered_by_a_clause_in_other_words(copies: Settings) -> None:
    # ("copies" is searched as "reproduce": the clause that says they must not be reproduced answers)
    # …and it leads, before the clause that speaks only of the copies to return
    answer = asked_of(copies, "Is the supplier allowed to make copies of our information?", "copies-barred", "rep")
    assert not answer.abstained and "must not be reproduced" in lead(answer), answer.answer


def test_the_manner_named_without_the_act_done_so_is_declined(copies: Settings) -> None:
    # ("an independent contractor" is no answer to whether it may develop anything independently)
    answer = asked_of(copies, "Can the supplier independently develop a similar system?", "copies-as-things", "rep")
    assert answer.abstained and "They don't mention independently developing." in answer.answer, answer.answer


def test_whether_it_may_be_used_for_anything_else_is_answered_by_the_clause_that_limits_its_use(fuller: Settings) -> None:
    # (the clause that bounds the use, "shall use … only to deliver…", leads; not one that only shares the question's
    # words, such as what survives the agreement or what may be retained "only for that purpose")
    answer = asked_of(fuller, "Can the supplier use the confidential information for anything other than the repairs system?",
                      "confidentiality-full", "rep")
    assert not answer.abstained and "shall use Confidential Information only to deliver" in lead(answer), answer.answer


def test_the_clause_that_names_the_manner_leads(fuller: Settings) -> None:
    # ("verbally" is searched as "orally": the clause that says so leads, before the definition it adds to)
    answer = asked_of(fuller, "Does information that is shared verbally count as confidential information?", "confidentiality-full", "rep")
    assert "gives orally" in lead(answer), answer.answer
    answer = asked_of(fuller, "Can the supplier independently develop a similar system?", "confidentiality-full", "rep")
    assert "develops independently" in lead(answer), answer.answer


def _likeliest_and_other(likeliest: str, other: str, section: str) -> tuple[Block, Block]:
    """Two sentences of one clause as the composer's blocks, the first rated 0.6 by the scorer, the second 0.2."""
    first, second = scored_blocks((likeliest, 0.6), (other, 0.2), section=section)
    return first, second


def test_of_the_sentences_found_the_one_that_names_the_manner_is_put_first() -> None:
    # (the composer's rule, on blocks as the scorer rated them: the likeliest says nothing of how information is given)
    likeliest, naming = _likeliest_and_other("Confidential Information may be seen only by staff who need it.",
                                             "Confidential Information includes information given orally at a meeting.", "2. Use")
    question = "Does information that is shared verbally count as confidential information?"
    assert manner_said(question, [likeliest, naming], point_min=0.05) == [naming]
    assert manner_said(question, [likeliest, naming], point_min=0.3) == []  # (not when too unlikely)


def test_of_the_sentences_found_the_one_on_what_comes_from_elsewhere_is_put_first() -> None:
    # ("get … from a third party" is answered by the exception for what was received from one; "the Receiving Party"
    # is a name, not a receipt)
    likeliest, received = _likeliest_and_other(
        "The Receiving Party shall keep Confidential Information safe by persons it trusts.",
        "This agreement does not cover information rightfully received from a third party without restriction.", "3. Exceptions")
    question = "Can the receiving party get similar information from a third party without breaching the agreement?"
    assert received_elsewhere_said(question, [likeliest, received], point_min=0.05) == [received]
    assert received_elsewhere_said("Can the receiving party share it with a third party?", [likeliest, received], 0.05) == []


def test_whether_it_has_to_do_an_act_is_answered_by_the_clause_that_says_it_before_one_that_only_shares_its_words(
    copies: Settings,
) -> None:
    # "Does the supplier have to notify…?": the clause that says to notify, as an item of its list, leads; not the one
    # that allows the disclosure ("…may disclose … to the extent that a court or the law requires it to.")
    answer = asked_of(copies, "Does the supplier have to notify the council if a court requires it to disclose our information?",
                      "court")
    assert not answer.abstained, answer.answer
    assert lead(answer).startswith("2.3 Before making such a disclosure"), answer.answer
    assert "notify the Council in writing" in answer.answer.split("\n\n")[0], "the item, with its intro"


def test_of_the_sentences_found_the_one_that_lets_it_go_to_whom_is_asked_is_put_first() -> None:
    # ("share … with its employees" is answered by what may be disclosed to them; a clause that only names them, or one
    # where "the Disclosing Party" is a name, is not it; "do you share…?" asks what is done, not whether it may be)
    likeliest, disclosed = _likeliest_and_other(
        "Neither party shall restrict the assignment of its employees as a result of their access to the Disclosing "
        "Party's Confidential Information.",
        "The Receiving Party may disclose Confidential Information to its employees who need to know it.", "4. Disclosure")
    question = "Can the receiving party share confidential information with its employees?"
    assert shared_with_said(question, [likeliest, disclosed], point_min=0.05) == [disclosed]
    assert shared_with_said("Do you share my information with your employees?", [likeliest, disclosed], 0.05) == []


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("Information that is clearly designated as being confidential at the time it is given.", True),
        ('Documents must be labelled "Confidential" before they are sent.', True),
        ('Every page shall carry a "Confidential" header or footer.', True),
        ("Each document shall bear a legend identifying its confidential nature.", True),
        ("Any copies shall be identified as VA property.", False),  # marked, but not as confidential
        ("Copies must be marked with the same proprietary notices as the original.", False),
        ("The Supplier shall give the Council written notice of any confidential matter.", False),
    ],
)
def test_the_ways_a_document_says_information_is_marked_as_confidential(text: str, says: bool) -> None:
    asked = marked_as_asked("Does information have to be marked or identified as confidential for it to be covered?")
    assert asked is not None
    acts, prop, said = asked
    assert (acts, prop) == (["marked", "identified"], "confidential")
    assert said(text) is says



REPRESENTATIVES_NDA = """CONFIDENTIALITY AGREEMENT

1. "Representatives" means a party's directors, officers, employees, agents and professional advisers.

2. The Receiving Party shall not disclose any Confidential Information to any person other than its Representatives who need to know it for the Purpose.

3. Residuals. Nothing in this Agreement restricts the use of information retained in the unaided memory of the Receiving Party's employees who have had access to Confidential Information.

4. This Agreement is governed by the law of England and Wales.
"""


@pytest.fixture(scope="module")
def representatives(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return indexed_texts(tmp_path_factory.mktemp("representatives"), {"nda.txt": REPRESENTATIVES_NDA})


def test_sharing_with_its_employees_is_disclosing_to_its_representatives(representatives: Settings) -> None:
    # (an NDA names its staff as its "Representatives": the clause that lets information go to them answers, not the
    # residuals clause that says "employees")
    answer = asked_of(representatives, "Can the receiving party share confidential information with its employees?", "nda")
    assert not answer.abstained, answer.answer
    assert "other than its Representatives who need to know it" in lead(answer), answer.answer
