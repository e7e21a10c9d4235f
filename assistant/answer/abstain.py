"""Should Llais decline to answer? Several independent checks, any one of which
is enough, each with a threshold in settings (calibrated on evals/data/dev.jsonl):

1. relevance: the best retrieved passage is not similar enough to the question;
2. evidence: no sentence of the evidence is similar enough;
3. coverage: the question's distinctive words (names, topics) are mostly absent
   from the evidence, e.g. a supplier the sources never mention;
4. answer type: the question asks for a number, amount, date, duration or name,
   and the chosen evidence contains none ("early notice" is not a number of days).

Left out: an NLI model (none is available offline here); the checks are lexical
and embedding-based, and err on the side of declining.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import lru_cache

from assistant.retrieval.followup import own_words
from assistant.settings import Settings
from assistant.text.lexical import STOPWORDS, content_terms, lower_case_words, one_slip_from, words
from assistant.text.names import spelled_names
from assistant.text.questions import (
    ENTRY_LABELS,
    NUMBER_WORDS,
    ORDINAL_ENTRY,
    asked_acts,
    asked_for,
    asks_author,
    asks_yes_or_no,
    gerund,
    kept_thing,
    lasting_asked,
    made_thing,
    manner_asked,
    polar_object,
    topic_asked_about,
)
from assistant.text.questions import NUM as _NUM
from assistant.text.welsh import in_welsh

_TIME_NOUN = r" (?:\w+ )?(?:notice|time|warning|leave|holidays?)\b"
_FTE = r"(?i:\b\d+(?:\.\d+)?\s*(?:FTE|full[- ]time equivalents?)\b)"
# "ten working days", "seven calendar days", "10 extra days"; "from the eighth day" counts days too.
_DAY_KIND = r"(?:(?:working|calendar|clear|business|school|consecutive|full|extra|additional|further|paid|unpaid)\s+)?"
# A number and its unit stand apart or hyphenated: "12 months", "a 12-month pilot", "a two-year review".
_TO_UNIT = r"(?:\s+|-)"
_ORDINAL = r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,3}(?:st|nd|rd|th))"
_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
          # …and in Welsh, as a Welsh document dates things ("8 Ionawr 2027")
          r"Ionawr|Chwefror|Mawrth|Ebrill|Mehefin|Gorffennaf|Awst|Medi|Hydref|Tachwedd|Rhagfyr)")
# A time given by how often or how long after: "every two years", "annually", "six months after go-live".
_PERIOD = (
    rf"\bevery (?:{NUMBER_WORDS} |\d+ |other )?(?:day|week|month|year|quarter)s?\b|"
    r"\b(?:annually|yearly|monthly|quarterly|weekly|biennially|fortnightly|each year|once a year)\b|"
    rf"\b{_NUM}{_TO_UNIT}{_DAY_KIND}(?:days?|weeks?|months?|years?)\s+(?:after|before|from|of)\b|"
    rf"\bwithin {_NUM}{_TO_UNIT}{_DAY_KIND}(?:hours?|days?|weeks?|months?|years?)\b|"
    # "from the eighth day", "after 7 days", "from day one": when, counted from something
    # ("from your first day of employment", "on their first day")
    rf"\b(?:from|on|after)\s+(?:(?:the|your|their|his|her|its)\s+)?{_ORDINAL}\s+{_DAY_KIND}(?:day|week|month)\b|"
    rf"\bafter {_NUM}{_TO_UNIT}{_DAY_KIND}(?:days?|weeks?|months?)\b|\bfrom day (?:one|1)\b|"
    # "no later than the 15th week before the week your baby is due"
    rf"\b{_ORDINAL}\s+{_DAY_KIND}(?:day|week|month)\s+(?:before|after)\b|"
    # a day of the month, or a pay day: "by the 5th of the following month", "by the end of each month",
    # "with your next month's salary", "in the next pay run"
    rf"\b(?:by|on|before|after|from) the {_ORDINAL}\s+(?:day\s+)?of (?:the |each |every |that )?(?:following |next )?month\b|"
    r"\b(?:end|start|beginning) of (?:each|every|the following|the next|next) (?:month|week|quarter|year)\b|"
    r"\b(?:next|following) (?:month'?s?|week'?s?) (?:pay|salary|payslip|payroll|wages)\b|"
    r"\b(?:with|in|on) (?:your |their |the )?(?:next|following) (?:pay|salary|payslip|payroll|pay run|pay day|payday)\b"
)
# What a length of time is counted from: "appeal within 14 days of the decision" times the
# appeal, and the decision is where its 14 days start.
_COUNTED_FROM = re.compile(
    rf"\b(?:within|after|before|no later than)\s+{_NUM}{_TO_UNIT}{_DAY_KIND}(?:days?|weeks?|months?|years?)\s+"
    r"(?:of|from|after)\s+(?P<start>(?:[\w'’-]+\s+){0,4}[\w'’-]+)",
    re.I,
)
HOW_LONG = re.compile(r"\bhow (?:long|soon|quickly|fast)\b|\bhow many (?:days|weeks|months)\b|\bhow much (?:notice|warning)\b", re.I)


def counted_from(text: str, terms: set[str]) -> bool:
    """Are the question's words (`terms`, stemmed, with the words it is searched as) in `text`
    only where a length of time is counted from? "How long will it take to get a decision?" is
    not answered by "you can appeal within 14 days of the decision", which times the appeal;
    "the Council must give you a decision within two months" times the decision."""
    starts = [m.group("start") for m in _COUNTED_FROM.finditer(text)]
    if not starts or not terms:
        return False
    # (nor in a condition it opens with: "If you are not satisfied with the outcome, you may appeal within 10
    # working days of receiving the outcome letter" times the appeal)
    rest = _COUNTED_FROM.sub(" ", text)
    if (opening := OPENING_CONDITION.match(rest)) is not None:
        rest = opening.group("rest")
    return bool(terms & set(content_terms(" ".join(starts)))) and not terms & set(content_terms(rest))


# A sentence's opening condition, to its comma, and what it says under it: "If you are unhappy with *the
# outcome*, you can appeal…" is about appealing, not about the outcome.
OPENERS = r"if|unless|where|should you|during|while|whilst"  # the words a sentence's opening condition starts with
OPENING_CONDITION = re.compile(rf"^\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:{OPENERS})\b(?P<cond>[^,;:]{{3,120}}),\s*(?P<rest>.+)$", re.I | re.S)


_DURATION = re.compile(rf"\b{_NUM}{_TO_UNIT}{_DAY_KIND}(?:hours?|days?|weeks?|months?|years?)\b", re.I)
_CLAUSE_BREAK = re.compile(r";|,\s+(?:and|but|while|whereas)\s+|(?<=[a-z)])\.\s+")


# A length of time that is an amount of something: "up to 15 hours of TOIL", "5 days of leave", "a day of unpaid leave".
_AMOUNT_OF = re.compile(rf"\b(?:{_NUM}|an?){_TO_UNIT}{_DAY_KIND}(?:hours?|days?|weeks?|months?|years?)\s+of\s+"
                        r"(?:your\s+|their\s+|the\s+|paid\s+|unpaid\s+)?(?P<what>[\w'’-]+)", re.I)


def amount_of_asked(text: str, terms: AbstractSet[str]) -> bool:
    """Is every length of time in `text` an amount of the thing asked about (`terms`: "up to 15 hours of TOIL", "5
    days of leave"), so that it gives how much of it there is, not how long one has to do something with it ("how
    long have I got to use my TOIL?" is "within three months")?"""
    amounts = list(_AMOUNT_OF.finditer(text))
    if not amounts or not all(set(content_terms(m.group("what"))) & terms for m in amounts):
        return False
    return _DURATION.search(_AMOUNT_OF.sub(" ", text)) is None


# A table row as the loaders write it: "• Step: Appeal; Who: Employee; Time limit: Within 10 days".
_TABLE_ROW = re.compile(r"^\W*[^:;\n]{1,60}: [^;\n]+(?:; [^:;\n]{1,60}: [^;\n]*)+$")


def times_another(text: str, terms: set[str]) -> bool:
    """Is every length of time in `text` in a clause without the question's words (`terms`),
    while another clause has them? "How long do we have to appeal?" is not answered by "The
    appeal will be heard by a senior manager, and the outcome will be confirmed within 5
    working days", which times the outcome; "The appeal must be made within 10 working days"
    times the appeal."""
    if not terms or _TABLE_ROW.match(text.strip()):
        return False  # a table row's cells are one record: "Processing activity: Recruitment; …; Retention: 6 months"
    clauses = _CLAUSE_BREAK.split(text)
    with_time = [c for c in clauses if _DURATION.search(c)]
    if not with_time or any(terms & set(content_terms(c)) for c in with_time):
        return False
    return any(terms & set(content_terms(c)) for c in clauses if not _DURATION.search(c))


# A time given by what happens: "an officer starts recording when: (a) …", "as soon as recording
# starts", "at the start of a shift". "When do I have to start recording?" asks for that, not only a
# date; "when do we start using the app?" asks for a date.
_OCCASION = (r"\b(?:when|whenever|as soon as|once)\b(?!\s*\?)|\bat the (?:start|end|beginning) of\b|"
             # …or by what must happen first: "…not be given access until you have passed it"
             r"\buntil (?:you|they|staff|the|your|it|this)\b|\bafter you(?:'ve| have)?\b|"
             # …or by how early: "raise any concerns at the earliest stage of consultation"
             r"\bat (?:the|an) (?:earliest|early|first) (?:possible )?(?:stage|opportunity|point)\b|\bas early as possible\b")
# A time given by the working day: "before your shift starts", "tell your manager before your usual start time".
_WORKING_DAY = r"\bbefore (?:your|the|their|his|her) (?:\w+ )?(?:shift|start|working day)\b"

# A length of time in Welsh, as a document written in Welsh gives it: a number, then a unit in the
# form the number mutates it to ("dau ddiwrnod", "pum niwrnod", "deg mlynedd", "28 diwrnod").
_CY_TIME = (
    r"(?:\d+|un|dau|dwy|tri|tair|pedwar|pedair|pump|pum|chwe|chwech|saith|wyth|naw|deg|deuddeg|pymtheg|ugain)\s+"
    r"(?:d?diwrnod\w*|niwrnod|dydd\w*|wythnos\w*|mis\w*|mlynedd\w*|blynedd\w*|blwyddyn|flwyddyn|awr|oriau|munud\w*)\b"
)
# A length of time: "12 weeks", "ten working days", "the fifth day", "pythefnos".
_LENGTH = rf"{_NUM}{_TO_UNIT}{_DAY_KIND}(?:days?|weeks?|months?|years?|hours?|minutes?)\b|{_ORDINAL}\s+{_DAY_KIND}(?:day|week|month)\b|{_CY_TIME}"

# A point counted in a plan's own months or weeks: "End of month 1", "in week 3"; or a table cell
# under a "When" heading ("When: End of month 5").
_PLAN_POINT = (r"(?i:\b(?:end|start|beginning|middle) of (?:the )?(?:month|week|year) \d{1,2}\b|\bin (?:month|week) \d{1,2}\b|\bwhen\s*:\s*\w|"
               # "In your first month: Agree objectives…", a heading that says when (`units.typed_text`)
               r"\b(?:in|within|during) (?:the |your )(?:first|second|third) (?:(?:two|three|four|six) )?(?:days?|weeks?|months?|years?)\b|"
               # …or what sets it off, in a table of triggers: "Trigger: 4 weeks' continuous absence"
               r"\btrigger(?: points?)?s?\s*:\s*\w)")

# A time of day: "between 20:00 and 06:00", "by 5pm", "at 9.30 a.m.", "at noon".
_CLOCK = r"\b\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)|\b\d{1,2}:\d\d\b|\bo'clock\b|\bnoon\b|\bmidday\b|\bmidnight\b"

# ("When is the earliest I can start my leave?" asks for a limit a rule sets, not a start date.)
ASKS_START = re.compile(r"\bwhen (?:does|do|will|is|are|did)\b(?!\s+(?:the\s+)?(?:earliest|latest|soonest)\b).{0,40}\b(?:start|starts|starting|begin|begins|beginning|"
                        r"go(?:es|ing)? live|launch\w*|com(?:e|es|ing) in|commenc\w*|kick(?:s|ing)? off)\b", re.I)
# A date given as when something starts: "From January 2027 the Council will switch on…", "goes
# live on 3 March", "with effect from 1 April". Not "the unions were consulted in October 2026".
_DATED_START = re.compile(
    rf"\b(?:from|starting|start(?:s|ing)?(?: on| in)?|begin(?:s|ning)?(?: on| in)?|go(?:es)? live(?: on| in)?|"
    rf"launch(?:es|ed)?(?: on| in)?|with effect from|effective(?: from)?|as of|commenc\w*(?: on| in)?|"
    rf"(?:was|were|is|are|will be|has been|have been) (?:introduced|launched|brought in|rolled out|switched on)(?: in| on| from)?|"
    rf"went live(?: in| on)?|came in(?: in| on)?)\s+(?:the\s+)?"
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?(?:{_MONTH}|(?:19|20)\d\d)\b",
    re.I,
)


_DATE_WORD = re.compile(rf"^(?:{_MONTH}|(?:19|20)\d\d|\d{{1,2}}(?:\.\d\d)?(?:am|pm))$", re.I)
DATE_NEAR = 10  # words from what is timed to its date: "The consultation period will run for 45 days, from 5 January"


def dated_near(text: str, terms: AbstractSet[str]) -> bool:
    """Does the text date what the question times, within a few words of it ("a disciplinary
    *hearing* on Tuesday 15 *December* 2026"), not something else it goes on to speak of ("The
    hearing will consider… between 1 and 30 September 2026")?"""
    said = re.findall(r"[\w'’.-]+", text)
    # (a name that shares the word's stem is something else: "the Joint Consultative Committee in March")
    named = [i for i, w in enumerate(said) if set(content_terms(w)) & terms and not (
        i and w[:1].isupper() and said[i - 1][:1].isupper() and not said[i - 1].endswith((":", ";", ".")))]
    dated = [i for i, w in enumerate(said) if _DATE_WORD.match(w.rstrip("."))]
    return any(0 < d - n <= DATE_NEAR for n in named for d in dated)


_ROW_NAME = re.compile(r"^\W*[^:;\n]{1,40}:\s*(?:the\s+|a\s+|an\s+)?([\w'’-]+)")


def row_names(text: str, terms: AbstractSet[str]) -> bool:
    """Is the text a table row whose first cell names what the question asks about ("Milestone:
    *Pilot* with 50 staff…; Start: 11 January 2027" for the pilot, not "Milestone: Review of the pilot…")?"""
    m = _ROW_NAME.match(text)
    return m is not None and bool(set(content_terms(m.group(1))) & terms)


def dated_start(text: str) -> bool:
    return _DATED_START.search(text) is not None


# Pay for extra hours as a multiple of the normal rate: "Double time", "time and a half", "time plus a third".
_PAY_RATE = r"(?i:\b(?:double|triple|treble|plain|single) time\b|\btime and (?:a|one) (?:half|third|quarter)\b|\btime plus (?:a|one) (?:half|third|quarter)\b)"

# A sum in a table cell under a heading of money ("Annual salary: 24404", "Hourly rate: 12.65"),
# which a spreadsheet gives without its "£".
_MONEY_CELL = r"(?i:\b(?:salary|salaries|pay|wages?|rates?|costs?|amounts?|prices?|fees?|charges?)\s*:\s*£?\d)"

# A UK telephone number after its leading 0 (or +44): "01639 000111", "0300 123 4567".
_PHONE_DIGITS = r"\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}(?!\d)"

_NOTICE_Q = re.compile(r"\bhow much (?:\w+ )?(?:notice|warning)\b|\bhow (?:far|long) (?:in advance|ahead|beforehand)\b|\bnotice period\b", re.I)


def asks_notice(question: str) -> bool:
    """"How much notice do I need to give?", "how far in advance…?": how long before something."""
    return _NOTICE_Q.search(question) is not None


# Numbers that are no telephone's: "the case number", "my payroll number".
_NOT_PHONE = (r"(?:reference|ref|case|payroll|employee|staff|licen[cs]e|account|policy|job|post|grade|version|room|vehicle|"
              r"registration|order|invoice|ticket|serial|national|insurance|ni|tax|pin|bank|sort|roll|item|clause|page|section)")
# (question pattern, evidence pattern, what is missing). Checked in order.
# A share of a sum in words: "all of the fees", "half of the cost", "two thirds of your salary".
_SHARE_OF_SUM = (r"\b(?:all|half|part|a (?:half|third|quarter|share|proportion)|one (?:half|third|quarter)|two thirds|"
                 r"three quarters|the (?:whole|full)(?: amount)?)\s+of\s+(?:the |your |their |its |any )?(?:\w+ )?"
                 r"(?:pay|salary|earnings|fees?|costs?|charges?|price|amount|sum|money|wages?|expenses?)\b")
_ANSWER_TYPES: list[tuple[re.Pattern[str], re.Pattern[str], str]] = [
    # "% of branches consulted?" asks for one; "if the new job is 80% the same" gives one.
    (re.compile(r"\b(what|which) (percentage|proportion|share)\b|(?<![\d.]\s)(?<![\d.])(?:\bper ?cent\b|%)", re.I),
     re.compile(rf"{_NUM}\s*(%|per ?cent)|\b(a|one|two|three)[ -](half|halves|quarters?|thirds?|fifths?)\b|\bhalf (of|the)\b|\bmajority\b|\bminority\b|"
                rf"\b(?:one|{_NUM}) in (?:every )?(?:{_NUM}|{NUMBER_WORDS})\b", re.I), "a percentage"),
    # What something costs is a sum of money: "90% accuracy" doesn't say what the chatbot cost.
    # ("will it cost jobs?", "will this cost me my job?" ask about jobs, not money)
    (re.compile(r"\bcost\w*\b(?!\s+(?:me\s+|us\s+|them\s+)?(?:my\s+|our\s+|any\s+|the\s+|their\s+)?(?:jobs?|posts?|roles?|positions?)\b)|\bprice[sd]?\b|\bbudget\b|(?<!\bis )(?<!\bare )(?<!\bbe )(?<!\bbeen )\bspen[dt]\b(?!\s+(?:warnings?|convictions?|cautions?|sanctions?|disciplinar\w*|records?)\b)|\bfine[sd]?\b|\bpenalt\w+\b|\bcompensation\b|"
                # ("how much time did it save?" asks for a length of time, "how much faster are they paid?" by how much)
                r"\bpay(ment)?\b.*\bhow\b|\bhow much\b(?!\s+(?:time|notice|leave|holiday|effort|work|faster|quicker|sooner|longer|shorter|"
                r"earlier|later|more|less|better|worse|bigger|smaller)\b).*\b(pay|paid|charge[sd]?|sav(e|ed|es|ing|ings))\b", re.I),
     re.compile(rf"[£$€]\s?{_NUM}|\b(?-i:GBP|EUR|USD)\s?{_NUM}|{_NUM}\s*(bn|billion|million|m\b|k\b|pounds|pence|p\b|dollars|euros)|"
                r"\b(free of charge|no (extra )?cost|at no (extra )?charge|no (?:charge|fee)s?|without charge|unpaid|free)\b|"
                # pay given as a share or a rate of one's own: "one month's full pay", "90% of your pay"
                r"\b(?:full|half|basic|normal|reduced|statutory) (?:pay|salary|rate)\b|"
                # …or as a multiple of it: "Double time", "time and a half"
                rf"{_PAY_RATE}|{_MONEY_CELL}|"
                # …or as a share saved: "Most people save between 30% and 40%"
                rf"\b(?:save|saves|saving|savings|cheaper|less)\b[^.]{{0,30}}?{_NUM}\s*(?:%|per ?cent)|"
                # …or as a rise by a share: "a 3.2% rise", "a 4 per cent pay increase"
                rf"{_NUM}\s*(?:%|per ?cent)\s+(?:pay\s+)?(?:rise|increase|uplift|award|offer|settlement)\b|"
                # …or the other way round: "the national pay offer of 3.2%", "a pay award of 4 per cent"
                rf"\b(?:rise|increase|uplift|award|offer|settlement)\s+of\s+(?:up to\s+|around\s+|about\s+)?{_NUM}\s*(?:%|per ?cent)|"
                # …or as a share of a sum: "up to 100% of course fees", "half of the fees"
                rf"{_NUM}\s*(?:%|per ?cent) of (?:your |their |the |normal |basic |average )?(?:\w+ )?"
                rf"(?:pay|salary|earnings|fees?|costs?|charges?|price)\b|{_SHARE_OF_SUM}|"
                # …or a share paid in: "The Council pays 18.5% on top", "you pay 6.5%", "a contribution of 5.5%"
                rf"\b(?:pays?|paid|paying|contributes?|contributing|contributions?(?: rate)?(?: of| is)?|rate(?: of| is)?)\s+"
                rf"(?:in\s+|an?\s+(?:extra\s+|further\s+)?)?{_NUM}\s*(?:%|per ?cent)", re.I),
     "an amount of money"),
    # "How much notice / time…?" asks for a length of time, not an amount; "how much is it worth?"
    # for an amount, of money ("£2m") or of a whole ("performance is worth 30%").
    # ("what's the most TOIL I can build up?" asks the cap, as "what's the maximum…?" does)
    (re.compile(rf"\bhow much\b(?!{_TIME_NOUN})|\bwhat(?:'s|s| is| are)? the (?:\w+ )?(?:limits?|maximum|max|cap)\b(?!{_TIME_NOUN})|\bwhat(?:'s|s| is| are)? the (?:[\w-]+ ){0,2}rates?\b(?!\s+of\b)"
                r"|\bwhat(?:'s|s| is| are)? the most (?:\w+ )?(?:i|we|you|they|staff|people) (?:can|could|may)\b", re.I),
     re.compile(rf"£\s?{_NUM}|\b(?-i:GBP|EUR|USD)\s?{_NUM}|{_NUM}\s*(bn|billion|million|m\b|k\b|pounds|pence|p\b|%|per ?cent)|{_CY_TIME}|{_PAY_RATE}|{_MONEY_CELL}|"
                # a cap given by what it is measured against: "shall not exceed the fees paid…"
                r"\b(?:not exceed|capped at|limited to)\b|"
                # a quantity in its unit: "up to 10 days of training", "37 hours a week"
                rf"{_NUM}{_TO_UNIT}{_DAY_KIND}(?:minutes?|mins?|hours?|days?|weeks?|sessions?|places?|licen[cs]es?|GB|MB)\b|"
                # …or a share of a sum in words: "half of the fees"
                rf"{_SHARE_OF_SUM}", re.I), "an amount"),
    # "How much notice do I need to give?" asks how long before: a length the text gives as notice or as
    # ahead of something ("at least 5 working days in advance", "Notice you must give: 1 month"), not any
    # length ("a pool of 1,200 hours a year").
    (_NOTICE_Q,
     re.compile(rf"(?:{_LENGTH})[^.;\n]{{0,50}}?\b(?:notice|in advance|advance|before|ahead|beforehand|prior|earlier|warning)\b|"
                # …or counted in days without a number: "twice as many days in advance as the leave"
                r"\b(?:days|weeks|months)\s+(?:in advance|ahead|beforehand|before|notice)\b|"
                # …or as how far ahead something shows: "your visits for the next two weeks"
                rf"\b(?:for|over|in)\s+the\s+next\s+(?:{_LENGTH})|"
                rf"\b(?:notice|advance|warning)\b[^.\n]{{0,50}}?(?:{_LENGTH})", re.I),
     "a length of notice"),
    (re.compile(rf"\bhow many (days|weeks|months|years|hours)\b|\bdays'?\b.*\bnotice\b|\bhow much{_TIME_NOUN}", re.I),
     re.compile(rf"{_NUM}{_TO_UNIT}{_DAY_KIND}(days?|weeks?|months?|years?|hours?|minutes?)\b|{_ORDINAL}\s+{_DAY_KIND}(day|week|month)\b|{_CY_TIME}|"
                # …or staff time counted in posts: "2.5 full-time equivalent posts", "0.6 FTE"
                rf"{_FTE}|"
                # …or that none is set: "There is no minimum."
                r"\bthere is no (?:minimum|maximum|limit|set number|fixed number)\b", re.I),
     "a length of time"),
    # "How often does it record where the van is?": every so often, so many times a day, or always.
    (re.compile(r"\bhow (?:often|frequently)\b|\bhow many times (?:a|an|per|each)\b", re.I),
     re.compile(
         rf"{_PERIOD}|\bevery (?:{NUMBER_WORDS} |\d+ |few )?(?:seconds?|minutes?|hours?|shifts?|visits?|journeys?)\b|"
         rf"\b(?:once|twice|{_NUM} times)\s+(?:a|an|per|each|every)\s+\w+|\b(?:daily|hourly|nightly|continuously|constantly|"
         # a share of the rota: "one week in four", "one weekend out of every three"
         rf"(?:a|one|{_NUM}) (?:days?|weeks?|weekends?|shifts?|nights?|months?) (?:in|out of) (?:every )?{_NUM}\b|"
         # …or of the cases: "they do in about 1 in 8 cases", "one in five calls"
         rf"(?:one|{_NUM}) in (?:every )?(?:{_NUM}|{NUMBER_WORDS})\b|"
         # …or by the occasions it comes with: "at the start and end of each visit", "after every shift"
         r"(?:at the (?:start|end|beginning)(?: and (?:the )?end)? of|after|before|during) (?:each|every) \w+|"
         r"in real[- ]time|all the time|at all times|each time|every time|whenever|live)\b",
         re.I,
     ), "a frequency"),
    # "How far away can the new job be?", "what distance…?": so many miles, or a distance in words.
    (re.compile(r"\bhow far(?:\s+away)?\b(?!\s+(?:in advance|ahead|beforehand|back)\b)|\bwhat distance\b|\bhow many (?:miles|km|kilometres)\b", re.I),
     re.compile(rf"{_NUM}\s*(?:miles?|mi|km|kilometres?|kilometers?|metres?|meters?|yards?)\b|"
                r"\b(?:walking|travelling|commuting|reasonable) distance\b", re.I), "a distance"),
    # "How long does my password need to be?" asks a length, not a time: so many characters.
    (re.compile(r"\bhow long (?:does|do|should|must|can|is|are|has|have) (?:\w+ ){1,3}?(?:(?:need|have|got) to |)be\s*\??$|"
                # ("how long is the summary kept?" asks how long it is kept)
                r"\bhow (?:long|short) (?:is|are) (?:the |my |a )?(?:password|passphrase|pin|name|username|title|summary|answer)s?\b"
                r"(?!\s+(?:kept|held|stored|retained|saved|available|valid|for)\b)", re.I),
     re.compile(rf"{_NUM}\s*(?:characters?|letters?|digits?|words?|pages?|lines?|mm|cm|metres?|meters?|miles?|km)\b", re.I),
     "a length"),
    # "How long will they keep my data?" is also answered by "as long as necessary", "until…".
    (re.compile(r"\bhow (long|soon|quickly|fast)\b", re.I),
     re.compile(
         # …or by the dates it runs between: "from 5 January to 19 February", "Starts: 5 January 2027; Ends: 19 February 2027",
         # "Start: April 2027; End: August 2027"
         rf"(?i:\b(?:from|starts?|start date|begins?)\s*:?\s*(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?{_MONTH}\b[^.\n]{{0,40}}?"
         rf"\b(?:to|until|till|ends?|end date)\s*:?\s*(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?{_MONTH}\b)|"
         rf"{_NUM}{_TO_UNIT}{_DAY_KIND}(days?|weeks?|months?|years?|hours?|minutes?)\b|{_CY_TIME}|\b(as long as|for as long|until|indefinitely|"
         r"no longer than|for the (?:period|duration|life)|retention period|as soon as|immediately|promptly|"
         r"without (?:undue )?delay)\b",
         re.I,
     ), "a length of time"),
    # "What time…?", "… opening hours", "the train times": a time of day.
    (re.compile(r"\bwhat times?\b|\b(opening|visiting|office|surgery)\s+hours\b|\bwhat (?:are|is) the (?:\w+\s+)?times\b|\btimetables?\b", re.I),
     # …or one given by the working day: "before your shift starts", "within one hour of your start time"
     re.compile(rf"{_CLOCK}|\bwithin (?:{NUMBER_WORDS}|an?|\d+) (?:hours?|minutes?) of\b|"
                rf"{_WORKING_DAY}|\bby the start of\b", re.I),
     "a time of day"),
    # "When will the policy be reviewed?" is answered by "every two years", "six months after
    # go-live", "annually" as well as by a date; what happened ("when was…?") by a date alone.
    # "When do I have to start recording?", "when should I report it?", "when can they use it?"
    # ask on what occasion, as well as on what date: "when: (a) a member of the public…".
    # "When do I fill in the form?" asks on what occasion the asker does it: "when you return".
    # "When do I have to tell my manager?" is answered by the working day as well: "before your usual start time".
    (re.compile(r"\bwhen (?:do|should|must|can) (?:i|we) (?:have to |need to |got to )?(?:tell|ring|phone|call|contact|inform|notify|"
                r"report|let \w+ know)\b", re.I),
     re.compile(rf"\b(19|20)\d\d\b|\b{_MONTH}\b|(?i:{_PERIOD})|(?i:{_OCCASION})|(?i:{_CLOCK})|(?i:{_WORKING_DAY})|{_PLAN_POINT}"), "a date"),
    (re.compile(r"\bwhen (?:should|must|can|could|may)\b|\bwhen do (?:i|we)\b(?!\s+(?:start|begin|switch|go\s+live)|\s+(?:have|need|got) to\s+(?:start|begin)\s+using\b)|\bwhen (?:do|does|am|are|is) (?:the |my |our |your |their )?\w+ (?:have|has|need|needs|"
                r"allowed|supposed|meant|required|expected) to\b(?!\s+(?:start|begin)\s+using\b)|\bwhen (?:do|does) \w+ (?:need|needs)\b", re.I),
     re.compile(rf"\b(19|20)\d\d\b|\b{_MONTH}\b|(?i:{_PERIOD})|(?i:{_OCCASION})|(?i:{_CLOCK})|{_PLAN_POINT}|"
                # …or in what case, by its exception: "will not be used…, except where there has been a collision"
                r"(?i:\b(?:except|only|unless)\s+(?:where|when|if|in|after|for)\b)|"
                # …or by the end of something: "…notice before the end of the current term"
                r"(?i:\b(?:before|by|at) the (?:end|expiry|start|beginning) of\b)|"
                # …or after how long: "for absences of more than 7 calendar days you must…"
                rf"(?i:\b(?:more|longer) than {_NUM}{_TO_UNIT}{_DAY_KIND}(?:hours?|days?|weeks?|months?)\b)"), "a date"),
    # When a thing starts is a date: "after six months" times something after it has started, and
    # "when you clock in" when it does something, once started.
    # "When do I start the app?": the occasion the asker does it on ("when you arrive"), or a date.
    (re.compile(r"\bwhen (?:do|should|must) (?:i|we) (?:start|begin|switch on|turn on|open)\b(?!\s+using\b)\s+\w", re.I),
     re.compile(rf"\b(19|20)\d\d\b|\b{_MONTH}\b|(?i:{_OCCASION})|(?i:{_CLOCK})"), "a date"),
    (ASKS_START,
     re.compile(rf"\b(19|20)\d\d\b|\b{_MONTH}\b|(?i:\bfrom (?:today|tomorrow|next (?:week|month|year)))"), "a date"),
    # "When is the tool used?", "when is it needed?" ask in what case: "For jobs that attract more than
    # 100 applications, we use…", "If…", "Where…", as well as on what date.
    (re.compile(r"\bwhen (?:is|are|will|would|does|do) (?:\w+ ){0,3}?(?:used|applied|needed|required|triggered|switched on|turned on)\b", re.I),
     re.compile(rf"\b(19|20)\d\d\b|\b{_MONTH}\b|(?i:{_PERIOD})|(?i:{_CLOCK})|(?i:{_OCCASION})|"
                r"(?i:\b(?:if|where|whenever|unless|only|in cases?)\b|\bfor (?:\w+ ){1,3}(?:that|which|with|where|of)\b)"), "a date"),
    # "When does it end?", "when does the agreement expire?": a date or a length as well, and the event it ends on
    # ("until all the information is returned", "on termination of the contract") or that it never does ("…shall
    # continue in force without limit of time", "indefinitely").
    (re.compile(r"\bwhen (?:does|do|will|would|is|are|did) (?:\w+ ){0,4}?(?:end|ends|ending|finish|finishes|terminate|terminates|"
                r"expire|expires|stop|stops|come to an end|comes to an end|run out|runs out|lapse|lapses)\b", re.I),
     re.compile(rf"\b(19|20)\d\d\b|\b{_MONTH}\b|(?i:{_PERIOD})|(?i:{_OCCASION})|{_PLAN_POINT}|"
                rf"(?i:\b{_NUM}{_TO_UNIT}{_DAY_KIND}(?:days?|weeks?|months?|years?)\b)|"
                r"(?i:\buntil\b|\bwithout (?:any )?limit(?:ation)? (?:of|in) time\b|\bindefinitely\b|\bin perpetuity\b|"
                r"\bno (?:fixed )?end date\b|\bsurviv\w*|\b(?:on|upon|at) (?:the )?(?:termination|expiry|expiration|completion|end)\b)"),
     "a date"),
    # "When are CCTV recordings deleted?", "when does a warning expire?": after how long they are kept
    # ("CCTV recordings: 31 days", "stays on your file for 12 months"), as well as on what date.
    (re.compile(r"\bwhen (?:is|are|will|would|does|do|did|get|gets) (?:\w+ ){0,4}?(?:deleted|destroyed|removed|erased|wiped|"
                r"overwritten|disposed|purged|shredded|expire|expires|lapse|lapses|spent|run out|runs out|come off|comes off|drop off|"
                r"drops off|taken off)\b", re.I),
     re.compile(rf"\b(19|20)\d\d\b|\b{_MONTH}\b|(?i:{_PERIOD})|{_PLAN_POINT}|"
                rf"(?i:\b{_NUM}{_TO_UNIT}{_DAY_KIND}(?:days?|weeks?|months?|years?)\b)"), "a date"),
    (re.compile(r"\bwhen (will|is|are|does|do|should|must|would|can)\b", re.I),
     re.compile(rf"\b(19|20)\d\d\b|\b{_MONTH}\b|(?i:{_PERIOD})|(?i:{_CLOCK})|{_PLAN_POINT}|"
                # …or after a period: "After the qualifying period, agency workers are entitled to…"
                r"(?i:\bafter (?:the|your|their|a|an) (?:\w+ )?(?:period|probation|weeks?|months?|years?)\b)"), "a date"),
    # A deadline is a limit in time: "by 18 February", "within ten working days", "no later than…".
    # (asked for: "when's the timesheet deadline?", not spoken of in a story, "I'm off sick on deadline day, what happens…?")
    (re.compile(r"\b(?:what|when|which)(?:'s|’s|s| is| are| was)? (?:the |a |my |our |their )?(?:[\w-]+ ){0,2}(?:deadlines?|closing date|cut[- ]?off(?: date)?)\b|"
                r"\bdeadlines? (?:for|to|is|was)\b|\bis there a deadline\b|\bclosing date\b|\bby when\b|\bcut[- ]?off date\b|^\W*deadlines?\W*$", re.I),
     re.compile(rf"(?i:\b(?:by|before|no later than|not later than|until)\b)\s+(?:the\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?{_MONTH}\b|"
                # (a deadline given, "The closing date is…", "Deadline: Friday"; not one only spoken of, "if you are
                # off sick on the deadline")
                rf"(?i:\bwithin {_NUM}{_TO_UNIT}{_DAY_KIND}(?:days?|weeks?|months?)\b|\b(?:closing date|deadline)\s*(?::|is\b|was\b|will be\b)|\bno later than\b)|"
                # …or a time of day and a day: "by 5pm on the last Friday of each month", "by noon on Friday"
                rf"(?i:\bby\s+(?:{_CLOCK}|noon|midday)(?:\s+on)?\s+(?:the\s+)?(?:(?:last|first|final)\s+(?:working\s+)?)?"
                r"(?:day|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)|"
                # an action table's column: "By when: 31 October 2026", "Due: 30 June"
                rf"(?i:\b(?:by when|due(?: date| by)?|target date|completion date)\b)\s*:?\s*(?:\d|{_MONTH})|"
                # a day of each month: "by the 5th of the following month"
                r"(?i:\bby the \d{1,2}(?:st|nd|rd|th) (?:day )?of (?:the|each|every) (?:following |next )?month\b)|"
                # …or by the deadline something else sets: "before the closing date", "by the end of the consultation"
                # ("before the deadline" names none)
                r"(?i:\b(?:by|before|no later than)\s+the\s+(?:closing date|end of the (?:consultation|month|week|year|"
                r"probation(?:ary)? period|notice period|pilot|trial))\b)"),
     "a deadline"),
    (re.compile(r"\bwhen (was|were|did)\b|\bwhat (date|year|day)\b|\bwhich year\b", re.I),
     # A month by its capitalised name: "a warning may be issued" names no month.
     re.compile(rf"\b(19|20)\d\d\b|\b{_MONTH}\b"), "a date"),
    # "What's the phone number?", "what number do I ring?", "the service desk number": a telephone number.
    (re.compile(r"\b(?:tele)?phone (?:number|no\.?)s?\b|\bwhat number\b|^\W*what(?:'s|s| is) (?:the|their|its) number\b|\bnumber (?:to|do i|should i) (?:ring|call|phone)\b|"
                r"\b(?:desk|helpline|help ?line|switchboard|hotline|office|centre|center|team|line)(?:'s)? number\b|"
                # …and whoever's number it is: "what's the IT number?", "what's the HR number?" (not a reference,
                # an account or a count: "the case number", "the number of staff")
                rf"^\W*what(?:'s|’s|s| is) (?:the |their |its |your |my )?(?!(?:the|their|its|your|my)\b)(?:(?!{_NOT_PHONE}\b)[A-Za-z][\w&-]*(?:['’]s)?\s+){{1,2}}"
                r"number\b(?!\s+of\b)", re.I),
     re.compile(rf"(?<!\d)(?:\+44\s?|0){_PHONE_DIGITS}"), "a telephone number"),
    # "Who do I tell?", "who should I report it to?": someone to go to, by their role, or an address.
    # ("…should be raised under the Grievance Procedure" names a procedure, not whom to tell.)
    (re.compile(r"\bwho (?:do|should|can|could|must) (?:i|we) (?:tell|contact|report|ask|go to|speak|talk|raise|complain|"
                r"inform|notify|ring|phone|call|email)\b", re.I),
     re.compile(rf"[\w.+-]+@[\w-]+\.\w|(?<!\d)0{_PHONE_DIGITS}|"
                r"(?i:\b(?:(?:report|send|tell|speak|talk|raise|discuss|refer|escalate|forward|submit|complain|go|write|email|appeal)\w*"
                r"\s+(?:[\w-]+\s+){0,8}?(?:to|with)|sent\s+to|contact|tell|inform|notify|ask|call|ring|phone|email)\s+(?:the|your|a|an|our|their)\s+(?:[\w-]+\s+){0,3}"
                r"(?:manager|officer|team|department|service|unit|director|head|supervisor|representative|rep|lead|desk|"
                r"adviser|advisor|helpline|hr|controller|coordinator|co-ordinator|person|contact|inbox|mailbox|office|"
                r"line|leader|partner|steward|member|chair|chairman|chairperson|committee|board|panel|secretary|ombudsman|"
                r"commissioner|auditor)s?\b)|"
                # …or a team by its name: "Report a broken appliance to Facilities", "Contact Facilities on extension 4455"
                r"(?i:\b(?:report|send|tell|speak|talk|raise|refer|escalate|forward|submit|complain|write|email)\w*"
                r"\s+(?:[\w-]+\s+){0,8}?(?:to|with))\s+(?:the\s+)?[A-Z][A-Za-z]{2,}|"
                r"(?i:\b(?:contact|call|ring|phone|email)\s+)(?:the\s+)?[A-Z][A-Za-z]{2,}"),
     "a name"),
    # Where to send or report something: an email, web or postal address, or whom it goes to.
    (re.compile(r"\bwhere\b.{0,30}\b(send|write|email|e-mail|submit|return|post|report|apply|complain)\w*\b|"
                r"\bwhat(?:'s| is) the (?:email|e-mail|web ?site|postal) ?(?:address)?\b", re.I),
     re.compile(r"[\w.+-]+@[\w-]+\.\w|\bhttps?://|\bwww\.|\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b|"
                r"(?i:\b(?:to|with) (?:the|your|their|our|a) (?:\w+ ){0,3}(?:officer|manager|team|department|service|unit|"
                r"director|head|inbox|mailbox|office|desk|committee)s?\b)"),
     "an address"),
    # Where something is held or happens: "where is the hearing?", "where's the training?" is answered by a
    # room, a building, a site or a call ("in Meeting Room 3, Civic Centre", "Council Chamber and on Teams").
    # ("where can I ask questions?", "where do we go for the training?": where the asker goes, to ask, meet or
    # park; not "where can I buy…?", which a place in passing, "the DVLA in Swansea", doesn't answer)
    (re.compile(r"^\W*(?:and\s+|so\s+)?where(?:'s|’s| is| are| was| were| will|\s+(?:can|could|do|should|would)\s+(?:i|we|staff)\s+"
                r"(?:go|ask|attend|meet|park|sit|work|eat|take|get (?:help|advice|support)))\b"
                r"(?!.{0,40}\b(?:send|write|email|e-mail|submit|"
                r"return|post|report|apply|complain|find|read|get|see|kept|stored|held on|saved)\w*\b)", re.I),
     re.compile(r"(?i:\b(?:rooms?|halls?|chamber|centre|center|offices?|buildings?|house|library|depot|floor|suite|"
                r"site|campus|hub|school|hospital|station|street|road|lane|avenue|park|online|teams|zoom|virtually|"
                r"remotely|in person|intranet|portal|website)\b)|\b(?:in|at) (?:the )?[A-Z][a-z]+|\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b"),
     "a place"),
    # A count: not a year ("in March 2027") or the day of a date ("on 12 January").
    (re.compile(r"\bhow many\b|\bnumber of\b", re.I),
     re.compile(rf"(?<![\d,.])(?!(?:19|20)\d\d\b)\d[\d,.]*(?!\d)(?!(?:st|nd|rd|th)?\s+{_MONTH}\b)|(?i:\b{NUMBER_WORDS}\b)"),
     "a number"),
]
_NAME_Q = re.compile(
    r"\b(which|what)\s+(company|companies|supplier|vendor|contractor|firm|provider|consultanc\w*|brand|product|minister|person)\b"
    r"|\b(who|which|what)\b.{0,60}\b(name|named|call(?![- ]?outs?\b)|called)\b"
    r"|(?:^\W*|[,;:—–(]\s*|\band\s+|\bbut\s+|\bso\s+)(?:who|whom|whose)\b|\bname of\b",
    re.I,
)


@dataclass(frozen=True)
class Verdict:
    abstain: bool
    reason: str = ""  # in English, for the API and the logs
    # The reason as data, for the framing's language: `why` is "far", "unmentioned", "no_fact",
    # "not_as_asked" or "no_clause"; `what` is what it names (the words not mentioned, the kind
    # of fact as in _ANSWER_TYPES, "clause 12.4").
    why: str = ""
    what: str = ""
    # Offer the nearest passages? Not when the thing asked about is absent from
    # the sources altogether: the nearest text would be about something else.
    show_nearest: bool = True


def _has_name(evidence: str, question: str) -> bool:
    """A proper name or quoted name in the evidence that the question doesn't already give."""
    qwords = {w.lower() for w in words(question)}
    for m in re.finditer(r"[‘'\"“]([A-Z][\w .-]{1,40})[’'\"”]", evidence):
        if m.group(1).lower() not in qwords:
            return True
    # a product's one-word name has a capital inside it ("TalentMatch"), wherever it stands
    if any(m.group(0).lower() not in qwords for m in re.finditer(r"\b[A-Z][a-z]+[A-Z]\w*", evidence)):
        return True
    for m in re.finditer(r"\b([A-Z][a-z]+(?:\s+[A-Z][a-z]+)*)\b", evidence):
        before = evidence[: m.start()].rstrip()
        parts = m.group(1).lower().split()
        # A field's value is a name when it is two capitalised words ("In attendance: Nia Roberts"),
        # not a sentence's first word ("Note: The Council…").
        field_value = before.endswith(":") and len(parts) >= 2 and parts[0] not in STOPWORDS
        if (not before or before.endswith((".", "!", "?", ":", "•", "“", '"'))) and not field_value:
            continue  # sentence-initial capitals are not names
        if not all(p in qwords or p in STOPWORDS for p in parts):
            return True
    return False


_ROLES = r"(company|companies|supplier|vendor|contractor|firm|provider|consultanc\w*|developer)"
_ROLE = re.compile(rf"\b{_ROLES}s?\b", re.I)
# The role is what is asked ("which supplier…", "who was the contractor…"), not the
# subject of another question ("what will the company do…").
_ROLE_Q = re.compile(
    rf"\b(which|what)\s+(?:\w+\s+)?{_ROLES}s?\b"
    r"|\bwho\s+(?:is|was|are|were)\s+the\s+(?:\w+\s+)?(company|supplier|vendor|contractor|firm|provider|developer)s?\b"
    rf"|\bnames?\s+of\s+(?:the\s+|their\s+|its\s+)?(?:\w+\s+){{0,2}}{_ROLES}s?\b",
    re.I,
)
# A question asking who: "who" opens it or one of its parts. Not "will the AI decide who
# works which shift?", whose "who" opens what is decided.
_WHO_Q = re.compile(r"(?:^\W*|[,;:—–(]\s*|\band\s+|\bbut\s+|\bso\s+)(?:who|whom|whose)\b", re.I)
_NAMED_Q = re.compile(r"\bname(?:d|s)?\b|\bcalled\b", re.I)
# Who does something may be a kind of party, not a name.
_PARTY = re.compile(
    r"\b(partners?|third[- ]part(?:y|ies)|vendors?|suppliers?|contractors?|affiliates?|subsidiar(?:y|ies)|"
    r"companies|providers?|agents?|advertisers?|authorit(?:y|ies)|agenc(?:y|ies)|employees?|staff|members|"
    r"unions?|representatives?|officials?|officers?|councils?|organi[sz]ations?|government|processors?|recipients?|"
    r"employers?|managers?|team|workers?|supervisors?|team leaders?|hr|human resources|help ?desk|service desk|"
    # …and the people a fit note or an assessment comes from
    r"gps?|doctors?|nurses?|occupational health|pharmacists?|dentists?|midwi(?:fe|ves)|physiotherapists?|counsell?ors?|"
    r"(?:monitoring|control|call|contact|service|data) (?:centre|center|room)s?|"
    # whoever was there or is named by what they do: "sent to everyone who attended"
    r"(?:everyone|everybody|anyone|all those|those|people) who\s+\w+|attendees|participants|"
    # …or by what was done to them: "only people invited to the meeting", "those named in the request"
    r"(?:everyone|everybody|anyone|those|people|staff) (?:invited|named|listed|involved|present|authori[sz]ed)\b|"
    # the reader, where the text makes them answerable: "You remain responsible for what the case note says."
    r"you (?:(?:remain|are|will be|stay|will remain)\s+)?(?:\w+\s+)?(?:responsible|accountable|liable)|"
    # …or whoever the text makes answerable by their role: "…are the responsibility of the driver"
    r"(?:the\s+)?responsibility\s+of\s+(?:the|your|each|their|that)\s+[a-z]+|"
    # a contract's own parties: "Each party is responsible for…"
    r"(?:each|either|both|the|other|neither|receiving|disclosing) part(?:y|ies))\b"
    # "… or email highways.ops@example.gov.uk": who to ask is whoever reads that address
    r"|[\w.+-]+@[\w-]+\.[\w.-]+"
    # …and who pays is where the money comes from: "paid from your service's budget", "met from the central fund"
    r"|\b(?:paid|met|funded|covered|charged)\s+(?:for\s+)?(?:from|out of|by|to)\s+(?:the|your|their|its|a|an|each)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:budgets?|funds?|accounts?|grants?|schemes?)\b",
    re.I,
)


def _has_named_role(evidence: str, question: str) -> bool:
    """For "which supplier/contractor…" questions: a role word next to a name."""
    qwords = {w.lower() for w in words(question)}
    name = r"(?:[A-Z][\w&.-]+(?:\s+[A-Z][\w&.-]+)*)"
    for m in _ROLE.finditer(evidence):
        window = evidence[max(0, m.start() - 60) : m.end() + 60]
        for n in re.finditer(name, window):
            if n.group(0).lower() not in qwords and not all(
                p in qwords or p in STOPWORDS for p in n.group(0).lower().split()
            ):
                near = abs(window.find(n.group(0)) - window.find(m.group(0)))
                if near <= 40:
                    return True
    return bool(re.search(rf"{name}\s+(?:Ltd|Limited|plc|PLC|Inc|LLP|Group)\b", evidence))


@lru_cache(maxsize=4096)
def question_names(question: str) -> tuple[str, ...]:
    """Proper names in the question ("Neath Port Talbot"), not its first word. Of a resolved follow-up, the topic
    it was given is a list of the earlier question's words, not a phrase: each capitalised word of it is a name of
    its own ("Oxford", "Deloitte" of "(about: Oxford Deloitte research…)", not "Oxford Deloitte")."""
    own, about = own_words(question)
    if about:
        return (*question_names(own), *(w for w in re.findall(r"\b[A-Z][a-z]+\b", about)))
    names = []
    for m in re.finditer(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*\b", question):
        if m.start() == 0 or question[: m.start()].rstrip().endswith((".", "?", "!")):
            continue
        names.append(m.group(0))
    return tuple(names)


def anchored(question: str, context: str) -> bool:
    """Does a passage (section + text) mention a name the question is about, if any?"""
    names = question_names(question)
    return not names or any(n.lower() in context.lower() for n in names)


def _unnamed(question: str) -> str:
    """The question with the proper names in it set aside: "who is Helen Price?" asks for
    a person, not a price, and "what did Mr Fine say?" for no fine."""
    for name in question_names(question):
        question = question.replace(name, "someone")
    return question


# "Will my manager see how long I'm logged in?" asks whether, not how long: a question word
# after a yes/no question's verb of seeing or knowing is what is seen. ("Can you tell me how
# long…?" asks the assistant, and so asks how long.)
_EMBEDDED = re.compile(
    r"^\W*(?:and\s+|so\s+|but\s+)?(?:will|would|can|could|do|does|did|is|are|may|might)\s+(?!you\b)(?:[\w'’]+\s+){1,3}?"
    r"(?:see|sees|know|knows|tell|tells|check|checks|track|tracks|record|records|log|logs|monitor|monitors|find out|"
    r"work out|notice|count|counts|measure|measures|show|shows|look at|watch|watches)\s+(?=(?:how|when|where|what|who|which)\b)",
    re.I,
)


# "Does it come out of my budget?" asks whose budget pays, not an amount.
_WHOSE_BUDGET = re.compile(r"\b(?:come|comes|coming|paid|charged|taken) (?:out of|from|to) (?:my|our|the|your|their) (?:\w+ )?budget\b", re.I)


# A yes/no question after the story that leads up to it: "i got a speeding fine in the pool van, do i have to pay?"
_STORY_THEN_POLAR = re.compile(r"(?:[,;]\s*|\s(?:so|and|but|then)\s+)(?=(?:can|could|do|does|did|is|are|will|would|should|must|may|am|"
                               r"have|has)\s+(?:i|we|they|he|she|it|my|our|the|this|that)\b)", re.I)
_WH_WORD = re.compile(r"\b(?:how|what|which|who|whom|whose|when|where|why)\b", re.I)

# A yes/no question about changing a sum asks whether it may change, not what it is: "can they put the price up?",
# "will the fees go up?".
_CHANGE_OF_SUM = re.compile(
    r"\b(?:put|puts|putting|raise[sd]?|raising|increase[sd]?|increasing|cut|cuts|cutting|reduce[sd]?|reducing|change[sd]?|"
    r"changing|freeze|frozen|lower|lowers)\s+(?:the\s+|their\s+|its\s+|our\s+|my\s+)?(?:\w+\s+)?(?:price|prices|fees?|costs?|charges?)\b"
    r"(?:\s+up|\s+down)?|\b(?:price|prices|fees?|costs?|charges?)\s+(?:go|goes|going|went)\s+(?:up|down)\b", re.I)


@lru_cache(maxsize=4096)
def _typed(question: str) -> str:
    """The part of the question that says what kind of fact it asks for: all of it, but for
    a question word that only opens what a yes/no question asks is seen or known, the
    budget something comes out of, and the story before a yes/no question (its "fine" asks no sum)."""
    question = _WHOSE_BUDGET.sub(" ", _unnamed(question))
    story = _STORY_THEN_POLAR.search(question)
    if story is not None and story.start() > 0 and not _WH_WORD.search(question):
        question = question[story.end():]
    if not _WH_WORD.search(question):
        question = _CHANGE_OF_SUM.sub(" ", question)
    m = _EMBEDDED.match(question)
    return question[: m.end()] if m else question


@lru_cache(maxsize=4096)
def wants_specific(question: str) -> bool:
    question = own_words(question)[0]  # a follow-up's own words say what kind of answer it wants
    return any(q.search(_typed(question)) for q, _e, _w in _ANSWER_TYPES) or bool(_NAME_Q.search(question))


_PERSON_WORDS = (r"(minister|secretary|chief executive|chair(?:man|woman|person)?|spokes(?:wo)?man|spokesperson|author|"
                 r"director|leader|president|(?-i:MP|Ms|AM|MS)|person|people|officials?)\b")
_PERSON_Q = re.compile(rf"\b{_PERSON_WORDS}", re.I)
# The person is what is asked ("who is the chief executive?", "the name of the minister…"), not whom
# something is done to ("who can authorise monitoring of one person?").
_PERSON_ASKED = re.compile(
    r"(?:\bwho(?:'s|’s|\s+(?:is|was|are|were|will\s+be))\s+|\bnames?\s+of\s+|\bwhat(?:'s|\s+(?:is|was))\s+|\bwhich\s+)"
    r"(?:the\s+|a\s+|an\s+|our\s+|their\s+|your\s+|my\s+|its\s+)?(?:[\w-]+\s+){0,3}?" + _PERSON_WORDS, re.I)


def _person_asked(question: str) -> bool:
    return _PERSON_Q.search(question) is not None and (
        _PERSON_ASKED.search(question) is not None or not re.search(r"\bwho\b", question, re.I))


_INSTITUTION = re.compile(
    r"^(council|government|partnership|agreement|report|wales|welsh|uk|trade|union|unions|congress|"
    r"centre|center|office|department|service|services|board|authority|authorities|framework|strategy|"
    r"programme|guide|charter|review|minister|ministry|group|association|committee|lab|sector|public|"
    r"social|workforce|digital|national|county|borough|city|health|care|the|for|of|and)$",
    re.I,
)


def _has_person_name(evidence: str, question: str, common: AbstractSet[str] | None = None) -> bool:
    """Two or three capitalised words that look like a person's name: not an
    institution, not in the question, and not ordinary words that the sources
    also write in lower case ("Managing Technology that Manages People")."""
    qwords = {w.lower() for w in words(question)}
    common = common if common is not None else lower_case_words([evidence])
    for m in re.finditer(r"\b([A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,2})\b", evidence):
        parts = re.split(r"[ -]", m.group(1))
        if any(_INSTITUTION.match(p) or p.lower() in common for p in parts):
            continue
        if all(p.lower() in qwords for p in parts):
            continue
        return True
    return False


_CALLED_Q = re.compile(r"\b(what|which)\b.{0,80}\b(called|named|branded|known as|titled|entitled)\b|\bwhat name\b", re.I)
_NAMING = re.compile(
    r"\b(called|named|branded|known as|titled|entitled|dubbed|nicknamed)\s+(as\s+)?[‘'\"“]?[\w]"
    # a quoted name: two words at least, or one with a capital ('George'); not a scare-quoted word ('team')
    r"|[‘'\"“](?:[^’'\"”\s]+\s+[^’'\"”]{1,60}|(?-i:[A-Z])[^’'\"”\s]{2,40})[’'\"”]"
    # a product's own name: one word with a capital inside it ("CarePlan", "TalentMatch"), or a
    # capitalised name set beside what it names ("the new scheduling system, CarePlan Live, will…")
    r"|(?-i:\b[A-Z][a-z]+[A-Z]\w*)"
    r"|\b(?:system|tool|app|software|platform|programme|program|project|product|service|scheme|model|chatbot)"
    r",\s+(?-i:[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}),"
    # …or a name in capitals before the kind of thing it names: "the Data Protection and Cyber Security e-learning
    # module", "the Workplace Wellbeing course"
    r"|(?-i:\b[A-Z][\w-]*(?:\s+(?:and\s+|of\s+|for\s+|&\s+)?[A-Z][\w-]*){1,6})\s+(?:e-learning\s+|online\s+)?"
    r"(?:module|course|programme|scheme|policy|framework|project|award|fund|app|tool|system|platform)\b",
    re.I,
)


def type_words(question: str) -> set[str]:
    """The question's words that name the kind of fact it asks for ("the *deadline* for
    responses", "*where* do I *send*…"): a text that has that kind of fact speaks of them."""
    question = _typed(own_words(question)[0])
    for q_pat, _e, _what in _ANSWER_TYPES:
        m = q_pat.search(question)
        if m:
            return set(content_terms(m.group(0)))
    return set()


_DUTY_ASKED = re.compile(r"\b(?:have|has|need|needs|got)\s+to\s+(?P<verb>[a-z]{3,})\b", re.I)


def _denies_duty(question: str, text: str) -> bool:
    """Does the text say the duty a "how often / when / how long do I have to…?" question asks about
    is none (which answers it): "You do not have to change your password on a schedule"?"""
    m = _DUTY_ASKED.search(question)
    if m is None or re.search(r"\b(?:if|where|when|whenever|unless|provided)\b", text, re.I):
        return False  # (one that holds only in some case answers for that case: "If the Council closes a building…")
    verb = re.escape(m.group("verb"))
    return re.search(rf"\b(?:do not|don't|does not|doesn't|will not|won't|never|no need to|not required to)\s+"
                     rf"(?:have|need|needs|be required)?\s*(?:to\s+)?{verb}\w*\b", text, re.I) is not None


_QUESTION_NUMBERED = re.compile(rf"\b(?:question|{ENTRY_LABELS})\s+\d{{1,2}}\b", re.I)
_ASKING_VERBS = frozenset(content_terms("ask asking asks say says saying mean means about"))


@lru_cache(maxsize=4096)
def _asked_type(typed: str) -> int | None:
    """Which of `_ANSWER_TYPES` a question's typed part asks for (the first that matches), or None."""
    return next((i for i, (q_pat, _e, _w) in enumerate(_ANSWER_TYPES) if q_pat.search(typed)), None)


def answer_type_gap(question: str, evidence: str, common: AbstractSet[str] | None = None) -> str | None:
    """What kind of fact the question wants that the evidence lacks, or None.

    A resolved follow-up ("and which offices got the kit first? (about: … project
    called …)") wants what its own words ask for: the topic it was given from the
    earlier question names what it is about, not the kind of answer."""
    question = own_words(question)[0]
    kind = _asked_type(_typed(question))
    if kind is not None:
        _q, e_pat, what = _ANSWER_TYPES[kind]
        return None if e_pat.search(evidence) or _denies_duty(question, evidence) else what
    # "What was the project called?": a name given to it, not any capitalised word.
    if _CALLED_Q.search(question) and not _PERSON_Q.search(question):
        return None if _NAMING.search(evidence) else "a name"
    # "What is the name of the Minister…?": a person's name, not an organisation's.
    if re.search(r"\bname\b|\bwho\b|\bcalled\b(?!\s+(?:out|in|back|off|up|on|for|to|away))", question, re.I) and _person_asked(question):
        return None if _has_person_name(evidence, question, common) else "a person's name"
    if _ROLE_Q.search(question):
        return None if _has_named_role(evidence, question) else "a name"
    if _WHO_Q.search(question) and not _NAMED_Q.search(question):
        # "Who receives my information?": a party ("our business partners") answers as well as a name.
        # "Who is the data protection officer?" is not answered by a sentence naming only that role.
        asked = question.lower()
        named = any(m.group(0).lower() not in asked for m in _PARTY.finditer(evidence))
        return None if _has_name(evidence, question) or named else "a name"
    if _NAME_Q.search(question) and not _has_name(evidence, question):
        return "a name"
    return None


# "Welsh" as the language: "do I need Welsh?", "Welsh language skills", "can I apply in Welsh?".
# Not "the Welsh public sector" or "Welsh Government", where it says whose.
_THE_LANGUAGE = re.compile(
    r"\b(?:speak(?:s|ing)?|learn(?:ing)?|fluent\s+in)\s+welsh\b"
    r"|\bwelsh\s+(?:language|speakers?|speaking|skills?|level|lessons?|courses?|medium|translation|version)\b"
    r"|\bwelsh\s*(?:[?.!,]|$)",
    re.I,
)


_AUTHORSHIP = set(content_terms(
    "sent send wrote write written signed sign authored author sender writer signatory "
    "letter email e-mail memo message note report assessment document paper"))


# Question words that carry no topic of their own: what anyone at work might ask about.
GENERIC = frozenset({
    "employ", "employer", "work", "worker", "staff", "job", "new", "technolog", "use", "introduc",
    "question", "document", "sourc", "answer", "help", "need", "make", "happen", "thing",
    "way", "time", "peopl", "council", "organis", "public", "sector", "wale", "welsh",
    "first", "befor", "after", "mean", "count", "give", "take", "come", "go", "someth", "anyth",
    "much", "mani", "long", "day", "week", "month", "year", "name", "cost", "date",
    "abl", "still",  # "will I still be able to…?" asks whether, about what follows
    "quick", "fast", "soon",  # "how quickly…?" asks how long, as "how long…?" does
    "earli",  # "can I end it early?": when, of what is done, not a topic
    "often",  # "how often…?" asks for a frequency, as "how many times…?" does
    "differ", "distinguish",  # "what's the difference between X and Y?" asks about X and Y
    "limit", "maximum", "minimum", "max",
    "gave", "took", "got", "went", "came", "made", "said", "worst", "thank",
    "put",  # "how much does the council put in?" asks how much it pays, in any words
    "provis",  # "do they have provisions for…?", "is there provision for…?": whether it is provided for
    "offer",  # "what can I offer someone going through…?": the doing, not a topic
    "page",  # "what page is retention on?": where in the document, which its citation gives
    "group",  # "which groups are affected?": the rows of whom, by any name ("Age", "Disability")
    "yesterday", "tomorrow", "today", "tonight", "ago",  # when the asker was told: not a topic
    # …and, asked in Welsh of a Welsh document, the words a question is made of, as their English are
    "gweithio", "digwydd", "gwneud", "cael", "dod", "mynd", "yma", "wedi", "pan", "beth", "pryd", "faint", "sut",  # past forms of generic verbs; "the worst that can happen"  # "what is the limit for gifts?" asks how much, as "how much…?" does
    # a rep's "members" are the staff the documents speak of: "what can members do if…?"; what a
    # rep pushes or fights for is the rep's asking, not a topic
    "member", "push", "fight", "demand",
    "mine",  # "the same as mine": the asker's own, as "my" is
    # what someone hopes or expects for a thing, not a topic: "how much are they hoping to save?"
    "hope", "hopefulli", "expect",
    # how good a thing is, not what it is: "the best laptop for gaming" is about laptops and gaming
    "best", "better", "wors", "good", "bad",
    # "if I think someone is committing fraud": the asker's belief and the doing are not the topic
    "think", "reckon", "commit",
    # "can they tell anyone?": whoever it is, not a topic
    "anyon", "anybodi", "someon", "somebodi", "everyon", "everybodi", "nobodi", "anywher", "somewher",
    "els",  # "and everyone else?": the others, whoever they are
    # "the chatbot bit", "the pay bit": a part of what is named, not a topic
    "bit",
    # "what's the alternative?", "what are my options?": what else may be done, of what is spoken of
    "altern", "option", "choic", "instead",
})


# A verb's irregular past forms, as the stem of the word the sources use: "I left after 8 months" speaks of leaving.
_BASE_OF = {content_terms(past)[0]: content_terms(base)[0] for past, base in (
    ("left", "leave"), ("drove", "drive"), ("driven", "drive"), ("wrote", "write"), ("written", "write"), ("spoke", "speak"),
    ("spoken", "speak"), ("sent", "send"), ("spent", "spend"), ("kept", "keep"), ("lost", "lose"), ("told", "tell"),
    ("sold", "sell"), ("bought", "buy"), ("caught", "catch"), ("taught", "teach"), ("brought", "bring"), ("felt", "feel"),
    ("fell", "fall"), ("fallen", "fall"), ("held", "hold"), ("met", "meet"), ("ran", "run"), ("sat", "sit"),
    ("stood", "stand"), ("chose", "choose"), ("chosen", "choose"), ("broke", "break"), ("broken", "break"),
    ("stole", "steal"), ("stolen", "steal"), ("forgot", "forget"), ("forgotten", "forget"), ("hid", "hide"),
    ("hidden", "hide"), ("saw", "see"), ("seen", "see"), ("knew", "know"), ("known", "know"), ("rang", "ring"),
    ("began", "begin"), ("begun", "begin"), ("froze", "freeze"), ("frozen", "freeze"), ("paid", "pay"),
    ("heard", "hear"), ("lent", "lend"), ("built", "build"), ("won", "win"), ("hung", "hang"), ("led", "lead"),
) if content_terms(past) and content_terms(base) and content_terms(past) != content_terms(base)}

def base_form(term: str) -> str:
    """The stem of the verb an irregular past form is of ("left" → "leav"), else the stem itself."""
    return _BASE_OF.get(term, term)


_PEOPLE = frozenset({"member", "staff", "worker", "employ", "employe", "peopl"})
_ASKING = frozenset({"push", "fight", "demand"})  # what a rep asks for: "what should we push for on…?"
# Kinds of thing a list answers without naming the kind: "what documents should we get?" is
# answered by "the business case, the structure charts and the equality impact assessment".
_KINDS = frozenset(content_terms("document documents paper papers thing things information details item items"))
_WISHING = frozenset({"hope", "expect"})  # "how much are they hoping to save?" asks about saving
_NO_FOCUS = _PEOPLE | _ASKING | _KINDS | _WISHING


def distinctive_terms(question: str) -> list[str]:
    """Question words that carry its topic: content terms minus generic ones."""
    generic = GENERIC
    if asks_author(own_words(question)[0]):
        # "Who sent this email?" asks who wrote the document: the verb and the kind of document
        # are not what it is about, and a letter need not say "sent" or "letter".
        generic = generic | _AUTHORSHIP
    if _THE_LANGUAGE.search(question):
        generic = generic - {"welsh"}  # "do I need Welsh?": the language, not the country's bodies
    return [t for t in dict.fromkeys(content_terms(question)) if t not in generic]


@dataclass(frozen=True)
class Thresholds:
    """The abstention limits, from settings (each described there)."""

    min_passage_similarity: float
    min_sentence_similarity: float
    min_term_coverage: float
    min_answer_topicality: float

    @classmethod
    def from_settings(cls, s: Settings) -> Thresholds:
        return cls(s.min_passage_similarity, s.min_sentence_similarity, s.min_term_coverage, s.min_answer_topicality)


@dataclass(frozen=True)
class Evidence:
    """What the composer found for a question, as the checks need it."""

    best_passage_similarity: float  # the question's cosine similarity to the best passage
    best_unit_score: float  # the best sentence or list item's score
    text: str  # the units that answer most directly, joined
    corpus_has_term: Callable[[str], bool]  # is a (stemmed) word anywhere in the indexed text?
    common_words: AbstractSet[str] | None = None  # words the sources write in lower case
    # Is a word one keyboard slip from one the sources use ("kep", "lng")? Then it is a
    # typo, not a topic they never mention; but the thing a question asks about must be
    # there as written ("wether" is not "whether").
    near_spelling: Callable[[str], bool] = lambda _t: False
    # Is a word in the documents the user chose to ask about? (None: no choice, the whole index.)
    scope_has_term: Callable[[str], bool] | None = None
    # The text of the documents asked about (all of the index when none was chosen); asked for only by the
    # checks that need a word's form or its neighbours ("copy" the verb, not "copies" the things).
    scope_text: Callable[[], str] | None = None


# Short words a question is made of, whatever it asks: a slip in one ("mny", "hw", "wat") is no topic.
_ASKING_WORDS = frozenset({*STOPWORDS, "many", "much", "long", "often", "soon", "time", "day", "days", "get", "need"})
_SHORT_SLIP = 4

def _compound_of(term: str, known: Callable[[str], bool]) -> bool:
    """Is the word a compound of one the documents use ("payslip" of "pay", "timesheet" of "time")?"""
    return len(term) >= _COMPOUND_MIN and any(
        known(term[:i]) or known(term[i:]) for i in range(_COMPOUND_PART, len(term) - _COMPOUND_PART + 1))


def _doer_of(term: str, known: Callable[[str], bool]) -> bool:
    """Is the word what the documents call whoever does it, or the reverse ("aid" of "first aider",
    "cleaner" of "cleaning")? The stemmer leaves a doer's "-er" on."""
    if term.endswith("er") and len(term) > 4:
        return known(term[:-2]) or known(term[:-1])
    return len(term) >= 3 and (known(term + "er") or known(term + "r"))


def _both_parts(term: str, known: Callable[[str], bool]) -> bool:
    """Is the word two the documents use, run together ("backpay" of "back" and "pay")?"""
    return len(term) >= _COMPOUND_MIN and any(
        known(term[:i]) and known(term[i:]) for i in range(_COMPOUND_PART, len(term) - _COMPOUND_PART + 1))


_COMPOUND_MIN = 6
_COMPOUND_PART = 3

# Words that name a kind of fact, not a topic: "what's the *phone number*?" is about whom to ring.
# (and "how far ahead…?", "how far in advance…?", which ask for a length of notice in words no document need use)
# ("how much can I spend…?" asks for an amount, in a word a policy that says what it pays need not use)
_FACT_WORDS = frozenset(content_terms("phone telephone number email address website date deadline far ahead advance spend "
                                      "percentage proportion share away distance"))


# What the asker goes somewhere to do, as "where can I…?" asks it (the "a place" answer type's verbs).
_GOING = frozenset(content_terms("go ask attend meet park sit work eat take get help advice support"))


_SHORT_PLURAL = 3  # letters of a word at most whose plural the stemmer leaves as it is ("cvs", "pcs")


def _figure_in_their_unit(term: str, question: str, known: Callable[[str], bool]) -> bool:
    """Is the term a figure the asker gives of themselves in a unit the documents count in ("I've
    done 12000 miles" of a table of rates by miles), or a time of day? That is what a rule's threshold is read
    against (`thresholds`), not a topic the documents must name."""
    if re.fullmatch(r"\d{1,2}(?:[.:]\d\d)?(?:am|pm)", term) or (
            term in ("am", "pm") and re.search(rf"\d\s*{term}\b", question, re.I)):
        return True  # a time of day ("can I finish at 8pm?"): the hours a rule sets are read against it
    if not term.replace(",", "").isdigit():
        return False
    m = re.search(rf"\b{re.escape(term)}\s+([a-z]+)", question.replace(",", ""), re.I)
    return m is not None and any(known(t) for t in content_terms(m.group(1)))


_VERB_PREFIXES = frozenset({"reverse", "cross", "double", "re", "co", "sub", "over", "under", "back", "pre"})


# "Is there a car allowance?", "do we get a clothing allowance?", "is there a night shift?": whether a kind of a thing
# exists, named by one word before the thing's own.
_EXISTS_KIND = re.compile(r"^\W*(?:and\s+|so\s+)?(?:is|are)\s+there\s+(?:a|an|any)\s+(?P<kind>[a-z]{3,})\s+(?P<head>[a-z]{3,})\s*\??\s*$|"
                          r"^\W*(?:and\s+|so\s+)?(?:do|does|will|can)\s+(?:i|we|you|staff)\s+(?:get|have|receive)\s+(?:a|an|any)\s+"
                          r"(?P<kind2>[a-z]{3,})\s+(?P<head2>[a-z]{3,})\s*\??\s*$", re.I)


def _named_as(word: str, question: str, in_scope: Callable[[str], bool], evidence: Evidence) -> bool:
    """Do the documents asked about use the word, as typed (a slip of the keyboard aside) or as any word an expansion
    rule searches it as ("verbally" as "orally")?"""
    from assistant.retrieval.expand import synonyms

    terms = content_terms(word)
    searched_as = synonyms(question)
    return not terms or any(in_scope(t) or evidence.near_spelling(t) or any(in_scope(s) for s in searched_as.get(t, ()))
                            for t in terms)


def _act_never_named(question: str, in_scope: Callable[[str], bool], evidence: Evidence) -> str | None:
    """The act a question of may or must asks about ("is the receiving party allowed to *reverse
    engineer*…?", "does it stop them from *soliciting or hiring*…?"), as a gerund, where the
    documents asked about speak of what it is done to and by (the parties, the information) but
    never name the act, nor any word an expansion rule searches it as ("notify" as "notice"): a
    near miss, whose nearest clause is about some other act. None otherwise (and for everyday
    acts, `asked_acts`)."""
    from assistant.retrieval.expand import synonyms

    own = own_words(question)[0]
    found = asked_acts(own)
    if found is None:
        return None
    rest, alternatives = found
    searched_as = synonyms(own)

    def named(t: str) -> bool:
        return (in_scope(t) or evidence.near_spelling(t) or _compound_of(t, in_scope) or _doer_of(t, in_scope)
                or any(in_scope(s) for s in searched_as.get(t, ())))

    shown = []
    for alternative in alternatives:
        typed = list(itertools.takewhile(
            lambda w: w.lower() not in STOPWORDS and not {*content_terms(w)} & (_KINDS | GENERIC),
            re.findall(r"[\w'’-]+", alternative)))[:2]
        if not typed or named(content_terms(typed[0])[0]):
            return None
        # The act by its verb, without what it is done to: "hiring" of "hiring agency staff"; the verb
        # is the second word after a word that says how ("reverse engineer", "independently develop").
        verb = 1 if len(typed) > 1 and (typed[0].lower().endswith("ly") or typed[0].lower() in _VERB_PREFIXES) else 0
        shown.append(" ".join([*typed[:verb], gerund(typed[verb])]))
    # …and the rest of the question is what the documents speak of (else other checks decide)
    others = [t for t in distinctive_terms(rest) if t not in _NO_FOCUS]
    if not others or 2 * sum(map(in_scope, others)) < len(others):
        return None
    return " or ".join(shown)


# A word's form that is not a verb's: a plural ("copies"), a noun of the act ("reproduction", "copying").
_NOT_A_VERB = re.compile(r"(?:ies|ions?|ings?|ments?|[^s']s)$")
# A word where a verb stands: after "to", "not", a modal, a form of "be", or in a run of verbs ("disclose, duplicate,
# transmit", "restructure and/or copy"); not after a determiner or a noun ("a copy of", "a fax copy", "in duplicate").
# (a look-ahead, so that one verb's word may be the next one's "not": "will not copy", "not to copy")
_AS_A_VERB = re.compile(r"(?=(?:\b(?:to|not|never|nor|may|shall|will|must|can|cannot|could|should|would|be|been|being|is|are|"
                        r"was|were|or|and)\s+|[,/]\s*)(?P<word>[A-Za-z]+))", re.I)


def making_said(question: str) -> Callable[[str], bool] | None:
    """For a question of may or must that asks about making a thing ("is the receiving party allowed to *make
    copies*…?"): a test of whether a text speaks of making it, by its verb or a word it is searched as where a verb
    stands ("will not copy", "must not be reproduced", "disclose, duplicate") or by "make copies"; not of the things
    alone ("return all copies", "unauthorised copying", "a copy of", "a duplicate copy"). None for other questions."""
    from assistant.retrieval.expand import synonyms

    own = own_words(question)[0]
    thing = made_thing(own)
    if thing is None:
        return None
    stems = set(content_terms(thing))
    searched_as = synonyms(own)
    for t in list(stems):
        stems |= searched_as.get(t, set())
    making = re.compile(rf"\b(?:make|makes|made|making)\s+(?:[\w'’-]+\s+){{0,2}}{re.escape(thing)}\b", re.I)

    def says(text: str) -> bool:
        if making.search(text):
            return True
        verbs = {m.group("word").lower() for m in _AS_A_VERB.finditer(text)}
        return any(_NOT_A_VERB.search(w) is None and (terms := content_terms(w)) and terms[0] in stems for w in verbs)

    return says


# "Does information have to be marked or identified as confidential for it to be covered?": whether a thing must be
# marked as something.
_MARKED_AS_Q = re.compile(
    r"\b(?:have|has|need|needs|must|got)\s+(?:to\s+)?be\s+(?P<acts>[a-z]+ed(?:\s*(?:,|or|and/or|and)\s*[a-z]+ed)*)\s+"
    r"as\s+(?P<prop>[a-z][\w'’-]{3,})", re.I)
# The ways a document speaks of marking: "marked", "identified", "designated", "labelled", "a legend", "a stamp",
# "a header or footer" ("notice" is left out: "written notice" of a confidential matter is no marking).
_MARKING = r"(?:mark|identif|designat|label|legend|stamp|flag|header|footer|watermark|banner)\w*"
MARKED_NEAR = 6  # words between the marking and what it marks as, at most


def _doing(participle: str) -> str:
    """The -ing form of a past participle: "marked" → "marking", "identified" → "identifying", "labelled" →
    "labelling", "designated" → "designating" (the e a base form drops before -ing is not in the participle)."""
    low = participle.lower()
    if low.endswith("ied"):
        return f"{low[:-3]}ying"
    return f"{low[:-2]}ing" if low.endswith("ed") else gerund(low)


def marked_as_asked(question: str) -> tuple[list[str], str, Callable[[str], bool]] | None:
    """For "does information have to be *marked or identified as confidential*…?": the acts ("marked",
    "identified"), what it is marked as ("confidential"), and a test of whether a text speaks of marking a thing as
    that, in any of the ways documents do, the two within a few words ("…that is clearly designated as being
    confidential…", "…marked by the Disclosing Party as confidential", "Confidential" or that is not so marked").
    Marking of another kind ("identified as VA property", "marked with the same proprietary notices") is not it.
    None for other questions."""
    m = _MARKED_AS_Q.search(own_words(question)[0])
    if m is None:
        return None
    acts = [a for a in re.split(r"\s*(?:,|\bor\b|\band/or\b|\band\b)\s*", m.group("acts")) if a]
    prop = m.group("prop").lower()
    stems = "|".join(re.escape(t[:6]) for a in acts for t in content_terms(a))
    own_acts = rf"|(?:{stems})\w*" if stems else ""
    act = rf"(?:{_MARKING}{own_acts})"
    what = rf"{re.escape(prop[: max(4, len(prop) - 2)])}\w*"
    near = re.compile(rf"\b{act}\W+(?:\w+\W+){{0,{MARKED_NEAR}}}?{what}|\b{what}\W+(?:\w+\W+){{0,{MARKED_NEAR}}}?{act}", re.I)
    return acts, prop, lambda text: near.search(text) is not None


# "Can the receiving party get similar information from a third party…?", "what if we obtain it from someone else?":
# whether what comes from elsewhere is bound too.
FROM_ELSEWHERE_Q = re.compile(
    r"\b(?:get|gets|getting|got|obtain|obtains|obtained|receive|receives|received|acquire|acquires|acquired)\b.{0,60}?"
    r"\bfrom\s+(?:a\s+|an\s+|any\s+)?(?:third[\s-]+part(?:y|ies)|someone\s+else|somebody\s+else|elsewhere|"
    r"(?:another|other)\s+(?:sources?|part(?:y|ies)|persons?|people|companies|company))", re.I)
# A sentence that says what was received from elsewhere: "…rightfully received from a third party…", "…obtained on a
# non-confidential basis from a Person…", "…from a source other than the disclosing party…".
FROM_ELSEWHERE = re.compile(
    # (the verb in lower case: "the Receiving Party" is a name, not a receipt)
    r"\b(?-i:receiv\w*|obtain\w*|acquir\w*|furnish\w*|disclosed|comes?|came|becomes?|became)\b[^.;]{0,100}?"
    r"\b(?:from|by)\s+(?:a\s+|an\s+|any\s+)?(?:third[\s-]+(?:part(?:y|ies)|persons?)|source|persons?|part(?:y|ies)\s+other|"
    r"(?:another|other)\s+(?:sources?|part(?:y|ies)|persons?))", re.I)


_MAY_Q = re.compile(r"^\W*(?:and\s+|so\s+|but\s+)?(?:can|could|may|might|is|are)\b", re.I)
# "Does the agreement give the receiving party a licence or any rights to the confidential information?": whether a
# licence or ownership passes (a question of rights alone, "does the policy give me the right to be accompanied?", is
# not one).
_LICENCE_Q = re.compile(r"\b(?:licen[cs](?:e|es|ed|ing)|ownership|intellectual\s+property)\b", re.I)
# A text that speaks of it: "no licence is granted", "…shall not be construed as granting any rights…", "…remains the
# property of…", "title … shall remain with…", "intellectual property".
_LICENCE_SAID = re.compile(
    r"\blicen[cs]\w*|\bgrant\w*\b[^.;]{0,60}\brights?\b|\brights?\b[^.;]{0,40}\b(?:granted|conferred|transferred|vest\w*)|"
    r"\b(?:title|ownership|property)\b[^.;]{0,40}\b(?:remain|vest|belong)\w*|\bremain\w*\b[^.;]{0,40}\b(?:property|owner)\b|"
    r"\bintellectual\s+property\b", re.I)


# "Is the receiving party allowed to tell anyone that this agreement exists or was negotiated?": whether the fact of a
# thing may be told, not anything in it.
_TELL_THAT = re.compile(
    r"\b(?P<verb>tell|say|disclose|reveal|mention|announce|inform)\s+(?P<whom>(?:[\w'’-]+\s+){0,3}?)(?:that|whether)\s+"
    r"(?P<what>(?:this|the|our|their|its|a|an)\s+(?:[\w'’-]+\s+){0,3}?)"
    r"(?:exists?|existed|took\s+place|(?:is|are)\s+(?:taking\s+place|happening|going\s+on)|"
    r"(?:was|were|is|are|has\s+been|have\s+been|is\s+being)\s+(?:negotiated|discussed|signed|agreed|entered\s+into))\b",
    re.I)
# A text that speaks of a thing's existence or of telling of it: "The existence of this Agreement cannot be disclosed",
# "…the fact that Confidential Information has been made available…", "…that discussions or negotiations are taking
# place…", "Neither party shall disclose or announce the Purpose…", "Nonpublicity".
_EXISTENCE_SAID = re.compile(
    r"\bexist(?:s|ence|ed)\b|\bthe\s+fact\s+(?:that|of)\b|\b(?:is|are|was|were|been|being)\s+(?:taking\s+place|in\s+progress|"
    r"under\s*way)\b|\b(?:discussions|negotiations|talks)\s+(?:have|has)\s+(?:taken\s+place|been\s+held)\b|"
    r"\bannounc(?:e|es|ed|ing|ement|ements)\b|\b(?:non-?)?publicity\b|\bpress\s+releases?\b", re.I)


def existence_asked(question: str) -> Callable[[str], bool] | None:
    """For "is the receiving party allowed to tell anyone that this agreement exists…?": a test of whether a text
    speaks of the thing's existence, of the fact of it, or of announcing it (`_EXISTENCE_SAID`); None for other
    questions."""
    return (lambda text: _EXISTENCE_SAID.search(text) is not None) if _TELL_THAT.search(question) else None


def licence_asked(question: str) -> Callable[[str], bool] | None:
    """For "does the agreement give the receiving party a licence or any rights…?": a test of whether a text speaks of
    a licence, rights granted, ownership or intellectual property (`_LICENCE_SAID`); None for other questions."""
    return (lambda text: _LICENCE_SAID.search(text) is not None) if asks_yes_or_no(question) and _LICENCE_Q.search(question) else None


def _existence_never_said(question: str, in_scope: Callable[[str], bool], evidence: Evidence) -> str | None:
    """What a question asks may be told ("telling anyone that this agreement exists") where the documents asked about
    never speak of the thing's existence, of the fact of it, or of announcing it (`_EXISTENCE_SAID`): keeping the
    information in it confidential is another matter. None otherwise, and where they don't speak of the thing at all
    (other checks decide). Left out: a list of what is confidential that names "the terms of this Agreement" among
    its items, which says it without those words."""
    own = own_words(question)[0]
    says, m = existence_asked(own), _TELL_THAT.search(own)
    if says is None or m is None or evidence.scope_text is None or says(evidence.scope_text()):
        return None
    what = " ".join(m.group("what").split())
    thing = [t for t in content_terms(what) if t not in _NO_FOCUS]
    if not thing or not all(map(in_scope, thing)):
        return None
    whom = " ".join(m.group("whom").split())
    return " ".join(w for w in (gerund(m.group("verb")), whom, "that", what, "exists") if w)


def _made_never_said(question: str, in_scope: Callable[[str], bool], evidence: Evidence) -> str | None:
    """What a question of may or must asks to be made ("copies"), where the documents asked about speak of the things
    but never of making them (`making_said`): a document that says only "return all copies" doesn't say whether
    copies may be made. None otherwise, and where the rest of the question is not what they speak of (other checks
    decide)."""
    says = making_said(question)
    if says is None or evidence.scope_text is None or says(evidence.scope_text()):
        return None
    own = own_words(question)[0]
    thing = made_thing(own) or ""
    stems = set(content_terms(thing))
    others = [t for t in distinctive_terms(own) if t not in _NO_FOCUS and t not in stems]
    if not others or 2 * sum(map(in_scope, others)) < len(others):
        return None
    return f"making {thing}"


# Whether something is paid: "will I be paid for…?", "do I get paid extra…?", "is there any extra pay…?"
_ASKS_IF_PAID = re.compile(r"\bpaid\b|\b(?:extra|more|any|additional)\s+(?:pay|money)\b", re.I)
_PAY_TERMS = frozenset(content_terms(
    "pay paid payment salary salaries wage wages earnings remuneration expenses reimburse reimbursement overtime money "
    "fee fees honorarium compensation"))  # (not "allowance", whose stem is "allow")


# What a rep asks to raise: "what concerns should we raise…", "what issues could I bring up…", "what questions
# should we ask…".
_RAISING = re.compile(r"\bwhat (?:concerns?|issues?|points?|questions?|worries|problems?)\s+(?:should|could|can|do|must|would)\s+"
                      r"(?:we|i|the union|our branch)\s+(?:raise|ask|put|push|bring up|take up|flag)\b", re.I)


def check(question: str, evidence: Evidence, limits: Thresholds) -> Verdict:
    from assistant.retrieval.expand import mapped_terms

    relevance = max(evidence.best_passage_similarity, evidence.best_unit_score)
    if relevance < limits.min_passage_similarity:
        return Verdict(True, "Nothing in them is close to this question.", "far")
    # Topic words the sources never use (and no synonym maps): a supplier, a
    # product, a place or a subject outside the corpus.
    # Where the answer found has the kind of fact asked for, the words that ask for it needn't be
    # in the documents: "what's the phone number?" is answered by "on 01639 000111".
    # (…nor, of where the asker goes, the going: "where can I *ask* questions?" is answered by "drop-in sessions…
    # in the County Hall canteen")
    kind = (type_words(question) & (_FACT_WORDS | _GOING)) if answer_type_gap(question, evidence.text, evidence.common_words) is None else set()
    terms = [t for t in distinctive_terms(question) if t not in kind]
    # (a rep's "what concerns should we raise about X?" asks what of X to raise: the asking is no topic)
    raising = _RAISING.search(question)
    if raising is not None:
        terms = [t for t in terms if t not in content_terms(raising.group(0))]
    if _QUESTION_NUMBERED.search(question):  # "what's question 3 asking?": what it asks is the answer, not a topic
        terms = [t for t in terms if t not in _ASKING_VERBS]
    # "What's the third demand?": the place in a list, which the list gives by its numbers
    places = {t for m in ORDINAL_ENTRY.finditer(question) for t in content_terms(m.group(1))}
    terms = [t for t in terms if t not in places]
    mapped = mapped_terms(question)

    def used(t: str, has: Callable[[str], bool] = evidence.corpus_has_term) -> bool:
        # (or its plural, which the stemmer leaves on a short word: "CVs" of "my cv"; or, of a past form, the verb)
        return has(t) or (len(t) <= _SHORT_PLURAL and has(f"{t}s")) or (t in _BASE_OF and has(_BASE_OF[t]))

    def never_used(t: str) -> bool:
        day = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)", t)  # "the 27th" of "Sunday 27 December"
        if day is not None and used(day.group(1)):
            return False
        return not used(t) and t not in mapped and not evidence.near_spelling(t) and not (
            len(t) <= _SHORT_SLIP and one_slip_from(t, _ASKING_WORDS)) and not (  # "mny" is "many", not a topic
            _doer_of(t, evidence.corpus_has_term)) and not _both_parts(t, evidence.corpus_has_term) and not (
            _figure_in_their_unit(t, question, evidence.corpus_has_term))

    unknown = [t for t in terms if never_used(t)]
    # A name the question types that the answer found spells as one ("can I save work files to my
    # *dropbox*?" of "…such as Dropbox or Google Drive") says what it is about: it counts twice.
    typed = {w.lower() for w in words(question)}
    named = {t for w in spelled_names(evidence.text) & typed for t in content_terms(w)} & set(terms)
    names = [
        w for w in re.findall(r"(?<!^)(?<![.?!] )\b[A-Z][a-zA-Z]+\b", question.strip())
        if content_terms(w) and content_terms(w)[0] in unknown
    ]
    if terms and (names or len(unknown) / (len(terms) + len(named)) > 1 - limits.min_term_coverage):
        shown = ", ".join(names) or ", ".join(
            w for w in words(question) if content_terms(w) and content_terms(w)[0] in unknown
        )
        return Verdict(True, f"They don't mention {shown}.", "unmentioned", shown)
    # "Does the policy say anything about overtime pay?" asks whether the documents searched
    # speak of it at all: mostly absent words mean they don't (the nearest text is shown).
    topic = topic_asked_about(own_words(question)[0])
    topic_terms = distinctive_terms(topic) if topic else []
    in_scope = evidence.scope_has_term or evidence.corpus_has_term
    absent = [t for t in topic_terms if not in_scope(t) and t not in mapped and not evidence.near_spelling(t)]
    if topic and topic_terms and 2 * len(absent) >= len(topic_terms):
        return Verdict(True, f"They don't mention {topic}.", "unmentioned", topic)
    # A follow-up ("and volunteers?") asks about its own words; the topic it was given
    # comes from the question before, which the sources answered. So its own words
    # can't be outweighed by the topic's.
    own, about = own_words(question)
    own_terms = distinctive_terms(own) if about else []
    if own_terms and all(never_used(t) for t in own_terms):
        shown = ", ".join(w for w in words(own) if content_terms(w) and content_terms(w)[0] in own_terms)
        return Verdict(True, f"They don't mention {shown}.", "unmentioned", shown)
    # The thing asked about must be something the sources speak of at all: a
    # match on another word of the question ("Cardiff") is not enough.
    focus = asked_for(question) if raising is None else None
    # (whoever is asked about, "members", "staff", is whom the documents speak of, by any name)
    # (nor, where the answer found has that kind of fact, the words that ask for it)
    focus_terms = [t for t in content_terms(focus) if t not in _NO_FOCUS and t not in kind and t not in GENERIC] if focus else []
    # A slip of the keyboard is read as meant only where the answer found says the word meant: "how
    # much sik pay…?" is answered by "Occupational sick pay…", but "the wether in Cardiff" is not by
    # a passage that says "whether" nowhere near it.
    if focus_terms and focus_terms[0] not in mapped and not used(focus_terms[0]) and not (
            one_slip_from(focus_terms[0], set(content_terms(evidence.text)))) and not _doer_of(focus_terms[0], evidence.corpus_has_term):
        return Verdict(True, f"They don't mention {focus}.", "unmentioned", focus or "", show_nearest=False)
    # "Do I get paid for overtime?" of a contract that never says "overtime": what a yes/no
    # question asks of its subject must be in the documents asked about, not only somewhere in
    # the index (a contract doesn't answer it because the rota policy beside it speaks of overtime).
    # Only when none of the words it asks of is there: "do you save my payment information?" is
    # answered by what a notice says of "billing information", though it never says "payment".
    thing = polar_object(own_words(question)[0])
    thing_terms = [t for t in content_terms(thing) if t not in _NO_FOCUS and t not in GENERIC] if thing else []
    said = set(content_terms(evidence.text))

    def spoken_of(t: str) -> bool:  # in the documents asked about, in any of the ways a word may be there
        return (t in mapped or used(t, in_scope) or one_slip_from(t, said) or evidence.near_spelling(t)
                or _compound_of(t, in_scope))

    def stands_in(t: str) -> bool:  # …or, of a yes/no question's thing, a figure read against a rule's threshold
        return spoken_of(t) or _figure_in_their_unit(t, question, in_scope)

    if thing_terms and not any(stands_in(t) for t in content_terms(thing or "")):
        return Verdict(True, f"They don't mention {thing}.", "unmentioned", thing or "")
    # …nor when the thing's own noun, its last word, is nowhere in them: "do I get a leaving party?" of an agreement
    # that speaks of leaving but of no party ("billing information" answers for "payment information": its noun is there)
    compact = thing is not None and re.fullmatch(r"[A-Za-z-]+(?:\s+[A-Za-z-]+){1,2}", thing.strip()) is not None and not (
        set(thing.lower().split()) & STOPWORDS)  # (a noun and the words before it, not "information with outside parties")
    noun = thing_terms[-1] if compact and len(thing_terms) > 1 else None
    if noun is not None and noun == content_terms(thing or "")[-1] and not stands_in(noun):
        return Verdict(True, f"They don't mention {thing}.", "unmentioned", thing or "")
    # "How long do they keep emails?" of a retention schedule asks for a record it lists: one it never names
    # (though another document of the index speaks of email) it doesn't answer.
    kept = kept_thing(own_words(question)[0])
    kept_terms = [t for t in content_terms(kept) if t not in GENERIC] if kept else []
    if kept_terms and not any(spoken_of(t) for t in kept_terms):
        return Verdict(True, f"They don't mention {kept}.", "unmentioned", kept or "")
    # "Is there a car allowance?" of a list of allowances none of which is for a car: a kind of the thing, named by
    # the word before it, that the documents never name (the thing alone, "allowance", is no answer)
    kind_of = _EXISTS_KIND.match(own_words(question)[0])
    if kind_of is not None:
        kind_word = (kind_of.group("kind") or kind_of.group("kind2")).lower()
        head = (kind_of.group("head") or kind_of.group("head2")).lower()
        kind_terms = [t for t in content_terms(kind_word) if t not in _NO_FOCUS and t not in GENERIC]
        if kind_terms and all(used(t, in_scope) for t in content_terms(head)) and not any(spoken_of(t) for t in kind_terms):
            return Verdict(True, f"They don't mention a {kind_word} {head}.", "unmentioned", f"{kind_word} {head}")
    # "Will I be paid extra for the training?", "do I get paid for working from home?": whether something is paid,
    # of documents that never speak of pay in any of its words (salary, wages, allowances, expenses, "£"…)
    if asks_yes_or_no(own) and _ASKS_IF_PAID.search(own) and not any(used(t, in_scope) for t in _PAY_TERMS):
        return Verdict(True, "They don't mention pay for this.", "unmentioned", "pay")
    # "Does information have to be marked or identified as confidential…?" of documents that never speak of marking a
    # thing as confidential, in any of the ways they do; where they do ("designated as being confidential"), the
    # act is named whatever its word
    marking = marked_as_asked(question)
    if marking is not None and evidence.scope_text is not None:
        acts, prop, says = marking
        if not says(evidence.scope_text()):
            shown = f"{' or '.join(_doing(a) for a in acts)} it as {prop}"
            return Verdict(True, f"They don't mention {shown}.", "unmentioned", shown)
    act = None if marking is not None and evidence.scope_text is not None else _act_never_named(question, in_scope, evidence)
    if act:
        return Verdict(True, f"They don't mention {act}.", "unmentioned", act)
    making = _made_never_said(question, in_scope, evidence)
    if making:
        return Verdict(True, f"They don't mention {making}.", "unmentioned", making)
    # "Can the receiving party get similar information from a third party without breaching the agreement?" of
    # documents that never speak of what is received from elsewhere
    # (asked whether it may, not whether it does: "do you receive my data from other companies?" asks what a
    # privacy notice says it does, in words of its own, "Facebook sends us…")
    if (_MAY_Q.match(own) and FROM_ELSEWHERE_Q.search(own) and evidence.scope_text is not None
            and not FROM_ELSEWHERE.search(evidence.scope_text())):
        return Verdict(True, "They don't mention information received from anyone else.", "unmentioned", "received elsewhere")
    # …and whether it grants a licence or any rights to it, of documents that never speak of licences, rights
    # granted, ownership or intellectual property
    licence = licence_asked(own)
    if licence is not None and evidence.scope_text is not None and not licence(evidence.scope_text()):
        return Verdict(True, "They don't mention any licence or rights to it.", "unmentioned", "licence")
    told = _existence_never_said(question, in_scope, evidence)
    if told:
        return Verdict(True, f"They don't mention {told}.", "unmentioned", told)
    # "Does information shared verbally count as confidential?" of an agreement that never speaks of oral or
    # verbal information: the manner the question turns on is not in them (nor any word it is searched as).
    # …and so when it does use the manner but never the act done so ("independent" of its contractors, but nothing
    # of developing anything): the two together are what is asked.
    manner = manner_asked(own)
    if manner is not None and not (_named_as(manner[0], own, in_scope, evidence) and (
            manner[2] is None or _named_as(manner[2], own, in_scope, evidence))):
        return Verdict(True, f"They don't mention {manner[1]}.", "unmentioned", manner[1])
    # "Do any of the obligations continue after the agreement ends?" of one that never says what continues or
    # survives: its verb (or any word it is searched as) is not in them.
    lasting = lasting_asked(own)
    if lasting is not None and not _named_as(lasting[0], own, in_scope, evidence):
        return Verdict(True, f"They don't mention {lasting[1]}.", "unmentioned", lasting[1])
    # (not of an answer in Welsh, whose ways of giving a sum or a date, "mis o gyflog llawn", these
    # patterns don't know)
    gap = answer_type_gap(question, evidence.text, evidence.common_words)
    if gap and in_welsh(evidence.text):
        gap = None
    if gap:
        return Verdict(True, f"They don't give {gap} for this.", "no_fact", gap)
    if evidence.best_unit_score < limits.min_sentence_similarity:
        return Verdict(True, "No passage answers this question as asked.", "not_as_asked")
    return Verdict(False)
