"""`python -m assistant ask --doc DOC_ID`: ask about one document from the command line."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from assistant.settings import REPO_ROOT, Settings
from assistant.store.knowledge_base import get_kb


def run_cli(settings: Settings, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "LLAIS_DATA_DIR": str(settings.data_dir),
           "LLAIS_KNOWLEDGE_DIR": str(settings.knowledge_dir)}
    return subprocess.run(
        [sys.executable, "-m", "assistant", *args], cwd=REPO_ROOT, env=env, capture_output=True, text=True, timeout=180
    )


def test_ask_about_one_document_cites_only_it(corpus_settings: Settings) -> None:
    doc = next(s.doc_id for s in get_kb(corpus_settings).sources() if "ai" in s.doc_id or "guidance" in s.doc_id)
    proc = run_cli(corpus_settings, "ask", "What must my employer do before introducing new technology?", "--doc", doc, "--json")
    assert proc.returncode == 0, proc.stderr
    answer = json.loads(proc.stdout)
    assert answer["passages"] and {p["doc_id"] for p in answer["passages"]} == {doc}
    assert {c["doc_id"] for c in answer["citations"] + answer["more"]} <= {doc}


def test_an_unknown_document_is_named_in_one_line(corpus_settings: Settings) -> None:
    proc = run_cli(corpus_settings, "ask", "What must my employer do?", "--doc", "no-such-document")
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "no-such-document" in lines[0] and "sources" in lines[0]
    assert "Traceback" not in proc.stderr
