"""Run-in lists: a long sentence whose items are lettered inside it, as contracts write them.

"The term “Confidential Information” does not include any information which (a) at the time of
disclosure is generally available to the public, (b) was available to you on a non-confidential
basis…, or (d) is or was independently developed by you…" is one sentence of 700 characters. Quoted
whole for "can they develop similar information themselves?", the answer is its last 150 characters.
Cut into its intro and its items, each a unit of its own, it reads as the list it is: the composer
can then show the intro with the one item that answers, and a citation can name the item.

A sentence is cut only where its markers run in order from the first, "(a)" "(b)"…, "(i)" "(ii)"…
or "(1)" "(2)"…, at least two, each item three words or more and the intro too, and no marker
is a reference ("as set out in paragraph (a)"). Markers of another kind inside an item ("(a) …
(i) … (ii) … (b) …") stay in it. Each span is exact: `text[start:end]` is the intro or one item,
without the ", or" / "; and" that joins it to the next.

Left out: lists whose items are not bracketed ("a) …", "1. …" inside a sentence), which read as
numbers and dates as often as items.
"""

from __future__ import annotations

import re

RUN_IN_MIN_CHARS = 200  # a shorter sentence is read at a glance: "a person who is (a) employed or (b) retired"
_MIN_WORDS = 3

# What an item's bracketed marker may hold: a letter, a roman numeral or a number; the list starts at the first of its kind.
ITEM_LABEL = r"[a-z]|[ivx]{1,4}|\d{1,2}"
_FIRST_OF_KIND = {"a": "letter", "i": "roman", "1": "digit"}
FIRST_ITEM = re.compile(r"^\((?:a|i|1)\)\s+\S")  # a unit that opens a run-in list's items
_MARK = re.compile(rf"(?:(?<=\s)|(?<=^)|(?<=[,;:—–]))\((?P<m>{ITEM_LABEL})\)\s+(?=\S)")
# A marker that names a part of a document ("clause (b)", "paragraphs (a) and (c)") is a reference, not an item.
_REFERENCE_BEFORE = re.compile(
    r"\b(?:clauses?|paragraphs?|sub-?paragraphs?|sections?|sub-?sections?|sub-?clauses?|items?|points?|articles?|"
    r"schedules?|parts?|limbs?|conditions?|regulations?|rules?|annex(?:es)?|appendix|appendices)\s*$", re.I)
_JOINER = re.compile(r"(?:[\s,;]+(?:and/or|and|or)?)+\s*$", re.I)
_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv")


def _successor(label: str, kind: str) -> str:
    if kind == "digit":
        return str(int(label) + 1)
    if kind == "roman":
        at = _ROMAN.index(label) if label in _ROMAN else -1
        return _ROMAN[at + 1] if 0 <= at < len(_ROMAN) - 1 else ""
    return chr(ord(label) + 1)


def _words(text: str) -> int:
    return len(re.findall(r"[A-Za-z]{2,}", text))


def run_in_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The sentence `text[start:end]` as its intro and items, or as itself when it is no run-in list."""
    sentence = text[start:end]
    if len(sentence) < RUN_IN_MIN_CHARS:
        return [(start, end)]
    marks: list[re.Match[str]] = []
    kind = ""
    for m in _MARK.finditer(sentence):
        label = m.group("m")
        before = sentence[: m.start()]
        if not marks:
            if label not in _FIRST_OF_KIND or _REFERENCE_BEFORE.search(before.rstrip(" (")):
                continue
            kind = _FIRST_OF_KIND[label]
            marks.append(m)
        elif label == _successor(marks[-1].group("m"), kind) and not _REFERENCE_BEFORE.search(before.rstrip(" (,")):
            marks.append(m)
        elif label in _FIRST_OF_KIND and len(marks) == 1 and _words(sentence[marks[0].end() : m.start()]) < _MIN_WORDS:
            marks = [m]  # "(a) and (b)" read as a reference: start again
            kind = _FIRST_OF_KIND[label]
    if len(marks) < 2:
        return [(start, end)]
    intro_end = len(sentence[: marks[0].start()].rstrip())
    if _words(sentence[:intro_end]) < _MIN_WORDS:
        return [(start, end)]
    spans = [(start, start + intro_end)]
    bounds = [m.start() for m in marks] + [len(sentence)]
    for a, b in zip(bounds, bounds[1:], strict=False):
        piece = sentence[a:b]
        joined = _JOINER.search(piece)
        cut = a + (joined.start() if joined and b != len(sentence) else len(piece.rstrip()))
        if _words(sentence[a:cut]) < _MIN_WORDS + 1:  # the marker's own letter is no word
            return [(start, end)]
        spans.append((start + a, start + cut))
    return spans
