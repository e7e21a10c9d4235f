"""The read side of the knowledge base: a consistent snapshot of what is indexed.

A snapshot holds the active documents, their chunks (text + metadata) and a BM25
index built from the same chunks, so dense and lexical retrieval always see the
same documents. It is rebuilt only when a document version changes, which is
checked cheaply (document records only) before every question.
"""

from __future__ import annotations

import logging
import re
import threading
import time
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import numpy as np

from assistant.models import SourceInfo
from assistant.settings import Settings, get_settings
from assistant.store import (
    Sentence,
    StoredDocument,
    StoreUnavailable,
    VectorStore,
    generations,
    open_store,
)
from assistant.store.chroma import forget
from assistant.store.embeddings import Embedder, embedder_for, embedding_text
from assistant.store.word_vectors import LIMIT as WORD_LIMIT
from assistant.store.word_vectors import WordVectors, plain_words
from assistant.text.lexical import STOPWORDS, LexicalIndex, content_terms, lower_case_words

log = logging.getLogger(__name__)


def _identity(path: Path | None) -> tuple[int, int] | None:
    try:
        st = path.stat() if path is not None else None
    except OSError:
        return None
    return (st.st_dev, st.st_ino) if st is not None else None


def _stamp(generation: Path | None, opened: tuple[int, int] | None) -> tuple[Any, ...] | None:
    """What identifies an open embedded generation's contents: its directory and its
    database file's size and modification time (a file changed in place, say by a
    failing disk, must be noticed). None in server mode."""
    if generation is None or opened is None:
        return None
    try:
        st = (generation / "chroma.sqlite3").stat()
    except OSError:
        return None
    return (*opened, st.st_mtime_ns, st.st_size)


def _pointed_generation(data_dir: Path) -> Path | None:
    """The generation the pointer names, if the pointer and that directory exist."""
    try:
        name = (data_dir / generations.POINTER).read_text(encoding="utf-8").strip()
    except OSError:
        return None
    path = data_dir / name
    return path if name and path.is_dir() else None


@dataclass(frozen=True)
class ChunkRecord:
    chunk_id: str
    doc_id: str
    version: str
    ordinal: int
    text: str
    section: str
    paragraph: str
    start: int
    end: int
    title: str
    publisher: str
    kind: str
    clause: str = ""
    page: str = ""
    marks: str = ""
    sentences: int = -1  # its number of sentence units; -1 in an index from before this was stored

    @classmethod
    def from_store(cls, chunk_id: str, text: str, m: dict[str, Any]) -> ChunkRecord:
        return cls(
            chunk_id=chunk_id,
            doc_id=str(m.get("doc_id", "")),
            version=str(m.get("version", "")),
            ordinal=int(m.get("ordinal", 0)),
            text=text,
            section=str(m.get("section", "")),
            paragraph=str(m.get("paragraph", "")),
            start=int(m.get("start", 0)),
            end=int(m.get("end", 0)),
            title=str(m.get("title", "")),
            publisher=str(m.get("publisher", "")),
            kind=str(m.get("kind", "other")),
            clause=str(m.get("clause", "")),
            page=str(m.get("page", "")),
            marks=str(m.get("marks", "")),
            sentences=int(m.get("sentences", -1)),
        )


@dataclass
class Snapshot:
    key: tuple[tuple[str, str], ...]
    docs: dict[str, StoredDocument]
    chunks: list[ChunkRecord]
    by_id: dict[str, ChunkRecord] = field(default_factory=dict)
    by_position: dict[tuple[str, int], ChunkRecord] = field(default_factory=dict)
    lexical: LexicalIndex | None = None
    matrix: Any = None  # chunk embeddings, loaded only if exact search is needed
    matrix_ids: list[str] = field(default_factory=list)
    _lower_words: frozenset[str] | None = None
    _acronyms: dict[str, str] | None = None
    _spelled: dict[tuple[str, str], str | None] = field(default_factory=dict)
    _lower_text: str | None = None
    generation: tuple[Any, ...] | None = None  # the embedded generation it was read from (_stamp)
    _masks: dict[Hashable, np.ndarray] = field(default_factory=dict)
    _terms: dict[Hashable, frozenset[str]] = field(default_factory=dict)

    def mask(self, key: Hashable, allows: Callable[[ChunkRecord], bool]) -> np.ndarray:
        """0/1 over `chunks`: 1 for a chunk a search filter allows (`key` names the
        filter, e.g. its kinds and documents). A lexical search filtered to a few
        documents reaches every chunk of theirs this way, however large the rest of
        the index: taking the best matches of the whole index and then filtering can
        leave a chosen document with none."""
        return _kept(
            self._masks, key, lambda: np.fromiter((allows(c) for c in self.chunks), dtype=np.float32, count=len(self.chunks))
        )

    def terms_of(self, doc_ids: tuple[str, ...]) -> frozenset[str]:
        """The stemmed words of these documents (their text, titles and headings),
        kept for the last few document choices: "does it say anything about X?" is
        answered from the documents chosen, not from the whole index."""
        chosen = set(doc_ids)
        return _kept(self._terms, tuple(sorted(chosen)), lambda: frozenset(
            t for c in self.chunks if c.doc_id in chosen for t in content_terms(embedding_text(c.title, c.section, c.text))
        ))

    @property
    def versions(self) -> list[str]:
        return [d.version for d in self.docs.values()]

    @property
    def lower_words(self) -> frozenset[str]:
        """`lower_case_words` of the whole index, computed once per snapshot."""
        if self._lower_words is None:
            self._lower_words = lower_case_words(c.text for c in self.chunks)
        return self._lower_words

    @property
    def acronyms(self) -> dict[str, str]:
        """Initials → the capitalised phrase they abbreviate, read off the indexed
        text ("jcc" → "Joint Consultative Committees"), so a question that uses
        an abbreviation the sources spell out still finds them."""
        if self._acronyms is None:
            found: dict[str, str] = {}
            # Capitalised words, and short capitals that are initials already ("HM Revenue and Customs").
            # (a possessive is part of its word: "Information Commissioner's Office" is the ICO)
            word = r"[A-Z](?:[a-z]+(?:['’]s\b)?|[A-Z]{1,2}\b)"
            phrase = re.compile(rf"\b{word}(?:\s+(?:of|and|for|the|on|in)?\s*{word}){{1,5}}")
            for c in self.chunks:
                for m in phrase.finditer(c.text):
                    caps = [w for w in m.group(0).split() if w[:1].isupper()]
                    if len(caps) >= 2:
                        initials = "".join(w if w.isupper() else w[0] for w in caps).lower()
                        found.setdefault(initials, m.group(0))
            self._acronyms = found
        return self._acronyms

    def abbreviations(self, question: str) -> dict[str, str]:
        """The question's abbreviations that the sources never use as such but
        spell out, each with its phrase ("JCC" → "Joint Consultative Committees")."""
        out: dict[str, str] = {}
        for a in re.findall(r"\b[A-Z]{2,6}s?\b", question):
            key = (a[:-1] if a.endswith("s") else a).lower()  # "JCCs" → "jcc"
            if self.lexical is not None and self.lexical.has_term(key):
                continue
            if key in self.acronyms:
                out[a] = self.acronyms[key]
        # …and typed in lower case ("tell the ico"), where the word is no word the sources use
        for a in re.findall(r"\b[a-z]{2,5}\b", question):
            if a in STOPWORDS or a.upper() in out or (self.lexical is not None and self.lexical.has_term(a)):
                continue
            if a in self.acronyms:
                out[a] = self.acronyms[a]
        # Shorthand typed in lower case, before the word it qualifies ("kit days" for the "keeping in
        # touch days" a policy spells out): the initials and that word, in the text, in that order.
        for m in re.finditer(r"\b([a-z]{2,5})\s+([a-z]{3,})\b", question):
            short, after = m.groups()
            if short in STOPWORDS or after in STOPWORDS or short.upper() in out or len(out) >= _SHORTHANDS:
                continue
            stems = content_terms(f"{short} {after}")
            if self.lexical is not None and (len(stems) != 2 or self.lexical.has_term(stems[0]) or not self.lexical.has_term(stems[1])):
                continue  # a word the sources use is no shorthand of theirs (and nothing precedes a word they never use)
            phrase = self._spelled_out(short, after)
            if phrase:
                out[short] = phrase
        return out

    def _spelled_out(self, short: str, after: str) -> str | None:
        """The phrase whose initials are `short`, written just before `after` in the indexed text
        ("keeping in touch" of "kit", "days"); None where the text writes the shorthand itself."""
        key = (short, after)
        if key not in self._spelled:
            if len(self._spelled) >= SCOPED_MASKS:
                self._spelled.clear()
            text = self.lower_text
            found = None
            if re.search(rf"\b{short}\s+{after}\b", text) is None:
                # Each place the word after is written, and the words just before it: one pass over
                # the index's text for the (rarer) word, not a pattern tried at every position.
                for m in re.finditer(rf"\b{after}\b", text):
                    before = re.findall(r"[\w’'-]+", text[max(0, m.start() - SPELLED_REACH) : m.start()])[-len(short):]
                    if "".join(w[0] for w in before) == short and not all(w in STOPWORDS for w in before):
                        found = " ".join(before)
                        break
            self._spelled[key] = found
        return self._spelled[key]

    @property
    def lower_text(self) -> str:
        """The index's text in lower case, one chunk a line, made once per snapshot."""
        if self._lower_text is None:
            self._lower_text = "\n".join(c.text for c in self.chunks).lower()
        return self._lower_text

    def in_full(self, question: str) -> str:
        """The question with its lower-case shorthand written as the sources spell it out ("what
        are kit days?" → "what are keeping in touch days?"). Capitals ("JCC") are left: a name."""
        shorthand = {a: p for a, p in self.abbreviations(question).items() if a.islower()}
        if not shorthand:
            return question
        return re.sub(rf"\b(?:{'|'.join(map(re.escape, shorthand))})\b", lambda m: shorthand[m.group(0)], question)

    def spell_out(self, question: str) -> list[str]:
        """Phrases for the question's abbreviations that the sources never use as such."""
        return list(self.abbreviations(question).values())


_SHORTHANDS = 3  # abbreviations looked for in one question
SPELLED_REACH = 120  # characters before the word after a shorthand in which its spelling-out is looked for

SCOPED_MASKS = 64  # document choices whose chunk mask (and vocabulary) a snapshot keeps

T = TypeVar("T")


def _kept(cache: dict[Hashable, T], key: Hashable, make: Callable[[], T]) -> T:
    """`cache[key]`, made once; the cache is emptied when it holds `SCOPED_MASKS` entries."""
    got = cache.get(key)
    if got is None:
        got = make()
        if len(cache) >= SCOPED_MASKS:
            cache.clear()
        cache[key] = got
    return got
CACHE_CHUNKS = 50_000  # chunks whose vectors a process keeps in memory (~15 MB per 1,000 chunks of sentences)


class KnowledgeBase:
    """Shared by every request of a process: one store, one model, one snapshot."""

    def __init__(
        self, settings: Settings, store: VectorStore | None = None, embedder: Embedder | None = None
    ) -> None:
        self.settings = settings
        self._store = store
        self._embedder = embedder
        self._snapshot: Snapshot | None = None
        self._lock = threading.Lock()
        self._opened: tuple[int, int] | None = None  # identity of the generation dir opened
        # Chunk ids carry their document version, so what is stored under one never
        # changes: sentence and chunk vectors read once are kept (bounded) for later asks.
        self._sentences: dict[str, list[Sentence]] = {}
        self._vectors: dict[str, Any] = {}
        self._words: WordVectors | None = None

    @property
    def store(self) -> VectorStore:
        if self._store is None:
            self._store = open_store(self.settings)
            self._opened = _identity(getattr(self._store, "generation", None))
        return self._store

    @property
    def embedder(self) -> Embedder:
        if self._embedder is None:
            self._embedder = embedder_for(self.settings)
        return self._embedder

    @property
    def word_vectors(self) -> WordVectors:
        """Single words as vectors of this knowledge base's embedding model (cached)."""
        if self._words is None:
            self._words = WordVectors(self.embedder)
        return self._words

    def sentences_for_chunks(self, chunk_ids: list[str]) -> list[Sentence]:
        """The store's sentence units of these chunks, cached (chunk ids are immutable)."""
        missing = [c for c in dict.fromkeys(chunk_ids) if c not in self._sentences]
        if missing:
            got: dict[str, list[Sentence]] = {c: [] for c in missing}
            snap = self._snapshot
            counts = None
            if snap is not None:
                known = [snap.by_id.get(c) for c in missing]
                if all(r is not None and r.sentences >= 0 for r in known):
                    counts = {r.chunk_id: r.sentences for r in known if r is not None}
            for sent in self.store.sentences_for_chunks(missing, counts):
                got.setdefault(sent.chunk_id, []).append(sent)
            if len(self._sentences) + len(got) > CACHE_CHUNKS:
                self._sentences.clear()
            self._sentences.update(got)
        return [row for c in dict.fromkeys(chunk_ids) for row in self._sentences.get(c, [])]

    def warm(self, batch: int = 2000) -> int:
        """Load the embedding model, and read the sentence vectors of every chunk in the index into the cache (up to
        CACHE_CHUNKS chunks), so that later questions never wait for them; then embed the
        index's words (`word_vectors`). A long-running process (the app) calls it once in
        the background: a new question's ranking reads the sentences and words of ~30
        candidate chunks and their neighbours, and at 15,000 chunks most of those are not
        yet cached (~20 ms a question for sentences, more for new words). Returns the
        chunks read. Not done for a one-off CLI `ask`, which would pay for it before its
        one answer."""
        self.embedder.embed(["warm"])  # the model loaded (and run once) before any question needs it
        snap = self.snapshot()
        room = max(0, CACHE_CHUNKS - len(self._sentences))
        wanted = [c.chunk_id for c in snap.chunks if c.chunk_id not in self._sentences][:room]
        for i in range(0, len(wanted), batch):
            self.sentences_for_chunks(wanted[i : i + batch])
        vocabulary = dict.fromkeys(w for c in snap.chunks for w in plain_words(c.text))
        words = list(vocabulary)[: WORD_LIMIT // 2]  # room left for the words of questions and new documents
        for i in range(0, len(words), batch):
            self.word_vectors.add(words[i : i + batch])
        return len(wanted)

    def warm_in_background(self) -> threading.Thread:
        """`warm()` in a daemon thread; a failure is logged, never raised (questions
        then read what they need, as before)."""

        def run() -> None:
            try:
                t = time.perf_counter()
                n = self.warm()
                log.info("sentence vectors of %d chunks cached in %.1f s", n, time.perf_counter() - t)
            except Exception:
                log.warning("could not fill the sentence cache", exc_info=True)

        thread = threading.Thread(target=run, name="llais-warm", daemon=True)
        thread.start()
        return thread

    def chunk_embeddings(self, chunk_ids: list[str]) -> dict[str, Any]:
        """Stored chunk embeddings by id, cached."""
        missing = [c for c in dict.fromkeys(chunk_ids) if c not in self._vectors]
        if missing:
            got = self.store.chunk_embeddings(missing)
            if len(self._vectors) + len(got) > CACHE_CHUNKS:
                self._vectors.clear()
            self._vectors.update(got)
        return {c: self._vectors[c] for c in chunk_ids if c in self._vectors}

    def _refresh_generation(self) -> None:
        """Embedded mode: reopen when an ingest has switched to a new index generation."""
        if self._store is None or self.settings.server_mode:
            return
        gen = getattr(self._store, "generation", None)
        if gen is None:
            return
        # Read the pointer without creating anything: if the data dir was deleted under
        # us, say so, rather than open a new empty index and answer "not covered".
        pointed = _pointed_generation(self.settings.data_dir)
        if pointed is None:
            raise StoreUnavailable(
                f"The index in {self.settings.data_dir} has been deleted or moved. "
                "Run `python -m assistant ingest --rebuild` to restore it."
            )
        if pointed != gen:
            self._store = None
        elif _identity(gen) != self._opened:  # same name, new files (rebuilt after a deletion)
            forget(gen)  # drop Chroma's cached client, which still reads the deleted files
            self._store = None

    def snapshot(self) -> Snapshot:
        """The documents and chunks in the index now, read once per change.

        An embedded generation is never written once a reader can open it (every
        ingest or removal writes a new one and switches the pointer), so while the
        same generation is open, and its database file is unchanged, its snapshot
        stands without asking the store: the document list is a read of every
        document's metadata, ~40 ms at 500 documents. In server mode the store can
        change under us: it is asked."""
        self._refresh_generation()
        try:
            store = self.store
            opened = _stamp(getattr(store, "generation", None), self._opened)
            held = self._snapshot
            if held is not None and opened is not None and held.generation == opened:
                return held
            docs = store.documents()
        except StoreUnavailable:
            self._store = None
            raise
        except Exception as e:
            self._store = None  # reopen next time (the data dir may have been restored)
            reason = " ".join(f"{type(e).__name__}: {e}".split())
            s = self.settings
            if s.server_mode:  # the server may come back; a rebuild can't help while it is away
                raise StoreUnavailable(
                    f"The Chroma server at {s.chroma_host}:{s.chroma_port} could not be read ({reason}). "
                    "Check that it is running."
                ) from e
            raise StoreUnavailable(
                f"The index could not be read ({reason}). "
                "Run `python -m assistant ingest --rebuild` to restore it."
            ) from e
        key = tuple(sorted((d, doc.version) for d, doc in docs.items()))
        with self._lock:
            if self._snapshot is not None and self._snapshot.key == key:
                self._snapshot.generation = opened
                return self._snapshot
            stored = self.store.chunks_for_versions([d.version for d in docs.values()])
            chunks = sorted(
                (ChunkRecord.from_store(c.chunk_id, c.text, c.meta) for c in stored),
                key=lambda c: (c.doc_id, c.ordinal),
            )
            snap = Snapshot(key=key, docs=docs, chunks=chunks, generation=opened)
            snap.by_id = {c.chunk_id: c for c in chunks}
            snap.by_position = {(c.doc_id, c.ordinal): c for c in chunks}
            snap.lexical = LexicalIndex([embedding_text(c.title, c.section, c.text) for c in chunks])
            self._snapshot = snap
            return snap

    def sources(self) -> list[SourceInfo]:
        snap = self.snapshot()
        counts: dict[str, int] = {}
        for c in snap.chunks:
            counts[c.doc_id] = counts.get(c.doc_id, 0) + 1
        return [
            SourceInfo(
                doc_id=d.doc_id,
                title=d.title,
                kind=d.kind,
                chunks=counts.get(d.doc_id, 0),
                publisher=d.publisher,
                source=d.source,
            )
            for d in sorted(snap.docs.values(), key=lambda d: d.title.lower())
        ]

    def document_text(self, doc_id: str) -> str | None:
        self._refresh_generation()
        return self.store.document_text(doc_id)

    def is_empty(self) -> bool:
        self._refresh_generation()
        return not self.store.documents()


_KB: dict[tuple, KnowledgeBase] = {}
_KB_LOCK = threading.Lock()


def get_kb(settings: Settings | None = None) -> KnowledgeBase:
    """The cached knowledge base (store + model) for these settings."""
    settings = settings or get_settings()
    key = (
        str(settings.data_dir),
        settings.chroma_host,
        settings.chroma_port,
        settings.collection_prefix,
        settings.embedding_model,
    )
    with _KB_LOCK:
        if key not in _KB:
            _KB[key] = KnowledgeBase(settings)
        kb = _KB[key]
    kb.settings = settings
    return kb
