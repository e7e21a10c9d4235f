"""Feedback on answers: thumbs up/down with an optional comment, in one SQL table.

A row holds only: when, the rating, the optional comment, that turn's question,
answer and citations (JSON), and a user name *only* if the user ticked the box
to attach it. Nothing else about users (no IP address, browser, session or
persona) is stored; the app says so next to the buttons.

The database is SQLite in the data dir by default, or any SQLAlchemy URL in
`LLAIS_FEEDBACK_DB_URL` (e.g. `postgresql+psycopg://user:pw@host/db`, extra
`postgres`), so that several app replicas can share one store.

Left out: migrations. The table is created if missing; a future column change
would need Alembic, which one table does not yet justify.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import CheckConstraint, DateTime, Integer, String, Text, create_engine, func, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

from assistant.errors import UserError
from assistant.models import Citation
from assistant.settings import Settings

RATINGS = ("up", "down")
MAX_COMMENT_CHARS = 2000


class FeedbackError(UserError, ValueError):
    """Feedback that can't be stored; the message is shown to the user."""


class _Base(DeclarativeBase):
    pass


class FeedbackRow(_Base):
    __tablename__ = "feedback"
    __table_args__ = (CheckConstraint("rating IN ('up', 'down')", name="rating_up_or_down"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    rating: Mapped[str] = mapped_column(String(4), nullable=False)
    comment: Mapped[str | None] = mapped_column(Text, nullable=True)
    question: Mapped[str] = mapped_column(Text, nullable=False)
    answer: Mapped[str] = mapped_column(Text, nullable=False)
    citations: Mapped[str] = mapped_column(Text, nullable=False)  # JSON list
    username: Mapped[str | None] = mapped_column(String(64), nullable=True)  # opt-in only


@dataclass(frozen=True)
class Feedback:
    id: int
    created_at: datetime
    rating: str
    comment: str | None
    question: str
    answer: str
    citations: list[Citation]
    username: str | None


def default_url(settings: Settings) -> str:
    return settings.feedback_db_url or f"sqlite:///{settings.data_dir / 'feedback.sqlite'}"


class FeedbackStore:
    """Thread-safe (one engine, a session per call); shared by all requests."""

    def __init__(self, url: str) -> None:
        self.url = url
        if url.startswith("postgresql"):
            try:
                import psycopg  # noqa: F401
            except ImportError as e:
                raise ImportError(
                    "A PostgreSQL feedback store needs psycopg: pip install -e '.[postgres]'"
                ) from e
        self.engine: Engine = create_engine(url, pool_pre_ping=True)
        _Base.metadata.create_all(self.engine)

    @classmethod
    def from_settings(cls, settings: Settings) -> FeedbackStore:
        if not settings.feedback_db_url:
            settings.data_dir.mkdir(parents=True, exist_ok=True)
        return cls(default_url(settings))

    def add(
        self,
        rating: str,
        question: str,
        answer: str,
        citations: Sequence[Citation],
        comment: str | None = None,
        username: str | None = None,
    ) -> int:
        """Store one rating; return its row id. `username` only when the user opted in."""
        if rating not in RATINGS:
            raise FeedbackError(f"rating must be 'up' or 'down', not {rating!r}")
        if not question or not answer:
            raise FeedbackError("There is no answer to rate yet. Ask a question first.")
        comment = (comment or "").strip() or None
        if comment and len(comment) > MAX_COMMENT_CHARS:
            raise FeedbackError(
                f"Your comment is {len(comment):,} characters; please keep it under {MAX_COMMENT_CHARS:,}."
            )
        row = FeedbackRow(
            created_at=datetime.now(UTC),
            rating=rating,
            comment=comment,
            question=question,
            answer=answer,
            citations=json.dumps([c.model_dump() for c in citations], ensure_ascii=False),
            username=(username or None),
        )
        with Session(self.engine) as session, session.begin():
            session.add(row)
            session.flush()
            return int(row.id)

    def count(self) -> int:
        with Session(self.engine) as session:
            return int(session.scalar(select(func.count()).select_from(FeedbackRow)) or 0)

    def recent(self, limit: int = 50) -> list[Feedback]:
        with Session(self.engine) as session:
            rows = session.scalars(select(FeedbackRow).order_by(FeedbackRow.id.desc()).limit(limit))
            return [
                Feedback(
                    id=r.id,
                    created_at=r.created_at,
                    rating=r.rating,
                    comment=r.comment,
                    question=r.question,
                    answer=r.answer,
                    citations=[Citation.model_validate(c) for c in json.loads(r.citations)],
                    username=r.username,
                )
                for r in rows
            ]

    def close(self) -> None:
        self.engine.dispose()
