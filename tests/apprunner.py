"""Run the real `app.py` in a subprocess on 127.0.0.1 and a free port, for app tests.

Readiness is the app's own "Llais is running at <url>" line, not a sleep. The
app's output is kept, so a failed start shows why.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import threading
from dataclasses import dataclass, field
from pathlib import Path

from assistant.settings import REPO_ROOT

READY = "Llais is running at "


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def copy_index(src: Path, dest: Path) -> Path:
    """A private copy of an ingested data dir (the session corpus index is read-only)."""
    shutil.copytree(src, dest, ignore=shutil.ignore_patterns("*.lock", "feedback.sqlite"))
    return dest


@dataclass
class RunningApp:
    proc: subprocess.Popen[str]
    data_dir: Path
    url: str = ""
    lines: list[str] = field(default_factory=list)

    @property
    def output(self) -> str:
        return "".join(self.lines)

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=10)


def start_app(data_dir: Path, env: dict[str, str] | None = None, timeout: float = 240) -> RunningApp:
    """Start app.py; return once it prints its URL (or fail with its output)."""
    port = free_port()
    full_env = {
        **os.environ,
        "LLAIS_DATA_DIR": str(data_dir),
        "LLAIS_KNOWLEDGE_DIR": str(REPO_ROOT / "knowledge"),
        "GRADIO_SERVER_NAME": "127.0.0.1",
        "GRADIO_SERVER_PORT": str(port),
        "GRADIO_ANALYTICS_ENABLED": "False",
        "HF_HUB_OFFLINE": "1",
        "PYTHONUNBUFFERED": "1",
        **(env or {}),
    }
    proc = subprocess.Popen(
        [sys.executable, str(REPO_ROOT / "app.py")],
        cwd=REPO_ROOT,
        env=full_env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    app = RunningApp(proc=proc, data_dir=data_dir)
    ready = threading.Event()

    def pump() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            app.lines.append(line)
            if READY in line and not app.url:
                app.url = line.split(READY, 1)[1].split()[0]
                ready.set()
        ready.set()  # the process ended: wake the waiter

    threading.Thread(target=pump, daemon=True).start()
    if not ready.wait(timeout) or not app.url:
        app.stop()
        raise RuntimeError(f"app.py did not start (exit {proc.poll()}):\n{app.output[-4000:]}")
    return app


def run_app_once(data_dir: Path, env: dict[str, str], timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """Run app.py expecting it to exit by itself (e.g. on a bad setting)."""
    full_env = {
        **os.environ,
        "LLAIS_DATA_DIR": str(data_dir),
        "HF_HUB_OFFLINE": "1",
        "GRADIO_ANALYTICS_ENABLED": "False",
        **env,
    }
    return subprocess.run(
        [sys.executable, str(REPO_ROOT / "app.py")],
        cwd=REPO_ROOT,
        env=full_env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
