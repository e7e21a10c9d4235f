"""From chosen blocks to the statements an answer shows: the lead with what
completes it, then the points, with no sentence said twice.

A list is shown with its intro, and the intro from its own sentence (a numbered
paragraph ending "As noted by … in a report for the Guardian:" from that
sentence, unless the sentences before it hold the kind of fact asked for); a
quotation introduced with a colon is shown whole; a sentence repeated from
another source is merged into the one shown, citing both.
"""

from __future__ import annotations

import re

from assistant.answer.abstain import answer_type_gap, distinctive_terms, wants_specific
from assistant.answer.excerpt import excerpt
from assistant.answer.features import leans_back
from assistant.answer.reading import QUOTATION_SENTENCES, changes, follow_ups, reports_question
from assistant.answer.units import (
    Block,
    Statement,
    Unit,
    named_by_heading,
    rest_of_sentence,
    start_of_sentence,
    tidy,
    timed_by_heading,
)
from assistant.models import section_heading
from assistant.retrieval.expand import synonyms
from assistant.retrieval.followup import own_words
from assistant.text.lexical import STOPWORDS, says_the_same
from assistant.text.markers import strip_marker
from assistant.text.run_in import ITEM_LABEL
from assistant.text.sentences import sentence_spans

RUN_IN_GAP = " … "
_EXTENT = re.compile(r"\b(?:only|just|solely|limited|restricted|all|every|whole|entire|else|other kinds?)\b", re.I)  # where a run-in list's items not shown were


def run_in(b: Block) -> Statement:
    """A list run into one sentence (`text/run_in.py`) as the sentence it is: whole when every item is
    shown, else its intro and the items chosen, with " … " where those left out were ("…any information
    which … (d) is or was independently developed…"), as a lawyer quotes a clause."""
    intro, chosen = b.units[0], b.units[1:]
    p = intro.passage
    following = [u for u in chosen if u.passage is p]
    mid = opens_mid_sentence(intro)  # (shown as the fragment it is: "… or (3) before being divulged…")
    if _whole_run_in(intro, following):
        end = following[-1].end
        return Statement(_as_read(p.text[intro.start - p.start : end - p.start], mid), [p], spans=[(p.doc_id, intro.start, end)])
    text = RUN_IN_GAP.join([intro.text.strip(), *(u.text.strip() for u in following)])
    text = f"{MID_SENTENCE}{text}" if mid else text[:1].upper() + text[1:]
    return Statement(text, [p], spans=[(p.doc_id, u.start, u.end) for u in [intro, *following]])


_MORE_ITEMS = re.compile(rf"[\s,;]*(?:and/or|and|or)?[\s,;]*\((?:{ITEM_LABEL})\)\s", re.I)


def _whole_run_in(intro: Unit, items: list[Unit]) -> bool:
    """Are the items all of the run-in list's, each right after the one before in its sentence?"""
    p = intro.passage
    at = intro.end
    for u in items:
        if p.text[at - p.start : u.start - p.start].strip(" ,;").lower() not in ("", "and", "or", "and/or"):
            return False
        at = u.end
    return bool(items) and _MORE_ITEMS.match(p.text, at - p.start) is None


MID_SENTENCE = "… "  # before the words of a passage that opens inside a sentence


# A clause's title run into its first sentence: "Survival. The restrictions…", "Term. The foregoing commitments…",
# "Return of Materials. Upon request…": one to four capitalised words and a full stop, then a capitalised sentence.
# Not an abbreviation ("Mr. Smith", "No. 5") nor a one-word reply ("Yes. The council…").
_RUN_IN_TITLE = re.compile(r"^(?!(?:Mr|Mrs|Ms|Dr|St|No|Nos|Co|Inc|Ltd|Corp|Art|Sec|Para|Yes|No|Note|Fig|Vol|Ch|Pt)\.)"
                           r"(?P<title>[A-Z][a-z]+(?:\s+(?:and\s+|of\s+|&\s+)?[A-Z][a-z]+){0,3})\.\s+(?=[A-Z\"“(])")


def _as_read(text: str, mid: bool) -> str:
    """A unit's words as shown: tidied into a sentence, or, where its passage opens inside a sentence (a chunk cut
    within an over-long one), as the fragment it is ("… as shown by the Company's files…"), not capitalised. A clause
    title run into the sentence is shown as its label ("Survival: The restrictions and obligations… shall
    continue…"), so that it doesn't read as a sentence of its own."""
    if mid:
        return f"{MID_SENTENCE}{' '.join(text.split())}"
    shown = tidy(text)
    title = _RUN_IN_TITLE.match(shown)
    if title is not None and len(shown) > title.end() + 20:
        shown = f"{title.group('title')}: {shown[title.end():]}"
    return shown


def opens_mid_sentence(u: Unit) -> bool:
    """Does the unit open its passage inside a sentence (a chunk cut within an over-long one): in lower case, and not
    a list item ("(c) is received from…", which its marker opens)?"""
    return u.start == u.passage.start and not u.is_item and u.text.lstrip()[:1].islower()


# "For example, by moving to digital solutions UNISON has been able to:" gives an example of what the sentence before
# says, but names all it speaks of: as a list's intro it stands without that sentence.
_EXAMPLE_OPENER = re.compile(r"^\W*(?:for example|for instance|e\.g\.)\s*,?\s*", re.I)


def _leans_on_more_than_an_example(text: str) -> bool:
    """Does the sentence need the one before it, other than as what it gives an example of?"""
    opener = _EXAMPLE_OPENER.match(text)
    return leans_back(text[opener.end() :] if opener else text)


def statements(
    lead: Block, others: list[Block], units: list[Unit] | None = None, question: str = ""
) -> tuple[Statement, list[Statement]]:
    """Turn blocks into statements. Standalone sentences that repeat one already
    shown (from another source) are merged into it, citing both; lists stay whole."""

    # The question's words and those it is searched as: a long sentence is quoted in part where they are (`excerpt`)
    # (not of a question of extent, "is it limited to technical information only?": all of the sentence answers it)
    asked: set[str] = set()
    if question and not _EXTENT.search(question):
        own = own_words(question)[0]
        asked = set(distinctive_terms(own)).union(*synonyms(own).values())

    def st(u: Unit) -> Statement:
        return excerpt(u, asked) or Statement(_as_read(u.text, opens_mid_sentence(u)), [u.passage],
                                              spans=[(u.passage.doc_id, u.start, u.end)])

    def as_cut(u: Unit) -> Statement:
        # The rest of a sentence ingest cut between two chunks, shown after its start as written: whole, and not
        # capitalised ("…including but not limited to the personal data of [1] staff, pupils, tenants… [2]").
        return Statement(" ".join(u.text.split()), [u.passage], spans=[(u.passage.doc_id, u.start, u.end)])

    def intro(b: Block) -> Statement:
        # A numbered paragraph that ends by introducing a list or a quotation ("3. Whilst
        # Manzoni sees…job cuts. As noted by Philip Inman in a report for the Guardian:")
        # is shown from the sentence that introduces it, with those it leans on; unless
        # the sentences left out hold the kind of fact asked for (a year, a number…)
        # and the rest does not.
        u = b.units[0]
        spans = sentence_spans(u.text, u.start)
        at = len(spans) - 1
        while at > 0 and _leans_on_more_than_an_example(strip_marker(u.text[spans[at][0] - u.start :])):
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
        return _items_read(out)

    points: list[Statement] = []
    if lead.intro and lead.intro.runs_in:
        head = run_in(lead)
    elif lead.intro:
        # The list the lead introduces is shown under it; other points come after it, apart.
        head = intro(lead)
        head.children = items(lead.units[1:])
        if lead.context is not None:  # "Examples include:" after what they are examples of
            ctx = st(lead.context)
            ctx.more, ctx.children, head.children = [head], head.children, []
            head = ctx
        quoted = lead.units[1]
        if len(lead.units) == 2 and not quoted.is_item and units is not None:
            # "According to Jon Manzoni …:" introduces a quotation: show all of it.
            head.children[0].more = [st(x) for x in follow_ups(units, quoted, QUOTATION_SENTENCES, quotation=True)]
    else:
        # The sentence of the block the scorer rates best on its own leads
        # (the one with the figure asked for, not the paragraph's opening),
        # unless it leans on the sentence before it.
        best = max(lead.units, key=lambda u: (u.prob if not leans_back(u.text) else -1.0, u.score))
        if lead.run:
            best = lead.units[0]  # a FAQ's answer, read as written
        if len(lead.units) > 1 and (all(u.is_item for u in lead.units) or (lead.units[0].is_item and not lead.intro)):
            # a list led whole (a table's rows) is shown in its order; and a section that opens with one
            # ("How much leave you get": its table, then "Bank holidays are on top of this.")
            best = lead.units[0]
        head = st(best)
        points = items([u for u in lead.units if u is not best])
        if lead.run:
            # (a section shown whole: its sentences as one paragraph, a list in it under the paragraph)
            rest = lead.units[1:]
            listed = [u for u in rest if u.is_item] if not best.is_item else []
            head.more = [st(u) for u in rest if not any(u is x for x in listed)]
            head.children, points = [st(u) for u in listed], []
        elif not best.is_item and units is not None:
            after = follow_ups(units, best, asked=question)
            if after and _names_them(question, best, after[0]):
                head, after = st(after[0]), after[1:]
            cut = rest_of_sentence(best, units)
            head.more = [as_cut(u) if u is cut else st(u) for u in after]
        over = _heading_over(lead.units[0]) if all(u.is_item for u in lead.units) and lead.context is None else None
        if over is not None:  # "What you must not post:" over "Photographs taken in workplaces…;"
            over.children, head, points = [head, *points], over, []
        elif lead.context is None and not best.is_item and (when := timed_by_heading(best.passage.section)) and question and (
                answer_type_gap(question, head.text) is not None and answer_type_gap(question, when) is None):
            # A sentence under a heading that gives the time asked for, which it doesn't give itself: a
            # log's "14 September 2026" over "The board decided not to buy the rota tool…", for "when did
            # they decide…?", is shown before it.
            dated = Statement(f"{when}:")  # (cited by the sentence it dates, in one run)
            dated.more, head = [head, *head.more], dated
        elif lead.context is None and (heading := named_by_heading(best)) is not None:
            # "Personal data used: Names, contracted hours, …": a sentence with no verb, the rest of its heading
            labelled = Statement(f"{heading}:")
            labelled.more, head = [head, *head.more], labelled
        if lead.context is not None:
            cut_before = units is not None and start_of_sentence(best, units) is lead.context
            head.more = [as_cut(best) if cut_before else st(best), *head.more]
            head.text, head.passages, head.spans = tidy(lead.context.text), [lead.context.passage], [
                (lead.context.passage.doc_id, lead.context.start, lead.context.end)
            ]
    shown = [head, *head.more, *head.children, *(m for c in head.children for m in c.more), *points]
    for b in others:
        if b.intro and b.intro.runs_in:
            points.append(run_in(b))
            shown.append(points[-1])
            continue
        if b.intro:
            parent = intro(b)
            parent.children = items(b.units[1:])
            if b.context is not None:
                ctx = st(b.context)
                ctx.more, ctx.children, parent.children = [parent], parent.children, []
                parent = ctx
            quoted = b.units[1]
            if len(b.units) == 2 and not quoted.is_item and units is not None:
                # "According to Jon Manzoni …:" introduces a quotation: show all of it.
                parent.children[0].more = [st(x) for x in follow_ups(units, quoted, QUOTATION_SENTENCES, quotation=True)]
            points.append(parent)
            shown.extend([parent, *parent.more, *parent.children, *(m for c in parent.children for m in c.more)])
            continue
        last: Statement | None = None
        for u in b.units:
            s = st(u)
            if u.cont and last is not None:
                last.more.append(s)
                shown.append(s)
                continue
            dup = next((p for p in shown if says_the_same(p.text, s.text, 0.7)), None)
            if dup is not None:
                if u.passage.chunk_id not in {x.chunk_id for x in dup.passages}:
                    dup.passages.append(u.passage)
                    dup.spans.extend(s.spans)
                last = None
                continue
            over = _heading_over(u) if b.context is None and not u.cont else None
            if over is not None:
                # An item that finishes its heading's sentence goes under that heading, once.
                under = next((p for p in points if p.children and not p.spans and p.text == over.text
                              and p.passages[0].section == u.passage.section), None)
                if under is None:
                    over.children = [s]
                    points.append(over)
                else:
                    under.children.append(s)
                shown.append(s)
                last = s
                continue
            if b.context is not None and u is b.units[0]:
                s, s.more = st(b.context), [s]
                shown.extend(s.more)
            elif (heading := named_by_heading(u)) is not None:
                s, s.more = Statement(f"{heading}:"), [s]
                shown.extend(s.more)
            if units is not None and len(b.units) == 1 and not u.is_item and (changes(units, u) or "?" in u.text or reports_question(u.text)):
                # "Previously…" as a point goes on to "Now…", and a question the sources report to
                # its answer, as a lead does.
                s.more.extend(st(x) for x in follow_ups(units, u))
                shown.extend(s.more)
            points.append(s)
            shown.append(s)
            last = s
    return head, _without_repeats(head, points)


LIST_READ = 600  # characters: a list longer than this is read by its items' own sentences
# What a sentence after an item's first may do to it: narrow, except or deny it ("This does not apply to…",
# "Only where…", "Provided that…"). Such a sentence stays with its item.
_QUALIFIES = re.compile(r"\b(?:not|no|never|none|nor|except|unless|provided|only|however|but|subject to|if|until|"
                        r"cannot|can't|won't|mustn't|shan't)\b|n't\b", re.I)


def _items_read(items: list[Statement]) -> list[Statement]:
    """A long list's items by their own first sentences: "Implement a 'Building a Digitally Ready Workforce
    Programme'…", not also "This will require the development of a digital capabilities framework…" under each,
    which pushes the list's last items past what a reader sees first. A sentence that qualifies its item (an
    exception, a condition, a "not") stays; the Sources panel keeps each passage whole. A short list is shown as
    it is."""
    if sum(len(i.text) + sum(len(m.text) for m in i.more) for i in items) <= LIST_READ:
        return items
    for i in items:
        i.more = [m for m in i.more if _QUALIFIES.search(m.text)]
    return items


# A question of what or which ("what could go wrong…?", "what information do you collect?"), not of a time or a number.
_WHAT_Q = re.compile(r"^\W*(?:and\s+|so\s+|but\s+)?(?:what|which)\b(?!\s+(?:time|date|day|year|number)\b)", re.I)
# Several things named in a run, each of a few words, the last after "and" or "or": "A, B, C and D".
_ENUMERATION = re.compile(r"\w[\w'’)-]*(?:,\s+(?:[\w'’(-]+\s+){0,4}[\w'’)-]+){1,},?\s+(?:and|or|and/or)\s+[\w'’(-]+", re.I)


def _names_them(question: str, lead: Unit, after: Unit) -> bool:
    """Asked what or which, does the sentence after the lead name the things in a run where the lead only frames them
    ("The impact of new digital technology … is potentially serious." / "Possible impacts include job losses, increased
    inequality, insufficient training and lower job quality.")? Then it answers, and leads; not when it leans on the
    lead ("These include…", "It covers…"), which it then needs."""
    own = own_words(question)[0]
    return (_WHAT_Q.match(own) is not None and not _ENUMERATION.search(lead.text) and _ENUMERATION.search(after.text) is not None
            and not leans_back(after.text) and "?" not in after.text)


HEADING_INTRO_WORDS = 12  # a heading this short may stand as a list's intro
_JUDGING = re.compile(r"\b(?:not|never|no|don't|do|must|can|cannot|can't|may|should|allowed|approved|permitted|"
                      r"prohibited|banned|acceptable|unacceptable|required|forbidden|restricted|avoid|dos|don'ts)\b", re.I)


_FORBIDDING = re.compile(r"\b(?:not|never|no|don't|don’t|dont|cannot|can't|prohibited|banned|forbidden|unacceptable|avoid|don'ts)\b", re.I)
_OWN_MODAL = re.compile(r"\b(?:not|never|no|don't|don’t|must|mustn't|should|shouldn't|may|can|cannot|can't|will|won't|is|are)\b", re.I)


def _heading_over(u: Unit) -> Statement | None:
    """The heading a list item finishes, when its list has no intro of its own: "What you must
    not post" over "• information about service users…;", "• photographs taken in
    workplaces…;". Such an item starts in lower case or ends with ";" or ",": alone, it reads
    as the opposite of what the document says. The heading is shown as the list's intro (it is
    the section's, so it has no place of its own to highlight). None for an item that is a
    sentence of its own, or one with no heading."""
    if not u.is_item:
        return None
    raw = strip_marker(u.text).strip()
    heading = section_heading(u.passage.section)
    if not raw or not heading or len(heading.split()) > HEADING_INTRO_WORDS:
        return None
    # (or an item that is no sentence, under a heading that judges it: "Not approved" over
    # "• WhatsApp, Signal or Telegram for council business")
    # (or a sentence with no "not" or modal of its own under a heading that forbids it: "Don't" over
    # "• Post photos of service users, even with their faces hidden.", which alone says to do it)
    forbidden = _FORBIDDING.search(heading) is not None and _OWN_MODAL.search(raw) is None
    # (or any item under a heading that says when it is done: "In your first month" over "• Agree objectives…")
    timed = timed_by_heading(u.passage.section) is not None
    if not (raw[0].islower() or raw.endswith((";", ",")) or forbidden or timed or (_JUDGING.search(heading) and not raw.endswith((".", "!", "?")))):
        return None
    return Statement(heading if heading.endswith((":", "?", ".")) else f"{heading}:", [u.passage])


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
        answered = [m for m in p.more if key(m) in seen]
        p.more = [m for m in p.more if key(m) not in seen]
        if answered and not p.more and not p.children and ("?" in p.text or reports_question(p.text)):
            continue  # a reported question whose answer was said already ("'Am I going to lose my job?' was a common question.")
        for c in p.children:  # a list stays whole; a quotation drops what was already said
            c.more = [m for m in c.more if key(m) not in seen]
        seen |= keys(p)
        out.append(p)
    return out


def flatten(head: Statement, points: list[Statement]) -> list[Statement]:
    out = [head, *head.more]
    for c in head.children:
        out.append(c)
        out.extend(c.more)
    for p in points:
        out.append(p)
        out.extend(p.more)
        for c in p.children:
            out.append(c)
            out.extend(c.more)
    return out


def list_of_one_inline(st: Statement) -> Statement:
    """A statement that introduces one item only ("As noted by … in the Guardian:" and one quotation, "You must
    not:" and the one rule asked about) is said in one sentence with it, as a person writes it, not as a list of
    one: the first sentence then answers, and its markers (at its end) cite the passages of both. An item of
    several sentences stays an item (its intro would join its first sentence only), and so do items of items.
    Call after citations are numbered (the statements keep their order, and so their numbers)."""
    if len(st.children) != 1 or st.children[0].children or st.children[0].more:
        return st
    item = st.children[0]
    last = st.more[-1] if st.more else st
    if not last.text.rstrip().endswith(":") or len(sentence_spans(item.text, 0)) > 1:
        return st
    cites = "".join(dict.fromkeys(re.findall(r"\[\d+\]", last.cites + item.cites)))
    joined = Statement(
        f"{last.text.rstrip()} {_run_on(item)}",
        [*last.passages, *(p for p in item.passages if p not in last.passages)],
        cites,
        [*last.spans, *item.spans],
    )
    if st.more:
        return Statement(st.text, st.passages, st.cites, st.spans, [], [*st.more[:-1], joined])
    return joined


# An item that is a fragment of its intro's sentence ("Officers must not record:" / "in toilets or changing rooms;"),
# not a sentence of its own, runs on after the colon as its source wrote it: lower-case where the source has it
# so (`tidy` gave the list item its capital), and where the source's capital is a list's, on a function word
# ("In", "To", "Any"); any other may be a name ("Wales TUC and others;").
_FRAGMENT_END = re.compile(r"(?:[;,]|[;,]?\s+(?:and|or))\s*$|[^.!?…”\"')\]]\s*$")
_FIRST_WORD = re.compile(r"^([A-Z][a-z]*)\b(?![.’'-]\w)")


def _run_on(item: Statement) -> str:
    text = item.text
    m = _FIRST_WORD.match(text)
    if m is None or m.group(1) == "I":
        return text
    if _source_letter(item) == text[0].lower() or (_FRAGMENT_END.search(text) and m.group(1).lower() in STOPWORDS):
        return text[:1].lower() + text[1:]
    return text


def _source_letter(item: Statement) -> str:
    """The first letter of the item's words where its source has them ("" when not found)."""
    if not item.spans:
        return ""
    doc, start, end = item.spans[0]
    for p in item.passages:
        if p.doc_id == doc and p.start <= start < p.end:
            found = re.search(r"[A-Za-z]", strip_marker(p.text[start - p.start : end - p.start]))
            return found.group(0) if found else ""
    return ""
