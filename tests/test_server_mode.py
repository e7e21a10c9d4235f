"""Server mode: app replicas share one real Chroma server (`chroma run`) on 127.0.0.1.

One server runs for the module; each test uses its own collection prefix so the tests
don't see each other's documents. A small part of the corpus keeps ingest quick.
What is shown: ingest in one process and answer in another that has no local index;
a `kill -9` between writing a new version's chunks and committing it leaves the previous
version active and complete; concurrent ingests (two processes without a shared lock,
two threads with one) leave every active document with exactly its chunks.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from assistant.ingest.pipeline import ingest
from assistant.service import ask
from assistant.settings import REPO_ROOT, Settings
from assistant.store import open_store

pytestmark = pytest.mark.server

CHROMA = Path(sys.executable).with_name("chroma")
SMALL_DOCS = (
    "tuc-opportunities-and-threats-digitisation-public-sector.txt",
    "welsh-government-wpc-ai-guidance-announcement.txt",
)
QUESTION = "What are the risks of digitisation for public sector jobs?"


@dataclass(frozen=True)
class ChromaServer:
    host: str
    port: int
    log: Path

    def settings(self, data_dir: Path, prefix: str) -> Settings:
        return Settings(
            data_dir=data_dir,
            knowledge_dir=REPO_ROOT / "knowledge",
            chroma_host=self.host,
            chroma_port=self.port,
            collection_prefix=prefix,
        )

    def env(self, data_dir: Path, prefix: str) -> dict[str, str]:
        return {
            **os.environ,
            "HF_HUB_OFFLINE": "1",
            "ANONYMIZED_TELEMETRY": "False",
            "LLAIS_DATA_DIR": str(data_dir),
            "LLAIS_CHROMA_HOST": self.host,
            "LLAIS_CHROMA_PORT": str(self.port),
            "LLAIS_COLLECTION_PREFIX": prefix,
        }


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_for_heartbeat(proc: subprocess.Popen, port: int, log: Path, timeout_s: float = 60) -> None:
    url = f"http://127.0.0.1:{port}/api/v2/heartbeat"
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"chroma run exited with {proc.returncode}:\n{log.read_text(errors='replace')[-2000:]}")
        try:
            with urllib.request.urlopen(url, timeout=1) as resp:
                if resp.status == 200:
                    return
        except OSError:
            time.sleep(0.1)  # polling the server until it answers
    pytest.fail(f"chroma run did not answer its heartbeat within {timeout_s}s")


def start_chroma(root: Path, port: int) -> subprocess.Popen:
    """`chroma run` on 127.0.0.1:port with its data in root/db; returns once it answers."""
    if not CHROMA.exists():
        pytest.fail(f"the chroma CLI is missing at {CHROMA} (it comes with chromadb)")
    log = root / "chroma.log"
    with open(log, "ab") as out:
        proc = subprocess.Popen(
            [str(CHROMA), "run", "--path", str(root / "db"), "--host", "127.0.0.1", "--port", str(port)],
            stdout=out,
            stderr=subprocess.STDOUT,
            env={**os.environ, "ANONYMIZED_TELEMETRY": "False"},
        )
    try:
        wait_for_heartbeat(proc, port, log)
    except BaseException:
        stop(proc)
        raise
    return proc


def stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=15)


@pytest.fixture(scope="module")
def chroma_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ChromaServer]:
    root = tmp_path_factory.mktemp("chroma-server")
    port = free_port()
    proc = start_chroma(root, port)
    try:
        yield ChromaServer("127.0.0.1", port, root / "chroma.log")
    finally:
        stop(proc)


def copy_docs(dest: Path, names: tuple[str, ...] = SMALL_DOCS) -> Path:
    dest.mkdir(parents=True, exist_ok=True)
    knowledge = REPO_ROOT / "knowledge"
    for name in (*names, "sources.yaml"):
        shutil.copy(knowledge / name, dest / name)
    return dest


def consistent(settings: Settings) -> dict[str, str]:
    """Every active document has exactly its recorded chunks; returns doc_id -> version."""
    store = open_store(settings)
    versions = {}
    for doc in store.documents().values():
        chunks = store.chunks_for_versions([doc.version])
        assert len(chunks) == doc.chunks > 0, (doc.doc_id, len(chunks), doc.chunks)
        assert {c.meta["doc_id"] for c in chunks} == {doc.doc_id}
        versions[doc.doc_id] = doc.version
    return versions


def cli(args: list[str], env: dict[str, str], timeout: float = 180) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "assistant", *args],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def assert_answers(settings: Settings, doc_ids: set[str]) -> None:
    answer = ask(QUESTION, settings=settings)
    assert not answer.abstained, answer.answer
    assert answer.citations and {c.doc_id for c in answer.citations} <= doc_ids


# --- one replica ingests, another answers ------------------------------------------------


def test_ingest_in_one_process_and_ask_from_another(chroma_server: ChromaServer, tmp_path: Path) -> None:
    src = copy_docs(tmp_path / "kb")
    ingest_env = chroma_server.env(tmp_path / "replica-a", "shared")
    proc = cli(["ingest", str(src)], ingest_env)
    assert proc.returncode == 0, proc.stderr
    assert "2 file(s)" in proc.stdout and "0 failed" in proc.stdout

    # A second replica, with a data dir of its own, answers from the server's index.
    replica_b = tmp_path / "replica-b"
    proc = cli(["ask", QUESTION, "--json"], chroma_server.env(replica_b, "shared"))
    assert proc.returncode == 0, proc.stderr
    answer = json.loads(proc.stdout)
    assert not answer["abstained"], answer["answer"]
    assert answer["citations"]
    cited = {c["doc_id"] for c in answer["citations"]}
    assert "tuc-opportunities-and-threats-digitisation-public-sector" in cited
    assert cited <= {Path(n).stem for n in SMALL_DOCS}
    # It really read the server: replica B has no index of its own.
    assert not list(replica_b.glob("chroma*"))

    # And the server holds what replica A ingested.
    docs = open_store(chroma_server.settings(tmp_path / "check", "shared")).documents()
    assert set(docs) == {Path(n).stem for n in SMALL_DOCS}


# --- kill -9 in the middle of an ingest ------------------------------------------------------

# The child ingests normally, but pauses right after the new version's chunks and sentences
# are written and before the document record is switched (the commit point), so the kill
# lands at the worst moment on every run rather than somewhere by chance.
_PAUSING_INGEST = """
import sys
from pathlib import Path
from assistant.ingest.pipeline import ingest
from assistant.store.chroma import ChromaStore

write_sentences = ChromaStore.add_sentences

def add_sentences_then_pause(self, *args, **kwargs):
    write_sentences(self, *args, **kwargs)
    print("written", flush=True)
    sys.stdin.readline()

ChromaStore.add_sentences = add_sentences_then_pause
ingest([Path(sys.argv[1])])
"""


def test_kill_9_mid_ingest_leaves_the_previous_index_intact(chroma_server: ChromaServer, tmp_path: Path) -> None:
    src = copy_docs(tmp_path / "kb")
    settings = chroma_server.settings(tmp_path / "data", "killed")
    assert not ingest([src], settings).failed
    before = consistent(settings)

    for f in src.glob("*.txt"):
        f.write_text(f.read_text(encoding="utf-8") + "\n\nAn added closing paragraph about rotas.\n", encoding="utf-8")
    child = subprocess.Popen(
        [sys.executable, "-c", _PAUSING_INGEST, str(src)],
        cwd=REPO_ROOT,
        env=chroma_server.env(tmp_path / "data", "killed"),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "written", "the child ingest never wrote a new version"
        # Mid-way for real: the server holds chunks of a version no document points to.
        store = open_store(settings)
        stored_versions = {m["version"] for m in store.chunks.get(include=["metadatas"])["metadatas"]}
        assert stored_versions - set(before.values()), "no uncommitted chunks on the server"
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL

    assert consistent(settings) == before  # the same versions, each complete
    assert_answers(settings, set(before))

    # The next ingest finishes the job.
    report = ingest([src], settings)
    assert not report.failed
    assert {f.status for f in report.files} == {"updated"}
    after = consistent(settings)
    assert set(after) == set(before) and all(after[d] != before[d] for d in before)


# --- concurrent ingests ---------------------------------------------------------------------


def test_two_replicas_ingesting_at_once_leave_a_consistent_index(
    chroma_server: ChromaServer, tmp_path: Path
) -> None:
    """Two processes with separate data dirs (so no shared lock), as on two hosts."""
    src = copy_docs(tmp_path / "kb")
    settings = chroma_server.settings(tmp_path / "check", "replicas")
    assert not ingest([src], settings).failed
    before = consistent(settings)
    for f in src.glob("*.txt"):
        f.write_text(f.read_text(encoding="utf-8") + "\n\nA new paragraph on shift patterns.\n", encoding="utf-8")

    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "assistant", "ingest", str(src)],
            cwd=REPO_ROOT,
            env=chroma_server.env(tmp_path / f"replica-{i}", "replicas"),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for i in range(2)
    ]
    outputs = [p.communicate(timeout=180) for p in procs]
    for p, (out, err) in zip(procs, outputs, strict=True):
        assert p.returncode == 0, err
        assert "0 failed" in out

    after = consistent(settings)
    assert set(after) == set(before) and all(after[d] != before[d] for d in before)
    assert_answers(settings, set(after))


def test_two_threads_ingesting_at_once_take_turns(chroma_server: ChromaServer, tmp_path: Path) -> None:
    """In one process (as the app's upload handler does), the ingest lock serialises them:
    whichever runs second finds every document already there and embeds nothing."""
    src = copy_docs(tmp_path / "kb")
    settings = chroma_server.settings(tmp_path / "data", "threads")
    start = threading.Barrier(2)
    reports = []
    errors: list[BaseException] = []

    def run() -> None:
        try:
            start.wait(timeout=30)
            reports.append(ingest([src], settings))
        except BaseException as e:  # surfaced below
            errors.append(e)

    threads = [threading.Thread(target=run) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=180)
    assert not errors, errors
    assert len(reports) == 2 and not any(r.failed for r in reports)

    versions = consistent(settings)
    chunks = sum(d.chunks for d in open_store(settings).documents().values())
    assert sorted(r.embedded_chunks for r in reports) == [0, chunks]
    assert sorted({f.status for f in r.files}.pop() for r in reports) == ["added", "unchanged"]
    assert_answers(settings, set(versions))


# --- the server goes away and comes back ------------------------------------------------------


def test_a_chroma_server_that_goes_down_is_named_and_its_return_is_picked_up(tmp_path: Path) -> None:
    """Its own server, killed with SIGKILL under a running knowledge base, then restarted."""
    from assistant.store import StoreUnavailable
    from assistant.store.knowledge_base import KnowledgeBase

    port = free_port()
    proc = start_chroma(tmp_path, port)
    server = ChromaServer("127.0.0.1", port, tmp_path / "chroma.log")
    settings = server.settings(tmp_path / "data", "outage")
    try:
        assert not ingest([copy_docs(tmp_path / "kb", SMALL_DOCS[:1])], settings).failed
        kb = KnowledgeBase(settings)
        before = ask(QUESTION, settings=settings, kb=kb)
        assert not before.abstained

        proc.kill()
        proc.wait(timeout=15)
        with pytest.raises(StoreUnavailable) as err:
            ask(QUESTION, settings=settings, kb=kb)
        message = str(err.value)
        assert f"Chroma server at 127.0.0.1:{port}" in message and "Check that it is running" in message
        assert "--rebuild" not in message and "\n" not in message

        proc = start_chroma(tmp_path, port)  # same data: nothing was lost
        after = ask(QUESTION, settings=settings, kb=kb)
        assert [c.chunk_id for c in after.citations] == [c.chunk_id for c in before.citations]
    finally:
        stop(proc)
