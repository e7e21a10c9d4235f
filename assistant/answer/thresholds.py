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
years, hours) or pounds. "At least" and "up to" are left out: a policy uses them for what it
gives ("at least 30 days' consultation", "up to 10 days of training"), not for whom.

Left out: ranges ("between 20 and 99"), numbers in words, and conditions whose number and
unit stand apart ("employees numbering fewer than 20").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_PEOPLE = r"staff|employees?|workers?|people|persons?|members?|posts?|roles?|colleagues?|officers?"
_TIME = r"hours?|days?|weeks?|months?|years?"
_KINDS = {"people": re.compile(rf"^(?:{_PEOPLE})$", re.I), "time": re.compile(rf"^(?:{_TIME})$", re.I)}
_UNIT_TIME = {"hour": 1 / 24, "day": 1.0, "week": 7.0, "month": 30.0, "year": 365.0}
_NUMBER = r"\d[\d,]*(?:\.\d+)?"
# "25 staff", "3 years", "£500"
_ASKED = re.compile(rf"(?P<money>£\s?)?(?P<n>{_NUMBER})(?:\s+(?:\w+\s+)?(?P<unit>{_PEOPLE}|{_TIME}|of us|of them))?", re.I)
_BEFORE = re.compile(
    rf"\b(?P<op>fewer than|less than|more than|greater than|over|under|below|above)\s+(?P<money>£\s?)?(?P<n>{_NUMBER})"
    rf"(?:\s+(?:\w+\s+)?(?P<unit>{_PEOPLE}|{_TIME}))?",
    re.I,
)
_AFTER = re.compile(
    rf"(?P<money>£\s?)?(?P<n>{_NUMBER})(?:\s+(?:\w+\s+)?(?P<unit>{_PEOPLE}|{_TIME}))?\s+or\s+(?P<op>more|fewer|less|over|under|above|below)\b"
    rf"(?:\s+(?:\w+\s+)?(?P<unit2>{_PEOPLE}|{_TIME})\b)?",
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


def _asked(question: str) -> list[tuple[str, float]]:
    """(kind, value) of each number with a unit in the question: "for 25 staff" → ("people", 25)."""
    out = []
    for m in _ASKED.finditer(question):
        kind = _kind(m.group("money"), m.group("unit"))
        if kind is not None and not re.fullmatch(r"(?:19|20)\d\d", m.group("n")):
            out.append((kind, _value(m.group("n"), m.group("unit"), kind)))
    return out


def _holds(op: str, strict: bool, limit: float, value: float) -> bool:
    """Does `value` meet the condition? Set before the number it is strict ("fewer than 20"),
    after it inclusive ("20 or more")."""
    less = op.lower() in ("fewer than", "less than", "under", "below", "fewer", "less")
    if less:
        return value < limit if strict else value <= limit
    return value > limit if strict else value >= limit


def conditions(text: str) -> list[tuple[str, bool, float, str]]:
    """(kind, strict, limit, op) of each condition in the text: "fewer than 20 employees" →
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


def outside_threshold(question: str, texts: Iterable[str]) -> list[bool]:
    """For each text: does every condition it sets on a kind of number the question gives fail
    for the question's number? (False for a text with no such condition.)"""
    asked = _asked(question)
    if not asked:  # most questions give no number: nothing to compare
        return [False for _ in texts]
    out = []
    for text in texts:
        verdicts = [
            _holds(op, strict, limit, value)
            for kind, strict, limit, op in conditions(text)
            for k, value in asked
            if k == kind
        ]
        out.append(bool(verdicts) and not any(verdicts))
    return out
