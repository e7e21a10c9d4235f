"""Pages of a paged document (PDF): running headers and footers, and where each
page begins in the cleaned text.

*Page furniture* is a line among the first or last `EDGE_LINES` of a page that
repeats on at least half of the pages ("ACME Ltd — Confidential", "Page 3 of 12",
"Procedure - Version 2.1"), or a bare page number ("3", "- 3 -", "Page 3"). Each
number in it is the same on those pages ("2.1") or is the page's number ("3"); the
first row of a table on each page ("Record type 36", "Record type 73") is neither,
so it is not a header.
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
from typing import Literal

from assistant.text.clean import drop_contents, normalise, reflow
from assistant.text.markers import standard_bullets

EDGE_LINES = 2
_PAGE_NUMBER = re.compile(r"^(?:page\s*)?[-–—(\[]?\s*\d{1,4}\s*[-–—)\]]?(?:\s*(?:of|/)\s*\d{1,4})?$", re.I)
_FIND_CHARS = 40  # length of the text searched for to find a page again
# A page's text that ends here ends a sentence; one that doesn't runs on to the next page
# ("…the Head of Service must" / "notify the recognised trade unions…").
ENDS_SENTENCE = re.compile(r"[.!?:;…”\"')\]]\s*$")


PAGE_SLACK = 2  # a printed page number may be this far from the page's place (an unnumbered cover)


_NUMBER = re.compile(r"\d{1,4}")


def _shape(line: str) -> tuple[str, tuple[int, ...]]:
    """The line with its numbers masked, and the numbers: lines compared across pages."""
    squashed = " ".join(line.split()).lower()
    return _NUMBER.sub("#", squashed), tuple(int(n) for n in _NUMBER.findall(squashed))


# What a number in a running header or footer is: the same on every page ("Version 2.1"), or
# the page's own number at a fixed offset from its place ("Page 3 of 12"; the offset is -1 when
# an unnumbered cover comes first).
_Rule = tuple[Literal["same", "page"], int]


def _running(seen: list[tuple[int, tuple[int, ...]]], need: int) -> list[_Rule] | None:
    """For a line shape seen on these (page, numbers), what each of its numbers is in a running
    header or footer. None when the shape is not furniture: the rows of a table that runs over
    the pages ("Record type 36", "Record type 73") have a number that is neither."""
    if len({page for page, _ in seen}) < need:
        return None
    rules: list[_Rule] = []
    for j in range(len(seen[0][1])):
        value, n = Counter(numbers[j] for _, numbers in seen).most_common(1)[0]
        offset, m = Counter(numbers[j] - page for page, numbers in seen).most_common(1)[0]
        if n >= need:
            rules.append(("same", value))
        elif m >= need and abs(offset) <= PAGE_SLACK:
            rules.append(("page", offset))
        else:
            return None
    return rules


def drop_furniture(pages: list[str]) -> list[str]:
    """Each page without its running header, footer and page number lines."""
    # A blank line inside a page is kept (it ends a paragraph or sets a table apart); the edges
    # are its first and last lines of text.
    split = [standard_bullets(p).strip("\n").split("\n") for p in pages]
    edges = [[i for i, ln in enumerate(lines) if ln.strip()] for lines in split]
    edges = [idx[:EDGE_LINES] + idx[-EDGE_LINES:] if len(idx) > 2 * EDGE_LINES else idx for idx in edges]
    seen: dict[str, list[tuple[int, tuple[int, ...]]]] = {}
    for page, (lines, idx) in enumerate(zip(split, edges, strict=True), 1):
        for shape, numbers in {_shape(lines[i]) for i in idx}:
            seen.setdefault(shape, []).append((page, numbers))
    need = max(2, (len(pages) + 1) // 2)
    running = {shape: r for shape, pages_seen in seen.items() if (r := _running(pages_seen, need)) is not None}
    out = []
    for page, (lines, idx) in enumerate(zip(split, edges, strict=True), 1):
        at_edge = set(idx)
        keep = [ln for i, ln in enumerate(lines) if not (i in at_edge and _furniture(ln, running, page))]
        out.append("\n".join(reflow(drop_contents(keep))).strip("\n"))
    return out


def _furniture(line: str, running: dict[str, list[_Rule]], page: int) -> bool:
    if _PAGE_NUMBER.match(line.strip()):
        return True
    shape, numbers = _shape(line)
    rules = running.get(shape)
    return rules is not None and all(
        n == (value if kind == "same" else page + value) for n, (kind, value) in zip(numbers, rules, strict=True))


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
        lines = normalise(page).split("\n")
        for k, line in enumerate(lines):
            probe = "".join(line.split())[:_FIND_CHARS]
            if len(probe) < 8:
                continue
            # The line with the lines after it first: a short heading ("1. Introduction") is
            # also in a table of contents or a cross-reference before its page.
            for text in ("".join("".join(lines[k:]).split())[:_FIND_CHARS], probe):
                i = flat.find(text, at)
                if i >= 0:
                    found = i
                    break
            if found is not None:
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
