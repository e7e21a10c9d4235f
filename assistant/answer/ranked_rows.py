"""The rows of a table a superlative question picks out: "what's the highest risk?" of a risk
register whose "Risk rating" column says High, Medium or Low.

The answer is in no one sentence: it is the rows whose rating tops the column, read by comparing
the ratings, which retrieval and the sentence scorer can't do. A row is a `table_lines` list
item ("• Hazard: …; Risk rating: Medium; …"). The column is the one whose name has the
question's noun ("risk" → "Risk rating") or, failing that, names a rating or score. Ratings are
compared on the usual scale (very high … very low, with red/amber/green) or as numbers; every row
at the top is shown, in the document's order: "the highest" of a register rated only Medium and
Low is each row rated Medium.

Left out: columns whose values are not on one scale (dates, names), and "the second highest".
"""

from __future__ import annotations

import re

from assistant.answer.units import Unit
from assistant.text.lexical import content_terms
from assistant.text.markers import strip_marker

_TOP = r"highest|biggest|greatest|worst|most serious|most severe|most likely|riskiest|largest"
_BOTTOM = r"lowest|smallest|least serious|least severe|least likely"
# "what's the highest risk?", "which is the lowest scoring option?", "which risks are rated highest?"
# (either of the two words after it may name the column: "the highest *likelihood* risk", "the highest *risk*")
_SUPERLATIVE = re.compile(rf"\b(?:(?P<top>{_TOP})|(?P<bottom>{_BOTTOM}))\b(?:\s+(?P<noun>\w+(?:\s+\w+)?))?", re.I)
_SCALE = {
    "very high": 5, "critical": 5, "severe": 5, "red": 4, "high": 4, "significant": 4, "medium": 3, "moderate": 3,
    "amber": 3, "low": 2, "green": 2, "minor": 2, "very low": 1, "negligible": 1,
}
_RATING_COLUMN = re.compile(r"\b(?:rating|score|level|rag|priority|severity)\b", re.I)
MIN_ROWS = 2  # a column of one row ranks nothing


def _value(text: str) -> float | None:
    t = text.strip().lower().rstrip(".")
    if t in _SCALE:
        return float(_SCALE[t])
    m = re.match(r"^(\d+(?:\.\d+)?)\b", t)
    if m:
        return float(m.group(1))
    first = re.match(r"^(very high|very low|[a-z]+)\b", t)  # "High (after controls: Medium)"
    return float(_SCALE[first.group(1)]) if first and first.group(1) in _SCALE else None


def _cells(text: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for part in strip_marker(text.strip()).split("; "):
        name, colon, value = part.partition(": ")
        if colon and 0 < len(name.split()) <= 5:
            out[name] = value
    return out


def ranked_rows(units: list[Unit], question: str) -> list[Unit]:
    """The rows at the top (or bottom) of the column a superlative question asks about, in the
    document's order; [] when the question has no superlative or no table ranks by it."""
    m = _SUPERLATIVE.search(question)
    if m is None:
        return []
    lowest = m.group("bottom") is not None
    wanted = set(content_terms(m.group("noun") or ""))
    rows = [(u, _cells(u.text)) for u in units if u.is_item and ";" in u.text]
    best: list[tuple[Unit, float]] = []
    for named_by_noun in (True, False):
        for u, cells in rows:
            for name, value in cells.items():
                terms = set(content_terms(name))
                fits = bool(wanted & terms) if named_by_noun else _RATING_COLUMN.search(name) is not None
                score = _value(value) if fits else None
                if score is not None:
                    best.append((u, score))
                    break
        if len(best) >= MIN_ROWS:
            break
        best = []
    # one table: the rows of the document (and chunk order) the best-ranked row is in
    if len(best) < MIN_ROWS:
        return []
    doc = best[0][0].passage.doc_id
    best = [(u, s) for u, s in best if u.passage.doc_id == doc]
    top = (min if lowest else max)(s for _u, s in best)
    seen: set[tuple[int, int]] = set()
    out = []
    for u, s in sorted(best, key=lambda us: us[0].start):
        if s == top and (u.start, u.end) not in seen:
            seen.add((u.start, u.end))
            out.append(u)
    return out
