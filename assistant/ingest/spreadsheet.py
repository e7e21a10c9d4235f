"""Spreadsheets (.xlsx, .xls, .csv): a staffing structure, a risk register, a consultation timetable.

Each visible sheet is a section headed by its name ("# Proposed structure"; Excel's default
"Sheet1" is no name). On it, a row with one cell (a title, a note under the table) is a line
of its own, and a run of rows with several cells is a table, read as a Word or PDF table is
(`table_lines`): each row a list item that names its cells by the column's heading ("• Post:
Benefits Assessor; Grade: 5; Posts now: 12; Posts proposed: 4"), so that a row found alone
still says what it is. A blank row ends a table.

Values are written as Excel shows them: whole numbers without ".0", dates as "1 April 2027",
percentages and pounds as their cell's format has them. A formula is read as the value Excel
saved with it (a file never opened in Excel has none, and the cell is empty).

Hidden sheets, rows and columns are not read, as a hidden slide is not. Work is bounded:
at most `MAX_ROWS` rows of a sheet and `MAX_CELLS` cells in all are read.

An Excel 97–2003 workbook (.xls) is read the same way with xlrd (`load_xls`).

Left out: charts, comments and cell colours (a row coloured red for "at risk" is just a
row), and .xls files with a password (xlrd can't open them; they are refused as locked).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Iterator
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

UNREADABLE = "corrupt or unreadable XLSX"
MAX_ROWS = 5_000  # of one sheet
MAX_CELLS = 200_000  # of the whole workbook
_DEFAULT_SHEET = re.compile(r"^(?:sheet|taflen)\s*\d*$", re.I)

TableLines = Callable[[list[list[str]]], list[str]]


def _number(value: float, fmt: str) -> str:
    if "%" in fmt:
        return f"{value * 100:.{_places(fmt.split('%')[0])}f}%"
    money = "£" if "£" in fmt else "€" if "€" in fmt else "$" if "$" in fmt else ""
    places = _places(fmt) if money or "0.0" in fmt else (0 if float(value).is_integer() else 2)
    text = f"{abs(value):,.{places}f}" if money or "," in fmt else f"{abs(value):.{places}f}"
    return f"{'-' if value < 0 else ''}{money}{text}"


def _places(fmt: str) -> int:
    m = re.search(r"\.(0+)", fmt)
    return len(m.group(1)) if m else 0


def cell_text(value: Any, fmt: str = "General") -> str:
    """A cell's value as Excel shows it."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, datetime):
        return f"{value.day} {value:%B %Y}" if value.time() == time(0) else f"{value.day} {value:%B %Y %H:%M}"
    if isinstance(value, date):
        return f"{value.day} {value:%B %Y}"
    if isinstance(value, int | float):
        return _number(float(value), fmt or "General")
    return " ".join(str(value).split())


def _tables(rows: Iterator[list[str]], table_lines: TableLines) -> list[str]:
    """The lines of a sheet's rows: a one-cell row as a line, a run of wider rows as a table."""
    lines: list[str] = []
    run: list[list[str]] = []

    def flush() -> None:
        cells = [c for c in run[0] if c] if len(run) == 1 else []
        if len(cells) == 2:  # a label and its value on a row of their own: "Share of posts deleted: 82%"
            lines.extend([f"{cells[0].rstrip(':')}: {cells[1]}", ""])
        elif run:
            lines.extend([*table_lines(run), ""])
        run.clear()

    for row in rows:
        cells = [c for c in row if c]
        if len(cells) > 1:
            run.append(row)
            continue
        flush()
        if cells:
            lines.extend([cells[0], ""])
    flush()
    return lines


def _merges(sheet: Any) -> tuple[dict[tuple[int, int], Any], set[int]]:
    """A sheet's merged cells: the value each cell of a merged range shows (its top-left cell's), and
    the rows of headings merged over columns with a row of headings under them ("Session 1" over
    "Date" and "Room"): those are read as one row ("Session 1, Date", "Session 1, Room"), as a web
    table's are (`loaders.spanned_tables`)."""
    values: dict[tuple[int, int], Any] = {}
    over: set[int] = set()
    for rng in sheet.merged_cells.ranges:
        if (rng.max_row - rng.min_row + 1) * (rng.max_col - rng.min_col + 1) > MAX_MERGED:
            continue  # a merge over a whole sheet says nothing more cell by cell
        value = sheet.cell(rng.min_row, rng.min_col).value
        for r in range(rng.min_row, rng.max_row + 1):
            for c in range(rng.min_col, rng.max_col + 1):
                values[(r, c)] = value
        if rng.max_col > rng.min_col and rng.min_row == rng.max_row and isinstance(value, str):
            over.add(rng.min_row)
    return values, over


MAX_MERGED = 10_000  # cells a merged range may cover and still be read cell by cell


def load_xlsx(path: Path, table_lines: TableLines) -> tuple[str, str | None]:
    """(the workbook as text, its title). Raises ValueError with a one-line reason."""
    import openpyxl
    from openpyxl.utils import get_column_letter

    try:
        book = openpyxl.load_workbook(path, read_only=False, data_only=True)
    except Exception as e:  # openpyxl raises many kinds of error on a damaged file
        raise ValueError(UNREADABLE) from e
    budget = MAX_CELLS
    out: list[str] = []
    for sheet in book.worksheets:
        if sheet.sheet_state != "visible":
            continue
        hidden_cols = {k for k, d in sheet.column_dimensions.items() if d.hidden}
        merged, heading_rows = _merges(sheet)

        def rows(sheet: Any = sheet, hidden_cols: set[str] = hidden_cols, merged: dict[tuple[int, int], Any] = merged,
                 heading_rows: set[int] = heading_rows) -> Iterator[list[str]]:
            nonlocal budget
            held: list[str] | None = None  # a row of headings merged over columns, joined to the row under it
            for i, row in enumerate(sheet.iter_rows()):
                if i >= MAX_ROWS or budget <= 0:
                    break
                if row and sheet.row_dimensions[row[0].row].hidden:
                    continue
                budget -= len(row)
                texts = [cell_text(merged.get((c.row, c.column), c.value), getattr(c, "number_format", "General"))
                         for c in row if get_column_letter(c.column) not in hidden_cols]
                said = [t for t in texts if t]
                if len(said) > 1 and len(set(said)) == 1 and any((row[0].row, c.column) in merged for c in row):
                    texts = [said[0]] + [""] * (len(texts) - 1)  # a title merged over the columns: one line
                if held is not None:
                    texts = [", ".join(dict.fromkeys(t for t in (a, b) if t)) for a, b in zip(held, texts, strict=False)]
                    held = None
                elif row and row[0].row in heading_rows and len({t for t in texts if t}) > 1:  # (not a title over all)
                    held = texts
                    continue
                yield texts
            if held is not None:
                yield held

        lines = _tables(rows(), table_lines)
        if not any(line.strip() for line in lines):
            continue
        if not _DEFAULT_SHEET.match(sheet.title.strip()):
            out.extend([f"# {sheet.title.strip()}", ""])
        out.extend(lines)
    title = book.properties.title if book.properties is not None else None
    return "\n".join(out).strip(), title


def load_csv(text: str, table_lines: TableLines) -> str:
    """A CSV file as one table (a one-cell row, a title over it, as a line of its own)."""
    sample = text[:4096]
    try:
        dialect: Any = csv.Sniffer().sniff(sample, delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel
    rows = ([" ".join(c.split()) for c in row] for i, row in enumerate(csv.reader(text.splitlines(), dialect)) if i < MAX_ROWS)
    return "\n".join(_tables(rows, table_lines)).strip()


# Excel 97–2003 (.xls): BIFF8 in a compound file, read with xlrd, which gives each cell's type,
# its number format and the hidden flags of sheets, rows and columns, as openpyxl does for .xlsx.
UNREADABLE_XLS = "corrupt or unreadable XLS (the file is damaged, or is not an Excel 97–2003 workbook: open it in Excel and save it as .xlsx)"
XLS_LOCKED = "locked"  # the caller words the password refusal


def load_xls(data: bytes, table_lines: TableLines) -> tuple[str, str | None]:
    """(the workbook as text, its title), as `load_xlsx` reads one. Raises ValueError with a
    one-line reason, or ValueError(XLS_LOCKED) for a workbook with a password."""
    import xlrd

    try:
        book = xlrd.open_workbook(file_contents=data, formatting_info=True, on_demand=True)
    except xlrd.XLRDError as e:
        raise ValueError(XLS_LOCKED if "encrypt" in str(e).lower() else UNREADABLE_XLS) from e
    except Exception as e:  # xlrd raises struct errors, AssertionError… on a damaged file
        raise ValueError(UNREADABLE_XLS) from e
    budget = MAX_CELLS
    out: list[str] = []
    try:
        for index in range(book.nsheets):
            sheet = book.sheet_by_index(index)
            if sheet.visibility != 0:  # 1 hidden, 2 very hidden
                continue
            hidden_cols = {c for c, info in sheet.colinfo_map.items() if info.hidden}

            def rows(sheet: Any = sheet, hidden_cols: set[int] = hidden_cols) -> Iterator[list[str]]:
                nonlocal budget
                for r in range(min(sheet.nrows, MAX_ROWS)):
                    if budget <= 0:
                        return
                    info = sheet.rowinfo_map.get(r)
                    if info is not None and info.hidden:
                        continue
                    budget -= sheet.ncols
                    yield [_xls_cell(book, sheet.cell(r, c)) for c in range(sheet.ncols) if c not in hidden_cols]

            lines = _tables(rows(), table_lines)
            if any(line.strip() for line in lines):
                if not _DEFAULT_SHEET.match(sheet.name.strip()):
                    out.extend([f"# {sheet.name.strip()}", ""])
                out.extend(lines)
            book.unload_sheet(index)
    except Exception as e:
        raise ValueError(UNREADABLE_XLS) from e
    return "\n".join(out).strip(), None


def _xls_cell(book: Any, cell: Any) -> str:
    """A cell's value as Excel shows it: dates as dates, numbers in their cell's format."""
    import xlrd

    if cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK, xlrd.XL_CELL_ERROR):
        return ""
    if cell.ctype == xlrd.XL_CELL_BOOLEAN:
        return cell_text(bool(cell.value))
    fmt = "General"
    try:
        fmt = book.format_map[book.xf_list[cell.xf_index].format_key].format_str
    except (IndexError, KeyError, AttributeError, TypeError):
        pass
    if cell.ctype == xlrd.XL_CELL_DATE:
        try:
            return cell_text(xlrd.xldate_as_datetime(cell.value, book.datemode))
        except (ValueError, OverflowError):
            return cell_text(cell.value)
    return cell_text(cell.value, fmt)
