"""Asked yes or no about a thing it names ("do managers meet the unions at the JCC…?"), where one item of a list alone speaks
of it (spelled out: "…through the Joint Consultative Committee;"), that item answers under its intro, however close
the others are in likelihood; a list none of whose items alone names it stays whole. Documents are made in the
test.
"""

from __future__ import annotations

import pytest
from documents import asked_of, indexed_texts, lead

from assistant.settings import Settings

POLICY = """# Introducing New Technology

## Before you start

Before introducing new technology, managers should:

- hold regular meetings with the trade unions through the Joint Consultative Committee;
- meet the trade unions to agree a timetable for introducing the new technology;
- share the equality impact assessment with the trade unions at a meeting before introducing it;
- meet the unions again six months after introducing the new technology to review its effect on jobs.

## Records

Managers keep a record of every meeting held about the change.
"""


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return indexed_texts(tmp_path_factory.mktemp("named-item"), {"technology.md": POLICY})


def test_the_one_item_that_names_what_is_asked_answers_it(docs: Settings) -> None:
    answer = asked_of(docs, "do managers meet the unions at the JCC before introducing new technology?", "technology")
    assert not answer.abstained, answer.answer
    assert lead(answer) == ("Before introducing new technology, managers should: hold regular meetings with the trade unions "
                            "through the Joint Consultative Committee;"), answer.answer


def test_a_list_none_of_whose_items_alone_names_it_stays_whole(docs: Settings) -> None:
    answer = asked_of(docs, "do managers have to do anything before introducing new technology?", "technology")
    assert not answer.abstained, answer.answer
    assert "- share the equality impact assessment" in answer.answer.lower(), answer.answer
