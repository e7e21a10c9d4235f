"""Asked when an agreement ends ("when does it end?", "when does the agreement expire?"), a date is not the only
answer: a length ("for five years from the date of signature"), the event it ends on ("until all the information is
returned", "when the Project ends") or that it never does ("…shall continue in force without limit of time") answers
it too, and is shown, not declined for want of a date. A sentence with none of them is still no answer. Documents are
made in the test.
"""

from __future__ import annotations

import pytest
from documents import asked_of, indexed_texts, lead

from assistant.answer.abstain import answer_type_gap
from assistant.settings import Settings

NDA = """NON-DISCLOSURE AGREEMENT

4. Return of information. On request, the Receiving Party shall return or destroy all Confidential Information.

5. Duration. Following any return or destruction of Confidential Information under clause 4, the Receiving Party's obligations under this Agreement shall otherwise continue in force without limit of time.

6. Law. This Agreement is governed by the law of England and Wales.
"""


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return indexed_texts(tmp_path_factory.mktemp("ends"), {"nda.txt": NDA})


@pytest.mark.parametrize("question", ["when does it end?", "when do the obligations end?"])
def test_an_agreement_that_never_ends_says_so(docs: Settings, question: str) -> None:
    answer = asked_of(docs, question, "nda")
    assert not answer.abstained, answer.answer
    assert "continue in force without limit of time" in lead(answer), answer.answer


@pytest.mark.parametrize(("text", "answers"), [
    ("The obligations in this Agreement shall continue for five years from the date of signature.", True),
    ("This Agreement shall remain in force until 31 March 2027.", True),
    ("This Agreement terminates when the Project ends.", True),
    ("The obligations shall otherwise continue in force without limit of time.", True),
    ("The Recipient shall keep the information confidential.", False),
])
def test_what_answers_when_it_ends(text: str, answers: bool) -> None:
    assert (answer_type_gap("when does the agreement expire?", text) is None) is answers
