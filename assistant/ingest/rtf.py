"""Rich Text Format (.rtf): what HR and case systems export letters and forms as, and what
WordPad saves. Read with `striprtf`, with the structure it drops put back first:

- headings: a paragraph in a style whose name is "heading N" (Word's) becomes a `#` heading;
- list items: the bullet or number Word writes for each item in a `\\listtext` (or older
  `\\pntext`) group, which striprtf skips, becomes "• " or the number ("1. ", "(a) ");
- tables: striprtf ends each cell with "|", so a row is a line of cells; rows become
  `loaders.table_lines` (one item per row, cells named by the first row);
- the title: the document's `\\info` title, else its first heading.

Each paragraph is a paragraph of its own (striprtf ends one with a single newline).

Left out: footnotes and comments (striprtf skips them with their groups), headers and
footers (skipped the same way, so no page furniture reaches the text), pictures, and a
heading set only by bold or size with no heading style (read as the short line it is, which
the splitter then judges as it judges a line of plain text).
"""

from __future__ import annotations

import re
from collections.abc import Callable

_PAR = re.compile(r"\\(?:par|row|cell)(?![a-z])")  # where a paragraph, a table row or a cell ends
_STYLE = re.compile(r"\\s(\d+)(?![\d])")
_STYLE_DEF = re.compile(r"\{[^{}]*?\\s(\d+)\b[^{}]*?\s([^;{}\\]+?);\s*\}")
_HEADING_NAME = re.compile(r"^heading\s+([1-6])$", re.I)
_LIST_TEXT = re.compile(r"\{\\(?:listtext|pntext)\b([^{}]*)\}")
_INFO_TITLE = re.compile(r"\{\\title\s+([^{}]*)\}")
_ITEM = re.compile(r"•|\(?[0-9a-zA-Z]{1,4}[.)] ")


def _group_end(rtf: str, start: int) -> int:
    """The index after the brace that closes the group opened at `start`."""
    depth = 0
    i = start
    while i < len(rtf):
        c = rtf[i]
        if c == "\\":
            i += 2
            continue
        if c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return len(rtf)


def _heading_styles(rtf: str) -> tuple[dict[int, int], int]:
    """Style number → heading level, from the stylesheet; and where the stylesheet ends."""
    at = rtf.find("{\\stylesheet")
    if at < 0:
        return {}, 0
    end = _group_end(rtf, at)
    levels: dict[int, int] = {}
    for m in _STYLE_DEF.finditer(rtf, at, end):
        if h := _HEADING_NAME.match(m.group(2).strip()):
            levels[int(m.group(1))] = int(h.group(1))
    return levels, end


def _plain(fragment: str) -> str:
    """The visible characters of a small run of RTF with no groups in it, spaces collapsed."""
    from striprtf.striprtf import rtf_to_text

    return " ".join(rtf_to_text("{\\rtf1\\ansi " + fragment + "}", errors="replace").split())


def _marker(m: re.Match[str]) -> str:
    """A list item's bullet or number, as text striprtf will keep."""
    shown = _plain(m.group(1))
    if re.fullmatch(r"\(?[0-9a-zA-Z]{1,4}[.)]", shown):
        return shown + " "
    return "\\u8226? "  # a bullet, whatever the font drew it with


def _mark_structure(rtf: str) -> str:
    levels, body_at = _heading_styles(rtf)
    rtf = rtf[:body_at] + _LIST_TEXT.sub(_marker, rtf[body_at:])
    if not levels:
        return rtf
    out = [rtf[:body_at]]
    pos = body_at
    for m in [*_PAR.finditer(rtf, body_at), None]:
        end = m.end() if m else len(rtf)
        segment = rtf[pos:end]
        style = _STYLE.search(segment)
        level = levels.get(int(style.group(1))) if style else None
        if level:  # the marker goes before the paragraph's first text, after its controls
            first = re.search(r"(?:\\[a-z]+-?\d* ?|\s|[{}])*", segment)
            cut = first.end() if first else 0
            segment = segment[:cut] + "#" * level + " " + segment[cut:]
        out.append(segment)
        pos = end
    return "".join(out)


def load_rtf(rtf: str, table_lines: Callable[[list[list[str]]], list[str]]) -> tuple[str, str | None]:
    """(the text with light Markdown structure, its title). Raises ValueError with a one-line
    reason for a file that is not RTF."""
    from striprtf.striprtf import rtf_to_text

    if not rtf.lstrip().startswith("{\\rtf"):
        raise ValueError("not a Rich Text Format file (it does not start with {\\rtf)")
    title_m = _INFO_TITLE.search(rtf)
    title = _plain(title_m.group(1)) if title_m else None
    text = rtf_to_text(_mark_structure(rtf), errors="replace")
    out: list[str] = []
    rows: list[list[str]] = []
    for raw in text.split("\n"):
        line = " ".join(raw.split())
        if line.endswith("|"):  # a table row: its cells, each ended by "|"
            rows.append([c.strip() for c in line[:-1].split("|")])
            continue
        if rows:
            out.extend(["", *table_lines(rows), ""])
            rows = []
            if not line:
                continue
        if not line:
            continue
        item = _ITEM.match(line)
        if out and out[-1] and not (item and _ITEM.match(out[-1])):  # items in a row are one list
            out.append("")
        out.append(line)
    if rows:
        out.extend(["", *table_lines(rows)])
    body = "\n".join(out).strip()
    if not title:
        heading = re.search(r"^#{1,3} (.+)$", body, re.M)
        title = heading.group(1) if heading else None
    return body, title
