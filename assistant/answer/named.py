"""The blocks that name what the question names: "is WhatsApp ok for the team chat?" of a list
of apps ("• Microsoft Teams, for meetings, chat and calls", "• WhatsApp, Signal or Telegram for
council business") is answered by the item that names WhatsApp, not by the one that shares more
of the question's other words.

A name is a word the document spells as one (`text.names`: "WhatsApp", "CCTV", "…such as Dropbox").
The question may type it in any case, but as the document spells it ("team" is not "Teams"). A
name most blocks share (the product a whole document is about) or the document's title has picks
none: it says nothing of which block answers.

The same goes for a question the document asks by its number: "what's question 3 asking?" of a
consultation's "Q3. Would a phased move…?"; "what questions does it ask?" of all of them; and for
an item of a numbered list: "what's item 4?" of an agenda's "4. AI note-taking pilot…"; and for the
rows of a table that have a name under the column a question names ("when is Tom on call?"); and for
things a letter counts and then gives a paragraph each ("We have three concerns." — "First, …").

Left out: names the document only spells at the start of a sentence or item (see `text.names`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant.answer.abstain import GENERIC
from assistant.answer.units import MONTH_NAMES, Block
from assistant.models import section_heading
from assistant.text.fields import field_label
from assistant.text.lexical import content_terms
from assistant.text.markers import leading_marker
from assistant.text.names import spelled_names, words
from assistant.text.questions import ENTRY_NUMBER, ORDINAL_ENTRY, ORDINALS, QUESTION_NUMBER

if TYPE_CHECKING:
    from assistant.answer.units import Unit

NAMED_BLOCKS = 3  # a name this many blocks have at most picks them out


def in_document_order(blocks: list[Block]) -> list[Block]:
    """The blocks in their documents' order."""
    return sorted(blocks, key=lambda b: (b.passage.doc_id, b.units[0].start))


def likelier_in_order(found: list[Block]) -> list[Block]:
    """`found` in the documents' order, each one likelier than the next, so that put first together
    they stay in that order (a consultation's Q1, Q2, Q3; a rota's days)."""
    found = in_document_order(found)
    for i, b in enumerate(found):
        b.prob = max(b.prob, 1.0 - i / (len(found) + 1))
    return found


def _item(b: Block) -> bool:
    """A block that is one list item."""
    return len(b.units) == 1 and b.units[0].is_item


def _kind(b: Block) -> str | None:
    """What sort of entry a block is, among entries set side by side: a list item, or a line of a
    label the document repeats ("Action: Ceri Lloyd to send…", "Action: Sarah Hughes and…")."""
    if _item(b):
        return "item"
    label = field_label(b.units[0].text) if len(b.units) == 1 else None
    return f"label:{label.lower()}" if label else None


def _row_text(b: Block) -> str:
    """The text of a block that is one table row as `table_lines` writes it ("• Head: value; …"), or ""."""
    text = b.units[0].text.strip() if len(b.units) == 1 else ""
    return text if text.startswith("•") else ""


def blocks_naming(blocks: list[Block], question: str) -> list[Block]:
    """The likeliest list item that has every name the question types, when the likeliest block
    of all is an item that lacks one, and few blocks have them; none otherwise. (Items of a list
    name things side by side; a sentence that lacks the name may speak of it as "it".) The same
    for lines of one label: "what actions are on Sarah?" of minutes' "Action: …" lines."""
    if not blocks:
        return []
    best = max(blocks, key=lambda b: b.prob)
    kind = _kind(best)
    if kind is None:
        return []
    typed = {w.lower() for w in words(question)}
    texts = {id(b): " ".join(u.text for u in b.units) for b in blocks}
    named = set().union(*(spelled_names(t) for t in texts.values())) & typed
    # (a word the documents also write in lower case is an ordinary word they capitalise in a title,
    # "Public Services", not a name)
    lower = {w for t in texts.values() for w in words(t) if w.islower()}
    named = {w for w in named if len(w) > 2 and w not in lower and any(t not in GENERIC for t in content_terms(w))}
    if not named:
        return []

    def has(b: Block) -> bool:
        return named <= {w.lower() for w in words(texts[id(b)])}

    def has_around(b: Block) -> bool:
        # (with what the item is part of: the text before it in its passage, its list's intro among it,
        # and its section's heading: "Recent examples of … in the Welsh public sector include:" over
        # "• Using robotic process automation…" names what it is about)
        u = b.units[0]
        before = u.passage.text[: max(0, u.start - u.passage.start)]
        return named <= {w.lower() for w in words(f"{u.passage.section} {before} {texts[id(b)]}")}

    having = [b for b in blocks if has(b) and _kind(b) == kind]
    in_title = any(w in {t.lower() for t in words(b.passage.title)} for b in having for w in named)
    if not having or len(having) > NAMED_BLOCKS or in_title or (has_around(best) if kind == "item" else has(best)):
        return []
    return sorted(having, key=lambda b: -b.prob)[:1]


# A question a document asks, by its number: "Q3. Would a phased move…?", "Question 3: …". The
# number may be a sentence of its own ("Q3."), before the unit.
_NUMBER_BEFORE = re.compile(r"(?:^|\n)[^\S\n]*(?:Q|Question\s+)(?P<n>\d{1,2})\s*[.:)]?[^\S\n]*$", re.I)
_NUMBERED = re.compile(r"\W*(?:Q|Question\s+)(?P<n>\d{1,2})\s*[.:)]\s", re.I)
_WHICH_QUESTIONS = re.compile(r"\bwhat (?:questions|are the questions|does (?:it|the \w+) ask)\b", re.I)


def question_number(u: Unit) -> int | None:
    """The number the document gives the question `u` asks ("Q3."), if it is one."""
    if not u.text.rstrip().endswith("?"):
        return None
    m = _NUMBERED.match(u.text) or _NUMBER_BEFORE.search(u.passage.text[: max(0, u.start - u.passage.start)])
    return int(m.group("n")) if m else None


def numbered_questions(blocks: list[Block], question: str) -> list[Block]:
    """The document's numbered questions the question asks about ("question 3"), or all of them
    ("what questions does the consultation ask?"), with the earlier ones the likelier."""
    asked = {int(n) for n in QUESTION_NUMBER.findall(question)}
    if not asked and not _WHICH_QUESTIONS.search(question):
        return []
    found = []
    for b in blocks:
        n = question_number(b.units[0]) if len(b.units) == 1 else None
        if n is not None and (not asked or n in asked):
            found.append(b)
    return likelier_in_order(found)


def numbered_items(blocks: list[Block], question: str) -> list[Block]:
    """The list item of each document the question asks for by its number: "what's item 4?" of an
    agenda's "4. AI note-taking pilot…", "what's recommendation 2?", "what's the third demand?"; and the
    table row a plan numbers in a column the question names ("phase 2")."""
    asked = {int(n) for n in ENTRY_NUMBER.findall(question)}
    placed = {ORDINALS.index(m.group(1).lower()) + 1: set(content_terms(m.group(2))) for m in ORDINAL_ENTRY.finditer(question)}
    by_column = [(set(content_terms(m.group(1))), int(m.group(2))) for m in _COLUMN_NUMBER.finditer(question)]
    if not asked and not placed and not by_column:
        return []
    # (a place in a list is that list's when the question says nothing else, "what's the third demand?", or
    # the list's intro or heading names what it counts: not "the first principle of the Charter" of any
    # numbered list that is there)
    bare = not set(content_terms(ORDINAL_ENTRY.sub(" ", question))) - GENERIC
    found: dict[str, Block] = {}
    for b in in_document_order(blocks):
        m = leading_marker(b.units[0].text) if _item(b) else None
        n = int(m.group("n")) if m is not None and m.group("n") else None
        by_place = n in placed and (bare or _counted_by(b, placed[n]))
        if (n in asked or by_place or _row_numbered(b, by_column)) and b.passage.doc_id not in found:
            found[b.passage.doc_id] = b
    return list(found.values())


def _counted_by(b: Block, noun: set[str]) -> bool:
    """Does the list's paragraph before the item (its intro and the items before it), or its heading,
    name what the list counts ("Follow these five *principles*…:" over "1. Only use tools…")?"""
    u = b.units[0]
    before = u.passage.text[: max(0, u.start - u.passage.start)].rsplit("\n\n", 1)[-1]
    return bool(noun & set(content_terms(f"{section_heading(u.passage.section)}\n{before}")))


# "What happens in phase 2?" of a plan's table, whose column "Phase" holds "2. Build".
_COLUMN_NUMBER = re.compile(r"\b(phase|stage|step|part|milestone|workstream)\s+(\d{1,2})\b", re.I)


def _row_numbered(b: Block, asked: list[tuple[set[str], int]]) -> bool:
    """Is `b` a table row whose cell, under the column the question names, has the number it asks
    for ("Phase: 2. Build" for "phase 2")?"""
    text = _row_text(b) if asked else ""
    for m in _CELL.finditer(text.lstrip("• ")):
        head, value = set(content_terms(m.group("head"))), m.group("value").strip()
        if any(label <= head and re.match(rf"(?:\w+\s+)?{n}\b(?![.,]\d)", value) for label, n in asked):
            return True
    return False


# A table row as `table_lines` writes it: "• Head: value; Head: value; …".
_CELL = re.compile(r"(?:^|;\s*)(?P<head>[^:;•\n]{1,40}):\s*(?P<value>[^;\n]+)")


def _a_name(word: str) -> bool:
    """A capitalised word that says something ("Tom", "Rhian"), not "The" or "A" starting a cell."""
    return word[:1].isupper() and len(word) > 2 and bool(content_terms(word)) and not any(t in GENERIC for t in content_terms(word))


def rows_by_value(blocks: list[Block], question: str) -> tuple[list[Block], list[Block]]:
    """The table rows whose cell under a column the question names holds a name the question types
    ("when is Tom on call?" of a rota: the rows whose "On call" is Tom), in the document's order; and
    the rows that have that name only under another column (Tom on the early shift), which don't
    answer. Both empty unless some rows match and some only have the name elsewhere."""
    typed = {w.lower() for w in words(question)}
    asked = set(content_terms(question))
    matched: list[Block] = []
    other: list[Block] = []
    for b in blocks:
        text = _row_text(b)
        if not text:
            continue
        cells = [(m.group("head").strip(), m.group("value").strip()) for m in _CELL.finditer(text.lstrip("• "))]
        named = [v for h, v in cells if set(content_terms(h)) and set(content_terms(h)) <= asked]
        names = {w.lower() for v in named for w in words(v) if _a_name(w)}
        if names & typed:
            matched.append(b)
        elif {w.lower() for _h, v in cells for w in words(v) if _a_name(w)} & typed - names:
            other.append(b)
    if not matched or not other:
        return [], []
    return in_document_order(matched), other


_DAY_ASKED = re.compile(rf"\b(?P<n>\d{{1,2}})(?:st|nd|rd|th)\b|\b(?P<m>\d{{1,2}})\s+{MONTH_NAMES}\b", re.I)


def rows_on_day(blocks: list[Block], question: str) -> tuple[list[Block], list[Block]]:
    """The table rows dated on the day of the month the question gives ("what shift is Rhian on on
    the 27th?" of a rota's "Date: Sunday 27 December; …"), in the document's order, and the rows
    dated on other days; both empty unless there are both."""
    days = {int(m.group("n") or m.group("m")) for m in _DAY_ASKED.finditer(question)}
    if not days:
        return [], []
    on: list[Block] = []
    off: list[Block] = []
    for b in blocks:
        text = _row_text(b)
        if not text:
            continue
        dated = {int(d) for d in re.findall(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+{MONTH_NAMES}\b", text, re.I)}
        if dated & days:
            on.append(b)
        elif dated:
            off.append(b)
    if not on or not off:
        return [], []
    return in_document_order(on), off


# "We have three concerns.", "There are two reasons for this.": a sentence that says how many of a thing
# the paragraphs after it give, each opening "First,", "Second,"… ("Finally,").
_ANNOUNCES = re.compile(r"\b(?:two|three|four|five|six|seven|[2-9])\s+(?:main\s+|key\s+|specific\s+|particular\s+|further\s+)?"
                        r"(?P<noun>[a-z]{3,}s)\b", re.I)
_ORDINAL_OPENER = re.compile(r"^\W*(?P<n>first|second|third|fourth|fifth|sixth|seventh|finally|lastly)(?:ly)?\s*,", re.I)
ANNOUNCED_BLOCKS = 4  # of the likeliest blocks, the ones looked at for a count of what the question asks about


def announced_list(lead: Block, others: list[Block], units: list[Unit], own: str) -> tuple[Block, list[Block]]:
    """"What are the union's concerns?" of a letter that says "We have three concerns." and then gives
    them a paragraph each ("First, …", "Second, …", "Third, …"): the count, then each concern's first
    sentence as a point, in order, not the sentence that says "concerns" most. "What's the second
    concern?": that one. Only where the count is of what the question names, and two openers follow it
    in its passage."""
    asked = set(content_terms(own))
    entries = list(ORDINAL_ENTRY.finditer(own))
    place = {m.group(2).lower() for m in entries}
    nth = ORDINALS.index(entries[0].group(1).lower()) if entries else None
    for b in [lead, *others][:ANNOUNCED_BLOCKS]:
        if len(b.units) != 1:
            continue
        u = b.units[0]
        m = _ANNOUNCES.search(u.text)
        if m is None or not set(content_terms(m.group("noun"))) & (asked | {t for p in place for t in content_terms(p)}):
            continue
        after = sorted((v for v in units if v.passage.chunk_id == u.passage.chunk_id and v.start > u.start), key=lambda v: v.start)
        openers: list[Unit] = []
        for v in after:
            if _ORDINAL_OPENER.match(v.text) and all(v.start != o.start for o in openers):
                openers.append(v)
        if len(openers) < 2:
            continue
        if nth is not None:
            if nth >= len(openers):
                continue
            chosen = Block([openers[nth]], openers[nth].score, b.prob)
            return chosen, [o for o in [lead, *others] if not any(x is openers[nth] for x in o.units)]
        taken = {id(u), *(id(o) for o in openers)}
        points = [Block([o], o.score, b.prob) for o in openers]
        rest = [o for o in [lead, *others] if not taken & {id(x) for x in o.units}]
        return Block([u], u.score, max(b.prob, lead.prob), has_type=b.has_type), [*points, *rest]
    return lead, others
