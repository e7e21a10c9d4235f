"""The index never shrinks by surprise (issue 16, items 2 and 3).

- `ingest --rebuild` rebuilds from every source the index was ever given, not
  only the built-in folder, and names a source that has gone.
- An uploaded file (even one called README.md) is a source of its own: a later
  `ingest` of anything else leaves it in the index.

Run as an administrator meets them: the real CLI in a subprocess.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from assistant.ingest.uploads import add_uploads
from assistant.settings import Settings


def _cli(data: Path, knowledge: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "LLAIS_DATA_DIR": str(data), "LLAIS_KNOWLEDGE_DIR": str(knowledge)}
    return subprocess.run([sys.executable, "-m", "assistant", *args], capture_output=True, text=True, env=env, timeout=300)


def _indexed(data: Path, knowledge: Path) -> set[str]:
    return {r["doc_id"] for r in json.loads(_cli(data, knowledge, "sources", "--json").stdout)}


def _folder(root: Path, name: str, n: int) -> Path:
    folder = root / name
    folder.mkdir(parents=True)
    for i in range(n):
        (folder / f"{name}-{i}.md").write_text(f"# {name} policy {i}\n\nStaff in team {i} are consulted before any change.\n")
    return folder


def test_a_rebuild_keeps_every_folder_ever_ingested_and_names_one_that_went(tmp_path: Path) -> None:
    data, knowledge = tmp_path / "data", _folder(tmp_path, "builtin", 2)
    big, small = _folder(tmp_path, "big", 6), _folder(tmp_path, "small", 2)
    assert _cli(data, knowledge, "ingest").returncode == 0
    assert _cli(data, knowledge, "ingest", str(big)).returncode == 0
    assert _cli(data, knowledge, "ingest", str(small)).returncode == 0
    everything = _indexed(data, knowledge)
    assert len(everything) == 10

    rebuilt = _cli(data, knowledge, "ingest", "--rebuild")
    assert rebuilt.returncode == 0, rebuilt.stderr
    assert _indexed(data, knowledge) == everything

    shutil.rmtree(small)
    again = _cli(data, knowledge, "ingest", "--rebuild")
    assert again.returncode == 1
    assert "FAILED   small: this source is gone; it is forgotten" in again.stderr
    assert "Traceback" not in again.stderr
    assert _indexed(data, knowledge) == {d for d in everything if not d.startswith("small")}
    # Reported once: the next rebuild has nothing to report.
    assert _cli(data, knowledge, "ingest", "--rebuild").returncode == 0


def test_an_upload_named_readme_survives_the_next_ingest(tmp_path: Path) -> None:
    data, knowledge = tmp_path / "data", _folder(tmp_path, "builtin", 1)
    assert _cli(data, knowledge, "ingest").returncode == 0
    readme = tmp_path / "README.md"
    readme.write_text("# Team charter\n\nThe rota is agreed with the union every spring.\n")
    (result,) = add_uploads([readme], Settings(data_dir=data, knowledge_dir=knowledge))  # what the app's upload does
    assert result.status == "added"
    other = _folder(tmp_path, "other", 1)
    for args in (("ingest",), ("ingest", str(other)), ("ingest", "--rebuild")):
        proc = _cli(data, knowledge, *args)
        assert proc.returncode == 0, proc.stderr
        assert "removed  README.md" not in proc.stdout
        assert "readme" in _indexed(data, knowledge), f"lost after {' '.join(args)}"
