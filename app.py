"""Start the Llais web app: `python app.py`.

A thin shell: check the settings, index the built-in documents on first start
(when the index is empty), build the UI over one shared knowledge base, model and
feedback store, and serve it. Host and port come from Gradio's own
`GRADIO_SERVER_NAME` (default 127.0.0.1) and `GRADIO_SERVER_PORT` (default 7860,
or the next free port); every other setting is an `LLAIS_*` variable.
"""

from __future__ import annotations

import logging
import os
import sys

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
# Gradio's queue rebuilds a pandas summary of its last 10,000 events after every event
# (for its monitoring page): 8% of the app's CPU under load, growing with uptime.
# Summarise every 500 events, over the last 2,000.
os.environ.setdefault("GRADIO_ANALYTICS_CACHE_FREQUENCY", "500")
os.environ.setdefault("GRADIO_ANALYTICS_MAX_EVENTS", "2000")


def main() -> int:
    from assistant.startup import StartupError, ensure_ok
    from assistant.ui.auth import AuthConfigError, load_users

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    for noisy in ("httpx", "bm25s", "sentence_transformers", "chromadb"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    try:
        settings = ensure_ok()
        users = load_users(settings)
    except StartupError as e:
        for problem in e.problems:
            print(f"error: {problem}", file=sys.stderr)
        return 2
    except AuthConfigError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2

    from assistant.ingest.pipeline import ingest
    from assistant.service import get_kb
    from assistant.ui.app import LlaisApp, launch_kwargs
    from assistant.ui.feedback import FeedbackStore

    kb = get_kb(settings)
    if kb.is_empty():
        print(f"First start: indexing the built-in documents into {settings.data_dir} …", flush=True)
        report = ingest(None, settings, embedder=kb.embedder, progress=sys.stderr.isatty())
        for f in report.failed:
            print(f"  not indexed: {os.path.basename(f.path)}: {f.error}", file=sys.stderr)
        print(f"Indexed {len(report.files) - len(report.failed)} document(s) in {report.seconds:.0f}s.", flush=True)

    from assistant.ui.access import bind_host, is_loopback

    shared = not is_loopback(bind_host())
    demo = LlaisApp(settings, kb, FeedbackStore.from_settings(settings), users, shared=shared).build()
    demo.queue(default_concurrency_limit=settings.queue_concurrency)
    _, local_url, _ = demo.launch(prevent_thread_lock=True, quiet=True, **launch_kwargs(settings, users, shared))
    print(f"Llais is running at {local_url}  (login {'on' if users else 'off'}; Ctrl+C to stop)", flush=True)
    if settings.warm_cache:
        kb.warm_in_background()  # sentence vectors into memory, so no question waits for them
    try:
        demo.block_thread()
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
