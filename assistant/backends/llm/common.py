"""What the OpenAI-compatible and Ollama backends share: prompt → model → enforced, cited answer.

Order of work for one answer:

1. The offline composer runs first. Its abstention checks (`assistant/answer/abstain.py`) decide whether
   the documents answer the question at all; if they say abstain, **the LLM is not called** and the
   offline abstention is returned (a model would only be tempted to answer anyway). Its answer is
   also the fallback, ready before the model is asked.
2. The prompt is built within the token budget (`prompt.py`) and sent to the model.
3. The reply is checked by `assistant/backends/llm/enforce.py` as it arrives; only statements that passed are
   streamed. The final markers are renumbered 1..m and each maps to the passage it cites.
4. If the model errs, times out, returns garbage, is caught obeying an injected instruction, or too
   little of its reply survives enforcement, the offline answer is returned instead, with a visible
   notice (in `Composed.notice` and as the first, italic line of the Markdown) and
   `backend="offline"`.

While streaming, text already yielded is provisional: the final `Composed` is authoritative and
replaces it (after a fallback it differs). Left out: retries (a slow local server retried is twice as
slow; the offline answer is already there) and tool calling.
"""

from __future__ import annotations

import dataclasses
import importlib
import logging
import time
from collections.abc import Iterator
from typing import Any

from assistant.answer.citations import coverage
from assistant.answer.compose import Composed, _citation, compose, quoting
from assistant.backends.base import BackendUnavailable
from assistant.backends.llm.condense import condense, fallback_condense
from assistant.backends.llm.enforce import Enforced, Enforcer
from assistant.backends.llm.prompt import Message, build_prompt, frame, framed
from assistant.models import Citation, Passage
from assistant.retrieval.retrieve import Retrieval
from assistant.settings import Settings
from assistant.store.knowledge_base import KnowledgeBase

log = logging.getLogger(__name__)
HIGHLIGHT_MIN_COVERAGE = 0.3  # a passage sentence sharing this much of a statement is highlighted


def failure_reason(e: BaseException, timeout_s: float) -> str:
    """A short, user-readable cause for a failed model call (no class names from the client)."""
    name = type(e).__name__.lower()
    status = getattr(e, "status_code", None) or getattr(getattr(e, "response", None), "status_code", None)
    if isinstance(e, TimeoutError) or "timeout" in name:
        return f"it did not reply within {timeout_s:g} s"
    if isinstance(status, int) and status >= 400:
        return f"the server returned an error (HTTP {status})"
    if isinstance(e, ConnectionError) or "connect" in name:
        return "the server could not be reached"
    return "its reply could not be read"


def notice_for(reason: str) -> str:
    return f"The language model's answer could not be used ({reason}); this answer was composed offline from the documents."


def message_text(content: Any) -> str:
    """Text of a LangChain message's content (a string, or a list of content blocks)."""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "".join(b if isinstance(b, str) else str(b.get("text", "")) for b in content if isinstance(b, str | dict))
    raise TypeError(f"unexpected message content: {type(content).__name__}")


def _lc_messages(messages: list[Message] | tuple[Message, ...]) -> list[Any]:
    from langchain_core.messages import AIMessage, HumanMessage, SystemMessage

    kinds = {"system": SystemMessage, "user": HumanMessage, "assistant": AIMessage}
    return [kinds[m.role](content=m.content) for m in messages]


class LLMBackend:
    """Base of the LLM backends; subclasses say how to build their LangChain chat model."""

    name = "llm"

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._down: str | None = None  # set when condensing already found the model unusable

    def chat_model(self, streaming: bool) -> Any:  # -> BaseChatModel
        raise NotImplementedError

    # --- AnswerBackend -------------------------------------------------------
    def condense(self, question: str, history: list[tuple[str, str]]) -> str:
        def complete(messages: list[Message]) -> str:
            return message_text(self.chat_model(False).invoke(_lc_messages(messages)).content)

        try:
            return condense(question, history, self.settings, complete)
        except Exception as e:  # any client failure: note it, answer offline without waiting again
            self._down = failure_reason(e, self.settings.llm_timeout_s)
            log.info("LLM condense failed (%s): %s", self._down, e)
            return fallback_condense(question, history)

    def compose(
        self, kb: KnowledgeBase, retrieval: Retrieval, persona: str, history: list[tuple[str, str]],
        lang: str = "en",  # the model writes in English; the app says so (see service.ask_stream)
    ) -> Composed:
        final = None
        for item in self._answer(kb, retrieval, persona, history, streaming=False):
            final = item
        assert isinstance(final, Composed)
        return final

    def stream(
        self, kb: KnowledgeBase, retrieval: Retrieval, persona: str, history: list[tuple[str, str]],
        lang: str = "en",
    ) -> Iterator[str | Composed]:
        yield from self._answer(kb, retrieval, persona, history, streaming=True)

    # --- the work ------------------------------------------------------------
    def _answer(
        self, kb: KnowledgeBase, retrieval: Retrieval, persona: str, history: list[tuple[str, str]], streaming: bool
    ) -> Iterator[str | Composed]:
        t0 = time.perf_counter()
        offline = compose(kb, retrieval, persona, self.settings)
        timings = dict(offline.timings_ms or {})
        if offline.abstained:  # the documents don't answer: the model isn't asked
            yield from self._offline(offline, None, streaming, timings)
            return
        if self._down:
            yield from self._offline(offline, self._down, streaming, timings)
            return
        prompt = build_prompt(
            retrieval.question, retrieval.passages[: self.settings.top_k], persona, history, self.settings
        )
        if not prompt.passages:
            yield from self._offline(offline, "no passage fits the context budget", streaming, timings)
            return

        enforcer = Enforcer([p.text for p in prompt.passages], retrieval.question)
        header, _ = frame(persona, "")
        shown = False
        t1 = time.perf_counter()
        try:
            model = self.chat_model(streaming)
            if streaming:
                for chunk in model.stream(_lc_messages(prompt.messages)):
                    if "llm_first_token_ms" not in timings:
                        timings["llm_first_token_ms"] = (time.perf_counter() - t1) * 1000
                    text = enforcer.feed(message_text(chunk.content))
                    if enforcer.rejected:
                        break  # e.g. an injection canary: stop reading
                    if text:
                        if not shown and header:
                            yield header + "\n\n"
                        shown = True
                        yield text
            else:
                enforcer.feed(message_text(model.invoke(_lc_messages(prompt.messages)).content))
        except Exception as e:  # any client failure (timeout, HTTP error, unreadable reply) → offline
            reason = failure_reason(e, self.settings.llm_timeout_s)
            log.info("LLM call failed (%s): %s", reason, e)
            yield from self._offline(offline, reason, streaming and not shown, timings)
            return
        tail = enforcer.close()
        result = enforcer.result()
        timings["llm_ms"] = (time.perf_counter() - t1) * 1000
        if result.dropped:
            log.info("LLM statements removed: %s", [(d.text, d.reason) for d in result.dropped])
        if result.rejected:
            log.info("LLM answer rejected: %s", result.rejected)
            yield from self._offline(offline, result.rejected, streaming and not shown, timings)
            return
        if streaming and tail:
            if not shown and header:
                yield header + "\n\n"
            yield tail
        citations = self._citations(kb, result, prompt.passages)
        all_cites = ", ".join(f"[{c.n}]" for c in citations)
        _, footer = frame(persona, all_cites)
        if streaming and footer:
            yield "\n\n" + footer
        timings["compose_ms"] = (time.perf_counter() - t0) * 1000
        yield Composed(
            framed(persona, result.markdown, all_cites), citations, False, timings_ms=timings, backend=self.name
        )

    def _offline(
        self, offline: Composed, reason: str | None, stream_text: bool, timings: dict[str, float]
    ) -> Iterator[str | Composed]:
        notice = notice_for(reason) if reason else None
        markdown = f"*{notice}*\n\n{offline.markdown}" if notice else offline.markdown
        if stream_text:
            yield from markdown.splitlines(keepends=True)
        yield dataclasses.replace(offline, markdown=markdown, backend="offline", notice=notice, timings_ms=timings)

    def _citations(self, kb: KnowledgeBase, result: Enforced, passages: tuple[Passage, ...]) -> list[Citation]:
        """Citation k for the passage the model cited as [used[k-1]], with the sentences of that
        passage the kept statements draw on highlighted."""
        cited = [passages[n - 1] for n in result.used]
        spans: dict[int, set[tuple[int, int]]] = {}
        sentences = kb.sentences_for_chunks([p.chunk_id for p in cited])
        for k, p in enumerate(cited, 1):
            own = [s for s in sentences if s.chunk_id == p.chunk_id]
            for st in (s for s in result.kept if k in s.cites):
                best, where = 0.0, None
                for sent in own:
                    a, b = sent.start, sent.end
                    score = coverage(st.text, p.text[a - p.start : b - p.start])
                    if score > best:
                        best, where = score, (a, b)
                if where and best >= HIGHLIGHT_MIN_COVERAGE:
                    spans.setdefault(k, set()).add(where)
        return [
            quoting(_citation(k, p), sorted(spans.get(k, ())), p.marks) for k, p in enumerate(cited, 1)
        ]


INSTALL_HINT = "pip install '.[llm]'"


def require_extra(module: str, backend: str) -> None:
    """Fail with the install line when a backend's optional package is missing."""
    try:
        importlib.import_module(module)
    except ImportError as e:
        raise BackendUnavailable(
            f"The '{backend}' backend needs the optional LLM packages ({module} is missing). "
            f"Install them with: {INSTALL_HINT}"
        ) from e
