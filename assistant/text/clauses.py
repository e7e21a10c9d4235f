"""Clause numbers: how contracts, agreements and policies number their text.

A line that starts with a clause number opens that clause:

    7.        a top-level clause        "7"
    7.2       a sub-clause              "7.2"   (any depth: 7.2.1)
    (b)  b.   a lettered sub-clause     "7.2(b)"
    (iii)     a roman sub-clause        "7.2(b)(iii)"
    (1)       a bracketed number        "7.2(b)(1)", or "(1)" at the top

`ClauseTracker` reads lines in document order and gives each clause line its
full label, the way people cite it ("clause 7.2(b)"). A lettered or roman
marker nests under the last numbered clause; a new number closes everything
below it. "(i)" is a letter only when it follows "(h)"; otherwise it starts
roman numbering (the same for v after u and x after w).

A document is *clause-numbered* when it has at least two multi-level numbers
(7.2) or lettered sub-clauses under numbered clauses: then citations say
"clause 7.2(b)". Plain numbered lists (steps 1, 2, 3 of a guide) stay "para".

Left out: "Article 5" / "Section 5" prefixes and upper-case lettered
sections ("A. Scope"), which the splitter reads as headings instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_ROMAN = re.compile(r"^(?=[ivxlc]+$)c{0,3}(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})$")
CLAUSE_START = re.compile(
    r"^\s*(?:"
    r"(?P<dotted>\d{1,3}(?:\.\d{1,3})+)\.?"  # 7.2  7.2.1  7.2.
    r"|(?P<num>\d{1,3})[.)]"  # 7.  7)
    r"|\((?P<paren>[a-z]{1,4}|\d{1,3})\)"  # (b) (iii) (1)
    r"|(?P<letter>[a-z])[.)]"  # b.  b)
    r")(?=[ \t]+\S)"
)


@dataclass
class ClauseTracker:
    """The clause each line opens, given the lines before it (see the module docstring)."""

    number: str = ""  # "7.2"
    subs: list[tuple[str, str]] = field(default_factory=list)  # [("alpha", "b"), ("roman", "iii")]
    deep: int = 0  # how many labels so far had a dotted number or a sub-clause under a number

    def label(self) -> str:
        return self.number + "".join(f"({v})" for _, v in self.subs)

    def feed(self, line: str) -> str | None:
        """The full label of the clause `line` opens, or None if it opens none."""
        m = CLAUSE_START.match(line)
        if m is None:
            return None
        if m.group("dotted"):
            self.number, self.subs = m.group("dotted"), []
            self.deep += 1
        elif m.group("num"):
            self.number, self.subs = m.group("num"), []
        else:
            token = (m.group("paren") or m.group("letter") or "").lower()
            self._sub(token, bracketed=m.group("paren") is not None)
            if self.number:
                self.deep += 1
        return self.label()

    def _sub(self, token: str, bracketed: bool) -> None:
        kind = self._kind(token, bracketed)
        # Close levels at or below this kind, keeping those above it.
        for i, (k, _) in enumerate(self.subs):
            if k == kind:
                self.subs = self.subs[:i]
                break
        self.subs.append((kind, token))

    def _kind(self, token: str, bracketed: bool) -> str:
        if token.isdigit():
            return "digit"
        if not _ROMAN.match(token) or not bracketed:
            return "alpha"
        alpha = next((v for k, v in reversed(self.subs) if k == "alpha"), None)
        roman = next((v for k, v in reversed(self.subs) if k == "roman"), None)
        if len(token) == 1 and alpha is not None and ord(alpha) + 1 == ord(token):
            return "alpha"  # (h) then (i): the ninth letter
        if roman is not None or token in ("i", "ii", "iii", "iv"):
            return "roman"
        return "alpha" if len(token) == 1 else "roman"


def clause_labels(lines: list[str]) -> list[str | None]:
    """The label each line opens (None for other lines), in document order."""
    tracker = ClauseTracker()
    return [tracker.feed(line) for line in lines]


def is_clause_numbered(labels: list[str | None]) -> bool:
    """Does the document number its clauses in the legal style (7.2, 3(b))?"""
    deep = sum(1 for label in labels if label and ("." in label or (label[0].isdigit() and "(" in label)))
    return deep >= 2


# "What does clause 5.2 say?", "what's in section 6?", "para 12", "what does 2.2 mean?": a
# question about a numbered part of a document, asked by its number. Not "part 2" or "point 3"
# (of a process, of a list), nor "Article 9", which is usually of a law the document cites.
_ASKED = re.compile(
    r"\b(?P<word>clause|section|paragraph|para|cymal|adran|paragraff)\s+"
    r"(?P<id>\d{1,3}(?:\.\d{1,3}){0,3}(?:\s*\([a-z0-9]{1,4}\))*)(?![\d.]*\d)",
    re.I,
)
_ASKED_BARE = re.compile(
    r"^\W*(?:and\s+)?(?:what\s+(?:does|do|is|did)\s+(?:in\s+)?|what'?s\s+(?:in\s+)?|(?:and\s+)?)"
    r"(?P<id>\d{1,3}(?:\.\d{1,3}){1,3}(?:\s*\([a-z0-9]{1,4}\))*)"
    r"(?=\s*(?:say|says|mean|means|cover|covers|about|\?|$))",
    re.I,
)
_KEY = re.compile(r"^(?P<nums>\d{1,3}(?:\.\d{1,3})*)(?P<subs>(?:\([a-z0-9]{1,4}\))*)$")


def clause_asked(question: str) -> str | None:
    """The clause, section or paragraph number a question asks about ("5.2", "6",
    "4.3(b)"), or None. A bare number counts only when dotted ("what does 2.2 say?"):
    "what does 28 mean?" may be about days."""
    m = _ASKED.search(question) or _ASKED_BARE.match(question.strip())
    return re.sub(r"\s+", "", m.group("id")).lower().rstrip(".") if m else None


def clause_word(question: str) -> str:
    """The word the question names its clause by ("section" in "what's in section 6?")."""
    m = _ASKED.search(question)
    return m.group("word").lower() if m else "clause"


def _key(label: str) -> tuple[tuple[int, ...], tuple[str, ...]] | None:
    m = _KEY.match(label.strip().rstrip("."))
    if m is None:
        return None
    return tuple(int(n) for n in m.group("nums").split(".")), tuple(re.findall(r"\(([a-z0-9]+)\)", m.group("subs")))


def within(asked: str, label: str) -> bool:
    """Is a unit labelled `label` ("5.2(b)", "6.1", "12") part of the clause `asked`
    ("5.2", "6", "12")? The clause itself, its sub-clauses and lettered items."""
    a, b = _key(asked), _key(label)
    if a is None or b is None:
        return False
    (an, asub), (bn, bsub) = a, b
    if asub:
        return an == bn and bsub[: len(asub)] == asub
    return bn[: len(an)] == an


def in_span(asked: str, span: str) -> bool:
    """Does a chunk whose clauses run `span` ("5.1–5.3", "7.1", "11–13") hold clause `asked`?"""
    a = _key(asked)
    parts = [p for p in re.split(r"\s*[–-]\s*", span.strip()) if p]
    keys = [k for k in (_key(p) for p in parts) if k is not None]
    if a is None or not keys:
        return False
    lo, hi = keys[0][0], keys[-1][0]
    n = a[0]
    return lo[: len(n)] <= n <= hi[: len(n)]
