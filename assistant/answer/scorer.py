"""The fitted block scorer: P(a block carries the answer | its features).

A logistic model over `features.FEATURES`, standardised. Its weights, the
feature means and scales, and the thresholds the composer uses are data, in
`scorer.json` beside this file, written by `python -m evals.fit_scorer` (which
fits them on the dev set and the outside development set with cross-validation
and records how well they did). No weight here is set by hand.

The model itself is `assistant/fitted.py`'s `Logistic`, shared with the
passage ranker.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from assistant.answer.features import FEATURES
from assistant.fitted import Logistic

WEIGHTS_FILE = Path(__file__).with_name("scorer.json")


@lru_cache(maxsize=1)
def get_scorer() -> Logistic:
    return Logistic.load(WEIGHTS_FILE, FEATURES, "python -m evals.fit_scorer")
