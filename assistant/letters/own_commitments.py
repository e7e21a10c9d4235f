"""The employer's own commitments, quoted for a letter or a checklist.

A rep who has uploaded the employer's AI policy wants the consultation letter to
hold the employer to it: "Your policy says the Head of Service must notify the
recognised trade unions in writing at least 28 days before procurement begins
(clause 5.1, page 2)". A manager wants the same steps in the checklist. These
are the obligations `own_duties.own_steps` finds in the documents the user
chose, for the question "what must the employer do before introducing
{technology}?", each as one exact quote (its paragraph's earlier sentences and
its listed items included) with the clause and page it is on.

The wording is the quote itself: a letter can't restate an employer's clause in
words of its own and still be checked against it, so the step is the clause, and
its note says where it is.

Left out: the WPC topics' wordings (`obligations.py`) are not matched against
these quotes, so an employer's clause that repeats a WPC step is quoted twice,
once under each heading; telling them apart needs a paraphrase check the
machine doesn't have.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from assistant.letters.obligations import Cited, SourceNote, note_for
from assistant.letters.own_duties import OwnStep, own_steps
from assistant.models import section_heading
from assistant.retrieval.retrieve import Filters, retrieve
from assistant.text.clauses import CLAUSE_START

if TYPE_CHECKING:
    from assistant.settings import Settings
    from assistant.store.knowledge_base import KnowledgeBase

KEY: Final = "own"  # the `Cited.key` of an employer's own commitment
QUESTION = "What must the employer do before introducing {technology}?"


def _note(kb: KnowledgeBase, step: OwnStep) -> SourceNote | None:
    """One quote from the step's first line to its last item (all in one passage)."""
    units = step.units
    passage = units[0].passage
    start, end = units[0].start, max(u.end for u in units)
    text = passage.text[start - passage.start : end - passage.start]
    return note_for(text, start, passage, kb.document_text(passage.doc_id))


def own_commitments(
    kb: KnowledgeBase, doc_ids: tuple[str, ...], technology: str, settings: Settings | None = None
) -> list[Cited]:
    """The chosen documents' obligations for introducing `technology`, each a `Cited`
    whose wording is its quote and whose heading is its section (or the document's
    title); `own_heading` adds its clause; empty when the documents set fewer than two such steps."""
    if not doc_ids:
        return []
    settings = settings or kb.settings
    r = retrieve(kb, QUESTION.format(technology=technology), settings, Filters(doc_ids=tuple(doc_ids)), k=settings.top_k)
    out: list[Cited] = []
    for step in own_steps(kb, r):
        note = _note(kb, step)
        if note is None:
            continue
        heading = CLAUSE_START.sub("", section_heading(note.section)).strip()  # "5. Consultation" → "Consultation"
        heading = heading or note.title
        out.append(Cited(key=KEY, heading=heading, text=" ".join(note.quote.split()), note=note))
    return out


def own_heading(c: Cited, clause_word: str = "clause") -> str:
    """"Consultation, clause 5.1": what the employer calls the step, and how a rep cites it."""
    return f"{c.heading}, {clause_word} {c.note.clause}" if c.note.clause else c.heading
