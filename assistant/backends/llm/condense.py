"""Multi-turn: turn a follow-up ("and what about training?") into a standalone question.

Retrieval sees one question, so before retrieving, a follow-up is rewritten with the chat history
(`prompts/llm/condense.j2`) by whatever model the backend has. The history goes in as quoted data,
newest turns kept first within the context budget; each earlier answer is cut to its opening
`ANSWER_GIST_TOKENS` tokens, which is what a follow-up refers back to. Like every prompt, it
stays within `llm_context_tokens - llm_answer_tokens`.

The model's rewrite is accepted only if it reads as one question of sensible length with no
injection canary in it. Otherwise, or when the model can't be reached, `fallback_condense` joins a
short follow-up to the previous question, which keeps the topic words retrieval needs.

Left out: condensing without a model (coreference resolution offline): the offline backend
retrieves with the question as asked.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from assistant.answer.citations import CITE
from assistant.backends.llm.enforce import canary_in
from assistant.backends.llm.prompt import Message, count_tokens
from assistant.prompts import render
from assistant.settings import Settings
from assistant.text.tokens import llm_token_count, truncate_to_llm_tokens

ANSWER_GIST_TOKENS = 120  # of each earlier answer
REPLY_TOKENS = 100  # a longer "question" is not a rewrite of one
SHORT_FOLLOW_UP_WORDS = 8  # fallback: shorter follow-ups are joined to the previous question


@dataclass(frozen=True)
class Turn:
    user: str
    assistant: str


def _one_line(text: str) -> str:
    return " ".join(text.split())


def condense_message(question: str, history: list[tuple[str, str]], settings: Settings) -> Message:
    """The condense prompt, with as many recent turns as fit the context budget."""
    turns = [
        Turn(_one_line(u), _one_line(truncate_to_llm_tokens(CITE.sub("", a), ANSWER_GIST_TOKENS)))
        for u, a in history
        if u.strip()
    ]
    budget = settings.llm_context_tokens - settings.llm_answer_tokens
    kept: list[Turn] = []
    for t in reversed(turns):
        trial = [t, *kept]
        if count_tokens([Message("user", render("llm/condense.j2", turns=trial, question=question))]) > budget:
            break
        kept = trial
    return Message("user", render("llm/condense.j2", turns=kept, question=question))


def clean_standalone(reply: str, question: str, max_chars: int) -> str | None:
    """The rewritten question, or None when the reply isn't one."""
    lines = [ln.strip() for ln in reply.strip().splitlines() if ln.strip()]
    if not lines:
        return None
    q = re.sub(r"^(?:standalone question|question)\s*:\s*", "", lines[0], flags=re.I)
    q = q.strip().strip("\"'“”‘’*` ").strip()
    if not re.search(r"[A-Za-z]", q) or len(q) > max_chars or llm_token_count(q) > REPLY_TOKENS:
        return None
    if canary_in(q, question):
        return None
    return q


def fallback_condense(question: str, history: list[tuple[str, str]]) -> str:
    """Without a model: a short follow-up is joined to the previous question."""
    previous = next((u.strip() for u, _a in reversed(history) if u.strip()), "")
    if previous and len(question.split()) < SHORT_FOLLOW_UP_WORDS:
        return f"{previous} {question}"
    return question


def condense(
    question: str,
    history: list[tuple[str, str]],
    settings: Settings,
    complete: Callable[[list[Message]], str],
) -> str:
    """A standalone question for retrieval. `complete` sends messages to a model and returns
    its text; any exception it raises propagates, so the backend can note the failure."""
    if not history:
        return question
    reply = complete([condense_message(question, history, settings)])
    return clean_standalone(reply, question, settings.max_question_chars) or fallback_condense(question, history)
