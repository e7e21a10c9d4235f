"""Feedback rows: rating, optional comment, that turn's question, answer and citations; nothing else.

SQLite here; the same store on a real PostgreSQL server shared by replicas is
tested in `tests/test_postgres_feedback.py`.
"""

from __future__ import annotations

import json
import sqlite3
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from sqlalchemy import inspect

from assistant.models import Citation
from assistant.settings import Settings
from assistant.ui.feedback import FeedbackError, FeedbackStore, default_url

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
