"""Asked what happens if they break the agreement ("what happens if I break it?", "it" being the document asked
about), Llais answers with what the agreement says follows a breach, in a contract's words ("…shall cause
irreparable harm…", "…entitled to injunctive relief", "…shall be liable…"), not with a clause that only shares its
words ("No waiver of a breach…", "If any provision … is unenforceable…"), and does not decline it as far from
everything. Documents are made in the test.
"""

from __future__ import annotations

import pytest
from documents import asked_of, indexed_texts, lead

from assistant.settings import Settings

NDA = """MUTUAL NON-DISCLOSURE AGREEMENT

1. Confidential Information shall be kept in the strictest confidence and shall not be disclosed to any third party. The Recipient shall ensure that its employees observe the terms of this Agreement, and shall be responsible for any breach of the terms of this Agreement by it or any such employee.

2. Remedies. The Recipient agrees that a breach of any term of this Agreement shall cause irreparable harm to the Council which cannot be adequately compensated in damages, and that the Council shall be entitled to injunctive relief to restrain any breach.

3. No Waiver. No waiver of any provision of this Agreement, or a breach of it, shall be effective unless it is in writing and signed by the party waiving it. No waiver of a breach of this Agreement, whether express or implied, shall constitute a waiver of a subsequent breach.

4. Severability. If any provision of this Agreement is held invalid or unenforceable, the remaining provisions shall continue in full force and effect.

5. Term. The obligations in this Agreement shall continue for five years from the date of signature.
"""


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return indexed_texts(tmp_path_factory.mktemp("breach"), {"nda.txt": NDA})


@pytest.mark.parametrize("question", ["what happens if I break it?", "what happens if we breach the agreement?"])
def test_what_the_agreement_says_follows_a_breach_answers(docs: Settings, question: str) -> None:
    answer = asked_of(docs, question, "nda")
    assert not answer.abstained, answer.answer
    assert lead(answer).startswith("Remedies: The Recipient agrees that a breach of any term of this Agreement shall cause"), \
        answer.answer
