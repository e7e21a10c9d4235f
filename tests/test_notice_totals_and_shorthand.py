"""A rule and its exception, a total in posts, and workplace shorthand, as reps ask about facility time.

What a user sees: "how much notice do I need to give for time off for union duties?" is answered by the rule
("…at least two weeks in advance…"), not by its exception ("In urgent cases, … 24 hours' notice is enough"),
which answers "what if a hearing is at short notice?". "How many days training do H&S reps get?" is the health
and safety representatives' four days, not the learning reps' five. "How much facility time is there in
total?" is "The total facility time budget is 2.5 full-time equivalent posts…" (a count of posts is an amount
of staff time). Documents are made in tests/documents.py.
"""

from __future__ import annotations

import pytest
from documents import asked_of, indexed_alone, leads_with, union_time_off_md

from assistant.settings import Settings


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    root = tmp_path_factory.mktemp("facility")
    return indexed_alone(root, [union_time_off_md(root / "facility.md")])


def test_notice_is_the_rule_not_its_exception(docs: Settings) -> None:
    leads_with(docs, "how much notice do I need to give for time off for union duties?", "facility",
               "Representatives must request time off from their line manager at least two weeks in advance", "rep")


def test_the_exception_answers_the_exceptional_case(docs: Settings) -> None:
    leads_with(docs, "what if a hearing is at short notice?", "facility", "In urgent cases", "rep")


def test_h_and_s_is_health_and_safety(docs: Settings) -> None:
    answer = asked_of(docs, "how many days training do H&S reps get?", "facility", "rep")
    first = answer.answer.split("\n")[0]
    assert "four days of training" in first and "five days" not in first, answer.answer


def test_a_total_in_full_time_posts_is_how_much_time(docs: Settings) -> None:
    leads_with(docs, "how much facility time is there in total?", "facility",
               "The total facility time budget is 2.5 full-time equivalent posts")
