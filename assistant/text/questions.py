"""What a question asks for: the one question-reading rule two stages share.

Abstention (`answer/abstain.py`) checks that the sources speak of the thing a
wh-question asks about at all ("what is the *weather* in Cardiff?"); follow-up
resolution (`retrieval/followup.py`) carries an earlier question's topic to the
next one without what it asked for ("who *wrote* the guidance?" → the guidance;
`wh_word_target`).

Left out: part-of-speech tagging (no tagger is bundled); the word found is the
first one after the question word that is not a verb of asking, a determiner, a
pronoun or a number, which is a noun or the question's own verb.
"""

from __future__ import annotations

import itertools
import re

from assistant.text.clean import is_sign_off
from assistant.text.lexical import STOPWORDS, content_terms

NUMBER_WORDS = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|hundred|thousand|dozen)"
NUM = rf"(?:\d[\d,.]*|\b{NUMBER_WORDS}\b)"  # a number, in figures or words

# The labels a thing is numbered by in pay scales, tables and timetables: "week 20", "grade 5",
# "stage 2" (a regex alternation; `answer/thresholds.py` reads rows by them, `retrieval/followup.py`
# keeps them with their numbers in a follow-up's topic).
NUMBERED_LABELS = r"weeks?|days?|months?|years?|grades?|bands?|points?|levels?|scales?|steps?|stages?|tiers?|phases?|zones?|rooms?|floors?"

# A document's own question or list entry, asked for by its number: "what's question 3 asking?" (a
# consultation's "Q3."), "what's item 4?" (an agenda's "4."). Group 1 is the number.
QUESTION_NUMBER = re.compile(r"\bquestion\s+(\d{1,2})\b", re.I)
ENTRY_LABELS = r"item|recommendation|action|objective|priority|proposal|option"
# "What's the third demand?", "the second point": an entry of a numbered list by its place in it.
ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")
ORDINAL_ENTRY = re.compile(
    rf"\b({'|'.join(ORDINALS)})\s+(item|point|demand|request|recommendation|action|question|priority|proposal|option|"
    r"objective|ask|condition|principle|commitment|requirement|concern|reason|issue|change|step)s?\b", re.I)
ENTRY_NUMBER = re.compile(rf"\b(?:{ENTRY_LABELS})\s+(?:no\.?\s*|number\s+)?(\d{{1,2}})\b", re.I)

_OPENING = r"^\W*(?:and\s+|so\s+|but\s+)?"  # where a question's question word stands
_WH = re.compile(rf"{_OPENING}(what|which|how much|how many|where|who|whose)\b", re.I)
_SKIP = {
    "is", "are", "was", "were", "do", "does", "did", "can", "could", "will", "would", "should", "must", "may",
    "the", "a", "an", "my", "our", "their", "your", "his", "her", "its", "this", "that", "these", "those",
    "of", "kind", "sort", "type", "types", "kinds", "sorts", "time", "way", "ways", "thing", "things", "lot",
    "i", "we", "you", "they", "he", "she", "it", "there", "get", "have", "has", "had", "be", "been",
    "main", "key", "most", "best", "new", "other", "different", "important", "specific", "exactly",
    "first", "second", "third", "last", "next", "few", "several", "many", "much", "some", "any", "all",
    # verbs of asking and saying: "what should I *ask* for…?", "what can I *raise*…?"
    "ask", "tell", "say", "know", "raise", "mention", "request", "demand", "need", "want", "put", "writing",
    # "what counts as…?", "what does X mean?": the meaning of what follows is asked
    "counts", "count", "means", "meant",
    # whoever or whatever it is: "what must I do when someone comes back…?" asks what to do
    "someone", "somebody", "anyone", "anybody", "everyone", "everybody", "something", "anything", "everything",
}
_WHO = re.compile(rf"{_OPENING}(?:who|whom)\b", re.I)
# "What happens if the robot takes my job?" asks what follows from the rest, which is a
# condition, not the thing asked about.
_WHAT_HAPPENS = re.compile(rf"{_OPENING}what\s+(?:(?:will|would|could|did|does|is going to)\s+)?happen", re.I)


def _words_after_wh(question: str) -> list[str]:
    """The words after a wh-question's question word; none for other questions."""
    m = _WH.match(question)
    return re.findall(r"[A-Za-z][\w'’-]*", question[m.end() :]) if m else []


def _says_what(word: str) -> bool:
    """Not a verb of asking, a determiner, a pronoun, a stop word or a number."""
    return word.lower() not in _SKIP and word.lower() not in STOPWORDS and not re.fullmatch(NUM, word, re.I)


def asked_for(question: str) -> str | None:
    """The thing a wh-question asks about: the first word after its question word
    that is not a verb of asking or a determiner ("what is the *weather* in
    Cardiff?", "where can I get a *pizza*?", "how much *travel* expenses…?").
    None for yes/no questions, whose subject is what they are about, and for "who…?",
    whose next word is what the person did ("who can *see* it?"), not a thing."""
    if _WHAT_HAPPENS.match(question) or _WHO.match(question):
        return None
    words = _words_after_wh(question)
    return next((w for i, w in enumerate(words) if _says_what(w) and not (
        w.lower() in _GETTING_AT and words[i + 1 : i + 2] != ["out"])), None)


# How long a thing is kept asks about that thing: the records a retention schedule lists.
_HOW_LONG_KEPT = re.compile(
    rf"{_OPENING}how long (?:do|does|will|would|can|should)\s+(?:they|we|you|the\s+\w+|it)\s+(?:keep|store|hold|retain|save)\s+"
    r"(?:my\s+|our\s+|the\s+|your\s+|their\s+|staff\s+|people's\s+)?([A-Za-z][\w'’-]*)"
    rf"|{_OPENING}how long (?:are|is|will)\s+(?:my\s+|our\s+|the\s+|your\s+|their\s+)?([A-Za-z][\w'’-]*)\s+(?:\w+\s+)?(?:be\s+)?"
    r"(?:kept|stored|held|retained|saved)\b", re.I)


def kept_thing(question: str) -> str | None:
    """What a question asks is kept, and for how long: "how long do they keep *emails*?", "how long are
    *timesheets* kept?" (its first word that says what), or None."""
    kept = _HOW_LONG_KEPT.match(question)
    if kept is None:
        return None
    return next((w for w in (kept.group(1), kept.group(2)) if w and _says_what(w)), None)


# Verbs of getting at what is asked: "where do I *find* the form?", "where can I *see* my payslip?" ("what if
# they find out…?" finds out something, which is what it asks about)
_GETTING_AT = frozenset({"find", "locate", "obtain", "access", "download", "see", "look"})


# What people call a document when they ask about it ("what date is the letter?").
DOCUMENT_KINDS = frozenset(content_terms(
    "letter document policy procedure agreement contract notice minutes handbook guidance guide report schedule "
    "assessment statement memo email strategy plan charter code"
))

# "Do I get paid for overtime?", "do they record sound?", "is there CCTV in the staff room?": an
# auxiliary, a pronoun for its subject, then (but for "there") the verb, then what it is asked of.
_POLAR_PRONOUN = re.compile(
    rf"{_OPENING}(?:is|are|was|were|will|would|can|could|do|does|did|am|have|has|must|should|may)\s+"
    r"(?:(there)|i|we|you|they|it|he|she)\b\s+(.*)",
    re.I,
)


# …or whoever it is asked of, by their name for staff, and what they get or have: "do lone workers get a
# *personal alarm*?", "do part-time staff get *the allowance*?" (what they are given is what it asks about)
_POLAR_PEOPLE_GET = re.compile(
    rf"{_OPENING}(?:do|does|will|would|can|could|did)\s+(?:the\s+|our\s+|all\s+)?(?:[a-z-]+\s+){{0,2}}"
    r"(?:staff|workers?|employees?|members?|reps?|representatives?|managers?|officers?|carers?|drivers?|"
    r"colleagues?|people|apprentices?|volunteers?|contractors?|agency\s+workers?)\s+(?=(?:get|have|receive)\b)"
    r"()(.*)",
    re.I,
)


# …or a thing named in one word for its subject and what it does: "does the camera *record* sound?" (what it is
# asked to do it to is what the question asks about; a longer subject is left to the scorer)
_POLAR_THING_DOES = re.compile(
    rf"{_OPENING}(?:do|does|did|will|would|can|could)\s+(?:the|this|that|these|those|my|our|your|their)\s+[a-z-]{{3,}}\s+"
    r"(?!(?:be|been|have|has|get|got|need|want|say|says|mention|cover|apply|include|affect|mean|work|stop|change)\b)()"
    # (its object straight after the verb: "does the tracker listen *to us in the cab*?" asks about listening)
    r"([a-z]+\s+(?!(?:to|in|on|at|for|with|from|about|into|by|of|us|me|them|him|her|you|it|up|out|off|over|through|during|"
    r"after|before|when|if|while|anything|something|everything|what|how|who|where|whether)\b).*)",
    re.I,
)


# How, how much or whether, not what: "do I get paid *extra* on Sundays?"; and the document
# itself, by the kind of document it is ("can they change my *contract*…?" of a statement of terms).
_NOT_A_THING = frozenset({
    "extra", "more", "less", "enough", "back", "still", "really", "actually", "ever", "again", "too", "properly",
    "just", "only", "even", "always", "never", "allowed", "able", "supposed", "going", "told", "also", "via",
    "contract", "contracts", "policy", "policies", "agreement", "procedure", "handbook", "guidance", "rules",
    "terms", "scheme", "plan", "strategy", "notice", "record", "document", "letter", "email", "minutes",
})
_PARTICIPLE = re.compile(r"\w+ed|paid|given|told|made|sent|kept|seen|shown|taken|known", re.I)


# …or what a thing has: "do the cameras have *facial recognition*?" (not "have to", nor "have anything on…", a
# question whether the document speaks of a topic)
_POLAR_THING_HAS = re.compile(
    rf"{_OPENING}(?:do|does|did|will|would|can|could)\s+(?:the|this|that|these|those|my|our|your|their|each|every)\s+"
    r"(?:[a-z-]{3,}\s+){1,2}()((?:have|has)\s+(?!(?:to|got|any|anything|something|much|a say)\b).*)",
    re.I,
)


def polar_object(question: str) -> str | None:
    """What a yes/no question with a pronoun for its subject asks about: its words from the
    first after its verb that says what ("do I get paid for *overtime*?", "does it take
    *screenshots*?", "do you save my *payment information*?"), or after "is there" ("is there
    *CCTV in the staff room*?"). None for any other question: a yes/no question
    whose subject is a thing ("is travel time paid?") is about its subject, and which of its
    words that is, is left to the scorer."""
    m = (_POLAR_PRONOUN.match(question) or _POLAR_PEOPLE_GET.match(question) or _POLAR_THING_DOES.match(question)
         or _POLAR_THING_HAS.match(question))
    if m is None:
        return None
    rest = re.findall(r"[A-Za-z][\w'’-]*", m.group(2))
    if not m.group(1) and rest:
        verb = rest.pop(0).lower()  # "record", "get"
        if verb in ("have", "need", "got", "ought") and rest[:1] == ["to"]:
            rest = rest[2:]  # "do I have to *use*…"
        elif verb in ("get", "be") and rest and _PARTICIPLE.fullmatch(rest[0]):
            rest = rest[1:]  # "do I get *paid*…"
    # ("time" says what here: "can I get *time off*…?")
    at = next((i for i, w in enumerate(rest) if (_says_what(w) or w.lower() == "time") and w.lower() not in _NOT_A_THING), None)
    return None if at is None else " ".join(rest[at:])


# "Does the policy say anything about overtime pay?", "does it mention agency staff?", "is
# there anything in it on lone working?": whether the document speaks of a topic at all.
_OF_IT = r"(?:it|this|that|they|these|the\s+\w+(?:\s+\w+)?|(?:our|my|your|their)\s+\w+(?:\s+\w+)?)"
_SAYS_ANYTHING = re.compile(
    rf"{_OPENING}(?:does|do|did|will|would)\s+{_OF_IT}\s+(?:"
    r"(?:say|state|have)\s+(?:anything|something|much|a lot)\s+(?:at all\s+)?(?:about|on|regarding)"
    r"|mention|refer to|talk about|deal with|cover anything (?:about|on))\s+(?P<a>.+)"
    rf"|^\W*(?:and\s+|so\s+)?is there (?:anything|something|a (?:section|clause|part|rule|bit))"
    rf"(?:\s+(?:in|of)\s+{_OF_IT})?\s+(?:about|on|regarding|covering)\s+(?P<b>.+)"
    rf"|^\W*(?:and\s+|so\s+)?what (?:does|do|did) {_OF_IT} say (?:about|on|regarding)\s+(?P<c>.+)",
    re.I,
)


def topic_asked_about(question: str) -> str | None:
    """The topic of a question whether the document speaks of something at all
    ("does it say anything about *overtime pay*?"), or None for other questions."""
    m = _SAYS_ANYTHING.search(question.strip())
    return None if m is None else next(g for g in m.groups() if g).strip(" ?.!")


_POLAR = re.compile(rf"{_OPENING}(?:is|are|was|were|will|would|can|could|do|does|did|am|have|has|must|should|may)\b", re.I)
_ASKS_WHEN = re.compile(rf"{_OPENING}when\b", re.I)


def asks_yes_or_no(question: str) -> bool:
    """Is it a question to be answered yes or no ("is travel time paid?", "can I refuse…?")?"""
    return _POLAR.match(question) is not None


def asks_when(question: str) -> bool:
    """Does the question ask when ("when does it start?", "and when is the review?")?"""
    return _ASKS_WHEN.match(question) is not None


_WHEN = re.compile(
    rf"{_OPENING}when\s+(?:does|do|did|is|are|was|were|will|would|can|could|should|must|has|have|had)\s+(?P<rest>.+)", re.I
)


def when_subject(question: str) -> str | None:
    """What a "when" question asks the time of: the first word after its auxiliary that is
    not a determiner or pronoun, unless it is the question's last word ("when does the
    *consultation* start?"; "when is it starting?" names nothing) without a determiner before
    it ("when is my *hearing*?")."""
    m = _WHEN.match(question.strip())
    if m is None:
        return None
    ws = re.findall(r"[A-Za-z][\w'’-]*", m.group("rest"))
    at = next((i for i, w in enumerate(ws) if _says_what(w)), None)
    if at is None:
        return None
    last = at == len(ws) - 1
    if last:
        return ws[at] if at and ws[at - 1].lower() in _DETERMINERS else None
    # (the words that name it, to its verb, the last word: "when does the new *clocking system* start?" — a text
    # may call it only "the system")
    named = list(itertools.takewhile(lambda w: _says_what(w) and w.lower() not in _TIMED_VERBS and not re.fullmatch(
        r"[a-z]{3,}ed", w.lower()), ws[at:-1]))
    return " ".join(named) if named and len(named) <= WHEN_SUBJECT_WORDS else ws[at]


WHEN_SUBJECT_WORDS = 3  # a name of what is timed this long at most is read whole
# What a "when" question says of what it times, after its name: "when do the rotas *come* in?"
_TIMED_VERBS = frozenset({
    "come", "comes", "start", "starts", "begin", "begins", "end", "ends", "finish", "finishes", "close", "closes",
    "open", "opens", "happen", "happens", "go", "goes", "take", "takes", "get", "change", "changes", "apply",
    "applies", "arrive", "arrives", "launch", "launches", "run", "runs", "kick", "roll", "stop", "stops", "expire",
    "expires", "due", "be", "paid", "held", "made", "done", "sent", "set", "out", "back", "up", "off", "over",
    "happening", "starting", "beginning", "ending", "finishing", "closing", "coming", "going", "changing", "taking",
    "launching", "running", "kicking", "rolling", "stopping", "arriving",
})


_DETERMINERS = frozenset({"my", "the", "our", "your", "their", "his", "her", "next", "a", "an"})  # ("this" is a pronoun as often)


_WHO_IS = re.compile(
    rf"{_OPENING}(?i:who)(?:'s|’s|\s+is|\s+was|\s+are|\s+were)\s+(?P<name>(?:[A-Z][\w'’.-]*\s+){{0,3}}[A-Z][\w'’.-]*)\s*[?.!]*$"
)


def who_subject(question: str) -> str | None:
    """The person a "who is…?" question names: "who is Helen Price?" → "Helen Price". The
    answer is what the text says of them ("Kind regards, Helen Price, Head of Domiciliary
    Care"), not some other name. "Who is the Data Protection Officer?" names a role, which
    the answer-type check already asks a name for."""
    m = _WHO_IS.match(question.strip())
    if m is None:
        return None
    name = m.group("name")
    return None if name.split()[0].lower() in {"the", "a", "an", "my", "our", "your", "their"} else name


# "Who can watch the CCTV?", "who will see it?": a verb after "who" and a modal.
_WHO_DOES = re.compile(
    rf"{_OPENING}who\s+(?:can|could|may|might|will|would|should|must|gets? to|is allowed to|are allowed to)\s+"
    r"(?P<verb>[a-z]+)\b",
    re.I,
)
_NOT_A_DOING = frozenset({
    "is", "are", "was", "were", "be", "been", "has", "have", "had", "do", "does", "did", "get", "gets", "got",
    "can", "could", "may", "might", "will", "would", "should", "must", "i", "we", "you", "they", "the", "a", "an",
    "else", "exactly", "actually", "else's", "s", "made", "makes", "make", "wrote", "writes", "sent", "signed",
})


def who_does(question: str) -> str | None:
    """What a "who can…?" question asks who may do: "who can *watch* the CCTV?", "who gets to
    *see* my data?". None for "who is…?", "who do I…?" (the asker does it), and for what
    someone did or does ("who helped…?", "who runs…?"), which a report tells in other verbs
    ("supported by", "commissioned to deliver")."""
    m = _WHO_DOES.match(question)
    if m is None or m.group("verb").lower() in _NOT_A_DOING:
        return None
    return m.group("verb")


_DEFINITION_Q = re.compile(
    rf"{_OPENING}(?:(?:what|who)(?:'s|’s|\s+is|\s+are|\s+was)\s+(?:meant\s+by\s+)?(?:an?\s+|the\s+)?(?P<a>[^?]{{2,60}}?)"
    r"|what\s+counts\s+as\s+(?:an?\s+|the\s+)?(?P<b>[^?]{2,60}?)"
    r"|what\s+does\s+(?:the\s+(?:term|word|phrase)\s+)?(?P<c>[^?]{2,60}?)\s+mean)"
    r"(?:\s+(?:in|under)\s+(?:this|the|these|that)\s+\w+)?\s*[?.!]*$",
    re.I,
)


def defined_term_asked(question: str) -> str | None:
    """The term a question asks the meaning of: "what is a sub-processor?", "who is the
    Processor?", "what counts as confidential information?", "what does 'personal data'
    mean in this agreement?" → "sub-processor", "processor", … A contract or policy
    defines its terms ('"Sub-processor" means …', '… Limited (the "Processor")'), and the
    definition answers. At most four words: a longer "what is …" asks something else."""
    m = _DEFINITION_Q.match(question.strip())
    if m is None:
        return None
    term = next(g for g in m.groups() if g).strip(" '\"‘’“”")
    return term if 0 < len(term.split()) <= 4 else None


_SCOPE_Q = re.compile(
    rf"{_OPENING}(?:is|are)\s+(?:the\s+definition\s+of\s+)?(?P<a>[^?]{{2,60}}?)\s+(?:only\s+|just\s+)?"
    r"(?:limited|restricted|confined)\s+to\b"
    rf"|{_OPENING}(?:does|do)\s+(?:the\s+(?:term|definition\s+of)\s+)?(?P<b>[^?]{{2,60}}?)\s+"
    r"(?:include|cover|extend\s+to|encompass|mean)\b",
    re.I,
)
# What names the document or a party to the question, not a term it defines: "does the agreement cover…?"
_NOT_A_TERM = re.compile(
    r"^(?:(?:the|this|that|my|our|your|their)\s+)?(?:agreement|contract|policy|notice|procedure|document|letter|"
    r"guidance|statement|scheme|plan)s?$|^(?:it|this|that|they|he|she|you|we|i)$", re.I)


def scope_term_asked(question: str) -> str | None:
    """The defined term whose reach a question asks about: "is confidential information limited to technical
    information only?", "does 'personal data' include my photo?", "does the definition of Services cover
    support?" → "confidential information", "personal data", "services". What the text says the term is answers
    it (`defines`). Not the document ("does the agreement cover…?"), nor a pronoun; at most four words."""
    m = _SCOPE_Q.match(question.strip())
    if m is None:
        return None
    term = re.sub(r"^(?:the|a|an)\s+", "", next(g for g in m.groups() if g).strip(" '\"‘’“”"), flags=re.I).strip(" '\"‘’“”")
    if not term or _NOT_A_TERM.match(term) or len(term.split()) > 4:
        return None
    return term


def defines(term: str, text: str) -> bool:
    """Does the text define `term`? '"Personal Data" means …', 'Sub-processor means …',
    '"Services" shall mean …', or names it in brackets as the drafting does: '… ShiftWise
    Solutions Limited (the "Processor")', '(collectively, "Representatives")', or after what it
    is: '… in any form … is "Confidential Information" under the terms of this Agreement'. A
    plural or a capital is the same term."""
    t = r"[\s-]+".join(re.escape(w) for w in re.split(r"[\s-]+", term.strip())) + r"s?"
    q = r"[\"“”'‘’]"
    return re.search(
        rf"{q}{t}{q}\s*(?:,\s*)?(?:shall,?\s+)?(?:means?|includes?|refers?\s+to|is\s+defined\s+as|shall\s+have\s+the\s+meaning|has\s+the\s+meaning)\b"
        rf"|\((?:the\s+|each\s+(?:a|an)\s+|together\s+the\s+|collectively,?\s+(?:the\s+)?|hereinafter\s+(?:referred\s+to\s+as\s+)?(?:the\s+)?)?{q}{t}{q}\)"
        # "…in any form … is “Confidential Information” under the terms of this Agreement:"
        rf"|\b(?:is|are|shall\s+be|will\s+be)\s+(?:deemed\s+(?:to\s+be\s+)?|considered\s+|referred\s+to\s+as\s+)?{q}{t}{q}"
        rf"|^(?:\(?[\d.]+\)?\s+|\([a-z]\)\s+)?{t}\s+(?:means|shall\s+mean|is\s+defined\s+as)\b",
        text.strip(),
        re.I,
    ) is not None


_AUTHOR_Q = re.compile(
    rf"{_OPENING}(?:who(?:'s|’s|\s+is|\s+was)\s+(?:it|this|that|the\s+\w+|this\s+\w+)\s+(?:from|by|written\s+by|signed\s+by|sent\s+by)\b"
    r"|who\s+(?:sent|wrote|signed(?!\s+(?:\w+\s+)?off\b)|authored|is\s+the\s+author\s+of)\b"  # (signing off is approving)
    r"|who(?:'s|’s|\s+is|\s+was)\s+the\s+(?:author|sender|writer|signatory)\b)",
    re.I,
)
# A line that says who wrote: "From: Rhian Morgan, Head of Finance", "Prepared by: …", a council
# report's "Report of: Director of Corporate Services", an
# email's heading "Email from Helen Price to …", or a sign-off (`clean.is_sign_off`).
_BYLINE = re.compile(r"^(?:from|sender|author|written by|prepared by|assessment by|signed(?: by)?|report of|reported by|"
                     r"presented by)\s*:|^email from\b", re.I)


# "Who is the letter to?", "who was it sent to?", "who's it addressed to?": whom the document is written to.
_ADDRESSEE_Q = re.compile(
    rf"{_OPENING}(?:who(?:'s|’s|\s+is|\s+was)\s+(?:it|this|that|the\s+\w+|this\s+\w+)\s+(?:(?:sent|addressed|written|going)\s+)?(?:to|for)\s*[?.!]*$"
    # ("who do I send the slip to?" asks where to send something, not whom the document is to)
    r"|who\s+did\s+(?:we|they|you|i|he|she)\s+(?:send|write|address)\s+(?:it|this|that|the\s+\w+)\s+to\b"
    r"|who(?:'s|’s|\s+is|\s+was)\s+the\s+(?:recipient|addressee)\b)",
    re.I,
)
# A line that says whom the document is to: "To: Ms Sian Evans", "For the attention of: …", "FAO …".
ADDRESSED = re.compile(r"^(?:to|recipients?|addressee|for the attention of|fao)\s*:|^fao\b", re.I)


def asks_addressee(question: str) -> bool:
    """Does the question ask whom the document is written or sent to ("who is the letter to?")?"""
    return _ADDRESSEE_Q.search(question.strip()) is not None


def asks_author(question: str) -> bool:
    """Does the question ask who wrote or sent the document ("who is the letter from?",
    "who sent this?", "who wrote the assessment?")?"""
    return _AUTHOR_Q.search(question.strip()) is not None


def says_author(text: str) -> bool:
    """Does the line say who wrote the document: a From or Prepared-by field, or a sign-off?"""
    t = text.strip()
    return _BYLINE.match(t) is not None or is_sign_off(t)


def wh_word_target(question: str) -> str | None:
    """The word right after a wh-question's question word when that word is what it
    asks for itself: "who *wrote* it?", "which *offices* got the kit?"; None when an
    auxiliary comes between ("what must my employer do?", "what did staff say?"),
    since the words after it are then the question's subject, its topic."""
    first = next(iter(_words_after_wh(question)), None)
    return first if first is not None and _says_what(first) else None


# "What happens if I don't do the training?", "will I get in trouble?": what follows from not
# doing what a document asks. Not "what's the penalty?", which asks an amount (`abstain`).
_ASKS_CONSEQUENCE = re.compile(
    r"\bwhat\s+(?:happens|will\s+happen|would\s+happen)\s+if\s+(?:i|we|you|staff|they|someone|\w+s)\s+"
    r"(?:don'?t|do\s+not|didn'?t|did\s+not|can'?t|cannot|won'?t|fail|refuse|miss|forget|break|breach|ignore)\b"
    r"|\bwhat\s+if\s+(?:i|we|you)\s+(?:don'?t|do\s+not|didn'?t|won'?t|refuse|fail|miss|forget|break|breach|ignore)\b"
    r"|\b(?:get|be|am|being)\s+(?:in|into)\s+trouble\b|\bbe\s+(?:disciplined|punished|sanctioned)\b|\bconsequences?\b"
    # "what's the worst that can happen?", "what could happen to me?"
    r"|\bworst\s+(?:that\s+)?(?:can|could|might|will)\s+happen\b|\bwhat\s+(?:can|could|might|will)\s+happen\s+to\s+(?:me|us)\b",
    re.I,
)


def asks_consequence(question: str) -> bool:
    """Does the question ask what follows from not doing what a document asks?"""
    return _ASKS_CONSEQUENCE.search(question) is not None


# Whether someone may, must or is stopped from doing something: "is the receiving party
# allowed to *reverse engineer* items…?", "does the supplier have to *notify* us…?", "does the
# agreement stop them from *soliciting or hiring* our staff?". The act is what such a question
# asks about; the rest (the parties, the information) is what the whole document is about.
_DETERMINER = r"(?:the|a|an|my|our|your|their|its|his|her|this|that|these|those|any|each|every|all)"
_SUBJECT = rf"(?:i|we|you|they|it|he|she|{_DETERMINER}\s+[\w'’-]+(?:\s+[\w'’-]+){{0,3}}?|[\w'’-]+)"
_ACT_FRAMES = (
    re.compile(rf"{_OPENING}(?:is|are|was|were|am|will|would)\s+(?P<subject>{_SUBJECT})\s+(?:be\s+)?"
               r"(?:allowed|permitted|able|free|entitled|required|obliged|obligated|forbidden|prohibited|barred|banned)"
               r"\s+(?:to|from)\s+(?P<act>.+)", re.I),
    re.compile(rf"{_OPENING}(?:does|do|did|will|would)\s+(?P<subject>{_SUBJECT})\s+(?:have|need)\s+to\s+(?P<act>.+)", re.I),
    re.compile(rf"{_OPENING}(?:does|do|did|will|would|can|could)\s+(?P<subject>{_SUBJECT})\s+"
               r"(?:stop|prevent|prohibit|bar|ban|forbid|restrict)\s+(?:\S+\s+){0,4}?from\s+(?P<act>.+)", re.I),
)
# Where the act's own words end: its object's determiner, a preposition, a clause.
_ACT_END = re.compile(
    rf"\b(?:{_DETERMINER}|with|to|for|from|of|in|on|at|by|as|about|that|which|who|when|if|after|before|"
    r"without|under|into|anyone|anybody|anything|me|him|them|us|it)\b|[,?.!;:]", re.I)
# Everyday doing is said in many ways ("bring", "wear", "share" of a rule that says "disclose",
# "take in", "use"); only an act with a word of its own (solicit, hire, reverse-engineer, notify)
# is one a document that never uses the word doesn't speak of.
EVERYDAY_ACTS = frozenset({
    "be", "bring", "wear", "take", "put", "carry", "use", "have", "get", "keep", "go", "come", "leave",
    "eat", "drink", "park", "send", "see", "work", "ask", "tell", "say", "talk", "speak", "call", "do",
    "make", "give", "let", "find", "hold", "pay", "buy", "sell", "move", "change", "start", "stop", "stay",
    "help", "try", "look", "run", "meet", "sit", "stand", "read", "write", "show", "turn", "open", "close",
    "choose", "need", "want", "apply", "join", "attend", "share", "post", "pass", "hand", "check",
    "follow", "accept", "agree", "sign", "allow", "provide", "deal", "handle", "treat", "cover",
})


_EVERYDAY_TERMS = frozenset(content_terms(" ".join(EVERYDAY_ACTS)))


def asked_acts(question: str) -> tuple[str, list[str]] | None:
    """The act a question of may, must or mustn't asks about, as its alternatives ("soliciting
    or hiring" → ["soliciting", "hiring"]), with the question's words other than the frame
    (its subject and what follows the act); None for any other question, and for an act of
    everyday doing (`EVERYDAY_ACTS`). Left out: "can they X?" (no tagger tells where a
    subject like "the receiving party" ends and its verb begins)."""
    for frame in _ACT_FRAMES:
        m = frame.match(question.strip())
        if m is None:
            continue
        act = m.group("act")
        end = _ACT_END.search(act)
        own = act[: end.start()] if end else act
        alternatives = [re.sub(r"^(?:be|get|been)\s+(?=\w+ed\b)", "", a.strip(), flags=re.I)  # "be marked" is marking
                        for a in re.split(r"\s+(?:or|and/or)\s+|,\s*", own) if a.strip()]
        if not alternatives or any(everyday_act(a.split()[0]) for a in alternatives):
            return None
        rest = f"{m.group('subject')} {act[len(own):]}"
        return rest, alternatives
    return None


def everyday_act(word: str) -> bool:
    """Is the word a form of an everyday act (`EVERYDAY_ACTS`: "sharing", "kept", "used"), by the stems content_terms
    gives (a verb the stop list drops, "get", "have", "do", "say", is everyday too)? Such a verb is in too many
    sentences to tell what answers a question of it."""
    terms = content_terms(word)
    return not terms or terms[0] in _EVERYDAY_TERMS


def gerund(verb: str) -> str:
    """The -ing form of a verb as typed ("notify" → "notifying", "engineer" → "engineering",
    "strike" → "striking", "ban" → "banning"); a participle ("marked") or a gerund stays. Left
    out: doubling after a stressed last syllable of several ("admit" → "admiting"), which needs
    the word's stress."""
    low = verb.lower()
    if low.endswith(("ing", "ed")):
        return verb
    if re.fullmatch(r"[^aeiou]*[aeiou][^aeiouwxy]", low):  # one syllable, one vowel, one consonant
        return verb + verb[-1] + "ing"
    if low.endswith("ie"):
        return verb[:-2] + "ying"
    if low.endswith("e") and not low.endswith(("ee", "ye", "oe")):
        return verb[:-1] + "ing"
    return verb + "ing"


# How an act asked about is done, by an adverb in -ly: "does information shared *verbally* count…?", "can the
# receiving party *independently* develop…?", "can I report it *anonymously*?". The manner is what such a yes/no
# question turns on: a document that never speaks of it (no "oral", no "independent") doesn't answer it.
# Left out: -ly words that say how much, how often, when or how sure ("only", "usually", "early", "likely"), that
# compare ("differently", "equally"), that ask whether it is allowed ("legally", "lawfully"), words that only end
# in -ly ("apply", "family"); and an adverb that qualifies an adjective ("personally identifiable"), whose manner
# is the adjective's.
_NOT_MANNER = frozenset({
    "only", "really", "actually", "usually", "normally", "generally", "typically", "currently", "recently", "early",
    "likely", "unlikely", "probably", "possibly", "definitely", "certainly", "surely", "fully", "totally",
    "completely", "entirely", "partly", "partially", "mainly", "mostly", "nearly", "roughly", "approximately",
    "exactly", "simply", "merely", "especially", "particularly", "specifically", "basically", "literally",
    "seriously", "honestly", "quickly", "immediately", "directly", "regularly", "daily", "weekly", "monthly",
    "yearly", "annually", "hourly", "nightly", "fortnightly", "quarterly", "finally", "eventually", "initially",
    "originally", "previously", "formerly", "lately", "shortly", "briefly", "instantly", "promptly", "properly",
    "already", "also", "apply", "reply", "supply", "comply", "rely", "multiply", "family", "july", "italy",
    "assembly", "ally", "bully", "friendly", "elderly", "lonely", "costly", "silly", "ugly", "holy", "jolly",
    "rally", "belly", "anomaly", "fly", "sly", "legally", "lawfully", "officially", "automatically", "personally",
    "individually", "separately", "jointly", "equally", "similarly", "differently", "alternatively", "additionally"
})
_MANNER = re.compile(r"\b(?P<adv>[a-z]{4,}ly)\b(?:\s+(?P<next>[a-z]+))?", re.I)
_PARTICIPLE_BEFORE = re.compile(r"\b(?P<part>[a-z]{3,}(?:ed|en|wn))\s+$", re.I)


def manner_asked(question: str) -> tuple[str, str, str | None] | None:
    """The adverb of manner a yes/no question asks about, the words that show it with its act ("anything shared
    verbally", "independently developing", "doing it anonymously"), and the act when it is the verb right after the
    adverb and no everyday one ("develop" of "can the receiving party independently develop…?"; not "share" of
    "…shared verbally"); None if it has none."""
    if not asks_yes_or_no(question):
        return None
    for m in _MANNER.finditer(question):
        adv, after = m.group("adv"), (m.group("next") or "").lower()
        if adv.lower() in _NOT_MANNER or re.search(r"(?:able|ible|ent|ant|ive|ous|al|ful)$", after):
            continue
        part = _PARTICIPLE_BEFORE.search(question[: m.start()])
        if part is not None:
            return adv, f"anything {part.group('part')} {adv}", None
        if after and after not in STOPWORDS:
            return adv, f"{adv} {gerund(after)}", None if everyday_act(after) else after
        return adv, f"doing it {adv}", None
    return None


# Whether something goes on after an end: "do any of the obligations continue after the agreement ends?", "does the
# restriction carry on after I leave?". The verb before "after" is what is asked; the rest is what the document is
# about. (Only after a subject a determiner opens: no tagger tells where a bare subject ends.)
_AFTER_AN_END = re.compile(
    rf"{_OPENING}(?:does|do|did|will|would)\s+(?P<subject>{_SUBJECT})\s+(?P<verb>[a-z]{{3,}}(?:\s+on)?)\s+"
    r"(?P<when>(?:after|once|beyond|past|following)\b[^?]*)", re.I)


def lasting_asked(question: str) -> tuple[str, str] | None:
    """The verb of a yes/no question of whether something goes on after an end ("continue" of "do any of the
    obligations continue after the agreement ends?"), and what it asks about in words to show ("anything continuing after
    the agreement ends"); None for any other question and for an everyday verb ("do I get paid
    after…?")."""
    m = _AFTER_AN_END.match(question.strip())
    if m is None or everyday_act(m.group("verb").split()[0]):
        return None
    verb = m.group("verb").split()
    return m.group("verb"), " ".join(["anything", gerund(verb[0]), *verb[1:], m.group("when").strip()])


# "Is the receiving party allowed to make copies…?": an act named by "make" and the thing it makes.
_MADE = re.compile(r"^(?:make|making)\s+(?:(?:a|an|any|some|further|extra|more)\s+)?(?P<thing>[a-z]{3,})\b", re.I)


def made_thing(question: str) -> str | None:
    """What a question of may or must asks to be made, as typed ("copies" of "is the receiving party allowed to make
    copies of the confidential information?"); None for any other question. The act is the making: a document that
    speaks only of the things ("return all copies") doesn't say whether they may be made. Left out: "take" and
    "keep", whose objects (a break, a record) are no act of their own."""
    for frame in _ACT_FRAMES:
        m = frame.match(question.strip())
        if m is not None and (made := _MADE.match(m.group("act").strip())) is not None:
            return made.group("thing")
    return None
