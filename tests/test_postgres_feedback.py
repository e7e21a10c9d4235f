"""The feedback store on a real PostgreSQL server, shared by app replicas.

A throwaway cluster from Debian's `postgresql` package runs on 127.0.0.1 and a free
port for the module (as the `postgres` user when the tests run as root; `.ci/run`
installs the package). Shown: two replica *processes* writing at once lose nothing;
what is stored (Welsh text, citations, the opt-in user name) comes back as written; a
database restart under a running store is survived; and a database that can't be
reached is named at start-up with its password hidden.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from assistant.models import Citation
from assistant.settings import REPO_ROOT, Settings
from assistant.startup import check_startup

pytestmark = pytest.mark.server

CITE = Citation(
    n=1, doc_id="wpc-agreement", title="Cytundeb / Agreement", section="Ymgynghori › Consultation",
    paragraph="3", passage="Employers consult trade unions at an early stage.", start=10, end=60,
)


@dataclass(frozen=True)
class Postgres:
    url: str
    pg_ctl: list[str]  # the pg_ctl command line for this cluster, run as its owner


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def postgres() -> Iterator[Postgres]:
    pytest.importorskip("psycopg")
    bins = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), reverse=True)
    if not bins:
        pytest.fail("PostgreSQL is not installed: apt-get install -y postgresql (.ci/run does this)")
    bin_dir = bins[0].parent
    # Outside pytest's tmp root, which is private to root: the server runs as `postgres`.
    base = Path(tempfile.mkdtemp(prefix="llais-pgfb-"))
    run_as: list[str] = []
    if os.geteuid() == 0:
        shutil.chown(base, "postgres", "postgres")
        run_as = ["runuser", "-u", "postgres", "--"]
    data, port = base / "data", free_port()
    subprocess.run([*run_as, str(bin_dir / "initdb"), "-D", str(data), "-U", "llais", "--auth=trust"],
                   check=True, capture_output=True)
    pg_ctl = [*run_as, str(bin_dir / "pg_ctl"), "-D", str(data), "-w", "-l", str(base / "server.log"),
              "-o", f"-h 127.0.0.1 -p {port} -k {base}"]
    subprocess.run([*pg_ctl, "start"], check=True, capture_output=True)  # -w: returns once it accepts
    subprocess.run([*run_as, str(bin_dir / "createdb"), "-h", "127.0.0.1", "-p", str(port), "-U", "llais", "feedback"],
                   check=True, capture_output=True)
    try:
        yield Postgres(f"postgresql+psycopg://llais@127.0.0.1:{port}/feedback", pg_ctl)
    finally:
        subprocess.run([*pg_ctl, "-m", "immediate", "stop"], capture_output=True)
        shutil.rmtree(base, ignore_errors=True)


@pytest.fixture()
def store(postgres: Postgres, tmp_path: Path) -> Iterator[object]:
    from assistant.ui.feedback import FeedbackStore

    s = FeedbackStore.from_settings(Settings(data_dir=tmp_path, feedback_db_url=postgres.url))
    yield s
    s.close()


# A replica in miniature: the store built from LLAIS_* settings, as app.py builds it.
_REPLICA = """
import sys
from concurrent.futures import ThreadPoolExecutor
from assistant.ui.feedback import FeedbackStore
from assistant.models import Citation
from assistant.settings import get_settings

name, n = sys.argv[1], int(sys.argv[2])
store = FeedbackStore.from_settings(get_settings())
cite = Citation(n=1, doc_id="d", title="T", section="S", paragraph="", passage="p", start=0, end=1)
def one(i):
    return store.add("up" if i % 2 else "down", f"{name} question {i}", "answer [1]", [cite])
with ThreadPoolExecutor(8) as pool:
    ids = list(pool.map(one, range(n)))
print(len(set(ids)))
"""


def test_two_replica_processes_writing_at_once_lose_nothing(postgres: Postgres, store, tmp_path: Path) -> None:
    before = store.count()
    env = {**os.environ, "LLAIS_FEEDBACK_DB_URL": postgres.url, "LLAIS_DATA_DIR": str(tmp_path)}
    procs = [
        subprocess.Popen([sys.executable, "-c", _REPLICA, name, "40"], cwd=REPO_ROOT, env=env,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for name in ("replica-a", "replica-b")
    ]
    for p in procs:
        out, err = p.communicate(timeout=120)
        assert p.returncode == 0, err
        assert out.strip() == "40"
    assert store.count() == before + 80
    questions = {f.question for f in store.recent(limit=200)}
    for name in ("replica-a", "replica-b"):
        assert {f"{name} question {i}" for i in range(40)} <= questions


def test_what_is_stored_comes_back_as_written(store) -> None:
    comment = "Diolch – mae’r ateb yn glir, ond beth am ysgolion? 👍"
    anonymous = store.add("up", "Pa gyrff sy’n rhan o’r cytundeb?", "Byrddau iechyd [1]", [CITE], comment=comment)
    named = store.add("down", "Who is covered?", "Health boards [1]", [CITE], username="rep-cardiff")
    rows = {f.id: f for f in store.recent(limit=10)}
    assert rows[anonymous].comment == comment
    assert rows[anonymous].question == "Pa gyrff sy’n rhan o’r cytundeb?"
    assert rows[anonymous].username is None  # no name unless the user opts in
    assert rows[named].username == "rep-cardiff"
    assert rows[named].citations == [CITE]
    assert rows[named].created_at.tzinfo is not None


def test_a_database_restart_under_a_running_store_is_survived(postgres: Postgres, store) -> None:
    first = store.add("up", "before the restart", "answer [1]", [CITE])
    subprocess.run([*postgres.pg_ctl, "-m", "fast", "restart"], check=True, capture_output=True)
    second = store.add("up", "after the restart", "answer [1]", [CITE])  # stale pooled connection replaced
    assert second > first
    assert {"before the restart", "after the restart"} <= {f.question for f in store.recent(limit=20)}


def test_startup_names_an_unreachable_feedback_database(postgres: Postgres, tmp_path: Path) -> None:
    ok = Settings(data_dir=tmp_path, feedback_db_url=postgres.url)
    assert check_startup(ok, environ={}) == []
    closed = free_port()
    bad = Settings(data_dir=tmp_path, feedback_db_url=f"postgresql+psycopg://llais:s3cret@127.0.0.1:{closed}/feedback")
    (problem,) = check_startup(bad, environ={})
    assert problem.startswith("LLAIS_FEEDBACK_DB_URL=postgresql+psycopg://llais:***@127.0.0.1:")
    assert "cannot connect" in problem
    assert "s3cret" not in problem
