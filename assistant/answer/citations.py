"""Does a cited passage support a statement? A documented lexical-entailment check.

No NLI model can be had offline here, so support is judged lexically:

- *content coverage*: at least `min_coverage` of the statement's content terms
  (stemmed, stop-words removed) occur in the passage;
- *numbers*: every number, percentage or amount in the statement occurs in the
  passage (a figure is never "supported" by a passage without it);
- *negation*: a statement that negates ("not", "no", "never") where the passage
  doesn't, or the reverse, is not supported.

The same check serves LLM answers, letters and the eval suite's citation
precision and recall, so all three agree on what "supported" means.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.text.lexical import content_terms, words
from assistant.text.sentences import split_sentences

_NUMBER = re.compile(r"£?\d[\d,.]*%?")
_NEGATION = {"not", "no", "never", "nor", "without", "cannot", "won't", "don't", "doesn't", "isn't", "aren't"}
CITE = re.compile(r"\[(\d+)\]")
# A list item of an answer's Markdown ("- ", "* ", "+ ", "1. "), which the composer and LLMs write.
MARKDOWN_ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")
_TICK_BOX = re.compile(r"^\[[ xX]\]\s+")


def _numbers(text: str) -> set[str]:
    return {n.rstrip(".,").replace(",", "") for n in _NUMBER.findall(text)}


def coverage(statement: str, passage: str) -> float:
    terms = set(content_terms(CITE.sub("", statement)))
    if not terms:
        return 1.0
    have = set(content_terms(passage))
    return len(terms & have) / len(terms)


def supports(statement: str, passage: str, min_coverage: float = 0.6) -> bool:
    statement = CITE.sub("", statement)
    if not _numbers(statement) <= _numbers(passage):
        return False
    neg_s = bool(_NEGATION & set(words(statement)))
    neg_p = bool(_NEGATION & set(words(passage)))
    if neg_s and not neg_p:
        return False
    return coverage(statement, passage) >= min_coverage


@dataclass(frozen=True)
class CitedStatement:
    text: str  # without its [n] markers
    cites: tuple[int, ...]


def split_statements(markdown: str) -> list[CitedStatement]:
    """Sentences and list items of a Markdown answer, each with the [n] it carries.

    Headings, bold-only lines and lines without letters are skipped; a citation
    at the end of a sentence belongs to that sentence.
    """
    out: list[CitedStatement] = []
    for raw in markdown.splitlines():
        item = MARKDOWN_ITEM.match(raw)
        line = (_TICK_BOX.sub("", raw[item.end() :], count=1) if item else raw).strip()
        if not line or line.startswith("#") or not re.search(r"[A-Za-z]", line):
            continue
        for sent in split_sentences(line):
            cites = tuple(int(n) for n in CITE.findall(sent))
            text = CITE.sub("", sent).strip()
            if text:
                out.append(CitedStatement(text, cites))
    return out
