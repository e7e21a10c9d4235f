"""A roll-out question about documents the user chose, answered with their obligations.

"What do I have to do before rolling out an AI chatbot?" asked about the
employer's own policy is answered, as the checklist answers it from the WPC
agreement (`duties.py`), with the steps that policy sets: "5.1 … the Head of
Service must notify the recognised trade unions in writing at least 28 days
before…", "8.1 … will receive training … before the system goes live". The
composer alone would lead with whatever matches the question's rarest word
(the definition of "AI system", which mentions chatbots).

An obligation is a sentence that binds someone ("must", "shall", "will", "is
required to", "should", or their negations) to something done around bringing
a technology in: when it is introduced, bought, installed or goes live,
whether to proceed, consulting or notifying people, assessing its impact.
("Before" or "tell" alone is not enough: "must be checked before it is sent"
binds someone, but not to a step of a roll-out.) These
are general rules of how policies and agreements are written, not the wording
of any one document. The ones most like the question are shown, in the order
the document gives them; the composer's own answer goes under "More from the
documents".

Left out: obligations a document states without a modal verb ("Staff are
consulted…"), which read as descriptions and can't be told apart from them
without a parser; and documents of more than `MAX_CHUNKS` chunks, where the
composer's answer stands (a policy is a few dozen).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.answer.compose import Composed, carried, number_citations
from assistant.answer.statements import flatten
from assistant.answer.units import Statement, Unit, build_units, score_units, tidy
from assistant.prompts import render
from assistant.retrieval.retrieve import Retrieval, as_passage
from assistant.store.knowledge_base import KnowledgeBase
from assistant.text.clauses import CLAUSE_START

MAX_ITEMS = 7  # the persona budget of a checklist
MIN_ITEMS = 2  # fewer, and the document doesn't set steps for this: the composer's answer stands
MAX_CHUNKS = 400

_BINDS = re.compile(r"\b(must|shall|will|should|is required to|are required to|has to|have to|is expected to)\b", re.I)
# Words of bringing a technology in, and the steps that go with it. "before" and "tell" alone are
# not enough: "must be checked before it is sent", "will be told what was found" bind someone to
# something, but not around a roll-out.
_AROUND_ROLL_OUT = re.compile(
    r"\b(introduc\w*|procur\w*|purchas\w*|buy(?:s|ing)?|implement\w*|deploy\w*|go(?:es)? live|"
    r"roll(?:ed|ing)?[ -]?out|adopt\w*|install\w*|pilot\w*|proceed\w*|consult\w*|notif\w*|"
    r"impact assessments?|assess\w* (?:the|its|their) (?:impact|effects?|risks?))\b",
    re.I,
)
# What a document says of itself ("This policy will be reviewed…", "This policy sets out how the
# Council will introduce…") binds no one to a step ("The notice must include…", about a notice
# given, does).
_ABOUT_ITSELF = re.compile(
    r"^(?:this (?:policy|document|agreement|procedure|guidance|notice|code|strategy)|the (?:policy|document|procedure|code))\b", re.I
)


def is_obligation(text: str) -> bool:
    """Does this sentence bind someone to a step around bringing a technology in?"""
    body = CLAUSE_START.sub("", text.strip(), count=1).strip()
    return bool(_BINDS.search(body) and _AROUND_ROLL_OUT.search(body)) and not _ABOUT_ITSELF.match(body)


def _statement(u: Unit) -> Statement:
    return Statement(tidy(u.text), [u.passage], spans=[(u.passage.doc_id, u.start, u.end)])


_SUB_ITEM = re.compile(r"^\s*\((?:[a-z]|[ivx]+|\d+)\)\s")


def _items_after(units: list[Unit], u: Unit) -> list[Unit]:
    """The list items or lettered sub-clauses right after an intro ending in ":"."""
    after = sorted((x for x in units if x.passage.chunk_id == u.passage.chunk_id and x.start >= u.end), key=lambda x: x.start)
    out: list[Unit] = []
    for x in after:
        if not (x.is_item or x.cont or _SUB_ITEM.match(x.text)):
            break
        out.append(x)
    return out


def _paragraph_before(units: list[Unit], u: Unit, most: int = 2) -> list[Unit]:
    """The sentences before `u` in its paragraph and clause (at most `most`), first first."""
    if CLAUSE_START.match(u.text):
        return []  # it opens its clause
    before = sorted((x for x in units if x.passage.chunk_id == u.passage.chunk_id and x.end <= u.start), key=lambda x: x.start)
    out: list[Unit] = []
    end = u.start
    for x in reversed(before):
        gap = u.passage.text[x.end - u.passage.start : end - u.passage.start]
        if "\n\n" in gap or x.is_item or len(out) >= most:
            break
        out.insert(0, x)
        end = x.start
        if CLAUSE_START.match(x.text):
            break  # the clause's first sentence
    return out


@dataclass(frozen=True)
class OwnStep:
    """One obligation as shown: the sentences of its paragraph before it, itself
    (`lines`, in text order, all in one passage) and the items listed under it."""

    lines: tuple[Unit, ...]
    items: tuple[Unit, ...] = ()

    @property
    def units(self) -> tuple[Unit, ...]:
        return (*self.lines, *self.items)


def own_steps(kb: KnowledgeBase, retrieval: Retrieval, most: int = MAX_ITEMS) -> list[OwnStep]:
    """The chosen documents' obligations most like the question (at most `most`), in the
    documents' order; empty when no document was chosen or they set fewer than `MIN_ITEMS`."""
    snap = retrieval.snapshot
    if not retrieval.doc_ids or snap is None or retrieval.query_vectors is None or retrieval.query_weights is None:
        return []
    chosen = set(retrieval.doc_ids)
    chunks = [c for c in snap.chunks if c.doc_id in chosen]
    if not chunks or len(chunks) > MAX_CHUNKS:
        return []
    passages = [as_passage(c) for c in chunks]
    units, embs = build_units(passages, kb.sentences_for_chunks([c.chunk_id for c in chunks]))
    if not units:
        return []
    score_units(units, embs, retrieval.query_vectors, retrieval.question, retrieval.query_weights)
    steps: list[Unit] = [u for u in units if is_obligation(u.text)]
    # "3.2 Before any new monitoring tool is introduced the Council shall:" binds to the items after it.
    items = {id(u): _items_after(units, u) for u in steps if u.text.rstrip().endswith(":")}
    if len(steps) + sum(len(v) for v in items.values()) < MIN_ITEMS:
        return []
    shown = sorted(sorted(steps, key=lambda u: -u.score)[:most], key=lambda u: (u.passage.doc_id, u.start))
    out: list[OwnStep] = []
    taken: set[int] = set()
    for u in shown:
        if id(u) in taken:
            continue
        # A step that is not its paragraph's first sentence is shown with the sentences before
        # it ("The Council will not proceed until *that meeting*…" after "The unions may request a meeting…").
        lines = [x for x in _paragraph_before(units, u) if id(x) not in taken] + [u]
        taken.update(id(x) for x in lines)
        children = [x for x in items.get(id(u), []) if id(x) not in taken]
        taken.update(id(x) for x in children)
        out.append(OwnStep(tuple(lines), tuple(children)))  # items shown under the line, whatever opened it
    return out


def own_duties_answer(
    kb: KnowledgeBase, retrieval: Retrieval, persona: str, composed: Composed, lang: str = "en"
) -> Composed | None:
    """The chosen documents' obligations as the answer, the composer's answer moved to
    `more`; None when no document was chosen or they set fewer than `MIN_ITEMS` steps."""
    steps = own_steps(kb, retrieval)
    if not steps:
        return None
    stmts: list[Statement] = []
    for step in steps:
        first, *rest = (_statement(x) for x in step.lines)
        first.more = rest
        first.children = [_statement(x) for x in step.items]
        stmts.append(first)
    head, points = stmts[0], stmts[1:]
    citations = number_citations(flatten(head, points))
    more = carried(composed, citations)
    markdown = render(
        f"personas/{persona}.md.j2", lang=lang, lead=head, points=points, all_cites="", obligations=True, framed=True,
        scoped=len(retrieval.doc_ids), own_numbers=any(CLAUSE_START.match(p.text) for p in points),
    )
    return Composed(markdown, citations, False, timings_ms=composed.timings_ms, more=more)
