"""A long sentence quoted in part: its opening, " … ", and the part that answers the question.

Contracts and policies define and qualify in one sentence of many clauses ("“Confidential Information”
means any information, technical data or know-how, including, but not limited to, … whether conveyed in
writing or orally by the disclosing party…"). Asked "does information shared verbally count?", the words
that answer are 600 characters in, past what a reader sees first. As a lawyer quotes a clause, the answer
shows the sentence's opening (what it is about and its verb) and the part that holds the asked words, with
" … " where the rest was; the Sources panel shows the sentence whole.

Only where nothing left out could change what is shown: no "not", "except", "unless", "provided", "subject
to" in the gap (an exception left out would turn the sentence's meaning), and only from a sentence long
enough that its answer would not be seen (`LONG_SENTENCE`). Left out: cutting at anything but a comma,
semicolon or colon outside brackets (no parser tells a clause from a phrase).
"""

from __future__ import annotations

import re

from assistant.answer.units import Statement, Unit, is_bullet, tidy
from assistant.text.lexical import content_terms

GAP = " … "
LONG_SENTENCE = 420  # characters: a sentence shorter than this is shown whole
_DEEP = 240  # characters: the asked part must start at least this far in (else the whole sentence shows it)
_OPENING_MIN = 30  # characters: the opening runs to the first cut after this many
_OPENING_MAX = 200  # …and is no opening when longer (the sentence is not one of clauses after a head)
_TAIL_MAX = 300  # characters: the rest of the sentence from the asked part is shown whole when this short
_GAP_MIN = 120  # characters: a shorter gap is not worth a " … "
_PART_MIN = 40  # characters: the part shown after the gap says something ("… consultants …" does not)
# What in the words left out could qualify what is shown ("but not limited to" only widens a list)
_QUALIFIER = re.compile(r"\b(?:not|no|never|neither|nor|except|excluding|unless|provided|subject to|save|other than|"
                        r"only|notwithstanding|however|but)\b", re.I)
_WIDENING = re.compile(r"\b(?:but\s+)?not\s+limited\s+to\b|\bwithout\s+limitation\b", re.I)


def _cuts(text: str) -> list[int]:
    """Where the sentence may be cut: after a comma, a semicolon or a colon outside brackets and quotes."""
    out, depth = [], 0
    for i, ch in enumerate(text):
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth = max(0, depth - 1)
        elif ch in ",;:" and depth == 0 and text[i + 1 : i + 2] == " ":
            out.append(i + 1)
    return out


def excerpt(u: Unit, asked: set[str]) -> Statement | None:
    """The unit's sentence as its opening, " … " and the rest from the first part with an asked term (stemmed)
    the opening lacks, when the sentence is long, that part lies deep in it and nothing left out holds an asked
    term or could qualify what is shown; None otherwise."""
    text = u.text.strip()
    if len(text) < LONG_SENTENCE or not asked or is_bullet(u):
        return None
    lead = len(u.text) - len(u.text.lstrip())
    cuts = _cuts(text)
    opening_end = next((c for c in cuts if c >= _OPENING_MIN), None)
    if opening_end is None or opening_end > _OPENING_MAX:
        return None
    bounds = [c for c in [*cuts, len(text)] if c >= opening_end]
    new = asked - set(content_terms(text[:opening_end]))

    def holds(a: int, b: int) -> bool:
        return bool(new & set(content_terms(text[a:b])))

    # The first part after the opening that holds an asked term: all before it is left out
    first = next((i for i in range(len(bounds) - 1) if holds(bounds[i], bounds[i + 1])), None)
    if first is None or bounds[first] < _DEEP or bounds[first] - opening_end < _GAP_MIN:
        return None
    start = bounds[first] + len(text[bounds[first] :]) - len(text[bounds[first] :].lstrip())
    if _QUALIFIER.search(_WIDENING.sub("", text[opening_end:start])):
        return None
    # …and the rest of the sentence, unless it is long: then up to the last part within reach that holds one
    end = len(text)
    if end - start > _TAIL_MAX:
        within = [bounds[i + 1] for i in range(first, len(bounds) - 1) if bounds[i + 1] - start <= _TAIL_MAX and holds(bounds[i], bounds[i + 1])]
        end = max(within, default=bounds[first + 1])
        if holds(end, len(text)) or _QUALIFIER.search(_WIDENING.sub("", text[end:])):
            end = len(text)  # (nothing asked about, nor what qualifies it, is left out after it either)
    if end - start < _PART_MIN:
        return None
    shown = tidy(text[:opening_end].rstrip(" ,;:")) + GAP + text[start:end].rstrip(" ,;:") + ("" if end == len(text) else GAP.rstrip())
    base = u.start + lead
    return Statement(shown, [u.passage], spans=[(u.passage.doc_id, base, base + opening_end), (u.passage.doc_id, base + start, base + end)])
