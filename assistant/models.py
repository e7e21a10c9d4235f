"""Data that crosses stage boundaries: small frozen models, never raw dicts.

`Answer.model_dump()` is the public JSON contract used by the UI, CLI, eval suite
and outside checks: keep the field names; adding fields is fine.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True)


class DocumentMeta(_Frozen):
    doc_id: str
    title: str
    publisher: str = ""
    kind: str = "other"
    covers: tuple[str, ...] = ()
    source: str = ""  # file name the document came from


class Chunk(_Frozen):
    """A contiguous span of a cleaned document: cleaned_text[start:end] == text."""

    chunk_id: str
    doc_id: str
    ordinal: int
    text: str
    section: str  # e.g. "C. Strategic responses › Trade unions response"
    paragraph: str  # "3" or "3–4", "" where the text has no numbering
    start: int
    end: int
    token_count: int  # embedding-model word pieces
    content_hash: str


class Passage(_Frozen):
    """A retrieved chunk with its document metadata and scores."""

    chunk_id: str
    doc_id: str
    title: str
    publisher: str
    kind: str
    section: str
    paragraph: str
    text: str
    start: int
    end: int
    ordinal: int
    score: float  # fused score, higher is better
    dense_similarity: float | None = None  # cosine similarity to the question
    lexical_score: float | None = None
    neighbour_of: str | None = None  # set when pulled in as continuation of another passage


class Citation(_Frozen):
    n: int
    doc_id: str
    title: str
    section: str
    paragraph: str
    passage: str
    start: int
    end: int
    publisher: str = ""
    chunk_id: str = ""
    kind: str = ""
    # Exact spans [start, end) in the cleaned document of the sentences quoted
    # from this passage, for highlighting inside the passage.
    highlights: list[tuple[int, int]] = Field(default_factory=list)


class PassageOut(_Frozen):
    doc_id: str
    title: str
    section: str
    text: str
    score: float
    chunk_id: str = ""
    paragraph: str = ""
    start: int = 0
    end: int = 0


class Answer(_Frozen):
    answer: str  # Markdown with [n] markers
    abstained: bool
    backend: str
    citations: list[Citation]
    passages: list[PassageOut]
    timings_ms: dict[str, float] = Field(default_factory=dict)
    question: str = ""
    persona: str = "worker"
    notice: str | None = None  # e.g. "The language model was unavailable; offline answer shown."

    def to_json(self) -> str:
        return self.model_dump_json()


class IngestFileResult(_Frozen):
    path: str
    doc_id: str | None
    status: str  # "added" | "updated" | "unchanged" | "removed" | "failed"
    chunks: int = 0
    embedded: int = 0
    error: str | None = None


class IngestReport(_Frozen):
    files: list[IngestFileResult]
    embedded_chunks: int
    seconds: float

    @property
    def failed(self) -> list[IngestFileResult]:
        return [f for f in self.files if f.status == "failed"]


class SourceInfo(_Frozen):
    doc_id: str
    title: str
    kind: str
    chunks: int
    publisher: str = ""
    source: str = ""
