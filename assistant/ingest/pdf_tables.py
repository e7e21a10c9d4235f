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
that wraps onto lines of its own (only some columns filled, each where a column
starts) belongs to the row below when the cells sit at their foot, or the row
above when they sit at their top: whichever reads in the plain text's order. A
table at the top of a page with as many
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
from dataclasses import dataclass

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



@dataclass
class Table:
    """A table as laid out: each line (in order) as whether it fills every column, and
    its pieces by column. A line that fills only some columns holds the rest of a cell
    that wraps: of the row below it when the table's cells sit at their foot, of the row
    above when they sit at their top (`rows` tries both)."""

    before: int  # lines of text on the page before it
    after: int  # and after it
    lines: list[tuple[bool, dict[int, str]]]

    def rows(self, wrapped_to: str) -> list[list[str]]:
        """The rows, a wrapped cell's lines joined to the row `wrapped_to` ("next" or "previous"). A line that
        fills every column but goes on with each of the cells above it ("(OneDrive)" under "Use the council's
        approved file sharing", "documents" under "…WhatsApp for council") is their wrapped ends, whichever way."""
        full = [k for k, (whole, _) in enumerate(self.lines) if whole]
        going_on = {k for k in full[2:] if _goes_on(self.lines[k][1])}  # (never the heading row, nor the first row)
        full = [k for k in full if k not in going_on]
        width = len(self.lines[full[0]][1])
        rows = {k: [self.lines[k][1].get(c, "") for c in range(width)] for k in full}
        order = range(len(self.lines)) if wrapped_to == "previous" else reversed(range(len(self.lines)))
        for k in order:
            whole, cells = self.lines[k]
            if whole and k not in going_on:
                continue
            if k in going_on:
                target = max(f for f in full if f < k)
            elif wrapped_to == "next":
                target = min((f for f in full if f > k), default=full[-1])
            else:
                target = max((f for f in full if f < k), default=full[0])
            for c, text in cells.items():
                cell = rows[target][c]
                rows[target][c] = f"{text} {cell}".strip() if target > k else f"{cell} {text}".strip()
        return [rows[k] for k in full]


def _goes_on(cells: dict[int, str]) -> bool:
    """Does every cell of the line read as the rest of a cell above it: lower case, or a bracket?"""
    return all(t[:1].islower() or t[:1] == "(" for t in cells.values())


def _aligned(line: str, starts: list[int]) -> dict[int, str] | None:
    """The line's pieces by column, when each starts at a column of its own (else None)."""
    pieces = _pieces(line)
    cols = [c for c in (_column(starts, s) for s, _ in pieces) if c is not None]
    if not pieces or len(cols) != len(pieces) or len(set(cols)) != len(cols) or any(len(t) > MAX_CELL for _, t in pieces):
        return None
    # A cell ends before the next column starts: a line that runs across it ("The table below shows
    # how long each stage takes." over "Stage   Who   Time limit") is text, not a heading cell's top line.
    if any(c + 1 < len(starts) and s + len(t) > starts[c + 1] - 1 for c, (s, t) in zip(cols, pieces, strict=True)):
        return None
    return dict(zip(cols, (t for _, t in pieces), strict=True))


def tables(layout: str) -> list[Table]:
    """The tables of a page's layout-mode text."""
    lines = layout.split("\n")
    found: list[Table] = []
    i = 0
    while i < len(lines):
        head = _pieces(lines[i])
        if len(head) < 2 or any(len(t) > MAX_CELL for _, t in head):
            i += 1
            continue
        starts = [s for s, _ in head]
        first = i
        while first > 0 and (above := _aligned(lines[first - 1], starts)) is not None and len(above) < len(starts):
            first -= 1  # the top lines of heading cells that wrap, sat at their foot
        j = i + 1
        while j < len(lines) and _aligned(lines[j], starts) is not None:
            j += 1
        laid = [(len(c) == len(starts), c) for c in (_aligned(ln, starts) for ln in lines[first:j]) if c is not None]
        if sum(1 for whole, _ in laid if whole) >= MIN_LINES:
            found.append(Table(_text_lines(lines[:first]), _text_lines(lines[j:]), laid))
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
    for table in tables(layout):
        m = None
        for wrapped_to in ("next", "previous"):
            rows = table.rows(wrapped_to)
            if carried is not None and table.before <= EDGE and len(rows[0]) == len(carried) and rows[0] != carried:
                rows = [carried, *rows]
            words = [w for row in rows[1 if rows[0] is carried else 0 :] for cell in row for w in cell.split()]
            m = re.search(r"\s+".join(re.escape(w) for w in words), plain)
            if m is not None:
                break
        if m is None:
            continue  # the plain text has the cells in another order: leave it as it is
        # Set apart by blank lines: the line after the table is not the last row's text run on.
        start, end = m.start(), m.end()
        head, tail = plain[:start].rstrip(" \t"), plain[end:].lstrip(" \t\n")
        gap = "\n" * (2 - head[-2:].count("\n")) if head else ""
        plain = f"{head}{gap}" + "\n".join(as_lines(rows)) + (f"\n\n{tail}" if tail else "\n")
        header = rows[0] if table.after <= EDGE else None
        carried = None  # only the page's first table goes on from the page before
    return plain, header
