"""Who does what the question asks about: the asker, or someone else.

"How much notice do I have to give?" and "how much notice will they give me?" share every
content word, and so do the two sentences of a contract that answer them: "you must give
the Council one month's notice" and "the Council will give you one week's notice for each
year". Which of them answers is a matter of who gives. Policies written to staff say "you"
for the reader, so the question's "I" or "we" is the sentence's "you" as its subject, and
its "they", "my manager" or "the council" is a sentence whose subject is someone else with
"you" as its object.

Only the plainest shapes are read (a modal or "do" and its subject at the start of the
question; "you" and a modal near the start of a sentence; a question's subject by its noun,
"can my *manager*…?", and a sentence's as its words before its first modal, "Line *managers*
may not…"): anything else is left to the scorer. Left out: third persons by name ("can Sam see it?"), passives ("will I be given
notice?" is the asker receiving, read here as the asker doing, so such questions are skipped).
"""

from __future__ import annotations

import re
from typing import Literal

from assistant.answer.reading import leads_ok
from assistant.answer.units import Block, likeliest_in_place, rivals
from assistant.retrieval.expand import closest_synonyms
from assistant.text.lexical import content_terms

Doer = Literal["asker", "other"]

_MODAL = r"(?:can|could|may|might|must|will|would|shall|should|do|does|did|have to|has to|need to|needs to|am|are|is)"
_ASKER_Q = re.compile(rf"^\W*(?:and\s+|so\s+|but\s+)?(?:\w+\s+){{0,4}}?{_MODAL}\s+(?:i|we)\b(?!\s+be\b)", re.I)
_OTHER_Q = re.compile(
    rf"^\W*(?:and\s+|so\s+|but\s+)?(?:\w+\s+){{0,4}}?{_MODAL}\s+(?:they|he|she|my (?:boss|manager|employer)|"
    r"the (?:council|employer|company|organisation|manager|management|boss))\b(?!\s+be\b)"
    r".*\b(?:me|us|my|our)\b",
    re.I,
)
# "You can ask…", "After probation you must give…", "3.1 You may bring…"
_YOU_DO = re.compile(
    # (an opening condition as long as a clause's is set off by its comma: "If you leave the council within two years
    # of completing a funded qualification, you will be asked…")
    r"^\W*(?:\d+(?:\.\d+)*\.?\s+|\([a-z0-9]+\)\s+)?(?:(?:after|before|during|if|when|once|from|in|on|at|for|within)\b"
    r"(?:[^,.;]{0,40}?,?|[^,.;]{41,120}?,)\s+)?"
    r"you\s+(?:can|could|may|might|must|will|should|shall|are|have|need|do|get|'ll|’ll)\b",
    re.I,
)
# "The Council will give you…", "Your manager must tell you…": someone else acting on the reader.
_DONE_TO_YOU = re.compile(r"\b(?:can|could|may|might|must|will|would|should|shall)\s+(?:not\s+)?(?:\w+\s+){1,2}?you\b", re.I)


def question_doer(question: str) -> Doer | None:
    if _ASKER_Q.search(question):
        return "asker"
    if _OTHER_Q.search(question):
        return "other"
    return None


def sentence_doer(text: str) -> Doer | None:
    if _YOU_DO.search(text):
        return "asker"
    if _DONE_TO_YOU.search(text):
        return "other"
    return None


# "Can my manager look at…?", "does the supplier keep…?": someone named by a noun.
_NAMED_Q = re.compile(
    r"^\W*(?:and\s+|so\s+|but\s+)?(?:can|could|may|might|must|will|would|should|does|do|did|is|are)\s+"
    r"(?:my|the|our|your|their|a|an)\s+(?P<who>[a-z]+)\b",
    re.I,
)
# A sentence's subject: its words before its first modal ("4.2 Line managers may not view…").
_SUBJECT = re.compile(
    r"^\W*(?:\d+(?:\.\d+)*\.?\s+|\([a-z0-9]+\)\s+)?(?P<who>(?:[\w'’-]+\s+){1,8}?)"
    r"(?:can|cannot|can't|could|may|might|must|will|would|should|shall)\b",
    re.I,
)


# The people of a workplace a question may ask about by their role. Not a contract's parties ("can
# the receiving party…?"), of which nearly every clause is said: naming one tells no clause apart.
_ROLES = frozenset(content_terms(
    "manager managers boss supervisor employer council hr union unions rep colleague colleagues police supplier contractor "
    "team leader officer director"))  # ("can my team leader change it?" is named by its first word)


def named_doer(question: str) -> str | None:
    """The stemmed role a yes/no question names as its subject ("can my *manager*…?")."""
    m = _NAMED_Q.match(question)
    terms = content_terms(m.group("who")) if m else []
    return terms[0] if terms and terms[0] in _ROLES else None


def _subject_names(text: str, who: str) -> bool:
    m = _SUBJECT.match(text)
    return m is not None and who in content_terms(m.group("who"))


def _says_doer(text: str, doer: Doer | None, named: str | None) -> bool:
    """Does the sentence have the question's doer do it: "you" for the asker; for someone else, a
    sentence done to "you", or one whose subject is the role the question names ("can my manager
    say no…?": "Your manager may refuse…")?"""
    if doer is not None and sentence_doer(text) == doer:
        return True
    return doer != "asker" and named is not None and _subject_names(text, named)


def _someone_does(text: str) -> bool:
    """Does the sentence say who does it: "you", or someone by their role ("Only the Facilities
    Manager … may view…")? Not a sentence whose subject is a thing ("A text message is not enough…")."""
    if sentence_doer(text) is not None:
        return True
    m = _SUBJECT.match(text)
    return m is not None and bool(_ROLES & set(content_terms(m.group("who"))))


def doer_first(lead: Block, others: list[Block], question: str, persona: str = "worker",
               blocks: list[Block] | None = None) -> tuple[Block, list[Block]]:
    """The lead says someone other than the question's doer does it; a point shown after it, of
    the same document and closer to the question, says the doer does: that point leads. A
    manager's "I" is not the staff a policy calls "you", so a manager's question has no asker here.
    A lead that has the asker do something else ("You must complete the e-learning…" for "do I have
    to say I used AI?") gives way to a block of `blocks` nearly as probable that has the asker do
    what is asked ("Say when you have used AI…")."""
    doer = question_doer(question)
    if doer == "asker" and persona == "manager":
        doer = None
    named = named_doer(question) if doer != "asker" else None
    if (doer is None and named is None) or lead.intro is not None:
        return lead, others
    head = max(lead.units, key=lambda u: u.score)
    if doer == "asker" and _told_to(head.text, question):
        return lead, others  # "3.1 End the session…" tells the asker to do what is asked
    if _says_doer(head.text, doer, named):
        if doer == "asker" and blocks:
            return _doing_asked_first(lead, others, blocks, question)
        return lead, others
    # A lead that names no one ("A text message is not enough…") gives way only to a sentence
    # that has the doer do what is asked ("can I put…into ChatGPT?" → "You must not enter…").
    doing = asked_doing(question) if doer is not None and not _someone_does(head.text) else None
    if doing is not None and not doing:
        return lead, others
    for b in others:
        if b.intro is not None or b.passage.doc_id != lead.passage.doc_id:
            continue
        best = max(b.units, key=lambda u: u.score)
        # (closer to the question, or, where it does what is asked, nearly as probable: "how long do I
        # have to appeal?" — "…you can appeal in writing within 10 working days", not "The appeal
        # meeting will be held within 15 working days")
        does_it = bool(doing and doing & set(content_terms(best.text)))
        # (or tells the asker to do it: "Report the breach to the Data Protection Officer within one hour…")
        told = doer == "asker" and _told_to(best.text, question)
        if (_says_doer(best.text, doer, named) or told) and (
                best.score > head.score or ((does_it or told) and b.prob >= DOER_SHARE * lead.prob)) and (doing is None or does_it or told):
            return b, [lead, *(o for o in others if o is not b)]
    verb_asked = asked_doing(question) if doer == "asker" else set()
    if verb_asked and blocks and not verb_asked & set(content_terms(head.text)):
        # "Do I need to book the pool car?": where no sentence has the asker do it, one that says it is done ("Pool
        # vehicles are booked through…"), nearly as probable, answers it before one that doesn't speak of it
        return likeliest_in_place(lead, others, (b for b in rivals(lead, blocks, DOING_SHARE)
                                                 if leads_ok(b) and verb_asked & set(content_terms(b.units[0].text))))
    return lead, others


def _doing_asked_first(lead: Block, others: list[Block], blocks: list[Block], question: str) -> tuple[Block, list[Block]]:
    m = _ASKER_DOES.match(question)
    if m is None or m.group(1).lower() in ("be", "get", "have", "do", "go"):
        return lead, others
    # the verb as typed ("say" is no content word) and the source words it is searched as
    verb = re.compile(rf"\b(?:{re.escape(m.group(1).lower())}|{'|'.join(map(re.escape, asked_doing(question) or {'@'}))})\w*\b", re.I)
    head = max(lead.units, key=lambda u: u.score)
    if verb.search(_OPENING_IF.sub("", head.text, count=1)):
        return lead, others  # (the verb in the lead's opening condition is not its doing: "If you have not ended…, …")

    def does_it(text: str) -> bool:
        told = re.match(r"^\W*(?:\d+[.)]\s+)?([A-Za-z]+)\b", text)  # "3. Say when you have used AI…": told to do it
        return verb.search(text) is not None and (
            sentence_doer(text) == "asker" or (told is not None and verb.fullmatch(told.group(1)) is not None))

    return likeliest_in_place(lead, others, (b for b in rivals(lead, blocks, DOING_SHARE) if does_it(b.units[0].text)))


def _told_to(text: str, question: str) -> bool:
    """Does the sentence open by telling the reader to do what the asker asks about ("End the
    session…" for "how long do I have to end the session?")?"""
    m = _ASKER_DOES.match(question)
    first = re.match(r"^\W*(?:\d+(?:\.\d+)*[.)]?\s+)?([A-Za-z]+)\b", text)
    return m is not None and first is not None and first.group(1).lower() == m.group(1).lower()


_OPENING_IF = re.compile(r"^\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:if|unless|where|when|once)\b[^,;:]{3,120},\s*", re.I)
DOING_SHARE = 0.6  # how probable, beside a lead that has the asker do something else, one that does what is asked must be
DOER_SHARE = 0.9  # how probable, beside the lead, a block that has the asker do it must be to lead instead
_ASKER_DOES = re.compile(r"^\W*(?:and\s+|so\s+|but\s+)?(?:(?:how long|how much time|how soon|how quickly|how fast|how often|when|where|how)\s+)?"
                         r"(?:can|could|may|do|does|should|must|will|am|are)\s+(?:i|we)\s+"
                         r"(?:just\s+|also\s+|still\s+|really\s+|ever\s+)?(?:(?:have|need|got|want)\s+to\s+)?([a-z]+)\b", re.I)


def asked_doing(question: str) -> set[str]:
    """The verb of "can I…?" and the source words it is searched as ("put" → enter, input)."""
    m = _ASKER_DOES.match(question)
    if m is None:
        return set()
    verb = set(content_terms(m.group(1)))
    return verb | {t for v in verb for t in closest_synonyms(question).get(v, set())} if verb else set()


_MAY_I = re.compile(r"^\W*(?:and\s+|so\s+|but\s+)?(?:can|could|may|am)\s+(?:i|we)\s+(?:allowed\s+to\s+|also\s+)?([a-z]+)\b", re.I)


def grants_asked(question: str, text: str) -> bool:
    """"Can I bring someone with me?" is answered as asked by "You may bring a trade union
    representative or a colleague…", however unlike their wordings are as wholes: the sentence
    gives the asker leave to do what the question's verb says."""
    m = _MAY_I.match(question)
    if m is None or m.group(1).lower() in ("be", "get", "have", "do"):
        return False
    verb = re.escape(m.group(1))
    return re.search(rf"\byou\s+(?:can|may|could|are\s+(?:allowed|entitled|free|welcome)\s+to)\s+(?:also\s+)?{verb}\b", text, re.I) is not None


# "Who scores me?", "who decides?", "who will check it?": "who" and a verb, with or without a modal.
_WHO_VERB = re.compile(
    r"^\W*(?:and\s+|so\s+|but\s+)?who\s+(?:(?:can|could|may|might|will|would|should|must|does|did)\s+)?([a-z]{3,})\b", re.I)
_NOT_DOING = frozenset({"is", "are", "was", "were", "has", "have", "had", "does", "did", "gets", "got", "get", "the"})


def agent_asked(question: str) -> str | None:
    """The stem of the verb a "who…?" question asks the doer of ("who *scores* me?" → "score")."""
    m = _WHO_VERB.match(question)
    if m is None or m.group(1).lower() in _NOT_DOING:
        return None
    terms = content_terms(m.group(1))
    return terms[0] if terms else None


# Whoever does things in a policy, named as the subject of a verb: "Your line manager approves…".
_AGENT_NOUN = (r"(?:manager|officer|head|director|team|panel|committee|board|supervisor|leader|adviser|advisor|"
               r"hr|council|employer|chair|partner|service|department|unit|lead)s?")


def names_agent(text: str, stem: str, own: bool = False) -> bool:
    """Does the text say who does it, as a passive's agent ("Each employee is *scored by* two
    managers") or as a role that does it ("Your line *manager approves* your claim")? `own`:
    the question asks of the asker's thing ("who approves *my* expenses?"), which a policy calls
    "your": the text must say "your" too (not "Approved by the Chief Executive, 1 May 2026",
    which is the policy's own approval)."""
    if own and not re.search(r"\byour\b", text, re.I):
        return False
    verb = "|".join(re.escape(f) for f in (stem, *_IRREGULAR.get(stem, ())))
    if stem in _MAKING and re.search(_MAKER, text):
        return True
    if re.search(rf"\((?:{verb})\w*\)|^\W*(?:{verb})\w*\s*:", text.strip(), re.I):
        return True  # a role set beside whoever holds it: "Director of Digital Services (Chair)", "Chair: Mark Owen"
    return re.search(rf"\b(?:{verb})\w*\s+(?:only\s+|solely\s+|just\s+|also\s+)?(?:for\s+)?by\b|\b{_AGENT_NOUN}\s+(?:(?:will|must|may|can|should|shall|also|then)\s+)?"
                     rf"(?:{verb})(?!e?rs?\b)\w*", text, re.I) is not None  # ("service users" is no service using)


# "Who makes the tool?", "who supplies it?": a thing's maker, which a text names as where it is from
# ("an AI tool from Northway Analytics", "supplied by Capita", "Microsoft's Copilot").
_MAKING = frozenset(content_terms("makes supplies provides develops builds sells designs creates produces"))
_MAKER = (r"\b(?:from|by)\s+(?!(?:January|February|March|April|May|June|July|August|September|October|November|"
          r"December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|This|That|Then)\b)(?:[A-Z][\w&'’-]+)(?:\s+[A-Z][\w&'’-]+)*|\b[A-Z][\w&-]+['’]s\s+(?:[A-Z]\w+|tool|system|app|software|product)")


# The past participles a stem doesn't begin ("who pays?" — "…must be paid for by you").
_IRREGULAR = {"pay": ("paid",), "make": ("made",), "send": ("sent",), "keep": ("kept",), "hold": ("held",),
              "take": ("taken", "took"), "give": ("given", "gave"), "see": ("seen", "saw"), "write": ("written", "wrote"),
              "buy": ("bought",), "find": ("found",), "tell": ("told",), "run": ("ran",), "lead": ("led",),
              "choos": ("chosen",), "set": ("set",), "meet": ("met",), "bring": ("brought",), "decid": ("decided",)}
