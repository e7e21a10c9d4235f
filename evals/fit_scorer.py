"""Fit the answer scorer's weights and thresholds: `python -m evals.fit_scorer`.

Data: every question of the dev set (built-in corpus) and of the outside
development set (NDAs and privacy notices, each question asked about its own
document; see `evals/outside.py`). For each question the real retrieval and
the composer's real candidate blocks are computed (`compose.candidates`), and
each block is labelled by the eval set's own judgement: does it carry a key
point or come from an evidence string (`metrics.bears_on`)?

Two logistic models are fitted, both with L2 regularisation on standardised
features, and both checked by 5-fold cross-validation with folds grouped by
document (outside set) and by question (dev set), so a fold never sees the
document or question it is scored on:

1. the block scorer: P(block carries the answer | `features.FEATURES`);
2. an answerability check: P(the documents answer | the question's best
   blocks and the searched documents' words, `ANSWERABLE_FEATURES`). It is
   measured and printed only, not written: cross-validated, it does not tell
   the outside set's unanswerable questions from its answerable ones well
   enough to abstain on.

Thresholds are then chosen on the out-of-fold probabilities, never on the
probabilities a model gives its own training rows:

- `point_min`, `point_ratio` and `sibling_ratio`: a supporting point is shown
  when its probability is at least `point_min` and at least `point_ratio` ×
  the lead's (`sibling_ratio` × for another item of the lead's own list);
  chosen to maximise (key-point coverage + precision of what is shown) / 2
  under the persona budgets;
- for the printed answerability figures: the largest cut-off whose
  false-refusal rate on answerable questions stays at or under 5 %.

Writes `assistant/answer/scorer.json` and prints the cross-validated figures
(top-1 hit: the best block carries a key point; AUC) for the fitted scorer
next to the previous hand-set score. Left out: tuning on the held-out questions
the project is also measured on; they are not here.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

import numpy as np

os.environ.setdefault("HF_HUB_OFFLINE", "1")

FOLDS = 5
L2 = 1.0
MAX_FALSE_REFUSAL = 0.05


@dataclass
class Question:
    id: str
    group: str  # cross-validation group: a document, or a question
    budget: int  # supporting points after the lead (framing.point_budget)
    answerable: bool
    x: np.ndarray  # (blocks, FEATURES)
    y: np.ndarray  # (blocks,) 1 when the block carries the answer
    kp: list[set[int]]  # per block: the key points it carries
    units: np.ndarray  # per block: (statements it shows, of which bear on the question)
    n_kp: int
    hand: np.ndarray  # the previous hand-set block score
    family: np.ndarray  # per block: the index of the list it is an item of, or -1
    answerability: Callable[[np.ndarray], np.ndarray]  # block probabilities → ANSWERABLE_FEATURES


def collect(dataset, settings, source: str) -> list[Question]:  # type: ignore[no-untyped-def]
    from assistant.answer.compose import candidates
    from assistant.answer.framing import persona_frames, point_budget
    from assistant.retrieval.retrieve import Filters, retrieve
    from assistant.store.knowledge_base import get_kb
    from evals.dataset import normalise
    from evals.metrics import answer_text, bears_on

    kb = get_kb(settings)
    out: list[Question] = []
    doc_terms: dict[str, frozenset[str]] = {}
    for item in dataset.items:
        if item.history:
            continue  # a follow-up's retrieval depends on the conversation
        doc_ids = (item.doc_id,) if item.doc_id else ()
        r = retrieve(kb, item.question, settings, Filters((), doc_ids), k=max(settings.top_k, 10))
        c = candidates(kb, r)
        texts = [" ".join(u.text for u in b.units) for b in c.blocks]
        unit_bears = {id(u): bears_on(u.text, item.key_points, item.evidence) for u in c.units}
        bearing = [sum(unit_bears[id(u)] for u in b.units) for b in c.blocks]
        # A block carries the answer when it holds a key point or evidence and at
        # least half of what it would show does too: a long list with the answer
        # in one item is worse than that item.
        kp_any = [any(normalise(a) in answer_text(t) for g in item.key_points for a in g) for t in texts]
        y = np.array(
            [
                (k if item.key_points else bears_on(t, item.key_points, item.evidence)) and 2 * n >= len(b.units)
                for t, n, b, k in zip(texts, bearing, c.blocks, kp_any, strict=True)
            ],
            dtype=np.float32,
        )
        kp = [
            {i for i, g in enumerate(item.key_points) if any(normalise(a) in answer_text(t) for a in g)} for t in texts
        ]
        snap = r.snapshot
        has = snap.lexical.has_term if snap is not None and snap.lexical is not None else (lambda _t: False)
        group = f"{source}:{item.doc_id}" if item.doc_id else f"{source}:{item.id}"
        out.append(
            Question(
                item.id, group, point_budget(item.persona, persona_frames(item.persona, r.question)), item.answerable, c.features, y, kp,
                np.array([[len(b.units), n] for b, n in zip(c.blocks, bearing, strict=True)], dtype=np.float32).reshape(-1, 2),
                len(item.key_points),
                np.array([b.score for b in c.blocks], dtype=np.float32),
                np.array([next((j for j, w in enumerate(c.blocks) if w is b.whole), -1) for b in c.blocks]),
                partial(  # called with the block probabilities, known only after fitting
                    question_features,
                    item.question,
                    block_rows=c.features,
                    passage_texts=[p.text for p in r.passages[:10]],
                    passage_dense=max((p.dense_similarity or 0.0 for p in r.passages[:10]), default=0.0),
                    idf=c.idf,
                    corpus_has_term=has,
                    searched_has_term=searched_terms(r, doc_terms),
                ),
            )
        )
    return out


ANSWERABLE_FEATURES: tuple[str, ...] = (
    "best_prob",
    "second_prob",
    "best_sim",
    "best_overlap",
    "best_overlap_section",
    "best_rarest_hit",
    "passage_dense",
    "vocab_share",
    "passages_share",
    "rarest_in_passages",
    "type_ok",
    "sim_peak",
    "prob_share",
    "searched_share",
    "searched_rarest",
)


def question_features(
    question: str,
    block_probs: np.ndarray,
    block_rows: np.ndarray,
    passage_texts: list[str],
    passage_dense: float,
    idf: Callable[[str], float] | None,
    corpus_has_term: Callable[[str], bool],
    searched_has_term: Callable[[str], bool] | None = None,
) -> np.ndarray:
    """One row of ANSWERABLE_FEATURES: how well the best blocks and the searched
    passages cover what the question asks about. A question about a clause the
    document does not have ("may they hire our staff?") finds blocks about the
    document's topic, but not the words of what it asks."""
    from assistant.answer.abstain import distinctive_terms
    from assistant.answer.features import FEATURES
    from assistant.text.lexical import content_terms

    weight_of = idf or (lambda _t: 1.0)
    ps = np.sort(block_probs)[::-1] if len(block_probs) else np.zeros(1)
    best = block_rows[int(np.argmax(block_probs))] if len(block_probs) else np.zeros(len(FEATURES), dtype=np.float32)
    terms = set(distinctive_terms(question))
    in_passages = set(content_terms("\n".join(passage_texts)))
    total = sum(weight_of(t) for t in terms)
    rarest = max(terms, key=weight_of) if terms else None
    col = FEATURES.index
    searched = searched_has_term or corpus_has_term
    return np.asarray(
        [
            ps[0],
            ps[1] if len(ps) > 1 else 0.0,
            best[col("sim")],
            best[col("overlap")],
            best[col("overlap_section")],
            best[col("rarest_hit")],
            passage_dense,
            (sum(corpus_has_term(t) for t in terms) / len(terms)) if terms else 1.0,
            (sum(weight_of(t) for t in terms & in_passages) / total) if total else 1.0,
            float(rarest is None or rarest in in_passages),
            1.0 - best[col("type_gap")],
            # Does one block stand out? A document that addresses the question has
            # a clause that does; one that doesn't has many that are alike.
            (best[col("sim")] - float(np.mean(np.sort(block_rows[:, col("sim")])[::-1][:10]))) if len(block_rows) else 0.0,
            (ps[0] / float(ps.sum())) if ps.sum() > 0 else 0.0,
            # In the documents searched (the ones the user chose, else all):
            # a question about a clause a document lacks uses words it lacks.
            (sum(weight_of(t) for t in terms if searched(t)) / total) if total else 1.0,
            float(rarest is None or searched(rarest)),
        ],
        dtype=np.float32,
    )


def searched_terms(retrieval, cache: dict[str, frozenset[str]]):  # type: ignore[no-untyped-def]
    """Is a term in the documents the question was asked about? None when all were searched."""
    from assistant.text.lexical import content_terms

    snap = retrieval.snapshot
    if not retrieval.doc_ids or snap is None:
        return None
    for d in retrieval.doc_ids:
        if d not in cache:
            cache[d] = frozenset(t for c in snap.chunks if c.doc_id == d for t in content_terms(c.text))
    return frozenset().union(*(cache[d] for d in retrieval.doc_ids)).__contains__


def fit_logistic(
    x: np.ndarray, y: np.ndarray, l2: float = L2, weight: np.ndarray | None = None
) -> tuple[np.ndarray, float, np.ndarray, np.ndarray]:
    """(weights, bias, mean, scale) by Newton's method on standardised features;
    `weight` counts some rows more (a block carrying three key points counts thrice)."""
    sw = np.ones(len(y)) if weight is None else weight.astype(np.float64)
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale < 1e-6] = 1.0
    z = np.hstack([(x - mean) / scale, np.ones((len(x), 1))]).astype(np.float64)
    w = np.zeros(z.shape[1])
    reg = np.full(z.shape[1], l2)
    reg[-1] = 0.0  # the bias is not shrunk
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-(z @ w)))
        grad = z.T @ (sw * (p - y)) + reg * w
        hess = (z * (sw * p * (1 - p))[:, None]).T @ z + np.diag(reg)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w[:-1], float(w[-1]), mean, scale


def fit_listwise(
    groups: list[tuple[np.ndarray, np.ndarray]], l2: float = L2
) -> tuple[np.ndarray, float, np.ndarray, np.ndarray]:
    """(weights, 0, mean, scale) maximising, per question, the softmax share of
    its blocks that carry the answer: the model learns which block to put first."""
    from scipy.optimize import minimize

    allx = np.vstack([x for x, _ in groups])
    mean = allx.mean(axis=0)
    scale = allx.std(axis=0)
    scale[scale < 1e-6] = 1.0
    zs = [((x - mean) / scale).astype(np.float64) for x, _ in groups]
    ys = [y.astype(bool) for _, y in groups]

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        total, grad = 0.5 * l2 * float(w @ w), l2 * w
        for z, y in zip(zs, ys, strict=True):
            s = z @ w
            s = s - s.max()
            e = np.exp(s)
            p_all = e / e.sum()
            p_pos = e * y / (e * y).sum()
            total += float(np.log(e.sum()) - np.log((e * y).sum()))
            grad = grad + z.T @ (p_all - p_pos)
        return total, grad

    w0 = np.zeros(allx.shape[1])
    res = minimize(loss, w0, jac=True, method="L-BFGS-B")
    return res.x, 0.0, mean, scale


def predict(model: tuple[np.ndarray, float, np.ndarray, np.ndarray], x: np.ndarray) -> np.ndarray:
    w, b, mean, scale = model
    if len(x) == 0:
        return np.zeros(0)
    return 1.0 / (1.0 + np.exp(-(((x - mean) / scale) @ w + b)))


def fold_of(group: str) -> int:
    return zlib.crc32(group.encode()) % FOLDS


def auc(scores: np.ndarray, labels: np.ndarray) -> float:
    pos, neg = scores[labels == 1], scores[labels == 0]
    if not len(pos) or not len(neg):
        return float("nan")
    order = np.argsort(np.concatenate([pos, neg]))
    ranks = np.empty(len(order))
    ranks[order] = np.arange(1, len(order) + 1)
    return float((ranks[: len(pos)].sum() - len(pos) * (len(pos) + 1) / 2) / (len(pos) * len(neg)))


def top1(qs: list[Question], scores: list[np.ndarray]) -> float:
    hits = [float(q.y[int(np.argmax(s))]) for q, s in zip(qs, scores, strict=True) if len(s) and q.answerable and q.y.any()]
    return float(np.mean(hits)) if hits else float("nan")


def fit(train: list[Question], kind: str) -> tuple[np.ndarray, float, np.ndarray, np.ndarray]:
    if kind == "listwise":
        return fit_listwise([(q.x, q.y) for q in train if q.y.any()])
    return fit_logistic(np.vstack([q.x for q in train]), np.concatenate([q.y for q in train]), weight=weights(train))


def weights(qs: list[Question]) -> np.ndarray:
    """A positive block counts once per key point it carries; a negative once.
    Each source (dev set, outside set) weighs the same in total, so the larger
    outside set (legal text, where every clause states a duty) does not decide
    alone what a workplace question's answer looks like."""
    sources = [q.group.split(":")[0] for q in qs]
    per_source = {src: sum(len(q.y) for q, s in zip(qs, sources, strict=True) if s == src) for src in set(sources)}
    total = sum(per_source.values())
    return np.concatenate(
        [
            np.where(q.y > 0, np.maximum(1, [len(k) for k in q.kp]), 1) * total / (len(per_source) * per_source[src])
            for q, src in zip(qs, sources, strict=True)
        ]
    ).astype(np.float64)


def out_of_fold(qs: list[Question], kind: str = "logistic") -> list[np.ndarray]:
    """Each question's block scores from the model fitted without its fold."""
    probs: list[np.ndarray] = [np.zeros(0)] * len(qs)
    for f in range(FOLDS):
        train = [q for q in qs if fold_of(q.group) != f and q.answerable and len(q.y)]
        model = fit(train, kind)
        for i, q in enumerate(qs):
            if fold_of(q.group) == f:
                probs[i] = predict(model, q.x)
    return probs


def shown(
    p: np.ndarray, budget: int, point_min: float, ratio: float, sibling: float = 0.0, family: np.ndarray | None = None
) -> list[int]:
    """The blocks `select.choose` would show (lead first), approximately: items of
    the lead's own list need `sibling` × the lead's probability, others `ratio` ×."""
    if not len(p):
        return []
    order = list(np.argsort(-p))
    lead = order[0]
    keep = [lead]
    for i in order[1:]:
        if len(keep) > budget or p[i] < max(point_min, ratio * p[lead]):
            break
        if family is not None and family[i] >= 0 and family[i] == family[lead] and p[i] < sibling * p[lead]:
            continue
        keep.append(i)
    return keep


def choose_points(
    qs: list[Question], probs: list[np.ndarray], frontier: list[tuple[float, float, float, float]] | None = None
) -> tuple[float, float, float, float]:
    """(point_min, point_ratio, sibling_ratio, objective) maximising (coverage + precision) / 2;
    every (point_min, ratio, coverage, precision) tried is appended to `frontier`."""
    best = (0.0, 0.0, 0.0, -1.0)
    grid = [
        (float(m), float(r), float(sib))
        for m in np.arange(0.05, 0.45, 0.05)
        for r in np.arange(0.0, 0.8, 0.05)
        for sib in np.arange(0.0, 1.01, 0.2)
    ]
    for point_min, ratio, sibling in grid:
        if sibling and sibling <= ratio:
            continue  # no stricter than the general ratio: the same as 0
        cov, prec = [], []
        for q, p in zip(qs, probs, strict=True):
            if not q.answerable or not q.n_kp or not len(p):
                continue
            keep = shown(p, q.budget, point_min, ratio, sibling, q.family)
            cov.append(len(set().union(*(q.kp[i] for i in keep))) / q.n_kp)
            shown_units = q.units[keep]
            prec.append(float(shown_units[:, 1].sum() / max(shown_units[:, 0].sum(), 1.0)))
        obj = (np.mean(cov) + np.mean(prec)) / 2
        if frontier is not None:
            frontier.append((point_min, ratio, float(np.mean(cov)), float(np.mean(prec))))
        if obj > best[3]:
            best = (point_min, ratio, sibling, float(obj))
    return best


def answerable_rows(qs: list[Question], probs: list[np.ndarray]) -> np.ndarray:
    return np.vstack([q.answerability(p) for q, p in zip(qs, probs, strict=True)]).astype(np.float64)


def main(argv: list[str] | None = None) -> int:
    from assistant.answer.features import FEATURES
    from assistant.answer.scorer import WEIGHTS_FILE
    from assistant.fitted import Logistic
    from assistant.settings import get_settings
    from evals import outside
    from evals.runner import ensure_index, load_for

    ap = argparse.ArgumentParser(prog="python -m evals.fit_scorer", description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=WEIGHTS_FILE, help="where to write the weights (default: the packaged file)")
    ap.add_argument("--dry-run", action="store_true", help="report the cross-validated figures, write nothing")
    args = ap.parse_args(argv)

    settings = get_settings()
    ensure_index(settings, log=lambda m: print(m, file=sys.stderr))
    qs = collect(load_for(Path(__file__).parent / "data" / "dev.jsonl", settings), settings, "dev")
    if outside.available():
        outside_set, osettings = outside.load(settings)
        qs += collect(outside_set, osettings, "outside")
    else:
        print(f"note: the outside development set is not at {outside.root()}; fitting on the dev set only", file=sys.stderr)

    probs = out_of_fold(qs)
    ranked = out_of_fold(qs, "listwise")
    for src in ("dev", "outside"):
        sub = [i for i, q in enumerate(qs) if q.group.startswith(src)]
        if sub:
            print(f"  {src:>7} top-1 hit, listwise: {top1([qs[i] for i in sub], [ranked[i] for i in sub]):.3f}")
    ans = [q for q in qs if q.answerable and len(q.y)]
    allp = np.concatenate([p for q, p in zip(qs, probs, strict=True) if q.answerable and len(q.y)])
    ally = np.concatenate([q.y for q in ans])
    print(f"questions {len(qs)} (answerable {len(ans)}), blocks {len(ally)}, positive {ally.mean():.3f}")
    for src in ("dev", "outside"):
        answered = [q for q in ans if q.group.startswith(src) and q.n_kp]
        if answered:
            ceiling = np.mean([q.y.any() for q in answered])
            print(f"  {src:>7}: questions with a block that carries the answer (the ceiling of top-1): {ceiling:.3f}")
    print(f"block AUC (5-fold CV): fitted {auc(allp, ally):.3f}  hand-set {auc(np.concatenate([q.hand for q in ans]), ally):.3f}")
    for src in ("dev", "outside"):
        sub = [i for i, q in enumerate(qs) if q.group.startswith(src)]
        if sub:
            print(
                f"  {src:>7} top-1 hit: fitted {top1([qs[i] for i in sub], [probs[i] for i in sub]):.3f}  "
                f"hand-set {top1([qs[i] for i in sub], [qs[i].hand for i in sub]):.3f}"
            )
    frontier: list[tuple[float, float, float, float]] = []
    point_min, ratio, sibling, obj = choose_points(qs, probs, frontier)
    print(f"points: min {point_min:.2f}, ratio {ratio:.2f}, items of the lead's list {sibling:.2f} (objective {obj:.3f})")
    # The trade-off, for the record: what is covered against how much of what is shown bears on the question.
    for target in (0.5, 0.6, 0.7):
        ok = [row for row in frontier if row[3] >= target]
        if ok:
            top = max(ok, key=lambda row: row[2])
            print(f"  shown precision >= {target:.1f}: best coverage {top[2]:.3f} (min {top[0]:.2f}, ratio {top[1]:.2f})")
        else:
            print(f"  shown precision >= {target:.1f}: not reachable by thresholds alone")

    # Answerability on out-of-fold block probabilities, itself cross-validated.
    xa = answerable_rows(qs, probs)
    ya = np.array([q.answerable for q in qs], dtype=np.float64)
    pa = np.zeros(len(qs))
    for f in range(FOLDS):
        tr = np.array([fold_of(q.group) != f for q in qs])
        pa[~tr] = predict(fit_logistic(xa[tr], ya[tr]), xa[~tr])
    cut = 0.0
    for t in np.arange(0.0, 1.0, 0.01):
        if (pa[ya == 1] < t).mean() <= MAX_FALSE_REFUSAL:
            cut = float(t)
    print(
        f"answerable AUC (CV) {auc(pa, ya):.3f}; abstain below {cut:.2f}: refusal recall "
        f"{(pa[ya == 0] < cut).mean():.3f}, false refusals {(pa[ya == 1] < cut).mean():.3f}"
    )
    for src in ("dev", "outside"):
        m = np.array([q.group.startswith(src) for q in qs])
        if m.any():
            print(
                f"  {src:>7}: refusal recall {(pa[m & (ya == 0)] < cut).mean():.3f}, "
                f"false refusals {(pa[m & (ya == 1)] < cut).mean():.3f}"
            )

    scorer = Logistic.fitted(
        FEATURES, fit_logistic(np.vstack([q.x for q in ans]), ally, weight=weights(ans)),
        {"point_min": point_min, "point_ratio": ratio, "sibling_ratio": sibling},
    )
    data = scorer.to_json()
    for name, weight in sorted(zip(FEATURES, scorer.weights, strict=True), key=lambda t: -abs(t[1])):
        print(f"  {name:>18} {weight:+.3f}")
    if not args.dry_run:
        args.out.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
