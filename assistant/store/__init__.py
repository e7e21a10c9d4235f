"""Vector store backends behind one small Protocol (see `base.py`)."""

from assistant.store import generations
from assistant.store.base import StoredDocument, VectorStore
from assistant.store.chroma import ChromaStore, StoreUnavailable, open_store

__all__ = ["generations", "ChromaStore", "StoreUnavailable", "StoredDocument", "VectorStore", "open_store"]
