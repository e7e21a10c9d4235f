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
starts) continues the row above.

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


def _pieces(line: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group()) for m in _PIECE.finditer(line)]


def _column(starts: list[int], at: int) -> int | None:
    """The column a piece starting at `at` falls in, or None when it starts off every column."""
    near = [i for i, s in enumerate(starts) if abs(s - at) <= TOLERANCE]
    return near[0] if near else None


def tables(layout: str) -> list[list[list[str]]]:
    """The tables of a page's layout-mode text: each a list of rows of cells."""
    lines = layout.split("\n")
    found: list[list[list[str]]] = []
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
            cols = [_column(starts, s) for s, _ in pieces]
            if not pieces or None in cols or len(set(cols)) != len(cols) or any(len(t) > MAX_CELL for _, t in pieces):
                break
            if len(pieces) == len(starts):
                rows.append([t for _, t in pieces])
            elif len(rows) > 1:  # a cell wrapped onto a line of its own: the row above continues
                for c, (_, t) in zip(cols, pieces, strict=True):
                    rows[-1][c or 0] = f"{rows[-1][c or 0]} {t}"
            else:
                break
            j += 1
        if len(rows) >= MIN_LINES:
            found.append(rows)
            i = j
        else:
            i += 1
    return found


def with_tables(plain: str, layout: str, as_lines: Callable[[list[list[str]]], list[str]]) -> str:
    """The plain text with each table of the layout text written row by row (`as_lines`)."""
    for rows in tables(layout):
        words = [w for row in rows for cell in row for w in cell.split()]
        m = re.search(r"\s+".join(re.escape(w) for w in words), plain)
        if m is None:
            continue  # the plain text has the cells in another order: leave it as it is
        # Set apart by blank lines: the line after the table is not the last row's text run on.
        before, after = plain[: m.start()].rstrip(" \t"), plain[m.end() :].lstrip(" \t\n")
        plain = f"{before}{chr(10) * (2 - before[-2:].count(chr(10))) if before else ''}" + "\n".join(as_lines(rows)) + (
            f"\n\n{after}" if after else "\n"
        )
    return plain
