"""HTML for answers, sources, documents and upload results. Pure functions, no Gradio.

Safety rule: every piece of text that came from a document, a question or a file
name is escaped (`html.escape`, or markdown-it with raw HTML, links, images and
entities switched off, which escapes the same way), so a document holding
`<script>` or `<img onerror=…>` shows that text and never runs it. The only
markup in the output is what this module writes.

Citation markers [n] in an answer become links to `#src-<turn>-<n>`, the id of
that source's card in the Sources panel, so following one scrolls to the card
and `:target` styling picks it out, with no script needed.

Left out: rendering Markdown links or images from documents (they are shown as
text): a planted link or remote image would be a way out of an offline app.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from markdown_it import MarkdownIt

from assistant.models import Answer, Citation, SourceInfo
from assistant.ui.error_text import in_language
from assistant.ui.i18n import t

CONTEXT_CHARS = 260  # surrounding text shown either side of a cited passage
_MARKER = re.compile(r"\[(\d{1,3})\]")
_TODO = re.compile(r"<li>\[ \]\s*")

_md = MarkdownIt("commonmark", {"html": False}).disable(
    ["link", "image", "autolink", "html_inline", "html_block", "reference", "entity"]
)


def esc(text: object) -> str:
    return html.escape(str(text), quote=True)


FULL_TURNS = 3  # turns whose sources the panel shows in full; earlier ones fold to one line each


@dataclass(frozen=True)
class Turn:
    """One question and its final answer, as kept in the session."""

    question: str
    answer: Answer
    number: int | None = None  # its number in the session (anchors, data-cite); None: its place in the list


def numbered(turns: Sequence[Turn]) -> list[tuple[int, Turn]]:
    return [(t.number if t.number is not None else i, t) for i, t in enumerate(turns)]


def markdown_html(markdown: str) -> str:
    """Answer Markdown → HTML, all text escaped; no blank lines (the chat re-parses it)."""
    out = _md.render(markdown or "")
    out = _TODO.sub('<li class="todo"><span class="box" aria-hidden="true">☐</span> ', out)
    return re.sub(r"\n+", "\n", out).strip()


def _link_markers(body: str, turn: int, citations: Sequence[Citation], lang: str = "en") -> str:
    titles = {c.n: c.title for c in citations}

    def link(m: re.Match[str]) -> str:
        n = int(m.group(1))
        if n not in titles:
            return m.group(0)
        label = esc(t(lang, "answer.source_title", n=n, title=titles[n]))
        # The chat's sanitiser drops aria-label: the link's name is its text, so the
        # words "source n" are in it, for screen readers only.
        return f'<a class="cite" href="#src-{turn}-{n}" title="{label}">[{n}]<span class="sr-only"> {esc(t(lang, "answer.source", n=n))}</span></a>'

    return _MARKER.sub(link, body)


def more_html(answer: Answer, turn: int, lang: str = "en") -> str:
    """Further passages that bear on the question, collapsed under the answer."""
    if not answer.more:
        return ""
    items = "".join(
        f"<li>{esc(c.quoted())} {_link_markers(f'[{c.n}]', turn, [c], lang)}</li>" for c in answer.more
    )
    return (
        f'<details class="llais-more"><summary>{esc(t(lang, "answer.more", n=len(answer.more)))}</summary>'
        f"<ul>{items}</ul></details>"
    )


def answer_html(answer: Answer, turn: int, lang: str = "en") -> str:
    """The chat message for a final answer: body, citation links, notice, abstention styling,
    and "More from the documents" collapsed under it."""
    body = _link_markers(markdown_html(answer.answer), turn, answer.citations, lang)
    parts = []
    if answer.abstained:
        parts.append('<div class="llais-answer llais-abstained" role="note">')
        parts.append(f'<p class="abstain-label">{esc(t(lang, "answer.not_answered"))}</p>')
    else:
        parts.append('<div class="llais-answer">')
    if answer.notice:
        parts.append(f'<p class="llais-notice" role="status">{esc(answer.notice)}</p>')
    parts.append(body)
    parts.append(more_html(answer, turn, lang))
    if answer.citations:
        n = answer.citations[0].n
        link = f'<a class="cite" href="#src-{turn}-{n}">[{n}]</a>'
        parts.append(f'<p class="src-hint">{esc(t(lang, "answer.hint", link="{link}")).format(link=link)}</p>')
    parts.append("</div>")
    return "".join(parts)


def streaming_html(partial: str) -> str:
    """A part-streamed answer (no links yet: the citations arrive with the final answer)."""
    return f'<div class="llais-answer llais-streaming">{markdown_html(partial)}</div>'


def question_html(question: str) -> str:
    return f'<span class="llais-question">{esc(question)}</span>'


def error_html(message: str) -> str:
    return f'<div class="llais-error" role="alert">{esc(message)}</div>'


# --- sources panel ------------------------------------------------------------------------


# Markdown markup in a document's own text (uploads are often Markdown): heading and
# quote markers at line starts, ** and __ around words, backticks. Passages and opened
# documents are shown as plain escaped text without them (issue 17: no "# Policy").
_MARKUP = re.compile(r"(?m)^[ \t]{0,3}(?:#{1,6}[ \t]+|>[ \t]?)|\*\*(?=\S)|(?<=\S)\*\*|__(?=\w)|(?<=\w)__|`+")


def _markup(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """Spans of markup characters in text[a:b] (with `^` only at the text's real line starts)."""
    return [m.span() for m in _MARKUP.finditer(text, a, b)]


def _plain(text: str, a: int, b: int, drop: Sequence[tuple[int, int]]) -> str:
    """text[a:b], escaped, without the characters in the `drop` spans."""
    out, pos = [], a
    for x, y in drop:
        if y <= pos or x >= b:
            continue
        out.append(text[pos:max(x, pos)])
        pos = min(max(y, pos), b)
    out.append(text[pos:b])
    return esc("".join(out))


def _marked(text: str, a: int, b: int, spans: Sequence[tuple[int, int]], drop: Sequence[tuple[int, int]]) -> str:
    """text[a:b] as plain escaped text, with `spans` (offsets into `text`) wrapped in <mark>."""
    out: list[str] = []
    pos = a
    for x, y in sorted(spans):
        x, y = max(x, pos), min(y, b)
        if y <= x:
            continue
        out.append(_plain(text, pos, x, drop))
        out.append(f"<mark>{_plain(text, x, y, drop)}</mark>")
        pos = y
    out.append(_plain(text, pos, b, drop))
    return "".join(out)


def _snap_left(text: str, i: int) -> int:
    j = text.rfind(" ", 0, i)
    return 0 if i <= 0 else (j + 1 if j > i - 40 else i)


def _snap_right(text: str, i: int) -> int:
    j = text.find(" ", i)
    return len(text) if i >= len(text) else (j if 0 <= j < i + 40 else i)


def _highlights(c: Citation) -> list[tuple[int, int]]:
    spans = [(a, b) for a, b in c.highlights if c.start <= a < b <= c.end]
    return spans or [(c.start, c.end)]


def passage_in_context(c: Citation, document: str | None) -> str:
    """The cited passage with its quoted sentences marked, inside its surrounding text."""
    spans = _highlights(c)
    if document is None or document[c.start : c.end] != c.passage:
        # The stored document changed or is gone: show the passage alone.
        local = [(x - c.start, y - c.start) for x, y in spans]
        text = c.passage
        return f'<span class="passage">{_marked(text, 0, len(text), local, _markup(text, 0, len(text)))}</span>'
    a = _snap_left(document, c.start - CONTEXT_CHARS)
    b = _snap_right(document, c.end + CONTEXT_CHARS)
    drop = _markup(document, a, b)
    return (
        f'<span class="ctx">{"…" if a > 0 else ""}{_plain(document, a, c.start, drop)}</span>'
        f'<span class="passage">{_marked(document, c.start, c.end, spans, drop)}</span>'
        f'<span class="ctx">{_plain(document, c.end, b, drop)}{"…" if b < len(document) else ""}</span>'
    )


def _meta(c: Citation, lang: str = "en") -> str:
    rows = [
        ("sources.publisher", c.publisher),
        ("sources.kind", c.kind),
        ("sources.section", c.section),
        ("sources.clause", c.clause) if c.clause else ("sources.paragraph", c.paragraph),
        ("sources.pages" if "–" in c.page else "sources.page", c.page),
    ]
    items = "".join(f"<dt>{esc(t(lang, k))}</dt><dd>{esc(v)}</dd>" for k, v in rows if v)
    return f'<dl class="src-meta">{items}</dl>' if items else ""


def _card(c: Citation, turn: int, document: str | None, lang: str = "en") -> str:
    return (
        f'<li class="src" id="src-{turn}-{c.n}" tabindex="-1">'
        f'<h3 class="src-title"><span class="src-n">[{c.n}]</span> {esc(c.title)}</h3>'
        f"{_meta(c, lang)}"
        f'<blockquote class="src-text">{passage_in_context(c, document)}</blockquote>'
        f'<button type="button" class="open-doc" data-cite="{turn}-{c.n}">'
        f'{esc(t(lang, "sources.open"))}<span class="sr-only"> ({esc(c.title)})</span></button>'
        "</li>"
    )


def sources_html(
    turns: Sequence[Turn],
    document_text: Callable[[str], str | None],
    titles: dict[str, str] | None = None,
    opened: int | None = None,
    lang: str = "en",
) -> str:
    """The turns' sources, newest first: the last `FULL_TURNS` in full (all but the
    newest folded in a <details>), each earlier one as one line with a button that
    asks the server for its sources (`opened`: the number of the turn shown so).
    What one response carries stays the same size however long the session."""
    if not turns:
        return f'<div class="llais-sources empty"><p>{esc(t(lang, "sources.empty"))}</p></div>'
    docs: dict[str, str | None] = {}

    def doc(doc_id: str) -> str | None:
        if doc_id not in docs:
            docs[doc_id] = document_text(doc_id)
        return docs[doc_id]

    parts = ['<div class="llais-sources">']
    listed = numbered(turns)
    last = listed[-1][0]
    full = {num for num, _ in listed[-FULL_TURNS:]} | ({opened} if opened is not None else set())
    folded = [(num, turn) for num, turn in listed if num not in full]
    for num, turn in reversed([(num, turn) for num, turn in listed if num in full]):
        cites = turn.answer.sources()
        cards = "".join(_card(c, num, doc(c.doc_id), lang) for c in cites) or (
            f"<li class='src none'>{esc(t(lang, 'sources.none'))}</li>"
        )
        head = t(lang, "sources.for", question=esc(turn.question))
        if turn.answer.searched:
            head += f" <span class='searched'>{t(lang, 'sources.searched_as', searched=esc(turn.answer.searched))}</span>"
        names = [(titles or {}).get(d, d) for d in turn.answer.doc_ids]
        head += (
            f"<span class='searched-docs'>{esc(t(lang, 'sources.searched_only', names='; '.join(names)))}</span>"
            if names else f"<span class='searched-docs'>{esc(t(lang, 'sources.searched_all'))}</span>"
        )
        if num == last:
            parts.append(f'<section class="turn"><p class="turn-q">{head}</p><ol class="src-list">{cards}</ol></section>')
        else:
            shown = " open" if num == opened else ""
            parts.append(
                f'<details class="turn older"{shown}><summary>{esc(t(lang, "sources.earlier"))}{head}</summary>'
                f'<ol class="src-list">{cards}</ol></details>'
            )
    if folded:
        lines = "".join(
            f'<li>{esc(_short_q(turn.question))} <button type="button" class="open-turn" data-turn="{num}">'
            f'{esc(t(lang, "sources.show", n=len(turn.answer.sources())))}'
            f'<span class="sr-only"> ({esc(_short_q(turn.question))})</span></button></li>'
            for num, turn in reversed(folded)
        )
        parts.append(
            f'<details class="turn folded"><summary>{esc(t(lang, "sources.earlier_questions", n=len(folded)))}</summary>'
            f"<ul>{lines}</ul></details>"
        )
    parts.append("</div>")
    return "".join(parts)


def sources_pending_html(lang: str = "en") -> str:
    """The Sources panel while an answer is being written."""
    return f'<div class="llais-sources pending"><p role="status">{esc(t(lang, "sources.pending"))}</p></div>'


def _short_q(question: str, limit: int = 120) -> str:
    q = " ".join(question.split())
    return q if len(q) <= limit else q[: limit - 1] + "…"


def find_citation(turns: Sequence[Turn], key: str) -> Citation | None:
    """The citation named by a card's `data-cite` ("<turn>-<n>")."""
    m = re.fullmatch(r"(\d{1,4})-(\d{1,3})", key or "")
    if not m:
        return None
    t, n = int(m.group(1)), int(m.group(2))
    turn = next((turn for num, turn in numbered(turns) if num == t), None)
    if turn is None:
        return None
    return next((c for c in turn.answer.sources() if c.n == n), None)


def document_html(c: Citation, document: str | None, lang: str = "en") -> str:
    """The whole cleaned document, escaped, with the cited passage marked (id doc-passage)."""
    if document is None:
        return error_html(t(lang, "doc.gone"))
    spans = _highlights(c)
    ok = document[c.start : c.end] == c.passage
    drop = _markup(document, 0, len(document))
    if ok:
        body = (
            f"{_plain(document, 0, c.start, drop)}"
            f'<span class="passage" id="doc-passage">{_marked(document, c.start, c.end, spans, drop)}</span>'
            f"{_plain(document, c.end, len(document), drop)}"
        )
    else:
        body = _plain(document, 0, len(document), drop)
    note = "" if ok else f'<p class="llais-notice">{esc(t(lang, "doc.changed"))}</p>'
    return (
        f'<div class="llais-doc"><p class="doc-kicker">{esc(t(lang, "doc.kicker"))}</p><h3 class="doc-title">{esc(c.title)}</h3>'
        f'<p class="doc-meta">{esc(c.publisher)}{" · " if c.publisher else ""}{esc(t(lang, "doc.meta", n=c.n))}</p>'
        f'{note}<div class="doc-text" tabindex="0" role="region" aria-label="{esc(t(lang, "doc.region", title=c.title))}">{body}</div></div>'
    )


# --- documents tab ----------------------------------------------------------------------


def documents_table_html(sources: Sequence[SourceInfo], uploaded: set[str], lang: str = "en") -> str:
    if not sources:
        return '<p class="llais-notice">No documents are indexed yet.</p>'
    rows = "".join(
        f"<tr><td>{esc(s.title)}</td><td>{esc(s.kind)}</td><td class='num'>{s.chunks}</td>"
        f"<td>{esc(t(lang, 'table.uploaded' if s.doc_id in uploaded else 'table.builtin'))}</td>"
        f"<td><code>{esc(s.doc_id)}</code></td></tr>"
        for s in sources
    )
    heads = "".join(f'<th scope="col">{esc(t(lang, k))}</th>' for k in ("table.title", "table.kind", "table.passages", "table.origin", "table.id"))
    return (
        f'<table class="llais-docs"><caption class="sr-only">{esc(t(lang, "table.caption"))}</caption>'
        f"<thead><tr>{heads}</tr></thead><tbody>{rows}</tbody></table>"
    )


def upload_results_html(results: Sequence, message: str | None = None, lang: str = "en") -> str:  # Sequence[UploadResult]
    """One line per file: a clear success or the reason it failed."""
    if message:
        return error_html(in_language(message, lang))
    items = []
    for r in results:
        status = t(lang, f"upload.{r.status}") if r.status in ("added", "updated", "unchanged", "failed") else r.status
        if r.ok:
            detail = t(lang, "upload.passages", n=r.chunks) if r.chunks else ""
            items.append(f'<li class="ok"><strong>{status}:</strong> {esc(r.name)}{" — " + detail if detail else ""}</li>')
        else:
            why = in_language(r.error or "the file could not be read.", lang)
            items.append(f'<li class="failed"><strong>{status}:</strong> {esc(r.name)} — {esc(why)}</li>')
    return f'<ul class="llais-upload-results" role="status">{"".join(items)}</ul>'
