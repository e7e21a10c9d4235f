"""What a reader sees of an answer: its lead, its first 600 characters, and how
many of its statements bear on the question."""

from __future__ import annotations

from evals.dataset import EvalItem
from evals.metrics import bears_on, first_screen, lead_text, question_scores

LIST_LED = (
    "When employers plan to introduce a new technology the following steps take place: [1]\n\n"
    "- Employers consult trade unions at an early stage [1]\n"
    "- Training and development is made available [1]\n\n"
    "Offices outside of Cardiff received the kit first. [2]\n"
)


def test_a_list_intro_leads_together_with_its_list() -> None:
    lead = lead_text(LIST_LED, framing="")
    assert "early stage" in lead and "Training" in lead
    assert "Cardiff" not in lead


def test_a_sentence_lead_is_the_first_sentence_alone() -> None:
    md = "Over 20 ideas were suggested. [1] The robot was built in house. [1]"
    assert lead_text(md, framing="") == "Over 20 ideas were suggested."


def test_the_first_screen_leaves_out_citation_markers_and_markup() -> None:
    md = "**Points** [1] " + "word " * 300
    seen = first_screen(md, 50)
    assert "[1]" not in seen and "**" not in seen and len(seen) == 50


def test_a_statement_bears_on_the_question_by_key_point_or_evidence() -> None:
    assert bears_on("Unions are consulted at an early stage.", [["early stage"]], [])
    assert bears_on("Training and development is made available", [], ["Training and development is made available"])
    assert not bears_on("Offices outside of Cardiff received the kit first.", [["early stage"]], ["Training is made available"])


def _item(**kw) -> EvalItem:  # noqa: ANN003
    base = dict(id="t-1", question="q?", persona="worker", answerable=True, evidence=[], key_points=[["early stage"]])
    base.update(kw)
    return EvalItem(**base)


def test_the_lead_hit_needs_the_key_point_in_the_lead_not_later() -> None:
    late = {"answer": "Offices outside of Cardiff received the kit first. [1] Unions are consulted at an early stage. [1]", "abstained": False, "citations": [], "passages": []}
    early = {"answer": "Unions are consulted at an early stage. [1] Offices got kit. [1]", "abstained": False, "citations": [], "passages": []}
    assert question_scores(_item(), late, 1.0)["lead_hit"].num == 0.0
    assert question_scores(_item(), early, 1.0)["lead_hit"].num == 1.0
    assert question_scores(_item(), late, 1.0)["key_point_coverage"].num == 1.0


def test_coverage_within_600_characters_misses_a_point_made_late() -> None:
    late = {"answer": "Filler sentence about other things. " * 20 + "Unions are consulted at an early stage. [1]", "abstained": False, "citations": [], "passages": []}
    s = question_scores(_item(), late, 1.0)
    assert s["key_point_coverage"].num == 1.0 and s["coverage@600"].num == 0.0
