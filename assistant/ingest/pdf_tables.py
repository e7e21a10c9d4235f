"""Tables in PDFs, read row by row.

pypdf's plain text gives a table one cell to a line:

    Record
    How long we keep it
    CCTV footage
    31 days

so "31 days" is found alone, and a reader can't tell what is kept for 31 days.
Its layout mode keeps the columns, a row to a line:

    Record            How long we keep it     Why
    CCTV footage      31 days                 Security of staff and buildings

A run of three or more such lines whose pieces (separated by three or more
spaces) start at the same columns is a table. Its rows replace its cells in the
plain text, as `loaders.table_lines` writes any table: "• Record: CCTV footage;
How long we keep it: 31 days; Why: Security of staff and buildings". A cell
that wraps onto a line of its own (only some columns filled, each where a column
starts) continues the row above. A table at the top of a page with as many
columns as the last one of the page before, and without its heading row, goes on
from it: its rows are named by that heading.

Only when the plain text holds the table's words in that same order, row after
row, are they replaced. Text in two columns of prose reads one column after the
other in the plain text, so it is never taken for a table, and nothing is lost
when a table can't be read.

Left out: tables whose columns don't line up in layout mode (rotated or nested
tables), and headings that span columns; they stay as plain text.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_PIECE = re.compile(r"\S+(?: {1,2}\S+)*")  # text with at most two spaces inside: one cell
MIN_LINES = 3  # a heading row and two more
MAX_CELL = 200  # characters: longer pieces are prose, not cells
TOLERANCE = 2  # characters a cell may start off its column
EDGE = 4  # lines of text (a running header or footer) a table running over a page may leave at its edges


def _pieces(line: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group()) for m in _PIECE.finditer(line)]


def _text_lines(lines: list[str]) -> int:
    return sum(1 for ln in lines if ln.strip())


def _column(starts: list[int], at: int) -> int | None:
    """The column a piece starting at `at` falls in, or None when it starts off every column."""
    near = [i for i, s in enumerate(starts) if abs(s - at) <= TOLERANCE]
    return near[0] if near else None



def tables(layout: str) -> list[tuple[int, int, list[list[str]]]]:
    """The tables of a page's layout-mode text: each as (how many lines of text come
    before it, how many after it, its rows of cells)."""
    lines = layout.split("\n")
    found: list[tuple[int, int, list[list[str]]]] = []
    i = 0
    while i < len(lines):
        head = _pieces(lines[i])
        if len(head) < 2 or any(len(t) > MAX_CELL for _, t in head):
            i += 1
            continue
        starts = [s for s, _ in head]
        rows = [[t for _, t in head]]
        j = i + 1
        while j < len(lines):
            pieces = _pieces(lines[j])
            found_cols = [_column(starts, s) for s, _ in pieces]
            cols = [c for c in found_cols if c is not None]
            if not pieces or len(cols) != len(pieces) or len(set(cols)) != len(cols) or any(len(t) > MAX_CELL for _, t in pieces):
                break
            if len(pieces) == len(starts):
                rows.append([t for _, t in pieces])
            elif len(rows) > 1:  # a cell wrapped onto a line of its own: the row above continues
                for c, (_, t) in zip(cols, pieces, strict=True):
                    rows[-1][c] = f"{rows[-1][c]} {t}"
            else:
                break
            j += 1
        if len(rows) >= MIN_LINES:
            found.append((_text_lines(lines[:i]), _text_lines(lines[j:]), rows))
            i = j
        else:
            i += 1
    return found


def with_tables(
    plain: str, layout: str, as_lines: Callable[[list[list[str]]], list[str]], header: list[str] | None = None
) -> tuple[str, list[str] | None]:
    """The plain text with each table of the layout text written row by row (`as_lines`),
    and, when the page ends with a table, its heading row, for the next page. `header`: that
    of the page before; a table at the top of this page with as many columns and another
    first row goes on from it (a table that runs over the page break)."""
    carried, header = header, None
    for before, after, rows in tables(layout):
        if carried is not None and before <= EDGE and len(rows[0]) == len(carried) and rows[0] != carried:
            rows = [carried, *rows]
        words = [w for row in rows[1 if rows[0] is carried else 0 :] for cell in row for w in cell.split()]
        m = re.search(r"\s+".join(re.escape(w) for w in words), plain)
        if m is None:
            continue  # the plain text has the cells in another order: leave it as it is
        # Set apart by blank lines: the line after the table is not the last row's text run on.
        start, end = m.start(), m.end()
        head, tail = plain[:start].rstrip(" \t"), plain[end:].lstrip(" \t\n")
        gap = "\n" * (2 - head[-2:].count("\n")) if head else ""
        plain = f"{head}{gap}" + "\n".join(as_lines(rows)) + (f"\n\n{tail}" if tail else "\n")
        header = rows[0] if after <= EDGE else None
        carried = None  # only the page's first table goes on from the page before
    return plain, header
