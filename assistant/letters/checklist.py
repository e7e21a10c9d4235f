"""Obligation checklists for managers: the steps before, during and after
introducing a technology, each cited, with a tick-box column.

    checklist = build_checklist("robotic process automation", kb)
    checklist.to_markdown(); checklist.to_csv(); parse_csv(text)

The items are the same cited obligations the consultation letter uses
(`assistant.letters.obligations`), worded for the employer's side, plus the WPC's
further advice to employers (regular structured meetings, workforce planning
guidance, digital skills in training plans). Each item is a `Cited` pairing,
so an item whose quote does not support it cannot be built.

CSV columns: phase, item, done, source_title, section, paragraph, list_item,
quote, doc_id. `done` is blank until ticked (any of x, yes, y, true, 1, ✓
reads back as ticked). A cell that would start with = + - or @ is written with
a leading apostrophe, so a spreadsheet never runs it as a formula; `parse_csv`
removes it again.

Left out: a Word version of the checklist (the issue asks for .md and .csv).
"""

from __future__ import annotations

import csv
import io
import json
from typing import TYPE_CHECKING, Literal

from assistant.letters.docx import escape_md
from assistant.letters.letter import LetterError, _ai_choice, _line, chosen_documents, slug
from assistant.letters.obligations import PHASES, Cited, Phase, find_obligations, involves_ai
from assistant.letters.own_commitments import KEY as OWN
from assistant.letters.own_commitments import own_commitments
from assistant.models import Frozen

if TYPE_CHECKING:
    from assistant.settings import Settings
    from assistant.store.knowledge_base import KnowledgeBase

CSV_COLUMNS = ("phase", "item", "done", "source_title", "section", "paragraph", "list_item", "quote", "doc_id")
PHASE_TITLES = {
    "before": "Before introducing the technology",
    "during": "While introducing it",
    "after": "After it is in use",
    OWN: "What your own documents require",
}
_TICKED = {"x", "yes", "y", "true", "1", "✓", "✔", "☑", "done"}
_FORMULA_START = ("=", "+", "-", "@")


class ChecklistItem(Frozen):
    phase: Phase | Literal["own"]  # "own": a step the chosen documents (the employer's own) set
    cited: Cited  # the item's wording and its source note, checked on construction
    done: bool = False


class ChecklistRow(Frozen):
    """One CSV row; what a spreadsheet user sees and edits."""

    phase: str
    item: str
    done: bool
    source_title: str
    section: str
    paragraph: str
    list_item: str
    quote: str
    doc_id: str


class ChecklistError(LetterError):
    """A checklist request or file Llais can't use; the message says why."""


class Checklist(Frozen):
    technology: str
    uses_ai: bool
    items: tuple[ChecklistItem, ...]
    missing: tuple[str, ...] = ()
    notice: str | None = None

    def rows(self) -> tuple[ChecklistRow, ...]:
        return tuple(
            ChecklistRow(
                phase=i.phase,
                item=i.cited.text,
                done=i.done,
                source_title=i.cited.note.title,
                section=i.cited.note.section,
                paragraph=i.cited.note.paragraph,
                list_item=i.cited.note.list_item,
                quote=" ".join(i.cited.note.quote.split()),
                doc_id=i.cited.note.doc_id,
            )
            for i in self.items
        )

    def to_csv(self) -> str:
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=CSV_COLUMNS, lineterminator="\r\n")
        writer.writeheader()
        for row in self.rows():
            data = row.model_dump()
            data["done"] = "x" if row.done else ""
            writer.writerow({k: _safe_cell(str(v)) for k, v in data.items()})
        return buf.getvalue()

    def to_markdown(self) -> str:
        from assistant.prompts import render

        # Several steps can rest on one passage (a sentence naming three things to do):
        # it is quoted once, at the first of them, and the others point back to it.
        first: dict[str, str] = {}
        phases = []
        for phase in (*PHASES, OWN):
            items = []
            for i in (i for i in self.items if i.phase == phase):
                quote = " ".join(i.cited.note.quote.split())
                key = f"{i.cited.note.doc_id}|{quote}"
                items.append(
                    {
                        "box": "☑" if i.done else "☐",
                        # An employer's own step is its quote: the source column says only where it is.
                        "item": escape_md(i.cited.text),
                        "own": i.phase == OWN,
                        "quote": escape_md(quote),
                        "title": escape_md(i.cited.note.title),
                        "location": escape_md(i.cited.note.location),
                        "same": first.get(key, ""),
                    }
                )
                first.setdefault(key, escape_md(i.cited.text))
            if items:
                phases.append({"title": PHASE_TITLES[phase], "steps": items})
        return render(
            "letters/checklist.md.j2",
            technology=escape_md(self.technology),
            phases=phases,
            missing=escape_md(", ".join(self.missing)),
        ) + "\n"

    def to_json(self) -> str:
        data = {
            "technology": self.technology,
            "uses_ai": self.uses_ai,
            "missing": list(self.missing),
            "notice": self.notice,
            "items": [r.model_dump() for r in self.rows()],
            "markdown": self.to_markdown(),
        }
        return json.dumps(data, indent=2, ensure_ascii=False)

    def filename(self, suffix: str) -> str:
        return f"obligation-checklist-{slug(self.technology)}{suffix}"


def _safe_cell(value: str) -> str:
    return "'" + value if value.startswith(_FORMULA_START) else value


def _unsafe_cell(value: str) -> str:
    return value[1:] if value.startswith("'") and value[1:2] in _FORMULA_START else value


def parse_csv(text: str) -> tuple[ChecklistRow, ...]:
    """Read a checklist CSV back (e.g. after ticking items in a spreadsheet)."""
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    missing = [c for c in CSV_COLUMNS if c not in (reader.fieldnames or [])]
    if missing:
        raise ChecklistError(f"not a Llais checklist: the CSV has no {', '.join(missing)} column(s)")
    rows = []
    for line in reader:
        data = {c: _unsafe_cell(line.get(c) or "") for c in CSV_COLUMNS}
        done = data.pop("done").strip().lower() in _TICKED
        rows.append(ChecklistRow(done=done, **data))
    return tuple(rows)


def build_checklist(
    technology: str,
    kb: KnowledgeBase | None = None,
    settings: Settings | None = None,
    ai: str = "auto",
    doc_ids: tuple[str, ...] | list[str] = (),
) -> Checklist:
    """The cited checklist for introducing `technology` (plain text); with `doc_ids`, also
    the steps those documents (the employer's own) set, after the WPC's."""
    from assistant.settings import get_settings
    from assistant.store.knowledge_base import get_kb

    tech = _line(technology, "Technology")
    if not tech:
        raise LetterError("Please say which technology is being introduced.")
    choice = _ai_choice(ai)
    settings = settings or (kb.settings if kb is not None else get_settings())
    kb = kb or get_kb(settings)
    if kb.is_empty():
        raise LetterError("No documents are indexed yet, so there is nothing to cite. Run: python -m assistant ingest")
    chosen = chosen_documents(kb, doc_ids)
    obligations = find_obligations(kb, settings)
    uses_ai = choice == "yes" or (choice == "auto" and involves_ai(tech))
    items: list[ChecklistItem] = []
    missing: list[str] = []
    for phase in PHASES:  # grouped by phase, in the topics file's order within each
        for topic in obligations.topics.topics:
            if topic.phase != phase or not topic.item or (topic.group == "ai" and not uses_ai):
                continue
            found = obligations.found.get(topic.key)
            if found is None:
                missing.append(topic.heading)
            else:
                items.append(ChecklistItem(phase=phase, cited=found.cite(topic.item)))
    own = own_commitments(kb, chosen, tech, settings) if chosen else []
    items.extend(ChecklistItem(phase=OWN, cited=c) for c in own)
    if not items and chosen:
        raise LetterError(
            "The documents you chose set no steps for introducing a technology, and no indexed document supports "
            "the WPC's steps, so no cited checklist can be made."
        )
    if not items:
        raise LetterError(
            "None of the indexed documents supports the obligation steps, so no cited checklist can be made. "
            "Ingest the built-in knowledge folder (python -m assistant ingest) or the WPC agreement."
        )
    notice = "The documents you chose set no steps for introducing a technology." if chosen and not own else None
    return Checklist(technology=tech, uses_ai=uses_ai, items=tuple(items), missing=tuple(missing), notice=notice)
