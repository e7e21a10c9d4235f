"""Small makers of Word and PDF documents, shared by the employer documents eval set (`employer_documents.py`,
`employer_batch_16.py`, `employer_batch_agreements.py`) and the tests' documents (`tests/documents.py`): one way
to write a headed Word document, a Word table, a sectioned PDF, a PDF of clauses drawn line by line and a slide of
bullets, so the eval set and the tests read documents made the same way.

Left out: anything a document needs beyond headings, paragraphs (in any Word style: "List Bullet", "List Number"),
tables and running page furniture; the documents that need more are made in place.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any


def word_table(d: Any, rows: Sequence[Sequence[str]]) -> None:
    """A Word table of `rows` (the first its headings), added at the end of `d`, a python-docx Document."""
    table = d.add_table(rows=len(rows), cols=len(rows[0]))
    for i, row in enumerate(rows):
        for j, cell in enumerate(row):
            table.cell(i, j).text = cell


# What a section of `headed_docx` holds, in order: a paragraph; a paragraph in a named Word style ("List Bullet");
# or a table, as its rows (the first its headings).
DocxBlock = str | tuple[str, str] | list[tuple[str, ...]]


def headed_docx(path: Path, title: str, sections: Sequence[tuple[str, Sequence[DocxBlock]]], intro: str = "") -> Path:
    """A Word document (python-docx) of its title, an optional line under it, and sections: each a Heading 1 over
    its paragraphs, styled paragraphs and tables."""
    import docx

    d = docx.Document()
    d.add_heading(title, 0)
    if intro:
        d.add_paragraph(intro)
    for heading, blocks in sections:
        d.add_heading(heading, 1)
        for block in blocks:
            if isinstance(block, str):
                d.add_paragraph(block)
            elif isinstance(block, tuple):
                d.add_paragraph(block[0], style=block[1])
            else:
                word_table(d, block)
    d.save(str(path))
    return path


def sectioned_pdf(path: Path, name: str, intro: str, sections: list[tuple[str, list[str]]], **doc: Any) -> Path:
    """A PDF (reportlab) of its name set as a title, a line under it, and sections: each a heading set larger than
    the text (Heading2) over its paragraphs. `doc`: SimpleDocTemplate's options (page size, metadata title)."""
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    styles = getSampleStyleSheet()
    story = [Paragraph(name, styles["Title"]), Paragraph(intro, styles["BodyText"])]
    for heading, paragraphs in sections:
        story.append(Paragraph(heading, styles["Heading2"]))
        story += [Paragraph(p, styles["BodyText"]) for p in paragraphs]
    SimpleDocTemplate(str(path), **doc).build(story)
    return path


def clauses_pdf(path: Path, title: str, running: str, clauses: list[tuple[str, list[str]]]) -> Path:
    """A PDF drawn line by line (reportlab's canvas), as a word processor prints one: a title, then each clause
    heading in bold over its paragraphs, wrapped to the page's width so sentences break mid-line; `running` at
    the top of every page and "Page N" at its foot."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    w, h = A4
    page = 1

    def furniture() -> None:
        c.setFont("Helvetica", 8)
        c.drawString(50, h - 30, running)
        c.drawString(50, 30, f"Page {page}")

    furniture()
    y = h - 70
    c.setFont("Helvetica-Bold", 14)
    c.drawString(50, y, title)
    y -= 30
    def room(needed: float) -> None:  # a new page when less than `needed` is left above the foot
        nonlocal page, y
        if y < needed:
            c.showPage()
            page += 1
            furniture()
            y = h - 70

    for heading, paragraphs in clauses:
        room(140)
        c.setFont("Helvetica-Bold", 11)
        c.drawString(50, y, heading)
        y -= 18
        for paragraph in paragraphs:
            for line in simpleSplit(paragraph, "Helvetica", 10, w - 100):
                room(60)
                c.setFont("Helvetica", 10)
                c.drawString(50, y, line)
                y -= 14
            y -= 6
        y -= 8
    c.save()
    return path


def bulleted_slide(prs: Any, title: str, bullets: Sequence[str]) -> None:
    """A "Title and Content" slide of `title` over its bullets, added to `prs`, a python-pptx Presentation."""
    slide = prs.slides.add_slide(prs.slide_layouts[1])
    slide.shapes.title.text = title
    frame = slide.placeholders[1].text_frame
    frame.text = bullets[0]
    for b in bullets[1:]:
        frame.add_paragraph().text = b
