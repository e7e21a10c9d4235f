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


def test_an_unknown_kind_is_named_in_one_line_with_the_kinds_there_are(corpus_settings: Settings) -> None:
    proc = run_cli(corpus_settings, "ask", "What must my employer do?", "--kind", "no-such-kind")
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "no-such-kind" in lines[0] and "report" in lines[0]  # a kind the corpus has
    assert not proc.stdout  # not "the documents don't cover this", as if it had searched


def test_invalid_utf8_on_the_command_line_is_one_line(corpus_settings: Settings, tmp_path) -> None:  # noqa: ANN001
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "LLAIS_DATA_DIR": str(corpus_settings.data_dir)}
    for args in (
        [b"ask", b"Can they track me \xff\xfe?"],
        [b"letter", b"--employer", b"Cyngor \xff", b"--technology", b"an AI chatbot", b"--out", str(tmp_path / "letter.docx").encode()],
    ):
        proc = subprocess.run(
            [sys.executable.encode(), b"-m", b"assistant", *args], cwd=REPO_ROOT, env=env, capture_output=True, timeout=180
        )
        err = proc.stderr.decode("utf-8", "replace")
        assert proc.returncode == 2, err
        assert "Traceback" not in err and len(err.strip().splitlines()) == 1 and "not valid text" in err


def test_letter_out_into_a_missing_folder_is_refused_not_created(corpus_settings: Settings, tmp_path) -> None:  # noqa: ANN001
    target = tmp_path / "nowhere" / "letter.docx"
    proc = run_cli(corpus_settings, "letter", "--employer", "Cyngor Sir", "--technology", "an AI chatbot", "--out", str(target))
    assert proc.returncode == 2
    assert "no folder" in proc.stderr and len(proc.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "nowhere").exists()


def test_ingest_of_a_folder_with_nothing_readable_warns_and_fails(fresh_settings: Settings, tmp_path) -> None:  # noqa: ANN001
    folder = tmp_path / "empty-share"
    folder.mkdir()
    (folder / ".DS_Store").write_bytes(b"\x00\x01")
    proc = run_cli(fresh_settings, "ingest", str(folder))
    assert proc.returncode == 1
    assert "none of the given paths holds a file Llais can read" in proc.stderr
