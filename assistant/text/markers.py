"""The list-marker grammar: the one definition of "this line is a list item".

A marker is a bullet (• - * ▪ ◦ · ●), a number with a full stop or bracket
(`7.` `7)`), a letter (`a.` `b)`), or a roman numeral in brackets (`(iii)`),
followed by white space. Loaders write bullets as `•` and numbers as `1.`, so
every format reaches the splitter in these shapes.

Left out: multi-level numbers (`7.2`) and bracketed letters (`(b)`) as list
markers: they number clauses, which the splitter reads as paragraph ids.
"""

from __future__ import annotations

import re

BULLETS = "•-*▪◦·●"
# The number of a numbered item is group "n".
MARKER = r"(?:[•\-\*▪◦·●]|(?P<n>\d+)[.)]|[a-z][.)]|\([ivx]+\))"
_LEADING = re.compile(rf"^\s*{MARKER}\s+")
_ITEM = re.compile(rf"^\s*{MARKER}\s+(?=\S)")


# Bullet glyphs as text extraction gives them, at the start of a line: a symbol font's
# private-use codes (Word's and PowerPoint's "\uf0b7", Wingdings' "\uf0a7", "\uf0d8", "\uf0fc"),
# other bullet symbols (■ □ ● ► ➢ ✓), and the DEL character a PDF gives for a bullet whose
# glyph has no name. Unmapped, a slide's bullet lines read as one run-on sentence, and a
# list at a document's end as headings with nothing under them.
_GLYPH = re.compile(
    r"^([ \t]*)[\uf000-\uf0ff\u25a0\u25a1\u25aa\u25cf\u25e6\u25ba\u2023\u2043\u2219\u27a2\u27a4\u2794\u2713\u2714\x7f\u00b7]"
    r"(?=[ \t]+\S)",
    re.M,
)


def standard_bullets(text: str) -> str:
    """The text with each line's bullet glyph written as `•`."""
    return _GLYPH.sub(r"\1•", text)


def leading_marker(text: str) -> re.Match[str] | None:
    """The marker at the start of `text` with the space after it, if any."""
    return _LEADING.match(text)


def is_list_item(line: str) -> bool:
    """A marker followed by text."""
    return _ITEM.match(line) is not None


def strip_marker(text: str) -> str:
    """`text` without its leading marker (and the indentation before it)."""
    return _LEADING.sub("", text, count=1)


def starts_item(text: str) -> bool:
    """Does `text` (e.g. a chunk) begin with a list item, ignoring leading space?"""
    return is_list_item(text.lstrip())
