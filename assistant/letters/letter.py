"""Consultation-request letters for union reps, every request cited.

    letter = draft_letter(letter_input(employer="…", technology="…"), kb)
    letter.to_markdown(); letter.to_docx("letter.docx"); letter.to_json()

The letter asks for the steps of the WPC agreement (early consultation, early
notice of restructuring or redeployment, training, risk and equality impact
assessments, review of the impact on employment rights) and, when the
technology involves AI, what the WPC guidance adds (checks and balances,
transparency and human oversight, responsible implementation, post-adoption
evaluation). Each request is a `Cited` pairing checked by
`assistant.answer.citations.supports`; its footnote quotes the source sentence with
the document title, section and paragraph or list item.

Form fields are plain text: they are cleaned (control characters dropped,
lengths capped), escaped for Markdown, and passed to the Jinja template as
data, never compiled as a template. In Word they are plain runs.

Left out: LLM polishing of the wording. With `LLAIS_BACKEND` set to a language
model the letter is still filled offline from the cited obligations (and says
so in `notice`); rewording by a model would need the same citation checks on
free text, which `check_draft` provides for a rep's own edits but no model call
is wired to yet.
"""

from __future__ import annotations

import json
import re
from datetime import date as _date
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Literal

import yaml

from assistant.answer.citations import supports
from assistant.errors import UserError, not_text
from assistant.letters.docx import escape_md, markdown_to_docx, parse_markdown
from assistant.letters.obligations import Cited, SourceNote, find_obligations, involves_ai
from assistant.letters.own_commitments import KEY as OWN
from assistant.letters.own_commitments import own_commitments, own_heading
from assistant.models import Frozen
from assistant.prompts import PROMPTS_DIR, render

if TYPE_CHECKING:
    from assistant.settings import Settings
    from assistant.store.knowledge_base import KnowledgeBase

AiChoice = Literal["auto", "yes", "no"]
LetterLanguage = Literal["en", "cy", "both"]
OWN_HEADING = "What your own documents commit you to"
_LEADS = frozenset({"wpc_agreement", "ai_guidance"})  # topics whose Welsh wording is a `statement`
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"]
_MISOEDD = ["Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst", "Medi",
            "Hydref", "Tachwedd", "Rhagfyr"]


@lru_cache(maxsize=1)
def cy_wording() -> dict:
    """The Welsh wording of each topic and group (prompts/letters/topics.cy.yaml)."""
    data = yaml.safe_load((PROMPTS_DIR / "letters" / "topics.cy.yaml").read_text(encoding="utf-8"))
    return {"groups": dict(data.get("groups") or {}), "topics": dict(data.get("topics") or {})}


def welsh_date(text: str) -> str:
    """"2 December 2026" → "2 Rhagfyr 2026"; any other date is left as the rep typed it."""
    for en, cy in zip(_MONTHS, _MISOEDD, strict=True):
        text = re.sub(rf"\b{en}\b", cy, text)
    return text


@lru_cache(maxsize=1)
def _welsh_to_english() -> dict[str, str]:
    from assistant.letters.obligations import load_topics

    welsh = cy_wording()["topics"]
    out: dict[str, str] = {}
    for topic in load_topics().topics:
        cy = welsh.get(topic.key, {})
        for field in ("request", "statement"):
            if cy.get(field) and getattr(topic, field, None):
                out[" ".join(str(cy[field]).split())] = str(getattr(topic, field))
    return out


def english_wording(text: str) -> str:
    """The English wording a Welsh step translates (the one checked against its
    source), or the text itself. An edited Welsh step has none, so its check fails
    and the rep is told to compare it with its note."""
    return _welsh_to_english().get(" ".join(text.split()), text)


def letter_language(value: str | None) -> LetterLanguage:
    v = (value or "en").strip().lower()
    if v not in ("en", "cy", "both"):
        raise LetterError(f"The letter's language must be en, cy or both, not '{value}'.")
    return v  # type: ignore[return-value]
FIELD_LIMIT = 200
NOTES_LIMIT = 2000
DRAFT_LIMIT = 100_000  # characters of an edited draft (a long letter is about 15,000)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")
_QUOTED = re.compile(r"“(.+)”")


class LetterError(UserError, ValueError):
    """Bad letter input, or nothing to cite; the message is shown to the user as is."""


class LetterInput(Frozen):
    employer: str
    technology: str
    department: str = ""
    union: str = ""
    rep: str = ""
    date: str = ""
    notes: str = ""
    ai: AiChoice = "auto"


def _line(value: str | None, label: str, limit: int = FIELD_LIMIT) -> str:
    if value and not_text(value):
        raise LetterError(f"{label} contains characters that are not valid text. Please type it again.")
    text = " ".join(_CONTROL.sub("", value or "").split())
    if len(text) > limit:
        raise LetterError(f"{label} is {len(text):,} characters long; the limit is {limit:,}.")
    return text


def _paragraphs(value: str | None, label: str, limit: int = NOTES_LIMIT) -> str:
    if value and not_text(value):
        raise LetterError(f"{label} contains characters that are not valid text. Please type it again.")
    lines = [" ".join(line.split()) for line in _CONTROL.sub("", value or "").replace("\r", "\n").split("\n")]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    if len(text) > limit:
        raise LetterError(f"{label} is {len(text):,} characters long; the limit is {limit:,}.")
    return text


def letter_input(
    employer: str | None,
    technology: str | None,
    department: str | None = "",
    union: str | None = "",
    rep: str | None = "",
    date: str | None = "",
    notes: str | None = "",
    ai: str | None = "auto",
) -> LetterInput:
    """Clean and check the form fields; a LetterError says what to fix."""
    fields = LetterInput(
        employer=_line(employer, "Employer"),
        technology=_line(technology, "Technology"),
        department=_line(department, "Department or staff affected"),
        union=_line(union, "Union"),
        rep=_line(rep, "Rep's name"),
        date=_line(date, "Date") or _today(),
        notes=_paragraphs(notes, "Notes"),
        ai=_ai_choice(ai),
    )
    if not fields.employer:
        raise LetterError("Please give the employer's name.")
    if not fields.technology:
        raise LetterError("Please say which technology is being introduced.")
    return fields


def _ai_choice(value: str | None) -> AiChoice:
    v = (value or "auto").strip().lower()
    if v not in ("auto", "yes", "no"):
        raise LetterError(f"AI guidance must be auto, yes or no, not '{value}'.")
    return v  # type: ignore[return-value]


def _today() -> str:
    d = _date.today()
    return f"{d.day} {d:%B %Y}"


class LetterSection(Frozen):
    key: str  # topic group: "wpc" | "ai", or OWN: the commitments of the documents the rep chose
    heading: str
    lead: Cited | None = None
    requests: tuple[Cited, ...] = ()


class Letter(Frozen):
    input: LetterInput
    sections: tuple[LetterSection, ...]
    uses_ai: bool
    missing: tuple[str, ...] = ()  # headings of steps no source supported
    backend: str = "offline"
    notice: str | None = None

    @property
    def requests(self) -> list[Cited]:
        return [r for s in self.sections for r in s.requests]

    @property
    def notes(self) -> list[SourceNote]:
        """Footnotes in order of their markers."""
        out = []
        for s in self.sections:
            if s.lead is not None:
                out.append(s.lead.note)
            out.extend(r.note for r in s.requests)
        return out

    def to_markdown(self, lang: LetterLanguage = "en") -> str:
        """The letter as Markdown in English, Welsh ("cy"), or both ("both": the Welsh
        letter first, then the English one; each quotes its sources as they are written)."""
        if lang == "both":
            return f"{self._markdown('cy', 'cy').rstrip()}\n\n---\n\n{self._markdown('en', '')}"
        return self._markdown(lang, "cy" if lang == "cy" else "")

    def _markdown(self, lang: str, fn_prefix: str) -> str:
        inp = self.input
        welsh = cy_wording() if lang == "cy" else None
        fn = 0
        n = 0
        sections = []
        footnotes = []

        def words(c: Cited, field: str) -> str:
            """The wording in the letter's language (Welsh from topics.cy.yaml, else English).
            An employer's own step is its quote, as written, under its section and clause."""
            if c.key == OWN:
                return own_heading(c, "cymal" if welsh is not None else "clause") if field == "heading" else c.text
            if welsh is None:
                return str(getattr(c, field))
            key = field if field == "heading" else ("statement" if c.key in _LEADS else "request")
            return str(welsh["topics"].get(c.key, {}).get(key) or getattr(c, field))

        def note(c: Cited) -> str:
            nonlocal fn
            fn += 1
            footnotes.append(
                {
                    "fn": f"{fn_prefix}{fn}",
                    "quote": escape_md(" ".join(c.note.quote.split())),
                    "title": escape_md(c.note.title),
                    "location": escape_md(c.note.location_in(lang)),
                }
            )
            return f"{fn_prefix}{fn}"

        for s in self.sections:
            lead = {"text": escape_md(words(s.lead, "text")), "fn": note(s.lead)} if s.lead else None
            requests = []
            for r in s.requests:
                n += 1
                requests.append(
                    {"n": n, "heading": escape_md(words(r, "heading")), "text": escape_md(words(r, "text")), "fn": note(r)}
                )
            heading = welsh["groups"].get(s.key, s.heading) if welsh is not None else s.heading
            sections.append({"heading": escape_md(heading), "lead": lead, "requests": requests, "own": s.key == OWN})
        return render(
            "letters/consultation_letter.md.j2",
            lang=lang,
            technology=escape_md(inp.technology),
            employer=escape_md(inp.employer),
            department=escape_md(inp.department),
            union=escape_md(inp.union),
            rep=escape_md(inp.rep),
            date=escape_md(welsh_date(inp.date) if lang == "cy" else inp.date),
            notes=[escape_md(p) for p in inp.notes.split("\n\n") if p.strip()],
            sections=sections,
            footnotes=footnotes,
            wpc=any(s.key != OWN for s in self.sections),
        ) + "\n"

    def to_docx(self, path: str | Path, lang: LetterLanguage = "en") -> Path:
        title = ("Cais am ymgynghoriad: " if lang != "en" else "Request for consultation: ") + self.input.technology
        return markdown_to_docx(self.to_markdown(lang), path, title=title)

    def to_json(self) -> str:
        data = self.model_dump(mode="json")
        data["markdown"] = self.to_markdown()
        return json.dumps(data, indent=2, ensure_ascii=False)

    def filename(self, suffix: str) -> str:
        return f"consultation-letter-{slug(self.input.employer)}-{slug(self.input.technology)}{suffix}"


def slug(text: str, limit: int = 40) -> str:
    s = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return s[:limit].strip("-") or "draft"


def chosen_documents(kb: KnowledgeBase, doc_ids: tuple[str, ...] | list[str] | None) -> tuple[str, ...]:
    """The ids of documents chosen to be cited, checked against the index."""
    chosen = tuple(dict.fromkeys(d.strip() for d in (doc_ids or ()) if d and d.strip()))
    if chosen:
        known = {s.doc_id for s in kb.sources()}
        unknown = [d for d in chosen if d not in known]
        if unknown:
            raise LetterError(f"No indexed document '{unknown[0]}'. Choose one of the documents listed, or add it first.")
    return chosen


def draft_letter(
    inp: LetterInput,
    kb: KnowledgeBase | None = None,
    settings: Settings | None = None,
    doc_ids: tuple[str, ...] | list[str] = (),
) -> Letter:
    """The letter for these fields, from the obligations the sources support; with
    `doc_ids`, also the commitments those documents (the employer's own) make."""
    from assistant.settings import get_settings
    from assistant.store.knowledge_base import get_kb

    settings = settings or (kb.settings if kb is not None else get_settings())
    kb = kb or get_kb(settings)
    if kb.is_empty():
        raise LetterError("No documents are indexed yet, so there is nothing to cite. Run: python -m assistant ingest")
    chosen = chosen_documents(kb, doc_ids)
    obligations = find_obligations(kb, settings)
    uses_ai = inp.ai == "yes" or (inp.ai == "auto" and involves_ai(inp.technology, inp.notes))
    sections: list[LetterSection] = []
    missing: list[str] = []
    for group, heading in obligations.topics.groups.items():
        if group == "ai" and not uses_ai:
            continue
        lead: Cited | None = None
        requests: list[Cited] = []
        for topic in obligations.topics.topics:
            if topic.group != group:
                continue
            found = obligations.found.get(topic.key)
            if topic.role == "lead":
                lead = found.cite(topic.statement) if found else None
            elif topic.request:
                if found is None:
                    missing.append(topic.heading)
                else:
                    requests.append(found.cite(topic.request))
        if requests:
            sections.append(LetterSection(key=group, heading=heading, lead=lead, requests=tuple(requests)))
    notices = []
    if chosen:
        own = own_commitments(kb, chosen, inp.technology, settings)
        if own:
            sections.append(LetterSection(key=OWN, heading=OWN_HEADING, requests=tuple(own)))
        else:
            notices.append("The documents you chose set no steps for introducing a technology, so none of them is quoted.")
    if not sections:
        if chosen:
            raise LetterError(
                "The documents you chose set no steps for introducing a technology, and no indexed document supports "
                "the WPC's consultation steps, so no cited letter can be drafted."
            )
        raise LetterError(
            "None of the indexed documents supports the consultation steps, so no cited letter can be drafted. "
            "Ingest the built-in knowledge folder (python -m assistant ingest) or the WPC agreement."
        )
    if missing:
        notices.append(f"No indexed source supports these steps, so they are left out: {', '.join(missing)}.")
    if settings.backend != "offline":
        notices.append("Letters are drafted offline from the cited sources; the language model is not used for them.")
    return Letter(
        input=inp,
        sections=tuple(sections),
        uses_ai=uses_ai,
        missing=tuple(missing),
        notice=" ".join(notices) or None,
    )


def check_draft(markdown: str) -> list[str]:
    """Problems in an edited draft: a step whose wording its note's quote no
    longer supports, or a footnote marker with no note. Empty when all is well.
    """
    blocks, notes = parse_markdown(markdown)
    problems = []
    for block in blocks:
        refs = [r.footnote for r in block.runs if r.footnote is not None]
        if not refs:
            continue
        # The wording is the plain text after the bold label ("**Early consultation.**").
        runs = list(block.runs)
        while runs and runs[0].bold and runs[0].footnote is None:
            runs.pop(0)
        text = "".join(r.text for r in runs if r.footnote is None).strip()
        label = f"Step {block.number}" if block.number else "A cited sentence"
        text = english_wording(text)  # a Welsh step is checked through the English wording it translates
        for ref in refs:
            if ref not in notes:
                problems.append(f"{label} cites note [^{ref}], which is missing.")
                continue
            m = _QUOTED.search("".join(r.text for r in notes[ref]))
            if m is None or not supports(text, m.group(1)):
                problems.append(f"{label} is no longer supported by the passage its note [^{ref}] quotes.")
    return problems
