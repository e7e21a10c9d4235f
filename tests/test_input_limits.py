"""Bad input gets one clear line and exit status 2, never a traceback.

Covers questions (too long, empty, unknown persona) through `ask()` and the CLI,
and settings checked at start (`assistant.startup`). Upload limits and filename
sanitising are tested with the app (`tests/test_uploads*.py`).
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.service import InvalidQuestion, ask
from assistant.settings import REPO_ROOT, Settings
from assistant.startup import StartupError, check_startup, ensure_ok

HUGE_QUESTION = "What must my employer do before introducing new technology? " * 850  # > 50 kB


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, "HF_HUB_OFFLINE": "1", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "assistant", *args],
        cwd=REPO_ROOT,
        env=full_env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def assert_clear_failure(proc: subprocess.CompletedProcess[str], *needles: str) -> list[str]:
    """Exit 2, no traceback, stderr lines all say `error:` and mention every needle."""
    assert proc.returncode == 2, (proc.returncode, proc.stderr)
    assert "Traceback" not in proc.stderr
    lines = [ln for ln in proc.stderr.splitlines() if ln.strip()]
    assert lines and all("error:" in ln for ln in lines), proc.stderr
    for needle in needles:
        assert needle in proc.stderr, (needle, proc.stderr)
    return lines


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# --- questions ---------------------------------------------------------------------


def test_a_50kb_question_is_refused_with_the_limit_named(fresh_settings: Settings) -> None:
    assert len(HUGE_QUESTION) > 50_000
    with pytest.raises(InvalidQuestion) as err:
        ask(HUGE_QUESTION, settings=fresh_settings)
    message = str(err.value)
    assert f"{len(HUGE_QUESTION.strip()):,} characters" in message
    assert f"limit is {fresh_settings.max_question_chars:,}" in message
    assert "\n" not in message


def test_a_50kb_question_on_the_command_line_exits_2_with_one_line(tmp_path: Path) -> None:
    proc = run_cli("ask", HUGE_QUESTION, env={"LLAIS_DATA_DIR": str(tmp_path / "data")})
    lines = assert_clear_failure(proc, "characters long", "the limit is")
    assert len(lines) == 1
    assert proc.stdout == ""


def test_the_limit_follows_the_setting(fresh_settings: Settings) -> None:
    tight = fresh_settings.model_copy(update={"max_question_chars": 20})
    with pytest.raises(InvalidQuestion, match="limit is 20"):
        ask("Can my employer monitor my keystrokes at home?", settings=tight)


@pytest.mark.parametrize("blank", ["", "   ", "\n\t  \n"])
def test_an_empty_question_asks_for_one(fresh_settings: Settings, blank: str) -> None:
    with pytest.raises(InvalidQuestion, match="Please type a question"):
        ask(blank, settings=fresh_settings)


def test_an_empty_question_on_the_command_line(tmp_path: Path) -> None:
    proc = run_cli("ask", "   ", env={"LLAIS_DATA_DIR": str(tmp_path / "data")})
    assert_clear_failure(proc, "Please type a question")


def test_an_unknown_persona_lists_the_valid_ones(fresh_settings: Settings) -> None:
    with pytest.raises(InvalidQuestion) as err:
        ask("What is RPA?", persona="boss", settings=fresh_settings)
    assert "Unknown persona 'boss'" in str(err.value)
    for persona in ("worker", "manager", "rep"):
        assert persona in str(err.value)


def test_an_unknown_persona_on_the_command_line(tmp_path: Path) -> None:
    proc = run_cli("ask", "What is RPA?", "--persona", "boss", env={"LLAIS_DATA_DIR": str(tmp_path / "data")})
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert "invalid choice: 'boss'" in proc.stderr


# --- settings checked at start --------------------------------------------------------


def test_good_settings_have_no_problems(fresh_settings: Settings) -> None:
    assert check_startup(fresh_settings, environ={}) == []
    assert ensure_ok(fresh_settings) is fresh_settings


@pytest.mark.parametrize(
    ("value", "expected"),
    [("abc", "is not a port number"), ("0", "out of range"), ("65536", "out of range"), ("-1", "out of range")],
)
def test_a_bad_app_port_is_named(fresh_settings: Settings, value: str, expected: str) -> None:
    problems = check_startup(fresh_settings, environ={"GRADIO_SERVER_PORT": value})
    assert len(problems) == 1
    assert problems[0].startswith("GRADIO_SERVER_PORT=") and value in problems[0]
    assert expected in problems[0]


def test_a_bad_chroma_port_is_named(fresh_settings: Settings) -> None:
    bad = fresh_settings.model_copy(update={"chroma_host": "127.0.0.1", "chroma_port": 70000})
    assert check_startup(bad, environ={}) == [
        "LLAIS_CHROMA_PORT=70000 is out of range (use a whole number from 1 to 65535)."
    ]


def test_a_chroma_port_that_is_not_a_number_is_named_on_the_command_line(tmp_path: Path) -> None:
    proc = run_cli("ask", "What is RPA?", env={"LLAIS_DATA_DIR": str(tmp_path), "LLAIS_CHROMA_PORT": "abc"})
    assert_clear_failure(proc, "LLAIS_CHROMA_PORT", "valid integer")


def test_a_missing_embedding_model_is_named(fresh_settings: Settings, tmp_path: Path) -> None:
    missing = fresh_settings.model_copy(update={"embedding_model": str(tmp_path / "no-such-model")})
    (problem,) = check_startup(missing, environ={})
    assert problem.startswith("LLAIS_EMBEDDING_MODEL:")
    assert "no-such-model" in problem and "nothing is downloaded" in problem


def test_a_data_dir_that_is_a_file_is_named(fresh_settings: Settings, tmp_path: Path) -> None:
    a_file = tmp_path / "not-a-folder"
    a_file.write_text("x", encoding="utf-8")
    for data_dir in (a_file, a_file / "data"):
        (problem,) = check_startup(fresh_settings.model_copy(update={"data_dir": data_dir}), environ={})
        assert problem.startswith(f"LLAIS_DATA_DIR={data_dir}")
        assert "LLAIS_DATA_DIR to a folder this user can write" in problem


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes through permission bits")
def test_a_read_only_data_dir_is_named(fresh_settings: Settings, tmp_path: Path) -> None:
    ro = tmp_path / "ro"
    ro.mkdir(mode=0o500)
    (problem,) = check_startup(fresh_settings.model_copy(update={"data_dir": ro}), environ={})
    assert "is not writable" in problem


def test_an_unreachable_chroma_server_is_named(fresh_settings: Settings) -> None:
    port = closed_port()
    server = fresh_settings.model_copy(update={"chroma_host": "127.0.0.1", "chroma_port": port})
    (problem,) = check_startup(server, environ={})
    assert f"Chroma server at http://127.0.0.1:{port} is not reachable" in problem
    assert "unset LLAIS_CHROMA_HOST" in problem


def test_every_problem_is_reported_at_once(tmp_path: Path) -> None:
    a_file = tmp_path / "file"
    a_file.write_text("x", encoding="utf-8")
    settings = Settings(
        data_dir=a_file,
        embedding_model=str(tmp_path / "nowhere"),
        chroma_host="127.0.0.1",
        chroma_port=closed_port(),
    )
    with pytest.raises(StartupError) as err:
        ensure_ok(settings)
    assert len(err.value.problems) == 3
    assert str(err.value).count("\n") == 2


def test_the_command_line_checks_settings_before_ingesting(tmp_path: Path) -> None:
    a_file = tmp_path / "file"
    a_file.write_text("x", encoding="utf-8")
    env = {
        "LLAIS_DATA_DIR": str(a_file),
        "LLAIS_EMBEDDING_MODEL": str(tmp_path / "nowhere"),
        "LLAIS_CHROMA_HOST": "127.0.0.1",
        "LLAIS_CHROMA_PORT": str(closed_port()),
        "GRADIO_SERVER_PORT": "99999",
    }
    proc = run_cli("ingest", env=env)
    lines = assert_clear_failure(proc, "GRADIO_SERVER_PORT", "LLAIS_EMBEDDING_MODEL", "LLAIS_DATA_DIR", "Chroma server")
    assert len(lines) == 4
    assert "chunk(s) embedded" not in proc.stdout
