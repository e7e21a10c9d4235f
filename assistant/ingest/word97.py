"""Word documents from before 2007 (.doc): the text of a Word 97–2003 binary file.

A .doc is a compound file (OLE2, read with `olefile`) whose `WordDocument` stream starts with
the File Information Block (FIB). The FIB says which table stream holds the piece table
(`0Table` or `1Table`), where in it the piece table is (`fcClx`, `lcbClx`), and how many
characters the main text has (`ccpText`). The piece table maps runs of character positions
to where their bytes are in `WordDocument`: 8-bit (Windows-1252) or UTF-16. The main text is
read piece by piece, and Word's marks in it are turned into text: a paragraph ends at "\\r",
a table cell at "\\x07" (two in a row end a row, read as one line of cells, as the other
loaders read a table), a field's code ("\\x13 HYPERLINK … \\x14") is dropped and its result
kept. The title is the file's summary information (`old_office`).

Left out: heading styles and automatic numbering (the stylesheet and the paragraph
properties are a second format inside this one; a heading is still its own paragraph, and a
typed clause number is text), footnotes, headers, comments and text boxes (they follow the
main text in other ranges), and files saved by Word 6 or 95 (another FIB, refused as damaged).
Locked files are refused by the caller's password check.
"""

from __future__ import annotations

import re
import struct
from collections.abc import Callable
from io import BytesIO

from assistant.ingest.old_office import summary_title

UNREADABLE = "corrupt or unreadable DOC (the file is damaged, or is not a Word 97–2003 document: open it in Word and save it as .docx)"
LOCKED = "locked"  # the caller words a password refusal
_WORD97 = 0xA5EC  # wIdent of a Word 97 and later FIB
_FIELD = re.compile(r"\x13[^\x13\x14\x15]*\x14([^\x13\x14\x15]*)\x15|\x13[^\x13\x14\x15]*\x15")
# Word's marks and what they are as text: a line break, a page or section break, a
# non-breaking and an optional hyphen, a non-breaking space, pictures and objects.
_MARKS = str.maketrans({"\x0b": "\n", "\x0c": "\n", "\x1e": "-", "\x1f": None, "\xa0": " ", "\x01": None,
                        "\x08": None, "\x02": None, "\x05": None})


def _pieces(table: bytes) -> list[tuple[int, int, int, bool]]:
    """(first character, last character + 1, file offset, compressed) of each piece, from
    the Clx: some property runs (0x01), then the piece table (0x02)."""
    at = 0
    while at < len(table) and table[at] == 0x01:
        (size,) = struct.unpack_from("<H", table, at + 1)
        at += 3 + size
    if at >= len(table) or table[at] != 0x02:
        raise ValueError("no piece table")
    (size,) = struct.unpack_from("<I", table, at + 1)
    plc = table[at + 5 : at + 5 + size]
    n = (len(plc) - 4) // 12  # n + 1 character positions of 4 bytes, n descriptors of 8
    cps = struct.unpack_from(f"<{n + 1}I", plc, 0)
    out = []
    for i in range(n):
        (fc,) = struct.unpack_from("<I", plc, 4 * (n + 1) + 8 * i + 2)
        compressed = bool(fc & 0x40000000)
        out.append((cps[i], cps[i + 1], (fc & 0x3FFFFFFF) // 2 if compressed else fc, compressed))
    return out


def main_text(data: bytes) -> tuple[str, str | None]:
    """(the document's main text with Word's marks in it, its title). Raises ValueError for a
    file that is not a Word 97–2003 document, and ValueError(LOCKED) for one with a password."""
    import olefile

    with olefile.OleFileIO(BytesIO(data)) as ole:
        if not ole.exists("WordDocument"):
            raise ValueError("no WordDocument stream")
        word = ole.openstream("WordDocument").read()
        ident, _nfib, _unused, _lid, _next, flags = struct.unpack_from("<HHHHHH", word, 0)
        if ident != _WORD97:
            raise ValueError("not a Word 97 document")
        if flags & 0x0100:  # fEncrypted
            raise ValueError(LOCKED)
        table_name = "1Table" if flags & 0x0200 else "0Table"
        if not ole.exists(table_name):
            raise ValueError("no table stream")
        table = ole.openstream(table_name).read()
    # FibBase (32 bytes), csw and FibRgW97 (2 + 28), cslw and FibRgLw97 (2 + 88): ccpText is
    # the fourth long of FibRgLw97; cbRgFcLcb, then FibRgFcLcb97, whose pair 33 is fcClx/lcbClx.
    rg_lw = 32 + 2 + 28 + 2
    (ccp_text,) = struct.unpack_from("<i", word, rg_lw + 12)
    rg_fc = rg_lw + 88 + 2
    fc_clx, lcb_clx = struct.unpack_from("<II", word, rg_fc + 33 * 8)
    if lcb_clx == 0 or fc_clx + lcb_clx > len(table):
        raise ValueError("piece table out of range")
    parts: list[str] = []
    for first, last, offset, compressed in _pieces(table[fc_clx : fc_clx + lcb_clx]):
        if first >= ccp_text:
            break
        count = min(last, ccp_text) - first
        if compressed:
            parts.append(word[offset : offset + count].decode("cp1252", errors="replace"))
        else:
            parts.append(word[offset : offset + 2 * count].decode("utf-16-le", errors="replace"))
    return "".join(parts), summary_title(data)


def load_doc(data: bytes, table_lines: Callable[[list[list[str]]], list[str]]) -> tuple[str, str | None]:
    """(the text, paragraphs apart and each table row as `table_lines` reads rows; the title).

    In the main text a paragraph ends at "\r"; a table cell ends at "\x07", and its row with
    one more "\x07". A paragraph break inside a row's cells joins them with a space (left out:
    the paragraphs of a row's first cell before its second, which read as text before the table)."""
    raw, title = main_text(data)
    raw = _FIELD.sub(lambda m: m.group(1) or "", raw).translate(_MARKS)
    out: list[str] = []
    rows: list[list[str]] = []
    cells: list[str] = []
    buf: list[str] = []
    after_cell = False  # the last mark ended a cell: another "\x07" at once ends the row

    def flush_table() -> None:
        nonlocal rows
        if rows:
            out.extend([*table_lines(rows), ""])
            rows = []

    for ch in raw:
        if ch == "\x07":
            # An empty cell and a row's end are both a mark after a cell: the row is as wide as
            # the table's first row (left out: a first row with an empty cell at its end).
            wide = len(rows[0]) if rows else None
            if after_cell and not "".join(buf).strip() and (wide is None or len(cells) >= wide):
                if any(cells):
                    rows.append(cells)
                cells, after_cell = [], False
            else:
                cells.append(" ".join("".join(buf).split()))
                after_cell = True
            buf = []
        elif ch == "\r":
            if cells:  # inside a row: a cell of several paragraphs
                buf.append(" ")
                continue
            flush_table()
            para = "".join(buf).strip()
            if para:
                out.extend([para, ""])
            buf, after_cell = [], False
        else:
            if after_cell and not cells:
                after_cell = False
            buf.append(ch)
    if cells and any(cells):
        rows.append(cells)
    flush_table()
    tail = "".join(buf).strip()
    if tail:
        out.append(tail)
    return "\n".join(out).strip(), title
