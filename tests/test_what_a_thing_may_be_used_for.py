"""Asked whether something may be used for a purpose ("can they use the tracker to check how I drive?"), the
sentence that says what it is used for, or not, leads: "Telematics data will not be used to monitor the performance
of individual drivers, except…", not a sentence that only shares a word with the question ("Drivers must carry out a
walkaround check before every journey…"). Documents are made in tests/documents.py.
"""

from __future__ import annotations

import pytest
from documents import asked_of, indexed_alone, indexed_texts, lead, pool_vehicles_md

from assistant.settings import Settings


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    root = tmp_path_factory.mktemp("used-for")
    return indexed_alone(root, [pool_vehicles_md(root / "vehicles.md")])


@pytest.mark.parametrize(
    "question",
    ["can they use the tracker to check how I drive?", "can the tracker be used to check how I drive?"],
)
def test_what_it_may_be_used_for_leads(docs: Settings, question: str) -> None:
    answer = asked_of(docs, question, "vehicles")
    assert not answer.abstained, answer.answer
    assert lead(answer).startswith("Telematics data will not be used to monitor the performance"), answer.answer


AGREEMENT = """CONFIDENTIALITY OF SENSITIVE INFORMATION NON-DISCLOSURE AGREEMENT

1. This Non-Disclosure Agreement is entered into by the Council and the contractor.

2. The contractor will have access to Council information, software and computer systems in order to perform the contract.

3. The contractor may not use or disclose the information except as the contractor is permitted to use or disclose sensitive information under the contract and this nondisclosure agreement.

4. If a court orders the contractor to disclose information, the contractor will notify the Council. The notice will include the records disclosed, to whom, when, for what purpose, and any other information the contractor believes is relevant.
"""


@pytest.fixture(scope="module")
def agreement(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return indexed_texts(tmp_path_factory.mktemp("use-bound"), {"agreement.txt": AGREEMENT})


def test_a_sentence_that_bounds_the_use_leads_though_it_shares_the_documents_name(agreement: Settings) -> None:
    # (it says "nondisclosure agreement" and "information", words of the document's title; it still says what is
    # asked, the use, and is not put aside for one that only says "for what purpose")
    answer = asked_of(agreement, "Can the receiving party use the confidential information for anything other than the purpose "
                      "stated in the agreement?", "agreement")
    assert not answer.abstained, answer.answer
    assert "The contractor may not use or disclose the information except" in lead(answer), answer.answer


CCTV = """# CCTV and Surveillance Camera Policy

## 1. Purpose

1.1 The council uses CCTV to protect the safety of staff and visitors and to prevent crime.

1.2 CCTV is not used to monitor the performance or productivity of staff.

## 6. Investigations

6.1 CCTV may be used in a staff disciplinary investigation only where there is a specific allegation of gross misconduct, and only with the written approval of the Head of HR.
"""


@pytest.fixture(scope="module")
def cctv(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return indexed_texts(tmp_path_factory.mktemp("use-purpose"), {"cctv.md": CCTV})


def test_of_a_use_for_a_purpose_the_sentence_on_that_purpose_leads_not_any_bound_on_use(cctv: Settings) -> None:
    # (6.1 bounds a use too, and names CCTV, the policy's own word; what is asked is the purpose: performance)
    answer = asked_of(cctv, "can my manager use cctv to check how hard im working?", "cctv")
    assert not answer.abstained, answer.answer
    assert lead(answer).startswith("1.2 CCTV is not used to monitor the performance or productivity of staff."), answer.answer
