"""Check the settings before doing any work, so a misconfiguration reads as one clear line.

`check_startup(settings)` returns every problem found (an empty list means go);
`ensure_ok()` raises `StartupError` carrying all of them. The CLI calls it before
`ingest` and `ask`; the app calls it before launching.

Checked: ports in range (`GRADIO_SERVER_PORT`, `LLAIS_CHROMA_PORT`), the embedding
model resolves to local files, the data dir can be created and written, in server
mode the Chroma server answers its heartbeat, and a configured feedback database
(`LLAIS_FEEDBACK_DB_URL`) accepts a connection.

Left out: the LLM backend. It is optional and may come up later; a backend that is
down is handled per question by falling back to the offline answer with a notice.
Also left out: permission bits. The data dir is tested by writing a file, which is
the only test that is right for root, ACLs and read-only mounts alike.
"""

from __future__ import annotations

import os
import tempfile
import urllib.error
import urllib.request
from pathlib import Path

from assistant.errors import LlaisError
from assistant.settings import Settings

HEARTBEAT_TIMEOUT_S = 3.0


class StartupError(LlaisError, RuntimeError):
    """Settings that can't work; the message lists every problem, one per line."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(self.problems))


def check_startup(settings: Settings, environ: dict[str, str] | None = None) -> list[str]:
    """Every problem that would stop Llais from working with these settings."""
    env = os.environ if environ is None else environ
    problems: list[str] = []
    problems += _port_problems("GRADIO_SERVER_PORT", env.get("GRADIO_SERVER_PORT"))
    chroma_port = _port_problems("LLAIS_CHROMA_PORT", str(settings.chroma_port))
    problems += chroma_port
    problems += _model_problems(settings)
    problems += _data_dir_problems(settings.data_dir)
    if settings.server_mode and not chroma_port:
        problems += _chroma_problems(settings)
    if settings.feedback_db_url:
        problems += _feedback_db_problems(settings.feedback_db_url)
    return problems


def ensure_ok(settings: Settings | None = None) -> Settings:
    """The settings (read from the environment if not given), or StartupError."""
    if settings is None:
        settings = load_settings()
    problems = check_startup(settings)
    if problems:
        raise StartupError(problems)
    return settings


def load_settings() -> Settings:
    """Settings from the environment; a value of the wrong type is a StartupError."""
    from pydantic import ValidationError

    from assistant.settings import get_settings

    try:
        return get_settings()
    except ValidationError as e:
        raise StartupError(
            [
                f"LLAIS_{'_'.join(str(x) for x in err['loc']).upper()}={err.get('input')!r}: {err['msg']}"
                for err in e.errors()
            ]
        ) from e


def _port_problems(name: str, raw: str | None) -> list[str]:
    if raw is None or raw.strip() == "":
        return []
    try:
        port = int(raw.strip())
    except ValueError:
        return [f"{name}={raw!r} is not a port number (use a whole number from 1 to 65535)."]
    if not 1 <= port <= 65535:
        return [f"{name}={port} is out of range (use a whole number from 1 to 65535)."]
    return []


def _model_problems(settings: Settings) -> list[str]:
    from assistant.store.embeddings import ModelNotFound, resolve_model_path

    try:
        resolve_model_path(settings.embedding_model)
    except ModelNotFound as e:
        return [f"LLAIS_EMBEDDING_MODEL: {e}."]
    except ImportError as e:  # the packaged weights are missing from this install
        return [
            f"LLAIS_EMBEDDING_MODEL: the packaged model could not be loaded ({e}); "
            "reinstall with ./scripts/install.sh."
        ]
    return []


def _data_dir_problems(data_dir: Path) -> list[str]:
    hint = "set LLAIS_DATA_DIR to a folder this user can write."
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=data_dir, prefix=".write-test-"):
            pass
    except FileExistsError:
        return [f"LLAIS_DATA_DIR={data_dir} is a file, not a folder; {hint}"]
    except OSError as e:
        reason = e.strerror or type(e).__name__
        return [f"LLAIS_DATA_DIR={data_dir} is not writable ({reason}); {hint}"]
    return []


def _chroma_problems(settings: Settings) -> list[str]:
    scheme = "https" if settings.chroma_ssl else "http"
    url = f"{scheme}://{settings.chroma_host}:{settings.chroma_port}/api/v2/heartbeat"
    request = urllib.request.Request(url)
    if settings.chroma_auth_token:
        request.add_header("Authorization", f"Bearer {settings.chroma_auth_token}")
    try:
        with urllib.request.urlopen(request, timeout=HEARTBEAT_TIMEOUT_S) as resp:  # noqa: S310
            if resp.status == 200:
                return []
            reason = f"HTTP {resp.status}"
    except urllib.error.HTTPError as e:
        reason = f"HTTP {e.code}"
    except (urllib.error.URLError, OSError) as e:
        inner = getattr(e, "reason", e)
        reason = getattr(inner, "strerror", None) or str(inner)
    return [
        f"the Chroma server at {url.rsplit('/api/', 1)[0]} is not reachable ({reason}). "
        "Start it (chroma run --path DIR --host HOST --port PORT) or unset LLAIS_CHROMA_HOST "
        "to use the embedded index."
    ]


def _feedback_db_problems(url: str) -> list[str]:
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError, NoSuchModuleError, SQLAlchemyError

    try:
        parsed = make_url(url)
    except ArgumentError:
        return ["LLAIS_FEEDBACK_DB_URL is not a database URL (e.g. postgresql+psycopg://user:pw@host:5432/db)."]
    shown = parsed.render_as_string(hide_password=True)
    connect_args = {"connect_timeout": int(HEARTBEAT_TIMEOUT_S)} if parsed.get_backend_name() == "postgresql" else {}
    try:
        engine = create_engine(parsed, connect_args=connect_args)
    except (NoSuchModuleError, ImportError) as e:
        return [f"LLAIS_FEEDBACK_DB_URL={shown}: its driver is not installed ({e}); for PostgreSQL: pip install -e '.[postgres]'."]
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except SQLAlchemyError as e:
        reason = " ".join(str(getattr(e, "orig", None) or e).split())[:200]
        return [f"LLAIS_FEEDBACK_DB_URL={shown}: cannot connect ({reason})."]
    finally:
        engine.dispose()
    return []
