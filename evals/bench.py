"""Speed and scale benchmarks: `python -m evals bench --out DIR`.

Measured, each in a fresh subprocess so one phase's caches and memory don't
flatter the next:

- ingest time of the corpus and of synthetic 10x and 100x enlargements
  (copies of every file with their sections reordered, other names and numbers
  and swapped words, each with its own id, generated in a temp dir and deleted
  afterwards), giving a growth curve, plus warm ask
  latency at each size;
- cold start to first answer: a new Python process, imports, model load,
  index open and one `ask()` against the 1x index;
- warm ask p50 / p95 over the dev questions, after the sentence cache is filled as the
  app fills it at start (`KnowledgeBase.warm`), and, for comparison, before it is;
- peak RSS of every phase (`resource.getrusage`; the app's from /proc VmHWM);
- the embedding backends side by side (`--backends torch,onnx-int8`): model export (once),
  ingest of the corpus, cold start, warm ask, and retrieval on the dev set's single-turn
  questions (recall@5, MRR@10), each backend in its own processes;
- concurrent load through the running Gradio app (`app.py` on 127.0.0.1, a
  free port) through its HTTP API at 1, 4, 16 and 64 users: throughput, p50/p95
  and errors. Skipped with a message when `app.py` is absent.

Writes `DIR/bench.json` and `DIR/bench.png`. It is not a unit test: the
figures depend on the machine and its load, so they are reported, not asserted.

Left out: GPU timings (CPU-only target) and a Chroma-server variant (its cost
is the network hop, which a loopback bench would understate).
"""

from __future__ import annotations

import json
import os
import random
import re
import resource
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from assistant.settings import REPO_ROOT

PY = sys.executable
COLD_QUESTION = "What must my employer do before introducing RPA?"
LOAD_USERS = (1, 4, 16, 64)
REQUESTS_PER_USER = 4
APP_START_TIMEOUT_S = 300


def _log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def _pct(values: list[float], q: float) -> float | None:
    if not values:
        return None
    import numpy as np

    return float(np.percentile(values, q))


# --- synthetic enlargements ---------------------------------------------------------


# Stand-in names for a copy: other public bodies, places and people, so that copies differ
# in the words a search weighs most (names), not only in word order.
_NAMES = (
    "Aberconwy", "Bryngwyn", "Caerwen", "Dyffryn", "Eryri", "Ffestiniog", "Glanaman", "Hafren",
    "Islwyn", "Llanfair", "Maelor", "Nantgarw", "Ogwen", "Penrhos", "Rhondda", "Sirhowy",
    "Tawe", "Ystrad", "Cadwaladr", "Angharad", "Bethan", "Cerys", "Dafydd", "Elen", "Gethin",
    "Heledd", "Iolo", "Lowri", "Meirion", "Nia", "Owain", "Rhian", "Sioned", "Tomos",
)
_PROPER = re.compile(r"(?<=[a-z,;] )[A-Z][a-z]{3,}")
_NUMBER = re.compile(r"\d+")


def _section_starts(blocks: list[str]) -> list[int]:
    """Indices of blocks that open a section: a short first line that starts with a letter
    (not a list item) and has no closing punctuation (a heading or a question)."""
    starts = [0]
    for i, block in enumerate(blocks[1:], 1):
        first = block.strip().split("\n", 1)[0]
        if 0 < len(first) <= 90 and first[0].isalpha() and first[-1] not in ".,;:)":
            starts.append(i)
    return starts


def _another_number(digits: int, rng: random.Random) -> str:
    """A random number with this many digits (no leading zero unless it is one digit)."""
    low = 10 ** (digits - 1) if digits > 1 else 0
    return str(rng.randrange(low, 10**digits))


def _perturb(text: str, rng: random.Random) -> str:
    """A different document of the same shape: its sections in another order (the opening
    block stays first), about half of its names swapped for others, every number changed,
    and two neighbouring words swapped in about half the lines."""
    blocks = text.split("\n\n")
    starts = _section_starts(blocks) + [len(blocks)]
    sections = [blocks[a:b] for a, b in zip(starts, starts[1:], strict=False)]
    head, rest = sections[:1], sections[1:]
    rng.shuffle(rest)
    text = "\n\n".join(b for sec in head + rest for b in sec)
    names = {n: rng.choice(_NAMES) for n in sorted(set(_PROPER.findall(text))) if rng.random() < 0.5}
    text = _PROPER.sub(lambda m: names.get(m.group(0), m.group(0)), text)
    text = _NUMBER.sub(lambda m: _another_number(len(m.group(0)), rng), text)
    out = []
    for line in text.split("\n"):
        words = line.split(" ")
        if len(words) > 3 and rng.random() < 0.5:
            i = rng.randrange(1, len(words) - 2)
            words[i], words[i + 1] = words[i + 1], words[i]
        out.append(" ".join(words))
    return "\n".join(out)


def enlarge(src: Path, dest: Path, factor: int, seed: int = 11) -> list[Path]:
    """`factor` copies of every document in src: the originals plus perturbed ones."""
    from assistant.ingest.knowledge import is_supported

    dest.mkdir(parents=True, exist_ok=True)
    files = [p for p in sorted(src.iterdir()) if p.is_file() and is_supported(p)]
    manifest = src / "sources.yaml"
    if manifest.exists():
        shutil.copy2(manifest, dest / manifest.name)
    out: list[Path] = []
    for path in files:
        text = path.read_text(encoding="utf-8", errors="replace")
        for k in range(factor):
            target = dest / (path.name if k == 0 else f"{path.stem}--copy{k:03d}{path.suffix}")
            target.write_text(text if k == 0 else _perturb(text, random.Random(f"{seed}-{path.name}-{k}")), encoding="utf-8")
            out.append(target)
    return out


# --- child processes ------------------------------------------------------------------


def _child(task: str, *args: str, env: dict[str, str] | None = None, timeout: float = 7200) -> dict[str, Any]:
    """Run `python -m evals.bench <task> ...` and return the JSON it prints last."""
    cmd = [PY, "-m", "evals.bench", task, *args]
    proc = subprocess.run(cmd, cwd=REPO_ROOT, capture_output=True, text=True, timeout=timeout, env={**os.environ, **(env or {})})
    if proc.returncode != 0:
        tail = (proc.stderr or proc.stdout).strip().splitlines()[-3:]
        raise RuntimeError(f"bench step '{task}' failed: {' | '.join(tail)}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _settings(data_dir: str, knowledge_dir: str | None = None):  # -> Settings
    from assistant.settings import Settings

    kw: dict[str, Any] = {"data_dir": Path(data_dir)}
    if knowledge_dir:
        kw["knowledge_dir"] = Path(knowledge_dir)
    return Settings(**kw)


def _task_ingest(src: str, data: str) -> dict[str, Any]:
    from assistant.ingest.pipeline import ingest
    from assistant.store.embeddings import embedder_for

    settings = _settings(data, src)
    t = time.perf_counter()
    embedder = embedder_for(settings)  # LLAIS_EMBEDDING_BACKEND chooses torch, onnx or onnx-int8
    model_s = time.perf_counter() - t
    report = ingest([Path(src)], settings, embedder=embedder)
    failed = [f"{f.path}: {f.error}" for f in report.failed]
    return {
        "files": len(report.files),
        "chunks": sum(f.chunks for f in report.files),
        "seconds": report.seconds,
        "model_load_s": model_s,
        "failed": failed[:5],
        "peak_rss_mb": _rss_mb(),
    }


def _task_export(cache: str) -> dict[str, Any]:
    """Export the embedding model for the backend in LLAIS_EMBEDDING_BACKEND (once)."""
    from assistant.settings import get_settings
    from assistant.store.embeddings import get_embedder

    settings = get_settings()
    t = time.perf_counter()
    get_embedder(settings.embedding_model, settings.embedding_backend, cache).embed(["warm"])
    return {"seconds": time.perf_counter() - t, "peak_rss_mb": _rss_mb()}


def _task_retrieval(data: str) -> dict[str, Any]:
    """Recall@5 and MRR@10 of retrieval alone on the dev set's single-turn answerable
    questions (the document filter set where the row has one)."""
    from assistant.retrieval.retrieve import Filters, retrieve
    from assistant.service import get_kb
    from evals.dataset import DEFAULT_DATASET, load_dataset
    from evals.metrics import mrr_at, recall_at, relevance

    settings = _settings(data)
    kb = get_kb(settings)
    recall, mrr = [], []
    for item in load_dataset(DEFAULT_DATASET).items:
        if not item.answerable or not item.evidence or item.history:
            continue
        filters = Filters((), (item.doc_id,) if item.doc_id else ())
        found = retrieve(kb, item.question, settings, filters, k=10)
        rel = relevance([p.text for p in found.passages[:10]], item.evidence)
        recall.append(recall_at(rel, len(item.evidence), 5))
        mrr.append(mrr_at(rel, 10))
    return {"n": len(recall), "recall@5": statistics.fmean(recall), "mrr@10": statistics.fmean(mrr)}


def compare_backends(tmp: Path, backends: list[str], asks: int) -> dict[str, Any]:
    """Each backend's export, ingest, cold start, warm ask and retrieval, side by side."""
    out: dict[str, Any] = {}
    for backend in backends:
        env = {"LLAIS_EMBEDDING_BACKEND": backend, "LLAIS_MODEL_CACHE_DIR": str(tmp / "models")}
        data = tmp / f"data-{backend}"
        _log(f"backend {backend}: export, ingest, cold start, warm ask, retrieval …")
        row: dict[str, Any] = {"export": _child("export", str(tmp / "models"), env=env)}
        row["ingest"] = _child("ingest", str(REPO_ROOT / "knowledge"), str(data), env=env)
        row["cold_start"] = _child("cold", str(data), repr(time.time()), env=env)
        row["warm_ask"] = _child("warm", str(data), str(asks), env=env)
        row["retrieval"] = _child("retrieval", str(data), env=env)
        out[backend] = row
    return out


def _questions() -> list[str]:
    from evals.dataset import DEFAULT_DATASET, load_dataset

    return [i.question for i in load_dataset(DEFAULT_DATASET).items]


def _task_cold(data: str, launched_at: str) -> dict[str, Any]:
    t_imports = time.time()
    from assistant.service import ask

    answer = ask(COLD_QUESTION, settings=_settings(data))
    now = time.time()
    return {
        "first_answer_s": now - float(launched_at),
        "interpreter_s": t_imports - float(launched_at),
        "abstained": answer.abstained,
        "peak_rss_mb": _rss_mb(),
    }


def _task_warm(data: str, n: str) -> dict[str, Any]:
    from assistant.service import ask, get_kb

    settings = _settings(data)
    kb = get_kb(settings)
    questions = _questions()
    ask(questions[0], settings=settings, kb=kb)  # warm-up: model, snapshot, BM25

    def timed(offset: int) -> list[float]:
        times: list[float] = []
        for i in range(int(n)):
            q = questions[(offset + i) % len(questions)]
            t = time.perf_counter()
            ask(q, settings=settings, kb=kb)
            times.append((time.perf_counter() - t) * 1000)
        return times

    # Before and after the sentence cache is filled, as the app fills it at start
    # (KnowledgeBase.warm); the questions differ, so the second run is not served by
    # what the first one cached.
    before = timed(1)
    t = time.perf_counter()
    kb.warm()
    fill_s = time.perf_counter() - t
    times = timed(1 + int(n))
    return {
        "n": len(times),
        "p50_ms": _pct(times, 50),
        "p95_ms": _pct(times, 95),
        "mean_ms": statistics.fmean(times),
        "before_fill_p50_ms": _pct(before, 50),
        "before_fill_p95_ms": _pct(before, 95),
        "cache_fill_s": fill_s,
        "peak_rss_mb": _rss_mb(),
    }


# --- the app under load ------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _vm_hwm_mb(pid: int) -> float | None:
    try:
        text = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return None
    m = re.search(r"VmHWM:\s+(\d+)\s+kB", text)
    return int(m.group(1)) / 1024 if m else None


def _start_app(data: str) -> tuple[subprocess.Popen, str, float]:
    port = _free_port()
    env = {
        **os.environ,
        "LLAIS_DATA_DIR": data,
        "GRADIO_SERVER_NAME": "127.0.0.1",
        "GRADIO_SERVER_PORT": str(port),
        "GRADIO_ANALYTICS_ENABLED": "False",
        "PYTHONUNBUFFERED": "1",
    }
    t0 = time.perf_counter()
    proc = subprocess.Popen([PY, "app.py"], cwd=REPO_ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    url: list[str] = []
    lines: list[str] = []
    ready = threading.Event()

    def read() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:  # keep draining so the app never blocks on a full pipe
            lines.append(line)
            m = re.search(r"running at (http://\S+)", line)
            if m and not url:
                url.append(m.group(1).rstrip("/"))
                ready.set()
        ready.set()

    threading.Thread(target=read, daemon=True).start()
    ready.wait(APP_START_TIMEOUT_S)
    if not url:
        proc.kill()
        proc.wait()
        raise RuntimeError("app.py did not start: " + " | ".join(x.strip() for x in lines[-3:]))
    return proc, url[0], time.perf_counter() - t0


def http_answer(http: Any, url: str, question: str, persona: str = "worker", session: str | None = None) -> dict[str, Any]:
    """One question through the app's HTTP API, as `curl` users call it: POST
    /gradio_api/call/answer, then read the event stream until `complete` (the Answer
    JSON) or `error` (the one-line message). It goes through Gradio's queue like the
    browser; unlike `gradio_client`, it costs the load generator little CPU (with 16
    gradio_client users the generator took 1.3 of this machine's 2 cores, and the app
    under test was starved of them). `session`: one id per simulated user, as a browser
    tab keeps one (without it, every question opens a new Gradio session)."""
    url = url.rstrip("/")
    r = http.post(f"{url}/gradio_api/call/answer", json={"data": [question, persona], "session_hash": session})
    r.raise_for_status()
    event_id = r.json()["event_id"]
    event = ""
    with http.stream("GET", f"{url}/gradio_api/call/answer/{event_id}") as stream:
        for line in stream.iter_lines():
            if line.startswith("event:"):
                event = line[6:].strip()
            elif line.startswith("data:") and event in ("complete", "error"):
                data = json.loads(line[5:])
                if event == "error":
                    raise RuntimeError(f"the app said: {data}")
                return data[0]
    raise RuntimeError("the event stream ended without an answer")


def _load(url: str, users: int, questions: list[str]) -> dict[str, Any]:
    import httpx

    clients = [httpx.Client(timeout=120) for _ in range(users)]
    sessions = [uuid.uuid4().hex for _ in range(users)]
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()

    def user(u: int) -> None:
        for r in range(REQUESTS_PER_USER):
            q = questions[(u * REQUESTS_PER_USER + r) % len(questions)]
            t = time.perf_counter()
            try:
                out = http_answer(clients[u], url, q, session=sessions[u])
                ok = isinstance(out, dict) and "answer" in out
                err = None if ok else f"unexpected reply {str(out)[:60]}"
            except Exception as e:  # every failure is a data point of the load test
                err = f"{type(e).__name__}: {str(e)[:80]}"
            dt = (time.perf_counter() - t) * 1000
            with lock:
                if err:
                    errors.append(err)
                else:
                    latencies.append(dt)

    t0 = time.perf_counter()
    threads = [threading.Thread(target=user, args=(u,)) for u in range(users)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - t0
    for c in clients:
        c.close()
    return {
        "users": users,
        "requests": users * REQUESTS_PER_USER,
        "ok": len(latencies),
        "errors": len(errors),
        "error_examples": sorted(set(errors))[:3],
        "seconds": wall,
        "throughput_rps": len(latencies) / wall if wall else None,
        "p50_ms": _pct(latencies, 50),
        "p95_ms": _pct(latencies, 95),
    }


def load_test(data: str) -> dict[str, Any]:
    if not (REPO_ROOT / "app.py").exists():
        return {"skipped": "app.py not found: the concurrent load test needs the Gradio app"}
    proc, url, start_s = _start_app(data)
    try:
        questions = [q for q in _questions() if len(q) < 200]
        from gradio_client import Client

        api = Client(url, verbose=False).view_api(print_info=False, return_format="dict") or {}
        names = set((api.get("named_endpoints") or {}).keys())
        if "/answer" not in names:
            return {"skipped": f"the app exposes no /answer API endpoint (found: {', '.join(sorted(names)) or 'none'})"}
        import httpx

        with httpx.Client(timeout=120) as http:
            http_answer(http, url, questions[0])  # warm-up, not timed
        runs = []
        for users in LOAD_USERS:
            _log(f"  load: {users} concurrent user(s) …")
            runs.append(_load(url, users, questions))
        return {"app_start_to_ready_s": start_s, "runs": runs, "app_peak_rss_mb": _vm_hwm_mb(proc.pid)}
    finally:
        proc.terminate()
        try:
            proc.wait(30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


# --- orchestration ------------------------------------------------------------------------


def run_bench(
    out: Path, scales: list[int] | None = None, asks: int = 30, load: bool = True, backends: list[str] | None = None
) -> dict[str, Any]:
    scales = sorted(set(scales or [1, 10, 100]) | {1})
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="llais-bench-"))
    result: dict[str, Any] = {
        "machine": {"cpus": os.cpu_count(), "python": sys.version.split()[0], "platform": sys.platform},
        "started": time.strftime("%Y-%m-%dT%H:%M:%S"),
    }
    try:
        growth: list[dict[str, Any]] = []
        for factor in scales:
            src = REPO_ROOT / "knowledge" if factor == 1 else tmp / f"corpus-x{factor}"
            if factor != 1:
                enlarge(REPO_ROOT / "knowledge", src, factor)
            data = tmp / f"data-x{factor}"
            _log(f"ingest {factor}x …")
            ing = _child("ingest", str(src), str(data))
            _log(f"  {ing['chunks']} chunks in {ing['seconds']:.1f}s")
            warm = _child("warm", str(data), str(asks if factor == 1 else max(10, asks // 3)))
            growth.append({"factor": factor, "ingest": ing, "warm_ask": warm})
            if factor != 1:
                shutil.rmtree(src, ignore_errors=True)
                shutil.rmtree(data, ignore_errors=True)
        result["growth"] = growth
        if backends:
            result["backends"] = compare_backends(tmp, backends, asks)
        base = str(tmp / "data-x1")
        _log("cold start …")
        result["cold_start"] = _child("cold", base, repr(time.time()))
        result["warm_ask"] = next(g["warm_ask"] for g in growth if g["factor"] == 1)
        if load:
            _log("concurrent load through the app …")
            try:
                result["load"] = load_test(base)
            except RuntimeError as e:
                result["load"] = {"skipped": str(e)}
        else:
            result["load"] = {"skipped": "--skip-load"}
        result["peak_rss_mb"] = {
            "ingest_by_factor": {str(g["factor"]): g["ingest"]["peak_rss_mb"] for g in growth},
            "cold_start": result["cold_start"]["peak_rss_mb"],
            "warm_ask": result["warm_ask"]["peak_rss_mb"],
            "app_under_load": result["load"].get("app_peak_rss_mb"),
        }
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    (out / "bench.json").write_text(json.dumps(result, indent=2), encoding="utf-8")
    chart(result, out / "bench.png")
    _log(summary(result))
    print(f"Results: {out / 'bench.json'}, chart: {out / 'bench.png'}")
    return result


def summary(r: dict[str, Any]) -> str:
    lines = ["", "factor  files  chunks  ingest s  chunks/s  ask p50 ms  ask p95 ms  unfilled p50/p95  fill s  peak RSS MB"]
    for g in r.get("growth", []):
        i, w = g["ingest"], g["warm_ask"]
        unfilled = f"{w.get('before_fill_p50_ms', float('nan')):.0f} / {w.get('before_fill_p95_ms', float('nan')):.0f}"
        lines.append(
            f"{g['factor']:>5}x {i['files']:>6} {i['chunks']:>7} {i['seconds']:>9.1f} {i['chunks'] / max(i['seconds'], 1e-9):>9.1f}"
            f" {w['p50_ms']:>11.0f} {w['p95_ms']:>11.0f} {unfilled:>17} {w.get('cache_fill_s', float('nan')):>7.1f}"
            f" {i['peak_rss_mb']:>12.0f}"
        )
    c = r.get("cold_start", {})
    lines.append(f"cold start to first answer: {c.get('first_answer_s', float('nan')):.1f}s (peak RSS {c.get('peak_rss_mb', 0):.0f} MB)")
    w = r.get("warm_ask", {})
    lines.append(f"warm ask: p50 {w.get('p50_ms', 0):.0f} ms, p95 {w.get('p95_ms', 0):.0f} ms over {w.get('n', 0)} asks")
    if r.get("backends"):
        lines.append("")
        lines.append("backend      export s  ingest s  chunks/s  cold s  ask p50  ask p95  recall@5  MRR@10  cold RSS MB")
        for name, b in r["backends"].items():
            i, c, w, q = b["ingest"], b["cold_start"], b["warm_ask"], b["retrieval"]
            lines.append(
                f"{name:<11} {b['export']['seconds']:>9.1f} {i['seconds']:>9.1f} {i['chunks'] / max(i['seconds'], 1e-9):>9.1f}"
                f" {c['first_answer_s']:>7.2f} {w['p50_ms']:>8.1f} {w['p95_ms']:>8.1f} {q['recall@5']:>9.3f} {q['mrr@10']:>7.3f}"
                f" {c['peak_rss_mb']:>12.0f}"
            )
    load = r.get("load", {})
    if "skipped" in load:
        lines.append(f"load test skipped: {load['skipped']}")
    else:
        lines.append(f"app start to ready: {load['app_start_to_ready_s']:.1f}s; app peak RSS {load.get('app_peak_rss_mb') or 0:.0f} MB")
        for run in load["runs"]:
            lines.append(
                f"  {run['users']:>2} users: {run['throughput_rps']:.2f} answers/s, p50 {run['p50_ms'] or 0:.0f} ms, "
                f"p95 {run['p95_ms'] or 0:.0f} ms, errors {run['errors']}/{run['requests']}"
            )
    return "\n".join(lines)


def chart(r: dict[str, Any], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, axes = plt.subplots(1, 3, figsize=(15, 4))
    growth = r.get("growth", [])
    chunks = [g["ingest"]["chunks"] for g in growth]
    ax = axes[0]
    ax.plot(chunks, [g["ingest"]["seconds"] for g in growth], "o-")
    for g, c in zip(growth, chunks, strict=True):
        ax.annotate(f"{g['factor']}x", (c, g["ingest"]["seconds"]), textcoords="offset points", xytext=(4, 4))
    ax.set(xscale="log", yscale="log", xlabel="chunks", ylabel="ingest seconds", title="Ingest growth")
    ax = axes[1]
    ax.plot(chunks, [g["warm_ask"]["p50_ms"] for g in growth], "o-", label="p50")
    ax.plot(chunks, [g["warm_ask"]["p95_ms"] for g in growth], "s--", label="p95")
    ax.set(xscale="log", xlabel="chunks", ylabel="ms per ask", title="Warm ask latency vs index size")
    ax.legend()
    ax = axes[2]
    load = r.get("load", {})
    if "runs" in load:
        users = [x["users"] for x in load["runs"]]
        ax.bar([str(u) for u in users], [x["throughput_rps"] or 0 for x in load["runs"]], color="#3b6ea5", label="answers/s")
        ax.set(xlabel="concurrent users", ylabel="answers per second", title="Gradio app under load")
        ax2 = ax.twinx()
        ax2.plot([str(u) for u in users], [(x["p95_ms"] or 0) / 1000 for x in load["runs"]], "ro-", label="p95 s")
        ax2.set_ylabel("p95 seconds")
    else:
        ax.text(0.5, 0.5, "load test skipped", ha="center", va="center")
        ax.set_axis_off()
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


_TASKS: dict[str, Callable[..., dict[str, Any]]] = {"ingest": _task_ingest, "cold": _task_cold, "warm": _task_warm, "export": _task_export, "retrieval": _task_retrieval}

if __name__ == "__main__":  # child process entry: python -m evals.bench TASK ARGS...
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
    print(json.dumps(_TASKS[sys.argv[1]](*sys.argv[2:])))
