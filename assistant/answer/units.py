"""Answer units: the sentences and list items of the retrieved passages, and
the blocks they form.

Works on units precomputed at ingest (one per sentence or list item, each with
its embedding and exact offsets). A *block* is a unit on its own, or a list with
the sentence that introduces it; blocks are chosen whole, so lists stay whole
and in order (a list that a chunk boundary cut carries on into the next chunk,
and an item's later sentences stay with it). Each item of a list, and each
sentence of a numbered paragraph, is also a candidate block of its own, so "how
many households…?" can be answered by the one item that says so and "what must
they do?" by the whole list.

Every statement made from a unit is the unit verbatim or a faithful trim of it
(`tidy`: list marker or leading connective removed).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np

from assistant.models import Passage, section_heading
from assistant.retrieval.expand import synonyms
from assistant.retrieval.retrieve import as_passage
from assistant.store.base import Sentence
from assistant.text.clauses import CLAUSE_START
from assistant.text.lexical import content_terms
from assistant.text.markers import leading_marker, strip_marker
from assistant.text.run_in import FIRST_ITEM, ITEM_LABEL

if TYPE_CHECKING:
    from assistant.store.knowledge_base import KnowledgeBase, Snapshot

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
    runs_in: bool = False  # the intro of a list run into its sentence ("…any information which" before "(a) …")

    @property
    def in_list(self) -> bool:
        return self.is_item or self.cont

    @property
    def introduces(self) -> bool:
        """Does the unit introduce what follows it: a list or a quotation after its ":", or its run-in items?"""
        return self.runs_in or self.text.rstrip().endswith(":")


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
    run: bool = False  # sentences shown as one paragraph, in order (a FAQ's answer to its question)

    @property
    def intro(self) -> Unit | None:
        first = self.units[0]
        return first if len(self.units) > 1 and first.introduces else None

    @property
    def passage(self) -> Passage:
        return self.units[0].passage


def rivals(lead: Block, blocks: Iterable[Block], share: float) -> list[Block]:
    """The one-sentence blocks of the lead's document, without an intro, at least `share` as probable
    as the lead: what may lead in its place when a rule finds the lead answers something else."""
    return [b for b in blocks if b is not lead and len(b.units) == 1 and b.intro is None
            and b.passage.doc_id == lead.passage.doc_id and b.prob >= share * lead.prob]


def in_place_of(lead: Block, alt: Block, others: list[Block]) -> tuple[Block, list[Block]]:
    """`alt` leads; the old lead is the first point, and no point repeats what `alt` says."""
    taken = {id(u) for u in alt.units}
    return alt, [lead, *(b for b in others if not taken & {id(u) for u in b.units})]


def likeliest_in_place(lead: Block, others: list[Block], alts: Iterable[Block]) -> tuple[Block, list[Block]]:
    """The most probable of `alts` leads in the lead's place (`in_place_of`); with none, the lead stays."""
    alt = max(alts, key=lambda b: b.prob, default=None)
    return (lead, others) if alt is None else in_place_of(lead, alt, others)


# A table's row of two cells or more, as `table_lines` writes one: "• Risk: …; Likelihood: High; …".
_SECOND_CELL = re.compile(r";\s[^:;\n]{1,60}:\s")


def is_bullet(u: Unit) -> bool:
    """A bulleted list item ("• Record: …", "- …"), not a numbered clause."""
    return u.is_item and u.text.lstrip()[:1] in "•-*–·▪"


def has_cells(text: str) -> bool:
    """Does the text read as a table's row of two cells or more (its second "; Name: ")?"""
    return _SECOND_CELL.search(text) is not None


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


def greets(text: str) -> bool:
    """Is the line a letter's or an email's greeting ("Dear Ms Evans,", "Hi all,")?"""
    return _GREETING.match(text.strip()) is not None


def says_something(text: str) -> bool:
    """False for units that state nothing on their own: bare list markers
    ("1. 2."), and a bibliographic reference alone in brackets
    ("(Robots Lend Government a Helping Hand, Civil Service Quarterly, 2018)")."""
    said = re.findall(r"[A-Za-z]{2,}", text)
    # "Health boards" is a list item, and so is "- a funeral;" under "…such as:"; "1. 2." is not
    item_of_one = len(said) == 1 and len(said[0]) >= _ONE_WORD_ITEM and _LIST_MARK.match(text) is not None
    if not content_terms(tidy(text)) or (len(said) < 2 and not item_of_one):
        return False
    if _BLANKS.match(text):
        return False  # a form's blanks: "(Name of Contractor) (Name of Contracting Company) (mm/dd/yyyy)"
    if greets(text):
        return False  # "Dear Gareth,", "Hi all,"
    if _COURTESY.match(text.strip()) and "," not in text and len(text.split()) <= 14 and not re.search(r"\d", text):
        return False  # a letter's or an email's courtesy: "Thank you for your questions about the software."
        # (one with a date or a figure says when or how much: "Thank you for meeting us on 4 November.")
    return not _REFERENCE.match(text)


_LIST_MARK = re.compile(r"^\s*(?:[-•*–]|\d{1,3}[.)]|\([a-z0-9]{1,4}\))\s")
_ONE_WORD_ITEM = 4  # letters, at least, of a list item's one word for it to say something ("a funeral")
_BLANKS = re.compile(r"^\s*(?:[(\[][^()\[\]]{1,60}[)\]][\s_.,;:-]*){2,}$")
# A date alone ("8 January 2027.") under a heading that says what date it is ("Closing date").
_BARE_DATE = re.compile(
    r"^\s*(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December|Ionawr|Chwefror|Mawrth|Ebrill|Mai|Mehefin|Gorffennaf|Awst|Medi|Hydref|Tachwedd|Rhagfyr)"
    r"(?:\s+\d{4})?\.?\s*$")
_DATE_HEADING = re.compile(r"\b(?:dates?|deadline|closing|when|dyddiad|cau|pryd)\b", re.I)


# A month or a day of the week by its name, in full or shortened ("Sept", "Thurs"); match with re.I.
MONTH_NAMES = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
WEEKDAYS = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
# A heading that says when what is under it is done: "In your first month", "Within 3 months", "Before go-live".
_WHEN_HEADING = re.compile(
    r"^\W*(?:in|within|during|by|before|after|from)\s+(?:the\s+|your\s+|their\s+)?(?:(?:first|second|third|next|last|final|\d{1,3}|"
    r"one|two|three|four|six|twelve)\s+){0,2}(?:days?|weeks?|months?|years?|go[- ]live|launch)\b"
    # …or is a date: a log's or a diary's "14 September 2026", "Monday 3 March", "March 2026", "2026-03-03"
    rf"|^\W*(?:{WEEKDAYS},?\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH_NAMES}\b\.?(?:,?\s+\d{{4}})?"
    rf"|{MONTH_NAMES}\s+\d{{4}}|\d{{1,2}}/\d{{1,2}}/\d{{2,4}}|\d{{4}}-\d{{2}}-\d{{2}})\W*$", re.I)


def timed_by_heading(section: str) -> str | None:
    """The heading that says when what is under it is done ("In your first month" over "• Agree
    objectives with each member of your team."), or None: it answers "when do I agree objectives?"."""
    heading = section_heading(section)
    return heading if _WHEN_HEADING.match(heading) else None


def typed_text(text: str, section: str) -> str:
    """A unit's text as the kind of fact it gives is read: with its heading, where that says what date
    or when ("Closing date: 8 January 2027.", "In your first month: Agree objectives…")."""
    heading = timed_by_heading(section)
    if heading is None and heading_names_it(text, section):
        heading = section_heading(section)
    return f"{heading}: {text}" if heading else text


def heading_names_it(text: str, section: str) -> bool:
    """Is the unit a date alone, under a heading that names what date it is? It then answers
    "when is the closing date?", though it says nothing on its own."""
    return _BARE_DATE.match(text) is not None and _DATE_HEADING.search(section_heading(section)) is not None
# A sentence with a verb of its own: an auxiliary or modal, a pronoun for a subject…
_HAS_VERB = re.compile(r"\b(?:is|are|was|were|be|been|being|am|will|would|can|could|may|might|must|should|shall|has|have|had|"
                       r"do|does|did|cannot|\w+n[’']t|i|we|you|they|he|she|it|there)\b|:", re.I)
# …or one that opens as a sentence does: with a determiner, a preposition or a conjunction ("The Council
# plans…", "In 2017, …"), with a verb before its object ("Report a lost device…", "Apply online…"), or
# with a name's initial ("A. Hughes asked…").
_OPENS_A_CLAUSE = frozenset([
    "the", "this", "that", "these", "those", "a", "an", "our", "your", "their", "its", "his", "her", "my",
    "each", "every", "all", "most", "some", "any", "no", "in", "for", "if", "when", "before", "after", "but",
    "and", "so", "as", "at", "on", "by", "to", "with", "from", "of", "under", "over", "during", "while",
    "because", "although", "once", "until", "where", "which", "what", "who", "how", "why", "also", "then",
    "both", "either", "neither", "more", "further",
])
_OBJECT_NEXT = _OPENS_A_CLAUSE | {"it", "them", "him", "me", "us", "you", "up", "out", "off", "down", "online"}
_DETERMINERS = frozenset(["a", "an", "the", "this", "that", "these", "those", "their", "your", "our", "his", "her", "its", "my", "every", "each"])
# Prepositions that follow a verb more often than a name in a list ("sessions *run from* 1 to 19 March")
_AFTER_A_VERB = frozenset(["from", "to", "until", "into", "onto", "at", "on", "with", "by"])
_CLAUSE_NUMBER = re.compile(r"^\d{1,3}(?:\.\d{1,3})*\.?\s+")
_NAMES_LIST_WORDS = 30


def named_by_heading(u: Unit) -> str | None:
    """The heading a section's opening sentence is the rest of, when it has no verb of its own:
    "Personal data used" over "Names, contracted hours, availability, training records and sickness
    absence dates.", "Lawful basis" over "Legitimate interests (UK GDPR Article 6(1)(f))." Alone, such a
    sentence is a list of names that says nothing; it is shown after its heading. None for a
    sentence with a verb, one that says the heading's words itself, or one under no heading.
    Told without a tagger, by what a sentence with a verb has (an auxiliary, a subject pronoun, an
    opening word or a verb before its object: "…staff *asked about*…"): a few verbless sentences
    are missed, which then stand as before."""
    heading = section_heading(u.passage.section)
    text = _CLAUSE_NUMBER.sub("", strip_marker(u.text).strip(), count=1)
    w = re.findall(r"[A-Za-z][\w'’-]*|\d[\w.,]*", text)
    if (u.is_item or u.cont or not heading or len(heading.split()) > HEADING_WORDS or len(w) < 2 or len(w) > _NAMES_LIST_WORDS
            or not u.passage.text.lstrip().startswith(u.text.strip()[:40]) or _HAS_VERB.search(text)):
        return None
    if w[0].lower() in _OPENS_A_CLAUSE or w[1].lower() in _OBJECT_NEXT or re.match(r"^[A-Z]\.\s", text):
        return None
    if sum(a[:1].isupper() for a in w) * 2 > len(w) + 1 and text.count(",") < 2:
        return None  # a heading of its own, in title case ("National Security And Intelligence Activities"); not a
        # list of names ("UNISON, Royal College of Nursing, Unite, GMB" under "Recognised trade unions")
    if any(re.fullmatch(r"[a-z]+(?:ed|[^su]s)", a) and b.lower() in _OBJECT_NEXT - {"and", "or", "but", "both", "either", "neither"}
           or (a.islower() or a is w[0]) and a.lower() not in _OPENS_A_CLAUSE and b.lower() in _DETERMINERS | _AFTER_A_VERB
           for a, b in itertools.pairwise(w)):
        return None  # "…staff asked about…", "…the ILO acknowledges the…", "Examples include a child…", "Check the…"
    if set(content_terms(heading)) <= set(content_terms(text)):
        return None  # "How to apply" over "Apply online through the jobs portal."
    return heading.rstrip(":")
HEADING_WORDS = 8


_GREETING = re.compile(r"^(?:dear|hi|hello|good (?:morning|afternoon)|annwyl|helo|shwmae)\b[^.!?:;]{0,50},?$", re.I)
# Thanks, hopes and offers that open or close a letter or an email; with a comma (a clause
# more) or over 14 words, the sentence is kept, as it may say something.
_COURTESY = re.compile(
    r"^(?:(?:thank you|thanks|many thanks)(?: (?:very|so) much)? for\b|i hope (?:this|that|you)\b|"
    r"hope you(?:'re| are) well\b|please (?:do not|don't) hesitate\b|please let me know if you have any\b|"
    r"i look forward to\b|diolch (?:yn fawr )?am\b)", re.I)


def _bare(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


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
            if not says_something(text) and not heading_names_it(text, p.section):
                continue
            if _bare(text) == _bare(p.title):
                continue  # the document's title, kept as a line of its title block, says only what it is
            unit = Unit(rank, p, sent.idx, s, e, text, leading_marker(text) is not None)
            last = units[-1] if units else None
            if not unit.is_item and last is not None and last.in_list and _same_line(last, unit):
                unit.cont = True
            units.append(unit)
            embs.append(sent.embedding)
    for u, nxt in itertools.pairwise(units):  # (ingest cut a run-in list's sentence into its intro and items)
        u.runs_in = FIRST_ITEM.match(nxt.text) is not None and not _lettered(u) and _same_line(u, nxt)
    return units, (np.vstack(embs) if embs else np.zeros((0, 384), dtype=np.float32))


READ_CHUNKS = 120  # of one document read whole, at most: its opening (a summary, its Welsh twins)


def document_units(kb: KnowledgeBase, snap: Snapshot, doc_id: str) -> list[Unit]:
    """The units of a document in order, from its first `READ_CHUNKS` chunks."""
    passages: list[Passage] = []
    for ordinal in range(READ_CHUNKS):
        chunk = snap.by_position.get((doc_id, ordinal))
        if chunk is None:
            break
        passages.append(as_passage(chunk))
    return build_units(passages, kb.sentences_for_chunks([p.chunk_id for p in passages]))[0]


def spoken_of(terms: Iterable[str], here: set[str], bridged: dict[str, set[str]]) -> list[str]:
    """The (stemmed) question terms a text with terms `here` speaks of: in the question's
    own word, or in a word an expansion rule searches it as (`expand.synonyms`: "spy" where
    the text says "monitor", "ring" where it says "phone")."""
    return [t for t in terms if t in here or bridged.get(t, set()) & here]


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
    bridged = synonyms(question)
    for u, row in zip(units, sims, strict=True):
        u.sim = float(row.max())
        overlap = sum(weight_of(t) for t in spoken_of(qterms, set(content_terms(u.text)), bridged)) / q_total if q_total else 0.0
        u.score = float(row.max()) + OVERLAP_WEIGHT * overlap + prior(u)
        if duty_q and states_duty(u.text):
            u.score += DUTY_BONUS
        # A question after a number, date or name prefers the units that have one.
        # A unit without the kind of fact asked for can't answer; one with it leads.
        if specific and answer_type_gap(question, typed_text(tidy(u.text), u.passage.section)) is None and anchored(
            question, f"{u.passage.section}\n{u.passage.text}"
        ):
            u.score += 0.35


def next_chunk(a: Unit, b: Unit) -> bool:
    """b is in a's chunk or the one right after it in the same document."""
    pa, pb = a.passage, b.passage
    return pa.doc_id == pb.doc_id and (pb.chunk_id == pa.chunk_id or pb.ordinal == pa.ordinal + 1)


# A sentence too long to embed whole is cut by ingest between two chunks, at a word: "…disclose to the Recipient or
# the Recipient’s" | "Group Parties during the course of the Matter…". The first part ends on no full stop, on a word
# no sentence ends with (or the rest starts in lower case); a heading or a list item without a full stop is short.
_CLOSED = re.compile(r"[.!?;:…][\"”’')\]]*\s*$")
_OPEN_END = re.compile(
    r"(?:[,(/\-–—]|\b(?:the|a|an|and|or|nor|of|to|in|on|for|by|with|from|into|that|which|who|whom|whose|its|their|our|"
    r"your|his|her|any|all|each|such|as|at|than|is|are|be|been|was|were|has|have|had|shall|will|would|may|must|can|"
    r"not|including|between)|['’]s)\s*$", re.I)
CUT_WORDS = 15  # the first part of a cut sentence is at least this long


def rest_of_sentence(a: Unit, units: Iterable[Unit]) -> Unit | None:
    """The rest of `a`'s sentence when ingest cut it where `a`'s chunk ends: the first sentence of the next
    chunk, or the one after a running head in capitals that the source put in mid-sentence ("…or the Recipient’s"
    / "MUTUAL NON-DISCLOSURE AGREEMENT" / "Group Parties during…"). None when `a` ends its sentence."""
    pa = a.passage
    if pa.end - a.end > 2 or _CLOSED.search(a.text) is not None or len(a.text.split()) < CUT_WORDS:
        return None
    nxt = sorted((u for u in units if u.passage.doc_id == pa.doc_id and u.passage.ordinal == pa.ordinal + 1),
                 key=lambda u: u.start)
    if not nxt:
        return None
    b = nxt[0]
    between = b.passage.text[: max(0, b.start - b.passage.start)]
    if b.start - a.end > 2 and not (b.start - a.end <= len(between) + 2 and _RUNNING_HEAD.match(between.strip())):
        return None
    if _running_head(b) and len(nxt) > 1 and nxt[1].start - b.end <= 2:
        b = nxt[1]
    if _running_head(b) or not (b.text[:1].islower() or _OPEN_END.search(a.text) is not None):
        return None
    if b.is_item or b.text.lstrip()[:1] in "•-*" or CLAUSE_START.match(b.text):
        return None  # the next item or clause ("…; and" / "3.3.2 ask the court…") starts its own
    return b


def start_of_sentence(b: Unit, units: Iterable[Unit]) -> Unit | None:
    """The start of `b`'s sentence, when ingest cut it where the chunk before `b`'s ends (`rest_of_sentence`)."""
    pb = b.passage
    units = list(units)
    last = max((u for u in units if u.passage.doc_id == pb.doc_id and u.passage.ordinal == pb.ordinal - 1),
               key=lambda u: u.start, default=None)
    return last if last is not None and rest_of_sentence(last, units) is b else None


# A line in capitals, a document's title repeated at the top of a page ("MUTUAL NON-DISCLOSURE AGREEMENT").
_RUNNING_HEAD = re.compile(r"^[^a-z\n]{3,120}$")


def _running_head(u: Unit) -> bool:
    text = u.text.strip()
    return _RUNNING_HEAD.match(text) is not None and text.isupper() and len(text.split()) <= 12


# The operative words of a contract ("NOW, THEREFORE, in consideration of the mutual promises…, the
# parties agree as follows:") introduce the whole agreement: shown over one clause, they say nothing.
_AGREE_AS_FOLLOWS = re.compile(r"\bagree[ds]?\b[^:]{0,60}\bas follows\s*:\s*$|^\W*now,?\s+therefore\b[^:]*:\s*$", re.I)


# A clause's lettered or roman items under its intro ("2.1 It is recommended that Cabinet:" /
# "(a) approves …;" / "(b) …"): a list, though not marked as one.
_LETTERED = re.compile(rf"^\s*\((?:{ITEM_LABEL})\)\s+\S")


def _lettered(u: Unit) -> bool:
    return _LETTERED.match(u.text) is not None


def _between(a: Unit, b: Unit) -> str | None:
    """The text between unit a and a later unit b of the same passage; None across passages."""
    return a.passage.text[a.end - a.passage.start : b.start - a.passage.start] if a.passage is b.passage else None


def _same_line(a: Unit, b: Unit) -> bool:
    """Is b a further sentence on a's line (of the same item)?"""
    gap = _between(a, b)
    return gap is not None and "\n" not in gap


def _own_line(intro: Unit, item: Unit) -> bool:
    """Does the intro end its line and the item open the next?"""
    gap = _between(intro, item)
    return gap is not None and not gap.strip() and "\n" in gap


def _opens_letters(units: list[Unit], j: int) -> bool:
    """Does unit j end with ":" and have lettered items on their own lines after it?"""
    return (units[j].text.rstrip().endswith(":") and j + 1 < len(units) and not units[j + 1].is_item
            and _lettered(units[j + 1]) and _own_line(units[j], units[j + 1]))


_CLAUSE_NUMBER = re.compile(r"\s*(\d{1,3})[.)]\s")


def _next_clause(intro: Unit, u: Unit, last: Unit) -> bool:
    """Is u numbered as the clause after the intro's own ("4. Nothing in this undertaking prevents me from:"
    … "5. Information that is already public…"), and not as the next of the list's own items (an intro
    numbered "2." over items "1." to "4.")? Then it is the intro's sibling, and the list ended before it."""
    a, b, c = (_CLAUSE_NUMBER.match(x.text) for x in (intro, u, last))
    if a is None or b is None or int(b.group(1)) != int(a.group(1)) + 1:
        return False
    return c is None or last is intro or int(c.group(1)) + 1 != int(b.group(1))


def blocks_of(units: list[Unit]) -> list[Block]:
    """Group units into blocks: an intro ending in ':' with the items after it."""
    blocks: list[Block] = []
    i = 0
    while i < len(units):
        u = units[i]
        nxt = units[i + 1] if i + 1 < len(units) else None
        if _AGREE_AS_FOLLOWS.search(u.text.strip()):
            i += 1  # the clauses after it stand as they are
            continue
        if u.runs_in:  # "…any information which" and its items "(a) …", "(b) …", to the end of their sentence
            group = [u]
            j = i + 1
            while j < len(units) and _lettered(units[j]) and _same_line(group[-1], units[j]):
                group.append(units[j])
                j += 1
            blocks.append(Block(group))
            i = j
            continue
        if u.text.rstrip().endswith(":") and nxt is not None and (nxt.is_item or (_lettered(nxt) and _own_line(u, nxt))):
            group = [u]
            j = i + 1
            # (lettered items under a numbered clause end at the next clause: "3. The Supplier shall…")
            lettered = not nxt.is_item
            while j < len(units) and units[j].passage.chunk_id == u.passage.chunk_id and not _next_clause(u, units[j], group[-1]) and (
                (units[j].in_list and not (lettered and units[j].is_item)) or (_lettered(units[j]) and _own_line(group[-1], units[j]))
                or (_lettered(group[-1]) and _same_line(group[-1], units[j]))
            ):
                group.append(units[j])
                j += 1
            # A list that carries on into the next chunk of the document (not past a heading: the
            # "Version control" table after a policy's last list is no more of it).
            while j < len(units) and units[j].in_list and not (lettered and units[j].is_item) and next_chunk(group[-1], units[j]) and (
                    not _next_clause(u, units[j], group[-1])) and (
                    units[j].passage.section == group[-1].passage.section):
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
            # (up to a clause that opens lettered ones, "2. The Supplier shall not:" over "(a) use…;":
            # it is their intro, and they are read with it)
            while j < len(units) and units[j].in_list and units[j].passage.chunk_id == u.passage.chunk_id and not _opens_letters(units, j):
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
