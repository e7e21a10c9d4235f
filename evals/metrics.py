"""Offline metrics: retrieval, key-point coverage, citations, abstention, latency.

Every metric is a ratio of sums over questions (`Score(num, den)`), so one
bootstrap routine gives confidence intervals for all of them: resample the
questions with replacement, recompute sum(num)/sum(den), take the 2.5th and
97.5th percentiles. Questions where a metric doesn't apply have den = 0.

Relevance: a passage is relevant to a question when, after `normalise`, it
contains one of the question's evidence strings, or when the evidence runs
across a chunk boundary and the passage holds the part on its side of it (the
passage ends with a prefix of the evidence, or starts with a suffix of it, at
least `min(40 chars, 60 % of the evidence)` long), or the passage lies wholly
inside a long evidence string.

Citation support uses the project's lexical-entailment check
(`assistant.answer.citations.supports`); no NLI model can be had offline here. The
check's name is recorded in metrics.json so results are never mistaken for
NLI-judged ones.

Left out: graded relevance (the set marks evidence, not degrees of usefulness)
and answer-level semantic similarity scores (they reward fluent paraphrase,
which an extractive system never produces, and need a model to judge).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from assistant.answer.citations import CITE, MARKDOWN_ITEM, split_statements, supports
from evals.dataset import EvalItem, normalise

CITATION_CHECK = "lexical-entailment (assistant.answer.citations.supports: content-term coverage ≥ 0.6, numbers and negation must agree); no NLI model"
RECALL_KS = (1, 3, 5, 10)
BOUNDARY_CHARS = 40
BOUNDARY_SHARE = 0.6

HIGH_CITATION = 0.8  # thresholds of the "cites well but misses the answer" warning
LOW_COVERAGE = 0.7


@dataclass(frozen=True)
class Score:
    num: float
    den: float

    @property
    def value(self) -> float | None:
        return self.num / self.den if self.den else None


# --- retrieval ---------------------------------------------------------------


def _fragment_min(evidence: str) -> int:
    return max(1, min(BOUNDARY_CHARS, math.ceil(BOUNDARY_SHARE * len(evidence))))


def contains_evidence(passage: str, evidence: str) -> bool:
    """True when the passage holds this evidence, allowing for chunk boundaries."""
    p, e = normalise(passage), normalise(evidence)
    if not e or not p:
        return False
    if e in p:
        return True
    need = _fragment_min(e)
    if len(p) >= need and p in e:  # the passage is a middle piece of a long evidence string
        return True
    # The evidence starts at the end of this passage (prefix), or ends at its start (suffix).
    head = e[:need]
    i = p.find(head)
    while i != -1:
        if e.startswith(p[i:]):
            return True
        i = p.find(head, i + 1)
    j = e.find(p[:need]) if len(p) >= need else -1
    while j != -1:
        if p.startswith(e[j:]):
            return True
        j = e.find(p[:need], j + 1)
    return False


def relevance(passages: Sequence[str], evidence: Sequence[str]) -> list[set[int]]:
    """For each passage, the indices of the evidence strings it holds."""
    return [{j for j, e in enumerate(evidence) if contains_evidence(p, e)} for p in passages]


def recall_at(rel: Sequence[set[int]], n_evidence: int, k: int) -> float:
    """Share of the evidence strings found in the top k passages."""
    if not n_evidence:
        return 0.0
    found = set().union(*rel[:k]) if rel[:k] else set()
    return len(found) / n_evidence


def hit_at(rel: Sequence[set[int]], k: int) -> float:
    return 1.0 if any(rel[:k]) else 0.0


def mrr_at(rel: Sequence[set[int]], k: int = 10) -> float:
    for i, r in enumerate(rel[:k]):
        if r:
            return 1.0 / (i + 1)
    return 0.0


def ndcg_at(rel: Sequence[set[int]], n_evidence: int, k: int = 10) -> float:
    """Binary-gain nDCG. The ideal ranking puts max(evidence strings, relevant
    passages retrieved) relevant passages first (capped at k): each evidence
    string needs a passage of its own at best, and any extra relevant passage
    the system found would also belong at the top."""
    gains = [1.0 if r else 0.0 for r in rel[:k]]
    dcg = sum(g / math.log2(i + 2) for i, g in enumerate(gains))
    ideal_n = min(k, max(n_evidence, sum(1 for r in rel if r)))
    idcg = sum(1.0 / math.log2(i + 2) for i in range(ideal_n))
    return dcg / idcg if idcg else 0.0


# --- answers -------------------------------------------------------------------

_MARKUP = re.compile(r"\[\d+\]|\*\*|__|`|^#+\s", re.M)


def answer_text(markdown: str) -> str:
    return normalise(_MARKUP.sub(" ", markdown))


def key_point_hits(answer: str, key_points: Sequence[Sequence[str]]) -> int:
    """Key points (groups of alternative phrases) present in the answer text."""
    text = answer_text(answer)
    return sum(1 for group in key_points if any(normalise(alt) in text for alt in group))


FIRST_SCREEN_CHARS = 600  # what a reader sees first: the first 600 characters of the answer


def first_screen(markdown: str, chars: int = FIRST_SCREEN_CHARS) -> str:
    """The answer as a reader first sees it: its first `chars` characters of text
    (citation markers and Markdown markup left out, so they don't use up the budget)."""
    plain = re.sub(r"[ \t]+", " ", _MARKUP.sub(" ", markdown))
    return plain[:chars]


def answer_statements(markdown: str, framing: str | None = None) -> list[str]:
    """The answer's statements (sentences and list items), fixed persona framing left out."""
    framing = framing_text() if framing is None else framing
    return [st.text for st in split_statements(markdown) if not (framing and answer_text(st.text) in framing)]


def lead_text(markdown: str, framing: str | None = None) -> str:
    """The answer's first statement as a reader meets it: its first sentence or
    list item (framing left out); when that introduces a list ("…the following
    steps take place:"), the list it introduces goes with it."""
    framing = framing_text() if framing is None else framing
    stmts = answer_statements(markdown, framing)
    if not stmts:
        return ""
    first = stmts[0]
    if not first.rstrip().endswith(":"):
        return first
    lines = markdown.splitlines()
    at = next((i for i, line in enumerate(lines) if first[:40] in CITE.sub("", line)), None)
    if at is None:
        return first
    items = []
    for line in lines[at + 1 :]:
        if not line.strip():
            continue
        if not MARKDOWN_ITEM.match(line):
            break
        items.append(line)
    return "\n".join([first, *items])


def bears_on(statement: str, key_points: Sequence[Sequence[str]], evidence: Sequence[str]) -> bool:
    """Does a statement carry a key point, or come from (or hold) an evidence string?"""
    text = answer_text(statement)
    if any(normalise(alt) in text for group in key_points for alt in group):
        return True
    return any(contains_evidence(e, statement) or contains_evidence(statement, e) for e in evidence)


# --- citations (ALCE-style) ------------------------------------------------------


@lru_cache(maxsize=1)
def framing_text() -> str:
    """The fixed wording of the persona templates (the text outside Jinja tags).

    Those sentences state no facts (the templates say so) and carry no
    citation; statements found in them are left out of citation recall.
    """
    import jinja2
    from jinja2 import nodes

    from assistant.settings import REPO_ROOT

    env = jinja2.Environment()
    parts: list[str] = []
    for path in sorted(Path(REPO_ROOT / "prompts").rglob("*.j2")):
        tree = env.parse(path.read_text(encoding="utf-8"))
        parts += [n.data for n in tree.find_all(nodes.TemplateData)]
    return answer_text("\n".join(parts))


@dataclass(frozen=True)
class CitationCounts:
    statements: int  # statements judged (framing excluded)
    supported: int  # statements entailed by the concatenation of their citations
    citations: int  # (statement, citation) pairs
    precise: int  # citations that support their statement, alone or as a needed part
    framing: int  # statements left out as fixed persona framing


def citation_counts(
    markdown: str,
    passages: dict[int, str],
    entails: Callable[[str, str], bool] = supports,
    framing: str | None = None,
) -> CitationCounts:
    """ALCE citation recall and precision counts for one answer.

    Recall: a statement is supported when the concatenation of its cited
    passages entails it (no citation: unsupported). Precision: a citation is
    precise when its passage alone entails the statement, or when the statement
    is supported and dropping that citation would break the support.
    """
    framing = framing_text() if framing is None else framing
    statements = supported = n_cites = precise = skipped = 0
    for st in split_statements(markdown):
        if not st.cites and framing and answer_text(st.text) in framing:
            skipped += 1
            continue
        statements += 1
        cited = [passages.get(n, "") for n in dict.fromkeys(st.cites)]
        ok = bool(cited) and entails(st.text, "\n".join(cited))
        supported += ok
        for i, p in enumerate(cited):
            n_cites += 1
            alone = entails(st.text, p)
            needed = not alone and ok and len(cited) > 1 and not entails(st.text, "\n".join(cited[:i] + cited[i + 1 :]))
            precise += alone or needed
    return CitationCounts(statements, supported, n_cites, precise, skipped)


# --- summaries -----------------------------------------------------------------


def percentile(values: Sequence[float], q: float) -> float | None:
    return float(np.percentile(np.asarray(values, dtype=float), q)) if values else None


def bootstrap_ci(
    scores: Sequence[Score], n: int = 1000, seed: int = 7, level: float = 0.95
) -> tuple[float, float] | None:
    """Percentile bootstrap CI of sum(num)/sum(den), resampling questions."""
    used = [s for s in scores if s.den]
    if not used:
        return None
    num = np.array([s.num for s in used], dtype=float)
    den = np.array([s.den for s in used], dtype=float)
    rng = np.random.default_rng(seed)
    idx = rng.integers(0, len(used), size=(n, len(used)))
    stats = num[idx].sum(axis=1) / den[idx].sum(axis=1)
    lo, hi = np.percentile(stats, [100 * (1 - level) / 2, 100 * (1 + level) / 2])
    return float(lo), float(hi)


def question_scores(item: EvalItem, answer: dict, latency_ms: float) -> dict[str, Score]:
    """Every metric's (num, den) for one question and one `Answer.model_dump()`."""
    s: dict[str, Score] = {}
    texts = [p["text"] for p in answer.get("passages", [])]
    abstained = bool(answer.get("abstained"))
    scored = item.answerable and bool(item.evidence)
    rel = relevance(texts[:10], item.evidence) if scored else []
    n_ev = len(item.evidence)
    for k in RECALL_KS:
        s[f"recall@{k}"] = Score(recall_at(rel, n_ev, k) if scored else 0.0, 1.0 if scored else 0.0)
    s["hit@5"] = Score(hit_at(rel, 5) if scored else 0.0, 1.0 if scored else 0.0)
    s["mrr@10"] = Score(mrr_at(rel, 10) if scored else 0.0, 1.0 if scored else 0.0)
    s["ndcg@10"] = Score(ndcg_at(rel, n_ev, 10) if scored else 0.0, 1.0 if scored else 0.0)

    has_kp = item.answerable and bool(item.key_points)
    hits = 0 if abstained or not has_kp else key_point_hits(answer.get("answer", ""), item.key_points)
    s["key_point_coverage"] = Score(hits / len(item.key_points) if has_kp else 0.0, 1.0 if has_kp else 0.0)
    # What a reader sees: the first statement, and the first 600 characters.
    markdown = answer.get("answer", "")
    stmts = [] if abstained else answer_statements(markdown)
    lead_hit = bool(stmts) and has_kp and key_point_hits(lead_text(markdown), item.key_points) > 0
    s["lead_hit"] = Score(1.0 if lead_hit else 0.0, 1.0 if has_kp else 0.0)
    seen = 0 if abstained or not has_kp else key_point_hits(first_screen(markdown), item.key_points)
    s["coverage@600"] = Score(seen / len(item.key_points) if has_kp else 0.0, 1.0 if has_kp else 0.0)
    if item.answerable and (item.key_points or item.evidence) and stmts:
        bearing = sum(bears_on(t, item.key_points, item.evidence) for t in stmts)
        s["statement_precision"] = Score(bearing, len(stmts))
    else:
        s["statement_precision"] = Score(0.0, 0.0)
    s["answer_chars"] = Score(float(len(markdown)), 0.0 if abstained else 1.0)
    # A follow-up in a conversation ("and what about training?"), scored on its answer.
    follow = has_kp and bool(item.history)
    s["follow_up_coverage"] = Score(hits / len(item.key_points) if follow else 0.0, 1.0 if follow else 0.0)

    if abstained:
        counts = CitationCounts(0, 0, 0, 0, 0)
    else:
        cited = {int(c["n"]): c.get("passage", "") for c in answer.get("citations", [])}
        counts = citation_counts(answer.get("answer", ""), cited)
    s["citation_recall"] = Score(counts.supported, counts.statements)
    s["citation_precision"] = Score(counts.precise, counts.citations)

    s["refusal_recall"] = Score(0.0, 0.0) if item.answerable else Score(1.0 if abstained else 0.0, 1.0)
    s["false_refusal_rate"] = Score(1.0 if abstained else 0.0, 1.0) if item.answerable else Score(0.0, 0.0)
    s["latency_ms"] = Score(latency_ms, 1.0)
    return s


# Metrics shown in summary tables, in order, with their one-line definitions.
DEFINITIONS: dict[str, str] = {
    "recall@1": "share of a question's evidence strings found in the top 1 passage (answerable questions with evidence)",
    "recall@3": "the same, top 3 passages",
    "recall@5": "the same, top 5 passages",
    "recall@10": "the same, top 10 passages",
    "hit@5": "share of answerable questions with at least one relevant passage in the top 5",
    "mrr@10": "mean of 1/rank of the first relevant passage in the top 10 (0 when none)",
    "ndcg@10": "binary-gain nDCG over the top 10; the ideal ranking has max(evidence strings, relevant passages retrieved) relevant passages first",
    "key_point_coverage": "share of an answerable question's key points (any one of its alternative phrases, case- and quote-insensitive) present in the answer text; an abstention covers none",
    "lead_hit": "share of answerable questions with key points whose first statement (framing excluded; a list intro with the list it introduces) carries a key point; an abstention scores 0",
    "coverage@600": "key-point coverage within the first 600 characters of the answer text (citation markers and markup left out): what a reader sees first",
    "statement_precision": "share of answer statements (framing excluded) that carry a key point or come from an evidence string; answered questions only",
    "follow_up_coverage": "key-point coverage of the last answer of a conversation (rows with `history`: the earlier questions are asked first, one after the other)",
    "answer_chars": "length of an answer in characters, Markdown included (answered questions; p50 and p95 reported)",
    "citation_recall": "ALCE citation recall: share of answer statements (sentences and list items, fixed persona framing excluded) entailed by the concatenation of the passages they cite; a statement without citation counts as unsupported; answered questions only",
    "citation_precision": "ALCE citation precision: share of citations whose passage entails its statement alone, or is needed for the concatenation to entail it",
    "refusal_recall": "share of unanswerable questions where the assistant abstained",
    "false_refusal_rate": "share of answerable questions where the assistant abstained (lower is better)",
    "latency_ms": "wall-clock time of one ask() in the runner, ms (p50 and p95 reported)",
}


def summarise(per_question: list[dict[str, Score]], with_ci: bool = True) -> dict[str, dict]:
    """metric -> {value, ci95, n}; latency also gets p50 and p95."""
    out: dict[str, dict] = {}
    for name in DEFINITIONS:
        scores = [q[name] for q in per_question if name in q]
        num = sum(s.num for s in scores if s.den)
        den = sum(s.den for s in scores if s.den)
        entry: dict = {"value": num / den if den else None, "n": int(sum(1 for s in scores if s.den))}
        if with_ci:
            ci = bootstrap_ci(scores)
            entry["ci95"] = list(ci) if ci else None
        if name in ("latency_ms", "answer_chars"):
            vals = [s.num for s in scores if s.den]
            entry["p50"] = percentile(vals, 50)
            entry["p95"] = percentile(vals, 95)
        out[name] = entry
    return out
