"""Command line of the eval suite.

    python -m evals run [--dataset PATH] [--config NAME|FILE] [--compare] [--limit N] --out DIR
    python -m evals rescore --results DIR/results.jsonl [--dataset PATH] [--config NAME] --out DIR
    python -m evals bench --out DIR [--scales 1,10,100] [--skip-load]

The index is the one in LLAIS_DATA_DIR (ingested from knowledge/ first if
empty); every other setting is an LLAIS_* variable as for the app. Errors are
one line on stderr with exit status 2, never a traceback.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")


def _parser() -> argparse.ArgumentParser:
    from evals.configs import CONFIGS
    from evals.dataset import DEFAULT_DATASET

    p = argparse.ArgumentParser(prog="python -m evals", description="Llais evaluation suite and benchmarks.")
    sub = p.add_subparsers(dest="command", required=True)
    r = sub.add_parser("run", help="score a question set in one config (or --compare all)")
    r.add_argument("--dataset", type=Path, default=DEFAULT_DATASET, help="JSONL question set (default: the dev set)")
    r.add_argument("--config", default="default", help=f"one of {', '.join(CONFIGS)}, or a YAML file of settings")
    r.add_argument("--compare", action="store_true", help="run every named config on the same questions")
    r.add_argument("--limit", type=int, default=None, help="only the first N questions (quick checks)")
    r.add_argument("--out", type=Path, required=True, help="output folder")
    s = sub.add_parser("rescore", help="recompute metrics and report from a results.jsonl")
    s.add_argument("--results", type=Path, required=True)
    s.add_argument("--dataset", type=Path, default=DEFAULT_DATASET)
    s.add_argument("--config", default=None, help="only rows of this config (for a --compare results file)")
    s.add_argument("--out", type=Path, required=True)
    b = sub.add_parser("bench", help="speed and scale benchmarks")
    b.add_argument("--out", type=Path, required=True)
    b.add_argument("--scales", default="1,10,100", help="corpus enlargements to ingest (default 1,10,100)")
    b.add_argument("--asks", type=int, default=30, help="warm asks for p50/p95 (default 30)")
    b.add_argument("--skip-load", action="store_true", help="skip the concurrent Gradio load test")
    b.add_argument(
        "--backends", default="torch,onnx-int8",
        help="embedding backends to compare side by side (default torch,onnx-int8; empty: none)",
    )
    return p


def _run(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from assistant.settings import get_settings
    from evals.configs import get_config
    from evals.runner import _one_line, ensure_index, load_for, run_compare, run_one

    settings = get_settings()
    config = None if args.compare else get_config(args.config)  # fail fast on a bad name or value
    if config is not None:
        config.settings(settings)
    ensure_index(settings, log=lambda m: print(m, file=sys.stderr))
    dataset = load_for(args.dataset, settings)
    if args.limit:
        dataset = replace(dataset, items=dataset.items[: args.limit])
    for w in dataset.warnings:
        print(f"warning: {w}", file=sys.stderr)
    if config is None:
        results = run_compare(dataset, settings, args.out)
    else:
        results = [run_one(dataset, config, settings, args.out)]
        print(_one_line(results[0]))
    for r in results:
        for w in r.warnings():
            print(f"warning ({r.config.name}): {w}", file=sys.stderr)
    print(f"Report: {args.out / 'report.md'}")
    return 0


def _rescore(args: argparse.Namespace) -> int:
    from evals.dataset import DatasetError, load_dataset
    from evals.report import write_report
    from evals.runner import _one_line, rescore, write_outputs

    if not args.results.is_file():
        raise DatasetError(f"results file not found: {args.results}")
    result = rescore(args.results, load_dataset(args.dataset), args.config)
    if not result.results:
        raise DatasetError(f"no rows of {args.results} match the dataset{' and config' if args.config else ''}")
    write_outputs(result, args.out)
    write_report([result], args.out)
    print(_one_line(result))
    print(f"Report: {args.out / 'report.md'}")
    return 0


def _bench(args: argparse.Namespace) -> int:
    from evals.bench import run_bench

    try:
        scales = [int(s) for s in args.scales.split(",") if s.strip()]
    except ValueError:
        print(f"error: --scales must be comma-separated whole numbers, got '{args.scales}'", file=sys.stderr)
        return 2
    backends = [b.strip() for b in args.backends.split(",") if b.strip()]
    run_bench(args.out, scales=scales, asks=args.asks, load=not args.skip_load, backends=backends)
    return 0


def main(argv: list[str] | None = None) -> int:
    from assistant.errors import user_message
    from evals.configs import ConfigError
    from evals.dataset import DatasetError
    from evals.outside import OutsideSetMissing

    args = _parser().parse_args(argv)
    try:
        return {"run": _run, "rescore": _rescore, "bench": _bench}[args.command](args)
    except KeyboardInterrupt:
        return 130
    except (DatasetError, ConfigError, OutsideSetMissing) as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    except Exception as e:  # known failures are one line; bugs still raise
        msg = user_message(e)
        if msg is None:
            raise
        print(f"error: {msg}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
