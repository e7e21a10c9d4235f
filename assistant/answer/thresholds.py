"""Does a rule's condition on a number hold for the number the question gives?

Policies set thresholds: "Where fewer than 20 employees are affected, consultation will last
at least 14 days"; "where a proposal affects 20 or more employees, … at least 30 days". Asked
"how long does consultation have to be for 25 staff?", the first does not apply, however like
the question its words are. `outside_threshold` finds such sentences, so that one that applies
leads.

A condition is a comparison set before a number and its unit ("fewer than 20 employees",
"more than 3 months", "under 18 years", "over £500") or after them ("20 or more employees",
"5 years or less"). It is compared with a number of the same kind in the question: people
(staff, employees, workers, people, members, posts; "120 of us"), lengths of time (days, weeks, months,
years, hours), pounds, or ages ("I'm 17", "my son is 15" against "aged 18 and over", "under the age of
18", "aged 16 or 17", "students under 16"). "At least" and "up to" are left out: a policy uses them for what it
gives ("at least 30 days' consultation", "up to 10 days of training"), not for whom.

Numbered things are the other kind of row a number picks: "what do I get paid in week 20?" of a
table of "Weeks 1 to 6", "Weeks 7 to 18", "Weeks 19 to 39"; "the hourly rate for spinal point 10"
of rows "Spinal column point: 7", "…: 10". The question's label and number ("week 20", "point 10",
"grade 4") are looked for in the text as the same label with a number or a span of numbers; a
text that numbers the label and never takes in the question's number is about other ones.

A span ("4 to 12 years", "between 20 and 99 staff") holds for a number between its ends, both
taken in. Left out: numbers in words, and conditions whose number and unit stand apart
("employees numbering fewer than 20").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import partial

from assistant.text.questions import NUMBERED_LABELS

_PEOPLE = r"staff|employees?|workers?|people|persons?|members?|posts?|roles?|colleagues?|officers?"
_TIME = r"hours?|days?|weeks?|months?|years?"
# How many times something happened: "off 5 times this year", "4 or more periods of absence".
_TIMES = r"times|periods|occasions|spells|episodes|absences|instances"
_KINDS = {"people": re.compile(rf"^(?:{_PEOPLE})$", re.I), "time": re.compile(rf"^(?:{_TIME})$", re.I),
          "count": re.compile(rf"^(?:{_TIMES})$", re.I)}
_UNIT_TIME = {"hour": 1 / 24, "day": 1.0, "week": 7.0, "month": 30.0, "year": 365.0}
_NUMBER = r"\d[\d,]*(?:\.\d+)?"
# "25 staff", "3 years", "£500", "20k"
_ASKED = re.compile(rf"(?P<money>£\s?)?(?P<n>{_NUMBER})(?:(?P<k>k\b|\s?grand\b)|\s+(?:\w+\s+)?(?P<unit>{_PEOPLE}|{_TIME}|{_TIMES}|of us|of them))?", re.I)
_BEFORE = re.compile(
    rf"\b(?P<op>fewer than|less than|more than|greater than|over|under|below|above)\s+(?P<money>£\s?)?(?P<n>{_NUMBER})"
    rf"(?:\s+(?:\w+\s+)?(?P<unit>{_PEOPLE}|{_TIME}|{_TIMES}))?",
    re.I,
)
_AFTER = re.compile(
    rf"(?P<money>£\s?)?(?P<n>{_NUMBER})(?:\s+(?:\w+\s+)?(?P<unit>{_PEOPLE}|{_TIME}|{_TIMES}))?\s+or\s+(?P<op>more|fewer|less|over|under|above|below)\b"
    rf"(?:\s+(?:\w+\s+)?(?P<unit2>{_PEOPLE}|{_TIME}|{_TIMES})\b)?",
    re.I,
)

# A span both ends of which hold: "4 to 12 years", "between 20 and 99 staff", "£500–£1,000".
_RANGE = re.compile(
    rf"(?:\bbetween\s+(?P<money>£\s?)?(?P<a>{_NUMBER})\s+and\s+£?\s?(?P<b>{_NUMBER})|"
    rf"(?<![\d.,])(?P<money2>£\s?)?(?P<a2>{_NUMBER})\s*(?:to|-|–)\s*£?\s?(?P<b2>{_NUMBER}))"
    rf"(?:\s+(?:\w+\s+)?(?P<unit>{_PEOPLE}|{_TIME}|{_TIMES})\b)?",
    re.I,
)


def _kind(money: str | None, unit: str | None) -> str | None:
    if money:
        return "money"
    if not unit:
        return None
    if unit.lower() in ("of us", "of them"):  # "there are 120 of us affected"
        return "people"
    return next((k for k, pat in _KINDS.items() if pat.match(unit)), None)


def _value(n: str, unit: str | None, kind: str) -> float:
    v = float(n.replace(",", ""))
    if kind == "time" and unit:
        v *= _UNIT_TIME[unit.lower().rstrip("s")]
    return v


def _asked(question: str, ages: bool = True) -> list[tuple[str, float]]:
    """(kind, value) of each number with a unit in the question: "for 25 staff" → ("people", 25); and
    (`ages`) each age it gives: "I'm 17" → ("age", 17)."""
    out = []
    for m in _ASKED.finditer(question):
        if m.group("k"):  # "on 20k", "28 grand": thousands of pounds
            out.append(("money", float(m.group("n").replace(",", "")) * 1000))
            continue
        kind = _kind(m.group("money"), m.group("unit"))
        if kind is not None and not re.fullmatch(r"(?:19|20)\d\d", m.group("n")) and not (
                re.match(r"[- ]?olds?\b", question[m.end():])):  # ("a 16 year old" is an age)
            out.append((kind, _value(m.group("n"), m.group("unit"), kind)))
    return out + (_ages_asked(question) if ages else [])


# Ages. The asker's or whomever the question is about: "I'm 17", "my son is 15", "a 16 year old".
_AGE_ASKED = re.compile(
    r"\b(?:i'?m|i am|(?:he|she)(?:'s| is)|(?:son|daughter|child|kid|nephew|niece|grandson|granddaughter) is|aged?)\s+"
    r"(?P<n>\d{1,2})\b(?!\s*(?:%|[.,:]\d|am\b|pm\b|hours?|days?|weeks?|months?|minutes?|mins?|miles?|years? (?:service|here|in)))|"
    r"\b(?P<m>\d{1,2})[- ]?(?:years?|yrs?)[- ]?olds?\b", re.I)
# A rule's condition on age: "aged 18 and over", "under the age of 18", "aged 16 or 17", "students under 16"
# (a bare "under 16" or "over 18" is an age when the number is one rules set for the young).
_AGE_FROM = re.compile(r"\baged?\s+(?P<n>\d{1,2})\s*(?:and|or|\+)\s*(?P<op>over|above|older|under|below|younger)\b|"
                       r"\baged?\s+(?P<n2>\d{1,2})\+", re.I)
_AGE_BEFORE = re.compile(r"\b(?P<op>under|over|below|above)\s+(?:the\s+age\s+of\s+|age\s+)(?P<n>\d{1,2})\b|"
                         rf"\b(?P<op2>under|over)[- ](?P<n2>1[3-9]|2[01])(?:s\b|\b)(?!\s*(?:%|[.,:]\d|£|{_TIME}|{_PEOPLE}|{_TIMES}|miles?|minutes?|mins?)\b)", re.I)
_AGE_SPAN = re.compile(r"\baged?\s+(?P<a>\d{1,2})\s*(?:or|to|and|-|–)\s*(?P<b>\d{1,2})\b(?!\s*(?:%|hours?|days?|weeks?|months?))|"
                       r"\b(?P<a2>\d{1,2})\s*(?:to|-|–)\s*(?P<b2>\d{1,2})[- ]?(?:years?|yrs?)[- ]?olds?\b", re.I)


def _ages_asked(question: str) -> list[tuple[str, float]]:
    return [("age", float(m.group("n") or m.group("m"))) for m in _AGE_ASKED.finditer(question)
            if 10 <= int(m.group("n") or m.group("m")) <= 99]


# Length of service as a minimum, without "at least": "employees who have 26 weeks' service", "after 2
# years' continuous service", "once you have completed 6 months of service".
_SERVICE = re.compile(rf"\b(?:have|has|with|after|completed?|once you have|reached)\s+(?:at least\s+|over\s+)?(?P<n>{_NUMBER})\s+"
                      rf"(?P<unit>{_TIME})[’']?\s+(?:of\s+)?(?:continuous\s+|qualifying\s+)?(?:local government\s+)?service\b", re.I)


def _service_conditions(text: str) -> list[tuple[str, Callable[[float], bool]]]:
    return [("time", partial(_holds, "more", False, _value(m.group("n"), m.group("unit"), "time"))) for m in _SERVICE.finditer(text)]


def _age_conditions(text: str) -> list[tuple[str, Callable[[float], bool]]]:
    out: list[tuple[str, Callable[[float], bool]]] = []
    for m in _AGE_FROM.finditer(text):
        op = "over" if m.group("n2") else m.group("op").lower()
        op = {"above": "over", "older": "over", "below": "under", "younger": "under"}.get(op, op)
        out.append(("age", partial(_holds, op, False, float(m.group("n") or m.group("n2")))))
    for m in _AGE_BEFORE.finditer(text):
        out.append(("age", partial(_holds, (m.group("op") or m.group("op2")), True, float(m.group("n") or m.group("n2")))))
    for m in _AGE_SPAN.finditer(text):
        out.append(("age", partial(_between, float(m.group("a") or m.group("a2")), float(m.group("b") or m.group("b2")))))
    return out


def asked_numbers(question: str) -> bool:
    """Does the question give a number a rule's condition could be set on (people, time, money,
    an age, or a numbered thing: "week 20")?"""
    return bool(_asked(question) or labelled_asked(question))


def _holds(op: str, strict: bool, limit: float, value: float) -> bool:
    """Does `value` meet the condition? Set before the number it is strict ("fewer than 20"),
    after it inclusive ("20 or more")."""
    less = op.lower() in ("fewer than", "less than", "under", "below", "fewer", "less")
    if less:
        return value < limit if strict else value <= limit
    return value > limit if strict else value >= limit


def conditions(text: str) -> list[tuple[str, Callable[[float], bool]]]:
    """(kind, test) of each condition in the text: "fewer than 20 employees" → ("people", < 20);
    "20 or more employees" → ("people", ≥ 20); "4 to 12 years" → ("time", 4 years to 12 years)."""
    text = _with_heading_units(text)
    out: list[tuple[str, Callable[[float], bool]]] = [
        (kind, partial(_holds, op, strict, limit)) for kind, strict, limit, op in _limits(text)]
    for m in _RANGE.finditer(text):
        a, b = m.group("a") or m.group("a2"), m.group("b") or m.group("b2")
        kind = _kind(m.group("money") or m.group("money2"), m.group("unit"))
        if kind is not None:
            low, high = _value(a, m.group("unit"), kind), _value(b, m.group("unit"), kind)
            out.append((kind, partial(_between, low, high)))
    return out + _age_conditions(text) + _service_conditions(text)


# A table's cell, "Employees affected: 20 to 99", whose number's unit is in its column's heading.
_CELL = re.compile(r"(?P<head>[^:;•\n]{1,40}):\s*(?P<value>[^:;\n]{1,40}?)\s*(?=;|$)", re.M)
_HEAD_UNIT = re.compile(rf"\b(?P<unit>{_PEOPLE}|{_TIME}|{_TIMES})\b", re.I)


def _with_heading_units(text: str) -> str:
    """A table row's bare numbers given the unit their column's heading names: "Employees affected:
    20 to 99" is read as "20 to 99 employees", "Length of service (years): 5 or more" as "5 or more years"."""
    def unit_added(m: re.Match[str]) -> str:
        value = m.group("value")
        unit = _HEAD_UNIT.search(m.group("head"))
        if unit is None or not re.search(r"\d", value) or _HEAD_UNIT.search(value) or "£" in value:
            return m.group(0)
        return f"{m.group('head')}: {value} {unit.group('unit')}"
    return _CELL.sub(unit_added, text)


def _between(low: float, high: float, value: float) -> bool:
    return low <= value <= high


def _limits(text: str) -> list[tuple[str, bool, float, str]]:
    """(kind, strict, limit, op) of each one-sided condition: "fewer than 20 employees" →
    ("people", True, 20, "fewer than"); "20 or more employees" → ("people", False, 20, "more")."""
    found = []
    for pattern, strict in ((_BEFORE, True), (_AFTER, False)):
        for m in pattern.finditer(text):
            unit = m.group("unit") or (m.group("unit2") if strict is False else None)
            found.append((m.start(), m.group("money"), unit, strict, m.group("n"), m.group("op")))
    out = []
    last: tuple[str, str | None] | None = None  # a later condition without its unit has the one before's
    for _at, money, unit, strict, n, op in sorted(found):
        kind = _kind(money, unit)
        if kind is None and last is not None and not strict:
            kind, unit = last  # "…20 or more employees…; where it affects 100 or more, …"
        if kind is not None:
            out.append((kind, strict, _value(n, unit, kind), op))
            last = (kind, unit)
    return out


# The labels a thing is numbered by in pay scales, tables and timetables.
_LABEL = NUMBERED_LABELS
_LABELLED_ASKED = re.compile(rf"\b(?P<label>{_LABEL})\s+(?:no\.?\s*|number\s+)?(?P<n>\d{{1,3}})(?![\d,.:%])(?!\s*(?:{_TIME}|{_PEOPLE}|or\b))", re.I)
# "Weeks 19 to 39", "Grade: Grade 4", "Spinal column point: 10", "Grades 7 and above", "points 2-4"
_LABELLED = re.compile(
    rf"\b(?P<label>{_LABEL})\b\s*:?\s*(?:(?:{_LABEL})\s+)?(?P<a>\d{{1,3}})(?![\d,.%])"
    r"(?:\s*(?:to|-|–|and)\s*(?P<b>\d{1,3})(?![\d,.%])|\s+(?P<up>and above|or above|or more|and over|\+))?",
    re.I,
)


def _label(word: str) -> str:
    return word.lower().rstrip("s")


_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")
# "the first day", "my second week": a numbered thing by its ordinal
_ORDINAL_ASKED = re.compile(rf"\b(?P<nth>{'|'.join(_ORDINALS)})\s+(?P<label>{_LABEL})\b", re.I)
# "after stage 1" asks about what follows stage 1; "before stage 3", what comes before it
_STEP = re.compile(r"\b(?P<way>after|following|before)\s+(?:the\s+)?$", re.I)


def labelled_asked(question: str) -> list[tuple[str, int]]:
    """(label, number) of each numbered thing the question names: "in week 20" → ("week", 20),
    "on the first day" → ("day", 1), "what happens after stage 1?" → ("stage", 2). A length
    ("for 3 weeks") names no week."""
    found = [(m.start(), _label(m.group("label")), int(m.group("n"))) for m in _LABELLED_ASKED.finditer(question)]
    found += [(m.start(), _label(m.group("label")), _ORDINALS.index(m.group("nth").lower()) + 1)
              for m in _ORDINAL_ASKED.finditer(question)]
    out = []
    for at, label, n in sorted(found):
        step = _STEP.search(question[:at])
        if step is not None and label not in ("day", "week", "month", "year"):  # ("after day 3" is any day after it)
            n += -1 if step.group("way").lower() == "before" else 1
        out.append((label, n))
    return out


def _spans(text: str) -> dict[str, list[tuple[float, float]]]:
    """Each label the text numbers, with the numbers or spans it gives it ("Weeks 7 to 18" → week: 7–18)."""
    spans: dict[str, list[tuple[float, float]]] = {}
    for m in _LABELLED.finditer(text):
        a = int(m.group("a"))
        b = float("inf") if m.group("up") else int(m.group("b") or a)
        spans.setdefault(_label(m.group("label")), []).append((a, b))
    return spans


def _judged(asked: list[tuple[str, int]], text: str) -> list[bool]:
    """For each numbered thing asked of that the text numbers too: does it take in the number?"""
    spans = _spans(text)
    return [any(a <= n <= b for a, b in spans[label]) for label, n in asked if label in spans]


def closest_numbered(asked: list[tuple[str, int]], texts: list[str]) -> int | None:
    """Of texts that take in the number asked about, the one whose span is narrowest ("Day 4" over
    "Days 1 to 7" for day 4), when only one is; None otherwise."""
    widths = []
    for i, text in enumerate(texts):
        spans = _spans(text)
        fits = [b - a for label, n in asked for a, b in spans.get(label, []) if a <= n <= b]
        if fits:
            widths.append((min(fits), i))
    widths.sort()
    if not widths or (len(widths) > 1 and widths[0][0] == widths[1][0]):
        return None
    return widths[0][1]


def numbers_other(asked: list[tuple[str, int]], text: str) -> bool:
    """Does the text number the question's label ("Weeks 1 to 6") without taking in its number?"""
    judged = _judged(asked, text)
    return bool(judged) and not any(judged)


def numbers_this(asked: list[tuple[str, int]], text: str) -> bool:
    """Does the text number the question's label and take in its number ("Weeks 19 to 39" for week 20)?"""
    return any(_judged(asked, text))


_MONEY = re.compile(r"£\s?\d[\d,]*(?:\.\d+)?")


def money_only_in_conditions(text: str) -> bool:
    """Is every sum of money the text gives part of a condition on whom it is for ("you earn less than
    £30,000 a year", "a gift worth £25 or more")? Such a sum is a threshold, not what is paid: "how
    much can I get?" is not answered by it."""
    sums = [m.span() for m in _MONEY.finditer(text)]
    if not sums:
        return False
    held = [m.span() for pattern in (_BEFORE, _AFTER, _RANGE) for m in pattern.finditer(text)
            if m.group("money") or m.groupdict().get("money2")]
    return all(any(a <= start and end <= b for a, b in held) for start, end in sums)


def outside_threshold(question: str, texts: Iterable[str], labels: bool = True, ages: bool = True) -> list[bool]:
    """For each text: does every condition it sets on a kind of number the question gives fail
    for the question's number, or (`labels`) does it number what the question names
    (`labelled_asked`) and not the question's one? (False for a text with no such condition.)
    `ages`: an age the question gives counts."""
    asked = _asked(question, ages)
    numbered = labelled_asked(question) if labels else []
    if not asked and not numbered:  # most questions give no number: nothing to compare
        return [False for _ in texts]
    out = []
    for text in texts:
        if numbered and numbers_other(numbered, text):
            out.append(True)
            continue
        verdicts = [test(value) for kind, test in conditions(text) for k, value in asked if k == kind]
        out.append(bool(verdicts) and not any(verdicts))
    return out


def inside_threshold(question: str, texts: Iterable[str], ages: bool = True) -> list[bool]:
    """For each text: does it set a condition on a kind of number the question gives, which holds
    for the question's number ("5 years or more" for "I've been here 10 years")? `ages`: an age
    the question gives counts (it says whom the question is about, not what it asks)."""
    asked = _asked(question, ages)
    if not asked:
        return [False for _ in texts]
    return [
        any(test(value) for kind, test in conditions(text) for k, value in asked if k == kind)
        for text in texts
    ]
