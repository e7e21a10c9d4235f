"""Consultation letters and obligation checklists, as a rep or manager gets them.

Everything runs on the session's real index of the built-in corpus. The Word
file is opened with python-docx and its footnotes part is read as XML, so the
checks are on what Word would show.
"""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import docx
import pytest
from lxml import etree
from markdown_it import MarkdownIt

from assistant.answer.citations import supports
from assistant.letters.checklist import (
    CSV_COLUMNS,
    Checklist,
    ChecklistItem,
    build_checklist,
    parse_csv,
)
from assistant.letters.docx import unescape_md
from assistant.letters.letter import Letter, LetterError, check_draft, draft_letter, letter_input
from assistant.letters.obligations import Cited, find_obligations

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
EMPLOYER = "Cyngor Sir Enghraifft"
TECHNOLOGY = "robotic process automation for invoice processing"
# The five steps of the WPC agreement, in the words a rep would look for.
FIVE_STEPS = {
    "early consultation": r"early stage",
    "early notice of restructuring or redeployment": r"early notice.*restructure.*redeploy",
    "training": r"training and development",
    "risk and equality impact assessments": r"risk and equality impact assessments",
    "review of the impact on employment rights": r"impact of this technology on employment rights",
}
AI_STEPS = ("checks and balances", "post-adoption evaluation", "responsible implementation")


@pytest.fixture(scope="module")
def letter(kb) -> Letter:
    inp = letter_input(
        employer=EMPLOYER,
        technology=TECHNOLOGY,
        department="staff in Revenues and Benefits",
        union="UNISON",
        rep="Alex Jones",
        date="3 March 2025",
    )
    return draft_letter(inp, kb)


def footnotes(path: Path) -> dict[int, str]:
    document = docx.Document(str(path))
    part = next(r.target_part for r in document.part.rels.values() if r.reltype.endswith("/footnotes"))
    root = etree.fromstring(part.blob)
    return {
        int(fn.get(f"{W}id")): "".join(t.text or "" for t in fn.iter(f"{W}t")).strip()
        for fn in root.iter(f"{W}footnote")
        if int(fn.get(f"{W}id")) > 0
    }


def refs_in(paragraph) -> list[int]:
    return [int(r.get(f"{W}id")) for r in paragraph._p.iter(f"{W}footnoteReference")]


def source_of(note: str, kb) -> tuple[str, str]:
    """(quoted text, doc_id) of a footnote “quote” — Title, section …"""
    m = re.match(r"^“(.+)” — (.+)$", note)
    assert m, note
    quote, rest = m.groups()
    doc = next((s for s in kb.sources() if rest.startswith(s.title)), None)
    assert doc is not None, f"footnote names no indexed document: {note}"
    return quote, doc.doc_id


def test_the_word_letter_names_employer_and_technology_and_cites_each_wpc_step(letter, kb, tmp_path):
    path = letter.to_docx(tmp_path / "letter.docx")
    document = docx.Document(str(path))
    body = "\n".join(p.text for p in document.paragraphs)
    assert EMPLOYER in body and TECHNOLOGY in body
    headings = [p for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert headings and TECHNOLOGY in headings[0].text
    assert any("WPC agreement" in h.text for h in headings[1:])

    notes = footnotes(path)
    numbered = [p for p in document.paragraphs if re.match(r"^\d+\.\t", p.text)]
    for step, pattern in FIVE_STEPS.items():
        hits = [p for p in numbered if re.search(pattern, p.text, re.I)]
        assert len(hits) == 1, f"step '{step}' should appear once as a numbered request"
        ids = refs_in(hits[0])
        assert len(ids) == 1 and ids[0] in notes, f"step '{step}' has no footnote"

    # Every footnote quotes its source word for word, and says where in it.
    assert len(notes) == len(letter.notes) >= 5
    for note in notes.values():
        quote, doc_id = source_of(note, kb)
        assert quote in kb.document_text(doc_id), note
        assert "section “" in note or "para " in note, f"footnote gives no place in the source: {note}"


def test_every_request_is_supported_by_the_passage_its_note_quotes(letter, kb):
    for cited in [*letter.requests, *(s.lead for s in letter.sections if s.lead)]:
        assert supports(cited.text, cited.note.quote), cited
        text = kb.document_text(cited.note.doc_id)
        assert text[cited.note.start : cited.note.end] == cited.note.quote


def test_a_note_that_does_not_support_its_request_is_rejected(kb):
    found = find_obligations(kb).found
    training, notice = found["training"], found["early_notice"]
    with pytest.raises(ValueError, match="does not support"):
        training.cite(notice.topic.request)
    with pytest.raises(ValueError, match="does not support"):
        Cited(key="x", text="Employees may refuse any overtime without notice.", note=training.note)
    # The right pairing is accepted.
    assert training.cite(training.topic.request).note == training.note


def test_an_edited_draft_is_checked_against_its_notes(letter):
    md = letter.to_markdown()
    assert check_draft(md) == []
    request = letter.requests[1].text
    edited = md.replace(request, "Pay every member of staff a bonus of £500 this year.")
    problems = check_draft(edited)
    assert len(problems) == 1 and "Step 2" in problems[0]


def test_ai_guidance_is_added_for_an_ai_technology_only(kb):
    ai_letter = draft_letter(letter_input(EMPLOYER, "an AI chatbot for housing enquiries"), kb)
    md = ai_letter.to_markdown().lower()
    for step in AI_STEPS:
        assert step in md
    ai_notes = [n for n in ai_letter.notes if "AI" in n.title or "artificial intelligence" in n.quote]
    assert ai_notes, "the AI requests should cite the WPC AI guidance"
    assert ai_letter.uses_ai

    rpa = draft_letter(letter_input(EMPLOYER, "robotic process automation"), kb)
    assert not rpa.uses_ai and "checks and balances" not in rpa.to_markdown().lower()
    forced = draft_letter(letter_input(EMPLOYER, "robotic process automation", ai="yes"), kb)
    assert "checks and balances" in forced.to_markdown().lower()


def test_template_code_and_markup_in_the_form_appear_literally(kb, tmp_path):
    inp = letter_input(
        employer="{{ 7*7 }} County Council",
        technology="<script>alert('x')</script> rota planner",
        department="{% for x in range(3) %}loop{% endfor %}",
        union="**Bold** [link](http://example.com)",
        rep="{{ config }}",
        notes="# Not a heading\n\n1. not a list\n\n<img src=x onerror=alert(1)>",
    )
    letter = draft_letter(inp, kb)
    md = letter.to_markdown()
    assert "49" not in md and "looploop" not in md

    # What a Markdown reader shows: the text as typed, no tags, links or headings from input.
    html = MarkdownIt("commonmark").render(md)
    assert "{{ 7*7 }} County Council" in html
    assert "&lt;script&gt;alert('x')&lt;/script&gt; rota planner" in html
    assert "<script" not in html and "<img" not in html and 'href="http' not in html
    assert "<h1>Not a heading" not in html and "# Not a heading" in html
    assert "**Bold** [link](http://example.com)" in html
    assert "{% for x in range(3) %}loop{% endfor %}" in unescape_md(md)

    path = letter.to_docx(tmp_path / "injected.docx")
    text = "\n".join(p.text for p in docx.Document(str(path)).paragraphs)
    for typed in (
        "{{ 7*7 }} County Council",
        "<script>alert('x')</script> rota planner",
        "{{ config }}",
        "{% for x in range(3) %}loop{% endfor %}",
        "**Bold** [link](http://example.com)",
        "<img src=x onerror=alert(1)>",
    ):
        assert typed in text, typed
    assert "49" not in text


def test_bad_form_input_gets_one_clear_message(kb):
    with pytest.raises(LetterError, match="employer"):
        letter_input("   ", TECHNOLOGY)
    with pytest.raises(LetterError, match="technology"):
        letter_input(EMPLOYER, "")
    with pytest.raises(LetterError, match="limit is 200"):
        letter_input("x" * 201, TECHNOLOGY)
    assert letter_input("Acme\x00\nCouncil", "RPA\u202e").employer == "Acme Council"


def test_the_checklist_csv_round_trips_grouped_before_during_after(kb):
    checklist = build_checklist("robotic process automation", kb)
    text = checklist.to_csv()
    rows = list(csv.DictReader(io.StringIO(text)))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert len(rows) == len(checklist.items) >= 8
    expected = checklist.rows()
    for got, want in zip(rows, expected, strict=True):
        assert got["item"] == want.item and got["quote"] == want.quote and got["phase"] == want.phase
        assert got["done"] == ""
        assert got["quote"] in kb.document_text(got["doc_id"])
        assert supports(got["item"], got["quote"])
    phases = [r["phase"] for r in rows]
    assert phases == sorted(phases, key=["before", "during", "after"].index)
    assert {"before", "during", "after"} <= set(phases)
    assert parse_csv(text) == expected

    # A manager ticks a step in a spreadsheet; reading it back keeps the tick.
    ticked = text.replace(",,", ",x,", 1)
    assert parse_csv(ticked)[0].done and not parse_csv(ticked)[1].done

    md = checklist.to_markdown()
    assert "| Done | Step | Source |" in md and md.count("☐") == len(rows)
    for heading in ("Before", "While", "After"):
        assert f"## {heading}" in md


def test_steps_that_rest_on_one_passage_quote_it_once(kb):
    checklist = build_checklist("an AI chatbot for HR queries", kb, ai="yes")
    rows = checklist.rows()
    quotes = [r.quote for r in rows]
    shared = {q for q in quotes if quotes.count(q) > 1}
    assert shared, "the AI guidance names three steps in one sentence"
    md = checklist.to_markdown()
    for q in shared:
        assert md.count(q) == 1
        first = next(r.item for r in rows if r.quote == q)
        assert md.count(f"The same passage as “{first}”") == quotes.count(q) - 1
    assert len(rows) == len(set(r.item for r in rows)) and md.count("☐") == len(rows)


def test_a_spreadsheet_never_runs_a_quoted_formula(kb):
    note = find_obligations(kb).found["training"].note
    planted = note.model_copy(update={"quote": "=HYPERLINK(\"x\") Training and development is made available"})
    item = ChecklistItem(phase="during", cited=Cited(key="training", text="Make training and development available.", note=planted))
    checklist = Checklist(technology="RPA", uses_ai=False, items=(item,))
    row = next(csv.DictReader(io.StringIO(checklist.to_csv())))
    assert row["quote"].startswith("'=")
    assert parse_csv(checklist.to_csv())[0].quote == planted.quote


def test_cli_writes_letter_and_checklist(corpus_settings, monkeypatch, tmp_path, capsys):
    from assistant.cli.main import main
    from assistant.settings import get_settings

    monkeypatch.setenv("LLAIS_DATA_DIR", str(corpus_settings.data_dir))
    get_settings.cache_clear()
    try:
        out = tmp_path / "letter.docx"
        assert main(["letter", "--employer", EMPLOYER, "--technology", TECHNOLOGY, "--out", str(out)]) == 0
        assert len(footnotes(out)) >= 5
        assert "5 cited requests" in capsys.readouterr().out
        assert main(["letter", "--employer", EMPLOYER, "--technology", "AI triage", "--json"]) == 0
        data = json.loads(capsys.readouterr().out)
        assert data["uses_ai"] and EMPLOYER in data["markdown"]
        assert main(["checklist", "--technology", "RPA", "--out", str(tmp_path / "c.csv")]) == 0
        assert parse_csv((tmp_path / "c.csv").read_text(encoding="utf-8"))
        capsys.readouterr()
        assert main(["letter", "--employer", " ", "--technology", "RPA"]) == 2
        err = capsys.readouterr().err
        assert err.strip() == "error: Please give the employer's name."
        assert main(["checklist", "--technology", "RPA", "--out", "c.pdf"]) == 2
        assert "must end in .csv or .md" in capsys.readouterr().err
    finally:
        get_settings.cache_clear()


def test_an_empty_index_gives_a_clear_message(fresh_settings):
    from assistant.service import get_kb

    with pytest.raises(LetterError, match="No documents are indexed"):
        draft_letter(letter_input(EMPLOYER, TECHNOLOGY), get_kb(fresh_settings), fresh_settings)


@pytest.mark.parametrize(
    ("technology", "is_ai"),
    [
        ("an AI chatbot", True),
        ("algorithmic rota planning", True),
        ("Microsoft Copilot", True),
        ("robotic process automation", False),
        ("AIR quality sensors", False),
        ("new laptops for flexible working", False),
    ],
)
def test_which_technologies_bring_in_the_ai_guidance(technology, is_ai):
    from assistant.letters.obligations import involves_ai

    assert involves_ai(technology) is is_ai


def test_with_a_language_model_configured_the_letter_says_it_was_filled_offline(kb, corpus_settings):
    settings = corpus_settings.model_copy(update={"backend": "openai"})
    letter = draft_letter(letter_input(EMPLOYER, TECHNOLOGY), kb, settings)
    assert letter.backend == "offline" and "language model is not used" in (letter.notice or "")


def test_a_long_edited_draft_converts_in_linear_work(monkeypatch) -> None:
    # A 5 MB draft kept a core busy for minutes: each piece of a paragraph was
    # appended to a growing string. Each run's text is now joined once.
    from assistant.letters import docx as letter_docx

    sets = 0
    original = letter_docx.Run.__setattr__

    def counting(self, name, value):  # noqa: ANN001
        nonlocal sets
        if name == "text":
            sets += 1
        original(self, name, value)

    monkeypatch.setattr(letter_docx.Run, "__setattr__", counting)
    text = "word [x] and \\* star " * 5000
    runs = letter_docx.parse_inline(text)
    assert "".join(r.text for r in runs) == letter_docx.unescape_md(text)
    assert sets <= 2 * len(runs), f"{sets} writes for {len(runs)} runs"
