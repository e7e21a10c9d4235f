"""Cited obligations: for each topic a letter or checklist asks about, the one
source sentence that supports it.

The topics (`prompts/letters/topics.yaml`) are only what to ask about and how
to word the ask. The obligation itself is always retrieved: each topic's query
goes through `assistant.retrieval.retrieve.retrieve`; the retrieved passages are split into
the sentence and list-item units precomputed at ingest; the units are ranked by
similarity to the query; and the best unit that `assistant.answer.citations.supports`
accepts for *every* wording of the topic (letter request, checklist item, lead
statement) becomes the quote. A topic that no retrieved unit supports is
reported as missing, never filled in. `Cited` re-checks support whenever a
wording is paired with a note, so an unsupported pairing cannot be built.

Quotes are exact spans of the cleaned document text (`kb.document_text`), with
only a leading list marker and surrounding whitespace trimmed.

Left out: choosing between equally good sources by publisher or kind; the
ranking is the same similarity ranking answers use, so a user's own uploaded
agreement can supply a quote too.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

import yaml
from pydantic import model_validator

from assistant.answer.citations import supports
from assistant.errors import LlaisError
from assistant.models import PLACE_WORDS, Frozen, SourceRef, ref_fields, section_heading
from assistant.prompts import PROMPTS_DIR
from assistant.text.clauses import CLAUSE_START
from assistant.text.locate import refine
from assistant.text.markers import leading_marker

if TYPE_CHECKING:
    from assistant.settings import Settings
    from assistant.store.knowledge_base import KnowledgeBase

Phase = Literal["before", "during", "after"]
PHASES: tuple[Phase, ...] = ("before", "during", "after")
TOPICS_FILE: Path = PROMPTS_DIR / "letters" / "topics.yaml"

# Words that mark a technology as AI (the WPC AI guidance then applies). "AI" is
# matched case-sensitively: "ai" is also a common Welsh word.
_AI_WORDS = re.compile(
    r"\b(?:artificial intelligence|machine learning|deep learning|neural net\w*|algorithm\w*|chat ?bots?|"
    r"generative|large language models?|llms?|copilot|chatgpt|gpt\w*|automated decision\w*|predictive|"
    r"facial recognition|computer vision|speech recognition|natural language)\b",
    re.I,
)
_AI_TOKEN = re.compile(r"(?<![A-Za-z])A\.?I(?![A-Za-z])")


class UnsupportedCitation(LlaisError, ValueError):
    """A wording was paired with a source passage that does not support it."""


class SourceNote(SourceRef):
    """A quotation from an indexed document and where it is: `start`/`end` are
    the quote's own offsets. `paragraph` is the source's own paragraph number;
    where the source has none (and the quote is not a numbered list item), the
    paragraph's position in its section, counting the lines after the heading."""

    quote: str  # exact span of the cleaned document text
    list_item: str = ""  # the list item number, if the quote is a numbered item

    @property
    def location(self) -> str:
        """'section “X”, para 2, item 1', 'clause 7.2(b), page 4' (parts that exist only)."""
        return self.location_in("en")

    def location_in(self, lang: str) -> str:
        """`location` in a letter's language ("adran “X”, cymal 5.1, tudalen 2" in Welsh)."""
        w = PLACE_WORDS.get(lang, PLACE_WORDS["en"])
        parts = [f"{w['section']} “{self.section}”"] if self.section else []
        place = self.place(lang)
        if place:
            parts.append(place)
        if self.list_item:
            parts.append(f"{w['item']} {self.list_item}")
        return ", ".join(parts)


def require_support(text: str, note: SourceNote) -> None:
    if not supports(text, note.quote):
        raise UnsupportedCitation(
            f"the passage cited from “{note.title}” does not support: {text}"
        )


class Cited(Frozen):
    """A wording (request, checklist item or lead statement) and the note it cites.

    Building one checks the pairing, so no note can cite a passage that does not
    support its wording.
    """

    key: str
    heading: str = ""
    text: str
    note: SourceNote

    @model_validator(mode="after")
    def _supported(self) -> Cited:
        require_support(self.text, self.note)
        return self


@dataclass(frozen=True)
class Topic:
    key: str
    group: str
    role: str  # "lead" | "step"
    phase: Phase | None
    heading: str
    query: str
    request: str
    item: str
    statement: str

    @property
    def wordings(self) -> tuple[str, ...]:
        return tuple(w for w in (self.statement, self.request, self.item) if w)


@dataclass(frozen=True)
class Topics:
    groups: dict[str, str]  # group key -> heading
    topics: tuple[Topic, ...]


def load_topics(path: Path = TOPICS_FILE) -> Topics:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    topics = []
    for t in data["topics"]:
        phase = t.get("phase")
        if phase is not None and phase not in PHASES:
            raise ValueError(f"{path.name}: topic {t['key']} has unknown phase {phase!r}")
        topics.append(
            Topic(
                key=t["key"],
                group=t["group"],
                role=t.get("role", "step"),
                phase=phase,
                heading=t.get("heading", ""),
                query=t["query"],
                request=t.get("request", ""),
                item=t.get("item", ""),
                statement=t.get("statement", ""),
            )
        )
    return Topics(groups=dict(data["groups"]), topics=tuple(topics))


@dataclass(frozen=True)
class Obligation:
    topic: Topic
    note: SourceNote

    def cite(self, text: str) -> Cited:
        return Cited(key=self.topic.key, heading=self.topic.heading, text=text, note=self.note)


@dataclass(frozen=True)
class Obligations:
    topics: Topics
    found: dict[str, Obligation]  # topic key -> obligation
    missing: tuple[Topic, ...]


def involves_ai(*texts: str) -> bool:
    """Does the description of a technology say it involves AI?"""
    joined = " ".join(texts)
    return bool(_AI_WORDS.search(joined) or _AI_TOKEN.search(joined))


def paragraph_in_section(text: str, section: str, start: int) -> str:
    """Position (1-based) of the line holding `start` among the non-empty lines
    after its section's heading (or the document start); "" if the heading
    can't be found."""
    heading = section_heading(section)
    begin = 0
    if heading:
        at = text.rfind(heading + "\n", 0, start)
        while at > 0 and text[at - 1] != "\n":  # the heading must be a whole line
            at = text.rfind(heading + "\n", 0, at)
        if at < 0:
            return ""
        begin = at + len(heading) + 1
    line_start = text.rfind("\n", 0, start) + 1
    if line_start < begin:
        return ""
    count = sum(1 for line in text[begin:line_start].split("\n") if line.strip())
    return str(count + 1)


def note_for(unit_text: str, unit_start: int, passage, doc_text: str | None) -> SourceNote | None:  # passage: Passage
    """The unit as a quote: exact text minus a leading list marker."""
    m = leading_marker(unit_text)
    clause_number = CLAUSE_START.match(unit_text) if m is None else None  # "(a)", "7.2": the location names it
    head = m.end() if m else (clause_number.end() if clause_number else 0)
    body = unit_text[head:]
    lead = len(body) - len(body.lstrip())
    quote = body.strip()
    if not quote:
        return None
    start = unit_start + head + lead
    item = (m.group("n") or "") if m else ""
    paragraph = passage.paragraph
    if not paragraph and not item and doc_text:
        paragraph = paragraph_in_section(doc_text, passage.section, start)
    where = {**ref_fields(passage), "paragraph": paragraph, "start": start, "end": start + len(quote)}
    clause, page = refine(passage.marks, passage.start, start, start + len(quote))
    if clause:  # the quote's own clause ("7.2(b)"), not the passage's range
        where.update(clause=clause, paragraph=clause)
        item = ""
    if page:
        where["page"] = page
    return SourceNote(quote=quote, list_item=item, **where)


def _find(kb: KnowledgeBase, topic: Topic, settings: Settings, texts: dict[str, str | None]) -> Obligation | None:
    from assistant.answer.units import build_units, score_units
    from assistant.retrieval.retrieve import retrieve

    r = retrieve(kb, topic.query, settings, k=max(settings.top_k, 8))
    if not r.passages:
        return None
    sentences = kb.sentences_for_chunks([p.chunk_id for p in r.passages])
    units, embs = build_units(r.passages, sentences)
    if not units or r.query_vectors is None or r.query_weights is None:
        return None
    score_units(units, embs, r.query_vectors, topic.query, r.query_weights)
    for u in sorted(units, key=lambda u: -u.score):
        if u.passage.doc_id not in texts:
            texts[u.passage.doc_id] = kb.document_text(u.passage.doc_id)
        note = note_for(u.text, u.start, u.passage, texts[u.passage.doc_id])
        if note is None:
            continue
        # The quote must support every wording, and so must the whole passage
        # it comes from (the passage is what the reader is pointed to).
        if all(supports(w, note.quote) and supports(w, u.passage.text) for w in topic.wordings):
            return Obligation(topic, note)
    return None


_CACHE: dict[tuple, Obligations] = {}
_LOCK = threading.Lock()


def find_obligations(kb: KnowledgeBase, settings: Settings | None = None) -> Obligations:
    """Every topic's cited obligation, from the knowledge base as it is now.

    Cached per index version and topics file, so the UI drafts instantly after
    the first letter.
    """
    settings = settings or kb.settings
    snap = kb.snapshot()
    key = (
        id(kb),
        snap.key,
        TOPICS_FILE.stat().st_mtime_ns,
        settings.retrieval_mode,
        settings.top_k,
        settings.candidates,
        settings.expand_query,
        settings.rerank,
    )
    with _LOCK:
        if key in _CACHE:
            return _CACHE[key]
        topics = load_topics()
        found: dict[str, Obligation] = {}
        missing: list[Topic] = []
        texts: dict[str, str | None] = {}
        for t in topics.topics:
            ob = _find(kb, t, settings, texts) if snap.chunks else None
            if ob is None:
                missing.append(t)
            else:
                found[t.key] = ob
        result = Obligations(topics, found, tuple(missing))
        _CACHE.clear()  # one index version at a time
        _CACHE[key] = result
        return result
