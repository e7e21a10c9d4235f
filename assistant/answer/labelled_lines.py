"""The lines a question asks for by the label each carries: "what actions came out of the
meeting?" of minutes whose actions are lines "ACTION: D. Price to share the assessment by 30
June", one under each item; "what were the decisions?" of "Decision: …" lines; "list the
recommendations" of "Recommendation 3: …".

The answer is no one sentence or list: the lines are spread through the document, each in the
section of its item, and the scorer rates each alone. A line is a unit that opens with a label
(one or two words, a number allowed, then a colon) whose word is the question's plural noun, by
stem; not a table's row ("• Risk: …; Likelihood: …"), which the table's rules read. Two such lines
at least, of one document, in its order.

Asked of someone by name ("what actions are on Sarah?"), the lines that name them.

Left out: labels in another form than a colon ("Action - …", "[Action]"), and lines whose label
is a synonym of the question's noun ("what was agreed?" of "AGREED: …" is asked by a verb).
"""

from __future__ import annotations

import re

from assistant.answer.units import Unit, has_cells
from assistant.text.lexical import content_terms
from assistant.text.names import words

# "ACTION: …", "Action point: …", "Recommendation 3: …", "• Decision: …"
_LABEL = re.compile(r"^\W*(?P<label>[A-Za-z]+(?:\s+[A-Za-z]+)?)(?:\s+\d+[a-z]?)?\s*:\s+\S")
# "what actions…?", "what are the actions…?", "which decisions…", "list the recommendations", "all the actions"
_PLURAL_ASKED = re.compile(
    r"\b(?:what|which|list|all|any)\b(?:\s+(?:are|were|is|was|have|has|the|of|were there|are there|came out|agreed))*"
    r"\s+(?:the\s+)?(?P<noun>[a-z]{4,}s)\b", re.I)
MIN_LINES = 2  # one line is a sentence the scorer can find alone


def plural_asked(question: str) -> str | None:
    """The plural noun a question asks for a list of: "what *actions* came out of it?", "what *rules*
    do staff have to follow?", "list the *recommendations*"."""
    m = _PLURAL_ASKED.search(question)
    return m.group("noun") if m else None


def labelled_lines(units: list[Unit], question: str) -> list[Unit]:
    """The lines, in the document's order, labelled by what the question asks for in the plural;
    [] when it asks for no such thing or no document has two such lines."""
    noun = content_terms(plural_asked(question) or "")
    if not noun:
        return []
    lines: dict[str, list[Unit]] = {}
    seen: set[tuple[str, int]] = set()
    for u in units:
        label = _LABEL.match(u.text)
        if label is None or noun[0] not in content_terms(label.group("label")) or has_cells(u.text):
            continue
        key = (u.passage.doc_id, u.start)
        if key not in seen:
            seen.add(key)
            lines.setdefault(u.passage.doc_id, []).append(u)
    best = max(lines.values(), key=len, default=[])
    if len(best) < MIN_LINES:
        return []
    # "What actions are on Sarah?": the lines that name whom the question names (a capitalised word
    # after the label), when some do.
    typed = {w.lower() for w in words(question)}
    named = {w.lower() for u in best for w in words(u.text)[1:] if w[:1].isupper()} & typed
    mine = [u for u in best if named and named <= {w.lower() for w in words(u.text)}]
    return sorted(mine or best, key=lambda u: u.start)
