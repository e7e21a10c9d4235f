"""Asked whether something may be used for a purpose ("can they use the tracker to check how I drive?"), the
sentence that says what it is used for, or not, leads: "Telematics data will not be used to monitor the performance
of individual drivers, except…", not a sentence that only shares a word with the question ("Drivers must carry out a
walkaround check before every journey…"). Documents are made in tests/documents.py.
"""

from __future__ import annotations

import pytest
from documents import asked_of, indexed_alone, lead, pool_vehicles_md

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
