"""A long list is read by its items' own sentences.

What a user sees: asked "what digital actions are in the strategy?", the answer gives the intro and each
action in its own words, one line each ("Implement a requirement for all digital transformation projects
to include an organisational development plan."), so that the last action is within what a reader sees
first; the sentences that only say more about an item ("This will require the development of…") are
left to the Sources panel. A sentence that narrows its item (an exception, a condition, a "not") stays
with it, and a short list is shown as it is.
"""

from __future__ import annotations

from assistant.answer.statements import LIST_READ, statements
from assistant.answer.units import Block, Unit
from assistant.models import Passage

INTRO = "The strategy recommended three digital actions. These were:"
ACTIONS = [
    ("- Implement a programme focused on the digital literacy and confidence of the wider health and social care workforce.",
     "This will require the development of a digital capabilities framework, undertaken in partnership with staff organisations."),
    ("- Implement a requirement for all digital transformation projects to include a clear organisational development plan.",
     "This will require organisational development plans that deliver the cultural change needed when integrating services."),
    ("- Commission consistent digital aspects as part of all undergraduate curricula for health and social care professionals.",
     "This will align with the previous action so that there is one consistent approach to digital capabilities for learners."),
]
QUESTION = "What digital actions are in the strategy?"


def _list(actions: list[tuple[str, str]]) -> Block:
    """The intro and each item with its further sentence on the same line (a unit marked `cont`)."""
    lines = [INTRO, *(f"{first} {more}" for first, more in actions)]
    text = "\n".join(lines)
    p = Passage(doc_id="strategy", text=text, ordinal=0, score=1.0, start=0, end=len(text), chunk_id="strategy#0")
    units = [Unit(0, p, 0, 0, len(INTRO), INTRO, is_item=False)]
    at = len(INTRO) + 1
    for first, more in actions:
        units.append(Unit(0, p, len(units), at, at + len(first), first, is_item=True))
        at += len(first) + 1
        units.append(Unit(0, p, len(units), at, at + len(more), more, is_item=False, cont=True))
        at += len(more) + 1
    return Block(units, prob=0.8)


def test_each_item_of_a_long_list_is_shown_by_its_own_sentence() -> None:
    assert sum(len(a) + len(b) for a, b in ACTIONS) > LIST_READ  # (the list is long)
    head, _points = statements(_list(ACTIONS), [], question=QUESTION)
    assert [c.text for c in head.children] == [first.removeprefix("- ") for first, _more in ACTIONS]
    assert all(not c.more for c in head.children)


def test_a_sentence_that_narrows_its_item_stays_with_it() -> None:
    narrowed = [*ACTIONS[:2], (ACTIONS[2][0], "This does not apply to courses that are already accredited by a professional body.")]
    head, _points = statements(_list(narrowed), [], question=QUESTION)
    assert [m.text for m in head.children[2].more] == [narrowed[2][1]]
    assert not head.children[0].more


def test_a_short_list_keeps_what_each_item_says() -> None:
    short = [("- Train staff.", "This will start in May."), ("- Review the rota.", "This will be done yearly.")]
    head, _points = statements(_list(short), [], question=QUESTION)
    assert [[m.text for m in c.more] for c in head.children] == [["This will start in May."], ["This will be done yearly."]]
