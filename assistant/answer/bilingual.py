"""Bilingual documents: the same text in Welsh and in English, paragraph by paragraph.

Welsh public bodies publish in both languages (the Welsh Language Standards), most often a
paragraph in Welsh and then the same paragraph in English. Retrieval and the answer scorer
work in English (a question in Welsh is searched through the glossary), so:

- in a passage that has both, a Welsh sentence is not a candidate of its own: it says
  again what its English twin says, and the answer would quote both;
- an English sentence's twin is found by order: a run of Welsh sentences next to a run of
  English sentences of the same length pairs them one to one;
- when the answer is framed in Welsh (a question in Welsh, or the Welsh interface), a
  statement made from an English sentence is shown as its Welsh twin, with the twin's own
  offsets, so the citation points at the Welsh the reader sees.

A document whose Welsh and English are separate halves (the whole Welsh version, then the
whole English one) has no passage with both. For an answer framed in Welsh, its sentences are
paired over the whole document instead (`document_twins`): the k-th English sentence with the
k-th Welsh one, when there are as many of each.

Left out: runs of unequal length (a translation that splits a sentence in two) keep their
English, as does a document of halves whose two versions differ in their count of sentences.
"""

from __future__ import annotations

from itertools import groupby

from assistant.answer.units import Statement, Unit, tidy
from assistant.text.welsh import in_welsh

Twins = dict[tuple[str, int, int], Unit]  # (doc_id, start, end) of an English unit → its Welsh twin


def one_language(units: list[Unit]) -> tuple[list[Unit], Twins]:
    """The units without the Welsh sentences of passages that also have English, and each
    English unit's Welsh twin where one is found."""
    by_passage: dict[str, list[Unit]] = {}
    for u in units:
        by_passage.setdefault(u.passage.chunk_id, []).append(u)
    dropped: set[int] = set()
    twins: Twins = {}
    for group in by_passage.values():
        welsh = [in_welsh(u.text) for u in group]
        if all(welsh) or not any(welsh):
            continue
        dropped |= {id(u) for u, w in zip(group, welsh, strict=True) if w}
        runs = [(w, [u for u, _ in run]) for w, run in groupby(zip(group, welsh, strict=True), key=lambda x: x[1])]
        for (w1, a), (_w2, b) in zip(runs, runs[1:], strict=False):
            if len(a) != len(b):
                continue
            cy, en = (a, b) if w1 else (b, a)
            for c, e in zip(cy, en, strict=True):
                twins.setdefault((e.passage.doc_id, e.start, e.end), c)
    return [u for u in units if id(u) not in dropped], twins


def in_welsh_twins(statements: list[Statement], twins: Twins) -> list[Statement]:
    """The statements with each one made from a twinned English unit shown in Welsh (in place)."""
    for st in statements:
        if len(st.spans) == 1 and (twin := twins.get(st.spans[0])) is not None:
            st.text = tidy(twin.text)
            st.passages = [twin.passage]  # the passage that holds the Welsh, which may be another
            st.spans = [(twin.passage.doc_id, twin.start, twin.end)]
        in_welsh_twins(st.children, twins)
        in_welsh_twins(st.more, twins)
    return statements


def document_twins(units: list[Unit]) -> Twins:
    """A document's English sentences paired with its Welsh ones in order, when it has as
    many of each (its units, in order: `units.document_units`)."""
    welsh = [u for u in units if in_welsh(u.text)]
    english = [u for u in units if not in_welsh(u.text)]
    if not welsh or len(welsh) != len(english):
        return {}
    return {(e.passage.doc_id, e.start, e.end): c for e, c in zip(english, welsh, strict=True)}

