"""What the rest of Llais needs from a vector store, and nothing more.

The store holds three record sets:
- chunks: text, embedding and metadata of every chunk, tagged with its
  document *version* (a content hash);
- sentences: one embedding per sentence or list item of a chunk, precomputed at
  ingest so the answer composer never embeds evidence at query time;
- documents: one record per document, the cleaned text and metadata, and the
  version that is *active*. Writing this record is the commit point of an ingest:
  chunks of any other version are invisible to queries.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Protocol

import numpy as np


@dataclass(frozen=True)
class StoredDocument:
    doc_id: str
    version: str
    title: str
    publisher: str
    kind: str
    covers: tuple[str, ...]
    source: str  # absolute path of the file ingested
    source_dir: str  # folder it was ingested from (for deletion sweeps)
    chunks: int
    text: str | None = None  # cleaned text, when asked for


def sentence_id(chunk_id: str, idx: int) -> str:
    """The stored id of a chunk's `idx`-th sentence unit: ingest writes it, and a
    reader that knows a chunk's sentence count reads them back by it."""
    return f"{chunk_id}:{idx:03d}"


@dataclass(frozen=True)
class Sentence:
    """One sentence or list item of a stored chunk, as the composer reads it."""

    sentence_id: str
    chunk_id: str
    idx: int  # position within its chunk
    start: int  # offsets in the cleaned document: text[start:end] is the sentence
    end: int
    embedding: np.ndarray


@dataclass(frozen=True)
class StoredChunk:
    chunk_id: str
    text: str
    meta: dict[str, Any]


class VectorStore(Protocol):
    def documents(self, with_text: bool = False) -> dict[str, StoredDocument]: ...
    def document_text(self, doc_id: str) -> str | None: ...
    def add_chunks(
        self, ids: list[str], texts: list[str], embeddings: np.ndarray, metas: list[dict[str, Any]]
    ) -> None: ...
    def add_sentences(self, ids: list[str], embeddings: np.ndarray, metas: list[dict[str, Any]]) -> None: ...
    def commit_document(self, doc: StoredDocument, text: str, title_embedding: np.ndarray) -> None: ...
    def remove_document(self, doc_id: str) -> None: ...
    def delete_version(self, version: str) -> None: ...
    def delete_versions_except(self, keep: set[str]) -> int: ...
    def chunks_for_versions(self, versions: list[str]) -> list[StoredChunk]: ...
    def query_chunks(
        self, embedding: np.ndarray, n: int, versions: list[str], where: dict[str, Any] | None = None
    ) -> list[tuple[str, float]]: ...
    def chunk_embeddings(self, ids: list[str]) -> dict[str, np.ndarray]: ...
    def sentences_for_chunks(self, chunk_ids: list[str], counts: Mapping[str, int] | None = None) -> list[Sentence]: ...
    def heartbeat(self) -> None: ...
    def reset(self) -> None: ...
