"""What a run produces: one result per question, and one scored result per config.

Shared by the runner (which makes them) and the report (which draws them).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from evals.configs import EvalConfig
from evals.dataset import Dataset, EvalItem
from evals.metrics import CITATION_CHECK, HIGH_CITATION, LOW_COVERAGE, Score


@dataclass(frozen=True)
class QuestionResult:
    item: EvalItem
    answer: dict[str, Any]  # Answer.model_dump()
    latency_ms: float
    error: str | None = None

    def row(self, config: str) -> dict[str, Any]:
        return {"id": self.item.id, "config": config, **self.answer, "latency_ms": self.latency_ms, "error": self.error}


@dataclass(frozen=True)
class ConfigResult:
    config: EvalConfig
    dataset: Dataset
    results: tuple[QuestionResult, ...]
    scores: tuple[dict[str, Score], ...]
    summary: dict[str, dict]
    extra: dict[str, Any] = field(default_factory=dict)

    def value(self, metric: str) -> float | None:
        return self.summary.get(metric, {}).get("value")

    def warnings(self) -> list[str]:
        out: list[str] = []
        cp, cr, kp = self.value("citation_precision"), self.value("citation_recall"), self.value("key_point_coverage")
        if cp is not None and cr is not None and kp is not None and min(cp, cr) >= HIGH_CITATION and kp < LOW_COVERAGE:
            out.append(
                f"Citation scores are high (precision {cp:.2f}, recall {cr:.2f}) but key-point coverage is "
                f"low ({kp:.2f}): an extractive answer can cite perfectly and still miss the answer."
            )
        return out

    def by_persona(self) -> dict[str, dict[str, float | int | None]]:
        """Per persona: how many answered, and the median answer length in characters."""
        groups: dict[str, list[int]] = {}
        for r in self.results:
            if not r.answer.get("abstained") and not r.error:
                groups.setdefault(r.item.persona or "worker", []).append(len(r.answer.get("answer", "")))
        return {p: {"n": len(v), "median_chars": float(np.median(v))} for p, v in sorted(groups.items())}

    def by_kind(self) -> dict[str, dict[str, float | int | None]]:
        groups: dict[str, list[int]] = {}
        for i, r in enumerate(self.results):
            groups.setdefault(r.item.kind or "(none)", []).append(i)
        out: dict[str, dict[str, float | int | None]] = {}
        for kind, idx in sorted(groups.items()):
            row: dict[str, float | int | None] = {"n": len(idx)}
            for m in ("recall@5", "mrr@10", "key_point_coverage", "citation_precision"):
                ss = [self.scores[i][m] for i in idx]
                den = sum(s.den for s in ss)
                row[m] = sum(s.num for s in ss if s.den) / den if den else None
            row["abstained"] = sum(1 for i in idx if self.results[i].answer.get("abstained")) / len(idx)
            out[kind] = row
        return out

    def failures(self) -> dict[str, list[str]]:
        """Question ids worth a look, by what went wrong."""
        out: dict[str, list[str]] = {"retrieval_miss": [], "low_coverage": [], "false_refusal": [], "answered_unanswerable": [], "error": []}
        for r, s in zip(self.results, self.scores, strict=True):
            abstained = bool(r.answer.get("abstained"))
            if r.error:
                out["error"].append(r.item.id)
            if r.item.answerable:
                if s["recall@5"].den and s["recall@5"].num == 0:
                    out["retrieval_miss"].append(r.item.id)
                if abstained:
                    out["false_refusal"].append(r.item.id)
                elif s["key_point_coverage"].den and s["key_point_coverage"].num < 0.5:
                    out["low_coverage"].append(r.item.id)
            elif not abstained:
                out["answered_unanswerable"].append(r.item.id)
        return out

    def metrics_json(self) -> dict[str, Any]:
        return {
            "config": {
                "name": self.config.name,
                "description": self.config.description,
                "overrides": self.config.overrides,
                "persona": self.config.persona,
                "baseline": self.config.baseline,
            },
            "dataset": {
                "path": str(self.dataset.path),
                "questions": len(self.dataset.items),
                "answerable": len(self.dataset.answerable),
                "unanswerable": len(self.dataset.unanswerable),
                "warnings": list(self.dataset.warnings),
            },
            "citation_check": CITATION_CHECK,
            "metrics": self.summary,
            "by_kind": self.by_kind(),
            "by_persona": self.by_persona(),
            "failures": self.failures(),
            "warnings": self.warnings(),
            **self.extra,
        }
