"""The Gradio Blocks app: Chat (with Sources), Documents, and Draft a letter.

`LlaisApp` receives its services (settings, the shared KnowledgeBase, the
FeedbackStore, the optional login table) and builds the UI; `app.py` only wires
them up and launches. Each tab is built by its own method; the page's scripts and
CSS are files in `static/`. Handlers are methods, so Gradio names the API endpoints
after them (`/ask`, `/answer`, `/add_documents`, `/remove`, `/feedback_up`, …).

Errors: a question Llais won't take, or a known failure (`errors.user_message`),
is shown as its one-line message; anything unexpected is logged with its
traceback on the server and shown to the user as a short friendly message.

Left out: per-message like buttons of `gr.Chatbot`. One feedback form under the
chat (rating the last answer, with a comment) is easier to find with a keyboard
or screen reader and keeps the stored row tied to a whole turn.
"""

from __future__ import annotations

import logging
import os
import re
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import gradio as gr

from assistant.errors import user_message
from assistant.ingest.pipeline import remove_document, uploads_dir
from assistant.ingest.uploads import UploadRejected, add_uploads
from assistant.models import Answer
from assistant.service import InvalidQuestion, ask_stream, framing_language, validate
from assistant.settings import Settings
from assistant.store.knowledge_base import KnowledgeBase
from assistant.ui import render
from assistant.ui.auth import Users
from assistant.ui.feedback import FeedbackError, FeedbackStore
from assistant.ui.i18n import LANGUAGES, Localized, lang_of, t
from assistant.ui.letters import build_letters_tab
from assistant.ui.render import Turn

log = logging.getLogger("llais.ui")

STATIC = Path(__file__).with_name("static")  # the page's CSS and JavaScript, as files
CSS_PATH = STATIC / "styles.css"


def _static(name: str) -> str:
    """A script from static/, without its leading `//` comment (Gradio evaluates the
    page script as one expression, which a comment line before it would end)."""
    lines = (STATIC / name).read_text(encoding="utf-8").splitlines(keepends=True)
    while lines and lines[0].lstrip().startswith("//"):
        lines.pop(0)
    return "".join(lines)
PERSONAS = ("worker", "manager", "rep")


def persona_choices(lang: str) -> list[tuple[str, str]]:
    return [(t(lang, f"persona.{p}"), p) for p in PERSONAS]


def examples(persona: str, lang: str = "en") -> list[str]:
    """The example questions for a persona, in the interface's language."""
    persona = persona if persona in PERSONAS else "worker"
    return [t(lang, f"examples.{persona}.{i}") for i in (1, 2, 3)]


EXAMPLES: dict[str, list[str]] = {p: examples(p) for p in PERSONAS}  # English, for the API tests and load scripts
HISTORY_TURNS = 3  # earlier turns passed to the backend for follow-up questions
# What one session holds stays bounded however long it runs: the chat shows the last
# CHAT_TURNS questions (earlier ones fold into one line), the session keeps the last
# KEEP_TURNS answers (their sources can be re-opened), and answers older than the
# Sources panel's full view keep only what re-opening needs (their citations).
CHAT_TURNS = 20
KEEP_TURNS = 50
STREAM_EVERY_S = 0.08  # at most ~12 UI updates a second per answer while streaming
FRIENDLY_ERROR = t("en", "error.friendly")  # for API callers; the page says it in its language
DOC_VIEW_JS = _static("doc_view.js")
SOURCES_JS = _static("sources.js")
PAGE_JS = _static("page.js")


def theme() -> gr.themes.Base:
    """Gradio's default theme with colours that pass WCAG AA (4.5:1 for text)."""
    return gr.themes.Default(primary_hue="blue").set(
        color_accent="#1d4ed8",  # selected tab, focus ring: 6.7:1 on white
        button_primary_background_fill="#1d4ed8",
        button_primary_background_fill_hover="#1e40af",
        button_primary_border_color="#1d4ed8",
        button_primary_text_color="#ffffff",
        button_primary_text_color_hover="#ffffff",
        button_secondary_text_color="#1f2937",
        button_cancel_background_fill="#b91c1c",
        button_cancel_background_fill_hover="#991b1b",
        button_cancel_text_color="#ffffff",
        button_cancel_text_color_hover="#ffffff",
        body_text_color_subdued="#4b5563",
        block_label_text_color="#374151",
        block_info_text_color="#4b5563",
        input_placeholder_color="#6b7280",
        link_text_color="#1d4ed8",
        checkbox_label_text_color="#1f2937",
    )


def css() -> str:
    return CSS_PATH.read_text(encoding="utf-8")


def _drop_cached(files: list[str]) -> None:
    """Delete Gradio's cached copies of uploaded files once they are handled: the
    index keeps its own copy (uploads/), and a cached one would stay downloadable
    from /gradio_api/file= after the document is removed."""
    cache = Path(os.environ.get("GRADIO_TEMP_DIR") or Path(tempfile.gettempdir()) / "gradio").resolve()
    for f in files:
        p = Path(str(f)).resolve()
        if cache in p.parents:
            p.unlink(missing_ok=True)


def _bounded_turns(turns: list[Turn]) -> list[Turn]:
    """The last KEEP_TURNS turns; those past the panel's full view without their
    retrieved passages (their citations, which re-opening shows, stay)."""
    turns = turns[-KEEP_TURNS:]
    cut = len(turns) - render.FULL_TURNS
    return [
        replace(t, answer=t.answer.model_copy(update={"passages": []})) if i < cut and t.answer.passages else t
        for i, t in enumerate(turns)
    ]


def _bounded_chat(chat: list[dict[str, Any]], lang: str = "en") -> list[dict[str, Any]]:
    """The chat (newest first) with at most CHAT_TURNS questions shown; earlier ones
    folded into a last line saying how many (their sources stay in the Sources panel)."""
    folded = 0
    last = _content_text(chat[-1].get("content")) if chat else ""
    if last.startswith(_FOLDED):
        m = re.search(r"(\d+) earlier", last)
        folded = int(m.group(1)) if m else 0
        chat = chat[:-1]
    asked = [i for i, m in enumerate(chat) if m.get("role") == "user"]
    if len(asked) <= CHAT_TURNS:
        return chat + ([_folded(folded, lang)] if folded else [])
    folded += len(asked) - CHAT_TURNS
    return [*chat[: asked[CHAT_TURNS]], _folded(folded, lang)]


_FOLDED = '<p class="llais-folded">'


def _content_text(content: Any) -> str:
    """A chat message's text, as sent (a string) or as the browser sends it back (parts)."""
    if isinstance(content, list):
        return "".join(str(p.get("text", "")) for p in content if isinstance(p, dict))
    return str(content or "")


def _folded(n: int, lang: str = "en") -> dict[str, Any]:
    return {"role": "assistant", "content": f"{_FOLDED}{render.esc(t(lang, 'chat.folded', n=n))}</p>"}


def _message(role: str, content: str) -> dict[str, str]:
    return {"role": role, "content": content}


def _short(text: str, limit: int = 300) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[:limit] + "…"



@dataclass
class ChatTab:
    """The Chat tab's components that events are wired to."""

    persona: Any
    filters: Any  # the closed "Search only some documents" section
    kinds: Any
    docs_pick: Any  # which documents to search (several; none chosen: all)
    chatbot: Any
    question: Any
    ask_btn: Any
    clear_btn: Any
    examples: Any
    up_btn: Any
    down_btn: Any
    comment: Any
    attach_name: Any
    feedback_status: Any
    sources: Any
    doc_view: Any


@dataclass
class DocumentsTab:
    """The Documents tab's components that events are wired to."""

    edit_note: Any
    files: Any
    add_btn: Any
    upload_status: Any
    ask_about: Any  # "Ask about this document", shown after a successful upload
    docs_table: Any
    remove_choice: Any
    remove_btn: Any
    remove_status: Any


# The page's lang attribute follows the language switch.
SET_LANG_JS = "(lang) => { document.documentElement.lang = lang === 'cy' ? 'cy' : 'en'; }"
# After "Ask about this document": the Chat tab is shown; put the cursor in the question box.
FOCUS_QUESTION_JS = "() => { setTimeout(() => document.querySelector('#question textarea')?.focus(), 50); }"


class LlaisApp:
    """Builds the Blocks UI over shared services; one instance serves every user."""

    def __init__(
        self,
        settings: Settings,
        kb: KnowledgeBase,
        feedback: FeedbackStore,
        users: Users | None = None,
        shared: bool = False,
    ) -> None:
        self.settings = settings
        self.kb = kb
        self.feedback = feedback
        self.users = users
        self.shared = shared  # listening on more than loopback (see access.py)

    # --- permissions -----------------------------------------------------------------

    @property
    def login_on(self) -> bool:
        return self.users is not None

    @property
    def editing_off(self) -> bool:
        """No one may add or remove documents from the web page (shared, no login)."""
        return self.users is None and self.shared

    def may_edit(self, request: gr.Request | None) -> bool:
        """Who may add/remove documents (access.py): with login, admins; without, only on loopback."""
        if self.users is None:
            return not self.shared
        return self.users.is_admin(getattr(request, "username", None))

    # --- chat ------------------------------------------------------------------------

    def ask(
        self,
        question: str,
        chat: list[dict[str, Any]] | None,
        persona: str,
        kinds: list[str] | None,
        turns: list[Turn] | None,
        doc_ids: list[str] | None = None,
        lang: str = "en",
    ) -> Iterator[tuple[Any, ...]]:
        """Stream an answer into the chat; then show its sources. Outputs: chat, sources, box, turns.

        `lang` (the interface's language) frames the answer; a question typed in Welsh
        gets a Welsh framing whatever the interface's language."""
        chat = list(chat or [])
        turns = list(turns or [])
        lang = lang_of(lang)
        try:
            q = validate(question, persona, self.settings)
        except InvalidQuestion as e:
            shown = [_message("assistant", render.error_html(str(e)))]
            if (question or "").strip():
                shown.insert(0, _message("user", render.question_html(_short(question))))
            chat[0:0] = shown  # newest first
            yield chat, self._sources(turns, lang=lang), question, turns
            return
        # Never gr.skip() here: Gradio makes a new component for every skipped output
        # and keeps it for the life of the process (about 80 kB per answer).
        pending = render.sources_pending_html(lang)
        chat[0:0] = [_message("user", render.question_html(q)), _message("assistant", render.streaming_html("…"))]
        yield chat, pending, "", turns

        history = [(t.question, t.answer.answer) for t in turns[-HISTORY_TURNS:]]
        final: Answer | None = None
        text, last = "", 0.0
        try:
            for item in ask_stream(
                q, persona, kinds=tuple(kinds or ()), doc_ids=tuple(doc_ids or ()), history=history,
                settings=self.settings, kb=self.kb, lang=lang,
            ):
                if isinstance(item, Answer):
                    final = item
                    continue
                text += item
                if time.monotonic() - last >= STREAM_EVERY_S:
                    last = time.monotonic()
                    chat[1] = _message("assistant", render.streaming_html(text))
                    yield chat, pending, "", turns
        except Exception as e:  # shown as one line; the traceback goes to the server log only
            msg = user_message(e)
            if msg is None:
                log.exception("answering failed")
            chat[1] = _message("assistant", render.error_html(msg or t(lang, "error.friendly")))
            yield chat, self._sources(turns, lang=lang), "", turns
            return
        if final is None:  # a backend that ended without an answer is a bug, not the user's problem
            log.error("backend stream ended without an Answer")
            chat[1] = _message("assistant", render.error_html(t(lang, "error.friendly")))
            yield chat, self._sources(turns, lang=lang), "", turns
            return
        number = (turns[-1].number or 0) + 1 if turns else 0
        turns.append(Turn(q, final, number))
        turns = _bounded_turns(turns)
        chat[1] = _message("assistant", render.answer_html(final, number, framing_language(q, lang)))
        chat = _bounded_chat(chat, lang)
        yield chat, self._sources(turns, lang=lang), "", turns

    def _sources(self, turns: list[Turn], opened: int | None = None, lang: str = "en") -> str:
        # Titles are looked up only when some answer searched documents the user chose.
        titles = self._titles() if any(turn.answer.doc_ids for turn in turns) else None
        return render.sources_html(turns, self.kb.document_text, titles, opened, lang)

    def open_turn(self, turns: list[Turn] | None, lang: str, evt: gr.EventData) -> Any:
        """The Sources panel with an earlier turn's sources opened (from the session, on request)."""
        raw = str((getattr(evt, "_data", None) or {}).get("turn", ""))
        if not raw.isdigit() or not turns:
            return gr.skip()
        return self._sources(list(turns), int(raw), lang_of(lang))

    def answer(self, question: str, persona: str = "worker") -> dict[str, Any]:
        """API only: one question in, the Answer JSON contract out (see models.Answer).

        A user error reaches the caller as its one-line message (`gr.Error`), never
        as `{"error": null}`; anything else is logged and reported as a failure."""
        final: Answer | None = None
        try:
            for item in ask_stream(question, persona, settings=self.settings, kb=self.kb):
                if isinstance(item, Answer):
                    final = item
        except Exception as e:
            msg = user_message(e)
            if msg is None:
                log.exception("answering failed")
            raise gr.Error(msg or FRIENDLY_ERROR, print_exception=False) from None
        if final is None:
            log.error("backend stream ended without an Answer")
            raise gr.Error(FRIENDLY_ERROR, print_exception=False)
        return final.model_dump()

    def open_document(self, turns: list[Turn] | None, lang: str, evt: gr.EventData) -> str:
        key = str((getattr(evt, "_data", None) or {}).get("cite", ""))
        c = render.find_citation(turns or [], key)
        if c is None:
            return render.error_html("That source is not available any more. Ask the question again.")
        try:
            return render.document_html(c, self.kb.document_text(c.doc_id), lang_of(lang))
        except Exception as e:
            log.exception("opening document failed")
            return render.error_html(user_message(e) or "The document could not be opened.")

    def clear(self, lang: str = "en") -> tuple[Any, ...]:
        return [], render.sources_html([], self.kb.document_text, lang=lang_of(lang)), "", [], ""

    @staticmethod
    def examples_for(persona: str, lang: str = "en") -> gr.Dataset:
        return gr.Dataset(samples=[[q] for q in examples(persona, lang_of(lang))])

    @staticmethod
    def pick_example(index: int, persona: str, lang: str = "en") -> str:
        qs = examples(persona, lang_of(lang))
        return qs[index] if isinstance(index, int) and 0 <= index < len(qs) else ""

    def switch_language(
        self, lang: str, turns: list[Turn] | None, persona: str, request: gr.Request
    ) -> tuple[Any, ...]:
        """Every localized component's text in the chosen language, the Sources panel and
        the examples redrawn in it, and the choice kept for the session."""
        lang = lang_of(lang)
        return (
            lang,
            *self.localized.updates(lang),
            self._sources(list(turns or []), lang=lang),
            self.examples_for(persona, lang),
            self._edit_note(lang, request),
            gr.Radio(value=lang),  # a letter is drafted in the interface's language unless chosen otherwise
            self.document_views(lang)[0],
        )

    # --- feedback ----------------------------------------------------------------------

    def _feedback(
        self, rating: str, comment: str, attach_name: bool, turns: list[Turn] | None, request: gr.Request | None,
        lang: str = "en",
    ) -> tuple[str, Any]:
        lang = lang_of(lang)
        if not turns:
            return render.error_html(t(lang, "feedback.none")), gr.skip()
        last = turns[-1]
        username = getattr(request, "username", None) if attach_name else None
        try:
            self.feedback.add(rating, last.question, last.answer.answer, last.answer.citations, comment, username)
        except FeedbackError as e:
            return render.error_html(str(e)), gr.skip()
        except Exception:
            log.exception("storing feedback failed")
            return render.error_html(t(lang, "feedback.failed")), gr.skip()
        word = t(lang, f"feedback.word.{'up' if rating == 'up' else 'down'}")
        return (
            f'<p class="llais-feedback-ok" role="status">{render.esc(t(lang, "feedback.saved", word=word))}</p>',
            "",
        )

    def feedback_up(
        self, comment: str, attach_name: bool, turns: list[Turn] | None, lang: str, request: gr.Request
    ) -> tuple[str, Any]:
        return self._feedback("up", comment, attach_name, turns, request, lang)

    def feedback_down(
        self, comment: str, attach_name: bool, turns: list[Turn] | None, lang: str, request: gr.Request
    ) -> tuple[str, Any]:
        return self._feedback("down", comment, attach_name, turns, request, lang)

    # --- documents ---------------------------------------------------------------------

    def _kinds(self) -> list[str]:
        try:
            return sorted({s.kind for s in self.kb.sources()})
        except Exception:  # shown on page load instead, with its message
            return []

    def _titles(self) -> dict[str, str]:
        try:
            return {d.doc_id: d.title for d in self.kb.snapshot().docs.values()}
        except Exception:  # the panel then shows ids
            return {}

    def document_views(self, lang: str = "en") -> tuple[Any, ...]:
        """Documents table, remove choices, kind filter choices, document picker, and the letter's
        and checklist's own-documents pickers (all from one snapshot)."""
        try:
            sources = self.kb.sources()
        except Exception as e:
            msg = user_message(e)
            if msg is None:
                log.exception("listing documents failed")
            return (
                render.error_html(msg or "The document list could not be read."), gr.Dropdown(choices=[]),
                gr.CheckboxGroup(choices=[]), gr.Dropdown(choices=[]), gr.Dropdown(choices=[]), gr.Dropdown(choices=[]),
            )
        uploaded = {s.doc_id for s in sources if self._uploaded(s)}
        kinds = sorted({s.kind for s in sources})
        return (
            render.documents_table_html(sources, uploaded, lang_of(lang)),
            # Only uploads can be removed from the page: built-in documents are never offered.
            gr.Dropdown(choices=[(f"{s.title} ({s.doc_id})", s.doc_id) for s in sources if s.doc_id in uploaded], value=None),
            gr.CheckboxGroup(choices=kinds),
            gr.Dropdown(choices=[(s.title, s.doc_id) for s in sources]),
            # The letter's and the checklist's: the employer's own documents (the built-in ones are quoted already).
            *(gr.Dropdown(choices=[(s.title, s.doc_id) for s in sources if not self._built_in(s)]) for _ in range(2)),
        )

    def _built_in(self, source: Any) -> bool:  # source: SourceInfo
        folder = self.settings.knowledge_dir.resolve()
        return bool(source.source) and folder in Path(source.source).resolve().parents

    def _uploaded(self, source: Any) -> bool:  # source: SourceInfo
        folder = uploads_dir(self.settings).resolve()
        return bool(source.source) and Path(source.source).resolve().parent == folder

    def _refusal(self, verb: str, lang: str = "en") -> str:
        return t(lang, "docs.shared") if self.editing_off else t(lang, f"docs.admin_{verb}")

    def add_documents(
        self, files: list[str] | None, lang: str, request: gr.Request, progress: gr.Progress = gr.Progress()
    ) -> tuple[Any, ...]:
        """Check, save and ingest uploaded files; outputs: results, table, remove choices, kinds,
        document picker, file box, the ids just added, the "Ask about this document" button."""
        lang = lang_of(lang)
        hide: tuple[Any, ...] = (gr.skip(), [], gr.Button(visible=False))
        if not self.may_edit(request):
            return (render.error_html(self._refusal("add", lang)), *self.document_views(lang), *hide)
        progress(0.0, desc="…")

        def on_progress(fraction: float, name: str) -> None:
            progress(fraction, desc=name if name != "done" else "…")

        try:
            indexed = {s.doc_id: s.source for s in self.kb.sources()}
            results = add_uploads(
                files or [], self.settings, indexed=indexed, embedder=self.kb.embedder, on_progress=on_progress
            )
        except UploadRejected as e:
            return (render.upload_results_html([], str(e), lang), *self.document_views(lang), *hide)
        except Exception as e:
            msg = user_message(e)
            if msg is None:
                log.exception("upload failed")
            return (render.upload_results_html([], msg or "The upload failed. Please try again.", lang), *self.document_views(lang), *hide)
        _drop_cached(files or [])
        added = [r.doc_id for r in results if r.ok and r.doc_id]
        label = t(lang, "docs.ask_about" if len(added) == 1 else "docs.ask_about_many")
        return (
            render.upload_results_html(results, lang=lang), *self.document_views(lang), None, added,
            gr.Button(label, visible=bool(added)),
        )

    def ask_about(self, added: list[str] | None, lang: str) -> tuple[Any, ...]:
        """Choose the documents just added in the picker (its section opened, so the choice
        shows), go to the Chat tab (the page then focuses the question box), and suggest a
        first question in the box: what the document is about."""
        key = "question.placeholder_doc" if len(added or []) <= 1 else "question.placeholder_docs"
        return (gr.Dropdown(value=list(added or [])), gr.Accordion(open=True), gr.Tabs(selected="chat"),
                gr.Textbox(placeholder=t(lang_of(lang), key)))

    def remove(self, doc_id: str | None, lang: str, request: gr.Request) -> tuple[Any, ...]:
        """Remove one document; outputs: message, table, remove choices, kinds."""
        lang = lang_of(lang)
        if not self.may_edit(request):
            return (render.error_html(self._refusal("remove", lang)), *self.document_views(lang))
        if not doc_id:
            return (render.error_html(t(lang, "docs.choose")), *self.document_views(lang))
        try:
            source = next((s for s in self.kb.sources() if s.doc_id == doc_id), None)
            if source is not None and not self._uploaded(source):
                return (render.error_html(t(lang, "docs.builtin")), *self.document_views(lang))
            title = source.title if source is not None else doc_id
            removed = remove_document(doc_id, self.settings)
        except Exception as e:
            msg = user_message(e)
            if msg is None:
                log.exception("remove failed")
            return (render.error_html(msg or "The document could not be removed."), *self.document_views(lang))
        if not removed:
            return (render.error_html(t(lang, "docs.gone")), *self.document_views(lang))
        done = f'<p class="llais-feedback-ok" role="status">{render.esc(t(lang, "docs.removed", title=title))}</p>'
        return (done, *self.document_views(lang))

    def _edit_note(self, lang: str, request: gr.Request | None) -> str:
        """Why this visitor can't add or remove documents, if they can't (None: before sign-in)."""
        if self.editing_off:
            return f'<p class="llais-notice">{render.esc(t(lang, "docs.shared"))}</p>'
        if self.login_on and request is not None and not self.may_edit(request):
            return f'<p class="llais-notice">{render.esc(t(lang, "docs.readonly"))}</p>'
        return ""

    def on_load(self, request: gr.Request) -> tuple[Any, ...]:
        """Per page load: fresh document lists, and controls that depend on who is logged in."""
        editable = self.may_edit(request)
        name = getattr(request, "username", None)
        who = f"Signed in as {render.esc(name)}." if self.login_on and name else ""
        return (
            *self.document_views(),
            gr.File(interactive=editable, visible=editable),
            gr.Button(interactive=editable, visible=editable),
            gr.Button(interactive=editable, visible=editable),
            self._edit_note("en", request),
            gr.Checkbox(visible=bool(self.login_on and name)),
            who,
        )

    # --- layout ----------------------------------------------------------------------

    def _chat_tab(self) -> ChatTab:
        """Who is asking, the question box, then the conversation newest first (so each
        answer appears right under the box it was asked in, and is the next thing a
        keyboard reaches after Ask), examples, feedback; the Sources panel beside it."""
        L, en = self.localized, "en"
        with gr.Row(equal_height=False):
            with gr.Column(scale=3, min_width=360):
                persona = L(
                    gr.Radio(persona_choices(en), value="worker", label=t(en, "persona.label"), elem_id="persona"),
                    label="persona.label", choices=persona_choices,
                )
                with L(
                    gr.Accordion(t(en, "filters.label"), open=False, elem_id="filters"), label="filters.label"
                ) as filters:
                    with gr.Row():
                        kinds = L(
                            gr.CheckboxGroup(self._kinds(), label=t(en, "filters.kinds"), elem_id="kinds"),
                            label="filters.kinds",
                        )
                        docs_pick = L(
                            gr.Dropdown([], value=[], multiselect=True, label=t(en, "filters.docs"), elem_id="docs-pick"),
                            label="filters.docs",
                        )
                with gr.Row(elem_id="ask-row"):
                    question = L(
                        gr.Textbox(
                            label=t(en, "question.label"),
                            placeholder=t(en, "question.placeholder"),
                            info=t(en, "question.info"),
                            lines=1,  # Gradio submits on Enter only for one-line boxes; it still grows
                            max_lines=6,
                            scale=5,
                            elem_id="question",
                            submit_btn=False,
                        ),
                        label="question.label", placeholder="question.placeholder", info="question.info",
                    )
                    with gr.Column(scale=1, min_width=120):
                        ask_btn = L(gr.Button(t(en, "ask"), variant="primary", elem_id="ask"), value="ask")
                        clear_btn = L(
                            gr.Button(t(en, "new_conversation"), variant="secondary", size="sm"), value="new_conversation"
                        )
                chatbot = L(
                    gr.Chatbot(
                        label=t(en, "chat.label"),
                        elem_id="chat",
                        height=None,  # grows with its content: no scrolling inside the page
                        max_height=None,
                        min_height=120,
                        autoscroll=False,
                        sanitize_html=True,
                        render_markdown=True,
                        line_breaks=False,
                        latex_delimiters=[],
                        allow_tags=False,
                        feedback_options=None,
                        buttons=[],
                        placeholder=t(en, "chat.placeholder"),
                    ),
                    label="chat.label", placeholder="chat.placeholder",
                )
                examples_box = L(
                    gr.Dataset(
                        components=["textbox"],
                        samples=[[q] for q in examples("worker")],
                        label=t(en, "examples.label"),
                        type="index",
                        elem_id="examples",
                    ),
                    label="examples.label",
                )
                with gr.Group(elem_id="llais-feedback"):
                    L(gr.Markdown(t(en, "feedback.title"), padding=True), value="feedback.title")
                    with gr.Row():
                        up_btn = L(gr.Button(t(en, "feedback.up"), size="sm", elem_id="fb-up"), value="feedback.up")
                        down_btn = L(gr.Button(t(en, "feedback.down"), size="sm", elem_id="fb-down"), value="feedback.down")
                    comment = L(
                        gr.Textbox(label=t(en, "feedback.comment"), lines=1, max_lines=4, max_length=2000, elem_id="fb-comment"),
                        label="feedback.comment",
                    )
                    attach_name = L(
                        gr.Checkbox(label=t(en, "feedback.attach"), value=False, visible=False), label="feedback.attach"
                    )
                feedback_status = gr.HTML("", js_on_load=None, elem_id="fb-status")
                L(gr.Markdown(self._privacy(en), elem_id="llais-privacy"), value=self._privacy)
            with gr.Column(scale=2, min_width=320, elem_id="sources-col"):
                L(gr.Markdown(t(en, "sources.heading")), value="sources.heading")
                sources = gr.HTML(
                    render.sources_html([], self.kb.document_text),
                    js_on_load=SOURCES_JS,
                    elem_id="sources",
                    max_height=640,
                )
                doc_view = gr.HTML("", js_on_load=DOC_VIEW_JS, elem_id="doc-view")
        return ChatTab(persona=persona, filters=filters, kinds=kinds, docs_pick=docs_pick, chatbot=chatbot, question=question, ask_btn=ask_btn, clear_btn=clear_btn, examples=examples_box, up_btn=up_btn, down_btn=down_btn, comment=comment, attach_name=attach_name, feedback_status=feedback_status, sources=sources, doc_view=doc_view)

    def _privacy(self, lang: str) -> str:
        return t(lang, "privacy", extra=t(lang, "privacy.extra") if self.login_on else "")

    def _documents_tab(self) -> DocumentsTab:
        """Upload, the list of indexed documents, and removal."""
        s, L, en = self.settings, self.localized, "en"

        def intro(lang: str) -> str:
            return t(lang, "docs.intro", files=s.max_files_per_upload, mb=f"{s.max_file_mb:g}")

        editable = not self.editing_off  # on a shared server without login the controls are absent
        L(gr.Markdown(intro(en), visible=editable), value=intro)
        edit_note = gr.HTML(self._edit_note(en, None), js_on_load=None)
        # No `file_types` filter: Gradio refuses a whole batch in the browser for one
        # file of another type; the server checks each file and says which it can't add.
        files = L(
            gr.File(label=t(en, "docs.files"), file_count="multiple", elem_id="upload", visible=editable), label="docs.files"
        )
        add_btn = L(gr.Button(t(en, "docs.add"), variant="primary", elem_id="add-docs", visible=editable), value="docs.add")
        upload_status = gr.HTML("", js_on_load=None, elem_id="upload-status")
        ask_about = gr.Button(t(en, "docs.ask_about"), visible=False, elem_id="ask-about")
        L(gr.Markdown(t(en, "docs.heading")), value="docs.heading")
        docs_table = gr.HTML("", js_on_load=None, elem_id="docs-table")
        with gr.Row():
            remove_choice = L(
                gr.Dropdown(
                    [],
                    label=t(en, "docs.remove"),
                    info=t(en, "docs.remove_info"),
                    elem_id="remove-choice",
                    scale=4,
                    visible=editable,
                    allow_custom_value=True,  # checked by the handler; API callers pass ids
                ),
                label="docs.remove", info="docs.remove_info",
            )
            remove_btn = L(
                gr.Button(t(en, "docs.remove_btn"), variant="stop", elem_id="remove-doc", scale=1, visible=editable),
                value="docs.remove_btn",
            )
        remove_status = gr.HTML("", js_on_load=None, elem_id="remove-status")
        return DocumentsTab(edit_note=edit_note, files=files, add_btn=add_btn, upload_status=upload_status, ask_about=ask_about, docs_table=docs_table, remove_choice=remove_choice, remove_btn=remove_btn, remove_status=remove_status)

    def _header(self, lang: str) -> str:
        return (
            f'<a class="skip-link" href="#question">{render.esc(t(lang, "header.skip"))}</a>'
            # Announces "answer complete" (page.js, in the words of data-*); outside
            # Gradio's re-rendered parts, so it is in the page before anything is said.
            '<div id="llais-live" class="sr-only" role="status" aria-live="polite"'
            + "".join(
                f' data-{k.split(".")[1]}="{render.esc(t(lang, k))}"'
                for k in ("live.done", "live.sources", "live.abstained", "live.first")
            )
            + f'></div><h1>{render.esc(t(lang, "header.title"))}</h1><p>{render.esc(t(lang, "header.subtitle"))}</p>'
        )

    def build(self) -> gr.Blocks:
        s = self.settings
        limit = s.queue_concurrency
        self.localized = L = Localized()
        en = "en"
        with gr.Blocks(title="Llais: technology and AI at work", analytics_enabled=False) as demo:
            turns = gr.State([])
            lang = gr.State("en")  # the interface's language, kept for the session
            with gr.Row(elem_id="llais-header"):
                L(gr.HTML(self._header(en), js_on_load=None, elem_id="llais-title"), value=self._header)
                with gr.Column(scale=0, min_width=180, elem_id="llais-tools"):
                    lang_pick = gr.Radio(
                        [(name, code) for code, name in LANGUAGES.items()], value="en",
                        label=t(en, "lang.label"), elem_id="lang-pick",
                    )
                    signed_in = gr.HTML("", js_on_load=None, elem_id="llais-signed-in", visible=self.login_on)
            L(gr.Markdown(t(en, "disclaimer"), elem_id="llais-disclaimer"), value="disclaimer")

            added = gr.State([])
            with gr.Tabs() as tabs:
                with L(gr.Tab(t(en, "tab.chat"), id="chat"), label="tab.chat"):
                    chat = self._chat_tab()
                with L(gr.Tab(t(en, "tab.documents"), id="documents"), label="tab.documents"):
                    docs = self._documents_tab()
                with L(gr.Tab(t(en, "tab.letters"), id="letters"), label="tab.letters"):
                    letters = build_letters_tab(s, self.kb, L, lang)

            # --- events ---
            ask_io: dict[str, Any] = dict(
                inputs=[chat.question, chat.chatbot, chat.persona, chat.kinds, turns, chat.docs_pick, lang],
                outputs=[chat.chatbot, chat.sources, chat.question, turns],
                concurrency_limit=limit,
                concurrency_id="answer",
            )
            chat.ask_btn.click(self.ask, api_name="ask", **ask_io)
            chat.question.submit(self.ask, api_visibility="private", **ask_io)
            # A new question closes the document opened from an earlier answer's source.
            for trigger in (chat.ask_btn.click, chat.question.submit):
                trigger(lambda: "", outputs=chat.doc_view, queue=False, api_visibility="private")
            chat.examples.click(
                self.pick_example, [chat.examples, chat.persona, lang], chat.question, api_visibility="private", queue=False
            ).then(self.ask, api_visibility="private", **ask_io)
            chat.persona.change(
                self.examples_for, [chat.persona, lang], chat.examples, api_visibility="private", queue=False
            )
            chat.clear_btn.click(
                self.clear,
                inputs=lang,
                outputs=[chat.chatbot, chat.sources, chat.question, turns, chat.doc_view],
                api_visibility="private",
                queue=False,
            )
            chat.sources.open_doc(self.open_document, [turns, lang], chat.doc_view, api_visibility="private")
            chat.sources.open_turn(self.open_turn, [turns, lang], chat.sources, api_visibility="private")
            fb_io: dict[str, Any] = dict(
                inputs=[chat.comment, chat.attach_name, turns, lang], outputs=[chat.feedback_status, chat.comment]
            )
            chat.up_btn.click(self.feedback_up, **fb_io)
            chat.down_btn.click(self.feedback_down, **fb_io)

            views = [docs.docs_table, docs.remove_choice, chat.kinds, chat.docs_pick, letters.docs, letters.checklist_docs]
            docs.add_btn.click(
                self.add_documents, [docs.files, lang], [docs.upload_status, *views, docs.files, added, docs.ask_about],
                concurrency_limit=s.upload_concurrency, concurrency_id="upload",
            )
            docs.ask_about.click(
                self.ask_about, [added, lang], [chat.docs_pick, chat.filters, tabs, chat.question], api_visibility="private",
                queue=False,
            ).then(None, js=FOCUS_QUESTION_JS)
            docs.remove_btn.click(
                self.remove, [docs.remove_choice, lang], [docs.remove_status, *views], concurrency_limit=1, concurrency_id="ingest"
            )
            # The language switch: every localized text, the Sources panel and examples, and
            # the page's lang attribute (for screen readers and spelling).
            lang_pick.change(
                self.switch_language,
                [lang_pick, turns, chat.persona],
                [lang, *L.components, chat.sources, chat.examples, docs.edit_note, letters.language, docs.docs_table],
                api_visibility="private",
                queue=False,
            ).then(None, lang_pick, None, js=SET_LANG_JS)
            demo.load(
                self.on_load,
                outputs=[*views, docs.files, docs.add_btn, docs.remove_btn, docs.edit_note, chat.attach_name, signed_in],
                api_visibility="private",
            )
            gr.api(self.answer, api_name="answer", concurrency_limit=limit, concurrency_id="answer")
        return demo


def launch_kwargs(settings: Settings, users: Users | None, shared: bool = False) -> dict[str, Any]:
    """Arguments for `demo.launch()` that come from our settings (host/port come from Gradio's env)."""
    kwargs: dict[str, Any] = dict(
        theme=theme(),
        css=css(),
        js=PAGE_JS,
        max_file_size=f"{settings.max_file_mb:g}mb",
        show_error=False,
        footer_links=[],
        max_threads=max(40, settings.queue_concurrency + 8),
        # No run history: it would keep people's questions in the browser (and
        # serve /gradio_api/runs); the app keeps only what feedback stores.
        run_history=False,
    )
    if users is not None:
        kwargs["auth"] = users.authenticate
        kwargs["auth_message"] = "Sign in to Llais."
    if users is not None or shared:  # the upload route itself: admins only, or nobody
        from starlette.middleware import Middleware

        from assistant.ui.auth import UploadsGuard

        kwargs["app_kwargs"] = {"middleware": [Middleware(UploadsGuard, users=users)]}  # type: ignore[arg-type]
    return kwargs
