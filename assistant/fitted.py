"""A fitted logistic model: the one shape of every weight Llais learns from data.

The answer scorer (`answer/scorer.py`) and the passage ranker
(`retrieval/ranker.py`) are both an L2 logistic regression on standardised
features, fitted by a script in `evals/` and stored as JSON beside the code that
computes the features: the feature names (checked on load, so weights fitted on
other features are never applied), the weights and bias, the feature means and
scales, and any named thresholds the caller reads.

Left out: non-linear models. With a few hundred questions a linear model is what
the data supports, and its weights can be read.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np


@dataclass(frozen=True)
class Logistic:
    features: tuple[str, ...]
    weights: np.ndarray  # one per feature, on standardised features
    bias: float
    mean: np.ndarray
    scale: np.ndarray
    thresholds: dict[str, float] = field(default_factory=dict)  # named cut-offs the caller reads

    def probabilities(self, x: np.ndarray) -> np.ndarray:
        """P(positive) for each row of `x` (one column per feature)."""
        if x.shape[0] == 0:
            return np.zeros(0, dtype=np.float32)
        z = ((x - self.mean) / self.scale) @ self.weights + self.bias
        return 1.0 / (1.0 + np.exp(-z))

    def threshold(self, name: str) -> float:
        return self.thresholds[name]

    def to_json(self) -> dict:
        data: dict = {
            "features": list(self.features),
            "weights": [round(float(w), 6) for w in self.weights],
            "bias": round(self.bias, 6),
            "mean": [round(float(m), 6) for m in self.mean],
            "scale": [round(float(s), 6) for s in self.scale],
        }
        if self.thresholds:
            data["thresholds"] = {k: round(v, 4) for k, v in self.thresholds.items()}
        return data

    @classmethod
    def fitted(
        cls,
        features: tuple[str, ...],
        model: tuple[np.ndarray, float, np.ndarray, np.ndarray],
        thresholds: dict[str, float] | None = None,
    ) -> Logistic:
        """From a fit's (weights, bias, mean, scale)."""
        w, b, mean, scale = model
        f32 = np.float32
        return cls(features, w.astype(f32), float(b), mean.astype(f32), scale.astype(f32), dict(thresholds or {}))

    @classmethod
    def from_json(cls, data: dict, features: tuple[str, ...], refit: str) -> Logistic:
        """The model in `data`; `refit` names the command to run when it was fitted on other features."""
        if list(data["features"]) != list(features):
            raise ValueError(f"the weights were fitted on other features: run {refit}")
        return cls(
            features,
            np.asarray(data["weights"], dtype=np.float32),
            float(data["bias"]),
            np.asarray(data["mean"], dtype=np.float32),
            np.asarray(data["scale"], dtype=np.float32),
            {k: float(v) for k, v in data.get("thresholds", {}).items()},
        )

    @classmethod
    def load(cls, path: Path, features: tuple[str, ...], refit: str) -> Logistic:
        return cls.from_json(json.loads(path.read_text(encoding="utf-8")), features, refit)
