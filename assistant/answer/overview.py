"""What a document is about: "what's this letter about?", "summarise this", "what are the
main points?", "what is this policy for?", and what it asks, lets and dates as a whole ("what
do I need to do?", "what rights do I have?", "what are the key dates?"), asked of the documents
the user chose.

Nothing in such a question is a topic to search for, so retrieval has nothing to match,
and the answer is read from the document's structure instead, in its own words:

- the lead is the document's statement of its purpose ("This policy explains how…", "The
  purpose of this report is…", "I am writing to…"), else the first sentence of a section
  headed "Purpose", "Introduction", "Summary" (or their Welsh), else its first sentence
  that is a statement (not its title, a heading, a "Date: …" field or a greeting);
- a summary's points are the first statement of each later section in order (a list with
  its intro, whole); a document with fewer sections than that (a letter, an email) gives
  the first statement of each later paragraph. They stop at the persona's budget of points,
  and the rest go to "More from the documents";
- of several documents chosen, each one's lead, in the order retrieval ranked them;
- duties, rights and dates are the document's statements of that kind, in its order: what it
  asks of its reader ("must", "should", "please", "never", an instruction; asked by a manager
  of a document written to staff, what it says their manager, the Head of Service or the
  Council will or must do; a table row that says whose step it is, "Who: Head of Service",
  goes to whoever it names), what it lets a person do ("An
  officer may ask…", not "Footage may be viewed by…"), each sentence or field with a date
  (unless a section is headed "Timeline" or "Key dates": retrieval finds that section). A
  document with none is searched as any question is.

A question is one of these only when it names nothing else: each of its words is one such
questions are made of, a word of the document's title, or a word the document uses
throughout ("officers" in a procedure for officers).

Left out: ranking sections by importance (the document's order is the order its writer
chose), and documents past their first `units.READ_CHUNKS` chunks (a 300-page handbook's
summary is its opening, not all of it).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Literal

from assistant.answer.bilingual import Twins, one_language
from assistant.answer.features import heading_like, leans_back
from assistant.answer.units import Block, Unit, blocks_of, document_units
from assistant.text.clean import is_sign_off
from assistant.text.lexical import content_terms
from assistant.text.markers import strip_marker

if TYPE_CHECKING:
    from assistant.store.knowledge_base import KnowledgeBase, Snapshot

Overview = Literal["summary", "purpose", "duties", "rights", "dates", "commitments"]

# What people call the document they ask about ("what's this letter about?").
DOCUMENT_KINDS = (
    "letter|document|doc|policy|procedure|agreement|contract|notice|minutes|handbook|guidance|guide|report|"
    "schedule|assessment|statement|memo|email|e-mail|strategy|plan|charter|code|paper|briefing|proposal|"
    "presentation|deck|slides|thread|file|consultation|dpia|eia|terms|framework|protocol|form|leaflet|agenda"
)
_SUMMARY = re.compile(
    r"summar|\bsum\s+(?:it\s+|this\s+|that\s+)?up\b|\btl;?\s?dr\b|\boverview\b|\bgist\b|\b(?:main|key)\s+points?\b"
    # ("what are they doing about it?" asks what is done, not what it is about)
    r"|(?<!\bdoing )(?<!\bdo )(?<!\bdone )\babout\b|\bexplain\s+(?:this|it|that|the\s+\w+)\s*[?.!]*$"
    r"|\bwhat\s+(?:does|do|did)\s+(?:it|this|that|they|these|the\s+[\w-]+)\s+say\s*[?.!]*$"
    # "I got this letter, what does it mean?"
    r"|\bwhat\s+(?:does|do)\s+(?:it|this|that|the\s+[\w-]+)\s+mean\s*[?.!]*$"
    rf"|^\W*what(?:'s|’s|\s+is)\s+(?:this|it)(?:\s+(?:{DOCUMENT_KINDS}))?\s*[?.!]*$",
    re.I,
)
_PURPOSE_Q = re.compile(
    r"\b(?:purpose|aims?|objectives?)\b|\bpoint\s+of\b|\bwhat(?:'s|’s|\s+is|\s+are)\b.*\bfor\s*[?.!]*$"
    r"|\bwhy\b.*\b(?:written|sent|issued|published|produced|introduced|needed)\b",
    re.I,
)
# "What do I need to do?", "what are my responsibilities?": what the document asks of its reader.
_DUTIES_Q = re.compile(
    r"\bwhat\s+(?:do|does|should|must|shall)\s+(?:i|we|you|they|staff|\w+s)\s+(?:(?:need|have|got)\s+to\s+|actually\s+)?do\b"
    r"|\bresponsibilit|\bduties\b|\bobligations?\b|\bwhat\s+(?:am|are|is)\s+(?:i|we|you|staff|\w+s)\s+"
    r"(?:expected|required|supposed|meant|asked)\s+to\b|\bwhat\s+(?:is|are)\s+expected\s+of\b",
    re.I,
)
# "What should we ask for in writing?", "what has the council promised?", "what protections are
# there?": what the employer commits to in the document, which a rep holds it to.
_COMMITMENTS_Q = re.compile(
    r"\bwhat\s+(?:should|can|could|do|must|shall)\s+(?:we|i)\s+(?:(?:ask|push|press|fight)\s+(?:for|them\s+for)|raise|bring\s+up)\b"
    r"|\bwhat\s+(?:has|have|did)\s+(?:they|the\s+\w+)\s+(?:promised?|committed?|undert(?:aken|ake|ook)|guaranteed?)\b"
    r"|\bhold\s+(?:them|it|the\s+\w+)\s+to\b|\bwhat\s+(?:protections?|safeguards?|guarantees?)\b",
    re.I,
)
# "What rights do I have?", "what am I entitled to?"
_RIGHTS_Q = re.compile(r"\brights?\b|\bentitle\w*|\bwhat\s+can\s+(?:i|we|you|staff|\w+s)\s+(?:ask|request|do)\b", re.I)
# "What are the key dates?", "what's the timetable?"
_DATES_Q = re.compile(r"\b(?:key|important|main)\s+dates\b|\bdates\b|\btimeline\b|\btimetable\b|\bschedule\s+of\b"
                      r"|\bwhen\s+(?:is|are|does|do)\s+(?:everything|it\s+all|things)\b", re.I)
# The words such a question is made of, besides the document's own name: a question with any
# other word ("summarise what it says about monitoring", "what must I do about lost cameras?")
# asks about that. A word the documents use throughout ("officer" in a procedure for officers)
# does not narrow the question either (`_throughout`).
_OVERVIEW_WORDS = frozenset(content_terms(
    "summarise summarize summary summaries sum up tldr tl dr overview gist main key points point purpose aim aims "
    "objective objectives say says quick short brief briefly nutshell whole give please explain simple plain "
    "words doing written sent issued published produced introduced needed can could would need needs have has "
    "got do does responsibilities responsibility duties duty obligations obligation expected required supposed "
    "meant rights right entitled entitlements entitlement request important dates date timeline timetable "
    "schedule everything things actually under get gets receive receives received mean means "
    "ask push press fight raise bring writing write promised promise committed commit undertaken guaranteed hold protections "
    "protection safeguards guarantees members staff us "
    + DOCUMENT_KINDS.replace("|", " ")
))
# A question that asks who, where, which or how much is not asking what a document is about.
_NAMES_ANOTHER = re.compile(r"^\W*(?:who|whom|whose|where|which|how\s+(?:much|many|long|often|soon|do|does|can|should))\b", re.I)
# A section that holds the dates ("Timeline", "Key dates") answers "what are the dates?" itself.
_DATES_HEADING = re.compile(r"\b(?:timeline|timetable|key\s+dates|dates|schedule|amserlen)\b", re.I)
_DUTY = re.compile(
    r"\b(?:must|should|shall|need\s+to|needs\s+to|have\s+to|has\s+to|(?:is|are)\s+required\s+to|"
    r"(?:is|are)\s+responsible\s+for|please)\b|^(?:do\s+not|don't|never|always)\b",
    re.I,
)
# A right is a person's: "An officer may ask to view footage", not "Footage may be viewed by…".
_RIGHT = re.compile(
    r"\b(?:you|we|employees?|staff|officers?|workers?|members?|drivers?|colleagues?|anyone|everyone|applicants?|"
    r"representatives?|reps?|individuals?)\b[^.;:]{0,60}?\b(?:may|can|(?:is|are)\s+entitled\s+to|(?:has|have)\s+the\s+right\s+to|"
    r"will\s+be\s+(?:offered|given))\b(?!\s+not\b)",
    re.I,
)
_DATE = re.compile(
    r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:and\s+\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)\b|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"\s+(?:19|20)\d\d\b|\b\d{1,2}/\d{1,2}/(?:19|20)?\d\d\b"
)
# A document written to staff names their manager's part in the third person ("Your manager
# will meet you within 14 days", "The Head of Service will arrange a meeting…"): that is what
# it asks of a manager who reads it.
_ADDRESSES_STAFF = re.compile(r"\byour\s+(?:line\s+)?manager\b", re.I)
_MANAGER_DUTY = re.compile(
    r"^(?:your\s+(?:line\s+)?manager|the\s+(?:line\s+|hiring\s+|investigating\s+)?manager|(?:line\s+)?managers|"
    r"the\s+head\s+of\s+[\w ]{1,30}?|heads\s+of\s+service|the\s+(?:council|employer|organisation|authority|panel|chair)|we)"
    r"\s+[^.;:]{0,80}?\b(?:will|must|should|shall|(?:is|are)\s+required\s+to|(?:is|are)\s+responsible\s+for|"
    r"needs?\s+to|has\s+to|have\s+to)\b(?!\s+not\b)",
    re.I,
)
# Whose step a table row is ("Who: Head of Service", "Owner: HR", "Action by: Employee").
_ROW_WHO = re.compile(r"(?:^|;\s)(?:who|owner|responsible|lead|action\s+by|by\s+whom)\s*:\s*(?P<who>[^;]+)", re.I)
_MANAGING_ROLE = re.compile(
    r"\b(?:manager|head\s+of|director|hr|human\s+resources|council|employer|supervisor|team\s+leader|panel|chair)\b", re.I
)
_STAFF_ROLE = re.compile(r"\b(?:employee|you|staff|worker|officer|member|applicant|individual)s?\b", re.I)
# What a procedure tells its reader to do, in the imperative: "Complete the request form and
# send it to your line manager.", "Report a lost camera at once."
_IMPERATIVE = re.compile(
    r"^(?:complete|send|submit|return|fill\s+in|tell|report|contact|phone|ring|call|email|e-mail|write|speak|talk|ask|"
    r"raise|book|check|read|keep|make\s+sure|ensure|follow|use|wear|log|record|give|let|take|press|save|attach|include|"
    r"notify|inform|apply|request|agree|arrange|discuss|say|state|provide|sign)\s+(?!(?:it|this|that)\s+(?:is|was)\b)",
    re.I,
)
# What the employer says it will or won't do ("The Council will not use keystroke logging…"), and what
# it says will not be done to staff ("Individual analytics data will not be used in appraisals…").
_COMMITS = re.compile(
    r"^(?:\d+(?:\.\d+)*\.?\s+)?(?:the\s+(?:council|employer|organisation|authority|company|board)|we|(?:line\s+)?managers|"
    r"your\s+(?:line\s+)?manager)"
    r"\s+[^.;:]{0,80}?\b(?:will|must|shall|may\s+not|cannot|can\s+not|(?:is|are)\s+required\s+to|agrees?\s+to)\b",
    re.I,
)
_PROTECTS = re.compile(r"\b(?:will|must|shall|may|can)\s+(?:not|never)\s+be\s+\w+|\bwill\s+never\b", re.I)
_REFUSES = re.compile(r"\b(?:will|must|shall|may|can)\s+(?:not|never)\b|\bcannot\b", re.I)
THROUGHOUT = 0.25  # a word in at least this share of a document's statements is its common topic

_STATES_PURPOSE = re.compile(
    r"^(?:the\s+)?(?:main\s+)?(?:purpose|aim|aims|objective|intention)\s+of\s+(?:this|the|these)\b"
    rf"|^(?:this|these|the)\s+(?:[\w-]+\s+){{0,4}}?(?:{DOCUMENT_KINDS})s?\b[^.;:]{{0,60}}?\b(?:explains?|sets?\s+out|"
    r"describes?|covers?|outlines?|summari[sz]es?|gives?|provides?|is\s+about|is\s+to|aims?|exists?|asks?|seeks?|"
    r"tells?|confirms?|proposes?|invites?|is\s+intended|is\s+designed|establishes?|records?|informs?|is\s+being\s+sent)\b"
    r"|^(?:i|we)\s+(?:am|are)\s+writing\b|^(?:i|we)\s+write\s+to\b",
    re.I,
)
_PURPOSE_HEADING = re.compile(
    r"\b(?:purpose|aims?|introduction|overview|summary|about\s+this|diben|cyflwyniad|crynodeb|nod)\b", re.I
)
_LEANS_ON_QUESTION = re.compile(r"^(?:yes|no|not yet)\b[.,!]", re.I)  # a FAQ's answer: "No. Using Copilot is optional…"
_FIELD = re.compile(r"^[\w’' ()/-]{1,30}:\s+\S")  # "Date: 20 November 2026", "Report of: Director of …"


def overview_asked(question: str, title: str = "", throughout: AbstractSet[str] = frozenset()) -> Overview | None:
    """What a question asks of a document as a whole, or None when it names something else to
    ask about: "summary" ("what's this about?", "summarise the letter", "what are the main
    points?"), "purpose" ("what is this policy for?"), "duties" ("what do I need to do?"),
    "rights" ("what rights do I have?"), "dates" ("what are the key dates?")."""
    kind: Overview | None = (
        "commitments" if _COMMITMENTS_Q.search(question)
        else "duties" if _DUTIES_Q.search(question) else "rights" if _RIGHTS_Q.search(question)
        else "dates" if _DATES_Q.search(question) else "purpose" if _PURPOSE_Q.search(question)
        else "summary" if _SUMMARY.search(question) else None
    )
    if kind in ("summary", "purpose") and _NAMES_ANOTHER.match(question):
        return None  # "who do I ask about it?" asks who
    if kind is None or set(content_terms(question)) - _OVERVIEW_WORDS - set(content_terms(title)) - throughout:
        return None
    return kind


def _throughout(units: list[Unit]) -> frozenset[str]:
    """The words a document uses in at least `THROUGHOUT` of its statements (three at least)."""
    counts: Counter[str] = Counter(t for u in units for t in set(content_terms(u.text)))
    need = max(3, THROUGHOUT * len(units))
    return frozenset(t for t, n in counts.items() if n >= need)


def _statement(u: Unit) -> bool:
    """A sentence that says something on its own: not a title ("Cyngor Sir Glan-y-Môr — Fleet
    Services."), a heading, a field, a sign-off, an answer to a question not shown ("No. …"), or a sentence
    that leans on the one before it ("Nobody will be disciplined for choosing not to use it.")."""
    text = strip_marker(u.text).strip()
    return (
        not u.cont and len(re.findall(r"\b[a-z][a-z'’-]*\b", text)) >= 3 and not heading_like(text)
        and not _FIELD.match(text) and not is_sign_off(text) and not _LEANS_ON_QUESTION.match(text) and not leans_back(text)
        and not text.endswith((";", ","))  # an item of a list whose intro was lost
    )


def _said(units: list[Unit], blocks: list[Block]) -> list[Unit]:
    """The statements a summary may start from: not an item of a list under an intro (the
    intro, with its list, speaks for it); and, when the document has headings, not the text
    over its first one (a title block: "Version 2.1, approved by Cabinet on 14 March 2026.")."""
    # (Numbered paragraphs in a row are a block too, but each is a statement of its own.)
    listed = {id(u) for b in blocks if len(b.units) > 1 and b.units[0].text.rstrip().endswith(":") for u in b.units[1:]}
    said = [u for u in units if _statement(u) and id(u) not in listed]
    headed = [u for u in said if u.passage.section]
    if not headed:
        return said
    before = said[: said.index(headed[0])]
    return said if any(_STATES_PURPOSE.search(strip_marker(u.text).strip()) for u in before) else headed


def _block_of(u: Unit, blocks: list[Block]) -> Block:
    """The unit with the list it introduces ("…will be told:"), or alone; a numbered paragraph
    is not the first of a list of the paragraphs after it."""
    if not u.text.rstrip().endswith(":"):
        return Block([u])
    return next((b for b in blocks if b.units[0] is u), Block([u]))


def _read(kb: KnowledgeBase, snap: Snapshot, doc_id: str, twins: Twins) -> tuple[list[Unit], list[Block]]:
    """The document's units in order (a bilingual one's in English, its Welsh twins added to `twins`)."""
    units, found = one_language(document_units(kb, snap, doc_id))
    twins.update(found)
    return units, blocks_of(units)


def _lead(said: list[Unit]) -> Unit | None:
    return (
        next((u for u in said if _STATES_PURPOSE.search(strip_marker(u.text).strip())), None)
        or next((u for u in said if _PURPOSE_HEADING.search(u.passage.section.split("›")[-1])), None)
        or next(iter(said), None)
    )


def _starts_paragraph(u: Unit) -> bool:
    at = u.start - u.passage.start
    return at <= 0 or u.passage.text[at - 1] == "\n"


def _openers(said: list[Unit], lead: Unit) -> list[Unit]:
    """The first statement of each section after the lead's; of each paragraph after it when
    the document has too few sections to summarise it by."""
    after = [u for u in said if u.start > lead.start]
    by_section: dict[str, Unit] = {}
    for u in after:
        if u.passage.section != lead.passage.section:
            by_section.setdefault(u.passage.section, u)
    if len(by_section) >= 2:
        return list(by_section.values())
    return [u for u in after if _starts_paragraph(u)]


def _says(kind: Overview, block: Block, managing: bool = False, staff: bool = False) -> bool:
    text = " ".join(strip_marker(u.text).strip() for u in block.units)
    first = strip_marker(block.units[0].text).strip()
    who = _ROW_WHO.search(first) if kind == "duties" else None
    if who is not None and (managing or staff):
        # A table row that says whose step it is ("Step: Grievance meeting; Who: Head of Service"):
        # a manager's if a manager's role, the reader's if theirs.
        return bool((_MANAGING_ROLE if managing else _STAFF_ROLE).search(who.group("who")))
    if kind == "duties" and managing:
        return bool(_MANAGER_DUTY.search(first))
    if kind == "duties" and staff and _MANAGER_DUTY.search(first):
        return False  # "The Council must give you a decision…" is the Council's to do, not the reader's
    if kind == "duties":
        # (An imperative item of a list is one of a job's or a slide's many lines, most with verbs
        # no list of imperatives has: "Handle enquiries…", "Support residents…".)
        told = _IMPERATIVE.match(first) is not None and not block.units[0].is_item
        return bool(_DUTY.search(first) or told or (len(block.units) > 1 and _DUTY.search(text)))
    if kind == "rights":
        return bool(_RIGHT.search(first))
    if kind == "commitments":
        return bool(_COMMITS.search(first) or _PROTECTS.search(first))
    return bool(_DATE.search(text))


def _listing(kind: Overview, units: list[Unit], blocks: list[Block], said: list[Unit], manager: bool = False) -> list[Block]:
    """The document's statements of one kind, in its order: what it asks of the reader, what
    it lets them do, or its dates (a field such as "Review date: January 2029" too). Asked by a
    `manager` of a document written to staff, what it asks of their manager."""
    starts = units if kind == "dates" else said
    if kind == "duties":  # …and the rows of a table that say whose step each is (a row is a field, no statement)
        mine = {id(u) for u in said}
        starts = [u for u in units if id(u) in mine or (u.is_item and _ROW_WHO.search(strip_marker(u.text).strip()))]
    staff = kind == "duties" and any(_ADDRESSES_STAFF.search(u.text) for u in units)
    managing = manager and staff
    out: list[Block] = []
    taken: set[int] = set()
    for u in starts:
        if id(u) in taken:
            continue
        block = _block_of(u, blocks)
        if _says(kind, block, managing, staff):
            out.append(block)
            taken |= {id(x) for x in block.units}
    return out


def overview(
    kb: KnowledgeBase, snap: Snapshot, question: str, title: str, doc_ids: list[str], budget: int, twins: Twins,
    persona: str = "worker",
) -> tuple[Block, list[Block], list[Block]] | None:
    """(lead, points, more) read from the documents for a question that asks what they are about,
    or None for any other question (or when the documents have nothing of the kind). The Welsh
    twins of a bilingual document's English sentences are added to `twins`. A manager asking
    what to do is given the manager's part of a document written to staff."""
    if not any(p.search(question) for p in (_COMMITMENTS_Q, _DUTIES_Q, _RIGHTS_Q, _DATES_Q, _PURPOSE_Q, _SUMMARY)):
        return None  # before reading the documents: most questions are not about them as a whole
    read = {d: _read(kb, snap, d, twins) for d in doc_ids}
    said = {d: _said(units, blocks) for d, (units, blocks) in read.items()}
    kind = overview_asked(question, title, _throughout([u for d in doc_ids for u in said[d]]))
    if kind is None:
        return None
    if kind == "dates" and any(_DATES_HEADING.search(u.passage.section) for d in doc_ids for u in read[d][0]):
        return None  # retrieval finds that section, with its heading
    if kind in ("duties", "rights", "dates", "commitments"):
        found = [b for d in doc_ids for b in _listing(kind, *read[d], said[d], manager=persona == "manager")]
        if kind == "commitments":  # what it will not do to staff first: the protections a rep holds it to
            found.sort(key=lambda b: not _PROTECTS.search(b.units[0].text) and not _REFUSES.search(b.units[0].text))
        return (found[0], found[1 : budget + 1], found[budget + 1 :]) if found else None
    leads = {d: u for d in doc_ids if (u := _lead(said[d])) is not None}
    if not leads:
        return None
    first = next(d for d in doc_ids if d in leads)
    units, blocks = read[first]
    lead = _block_of(leads[first], blocks)
    if len(leads) > 1:
        others = [_block_of(leads[d], read[d][1]) for d in doc_ids if d in leads and d != first]
    elif kind == "summary":
        shown = {id(x) for x in lead.units}
        others = [_block_of(u, blocks) for u in _openers(said[first], leads[first]) if id(u) not in shown]
    else:
        others = []
    return lead, others[:budget], others[budget:]
