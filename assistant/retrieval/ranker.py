"""The fitted passage ranker: re-orders the fused candidates by P(holds the answer).

Reciprocal rank fusion weighs the dense and BM25 rankings by hand. The ranker
instead reads, for each of the first `CANDIDATES` fused chunks, what both
retrievers, the sentence embeddings and the word vectors say about it
(`FEATURES`; the word vectors match "shared verbally" to a clause that says
"disclosed orally", which BM25 can't and a whole-chunk embedding blurs), and a
logistic model fitted on data gives the order: `python -m evals.fit_ranker`
labels every candidate of every dev-set and outside-set question by whether it
holds one of the question's evidence strings, fits with 5-fold cross-validation
grouped by document, and writes `ranker.json` beside this file. No weight here
is set by hand.

The features are about how a chunk matches the question, never about which
document it is in, so the model carries over to documents it never saw.

Left out: a cross-encoder (none can be had offline here) and a non-linear model
(a few hundred questions support a linear one, whose weights can be read).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np

from assistant.fitted import Logistic
from assistant.text.lexical import content_terms

WEIGHTS_FILE = Path(__file__).with_name("ranker.json")
CANDIDATES = 30  # fused chunks the ranker re-orders; the rest keep their fused order after them

FEATURES: tuple[str, ...] = (
    "fused",  # fused RRF score / the best candidate's
    "fused_rank",  # 1 / (1 + rank in the fused order)
    "dense",  # cosine similarity to the question as asked
    "dense_best_form",  # the best over the searched forms of the question
    "dense_gap",  # dense − the best candidate's dense
    "dense_rank",  # 1 / (1 + rank in the as-asked dense run), 0 when not in it
    "lexical",  # BM25 of the question as asked / the best candidate's
    "lexical_best_form",  # the same, best over forms
    "lexical_rank",  # 1 / (1 + rank in the as-asked BM25 run), 0 when not in it
    "sentence",  # best similarity of one of the chunk's sentences to any form
    "sentence_gap",  # sentence − the best candidate's sentence
    "sentence_top2",  # mean of the chunk's two best sentences (as asked)
    "overlap",  # idf-weighted share of the question's terms in the chunk text
    "overlap_heading",  # the same in the chunk's title and section
    "length",  # log of the chunk's length in hundreds of characters
    "rarest_hit",  # the chunk holds the question's rarest term (highest idf)
    "bigrams",  # share of the question's adjacent term pairs found adjacent in the chunk
    "neighbour_sentence",  # best sentence similarity of the chunks just before and after
    "near_terms",  # idf-weighted mean over the question's words of the closest word in the chunk (word vectors)
    "near_terms_gap",  # near_terms − the best candidate's
)


@dataclass(frozen=True)
class Candidate:
    """What the retrievers said about one fused chunk (inputs of `features`)."""

    text: str
    heading: str  # document title and section
    fused: float
    dense_forms: Sequence[float]  # similarity to each searched form, as asked first
    lexical_forms: Sequence[float]  # BM25 per form (0 when not in that run)
    dense_rank: int | None
    lexical_rank: int | None
    sentences: Sequence[float]  # each sentence's best similarity over the forms
    sentences_asked: Sequence[float]  # each sentence's similarity to the question as asked
    neighbour_sentence: float = 0.0  # best sentence similarity in the chunks either side
    near: Mapping[str, float] = field(default_factory=dict)  # question word → its closest word here (`word_vectors.near_words`)


def features(question: str, cands: Sequence[Candidate], idf: Callable[[str], float] | None) -> np.ndarray:
    """One row of `FEATURES` per candidate, in the order given (the fused order)."""
    if not cands:
        return np.zeros((0, len(FEATURES)), dtype=np.float32)
    q_terms = content_terms(question)
    terms = set(q_terms)
    weight = {t: (idf(t) if idf else 1.0) for t in terms}
    rarest = max(terms, key=lambda t: (weight[t], t)) if terms else None
    q_pairs = set(zip(q_terms, q_terms[1:], strict=False))
    total = sum(weight.values()) or 1.0
    top_fused = max(c.fused for c in cands) or 1.0
    forms = max(len(c.lexical_forms) for c in cands)
    top_lex = [max((c.lexical_forms[i] for c in cands if i < len(c.lexical_forms)), default=0.0) or 1.0 for i in range(forms)]
    dense = [c.dense_forms[0] for c in cands]
    sent = [max(c.sentences, default=0.0) for c in cands]

    def near_terms(near: Mapping[str, float]) -> float:
        weights = {w: weight.get(s[0], 1.0) for w in near if (s := content_terms(w))}
        total = sum(weights.values())
        return sum(weights[w] * near[w] for w in weights) / total if total else 0.0

    near = [near_terms(c.near) for c in cands]
    rows = []
    for rank, c in enumerate(cands):
        c_terms = content_terms(c.text)
        have = set(c_terms)
        pairs = set(zip(c_terms, c_terms[1:], strict=False))
        head = set(content_terms(c.heading))
        two = sorted(c.sentences_asked, reverse=True)[:2]
        rows.append(
            [
                c.fused / top_fused,
                1.0 / (1 + rank),
                c.dense_forms[0],
                max(c.dense_forms),
                c.dense_forms[0] - max(dense),
                1.0 / (1 + c.dense_rank) if c.dense_rank is not None else 0.0,
                c.lexical_forms[0] / top_lex[0] if c.lexical_forms else 0.0,
                max((v / top_lex[i] for i, v in enumerate(c.lexical_forms)), default=0.0),
                1.0 / (1 + c.lexical_rank) if c.lexical_rank is not None else 0.0,
                sent[rank],
                sent[rank] - max(sent),
                float(np.mean(two)) if two else 0.0,
                sum(weight[t] for t in terms & have) / total,
                sum(weight[t] for t in terms & head) / total,
                math.log1p(len(c.text) / 100),
                1.0 if rarest in have else 0.0,
                len(q_pairs & pairs) / len(q_pairs) if q_pairs else 0.0,
                c.neighbour_sentence,
                near[rank],
                near[rank] - max(near),
            ]
        )
    return np.asarray(rows, dtype=np.float32)


@lru_cache(maxsize=1)
def get_ranker() -> Logistic | None:
    """The fitted ranker, or None before one has been fitted (fused order is used)."""
    if not WEIGHTS_FILE.exists():
        return None
    return Logistic.load(WEIGHTS_FILE, FEATURES, "python -m evals.fit_ranker")
