"""Work per file is bounded: a hostile or huge file fails with one line and
takes nothing already indexed with it (issue 16, item 4).

Each check runs the real CLI in a subprocess, as an administrator meets it,
with the limit set low by its environment variable so the test stays quick.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

from assistant.ingest.split import _cut_words

GOOD = "Staff were consulted about the new rota system before it started.\n"


def _cli(tmp_path: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    full = {**os.environ, "LLAIS_DATA_DIR": str(tmp_path / "data"), **env}
    return subprocess.run([sys.executable, "-m", "assistant", *args], capture_output=True, text=True, env=full, timeout=300)


def _indexed(tmp_path: Path) -> set[str]:
    rows = json.loads(_cli(tmp_path, "sources", "--json").stdout)
    return {r["doc_id"] for r in rows}


def _one_line_failure(proc: subprocess.CompletedProcess[str], name: str) -> str:
    assert proc.returncode == 1, proc.stderr
    assert "Traceback" not in proc.stderr
    (line,) = [ln for ln in proc.stderr.splitlines() if name in ln]
    return line


def _bomb_docx(path: Path, xml_bytes: int) -> Path:
    """A valid DOCX whose document.xml unpacks to `xml_bytes` (and zips to a few kB)."""
    import docx

    docx.Document().save(str(path))
    with zipfile.ZipFile(path) as z:
        parts = {i.filename: z.read(i.filename) for i in z.infolist()}
    body = b"<w:p><w:r><w:t>x</w:t></w:r></w:p>" * (xml_bytes // 34)
    xml = parts["word/document.xml"]
    parts["word/document.xml"] = xml.replace(b"<w:body>", b"<w:body>" + body, 1)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return path


def test_a_docx_that_unpacks_to_too_much_xml_is_refused_before_parsing(tmp_path: Path) -> None:
    docs = tmp_path / "in"
    docs.mkdir()
    (docs / "good.txt").write_text(GOOD)
    assert _cli(tmp_path, "ingest", str(docs)).returncode == 0
    bomb = _bomb_docx(docs / "bomb.docx", 3_000_000)
    assert bomb.stat().st_size < 100_000
    line = _one_line_failure(_cli(tmp_path, "ingest", str(docs), LLAIS_MAX_UNPACKED_MB="1"), "bomb.docx")
    assert re.search(r"the DOCX's text unpacks to \d+ MB, over the 1 MB limit", line), line
    assert _indexed(tmp_path) == {"good"}, "nothing already indexed was lost"


def test_a_file_with_too_much_text_is_refused_with_the_limit(tmp_path: Path) -> None:
    docs = tmp_path / "in"
    docs.mkdir()
    (docs / "good.txt").write_text(GOOD)
    (docs / "huge.md").write_text("# Huge\n\n" + GOOD * 200)
    line = _one_line_failure(_cli(tmp_path, "ingest", str(docs), LLAIS_MAX_TEXT_CHARS="5000"), "huge.md")
    assert "over the 5,000 limit" in line
    assert _indexed(tmp_path) == {"good"}


def test_a_file_over_its_time_is_given_up_and_the_index_kept(tmp_path: Path) -> None:
    docs = tmp_path / "in"
    docs.mkdir()
    (docs / "good.txt").write_text(GOOD)
    assert _cli(tmp_path, "ingest", str(docs)).returncode == 0
    (docs / "slow.md").write_text("# Slow\n\n" + GOOD * 50)
    line = _one_line_failure(_cli(tmp_path, "ingest", str(docs), LLAIS_MAX_SECONDS_PER_FILE="0.000001"), "slow.md")
    assert "gave up after" in line
    assert _indexed(tmp_path) == {"good"}


def test_a_sentence_too_long_for_one_chunk_is_cut_with_few_token_counts() -> None:
    # One "sentence" of 18,000 words (a one-line file with no full stops). Before,
    # every word re-counted the growing piece: work grew with the square of the line.
    words = ("consult the union before any new system is used " * 2000).strip()
    calls = 0

    def count(text: str) -> int:
        nonlocal calls
        calls += 1
        return len(text.split())

    pieces = _cut_words(words, 0, len(words), count, 200)
    assert all(count(words[a:b]) <= 200 for a, b in pieces)
    assert "".join(words[a:b] + " " for a, b in pieces).split() == words.split(), "every word kept, in order"
    calls_for_cutting = calls - len(pieces)
    assert len(pieces) == len(words.split()) // 200
    assert calls_for_cutting <= len(pieces) * 20, f"{calls_for_cutting} counts for {len(pieces)} pieces"


def test_a_link_is_read_as_the_file_it_points_to_and_a_broken_one_named(tmp_path: Path) -> None:
    docs = tmp_path / "in"
    docs.mkdir()
    real = tmp_path / "policy.md"
    real.write_text("# Rota policy\n\n" + GOOD)
    (docs / "current-policy").symlink_to(real)  # a link with no extension, as people make them
    (docs / "old-policy.md").symlink_to(tmp_path / "gone.md")
    proc = _cli(tmp_path, "ingest", str(docs))
    assert "added    policy.md" in proc.stdout  # read through the link
    line = _one_line_failure(proc, "old-policy.md")
    assert "the link points to a file that is not there" in line


def test_a_renamed_program_is_refused_in_words_not_exception_names(tmp_path: Path) -> None:
    docs = tmp_path / "in"
    docs.mkdir()
    (docs / "policy.pdf").write_bytes(b"MZ\x90\x00" + bytes(4000))  # a program renamed .pdf
    line = _one_line_failure(_cli(tmp_path, "ingest", str(docs)), "policy.pdf")
    assert "corrupt or unreadable PDF (the file is damaged, or is not really a PDF)" in line
    assert not re.search(r"[A-Z]\w*(?:Error|Exception)\b", line), line


def test_an_unexpected_failure_is_one_plain_line_and_the_details_are_logged(tmp_path: Path, monkeypatch, caplog) -> None:
    from assistant.ingest import pipeline
    from assistant.settings import Settings

    def broken(*args, **kwargs):  # noqa: ANN002, ANN003
        raise ZeroDivisionError("a bug")

    monkeypatch.setattr(pipeline, "split_document", broken)
    doc = tmp_path / "note.md"
    doc.write_text("# Note\n\n" + GOOD)
    report = pipeline.ingest([doc], Settings(data_dir=tmp_path / "data"))
    (failed,) = report.failed
    assert failed.error == "could not be read (an unexpected error; the server log has the details)"
    assert "ZeroDivisionError" in caplog.text
