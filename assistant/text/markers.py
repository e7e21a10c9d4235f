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
