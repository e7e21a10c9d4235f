"""The optional LLM backends, registered as `openai` and `ollama` (extra: `pip install '.[llm]'`).

- `openai`: any server speaking the OpenAI chat-completions API (vLLM, llama.cpp server, LM Studio,
  Ollama's /v1, a hosted API), through `langchain_openai.ChatOpenAI`.
- `ollama`: Ollama's native /api/chat, through `langchain_ollama.ChatOllama`.

Both read `LLAIS_LLM_BASE_URL`, `LLAIS_LLM_MODEL`, `LLAIS_LLM_API_KEY`, `LLAIS_LLM_TIMEOUT_S`,
`LLAIS_LLM_TEMPERATURE`, `LLAIS_LLM_CONTEXT_TOKENS` and `LLAIS_LLM_ANSWER_TOKENS`. Without a base
URL they go to the usual local address (llama.cpp's and Ollama's defaults on 127.0.0.1), never to a
hosted service. LangChain packages are imported only when a backend is built, so this module loads
without the extra; building a backend without it raises `BackendUnavailable` with the install line.
Answering, enforcement and fallback are shared: see `llm_common.py`.

Left out: retries (`max_retries=0`: the offline answer is the fallback) and the OpenAI Responses
API (local servers speak chat completions).
"""

from __future__ import annotations

import importlib
from typing import Any

from assistant.backends import register
from assistant.backends.base import BackendUnavailable
from assistant.backends.llm_common import LLMBackend
from assistant.settings import Settings

DEFAULT_OPENAI_URL = "http://127.0.0.1:8080/v1"  # llama.cpp server's default
DEFAULT_OLLAMA_URL = "http://127.0.0.1:11434"
INSTALL_HINT = "pip install '.[llm]'"


def _require(module: str, backend: str) -> None:
    try:
        importlib.import_module(module)
    except ImportError as e:
        raise BackendUnavailable(
            f"The '{backend}' backend needs the optional LLM packages ({module} is missing). "
            f"Install them with: {INSTALL_HINT}"
        ) from e


class OpenAIBackend(LLMBackend):
    name = "openai"

    def chat_model(self, streaming: bool) -> Any:
        from langchain_openai import ChatOpenAI
        from pydantic import SecretStr

        s = self.settings
        return ChatOpenAI(
            model=s.llm_model,
            base_url=s.llm_base_url or DEFAULT_OPENAI_URL,
            api_key=SecretStr(s.llm_api_key),
            timeout=s.llm_timeout_s,
            max_retries=0,
            temperature=s.llm_temperature,
            max_completion_tokens=s.llm_answer_tokens,  # what newer servers read
            extra_body={"max_tokens": s.llm_answer_tokens},  # what Ollama /v1 and LM Studio read
            streaming=streaming,
            use_responses_api=False,
        )


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


def _openai(settings: Settings) -> OpenAIBackend:
    _require("langchain_openai", "openai")
    return OpenAIBackend(settings)


def _ollama(settings: Settings) -> OllamaBackend:
    _require("langchain_ollama", "ollama")
    return OllamaBackend(settings)


register("openai", _openai)
register("ollama", _ollama)
