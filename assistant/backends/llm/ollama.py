"""The `ollama` backend: Ollama's native /api/chat, through `langchain_ollama.ChatOllama`.

Reads `LLAIS_LLM_BASE_URL`, `LLAIS_LLM_MODEL`, `LLAIS_LLM_API_KEY`, `LLAIS_LLM_TIMEOUT_S`,
`LLAIS_LLM_TEMPERATURE`, `LLAIS_LLM_CONTEXT_TOKENS` and `LLAIS_LLM_ANSWER_TOKENS`. Without a base
URL it goes to the usual local address on 127.0.0.1, never to a hosted service. LangChain is
imported only when the backend is built, so this module loads without the `llm` extra.
Answering, enforcement and fallback are shared: see `common.py`.

Left out: retries (the offline answer is the fallback).
"""

from __future__ import annotations

from typing import Any

from assistant.backends import register
from assistant.backends.llm.common import LLMBackend, require_extra
from assistant.settings import Settings

DEFAULT_OLLAMA_URL = "http://127.0.0.1:11434"


class OllamaBackend(LLMBackend):
    name = "ollama"

    def chat_model(self, streaming: bool) -> Any:
        from langchain_ollama import ChatOllama

        s = self.settings
        client: dict[str, Any] = {"timeout": s.llm_timeout_s}
        if s.llm_api_key and s.llm_api_key != "not-needed":  # e.g. behind an authenticating proxy
            client["headers"] = {"Authorization": f"Bearer {s.llm_api_key}"}
        return ChatOllama(
            model=s.llm_model,
            base_url=s.llm_base_url or DEFAULT_OLLAMA_URL,
            temperature=s.llm_temperature,
            num_predict=s.llm_answer_tokens,
            num_ctx=s.llm_context_tokens,
            client_kwargs=client,
            validate_model_on_init=False,
        )


def _build(settings: Settings) -> OllamaBackend:
    require_extra("langchain_ollama", "ollama")
    return OllamaBackend(settings)


register("ollama", _build)
