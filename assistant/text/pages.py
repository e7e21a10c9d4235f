"""Pages of a paged document (PDF): running headers and footers, and where each
page begins in the cleaned text.

*Page furniture* is a line among the first or last `EDGE_LINES` of a page that
repeats, with its digits ignored, on at least half of the pages ("ACME Ltd —
Confidential", "Page 3 of 12"), or a bare page number ("3", "- 3 -", "Page 3").
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

EDGE_LINES = 2
_PAGE_NUMBER = re.compile(r"^(?:page\s*)?[-–—(\[]?\s*\d{1,4}\s*[-–—)\]]?(?:\s*(?:of|/)\s*\d{1,4})?$", re.I)
_FIND_CHARS = 40  # length of the text searched for to find a page again


def _key(line: str) -> str:
    return re.sub(r"\d+", "#", " ".join(line.split()).lower())


def drop_furniture(pages: list[str]) -> list[str]:
    """Each page without its running header, footer and page number lines."""
    split = [[ln for ln in p.split("\n") if ln.strip()] for p in pages]
    counts: Counter[str] = Counter()
    for lines in split:
        edge = {_key(ln) for ln in lines[:EDGE_LINES] + lines[-EDGE_LINES:]}
        counts.update(edge)
    need = max(2, (len(pages) + 1) // 2)
    repeated = {k for k, n in counts.items() if n >= need}
    out = []
    for lines in split:
        top, body, bottom = lines[:EDGE_LINES], lines[EDGE_LINES:-EDGE_LINES], lines[-EDGE_LINES:]
        if len(lines) <= 2 * EDGE_LINES:
            top, body, bottom = lines, [], []
        keep = [ln for ln in top if not _furniture(ln, repeated)]
        keep += body
        keep += [ln for ln in bottom if not _furniture(ln, repeated)]
        out.append("\n".join(reflow(keep)))
    return out


def _furniture(line: str, repeated: set[str]) -> bool:
    return _key(line) in repeated or _PAGE_NUMBER.match(line.strip()) is not None


def page_starts(cleaned: str, pages: list[str]) -> list[int]:
    """Offsets in `cleaned` where pages 2, 3, … begin (a page not found begins
    where the one before it did)."""
    squashed, where = [], []
    for i, ch in enumerate(cleaned):
        if not ch.isspace():
            squashed.append(ch)
            where.append(i)
    flat = "".join(squashed)
    starts: list[int] = []
    at = 0  # position in `flat` of the previous page's start
    for page in pages[1:]:
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
    return starts
