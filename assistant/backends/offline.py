"""The default backend: the extractive composer in `assistant.answer.compose`. No model.

A follow-up question is resolved with the conversation before retrieval
(`retrieval.followup`), as LLM backends condense it with their model.
"""

from __future__ import annotations

from collections.abc import Iterator

from assistant.answer.compose import Composed, compose
from assistant.retrieval.followup import resolve
from assistant.retrieval.retrieve import Retrieval
from assistant.settings import Settings
from assistant.store.knowledge_base import KnowledgeBase


class OfflineBackend:
    name = "offline"

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def condense(self, question: str, history: list[tuple[str, str]]) -> str:
        """The question as retrieval should search it: a follow-up gets the earlier question's topic."""
        return resolve(question, history)

    def compose(
        self, kb: KnowledgeBase, retrieval: Retrieval, persona: str, history: list[tuple[str, str]],
        lang: str = "en",
    ) -> Composed:
        return compose(kb, retrieval, persona, self.settings, lang)

    def stream(
        self, kb: KnowledgeBase, retrieval: Retrieval, persona: str, history: list[tuple[str, str]],
        lang: str = "en",
    ) -> Iterator[str | Composed]:
        done = self.compose(kb, retrieval, persona, history, lang)
        yield from done.markdown.splitlines(keepends=True)
        yield done
