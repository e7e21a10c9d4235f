"""Headings in a PDF: the lines set larger or bolder than the body, written as Markdown headings.

A PDF has no heading styles: pypdf's text gives "Do I have to use it?" as one more line between
paragraphs, so the answer under it is filed under no section, and a FAQ's "No." can't be told
from an answer to the question asked. Word, LibreOffice and reportlab set a heading larger than
the body, or bold at the body's size, on a line of its own. `mark_headings` is given the pieces
of a page's text as pypdf reads them (`NoteFinder` keeps them: text, size, height on the page,
font name), and writes a line as a heading ("## …" when larger, "### …" when bold at the
body's size) when all of it is set that way and it reads as a heading: at most `HEADING_WORDS`
words, not ending like a sentence (a question may), not a list item. A title is a heading like
the others, not one over them: the sections under it are filed by their own headings, as a
cover page's "Body Worn Video Procedure" is no part of "Appendix A: Glossary".

A numbered heading ("1. Purpose", "2.3 Retention") is not marked: the clause numbers make it one
(`ingest/split.py`), and marking it would hide its number from them; it is only set apart by a
blank line, as it stands apart on the page, for the splitter's rules to read it. A heading set in the
body's size and weight (in capitals, or after a blank line) is found by the splitter's own rules.
"""

from __future__ import annotations

import re
from collections import Counter

from assistant.ingest.pdf_notes import squash
from assistant.text.clauses import CLAUSE_START
from assistant.text.markers import is_list_item

HEADING_WORDS = 14  # a heading is short
LARGER = 1.15  # set at least this much larger than the body
_ENDS_SENTENCE = re.compile(r"[.;:,]$|[a-z]\.\W*$")


def _bold(font: str) -> bool:
    return re.search(r"bold|black|heavy|semibold|demi", font, re.I) is not None


def mark_headings(text: str, pieces: list[tuple[str, float, float, str]]) -> str:
    """The page's text with its heading lines written "## …" or "### …". `pieces`:
    (text, size on the page, height from the foot, font name), in the order pypdf read them."""
    sizes: Counter[float] = Counter()
    for piece, size, _y, _font in pieces:
        sizes[round(size, 1)] += len(piece.strip())
    if not sizes:
        return text
    body = sizes.most_common(1)[0][0]
    # The page's lines as pypdf set them: pieces at one height run together into one line.
    lines: list[list[tuple[str, float, str]]] = []
    last_y: float | None = None
    for piece, size, y, font in pieces:
        if not piece.strip():
            continue
        if last_y is None or abs(y - last_y) > max(size, 1.0) * 0.5 or not lines:
            lines.append([])
        lines[-1].append((piece, size, font))
        last_y = y
    kinds: dict[str, str] = {}  # a line's squashed text → its Markdown mark
    for parts in lines:
        said = squash("".join(p for p, _s, _f in parts))
        if not said:
            continue
        smallest = min(s for _p, s, _f in parts)
        if smallest >= body * LARGER:
            kinds.setdefault(said, "##")
        elif smallest >= body * 0.95 and all(_bold(f) for _p, _s, f in parts):
            kinds.setdefault(said, "###")
    if not kinds:
        return text
    out: list[str] = []
    source = text.split("\n")
    i = 0
    while i < len(source):
        line = source[i]
        s = line.strip()
        mark = kinds.get(squash(s))
        # A heading set over two lines ("Proposed restructure of Customer Services:" / "consultation
        # document") is one heading, judged whole: its first line alone ends like a sentence.
        following = source[i + 1].strip() if i + 1 < len(source) else ""
        if (mark is not None and following and kinds.get(squash(following)) == mark and not s.endswith(("?", "."))
                and not CLAUSE_START.match(s) and not CLAUSE_START.match(following) and not is_list_item(following)
                and len(f"{s} {following}".split()) <= HEADING_WORDS):
            s, i = f"{s} {following}", i + 1
            line = s
        i += 1
        if mark is not None and CLAUSE_START.match(s) and len(s.split()) <= HEADING_WORDS and out and out[-1].strip():
            # A numbered heading ("1. Why we are proposing changes") keeps its number for the splitter, which
            # reads it as a heading when it stands apart, as it does on the page: a blank line before it.
            out.extend(["", line])
            continue
        if (
            mark is None
            or len(s.split()) > HEADING_WORDS
            or (_ENDS_SENTENCE.search(s) and not s.endswith("?"))
            or is_list_item(s)
            or CLAUSE_START.match(s)
            or s.startswith("#")
        ):
            out.append(line)
            continue
        out.append(f"{mark} {s}")
    return "\n".join(out)
