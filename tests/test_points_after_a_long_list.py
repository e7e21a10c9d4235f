"""Which points follow the lead when the next most likely block is a list too long for the answer.

What a user sees: asked "can they use the information for anything else?" of an agreement whose
clause 3 lists six duties ("a. … f."), a worker's answer (the lead and at most 3 points) used to stop at
that list: too long to show, it went under "More from the documents" and took every point after it
with it, so the one duty that answers ("e. To use such information only for the pilot…") was not shown.
Now that item is a point, and nothing less likely than the list follows it; the list goes to "more"
only when none of its items is shown.
"""

from __future__ import annotations

from assistant.answer.select import choose
from assistant.answer.units import Block, Unit
from assistant.models import Passage

TEXT = (
    "6. Nothing in this agreement obliges either party to do business with the other.\n"
    "a. To hold all Confidential Information in confidence.\n"
    "b. To limit access to it to staff who need it for the pilot.\n"
    "c. To tell its staff about these terms.\n"
    "d. To keep it secure.\n"
    "e. To use such information only for the pilot and for no other purpose.\n"
    "f. To return it when the pilot ends.\n"
    "7. This agreement is governed by the law of England and Wales."
)


def _units() -> list[Unit]:
    p = Passage(doc_id="nda", title="Pilot NDA", text=TEXT, ordinal=0, score=1.0, start=0, end=len(TEXT), chunk_id="nda#0000")
    out, at = [], 0
    for i, line in enumerate(TEXT.split("\n")):
        out.append(Unit(0, p, i, at, at + len(line), line, is_item=line[:2] in {"a.", "b.", "c.", "d.", "e.", "f."}))
        at += len(line) + 1
    return out


ITEM_PROBS = (0.09, 0.27, 0.1, 0.15, 0.46, 0.24)


def _choose(item_probs: tuple[float, ...] = ITEM_PROBS) -> tuple[Block | None, list[Block], list[Block]]:
    units = _units()
    lead = Block([units[0]], prob=0.61)
    duties = Block(units[1:7], prob=0.47)
    items = [Block([u], prob=p, part_of_list=True) for u, p in zip(units[1:7], item_probs, strict=True)]
    law = Block([units[7]], prob=0.2)
    return choose([lead, duties, *items, law], budget=3, point_min=0.05, point_ratio=0.25)


def test_the_item_that_answers_is_a_point_though_its_list_is_too_long_to_show() -> None:
    lead, points, more = _choose()
    assert lead is not None and lead.units[0].text.startswith("6. Nothing")
    shown = [b.units[-1].text for b in points]
    assert shown[0].startswith("e. To use such information only for the pilot"), shown
    # (only the list's own items follow it: not clause 7, less likely than the list)
    assert not any(t.startswith("7.") for t in shown), shown
    assert any(b.units[0].text.startswith("7.") for b in more)


def test_a_list_none_of_whose_items_is_likely_enough_goes_to_more_whole() -> None:
    lead, points, more = _choose(item_probs=(0.09, 0.1, 0.1, 0.1, 0.12, 0.1))
    assert points == [], [b.units[0].text for b in points]
    assert any(len(b.units) == 6 for b in more), [b.units[0].text for b in more]
