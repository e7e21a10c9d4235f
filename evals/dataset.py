"""Load and validate a question set in the Llais eval format (JSON Lines).

One object per line: `id`, `question`, `persona`, `answerable`, `evidence`
(verbatim substrings of the source that answer it), `key_points` (a list of
groups of alternative phrases) and `kind`. Extra fields are kept, not rejected,
so other teams' sets can be dropped in.

Evidence is matched after `normalise` (Unicode NFKC, curly quotes and dashes
made plain, whitespace collapsed, case folded), against both the raw source
text and the cleaned text that was indexed. Evidence found in neither is a
*warning*, not an error: a set written against another capture of the same
documents should still run (its retrieval scores will simply be lower).

Left out: fuzzy (edit-distance) evidence matching. It would hide real typos in
a hand-written set, which the dataset test is there to catch.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

DEFAULT_DATASET = Path(__file__).resolve().parent / "data" / "dev.jsonl"

_QUOTES = str.maketrans(
    {
        "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "`": "'",
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
        "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-",
        "\u00a0": " ", "\u2026": "...",
    }
)
_SPACE = re.compile(r"\s+")


def normalise(text: str) -> str:
    """The form in which evidence, passages and answers are compared."""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES)
    return _SPACE.sub(" ", text).strip().casefold()


class DatasetError(ValueError):
    """A question set that can't be used at all; the message names file and line."""


class EvalItem(BaseModel):
    """One question of the set. Unknown fields are kept in `model_extra`."""

    model_config = ConfigDict(frozen=True, extra="allow")

    id: str = Field(min_length=1)
    question: str = Field(min_length=1)
    persona: str = "worker"
    answerable: bool
    evidence: tuple[str, ...] = ()
    key_points: tuple[tuple[str, ...], ...] = ()
    kind: str = ""
    doc_id: str | None = None  # ask with the document filter set to this document
    # A conversation: these questions are asked first, one after the other, and
    # the row's question is scored as the follow-up to them.
    history: tuple[str, ...] = ()

    @field_validator("id", mode="before")
    @classmethod
    def _id_as_text(cls, v: object) -> object:
        return str(v) if isinstance(v, int) else v

    @field_validator("key_points", mode="before")
    @classmethod
    def _groups(cls, v: object) -> object:
        # A bare phrase is a group of one alternative.
        if isinstance(v, list):
            return [[x] if isinstance(x, str) else x for x in v]
        return v


@dataclass(frozen=True)
class Dataset:
    path: Path
    items: tuple[EvalItem, ...]
    warnings: tuple[str, ...] = field(default=())

    @property
    def answerable(self) -> list[EvalItem]:
        return [i for i in self.items if i.answerable]

    @property
    def unanswerable(self) -> list[EvalItem]:
        return [i for i in self.items if not i.answerable]


def parse_items(lines: Iterable[str], source: str = "<dataset>") -> tuple[list[EvalItem], list[str]]:
    """Parse JSON Lines into items; structural problems raise, soft ones warn."""
    items: list[EvalItem] = []
    warnings: list[str] = []
    seen: set[str] = set()
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
        except json.JSONDecodeError as e:
            raise DatasetError(f"{source}:{n}: not valid JSON ({e.msg})") from e
        if not isinstance(raw, dict):
            raise DatasetError(f"{source}:{n}: expected a JSON object")
        try:
            item = EvalItem.model_validate(raw)
        except ValidationError as e:
            first = e.errors()[0]
            where = ".".join(str(p) for p in first["loc"]) or "line"
            raise DatasetError(f"{source}:{n}: {where}: {first['msg']}") from e
        if item.id in seen:
            raise DatasetError(f"{source}:{n}: duplicate id '{item.id}'")
        seen.add(item.id)
        if item.answerable and not item.evidence:
            warnings.append(f"{item.id}: answerable but has no evidence (left out of retrieval scores)")
        if item.answerable and not item.key_points:
            warnings.append(f"{item.id}: answerable but has no key points (left out of coverage)")
        if not item.answerable and item.evidence:
            warnings.append(f"{item.id}: unanswerable but carries evidence (ignored)")
        items.append(item)
    if not items:
        raise DatasetError(f"{source}: no questions")
    return items, warnings


def evidence_warnings(items: Iterable[EvalItem], corpus: Iterable[str]) -> list[str]:
    """One warning per evidence string found in none of the corpus texts."""
    haystacks = [normalise(t) for t in corpus]
    out: list[str] = []
    for item in items:
        for ev in item.evidence:
            if not any(normalise(ev) in h for h in haystacks):
                out.append(f"{item.id}: evidence not found in the corpus: {ev[:70]!r}")
    return out


def load_dataset(path: Path | str = DEFAULT_DATASET, corpus: Iterable[str] | None = None) -> Dataset:
    """Read a question set; check evidence against `corpus` texts when given."""
    path = Path(path)
    if not path.is_file():
        raise DatasetError(f"dataset not found: {path}")
    with path.open(encoding="utf-8") as f:
        items, warnings = parse_items(f, str(path))
    if corpus is not None:
        warnings += evidence_warnings(items, corpus)
    return Dataset(path=path, items=tuple(items), warnings=tuple(warnings))


def corpus_texts(knowledge_dir: Path, indexed: Iterable[str] = ()) -> list[str]:
    """Raw and cleaned text of every document in a folder, plus any indexed texts."""
    from assistant.ingest.knowledge import is_supported
    from assistant.ingest.loaders import LoadError, load_file
    from assistant.text.clean import clean_text

    texts = [t for t in indexed if t]
    if knowledge_dir.is_dir():
        for path in sorted(knowledge_dir.rglob("*")):
            if not path.is_file() or not is_supported(path):
                continue
            try:
                raw = load_file(path, 200_000_000).text
            except LoadError:
                continue
            texts += [raw, clean_text(raw)]
    return texts
