"""The default backend: the extractive composer in `assistant.answer.compose`. No model."""

from __future__ import annotations

from collections.abc import Iterator

from assistant.answer.compose import Composed, compose
from assistant.retrieval.retrieve import Retrieval
from assistant.settings import Settings
from assistant.store.knowledge_base import KnowledgeBase


class OfflineBackend:
    name = "offline"

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def compose(
        self, kb: KnowledgeBase, retrieval: Retrieval, persona: str, history: list[tuple[str, str]]
    ) -> Composed:
        return compose(kb, retrieval, persona, self.settings)

    def stream(
        self, kb: KnowledgeBase, retrieval: Retrieval, persona: str, history: list[tuple[str, str]]
    ) -> Iterator[str | Composed]:
        done = self.compose(kb, retrieval, persona, history)
        yield from done.markdown.splitlines(keepends=True)
        yield done
