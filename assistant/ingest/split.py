"""Structure-aware splitting of a cleaned document into chunks.

The document is read line by line into *units* that a reader would keep
together: a heading's numbered paragraph with its nested sub-items and quotes,
a paragraph together with the list it introduces, or a run of bullets. Units are
then packed, within one section, into chunks of at most `max_tokens` embedding
word pieces. A unit that is too big is split between list items (the intro stays
with the first items), then between sentences, never mid-sentence unless one
sentence alone is over the limit, and then in pieces of even size (no stub of
two words left over).

Nothing is left as a chunk on its own that means nothing alone: a short line
before a paragraph (a clause title, "How do we use your information?") goes
with the paragraph it introduces, and a small last piece of a section joins the
chunk before it when the two fit within the limit.

Every chunk is an exact span: `cleaned[chunk.start:chunk.end] == chunk.text`.

Headings are found from Markdown `#` markers or, in plain text, as short
stand-alone lines without closing punctuation (questions allowed). Lettered
sections ("A. Literature review") and appendices are top level; other headings
nest under the last top-level one.

Clause-numbered documents (contracts, agreements: see `text/clauses.py`) label
each chunk with the clauses it spans ("7.2(b)" or "7.2–7.4") and keep the
places where later clauses and pages begin inside it (`Chunk.marks`), so that a
citation of one sentence can name its own clause and page (`text/locate.py`).
A numbered heading in capitals ("4. SECURITY") is a heading even without blank
lines around it, as contracts set them, and so is a short clause title over its
own sub-clauses ("6. Monitoring of employees" before "6.1 …").

Left out: tables are kept as text lines, not parsed into cells.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from assistant.models import SECTION_SEP, Chunk
from assistant.text.clauses import ClauseTracker, is_clause_numbered
from assistant.text.clean import CONTACT, is_field_line, is_sign_off
from assistant.text.locate import Marks, encode, join_labels, span_label
from assistant.text.markers import is_list_item, leading_marker
from assistant.text.run_in import run_in_spans
from assistant.text.sentences import sentence_spans

_NUMBERED = re.compile(r"^(\s*)(\d+)[.)]\s+\S")
_MD_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")
_TOP_LEVEL = re.compile(r"^(?:[A-Z]\.\s+\S|Appendix\b|Annex\b|Section\s+\d|Part\s+[IVX\d]+\b)", re.I)
_CLOSERS = (".", "!", ":", ";", ",", '"', "”")
# A one-line unit this short before a paragraph is that paragraph's title or lead-in:
# never a chunk of its own ("3. Required Disclosure.", "How Do We Use Your Information?").
LEAD_TOKENS = 16
# The clause number a title may open with ("3.", "1.1", "(b)", "iv)").
_CLAUSE_NUMBER = re.compile(r"^\(?(?:\d{1,3}(?:\.\d{1,3})*|[a-z]|[ivx]{1,5})[.)]*\s*", re.I)
# "4. SECURITY", "12 GOVERNING LAW": a clause number and a short title in capitals.
# "Appendix A: Glossary", "Schedule 2 – Data processing", "Annex 1": the title of a part at the
# back of a document, on a line of its own even where no blank line sets it apart (a PDF's text).
_BACK_MATTER = re.compile(r"^(?:appendix|annex|schedule|atodiad)\s+(?:[A-Z]|\d{1,2}|[IVX]{1,4})(?:\s*[:.–—-]\s*\S.{0,60})?$", re.I)
_CAPS_HEADING = re.compile(r"^\d{1,3}(?:\.\d{1,3})*[.)]?\s+([A-Z][A-Z0-9&,'’/()\- ]{2,80})$")


@dataclass
class _Line:
    text: str
    start: int  # offset of the line's first character in the document
    indent: int
    is_list: bool
    number: int | None
    clause: str | None = None  # the clause label this line opens (clause-numbered documents)

    @property
    def end(self) -> int:
        return self.start + len(self.text)

    @property
    def content_start(self) -> int:
        return self.start + self.indent


@dataclass
class _Unit:
    lines: list[_Line]
    section: str
    paragraph: str = ""  # numbered-paragraph label, "" if none

    @property
    def start(self) -> int:
        return self.lines[0].content_start

    @property
    def end(self) -> int:
        return self.lines[-1].end


@dataclass
class _Section:
    path: str
    units: list[_Unit] = field(default_factory=list)
    heading: _Line | None = None  # the line that opened it, and its level
    level: int = 0


def _lines(text: str) -> list[_Line]:
    out: list[_Line] = []
    pos = 0
    tracker = ClauseTracker()
    for raw in text.split("\n"):
        indent = len(raw) - len(raw.lstrip(" "))
        num = _NUMBERED.match(raw)
        out.append(_Line(raw, pos, indent, is_list_item(raw), int(num.group(2)) if num else None, tracker.feed(raw)))
        pos += len(raw) + 1
    if not is_clause_numbered([line.clause for line in out]):
        for line in out:
            line.clause = None
    return out


def _caps_heading(s: str) -> bool:
    m = _CAPS_HEADING.match(s)
    return m is not None and len(m.group(1).split()) <= 8 and sum(ch.isalpha() for ch in m.group(1)) >= 3


_TITLED_CLAUSE = re.compile(r"^(\d{1,3})[.)]?\s+(\S.{0,80})$")


def _clause_title(lines: list[_Line], i: int) -> bool:
    """"6. Monitoring of employees" on a line of its own, its sub-clauses ("6.1 …",
    "6(a) …") next: the title of clause 6, in any case. A clause with text of its
    own ("6. The Council will…", "7. Survival. The obligations…") is not one."""
    m = _TITLED_CLAUSE.match(lines[i].text.strip())
    if m is None or len(m.group(2).split()) > 8 or m.group(2).endswith(_CLOSERS):
        return False
    after = next((line for line in lines[i + 1 :] if line.text.strip()), None)
    label = after.clause if after is not None else None
    return label is not None and label != m.group(1) and re.match(rf"{m.group(1)}[.(]", label) is not None


def _item_title(lines: list[_Line], i: int) -> bool:
    """"2. Microsoft Copilot roll-out" on a line of its own after a blank line, with a paragraph
    right under it ("D. Price reported that…"): the title of an item of minutes or a report, not a
    list item. (A list's next item is a list line; a wrapped item's first line is long.)"""
    m = _TITLED_CLAUSE.match(lines[i].text.strip())
    if m is None or len(m.group(2).split()) > 8 or len(m.group(2)) > 60 or m.group(2).endswith(_CLOSERS):
        return False
    if not m.group(2)[:1].isupper() or (i > 0 and lines[i - 1].text.strip()):
        return False
    after = lines[i + 1] if i + 1 < len(lines) else None
    if after is not None and not after.text.strip():
        # …or with a bulleted list (a table's rows) after a blank line: "5. Timetable" over "• Stage: …"
        # (a numbered list's next item is numbered)
        below = next((line for line in lines[i + 2 :] if line.text.strip()), None)
        return below is not None and below.is_list and below.clause is None and below.text.lstrip()[:1] in _BULLETS
    if after is None or after.is_list or after.indent > 0:
        return False
    text = after.text.strip()
    return text[:1].isupper() and text.endswith((".", "!", "?")) and len(text) > len(lines[i].text.strip())


_BULLETS = "•-*–▪◦●"


PARAGRAPH_TITLE_WORDS = 8  # a title over its paragraph is this long at most


def _paragraph_title(lines: list[_Line], i: int) -> bool:
    """"Who gets it" on a line of its own after a blank line, with its paragraph right under it
    ("Staff whose contract names their home…"), as plain text sets a heading: short, capitalised,
    without a full stop, over a sentence longer than it. (A wrapped paragraph's first line is long;
    an address's lines are no sentences.)"""
    s = lines[i].text.strip()
    # (as an email sets one: "If you don't have a council mobile", or a question its paragraph answers, "Will it
    # track me?" over "No. The app does not…")
    if not s or len(s.split()) > PARAGRAPH_TITLE_WORDS or len(s) > 60 or s.endswith(_CLOSERS) or not s[:1].isupper():
        return False
    if lines[i].is_list or (i > 0 and lines[i - 1].text.strip()) or CONTACT.search(s) or is_sign_off(s):
        return False
    after = lines[i + 1] if i + 1 < len(lines) else None
    if after is None or after.is_list or after.indent > 0:
        return False
    text = after.text.strip()
    return text[:1].isupper() and text.endswith((".", "!", "?")) and len(text) > 2 * len(s) and len(text.split()) >= 6




# A UK postcode ending a line: the line is part of an address.
_POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\W*$")


# A letter's salutation: what comes before it is the letterhead, the address, the reference and the date.
_SALUTATION = re.compile(r"^\W*(?:dear|annwyl)\s+\S", re.I)
LETTER_HEAD = 25  # lines, at most, before a letter's salutation
_EMAIL_HEADING = re.compile(r"^Email from \S")  # as `text.clean` writes an email's header lines


def _in_letter_head(lines: list[_Line], i: int) -> bool:
    """Is line i above a letter's salutation ("Dear Mr Rees"), near the top? There its lines are the
    sender's, the addressee's, the reference and the date ("Human Resources", "12 Heol y Nant"), set on
    lines of their own but never headings over what follows."""
    if i >= LETTER_HEAD or _EMAIL_HEADING.match(lines[i].text):
        return False
    for line in lines[i + 1 : LETTER_HEAD + 1]:
        if _EMAIL_HEADING.match(line.text):
            return False  # (an email's heading line, "Email from Helen Price to …", opens a message of a thread)
        if _SALUTATION.match(line.text):
            return True
    return False


def _heading(lines: list[_Line], i: int) -> tuple[int, str] | None:
    """(level, title) if line i is a heading; level 1 is top."""
    line = lines[i]
    s = line.text.strip()
    if not s:
        return None
    m = _MD_HEADING.match(s)
    if m:
        return len(m.group(1)), m.group(2).strip()
    if line.clause is not None and line.indent == 0 and (_caps_heading(s) or _clause_title(lines, i)):
        return 2, s  # under a "Part One" or "Section 2" heading, if the document has them
    if line.indent == 0 and (_item_title(lines, i) or _paragraph_title(lines, i)):
        return 2, s
    if line.is_list or line.indent > 0 or is_sign_off(s) or CONTACT.search(s):
        return None  # a line with an email address, a web address or a phone number says where to go
    if is_field_line(s):
        return None  # a field and its figure, "Date of next meeting: 16 July 2026", is a fact
    if _POSTCODE.search(s) or _in_letter_head(lines, i):
        return None  # an address's last line, "Neath SA11 2AB", says where, not what follows
    if _BACK_MATTER.match(s) and not s.endswith(_CLOSERS[:2]) and len(s.split()) <= 10:
        return 1, s
    prev_blank = i == 0 or not lines[i - 1].text.strip()
    next_blank = i + 1 >= len(lines) or not lines[i + 1].text.strip()
    # A slide's or a box's title sits right over its bullets ("Training and support" / "• Two
    # days of training…"): short, after a blank line, and followed by a list.
    over_list = i + 1 < len(lines) and lines[i + 1].is_list and len(s.split()) <= 10
    if not (prev_blank and (next_blank or over_list)):
        return None
    words = len(s.split())
    if s.count(",") >= 2 and re.match(r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|\d", s, re.I):
        return None  # "Thursday 21 May 2026, 10:00 to 12:00, Committee Room 2": details, not a title
    if s.endswith("?") and words <= 25:
        return 2, s
    if s.endswith(_CLOSERS) or words > 14:
        return None
    return (1 if _TOP_LEVEL.match(s) else 2), s


def _sections(lines: list[_Line]) -> list[_Section]:
    sections: list[_Section] = [_Section("")]
    path: dict[int, str] = {}
    has_top = False
    current: _Unit | None = None
    last_text_line: _Line | None = None  # last non-list paragraph line, for list intros
    title_lines = 0  # lines of the title block kept as text (see below)

    def new_unit(line: _Line, paragraph: str = "") -> _Unit:
        unit = _Unit([line], sections[-1].path, paragraph)
        sections[-1].units.append(unit)
        return unit

    for i, line in enumerate(lines):
        if not line.text.strip():
            continue
        h = _heading(lines, i)
        if h:
            level, title = h
            if level == 1:
                has_top = True
            elif not has_top:
                level = 1
            last = sections[-1]
            explicit = last.heading is not None and _MD_HEADING.match(last.heading.text.strip()) is not None
            front = sum(len(sec.units) for sec in sections) == title_lines  # no paragraph yet
            lone = last.heading is not None and not last.units and level <= last.level and not explicit
            if lone and not front and last.heading is not None and last.heading.clause is None:
                # A short line with nothing under it before the next heading is no heading: a
                # slide's text box ("The pilot starts on 1 April 2027"), a line of contact
                # details. It stays as text of the section it is in, where it had been lost.
                sections.pop()
                sections[-1].units.append(_Unit([last.heading], sections[-1].path))
            elif front and lone and last.heading is not None:
                # Before the first paragraph, a line read as a heading with nothing under it,
                # followed by one not inside it, was a line of the title block (the title, the
                # organisation, "Version 2.1, approved 14 March 2026"), which a question may be
                # about. (Later, such a line heads the section after it; a `#` heading is the
                # author's own, and stays one.)
                sections.pop()
                sections[-1].units.append(_Unit([last.heading], sections[-1].path))
                title_lines += 1
            path = {k: v for k, v in path.items() if k < level}
            path[level] = title
            sections.append(_Section(SECTION_SEP.join(path[k] for k in sorted(path)), heading=line, level=level))
            current, last_text_line = None, None
            continue
        if line.is_list:
            intro = (
                current is not None
                and last_text_line is not None
                and last_text_line.text.rstrip().endswith(":")
                and (
                    line.indent > last_text_line.indent
                    or (not last_text_line.is_list and line.indent >= last_text_line.indent)
                )
            )
            if current is not None and line.indent > current.lines[0].indent:
                current.lines.append(line)  # nested item of the current unit
            elif intro and current is not None:
                current.lines.append(line)  # list introduced by "...:"
            elif line.number is not None and (current is None or not current.lines[0].is_list or current.lines[0].number is not None):
                # A numbered paragraph (numbering restarts under each heading).
                current = new_unit(line, str(line.number))
                last_text_line = line
            elif current is not None and current.lines[0].is_list and current.lines[0].number is None:
                current.lines.append(line)  # bullets with no intro stay together
            else:
                current = new_unit(line)
            if line.text.rstrip().endswith(":"):
                last_text_line = line
            continue
        # Plain text line.
        if current is not None and line.indent > current.lines[0].indent:
            current.lines.append(line)  # quotation or continuation inside a paragraph
            last_text_line = line
            continue
        current = new_unit(line)
        last_text_line = line
    return [s for s in sections if s.units]


def _is_title(text: str, count: Callable[[str], int]) -> bool:
    """A line or sentence this short opens what follows it: a clause title or a question
    heading (one sentence), or a lead-in ending in ":" (which may be twice as long)."""
    text = text.strip()
    if text.endswith(":"):
        return count(text) <= 2 * LEAD_TOKENS
    body = _CLAUSE_NUMBER.sub("", text, count=1)
    return count(text) <= LEAD_TOKENS and len(sentence_spans(body)) <= 1  # "2. Term. It lasts a year." is a clause


def _fit(
    doc: str, start: int, end: int, count: Callable[[str], int], max_tokens: int
) -> list[tuple[int, int]]:
    """Split [start, end) at sentence boundaries into spans within the limit."""
    if count(doc[start:end]) <= max_tokens:
        return [(start, end)]
    pieces: list[tuple[int, int]] = []
    cur_s: int | None = None
    cur_e = start
    for s, e in sentence_spans(doc[start:end], start):
        if cur_s is not None and count(doc[cur_s:e]) <= max_tokens:
            cur_e = e
            continue
        if cur_s is not None and _is_title(doc[cur_s:cur_e], count):
            s = cur_s  # a title sentence ("3. Required Disclosure.") opens the next piece
        elif cur_s is not None:
            pieces.append((cur_s, cur_e))
        if count(doc[s:e]) <= max_tokens:
            cur_s, cur_e = s, e
        else:  # a single over-long sentence: cut at word boundaries
            cut = _cut_words(doc, s, e, count, max_tokens)
            pieces.extend(cut[:-1])
            cur_s, cur_e = cut[-1]
    if cur_s is not None:
        pieces.append((cur_s, cur_e))
    return pieces


def _cut_words(
    doc: str, start: int, end: int, count: Callable[[str], int], max_tokens: int
) -> list[tuple[int, int]]:
    """[start, end) cut at word boundaries into the fewest pieces within the limit.

    Each piece's end is found by exponential, then binary search over the word
    ends, so each piece costs O(log words) token counts of at most about twice
    its own length: linear overall (a counted piece grew with the whole
    remainder before, which took minutes on a one-line 5 MB file). A single
    word over the limit is a piece of its own."""
    words = [(start + m.start(), start + m.end()) for m in re.finditer(r"\S+", doc[start:end])]
    starts = [a for a, _ in words]
    ends = [b for _, b in words]
    pieces: list[tuple[int, int]] = []
    i = 0  # first word of the current piece
    while i < len(ends):
        ws = starts[i]

        def fits(j: int, ws: int = ws) -> bool:
            return count(doc[ws : ends[j]]) <= max_tokens

        hi, step = i, 1
        while hi + step < len(ends) and fits(hi + step):
            hi, step = hi + step, step * 2
        lo, top = hi, min(hi + step, len(ends))  # fits(lo) or lo == i; not fits(top) or top == len
        while top - lo > 1:
            mid = (lo + top) // 2
            if fits(mid):
                lo = mid
            else:
                top = mid
        pieces.append((ws, ends[lo]))
        i = lo + 1
    if len(pieces) >= 2:  # no stub: the last two pieces share their words evenly
        (a, _), (_, b) = pieces[-2], pieces[-1]
        first = starts.index(a)
        last = ends.index(b)
        total = count(doc[a:b])
        for j in range(first, last):
            if count(doc[a : ends[j]]) * 2 >= total:
                if count(doc[a : ends[j]]) <= max_tokens and count(doc[starts[j + 1] : b]) <= max_tokens:
                    pieces[-2:] = [(a, ends[j]), (starts[j + 1], b)]
                break
    return pieces or [(start, end)]


def _unit_spans(doc: str, unit: _Unit, count: Callable[[str], int], max_tokens: int) -> list[tuple[int, int]]:
    """A unit as one span, or split between its lines, then sentences."""
    if count(doc[unit.start : unit.end]) <= max_tokens:
        return [(unit.start, unit.end)]
    spans: list[tuple[int, int]] = []
    cur_s, cur_e = unit.start, unit.lines[0].end
    for line in unit.lines[1:]:
        # A title line is not a piece alone: it opens the next (split at sentences if need be).
        if count(doc[cur_s : line.end]) <= max_tokens or _is_title(doc[cur_s:cur_e], count):
            cur_e = line.end
            continue
        spans.extend(_fit(doc, cur_s, cur_e, count, max_tokens))
        cur_s, cur_e = line.content_start, line.end
    spans.extend(_fit(doc, cur_s, cur_e, count, max_tokens))
    return spans


def _paragraph_label(units: list[_Unit]) -> str:
    nums = [u.paragraph for u in units if u.paragraph]
    if not nums:
        return ""
    return nums[0] if nums[0] == nums[-1] else f"{nums[0]}–{nums[-1]}"


def split_document(
    doc_id: str,
    cleaned: str,
    count_tokens: Callable[[str], int],
    max_tokens: int = 200,
    pack_tokens: int | None = None,
    page_starts: list[int] | None = None,
) -> list[Chunk]:
    """Chunks in document order. `pack_tokens` is the soft size for packing small
    units; `page_starts` are the offsets where pages 2, 3, … begin (paged formats)."""
    pack = pack_tokens if pack_tokens is not None else int(max_tokens * 0.6)
    chunks: list[Chunk] = []
    lines = _lines(cleaned)
    # Where each clause begins, and "" where an unnumbered heading ends the one before.
    clauses: Marks = []
    if any(line.clause for line in lines):
        current = ""
        for i, line in enumerate(lines):
            if line.clause:
                current = line.clause
                clauses.append((line.content_start, line.clause))
            elif line.text.strip() and _heading(lines, i):
                current = ""
                clauses.append((line.content_start, ""))
            if current:
                clauses.extend(run_in_marks(cleaned, line, current))
    pages: Marks = [(0, "1"), *((o, str(i + 2)) for i, o in enumerate(page_starts))] if page_starts is not None else []

    def emit(start: int, end: int, section: str, paragraph: str) -> None:
        text = cleaned[start:end]
        clause = span_label(clauses, start, end) if clauses else ""
        chunks.append(
            Chunk(
                chunk_id=f"{doc_id}#{len(chunks):04d}",
                doc_id=doc_id,
                ordinal=len(chunks),
                text=text,
                section=section,
                paragraph=clause or paragraph,
                clause=clause,
                page=span_label(pages, start, end),
                marks=encode(clauses, pages, start, end),
                start=start,
                end=end,
                token_count=count_tokens(text),
                content_hash=hashlib.sha256(text.encode()).hexdigest()[:16],
            )
        )

    def is_lead(unit: _Unit) -> bool:
        return len(unit.lines) == 1 and _is_title(unit.lines[0].text, count_tokens)

    def leads(group: list[_Unit]) -> list[_Unit]:
        """The group's last units that introduce what comes next: a short line, with
        the "…:" line before it when that introduced it."""
        if not group or not is_lead(group[-1]):
            return []
        if len(group) >= 2 and is_lead(group[-2]) and group[-2].lines[0].text.rstrip().endswith(":"):
            return group[-2:]
        return group[-1:]

    for section in _sections(lines):
        spans: list[tuple[int, int, str]] = []  # (start, end, paragraph label) of this section's chunks
        group: list[_Unit] = []

        def flush(group: list[_Unit] = group, spans: list[tuple[int, int, str]] = spans) -> None:
            if group:
                spans.append((group[0].start, group[-1].end, _paragraph_label(group)))
                group.clear()

        for unit in section.units:
            size = count_tokens(cleaned[unit.start : unit.end])
            # A short line before it ("3. Required Disclosure.", "… as follows:") is its title: it goes with it.
            lead = leads(group)
            alone = len(lead) == len(group)
            if size > max_tokens or (lead and count_tokens(cleaned[lead[0].start : unit.end]) > max_tokens):
                del group[len(group) - len(lead) :]
                flush()
                whole = _Unit([*(line for u in lead for line in u.lines), *unit.lines], unit.section, unit.paragraph)
                label = _paragraph_label([*lead, unit])
                spans.extend((s, e, label) for s, e in _unit_spans(cleaned, whole, count_tokens, max_tokens))
                continue
            size = count_tokens(cleaned[group[0].start : unit.end]) if group else 0
            # An intro ("In this Agreement:") or a title alone keeps what follows when the two fit.
            intro = bool(group) and (cleaned[group[-1].start : group[-1].end].rstrip().endswith(":") or alone)
            if group and size > (max_tokens if intro else pack):
                del group[len(group) - len(lead) :]
                flush()
                group.extend(lead)
            group.append(unit)
        flush()
        # A small last piece of a section joins the chunk before it when the two fit.
        if len(spans) >= 2:
            (a, _, first), (b0, b, second) = spans[-2], spans[-1]
            tail = count_tokens(cleaned[b0:b])
            if tail <= pack // 4 and count_tokens(cleaned[a:b]) <= max_tokens:
                spans[-2:] = [(a, b, join_labels(first, second))]
        for start, end, label in spans:
            emit(start, end, section.path, label)
    return chunks


_ITEM_OPENS = re.compile(r"\((\w+)\)")  # an item's marker, whose label names it in its clause ("(d)" of "3(d)")


def run_in_marks(cleaned: str, line: _Line, clause: str) -> Marks:
    """Where the items of a list run into a sentence of the line begin, labelled as the clause's own
    ("3(d)" in clause 3), and where their sentence ends, back to the clause: a citation of one item names it."""
    out: Marks = []
    for s, e in sentence_spans(line.text[line.indent :].rstrip(), line.content_start):
        spans = run_in_spans(cleaned, s, e)
        for a, _b in spans[1:]:
            m = _ITEM_OPENS.match(cleaned, a)  # (at the item's offset: no copy of the rest of the document)
            if m is not None:
                out.append((a, f"{clause}({m.group(1)})"))
        if len(spans) > 1:
            out.append((e, clause))
    return out


def sentence_units(text: str) -> list[tuple[int, int]]:
    """Sentences and list items of a chunk as (start, end) offsets within it.

    The composer quotes these units; lists are kept as one item per unit so that
    they can be re-assembled whole and in order (a list run into one sentence too).
    """
    spans: list[tuple[int, int]] = []
    pos = 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            lead = pos + (len(raw) - len(raw.lstrip()))
            is_list = leading_marker(raw) is not None
            if is_list and len(stripped) <= 300:
                spans.append((lead, pos + len(raw.rstrip())))  # a list item is one unit
            else:  # (a long sentence with its items lettered in it, as its intro and items: `text/run_in.py`)
                spans.extend(x for s, e in sentence_spans(raw.strip(), lead) for x in run_in_spans(text, s, e))
        pos += len(raw) + 1
    return spans
