"""What a question asks of a section by its heading.

- "Who is on the committee?" of terms of reference with a section headed "Membership": the question
  names the section only in the words a phrase of it is searched as ("who is on" → membership), and
  the scorer, which weighs the question's own words, prefers the purpose's first sentence (it says
  "committee"). `heading_searched_as` finds that section; the composer lets it lead.
- "Is shared parental leave paid?" of a FAQ whose question is "Is it paid?", under the title
  "Shared Parental Leave": the question asked, with the title for its "it" (`faq_asked`).
- "What can I raise?" of a section headed "What you can raise": the question put to the reader, with
  "I" read as "you" (`restated_sections`).
- "Do I have a separate keyboard?" of a form whose field is "Do you have a separate keyboard and
  mouse?: No": the form's question, put to the reader, is the one asked (`asked_fields`).
- "What are the trigger points?" of a section headed "4. Trigger points": what the section says is
  the answer, in its order (`section_in_order`); a later clause that repeats the heading's words
  ("… will not count towards the trigger points") would otherwise lead.

Left out: headings the question names in other words than the expansion's ("who sits on it?" is;
"who's in it?" of "Membership" is not), and sections split over several retrieved passages (each
passage's own part is ordered).
"""

from __future__ import annotations

import re

from assistant.answer.abstain import distinctive_terms
from assistant.answer.labelled_lines import plural_asked
from assistant.answer.reading import leads_ok
from assistant.answer.units import Block, has_cells
from assistant.models import section_heading
from assistant.retrieval.expand import expand_query, phrase_terms, synonyms
from assistant.text.clauses import CLAUSE_START
from assistant.text.lexical import FORM_PREFIX, content_terms
from assistant.text.questions import asks_yes_or_no


def heading_searched_as(own: str, blocks: list[Block]) -> set[int]:
    """The section whose heading is what a phrase of the question with no word of its own asks for
    ("who is on the committee?" of a section headed "Membership"): its fullest block (by id).
    The scorer weighs the question's own words ("committee", in the purpose's first sentence), so a
    heading only the expansion names would not lead."""
    bridged = phrase_terms(own)
    own_terms = set(content_terms(own))
    best: dict[str, Block] = {}
    for b in blocks:
        heading = unnumbered(section_heading(b.passage.section))
        terms = set(content_terms(heading))
        if not terms or not terms <= bridged or terms & own_terms or not leads_ok(b):
            continue
        key = b.passage.section
        if key not in best or len(b.units) > len(best[key].units):
            best[key] = b
    return {id(b) for b in best.values()} if len(best) == 1 else set()


def faq_asked(own: str, blocks: list[Block]) -> list[Block]:
    """The first block of the one FAQ section whose question (its heading, ending "?") is the one
    asked: every word of the heading's is the question's, and every word of the question's is the
    heading's or its document title's ("is shared parental leave paid?" of "Is it paid?" in "Shared
    Parental Leave - Questions and Answers"). None when no section, or more than one, is."""
    asked = set(distinctive_terms(own))
    own_terms = set(content_terms(own))
    polar = asks_yes_or_no(own)
    spoken: dict[str, set[str]] = {}  # each document's words, in the blocks found: read only when needed

    def said_in(doc: str) -> set[str]:
        if doc not in spoken:
            spoken[doc] = {t for b in blocks if b.passage.doc_id == doc
                           for t in content_terms(f"{b.passage.title}\n{b.passage.text}")}
        return spoken[doc]

    synonyms_of = synonyms(own)
    bridged = {t for found in synonyms_of.values() for t in found}

    def titled(b: Block) -> set[str]:
        return set(content_terms(b.passage.title))

    firsts: dict[tuple[str, str], Block] = {}
    for b in blocks:
        heading = unnumbered(section_heading(b.passage.section))
        if not heading.endswith("?"):
            continue
        said = set(distinctive_terms(heading))
        if not said:
            # "Do I have to use it?" names nothing: a yes/no question with its words asks it, when
            # what the question names is what the document speaks of ("do I have to use the
            # fingerprint reader?" of a page about the fingerprint reader).
            words = set(content_terms(heading))
            if not (polar and words and words <= own_terms and asked and asked <= said_in(b.passage.doc_id)):
                continue
        elif not all(_same_word(t, asked | bridged) or t in titled(b) for t in said) or not all(
                t in said or t in titled(b) or _same_word(t, said) or synonyms_of.get(t, set()) and
                any(_same_word(x, said) for x in synonyms_of[t]) for t in asked):
            continue  # (in the words the question is searched as: "will I get sacked…?" asks "Will I be disciplined?";
            # a word of the heading's the page's title has is what the page is about: "will I keep my number?" asks
            # "Will I keep my phone number?" on "Teams Phone: your questions answered")
        key = (b.passage.doc_id, b.passage.section)
        if key not in firsts or b.units[0].start < firsts[key].units[0].start:
            firsts[key] = b
    return list(firsts.values()) if len(firsts) == 1 else []


def _same_word(term: str, pool: set[str]) -> bool:
    """Is the stem in `pool`, or one form of a word with a stem there that the stemmer kept apart ("disciplin",
    "disciplinari"): one a prefix of the other, the shorter `FORM_PREFIX` letters at least?"""
    return term in pool or (len(term) >= FORM_PREFIX and any(
        len(p) >= FORM_PREFIX and (p.startswith(term) or term.startswith(p)) for p in pool))


def unnumbered(heading: str) -> str:
    """A heading without its clause number ("4. Trigger points" → "Trigger points")."""
    return CLAUSE_START.sub("", heading, count=1).strip()


# "What are the trigger points?", "what's the quorum?": what a section of that heading says.
_WHAT_IS = re.compile(r"^\W*what(?:'s|’s| is| are) (?:the |our |your |my |their )?(?P<asked>[\w\s'’-]+?)\W*$", re.I)
# …and "what data is shared?" of a section headed "Data shared": its noun, then its verb.
_WHAT_X_IS = re.compile(r"^\W*what (?P<noun>[\w'’-]+(?: [\w'’-]+)?) (?:is|are|will be|gets?) (?P<verb>[\w'’-]+)\W*$", re.I)


def section_in_order(lead: Block, others: list[Block], own: str) -> tuple[Block, list[Block]]:
    """"What are the trigger points?" of a section headed "Trigger points": what the section says,
    in its order. Its first clause says what they are; a later one ("Absence related to a disability
    … will not count towards the trigger points") has the question's words and outscores it."""
    m = _WHAT_IS.match(own)
    asked = m.group("asked") if m else (f"{x.group('noun')} {x.group('verb')}" if (x := _WHAT_X_IS.match(own)) else "")
    heading = unnumbered(section_heading(lead.passage.section))
    if not asked or not heading or set(content_terms(asked)) != set(content_terms(heading)):
        return lead, others
    here = (lead.passage.doc_id, lead.passage.section)
    same = [b for b in others if (b.passage.doc_id, b.passage.section) == here]
    first = min([lead, *same], key=lambda b: b.units[0].start)
    if first is lead:
        return lead, others
    return first, [lead, *(b for b in others if b is not first)]


def items_in_order(lead: Block, others: list[Block], own: str) -> tuple[Block, list[Block]]:
    """"What rules do staff have to follow?" of a numbered list of rules: the items shown, each a
    point of its own by the scorer's order ("3. Say when…", "2. Check…", "1. Never…"), are put in
    the list's order, so the list reads as it was written. Only for a question that asks for
    things in the plural, only items of the lead's list (its document and section) nearly as
    probable as the lead ("i lost my phone, what do i do?" is answered by its one item, not by the
    list's first), and only where two such are shown with it."""
    if plural_asked(own) is None or len(lead.units) != 1 or not _item(lead) or lead.intro is not None:
        return lead, others
    here = (lead.passage.doc_id, lead.passage.section)
    mates = [b for b in others if len(b.units) == 1 and _item(b) and b.intro is None
             and (b.passage.doc_id, b.passage.section) == here and b.prob >= ITEMS_CLOSE * lead.prob]
    if len(mates) < 2:
        return lead, others
    ordered = sorted([lead, *mates], key=lambda b: b.units[0].start)
    rest = [b for b in others if not any(b is m for m in mates)]
    return ordered[0], [*ordered[1:], *rest]


ITEMS_CLOSE = 0.9  # how probable, beside the lead, an item must be to be put in order with it


def _item(b: Block) -> bool:
    """A list item, not a table's row ("• System: RotaMatch; Service: …"), whose rows the question's
    words pick, in the scorer's order."""
    return b.units[0].is_item and not has_cells(b.units[0].text)


_WH_HEADING = re.compile(r"^\W*(what|who|when|where|how|which|why)\b", re.I)
_TO_READER = [(re.compile(r"\bi'?m\b", re.I), "you are"), (re.compile(r"\b(?:i|me)\b", re.I), "you"),
              (re.compile(r"\bmy\b", re.I), "your"), (re.compile(r"\bmine\b", re.I), "yours")]


def restated_sections(blocks: list[Block], question: str) -> list[Block]:
    """The first block of each section whose heading is the question put to the reader: "what can I
    raise?" of "What you can raise", "what equipment can I have?" of "What you can have". Every word of
    the heading (three to eight, opening with the question's own question word) is the question's, with
    "I" and "my" read as "you" and "your". Not a heading that asks (`faq_answer` reads those)."""
    q = question.strip()
    for pattern, to in _TO_READER:
        q = pattern.sub(to, q)
    q_words = set(re.findall(r"[a-z']+", q.lower()))
    # (the organisation that writes "What we are doing" is whom the asker calls "they")
    q_words |= {ours for theirs, ours in (("they", "we"), ("their", "our"), ("them", "us")) if theirs in q_words}
    # (…and a word the question is searched as: "how will they know if it works?" of "How we will judge it")
    q_words |= set(re.findall(r"[a-z']+", expand_query(q).lower()))
    firsts: dict[tuple[str, str], Block] = {}
    for b in blocks:
        heading = unnumbered(section_heading(b.passage.section))
        m = _WH_HEADING.match(heading)
        words = re.findall(r"[a-z']+", heading.lower())
        if m is None or heading.endswith("?") or not 3 <= len(words) <= 8 or not re.match(rf"^\W*{m.group(1)}\b", q, re.I):
            continue
        if not set(words) <= q_words or len(b.units) != 1:
            continue
        key = (b.passage.doc_id, b.passage.section)
        if key not in firsts or b.units[0].start < firsts[key].units[0].start:
            firsts[key] = b
    return list(firsts.values())


# A form's field whose label is a question: "• Do you have a separate keyboard and mouse?: No".
_QUESTION_FIELD = re.compile(r"^\W*(?P<label>[^:;?\n]{3,90}\?)\s*:\s*\S")


def asked_fields(blocks: list[Block], question: str) -> list[Block]:
    """The fields of a form whose question is the one asked, put to the reader ("do I have a
    separate keyboard?" of "Do you have a separate keyboard and mouse?: No"): every distinctive
    word of the question is the label's. The scorer, which weighs length and the question's words
    anywhere, may rate the form's "Actions agreed: Order a separate keyboard…" above it."""
    asked = set(distinctive_terms(question))
    if not asked:
        return []
    return [b for b in blocks if len(b.units) == 1 and b.intro is None and leads_ok(b)
            and (m := _QUESTION_FIELD.match(b.units[0].text)) is not None and asked <= set(content_terms(m.group("label")))]
