"""Quality gate: the dev set, asked through the real index in the default config,
must stay at or above floors set from measured results.

The floors are the issue's target (0.9) where the system reaches it, and just
under the measured value where it doesn't yet; raise them as the system
improves, never lower them to make a change pass. Each failure lists the
questions that went wrong, so a regression points at its cause.

The default config must also beat the textbook LangChain baseline on recall@5
and MRR@10 on the same questions.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.models import Answer
from assistant.settings import Settings
from evals.configs import CONFIGS
from evals.dataset import DEFAULT_DATASET, load_dataset
from evals.report import write_report
from evals.runner import ConfigResult, rescore, run_config, write_outputs

pytestmark = pytest.mark.slow

# metric -> floor. Measured on the dev set (174 questions) when set; see docs/evals.md.
FLOORS = {
    # measured 0.954 (174 questions, 31 of them typed the way people type; 0.927 before session 33 searched "squeeze
    # more out of us" as intensifying work and "why are they bringing it in?" as the reasons driving it)
    "recall@5": 0.93,
    "mrr@10": 0.85,  # measured 0.864 (0.852 before session 33; 0.840 before the ranker read near words)
    # Whole-answer coverage rewards length; since answers lead with the answer and
    # keep only what bears on it (issue 14), it measures 0.787 at half the length.
    "key_point_coverage": 0.83,  # measured 0.850 (session 35; 0.824 at 644 chars in session 27)
    "citation_precision": 0.95,  # measured 1.000
    "citation_recall": 0.95,  # measured 0.978
    "refusal_recall": 0.92,  # measured 0.929 (26 of 28); one more miss fails
    # What a reader sees (guards against regression; the targets of the answers issue are higher).
    # measured 0.685 (0.616 at the start of session 10); 0.705 before the other points were set apart
    # from a list lead under "Also:", when the metric still read them as the lead's own items
    # measured 0.753 in session 35 (0.712 before: the sentence that names what is asked leads, not the one that frames it)
    "lead_hit": 0.73,
    "coverage@600": 0.78,  # measured 0.805 (session 35; 0.779 in session 27)
    "statement_precision": 0.36,  # measured 0.370 (session 37: a list of one said in one sentence; 0.354 in session 35)
    # measured 0.885 (13 conversations: one key point moves it 0.03); 0.808 before session 33 read the topic a
    # follow-up is given as separate words, not one name ("Oxford Deloitte")
    "follow_up_coverage": 0.85,
}
# Lower is better.
CEILINGS = {"false_refusal_rate": 0.05}  # measured 0.014


@pytest.fixture(scope="module")
def out_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("eval-default")


@pytest.fixture(scope="module")
def default_run(corpus_settings: Settings, out_dir: Path) -> ConfigResult:
    return run_config(load_dataset(DEFAULT_DATASET), CONFIGS["default"], corpus_settings, out_dir)


def _worst(result: ConfigResult, metric: str, bad) -> str:  # noqa: ANN001
    ids = [r.item.id for r, s in zip(result.results, result.scores, strict=True) if s[metric].den and bad(s[metric].num)]
    return ", ".join(ids[:20])


@pytest.mark.parametrize("metric", list(FLOORS))
def test_default_config_stays_above_its_floor(default_run: ConfigResult, metric: str) -> None:
    value = default_run.value(metric)
    assert value is not None
    assert value >= FLOORS[metric], (
        f"{metric} {value:.3f} fell below its floor {FLOORS[metric]}; weakest questions: "
        f"{_worst(default_run, metric, lambda v: v < 0.5)}"
    )


@pytest.mark.parametrize("metric", list(CEILINGS))
def test_default_config_refuses_few_answerable_questions(default_run: ConfigResult, metric: str) -> None:
    value = default_run.value(metric)
    assert value is not None
    assert value <= CEILINGS[metric], (
        f"{metric} {value:.3f} rose above {CEILINGS[metric]}; refused: {_worst(default_run, metric, lambda v: v > 0)}"
    )


def test_default_config_beats_the_textbook_baseline(default_run: ConfigResult, corpus_settings: Settings) -> None:
    baseline = run_config(default_run.dataset, CONFIGS["baseline"], corpus_settings)
    for metric in ("recall@5", "mrr@10"):
        ours, theirs = default_run.value(metric), baseline.value(metric)
        assert ours is not None and theirs is not None
        assert ours > theirs, f"default {metric} {ours:.3f} does not beat the baseline's {theirs:.3f}"


def test_the_run_leaves_rescorable_results_metrics_and_a_readable_report(default_run: ConfigResult, out_dir: Path) -> None:
    write_outputs(default_run, out_dir)
    write_report([default_run], out_dir)
    rows = [json.loads(line) for line in (out_dir / "results.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == [i.id for i in default_run.dataset.items]
    assert all(set(Answer.model_fields) <= set(r) for r in rows)
    metrics = json.loads((out_dir / "metrics.json").read_text(encoding="utf-8"))
    assert "lexical-entailment" in metrics["citation_check"]
    report = (out_dir / "report.md").read_text(encoding="utf-8")
    assert "## Metric definitions" in report and "citation_precision" in report
    assert all((out_dir / png).stat().st_size > 0 for png in ("metrics.png", "by_kind.png", "latency.png"))
    again = rescore(out_dir / "results.jsonl", default_run.dataset)
    assert again.summary == default_run.summary
