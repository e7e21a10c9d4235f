"""Citation enforcement for LLM answers: the rules are checked in code, not left to the prompt.

The reply is read statement by statement (sentences and list items, split by `assistant.text.sentences`,
as `assistant.answer.citations.split_statements` does). For the passages [1]..[N] given to the model:

1. *Markers.* `[1, 3]` is read as `[1][3]`. A marker [n] outside 1..N is removed.
2. *A fact needs a citation.* Framing passes uncited: headings, bold-only lines, a sentence that
   ends with ':' (it introduces the cited items that follow), a question, and a sentence with no
   content words ("Yes."). Every other statement is factual and needs a valid marker.
3. *Support.* Each marker must point at a passage that `supports()` the statement: at least 60% of
   the statement's content terms occur in it, every number in the statement occurs in it, and it
   doesn't contradict the statement's negation (see `assistant/answer/citations.py`). Markers that fail
   are removed.

A factual statement left without a marker is **removed** (not flagged): a flagged sentence still
reads as an answer, and the user asked for text they can rely on. Framing is kept only when a kept
fact follows it, so a list intro whose items were all removed goes too. Surviving markers are
renumbered 1..m in order of first use.

The whole reply is **rejected** (the caller falls back to the offline composer) when it is empty,
when it contains an injection canary ("PWNED", "ignore previous instructions", ...) that the
question doesn't, or when fewer than `MIN_KEPT_SHARE` of its factual statements survive.

`Enforcer` works incrementally so that answers can stream: `feed()` returns the text that is final
(whole statements that passed), and the same checks run whether the reply arrives in one piece or
in many.

Left out: model-based entailment (no NLI model offline). The lexical check errs towards removing a
true paraphrase rather than keeping an unsupported one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from assistant.answer.citations import CITE, split_statements, supports
from assistant.text.lexical import content_terms
from assistant.text.sentences import boundaries

MIN_KEPT_SHARE = 0.5  # below this share of supported factual statements, the reply is rejected

_PREFIX = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+(?:\[[ xX]\]\s+)?")  # list marker, optional checkbox
# Sentence boundary: the rule of citations.split_statements (keep the two in step).
_GROUP = re.compile(r"\[(\d+(?:\s*[,;]\s*\d+)+)\]")
_BOLD_ONLY = re.compile(r"^\*\*[^*]+\*\*\s*:?$")
_THINK_OPEN, _THINK_CLOSE = "<think>", "</think>"  # reasoning models' scratchpad, never shown
CANARIES = (
    re.compile(r"\bPWNED\b", re.I),
    re.compile(r"\bignore\s+(?:all\s+|any\s+|the\s+)?(?:previous|prior|above|earlier)\s+instructions\b", re.I),
    re.compile(r"\bsystem prompt\b", re.I),
    re.compile(r"\bdeveloper mode\b", re.I),
)


@dataclass(frozen=True)
class Kept:
    text: str  # without markers
    cites: tuple[int, ...]  # renumbered


@dataclass(frozen=True)
class Dropped:
    text: str
    reason: str


@dataclass(frozen=True)
class Enforced:
    markdown: str  # the surviving text, markers renumbered
    used: tuple[int, ...]  # original passage numbers; new [k] is passage used[k-1]
    kept: tuple[Kept, ...]
    dropped: tuple[Dropped, ...]
    factual: int  # factual statements in the reply
    rejected: str | None  # why the whole reply must not be shown, or None


def canary_in(text: str, question: str) -> str | None:
    """The first injection canary in `text` that the question doesn't itself contain."""
    for pat in CANARIES:
        m = pat.search(text)
        if m and not pat.search(question):
            return m.group(0)
    return None


def _is_framing(text: str) -> bool:
    t = text.strip().rstrip("*_ ").strip()
    return t.endswith((":", "?")) or not content_terms(t)


def _tidy(s: str) -> str:
    s = re.sub(r"[ \t]{2,}", " ", s)
    return re.sub(r"\s+([.,;:!?])", r"\1", s).strip()


class Enforcer:
    """Feed the reply as it arrives; read back only text that passed."""

    def __init__(self, passages: Sequence[str], question: str) -> None:
        self._passages = list(passages)
        self._question = question
        self._raw = ""  # everything received
        self._fed = 0  # chars of the visible reply already taken in
        self._line = ""  # the current, unfinished line
        self._done = 0  # chars of the current line's body already judged
        self._line_used = False  # something of this line is in the output (kept or held)
        self._held = ""  # framing and layout waiting for the next kept fact
        self._out: list[str] = []
        self._numbers: dict[int, int] = {}
        self._kept: list[Kept] = []
        self._dropped: list[Dropped] = []
        self._factual = 0
        self.rejected: str | None = None

    # --- input ---------------------------------------------------------------
    def feed(self, delta: str) -> str:
        """Take a piece of the reply; return the newly final text (possibly "")."""
        if self.rejected is not None or not delta:
            return ""
        self._raw += delta
        hit = canary_in(self._raw, self._question)
        if hit:
            # The canary is not repeated: the notice is shown to users.
            self.rejected = "it contained text that looks like an injected instruction"
            return ""
        visible = self._visible()
        new, self._fed = visible[self._fed :], len(visible)
        out: list[str] = []
        for piece in re.split(r"(\n)", new):
            if piece == "\n":
                out.append(self._end_line())
            elif piece:
                self._line += piece
                out.append(self._judge(final=False))
        return "".join(out)

    def close(self) -> str:
        """The reply is complete: judge the last line; return its final text."""
        if self.rejected is not None:
            return ""
        return self._end_line(newline=False)

    def result(self) -> Enforced:
        kept = len(self._kept)
        reason = self.rejected
        if reason is None:
            if not self._visible().strip():
                reason = "the reply was empty"
            elif self._factual == 0 or kept == 0:
                reason = "none of its statements carried a citation to a passage that supports it"
            elif kept / self._factual < MIN_KEPT_SHARE:
                reason = f"only {kept} of its {self._factual} statements were supported by their citations"
        used = tuple(sorted(self._numbers, key=self._numbers.__getitem__))
        return Enforced(
            "".join(self._out).strip(), used, tuple(self._kept), tuple(self._dropped), self._factual, reason
        )

    # --- internals -----------------------------------------------------------
    def _visible(self) -> str:
        """The reply without a leading <think>…</think> block (held back until it closes)."""
        head = self._raw.lstrip()
        if head.startswith(_THINK_OPEN):
            _, sep, rest = head.partition(_THINK_CLOSE)
            return rest if sep else ""
        return "" if _THINK_OPEN.startswith(head) and head else self._raw

    def _end_line(self, newline: bool = True) -> str:
        line = self._line.strip()
        if line.startswith("#") or _BOLD_ONLY.match(line) or (line and not re.search(r"[A-Za-z]", line)):
            self._held += self._line.rstrip()  # a heading or label: framing
            self._line_used = True
            out = ""
        else:
            out = self._judge(final=True)
        if newline and (self._line_used or not line):
            self._held += "\n"
        self._line, self._done, self._line_used = "", 0, False
        return out

    def _judge(self, final: bool) -> str:
        """Judge the whole sentences of the current line (all of it when final)."""
        line = self._line
        if not final and line.lstrip().startswith(("#", "**")):
            return ""  # headings and bold labels are judged when the line is complete
        m = _PREFIX.match(line)
        prefix, body = (line[: m.end()], line[m.end() :]) if m else ("", line)
        out: list[str] = []
        pos = self._done
        for end, nxt in boundaries(body, pos):
            if nxt >= len(body):
                break  # the next sentence's first character hasn't arrived: not yet a boundary
            out.append(self._sentence(prefix, body[pos:end]))
            pos = nxt
        if final and body[pos:].strip():
            out.append(self._sentence(prefix, body[pos:]))
            pos = len(body)
        self._done = pos
        return "".join(out)

    def _sentence(self, prefix: str, raw: str) -> str:
        norm = _GROUP.sub(lambda g: "".join(f"[{n.strip()}]" for n in re.split(r"[,;]", g.group(1))), raw)
        parsed = split_statements(norm)
        text = _tidy(" ".join(s.text for s in parsed) or CITE.sub("", norm))
        cites = list(dict.fromkeys(int(n) for n in CITE.findall(norm)))
        valid = [n for n in cites if 1 <= n <= len(self._passages)]
        good = [n for n in valid if supports(text, self._passages[n - 1])]
        if _is_framing(text):  # framing needs no citation and carries none
            self._held += (" " if self._line_used else prefix) + _tidy(CITE.sub("", norm))
            self._line_used = True
            return ""
        self._factual += 1
        if not good:
            self._dropped.append(Dropped(text, self._why(cites, valid)))
            return ""
        for n in good:
            self._numbers.setdefault(n, len(self._numbers) + 1)
        shown = _tidy(
            CITE.sub(lambda c: f"[{self._numbers[int(c.group(1))]}]" if int(c.group(1)) in good else "", norm)
        )
        piece = (" " if self._line_used else prefix) + shown
        self._line_used = True
        self._kept.append(Kept(text, tuple(self._numbers[n] for n in good)))
        return self._emit(self._held + piece)

    def _why(self, cites: list[int], valid: list[int]) -> str:
        if not cites:
            return "no citation"
        if not valid:
            return f"cites passages that were not given ({', '.join(f'[{n}]' for n in cites)})"
        return f"not supported by its cited passage(s) ({', '.join(f'[{n}]' for n in valid)})"

    def _emit(self, text: str) -> str:
        """Append held framing plus a kept fact to the output; no leading or tripled newlines."""
        self._held = ""
        text = re.sub(r"\n{3,}", "\n\n", text if self._out else text.lstrip("\n"))
        self._out.append(text)
        return text


def enforce(reply: str, passages: Sequence[str], question: str) -> Enforced:
    """Check a complete reply against the passages it was given ([n] is passages[n-1])."""
    e = Enforcer(passages, question)
    e.feed(reply)
    e.close()
    return e.result()
