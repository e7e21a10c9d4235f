"""Ingest: load → clean → split by section → embed → store.

Incremental and idempotent. Each document's *version* is a hash of its bytes,
its metadata and the pipeline settings; an unchanged version does no work.
A changed document is written as new chunks first, then the document record is
switched to the new version (the commit point), then the old chunks are
deleted. A crash or `kill -9` at any moment therefore leaves either the old or
the new version active and complete; leftovers of an interrupted run are
invisible to queries and swept up by the next ingest.

Concurrent ingests are serialised by a file lock in the data dir. In server
mode, replicas on other machines don't share that lock; the versioned commit
keeps the index consistent anyway (last writer wins per document), and the
orphan sweep runs only under `--rebuild` there.
"""

from __future__ import annotations

import hashlib
import json
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from filelock import FileLock
from tqdm import tqdm

from assistant.ingest import sources
from assistant.ingest.knowledge import discover, doc_id_for, manifest_entries, metadata_for
from assistant.ingest.loaders import LoadError, load_file
from assistant.ingest.split import sentence_units, split_document
from assistant.models import SECTION_SEP, IngestFileResult, IngestReport
from assistant.settings import Settings
from assistant.store import StoredDocument, VectorStore, generations, open_store
from assistant.store.base import sentence_id
from assistant.store.chroma import forget
from assistant.store.embeddings import (
    Embedder,
    embedder_for,
    embedding_text,
    embedding_token_count,
    model_text,
)
from assistant.text.clean import clean_text
from assistant.text.pages import page_starts

log = logging.getLogger(__name__)

PIPELINE_VERSION = "34"  # bump when cleaning/splitting changes, to re-ingest everything

ProgressFn = Callable[[float, str], None]


def uploads_dir(settings: Settings) -> Path:
    return settings.data_dir / "uploads"


def default_sources(settings: Settings) -> list[Path]:
    paths = [settings.knowledge_dir]
    up = uploads_dir(settings)
    if up.exists():
        paths.append(up)
    return paths


def _version(data: bytes, meta_key: str, settings: Settings) -> str:
    h = hashlib.sha256()
    h.update(data)
    h.update(meta_key.encode())
    h.update(f"|{PIPELINE_VERSION}|{settings.embedding_model}|{settings.max_chunk_tokens}".encode())
    if settings.embedding_backend != "torch":  # other vectors (torch keeps the versions it always had)
        h.update(f"|{settings.embedding_backend}".encode())
    return h.hexdigest()[:16]


def ingest(
    paths: list[Path] | None = None,
    settings: Settings | None = None,
    store: VectorStore | None = None,
    embedder: Embedder | None = None,
    progress: bool = False,
    on_progress: ProgressFn | None = None,
    rebuild: bool = False,
) -> IngestReport:
    from assistant.settings import get_settings

    settings = settings or get_settings()
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    # Files named by the caller (an upload, `ingest FILE`) are read, split and embedded
    # before the lock is taken, so a slow file holds up nobody else's upload; only the
    # writes run one at a time. (A plain `ingest` learns its sources under the lock.)
    ready = _prepare_all(paths, settings, store, embedder, on_progress) if paths and not rebuild else {}
    with FileLock(str(settings.data_dir / "ingest.lock")):
        gone: list[Path] = []
        if paths:
            sources.record(settings, paths, implicit=default_sources(settings) + [uploads_dir(settings)])
        else:  # every source the index was ever given (sources.py), and the defaults
            present, gone = sources.forget_missing(settings)
            paths = default_sources(settings) + present
        locked_progress = None if ready else on_progress  # prepared files: progress was reported
        if store is not None or settings.server_mode:
            store = store or open_store(settings)
            if rebuild:
                store.reset()
            report = _ingest_locked(paths, settings, store, embedder, progress, locked_progress, ready)
            if rebuild or not settings.server_mode:
                store.delete_versions_except({d.version for d in store.documents().values()})
        else:
            report = _ingest_generation(paths, settings, embedder, progress, locked_progress, rebuild, ready)
    if ready and on_progress:
        on_progress(1.0, "done")
    missing = [
        IngestFileResult(path=str(p), doc_id=None, status="failed", error="this source is gone; it is forgotten")
        for p in gone
    ]
    return IngestReport(
        files=[*report[0], *missing], embedded_chunks=report[1], seconds=time.perf_counter() - t0
    )


def _ingest_generation(
    paths: list[Path],
    settings: Settings,
    embedder: Embedder | None,
    progress: bool,
    on_progress: ProgressFn | None,
    rebuild: bool,
    ready: dict[Path, Prepared],
) -> tuple[list[IngestFileResult], int]:
    """Embedded mode: apply changes to a copy of the index, then switch to it atomically."""
    generations.sweep(settings.data_dir)  # copies left by a failed or killed ingest
    if not rebuild:  # a rebuild never opens the current index: it may be the damaged thing
        current = open_store(settings)
        if not _needs_work(paths, settings, current):
            return _ingest_locked(paths, settings, current, embedder, progress, on_progress, ready)
    new_dir = generations.begin(settings.data_dir, copy=not rebuild)
    store = open_store(settings, new_dir)
    try:
        report = _ingest_locked(paths, settings, store, embedder, progress, on_progress, ready)
        store.delete_versions_except({d.version for d in store.documents().values()})
    except BaseException:
        forget(new_dir)
        generations.abandon(new_dir)
        raise
    for old in generations.commit(settings.data_dir, new_dir):
        forget(old)
    return report


def _needs_work(paths: list[Path], settings: Settings, store: VectorStore) -> bool:
    """Would ingest change anything? (Cheap: hashes files, embeds nothing.)"""
    files, folders = discover(paths, plain=uploads_dir(settings))
    existing = store.documents()
    manifests: dict[Path, dict] = {}
    for path in files:
        if not path.exists():
            continue
        manifest = manifests.setdefault(path.parent, manifest_entries(path.parent))
        try:
            version = _version(path.read_bytes(), _meta_key(path, manifest), settings)
        except OSError:
            continue
        old = existing.get(doc_id_for(path))
        if old is None or old.version != version:
            return True
    scanned = {str(f) for f in folders}
    present = {str(f) for f in files}
    return any(d.source_dir in scanned and d.source not in present for d in existing.values())


def _meta_key(path: Path, manifest: dict) -> str:
    key = json.dumps(manifest.get(path.name, {}), sort_keys=True, default=str)
    sidecar = path.with_name(path.name + ".yaml")
    if sidecar.exists():
        key += sidecar.read_text(encoding="utf-8", errors="replace")
    return key


def _ingest_locked(
    paths: list[Path],
    settings: Settings,
    store: VectorStore,
    embedder: Embedder | None,
    progress: bool,
    on_progress: ProgressFn | None,
    ready: dict[Path, Prepared] | None = None,
) -> tuple[list[IngestFileResult], int]:
    files, folders = discover(paths, plain=uploads_dir(settings))
    existing = store.documents()
    results: list[IngestFileResult] = []
    embedded_total = 0
    seen: dict[str, Path] = {}
    max_bytes = int(settings.max_file_mb * 1_000_000)
    manifests: dict[Path, dict] = {}

    bar = tqdm(files, desc="Ingesting", unit="file", disable=not progress)
    for i, path in enumerate(bar):
        if on_progress:
            on_progress(i / max(len(files), 1), path.name)
        doc_id = doc_id_for(path)
        if not path.exists():
            error = "the link points to a file that is not there" if path.is_symlink() else "file not found"
            results.append(IngestFileResult(path=str(path), doc_id=None, status="failed", error=error))
            continue
        if doc_id in seen and seen[doc_id] != path:
            results.append(
                IngestFileResult(
                    path=str(path),
                    doc_id=doc_id,
                    status="failed",
                    error=f"same document id as {seen[doc_id].name}; rename one of them",
                )
            )
            continue
        seen[doc_id] = path
        manifest = manifests.setdefault(path.parent, manifest_entries(path.parent))
        try:
            result = _ingest_one(path, manifest, settings, store, embedder, existing, max_bytes, ready or {})
        except LoadError as e:
            result = IngestFileResult(path=str(path), doc_id=doc_id, status="failed", error=str(e))
        except Exception:  # one bad file must never stop the others; the details go to the log
            log.exception("ingest of %s failed", path)
            result = IngestFileResult(
                path=str(path), doc_id=doc_id, status="failed",
                error="could not be read (an unexpected error; the server log has the details)",
            )
        embedded_total += result.embedded
        results.append(result)

    # Documents whose file was removed from a scanned folder are removed from the index.
    scanned = {str(f) for f in folders}
    present = {str(f) for f in files}
    for doc in store.documents().values():
        if doc.source_dir in scanned and doc.source not in present:
            store.remove_document(doc.doc_id)
            results.append(IngestFileResult(path=doc.source, doc_id=doc.doc_id, status="removed"))
    if on_progress:
        on_progress(1.0, "done")
    return results, embedded_total


class Deadline:
    """The time one file may take (`max_seconds_per_file`), checked between steps
    and between embedding batches: a file over it fails with a one-line message
    and the index is left as it was."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.end = time.monotonic() + seconds

    def check(self, doing: str) -> None:
        if time.monotonic() > self.end:
            raise LoadError(f"gave up after {self.seconds:.0f} s {doing}; the file is too large or complex to index")


# Texts per embedding call. The app shares one model (and its lock) between uploads and
# questions, so a question waits for at most one batch of an upload (~1 s here).
EMBED_BATCH = 64


def _embed(embedder: Embedder, texts: list[str], deadline: Deadline):  # -> np.ndarray
    """Embeddings of `texts` in batches, checking the deadline between them."""
    import numpy as np

    parts = []
    for i in range(0, len(texts), EMBED_BATCH):
        deadline.check("embedding it")
        parts.append(embedder.embed([model_text(t) for t in texts[i : i + EMBED_BATCH]]))
    return np.vstack(parts) if parts else embedder.embed([])


@dataclass(frozen=True)
class Prepared:
    """One file read, split and embedded, ready to write: everything `_write` needs,
    made without touching the index. `error` is set instead when the file failed."""

    path: Path
    version: str
    doc_id: str
    error: str | None = None
    document: StoredDocument | None = None
    cleaned: str = ""
    chunk_ids: list[str] = field(default_factory=list)
    chunk_texts: list[str] = field(default_factory=list)
    chunk_vecs: Any = None  # np.ndarray (n_chunks, dim)
    chunk_metas: list[dict] = field(default_factory=list)
    sent_ids: list[str] = field(default_factory=list)
    sent_vecs: Any = None  # np.ndarray (n_sentences, dim)
    sent_metas: list[dict] = field(default_factory=list)
    title_vec: Any = None  # np.ndarray (dim,)


def _prepare_all(
    paths: list[Path],
    settings: Settings,
    store: VectorStore | None,
    embedder: Embedder | None,
    on_progress: ProgressFn | None,
) -> dict[Path, Prepared]:
    """Read, split and embed each named file whose version is not already indexed,
    without the ingest lock. A file whose bytes change before the lock is taken is
    simply prepared again under it."""
    files, _ = discover(paths, plain=uploads_dir(settings))
    existing: dict[str, StoredDocument] = {}
    if store is not None or settings.server_mode or (settings.data_dir / generations.POINTER).exists():
        try:
            existing = (store or open_store(settings)).documents()
        except Exception:  # a damaged index: the locked pass decides what to do
            log.warning("could not read the index before ingest", exc_info=True)
    max_bytes = int(settings.max_file_mb * 1_000_000)
    manifests: dict[Path, dict] = {}
    ready: dict[Path, Prepared] = {}
    for i, path in enumerate(files):
        if on_progress:
            on_progress(i / max(len(files), 1), path.name)
        if not path.is_file():
            continue
        manifest = manifests.setdefault(path.parent, manifest_entries(path.parent))
        try:
            version = _file_version(path, manifest, settings, max_bytes)
        except (LoadError, OSError):
            continue  # reported by the locked pass
        old = existing.get(doc_id_for(path))
        if old is not None and old.version == version:
            continue
        try:
            ready[path] = _prepare(path, version, manifest, settings, embedder, max_bytes)
        except LoadError as e:
            ready[path] = Prepared(path, version, doc_id_for(path), error=str(e))
        except Exception:  # reported, with the log's details, when the locked pass meets it again
            continue
    return ready


def _ingest_one(
    path: Path,
    manifest: dict,
    settings: Settings,
    store: VectorStore,
    embedder: Embedder | None,
    existing: dict[str, StoredDocument],
    max_bytes: int,
    ready: dict[Path, Prepared],
) -> IngestFileResult:
    """Bring one file's document in the index up to date (under the ingest lock)."""
    version = _file_version(path, manifest, settings, max_bytes)
    doc_id = doc_id_for(path)
    old = existing.get(doc_id)
    if old is not None and old.version == version:
        return IngestFileResult(path=str(path), doc_id=doc_id, status="unchanged", chunks=old.chunks)
    prepared = ready.get(path)
    if prepared is None or prepared.version != version:
        prepared = _prepare(path, version, manifest, settings, embedder, max_bytes)
    if prepared.error is not None:
        raise LoadError(prepared.error)
    _write(prepared, store, old)
    n = len(prepared.chunk_ids)
    return IngestFileResult(
        path=str(path), doc_id=doc_id, status="updated" if old is not None else "added", chunks=n, embedded=n
    )


def _file_version(path: Path, manifest: dict, settings: Settings, max_bytes: int) -> str:
    """The file's version (`_version` of its bytes), once it is known to be within the size limit."""
    size = path.stat().st_size
    if size > max_bytes:
        raise LoadError(f"file is {size / 1e6:.1f} MB, over the {max_bytes / 1e6:.0f} MB limit")
    return _version(path.read_bytes(), _meta_key(path, manifest), settings)


def untitled(section: str, title: str) -> str:
    """The section path without the document's own title at its head: a document
    whose first heading is its title ("Staff Privacy Notice") would otherwise be
    cited as "Staff Privacy Notice › Staff Privacy Notice › Who we share…"."""
    head, _, rest = section.partition(SECTION_SEP)
    return rest if head.strip().casefold() == title.strip().casefold() else section


def _prepare(
    path: Path, version: str, manifest: dict, settings: Settings, embedder: Embedder | None, max_bytes: int
) -> Prepared:
    """Load, clean, split and embed one file of that `version`. Raises LoadError with a one-line reason."""
    deadline = Deadline(settings.max_seconds_per_file)
    loaded = load_file(path, max_bytes, int(settings.max_unpacked_mb * 1_000_000))
    if len(loaded.text) > settings.max_text_chars:
        raise LoadError(
            f"the file holds {len(loaded.text):,} characters of text, over the {settings.max_text_chars:,} limit; "
            "split it into smaller documents"
        )
    deadline.check("reading it")
    meta = metadata_for(path, loaded.title, manifest)
    cleaned = clean_text(loaded.text)
    if len(cleaned.strip()) < 20:
        raise LoadError("no readable text left after removing page furniture")
    count = lambda t: embedding_token_count(t, settings.embedding_model)  # noqa: E731
    starts = page_starts(cleaned, list(loaded.pages)) if loaded.pages else None
    chunks = split_document(meta.doc_id, cleaned, count, settings.max_chunk_tokens, page_starts=starts)
    if not chunks:
        raise LoadError("no text to index")
    chunks = [c.model_copy(update={"section": untitled(c.section, meta.title)}) for c in chunks]
    deadline.check("splitting it")

    embedder = embedder or embedder_for(settings)
    chunk_ids = [f"{meta.doc_id}@{version}#{c.ordinal:04d}" for c in chunks]
    chunk_vecs = _embed(embedder, [embedding_text(meta.title, c.section, c.text) for c in chunks], deadline)
    units = [sentence_units(c.text) for c in chunks]
    chunk_metas = [
        {
            "doc_id": meta.doc_id,
            "version": version,
            "ordinal": c.ordinal,
            "section": c.section,
            "paragraph": c.paragraph,
            "clause": c.clause,
            "page": c.page,
            "marks": c.marks,
            "start": c.start,
            "end": c.end,
            "token_count": c.token_count,
            "content_hash": c.content_hash,
            "title": meta.title,
            "publisher": meta.publisher,
            "kind": meta.kind,
            "sentences": len(spans),  # its sentence units are stored as sentence_id(chunk id, 0..n-1)
        }
        for c, spans in zip(chunks, units, strict=True)
    ]
    sent_ids: list[str] = []
    sent_texts: list[str] = []
    sent_metas: list[dict] = []
    for cid, c, spans in zip(chunk_ids, chunks, units, strict=True):
        for j, (s, e) in enumerate(spans):
            sent_ids.append(sentence_id(cid, j))
            sent_texts.append(c.text[s:e])
            sent_metas.append(
                {"chunk_id": cid, "version": version, "doc_id": meta.doc_id, "idx": j,
                 "start": c.start + s, "end": c.start + e}
            )
    sent_vecs = _embed(embedder, sent_texts, deadline)
    document = StoredDocument(
        doc_id=meta.doc_id,
        version=version,
        title=meta.title,
        publisher=meta.publisher,
        kind=meta.kind,
        covers=meta.covers,
        source=str(path),
        source_dir=str(path.parent),
        chunks=len(chunks),
    )
    return Prepared(
        path=path,
        version=version,
        doc_id=meta.doc_id,
        document=document,
        cleaned=cleaned,
        chunk_ids=chunk_ids,
        chunk_texts=[c.text for c in chunks],
        chunk_vecs=chunk_vecs,
        chunk_metas=chunk_metas,
        sent_ids=sent_ids,
        sent_vecs=sent_vecs,
        sent_metas=sent_metas,
        title_vec=embedder.embed_one(meta.title),
    )


def _write(prepared: Prepared, store: VectorStore, old: StoredDocument | None) -> None:
    """Write a prepared document: new chunks, then the document record (the commit
    point), then drop the old version's chunks."""
    assert prepared.document is not None
    store.add_chunks(prepared.chunk_ids, prepared.chunk_texts, prepared.chunk_vecs, prepared.chunk_metas)
    store.add_sentences(prepared.sent_ids, prepared.sent_vecs, prepared.sent_metas)
    store.commit_document(prepared.document, prepared.cleaned, prepared.title_vec)
    if old is not None:
        store.delete_version(old.version)


def remove_document(doc_id: str, settings: Settings, store: VectorStore | None = None) -> bool:
    """Remove a document from the index (and its uploaded file, if it was uploaded)."""
    with FileLock(str(settings.data_dir / "ingest.lock")):
        if store is not None or settings.server_mode:
            store = store or open_store(settings)
            doc = store.documents().get(doc_id)
            if doc is None:
                return False
            store.remove_document(doc_id)
        else:
            doc = open_store(settings).documents().get(doc_id)
            if doc is None:
                return False
            new_dir = generations.begin(settings.data_dir)
            open_store(settings, new_dir).remove_document(doc_id)
            for old in generations.commit(settings.data_dir, new_dir):
                forget(old)
        src = Path(doc.source)
        if src.parent == uploads_dir(settings).resolve() and src.exists():
            src.unlink()
        return True
