"""Where a span of a document is: its clause and its page, as people cite them.

The splitter records where each clause and each page begins (`Marks`: sorted
(offset, label) pairs). A span [a, b) is labelled with what is in force at a,
through the last label that begins before b: "7.2(b)", "7.2(b)–7.3", page "4" or
"4–5". A chunk keeps the marks that fall inside it (`encode`), so that a
citation of one sentence of the chunk names that sentence's own clause and
page (`refine`), not the whole chunk's.
"""

from __future__ import annotations

import json
from bisect import bisect_right

Marks = list[tuple[int, str]]  # (offset where it begins, label), sorted by offset


def label_at(marks: Marks, offset: int) -> str:
    """The label in force at `offset` ("" before the first mark, or after a mark
    whose label is "": e.g. an unnumbered heading after the last clause)."""
    i = bisect_right([o for o, _ in marks], offset)
    return marks[i - 1][1] if i else ""


def span_label(marks: Marks, a: int, b: int) -> str:
    """'X' or 'X–Y' for the span [a, b); "" when no mark covers it."""
    first = label_at(marks, a)
    inside = [label for o, label in marks if a < o < b and label]
    if not first:
        if not inside:
            return ""
        first, inside = inside[0], inside[1:]
    last = inside[-1] if inside else first
    return _range(first, last)


def _range(first: str, last: str) -> str:
    """"3.2" and "3.2(c)" → "3.2": a clause and its own lettered items are that clause,
    as people cite it; "1.1" and "1.2" → "1.1–1.2"."""
    return first if last == first or last.startswith(first + "(") else f"{first}–{last}"


def join_labels(first: str, second: str) -> str:
    """The label of two neighbouring spans joined ("5–5.3" and "5.4" → "5–5.4"; "4" and "4" → "4")."""
    if not first or not second:
        return first or second
    return _range(first.split("–")[0], second.split("–")[-1])


def encode(clauses: Marks, pages: Marks, a: int, b: int) -> str:
    """The marks of the span [a, b) relative to a, for a chunk to keep ("" if none)."""
    out: dict[str, list[tuple[int, str]]] = {}
    for key, marks in (("c", clauses), ("p", pages)):
        start = label_at(marks, a)
        rel = ([(0, start)] if start else []) + [(o - a, label) for o, label in marks if a < o < b]
        if rel:
            out[key] = rel
    return json.dumps(out, separators=(",", ":")) if out else ""


def refine(encoded: str, chunk_start: int, a: int, b: int) -> tuple[str, str]:
    """(clause, page) of [a, b), a span inside a chunk starting at chunk_start."""
    if not encoded:
        return "", ""
    try:
        data = json.loads(encoded)
    except ValueError:
        return "", ""
    def one(key: str) -> str:
        marks = [(int(o) + chunk_start, str(label)) for o, label in data.get(key, [])]
        return span_label(marks, a, b)

    return one("c"), one("p")


def item_quoted(encoded: str, chunk_start: int, spans: list[tuple[int, int]]) -> str:
    """The one item of a clause a quotation of its intro and that item names ("3(d)" of "…any information which …
    (d) is developed independently…"): "" unless the spans after the first all lie in one item of the first's clause."""
    if len(spans) < 2:
        return ""
    labels = [refine(encoded, chunk_start, a, b)[0] for a, b in spans]
    head, rest = labels[0], set(labels[1:])
    item = next(iter(rest)) if len(rest) == 1 else ""
    return item if head and item.startswith(head + "(") else ""
