"""The answer-backend Protocol: turn retrieved passages into a cited answer."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Protocol

from assistant.answer.compose import Composed
from assistant.errors import UserError
from assistant.retrieval.retrieve import Retrieval
from assistant.store.knowledge_base import KnowledgeBase


class UnknownBackend(UserError, ValueError):
    pass


class BackendUnavailable(UserError, RuntimeError):
    """The backend can't run here (missing extra, no server); message has the fix."""


class AnswerBackend(Protocol):
    name: str

    def compose(
        self, kb: KnowledgeBase, retrieval: Retrieval, persona: str, history: list[tuple[str, str]],
        lang: str = "en",
    ) -> Composed: ...

    def stream(
        self, kb: KnowledgeBase, retrieval: Retrieval, persona: str, history: list[tuple[str, str]],
        lang: str = "en",
    ) -> Iterator[str | Composed]:
        """Text deltas as they are produced, then the final Composed answer. `lang` is the
        language of the framing; a backend that writes its own prose may answer in English."""
        ...
