"""A roll-out question answered with the obligations, as the checklist is.

"What do I have to do before rolling out an AI chatbot?" (manager) and "What
should I ask for in writing about a new shift allocation algorithm?" (rep) ask
for the same thing: the steps an employer must take before introducing new
technology (the WPC agreement's, plus the WPC AI guidance's where the
technology is AI); so does a worker's "they are bringing in software robots —
can they just do that?". The checklist and letter tabs already find each of those
steps as a quoted, cited sentence of the indexed documents
(`letters.obligations`); this answers the question with those same quotes, so
the chat and the checklist agree. The facts and citations are the same for
every persona; only the framing differs.

Only quotes are shown (the topics file's own wordings never reach the answer),
and a step no indexed document supports is left out. When none is supported
(an index of only the user's own documents, say), the composer's answer stands.
What the composer found for the question itself goes under "More from the
documents".

Left out: the "during" and "after" steps of the AI guidance (the checklist has
them; a question about what to do *before* a roll-out is answered with what
comes before, within the persona's budget of seven points).
"""

from __future__ import annotations

import re

from assistant.answer.abstain import distinctive_terms
from assistant.answer.compose import Composed, carried, number_citations, polar_part
from assistant.answer.said import asked_act_said, may_do_asked
from assistant.answer.units import Statement, asks_duty
from assistant.letters.obligations import Obligation, find_obligations, involves_ai
from assistant.prompts import render
from assistant.retrieval.followup import own_words
from assistant.retrieval.retrieve import Retrieval, as_passage
from assistant.settings import Settings
from assistant.store.knowledge_base import KnowledgeBase, Snapshot
from assistant.text.lexical import content_terms

_ROLL_OUT = re.compile(
    r"\b(roll(?:ing|ed)?[ -]?out|introduc\w*|bring(?:ing)? in|brought in|launch\w*|deploy\w*|implement\w*|"
    r"adopt\w*|new\b[\w\s-]{0,30}\b(?:system|technology|tech|software|tool|app|algorithm|platform|kit|robot|chat ?bot)\w*|"
    # the way people say it: "robots r coming for our HR admin", "we're getting an AI rota"
    r"(?:are|r|is|'re|’re) coming|coming in|(?:are|r|'re|’re) getting (?:a|an|new|some)|"
    # "can my employer use AI to decide…?": putting a technology to a new use at work
    r"(?:use|using|start using|put) (?:an? |new |some |)(?:ai|artificial intelligence|algorithms?|automation|robots?|"
    r"software|apps?|cameras?|chat ?bots?|monitoring|tracking) (?:to|for|in|on)\b|"
    r"(?:ai|algorithms?|automation|robots?|software|apps?|cameras?|chat ?bots?) (?:is|are|gets?|being) used (?:to|for)\b|"
    # "can my boss track me with the app on my work phone?": a technology used to watch staff
    r"(?:track|monitor|watch|record|film|spy on)\w* (?:me|us|staff|workers|employees|people)\b.{0,30}?\b"
    r"(?:with|through|via|using|on|by) (?:an? |the |my |our |their |a new )?(?:app|phone|camera|software|device|gps|tracker|laptop|computer)s?)\b",
    re.I,
)
_ASKS_WHAT_TO_RAISE = re.compile(r"\b(ask for|in writing|raise|put to|negotiate|demand|request)\b", re.I)
_ASKS_WHAT_TO_DO = re.compile(r"\bwhat\b.{0,50}\b(do|steps?|obligations?|duties|need|must|should)\b", re.I)
# What the employer may or must do: "can they…", "do they have to…", "are they allowed…", "must my
# council…". A duty of someone else ("what training do reps need to…?") is a question about that.
_THE_EMPLOYER = r"(?:they|(?:my|our|the) \w+|employer|council|boss|management)"  # bare: a Welsh question in English words
_WORKER_ASKS = re.compile(
    rf"\b(can {_THE_EMPLOYER} \w+|just do|(?:are|is) {_THE_EMPLOYER} (?:allowed|obliged|required|supposed)|"
    rf"(?:do|does|did|will) {_THE_EMPLOYER} (?:have|need) to|{_THE_EMPLOYER} (?:has|have|must|need|needs) to|"
    rf"must {_THE_EMPLOYER}|{_THE_EMPLOYER} must|right to be (?:told|informed|consulted|asked))\b",
    re.I,
)
# A manager asks what they (or the employer) must do: "what do I have to do…", "what steps must
# we take…", "what are our obligations…"; not what someone else needs ("what training do reps need…").
_MANAGER_ASKS = re.compile(
    rf"\bwhat\b.{{0,50}}\b(steps?|obligations?|duties)\b|"
    rf"\bwhat (?:do|does|must|should|shall|will|would) (?:I|we|you|{_THE_EMPLOYER}) (?:have to |need to |need |)"
    rf"(?:do|take|consider|check|put in place|cover)\b|"
    rf"\bwhat (?:am I|are we|are you|(?:is|are) {_THE_EMPLOYER}) (?:required|obliged|expected|supposed) to\b|"
    # a Welsh question said in English words has no pronoun: "what must (employer) do before…"
    r"\bwhat (?:must|should|has to|have to|need to|needs to) (?:\w+ )?do\b|\b(?:steps?|obligations?|duties) (?:must|should)\b",
    re.I,
)
AI_STEPS = 2  # the AI guidance's "before" steps shown after the agreement's


def applies(question: str, persona: str) -> bool:
    """Is this a manager's "what must I do before rolling out X?" or a rep's
    "what should I ask for about X?"."""
    if not _ROLL_OUT.search(question):
        return False
    if persona == "manager":
        return asks_duty(question) and bool(_MANAGER_ASKS.search(question))
    if persona == "worker":
        # "Can they just do that?", "what are they obliged to do first?": the same steps.
        return asks_duty(question) and bool(_WORKER_ASKS.search(question))
    if persona == "rep":
        return bool(_ASKS_WHAT_TO_RAISE.search(question) and _ASKS_WHAT_TO_DO.search(question))
    return False


def _statement(snap: Snapshot, ob: Obligation) -> Statement | None:
    rec = snap.by_id.get(ob.note.chunk_id)
    if rec is None:
        return None
    return Statement(ob.note.quote, [as_passage(rec)], spans=[(ob.note.doc_id, ob.note.start, ob.note.end)])


def _on_the_thing_asked(own: Statement | None, question: str, steps: list[Statement]) -> Statement | None:
    """What the composer found on the thing asked about, after the steps: "can my boss track me
    with the app on my work phone?" is answered by the steps for any new technology, and then by
    what the documents say of apps that watch staff ("Limitations to employers surveillance of
    workers, … via apps on private devices"). Only a sentence (not a list: the steps are the list)
    that has a word of the question none of the steps has, from a passage they don't quote."""
    if own is None or own.children or not own.passages:
        return None
    quoted = {p.chunk_id for s in steps for p in s.passages}
    if any(p.chunk_id in quoted for p in own.passages):
        return None
    said = set(content_terms(" ".join(s.text for s in steps)))
    text = " ".join([own.text, *(m.text for m in own.more)])
    asked = set(distinctive_terms(question)) - said
    return own if asked & set(content_terms(text)) else None


def _answers_first(own: Statement, question: str, steps: list[Statement]) -> bool:
    """Does what the documents say of the thing asked answer the question before the steps do? "Can my boss
    track me with the app on my work phone?" asks whether someone may do an act (`said.may_do_asked`);
    when no step speaks of it (in the verb, or a word it is searched as: "surveillance") and the sentence found
    does, that sentence answers, and the steps for any new technology follow. "Do they have to ask us first?"
    is answered by the steps ("Employers consult trade unions…")."""
    asked = may_do_asked(polar_part(own_words(question)[0]))
    if asked is None:
        return False
    says, _ = asked
    return says(" ".join([own.text, *(m.text for m in own.more)])) and not any(says(s.text) for s in steps)


def _asked_step_first(question: str, steps: list[Statement]) -> list[Statement]:
    """The one step that says the act asked about first: "do they have to train me on the new system?" is
    answered by "Training and development is made available" before the steps on consulting and notice (the
    agreement's order otherwise)."""
    act = asked_act_said(polar_part(own_words(question)[0]))
    if act is None:
        return steps
    saying = [s for s in steps if act[0](s.text)]
    if len(saying) != 1:
        return steps
    return [saying[0], *(s for s in steps if s is not saying[0])]


def duties_answer(
    kb: KnowledgeBase, retrieval: Retrieval, persona: str, settings: Settings, composed: Composed, lang: str = "en"
) -> Composed | None:
    """The obligations answer, with the composer's own answer moved to `more`; None when no step is supported."""
    obs = find_obligations(kb, settings)
    # Only what the user chose to search: a kind or document filter holds here too.
    found = {
        key: ob for key, ob in obs.found.items()
        if (not retrieval.kinds or ob.note.kind in retrieval.kinds)
        and (not retrieval.doc_ids or ob.note.doc_id in retrieval.doc_ids)
    }
    steps = [t for t in obs.topics.topics if t.group == "wpc" and t.role == "step" and t.key in found]
    snap = retrieval.snapshot
    if not steps or "wpc_agreement" not in found or snap is None:
        return None
    head = _statement(snap, found["wpc_agreement"])
    points = [s for t in steps if (s := _statement(snap, found[t.key])) is not None]
    if head is None or not points:
        return None
    points = _asked_step_first(retrieval.question, points)
    if involves_ai(retrieval.question):
        ai = [t for t in obs.topics.topics if t.group == "ai" and t.role == "step" and t.phase == "before" and t.key in found]
        lead = _statement(snap, found["ai_guidance"]) if "ai_guidance" in found else None
        children = [s for t in ai[:AI_STEPS] if (s := _statement(snap, found[t.key])) is not None]
        if lead is not None and children:
            lead.children = children
            points.append(lead)
    steps_shown = [head, *points, *(c for p in points for c in p.children)]
    own = _on_the_thing_asked(composed.lead, retrieval.question, steps_shown)
    asked_too = [own] if own is not None else []
    first = own is not None and _answers_first(own, retrieval.question, steps_shown)
    flat = [*asked_too, *steps_shown] if first else [*steps_shown, *asked_too]
    citations = number_citations(flat)
    shown = {c.chunk_id for c in citations}
    more = [c for c in carried(composed, citations) if c.chunk_id not in shown or not asked_too]
    markdown = render(
        f"personas/{persona}.md.j2", lang=lang, lead=head, points=points, all_cites="", obligations=True, framed=True,
        asked_too=asked_too, asked_first=first,
    )
    return Composed(markdown, citations, False, timings_ms=composed.timings_ms, more=more)
