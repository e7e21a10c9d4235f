"""Load test (not a unit test): many concurrent users asking questions.

    .venv/bin/python scripts/load_test.py [URL] [--levels 16,64] [--duration 60] [--data-dir DIR]
                                          [--client http|gradio_client]

Each level runs that many clients at once, each its own Gradio session, for a bounded
time: every client asks a question through the app's `/answer` API, waits for the answer,
and asks the next, until the time is up. Reported per level: answers per second, p50 and
p95 latency, and errors (an exception, a timeout, or a reply that isn't an Answer). The
run fails (exit status 1) if any request errs at 16 clients.

With no URL it starts `app.py` on 127.0.0.1 and a free port, with `--data-dir` as its data
dir (the built-in corpus is indexed on first start if that dir is empty), and stops it
at the end. Questions come from `evals/data/dev.jsonl`, in a different order per client.

Clients: `http` (default) calls the app's HTTP API as `curl` users do (POST
/gradio_api/call/answer, then its event stream; `evals.bench.http_answer`), through the
same Gradio queue as the browser. `gradio_client` is heavier: on a 2-core machine its 16
clients took 1.3 cores themselves, starving the app they measured.

Left out: ramp-up curves and think time (every client asks back to back, the worst case
for a fixed number of users), and the browser UI's streaming endpoint (`/ask`), whose
per-token updates measure the network rather than the app.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
READY = "Llais is running at "
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")


@dataclass(frozen=True)
class LevelResult:
    clients: int
    seconds: float
    answers: int
    errors: int
    throughput_per_s: float
    p50_ms: float
    p95_ms: float
    max_ms: float
    abstained: int
    error_samples: list[str] = field(default_factory=list)


def questions() -> list[tuple[str, str]]:
    rows = [json.loads(line) for line in (ROOT / "evals/data/dev.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    return [(r["question"], r.get("persona", "worker")) for r in rows]


def percentile(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1]


def _connect(url: str, kind: str, timeout_s: float) -> Callable[[str, str], Any]:
    """One user's connection: a function from (question, persona) to the reply."""
    if kind == "http":
        import httpx

        from evals.bench import http_answer

        http = httpx.Client(timeout=timeout_s)
        session = uuid.uuid4().hex  # one Gradio session per user, as a browser tab has
        return lambda question, persona: http_answer(http, url, question, persona, session)
    from gradio_client import Client

    client = Client(url, verbose=False, download_files=False)
    return lambda question, persona: client.submit(question, persona, api_name="/answer").result(timeout=timeout_s)


def run_level(url: str, clients: int, duration_s: float, timeout_s: float, kind: str = "http") -> LevelResult:
    qs = questions()
    latencies: list[float] = []
    errors: list[str] = []
    abstained = 0
    lock = threading.Lock()
    # Connect every client first, so connection set-up isn't timed as load.
    with ThreadPoolExecutor(max_workers=min(clients, 32)) as pool:
        conns = list(pool.map(lambda _: _connect(url, kind, timeout_s), range(clients)))
    start = threading.Barrier(clients + 1)
    deadline = 0.0

    def user(i: int) -> None:
        nonlocal abstained
        answer = conns[i]
        start.wait()
        n = i * 7  # each client walks the questions from a different place
        while time.monotonic() < deadline:
            question, persona = qs[n % len(qs)]
            n += 1
            t = time.perf_counter()
            try:
                reply = answer(question, persona)
                ok = isinstance(reply, dict) and "answer" in reply and "citations" in reply
                problem = None if ok else f"not an Answer: {str(reply)[:120]}"
            except Exception as e:  # every failure counts, whatever its type
                problem = f"{type(e).__name__}: {str(e)[:160]}"
                reply = None
            ms = (time.perf_counter() - t) * 1000
            with lock:
                if problem:
                    errors.append(problem)
                else:
                    latencies.append(ms)
                    abstained += bool(reply and reply.get("abstained"))

    threads = [threading.Thread(target=user, args=(i,), daemon=True) for i in range(clients)]
    for t in threads:
        t.start()
    deadline = time.monotonic() + duration_s
    t0 = time.perf_counter()
    start.wait()
    for t in threads:
        t.join(timeout=duration_s + timeout_s + 30)
    elapsed = time.perf_counter() - t0
    return LevelResult(
        clients=clients,
        seconds=round(elapsed, 1),
        answers=len(latencies),
        errors=len(errors),
        throughput_per_s=round(len(latencies) / elapsed, 2) if elapsed else 0.0,
        p50_ms=round(percentile(latencies, 50), 1),
        p95_ms=round(percentile(latencies, 95), 1),
        max_ms=round(max(latencies, default=0.0), 1),
        abstained=abstained,
        error_samples=sorted(set(errors))[:5],
    )


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_app(data_dir: Path, timeout_s: float = 900) -> tuple[subprocess.Popen[str], str]:
    env = {
        **os.environ,
        "LLAIS_DATA_DIR": str(data_dir),
        "GRADIO_SERVER_NAME": "127.0.0.1",
        "GRADIO_SERVER_PORT": str(free_port()),
        "GRADIO_ANALYTICS_ENABLED": "False",
        "HF_HUB_OFFLINE": "1",
        "PYTHONUNBUFFERED": "1",
    }
    proc = subprocess.Popen(
        [sys.executable, str(ROOT / "app.py")], cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    assert proc.stdout is not None
    found: list[str] = []
    seen: list[str] = []

    def read() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            seen.append(line)
            if READY in line and not found:
                found.append(line.split(READY, 1)[1].split()[0])
                ready.set()
        ready.set()

    ready = threading.Event()
    threading.Thread(target=read, daemon=True).start()
    if not ready.wait(timeout_s) or not found:
        proc.kill()
        raise SystemExit("app.py did not start:\n" + "".join(seen[-30:]))
    return proc, found[0]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("url", nargs="?", help="a running Llais app (default: start app.py here)")
    ap.add_argument("--levels", default="16,64", help="concurrent clients per level, comma-separated")
    ap.add_argument("--duration", type=float, default=60.0, help="seconds of load per level")
    ap.add_argument("--timeout", type=float, default=180.0, help="seconds before one request counts as an error")
    ap.add_argument("--data-dir", type=Path, default=None, help="data dir for the app this script starts")
    ap.add_argument("--json", type=Path, default=None, help="also write the results here")
    ap.add_argument("--client", choices=("http", "gradio_client"), default="http", help="how each user calls the app")
    args = ap.parse_args(argv)

    proc = None
    url = args.url
    if not url:
        data_dir = args.data_dir or Path(tempfile.mkdtemp(prefix="llais-load-"))
        print(f"starting app.py (data dir {data_dir}) …", flush=True)
        proc, url = start_app(data_dir)
    try:
        # One answer first: the model and the index snapshot load on the first question.
        _connect(url, args.client, args.timeout)("What is RPA?", "worker")
        results = []
        for clients in (int(x) for x in args.levels.split(",")):
            print(f"{clients} clients for {args.duration:.0f}s against {url} …", flush=True)
            r = run_level(url, clients, args.duration, args.timeout, args.client)
            results.append(r)
            print(
                f"  {r.answers} answers, {r.errors} errors, {r.throughput_per_s}/s, "
                f"p50 {r.p50_ms:.0f} ms, p95 {r.p95_ms:.0f} ms, max {r.max_ms:.0f} ms",
                flush=True,
            )
            for sample in r.error_samples:
                print(f"    error: {sample}", flush=True)
    finally:
        if proc is not None:
            proc.terminate()
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()

    print("\n| clients | answers | errors | answers/s | p50 | p95 |\n|---:|---:|---:|---:|---:|---:|")
    for r in results:
        print(f"| {r.clients} | {r.answers} | {r.errors} | {r.throughput_per_s} | {r.p50_ms / 1000:.2f} s | {r.p95_ms / 1000:.2f} s |")
    if args.json:
        args.json.write_text(json.dumps([asdict(r) for r in results], indent=2), encoding="utf-8")
    failed = [r for r in results if r.clients <= 16 and r.errors]
    if failed:
        print(f"FAIL: {failed[0].errors} error(s) at {failed[0].clients} clients", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
