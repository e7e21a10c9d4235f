"""Shared fixtures: one real index of the built-in corpus per test session.

Everything is real: the packaged all-MiniLM-L6-v2 model, an embedded Chroma
store in a temporary data dir, and the `knowledge/` corpus. Tests that change
the index build their own data dir (see `fresh_settings`).
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
# Every test's fresh data dir (and every app or CLI it starts) shares one copy of the
# exported ONNX model, instead of exporting it again each time (a few seconds each).
os.environ.setdefault("LLAIS_MODEL_CACHE_DIR", os.path.join(tempfile.gettempdir(), "llais-test-models"))

from assistant.settings import REPO_ROOT, Settings  # noqa: E402

KNOWLEDGE = REPO_ROOT / "knowledge"


@pytest.fixture(scope="session")
def corpus_settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """Settings whose data dir holds the ingested built-in corpus (read-only for tests)."""
    from assistant.ingest.pipeline import ingest

    data = tmp_path_factory.mktemp("llais-corpus")
    settings = Settings(data_dir=data, knowledge_dir=KNOWLEDGE)
    report = ingest([KNOWLEDGE], settings)
    assert not report.failed, report.failed
    return settings


@pytest.fixture(scope="session")
def kb(corpus_settings: Settings):  # -> KnowledgeBase
    from assistant.service import get_kb

    return get_kb(corpus_settings)


@pytest.fixture()
def fresh_settings(tmp_path: Path) -> Settings:
    """An empty data dir of its own, for tests that ingest, change or break the index."""
    return Settings(data_dir=tmp_path / "data", knowledge_dir=KNOWLEDGE)
