"""Measure `ask` latency: cold start to first answer, and warm p50/p95 over 50 questions.

    .venv/bin/python scripts/latency.py [--n 50] [--data-dir DIR]

Uses the index in LLAIS_DATA_DIR (ingesting the built-in corpus first if empty).
Not a test: figures depend on the machine. Questions come from evals/data/dev.jsonl.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _questions(n: int) -> list[str]:
    rows = [json.loads(line) for line in (ROOT / "evals/data/dev.jsonl").read_text().splitlines() if line.strip()]
    qs = [r["question"] for r in rows]
    return (qs * (n // max(len(qs), 1) + 1))[:n]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=50)
    ap.add_argument("--data-dir", default=os.environ.get("LLAIS_DATA_DIR"))
    args = ap.parse_args()
    env = dict(os.environ)
    if args.data_dir:
        env["LLAIS_DATA_DIR"] = args.data_dir
        os.environ["LLAIS_DATA_DIR"] = args.data_dir

    from assistant.ingest.pipeline import ingest
    from assistant.service import ask, get_kb
    from assistant.settings import get_settings

    settings = get_settings()
    if get_kb(settings).is_empty():
        ingest(None, settings)

    # Cold start: a fresh interpreter, imports + model load + first answer.
    t0 = time.perf_counter()
    subprocess.run(
        [sys.executable, "-c", "from assistant import ask; ask('What must my employer do before introducing RPA?')"],
        check=True, env=env, capture_output=True,
    )
    cold = time.perf_counter() - t0

    ask("warm-up question about training")
    times = []
    for q in _questions(args.n):
        t = time.perf_counter()
        ask(q)
        times.append((time.perf_counter() - t) * 1000)
    times.sort()
    p95 = times[max(0, int(round(0.95 * len(times))) - 1)]
    print(json.dumps({
        "questions": len(times),
        "cold_start_s": round(cold, 2),
        "warm_p50_ms": round(statistics.median(times), 1),
        "warm_p95_ms": round(p95, 1),
        "warm_max_ms": round(times[-1], 1),
    }, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
