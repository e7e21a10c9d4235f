"""Reading a unit as a reader meets it: what it needs shown with it, and what
can stand on its own.

A sentence that leans on the one before ("They continue by…") is shown with that
sentence or not at all (`context_for`); the sentences after a lead that complete
it are shown with it (`follow_ups`); a heading, a caption or a clause title alone
says nothing and is never a statement (`bare_heading`, `leads_ok`).

Left out: coreference ("this element" in the middle of a sentence): only what a
sentence opens with is read.
"""

from __future__ import annotations

import re

from assistant.answer.features import heading_like, leans_back
from assistant.answer.named import question_number
from assistant.answer.thresholds import outside_threshold
from assistant.answer.units import (
    Block,
    Unit,
    next_chunk,
    rest_of_sentence,
    start_of_sentence,
    tidy,
)
from assistant.models import section_heading
from assistant.text.clauses import CLAUSE_START
from assistant.text.clean import is_sign_off
from assistant.text.fields import FIELD, field_label
from assistant.text.lexical import content_terms
from assistant.text.markers import is_list_item, strip_marker

FOLLOW_UPS = 2  # sentences after the lead that lean on it ("This includes…") and are shown with it
QUOTATION_SENTENCES = 5  # sentences of a quotation shown after its first, in its paragraph


def follow_ups(
    units: list[Unit], lead: Unit, limit: int = FOLLOW_UPS, quotation: bool = False, asked: str = ""
) -> list[Unit]:
    """The sentences right after the lead sentence in its paragraph that lean on
    it ("…piloting a chat bot. It answers questions on annual leave."): they
    complete its point and make no sense alone. When the lead is a paragraph of
    its own ("The impact … is potentially serious."), the next paragraph of the
    same passage says what it means, so reading carries on there. A lead about how
    things were ("Previously staff were always expected to follow routes…") goes on
    to how they are now ("Now the device records the actual journeys…"), in its
    paragraph. A lead that asks or reports a question ('"Am I going to lose my
    job?" was a common question.', "X asked whether the tool would decide…") goes on
    to the sentence that answers it, in the
    next paragraph or the next chunk. Sentences that make a point of their own are
    left to the scorer, and so is the next numbered clause ("2.2 It does not
    apply to school staff." is whole) or what follows a heading. Given the question
    `asked`, the next paragraph is read on only when it goes on about the lead's own
    subject, words the two share beyond the question's ("impact" in "The impact …
    is potentially serious." / "Possible impacts include…"): a policy's next rule
    about the thing the question names is a point of its own."""
    out: list[Unit] = []
    cut = rest_of_sentence(lead, units)
    if cut is not None:
        return [cut]  # the rest of its sentence, which opens the next chunk
    # (a question the document puts to its reader, "Q3. Would a phased move…?", has no answer after it)
    question = ("?" in lead.text or reports_question(lead.text)) and not quotation and question_number(lead) is None
    same = [u for u in units if u.passage.chunk_id == lead.passage.chunk_id]
    after = [u for u in same if u.start > lead.start]
    if question and not after:  # the answer opens the next chunk
        after = [u for u in units if u.passage.chunk_id != lead.passage.chunk_id and next_chunk(lead, u)]
    crossed = False
    then = changes(units, lead)
    for u in sorted(after, key=lambda u: u.start):
        if u.is_item or u.introduces or len(out) >= limit or is_sign_off(u.text):
            break  # (a sign-off, "Regards, Gareth Morgan, …", ends what its writer says)
        if quotation and _numbered(u) and _numbered(lead):
            break  # a clause's lettered items ("(a) …; (b) …") end where the next clause ("3.3 …") starts
        if question and not out:
            out.append(u)  # the answer to the question
            break
        gap = lead.passage.text[(out[-1].end if out else lead.end) - lead.passage.start : u.start - lead.passage.start]
        if "\n\n" in gap:
            if out or crossed or not _starts_paragraph(lead) or gap.strip() or _numbered(lead) or _numbered(u):
                break
            if field_label(lead.text) and field_label(u.text):
                break  # a glossary's or a record's next entry ("Workplace Adjustment Passport: a record…") is its own
            if asked and not (set(content_terms(u.text)) & set(content_terms(lead.text))) - set(content_terms(asked)):
                break
            if asked and outside_threshold(asked, [u.text])[0]:
                break  # (a rule for others: "Employees aged 18 and over…" after the rule for "I'm 17")
            crossed = True
        now = then and _NOW.match(u.text.strip()) is not None
        if not crossed and not quotation and not leans_back(u.text) and not now:
            break
        out.append(u)
        if now:
            break
    return out


# A question reported in minutes or a report ("Dafydd Jones asked whether the tool would decide
# who works which shift.", "Staff raised concerns that…"): the sentence after it says the answer.
_REPORTED_QUESTION = re.compile(
    r"\b(?:asked|queried|enquired|questioned|wondered)\s+(?:whether|if|what|why|how|when|who|which|where)\b|"
    r"\b(?:asked|enquired|inquired)\s+about\b|\bqueried\s+(?:the|a|an)\b|"  # (minutes: "A. Hughes asked about extra travel costs.")
    r"\braised (?:a |the |some )?(?:concerns?|questions?|a query|queries)\b",
    re.I,
)


def reports_question(text: str) -> bool:
    """Does the sentence report a question asked (its answer comes after it)?"""
    return _REPORTED_QUESTION.search(text) is not None and not text.rstrip().endswith(":")


# A sentence that raises a question rather than answers it: a worry or a request put to the
# other side ("members are worried that the app will track them all day", "Please confirm
# whether travel time will be paid", "we ask that no one is disciplined…").
_RAISES = re.compile(
    r"\b(?:am|are|is|were|was|feel|felt|remain|remains)\s+(?:very\s+|deeply\s+|still\s+)?"
    r"(?:worried|concerned|anxious|afraid|unsure|unclear)\s+(?:that|about|whether|if|how)\b|"
    r"(?:^|[,;]\s*)(?:please|could you|can you|would you)\s+(?:confirm|tell|let (?:us|me) know|explain|clarify|advise|set out|provide)\b|"
    r"\b(?:we|I)\s+(?:would\s+)?(?:ask|request|would like to know)\s+(?:that|whether|if|for)\b|"
    # "Members have asked two things about the software:", "staff have raised three points"
    r"\b(?:have|has|had)\s+(?:asked|raised|put|queried)\b",
    re.I,
)
# "What did the branch ask?", "what concerns were raised?", "what did members want?": a
# question about what one side put to the other.
# (not what the asker may do: "what can I raise?", "what should we ask for?")
ASKS_WHAT_ASKED = re.compile(r"^\s*(?:so\s+|and\s+)?(?:what|which)\b(?!(?:\s+\w+)?\s+(?:can|could|should|may|might|must|do)\s+(?:i|we)\b)"
                             r".{0,60}\b(?:ask(?:ed)?|request(?:ed)?|rais(?:e|ed)|"
                             r"quer(?:y|ied)|want(?:ed)?|complain(?:ed)?|demand(?:ed)?)(?:\s+(?:for|about))?\s*\??\s*$", re.I)
# A question about what was asked, raised or requested is answered by the asking itself.
ABOUT_ASKING = re.compile(r"\b(?:ask\w*|request\w*|concern\w*|worr\w*|rais\w*|demand\w*|quer\w*|want\w*|complain\w*)\b", re.I)


def raises_question(text: str) -> bool:
    """Does the sentence report or put a question, a worry or a request (its answer is
    elsewhere), rather than say how things are?"""
    # A question put directly, in a message or a letter, ends with its mark.
    return reports_question(text) or _RAISES.search(text) is not None or text.rstrip().endswith("?")


def _numbered(u: Unit) -> bool:
    """Does the unit open with a clause number ("2.2", "7.", "(b)")?"""
    return CLAUSE_START.match(u.text) is not None


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


# "Job title: Customer Services Adviser (Grade 5)", "Date: 20 November 2026": a field and its
# value, short and without a full stop, says something; a heading does not.
def reads_as_heading(text: str) -> bool:
    """A heading, as a reader takes it: short, no sentence punctuation, and not a field with its value."""
    return heading_like(text) and FIELD.match(strip_marker(text.strip())) is None


# A form's field, to be filled in: a blank ("Job title: ________") or boxes to tick ("☐ Approved ☐ Refused").
_FORM_FIELD = re.compile(r"_{4,}|[☐☑☒□](?:[^☐☑☒□]*[☐☑☒□]){1,}")


def form_field(text: str) -> bool:
    """A field still to be filled in. Boxes one of which is ticked ("Affected?: ☒ Yes ☐ No") have
    been: the form says its answer."""
    m = _FORM_FIELD.search(text)
    return m is not None and not (m.group(0)[0] != "_" and re.search(r"[☑☒]", m.group(0)))


def leads_ok(b: Block) -> bool:
    """Can this block open an answer? Not a heading, a question, an intro alone, or a form's
    field, which asks rather than says ("Decision: ☐ Approved ☐ Refused"). A question that is an
    item of a list of questions to ask ("When your employer proposes new technology, ask: … 6. What
    training will staff get?") is what the list says, and can."""
    first = b.units[0]
    return not bare_heading(b) and not (
        len(b.units) == 1 and (reads_as_heading(first.text) and not first.is_item
                               or first.text.rstrip().endswith("?") and not questions_to_ask(b)
                               and question_number(first) is None  # ("Q3. Would a phased move…?": what it asks)
                               or form_field(first.text))
    )


# A list's intro or heading that says its items are questions to put: "…, ask:", "Questions for staff".
_TO_ASK_INTRO = re.compile(r"\b(?:ask|asking|ask them|ask your \w+)\s*:\s*$", re.I)
_TO_ASK_HEADING = re.compile(r"\bquestions (?:for|to ask|to put)\b|\bask (?:your|the|them)\b", re.I)


def lists_to_ask(blocks: list[Block]) -> list[Block]:
    """The whole lists (with their intros) of questions to put to someone: "what should I ask my
    employer?" is answered by all of one."""
    return [b for b in blocks if b.intro is not None and len(b.units) > 2 and (
        _TO_ASK_INTRO.search(b.intro.text) is not None or _TO_ASK_HEADING.search(section_heading(b.passage.section)) is not None)]


def questions_to_ask(b: Block) -> bool:
    """Is the block an item of a list of questions to put to someone (by its intro or its heading)?"""
    first = b.units[0]
    if not first.is_item:
        return False
    intro = b.intro or (b.whole.intro if b.whole is not None else None)
    return (intro is not None and _TO_ASK_INTRO.search(intro.text) is not None) or (
        _TO_ASK_HEADING.search(section_heading(first.passage.section)) is not None)


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
        return True  # "Waiver.", "Our Security Practices.", "Definition of Confidential Information; Use and Disclosure."
    if not reads_as_heading(first.text):
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
_TITLE_SENTENCE = re.compile(r"^(?:[A-Z][\w/'’-]*)(?:[;,]?\s+(?:and\s+|&\s+)?[\w/'’-]+){0,6}\.$")


BARE_INTRO_WORDS = 5  # a list's intro this short names nothing of its own ("Examples include:")
POINTING_WORDS = 14  # a sentence this short whose object is "this" or "that" says nothing without it

# "this" or "that" standing for what was said before, as the object of a short sentence: "We will
# put that in writing", "The unions agreed to this.", "Managers will confirm this by email". Not a
# "that" which opens a clause ("agreed that the…") or names ("this policy").
_POINTING = re.compile(
    r"\b(?:put|confirm|confirmed|agree|agreed|do|did|done|review|reviewed|consider|considered|raise|raised|"
    r"record|recorded|discuss|discussed|check|checked|explain|explained|share|shared|accept|accepted|"
    r"note|noted|(?:agree|agreed|object|objected|commit|committed|respond|responded|return|come back) to)\s+"
    r"(?:this|that)(?=\s+(?:in|on|at|to|for|with|before|after|by|as|again|now|today|soon|once|when|if|through|"
    r"within|during|later|further)\b|\s*[.,;!?]|\s*$)",
    re.I,
)


# "…reasonable notice of any such move": the move the sentence before spoke of.
_SUCH = re.compile(r"\b(?:any|all|no|every) such\b", re.I)


def points_back(text: str) -> bool:
    """Is this a short sentence whose object is "this" or "that" (or "any such…"), what the sentence
    before said?"""
    return len(text.split()) <= POINTING_WORDS and (_POINTING.search(text) is not None or _SUCH.search(text) is not None)


_EXAMPLES = re.compile(r"^\W*examples?\s+(?:include|includes|are|would be)\b", re.I)


# "It does not use your sickness record…" opening a paragraph of a page titled "How CareRota allocates
# shifts": with no sentence before it to lean on, "it" is what the title names, and the citation names it.
_IT_DOES = re.compile(r"^(?:It|They)\s+(?:does|do|did|will|would|can|cannot|can't|may|must|is|are|was|were|has|have|only|also|never|"
                      r"uses|records|sends|keeps|shows|checks|stores|collects|suggests|works)\b")
_PRODUCT_NAME = re.compile(r"\b[A-Z][a-z]+[A-Z]\w*\b")  # "CareRota", "TimeKeeper", "TalentMatch"


def _its_title(first: Unit) -> bool:
    return _IT_DOES.match(first.text) is not None and _PRODUCT_NAME.search(first.passage.title or "") is not None


def context_for(units: list[Unit], b: Block) -> Unit | None | bool:
    """For a block that leans on the sentence before it: that sentence (same
    passage and paragraph); False when it leans back on nothing we have; None
    when it stands alone."""
    first = b.units[0]
    if b.intro is None and (cut := start_of_sentence(first, units)) is not None and not cut.text.lstrip()[:1].islower():
        return cut  # the start of its sentence, which ends the chunk before (not a middle, itself cut from its start)
    if first.is_item and b.intro is None and len(b.units) == 1 and leans_back(strip_marker(first.text)):
        return False  # "• it meant that the systems were designed…, and" without "Co-production brought 2 benefits:"
    if b.intro is not None and not first.is_item and leans_back(first.text) and len(first.text.split()) <= BARE_INTRO_WORDS:
        pass  # a list's intro that says nothing but that it leans back ("Examples include:", "These are:")
    elif b.intro is None and not first.is_item and points_back(first.text):
        pass  # "We will put that in writing before the pilot starts." needs what "that" is
    elif b.intro is not None or first.is_item or not leans_back(first.text):
        return None
    at = next((i for i, u in enumerate(units) if u is first), 0)
    prev = units[at - 1] if at > 0 else None
    # Leaning only on a connective ("However, the council has a no compulsory redundancy
    # policy."), it stands alone once `tidy` drops the connective.
    alone = None if not leans_back(tidy(first.text)) else False
    if (prev is None or prev.passage.chunk_id != first.passage.chunk_id) and _EXAMPLES.match(first.text) and (
            section_heading(first.passage.section)):
        return None  # "Examples include…" opening a section headed "What counts as an emergency": the heading's
    if prev is None or prev.passage.chunk_id != first.passage.chunk_id or prev.in_list or prev.text.rstrip().endswith(":"):
        return None if _its_title(first) else alone
    if "\n\n" in first.passage.text[prev.end - first.passage.start : first.start - first.passage.start]:
        return None if _its_title(first) else alone
    if alone is None and leans_back(prev.text):
        # "This may include assistance in fraud protection. In addition, we may share…":
        # the sentence before leans on one further back; a connective alone is dropped.
        return None
    return prev
