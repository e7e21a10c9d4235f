"""Data that crosses stage boundaries: small frozen models, never raw dicts.

`Answer.model_dump()` is the public JSON contract used by the UI, CLI, eval suite
and outside checks: keep the field names; adding fields is fine.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

PERSONAS = ("worker", "manager", "rep")  # who is asking: the framing of the answer (prompts/personas/)


class Frozen(BaseModel):
    """Base of every model that crosses a stage: immutable once made."""

    model_config = ConfigDict(frozen=True)


class SourceRef(Frozen):
    """Where a piece of text is: the one source reference that chunks, passages,
    citations and letter notes all carry (as their own fields, so the JSON stays flat).

    `start`/`end` are offsets in the document's cleaned text.
    """

    doc_id: str
    title: str = ""
    publisher: str = ""
    kind: str = ""
    section: str = ""  # e.g. "C. Strategic responses › Trade unions response"
    paragraph: str = ""  # "3" or "3–4"; "" where the text has no numbering
    page: str = ""  # "4" or "4–5" in a paged document (PDF); "" otherwise
    clause: str = ""  # "7.2(b)" or "7.2–7.3" in a clause-numbered document; "" otherwise
    start: int = 0
    end: int = 0
    chunk_id: str = ""

    def place(self, lang: str = "en") -> str:
        """Where in the document, as people cite it: "clause 7.2(b), page 4",
        "para 3", "pages 4–5" (the parts the document has); in Welsh with `lang="cy"`
        ("cymal 7.2(b), tudalen 4")."""
        w = PLACE_WORDS.get(lang, PLACE_WORDS["en"])
        parts = []
        if self.clause:
            parts.append(f"{w['clause']} {self.clause}")
        elif self.paragraph:
            parts.append(f"{w['para']} {self.paragraph}")
        if self.page:
            parts.append(f"{w['pages' if '–' in self.page else 'page']} {self.page}")
        return ", ".join(parts)


SECTION_SEP = " › "  # between the headings of a section's path: "Part One › 6. Monitoring of employees"


def section_heading(section: str) -> str:
    """A section's own heading, the last of its path ("" for none)."""
    return section.rsplit(SECTION_SEP, 1)[-1].strip()


# The words of a place in a document, in each language a letter is written in.
PLACE_WORDS: dict[str, dict[str, str]] = {
    "en": {"clause": "clause", "para": "para", "page": "page", "pages": "pages", "section": "section", "item": "item"},
    "cy": {"clause": "cymal", "para": "paragraff", "page": "tudalen", "pages": "tudalennau", "section": "adran",
           "item": "eitem"},
}


def ref_fields(obj: object) -> dict[str, Any]:
    """The SourceRef fields that `obj` has (a model, or a stored record), by name:
    what a passage, citation or note copies from the thing it points at."""
    return {name: getattr(obj, name) for name in SourceRef.model_fields if hasattr(obj, name)}


class DocumentMeta(Frozen):
    doc_id: str
    title: str
    publisher: str = ""
    kind: str = "other"
    covers: tuple[str, ...] = ()
    source: str = ""  # file name the document came from


class Chunk(SourceRef):
    """A contiguous span of a cleaned document: cleaned_text[start:end] == text.
    (Title, publisher and kind are the document's, filled in at ingest.)"""

    ordinal: int
    text: str
    token_count: int  # embedding-model word pieces
    content_hash: str
    marks: str = ""  # where clauses and pages begin inside the chunk (text/locate.py)


class Passage(SourceRef):
    """A retrieved chunk with its document metadata and scores."""

    text: str
    ordinal: int
    score: float  # fused score, higher is better
    dense_similarity: float | None = None  # cosine similarity to the question
    lexical_score: float | None = None
    neighbour_of: str | None = None  # set when pulled in as continuation of another passage
    marks: str = ""  # where clauses and pages begin inside it (text/locate.py)


class Citation(SourceRef):
    """Source [n] of an answer: the passage, and where it is."""

    n: int
    passage: str
    # Exact spans [start, end) in the cleaned document of the sentences quoted
    # from this passage, for highlighting inside the passage.
    highlights: list[tuple[int, int]] = Field(default_factory=list)

    def quoted(self) -> str:
        """The sentences this citation highlights, as one line (the passage's start when none)."""
        pieces = [self.passage[max(0, a - self.start) : max(0, b - self.start)] for a, b in self.highlights]
        text = " ".join(p.strip() for p in pieces if p.strip()) or self.passage[:300]
        return " ".join(text.split())


class PassageOut(SourceRef):
    """A retrieved passage as the Answer lists it."""

    text: str
    score: float


class Answer(Frozen):
    answer: str  # Markdown with [n] markers
    abstained: bool
    backend: str
    citations: list[Citation]
    passages: list[PassageOut]
    timings_ms: dict[str, float] = Field(default_factory=dict)
    question: str = ""
    persona: str = "worker"
    notice: str | None = None  # e.g. "The language model was unavailable; offline answer shown."
    # Further passages that bear on the question but are not the answer, shown
    # apart ("More from the documents"); numbered on from the answer's citations.
    more: list[Citation] = Field(default_factory=list)
    # The question retrieval searched for, when a follow-up was resolved with the conversation.
    searched: str | None = None
    doc_ids: list[str] = Field(default_factory=list)  # the documents searched, when the user chose some

    def sources(self) -> list[Citation]:
        """The answer's citations, then those only "More from the documents" uses: one
        per number (two quotes under More from one passage share its number and card)."""
        seen = {c.n for c in self.citations}
        out = list(self.citations)
        for c in self.more:
            if c.n not in seen:
                seen.add(c.n)
                out.append(c)
        return out

    def to_json(self) -> str:
        return self.model_dump_json()


class IngestFileResult(Frozen):
    path: str
    doc_id: str | None
    status: str  # "added" | "updated" | "unchanged" | "removed" | "failed"
    chunks: int = 0
    embedded: int = 0
    error: str | None = None


class IngestReport(Frozen):
    files: list[IngestFileResult]
    embedded_chunks: int
    seconds: float

    @property
    def failed(self) -> list[IngestFileResult]:
        return [f for f in self.files if f.status == "failed"]


class SourceInfo(Frozen):
    doc_id: str
    title: str
    kind: str
    chunks: int
    publisher: str = ""
    source: str = ""
