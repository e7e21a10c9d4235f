"""The fitted passage ranker: what it reads, and that it puts the passage that
answers first without leaving the documents the user chose."""

from __future__ import annotations

from dataclasses import replace

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


def test_a_clause_in_other_words_is_near_the_question_by_word_vectors(kb) -> None:
    """Plain words asked of legal ones: "verbally" of a clause that says "orally",
    "edit" of one that says "amend". BM25 sees no match at all; the word vectors
    see a near one."""
    from assistant.store.word_vectors import near_words

    question = "Does information shared verbally count, and can I edit it?"
    orally = "Information disclosed orally counts as Confidential Information."
    amend = "You may ask us to amend your records."
    canteen = "The canteen opens at eight and closes at four on weekdays."
    near_orally, near_amend, near_canteen = near_words(kb.word_vectors, question, [orally, amend, canteen])
    assert near_orally["information"] == 1.0  # the word itself
    assert near_orally["verbally"] > near_canteen["verbally"] + 0.2
    assert near_amend["edit"] > near_canteen["edit"] + 0.1
    assert near_words(kb.word_vectors, "the of and", [orally]) == [{}]  # no words of its own: nothing to match


def test_of_two_candidates_alike_in_every_other_way_the_one_in_near_words_ranks_first() -> None:
    question = "Can they share my data with other companies?"
    cands = [
        _cand("The canteen opens at eight and closes at four on weekdays.", 0.4, 0.45, 0.0, 1.0),
        _cand("We may disclose your personal data to organisations that provide services to us.", 0.4, 0.45, 0.0, 1.0),
    ]
    cands[0] = replace(cands[0], near={"share": 0.35, "data": 0.3, "companies": 0.3})
    cands[1] = replace(cands[1], near={"share": 0.7, "data": 1.0, "companies": 0.6})
    ranker = get_ranker()
    assert ranker is not None
    scores = ranker.probabilities(features(question, cands, None))
    assert scores[1] > scores[0]


def test_the_word_vector_cache_is_bounded_and_still_answers() -> None:
    from assistant.store.word_vectors import WordVectors

    class Counting:  # a stand-in model: the test is about the cache, not the vectors
        dim = 4
        calls = 0

        def embed(self, texts: list[str], batch_size: int = 64) -> np.ndarray:
            Counting.calls += 1
            return np.asarray([[len(t), 1.0, 0.0, 0.0] for t in texts], dtype=np.float32)

    vectors = WordVectors(Counting(), limit=5)  # type: ignore[arg-type]
    assert set(vectors.add(["share", "disclose", "share"])) == {"share", "disclose"} and len(vectors) == 2
    assert vectors.add(["share"]) == {} and Counting.calls == 1  # cached: no second embedding
    got = vectors.matrix(["alpha", "beta", "gamma", "delta"])  # only three find room
    assert got.shape == (4, 4) and len(vectors) == 5
    assert [got[i, 0] for i in range(4)] == [5.0, 4.0, 5.0, 5.0]  # each word's own vector, kept or not
    calls = Counting.calls
    vectors.matrix(["share", "disclose", "alpha"])
    assert Counting.calls == calls  # the words kept are never embedded again
    assert set(vectors.add(["share", "delta"])) == {"delta"}  # the one with no room is embedded each time
