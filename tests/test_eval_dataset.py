"""The dev question set is well-formed and its evidence really is in the corpus.

Every evidence string must occur, after normalising whitespace, quotes, dashes
and case, in the raw text of a knowledge/ file or in its cleaned text; a typo in
the set would otherwise quietly lower every retrieval score.
"""

from __future__ import annotations

import json
from collections import Counter

import pytest

from assistant.models import PERSONAS
from assistant.settings import REPO_ROOT
from evals.dataset import (
    DEFAULT_DATASET,
    DatasetError,
    corpus_texts,
    evidence_warnings,
    load_dataset,
    normalise,
    parse_items,
)

KINDS = {
    "fact", "list", "multi-hop", "paraphrase", "numeric", "case-study", "near-miss", "out-of-scope",
    "typed", "follow-up", "out-of-scope-shared-word",
}


@pytest.fixture(scope="module")
def corpus() -> list[str]:
    return corpus_texts(REPO_ROOT / "knowledge")


@pytest.fixture(scope="module")
def dev():
    return load_dataset(DEFAULT_DATASET)


def test_every_evidence_string_occurs_in_the_corpus(dev, corpus) -> None:
    haystacks = [normalise(t) for t in corpus]
    missing = [
        f"{item.id}: {ev[:60]!r}"
        for item in dev.items
        for ev in item.evidence
        if not any(normalise(ev) in h for h in haystacks)
    ]
    assert not missing, "evidence not found in knowledge/:\n" + "\n".join(missing)


def test_each_line_has_the_documented_fields() -> None:
    required = {"id", "question", "persona", "answerable", "evidence", "key_points", "kind"}
    for n, line in enumerate(DEFAULT_DATASET.read_text(encoding="utf-8").splitlines(), 1):
        row = json.loads(line)
        assert required <= set(row), f"line {n} lacks {required - set(row)}"
        assert isinstance(row["answerable"], bool), f"line {n}: answerable must be true/false"
        assert all(isinstance(e, str) and e.strip() for e in row["evidence"]), f"line {n}: evidence"
        assert all(isinstance(g, list) and g and all(isinstance(a, str) for a in g) for g in row["key_points"]), f"line {n}: key_points"


def test_the_set_covers_documents_personas_kinds_and_unanswerables(dev) -> None:
    assert len(dev.items) >= 60
    assert len({i.id for i in dev.items}) == len(dev.items)
    assert {i.persona for i in dev.items} == set(PERSONAS)
    assert {i.kind for i in dev.items} <= KINDS
    kinds = Counter(i.kind for i in dev.items)
    assert all(kinds[k] >= 1 for k in KINDS - {"near-miss", "out-of-scope"}), kinds
    assert kinds["near-miss"] >= 6 and kinds["out-of-scope"] >= 6
    # Questions typed the way people type, conversations, and out-of-scope
    # questions that share a word with the corpus ("the weather in Cardiff").
    assert kinds["typed"] >= 30 and kinds["follow-up"] >= 12 and kinds["out-of-scope-shared-word"] >= 10
    assert len({i.doc_id for i in dev.answerable}) >= 5
    for item in dev.items:
        if item.answerable:
            assert item.evidence and item.key_points, item.id
        else:
            assert not item.evidence, item.id


def test_other_sets_may_carry_extra_fields_and_differently_typeset_evidence(corpus) -> None:
    # Curly quotes and a line break where the source has straight quotes and a space.
    line = json.dumps(
        {
            "id": 1,
            "question": "What did staff call the robot?",
            "persona": "worker",
            "answerable": True,
            "evidence": ["have even named it \u2018George\u2019."],
            "key_points": ["george"],
            "kind": "fact",
            "difficulty": "easy",
        }
    )
    items, warnings = parse_items([line])
    assert items[0].id == "1" and items[0].model_extra == {"difficulty": "easy"}
    assert items[0].key_points == (("george",),)
    assert not warnings
    assert not evidence_warnings(items, corpus)


def test_evidence_missing_from_the_corpus_is_a_warning_not_an_error(corpus) -> None:
    line = json.dumps({"id": "x", "question": "q?", "answerable": True, "evidence": ["no such sentence anywhere"], "key_points": [["a"]]})
    items, _ = parse_items([line])
    warnings = evidence_warnings(items, corpus)
    assert len(warnings) == 1 and warnings[0].startswith("x: evidence not found")


@pytest.mark.parametrize(
    ("lines", "message"),
    [
        (["{not json"], "not valid JSON"),
        (['{"id": "a", "question": "q"}'], "answerable"),
        (['{"id": "a", "question": "q", "answerable": true}'] * 2, "duplicate id"),
        ([""], "no questions"),
    ],
)
def test_broken_sets_are_refused_with_the_line_that_is_wrong(lines, message) -> None:
    with pytest.raises(DatasetError, match=message):
        parse_items(lines, "set.jsonl")
