"""What a document is about: "what's this letter about?", "summarise this", "what are the
main points?", "what is this policy for?", asked of the documents the user chose.

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
- of several documents chosen, each one's lead, in the order retrieval ranked them.

Left out: ranking sections by importance (the document's order is the order its writer
chose), and documents past their first `units.READ_CHUNKS` chunks (a 300-page handbook's
summary is its opening, not all of it).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Literal

from assistant.answer.bilingual import Twins, one_language
from assistant.answer.features import heading_like, leans_back
from assistant.answer.units import Block, Unit, blocks_of, document_units
from assistant.text.clean import is_sign_off
from assistant.text.lexical import content_terms
from assistant.text.markers import strip_marker

if TYPE_CHECKING:
    from assistant.store.knowledge_base import KnowledgeBase, Snapshot

Overview = Literal["summary", "purpose"]

# What people call the document they ask about ("what's this letter about?").
DOCUMENT_KINDS = (
    "letter|document|doc|policy|procedure|agreement|contract|notice|minutes|handbook|guidance|guide|report|"
    "schedule|assessment|statement|memo|email|e-mail|strategy|plan|charter|code|paper|briefing|proposal|"
    "presentation|deck|slides|thread|file|consultation|dpia|eia|terms|framework|protocol|form|leaflet|agenda"
)
_SUMMARY = re.compile(
    r"summar|\bsum\s+(?:it\s+|this\s+|that\s+)?up\b|\btl;?\s?dr\b|\boverview\b|\bgist\b|\b(?:main|key)\s+points?\b"
    r"|\babout\b|\bexplain\s+(?:this|it|that|the\s+\w+)\s*[?.!]*$"
    r"|\bwhat\s+(?:does|do|did)\s+(?:it|this|that|they|these|the\s+[\w-]+)\s+say\s*[?.!]*$"
    rf"|^\W*what(?:'s|’s|\s+is)\s+(?:this|it)(?:\s+(?:{DOCUMENT_KINDS}))?\s*[?.!]*$",
    re.I,
)
_PURPOSE_Q = re.compile(
    r"\b(?:purpose|aims?|objectives?)\b|\bpoint\s+of\b|\bwhat(?:'s|’s|\s+is|\s+are)\b.*\bfor\s*[?.!]*$"
    r"|\bwhy\b.*\b(?:written|sent|issued|published|produced|introduced|needed)\b",
    re.I,
)
# The words an overview question is made of, besides the document's own name: a question with
# any other word ("summarise what it says about monitoring") asks about that.
_OVERVIEW_WORDS = frozenset(content_terms(
    "summarise summarize summary summaries sum up tldr tl dr overview gist main key points point purpose aim aims "
    "objective objectives say says quick short brief briefly nutshell whole give please explain simple plain "
    "words doing written sent issued published produced introduced needed can could would "
    + DOCUMENT_KINDS.replace("|", " ")
))

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


def overview_asked(question: str, title: str = "") -> Overview | None:
    """"summary" for "what's this about?", "summarise the letter", "what are the main
    points?"; "purpose" for "what is this policy for?", "what's the purpose of it?"; None
    for any question that names something else to ask about."""
    purpose, summary = _PURPOSE_Q.search(question), _SUMMARY.search(question)
    if not (purpose or summary):
        return None
    if set(content_terms(question)) - _OVERVIEW_WORDS - set(content_terms(title)):
        return None
    return "purpose" if purpose else "summary"


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
    listed = {id(u) for b in blocks if len(b.units) > 1 for u in b.units[1:]}
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


def overview(
    kb: KnowledgeBase, snap: Snapshot, doc_ids: list[str], kind: Overview, budget: int, twins: Twins
) -> tuple[Block, list[Block], list[Block]] | None:
    """(lead, points, more) read from the documents, or None when none has a statement. The
    Welsh twins of a bilingual document's English sentences are added to `twins`."""
    read = {d: _read(kb, snap, d, twins) for d in doc_ids}
    said = {d: _said(units, blocks) for d, (units, blocks) in read.items()}
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
