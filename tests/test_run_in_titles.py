"""A clause's title run into its first sentence is shown as the clause's label.

What a user sees: asked "do any of the obligations continue after the agreement ends?" of an agreement whose clause
reads "Survival. The restrictions and obligations of this Agreement shall continue…", the answer opens "Survival: The
restrictions and obligations… shall continue…", one statement, not a one-word sentence "Survival." before it. An
abbreviation ("Mr. Smith") and a one-word reply ("Yes. The council…") stay as they are.
"""

from __future__ import annotations

import pytest

from assistant.answer.statements import statements
from assistant.answer.units import Block, Unit
from assistant.models import Passage


def _said(text: str) -> str:
    p = Passage(doc_id="nda", text=text, ordinal=0, score=1.0, start=0, end=len(text), chunk_id="nda#0")
    head, _points = statements(Block([Unit(0, p, 0, 0, len(text), text, is_item=False)], prob=0.8), [])
    return head.text


def test_a_run_in_title_is_shown_as_the_clauses_label() -> None:
    assert _said("Survival. The restrictions and obligations of this Agreement shall continue for five years.") == (
        "Survival: The restrictions and obligations of this Agreement shall continue for five years.")
    assert _said("Return of Materials. Upon request, the Recipient shall return all documents.").startswith("Return of Materials: Upon")


@pytest.mark.parametrize("text", [
    "Mr. Smith will attend the consultation meeting on Monday.",
    "Yes. The council will pay for the training in full.",
    "The council pays for the course. Then the funding stops.",
])
def test_an_abbreviation_a_reply_or_a_sentence_is_not_a_title(text: str) -> None:
    assert _said(text) == text
