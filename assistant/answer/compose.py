"""The offline answer composer: a cited answer built only from retrieved text.

Flow: retrieved passages → units (sentences/list items, precomputed at ingest)
→ scored against the question → lead block + supporting blocks → abstention
checks → persona framing from `prompts/personas/` → Markdown with [n] markers.

Every sentence of the answer outside the persona framing is a quotation or a
faithful trim of a cited passage; the framing templates state no facts.
"""

from __future__ import annotations

import itertools
import re
import time
from collections import Counter
from collections.abc import Callable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace
from functools import lru_cache

import numpy as np

from assistant.answer.abstain import (
    ASKS_START,
    GENERIC,
    HOW_LONG,
    OPENERS,
    OPENING_CONDITION,
    Evidence,
    Thresholds,
    Verdict,
    amount_of_asked,
    anchored,
    answer_type_gap,
    asks_notice,
    base_form,
    check,
    counted_from,
    dated_near,
    dated_start,
    distinctive_terms,
    question_names,
    row_names,
    times_another,
    type_words,
    wants_specific,
)
from assistant.answer.bilingual import Twins, document_twins, in_welsh_twins, one_language
from assistant.answer.doers import agent_asked, asked_doing, doer_first, grants_asked, names_agent
from assistant.answer.features import (
    FEATURES,
    asks_for_list,
    block_features,
    focus_words,
    heading_like,
    leans_back,
)
from assistant.answer.framing import about_roll_out, persona_frames, point_budget
from assistant.answer.labelled_lines import labelled_lines
from assistant.answer.named import (
    announced_list,
    blocks_naming,
    likelier_in_order,
    numbered_items,
    numbered_questions,
    rows_by_value,
    rows_on_day,
)
from assistant.answer.overview import overview
from assistant.answer.ranked_rows import ranked_rows
from assistant.answer.reading import (
    ABOUT_ASKING,
    ASKS_WHAT_ASKED,
    follow_ups,
    leads_ok,
    lists_to_ask,
    raises_question,
)
from assistant.answer.said import (
    abstention_reads,
    act_asked_said,
    asked_act_said,
    condition_said,
    does_said,
    done_said,
    i_may_said,
    made_said,
    manner_said,
    may_do_said,
    must_do_said,
    received_elsewhere_said,
    shared_with_said,
    use_limited_said,
    who_may_said,
)
from assistant.answer.scorer import get_scorer
from assistant.answer.sections import (
    asked_fields,
    faq_asked,
    heading_searched_as,
    items_in_order,
    restated_sections,
    section_in_order,
    unnumbered,
)
from assistant.answer.select import choose, kind_column, rows_saying_no
from assistant.answer.statements import flatten, list_of_one_inline, run_in, statements
from assistant.answer.thresholds import (
    asked_numbers,
    closest_numbered,
    inside_threshold,
    labelled_asked,
    money_only_in_conditions,
    numbers_this,
    outside_threshold,
)
from assistant.answer.units import (
    MONTH_NAMES,
    READ_CHUNKS,
    WEEKDAYS,
    Block,
    Statement,
    Unit,
    asks_duty,
    blocks_of,
    build_units,
    document_units,
    greets,
    has_cells,
    in_place_of,
    likeliest_in_place,
    named_by_heading,
    rivals,
    score_units,
    spoken_of,
    states_duty,
    tidy,
    typed_text,
)
from assistant.models import SECTION_SEP, Citation, Passage, ref_fields, section_heading
from assistant.prompts import render
from assistant.retrieval.expand import (
    closest_searched,
    closest_synonyms,
    expand_query,
    mapped_terms,
    phrase_terms,
    synonyms,
    with_synonyms,
)
from assistant.retrieval.followup import own_words
from assistant.retrieval.retrieve import Retrieval, as_passage, continues
from assistant.settings import Settings
from assistant.store.embeddings import whole_words
from assistant.store.knowledge_base import KnowledgeBase, Snapshot
from assistant.text.clauses import CLAUSE_START, ClauseTracker, clause_asked, clause_word, within
from assistant.text.clean import is_sign_off
from assistant.text.fields import field_label
from assistant.text.lexical import FORM_PREFIX, content_terms, lower_case_words
from assistant.text.locate import item_quoted, refine
from assistant.text.markers import strip_marker
from assistant.text.questions import (
    ADDRESSED,
    DOCUMENT_KINDS,
    asks_addressee,
    asks_author,
    asks_consequence,
    asks_when,
    asks_yes_or_no,
    defined_term_asked,
    defines,
    says_author,
    scope_term_asked,
    when_subject,
    who_does,
    who_subject,
)
from assistant.text.sentences import sentence_spans
from assistant.text.welsh import bare_words, in_welsh

EVIDENCE_PASSAGES = 10  # passages the composer reads (plus their neighbours)
# The most points shown after the lead, per persona (a list counts one per item):
# a worker wants the answer, a manager the checklist, a rep the points to raise.
# A lead that only raises the question ("members are worried that…") gives way to a statement
# of the same document whose own score is at least this share of its score.
ANSWERS_RAISED = 0.75
ANSWERS_QUOTED = 0.5  # …and as close, beside a question quoted from an earlier email, the reply above it must be
ANSWER_TYPE_MARGIN = 0.2  # blocks this close to the lead count as direct evidence for a number, date or name


@dataclass
class Composed:
    markdown: str
    citations: list[Citation]
    abstained: bool
    reason: str = ""
    timings_ms: dict[str, float] | None = None
    more: list[Citation] | None = None  # further passages that bear on the question, shown apart
    backend: str | None = None  # the backend actually used, when not the one asked for
    notice: str | None = None  # shown to the user, e.g. why an LLM answer fell back
    lead: Statement | None = None  # the composer's own lead, for an answer that replaces it (`letters.duties`)


def with_list_starts(snap: Snapshot | None, passages: list[Passage]) -> list[Passage]:
    """The passages in reading order: retrieval's, except that the chunk before
    a passage that carries on its list is read just before it (fetched if it was
    not retrieved), since it holds the list's intro and first items. Read, not
    retrieved: the ranking is unchanged."""
    if snap is None:
        return passages
    out = list(passages)
    for p in passages:
        here = snap.by_id.get(p.chunk_id)
        prev = snap.by_position.get((p.doc_id, p.ordinal - 1))
        if here is None or prev is None or not continues(prev, here):
            continue
        at = next(i for i, q in enumerate(out) if q.chunk_id == p.chunk_id)
        have = next((i for i, q in enumerate(out) if q.chunk_id == prev.chunk_id), None)
        if have is not None and have < at:
            continue
        moved = out.pop(have) if have is not None else as_passage(prev, neighbour_of=p.chunk_id)
        out.insert(at, moved)
    return out


def with_answers_read(snap: Snapshot | None, passages: list[Passage]) -> list[Passage]:
    """A passage that ends with a question (asked, or reported: '"Am I going to lose my
    job?" was a common question.') is read with the chunk after it, which answers
    it (fetched if it was not retrieved). Read, not retrieved: the ranking is unchanged."""
    if snap is None:
        return passages
    out = list(passages)
    for p in passages:
        if "?" not in p.text:
            continue
        spans = sentence_spans(p.text)
        if not spans or "?" not in p.text[spans[-1][0] : spans[-1][1]]:
            continue
        nxt = snap.by_position.get((p.doc_id, p.ordinal + 1))
        if nxt is None or any(q.chunk_id == nxt.chunk_id for q in out):
            continue
        at = next(i for i, q in enumerate(out) if q.chunk_id == p.chunk_id)
        out.insert(at + 1, as_passage(nxt, neighbour_of=p.chunk_id))
    return out


def number_citations(stmts: list[Statement], known: dict[str, int] | None = None) -> list[Citation]:
    """Give each cited passage a number in order of first use; fill `cites`.

    `known` (chunk id → number) carries the numbering on from an earlier list:
    those passages keep their numbers, new ones continue after the highest."""
    numbers: dict[str, int] = dict(known or {})
    first_new = max(numbers.values(), default=0) + 1
    used: list[str] = []
    cites: list[Citation] = []
    spans: dict[str, list[tuple[int, int]]] = {}
    for s in stmts:
        marks = []
        for p in s.passages:
            if p.chunk_id not in numbers:
                numbers[p.chunk_id] = first_new
                first_new += 1
            if p.chunk_id not in used:
                used.append(p.chunk_id)
                cites.append(_citation(numbers[p.chunk_id], p))
            marks.append(f"[{numbers[p.chunk_id]}]")
        for doc_id, a, b in s.spans:
            for p in s.passages:
                if p.doc_id == doc_id and p.start <= a and b <= p.end:
                    spans.setdefault(p.chunk_id, []).append((a, b))
        s.cites = "".join(dict.fromkeys(marks))
    places = {p.chunk_id: p.marks for s in stmts for p in s.passages}
    return [quoting(c, sorted(set(spans.get(c.chunk_id, []))), places.get(c.chunk_id, "")) for c in cites]


def carried(composed: Composed, citations: list[Citation]) -> list[Citation]:
    """The composer's own citations and its `more`, for "More from the documents" under
    an answer of steps: numbered on after `citations` (a passage already cited keeps its number)."""
    known = {c.chunk_id: c.n for c in citations}
    more: list[Citation] = []
    for c in [*composed.citations, *(composed.more or [])]:
        if c.chunk_id not in known:
            known[c.chunk_id] = max(known.values(), default=0) + 1
        more.append(c.model_copy(update={"n": known[c.chunk_id]}))
    return more


def quoting(c: Citation, highlights: list[tuple[int, int]], marks: str) -> Citation:
    """The citation with the spans it quotes; its clause and page narrowed to theirs."""
    update: dict[str, object] = {"highlights": highlights}
    if highlights and marks:
        clause, page = refine(marks, c.start, highlights[0][0], highlights[-1][1])
        clause = item_quoted(marks, c.start, highlights) or clause
        update.update({k: v for k, v in (("clause", clause), ("page", page)) if v})
        if clause and c.clause:
            update["paragraph"] = clause
    return c.model_copy(update=update)


def _citation(n: int, p: Passage) -> Citation:
    return Citation(n=n, passage=p.text, **ref_fields(p))


@dataclass
class Candidates:
    """Everything the composer weighs for one question: the retrieved passages'
    units, grouped into blocks, each block with its feature row (`features.FEATURES`)."""

    question: str
    units: list[Unit]
    blocks: list[Block]
    features: np.ndarray  # (blocks, FEATURES)
    idf: Callable[[str], float] | None
    twins: Twins  # the Welsh twin of an English unit of a bilingual passage


def candidates(kb: KnowledgeBase, retrieval: Retrieval) -> Candidates:
    """The units and blocks of the passages retrieval found, scored by similarity
    and described by their features (not yet ranked by the fitted scorer)."""
    question = retrieval.question
    evidence = retrieval.passages[: EVIDENCE_PASSAGES + 4]
    # Keep neighbours of the first passages even if they push past the cut.
    top = with_list_starts(retrieval.snapshot, [p for i, p in enumerate(evidence) if i < EVIDENCE_PASSAGES or p.neighbour_of])
    top = with_answers_read(retrieval.snapshot, top)
    sentences = kb.sentences_for_chunks([p.chunk_id for p in top])
    units, embs = build_units(top, sentences)
    kept, twins = one_language(units)  # a bilingual passage's Welsh says again what its English says
    if len(kept) < len(units):
        keep = {id(u) for u in kept}
        embs = embs[[i for i, u in enumerate(units) if id(u) in keep]]
        units = kept
    variants = retrieval.query_vectors if retrieval.query_vectors is not None else retrieval.query_embedding[None, :]
    weights = retrieval.query_weights if retrieval.query_weights is not None else np.ones(len(variants), dtype=np.float32)
    snap = retrieval.snapshot
    idf = snap.lexical.idf if snap is not None and snap.lexical is not None else None
    score_units(units, embs, variants, question, weights, idf)
    blocks = blocks_of(units)
    # An abbreviation the sources only spell out ("JCC") counts as its words.
    spelled = " ".join(snap.spell_out(question)) if snap is not None else ""
    asked = f"{question} {spelled}" if spelled else question
    # A resolved follow-up's focus is in its own words; the earlier topic says where to look.
    # Shorthand is looked for as the sources spell it ("kit days": "keeping in touch days").
    full = snap.in_full(question) if snap is not None else question
    focus = focus_words(own_words(full)[0], [p.text for p in retrieval.passages])
    focus_vec = kb.embedder.embed([focus])[0] if focus != question else retrieval.query_embedding
    focus_sims = {id(u): float(v) for u, v in zip(units, embs @ focus_vec, strict=True)}
    x = block_features(blocks, asked, {id(u): u.sim for u in units}, idf, asks_duty(question), states_duty, focus_sims, focus)
    return Candidates(question, units, blocks, x, idf, twins)


_WHAT_TO_ASK = re.compile(r"\bwhat (?:should|do|can|could|must|shall) (?:i|we) ask\b|\bwhat questions\b|\bwhat (?:to|should we) ask\b", re.I)
# What one is given ("how much can I get?"), not a limit a rule sets ("what is the limit for gifts?").
_GETS = re.compile(r"\bhow much\b[^?]*\b(?:get|gets|receive|claim|given|paid)\b|\bwhat (?:do|will|would|can) (?:i|we|you) get\b", re.I)

# "When is the training?", "when does the pilot start?": when a thing is, not when something is done to it
# ("when does Copilot get switched on?", which a row of sessions named "Copilot in Outlook…" doesn't answer).
_WHEN_IS = re.compile(r"\bwhen(?:'s| is| are| was| were) (?:the |my |our |your |a |an )?[\w-]+(?: [\w-]+)?\s*\??\s*$|"
                      r"\bwhen (?:does|do|did|will) .{0,30}\b(?:start|begin|end|finish|happen|take place|run|close|open)s?\b", re.I)

# A yes/no question's opening words: its verb, and the subject after it ("can it…", "is the…", "do we…").
_POLAR_VERB = r"(?:can|could|do|does|did|is|are|was|will|would|should|must|may|am|have|has)"
_POLAR_OPENING = rf"{_POLAR_VERB}\s+(?:i|we|you|they|he|she|it|my|our|the|a|an|this|that|there)\b"
# A yes/no question after the story that leads up to it: "my team is only 6 people, so can my manager…?"
_POLAR_AFTER_STORY = re.compile(rf"(?:[,;.]\s*|\b(?:so|and|but|then)\s+){_POLAR_OPENING}", re.I)
# Where the yes/no question a story ends with starts: after the story's last break ("…handheld devices. can it track
# me??", "I'm a home carer in Caerphilly — can the new handheld device track where I am?").
_POLAR_START = re.compile(rf"(?:[,;.!?—–]\s*|\s-\s+|\b(?:so|and|but|then)\s+)(?P<q>{_POLAR_OPENING})", re.I)
_OPENS_POLAR = re.compile(rf"^\W*(?:and\s+|so\s+|but\s+)?{_POLAR_VERB}\b", re.I)


def polar_part(question: str) -> str:
    """The yes/no question a story ends with, from its question word; the question itself when it opens with one or
    has no story before it."""
    if asks_yes_or_no(question) and _OPENS_POLAR.match(question):
        return question
    starts = [m.start("q") for m in _POLAR_START.finditer(question)]
    return question[starts[-1]:] if starts else question


_ACCESS_VERBS = frozenset({"use", "access", "get", "have", "join", "apply", "attend", "claim", "take", "book", "request"})
_GRANTED = re.compile(r"\b(?:available|open|offered|given|restricted|limited)\s+(?:only\s+)?to\b|\b(?:eligible|entitled)\b", re.I)

_COUNTED_UNITS = frozenset(content_terms("hour hours day days week weeks month months year years staff employees "
                                         "employee workers people members posts time times period periods occasion "
                                         "occasions spell spells absence absences"))


# (after an index column, "No.: 3; Action: Write to staff…", the next cell names the row)
_FIRST_CELL = re.compile(r"^\W*(?:[^:;\n]{1,12}:\s*\d{1,3}\.?;\s*)?[^:;\n]{1,40}:\s*(?P<name>[^;\n]+)")
ROW_NAME_WORDS = 6  # a row's name, "Gofyn chatbot", "Microsoft Copilot in Outlook", is this long at most
_CONDITION_CELL = re.compile(r"(?:during|before|after|until|up to|over|under|within|between|from|less than|more than|"
                             r"fewer than|at least|at most|if|when|while|once)\b", re.I)
# What a question asks about, as the subject of its verb: "does *the chatbot* see…?", "what data does
# *the telematics* use?", "when does *Copilot* go live?" (not "they", "I": who is asking, or anyone).
_SUBJECT_ASKED = re.compile(
    r"^\W*(?:and\s+|so\s+|but\s+)?(?:(?:what|which|when|where|how|who)\s+(?:\w+\s+){0,2}?)?"
    r"(?:does|do|did|is|are|was|were|can|could|will|would|has|have|should|must)\s+"
    r"(?!(?:i|we|you|they|he|she|it|there|this|that|me|us|them)\b)(?:the\s+|a\s+|an\s+|our\s+|my\s+|your\s+)?"
    r"(?P<subject>[\w-]+(?:\s+[\w-]+)?)",
    re.I,
)


# …and what "how many…?" counts: "how many *benefits assessors* will be left?"
_HOW_MANY_OF = re.compile(r"^\W*(?:and\s+|so\s+)?how many (?P<subject>[\w-]+(?:\s+[\w-]+)?)\s+(?:will|would|are|were|is|was|do|does|did|have|has|can)\b",
                          re.I)


# …and whom or what the situation a question tells is about: "what if my *friend* dies?", "how
# many days off do I get if my *dad* dies?"
# …or whom a story told first is about: "my *nan* passed away, what am I entitled to?"
# …or a follow-up that names only whom it is now about: "and my nan?", "what about for my son?"
_IF_SUBJECT = re.compile(r"\bif (?:my|our|your|a|the|his|her|their) (?P<subject>[\w-]+)|"
                         r"^\W*(?:my|our) (?P<told>[\w-]+) (?:has |have |had |just |recently )*"
                         r"(?:passed|died|is|was|works|worked|got|lives|needs|started)\b|"
                         r"^\W*(?:and|what about|how about)\s+(?:for\s+)?(?:my|our|his|her|their)\s+(?P<next>[\w-]+)\W*$|"
                         # …or the time it is asked of: "how much for being on call *at the weekend*?" of the row
                         # "Period: Saturday or Sunday (24 hours)"
                         r"\b(?:at|on|over|for|during|in) (?:the |a )?(?P<at>weekends?|nights?|bank holidays?|evenings?|"
                         r"saturdays?|sundays?|christmas|new year)\b", re.I)
# An ordinal names a row among rows of the same thing: "when is my *first* review?"
_ORDINAL_WORDS = frozenset(content_terms("first second third fourth fifth final last"))


# "When is the meeting?", "where's the hearing?": when or where the event a notice or an agenda is about is
# held (not "the next meeting", which minutes give as a field of their own).
_EVENT_ASKED = re.compile(
    r"^\W*(?:and\s+|so\s+)?(?:when|where)(?:'s|’s| is| will)?\s+(?:the |my |our |this |that )?"
    r"(?:meeting|event|session|hearing|interview|briefing|workshop|conference|webinar|drop-in)\b"
    r"(?:\s+(?:be|be held|held|happening|taking place))?\s*\??\s*$", re.I)
_WEEKDAY_OR_DATE = re.compile(rf"\b{WEEKDAYS}\b|\b\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH_NAMES}\b", re.I)
_AT_TIME = re.compile(r"\b\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)|\b\d{1,2}:\d\d\b|\bnoon\b|\bmidday\b", re.I)
DETAILS_WORDS = 24  # a details line is short: a day, a time and a place
DETAILS_REACH = 400  # characters from the top of the document within which its details line stands


def event_details(blocks: list[Block], question: str) -> list[Block]:
    """The line near the top of a notice or an agenda that gives when and where it is held: a day or a
    date with a time, in few words and no sentence ("Thursday 17 December 2026, 2pm to 4pm, Council
    Chamber and on Teams"), for "when is the meeting?" / "where is the meeting?". Left out: details
    spread over several lines ("Date:", "Time:", "Place:"), which their fields answer, and "what time…?"."""
    if not _EVENT_ASKED.match(question):
        return []
    found = []
    for b in blocks:
        if len(b.units) != 1:
            continue
        u = b.units[0]
        text = u.text.strip()
        if (u.passage.ordinal == 0 and u.start - u.passage.start <= DETAILS_REACH and len(text.split()) <= DETAILS_WORDS
                and not text.endswith((".", ":", "?")) and _WEEKDAY_OR_DATE.search(text) and _AT_TIME.search(text)):
            found.append(b)
    return found


def rows_named(blocks: list[Block], question: str) -> set[int]:
    """The table rows (blocks, by id) whose first cell names what the question asks about, by a
    word no other row's first cell has ("does the *chatbot* see…?" of "System: Gofyn chatbot; …"),
    or by a word the question's word is searched as ("my dad" of "Parent, brother or sister").
    A word every row's name shares ("Grade: Grade 5", "Grade: Grade 6") picks none."""
    found = (_SUBJECT_ASKED.match(question) or _HOW_MANY_OF.match(question), _IF_SUBJECT.search(question))
    for m in found:
        if m is None:
            continue
        subject = m.group("subject") or m.groupdict().get("told") or m.groupdict().get("next") or m.groupdict().get("at") or ""
        asked = set(distinctive_terms(subject)) | (set(content_terms(subject)) & _ORDINAL_WORDS)
        if m.re is _IF_SUBJECT:  # (whom a situation is about, by the words it is searched as; not what
            asked = with_synonyms(asked, subject)  # "does the app track me?" asks of, "Location data used to monitor…")
        # (what is counted is what a row is of, its name's head: "how many *requests*…?" is not of the
        # row "Meeting to discuss the request", a meeting)
        # (a row named by the time asked of must give the kind of fact asked for: "do I get paid extra for
        # weekends?" is not answered by the row "Weekend working: one weekend in four")
        timed = m.re is _IF_SUBJECT and bool(m.groupdict().get("at"))
        named = _rows_naming([b for b in blocks if not timed or b.has_type], asked, head_only=m.re is _HOW_MANY_OF)
        if named:
            return named
    return set()


# Where a row name's head ends: what follows says which ("Meeting *to discuss the request*", "Staff
# *who work with children*").
_POST_MODIFIER = re.compile(r"\s(?:to|of|for|with|who|which|that|in|on|at|by|from|about|under|over)\s.*$", re.I)


def _rows_naming(blocks: list[Block], asked: set[str], head_only: bool = False) -> set[int]:
    if not asked:
        return set()
    names: dict[int, set[str]] = {}
    for b in blocks:
        # (a table's row, of two cells or more: not a bullet that opens with a term, "• Oppressive monitoring: …")
        if len(b.units) == 1 and _bullet_row(b.units[0].text) and has_cells(b.units[0].text):
            m = _FIRST_CELL.match(b.units[0].text)
            if m is not None:
                # (a first cell that is a condition, "During probation", "Up to 4 years", says when the
                # row holds, not what it is about: "how long is my probation?" asks of probation itself)
                # A first cell of a sentence ("Risk: Staff performance is judged from call summaries") says
                # something of what the row is about; only a short one names it.
                name = m.group("name")
                named = not _CONDITION_CELL.match(name) and len(name.split()) <= ROW_NAME_WORDS
                if head_only:
                    name = _POST_MODIFIER.sub("", name)
                names[id(b)] = set(content_terms(name)) if named else set()
    if len(names) < 2:
        return set()
    counts: Counter[str] = Counter(t for terms in {frozenset(v) for v in names.values()} for t in terms)
    return {i for i, terms in names.items() if any(counts[t] == 1 for t in terms & asked)}


# A heading that is a situation: "If you have already clicked a link", "When you come back", "What to do if…".
_SITUATION = re.compile(r"^\W*(?:\d+(?:\.\d+)*[.)]?\s+)?(?:what to do\s+)?(?:if|when|once|after|before|during|in case)\b\s*(?P<rest>.+)$", re.I)
SITUATION_SHARE = 2 / 3  # of the heading's words, the question's situation must have this share, two at least
_WHAT_TO_DO = re.compile(r"\bwhat\s+(?:do|should|can|must|shall|would)\s+(?:i|we|you|they)\s+(?:need\s+to\s+|have\s+to\s+)?do\b|"
                         r"\bwhat now\b|\bwhat next\b|\bwhat happens now\b|\bwhat(?:'s| is) the next step\b|^\W*(?:and\s+|so\s+)?what if\b", re.I)


def situation_sections(blocks: list[Block], question: str) -> set[int]:
    """The blocks (by id) that open a section whose heading is the situation the question tells
    ("i clicked a link in a dodgy email what do i do?" of "If you have already clicked a link"):
    most of the heading's words, two at least, are the question's."""
    if not _WHAT_TO_DO.search(question):
        return set()  # ("will I get in trouble for clicking a link?" asks something else of it)
    # (in the words the question is searched as: "can't get in" is not getting to "your usual workplace")
    asked = set(content_terms(expand_query(question)))
    out: set[int] = set()
    sectioned = {b.passage.doc_id for b in blocks if section_heading(b.passage.section)}
    for b in blocks:
        # (a document that is all one situation, with no sections, has it as its title: "What to do if you
        # clicked a link in a suspicious email" over its advice)
        heading = section_heading(b.passage.section) or (b.passage.title if b.passage.doc_id not in sectioned else "")
        m = _SITUATION.match(heading)
        if m is None or len(b.units) != 1:
            continue
        said = set(content_terms(m.group("rest")))
        shared = said & asked
        if len(shared) < min(2, len(said)) or len(shared) < SITUATION_SHARE * len(said):
            continue
        first = min((u.start for o in blocks for u in o.units if o.passage.doc_id == b.passage.doc_id
                     and o.passage.section == b.passage.section), default=b.units[0].start)
        if b.units[0].start == first:
            out.add(id(b))
    return out


# "What can happen to me after the hearing?", "what happens if I miss the deadline?": what follows a situation.
_HAPPENS_WHEN = re.compile(
    r"\bwhat\s+(?:(?:will|would|could|can|might|may|does|do|did|is\s+going\s+to)\s+)?happens?\s+(?:next\s+)?"
    r"(?:to\s+(?:me|us|them|you|him|her|staff|my\s+\w+|our\s+\w+)\s+)?(?P<when>after|if|when|once|following|at\s+the\s+end\s+of)\s+"
    r"(?P<rest>[^?.!]+)", re.I)
# A sentence that opens with a situation: "After the hearing the panel may…", "If you miss the deadline, …".
_OPENS_WITH_SITUATION = re.compile(
    r"^\W*(?:\d+(?:\.\d+)*\.?\s+)?(?P<when>after|if|when|whenever|once|following|at\s+the\s+end\s+of|where|should|in\s+the\s+event\s+(?:that|of))\b"
    r"(?P<rest>[^,;:.]{3,160})", re.I)
# Which openers tell the same kind of situation: a time after an event, or a condition.
_SITUATION_KIND = {"after": "after", "following": "after", "once": "after", "at the end of": "after", "when": "after",
                   "whenever": "if", "if": "if", "where": "if", "should": "if", "in the event that": "if",
                   "in the event of": "if"}
SITUATION_OPENING_WORDS = 8  # of a sentence's opening situation, the words read (its condition, not what follows)


def situation_sentences(blocks: list[Block], question: str) -> list[Block]:
    """The sentences (or list intros) that open with the situation a "what happens after/if…?" question
    tells: "what can happen to me after the hearing?" of "After the hearing the panel may (a) …"; "what happens
    if I forget to clock out?" of "If you forget to clock in or out, your supervisor can correct the record".
    Each of the situation's words must open the sentence (in its first words, as the documents say them), and
    the opener must tell the same kind of situation ("after" is "once" or "following", "if" is "where" or
    "should"; "when" is either)."""
    m = _HAPPENS_WHEN.search(question)
    if m is None:
        return []
    kind = _SITUATION_KIND.get(" ".join(m.group("when").lower().split()), "if")
    asked = set(content_terms(m.group("rest")))
    if not asked:
        return []
    out = []
    for b in blocks:
        said = _OPENS_WITH_SITUATION.match(b.units[0].text)
        if said is None:
            continue
        opener = " ".join(said.group("when").lower().split())
        if "when" not in (opener, m.group("when").lower()) and _SITUATION_KIND.get(opener, "if") != kind:
            continue
        if asked <= set(content_terms(" ".join(said.group("rest").split()[:SITUATION_OPENING_WORDS]))):
            out.append(b)
    return out


_HOW_DO = re.compile(r"^\W*(?:and\s+|so\s+)?how\s+(?:do|can|should|would|must|will|shall)\s+(?:i|we|you|staff|employees|people)\s+"
                     r"(?:go\s+about\s+)?(?P<verb>[a-z]+)", re.I)
_SHORT_FIELD = re.compile(r"^\W*[A-Z][\w ]{0,24}:\s*\S[^.!?]{0,40}$")
_HOW_TITLE = re.compile(r"^\W*how\s+(?:to|do\s+(?:i|you|we))\s+\w+", re.I)
# ("How to apply", "Applying", and the reader's doing: "How you pay", not "How we use your data")
_HOW_TO_HEADING = re.compile(r"^(?:how\s+(?:to|do\s+(?:i|you|we)|you)\s+)?(?P<verb>[A-Za-z]+)", re.I)


def how_to_sections(blocks: list[Block], question: str) -> list[Block]:
    """The first block of each section whose heading is the doing a "how do I…?" question asks
    ("how do I apply…?" of "How to apply" or "Applying for leave"; "how do I claim?" of "Claiming")."""
    m = _HOW_DO.match(question)
    verb = content_terms(m.group("verb")) if m else []
    if not verb or verb[0] in ("get", "go", "do", "make", "know", "find"):
        return []  # ("how do I get…?", "how do I know…?" name no doing a heading would)
    firsts: dict[tuple[str, str], Block] = {}
    sectioned = {b.passage.doc_id for b in blocks if section_heading(b.passage.section)}
    for b in blocks:
        # (a document that is all one "How to…", with no sections, has it as its title: "How to claim
        # expenses" over its steps)
        heading = unnumbered(section_heading(b.passage.section))
        if (not heading and b.passage.doc_id not in sectioned and _HOW_TITLE.match(b.passage.title)
                and not _SHORT_FIELD.match(b.units[0].text)):
            heading = b.passage.title  # (not its byline, "Published: 3 November 2026")
        h = _HOW_TO_HEADING.match(heading)
        if h is None or len(heading.split()) > 6 or content_terms(h.group("verb"))[:1] != verb[:1] or len(b.units) != 1:
            continue
        key = (b.passage.doc_id, b.passage.section)
        if key not in firsts or b.units[0].start < firsts[key].units[0].start:
            firsts[key] = b
    return list(firsts.values())


_WHAT_Q = re.compile(r"^\W*(?:and\s+|so\s+)?(?:what|which)\b", re.I)


def listed_under_heading(blocks: list[Block], question: str) -> list[Block]:
    """The whole lists (of two items or more, without an intro sentence, or a line of names) under a heading that has every
    word a "what…?" question asks about, but for words of its document's title ("what can IT see on my
    phone?" of "What IT can see" in "Work apps on your own phone"); the longest of each section."""
    asked = set(distinctive_terms(question))
    if not asked or not _WHAT_Q.match(question):
        return []
    best: dict[tuple[str, str], Block] = {}
    for b in blocks:
        # (or a line of names with no verb, the rest of its heading: "UNISON, Royal College of Nursing, Unite…" under
        # "Schedule 1: Recognised trade unions", for "which unions are recognised?")
        names = len(b.units) == 1 and b.intro is None and named_by_heading(b.units[0]) is not None
        if not names and (b.intro is not None or len(b.units) < 2 or not all(u.is_item for u in b.units)):
            continue
        heading = set(content_terms(section_heading(b.passage.section)))
        # (a line of names, under a heading with every word asked, the title's too: not "Recognised trade unions" for
        # "what facilities do the unions get?" of the "Recognition and Facilities Agreement")
        if not asked & heading or not asked - (set() if names else set(content_terms(b.passage.title))) <= heading:
            continue
        key = (b.passage.doc_id, b.passage.section)
        if key not in best or len(b.units) > len(best[key].units):
            best[key] = b
    return list(best.values())


def _items_of(lists: list[Block], blocks: list[Block]) -> set[int]:
    """The blocks (by id) that are one item of one of these lists: the list answers whole, so an item
    with a word of the question its own ("the phone number, if you agree" for "what can IT see on my
    phone?") does not lead alone."""
    items = {id(u) for b in lists if len(b.units) > 1 for u in b.units}  # (a line of names is no item: it is the list)
    return {id(b) for b in blocks if len(b.units) == 1 and id(b.units[0]) in items}


def _bullet_row(text: str) -> bool:
    """A table's row, as `table_lines` writes one: "• Grade: Grade 5; Spinal column point: 9; …"."""
    return text.lstrip().startswith("•") and ": " in text


# How far ahead of the best other block a block a rule picks is put (`_put_first`).
NAMED_ROW_EDGE = 0.001


def _put_first(blocks: list[Block], chosen: list[Block], typed: bool = False) -> None:
    """Put the chosen blocks ahead of every other, in their own order of probability: a row the
    question names by its number, a condition that holds for its number, the section headed by
    its situation answer it however the scorer rates them. `typed`: they also have the kind of
    fact asked (what a rule found them for is that kind: the notice's time and place, the list its
    heading names, the schedule a sentence points to)."""
    for b in chosen if typed else []:
        b.has_type = True
    if chosen:
        top = max(o.prob for o in blocks) + NAMED_ROW_EDGE
        for b in chosen:
            b.prob = max(b.prob, top + NAMED_ROW_EDGE * b.prob)
# "What's the top of grade 6?": the end of what is numbered, which a table gives in order.
_TOP = ("top", "highest", "maximum", "max", "end")
_END_ASKED = re.compile(r"\b(top|highest|maximum|max|end|bottom|lowest|minimum|min|start|starting|entry)\s+(?:point\s+|rate\s+|salary\s+)?(?:of|on|for|in)\b", re.I)

FAQ_SENTENCES = 4  # a FAQ's answer this long at most is shown whole; a longer section is left to the scorer
SLIDE_ITEMS = 7  # a section of bullets this long at most is shown whole (the rep's budget of points)
SECTION_UNITS = 8  # a section put first for its heading this long at most (sentences and items) is shown whole


_BARE_ANSWER = re.compile(r"(?:^|\n)[ \t]*((?:yes|no|not yet|it depends)[.!,])[ \t]*$", re.I)


def faq_answer(units: list[Unit], lead: Block, question: str, situated: bool = False) -> list[Unit]:
    """The answer under a FAQ's question, whole and in order, when the lead is one of its
    sentences: "Will there be training?" is answered by "Yes. Every member of staff in the
    pilot will be given a two-hour online course… The training takes place in working
    time.", not by its last sentence alone, and "Do I have to use it?" by "No. Using
    Copilot is optional during the pilot. Nobody will be disciplined… for choosing not to
    use it." A heading that asks the question a section answers is what makes it a FAQ's;
    a section longer than FAQ_SENTENCES is left to the scorer.

    A section that is only bullets (a slide: "Training and support" over "• Two days of
    training for every adviser…", "• Floor walkers for the first month"…) is shown whole,
    up to SLIDE_ITEMS, when its heading asks the question or names all the question is
    about ("what training will I get?"): one bullet alone is a fragment of what it says.
    A section a rule put first for the question (`situated`: its heading is the situation the
    question tells, or the "how to" it asks) is shown whole, lists and all, up to SECTION_UNITS:
    "what if I can't get in because of snow?" is answered by all of "If you cannot get to your
    usual workplace", not by its first sentence.

    Empty when there is nothing to add."""
    if lead.intro is not None or len(lead.units) != 1 and any(u.is_item for u in lead.units):
        return []
    head = lead.units[0]
    heading = section_heading(head.passage.section)
    about, asked = set(distinctive_terms(heading)), set(distinctive_terms(question))
    # …when it is the question asked: the two share a word that says what about, or the
    # heading has none ("Do I have to use it?"). "What's the Service Desk's number?" found
    # under "Who do I ask for help?" is answered by its own sentence.
    faq = heading.endswith("?") and (not about or bool(about & asked)) or (
        asks_why(question) and _WHY_HEADING.match(heading) is not None  # the reasons, as the section gives them
    )
    seen: set[tuple[str, int]] = set()
    run: list[Unit] = []
    for u in sorted(units, key=lambda u: (u.passage.chunk_id, u.start)):
        if u.passage.doc_id != head.passage.doc_id or u.passage.section != head.passage.section:
            continue
        if (u.passage.doc_id, u.start) in seen or u.text.rstrip().endswith("?"):
            continue
        if is_sign_off(u.text) and u is not head:
            break  # (a letter's closing, "Kind regards, Sioned Morgan, HR…", ends its last section: who wrote it, no answer)
        seen.add((u.passage.doc_id, u.start))
        run.append(u)
    single = len(run) == 1 and faq and not head.is_item and run[0] is head  # (a one-sentence answer: only its "Yes." to add)
    if not single and (len(run) < 2 or {id(u) for u in run} <= {id(u) for u in lead.units}):
        return []
    if situated:
        return run if len(run) <= SECTION_UNITS and run[0].start == head.start else []
    if head.is_item:
        slide = all(u.is_item and not u.cont for u in run) and len(run) <= SLIDE_ITEMS
        # (not for a fact asked for that the lead gives: "what is the limit for gifts?" is answered
        # by the bullet with "£25", not by every bullet under "Accepting gifts")
        named = bool(asked) and asked <= set(content_terms(heading)) and lead.has_type is not True
        # (nor under a slide's title that asks, when the bullet gives the fact asked for: "where are the drop-in
        # sessions?" is the bullet "Drop-in sessions in the staff canteen…", not the "Questions?" slide from its top)
        return run if slide and ((faq and lead.has_type is not True) or named) else []
    if not faq or len(run) > FAQ_SENTENCES or any(u.in_list for u in run):
        return []
    # The bare "Yes." or "No." an answer opens with is too short to be a sentence of its own.
    # It answers the FAQ's question, so it is shown only when that is the question asked: "is
    # travel time paid?" is not answered "No." because "Will my pay change?" is.
    first = run[0]
    before = first.passage.text[: first.start - first.passage.start]
    bare = _BARE_ANSWER.search(before)
    if bare is not None and _asks_heading(heading, question, _said_of(head, units)):
        start = first.start - (len(before) - bare.start(1))
        run[0] = replace(first, start=start, text=first.passage.text[start - first.passage.start : first.end - first.passage.start])
    elif single:
        return []
    return run


def _asks_heading(heading: str, question: str, said: str) -> bool:
    """Is the question the one a FAQ's heading asks, so that its "Yes." or "No." answers it? A
    question to be answered yes or no, with every word of the heading (or one the expansion
    searches it as, or the answer speaks of), and no word of its own but what the document
    speaks of (`said`: its passage and title): "do I have to use Copilot?" asks "Do I have to
    use it?" of a Copilot FAQ; "can I refuse to use it?" asks another question, whose answer is
    the opposite."""
    if not asks_yes_or_no(question):
        return False
    # (in the words that carry a topic: "do I get my own desk?" asks "Do I *still* have my own desk?")
    own, heading_terms, there = set(distinctive_terms(question)), set(distinctive_terms(heading)), set(content_terms(said))
    searched_as = synonyms(question)
    # A word of the heading's that neither the question nor the answer has is what the reply is
    # about: "Will my pay *change*?" answered "No. Your contracted hours and pay are not affected."
    # ("will my mobile be recorded?" asks "Will my personal calls be recorded?", whose answer
    # speaks of personal calls.)
    if not heading_terms <= own | there | {t for ts in searched_as.values() for t in ts}:
        return False
    # (a word of the question's the heading says in the words it is searched as is the heading's: "can I bring
    # my own screen?" asks "Can I bring my own monitor?")
    return {t for t in own - heading_terms if not searched_as.get(t, set()) & heading_terms} <= there


# A FAQ's reply word at the start of a sentence ("No. Your contracted hours…", which the sentence
# splitter keeps whole, taking "No." for "number"): not "No. 5".
_REPLY = re.compile(r"^(?:yes|no|not yet)[.!,]\s+(?=[A-Z])", re.I)


ITEM_MARGIN = 1.2  # how much likelier than the next item of its list one must be to answer a yes/no question alone


def _item_that_answers(lead: Block, blocks: list[Block], own: str, point_min: float) -> Block:
    """A yes/no question whose likeliest block is a whole list ("Follow these five principles…:") is
    answered by the list's intro and the one item that is clearly likelier than the rest ("do I have to
    say if I used AI?": "4. Say when a document was drafted with AI."), not by every item."""
    if lead.intro is None or len(lead.units) <= 2 or not asks_yes_or_no(own):
        return lead
    items = sorted((b for b in blocks if b.whole is lead and len(b.units) == 1), key=lambda b: -b.prob)
    act = asked_act_said(own)
    if act is not None and items:
        # "Does the supplier have to notify the council if a court requires it…?": the one item that says the act
        # asked about ("(a) notify the Council in writing…"), however likely one with more of its other words is
        # ("(b) ask the court to treat the information as confidential.")
        saying = [b for b in items if act[0](b.units[0].text)]
        if len(saying) == 1:
            return Block([lead.intro, saying[0].units[0]], lead.score, lead.prob, has_type=lead.has_type)
        if saying:
            return lead
    if not items:
        return lead
    # (a thing the question names, by a name or its initials, that one item alone speaks of: "is our JCC the right
    # place…?" of "1. Regular structured meetings … e.g. through Joint Consultative Committees…", however close the
    # likelihood of the others)
    names = {t for w in re.findall(r"(?<!^)\b(?:[A-Z]{2,6}s?|[A-Z][a-z]+)\b", own.strip()) for t in content_terms(w)} - GENERIC
    if names and lead.intro is not None:
        named = with_synonyms(names, own)
        spoken = [b for b in items if b.prob >= point_min and _names_alone(b, items, lead, named)]
        if len(spoken) == 1:
            return Block([lead.intro, spoken[0].units[0]], lead.score, lead.prob, has_type=lead.has_type)
    if items[0].prob < point_min or (len(items) > 1 and items[0].prob < ITEM_MARGIN * items[1].prob):
        return lead
    # …and only when it has a word the question asks about (or one it is searched as) that no other item
    # has: "can they use a subcontractor?" is not answered by "(a) use Council Data to train…" for its "use"
    asked = set(distinctive_terms(own))
    bridged = with_synonyms(asked, own)
    rest = {t for b in items[1:] for t in content_terms(b.units[0].text)}
    if not (set(content_terms(items[0].units[0].text)) & bridged) - rest:
        return lead
    return Block([lead.intro, items[0].units[0]], lead.score, lead.prob, has_type=lead.has_type)


def _names_alone(item: Block, items: list[Block], lead: Block, named: set[str]) -> bool:
    """Does the item speak of a thing named (`named`: its words and those it is searched as) that neither the
    list's intro nor any other item does?"""
    others = {t for b in items if b is not item for t in content_terms(b.units[0].text)}
    others |= set(content_terms(lead.intro.text)) if lead.intro is not None else set()
    return bool((set(content_terms(item.units[0].text)) & named) - others)


def _with_its_intro(b: Block) -> Block:
    """An item that only finishes its list's intro, with that intro: "The Supplier shall not:" over
    "(a) use Council Data to train or improve any artificial intelligence model;", which alone reads as
    the opposite of what the document says. An item that is a sentence of its own stands alone."""
    whole = b.whole
    if whole is None or whole.intro is None or b.intro is not None or any(u is whole.intro for u in b.units):
        return b
    raw = strip_marker(b.units[0].text).strip()
    if not raw or not (raw[0].islower() or b.units[-1].text.rstrip().endswith((";", ",", "; or", "; and"))):
        return b
    return replace(b, units=[whole.intro, *b.units])


def _one_intro_each(blocks: list[Block]) -> list[Block]:
    """Points given their intro by `_with_its_intro` that share it, as one: "You can apply if:" once,
    over the items chosen, in their order, where the first of them was."""
    out: list[Block] = []
    by_intro: dict[int, int] = {}  # id of an intro unit → its block's place in out
    for b in blocks:
        intro = b.intro
        if intro is None or b.whole is None or id(intro) not in by_intro:
            if intro is not None and b.whole is not None:
                by_intro[id(intro)] = len(out)
            out.append(b)
            continue
        at = by_intro[id(intro)]
        first = out[at]
        items = sorted([*first.units[1:], *b.units[1:]], key=lambda u: u.start)
        out[at] = replace(first, units=[intro, *items])
    return out


def _said_of(u: Unit, units: list[Unit]) -> str:
    """What the answer under a FAQ heading speaks of, for `_asks_heading`: its passage and title; under
    a heading that names nothing ("Do I have to use it?"), all its document's passages found, which
    say what "it" is ("…will clock in and out using a fingerprint reader")."""
    if distinctive_terms(section_heading(u.passage.section)):
        return f"{u.passage.title}\n{u.passage.text}"
    passages = {v.passage.chunk_id: v.passage for v in [u, *units] if v.passage.doc_id == u.passage.doc_id}
    return "\n".join([u.passage.title, *(p.text for p in passages.values())])


def _without_reply(b: Block, question: str, units: list[Unit]) -> Block:
    """The block without the "Yes."/"No." its FAQ answer opens with, unless the question is the
    FAQ's own (`_asks_heading`): the reply word answers the heading's question, and shown to
    another ("is travel time paid?" under "Will my pay change?") it says what the document doesn't."""
    first = b.units[0]
    m = _REPLY.match(first.text)
    heading = section_heading(first.passage.section)
    if m is None or not heading.endswith("?") or _asks_heading(heading, question, _said_of(first, units)):
        return b
    cut = replace(first, start=first.start + m.end(), text=first.text[m.end():])
    return replace(b, units=[cut, *b.units[1:]])


# A sentence that says what follows from not doing as asked.
_CONSEQUENCE = re.compile(
    r"\b(?:failure\s+to|fail(?:s|ing)?\s+to|(?:will|may|could|can|might)\s+(?:result|lead)\s+(?:in|to)|"
    r"(?:will|may|could)\s+be\s+(?:subject\s+to|suspended|withdrawn|removed|dismissed|disciplined|treated\s+as)|"
    r"disciplinary\s+(?:action|procedure|process)|gross\s+misconduct|"
    # "If the allegation is found to be proven, one possible outcome is dismissal."
    r"(?:possible|likely)\s+outcomes?|outcomes?\s+(?:could|may|might)\s+be|"
    # …and a contract's: "…shall cause irreparable harm…", "…entitled to injunctive relief", "…liable for any loss"
    r"(?:shall|will|would|may)\s+cause\s+(?:\w+\s+)?(?:harm|damage|loss)|injunct\w*\s+relief|(?:shall|will|may)\s+be\s+liable|"
    r"(?:entitled|right)\s+to\s+(?:seek\s+)?(?:damages|compensation|an?\s+injunction|terminate))\b",
    re.I,
)
# What a "when" question asks the time of its subject doing: the time itself, not a topic.
_EVENT_VERBS = frozenset(content_terms("start starts begin begins end ends finish launch commence stop close open happen"))
_OPENS_YES_NO = re.compile(r"\s*(?:#.*\n\s*)?(?:yes|no|not yet)\b[.!,]", re.I)  # a section's answer, as it opens


# A deadline asked for ("when's the deadline?", "by when do I have to…?", "what's the closing date?") and one
# set: a date after "by", "before" or "no later than".
_ASKS_DEADLINE = re.compile(r"\bdeadlines?\b|\bby when\b|\b(?:closing|last) date\b|\bcut[- ]?off\b", re.I)
_SETS_DEADLINE = re.compile(rf"\b(?:by|before|no later than|not later than|until)\s+(?:(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?)?"
                            rf"{MONTH_NAMES}\b", re.I)


# When something ends, as a question asks it and as a text says it.
_ASKS_END = re.compile(r"\bwhen\b.{0,60}\b(?:finish|finishes|end|ends|close|closes|stop|stops|be over|expire|expires|run out|runs out)\b|"
                       r"\b(?:end|closing|finish) date\b", re.I)
_SAYS_END = re.compile(r"\b(?:ends?|ended|ending|end date|finish(?:es|ed|ing)?|clos(?:e|es|ed|ing)|closing date|until|till|stops?|"
                       r"expires?|runs? out|deadline|by)\b|\bto \d", re.I)


# A rule's exception, as a sentence opens it: "In urgent cases, …", "In exceptional circumstances…", "Exceptionally, …"
_EXCEPTIONAL = re.compile(r"^\W*(?:in (?:an? |the )?(?:urgent|exceptional|emergency|rare)\b|exceptionally\b)|"
                          r"\b(?:at short notice|in (?:an )?emergenc(?:y|ies)|in (?:urgent|exceptional|rare) (?:cases|circumstances))\b", re.I)


def _keep_typed(blocks: list[Block], wanted: Callable[[Block], bool]) -> list[Block]:
    """When some block with the kind of fact asked for is also `wanted`, the others lose the kind
    (they may not lead as typed); the wanted typed blocks, or none when no typed block is wanted."""
    kept = [b for b in blocks if b.has_type and wanted(b)]
    if kept:
        keep = {id(b) for b in kept}
        for b in blocks:
            if b.has_type and id(b) not in keep:
                b.has_type = False
    return kept


def _asked_with_synonyms(question: str) -> set[str]:
    """The question's own words, and the source words the expansion searches them as: the row
    of a table "how long do they have to reply?" names is "Written outcome", a reply's word; and
    an ordinal, which names one row of rows of the same thing ("my *first* review")."""
    # (the ordinal as itself: "first" is searched as consultation's first stage, not so a row's name)
    return with_synonyms(set(distinctive_terms(question)), question) | (set(content_terms(question)) & _ORDINAL_WORDS)


# An email's header lines; and what asks for one: who sent it or to whom, when, about what.
_HEADER_FIELD = re.compile(r"^\W*(?:From|To|Cc|Bcc|Sent|Date|Subject|Re|Attachments?)\s*:", re.I)
_ASKS_HEADER = re.compile(r"\b(?:who|whom|when|what (?:date|day|time)|subject|sent|from|copied|cc'?d?|attach\w*)\b", re.I)


# What is forbidden, asked for: "what am I not allowed to do…?", "what can't I do…?", "what's banned?".
_ASKS_FORBIDDEN = re.compile(r"^\W*(?:and\s+|so\s+)?what(?:'s|’s| is| are)?\b.{0,30}\b(?:not (?:allowed|permitted|supposed) to|"
                             r"can'?t|cannot|mustn'?t|must not|shouldn'?t|should not|banned|forbidden|prohibited|off limits)\b", re.I)
_FORBIDS = re.compile(r"\b(?:do not|don'?t|must not|mustn'?t|never|shall not|may not|cannot|can'?t|not (?:allowed|permitted)|"
                      r"(?:is|are) (?:banned|forbidden|prohibited))\b", re.I)
# A row of a document's version history ("• Version: 1.1; Date: June 2024; Changes: …"): what changed in the
# document, a point only when the question asks what changed or which version.
_VERSION_ROW = re.compile(r"^\W*(?:version|v|revision|issue)\s*(?:no\.?|number)?\s*:\s*\S+\s*;", re.I)
_ASKS_VERSION = re.compile(r"\b(?:versions?|chang\w*|updat\w*|histor\w*|revis\w*|amend\w*|latest|newest)\b", re.I)
_REFERENCE_FIELD = re.compile(r"^\W*(?:our|your|my|the)?\s*(?:ref(?:erence)?|case|file)(?:\s+(?:no|number|ref))?\.?\s*:", re.I)
_ASKS_REFERENCE = re.compile(r"\bref(?:erence)?s?\b|\bcase (?:no|number)\b|\bquote\b", re.I)


def _heading_is(term: str, section: str) -> bool:
    """Is the section headed by the term, give or take an article ("The 50/50 section")?"""
    def bare(t: str) -> str:
        return re.sub(r"^(?:the|a|an|our|your)\s+", "", t.strip().lower())
    return bool(term) and bare(unnumbered(section_heading(section))) == bare(term)


def _unasked_fields(blocks: list[Block], question: str) -> set[int]:
    """The blocks (by id) that are a document's own record of itself, no point unless asked for: an
    email's header lines ("To: Mark Lewis") unless the question asks who, when or what about ("can Mark
    claim for the Swansea trip?" is answered by "Yes, you can claim for the trip to Swansea", not by the
    line that names Mark); a letter's reference ("Our ref: PAY/2026/88") unless asked for; the rows of a
    version history unless the question asks what changed."""
    # (a letter's reference, "Our ref: PAY/2026/88", the same, unless the question asks for it)
    refs = set() if _ASKS_REFERENCE.search(question) else {
        id(b) for b in blocks if len(b.units) == 1 and _REFERENCE_FIELD.match(b.units[0].text)}
    if not _ASKS_VERSION.search(question):
        refs |= {id(b) for b in blocks if b.units and all(_VERSION_ROW.match(u.text) for u in b.units)}
    if _ASKS_HEADER.search(question):
        return refs
    return refs | {id(b) for b in blocks if len(b.units) == 1 and _HEADER_FIELD.match(b.units[0].text)}


def _not_for_them(blocks: list[Block], question: str) -> set[int]:
    """The blocks (by id) whose rule is set for numbers other than the question's: "for 25 staff"
    is not answered by "Where fewer than 20 employees are affected, …" (`thresholds`)."""
    outside = outside_threshold(question, (" ".join(u.text for u in b.units) for b in blocks))
    return {id(b) for b, out in zip(blocks, outside, strict=True) if out}


# A section of what the document's words mean: "1. Definitions", "Glossary", "Interpretation", "Key terms".
_DEFINITIONS_HEADING = re.compile(r"^\W*(?:\d+(?:\.\d+)*[.)]?\s*)?(?:definitions?|glossary|interpretation|key terms|terms used|"
                                  r"meaning of (?:words|terms))\b", re.I)
_ASKS_WHAT_IT_IS = re.compile(r"^\W*(?:and\s+|so\s+)?(?:what|who)(?:'s|’s|\s+is|\s+are|\s+was|\s+were)\b|\bmean(?:s|t|ing)?\b|"
                              r"\bstand(?:s)? for\b|\bdefin\w*|\bcounts?\s+as\b|\bclass(?:ed|ified)?\s+as\b|\binclud\w*|"
                              r"\blimited\s+to\b|\bcover(?:s|ed)?\b", re.I)


def _definitions_not_asked(blocks: list[Block], question: str) -> set[int]:
    """The blocks (by id) of a definitions section, when the question doesn't ask what something is or means: "how
    long can covert monitoring last?" is not answered by "Covert monitoring: Monitoring that staff are not told about."
    (which outscores the rule for repeating the term), though it may be shown as a point."""
    if _ASKS_WHAT_IT_IS.search(question):
        return set()
    return {id(b) for b in blocks if _DEFINITIONS_HEADING.match(section_heading(b.passage.section))}


def narrower_faq_answers(blocks: list[Block], question: str) -> set[int]:
    """The blocks (by id) of a FAQ's "Yes."/"No." answer to a narrower question than the one
    asked. "Are my calls recorded?" is not answered by the "No." under "Will my personal calls
    be recorded?": that answers for personal calls only, and would tell the reader the opposite
    of the document. It is when the FAQ's question has every word of the user's and more
    ("personal"). A question with a word of its own ("will my mobile be recorded?", "can my
    manager see what I type?" of "…see what I ask Copilot?") may be the FAQ's, in other words."""
    asked = set(distinctive_terms(question))
    if len(asked) < 2 or not (asks_yes_or_no(question) or _POLAR_AFTER_STORY.search(question)):
        # (one word says too little of what is asked: "can I say no to being recorded?"; and only a yes or
        # no is read as the answer to the question asked: "what did we say about opening until 8pm?" is
        # answered by the "No." under "Do you agree that the centre should open until 8pm on weekdays?")
        return set()
    out: set[int] = set()
    for b in blocks:
        heading = section_heading(b.passage.section)
        # (a word the page's title has is what the whole page is about, not a narrower case: "Will I keep my phone
        # number?" under "Teams Phone: your questions answered" answers "will I keep my number?")
        if heading.endswith("?") and _OPENS_YES_NO.match(b.passage.text) and asked < set(distinctive_terms(heading)) and (
                set(distinctive_terms(heading)) - asked - _who_or_what(heading) - set(content_terms(b.passage.title))):
            out.add(id(b))
    return out


_ASKERS = frozenset(content_terms("carer carers employee employees staff worker workers member members user users customer "
                                  "customers colleague colleagues people officer officers"))  # ("person" is "personal")


def _who_or_what(heading: str) -> set[str]:
    """The words of a FAQ's question that only say who asks or what it is about, as a reader's
    "I" and "it" do: a name ("Does *ShiftWise* know…?") and the people it is written for ("…when a
    *carer* is sick?"). They don't make its question narrower than "does it know when I'm off sick?"."""
    named = {t for w in re.findall(r"(?<!^)\b[A-Z][\w'’-]*", heading.strip()) for t in content_terms(w)}
    return named | _ASKERS


# Who was at a meeting, and the field of its minutes that says so.
_ATTENDED = re.compile(
    r"\bwho (?:was|were) (?:at|there|present|in attendance)\b|\bwho (?:attended|came|turned up)\b|\battendees\b|"
    r"\bwho (?:was|were) (?:on|in) the (?:call|meeting|panel|committee)\b",
    re.I,
)
_PRESENT = re.compile(r"(?:members\s+|those\s+)?(?:present|attendees|attending|in\s+attendance|attendance)\s*$", re.I)


def stated_answers(
    own: str, question: str, blocks: list[Block], scoped: bool, following: Callable[[Unit], list[Unit]] | None = None
) -> set[int]:
    """The blocks (by id) that answer the question by what the text is, however the scorer
    rates them; empty when none does:
    - "What is a sub-processor?", "who is the Processor?": the text's definition of the term
      ('"Sub-processor" means …', '… Limited (the "Processor")'); and "is confidential information limited
      to technical information?", "does 'personal data' include…?", which ask how far the term reaches;
    - "who is the letter from?": its From line or its sign-off, the first in the document;
    - "why are they doing this?", asked of chosen documents (`scoped`): their section of reasons;
      and "who is on the committee?" their section headed "Membership", as the question is searched;
    - "what did the branch ask?": the sentences that ask, worry or request;
    - "who do I report to?": the field ("Reports to: …") whose label the question says ("who made
      the tool?": "Supplier: …", a label it is searched as);
    - "who was at the meeting?": the minutes' "Present:" (or "Attendees:", "In attendance:").
    `own`: the question's own words (a follow-up's, without the topic it was given); `following`: the units of
    the chunks after a unit's (a definition's list read on past what retrieval brought)."""
    term = defined_term_asked(own)
    found = {id(b) for b in blocks if term and any(defines(term, u.text) for u in b.units)}
    if not term and (scope := scope_term_asked(own)):
        # "Is confidential information limited to technical information only?": what the text says it is
        # (not its section: a heading "Confidential Information" is no answer to how far the term reaches)
        found = {id(b) for b in blocks if any(defines(scope, u.text) for u in b.units)}
    for b in [b for b in blocks if id(b) in found]:
        whole = _with_what_it_introduces(b, blocks, following)
        if whole is not b:
            blocks.append(whole)  # ('“Confidential Information” means:' before its "(a) …", "(b) …")
            found = (found - {id(b)}) | {id(whole)}
    if term and not found and blocks:
        # …or, with no sentence that defines it, its section from its start, unless the likeliest block
        # opens it already or is its list: "what is the 50/50 section?" of "The 50/50 section", not a
        # table with a "50/50 section rate"
        found = _first_in_each_document(blocks, lambda b: _heading_is(term, b.passage.section))
        best = max(blocks, key=lambda b: b.prob)
        if id(best) in found or ((best.intro is not None or best.units[0].is_item) and _heading_is(term, best.passage.section)):
            found = set()  # (its list, "Examples include: …", is what the scorer found there)
    if asks_author(own):
        # The first byline of each document: a thread keeps its newest message on top, and a
        # quoted message's sign-off further down is the earlier sender's, not this email's.
        found = _first_in_each_document(blocks, lambda b: any(says_author(u.text) for u in b.units))
    if not found and asks_addressee(own):
        # "Who is the letter to?": its To line, or the lines of address over its greeting ("Ms Sian Evans, Director
        # of Social Services" over "Dear Ms Evans,"), the first of each document.
        def addressed(u: Unit) -> bool:
            after = u.passage.text[u.end - u.passage.start:].lstrip().split("\n", 1)[0]
            return ADDRESSED.match(u.text.strip()) is not None or greets(after)

        found = _first_in_each_document(blocks, lambda b: len(b.units) == 1 and addressed(b.units[0]))
    if not found and ASKS_WHAT_ASKED.match(own):
        found = {id(b) for b in blocks if any(raises_question(u.text) for u in b.units)}
        # "What did GMB ask?": of those, the ones by whoever the minutes' attendance line names with it
        # ("Lisa Hughes (GMB)"), when any is
        people = attendees_named(own, blocks)
        by_them = {id(b) for b in blocks if id(b) in found and any(p in " ".join(u.text for u in b.units) for p in people)}
        found = by_them or found
    if not found and scoped and (asks_why(question) or _why_of_title(own, blocks)):
        found = {id(b) for b in blocks if _WHY_HEADING.match(section_heading(b.passage.section))}
    if not found and scoped:
        found = heading_searched_as(own, blocks)
    if not found and _ATTENDED.search(own):
        # "Who was at the meeting?": the minutes' "Present:" line, however the scorer rates it; the
        # first such field of each document ("In attendance:" after it lists officers and the clerk).
        found = _first_in_each_document(
            blocks, lambda b: len(b.units) == 1 and _PRESENT.match(field_label(b.units[0].text) or "") is not None)
    if not found and not asks_yes_or_no(own):
        # (a question to be answered yes or no does not ask for a field it names: "can the supplier
        # use our data…?" is not answered by "Supplier: Brightwell Analytics Ltd")
        # A kind of document the question names ("the report", "this letter") is the document, not
        # a field it asks for; "who do I report to?" still says the label "Reports to".
        named = {t for m in re.finditer(r"\b(?:the|this|that|a|an|its|their|our|your)\s+(\w+)", own, re.I)
                 for t in content_terms(m.group(1)) if t in DOCUMENT_KINDS}
        worded = set(content_terms(own)) - named
        who = re.match(r"\W*(?:who|whom)\b", own, re.I) is not None
        if who:  # "who made the tool?" names the field "Supplier" in the words it is searched as
            bridged = synonyms(own)
            # (and a phrase with no word of its own: "who owns it?" names the field "Owner")
            worded |= {t for w in worded for t in bridged.get(w, ())} | phrase_terms(own)
        found = {id(b) for b in blocks if len(b.units) == 1 and _label_asked(field_label(b.units[0].text), worded, who)}
    return found


# A name with what the attendance line says of them in brackets: "Lisa Hughes (GMB)", "Cllr Ann Davies (Chair)".
_NAME_AND_ROLE = re.compile(r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})\s*\((?P<role>[^()]{2,60})\)")


def attendees_named(own: str, blocks: list[Block]) -> set[str]:
    """The people a meeting's attendance line ("Present: …, Lisa Hughes (GMB), …") names with a word the question
    names them by ("what did GMB ask?"): the minutes then speak of them by name."""
    asked = set(distinctive_terms(own))
    out: set[str] = set()
    for b in blocks:
        for u in b.units:
            if _PRESENT.match(field_label(u.text) or "") is None:
                continue
            for m in _NAME_AND_ROLE.finditer(u.text):
                if asked & set(content_terms(m.group("role"))):
                    out.add(re.sub(r"^(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\s+", "", m.group("name")))
    return out


_DEFINES_A_TERM = re.compile(r"^\W*[\"“”'‘’][^\"“”'‘’]{1,60}[\"“”'‘’]\s*(?:,\s*)?(?:shall,?\s+)?(?:means?|includes?)\b", re.I)
DEFINITION_ITEMS = 12  # the most items a definition's list is shown with
_MARKER_BETWEEN = re.compile(r"^\s*\n\s*(?:\(?(?:[a-z]|[ivx]{1,5}|\d{1,3})[.)]|[•\-*])\s*$", re.I)


def _with_what_it_introduces(b: Block, blocks: list[Block], following: Callable[[Unit], list[Unit]] | None = None) -> Block:
    """A definition that ends by introducing its list ('“Confidential Information” means:'), with the items
    that follow it in the document, as found among the blocks or in the chunks after it (`following`) ("(a)
    Information, including all personal data…", "(i) …", "(b) …"), up to the next definition or the end of the
    list, `DEFINITION_ITEMS` at most; the block itself when it introduces nothing, or no item of it was found."""
    last = b.units[-1]
    if not last.runs_in and last.text.rstrip().endswith(":"):
        shown = [last]
    elif b.intro is not None and not b.intro.runs_in and b.intro.text.rstrip().endswith(":"):
        shown = b.units  # the list as the block has it, read on past its last item ("a. …", "b. …" / "c. …")
    else:
        return b
    doc = last.passage.doc_id
    found = [u for blk in blocks for u in blk.units] + (following(last) if following is not None else [])
    after = sorted({u.start: u for u in found if u.passage.doc_id == doc and u.start >= last.end}.values(), key=lambda u: u.start)
    items: list[Unit] = []
    end = last.end
    for u in after:
        # (on the next line: one line break between them, or a line break and the item's marker, which ingest keeps
        # apart from a long item's first sentence: "…RFP;" / "c." / "Any information…")
        between = u.passage.text[end - u.passage.start : u.start - u.passage.start] if u.passage.start <= end else ""
        its_marker = _MARKER_BETWEEN.match(between) is not None
        marked = u.in_list or its_marker or CLAUSE_START.match(u.text) is not None  # (one that introduces its own: "(a) …:")
        if ((u.start - end > 1 and not its_marker) or "\n\n" in between or not marked
                or _DEFINES_A_TERM.match(strip_marker(u.text)) or len(shown) + len(items) > DEFINITION_ITEMS):
            break  # (a blank line ends the list: "2. The Supplier shall keep…" is the next clause)
        items.append(u)
        end = u.end
    if not items:
        return b
    return Block([*shown, *items], b.score, b.prob, has_type=b.has_type)


FOLLOWING_CHUNKS = 2  # chunks after a definition's read for the rest of its list


def _units_after(kb: KnowledgeBase, snap: Snapshot, u: Unit) -> list[Unit]:
    """The units of the chunks after `u`'s in its document (`FOLLOWING_CHUNKS` of them), as the composer reads
    units: what a definition's list goes on to say where retrieval did not bring it."""
    p = u.passage
    chunks = [c for step in range(1, FOLLOWING_CHUNKS + 1) if (c := snap.by_position.get((p.doc_id, p.ordinal + step))) is not None]
    passages = [as_passage(c) for c in chunks]
    return build_units(passages, kb.sentences_for_chunks([c.chunk_id for c in chunks]))[0] if passages else []


def _first_in_each_document(blocks: list[Block], wanted: Callable[[Block], bool]) -> set[int]:
    """The first `wanted` block (by id) of each document, in the document's order."""
    first: dict[str, Block] = {}
    for b in blocks:
        doc = b.passage.doc_id
        if wanted(b) and (doc not in first or b.units[0].start < first[doc].units[0].start):
            first[doc] = b
    return {id(b) for b in first.values()}


def _label_asked(label: str | None, worded: set[str], who: bool) -> bool:
    """Does the question say this field's label: all its words ("who do I report to?" of
    "Reports to"), or, asking who, its first when it is short ("who do I contact?" of
    "Contact officer")? `worded` leaves out the document the question names: "what does the
    report recommend?" does not ask for "Report of: Director of Corporate Services"."""
    if re.match(r"\W*(?:if|when|where|unless|once)\b", label or "", re.I):
        return False  # a condition ("If you leave: Within 12 months…") heads a column of cases, not a field
    terms = content_terms(label or "")
    short = len((label or "").split()) <= 3
    # …or, asking who, the noun it ends with ("who runs it?", searched as its owner, of "Senior
    # responsible owner")
    # …or in full, where the label shortens it ("what's the reference?" of "Our ref")
    spelled = all(any(len(t) >= _SHORT_LABEL and w.startswith(t) for w in worded) for t in terms)
    # (a field that names someone: a role, not a glossary's term, "Reasonable adjustment: a change to…")
    someone = _SOMEONE_LABEL.search(label or "") is not None
    return bool(terms) and (set(terms) <= worded or spelled or (who and short and someone and (terms[0] in worded or terms[-1] in worded)))


# The words a field that names someone is labelled by: "Contact officer", "Senior responsible owner", "Approved by".
_SOMEONE_LABEL = re.compile(
    r"\b(?:owner|officer|contact|lead|manager|sponsor|chair\w*|author|supplier|provider|vendor|controller|processor|team|"
    r"head|director|approver|representative|rep|person|partner|holder|adviser|advisor|administrator|co-?ordinator|"
    r"responsible|by|to|from|who|name|signatory|secretary|clerk|member|organiser|organizer|contractor|developer|maker)s?\b", re.I)


_SHORT_LABEL = 3  # letters, at least, of a label's shortened word that a question's word starts with ("ref")


def _answer_not_question(
    lead: Block, others: list[Block], blocks: list[Block], units: list[Unit], question: str
) -> tuple[Block, list[Block]]:
    """An email thread or a set of minutes states the worry before the answer: "Second,
    members are worried that the app will track their location all day." comes before "The
    app records the worker's location when they log in and out of a visit." The sentence that
    only raises the question shares its words and outscores the answer. When the lead raises
    it and no reply follows it in its paragraph (minutes give one, and it is shown after it),
    the statement of the same document that comes closest to the question leads instead, if
    it is nearly as close; the worry follows as a point."""
    asking = [lead.intro] if lead.intro is not None else lead.units  # "…we ask for:" and its list
    if not all(raises_question(u.text) for u in asking):
        return lead, others
    head = max(lead.units, key=lambda u: u.score)
    if any(not raises_question(u.text) for u in follow_ups(units, head, asked=question)):
        return lead, others
    mine = {id(u) for u in lead.units}
    answers = [
        b for b in blocks
        if b.passage.doc_id == head.passage.doc_id and leads_ok(b) and b.intro is None
        and not mine & {id(u) for u in b.units} and not any(raises_question(u.text) for u in b.units)
    ]
    # A question quoted from an earlier email ("> …have asked whether the weekend is paid…") is
    # answered by the reply above it, which need only be half as close: not by another quoted line.
    quoted = head.text.lstrip().startswith(">")
    if quoted:
        answers = [b for b in answers if not b.units[0].text.lstrip().startswith(">")]
    alt = max(answers, key=lambda b: max(u.score for u in b.units), default=None)
    if alt is None or max(u.score for u in alt.units) < (ANSWERS_QUOTED if quoted else ANSWERS_RAISED) * head.score:
        return lead, others
    return in_place_of(lead, alt, others)


# A sentence that speaks of what is asked only in the condition it opens with (`abstain.OPENING_CONDITION`).
def _opening_condition(text: str) -> re.Match[str] | None:
    """The condition a sentence opens with, to its comma; not one that runs on into what is said
    ("If you are unable to attend because of sickness you must phone…, or…")."""
    m = OPENING_CONDITION.match(text)
    return None if m is None or re.search(r"\b(?:must|should|shall|will|may|can|need to)\b", m.group("cond"), re.I) else m


_ASKS_CONDITION = re.compile(r"\b(?:if|unless|in case)\b|\bwhat about\b", re.I)
_PLAIN_ASK = re.compile(r"^\W*(?:when|what|how|where|who|which|will|would|do|does|did|can|could|is|are|am|should|must)\b[^,;]*$", re.I)
CONDITION_SHARE = 0.3  # how probable, beside the lead, a block must be to lead in its place


def _not_in_its_condition(lead: Block, others: list[Block], blocks: list[Block], question: str) -> tuple[Block, list[Block]]:
    """The lead has the question's words only in its opening condition ("If you are unhappy with the
    outcome, you can appeal" for "when will I hear the outcome?"): a sentence of the same document
    that says them in its own clause ("You will get a written outcome within 5 working days"), if
    nearly as probable, leads; the lead follows as a point. Not for a question that tells its own
    condition ("what if I'm unhappy with the outcome?")."""
    if len(lead.units) != 1 or lead.intro is not None:
        return lead, others
    if _ASKS_CONDITION.search(question) or _STORY_THEN_ASK.match(question):
        return _in_its_condition(lead, others, blocks, question)
    if not _PLAIN_ASK.match(question):
        return lead, others  # ("i think my manager is fiddling…, what do i do" tells the condition as its story)
    m = _opening_condition(lead.units[0].text)
    asked = set(distinctive_terms(question))
    if m is None or not asked & set(content_terms(m.group("cond"))) or asked & set(content_terms(m.group("rest"))):
        return lead, others
    said = [b for b in rivals(lead, blocks, CONDITION_SHARE)
            if leads_ok(b) and not _opening_condition(b.units[0].text) and asked & set(content_terms(b.units[0].text))]
    return likeliest_in_place(lead, others, said)


# A length given as what something may be lengthened by: "Probation can be extended once, by up to
# 3 months", "a further 4 weeks", "an extra 2 days".
_EXTENSION = re.compile(r"\b(?:extend(?:ed)?|extension|prolong(?:ed)?|lengthen(?:ed)?)\b[^.;]{0,40}?\bby\b|"
                        r"\b(?:a|an)\s+(?:further|extra|additional)\s+(?:\d|one|two|three|four|five|six|a\b)", re.I)
_CONDITIONAL = re.compile(rf"^\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:{OPENERS}|when|once|should)\b", re.I)
_HOW_LONG_IS = re.compile(r"^\W*(?:and\s+|so\s+)?how long (?:is|are|does|do|will|would|can)\b", re.I)
_ASKS_EXTENSION = re.compile(r"\bextend\w*|\bextension|\bfurther\b|\blonger\b|\bextra\b|\bmore time\b", re.I)
EXTENSION_SHARE = 0.2  # how probable, beside the lead, the length itself must be to lead in its place


def _not_its_extension(lead: Block, others: list[Block], blocks: list[Block], question: str) -> tuple[Block, list[Block]]:
    """"How long is probation?" asks for its length, not for what it may be extended by: a sentence
    of the lead's document that gives a length of it ("All new employees serve a probation period of
    6 months") leads in place of "Probation can be extended once, by up to 3 months…", which the
    scorer rates higher for opening with the thing asked about. Not when the question asks about
    the extension ("can it be extended?", "how much longer…?")."""
    if len(lead.units) != 1 or not _HOW_LONG_IS.match(question) or _ASKS_EXTENSION.search(question):
        return lead, others
    m = _EXTENSION.search(lead.units[0].text)
    if m is None or answer_type_gap(question, lead.units[0].text[: m.start()]) is None:
        return lead, others  # ("The first 6 months are a probationary period, which may be extended by…" gives both)
    asked = set(distinctive_terms(question))

    def says_asked(text: str) -> bool:  # ("probationary" of "probation"), and not as a condition: "If your
        # probation is not confirmed your employment may be ended with one week's notice" times something else
        if _CONDITIONAL.match(text):  # (what follows the condition's comma: "If you are offered a different job, you
            cond = OPENING_CONDITION.match(text)  # will have a 4 week trial period")
            if cond is None:
                return False
            text = cond.group("rest")
        return any(w == a or (len(a) >= FORM_PREFIX and w.startswith(a)) for a in asked for w in content_terms(text))

    said = [b for b in rivals(lead, blocks, EXTENSION_SHARE)
            if leads_ok(b) and not _EXTENSION.search(b.units[0].text) and says_asked(b.units[0].text)
            and answer_type_gap(question, b.units[0].text) is None]
    return likeliest_in_place(lead, others, said)


# "What is changing?" asks what will be different; "Your pay … will not change" says what won't.
_WHAT_CHANGES = re.compile(r"^\W*(?:and\s+|so\s+)?what(?:'s|s| is| are| will| would| has| have)?\s+(?:\w+\s+)?(?:chang\w*|different)\b", re.I)
_NO_CHANGE = re.compile(r"\b(?:will|would|does|do|is|are|shall)\s+not\s+(?:be\s+)?chang\w*|\b(?:won'?t|don'?t|doesn'?t)\s+change\b|"
                        r"\bunchanged\b|\bno changes?\b|\b(?:stays?|remains?) the same\b", re.I)
_CHANGE = re.compile(r"\bchang\w*|\bdifferent\b|\binstead of\b|\breplac\w*|\bmov\w* (?:to|from)\b", re.I)
CHANGE_SHARE = 0.2  # how probable, beside the lead, a sentence that says what changes must be to lead in its place


def _not_what_stays(lead: Block, others: list[Block], blocks: list[Block], question: str) -> tuple[Block, list[Block]]:
    """"What is changing?" of a letter whose best sentence says what is not ("Your pay and annual leave
    entitlement will not change"): a sentence of the same document that says what changes ("your
    working pattern will change from 1 February 2027"), if nearly as probable, leads in its place."""
    if len(lead.units) != 1 or not _WHAT_CHANGES.match(question) or not _NO_CHANGE.search(lead.units[0].text):
        return lead, others
    said = [b for b in rivals(lead, blocks, CHANGE_SHARE) if leads_ok(b) and _CHANGE.search(b.units[0].text)
            and not _NO_CHANGE.search(b.units[0].text) and not _CONDITIONAL.match(b.units[0].text)]
    return likeliest_in_place(lead, others, said)


# A question that opens with its premise: "if I put Outlook on my phone, can my boss read my texts?"
_PREMISE_FIRST = re.compile(r"^\W*if\b(?P<cond>[^,?]{3,80}?)(?:,\s*|\s+)(?P<ask>(?:can|could|will|would|do|does|is|are|should|must|"
                            r"what|how|who|when)\b[^?]{3,})", re.I)
PREMISE_SHARE = 0.03  # how probable, beside the lead, a sentence that speaks of what is asked must be to lead instead


def _not_its_premise(lead: Block, others: list[Block], blocks: list[Block], question: str) -> tuple[Block, list[Block]]:
    """"If I put Outlook on my phone, can my boss read my texts?" asks about reading texts; the premise
    only sets the scene. A lead that shares words with the premise ("To use Outlook … on your own phone,
    you need to install…") and none with what is asked gives way to a block of the same document that
    speaks of what is asked, in the words it is searched as ("your personal photos, messages or emails")."""
    m = _PREMISE_FIRST.match(question)
    if m is None or len(lead.units) != 1:
        return lead, others
    ask = m.group("ask")
    asked = set(distinctive_terms(ask))
    asked |= {t for found in synonyms(ask).values() for t in found}
    premise = set(distinctive_terms(m.group("cond"))) - asked
    said = set(content_terms(lead.units[0].text))
    if not asked or said & asked or not said & premise:
        return lead, others
    speaks = [b for b in rivals(lead, blocks, PREMISE_SHARE) if leads_ok(b) and set(content_terms(b.units[0].text)) & asked]
    return likeliest_in_place(lead, others, speaks)


# A name a question asks something of: "can Brightpath…?", "is Askbot…?", "how much does Askbot cost?" (not
# "what are the Recipient's obligations?", which asks what the text says of the Recipient).
_ASKED_OF = re.compile(
    r"^\W*(?:and\s+|so\s+|but\s+)?(?:(?:can|could|will|would|does|do|did|is|are|may|must|should|shall|has|have)|"
    r"(?:how\s+(?:much|many|often|long|far)|what|when|where|why)\s+(?:can|could|will|would|does|do|did|may|must|should|shall))"
    r"\s+(?:the\s+)?([A-Za-z][\w'’-]*)", re.I)
NAME_SHARE = 0.05  # how probable, beside the lead, a sentence that speaks of what is asked must be to lead instead


def _not_only_its_name(lead: Block, others: list[Block], blocks: list[Block], question: str, called: str,
                       common: AbstractSet[str]) -> tuple[Block, list[Block]]:
    """"Can Brightpath use our members' data to train their AI?" asks what Brightpath may do: the line that only
    names it ("This Agreement is made … between … and Brightpath Analytics Ltd … (the "Processor")") doesn't say.
    Nor does "…in full settlement of all claims…" say whether one may tell one's wife about the settlement, of a
    document called "Settlement Agreement". A lead that shares with the question only a name (a word the sources
    never write in lower case) or a word of its document's name (`called`: its title and opening heading), and
    nothing else the question asks, gives way to a block of the same document that speaks of the rest of the
    question, in its words or as they are searched ("family" for "wife")."""
    if len(lead.units) != 1 or (wants_specific(question) and answer_type_gap(question, lead.units[0].text) is None):
        return lead, others  # (nor one that gives the kind of fact asked: "when's the timesheet deadline?" — "…by 5pm…")
    says = act_asked_said(question)
    if says is not None and says(lead.units[0].text):
        return lead, others  # (nor one that says the act asked about: "The contractor may not use … except as…")
    asked = set(distinctive_terms(question))
    said = set(content_terms(lead.units[0].text))
    # (a name: a word of the lead the sources never write in lower case, "Brightpath")
    # (not a sentence's first word: "Keys are free.")
    text = re.sub(r"^[\W\d.()]*[A-Za-z][\w'’-]*", "", lead.units[0].text)
    names = {t for w in re.findall(r"(?<![.!?:]\s)\b[A-Z][a-z]\w+", text) if w.lower() not in common for t in content_terms(w)}
    # (…and only a name the question asks something of, "can Brightpath…?", "does Askbot…?": "what should users in
    # California do?" asks about California, which a sentence that names it answers)
    doers = {t for m in _ASKED_OF.finditer(question) for t in content_terms(m.group(1))}
    naming = said & asked & (set(content_terms(called)) | (names & doers))
    rest = asked - naming
    wanted = with_synonyms(rest, question)
    if not naming or not rest or said & wanted:  # (a lead that speaks of the rest, in any words it is searched as, stays)
        return lead, others
    speaks = [b for b in rivals(lead, blocks, NAME_SHARE) if leads_ok(b) and set(content_terms(b.units[0].text)) & wanted]
    return likeliest_in_place(lead, others, speaks)


# A sentence about the document it is in: what it sets out, covers or is for ("This policy sets out how staff may
# use generative AI tools, such as … ChatGPT…", "Its purpose is to set out … the facilities the Board will
# provide", "This report provides useful examples of…"): it names what the document speaks of, not what it says.
_ABOUT_ITSELF = re.compile(
    r"^\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:(?:this|the|our|these)\s+(?:[\w'’-]+\s+){0,2}?(?:policy|procedure|agreement|document|"
    r"guidance|report|notice|page|faq|guide|charter|strategy|plan|protocol|code|standard|framework|paper|briefing|leaflet|"
    r"answers|section|chapter|schedule)|its\s+(?:purpose|aim)|the\s+(?:purpose|aim)\s+of\s+(?:this|the)\s+[\w'’-]+)\s+"
    r"(?:is\s+to\s+|are\s+to\s+)?(?:sets?\s+out|explains?|describes?|outlines?|covers?|provides?|highlights?|summari[sz]es?|"
    r"sums?\s+up|looks?\s+at|considers?|gives?|tells?\s+you|(?:is|are)\s+(?:intended|designed|meant)\s+to)\b", re.I)
# …which answers a question about the document itself: "what is the policy for?", "what does it cover?"
_ASKS_ABOUT_IT = re.compile(r"\b(?:purpose|aims?|scope|summar\w*|overview|cover(?:s|ed)?|appl(?:y|ies))\b|"
                            r"\bwhat\s+(?:is|'s|does)\s+(?:this|the|it)\b[^?]{0,40}\b(?:about|for)\b", re.I)
ABOUT_ITSELF_SHARE = 0.2  # how probable, beside such a lead, a sentence that speaks of what is asked must be to lead instead


def _not_about_itself(lead: Block, others: list[Block], blocks: list[Block], question: str) -> tuple[Block, list[Block]]:
    """"Can I use ChatGPT for work?" is answered by "Free public tools, including ChatGPT, … must not be used for
    council work", not by "This policy sets out how staff may use generative AI tools, such as … ChatGPT…", which
    says what the document is about. A lead that is such a sentence (`_ABOUT_ITSELF`) gives way to a block of its
    document that speaks of what the question asks, in its words or as they are searched, unless the question is
    about the document itself ("what does the policy cover?")."""
    if len(lead.units) != 1 or not _ABOUT_ITSELF.match(lead.units[0].text) or _ASKS_ABOUT_IT.search(question):
        return lead, others
    wanted = with_synonyms(set(distinctive_terms(question)), question)
    speaks = [b for b in rivals(lead, blocks, ABOUT_ITSELF_SHARE) if leads_ok(b) and not _ABOUT_ITSELF.match(b.units[0].text)
              and set(content_terms(b.units[0].text)) & wanted]
    # (an item of a list leads with its list, whole, unless the question asks yes or no of it: "what facilities do
    # we get?" is the list of them)
    polar = asks_yes_or_no(question)
    return likeliest_in_place(lead, others, [b.whole if b.whole is not None and not polar else b for b in speaks])


# "What sort of questions does the chatbot answer?", "what kinds of data do they collect?": the kinds, named.
_KINDS_ASKED = re.compile(r"\b(?:what|which)\s+(?:sorts?|kinds?|types?)\s+of\s+(?P<thing>[a-z][\w'’-]*)", re.I)
# A sentence that names several: "…common questions on annual leave, flexible working, sickness and pay".
_NAMES_SEVERAL = re.compile(r",[^,]+,|\b(?:such as|including|for example|e\.g\.)\s", re.I)
KINDS_SHARE = 0.5  # how probable, beside a lead that names none, a sentence that names the kinds must be to lead


def _kinds_named(lead: Block, others: list[Block], blocks: list[Block], question: str) -> tuple[Block, list[Block]]:
    """"What sort of questions does the HR chatbot answer?" is answered by the sentence that names them ("…programmed
    to answer common questions on annual leave, flexible working…"), not by one that only speaks of questions ("The
    staff programme the chat bot with common questions and answers."). A one-sentence lead that names several of
    nothing gives way to a sentence of its document, nearly as probable, that speaks of the thing asked and names
    several (a list with its intro is left to the scorer: it names several by its shape)."""
    m = _KINDS_ASKED.search(question)
    if m is None or len(lead.units) != 1:
        return lead, others
    thing = set(content_terms(m.group("thing")))
    # (…or names what the thing is of: "questions *on* annual leave and flexible working", "data *such as* your name")
    of_what = re.compile(rf"\b{re.escape(m.group('thing')[:max(3, len(m.group('thing')) - 2)])}\w*\s+(?:on|about|such as|including|"
                         r"like|covering|relating to|concerning)\s+\w", re.I)

    def names_them(text: str) -> bool:
        return _NAMES_SEVERAL.search(text) is not None or of_what.search(text) is not None

    if names_them(lead.units[0].text):
        return lead, others
    naming = [b for b in rivals(lead, blocks, KINDS_SHARE) if leads_ok(b) and names_them(b.units[0].text)
              and thing & set(content_terms(b.units[0].text))]
    return likeliest_in_place(lead, others, naming)


# The condition a question tells: "what if it's my manager doing it?", "if I'm off sick, do I…".
_QUESTION_CONDITION = re.compile(r"\b(?:if|unless|in case)\b(?P<cond>[^,;?]{3,100})", re.I)
_OWN_CLAUSE = re.compile(r"\s(?:do|does|did|can|could|will|would|should|must|am|is|are|have|has)\s+(?:i|we|you|they|he|she|it|my|our)\b",
                         re.I)


# The story a yes/no question about the asker comes after: "I left after 8 months do I pay it all back?"
_STORY_THEN_ASK = re.compile(r"^\W*(?P<story>(?:i|i'm|i've|i’m|my|we)\b.{6,120}?)(?:[,;.]\s*|\s+)"
                             r"(?P<ask>(?:so\s+|but\s+|and\s+)?(?:do|does|can|could|will|would|should|must|am|have)\s+(?:i|we)\b.*)$", re.I)


def _told_case(question: str) -> tuple[str, str] | None:
    """(the case a question tells, what it asks in that case): its if-clause and the rest, or the story it opens with
    and the yes/no question after it."""
    m = _QUESTION_CONDITION.search(question)
    if m is not None:
        # (typed without its comma, the case ends where the question's own clause starts: "if i get made redundant
        # do i have to pay back my course fees?")
        cond, end = m.group("cond"), m.end()
        clause = _OWN_CLAUSE.search(cond)
        if clause is not None:
            cond, end = cond[: clause.start()], m.start("cond") + clause.start()
        return cond, question[: m.start()] + question[end:]
    story = _STORY_THEN_ASK.match(question)
    return (story.group("story"), story.group("ask")) if story is not None else None


def _in_its_condition(lead: Block, others: list[Block], blocks: list[Block], question: str) -> tuple[Block, list[Block]]:
    """"What if it's my manager doing it?": a sentence that opens with that condition ("If the
    concern is about your manager, … contact the Monitoring Officer") answers it, before one that
    only shares its words ("Raise your concern with your line manager"), if nearly as probable."""
    case = _told_case(question)
    if case is None:
        return lead, others
    cond, ask = case
    told = {base_form(t) for t in distinctive_terms(cond)}
    if not told:
        return lead, others
    # "Will I get in trouble if I put something in by mistake?" asks what follows in that case: a sentence that
    # speaks of both ("Nobody will be disciplined for promptly reporting a genuine mistake") answers it, before
    # one that opens with the case and says something else ("If you enter information … by mistake, report it…").
    asked = set(distinctive_terms(ask)) - told
    asked_as = synonyms(ask)
    told_as = synonyms(cond)  # (the case in the words it is searched as: someone "shouting" is an "incident")
    doing = asked_doing(ask)  # the asker's verb, "text" of "can i just text my manager", and as it is searched

    def covers(b: Block) -> set[str]:  # the words of what is asked that a block speaks of, in their words or as searched
        said = set(content_terms(b.units[0].text))
        return {w for w in asked if ({w} | asked_as.get(w, set())) & said}

    def says_both(b: Block) -> bool:
        said = set(content_terms(b.units[0].text))
        return all(t in said or told_as.get(t, set()) & said for t in told) and bool(covers(b))

    def opens_with_it(b: Block) -> bool:
        c = _opening_condition(b.units[0].text)
        return c is not None and told <= set(content_terms(c.group("cond")))

    if asked:
        both = [b for b in rivals(lead, blocks, CONDITION_SHARE) if leads_ok(b) and says_both(b)]
        if not says_both(lead):
            # (and of what is asked, as much as the lead speaks of, with the asker's verb: "can i just text my manager
            # if im ill" is "A text message … is not enough", though "If you are unable to attend … because of
            # sickness, … phone your line manager" speaks of the case and of the manager)
            spoken = len(covers(lead))
            wider = [b for b in both if len(covers(b)) >= spoken and (
                not doing or bool(doing & set(content_terms(b.units[0].text))))]
            if wider:
                return likeliest_in_place(lead, others, wider)
        elif not opens_with_it(lead):  # (of those that speak of both, one that opens with the case: the rule, not its exception)
            openers = [b for b in both if opens_with_it(b)]
            if openers:
                return likeliest_in_place(lead, others, openers)

    if opens_with_it(lead):
        return lead, others
    said = [b for b in rivals(lead, blocks, CONDITION_SHARE) if leads_ok(b) and opens_with_it(b)]
    return likeliest_in_place(lead, others, said)


def compose(
    kb: KnowledgeBase, retrieval: Retrieval, persona: str, settings: Settings, lang: str = "en"
) -> Composed:
    """`lang`: the language of the framing (the quotations stay as the sources have them)."""
    t0 = time.perf_counter()
    question = retrieval.question
    snap = retrieval.snapshot
    cands = candidates(kb, retrieval)
    units, blocks, idf = cands.units, cands.blocks, cands.idf
    scorer = get_scorer()
    point_min = scorer.threshold("point_min")  # how likely a block must be to be shown, or to be put first
    specific_q = wants_specific(question)
    # "When does the consultation start?": a date about something else ("Training will start in
    # March") does not answer it; the block with a date must speak of what the question times.
    # "Who is Helen Price?": a name, and the block must say it of her, in its own words (an
    # email's section, "Email from Gareth Morgan to Helen Price", names her in every block).
    own = own_words(question)[0]
    person = who_subject(own)
    when_what = when_subject(own)  # what a "when" question asks the time of
    subject = set(content_terms(when_what or person or ""))
    # (a "sick note" is spoken of as the "fit note" it is searched as)
    subject_said = subject | ({t for w in subject for t in synonyms(own).get(w, ())} if when_what and not person else set())
    timed = _asked_with_synonyms(own) if HOW_LONG.search(own) else set()
    gets_money = _GETS.search(own) is not None and answer_type_gap(own, "") in ("an amount of money", "an amount")
    consequence = asks_consequence(own)
    doing = who_does(own)
    doing_terms = set(content_terms(doing)) if doing else set()
    if doing_terms:
        doing_terms |= closest_searched(doing_terms, own)
    text_of = {id(b): " ".join(u.text for u in b.units) for b in blocks}  # what each block says
    for b, prob, row in zip(blocks, scorer.probabilities(cands.features), cands.features, strict=True):
        b.prob = float(prob)
        b.has_type = bool(row[FEATURES.index("type_match")]) if specific_q else None
        said = text_of[id(b)]
        spoken = set(content_terms(said if person else f"{b.passage.section}\n{said}"))
        if b.has_type and subject and not (subject <= spoken if person else subject_said & spoken):
            b.has_type = False
        if b.has_type and timed and (counted_from(said, timed) or times_another(said, timed)):
            b.has_type = False  # "…within 14 days of the decision", "…and the outcome within 5 days" time something else
        if b.has_type and timed and _DEADLINE_Q.search(own) and amount_of_asked(said, timed):
            b.has_type = False  # "how long have I got to use my TOIL?": not "you can carry up to 15 hours of TOIL"
        if b.has_type and when_what and not person and counted_from(said, subject_said):
            b.has_type = False  # "when will the meeting be?": not "…the outcome within 5 working days of the meeting"
        if b.has_type and gets_money and money_only_in_conditions(said):
            b.has_type = False  # "how much can I get?": not "…if you earn less than £30,000 a year"
        if consequence and _CONSEQUENCE.search(said):
            b.has_type = True  # "Failure to complete the module… will result in…" says what follows
        if len(b.units) == 1:
            b.units[0].prob = max(b.units[0].prob, b.prob)
    if when_what and not person and len(subject) > 1:
        # "When are CCTV recordings deleted?": of what is timed, named in several words, a block that has them all
        # ("Record: CCTV recordings; …") before one with only some ("Record: Call recordings; …"); where none has
        # them all ("the new clocking system" of "…the ClockRite … system"), one with some still answers.
        _keep_typed(blocks, lambda b: subject <= set(content_terms(f"{b.passage.section}\n{text_of[id(b)]}")))
    if doing_terms:
        # "Who can watch the CCTV?" is answered by whoever the text says may do that ("…may view
        # recorded footage"), not by any name ("The Council uses CCTV…"); when some text says it.
        # (or, of a thing one uses or has, whom the text makes it available to: "who can use Copilot?" —
        # "Microsoft 365 Copilot is available to staff who have completed…")
        granted = doing is not None and doing.lower() in _ACCESS_VERBS
        _keep_typed(blocks, lambda b: bool(doing_terms & set(content_terms(text_of[id(b)])))
                    or (granted and _GRANTED.search(text_of[id(b)]) is not None))
    # "When will the assessment be reviewed?": the time of what is done to it ("…will be reviewed six months after
    # launch"), not a date the text gives the assessment for something else ("Assessment completed…, 10 September").
    done_to = _DONE_WHEN.match(own)
    if specific_q and done_to is not None:
        event = set(content_terms(done_to.group("done")))
        _keep_typed(blocks, lambda b: bool(event & set(content_terms(text_of[id(b)]))))
    # "When is my hearing?": the date given of the hearing ("a disciplinary hearing on Tuesday 15
    # December"), not one the text gives of something else it speaks of in the same breath; a table
    # row of what is asked about (its first cell) before one that only mentions it.
    # (a bullet under a heading that names it is said of it: "Available … from 1 December 2026" under "What is Ask HR?")
    def timed_here(b: Block) -> bool:
        said = text_of[id(b)]
        if b.units[0].is_item and subject <= set(content_terms(section_heading(b.passage.section))):
            said = f"{when_what}: {strip_marker(said)}"
        return not _bullet_row(said) and dated_near(said, subject)

    if when_what and subject and not _keep_typed(blocks, timed_here) and _WHEN_IS.search(own):
        _keep_typed(blocks, lambda b: row_names(text_of[id(b)], subject))
    # "When does the consultation finish?": the row or sentence that says when it ends ("Stage: Consultation ends;
    # Date: 5 February 2027"), not the one that says when it starts, which shares every other word.
    if specific_q and _ASKS_END.search(own):
        _keep_typed(blocks, lambda b: _SAYS_END.search(text_of[id(b)]) is not None)
    # "How much notice do I need to give?": the rule, not its exception ("In urgent cases, such as a hearing at
    # short notice, 24 hours' notice is enough"), which the scorer may rate higher for the word it repeats;
    # unless the question is about the exceptional case ("what if a hearing is at short notice?").
    if specific_q and not _EXCEPTIONAL.search(own):
        _keep_typed(blocks, lambda b: _EXCEPTIONAL.search(text_of[id(b)]) is None)
    # "When is the meeting?", "where is the meeting?" of an agenda or a notice: the line at its top that gives
    # the day, the time and the place ("Thursday 17 December 2026, 2pm to 4pm, Council Chamber…"), not an
    # item's own time ("Minutes of the last meeting (2.05pm)"), which the scorer rates higher for its word.
    _put_first(blocks, event_details(blocks, own), typed=specific_q)
    # "Is WhatsApp ok for the team chat?": the item that names WhatsApp, not "Microsoft Teams, for… chat"
    _put_first(blocks, blocks_naming(blocks, own))
    # "When is Tom on call?": the rota's rows whose "On call" is Tom, in order; not those with Tom on a shift
    valued, elsewhere = rows_by_value(blocks, own)
    dated, other_days = rows_on_day(blocks, own)  # …and "what shift is Rhian on on the 27th?": the row of the 27th
    if dated:
        valued = [b for b in valued if any(b is d for d in dated)] or dated
        elsewhere = [*elsewhere, *other_days]
    valued = likelier_in_order(valued)
    _put_first(blocks, valued)
    for b in elsewhere:
        b.prob = 0.0
    numbered = labelled_asked(own) or labelled_asked(own_words(question)[1])  # "what's the hourly rate for that?" of grade 6
    if numbered:
        # "What do I get paid in week 20?": the row that takes in week 20 ("Weeks 19 to 39") answers
        # it as well as the table it is part of, which the scorer rates higher for its length.
        named_rows = sorted((b for b in blocks if len(b.units) == 1 and numbers_this(numbered, text_of[id(b)])),
                            key=lambda b: (b.passage.doc_id, b.units[0].start))
        end = _END_ASKED.search(own)
        if end is not None and named_rows:  # "the top of grade 6": its last row; "the bottom of…": its first
            named_rows = named_rows[-1:] if end.group(1).lower() in _TOP else named_rows[:1]
        _put_first(blocks, named_rows)
    # "Does the chatbot see my personal data?" of a register of systems: the row whose first cell
    # names the chatbot ("System: Gofyn chatbot; …"), wherever its table was cut into passages.
    named_row = rows_named(blocks, own)
    _put_first(blocks, [b for b in blocks if id(b) in named_row])
    # "I clicked a link in a dodgy email, what do I do?": the section headed "If you have already
    # clicked a link" says what to do, from its first sentence.
    situated = situation_sections(blocks, own)
    _put_first(blocks, [b for b in blocks if id(b) in situated])
    # "What can happen to me after the hearing?": the sentence that opens "After the hearing…"
    _put_first(blocks, situation_sentences(blocks, own))
    # "Who are the sub-processors?": the schedule the likeliest sentence says lists them (which, asked "where are
    # they based?", has the kind of fact asked, as the sentence that points to it had)
    _put_first(blocks, pointed_to(blocks), typed=specific_q)
    # "Is shared parental leave paid?": the FAQ's "Is it paid?" under the title "Shared Parental Leave"
    _put_first(blocks, faq_asked(own, blocks) or asked_fields(blocks, own))
    # "What am I not allowed to do with AI?": the rules that forbid, before those that say what to do.
    if _ASKS_FORBIDDEN.search(own):
        _put_first(blocks, [b for b in blocks if b.prob >= point_min and _FORBIDS.search(text_of[id(b)])])
    # "What information does it use about me?": the list under the heading that says all it asks
    # ("What information it uses"), whole, before a sentence beside it ("It does not use your sickness record").
    headed_list = listed_under_heading(blocks, own)
    # (what its heading says it lists is the kind of fact asked: "which unions…?")
    _put_first(blocks, headed_list, typed=specific_q)
    # "What should I ask my employer about it?": a list of questions to ask, whole ("…, ask: 1. What
    # problem is it meant to solve…?"), which the scorer rates low for its questions.
    if _WHAT_TO_ASK.search(own):
        _put_first(blocks, lists_to_ask(blocks))
    # "What's question 3 asking?", "what questions does the consultation ask?": its "Q3. …?"
    asked_questions = numbered_questions(blocks, own) or numbered_items(blocks, own)
    _put_first(blocks, asked_questions)
    # "How do I apply for volunteering leave?": the section headed "How to apply" (or "Applying"),
    # from its first sentence, before one that says "volunteering leave" more often.
    how_to = how_to_sections(blocks, own) or restated_sections(blocks, own)
    _put_first(blocks, how_to)
    _put_first(blocks, _reason_given(own, blocks, point_min))
    no_duty = _duty_denied(own, blocks, point_min)
    _put_first(blocks, no_duty)
    # (of the yes/no question a story ends with: "im a carer…, they gave us handheld devices. can it track me??")
    yes_no = polar_part(own)
    # The sentence that says what is asked (`said`), put first in turn: a later rule's choice goes ahead of an
    # earlier one's.
    for said_rule, asked in (
        (done_said, yes_no), (does_said, yes_no), (may_do_said, yes_no), (use_limited_said, yes_no),
        (manner_said, yes_no), (received_elsewhere_said, yes_no), (must_do_said, yes_no), (shared_with_said, yes_no),
        (condition_said, own), (who_may_said, own), (i_may_said, yes_no), (abstention_reads, yes_no),
    ):
        _put_first(blocks, said_rule(asked, blocks, point_min))
    made = made_said(yes_no, blocks, point_min)
    _put_first(blocks, made)
    texts = [text_of[id(b)] for b in blocks]
    held = inside_threshold(own, texts, ages=False)
    polar = asks_yes_or_no(own) or _POLAR_AFTER_STORY.search(own) is not None
    ruling_out: set[int] = set()
    if polar and not any(held):
        # …and, asked yes or no with no rule that holds for it, the rule its number fails answers "no":
        # "I've been here 20 weeks, can I get it?" — "Employees who … have 26 weeks' service…"
        held = outside_threshold(own, texts, labels=False, ages=False)
        ruling_out = {id(b) for b, out in zip(blocks, held, strict=True) if out}
        # (an age the rule leaves out answers "no" too, as a length of service does: "I'm 19, will I be
        # enrolled?" — "If you … are aged 22 or over, you will be enrolled"; it is not put first for it)
        ruling_out |= {id(b) for b, out in zip(blocks, outside_threshold(own, texts, labels=False), strict=True) if out}
    if any(held):
        # "…if I've been here 10 years?": a row whose condition holds for 10 years ("5 years or more")
        # answers it before a sentence that only shares the number ("…up to 10 extra days"); not
        # before one with more of the question's words ("can I accept a £50 voucher?": "Cash or
        # vouchers must never be accepted", not "A gift worth £25 or more must be declined").
        best = max(blocks, key=lambda o: o.prob)
        # (the number and its unit, which the condition has, are not counted: "10 years" of "5 years or more")
        asked_terms = {t for t in distinctive_terms(own) if not any(ch.isdigit() for ch in t)} - _COUNTED_UNITS
        least = len(asked_terms & set(content_terms(text_of[id(best)])))
        _put_first(blocks, [b for b, holds in zip(blocks, held, strict=True) if holds and len(b.units) == 1
                            and len(asked_terms & set(content_terms(text_of[id(b)]))) >= least])
    agent = agent_asked(own)
    # (the verb as the documents say it too: "who can watch it?" — "…may be viewed only by…")
    agents = [agent, *sorted(closest_synonyms(own).get(agent, set()))] if agent else []

    def by_agent(text: str, own: bool = False) -> bool:
        return any(names_agent(text, a, own=own) for a in agents)

    mine = re.search(r"\b(?:my|our)\b", own, re.I) is not None
    if agent and mine and not any(by_agent(text_of[id(b)], own=True) for b in blocks):
        mine = False
    if agent and any(by_agent(text_of[id(b)]) for b in blocks):
        # "Who scores me?": the text that says by whom ("Each employee is scored by two managers"),
        # not any row or sentence with a name in it.
        for b in blocks:
            if b.has_type is not None:
                b.has_type = by_agent(text_of[id(b)], own=mine)
    if ASKS_START.search(own):
        # "When is this starting?": a date the text gives as a start ("From January 2027 the
        # Council will switch on…"), not the date of something else ("consulted in October 2026"),
        # which answers however the scorer rates it ("It was introduced in September 2026.").
        for b in _keep_typed(blocks, lambda b: dated_start(text_of[id(b)])):
            b.prob = max(b.prob, point_min)
    if _ASKS_DEADLINE.search(own):
        # "When's the deadline?": a date the text sets as one ("All staff must complete the module by 31
        # January 2027"), though it shares no word with so short a question, before the sentence that
        # says "by the deadline" and no date.
        for b in _keep_typed(blocks, lambda b: _SETS_DEADLINE.search(text_of[id(b)]) is not None):
            b.prob = max(b.prob, point_min)
    if asks_notice(own):
        # "How much notice do I need to give?": a length given as notice or as ahead of something
        # ("Apply … at least 2 weeks before the day you want to take") answers it, though it shares
        # no word with so short a question.
        for b in blocks:
            if b.has_type and len(b.units) == 1:
                b.prob = max(b.prob, point_min)
    in_question = {w.lower() for w in re.findall(r"\b[A-Z][a-z]+\b", own)}
    for b in blocks:
        # A sign-off ("Kind regards, Sian Roberts, Head of People Services") says who wrote,
        # not what: it answers "who…?" and a question that names someone in it, nothing else.
        if all(is_sign_off(u.text) for u in b.units) and not re.search(r"\bwho\b", own, re.I) and not (
                in_question & {w.lower() for w in re.findall(r"\b[A-Z][a-z]+\b", " ".join(u.text for u in b.units))}):
            b.prob = 0.0
    headers = _unasked_fields(blocks, own)  # (nor is an email's "To: Mark Lewis" a point, unless asked who, when…)
    for b in blocks:
        if id(b) in headers:
            b.prob = 0.0
    defining = stated_answers(own, question, blocks, bool(retrieval.doc_ids),
                              following=lambda u: _units_after(kb, snap, u) if snap is not None else [])
    if defining:
        for b in blocks:
            b.has_type = id(b) in defining
            if b.has_type:  # what the text says the term is, or who signed it, however the scorer rates it
                b.prob = max(b.prob, point_min)
        # (a section headed by the term, "The 50/50 section", before a table with the term in a column's name)
        term = defined_term_asked(own)
        _put_first(blocks, [b for b in blocks if id(b) in defining and term and _heading_is(term, b.passage.section)])
    framed = persona_frames(persona, question)
    budget = min(point_budget(persona, framed), settings.max_answer_points)
    twins = dict(cands.twins)
    # (not read from the whole document where a section is headed by what the question asks: "what can
    # I ask for?" of "What you can ask for", "what do I need to do before a visit?" of "1. Before a
    # visit", rather than every right or duty the policy gives)
    read = None if headed_list or situated or how_to else _overview(kb, retrieval, own, min(point_budget(persona, True), settings.max_answer_points),
                                              twins, persona)
    if read is not None:  # "what's this letter about?": read from the document, not searched for
        opening, shown, rest = read
        head, points = statements(opening, shown, [u for b in [opening, *shown] for u in b.units], question)
        return _composed(kb, head, points, rest, persona, question, retrieval, framed, lang, twins,
                         {"compose_ms": (time.perf_counter() - t0) * 1000}, snap)
    wants_list = asks_for_list(question)
    # "Which systems make decisions about staff?": a row whose "Makes decisions…?" is "No" is no answer.
    said_no = rows_saying_no(blocks, set(distinctive_terms(own)), own)
    for b in blocks:
        if id(b) in said_no:
            b.prob = 0.0
    lead, others, further = choose(
        blocks, budget, point_min, scorer.threshold("point_ratio"), units,
        wants_list=wants_list,
        sibling_ratio=scorer.thresholds.get("sibling_ratio", 0.0),
        # The row of a table a question names, in the words it is searched as ("how long…to reply?"
        # → "Written outcome"); a list asked for ("what actions were agreed?") is the whole table.
        asked=set(distinctive_terms(question)) if wants_list else _asked_with_synonyms(question),
        # (a rule for other numbers may answer a yes/no question, as its "no": `ruling_out`)
        no_lead=narrower_faq_answers(blocks, own) | said_no | (_not_for_them(blocks, own) - ruling_out) | (
            _definitions_not_asked(blocks, own)) | (
            set() if specific_q else _items_of(headed_list, blocks)),  # ("what is the limit for gifts?": the item with "£25")
        kind=kind_column(own),
        who=re.match(r"\W*(?:and\s+|so\s+)?(?:who|whom)\b", own, re.I) is not None,
        names_row=bool(numbered),
    )
    if lead is not None and len(lead.units) > 1 and (lead.intro is not None or all(u.is_item for u in lead.units)):
        # A table led whole whose rows the question's number rules out but one ("6 years" of "Less than
        # 5 years", "5 years or more"; "week 20" of "Weeks 1 to 6"…), or only one of whose rows takes it
        # in ("8 years" of "4 to 12 years"), or whose rows take it in, one most closely ("Day 4" of
        # "Day 1", "Day 4", "Days 1 to 7"): that row leads, with the intro it
        # finishes; rows that take it in too follow it, and the others go to "more".
        intro = [lead.intro] if lead.intro is not None else []
        rows = lead.units[len(intro):]
        # (not a list of conditions that hold together, "…; and": "i earn 25k can i apply?" is
        # answered by all of "You can apply if: …6 months; and … less than £30,000…; and …")
        joined = any(re.search(r"[;,]?\s+(?:and|or)\s*$", u.text) for u in rows)
        ruled_out = outside_threshold(own, [u.text for u in rows]) if not joined else [False] * len(rows)
        kept = [u for u, out in zip(rows, ruled_out, strict=True) if not out]
        closest = closest_numbered(numbered, [u.text for u in kept]) if numbered and len(kept) > 1 else None
        held_rows = [u for u, holds in zip(rows, inside_threshold(own, [u.text for u in rows]), strict=True) if holds and not joined]
        row = (kept[0] if any(ruled_out) and len(kept) == 1 else kept[closest] if closest is not None
               # …or the one row whose span or condition takes in the question's number ("8 years" of "4 to 12 years")
               else held_rows[0] if len(held_rows) == 1 else None)
        if row is not None:
            also = [Block([u], lead.score, point_min) for u in kept if u is not row and numbers_this(numbered, u.text)]
            other_rows = [u for u in rows if u is not row and not any(u is b.units[0] for b in also)]
            lead = Block([*intro, row], lead.score, lead.prob, whole=lead, has_type=lead.has_type)
            others = [*also, *others]
            further = [*([Block(other_rows, lead.score, point_min)] if other_rows else []), *further]
    if numbered and lead is not None and len(lead.units) == 1 and numbers_this(numbered, lead.units[0].text) and not (
            _END_ASKED.search(own)):
        # "How much is grade 5?": every row of grade 5 (points 9, 10 and 11), in the document's order.
        not_theirs = _not_for_them(blocks, own)  # ("6 years on grade 5": not the "Less than 5 years" row of grades 1 to 6)
        mates = sorted((b for b in blocks if len(b.units) == 1 and b is not lead and b.passage.doc_id == lead.passage.doc_id
                        and _bullet_row(b.units[0].text) and numbers_this(numbered, b.units[0].text)
                        and id(b) not in not_theirs),
                       key=lambda b: b.units[0].start)[:budget]
        if mates and _bullet_row(lead.units[0].text):
            taken = {id(b.units[0]) for b in mates}
            others = [b for b in others if not taken & {id(u) for u in b.units}]
            further = [b for b in further if not taken & {id(u) for u in b.units}]
            lead, *mates = sorted([lead, *mates], key=lambda b: b.units[0].start)
            others = [*mates, *others]
    if valued and lead is not None and len(lead.units) > 1 and {id(u) for u in lead.units} & {id(b.units[0]) for b in valued}:
        # (the table led whole: only its rows with the name under the column asked about)
        lead, others = valued[0], [*valued[1:], *(o for o in others if not any(o is v for v in valued))]
    if lead is not None and asked_numbers(own) and not polar:
        # A rule set for numbers other than the question's is no point of its answer ("I'm 17, how long
        # is my break?": not "Employees aged 18 and over are entitled to…"); it goes with what else was
        # found. (Not of a yes/no question, which such a rule may answer: "my team is only 6 people, can
        # my manager see my stuff?" — "Reports are only shown for teams of 10 or more people".)
        theirs = _not_for_them(others, own)
        others, further = [b for b in others if id(b) not in theirs], [*(b for b in others if id(b) in theirs), *further]
    if defining and asks_author(own):  # who wrote it: the other bylines may follow, nothing else
        bylines = {id(b) for b in others if any(says_author(u.text) for u in b.units)}
        others, further = [b for b in others if id(b) in bylines], [*(b for b in others if id(b) not in bylines), *further]
    # "What does clause 5.2 say?": the clause itself, whole and in order, leads; "what's the
    # highest risk?": the rows a table rates highest (`ranked_rows`); "what actions came out of
    # it?": the lines labelled "ACTION:" through the minutes (`labelled_lines`).
    asked_clause = clause_asked(own)
    quoted = clause_units(units, retrieval, asked_clause) or ranked_rows(units, own) or labelled_lines(units, own)[:budget]
    if quoted:
        lead = Block(quoted, max(u.score for u in quoted), 1.0)
        for i, u in enumerate(quoted):
            u.prob = 1.0 - 0.01 * i  # shown in the document's order (`statements` leads with the likeliest)
        taken = {id(u) for u in quoted}
        further = [b for b in [*others, *further] if not taken & {id(u) for u in b.units}][: len(further)]
        others = []

    if lead is not None and not quoted and not ABOUT_ASKING.search(own):
        lead, others = _answer_not_question(lead, others, blocks, units, question)

    def by_heading(b: Block) -> bool:
        return id(b) in situated or any(b is o for o in how_to)

    if lead is not None and not quoted:
        lead, others = _not_in_its_condition(lead, others, blocks, own)
        lead, others = _not_its_extension(lead, others, blocks, own)
        lead, others = _not_what_stays(lead, others, blocks, own)
        lead, others = _not_its_premise(lead, others, blocks, own)
        if snap is not None:
            lead, others = _not_only_its_name(lead, others, blocks, own, name_of(snap, lead.passage), snap.lower_words)
        lead, others = _not_about_itself(lead, others, blocks, own)
        lead, others = _kinds_named(lead, others, blocks, own)
        # (a section its heading put first is read from its start: "how do I respond?" of "How to respond";
        # "you do not have to" answers "do I have to…?" before what one can do; "must not be reproduced" answers "are
        # they allowed to make copies?" before a sentence the party is the subject of, "The Supplier shall use…")
        if not by_heading(lead) and not any(lead is b for b in [*no_duty, *made]):
            lead, others = doer_first(lead, others, own, persona, blocks)
    run = faq_answer(units, lead, question, situated=by_heading(lead)) if (
        lead is not None and not quoted) else []
    if lead is not None and run:
        lead = Block(run, max(u.score for u in run), lead.prob, has_type=lead.has_type, run=not run[0].is_item)
        taken = {id(u) for u in run}
        others = [b for b in others if not taken & {id(u) for u in b.units}]
        further = [b for b in further if not taken & {id(u) for u in b.units}]

    if lead is not None and len(asked_questions) > 1 and any(lead is b for b in asked_questions):
        # "What questions does the consultation ask?": all of them, in order, as one paragraph
        asked_units = [b.units[0] for b in asked_questions]
        lead = Block(asked_units, max(u.score for u in asked_units), lead.prob, run=True)
        others = [b for b in others if not any(b is o for o in asked_questions)]
        further = [b for b in further if not any(b is o for o in asked_questions)]

    if lead is not None and not quoted:
        lead, others = announced_list(lead, others, units, own)

    if lead is not None and not quoted and not asked_questions:
        lead = _item_that_answers(lead, blocks, own, point_min)
    if lead is not None and specific_q and lead.intro is None and len(lead.units) > 2 and not quoted and not asked_questions:
        # "How long does it take to get installed?" of steps led whole: the one step with the kind of fact
        # asked for ("4. IT will install Copilot within 10 working days of approval.") answers it.
        typed = [u for u in lead.units if answer_type_gap(own, typed_text(u.text, u.passage.section)) is None]
        if len(typed) == 1 and set(distinctive_terms(own)) & set(content_terms(typed[0].text)):
            lead = Block(typed, typed[0].score, lead.prob, has_type=True)

    if lead is not None and len(asked_questions) == 1 and lead.intro is not None and len(lead.units) > 2:
        # "What's the third demand?" of a list whose items finish its intro ("…asking for: … 3. an
        # equality impact assessment before any pilot starts;"): the intro and that item, not the list
        item = asked_questions[0].units[0]
        if any(u is item for u in lead.units):
            lead = Block([lead.units[0], item], max(lead.units[0].score, item.score), lead.prob, has_type=lead.has_type)

    if lead is not None:
        lead = _without_reply(_with_its_intro(lead), own, units)
    others = [_without_reply(b, own, units) for b in _one_intro_each([_with_its_intro(b) for b in others])]
    if lead is not None and not quoted:
        lead, others = section_in_order(lead, others, own)
        lead, others = items_in_order(lead, others, own)

    best_passage = max((p.dense_similarity or 0.0 for p in retrieval.passages[:EVIDENCE_PASSAGES]), default=0.0)
    best_unit = max((u.score for u in units), default=0.0)
    if best_unit < settings.min_sentence_similarity:
        best_unit = max(best_unit, _asked_as_heading(kb, retrieval, units, settings.min_sentence_similarity))
    if best_unit < settings.min_sentence_similarity and lead is not None and any(grants_asked(own, u.text) for u in lead.units):
        best_unit = settings.min_sentence_similarity  # "can I bring someone?" — "You may bring a colleague…"
    asked_terms = set(distinctive_terms(own))
    lead_text = " ".join(u.text for u in lead.units) if lead is not None else ""
    lead_terms = set(content_terms(lead_text))
    own_said = asked_terms - mapped_terms(own)  # (a word searched in others' words may be said in them)
    said_as = closest_synonyms(own)
    if retrieval.doc_ids and lead is not None and (asked_terms and asked_terms <= lead_terms or own_said and own_said <= lead_terms or (
            # …or says each in the words the question was searched in ("will anyone lose their job?" —
            # "No redundancies are proposed.")
            asked_terms and all(t in lead_terms or said_as.get(t, set()) & lead_terms for t in asked_terms)) or (
            # …or one whose number the answer found sets a condition on ("I've been here 20 weeks, can I get it?" —
            # "…who have 26 weeks' service…")
            polar and (outside_threshold(own, [lead_text], labels=False)[0] or inside_threshold(own, [lead_text])[0]))):
        # Asked of a chosen document, a short question whose every word the answer found says is close
        # to it, however far apart the two are in meaning ("what does he need to attach?" of an email's
        # "Use the new form, and attach a screenshot of the route").
        best_unit = max(best_unit, settings.min_sentence_similarity, settings.min_passage_similarity)
    if consequence and lead is not None and any(_CONSEQUENCE.search(u.text) for u in lead.units):
        # "What's the worst that can happen?" — "…one possible outcome is dismissal.": what follows, as asked
        best_unit = max(best_unit, settings.min_sentence_similarity, settings.min_passage_similarity)
    # Evidence for the answer-type check: the units that answer most directly
    # (the lead, what completes it, and blocks nearly as good), from passages
    # about what the question names. A year in a side point about something
    # else ("the TUC's 2021 AI manifesto") is not the date asked for.
    direct = [b for b in others if lead is not None and b.score >= lead.score - ANSWER_TYPE_MARGIN]
    direct_units = [u for b in ([lead] if lead else []) + direct for u in b.units]
    if lead is not None and lead.intro is None:
        direct_units += follow_ups(units, max(lead.units, key=lambda u: u.score), asked=question)
    limits = Thresholds.from_settings(settings)
    # For a number, date or name, the unit that carries it must also be about
    # what was asked (most of the question's weighty words, in it or its section).
    weight = idf or (lambda _t: 1.0)
    qterms = set(distinctive_terms(question))
    if when_what or asks_when(own):
        # "when does recording start?" asks when recording does, whatever the verb; "when does it
        # start?" asks when the thing the document is about does
        qterms -= _EVENT_VERBS
    q_total = sum(weight(t) for t in qterms)
    # Words the sources write in lower case are ordinary words, not names.
    common = snap.lower_words if snap is not None else lower_case_words(p.text for p in retrieval.passages)
    specific = specific_q

    abbreviations = snap.abbreviations(question) if snap is not None else {}  # ("JCC" → "Joint Consultative Committees")
    bridged = synonyms(question)  # "ring" is spoken of by a sentence that says "phone"
    for short, phrase in abbreviations.items():
        for t in content_terms(short):  # …and "the ico" by one that says "the Information Commissioner's Office"
            bridged.setdefault(t, set()).update(content_terms(phrase))

    named_type = type_words(question) if specific else set()

    def on_topic(u: Unit) -> bool:
        # (called for a unit that has the kind of fact asked for: "by 14 April" speaks of the deadline;
        # and every line of a letter speaks of the letter: "Date: 20 November 2026")
        here = set(content_terms(f"{u.passage.section}\n{u.text}")) | named_type | document_words(name_of(snap, u.passage))
        if ("'" in u.text or "’" in u.text) and in_welsh(u.text):  # ("ffonio'ch" is "ffonio" with a pronoun after it)
            here |= set(bare_words(u.text))
        share = sum(weight(t) for t in spoken_of(qterms, here, bridged)) / q_total if q_total else 1.0
        return share >= limits.min_answer_topicality

    chosen_text = " ".join(
        text
        for u, text in ((u, typed_text(tidy(u.text), u.passage.section)) for u in direct_units)
        if anchored(question, f"{u.passage.section}\n{u.passage.text}")
        and (not specific or ((answer_type_gap(question, text, common) is None or in_welsh(text)) and on_topic(u)))
    )  # (a sum or date in Welsh, "mis o gyflog llawn", is not one these patterns know)
    if snap is not None and snap.lexical is not None:
        lexical = snap.lexical
        spelled = {t for a in abbreviations for t in content_terms(a)}

        def vocab(term: str) -> bool:
            return lexical.has_term_or_form(term) or term in spelled

        # A word of the question one slip from one the sources use is read as that slip ("kep" of "keep"),
        # unless it is a word in its own right: "facial" is not "facil(ity)", nor "recognition" "recognised".
        spelled_right = whole_words(settings.embedding_model)
        as_typed = {t: w.lower() for w in re.findall(r"[A-Za-z]+", question) for t in content_terms(w)[:1]}

        def typo(term: str) -> bool:
            return lexical.has_near_spelling(term) and as_typed.get(term, "") not in spelled_right
    else:
        def vocab(term: str) -> bool:
            return False

        typo = vocab
    in_scope = None
    if snap is not None and retrieval.doc_ids:
        chosen = snap.terms_of(retrieval.doc_ids)

        # (an abbreviation the chosen document spells out is in it: "HMRC" as "HM Revenue and Customs")
        spelled_out = {t for pair in abbreviations.items() for a in pair for t in content_terms(a)}

        def in_scope(term: str) -> bool:
            return term in chosen or term in spelled_out or (len(term) >= FORM_PREFIX and any(w.startswith(term) for w in chosen))

    known = in_scope if retrieval.in_their_words and in_scope is not None else vocab
    scope_text = None
    if snap is not None:
        searched = snap

        def scope_text() -> str:  # (only a check that needs a word's form asks for it)
            return "\n".join(c.text for c in searched.chunks if not retrieval.doc_ids or c.doc_id in retrieval.doc_ids)

    verdict = check(question, Evidence(best_passage, best_unit, chosen_text, known, common, typo, in_scope, scope_text), limits)
    if verdict.why in ("far", "not_as_asked") and lead is not None and (
            id(lead) in defining or any(u is b.units[0] for b in [*asked_questions, *how_to] for u in lead.units)):
        # What the text is answers however unlike the question its words are: "why are they
        # bringing this in?" of a document with a "Why we are introducing it" section.
        verdict = Verdict(False)
    if asked_clause and not quoted:
        # No document searched has that number, nor speaks of it ("a section 188 notice" is a
        # section of an Act the text names): the nearest text would be some other clause.
        word = clause_word(question)
        named = re.compile(rf"\b{re.escape(word)}\s+{re.escape(asked_clause)}\b", re.I)
        if not any(named.search(p.text) for p in retrieval.passages):
            verdict = Verdict(True, f"They have no {word} {asked_clause}.", "no_clause", f"{word} {asked_clause}", show_nearest=False)
    timings = {"compose_ms": (time.perf_counter() - t0) * 1000}
    if (verdict.abstain and not quoted) or lead is None:
        return _abstained(
            blocks if verdict.show_nearest else [], verdict.reason or "No passage answers this question.", timings, lang,
            question, scoped=len(retrieval.doc_ids), why=verdict.why or "none", what=verdict.what,
        )

    head, points = statements(lead, others, units, question)
    return _composed(kb, head, points, further, persona, question, retrieval, framed, lang, cands.twins, timings, snap,
                     quotes=lead.intro is None)


def _overview(
    kb: KnowledgeBase, retrieval: Retrieval, own: str, budget: int, twins: Twins, persona: str
) -> tuple[Block, list[Block], list[Block]] | None:
    """The overview of the documents chosen, for a question that asks what they are about."""
    snap = retrieval.snapshot
    if snap is None or not retrieval.doc_ids:
        return None
    titles = " ".join(d.title for i in retrieval.doc_ids if (d := snap.docs.get(i)) is not None)
    ranked = list(dict.fromkeys([*(p.doc_id for p in retrieval.passages), *retrieval.doc_ids]))
    return overview(kb, snap, own, titles, [d for d in ranked if d in retrieval.doc_ids], budget, twins, persona)


def _halves(kb: KnowledgeBase, snap: Snapshot, shown: list[Statement], twins: Twins) -> Twins:
    """Welsh twins, over the whole document, of the shown statements that have none from their
    passage: a document whose Welsh and English versions are separate halves."""
    docs = {d for st in flatten(shown[0], shown[1:]) for d, a, b in st.spans if (d, a, b) not in twins}
    out: Twins = {}
    for doc in sorted(docs):
        # Read whole only a document with Welsh in it (each paragraph's check is remembered).
        chunks = (snap.by_position.get((doc, i)) for i in range(READ_CHUNKS))
        if any(in_welsh(par) for c in itertools.takewhile(bool, chunks) if c for par in c.text.split("\n")):
            out.update(document_twins(document_units(kb, snap, doc)))
    return out


def _composed(
    kb: KnowledgeBase,
    head: Statement, points: list[Statement], further: list[Block], persona: str, question: str, retrieval: Retrieval,
    framed: bool, lang: str, twins: Twins, timings: dict[str, float], snap: Snapshot | None, quotes: bool = False,
) -> Composed:
    """The answer shown: the lead and points with their citations, in the persona's frame."""
    said = False
    if quotes and snap is not None:
        who = speaker(snap, head)
        if who is not None:  # a quotation is shown with who said it
            who.more = [head, *head.more]
            head.more = []
            head = who
            said = True
            points = _said_once(head, points)
    if lang == "cy" and snap is not None:  # a bilingual document is quoted in the reader's language
        twins = {**_halves(kb, snap, [head, *points], twins), **twins}
    if lang == "cy" and twins:
        head, *points = in_welsh_twins([head, *points], twins)
    citations = number_citations(flatten(head, points))
    if said and head.more and head.cites == head.more[0].cites:
        head.cites = ""  # "X said: “…” [1]": one marker for the line and the words it introduces
    further_st = further_statements(further)
    if lang == "cy" and twins:
        further_st = in_welsh_twins(further_st, twins)
    more = number_citations(further_st, {c.chunk_id: c.n for c in citations})
    obligations = states_obligations(flatten(head, points))
    if not (persona == "manager" and framed and obligations):  # (a checklist of one is still ticked off)
        head, points = list_of_one_inline(head), [list_of_one_inline(p) for p in points]
    all_cites = ", ".join(f"[{c.n}]" for c in citations)
    markdown = render(
        f"personas/{persona}.md.j2",
        lang=lang,
        lead=head,
        points=points,
        all_cites=all_cites,
        obligations=obligations,
        framed=framed,
        roll_out=about_roll_out(question),
        scoped=len(retrieval.doc_ids),
        own_numbers=any(CLAUSE_START.match(p.text) for p in points),
    )
    return Composed(markdown, citations, False, timings_ms=timings, more=more, lead=head)


def name_of(snap: Snapshot | None, p: Passage) -> str:
    """What the passage's document is called: its title (from its file's name) and the heading it opens with
    ("ROTAWISE LICENCE TERMS" over the terms in "licence.txt")."""
    first = snap.by_position.get((p.doc_id, 0)) if snap is not None else None
    return f"{p.title}\n{first.section.split(SECTION_SEP)[0]}" if first is not None else p.title


@lru_cache(maxsize=1024)
def document_words(title: str) -> frozenset[str]:
    """The words a question may name a document by: its title's, and its kind's (an agenda's or minutes'
    is a meeting's: every line of an agenda speaks of the meeting it is for)."""
    words = frozenset(content_terms(title)) | DOCUMENT_KINDS
    return words | _MEETING if _MEETING_PAPERS.search(title) else words


_MEETING_PAPERS = re.compile(r"\b(?:agenda|minutes|notice of meeting)\b", re.I)
_MEETING = frozenset(content_terms("meeting"))


QUOTED_UNITS = 12  # sentences and items of a clause or section asked for by number, at most


_HEADING_NUMBER = re.compile(r"^\W*(\d{1,3}(?:\.\d{1,3})*)[.)]?\s+\S")


def clause_units(units: list[Unit], retrieval: Retrieval, asked: str | None) -> list[Unit]:
    """The sentences and items of clause (or section, or numbered paragraph) `asked` in
    the document retrieval put first (`retrieve.holding_clause` put the chunks that hold it
    there), in document order; a heading alone is left out. Each unit's clause is read
    with `ClauseTracker` over its chunk, so a clause's later sentences and lettered items
    count as its own."""
    if not asked or not retrieval.passages:
        return []
    doc = retrieval.passages[0].doc_id
    by_chunk: dict[str, list[Unit]] = {}
    for u in units:
        if u.passage.doc_id == doc:
            by_chunk.setdefault(u.passage.chunk_id, []).append(u)
    out: list[Unit] = []
    for chunk in sorted(by_chunk.values(), key=lambda us: us[0].passage.ordinal):
        # (a section whose heading is numbered, "3. Checking in", is that number's, where its text has none)
        numbered = _HEADING_NUMBER.match(section_heading(chunk[0].passage.section))
        tracker, label = ClauseTracker(), numbered.group(1) if numbered else ""
        for u in sorted(chunk, key=lambda u: u.start):
            label = tracker.feed(u.text) or label
            if label and within(asked, label) and not heading_like(strip_marker(u.text)):
                out.append(u)
    return out[:QUOTED_UNITS]


def _said_once(head: Statement, points: list[Statement]) -> list[Statement]:
    """Another passage of the same speaker's words is shown without saying again
    who said them: its sentences become points of their own (those not shown yet)."""
    shown = {s.text for s in [head, *head.more]}  # statement texts are tidied when made
    out: list[Statement] = []
    for p in points:
        if p.text != head.text or not p.children:
            out.append(p)
            continue
        for c in p.children:
            if c.text not in shown:
                out.append(c)
                shown.add(c.text)
    return out


def further_statements(blocks: list[Block]) -> list[Statement]:
    """One statement per block for "More from the documents", in document order
    within each block (a list with its intro, a sentence with the one it leans on)."""
    out: list[Statement] = []
    for b in blocks:
        if b.intro is not None and b.intro.runs_in and b.context is None:
            out.append(run_in(b))
            continue
        us = ([b.context] if b.context is not None else []) + b.units
        out.append(
            Statement(
                " ".join(tidy(u.text) for u in us),
                list({u.passage.chunk_id: u.passage for u in us}.values()),
                spans=[(u.passage.doc_id, u.start, u.end) for u in us],
            )
        )
    return out


_SAID = re.compile(r"[^\n]{3,200}?\b(?:said|says|added|commented|stated|explained)\s*:[ \t]*$", re.M)
_OPEN_QUOTE = ("“", '"', "‘")
SPEAKER_LOOKBACK = 2000  # characters of quotation to walk back over to find who said it


def speaker(snap: Snapshot, st: Statement) -> Statement | None:
    """The "Shavanah Taj, General Secretary, TUC Cymru said:" line that
    introduces the quotation a statement is part of, when it is close enough
    before it (in its own passage or the one before) and nothing but quotation
    lies in between: each paragraph opens with a quote mark, and a closing mark
    is only ever followed by the next opening one."""
    if not st.passages or not st.spans:
        return None
    p = st.passages[0]
    _doc, start, _end = st.spans[0]
    here = snap.by_id.get(p.chunk_id)
    if here is None:
        return None
    records = [here]
    prev = snap.by_position.get((p.doc_id, here.ordinal - 1))
    if prev is not None and prev.end <= here.start:
        records.insert(0, prev)
    for rec in reversed(records):
        before = rec.text[: max(0, min(start, rec.end) - rec.start)]
        matches = list(_SAID.finditer(before))
        if not matches:
            if start - rec.start > SPEAKER_LOOKBACK:
                return None
            continue
        m = matches[-1]
        gap = before[m.end():] + (here.text[: start - here.start] if rec is not here else "")
        if len(gap) > SPEAKER_LOOKBACK or not gap.strip().startswith(_OPEN_QUOTE):
            return None
        # A closing quote mark may only be followed by the next paragraph's opening one.
        if any(gap[i + 1 :].lstrip()[:1] not in _OPEN_QUOTE for i, ch in enumerate(gap) if ch == "”" and gap[i + 1 :].strip()):
            return None
        raw = rec.text[m.start() : m.end()]
        a = rec.start + m.start() + (len(raw) - len(raw.lstrip()))
        passage = p if rec is here else as_passage(rec, neighbour_of=p.chunk_id)
        return Statement(tidy(raw), [passage], spans=[(p.doc_id, a, rec.start + m.end())])
    return None


_WHY_HEADING = re.compile(r"^\W*(?:[\dA-Z]{1,3}[.)]\s*)?(?:why\b|reasons?\b|background\b|rationale\b|the case for\b)", re.I)


def _asked_as_heading(kb: KnowledgeBase, retrieval: Retrieval, units: list[Unit], floor: float) -> float:
    """How close the question is to a heading that is itself a question ("Will the Council
    monitor me when I work from home?") or names everything it asks about ("Evidence used"),
    over a unit found: a FAQ's answer ("No. The Council does not use software that tracks
    your activity…") doesn't repeat what it answers, nor a section its heading. Only
    asked when no sentence is close enough to answer; a few headings, each embedded alone.
    A "why" that names nothing ("why are they doing this?"), asked of chosen documents, is
    answered by their section of reasons ("1. Why we are proposing change", "Background"),
    which shares no word with it: that counts as `floor`, the closeness a sentence must have."""
    asked = set(distinctive_terms(retrieval.question))
    if asks_why(retrieval.question) and retrieval.doc_ids and any(
        _WHY_HEADING.match(section_heading(u.passage.section)) for u in units
    ):
        return floor
    # (a chosen document's title heads all of it: "what's on the agenda?" of "Digital Change Board: Agenda")
    snap = kb.snapshot() if retrieval.doc_ids else None
    titles = [d.title for i in retrieval.doc_ids if snap is not None and (d := snap.docs.get(i)) is not None]
    headings = list(dict.fromkeys(
        h for h in [*(section_heading(u.passage.section) for u in units), *titles]
        if len(h) < 300
        # …or a heading that names all the question is about ("Section 2: Evidence used" for
        # "what evidence did they use?"): the text under it is what the heading says it is
        and (h.endswith("?") or (asked and asked <= set(content_terms(h)))
             # …or all of it but what it asks of that ("is hybrid working *staying*?" of "3. Hybrid
             # working review"), if the heading is as close to the question as most headings it answers
             or (len(asked) >= 2 and len(asked - set(content_terms(h))) == 1))
    ))[:5]
    if not headings or retrieval.query_embedding is None:
        return 0.0
    vecs = kb.embedder.embed(headings, batch_size=1)
    sims = vecs @ retrieval.query_embedding
    whole = [h.endswith("?") or asked <= set(content_terms(h)) for h in headings]
    return float(max(float(v) if named or v >= HEADING_NEAR else 0.0 for v, named in zip(sims, whole, strict=True)))


HEADING_NEAR = 0.6  # how close a heading that lacks one word of the question must be to it (of MiniLM cosines)


_WHY_OPENING = re.compile(r"^\W*(?:and\s+|but\s+|so\s+)?why\b", re.I)


# A sentence that gives its reason as one: "The main reason is that…", "This is because…"; or that introduces the
# reasons or what drives it: "A number of factors are driving the introduction of…", "There are three reasons:".
_REASON_GIVEN = re.compile(
    r"^\W*(?:the\s+(?:main\s+|key\s+|chief\s+|only\s+|first\s+)?reasons?\s+(?:is|are|was|were|for\s+this)\b|"
    r"(?:this|that)\s+is\s+(?:because|due\s+to)\b|we\s+are\s+doing\s+(?:this|it)\s+because\b|"
    r"(?:a\s+number\s+of|several|many|various|a\s+range\s+of|two|three|four|five|\d+)\s+(?:main\s+|key\s+)?"
    r"(?:factors|reasons|drivers|things)\s+(?:are\s+|have\s+been\s+)?(?:driving|drive|drove|behind|explain|explaining|led|lead)\b|"
    r"there\s+(?:are|were)\s+(?:\w+\s+)?(?:main\s+|key\s+)?(?:reasons|factors|drivers)\b)", re.I)
REASON_SHARE = 0.5  # of the likeliest block's probability, at least, for a reason given as one to lead


def _reason_given(own: str, blocks: list[Block], point_min: float) -> list[Block]:
    """"Why are they cutting posts?": the likeliest sentence that gives its reason as one ("The main
    reason is that more residents now use online forms…"), when it is likely enough, before one that
    shares more words ("…will last at least 45 days, because 20 or more posts may be affected", whose
    "because" gives the reason for something else). Likely enough: at least REASON_SHARE of the likeliest
    block's probability, or right after the likeliest sentence, whose reason it gives."""
    if _WHY_OPENING.match(own) is None or not blocks:
        return []
    best = max(blocks, key=lambda b: b.prob)

    def after_best(b: Block) -> bool:  # (the reason for what the likeliest sentence, right before it, says)
        last, first = best.units[-1], b.units[0]
        return (last.passage.chunk_id == first.passage.chunk_id and last.end <= first.start
                and not first.passage.text[last.end - first.passage.start : first.start - first.passage.start].strip())

    given = [b for b in blocks if _REASON_GIVEN.match(strip_marker(b.units[0].text)) and b.prob >= point_min
             and (b.prob >= REASON_SHARE * best.prob or after_best(b))]
    return sorted(given, key=lambda b: -b.prob)[:1]


# "When will the policy be reviewed?", "when will I get paid?": the time of something done, asked by its participle.
_DONE_WHEN = re.compile(r"^\W*(?:and\s+|so\s+)?when\s+(?:will|is|are|was|were|would|should|must|can|does|do)\s+(?:[\w'’-]+\s+){1,5}?"
                        r"(?:be\s+|being\s+|been\s+|get\s+|gets\s+)?(?P<done>[a-z]{3,}ed|paid|told|given|seen|made|sent|done|held|"
                        r"known|shown|written|chosen|taken|signed off)\W*$", re.I)


# "Do I have to use my own phone?", "must I…?", "am I required to…?": a duty asked about, and its verb.
_DUTY_POLAR = re.compile(
    r"^\W*(?:do|does|will|would)\s+(?:i|we|you|staff|they)\s+(?:have|need|got)\s+to\s+(?P<verb>[a-z]{2,})\b|"
    r"^\W*(?:must|should)\s+(?:i|we|you|staff)\s+(?P<verb2>[a-z]{2,})\b|"
    r"^\W*(?:am|are|is)\s+(?:i|we|you|staff)\s+(?:required|obliged|expected)\s+to\s+(?P<verb3>[a-z]{2,})\b", re.I)
# …or after the story that says what: "I don't want the app on my personal phone, do I have to?"
_DUTY_AFTER_STORY = re.compile(r"[,;.]\s*(?:so\s+|but\s+)?(?:do|does|will|would)\s+(?:i|we)\s+(?:have|need|got)\s+to\s*\W*$", re.I)


def _duty_denied(own: str, blocks: list[Block], point_min: float) -> list[Block]:
    """"Do I have to use my own phone?": the likeliest sentence that says there is no such duty, as a
    FAQ's answer says it ("You do not have to: if you need a phone for your job…", "You don't have to
    use it"), when it is likely enough, before one that says what one must do to use it."""
    m = _DUTY_POLAR.match(own)
    if (m is None and _DUTY_AFTER_STORY.search(own) is None) or not blocks:
        return []
    verb = re.escape(m.group("verb") or m.group("verb2") or m.group("verb3")) if m is not None else "(?!)"
    # (the denial may close the sentence that says what one may do: "You can use the app on your own phone if you
    # wish, but you do not have to.")
    denied = re.compile(rf"(?:^\W*|,\s*but\s+)(?:you|staff|employees|we|they|no ?one|nobody)\s+(?:do|does|will|are|is)?\s*(?:not|n't|n’t)\s+"
                        rf"(?:have|need|required|obliged)\s+to(?:\s*[:.,;—–-]|\s+{verb}\w*\b)|^\W*(?:you|staff)\s+(?:need|have)\s+not\s+{verb}\w*\b",
                        re.I)
    best = max(b.prob for b in blocks)
    found = [b for b in blocks if denied.search(b.units[0].text) and b.prob >= max(point_min, REASON_SHARE * best)]
    return sorted(found, key=lambda b: -b.prob)[:1]




# "The Sub-processors … are listed in Schedule 2", "see Appendix A": a sentence that says where in its document the
# answer is set out.
_POINTS_TO = re.compile(r"\b(?:(?:are|is)\s+(?:listed|set\s+out|described|given|specified|detailed|named|shown)\s+in|see)\s+"
                        r"(?:the\s+)?(?P<ref>(?:Schedule|Appendix|Annex|Annexe)\s+[A-Z0-9]{1,3})\b", re.I)


def pointed_to(blocks: list[Block]) -> list[Block]:
    """When the likeliest block says its answer is set out in a schedule, appendix or annex of its document ("The
    Sub-processors authorised at the date of this Agreement are listed in Schedule 2"), the blocks of that part (its
    heading starts with the name: "Schedule 2: Authorised Sub-processors"), in document order: the list itself
    answers "who are the sub-processors?", not the sentence that says where it is."""
    if not blocks:
        return []
    likeliest = max(blocks, key=lambda b: b.prob)
    m = _POINTS_TO.search(" ".join(u.text for u in likeliest.units))
    if m is None:
        return []
    ref = " ".join(m.group("ref").lower().split())
    part = re.compile(rf"^\W*{re.escape(ref)}\b(?![.\d])", re.I)
    found = [b for b in blocks if b.passage.doc_id == likeliest.passage.doc_id and part.match(section_heading(b.passage.section))]
    return sorted(found, key=lambda b: b.units[0].start)


# "How long have I got to use my TOIL?", "how long do I have to appeal?": a time limit for doing something.
_DEADLINE_Q = re.compile(r"\bhow\s+long\s+(?:have|do|does|did|will)\s+(?:i|we|you|they|staff|people)\s+(?:got|get|have)\s+to\b", re.I)


def asks_why(question: str) -> bool:
    """A "why" that names nothing it asks about: "why are they doing this?", "why?"."""
    own = own_words(question)[0]
    return set(distinctive_terms(own)) <= _BRINGING_IN and _WHY_OPENING.match(own) is not None


def _why_of_title(own: str, blocks: list[Block]) -> bool:
    """A "why" of what the document is about, by words of its title: "why are we moving?" of
    "Consultation: Moving Revenues and Benefits to Ty Dysgu"."""
    if _WHY_OPENING.match(own) is None:
        return False
    asked = set(distinctive_terms(own)) - _BRINGING_IN
    titles = {b.passage.title for b in blocks}
    return bool(asked) and len(titles) == 1 and asked <= set(content_terms(next(iter(titles))))


# What a "why" says is being done, naming nothing: "why are they bringing this in?", "why the change?"
_BRINGING_IN = frozenset(content_terms("bring bringing change changing start starting launch roll rolling implement deploy adopt"))


def states_obligations(stmts: list[Statement]) -> bool:
    """Do most statements say what an employer should do? Only then does the
    manager's framing present them as a "before roll-out you must" checklist; a
    case study or a figure is shown as what the sources say."""
    return bool(stmts) and sum(states_duty(s.text) and not _THIRD_PARTY.match(s.text) for s in stmts) * 2 >= len(stmts)


# A duty a contract puts on the other party ("3.1 The Supplier shall respond…", "The Processor
# must…"): the contractor's to meet, not a step for the manager who asks.
_THIRD_PARTY = re.compile(
    r"^\W*(?:\d+(?:\.\d+)*\.?\s+|\([a-z0-9]+\)\s+)?(?:the\s+|each\s+|any\s+)?"
    r"(?:supplier|contractor|sub-?contractor|provider|service provider|processor|sub-?processor|vendor|licensor|"
    r"consultant|receiving party|disclosing party|recipient|developer)s?\b",
    re.I,
)


def _abstained(
    blocks: list, reason: str, timings: dict[str, float], lang: str = "en", question: str = "", scoped: int = 0,
    why: str = "none", what: str = "",
) -> Composed:
    """Decline, then show the nearest sentences the sources do have, cited.

    List intros ("…the following steps take place:") say nothing on their own,
    so they are not offered as nearest text; far misses show nothing at all. A
    nearest sentence must share a topic word with the question: one that only
    shares a place or a name ("Swansea" for "where can I buy a pizza in Swansea?")
    is about something else. `scoped`: how many documents the user chose to ask about
    ("does it stop them hiring our staff?" of their NDA), so the decline says so,
    and the nearest clause of that document is offered on any word it shares with
    the question ("staff"), marked as the nearest, not an answer. `why` and `what`: the
    reason as data (`Verdict`), which the Welsh framing says in Welsh.
    """
    names = {t for n in question_names(question) for t in content_terms(n)}
    topic = (set(content_terms(question)) if scoped else set(distinctive_terms(question))) - names

    def on_topic(u: Unit) -> bool:
        return not topic or bool(topic & set(content_terms(u.text)))

    # Nor is a sentence that leans on the one before it ("This was particularly the case…"), nor a heading.
    units = [
        u for b in blocks for u in b.units
        if not u.text.rstrip().endswith(":") and on_topic(u) and not leans_back(strip_marker(u.text))
        and not heading_like(u.text)
    ]
    ranked = sorted(units, key=lambda u: -u.score)
    nearest: list[Statement] = []
    for u in ranked:
        if u.score < 0.3 or len(nearest) == 2:
            break
        text = tidy(u.text)
        if any(n.text == text for n in nearest):
            continue  # the same words in a second document
        nearest.append(Statement(text, [u.passage], spans=[(u.passage.doc_id, u.start, u.end)]))
    citations = number_citations(nearest)
    markdown = render("abstain.md.j2", lang=lang, reason=reason, nearest=nearest, scoped=scoped, why=why, what=what)
    return Composed(markdown, citations, True, reason=reason, timings_ms=timings)
