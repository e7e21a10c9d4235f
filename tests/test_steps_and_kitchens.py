"""Questions asked of a how-to document that has no sections (its title, "How to claim expenses", says
what it is) and of an office kitchen's dos and don'ts, the way workers type them.

What a user sees: "how do I claim expenses?" gets the steps from the first, in order, not the step
that shares the most words with the question; "who do I tell if the microwave is broken?" is answered
by "Report a broken appliance to Facilities" (a team by its name, which answers "who"), not declined
for want of a name; "can I bring my own toaster?" by the "Don't" alone, not paired with the "Do" beside it
in its row. Documents are made in tests/documents.py.
"""

from __future__ import annotations

import pytest
from documents import expense_steps_md, indexed_alone, kitchen_rules_html, leads_with

from assistant.settings import Settings


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    root = tmp_path_factory.mktemp("steps")
    return indexed_alone(root, [expense_steps_md(root / "expenses.md"), kitchen_rules_html(root / "kitchen.html")])


def test_a_how_to_document_is_read_from_its_first_step(docs: Settings) -> None:
    answer = leads_with(docs, "how do I claim expenses?", "expenses", 'Step 1: Log in to MyView and choose "New claim".')
    places = [answer.answer.find(f"Step {n}:") for n in (1, 2, 3, 4)]
    assert -1 not in places and places == sorted(places), answer.answer


def test_a_team_by_its_name_answers_who_to_tell(docs: Settings) -> None:
    answer = leads_with(docs, "who do I tell if the microwave is broken?", "kitchen", "Do: Report a broken appliance to Facilities")
    assert "Facilities" in answer.answer


def test_a_dont_is_shown_without_the_do_beside_it(docs: Settings) -> None:
    answer = leads_with(docs, "can I bring my own toaster?", "kitchen", "Don't: Bring in your own kettle or toaster")
    assert "Report a broken appliance" not in answer.answer.split("\n")[0], answer.answer
