"""Footnotes in a PDF: the small raised number in the text, and the note at the page's foot.

pypdf's text glues a footnote's reference to the word before it ("affects staff numbers1.",
so "numbers1" is a word no question has) and reads the notes where the page draws them,
at its foot (or, for some writers, first), where they cut a paragraph that runs on to the
next page in two. `NoteFinder` is given every piece of text pypdf reads, with its size and
place (pypdf's `visitor_text`), and tells them apart by general rules:

- the body's size is the size most of the page's characters are set in;
- a note is text set smaller than that (at most `NOTE_SIZE` of it) below the page's
  lowest line in the body's size: its lines leave the body and are written "Note 1: …";
- a reference is a number of one to three digits set smaller still (at most `MARK_SIZE`)
  right after a word in the body's size, on its line: it is dropped from that word.

`place_notes` then puts a page's notes at the end of its text, or, when its last paragraph
runs on to the next page, before that paragraph, so the page still ends mid-sentence and the
paragraph is joined again (`loaders.join_pages`).

Left out: notes set in the body's size (they can't be told from text), endnotes gathered at
the end of the document (they are ordinary text there), and references that are letters or
symbols ("*", "†").
"""

from __future__ import annotations

import math
import re
from collections import Counter
from typing import Any

from assistant.text.pages import ENDS_SENTENCE

NOTE_SIZE = 0.9  # a note is set at most this share of the body's size
MARK_SIZE = 0.8  # a reference mark at most this share
_MARK = re.compile(r"^\d{1,3}$")
_NOTE_START = re.compile(r"^(\d{1,3})\s*[.)]?\s+(?=\S)")


def squash(text: str) -> str:
    """The text without its spaces and line breaks: how two readings of one line are compared."""
    return "".join(text.split())


class NoteFinder:
    """pypdf's `visitor_text`, kept for one page: what of its text is a note or a reference."""

    def __init__(self) -> None:
        self.pieces: list[tuple[str, float, float]] = []  # (text, size on the page, height from the foot)
        self.note_lines: list[str] = []  # the lines of the page's text that are its notes, as read
        self.fonts: list[str] = []  # each piece's font name ("/Helvetica-Bold"), for `pdf_headings`

    def __call__(self, text: str, cm: Any, tm: Any, font: Any, size: float) -> None:
        if not text.strip():
            return
        a, b, c, d, e, f = (float(x) for x in tm)
        m = [a * cm[0] + b * cm[2], a * cm[1] + b * cm[3], c * cm[0] + d * cm[2], c * cm[1] + d * cm[3],
             e * cm[0] + f * cm[2] + cm[4], e * cm[1] + f * cm[3] + cm[5]]
        scale = math.sqrt(abs(m[0] * m[3] - m[1] * m[2]))
        self.pieces.append((text, float(size) * scale, m[5]))
        try:
            self.fonts.append(str(font.get("/BaseFont", "")) if font is not None else "")
        except Exception:  # a font pypdf can't describe is no heading's
            self.fonts.append("")

    def split(self, text: str) -> tuple[str, list[str]]:
        """(the page's text without its notes and reference marks, its notes as "Note 1: …")."""
        sizes: Counter[float] = Counter()
        for piece, size, _y in self.pieces:
            sizes[round(size, 1)] += len(piece.strip())
        if not sizes:
            return text, []
        body = sizes.most_common(1)[0][0]
        # The notes are set below the lowest line of the body's size.
        foot = min((y for _p, size, y in self.pieces if size > body * NOTE_SIZE), default=0.0)
        notes = squash("".join(p for p, size, y in self.pieces if size <= body * NOTE_SIZE and y < foot))
        marks: list[tuple[str, str]] = []  # (the word before a reference, its number)
        for (before, size_b, y_b), (piece, size, y) in zip(self.pieces, self.pieces[1:], strict=False):
            # A reference sits on a line of the body, just after a word set in the body's size.
            if size <= body * MARK_SIZE and _MARK.match(piece.strip()) and size_b > body * NOTE_SIZE and abs(y - y_b) < body:
                words = re.findall(r"[A-Za-z][A-Za-z’'-]*[A-Za-z]", before)
                if words:
                    marks.append((words[-1], piece.strip()))
        kept: list[str] = []
        found: list[str] = []
        in_note = False  # the line before was a note's
        for line in text.split("\n"):
            squashed = squash(line)
            small = bool(notes) and len(squashed) >= 3 and squashed in notes
            # A note starts with its number; a line after it, set the same way, carries it on.
            # Other small text at the foot (a source under a chart, a small table) stays.
            if small and _NOTE_START.match(line.strip()):
                found.append(_NOTE_START.sub(r"Note \1: ", line.strip()))
            elif small and in_note:
                found[-1] += " " + line.strip()
            else:
                in_note = False
                kept.append(line)
                continue
            in_note = True
            self.note_lines.append(line)
        out = "\n".join(kept)
        for word, number in marks:
            out = re.sub(rf"\b({re.escape(word)}){number}(?=[\s.,;:!?)’”]|$)", r"\1", out, count=1)
        return out, found


def place_notes(page: str, notes: list[str]) -> str:
    """The page with its notes after its text; before its last paragraph when that paragraph
    runs on to the next page (its last line ends mid-sentence), so it can be joined again."""
    if not notes:
        return page
    block = "\n".join(notes)
    body = page.rstrip()
    if not body:
        return block
    if ENDS_SENTENCE.search(body):
        return f"{body}\n\n{block}"
    cut = body.rfind("\n")  # the page's lines are its paragraphs, re-flowed
    if cut < 0:
        return f"{block}\n\n{body}"
    return f"{body[:cut]}\n\n{block}\n\n{body[cut:].lstrip()}"
