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

Both can also quote the employer's own documents (a picker of the documents
that are not built in): the steps those documents set come after the WPC's,
each with its clause and page (`assistant.letters.own_commitments`).

Form fields are plain text: they reach the letter only as escaped data. The
status lines are Markdown built from fixed text and counts, never from input.

Left out: saving drafts between sessions (a rep downloads them instead).
"""

from __future__ import annotations

import tempfile
import time
import uuid
from dataclasses import dataclass
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
    letter_language,
)
from assistant.ui.i18n import Localized, lang_of, t

if TYPE_CHECKING:
    from assistant.settings import Settings
    from assistant.store.knowledge_base import KnowledgeBase

OUT_DIR = Path(tempfile.gettempdir()) / "llais-letters"
KEEP_SECONDS = 3600  # downloads older than this are removed on the next write


def ai_choices(lang: str) -> list[tuple[str, str]]:
    return [(t(lang, f"letters.ai.{v}"), v) for v in ("auto", "yes", "no")]


def language_choices(lang: str) -> list[tuple[str, str]]:
    return [(t(lang, f"letters.language.{v}"), v) for v in ("en", "cy", "both")]


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


def edited(markdown: str | None, stem: str | None, lang: str = "en") -> tuple[Any, Any, str]:
    """The downloads rebuilt from an edited draft, and what the check of its notes found."""
    lang = lang_of(lang)
    if len(markdown or "") > DRAFT_LIMIT:  # the box's max_length, checked here too: a client can skip it
        raise gr.Error(f"The draft is {len(markdown or ''):,} characters; the limit is {DRAFT_LIMIT:,}. Shorten it and try again.")
    docx_btn, md_btn = _letter_files(markdown or "", stem or "consultation-letter")
    problems = check_draft(markdown or "")
    status = t(lang, "letters.edited_ok") if not problems else (
        t(lang, "letters.check") + "\n\n" + "\n".join(f"- {p}" for p in problems)
    )
    return docx_btn, md_btn, status


@dataclass(frozen=True)
class LettersTab:
    """What the app updates from outside the tab."""

    language: Any  # the letter-language choice, which the language switch moves
    docs: Any  # the letter's own-documents picker, whose choices follow uploads and removals
    checklist_docs: Any  # the checklist's


def _ids(docs: Any) -> tuple[str, ...]:
    """The picker's value as document ids (a single id from an API caller too)."""
    if isinstance(docs, str):
        return (docs,) if docs.strip() else ()
    return tuple(str(d) for d in docs or () if d)


def build_letters_tab(settings: Settings, kb: KnowledgeBase, L: Localized, ui_lang: Any) -> LettersTab:
    """The tab's components (texts registered with `L` for the language switch); `ui_lang`
    is the session's interface language (a gr.State)."""

    def draft(employer, technology, department, union, rep, date, notes, ai, language, docs, lang):  # -> 5 outputs
        lang = lang_of(lang)
        try:
            inp = letter_input(employer, technology, department, union, rep, date, notes, ai)
            chosen = letter_language(language)
            letter = draft_letter(inp, kb, settings, doc_ids=_ids(docs))
        except LetterError as e:
            return gr.skip(), f"⚠️ {e}", gr.skip(), gr.skip(), gr.skip()
        markdown = letter.to_markdown(chosen)
        stem = letter.filename("" if chosen == "en" else f"-{chosen}")
        docx_btn, md_btn = _letter_files(markdown, stem)
        status = t(lang, "letters.drafted", n=len(letter.requests))
        if letter.notice:
            status += f"\n\n{letter.notice}"
        return markdown, status, docx_btn, md_btn, stem

    def checklist(technology, ai, docs, lang):  # -> 4 outputs
        lang = lang_of(lang)
        try:
            c = build_checklist(technology, kb, settings, ai=ai, doc_ids=_ids(docs))
        except LetterError as e:
            return f"⚠️ {e}", "", _no_download(), _no_download()
        md_path = _out_path(c.filename(""), ".md")
        md_path.write_text(c.to_markdown(), encoding="utf-8")
        csv_path = _out_path(c.filename(""), ".csv")
        csv_path.write_text(c.to_csv(), encoding="utf-8", newline="")
        status = t(lang, "letters.steps", n=len(c.items))
        if c.missing:
            status += t(lang, "letters.left_out", names=", ".join(c.missing))
        if c.notice:
            status += f"\n\n{c.notice}"
        return (
            status,
            c.to_markdown(),
            gr.DownloadButton(value=str(md_path), interactive=True),
            gr.DownloadButton(value=str(csv_path), interactive=True),
        )

    en = "en"

    def own_documents_picker(elem_id: str) -> Any:
        """The employer's own documents to quote as well (choices filled in by the app)."""
        return L(
            gr.Dropdown(
                [], value=[], multiselect=True, label=t(en, "letters.docs"), info=t(en, "letters.docs_info"),
                elem_id=elem_id, allow_custom_value=True,  # checked by the handler; API callers pass ids
            ),
            label="letters.docs", info="letters.docs_info",
        )

    def box(key: str, **kwargs: Any) -> Any:
        """A form field labelled (and, with `ph`, given a placeholder) from the locale files."""
        ph = kwargs.pop("ph", None)
        props: dict[str, str] = {"label": key}
        if ph:
            kwargs["placeholder"] = t(en, ph)
            props["placeholder"] = ph
        return L(gr.Textbox(label=t(en, key), **kwargs), **props)

    with gr.Tabs():
        with L(gr.Tab(t(en, "letters.tab_letter"), id="letter"), label="letters.tab_letter"):
            L(gr.Markdown(t(en, "letters.intro")), value="letters.intro")
            with gr.Row():
                employer = box("letters.employer", ph="letters.employer_ph", max_length=FIELD_LIMIT, elem_id="letter-employer")
                technology = box("letters.technology", ph="letters.technology_ph", max_length=FIELD_LIMIT,
                                 elem_id="letter-technology")
            with gr.Row():
                department = box("letters.department", ph="letters.department_ph", max_length=FIELD_LIMIT,
                                 elem_id="letter-department")
                union = box("letters.union", max_length=FIELD_LIMIT, elem_id="letter-union")
            with gr.Row():
                rep = box("letters.rep", max_length=FIELD_LIMIT, elem_id="letter-rep")
                date = box("letters.date", ph="letters.date_ph", max_length=FIELD_LIMIT, elem_id="letter-date")
            notes = box("letters.notes", lines=3, max_lines=10, max_length=NOTES_LIMIT, elem_id="letter-notes")
            with gr.Row():
                ai = L(gr.Radio(ai_choices(en), value="auto", label=t(en, "letters.ai"), elem_id="letter-ai"),
                       label="letters.ai", choices=ai_choices)
                language = L(
                    gr.Radio(language_choices(en), value="en", label=t(en, "letters.language"), elem_id="letter-language"),
                    label="letters.language", choices=language_choices,
                )
            docs = own_documents_picker("letter-docs")
            draft_btn = L(gr.Button(t(en, "letters.draft"), variant="primary", elem_id="letter-draft"), value="letters.draft")
            status = gr.Markdown("", elem_id="letter-status")
            text = L(
                gr.Textbox(label=t(en, "letters.text"), lines=22, max_lines=60, max_length=DRAFT_LIMIT, interactive=True,
                           elem_id="letter-text", buttons=["copy"]),
                label="letters.text",
            )
            with gr.Row():
                docx_btn = L(gr.DownloadButton(t(en, "letters.docx"), interactive=False, elem_id="letter-docx"), label="letters.docx")
                md_btn = L(gr.DownloadButton(t(en, "letters.md"), interactive=False, elem_id="letter-md"), label="letters.md")
            stem = gr.State("")

        with L(gr.Tab(t(en, "letters.tab_checklist"), id="checklist"), label="letters.tab_checklist"):
            L(gr.Markdown(t(en, "letters.checklist_intro")), value="letters.checklist_intro")
            with gr.Row():
                c_technology = L(gr.Textbox(label=t(en, "letters.technology"), max_length=FIELD_LIMIT,
                                            elem_id="checklist-technology", scale=3), label="letters.technology")
                c_ai = L(gr.Radio(ai_choices(en), value="auto", label=t(en, "letters.ai_short"), elem_id="checklist-ai",
                                  scale=2), label="letters.ai_short", choices=ai_choices)
            c_docs = own_documents_picker("checklist-docs")
            c_btn = L(gr.Button(t(en, "letters.make"), variant="primary", elem_id="checklist-make"), value="letters.make")
            c_status = gr.Markdown("", elem_id="checklist-status")
            c_view = gr.Markdown("", elem_id="checklist-view")
            with gr.Row():
                c_md = L(gr.DownloadButton(t(en, "letters.md"), interactive=False, elem_id="checklist-md"), label="letters.md")
                c_csv = L(gr.DownloadButton(t(en, "letters.csv"), interactive=False, elem_id="checklist-csv"), label="letters.csv")

    draft_btn.click(
        draft,
        [employer, technology, department, union, rep, date, notes, ai, language, docs, ui_lang],
        [text, status, docx_btn, md_btn, stem],
        api_name="draft_letter",
    )
    text.input(
        edited,
        [text, stem, ui_lang],
        [docx_btn, md_btn, status],
        trigger_mode="always_last",
        show_progress="hidden",
        api_visibility="private",
    )
    c_btn.click(checklist, [c_technology, c_ai, c_docs, ui_lang], [c_status, c_view, c_md, c_csv], api_name="make_checklist")
    return LettersTab(language=language, docs=docs, checklist_docs=c_docs)
