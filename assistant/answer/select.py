"""Evidence selection: which blocks answer a question, and in what order.

Blocks (`units.py`) are ranked by the fitted scorer's probability (`scorer.py`,
features in `features.py`). The lead is the best block that can open an answer
(not a heading, a question, or an intro alone); a list question gets the whole
list, a question after a number, date or name a block that has one. Points
follow while their probability stays above the fitted thresholds, within the
persona's budget; the next best blocks go to "more". A block that leans on text
not shown is shown with it or not at all (`reading.py`).

Left out: a cross-encoder or NLI reranker of sentences (no such weights can be
had offline here; the design would put one in `features.py` as a feature); and
offering the best block of retrieval's first passage as a point whatever its
probability, which added no key point on the dev, outside or employer sets.
"""

from __future__ import annotations

import re

from assistant.answer.features import heading_like
from assistant.answer.reading import bare_heading, context_for, leads_ok
from assistant.answer.units import Block, Unit, is_bullet
from assistant.models import section_heading
from assistant.text.lexical import content_terms
from assistant.text.markers import strip_marker

MORE_BLOCKS = 6  # blocks kept for "More from the documents"


def size(b: Block) -> int:
    """How many points a block adds to an answer: one, or one per list item (a list run into its
    sentence is shown as that sentence: one)."""
    if b.intro is not None and b.intro.runs_in:
        return 1
    return max(1, sum(1 for u in b.units if u.is_item)) if b.intro is not None or b.units[0].is_item else 1


# An intro whose sentence stops on a word that needs what follows ("…only with:", "…include:").
_OPEN_INTRO = re.compile(
    r"\b(?:with|to|for|by|of|from|in|on|at|about|as|that|than|include|includes|including|are|is|were|was|be|"
    r"and|or|the|a|an|can|may|must|will|should|would|"
    # "…you will receive occupational maternity pay as follows:": what each item is, the intro says
    r"follows|following|below)\s*:\s*$",
    re.I,
)


def with_intro(b: Block) -> Block:
    """A list item that only continues its intro's sentence ("- trade unions, where you
    have asked us…" under "We share your information with:") says nothing alone: it
    leads with its intro, as a list of one. An item that is a sentence of its own
    ("- Employers consult trade unions at an early stage…") stands alone."""
    intro = b.whole.intro if b.whole is not None else None
    item = strip_marker(b.units[0].text.strip())
    # "Local authorities and schools", an item that names without saying, needs its intro too,
    # and so does one that ends as a part of its intro's sentence ("OakHR Ltd, which hosts the
    # system for us;", "…; and").
    continues = item[:1].islower() or heading_like(item) or re.search(r"(?:[;,]|\b(?:and|or))\s*$", item) is not None
    if intro is not None and _OPEN_INTRO.search(intro.text):
        continues = True  # "We share your information only with:": every item finishes its sentence
    if intro is None or not b.part_of_list or not continues:
        return b
    return Block([intro, *b.units], b.score, b.prob, context=b.context, whole=b.whole, has_type=b.has_type)


# The most rows (with the intro) a table may have to be shown whole for a row the question doesn't pick.
_WHOLE_TABLE = 7


def _rows_barred(table: Block, blocks: list[Block], barred: set[int]) -> bool:
    """Has the question ruled out a row of the table ("6 years" is not "Less than 5 years")? Then
    it picks the row that is left, which leads alone."""
    rows = {id(u) for u in table.units}
    return any(id(b) in barred and any(id(u) in rows for u in b.units) for b in blocks)


ENTRY_WORDS = 12  # a numbered item this short, with no full stop, is an entry of a list (an agenda's), not a clause


def _numbered_entry(u: Unit) -> bool:
    """A numbered list item that is an entry, not a clause: "4. AI note-taking pilot in Social
    Services (2.45pm)" of an agenda. A list asked for ("what's on the agenda?") is all of them."""
    item = strip_marker(u.text.strip())
    return u.is_item and item != u.text.strip() and len(item.split()) <= ENTRY_WORDS and not item.endswith((".", ";", ":"))


def _names_only(u: Unit) -> bool:
    """A list item that names a thing without saying anything of it ("• GPS location during a
    visit only"): short, no full stop, no verb a statement needs. A table row names its cells
    ("Grade: 5"), which says something."""
    item = strip_marker(u.text.strip())
    return heading_like(item) and ": " not in item and not _VERB.search(item)


_VERB = re.compile(r"\b(?:is|are|was|were|will|would|can|could|must|may|should|has|have|had|does|do|did)\b", re.I)


def _lists(blocks: list[Block]) -> dict[int, list[Unit]]:
    """Each list item (by id) → the items of the list it is in, as its longest block has them."""
    out: dict[int, list[Unit]] = {}
    for blk in sorted(blocks, key=lambda b: -len(b.units)):
        items = [u for u in blk.units if u.is_item]
        if len(items) > 1:
            for u in items:
                out.setdefault(id(u), items)
    return out


def _says_its_own(b: Block, asked: set[str], lists: dict[int, list[Unit]]) -> bool:
    """Does this item of a list have a word of the question (`asked`, stemmed) that not
    every item of its list has? The rows of a table all carry its column names ("How long we
    keep it"), which match the question as well in every row; the row it asks about has
    its own ("CCTV")."""
    common = _common_terms(lists.get(id(b.units[0]), b.units))
    return bool(asked & (set(content_terms(" ".join(u.text for u in b.units))) - common))


def _heading_asked(b: Block, asked: set[str] | None) -> bool:
    """Is the block under a heading that says all the question asks ("what information does it
    use about me?" of "What information it uses")? Its list, whole, is the answer."""
    heading = set(content_terms(section_heading(b.passage.section)))
    return bool(asked) and asked is not None and asked <= heading


def _common_terms(items: list[Unit]) -> set[str]:
    """The terms every item of a list (every row of a table) has: its column names, its intro's words."""
    return set.intersection(*(set(content_terms(u.text)) for u in items)) if len(items) > 1 else set()


def _other_row(b: Block, lead: Block, lists: dict[int, list[Unit]], asked: set[str]) -> bool:
    """Is `b` another item of the list (or row of the table) the lead comes from, without a
    word of the question of its own? It scores close to the lead, sharing its section,
    intro or column names, without bearing on the question."""
    sibling = b.whole is not None and b.whole is lead.whole
    same_list = sibling or lists.get(id(b.units[0])) is lists.get(id(lead.units[-1]), [])
    return same_list and not _says_its_own(b, asked, lists)


_NEGATED = re.compile(r"\b(?:not|no|never|without|none)\b|n't\b", re.I)
_WHICH = re.compile(r"^\W*(?:and\s+|so\s+)?(?:which|what)\b", re.I)  # asks which rows, not whether one does
_SAYS_NO = re.compile(r"^(?:no|none|n/?a|not applicable)\b", re.I)


def rows_saying_no(blocks: list[Block], asked: set[str], question: str) -> set[int]:
    """Table rows (blocks, by id) whose cell under the column a question names says no:
    "which systems make decisions about staff?" is not answered by a row whose "Makes or
    supports decisions about people?" is "No". None when the question itself is negative
    ("which systems don't…?"), or asks whether one row does ("does Copilot…?": "No" answers it)."""
    if not asked or _NEGATED.search(question) or not _WHICH.match(question):
        return set()
    out: set[int] = set()
    for b in blocks:
        if len(b.units) != 1 or not is_bullet(b.units[0]):
            continue
        if any(asked & set(content_terms(name)) and _SAYS_NO.match(value.strip()) for name, value in _cells(b.units[0].text)):
            out.add(id(b))
    return out


def _cells(text: str) -> list[tuple[str, str]]:
    """A table row as `table_lines` writes it, as (column name, value) pairs ("• Step: Appeal;
    Who: Employee" → (Step, Appeal), (Who, Employee))."""
    out = []
    for part in strip_marker(text.strip()).split("; "):
        name, colon, value = part.partition(": ")
        if colon:
            out.append((name, value))
    return out


def _field_names(text: str) -> list[str]:
    """The column names of a table row ("• Step: Appeal; Who: Employee; Time limit: Within 10
    working days" → Step, Who, Time limit): names of up to five words."""
    return [name for name, _ in _cells(text) if 0 < len(name.split()) <= 5]


# The column a question asks for by its kind of fact: "how long is the training?" of a table of
# sessions with a "Length" column, "when is it?" of one with a "When" or "Date" column.
_KIND_COLUMNS = (
    (re.compile(r"^\W*how long\b", re.I), frozenset(content_terms("length duration"))),
    (re.compile(r"^\W*(?:when|what dates?)\b", re.I), frozenset(content_terms("when date dates"))),
    (re.compile(r"^\W*where\b", re.I), frozenset(content_terms("where venue location place"))),
)


def kind_column(question: str) -> set[str]:
    """The names a column of the kind of fact asked for may have; empty for other questions."""
    return next((set(names) for q, names in _KIND_COLUMNS if q.search(question)), set())


# A column that says who does a thing: "Approved by", "Who", "Owner", "Responsible officer".
_BY_WHOM = re.compile(r"\bby\b|\bwho\b|\bowners?\b|\bresponsib\w*|\blead\b", re.I)


def column_asked(
    blocks: list[Block], asked: set[str], point_min: float, kind: set[str] | None = None, who: bool = False
) -> Block | None:
    """A table of which the question asks for one column, and for nothing else ("what are
    the time limits?" of a table with a "Time limit" column in every row): it is answered
    by the whole table, row by row. A sentence that only says the words ("Time limits may be
    extended…") scores higher, and the rows, one point each, are more than a worker's budget.
    `kind`: a column named for the kind of fact asked ("how long…?" → "Length") is asked too.
    `who`: the question asks who, which only a column that says by whom answers ("who scores me?"
    is not answered by a column "How it is scored")."""
    if not asked and not kind:
        return None
    best: Block | None = None
    for b in blocks:
        if b.intro is not None or len(b.units) < 2 or not all(is_bullet(u) for u in b.units) or b.prob < point_min:
            continue
        common = set.intersection(*(set(_field_names(u.text)) for u in b.units))
        named = [set(content_terms(name)) for name in common if not who or _BY_WHOM.search(name)]
        by_name = any(asked and asked <= n for n in named)
        # (not when the question names one row: "when does the pilot start?" of "Phase: Pilot; Dates: …")
        by_kind = kind is not None and bool(kind) and any(n and n <= kind for n in named) and not _names_one_row(b.units, asked)
        if (by_name or by_kind) and (best is None or len(b.units) > len(best.units)):
            best = b
    return best


def _names_one_row(rows: list[Unit], asked: set[str]) -> bool:
    """Does one row of the table have a word of the question (`asked`) that not every row has?"""
    shared = _common_terms(rows)
    return any(asked & (set(content_terms(u.text)) - shared) for u in rows)


def _by_context(blocks: list[Block], asked: set[str]) -> None:
    """Sentences that say the same but for a figure, each leaning on the one before it ("It will
    stay on the employee's file for 6 months." after "Stage 1: First written warning.", "…for 12
    months." after "Stage 2: Final written warning."), are told apart only by what they lean on:
    their probabilities are given out again in the order of how many of the question's words
    those sentences have (a question about the final warning is answered by its 12 months)."""
    groups: dict[str, list[Block]] = {}
    for b in blocks:
        if b.context is not None and len(b.units) == 1:
            key = re.sub(r"\d+(?:[.,]\d+)*", "#", b.units[0].text.lower()).strip()
            groups.setdefault(key, []).append(b)
    for group in groups.values():
        if len(group) < 2:
            continue
        def named(b: Block) -> int:
            assert b.context is not None
            return len(asked & set(content_terms(b.context.text)))
        probs = sorted((b.prob for b in group), reverse=True)
        for b, prob in zip(sorted(group, key=lambda b: (-named(b), -b.prob)), probs, strict=True):
            b.prob = prob


def choose(
    blocks: list[Block],
    budget: int,
    point_min: float,
    point_ratio: float,
    units: list[Unit] | None = None,
    more_blocks: int = MORE_BLOCKS,
    wants_list: bool = False,
    sibling_ratio: float = 0.0,
    asked: set[str] | None = None,
    no_lead: set[int] | None = None,
    kind: set[str] | None = None,
    who: bool = False,
    names_row: bool = False,
) -> tuple[Block | None, list[Block], list[Block]]:
    """(lead, points, more) by the fitted probability that a block carries the answer.

    The lead is the most probable block that can open an answer (a list is
    shown whole, however long). Points follow, best first, while their
    probability stays at least `point_min` and `point_ratio` × the lead's: they
    stop where relevance falls off, and the budget (points, counting each list
    item) is only a ceiling. The next best blocks go to `more`, shown apart.
    `no_lead`: blocks (by id) that may be points but not the lead, while another can lead.
    `kind`: the column names of the kind of fact asked (`kind_column`).
    `names_row`: the question names a row by its number ("grade 5"): the table whole, for a
    column it names ("Grade"), does not answer it.
    """
    usable: list[Block] = []
    for b in blocks:
        ctx = context_for(units or [], b) if units is not None else None
        if ctx is False:
            if b.whole is not None:
                # An item that leans on its intro is shown in its list: the list carries what it does.
                b.whole.prob = max(b.whole.prob, b.prob)
            continue  # "This was particularly the case…" without what "this" is
        b.context = ctx if isinstance(ctx, Unit) else None
        usable.append(b)
    _by_context(usable, asked or set())
    ranked = sorted(usable, key=lambda b: -b.prob)
    lists = _lists(blocks)
    # A question after a number, a date or a name is answered by a block that
    # has one: the best such block leads when it is a plausible answer at all.
    barred = no_lead or set()
    typed = [b for b in ranked if b.has_type is True and leads_ok(b) and b.prob >= point_min and id(b) not in barred]
    lead = typed[0] if typed else next((b for b in ranked if leads_ok(b) and id(b) not in barred), None)
    if lead is None:
        lead = next((b for b in ranked if leads_ok(b)), None)
    if lead is None:
        return None, [], []
    column = None if names_row else column_asked(usable, asked or set(), point_min, kind, who)
    if column is not None and lead.has_type and column.has_type is False and lead.prob > column.prob:
        column = None  # "how long is each session?": "Each session lasts 3 hours.", not the table of sessions' dates
    if column is not None:
        lead = column
    elif wants_list and lead.whole is not None:
        # "What must they do…?" is answered by the list, whole, with its intro.
        lead = lead.whole
    elif lead.intro is None and len(lead.units) == 1 and (is_bullet(lead.units[0]) or wants_list and _numbered_entry(lead.units[0])) and (
            wants_list or _names_only(lead.units[0]) or _heading_asked(lead, asked)):
        # …and by a bulleted list without an intro (a table's rows, bullets under a heading) whole
        # too. Not by numbered clauses, which are a contract's whole text, not one list. An item
        # that only names ("• Visit start and end times" under "Data collected") answers nothing
        # alone: it leads as an item of its list.
        mine = id(lead.units[0])
        lists_of_it = [b for b in usable if b.intro is None and len(b.units) > 1 and any(id(u) == mine for u in b.units)
                       and (all(is_bullet(u) for u in b.units) or wants_list and all(_numbered_entry(u) for u in b.units))]
        if lists_of_it:
            lead = max(lists_of_it, key=lambda b: len(b.units))
    if asked and lead.intro is None and sum(u.is_item for u in lead.units) > 1:
        # A list without an intro (a table's rows) led whole: the one row the question names leads.
        rows = {id(u) for u in lead.units}
        alone = [b for b in ranked if len(b.units) == 1 and id(b.units[0]) in rows and b is not lead and leads_ok(b)
                 and id(b) not in barred]
        # …or the one row with the kind of fact asked for ("how much does it pay?": the row with "£")
        typed = [b for b in alone if b.has_type is True]
        own = [b for b in alone if _says_its_own(b, asked, lists) or (len(typed) == 1 and b is typed[0])]
        if own:  # a row with the kind of fact asked for first ("how long…?": not one counted from it),
            # and, asked who does it, one whose first cell names what is asked ("who hears my appeal?": the
            # row "Stage: Appeal", not "Stage: Written decision; …; Time limit: …, including any appeal")
            def first_cell_names(b: Block) -> bool:
                cells = _cells(b.units[0].text)
                return who and bool(cells) and bool(asked & set(content_terms(cells[0][1])))

            lead = min(own, key=lambda b: (b.has_type is False, not first_cell_names(b)))
        else:  # the table, without the rows barred from leading (a "No" where the question asks which)
            no = {id(b.units[0]) for b in blocks if id(b) in barred and len(b.units) == 1}
            kept = [u for u in lead.units if id(u) not in no]
            if kept and len(kept) < len(lead.units):
                lead = Block(kept, lead.score, lead.prob, has_type=lead.has_type)
    lead = with_intro(lead)
    if (asked is not None and len(lead.units) == 1 and is_bullet(lead.units[0]) and ": " in lead.units[0].text
            and lead.whole is not None and lead.whole.intro is not None and len(lead.whole.units) <= _WHOLE_TABLE
            and not _rows_barred(lead.whole, blocks, barred)
            and not asked & (set(content_terms(lead.units[0].text)) - set(content_terms(lead.whole.units[0].text))
                             - _common_terms(lead.whole.units[1:]))):
        # A row of a small table under its intro, that the question doesn't pick out by a word of its
        # own ("how many days holiday do I get?" of "Less than 5 years…", "5 years or more…"): which
        # row is the reader's, the reader knows; the table answers, whole, with what it is of.
        lead = lead.whole
    if lead.intro is not None and lead.whole is not None and len(lead.units) == 2 and asked is not None:
        # An item led with its intro because it only finishes the intro's sentence ("We share your
        # information only with: - OakHR Ltd…"): unless it has a word of the question the intro
        # lacks ("…with HMRC?"), the question is about what the intro says, and the list answers it.
        item_own = set(content_terms(lead.units[1].text)) - set(content_terms(lead.intro.text))
        if not asked & item_own:
            lead = lead.whole
    floor = max(point_min, point_ratio * lead.prob)
    points: list[Block] = []
    more: list[Block] = []
    used = 0
    taken = {id(u) for u in lead.units}
    aside: list[Block] = []
    too_long: list[tuple[int, Block]] = []  # (its place in "more", the list)
    in_too_long: set[int] = set()  # (ids of their units)
    cut = False
    for b in ranked:
        if b is lead or not leads_ok(b) and not b.units[0].is_item or bare_heading(b):
            continue
        if wants_list and b.whole is not None and b.prob >= floor and not any(id(u) in taken for u in b.whole.units):
            b = b.whole  # a list asked for is shown whole, with its intro
        if any(id(u) in taken for u in b.units):
            continue
        if b.prob >= floor and not cut and size(b) > 1 and used + size(b) > budget:
            # A list too long for what is left of the budget: its items, each a block of its own, may
            # still be points ("e. To use such information only for…" of "Each Party agrees: a. … f. …"),
            # but nothing after them; the list goes to "more", whole, only if none of them is shown.
            too_long.append((len(more), b))
            in_too_long.update(id(u) for u in b.units)
            continue
        its_item = bool(too_long) and {id(u) for u in b.units} <= in_too_long
        if too_long and not its_item:
            cut = True
        # Another item of the list the lead comes from shares its section and
        # intro, so it scores close to the lead without bearing on the question:
        # it needs a higher share of the lead's probability (fitted).
        sibling = b.whole is not None and b.whole is lead.whole
        naming = len(b.units) == 1 and b.intro is None and is_bullet(b.units[0]) and _names_only(b.units[0])
        shown = b.prob >= floor and used + size(b) <= budget and not cut and not naming and not (
            sibling and b.prob < sibling_ratio * lead.prob)
        if its_item and not shown:
            continue  # (left for its list, in "more")
        taken.update(id(u) for u in b.units)
        if asked and _other_row(b, lead, lists, asked):
            aside.append(b)  # another row of the lead's table: shown apart, the points go on
            continue
        if shown:
            if sibling and not lead.part_of_list:
                # Another item of the list whose one item leads under its intro (`with_intro`):
                # one list, in document order.
                lead.units = [lead.units[0], *sorted([*lead.units[1:], *b.units], key=lambda u: u.start)]
            else:
                points.append(with_intro(b))
            used += size(b)
        else:
            cut = True  # relevance fell off (or the budget is spent): the rest goes to "more"
            if len(more) < more_blocks:
                more.append(b)
    for at, b in reversed(too_long):
        if not any(id(u) in taken for u in b.units):
            more.insert(at, b)
    del more[more_blocks:]
    more.extend(aside[: max(0, more_blocks - len(more))])
    return lead, points, more
