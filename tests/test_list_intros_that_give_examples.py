"""A list introduced by a sentence that gives an example of the one before it.

What a user sees: asked "how many free online courses did the union offer?", the answer opens with the
list's own intro, "For example, by moving to digital solutions the union has been able to:", and its
items; not with the sentence before ("Trade unions have adapted their approach…"), which the intro
gives an example of but does not need to be read. An intro that points back by more than its opener
("For example, they have been able to:") is still shown from the sentence before, which says who
"they" are.
"""

from __future__ import annotations

from assistant.answer.statements import statements
from assistant.answer.units import Block, Unit
from assistant.models import Passage

BEFORE = "Trade unions have adapted their approach to delivering learning since the pandemic."
ITEMS = ["- Make available a Covid-19 e-learning course to the care workforce.",
         "- Make available 63 self-guided job specific online courses to the care workforce."]


def _lead(intro: str) -> Block:
    text = "\n".join([f"{BEFORE} {intro}", *ITEMS])
    p = Passage(doc_id="report", text=text, ordinal=0, score=1.0, start=0, end=len(text), chunk_id="report#0")
    units, at = [], 0
    for i, line in enumerate(text.split("\n")):
        units.append(Unit(0, p, i, at, at + len(line), line, is_item=line.startswith("- ")))
        at += len(line) + 1
    return Block(units, prob=0.8)


def test_an_intro_that_gives_an_example_stands_without_the_sentence_before() -> None:
    head, _points = statements(_lead("For example, by moving to digital solutions the union has been able to:"), [],
                               question="How many free online courses did the union offer?")
    assert head.text == "For example, by moving to digital solutions the union has been able to:", head.text
    assert [c.text for c in head.children][1].startswith("Make available 63")


def test_an_intro_that_points_back_otherwise_keeps_the_sentence_before() -> None:
    head, _points = statements(_lead("For example, they have been able to:"), [], question="How many free online courses did the union offer?")
    assert head.text.startswith(BEFORE), head.text
