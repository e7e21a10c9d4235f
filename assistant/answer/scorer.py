"""The fitted block scorer: P(a block carries the answer | its features).

A logistic model over `features.FEATURES`, standardised. Its weights, the
feature means and scales, and the thresholds the composer uses are data, in
`scorer.json` beside this file, written by `python -m evals.fit_scorer` (which
fits them on the dev set and the outside development set with cross-validation
and records how well they did). No weight here is set by hand.

Left out: a non-linear model. With a few hundred questions a linear model is
what the data supports, and its weights can be read.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from assistant.answer.features import FEATURES

WEIGHTS_FILE = Path(__file__).with_name("scorer.json")


@dataclass(frozen=True)
class Scorer:
    weights: np.ndarray  # one per feature, on standardised features
    bias: float
    mean: np.ndarray
    scale: np.ndarray
    thresholds: dict[str, float]  # named cut-offs the composer reads (see scorer.json)

    def probabilities(self, x: np.ndarray) -> np.ndarray:
        if x.shape[0] == 0:
            return np.zeros(0, dtype=np.float32)
        z = ((x - self.mean) / self.scale) @ self.weights + self.bias
        return 1.0 / (1.0 + np.exp(-z))

    def threshold(self, name: str) -> float:
        return self.thresholds[name]

    def to_json(self) -> dict:
        return {
            "features": list(FEATURES),
            "weights": [round(float(w), 6) for w in self.weights],
            "bias": round(self.bias, 6),
            "mean": [round(float(m), 6) for m in self.mean],
            "scale": [round(float(s), 6) for s in self.scale],
            "thresholds": {k: round(v, 4) for k, v in self.thresholds.items()},
        }

    @classmethod
    def from_json(cls, data: dict) -> Scorer:
        if list(data["features"]) != list(FEATURES):
            raise ValueError("scorer.json was fitted on other features: run python -m evals.fit_scorer")
        return cls(
            np.asarray(data["weights"], dtype=np.float32),
            float(data["bias"]),
            np.asarray(data["mean"], dtype=np.float32),
            np.asarray(data["scale"], dtype=np.float32),
            {k: float(v) for k, v in data.get("thresholds", {}).items()},
        )


@lru_cache(maxsize=1)
def get_scorer() -> Scorer:
    return Scorer.from_json(json.loads(WEIGHTS_FILE.read_text(encoding="utf-8")))
