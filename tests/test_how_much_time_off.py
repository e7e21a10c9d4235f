"""Asked how much time off or leave someone gets ("how much time do reps get for union duties?"), the amount had
answers ("…entitled to reasonable paid time off to…", "25 days' annual leave"), not the notice to give for it ("at
least 5 working days' notice of time off"); asked how much notice, the notice does. Documents are made in the test.
"""

from __future__ import annotations

import pytest
from documents import asked_of, indexed_texts, lead

from assistant.answer.abstain import answer_type_gap
from assistant.settings import Settings

AGREEMENT = """# Recognition and Facilities Agreement

## 4. Time off for representatives

4.1 An accredited representative is entitled to reasonable paid time off to represent members in grievance and disciplinary meetings and to attend consultation meetings.

4.2 Time off is recorded on the facility time return each month.

4.3 A representative shall give their line manager at least 5 working days' notice of time off, except where a member faces a disciplinary investigation at shorter notice.
"""


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return indexed_texts(tmp_path_factory.mktemp("time-off"), {"agreement.md": AGREEMENT})


def test_how_much_time_off_is_the_time_off_had(docs: Settings) -> None:
    answer = asked_of(docs, "how much time do reps get for union duties?", "agreement")
    assert not answer.abstained, answer.answer
    assert lead(answer).startswith("4.1 An accredited representative is entitled to reasonable paid time off"), answer.answer


@pytest.mark.parametrize(("question", "text", "answers"), [
    ("how much time off do reps get?", "A representative shall give at least 5 working days' notice of time off.", False),
    ("how much time off do reps get?", "A representative is entitled to reasonable paid time off.", True),
    ("how much leave do I get?", "You get 25 days' annual leave.", True),
    ("how much notice do I need to give for time off?", "A representative shall give at least 5 working days' notice of time off.", True),
])
def test_what_answers_how_much_time(question: str, text: str, answers: bool) -> None:
    assert (answer_type_gap(question, text) is None) is answers
