"""The "Draft a letter" tab: a cited consultation letter for reps, and the
matching obligation checklist for managers.

`build_letters_tab(settings, kb)` adds its components to the current
`gr.Blocks` context (the app calls it inside `with gr.Tab("Draft a letter")`).

Letter: a form (employer, technology, department or staff affected, union, rep's
name, date, notes, whether to add the WPC guidance on AI) drafts the letter as
editable Markdown. The .docx and .md downloads are rebuilt from the draft as it
is edited, so they always hold what the textbox shows; each edit is also
re-checked (`assistant.letters.letter.check_draft`) and a step whose wording its note no
longer supports is flagged.

Checklist: the technology (and the AI choice) gives the cited checklist, shown
as a table and downloadable as .md and .csv.

Form fields are plain text: they reach the letter only as escaped data. The
status lines are Markdown built from fixed text and counts, never from input.

Left out: saving drafts between sessions (a rep downloads them instead).
"""

from __future__ import annotations

import tempfile
import time
import uuid
from pathlib import Path
from typing import TYPE_CHECKING, Any

import gradio as gr

from assistant.letters.checklist import build_checklist
from assistant.letters.docx import markdown_to_docx
from assistant.letters.letter import (
    DRAFT_LIMIT,
    FIELD_LIMIT,
    NOTES_LIMIT,
    LetterError,
    check_draft,
    draft_letter,
    letter_input,
)

if TYPE_CHECKING:
    from assistant.settings import Settings
    from assistant.store.knowledge_base import KnowledgeBase

OUT_DIR = Path(tempfile.gettempdir()) / "llais-letters"
KEEP_SECONDS = 3600  # downloads older than this are removed on the next write
AI_CHOICES = [
    ("Only if the technology mentions AI", "auto"),
    ("Yes", "yes"),
    ("No", "no"),
]
LETTER_INTRO = (
    "### Consultation letter (for union reps)\n"
    "Fill in the form to draft a letter asking your employer to consult under the WPC agreement. "
    "Every request has a footnote quoting its source. Edit the draft below, then download it."
)
CHECKLIST_INTRO = (
    "### Obligation checklist (for managers)\n"
    "The steps before, during and after introducing a technology, each with the passage it comes from."
)


def _out_path(stem: str, suffix: str) -> Path:
    """A fresh path for a download; old downloads are pruned."""
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    cutoff = time.time() - KEEP_SECONDS
    for old in OUT_DIR.iterdir():
        try:
            if old.stat().st_mtime < cutoff:
                old.unlink()
        except OSError:
            pass
    folder = OUT_DIR / uuid.uuid4().hex
    folder.mkdir()
    return folder / f"{stem}{suffix}"


def _no_download() -> Any:
    return gr.DownloadButton(value=None, interactive=False)


def _letter_files(markdown: str, stem: str) -> tuple[Any, Any]:
    if not markdown.strip():
        return _no_download(), _no_download()
    docx_path = markdown_to_docx(markdown, _out_path(stem, ".docx"))
    md_path = _out_path(stem, ".md")
    md_path.write_text(markdown, encoding="utf-8")
    return (
        gr.DownloadButton(value=str(docx_path), interactive=True),
        gr.DownloadButton(value=str(md_path), interactive=True),
    )


def edited(markdown: str | None, stem: str | None) -> tuple[Any, Any, str]:
    """The downloads rebuilt from an edited draft, and what the check of its notes found."""
    if len(markdown or "") > DRAFT_LIMIT:  # the box's max_length, checked here too: a client can skip it
        raise gr.Error(f"The draft is {len(markdown or ''):,} characters; the limit is {DRAFT_LIMIT:,}. Shorten it and try again.")
    docx_btn, md_btn = _letter_files(markdown or "", stem or "consultation-letter")
    problems = check_draft(markdown or "")
    status = "Edited draft: every cited step still matches its note." if not problems else (
        "⚠️ Check these before sending:\n\n" + "\n".join(f"- {p}" for p in problems)
    )
    return docx_btn, md_btn, status


def build_letters_tab(settings: Settings, kb: KnowledgeBase) -> None:
    def draft(employer, technology, department, union, rep, date, notes, ai):  # -> 5 outputs
        try:
            inp = letter_input(employer, technology, department, union, rep, date, notes, ai)
            letter = draft_letter(inp, kb, settings)
        except LetterError as e:
            return gr.skip(), f"⚠️ {e}", gr.skip(), gr.skip(), gr.skip()
        markdown = letter.to_markdown()
        stem = letter.filename("")
        docx_btn, md_btn = _letter_files(markdown, stem)
        status = f"Drafted: {len(letter.requests)} requests, each with a footnote quoting its source."
        if letter.notice:
            status += f"\n\n{letter.notice}"
        return markdown, status, docx_btn, md_btn, stem


    def checklist(technology, ai):  # -> 4 outputs
        try:
            c = build_checklist(technology, kb, settings, ai=ai)
        except LetterError as e:
            return f"⚠️ {e}", "", _no_download(), _no_download()
        md_path = _out_path(c.filename(""), ".md")
        md_path.write_text(c.to_markdown(), encoding="utf-8")
        csv_path = _out_path(c.filename(""), ".csv")
        csv_path.write_text(c.to_csv(), encoding="utf-8", newline="")
        status = f"{len(c.items)} steps, each cited."
        if c.missing:
            status += f" Left out (no source supports them): {', '.join(c.missing)}."
        return (
            status,
            c.to_markdown(),
            gr.DownloadButton(value=str(md_path), interactive=True),
            gr.DownloadButton(value=str(csv_path), interactive=True),
        )

    with gr.Tabs():
        with gr.Tab("Consultation letter", id="letter"):
            gr.Markdown(LETTER_INTRO)
            with gr.Row():
                employer = gr.Textbox(label="Employer", max_length=FIELD_LIMIT, elem_id="letter-employer",
                                      placeholder="e.g. Example County Council")
                technology = gr.Textbox(label="Technology being introduced", max_length=FIELD_LIMIT,
                                        elem_id="letter-technology",
                                        placeholder="e.g. robotic process automation for invoice processing")
            with gr.Row():
                department = gr.Textbox(label="Department or staff affected", max_length=FIELD_LIMIT,
                                        elem_id="letter-department", placeholder="e.g. staff in Revenues and Benefits")
                union = gr.Textbox(label="Union", max_length=FIELD_LIMIT, elem_id="letter-union")
            with gr.Row():
                rep = gr.Textbox(label="Your name", max_length=FIELD_LIMIT, elem_id="letter-rep")
                date = gr.Textbox(label="Date", max_length=FIELD_LIMIT, elem_id="letter-date",
                                  placeholder="today")
            notes = gr.Textbox(label="Further points (optional)", lines=3, max_lines=10, max_length=NOTES_LIMIT,
                               elem_id="letter-notes")
            ai = gr.Radio(AI_CHOICES, value="auto", label="Add what the WPC guidance says about AI?",
                          elem_id="letter-ai")
            draft_btn = gr.Button("Draft the letter", variant="primary", elem_id="letter-draft")
            status = gr.Markdown("", elem_id="letter-status")
            text = gr.Textbox(label="Draft letter (Markdown; you can edit it)", lines=22, max_lines=60,
                              max_length=DRAFT_LIMIT, interactive=True, elem_id="letter-text", buttons=["copy"])
            with gr.Row():
                docx_btn = gr.DownloadButton("Download .docx", interactive=False, elem_id="letter-docx")
                md_btn = gr.DownloadButton("Download .md", interactive=False, elem_id="letter-md")
            stem = gr.State("")

        with gr.Tab("Obligation checklist", id="checklist"):
            gr.Markdown(CHECKLIST_INTRO)
            with gr.Row():
                c_technology = gr.Textbox(label="Technology being introduced", max_length=FIELD_LIMIT,
                                          elem_id="checklist-technology", scale=3)
                c_ai = gr.Radio(AI_CHOICES, value="auto", label="Add the WPC guidance on AI?",
                                elem_id="checklist-ai", scale=2)
            c_btn = gr.Button("Make the checklist", variant="primary", elem_id="checklist-make")
            c_status = gr.Markdown("", elem_id="checklist-status")
            c_view = gr.Markdown("", elem_id="checklist-view")
            with gr.Row():
                c_md = gr.DownloadButton("Download .md", interactive=False, elem_id="checklist-md")
                c_csv = gr.DownloadButton("Download .csv", interactive=False, elem_id="checklist-csv")

    draft_btn.click(
        draft,
        [employer, technology, department, union, rep, date, notes, ai],
        [text, status, docx_btn, md_btn, stem],
        api_name="draft_letter",
    )
    text.input(
        edited,
        [text, stem],
        [docx_btn, md_btn, status],
        trigger_mode="always_last",
        show_progress="hidden",
        api_visibility="private",
    )
    c_btn.click(checklist, [c_technology, c_ai], [c_status, c_view, c_md, c_csv], api_name="make_checklist")
