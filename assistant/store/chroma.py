"""Chroma implementation of the store: embedded `PersistentClient` by default,
`HttpClient` when `LLAIS_CHROMA_HOST` is set (several app replicas share one server).

Embeddings are always computed by Llais itself and passed in, so the Chroma
collections carry no embedding function and never download one.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import numpy as np

from assistant.errors import UserError
from assistant.settings import Settings
from assistant.store import generations
from assistant.store.base import Sentence, StoredChunk, StoredDocument, sentence_id

_BATCH = 2000
# Rows per read. Chroma binds one SQL variable per row it reads back, and SQLite
# allows 32,766: an unpaged read of a large collection fails with "too many SQL
# variables" (seen at 100x the corpus: ~150,000 sentences).
_PAGE = 10_000


def _get_all(coll: Any, **kwargs: Any) -> dict[str, Any]:
    """`coll.get(**kwargs)` for any number of rows, read a page at a time."""
    out: dict[str, Any] = {"ids": [], "documents": [], "metadatas": []}
    offset = 0
    while True:
        got = coll.get(limit=_PAGE, offset=offset, **kwargs)
        n = len(got["ids"])
        out["ids"].extend(got["ids"])
        for key in ("documents", "metadatas"):
            out[key].extend(got.get(key) or [None] * n)
        if n < _PAGE:
            return out
        offset += n


def _get_ids(coll: Any, ids: list[str], include: list[str]) -> dict[str, Any]:
    """`coll.get(ids=ids, include=include)` for any number of ids, a page at a time
    (one query binds every id as an SQL variable). Missing ids are left out."""
    out: dict[str, Any] = {"ids": [], **{key: [] for key in include}}
    for j in range(0, len(ids), _PAGE):
        got = coll.get(ids=ids[j : j + _PAGE], include=include)
        out["ids"].extend(got["ids"])
        for key in include:
            part = got.get(key)
            out[key].extend(part if part is not None else [None] * len(got["ids"]))
    return out


class StoreUnavailable(UserError):
    """The index can't be opened or read: the message says what to do."""


def _client(settings: Settings, path: Path | None = None):  # -> chromadb.ClientAPI
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    csettings = ChromaSettings(anonymized_telemetry=False, allow_reset=True)
    if settings.chroma_host:
        headers = (
            {"Authorization": f"Bearer {settings.chroma_auth_token}"}
            if settings.chroma_auth_token
            else None
        )
        return chromadb.HttpClient(
            host=settings.chroma_host,
            port=settings.chroma_port,
            ssl=settings.chroma_ssl,
            headers=headers,
            settings=csettings,
        )
    path = path or generations.current(settings.data_dir)
    path.mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(path), settings=csettings)


def open_store(settings: Settings, path: Path | None = None) -> ChromaStore:
    """The current index (or, for an ingest, the generation at `path`)."""
    try:
        gen = None if settings.chroma_host else (path or generations.current(settings.data_dir))
        return ChromaStore(_client(settings, gen), settings.collection_prefix, generation=gen)
    except Exception as e:  # chromadb raises many types for a bad dir or server
        reason = " ".join(str(e).split())
        if settings.chroma_host:  # a rebuild can't help while the server is away
            raise StoreUnavailable(
                f"Could not reach the Chroma server at {settings.chroma_host}:{settings.chroma_port} "
                f"({reason}). Check that it is running, or unset LLAIS_CHROMA_HOST to use the embedded index."
            ) from e
        raise StoreUnavailable(
            f"Could not open the index in {settings.data_dir} ({reason}). "
            "Run `python -m assistant ingest --rebuild` to rebuild it."
        ) from e


def forget(path: Path) -> None:
    """Stop and forget the cached embedded client of a removed generation directory."""
    try:
        from chromadb.api.shared_system_client import SharedSystemClient

        system = SharedSystemClient._identifier_to_system.pop(str(path), None)
        if system is not None:
            system.stop()
    except Exception:  # private API: best effort only (a leak, never an error)
        pass


class ChromaStore:
    def __init__(self, client: Any, prefix: str = "llais", generation: Path | None = None) -> None:
        self.client = client
        self.prefix = prefix
        self.generation = generation  # embedded mode: the directory this store reads
        self._open()

    def _open(self) -> None:
        space = {"hnsw:space": "cosine"}
        self.chunks = self.client.get_or_create_collection(f"{self.prefix}_chunks", metadata=space)
        self.sentences = self.client.get_or_create_collection(
            f"{self.prefix}_sentences", metadata=space
        )
        self.docs = self.client.get_or_create_collection(f"{self.prefix}_documents", metadata=space)

    # --- documents ------------------------------------------------------------
    def documents(self, with_text: bool = False) -> dict[str, StoredDocument]:
        include = ["metadatas", "documents"] if with_text else ["metadatas"]
        got = self.docs.get(include=include)
        out: dict[str, StoredDocument] = {}
        texts = got.get("documents") or [None] * len(got["ids"])
        for doc_id, meta, text in zip(got["ids"], got["metadatas"] or [], texts, strict=False):
            out[doc_id] = _doc_from_meta(doc_id, meta or {}, text)
        return out

    def document_text(self, doc_id: str) -> str | None:
        got = self.docs.get(ids=[doc_id], include=["documents"])
        docs = got.get("documents") or []
        return docs[0] if docs else None

    def commit_document(self, doc: StoredDocument, text: str, title_embedding: np.ndarray) -> None:
        meta = {
            "version": doc.version,
            "title": doc.title,
            "publisher": doc.publisher,
            "kind": doc.kind,
            "covers": "\n".join(doc.covers),
            "source": doc.source,
            "source_dir": doc.source_dir,
            "chunks": doc.chunks,
        }
        self.docs.upsert(
            ids=[doc.doc_id],
            documents=[text],
            embeddings=[title_embedding.tolist()],
            metadatas=[meta],
        )

    def remove_document(self, doc_id: str) -> None:
        existing = self.documents().get(doc_id)
        self.docs.delete(ids=[doc_id])
        if existing:
            self.delete_version(existing.version)

    # --- chunks and sentences -----------------------------------------------------
    def add_chunks(
        self, ids: list[str], texts: list[str], embeddings: np.ndarray, metas: list[dict[str, Any]]
    ) -> None:
        for i in range(0, len(ids), _BATCH):
            self.chunks.upsert(
                ids=ids[i : i + _BATCH],
                documents=texts[i : i + _BATCH],
                embeddings=embeddings[i : i + _BATCH].tolist(),
                metadatas=metas[i : i + _BATCH],
            )

    def add_sentences(self, ids: list[str], embeddings: np.ndarray, metas: list[dict[str, Any]]) -> None:
        for i in range(0, len(ids), _BATCH):
            self.sentences.upsert(
                ids=ids[i : i + _BATCH],
                embeddings=embeddings[i : i + _BATCH].tolist(),
                metadatas=metas[i : i + _BATCH],
            )

    def delete_version(self, version: str) -> None:
        self.chunks.delete(where={"version": version})
        self.sentences.delete(where={"version": version})

    def delete_versions_except(self, keep: set[str]) -> int:
        """Garbage-collect chunks left by interrupted or superseded ingests."""
        removed = 0
        for coll in (self.chunks, self.sentences):
            got = _get_all(coll, include=["metadatas"])
            stale = [
                i
                for i, m in zip(got["ids"], got["metadatas"] or [], strict=False)
                if (m or {}).get("version") not in keep
            ]
            for j in range(0, len(stale), _BATCH):
                coll.delete(ids=stale[j : j + _BATCH])
            removed += len(stale)
        return removed

    def chunks_for_versions(self, versions: list[str]) -> list[StoredChunk]:
        if not versions:
            return []
        got = _get_all(self.chunks, where=_version_filter(versions), include=["documents", "metadatas"])
        return [
            StoredChunk(i, t or "", dict(m or {}))
            for i, t, m in zip(got["ids"], got["documents"] or [], got["metadatas"] or [], strict=False)
        ]

    def query_chunks(
        self, embedding: np.ndarray, n: int, versions: list[str], where: dict[str, Any] | None = None
    ) -> list[tuple[str, float]]:
        if not versions:
            return []
        clause = _version_filter(versions)
        if where:
            clause = {"$and": [clause, where]}
        res = self.chunks.query(
            query_embeddings=[embedding.tolist()], n_results=n, where=clause, include=["distances"]
        )
        ids = res["ids"][0] if res["ids"] else []
        dists = res["distances"][0] if res.get("distances") else []
        return [(i, 1.0 - float(d)) for i, d in zip(ids, dists, strict=False)]

    def chunk_embeddings(self, ids: list[str]) -> dict[str, np.ndarray]:
        if not ids:
            return {}
        got = _get_ids(self.chunks, ids, ["embeddings"])
        return {i: np.asarray(e, dtype=np.float32) for i, e in zip(got["ids"], got["embeddings"], strict=True) if e is not None}

    def sentences_for_chunks(self, chunk_ids: list[str], counts: Mapping[str, int] | None = None) -> list[Sentence]:
        """The sentence units of these chunks. With each chunk's number of sentences
        (`counts`, stored with the chunk since ingest records it), a read by id, which
        stays fast however large the index; without, a metadata filter, which does not
        (a scan of the sentences' metadata: ~0.3 s at 15,000 chunks)."""
        if not chunk_ids:
            return []
        if counts is not None and all(c in counts for c in chunk_ids):
            ids = [sentence_id(c, j) for c in chunk_ids for j in range(counts[c])]
            got = _get_ids(self.sentences, ids, ["metadatas", "embeddings"])
        else:
            where = {"chunk_id": chunk_ids[0]} if len(chunk_ids) == 1 else {"chunk_id": {"$in": chunk_ids}}
            got = self.sentences.get(where=where, include=["metadatas", "embeddings"])
        embs = got.get("embeddings")
        if embs is None or len(embs) == 0:
            return []
        out = [
            Sentence(
                i, str(m.get("chunk_id", "")), int(m.get("idx", 0)), int(m["start"]), int(m["end"]), np.asarray(e, dtype=np.float32)
            )
            for i, m, e in zip(got["ids"], got["metadatas"] or [], embs, strict=False)
            if m is not None
        ]
        order = {c: k for k, c in enumerate(chunk_ids)}
        return sorted(out, key=lambda x: (order.get(x.chunk_id, len(order)), x.idx))  # chunks as asked, sentences in order

    def heartbeat(self) -> None:
        self.client.heartbeat()
        self.docs.count()

    def reset(self) -> None:
        for name in ("chunks", "sentences", "documents"):
            try:
                self.client.delete_collection(f"{self.prefix}_{name}")
            except Exception:  # noqa: S110 - missing collection is fine
                pass
        self._open()


def _version_filter(versions: list[str]) -> dict[str, Any]:
    return {"version": versions[0]} if len(versions) == 1 else {"version": {"$in": versions}}


def _doc_from_meta(doc_id: str, meta: dict[str, Any], text: str | None) -> StoredDocument:
    covers = str(meta.get("covers") or "")
    return StoredDocument(
        doc_id=doc_id,
        version=str(meta.get("version", "")),
        title=str(meta.get("title", doc_id)),
        publisher=str(meta.get("publisher", "")),
        kind=str(meta.get("kind", "other")),
        covers=tuple(c for c in covers.split("\n") if c),
        source=str(meta.get("source", "")),
        source_dir=str(meta.get("source_dir", "")),
        chunks=int(meta.get("chunks", 0)),
        text=text,
    )
