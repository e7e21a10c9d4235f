"""The fitted passage ranker: what it reads, and that it puts the passage that
answers first without leaving the documents the user chose."""

from __future__ import annotations

import numpy as np

from assistant.retrieval.ranker import FEATURES, Candidate, features, get_ranker
from assistant.retrieval.retrieve import Filters, retrieve


def _cand(text: str, dense: float, sentence: float, lexical: float, fused: float) -> Candidate:
    return Candidate(
        text=text, heading="Policy", fused=fused, dense_forms=[dense, dense], lexical_forms=[lexical, lexical],
        dense_rank=None, lexical_rank=None, sentences=[sentence], sentences_asked=[sentence],
    )


def test_the_shipped_weights_match_the_features_the_code_computes() -> None:
    ranker = get_ranker()
    assert ranker is not None, "assistant/retrieval/ranker.json is missing: run python -m evals.fit_ranker"
    assert len(ranker.weights) == len(FEATURES)


def test_a_passage_that_matches_in_words_and_meaning_outranks_one_that_only_came_first() -> None:
    question = "How long is location data from a work phone kept?"
    cands = [
        _cand("The canteen opens at eight and closes at four on weekdays.", 0.21, 0.25, 0.0, 1.0),
        _cand("Location data from a work phone is deleted after 30 days.", 0.62, 0.71, 9.0, 0.8),
    ]
    x = features(question, cands, None)
    assert x.shape == (2, len(FEATURES))
    ranker = get_ranker()
    assert ranker is not None
    scores = ranker.probabilities(x)
    assert scores[1] > scores[0]


def test_ranked_retrieval_keeps_to_the_chosen_documents_and_orders_by_score(kb, corpus_settings) -> None:
    doc = "wales-tuc-new-digital-technology-welsh-public-sector"
    found = retrieve(kb, "what must happen before an AI tool is introduced?", corpus_settings, Filters(doc_ids=(doc,)))
    assert found.passages and {p.doc_id for p in found.passages} == {doc}
    ranked = [p.score for p in found.passages if p.neighbour_of is None]
    assert ranked == sorted(ranked, reverse=True)
    fused = retrieve(kb, "what must happen before an AI tool is introduced?", corpus_settings.model_copy(update={"rank": False}), Filters(doc_ids=(doc,)))
    assert {p.doc_id for p in fused.passages} == {doc}
    assert not np.isclose(found.passages[0].score, fused.passages[0].score), "the ranker's probability is the score"
