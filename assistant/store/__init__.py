"""What is indexed, and the read side over it.

- `embeddings`: the local sentence-embedding model, and what a chunk embeds as;
- `base`: the small store Protocol; `chroma`: its Chroma implementation;
- `generations`: crash-safe embedded index directories;
- `knowledge_base`: the `KnowledgeBase` (store + model) and its `Snapshot`
  (active chunks + BM25) that retrieval reads.

Ingest writes here; retrieval reads from here.
"""

from assistant.store import generations
from assistant.store.base import Sentence, StoredDocument, VectorStore
from assistant.store.chroma import ChromaStore, StoreUnavailable, open_store

__all__ = ["Sentence", "generations", "ChromaStore", "StoreUnavailable", "StoredDocument", "VectorStore", "open_store"]
