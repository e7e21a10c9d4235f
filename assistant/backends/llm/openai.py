"""The `openai` backend: any server speaking the OpenAI chat-completions API (vLLM,
llama.cpp server, LM Studio, Ollama's /v1, a hosted API), through `langchain_openai.ChatOpenAI`.

Reads `LLAIS_LLM_BASE_URL`, `LLAIS_LLM_MODEL`, `LLAIS_LLM_API_KEY`, `LLAIS_LLM_TIMEOUT_S`,
`LLAIS_LLM_TEMPERATURE`, `LLAIS_LLM_CONTEXT_TOKENS` and `LLAIS_LLM_ANSWER_TOKENS`. Without a base
URL it goes to the usual local address on 127.0.0.1, never to a hosted service. LangChain is
imported only when the backend is built, so this module loads without the `llm` extra.
Answering, enforcement and fallback are shared: see `common.py`.

Left out: retries (`max_retries=0`: the offline answer is the fallback) and the OpenAI Responses
API (local servers speak chat completions).
"""

from __future__ import annotations

from typing import Any

from assistant.backends import register
from assistant.backends.llm.common import LLMBackend, require_extra
from assistant.settings import Settings

DEFAULT_OPENAI_URL = "http://127.0.0.1:8080/v1"  # llama.cpp server's default


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


def _build(settings: Settings) -> OpenAIBackend:
    require_extra("langchain_openai", "openai")
    return OpenAIBackend(settings)


register("openai", _build)
