"""Single words as vectors of the embedding model, for matching a question's
words to a passage's near words ("verbally" / "orally", "edit" / "amend",
"keep" / "retain"; `near_words`): the passage ranker's `near_terms` feature.

A word's vector depends only on the model, never on a document or on the words
embedded with it (each is embedded alone), so the cache is one per knowledge
base, filled on demand (a new question's ~30 candidate passages bring a few
hundred words the first time)
and, in a long-running app, for the whole index's vocabulary in the background
(`KnowledgeBase.warm`). Vectors are kept as float16 (a word is 768 bytes) and
the cache is bounded: past `LIMIT` words, a new word is embedded each time it
is needed and not kept.

Left out: storing the vectors in the index. The built-in corpus's ~2,000
words embed in about 1.5 s, one at a time, so recomputing is cheaper than
another store format to keep in step with every backend.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy as np

from assistant.text.lexical import STOPWORDS, content_terms

if TYPE_CHECKING:
    from assistant.store.embeddings import Embedder

LIMIT = 60_000  # words kept (~46 MB)

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+")


@lru_cache(maxsize=16_384)
def plain_words(text: str) -> tuple[str, ...]:
    """The text's distinct words of three letters or more that are not stop words,
    lower-cased, in order: what is looked up as a vector (unstemmed, as the model
    reads words)."""
    out = dict.fromkeys(w for w in (m.lower().replace("’", "'") for m in _WORD.findall(text)) if len(w) > 2 and w not in STOPWORDS)
    return tuple(out)


class WordVectors:
    """word → unit vector of the embedding model, cached in one float16 matrix (a
    row per word, so a question's few thousand lookups are one fancy index);
    thread-safe."""

    def __init__(self, embedder: Embedder, limit: int = LIMIT) -> None:
        self._embedder = embedder
        self._limit = limit
        self._rows: dict[str, int] = {}
        self._data = np.zeros((0, embedder.dim), dtype=np.float16)
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._rows)

    def matrix(self, words: Iterable[str]) -> np.ndarray:
        """(len(words), dim) float32, one unit vector per word in order."""
        words = list(words)
        extra = self.add(words)
        with self._lock:
            rows = [self._rows.get(w, -1) for w in words]
            if -1 not in rows:
                return self._data[rows].astype(np.float32)
            out = np.zeros((len(words), self._data.shape[1]), dtype=np.float32)
            kept = [i for i, r in enumerate(rows) if r >= 0]
            out[kept] = self._data[[rows[i] for i in kept]]
        # Past `limit`: the words that found no room, as `add` embedded them.
        for i, w in enumerate(words):
            if rows[i] < 0:
                out[i] = extra[w]
        return out

    def add(self, words: Iterable[str]) -> dict[str, np.ndarray]:
        """Embed the words not yet cached (one batch) and keep them while there is
        room (`limit`; the words already kept stay: the index's own, filled first,
        are the ones most asked for). Returns the new words' vectors."""
        with self._lock:
            missing = [w for w in dict.fromkeys(words) if w not in self._rows]
        if not missing:
            return {}
        # One word a batch: the int8 model quantizes each batch's activations with one scale,
        # so a word embedded beside others gets another vector (up to 0.02 a component), and
        # the same question would be ranked differently after different earlier ones.
        vecs = self._embedder.embed(missing, batch_size=1).astype(np.float16)
        embedded = dict(zip(missing, vecs, strict=True))
        with self._lock:
            room = max(0, self._limit - len(self._rows))
            missing = [w for w in missing if w not in self._rows][:room]  # another thread may have added some
            if not missing:
                return embedded
            vecs = np.vstack([embedded[w] for w in missing])
            n = len(self._rows)
            if n + len(missing) > len(self._data):  # grow by doubling: amortised constant per word
                size = max(n + len(missing), min(max(2 * len(self._data), 1024), self._limit))
                grown = np.zeros((size, self._data.shape[1]), dtype=np.float16)
                grown[:n] = self._data[:n]
                self._data = grown
            self._data[n : n + len(missing)] = vecs
            self._rows.update((w, n + i) for i, w in enumerate(missing))
        return embedded


def near_words(vectors: WordVectors, question: str, texts: list[str]) -> list[dict[str, float]]:
    """For each text, each question word's closest word in it by the embedding model's
    word vectors (cosine; 1.0 where the text has the word or another form of it):
    {"verbally": 0.63, ...} for a clause that says "orally" but never "verbally"."""
    asked = [w for w in plain_words(question) if content_terms(w)]
    if not asked or not texts:
        return [{} for _ in texts]
    per_text = [plain_words(t) for t in texts]
    vocabulary = list(dict.fromkeys(w for ws in per_text for w in ws))
    at = {w: i for i, w in enumerate(vocabulary)}
    # einsum, not `@`: a BLAS product this size starts threads that fight ONNX Runtime's
    # spinning ones for the two cores (warm ask p50 ~35 ms against ~21 ms).
    sims = np.einsum("ad,vd->av", vectors.matrix(asked), vectors.matrix(vocabulary))  # (asked, vocabulary)
    # Each text's best column per question word in one reduction over the texts' columns, end to end.
    worded = [j for j, ws in enumerate(per_text) if ws]
    best = np.zeros((len(asked), len(texts)), dtype=np.float32)
    if worded:
        cols = [at[w] for j in worded for w in per_text[j]]
        starts = np.cumsum([0, *(len(per_text[j]) for j in worded[:-1])])
        best[:, worded] = np.maximum.reduceat(sims[:, cols], starts, axis=1)
    stems = [content_terms(w)[0] for w in asked]
    out = []
    for j, text in enumerate(texts):
        have = set(content_terms(text))
        out.append({w: 1.0 if stem in have else float(best[i, j]) for i, (w, stem) in enumerate(zip(asked, stems, strict=True))})
    return out
