"""Soak test (not a unit test): one long browser session, hundreds of questions.

    .venv/bin/python scripts/soak.py [--questions 500] [--data-dir DIR] [--json FILE]

Starts `app.py` on 127.0.0.1 (as `scripts/load_test.py` does) and asks questions
one after another in ONE Gradio session through the chat endpoint (`/ask`),
sending back the chat it got each time, as the browser does. Reported: the app's
resident memory (RSS, from /proc) after the first answer and at the end, and the
size of each response (the chat plus the Sources panel), at the start and the end.

What "good" means (issue 16, item 6): RSS grows by at most 50 MB over the run and
the response size stays flat (a session keeps the last 20 questions in the chat
and the last 3 turns' sources in full; see `assistant/ui/app.py`). Exit status 1
when either is not met.

Left out: several sessions at once (that is the load test's job).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from load_test import questions, start_app  # noqa: E402

MAX_GROWTH_MB = 50.0


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--questions", type=int, default=500)
    ap.add_argument("--data-dir", type=Path, default=None, help="data dir for the app (default: a new one)")
    ap.add_argument("--json", type=Path, default=None, help="also write the results here")
    args = ap.parse_args(argv)

    from gradio_client import Client

    data_dir = args.data_dir or Path(tempfile.mkdtemp(prefix="llais-soak-"))
    print(f"starting app.py (data dir {data_dir}) …", flush=True)
    proc, url = start_app(data_dir)
    try:
        client = Client(url, verbose=False, download_files=False)
        asked = questions()
        chat: list = []
        sizes: list[int] = []
        rss: list[float] = []
        for i in range(args.questions):
            q, persona = asked[i % len(asked)]
            chat, sources, _box = client.predict(q, chat, persona, [], api_name="/ask")
            sizes.append(len(json.dumps(chat)) + len(sources))
            if i == 0 or i == args.questions - 1:
                rss.append(rss_mb(proc.pid))
            if (i + 1) % 50 == 0 or (i + 1) in (10, 20, 30):
                print(f"  {i + 1} questions: response {sizes[-1] / 1000:.1f} kB, RSS {rss_mb(proc.pid):.0f} MB", flush=True)
        growth = rss[-1] - rss[0]
        first = sum(sizes[:10]) / min(10, len(sizes))
        last = sum(sizes[-10:]) / min(10, len(sizes))
        result = {
            "questions": args.questions,
            "rss_start_mb": round(rss[0], 1),
            "rss_end_mb": round(rss[-1], 1),
            "rss_growth_mb": round(growth, 1),
            "response_kb_first10": round(first / 1000, 1),
            "response_kb_last10": round(last / 1000, 1),
            "response_kb_max": round(max(sizes) / 1000, 1),
        }
        print(json.dumps(result, indent=1))
        if args.json:
            args.json.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
        flat = last <= 1.5 * max(sizes[: min(len(sizes), 40)])
        return 0 if growth <= MAX_GROWTH_MB and flat else 1
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except Exception:
            proc.kill()


if __name__ == "__main__":
    raise SystemExit(main())
