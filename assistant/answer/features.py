"""What the answer scorer knows about a block: one row of numbers per block.

A block (a sentence, or a list with its intro; see `units.blocks_of`) is
described by general properties of the question, the block and the passage it
came from, never by words of any particular document:

- how close it is in meaning to the question (best query form), absolutely and
  against the best block of this question; and the similarity score the
  selection computes (`units.score_units`: similarity, idf overlap, duty and
  answer-type priors, list breadth);
- which share of the question's words it holds, weighted by rarity (idf), in
  the block and in the block plus its section heading, absolutely and relatively;
- where retrieval ranked its passage, and that passage's scores;
- its shape: a list with an intro, a bare item, its length, whether it starts a
  paragraph or its passage, whether it leans on text before it ("This…",
  "They…"), whether it is a question itself;
- whether it has the kind of fact the question asks for (a number, a date, a
  name), and for "must they…?" questions whether it states a duty;
- how close it is to the question's *focus* (`focus_words`: the words of the
  question that most retrieved passages don't share), against the best block,
  and which share of the focus words it holds: "will a real person keep an eye
  on the AI?" is about the person keeping an eye, since every passage found is
  about AI;
- for a "why" question, whether it gives a reason ("because", "due to", "led to").

The weights that turn a row into a probability are fitted on data
(`evals/fit_scorer.py`), not set by hand. Left out: any feature that names a
word of the built-in corpus.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

import numpy as np

from assistant.answer.abstain import answer_type_gap, wants_specific
from assistant.answer.units import typed_text
from assistant.retrieval.followup import own_words, refers_back
from assistant.text.clean import is_sign_off
from assistant.text.lexical import content_terms

if TYPE_CHECKING:
    from assistant.answer.units import Block

FEATURES: tuple[str, ...] = (
    "similarity_score",
    "sim",
    "sim_rel",
    "overlap",
    "overlap_rel",
    "overlap_section",
    "rarest_hit",
    "bigrams",
    "sim_rank",
    "overlap_rank",
    "rank_rr",
    "passage_score",
    "passage_dense",
    "is_list",
    "is_item",
    "units_log",
    "chars_log",
    "starts_paragraph",
    "first_in_passage",
    "leans_back",
    "heading_like",
    "is_question",
    "neighbour",
    "list_item_alone",
    "type_match",
    "type_gap",
    "duty_match",
    "list_match",
    "item_for_list",
    "focus_rel",
    "focus_overlap",
    "reason_match",
)

# A "why" question is answered by a reason (general English, not the wording of any document).
_WHY_Q = re.compile(r"^\W*(?:and\s+|so\s+|but\s+)?(?:why\b|what (?:made|makes|caused|causes|led|leads|drove|drives)\b|how come\b)", re.I)
_REASON = re.compile(
    r"\b(because|due to|owing to|as a result|result(?:ed|s)? (?:in|from)|so that|in order to|driven by|led to|"
    r"reasons?|caused by|since the|thanks to|helped|contributed)\b",
    re.I,
)


_ASKS_LIST = re.compile(
    r"\b(what|which)\b.{0,60}\b(steps|things|ways|kinds|types|rights|duties|obligations|measures|bodies|"
    r"areas|points|examples|categories|actions|principles|requirements|conditions|purposes|recipients)\b"
    r"|\bwhat (must|should|do|does|did|will|can|could)\b.{0,60}\b(do|include|cover|provide)\b"
    r"|\bwhat\b.{0,40}\b(must|should|have to|has to|need to|obliged to|required to|supposed to)\b.{0,30}\bdo\b"
    # "examples of new tech…?" lists them; "any examples of…?" asks whether there is one
    r"|\b(list|steps|checklist)\b|^\W*(?:some |give me |more )?examples of\b"
    # "what's on the agenda?", "what's on the rota this week?": what a list has on it
    r"|\bwhat(?:'s|’s| is| are)? (?:on|in) (?:the |this |our |my |today's |next )?(?:agenda|rota|schedule|programme|timetable|menu|list)\b"
    # "what's on the agenda?", "what is in the pack?": what it holds, item by item
    r"|^\W*what(?:'s|’s| is| are)\s+(?:on|in)\s+(?:the|this|that|our|my|today's|tomorrow's)\s+\w+\s*\??\s*$",
    re.I,
)


_WH_WORDS = re.compile(r"\b(what|which)\s+((?:[\w-]+\s+){0,2}[\w-]+)", re.I)
_NOT_PLURAL = {"does", "has", "was", "is", "this", "its", "his", "hers", "ours", "theirs", "yes", "us", "as", "less"}
# Verbs that follow "what" as its verb, not a plural noun: "what happens now?", "what counts as…?"
_NOT_PLURAL |= {
    "happens", "counts", "applies", "matters", "remains", "means", "goes", "comes", "stays", "seems", "follows",
    "qualifies", "constitutes", "occurs", "exists", "belongs", "depends", "includes", "requires",
}


def asks_for_list(question: str) -> bool:
    """Is the answer likely an enumeration ("what must they do…?", "which bodies…?",
    "what bargaining clauses…?": a plural noun right after the question word)?"""
    if _ASKS_LIST.search(question):
        return True
    for m in _WH_WORDS.finditer(question):
        words = m.group(2).lower().split()
        if {"sort", "kind", "type", "sorts", "kinds", "types"} & set(words[:1]):
            continue  # "what sort of questions…?" asks what they are like, not for a list
        for w in words:
            if w in {"is", "was", "does", "did", "do", "has", "have", "are", "were", "can", "could", "will", "should", "must"}:
                break  # "what are the risks" is not a noun phrase; handled by its words
            if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")) and w not in _NOT_PLURAL:
                return True
    return False

TOPIC_WEIGHT = 0.5  # weight of a follow-up's borrowed topic words against its own

_LEANS_BACK = re.compile(
    # "This policy applies to…", "This Agreement is governed by…": the document itself, which the
    # citation names, is what "this" points at, so the sentence stands alone.
    r"^(this(?!\s+(?:policy|agreement|document|notice|procedure|code|guidance|contract|privacy|part of|section|chapter|"
    r"page|guide|handbook|leaflet|booklet|factsheet|charter|protocol|framework|strategy|statement|letter|standard|scheme|"
    r"assessment|report|briefing|bulletin|newsletter|article|memo|email|note|manual|toolkit|checklist|form|consultation|proposal)\b)|"
    # …and so is "these" of a document named in the plural: "These terms of reference are reviewed…"
    r"these(?!\s+(?:terms|guidelines|procedures|arrangements|standards|regulations|rules|minutes|principles|conditions|notes|instructions|proposals)\b)|those|that|they|them|their|it|its|he|she|his|her|such|there(?!\s+(?:is|are|was|were|will|would|may|might|must|should|can|could|has|have|had|isn't|aren't|wasn't|won't)\b)|both|"
    r"however|also|moreover|furthermore|in addition|additionally|similarly|likewise|"
    r"for example|for instance|as a result|therefore|thus|then|here|the latter|the former|"
    r"in this|in that|in these|on this|to this|of these|of this|all of these|each of these|"
    # ("The second is…", "the first of these"; not "The first consultation meeting will be…", which says which)
    r"the (?:first|second|third|fourth|last)(?=\s*[,;:.]|\s+(?:of|one|ones|is|was|are|were|will|would|has|had|can|may|must|should)\b)|"
    r"the (?:latter|former|other|same)|another|"
    # "Examples include:", a list's intro that names no subject: the examples of what the
    # sentence before defines.
    r"examples?\s+(?:include|includes|are|would be)|"
    # "Although this was for a different reason…": a conjunction, then what it refers back to.
    r"(?:although|though|while|whilst|because|since|as|if|unless|despite)\s+(?:this|that|these|those|it|they)|"
    # "Currently it is programmed…", "Now they receive…": an adverb, then the subject it points back to.
    r"(?:currently|now|today|still|again|instead|previously|traditionally|initially|originally|"
    r"recently|later|meanwhile|so far|to date),?\s+(?:it|they|this|these|he|she))\b",
    re.I,
)


# "Since it started in July, the chatbot has answered…": "it" of a clause put first is the subject
# named after its comma, not something said before. (Not "this" or "that", which point back.)
_NAMED_AFTER = re.compile(
    r"^(?:although|though|while|whilst|because|since|as|if|unless|once|when|before|after|until)\s+(?:it|they|he|she)\b"
    r"[^,.;:]{1,80},\s+(?:the|a|an|our|your|every|each|all|(?-i:[A-Z][a-z]+))\s", re.I)


def leans_back(text: str) -> bool:
    """Does this sentence need the one before it to make sense ("They continue by…")?"""
    t = text.strip().lstrip("•-*–— \t\"“'‘([")
    return bool(_LEANS_BACK.match(t)) and not _NAMED_AFTER.match(t)


def heading_like(text: str) -> bool:
    """A short line with no sentence punctuation: a heading, not a statement. Not a sign-off
    with its name ("Kind regards, Helen Price, Head of Care"), which says who wrote."""
    t = text.strip()
    return (len(t.split()) <= 8 and not re.search(r"[.!?:;]\s*[\"”’)]*$", t) and not is_sign_off(t)
            and not _UNPUNCTUATED_STATEMENT.search(t))


# A statement set without its full stop, as a slide or a poster sets it ("The pilot starts on 1
# April 2027"): a subject, then a verb that says when, what or whether. Not a heading that asks
# ("What will change", "Who can apply") or names ("How we use your data").
_UNPUNCTUATED_STATEMENT = re.compile(
    r"^(?!(?:what|who|whom|whose|when|where|why|how|which|can|will|do|does|is|are)\b)(?:the|a|an|our|your|this|all|every|no|each)\s+"
    r"(?:\w+\s+){0,3}(?:is|are|was|were|will|starts?|begins?|ends?|opens?|closes?|runs?|takes?|goes|must|can|cannot|has|have)\b",
    re.I,
)


FOCUS_SHARE = 0.5  # a question word in at least this share of the first passages is their common topic
FOCUS_PASSAGES = 5


# Nouns that name what is measured of the word before them: "notice period", "retention period",
# "pay date", "overtime rate". The word before is what the question is about.
_MEASURE_HEADS = frozenset({"period", "periods", "date", "dates", "length", "amount", "rate", "rates", "level", "limit"})


def focus_words(question: str, passages: Sequence[str]) -> str:
    """The question's words that most of the first retrieved passages don't use,
    in order ("real person keeping eye" of "Will a real person be keeping an eye
    on the AI my council uses?" when every passage is about AI and councils), or
    the question itself when nothing is left."""
    seen = [set(content_terms(p)) for p in passages[:FOCUS_PASSAGES]]
    common = max(2.0, FOCUS_SHARE * len(seen))
    said = re.findall(r"[A-Za-z][\w'’-]*", question)
    keep = []
    for i, w in enumerate(said):
        if not (t := content_terms(w)) or sum(t[0] in terms for terms in seen) >= common:
            continue
        if w.lower() in _MEASURE_HEADS and i and content_terms(said[i - 1]):
            w = said[i - 1]  # "the notice period" asks about notice: its period is the kind of answer
        keep.append(w)
    return " ".join(dict.fromkeys(keep)) or question


_TIMES_ASKED = re.compile(r"\bhow many times\b", re.I)


def block_features(
    blocks: list[Block],
    question: str,
    sims: dict[int, float],
    idf: Callable[[str], float] | None,
    asks_duty: bool,
    states_duty: Callable[[str], bool],
    focus_sims: dict[int, float] | None = None,
    focus: str = "",
) -> np.ndarray:
    """Rows of FEATURES for each block. `sims` maps id(unit) to its best query-form
    similarity, `focus_sims` to its similarity to the question's focus (`focus_words`)."""
    if not blocks:
        return np.zeros((0, len(FEATURES)), dtype=np.float32)
    # A resolved follow-up: its own words say what is asked, the earlier topic
    # where; the topic's words count for less.
    own, about = own_words(question)
    own_terms = set(content_terms(own))
    base = idf or (lambda _t: 1.0)

    # …and, when the follow-up doesn't point back at it ("who wrote it?", "is that taxed?"), all of
    # them together no more than TOPIC_WEIGHT of its own: "and if I leave?" after "can they see my
    # photos?" and "what about my location?" is about leaving, though three words of the topic
    # ("see", "photos", "location") outnumber it.
    topic_terms = set(content_terms(about)) - own_terms if about else set()
    own_total = sum(base(t) for t in own_terms)
    topic_total = sum(base(t) for t in topic_terms)
    shifts = topic_total and own_total and not refers_back(own)
    topic_scale = TOPIC_WEIGHT * min(1.0, own_total / topic_total) if shifts else TOPIC_WEIGHT

    def weight_of(t: str) -> float:
        return base(t) if not about or t in own_terms else topic_scale * base(t)

    # "How many times can I be off…?" counts occasions: its "times" is not the time a sentence
    # speaks of ("within one hour of your normal start time").
    worded = _TIMES_ASKED.sub("how many", question)
    qterms = set(content_terms(worded))
    q_total = sum(weight_of(t) for t in qterms) or 1.0
    specific = wants_specific(question)
    wants_list = asks_for_list(question)
    why_q = _WHY_Q.search(own) is not None
    top_score = max((max(b.units[0].passage.score, 0.0) for b in blocks), default=0.0) or 1.0

    qlist = content_terms(worded)
    qbigrams = {(a, b) for a, b in zip(qlist, qlist[1:], strict=False) if a != b}
    rarest = max((weight_of(t) for t in qterms), default=1.0) or 1.0

    fterms = set(content_terms(focus)) if focus and focus != question else set()
    f_total = sum(weight_of(t) for t in fterms) or 1.0

    def focus_share(text: str) -> float:
        return sum(weight_of(t) for t in fterms & set(content_terms(text))) / f_total

    def share(text: str) -> float:
        return sum(weight_of(t) for t in qterms & set(content_terms(text))) / q_total

    def rarest_hit(text: str) -> float:
        return max((weight_of(t) for t in qterms & set(content_terms(text))), default=0.0) / rarest

    def bigrams(text: str) -> float:
        if not qbigrams:
            return 0.0
        terms = content_terms(text)
        return len(qbigrams & set(zip(terms, terms[1:], strict=False))) / len(qbigrams)

    rows = []
    for b in blocks:
        units = b.units
        text = " ".join(u.text for u in units)
        lead = units[0]
        p = lead.passage
        sim = max(sims.get(id(u), 0.0) for u in units)
        before = p.text[: lead.start - p.start]
        gap = answer_type_gap(question, typed_text(text, p.section)) if specific else None
        rows.append(
            [
                b.score,
                sim,
                0.0,  # sim_rel, filled below
                share(text),
                0.0,  # overlap_rel
                share(f"{p.section}\n{text}"),
                rarest_hit(text),
                bigrams(text),
                0.0,  # sim_rank
                0.0,  # overlap_rank
                1.0 / (1.0 + lead.passage_rank),
                max(p.score, 0.0) / top_score,
                p.dense_similarity or 0.0,
                float(b.intro is not None),
                float(b.intro is None and lead.is_item),
                math.log1p(len(units)),
                math.log1p(len(text)) / 8.0,
                float(not before.strip() or before.rstrip(" \t").endswith("\n")),
                float(not before.strip()),
                float(leans_back(lead.text)),
                float(len(units) == 1 and heading_like(lead.text)),
                float(text.rstrip().endswith("?")),
                float(p.neighbour_of is not None),
                float(b.part_of_list),
                float(specific and gap is None),
                float(specific and gap is not None),
                float(asks_duty and states_duty(text)),
                float(wants_list and b.intro is not None),
                float(wants_list and b.part_of_list),
                max((focus_sims or sims).get(id(u), 0.0) for u in units),  # focus_rel, made relative below
                focus_share(text) if fterms else share(text),
                float(why_q and _REASON.search(text) is not None),
            ]
        )
    x = np.asarray(rows, dtype=np.float32)
    col = FEATURES.index
    x[:, col("sim_rel")] = x[:, col("sim")] - x[:, col("sim")].max()
    x[:, col("overlap_rel")] = x[:, col("overlap")] - x[:, col("overlap")].max()
    x[:, col("focus_rel")] = x[:, col("focus_rel")] - x[:, col("focus_rel")].max()
    for name, of in (("sim_rank", "sim"), ("overlap_rank", "overlap")):
        order = np.argsort(-x[:, col(of)], kind="stable")
        ranks = np.empty(len(order), dtype=np.float32)
        ranks[order] = np.arange(len(order), dtype=np.float32)
        x[:, col(name)] = 1.0 / (1.0 + ranks)
    return x

