"""Sentence boundaries with character spans: the one splitter every stage uses
(ingest's sentence units, the citation check, the LLM answer enforcer, the cleaner).

A boundary is a `.`, `!` or `?` (or a citation marker `]`), then any closing
quotes or brackets, then white space, then what can start a sentence: a capital
or a digit, possibly after an opening quote or bracket. A full stop after a
known abbreviation ("e.g.", "i.e.", "Dr.", "para."), a single initial
("J. Smith") or a line's label ("Q3. Would a phased move…?") is not a boundary, nor one after a dotted
initialism before a word that doesn't open a sentence ("the U.S. Department of Commerce").

Linear in the length of the text: one regular-expression scan with fixed
look-behinds. Left out: pysbd, which handles more cases but took 2.2 s on a
50 kB paragraph here (super-linear), and a document may be one long line.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# Lower-cased, without the final full stop.
ABBREVIATIONS = frozenset(
    ["e.g", "i.e", "etc", "cf", "vs", "viz", "al", "approx", "dr", "mr", "mrs", "ms", "prof", "cllr", "st", "no", "nos", "para", "paras", "fig", "figs", "vol", "ch", "art", "sec", "sect", "pp", "p", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]
)

# A citation marker "[2]" after a full stop belongs to the sentence before it.
_BOUNDARY = re.compile(r"(?:(?<=[.!?])|(?<=\]))([\"”’)\]]*)\s+(?=[\"“‘(]?[A-Z0-9]|\[[A-Za-z])")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)\.$")


# A line's label of a letter or two and a number: "Q3." (a consultation's question), "R2." (a recommendation).
_LABEL_BEFORE = re.compile(r"(?:^|\n)[^\S\n]*[A-Z]{1,2}\d{1,3}\.$")


def _abbreviation_before(text: str, stop: int) -> bool:
    """Is the full stop ending text[:stop] part of an abbreviation, an initial or a line's label?"""
    if _LABEL_BEFORE.search(text, max(0, stop - 8), stop):
        return True
    m = _WORD_BEFORE.search(text, max(0, stop - 12), stop)
    if m is None:
        return False
    word = m.group(1)
    return word.lower() in ABBREVIATIONS or (len(word) == 1 and word.isupper())


# A dotted initialism ("U.S.", "U.K.", "E.U.") ends a sentence only before a word that opens one: "the U.K.
# Government agreed" is one sentence, "…based in the U.K. We also…" two.
_INITIALISM = re.compile(r"(?:^|[\s(])(?:[A-Z]\.){1,3}[A-Z]\.$")
_NEXT_WORD = re.compile(r"[A-Za-z]+")
SENTENCE_OPENERS = frozenset([
    "The", "This", "These", "That", "Those", "We", "You", "It", "Its", "Our", "Your", "They", "Their", "He", "She",
    "I", "If", "In", "On", "At", "For", "To", "A", "An", "All", "Any", "Some", "No", "As", "When", "Where", "What",
    "Who", "Please", "There", "Here", "By", "From", "With", "Each", "Every", "However", "Also", "Since", "Because",
    "After", "Before", "Under", "Once", "Staff", "Employees", "Data", "Information", "Personal",
])


def boundaries(text: str, pos: int = 0) -> Iterator[tuple[int, int]]:
    """(end of one sentence, start of the next) for each boundary from `pos` on."""
    for m in _BOUNDARY.finditer(text, pos):
        stop = m.start()  # just after the . ! ? or ]
        if text[stop - 1 : stop] == "." and _abbreviation_before(text, stop):
            continue
        if text[stop - 1 : stop] == "." and _INITIALISM.search(text, max(0, stop - 10), stop):
            following = _NEXT_WORD.match(text, m.end())
            if following is not None and following.group() not in SENTENCE_OPENERS:
                continue
        yield m.end(1), m.end()


def sentence_spans(text: str, base: int = 0) -> list[tuple[int, int]]:
    """Non-empty sentences of one paragraph as (start, end) offsets, shifted by `base`;
    trailing white space is left out of each span."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for end, nxt in boundaries(text):
        spans.append((pos, end))
        pos = nxt
    spans.append((pos, len(text.rstrip())))
    return [(base + s, base + e) for s, e in spans if e > s]


def split_sentences(text: str) -> list[str]:
    """The sentences of one paragraph, as text."""
    return [text[s:e] for s, e in sentence_spans(text)]
