"""The outside development set runs as its own eval configuration: its documents
in an index of their own, each question asked about its own document."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.settings import Settings
from evals import outside
from evals.configs import CONFIGS
from evals.dataset import Dataset, EvalItem
from evals.runner import run_config

NDA = (
    "MUTUAL NON-DISCLOSURE AGREEMENT\n\n"
    "1. Confidential Information means all information disclosed by one party to the other, "
    "whether in writing or orally.\n\n"
    "2. The Receiving Party shall return or destroy all Confidential Information within 30 days "
    "of the termination of this Agreement.\n\n"
    "3. This Agreement is governed by the laws of England and Wales.\n"
)
NOTICE = "Privacy notice\n\nWe collect your email address when you sign up for our newsletter.\n"


@pytest.fixture
def outside_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "outside-dev"
    for part, name, text, rows in (
        ("contractnli", "nda-test.txt", NDA, [
            {"id": "cnli-1", "question": "How long does the receiving party have to return the information?",
             "answerable": True, "evidence": ["within 30 days"], "key_points": [["within 30 days"]], "kind": "numeric"},
        ]),
        ("policyqa", "privacy-test.txt", NOTICE, [
            {"id": "pqa-1", "question": "Do they collect my email address?", "answerable": True,
             "evidence": ["We collect your email address"], "key_points": [["email address"]], "kind": "fact"},
        ]),
    ):
        (root / part / "docs").mkdir(parents=True)
        (root / part / "docs" / name).write_text(text, encoding="utf-8")
        with (root / part / "questions.jsonl").open("w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps({**r, "persona": "worker", "doc": name, "source": "test", "label": None}) + "\n")
    monkeypatch.setenv("LLAIS_OUTSIDE_DEV", str(root))
    return root


def test_the_outside_set_is_asked_about_each_questions_own_document(fresh_settings: Settings, outside_dir: Path) -> None:
    assert outside.available()
    empty = Dataset(Path("unused"), (EvalItem(id="x", question="unused", answerable=False),))
    result = run_config(empty, CONFIGS["outside-dev"], fresh_settings)
    assert [r.item.id for r in result.results] == ["cnli-1", "pqa-1"]
    for r in result.results:
        assert {p["doc_id"] for p in r.answer["passages"]} == {r.item.doc_id}, "the document filter held"
    assert result.value("recall@5") == 1.0
    # Its own index: the app's data dir holds none of these documents.
    assert (fresh_settings.data_dir / "outside-dev").is_dir()


def test_a_missing_outside_set_is_named(monkeypatch: pytest.MonkeyPatch, fresh_settings: Settings, tmp_path: Path) -> None:
    monkeypatch.setenv("LLAIS_OUTSIDE_DEV", str(tmp_path / "nowhere"))
    assert not outside.available()
    with pytest.raises(outside.OutsideSetMissing, match="not at"):
        outside.load(fresh_settings)
