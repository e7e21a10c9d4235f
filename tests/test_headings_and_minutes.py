"""A section whose opening sentence has no verb, and minutes that report a question and then its answer, the
way workers and reps ask about them.

What a user sees: "will the rota tool use my sickness record?" of an impact assessment is answered "Personal
data used: Names, contracted hours, …, training records and sickness absence dates." (alone, that list of
names says nothing: it is the rest of its heading); "what is the lawful basis?" is "Lawful basis: Legitimate
interests (…)". A sentence with a verb stands as it is. "Were the unions consulted?" is "UNISON and GMB were
consulted on 3 November 2026.", the sentence that says it was done. "Will anyone lose their job?" of minutes is "No
redundancies are proposed." (said in the word the question is searched as, not declined); "will I get paid for
the extra travel?" shows the question the minutes report with the answer given to it, in one paragraph.
Documents are made in tests/documents.py.
"""

from __future__ import annotations

import pytest
from documents import (
    asked_of,
    depot_move_minutes_docx,
    indexed_alone,
    lead,
    leads_with,
    rota_tool_dpia_docx,
)

from assistant.settings import Settings


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    root = tmp_path_factory.mktemp("headings")
    return indexed_alone(root, [rota_tool_dpia_docx(root / "dpia.docx"), depot_move_minutes_docx(root / "minutes.docx")])


def test_a_list_of_names_is_shown_after_its_heading(docs: Settings) -> None:
    leads_with(docs, "will the rota tool use my sickness record?", "dpia",
               "Personal data used: Names, contracted hours, availability, training records and sickness absence dates.")


def test_a_verbless_answer_is_shown_with_what_it_is(docs: Settings) -> None:
    leads_with(docs, "what is the lawful basis?", "dpia", "Lawful basis: Legitimate interests", "rep")


def test_a_sentence_with_a_verb_stands_as_it_is(docs: Settings) -> None:
    leads_with(docs, "how long are the rotas kept?", "dpia", "Rota suggestions are kept for 12 months")


def test_no_redundancies_answers_whether_anyone_loses_their_job(docs: Settings) -> None:
    leads_with(docs, "will anyone lose their job?", "minutes", "No redundancies are proposed.")


def test_a_reported_question_is_shown_with_its_answer(docs: Settings) -> None:
    answer = asked_of(docs, "will I get paid for the extra travel?", "minutes")
    assert not answer.abstained, answer.answer
    first = answer.answer.split("\n")[0]
    assert "S. Price confirmed that staff will get excess travel payments" in first, answer.answer
    assert lead(answer).startswith(("A. Hughes asked about extra travel costs.", "S. Price confirmed")), answer.answer


def test_whether_it_was_done_is_the_sentence_that_says_it_was(docs: Settings) -> None:
    # (not "The unions asked for an annual review…", which names the unions and is likelier for it)
    leads_with(docs, "were the unions consulted?", "dpia", "UNISON and GMB were consulted on 3 November 2026.", "rep")
