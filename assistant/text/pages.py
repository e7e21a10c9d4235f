"""Pages of a paged document (PDF): running headers and footers, and where each
page begins in the cleaned text.

*Page furniture* is a line among the first or last `EDGE_LINES` of a page that
repeats, with its page number ignored, on at least half of the pages ("ACME Ltd —
Confidential", "Page 3 of 12"), or a bare page number ("3", "- 3 -", "Page 3").
Other numbers are compared: the first row of a table on each page ("Record type
36") is not a header.
It is dropped before cleaning, so it never splits a clause or lands in a chunk.

Cleaning re-flows lines and drops furniture, so page boundaries can't be carried
through it as offsets. `page_starts` finds each page again in the cleaned text:
the first of its lines that can still be found (compared without white space),
searching forward from the previous page's start.

Left out: two-column layouts (pypdf's text order is kept as it is).
"""

from __future__ import annotations

import re
from collections import Counter

from assistant.text.clean import normalise, reflow
from assistant.text.markers import standard_bullets

EDGE_LINES = 2
_PAGE_NUMBER = re.compile(r"^(?:page\s*)?[-–—(\[]?\s*\d{1,4}\s*[-–—)\]]?(?:\s*(?:of|/)\s*\d{1,4})?$", re.I)
_FIND_CHARS = 40  # length of the text searched for to find a page again


PAGE_SLACK = 2  # a printed page number may be this far from the page's place (an unnumbered cover)


def _key(line: str, page: int) -> str:
    """The line compared across pages: its page number (a number near the page's place) ignored.
    Other numbers count: "Record type 36" and "Record type 73", the rows of a table that runs
    over the pages, are not a running header."""
    def number(m: re.Match[str]) -> str:
        return "#" if abs(int(m.group()) - page) <= PAGE_SLACK else m.group()

    return re.sub(r"\d{1,4}", number, " ".join(line.split()).lower())


def drop_furniture(pages: list[str]) -> list[str]:
    """Each page without its running header, footer and page number lines."""
    # A blank line inside a page is kept (it ends a paragraph or sets a table apart); the edges
    # are its first and last lines of text.
    split = [standard_bullets(p).strip("\n").split("\n") for p in pages]
    edges = [[i for i, ln in enumerate(lines) if ln.strip()] for lines in split]
    edges = [idx[:EDGE_LINES] + idx[-EDGE_LINES:] if len(idx) > 2 * EDGE_LINES else idx for idx in edges]
    counts: Counter[str] = Counter()
    for page, (lines, idx) in enumerate(zip(split, edges, strict=True), 1):
        counts.update({_key(lines[i], page) for i in idx})
    need = max(2, (len(pages) + 1) // 2)
    repeated = {k for k, n in counts.items() if n >= need}
    out = []
    for page, (lines, idx) in enumerate(zip(split, edges, strict=True), 1):
        at_edge = set(idx)
        keep = [ln for i, ln in enumerate(lines) if not (i in at_edge and _furniture(ln, repeated, page))]
        out.append("\n".join(reflow(keep)).strip("\n"))
    return out


def _furniture(line: str, repeated: set[str], page: int) -> bool:
    return _key(line, page) in repeated or _PAGE_NUMBER.match(line.strip()) is not None


def page_starts(cleaned: str, pages: list[str]) -> list[int]:
    """Offsets in `cleaned` where pages 2, 3, … begin (a page not found begins
    where the one before it did; a page with no text, a blank page or a hidden slide,
    begins where the next page does, so it holds nothing and the pages around it keep
    their numbers)."""
    squashed, where = [], []
    for i, ch in enumerate(cleaned):
        if not ch.isspace():
            squashed.append(ch)
            where.append(i)
    flat = "".join(squashed)
    starts: list[int] = []
    blank: list[int] = []  # the blank pages since the last page found
    at = 0  # position in `flat` of the previous page's start
    for page in pages[1:]:
        if not "".join(page.split()):
            blank.append(len(starts))
            starts.append(0)
            continue
        found = None
        for line in normalise(page).split("\n"):
            probe = "".join(line.split())[:_FIND_CHARS]
            if len(probe) < 8:
                continue
            i = flat.find(probe, at)
            if i >= 0:
                found = i
                break
        if found is not None:
            at = found
        starts.append(where[at] if at < len(where) else len(cleaned))
        for b in blank:
            starts[b] = starts[-1]
        blank = []
    for b in blank:
        starts[b] = len(cleaned)
    return starts
