"""The eval metrics on small hand-made cases whose answers are known."""

from __future__ import annotations

import math

import pytest

from evals.dataset import EvalItem
from evals.metrics import (
    Score,
    bootstrap_ci,
    citation_counts,
    contains_evidence,
    hit_at,
    key_point_hits,
    mrr_at,
    ndcg_at,
    question_scores,
    recall_at,
    relevance,
    summarise,
)

EVIDENCE = "Employers consult trade unions at an early stage over any proposed introduction of digitalisation"


def test_a_passage_holding_the_evidence_is_relevant_whatever_the_typesetting() -> None:
    passage = "The steps:\n1.  Employers  consult trade unions at an early stage\nover any proposed introduction of digitalisation."
    assert contains_evidence(passage, EVIDENCE)
    assert contains_evidence("He said “it’s fine”.", 'he said "it\'s fine"')
    assert not contains_evidence("Employers inform trade unions later.", EVIDENCE)


def test_evidence_split_across_a_chunk_boundary_counts_on_both_sides() -> None:
    first = "Intro text. Employers consult trade unions at an early stage"  # ends with the evidence's start
    second = "over any proposed introduction of digitalisation. Next point."  # starts with its end
    assert contains_evidence(first, EVIDENCE)
    assert contains_evidence(second, EVIDENCE)
    # A short shared fragment at the edge is not enough.
    assert not contains_evidence("Something else entirely. Employers", EVIDENCE)
    # The fragment has to sit at the boundary, not anywhere in the passage.
    assert not contains_evidence("Employers consult trade unions at an early stage, but later less so.", EVIDENCE + " in the workplace")


def test_a_passage_inside_a_long_evidence_string_is_relevant() -> None:
    long_evidence = "A " * 10 + "the middle sentence of a long quoted paragraph that spans chunks" + " B" * 10
    assert contains_evidence("the middle sentence of a long quoted paragraph that spans chunks", long_evidence)


def test_recall_mrr_and_hits_on_a_toy_ranking() -> None:
    evidence = ["alpha fact", "beta fact"]
    ranking = ["noise", "the alpha fact is here", "noise", "beta fact too", "noise"]
    rel = relevance(ranking, evidence)
    assert rel == [set(), {0}, set(), {1}, set()]
    assert recall_at(rel, 2, 1) == 0.0
    assert recall_at(rel, 2, 3) == 0.5
    assert recall_at(rel, 2, 5) == 1.0
    assert hit_at(rel, 1) == 0.0 and hit_at(rel, 2) == 1.0
    assert mrr_at(rel, 10) == 0.5
    assert mrr_at([set(), set()], 10) == 0.0


def test_ndcg_is_one_for_a_perfect_ranking_and_matches_the_formula_otherwise() -> None:
    assert ndcg_at([{0}, {1}, set()], 2) == pytest.approx(1.0)
    # Relevant at ranks 2 and 4, two evidence strings: DCG = 1/log2(3) + 1/log2(5); IDCG = 1 + 1/log2(3).
    got = ndcg_at([set(), {0}, set(), {1}], 2)
    want = (1 / math.log2(3) + 1 / math.log2(5)) / (1 + 1 / math.log2(3))
    assert got == pytest.approx(want)
    assert ndcg_at([set(), set()], 1) == 0.0


def test_key_points_need_one_alternative_each_and_ignore_markup_and_case() -> None:
    answer = "Staff must get **Early Notice** [1] and training [2]."
    assert key_point_hits(answer, [["early notice"], ["training", "development"], ["impact assessment"]]) == 2


def _entails(statement: str, passage: str) -> bool:
    # Toy entailment: every word of the statement but "and" appears in the passage.
    return set(statement.lower().replace(".", " ").split()) - {"and"} <= set(passage.lower().split())


def test_citation_recall_and_precision_follow_alce() -> None:
    passages = {1: "cats purr", 2: "dogs bark", 3: "birds sing"}
    answer = "\n".join(
        [
            "Cats purr [1].",  # supported, precise citation
            "Dogs bark [2][3].",  # supported by [2]; [3] is irrelevant
            "Cats purr and dogs bark [1][2].",  # needs both: each citation is needed, so precise
            "Fish swim [3].",  # unsupported
            "Birds sing.",  # no citation: unsupported
            "Fixed framing text that states nothing.",
        ]
    )
    counts = citation_counts(answer, passages, entails=_entails, framing="fixed framing text that states nothing.")
    assert counts.framing == 1
    assert counts.statements == 5
    assert counts.supported == 3  # recall 3/5
    assert counts.citations == 6
    assert counts.precise == 4  # [1]; [2]; [1] and [2] of the joint statement; not [3] twice


def test_bootstrap_interval_contains_the_mean_and_is_degenerate_for_constant_scores() -> None:
    scores = [Score(float(i % 3 == 0), 1.0) for i in range(60)]
    mean = sum(s.num for s in scores) / len(scores)
    lo, hi = bootstrap_ci(scores)
    assert lo <= mean <= hi and lo < hi
    assert bootstrap_ci([Score(1.0, 1.0)] * 10) == (1.0, 1.0)
    assert bootstrap_ci([Score(0.0, 0.0)]) is None


def _item(answerable: bool, **kw) -> EvalItem:
    return EvalItem(id="q", question="q?", answerable=answerable, **kw)


def _answer(text: str, abstained: bool, passages: list[str]) -> dict:
    return {
        "answer": text,
        "abstained": abstained,
        "citations": [{"n": 1, "passage": passages[0]}] if passages and not abstained else [],
        "passages": [{"text": p} for p in passages],
    }


def test_abstention_scores_count_only_the_questions_they_apply_to() -> None:
    answerable = _item(True, evidence=("dogs bark",), key_points=(("bark",),))
    unanswerable = _item(False)
    rows = [
        question_scores(answerable, _answer("Dogs bark [1].", False, ["dogs bark"]), 100.0),
        question_scores(answerable, _answer("I can't say.", True, ["dogs bark"]), 200.0),
        question_scores(unanswerable, _answer("I can't say.", True, []), 300.0),
        question_scores(unanswerable, _answer("Cats purr [1].", False, ["cats purr"]), 400.0),
        question_scores(unanswerable, _answer("I can't say.", True, []), 500.0),
    ]
    summary = summarise(rows, with_ci=False)
    assert summary["false_refusal_rate"]["value"] == pytest.approx(1 / 2)
    assert summary["refusal_recall"]["value"] == pytest.approx(2 / 3)
    assert summary["key_point_coverage"]["value"] == pytest.approx(1 / 2)  # the abstention covers nothing
    assert summary["recall@5"]["value"] == 1.0 and summary["recall@5"]["n"] == 2
    assert summary["latency_ms"]["p50"] == 300.0
