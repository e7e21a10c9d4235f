"""Feedback rows: rating, optional comment, that turn's question, answer and citations; nothing else.

SQLite by default; the same store against a real PostgreSQL server (started on
127.0.0.1 from Debian's binaries) when they are installed.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import sqlite3
import subprocess
import tempfile
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from sqlalchemy import inspect

from assistant.feedback import FeedbackError, FeedbackStore, default_url
from assistant.models import Citation
from assistant.settings import Settings

CITE = Citation(
    n=1, doc_id="wpc-guide", title="WPC guide", section="Consultation", paragraph="3",
    passage="Employers consult trade unions at an early stage.", start=10, end=58,
)
ALLOWED_COLUMNS = {"id", "created_at", "rating", "comment", "question", "answer", "citations", "username"}


def test_default_store_is_sqlite_in_the_data_dir(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "data")
    store = FeedbackStore.from_settings(settings)
    row_id = store.add("up", "What must they do?", "Consult early [1]", [CITE], comment="  useful  ")
    assert default_url(settings).endswith("data/feedback.sqlite")
    with sqlite3.connect(tmp_path / "data" / "feedback.sqlite") as db:
        row = db.execute("SELECT rating, comment, question, answer, citations, username FROM feedback WHERE id = ?", (row_id,)).fetchone()
    rating, comment, question, answer, citations, username = row
    assert (rating, comment, question, answer, username) == ("up", "useful", "What must they do?", "Consult early [1]", None)
    assert json.loads(citations)[0]["doc_id"] == "wpc-guide"
    store.close()


def test_the_table_holds_nothing_else_about_users(tmp_path: Path) -> None:
    store = FeedbackStore(f"sqlite:///{tmp_path / 'f.sqlite'}")
    columns = {c["name"] for c in inspect(store.engine).get_columns("feedback")}
    assert columns == ALLOWED_COLUMNS
    store.close()


def test_username_is_kept_only_when_given(tmp_path: Path) -> None:
    store = FeedbackStore(f"sqlite:///{tmp_path / 'f.sqlite'}")
    store.add("down", "q", "a", [CITE])
    store.add("up", "q", "a", [CITE], username="ada")
    names = [f.username for f in store.recent()]
    assert names == ["ada", None]
    assert store.recent()[0].citations == [CITE]
    store.close()


@pytest.mark.parametrize(
    ("kwargs", "needle"),
    [
        ({"rating": "meh"}, "rating must be"),
        ({"question": ""}, "Ask a question first"),
        ({"comment": "x" * 2001}, "keep it under 2,000"),
    ],
)
def test_bad_feedback_is_refused_with_a_message(tmp_path: Path, kwargs: dict, needle: str) -> None:
    store = FeedbackStore(f"sqlite:///{tmp_path / 'f.sqlite'}")
    args = {"rating": "up", "question": "q", "answer": "a", "citations": [CITE]} | kwargs
    with pytest.raises(FeedbackError, match=needle):
        store.add(**args)
    assert store.count() == 0
    store.close()


def test_concurrent_writes_all_land(tmp_path: Path) -> None:
    store = FeedbackStore(f"sqlite:///{tmp_path / 'f.sqlite'}")
    with ThreadPoolExecutor(8) as pool:
        ids = list(pool.map(lambda i: store.add("up", f"q{i}", "a", [CITE]), range(40)))
    assert len(set(ids)) == 40 and store.count() == 40
    store.close()


# --- PostgreSQL ---------------------------------------------------------------------------


def _pg_bin() -> Path | None:
    for root in sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True):
        if (root / "initdb").exists() and (root / "pg_ctl").exists():
            return root
    return None


@pytest.fixture(scope="module")
def postgres_url() -> Iterator[str]:
    """A throwaway PostgreSQL cluster on 127.0.0.1 (run as the `postgres` user when we are root)."""
    pytest.importorskip("psycopg")
    bin_dir = _pg_bin()
    if bin_dir is None:
        pytest.skip("PostgreSQL server binaries are not installed (apt-get install postgresql)")
    # Not under pytest's tmp root: that is private to root (0700), and the server runs as `postgres`.
    base = Path(tempfile.mkdtemp(prefix="llais-pg-"))
    data = base / "data"
    as_root = os.geteuid() == 0
    run_as: list[str] = []
    if as_root:
        if shutil.which("runuser") is None:
            pytest.skip("running as root without runuser")
        shutil.chown(base, "postgres", "postgres")
        os.chmod(base, 0o700)
        run_as = ["runuser", "-u", "postgres", "--"]
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    subprocess.run([*run_as, str(bin_dir / "initdb"), "-D", str(data), "-U", "llais", "-A", "trust"], check=True, capture_output=True)
    subprocess.run(
        [*run_as, str(bin_dir / "pg_ctl"), "-D", str(data), "-w", "-l", str(base / "log"),
         "-o", f"-h 127.0.0.1 -p {port} -k {base}", "start"],
        check=True, capture_output=True,
    )
    try:
        yield f"postgresql+psycopg://llais@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run([*run_as, str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "fast", "stop"], capture_output=True)
        shutil.rmtree(base, ignore_errors=True)


@pytest.mark.server
def test_postgres_store_shared_by_two_replicas(postgres_url: str) -> None:
    replica_a, replica_b = FeedbackStore(postgres_url), FeedbackStore(postgres_url)
    replica_a.add("up", "from a", "answer", [CITE])
    replica_b.add("down", "from b", "answer", [CITE], comment="unclear")
    assert {f.question for f in replica_a.recent()} >= {"from a", "from b"}
    assert {c["name"] for c in inspect(replica_b.engine).get_columns("feedback")} == ALLOWED_COLUMNS
    replica_a.close()
    replica_b.close()
