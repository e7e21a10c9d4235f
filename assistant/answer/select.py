"""Evidence selection: the sentences and list items that answer a question.

Works on units precomputed at ingest (one per sentence or list item, each with
its embedding and exact offsets). A *block* is a unit on its own, or a list with
the sentence that introduces it; blocks are chosen whole, so lists stay whole
and in order (a list that a chunk boundary cut carries on into the next chunk,
and an item's later sentences stay with it). Every statement that leaves this
module is a verbatim unit or a faithful trim of one (list marker or leading
connective removed).

Each item of a list, and each sentence of a numbered paragraph, is also a
candidate block of its own, so "how many households…?" can be answered by the
one item that says so and "what must they do?" by the whole list.

Selection (`choose`): blocks are ranked by the fitted scorer's probability
(`scorer.py`, features in `features.py`). The lead is the best block that can
open an answer (not a heading, a question, or an intro alone); a list question
gets the whole list, a question after a number, date or name a block that has
one. Points follow while their probability stays above the fitted thresholds,
within the persona's budget; retrieval's first passage offers its best block;
the next best blocks go to "more". A sentence that leans on the one before it
("They continue by…") is shown with that sentence or not at all.

Left out: a cross-encoder or NLI reranker of sentences (no such weights can be
had offline here; the design would put one in `features.py` as a feature).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from assistant.answer.abstain import answer_type_gap, wants_specific
from assistant.answer.features import heading_like, leans_back
from assistant.models import Passage
from assistant.store.base import Sentence
from assistant.text.lexical import content_terms, jaccard
from assistant.text.markers import is_list_item, leading_marker, strip_marker
from assistant.text.sentences import sentence_spans

_CONNECTIVE = re.compile(
    r"^(?:however|furthermore|moreover|in addition|also|additionally|therefore|consequently|"
    r"in summary|finally|similarly|for its part|on this matter|in this context|in a similar vein),\s+",
    re.I,
)


_DUTY = re.compile(
    r"\b(must|should|shall|need(s)? to|required|ensure[sd]?|consult(ed|ation)?|are given|is made available|"
    r"take place|negotiat\w+|agree[sd]?|review(ed)?|assess\w*|train\w*|involve[sd]?|inform(ed)?)\b",
    re.I,
)


_ASKS_DUTY = re.compile(
    r"\b(must|obliged?|obligations?|have to|has to|need to|required?|duty|duties|allowed|permitted|"
    r"can (they|my|our|the|an?) \w+|just do|rights?|protections?|what should|entitled)\b",
    re.I,
)
DUTY_BONUS = 0.15  # for a question about what an employer must do: units that say what one must do


def states_duty(text: str) -> bool:
    return bool(_DUTY.search(text))


def asks_duty(question: str) -> bool:
    """Is this a question about what someone must, may or should do?"""
    return bool(_ASKS_DUTY.search(question))


PASSAGE_PRIOR = 0.0  # weight of the passage's retrieval score in a unit's score
OVERLAP_WEIGHT = 0.2  # weight of the (idf-weighted) share of question terms a unit contains


@dataclass
class Unit:
    passage_rank: int
    passage: Passage
    idx: int
    start: int  # absolute offsets in the cleaned document
    end: int
    text: str
    is_item: bool
    score: float = 0.0
    sim: float = 0.0  # similarity to the best-matching form of the question
    prob: float = 0.0  # the fitted scorer's probability for this sentence as a block of its own
    cont: bool = False  # a further sentence of the list item before it (same line)

    @property
    def in_list(self) -> bool:
        return self.is_item or self.cont


@dataclass
class Block:
    units: list[Unit]
    score: float = 0.0
    prob: float = 0.0  # the fitted scorer's P(this block carries the answer)
    # The sentence before, shown first when this block leans on it ("They continue by…").
    context: Unit | None = None
    part_of_list: bool = False  # one item of a list that is also a block of its own
    whole: Block | None = None  # for such an item: the list (with its intro) it belongs to
    has_type: bool | None = None  # has the kind of fact asked for (None: the question asks for none)

    @property
    def intro(self) -> Unit | None:
        first = self.units[0]
        return first if len(self.units) > 1 and first.text.rstrip().endswith(":") else None

    @property
    def passage(self) -> Passage:
        return self.units[0].passage


@dataclass
class Statement:
    text: str
    passages: list[Passage] = field(default_factory=list)
    cites: str = ""  # "[1]" or "[1][3]", filled when numbered
    spans: list[tuple[str, int, int]] = field(default_factory=list)  # (doc_id, start, end)
    children: list[Statement] = field(default_factory=list)  # the items of a list it introduces
    more: list[Statement] = field(default_factory=list)  # sentences continuing it in one paragraph


def tidy(text: str) -> str:
    """Faithful trim: drop a list marker and a leading connective, keep the words."""
    t = strip_marker(text.strip())
    t = _CONNECTIVE.sub("", t)
    t = re.sub(r"\s+", " ", t).strip()
    t = re.sub(r",(?: ,)+", ",", t)  # an empty slot in the source: "Minister for Social Partnership, , said:"
    return t[:1].upper() + t[1:] if t else t


_REFERENCE = re.compile(r"^\s*\(.*\b(19|20)\d\d\b.*\)\s*[.;]?\s*$", re.S)


def says_something(text: str) -> bool:
    """False for units that state nothing on their own: bare list markers
    ("1. 2."), and a bibliographic reference alone in brackets
    ("(Robots Lend Government a Helping Hand, Civil Service Quarterly, 2018)")."""
    if not content_terms(tidy(text)) or len(re.findall(r"[A-Za-z]{2,}", text)) < 2:
        return False  # "Health boards" is a list item; "1. 2." is not
    if _BLANKS.match(text):
        return False  # a form's blanks: "(Name of Contractor) (Name of Contracting Company) (mm/dd/yyyy)"
    return not _REFERENCE.match(text)


_BLANKS = re.compile(r"^\s*(?:[(\[][^()\[\]]{1,60}[)\]][\s_.,;:-]*){2,}$")


def build_units(passages: list[Passage], sentences: list[Sentence]) -> tuple[list[Unit], np.ndarray]:
    by_chunk: dict[str, list[Sentence]] = {}
    for sent in sentences:
        by_chunk.setdefault(sent.chunk_id, []).append(sent)
    units: list[Unit] = []
    embs: list[np.ndarray] = []
    for rank, p in enumerate(passages):
        for sent in sorted(by_chunk.get(p.chunk_id, []), key=lambda x: x.idx):
            s, e = sent.start, sent.end
            text = p.text[s - p.start : e - p.start]
            if not says_something(text):
                continue
            unit = Unit(rank, p, sent.idx, s, e, text, leading_marker(text) is not None)
            last = units[-1] if units else None
            if (
                not unit.is_item and last is not None and last.passage is p and last.in_list
                and "\n" not in p.text[last.end - p.start : s - p.start]
            ):
                unit.cont = True
            units.append(unit)
            embs.append(sent.embedding)
    return units, (np.vstack(embs) if embs else np.zeros((0, 384), dtype=np.float32))


def score_units(
    units: list[Unit],
    embs: np.ndarray,
    query_vecs: np.ndarray,
    question: str,
    weights: np.ndarray,
    idf: Callable[[str], float] | None = None,
) -> None:
    """Similarity to the best-matching form of the question, plus small priors."""
    if not units:
        return
    from assistant.answer.abstain import anchored, answer_type_gap, wants_specific

    # (units, forms); a context-only part of the question counts for less.
    sims = (embs @ query_vecs.T) * np.minimum(weights, 1.0)[None, :]
    qterms = set(content_terms(question))
    # Rare words ("methodologically", "Manzoni") say more about which sentence
    # answers than common ones ("report", "staff").
    weight_of = idf or (lambda _t: 1.0)
    q_total = sum(weight_of(t) for t in qterms)
    specific = wants_specific(question)
    # Retrieval's fused, reranked score is the best judge of which passage is on
    # topic; a neighbour pulled in for continuity inherits its parent's.
    by_id = {u.passage.chunk_id: u.passage.score for u in units}
    top = max((max(p, 0.0) for p in by_id.values()), default=0.0) or 1.0

    def prior(u: Unit) -> float:
        score = by_id.get(u.passage.neighbour_of or "", u.passage.score) if u.passage.neighbour_of else u.passage.score
        return PASSAGE_PRIOR * max(score, 0.0) / top

    duty_q = asks_duty(question)
    for u, row in zip(units, sims, strict=True):
        u.sim = float(row.max())
        overlap = sum(weight_of(t) for t in qterms & set(content_terms(u.text))) / q_total if q_total else 0.0
        u.score = float(row.max()) + OVERLAP_WEIGHT * overlap + prior(u)
        if duty_q and states_duty(u.text):
            u.score += DUTY_BONUS
        # A question after a number, date or name prefers the units that have one.
        # A unit without the kind of fact asked for can't answer; one with it leads.
        if specific and answer_type_gap(question, tidy(u.text)) is None and anchored(
            question, f"{u.passage.section}\n{u.passage.text}"
        ):
            u.score += 0.35


def _next_chunk(a: Unit, b: Unit) -> bool:
    """b is in a's chunk or the one right after it in the same document."""
    pa, pb = a.passage, b.passage
    return pa.doc_id == pb.doc_id and (pb.chunk_id == pa.chunk_id or pb.ordinal == pa.ordinal + 1)


def blocks_of(units: list[Unit]) -> list[Block]:
    """Group units into blocks: an intro ending in ':' with the items after it."""
    blocks: list[Block] = []
    i = 0
    while i < len(units):
        u = units[i]
        nxt = units[i + 1] if i + 1 < len(units) else None
        if u.text.rstrip().endswith(":") and nxt is not None and nxt.is_item:
            group = [u]
            j = i + 1
            while j < len(units) and units[j].in_list and units[j].passage.chunk_id == u.passage.chunk_id:
                group.append(units[j])
                j += 1
            # A list that carries on into the next chunk of the document.
            while j < len(units) and units[j].in_list and _next_chunk(group[-1], units[j]):
                group.append(units[j])
                j += 1
            # An intro whose items went to the next chunk (neighbour expansion).
            if len(group) == 1 and j < len(units) and units[j].is_item and units[j].passage.neighbour_of == u.passage.chunk_id:
                while j < len(units) and units[j].in_list and units[j].passage.chunk_id == units[i + 1].passage.chunk_id:
                    group.append(units[j])
                    j += 1
            blocks.append(Block(group))
            i = j
            continue
        if u.text.rstrip().endswith(":") and nxt is not None and nxt.passage.chunk_id == u.passage.chunk_id:
            # An intro to a quotation or a paragraph ("According to Jon Manzoni, …:"):
            # it says nothing without what it introduces, so they go together.
            blocks.append(Block([u, nxt]))
            i += 2
            continue
        if u.text.rstrip().endswith(":"):
            i += 1  # an intro whose list or quotation was not retrieved: nothing to say
            continue
        if u.is_item:
            group = [u]
            j = i + 1
            while j < len(units) and units[j].in_list and units[j].passage.chunk_id == u.passage.chunk_id:
                group.append(units[j])
                j += 1
            blocks.append(Block(group))
            i = j
            continue
        blocks.append(Block([u]))
        i += 1
    # Each item of a list is also a candidate on its own: "how many households…?"
    # is answered by one item, "what must they do?" by the whole list. The
    # scorer chooses; blocks that share units are never both shown.
    for b in list(blocks):
        if b.intro is None and len(b.units) > 1:
            # A numbered paragraph of several sentences: each sentence is a candidate too.
            blocks.extend(Block([u], part_of_list=True) for u in b.units)
            continue
        if b.intro is None or len(b.units) < 3:
            continue
        item: list[Unit] = []
        for u in b.units[1:]:
            if u.cont and item:
                item.append(u)
                continue
            if item:
                blocks.append(Block(item, part_of_list=True, whole=b))
            item = [u]
        if item:
            blocks.append(Block(item, part_of_list=True, whole=b))
    for b in blocks:
        if b.intro is not None:
            # A list answers as a whole: its intro says what it is a list of, its
            # items are the answer, so both must match; plus a little for breadth.
            best_item = max(x.score for x in b.units[1:])
            b.score = 0.5 * b.intro.score + 0.5 * best_item + 0.02 * min(len(b.units) - 2, 5)
        else:
            scores = sorted((x.score for x in b.units), reverse=True)
            b.score = scores[0] + (0.02 * min(len(scores) - 1, 5) if len(scores) > 1 else 0.0)
    return blocks


FOLLOW_UPS = 2  # sentences after the lead that lean on it ("This includes…") and are shown with it
QUOTATION_SENTENCES = 5  # sentences of a quotation shown after its first, in its paragraph
MORE_BLOCKS = 6  # blocks kept for "More from the documents"
TOP_PASSAGES = 1  # retrieval's first passages, whose best block is always offered


def follow_ups(units: list[Unit], lead: Unit, limit: int = FOLLOW_UPS, quotation: bool = False) -> list[Unit]:
    """The sentences right after the lead sentence in its paragraph that lean on
    it ("…piloting a chat bot. It answers questions on annual leave."): they
    complete its point and make no sense alone. When the lead is a paragraph of
    its own ("The impact … is potentially serious."), the next paragraph of the
    same passage says what it means, so reading carries on there. A lead about how
    things were ("Previously staff were always expected to follow routes…") goes on
    to how they are now ("Now the device records the actual journeys…"), in its
    paragraph. A lead that asks or reports a question ('"Am I going to lose my
    job?" was a common question.') goes on to the sentence that answers it, in the
    next paragraph or the next chunk. Sentences that make a point of their own are
    left to the scorer."""
    out: list[Unit] = []
    question = "?" in lead.text and not quotation
    same = [u for u in units if u.passage.chunk_id == lead.passage.chunk_id]
    after = [u for u in same if u.start > lead.start]
    if question and not after:  # the answer opens the next chunk
        after = [u for u in units if u.passage.chunk_id != lead.passage.chunk_id and _next_chunk(lead, u)]
    crossed = False
    then = changes(units, lead)
    for u in sorted(after, key=lambda u: u.start):
        if u.is_item or u.text.rstrip().endswith(":") or len(out) >= limit:
            break
        if question and not out:
            out.append(u)  # the answer to the question
            break
        gap = lead.passage.text[(out[-1].end if out else lead.end) - lead.passage.start : u.start - lead.passage.start]
        if "\n\n" in gap:
            if out or crossed or not _starts_paragraph(lead):
                break
            crossed = True
        now = then and _NOW.match(u.text.strip()) is not None
        if not crossed and not quotation and not leans_back(u.text) and not now:
            break
        out.append(u)
        if now:
            break
    return out


def changes(units: list[Unit], u: Unit) -> bool:
    """Does this sentence, or the one it leans on ("Previously…" before "However, in
    reality these…"), say how things were, so that how they are now completes it?"""
    if _THEN.match(strip_marker(u.text)):
        return True
    before = [x for x in units if x.passage.chunk_id == u.passage.chunk_id and x.end <= u.start]
    return bool(before) and leans_back(u.text) and _THEN.match(strip_marker(before[-1].text)) is not None


# How things were, and how they are now: the contrast a "what changed" answer needs.
_THEN = re.compile(r"^(?:previously|traditionally|before (?:this|that|then|the)\b|in the past|until (?:recently|now|then)|formerly|originally|historically)\b", re.I)
_NOW = re.compile(r"^(?:now|today|these days|nowadays|since then|currently)\b", re.I)


def _starts_paragraph(u: Unit) -> bool:
    before = u.passage.text[: u.start - u.passage.start]
    return not before.strip() or before.rstrip(" \t").endswith("\n")


def leads_ok(b: Block) -> bool:
    """Can this block open an answer? Not a heading, a question, or an intro alone."""
    first = b.units[0]
    return not bare_heading(b) and not (
        len(b.units) == 1 and (heading_like(first.text) and not first.is_item or first.text.rstrip().endswith("?"))
    )


def bare_heading(b: Block) -> bool:
    """A heading alone, even one laid out as a list item ("- END OF AGREEMENT -",
    "6. TERM ; TERMINATION"): it says nothing, so it is neither a lead nor a point.
    Short items of a list ("Training and development is made available") are
    statements, so an item counts only when it is in capitals."""
    first = b.units[0]
    if len(b.units) != 1:
        return False
    text = strip_marker(first.text).strip()
    if _CAPTION.match(text) and not text.endswith(":"):
        return True  # "Table 1: Content of the agreement compared with the guide"
    if _TITLE_SENTENCE.match(text) and all(w[0].isupper() for w in re.findall(r"[A-Za-z]{4,}", text)):
        return True  # "Waiver.", "Our Security Practices.": a clause title run into its text
    if not heading_like(first.text):
        return False
    letters = [ch for ch in first.text if ch.isalpha()]
    section = first.passage.section.lower()
    return (
        not first.is_item
        or (len(letters) >= 3 and not any(ch.islower() for ch in letters))
        or text.rstrip(" .:-").lower() in section  # the heading of its own section
        or _between_paragraphs(first)  # "2. Subject matter of the agreement" over its clause's text
    )


def _between_paragraphs(u: Unit) -> bool:
    """Is this numbered or bulleted line alone between lines of prose (no item of
    the same list just before or after it)? Then it is a clause heading."""
    text = u.passage.text
    before = text[: u.start - u.passage.start].rstrip().rsplit("\n", 1)[-1]
    after = text[u.end - u.passage.start :].lstrip().split("\n", 1)[0]
    return bool(after) and not is_list_item(after) and not (before and is_list_item(before))


_CAPTION = re.compile(r"^(?:table|figure|fig\.|chart|graph|box|diagram|image)\s+\d+[a-z]?\s*[:.–—-]\s", re.I)
# A short sentence of capitalised words alone: "Survival.", "Misuse of Confidential Information."
_TITLE_SENTENCE = re.compile(r"^(?:[A-Z][\w/'’-]*)(?:\s+[\w/'’-]+){0,4}\.$")


def size(b: Block) -> int:
    """How many points a block adds to an answer: one, or one per list item."""
    return max(1, sum(1 for u in b.units if u.is_item)) if b.intro is not None or b.units[0].is_item else 1


def context_for(units: list[Unit], b: Block) -> Unit | None | bool:
    """For a block that leans on the sentence before it: that sentence (same
    passage and paragraph); False when it leans back on nothing we have; None
    when it stands alone."""
    first = b.units[0]
    if first.is_item and b.intro is None and len(b.units) == 1 and leans_back(strip_marker(first.text)):
        return False  # "• it meant that the systems were designed…, and" without "Co-production brought 2 benefits:"
    if b.intro is not None or first.is_item or not leans_back(first.text):
        return None
    at = next((i for i, u in enumerate(units) if u is first), 0)
    prev = units[at - 1] if at > 0 else None
    # Leaning only on a connective ("However, the council has a no compulsory redundancy
    # policy."), it stands alone once `tidy` drops the connective.
    alone = None if not leans_back(tidy(first.text)) else False
    if prev is None or prev.passage.chunk_id != first.passage.chunk_id or prev.in_list or prev.text.rstrip().endswith(":"):
        return alone
    if "\n\n" in first.passage.text[prev.end - first.passage.start : first.start - first.passage.start]:
        return alone
    return prev


def choose(
    blocks: list[Block],
    budget: int,
    point_min: float,
    point_ratio: float,
    units: list[Unit] | None = None,
    more_blocks: int = MORE_BLOCKS,
    wants_list: bool = False,
    sibling_ratio: float = 0.0,
) -> tuple[Block | None, list[Block], list[Block]]:
    """(lead, points, more) by the fitted probability that a block carries the answer.

    The lead is the most probable block that can open an answer (a list is
    shown whole, however long). Points follow, best first, while their
    probability stays at least `point_min` and `point_ratio` × the lead's: they
    stop where relevance falls off, and the budget (points, counting each list
    item) is only a ceiling. The next best blocks go to `more`, shown apart.
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
    ranked = sorted(usable, key=lambda b: -b.prob)
    # A question after a number, a date or a name is answered by a block that
    # has one: the best such block leads when it is a plausible answer at all.
    typed = [b for b in ranked if b.has_type is True and leads_ok(b) and b.prob >= point_min]
    lead = typed[0] if typed else next((b for b in ranked if leads_ok(b)), None)
    if lead is None:
        return None, [], []
    if wants_list and lead.whole is not None:
        # "What must they do…?" is answered by the list, whole, with its intro.
        lead = lead.whole
    floor = max(point_min, point_ratio * lead.prob)
    points: list[Block] = []
    more: list[Block] = []
    used = 0
    taken = {id(u) for u in lead.units}
    # Retrieval's ranking of whole passages is the better judge of where the
    # answer is than any one sentence's score: the best block of each of its
    # first passages is shown, first after the lead, when the lead is not from it.
    for rank in range(TOP_PASSAGES):
        if any(u.passage_rank == rank for u in lead.units):
            continue
        top = next((b for b in ranked if b.units[0].passage_rank == rank and leads_ok(b)), None)
        if top is None or top.prob < point_min:
            continue
        if wants_list and top.whole is not None:
            top = top.whole
        if not any(id(u) in taken for u in top.units) and used + size(top) <= budget:
            points.append(top)
            used += size(top)
            taken.update(id(u) for u in top.units)
    for b in ranked:
        if b is lead or not leads_ok(b) and not b.units[0].is_item or bare_heading(b):
            continue
        if wants_list and b.whole is not None and b.prob >= floor and not any(id(u) in taken for u in b.whole.units):
            b = b.whole  # a list asked for is shown whole, with its intro
        if any(id(u) in taken for u in b.units):
            continue
        taken.update(id(u) for u in b.units)
        # Another item of the list the lead comes from shares its section and
        # intro, so it scores close to the lead without bearing on the question:
        # it needs a higher share of the lead's probability (fitted).
        sibling = b.whole is not None and b.whole is lead.whole
        if b.prob >= floor and used + size(b) <= budget and not more and not (
            sibling and b.prob < sibling_ratio * lead.prob
        ):
            points.append(b)
            used += size(b)
        elif len(more) < more_blocks:
            more.append(b)
    return lead, points, more


def statements(
    lead: Block, others: list[Block], units: list[Unit] | None = None, question: str = ""
) -> tuple[Statement, list[Statement]]:
    """Turn blocks into statements. Standalone sentences that repeat one already
    shown (from another source) are merged into it, citing both; lists stay whole."""

    def st(u: Unit) -> Statement:
        return Statement(tidy(u.text), [u.passage], spans=[(u.passage.doc_id, u.start, u.end)])

    def intro(b: Block) -> Statement:
        # A numbered paragraph that ends by introducing a list or a quotation ("3. Whilst
        # Manzoni sees…job cuts. As noted by Philip Inman in a report for the Guardian:")
        # is shown from the sentence that introduces it, with those it leans on; unless
        # the sentences left out hold the kind of fact asked for (a year, a number…)
        # and the rest does not.
        u = b.units[0]
        spans = sentence_spans(u.text, u.start)
        at = len(spans) - 1
        while at > 0 and leans_back(strip_marker(u.text[spans[at][0] - u.start :])):
            at -= 1
        if at == 0:
            return st(u)
        start = spans[at][0]
        dropped, kept = u.text[: start - u.start], u.text[start - u.start :]
        if question and wants_specific(question):
            shown = " ".join([kept, *(x.text for x in b.units[1:])])
            if answer_type_gap(question, shown) is not None and answer_type_gap(question, dropped) is None:
                return st(u)
        return Statement(tidy(kept), [u.passage], spans=[(u.passage.doc_id, start, u.end)])

    def items(us: list[Unit]) -> list[Statement]:
        # A list item of several sentences is one statement: the sentences after
        # its first are shown with it, not as items of their own.
        out: list[Statement] = []
        for u in us:
            if u.cont and out:
                out[-1].more.append(st(u))
            else:
                out.append(st(u))
        return out

    if lead.intro:
        head = intro(lead)
        points = items(lead.units[1:])
        quoted = lead.units[1]
        if len(lead.units) == 2 and not quoted.is_item and units is not None:
            # "According to Jon Manzoni …:" introduces a quotation: show all of it.
            points[0].more = [st(x) for x in follow_ups(units, quoted, QUOTATION_SENTENCES, quotation=True)]
    else:
        # The sentence of the block the scorer rates best on its own leads
        # (the one with the figure asked for, not the paragraph's opening),
        # unless it leans on the sentence before it.
        best = max(lead.units, key=lambda u: (u.prob if not leans_back(u.text) else -1.0, u.score))
        head = st(best)
        points = items([u for u in lead.units if u is not best])
        if not best.is_item and units is not None:
            head.more = [st(u) for u in follow_ups(units, best)]
        if lead.context is not None:
            head.more = [st(best), *head.more]
            head.text, head.passages, head.spans = tidy(lead.context.text), [lead.context.passage], [
                (lead.context.passage.doc_id, lead.context.start, lead.context.end)
            ]
    shown = [head, *head.more, *points]
    for b in others:
        if b.intro:
            parent = intro(b)
            parent.children = items(b.units[1:])
            quoted = b.units[1]
            if len(b.units) == 2 and not quoted.is_item and units is not None:
                # "According to Jon Manzoni …:" introduces a quotation: show all of it.
                parent.children[0].more = [st(x) for x in follow_ups(units, quoted, QUOTATION_SENTENCES, quotation=True)]
            points.append(parent)
            shown.extend([parent, *parent.children, *(m for c in parent.children for m in c.more)])
            continue
        last: Statement | None = None
        for u in b.units:
            s = st(u)
            if u.cont and last is not None:
                last.more.append(s)
                shown.append(s)
                continue
            dup = next((p for p in shown if jaccard(p.text, s.text) >= 0.7), None)
            if dup is not None:
                if u.passage.chunk_id not in {x.chunk_id for x in dup.passages}:
                    dup.passages.append(u.passage)
                    dup.spans.extend(s.spans)
                last = None
                continue
            if b.context is not None and u is b.units[0]:
                s, s.more = st(b.context), [s]
                shown.extend(s.more)
            if units is not None and len(b.units) == 1 and not u.is_item and changes(units, u):
                # "Previously…" as a point goes on to "Now…", like a lead.
                s.more.extend(st(x) for x in follow_ups(units, u))
                shown.extend(s.more)
            points.append(s)
            shown.append(s)
            last = s
    return head, _without_repeats(head, points)


def _without_repeats(head: Statement, points: list[Statement]) -> list[Statement]:
    """The points with no sentence said twice. The same sentence can reach an answer
    by two roads (a block's follow-up and another block's own unit, or a point alone
    and again with the sentence that completes it). A point that is only a repeat goes;
    when the later copy carries more ("A second survey took place. In this survey
    training was a big issue."), it replaces an earlier bare copy among the points,
    or else keeps only what is new. The items of a list are kept even when one was
    said before: a list is shown whole."""

    def key(st: Statement) -> tuple[object, ...]:
        return tuple(st.spans) or (st.text,)

    def keys(st: Statement) -> set[tuple[object, ...]]:
        return {key(st), *(key(m) for m in st.more), *(k for c in st.children for k in keys(c))}

    seen = keys(head)
    out: list[Statement] = []
    for p in points:
        if key(p) in seen:
            new_more = [m for m in p.more if key(m) not in seen]
            if not new_more and not p.children:
                continue  # nothing new
            bare = next((i for i, q in enumerate(out) if key(q) == key(p) and not q.more and not q.children), None)
            if bare is not None:
                del out[bare]  # the later copy says it with what completes it (its repeats go below)
            else:
                first, *rest = new_more or [p]
                p = Statement(first.text, first.passages, p.cites, first.spans, p.children, rest)
        p.more = [m for m in p.more if key(m) not in seen]
        for c in p.children:  # a list stays whole; a quotation drops what was already said
            c.more = [m for m in c.more if key(m) not in seen]
        seen |= keys(p)
        out.append(p)
    return out


def flatten(head: Statement, points: list[Statement]) -> list[Statement]:
    out = [head, *head.more]
    for p in points:
        out.append(p)
        out.extend(p.more)
        for c in p.children:
            out.append(c)
            out.extend(c.more)
    return out
