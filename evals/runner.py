"""Run a question set through one configuration (or all of them) and score it.

For each question the runner asks the real service (`assistant.service.ask`,
or the LangChain baseline) and appends one line to `DIR/results.jsonl`: the
full `Answer.model_dump()` plus `id`, `config`, `latency_ms` and `error`. It
then writes `DIR/metrics.json` and `DIR/report.md` with PNG charts
(`evals/report.py`). Results are streamed line by line, so an interrupted run
still leaves what it did; `rescore` recomputes metrics from a results file.

Left out: running questions in parallel. The service is CPU-bound on the
embedding model; threads would only blur the latency figures.
"""

from __future__ import annotations

import importlib
import json
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from assistant.models import Answer
from assistant.settings import Settings
from evals.configs import COMPARE_ORDER, CONFIGS, EvalConfig
from evals.dataset import Dataset, EvalItem, corpus_texts, load_dataset
from evals.metrics import CITATION_CHECK, question_scores, summarise
from evals.results import ConfigResult, QuestionResult


def ensure_index(settings: Settings, log: Callable[[str], None] = print) -> None:
    """Bring the index up to date with the knowledge folder before measuring.

    Always an incremental ingest (unchanged files are skipped by hash), never only
    when the index is empty: an index built by an older pipeline would otherwise
    be measured in place of the one the code builds now."""
    from assistant.ingest.pipeline import ingest

    report = ingest([settings.knowledge_dir], settings)
    changed = [f for f in report.files if f.status in ("added", "updated")]
    if changed:
        log(f"Indexed {len(changed)} changed document(s) of {settings.knowledge_dir} in {settings.data_dir}.")
    for f in report.failed:
        log(f"  failed: {f.path}: {f.error}")


def indexed_texts(settings: Settings) -> list[str]:
    from assistant.service import get_kb

    kb = get_kb(settings)
    return [t for s in kb.sources() if (t := kb.document_text(s.doc_id))]


def load_for(path: Path | str, settings: Settings) -> Dataset:
    """The dataset, with its evidence checked against the raw and indexed corpus."""
    return load_dataset(path, corpus_texts(settings.knowledge_dir, indexed_texts(settings)))


def _error_answer(item: EvalItem, persona: str, backend: str, message: str) -> Answer:
    return Answer(answer="", abstained=True, backend=backend, citations=[], passages=[], question=item.question, persona=persona, notice=message)


def answerer(config: EvalConfig, settings: Settings) -> tuple[Callable[[EvalItem], Answer], Callable[[], None], dict[str, Any]]:
    """(ask one item, clean up, facts about the setup) for a config."""
    if config.baseline:
        from evals.baseline import Baseline

        if config.dataset == "outside-dev":
            from evals import outside

            sources = outside.documents()
        else:
            sources = [settings.knowledge_dir]
        base = Baseline(sources, settings.embedding_model)
        info = {"baseline": {"chunks": base.chunks, "build_seconds": round(base.build_seconds, 2)}}
        return (lambda item: base.ask(item.question, config.persona or item.persona, item.doc_id)), base.close, info

    from assistant.service import ask, get_kb

    cfg_settings = config.settings(settings)
    kb = get_kb(cfg_settings)

    def one(item: EvalItem) -> Answer:
        persona = config.persona or item.persona
        doc_ids = (item.doc_id,) if item.doc_id else ()
        # A conversation is asked for real, turn by turn; only the last answer is scored.
        history: list[tuple[str, str]] = []
        for earlier in item.history:
            previous = ask(earlier, persona, doc_ids=doc_ids, history=history, settings=cfg_settings, kb=kb)
            history.append((earlier, previous.answer))
        return ask(item.question, persona, doc_ids=doc_ids, history=history, settings=cfg_settings, kb=kb)

    return one, (lambda: None), {"settings": {"backend": cfg_settings.backend, **config.overrides}}


def _progress(items: Iterable[EvalItem], label: str, enabled: bool) -> Iterable[EvalItem]:
    if not enabled:
        return items
    from tqdm import tqdm

    return tqdm(items, desc=label, unit="q", file=sys.stderr, leave=False)


def for_config(config: EvalConfig, dataset: Dataset, settings: Settings) -> tuple[Dataset, Settings]:
    """The questions and settings a config runs on: its own set (the outside
    development set, the employer documents) or the one given."""
    if config.dataset == "outside-dev":
        from evals import outside

        return outside.load(settings)
    if config.dataset == "employer-docs":
        from evals import employer

        return employer.load(settings)
    return dataset, settings


def run_config(
    dataset: Dataset,
    config: EvalConfig,
    settings: Settings,
    out_dir: Path | None = None,
    *,
    progress: bool = False,
    injection: bool = False,
) -> ConfigResult:
    """Ask every question in one config; stream rows to out_dir/results.jsonl."""
    from assistant.errors import user_message

    dataset, settings = for_config(config, dataset, settings)
    ask_one, close, info = answerer(config, settings)
    results: list[QuestionResult] = []
    sink = None
    if out_dir is not None:
        out_dir.mkdir(parents=True, exist_ok=True)
        sink = (out_dir / "results.jsonl").open("w", encoding="utf-8")
    try:
        for item in _progress(dataset.items, config.name, progress):
            persona = config.persona or item.persona
            t0 = time.perf_counter()
            error = None
            try:
                answer = ask_one(item)
            except Exception as e:  # a known failure is a result; a bug still raises
                msg = user_message(e)
                if msg is None:
                    raise
                error = msg
                answer = _error_answer(item, persona, settings.backend, msg)
            r = QuestionResult(item, answer.model_dump(mode="json"), (time.perf_counter() - t0) * 1000, error)
            results.append(r)
            if sink is not None:
                sink.write(json.dumps(r.row(config.name), ensure_ascii=False) + "\n")
                sink.flush()
    finally:
        close()
        if sink is not None:
            sink.close()
    if injection and not config.baseline:
        inj = injection_result(config.settings(settings))
        if inj is not None:
            info["injection"] = inj
    return score(dataset, config, results, info)


def score(dataset: Dataset, config: EvalConfig, results: list[QuestionResult], info: dict[str, Any] | None = None) -> ConfigResult:
    scores = [question_scores(r.item, r.answer, r.latency_ms) for r in results]
    return ConfigResult(config, dataset, tuple(results), tuple(scores), summarise(scores), dict(info or {}))


def injection_result(settings: Settings) -> dict[str, Any] | None:
    """The prompt-injection suite's result, when `evals/injection.py` provides one."""
    try:
        mod = importlib.import_module("evals.injection")
    except ImportError:
        return None
    run = getattr(mod, "run", None)
    if not callable(run):
        return None
    try:
        result = run(settings)
    except Exception as e:  # the injection suite is another module's; report, don't crash
        return {"error": f"{type(e).__name__}: {e}"}
    if not isinstance(result, dict):
        return {"result": result}
    return {k: v for k, v in result.items() if k != "rows"}  # per-case rows stay with the injection suite


def rescore(results_path: Path, dataset: Dataset, config_name: str | None = None) -> ConfigResult:
    """Metrics recomputed from a results.jsonl (e.g. after changing a metric)."""
    items = {i.id: i for i in dataset.items}
    results: list[QuestionResult] = []
    name = config_name
    with results_path.open(encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            row = json.loads(line)
            if config_name and row.get("config") != config_name:
                continue
            name = name or row.get("config")
            item = items.get(str(row.get("id")))
            if item is None:
                continue
            answer = {k: v for k, v in row.items() if k not in ("id", "config", "latency_ms", "error")}
            results.append(QuestionResult(item, answer, float(row.get("latency_ms", 0.0)), row.get("error")))
    config = CONFIGS.get(name or "", EvalConfig(name or "results", f"rescored from {results_path}"))
    return score(dataset, config, results)


def run_one(dataset: Dataset, config: EvalConfig, settings: Settings, out_dir: Path, progress: bool = True) -> ConfigResult:
    from evals.report import write_report

    result = run_config(dataset, config, settings, out_dir, progress=progress, injection=True)
    write_outputs(result, out_dir)
    write_report([result], out_dir)
    return result


def write_outputs(result: ConfigResult, out_dir: Path) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "metrics.json").write_text(json.dumps(result.metrics_json(), indent=2, ensure_ascii=False), encoding="utf-8")


def run_compare(
    dataset: Dataset, settings: Settings, out_dir: Path, names: Iterable[str] = COMPARE_ORDER, progress: bool = True
) -> list[ConfigResult]:
    """Every named config on the same questions: one table, one chart."""
    from evals.report import write_report

    out_dir.mkdir(parents=True, exist_ok=True)
    results: list[ConfigResult] = []
    with (out_dir / "results.jsonl").open("w", encoding="utf-8") as all_rows:
        for name in names:
            config = CONFIGS[name]
            sub = out_dir / _slug(name)
            if config.dataset == "outside-dev":
                from evals import outside

                if not outside.available():
                    print(f"skipped {name}: the outside development set is not at {outside.root()}", file=sys.stderr)
                    continue
            r = run_config(dataset, config, settings, sub, progress=progress, injection=name == "default")
            write_outputs(r, sub)
            write_report([r], sub)
            for q in r.results:
                all_rows.write(json.dumps(q.row(name), ensure_ascii=False) + "\n")
            results.append(r)
            if progress:
                print(_one_line(r), file=sys.stderr)
    combined = {"configs": {r.config.name: r.metrics_json() for r in results}, "citation_check": CITATION_CHECK}
    (out_dir / "metrics.json").write_text(json.dumps(combined, indent=2, ensure_ascii=False), encoding="utf-8")
    write_report(results, out_dir)
    return results


def _slug(name: str) -> str:
    return name.replace("+", "-plus-").replace("/", "-")


def _one_line(r: ConfigResult) -> str:
    def f(m: str) -> str:
        v = r.value(m)
        return "n/a" if v is None else f"{v:.3f}"

    lat = r.summary["latency_ms"]
    return (
        f"{r.config.name:>18}: recall@5 {f('recall@5')}  mrr@10 {f('mrr@10')}  coverage {f('key_point_coverage')}  "
        f"cite P/R {f('citation_precision')}/{f('citation_recall')}  refusal {f('refusal_recall')}  "
        f"false-refusal {f('false_refusal_rate')}  lead {f('lead_hit')}  cov@600 {f('coverage@600')}  "
        f"stmtP {f('statement_precision')}  chars p50 {r.summary['answer_chars'].get('p50') or 0:.0f}  "
        f"p50 {lat['p50']:.0f} ms  p95 {lat['p95']:.0f} ms"
    )
