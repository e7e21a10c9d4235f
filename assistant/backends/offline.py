"""The default backend: the extractive composer in `assistant.answer`. No model."""

from __future__ import annotations

from collections.abc import Iterator

from assistant.answer import Composed, compose
from assistant.index import KnowledgeBase
from assistant.retrieve import Retrieval
from assistant.settings import Settings


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
