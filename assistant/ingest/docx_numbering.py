"""Word's automatic numbering, rebuilt: python-docx's `paragraph.text` drops it.

A numbered paragraph names a list (`w:numPr/w:numId`) and a level (`w:ilvl`),
directly or through its style (and the styles that style is based on). The
numbering part maps the list to an abstract definition whose levels give the
start value, the format (decimal, letters, roman, bullet) and the label text
("%1.%2." means level 1's and level 2's counters joined by dots). Counters run
per list: a paragraph at level n counts up at n and restarts every level below.

Left out: `w:lvlRestart`, legal-style numbering (`w:isLgl`) and pictures as
bullets; such paragraphs still get a label, only possibly not Word's exact one.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from docx.oxml.ns import qn


@dataclass(frozen=True)
class Level:
    start: int
    fmt: str  # "decimal", "lowerLetter", "upperRoman", "bullet", …
    text: str  # e.g. "%1.%2."


def _roman(n: int) -> str:
    out = ""
    for value, numeral in ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
                           (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out, n = out + numeral, n - value
    return out


def _letters(n: int) -> str:
    # Word repeats the letter after z: aa, bb, …
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1) if n > 0 else ""


def format_number(n: int, fmt: str) -> str:
    if fmt == "lowerLetter":
        return _letters(n)
    if fmt == "upperLetter":
        return _letters(n).upper()
    if fmt == "lowerRoman":
        return _roman(n)
    if fmt == "upperRoman":
        return _roman(n).upper()
    if fmt == "decimalZero":
        return f"{n:02d}"
    return str(n)


def _val(el: Any, tag: str) -> str | None:
    child = el.find(qn(tag)) if el is not None else None
    return child.get(qn("w:val")) if child is not None else None


class Numbering:
    """Labels for a document's numbered paragraphs, in reading order (stateful)."""

    def __init__(self, document: Any) -> None:
        self._lists: dict[str, dict[int, Level]] = {}
        self._counters: dict[str, dict[int, int]] = {}
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return  # no numbering part: nothing is numbered
        abstract: dict[str, dict[int, Level]] = {}
        for a in root.findall(qn("w:abstractNum")):
            levels = {}
            for lvl in a.findall(qn("w:lvl")):
                ilvl = int(lvl.get(qn("w:ilvl"), "0"))
                levels[ilvl] = Level(int(_val(lvl, "w:start") or 1), _val(lvl, "w:numFmt") or "decimal", _val(lvl, "w:lvlText") or "")
            abstract[a.get(qn("w:abstractNumId"), "")] = levels
        for num in root.findall(qn("w:num")):
            levels = dict(abstract.get(_val(num, "w:abstractNumId") or "", {}))
            for override in num.findall(qn("w:lvlOverride")):
                ilvl = int(override.get(qn("w:ilvl"), "0"))
                start = _val(override, "w:startOverride")
                if start is not None and ilvl in levels:
                    old = levels[ilvl]
                    levels[ilvl] = Level(int(start), old.fmt, old.text)
            self._lists[num.get(qn("w:numId"), "")] = levels

    def label(self, paragraph: Any) -> str | None:
        """"7.2", "(b)", "•" for a numbered paragraph; None for any other."""
        num_id, ilvl = _num_pr(paragraph)
        levels = self._lists.get(num_id or "")
        if not levels or ilvl not in levels:
            return None
        level = levels[ilvl]
        if level.fmt == "bullet":
            return "•"
        if level.fmt == "none":
            return None
        counters = self._counters.setdefault(num_id or "", {})
        counters[ilvl] = counters[ilvl] + 1 if ilvl in counters else level.start
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]
        text = level.text
        for k in range(ilvl + 1):
            lv = levels.get(k)
            if lv is not None:
                text = text.replace(f"%{k + 1}", format_number(counters.get(k, lv.start), lv.fmt))
        return text.strip() or None


def _num_pr(paragraph: Any) -> tuple[str | None, int]:
    """(numId, level) from the paragraph's own properties, else its style chain."""
    p_pr = paragraph._p.pPr
    num_pr = p_pr.find(qn("w:numPr")) if p_pr is not None else None
    num_id = _val(num_pr, "w:numId") if num_pr is not None else None
    ilvl = _val(num_pr, "w:ilvl") if num_pr is not None else None
    style = paragraph.style
    seen = 0
    while num_id is None and style is not None and seen < 10:
        s_pr = style.element.find(qn("w:pPr"))
        s_num = s_pr.find(qn("w:numPr")) if s_pr is not None else None
        if s_num is not None:
            num_id = _val(s_num, "w:numId")
            ilvl = ilvl or _val(s_num, "w:ilvl")
        style, seen = style.base_style, seen + 1
    if num_id in (None, "0"):
        return None, 0
    return num_id, int(ilvl or 0)
