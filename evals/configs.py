"""Named eval configurations: each one is a set of `Settings` overrides.

`default` is the app as shipped. `dense` and `lexical` use one retriever each;
`hybrid` fuses both with every extra (neighbours, sentence rerank, query
expansion) switched off, and `hybrid+neighbours` adds neighbour expansion
back; `default+rerank` adds the sentence rerank (off by default); `worker`/`manager`/`rep` ask every question with that persona;
`baseline` is the textbook LangChain RAG (see `evals/baseline.py`); `outside-dev`
is the default on the outside development set (see `evals/outside.py`) and
`outside-baseline` the textbook RAG on it, with the same document filter; `employer-docs` is the default
on documents of the kinds staff bring, made by code (see `evals/employer.py`).

A config can also be a YAML file of Settings overrides (field names as in
`assistant/settings.py`), plus an optional `persona:` key, e.g.

    retrieval_mode: hybrid
    rerank: false
    top_k: 8

Left out: sweeping grids of values. Sweeps belong in a script that writes YAML
files and calls the runner; the runner stays one config, one result.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from assistant.models import PERSONAS
from assistant.settings import Settings


class ConfigError(ValueError):
    """A config name or file that can't be used; the message says why."""


@dataclass(frozen=True)
class EvalConfig:
    name: str
    description: str
    overrides: dict[str, Any] = field(default_factory=dict)
    persona: str | None = None  # None: each question's own persona
    baseline: bool = False
    # "outside-dev" or "employer-docs": its own questions and index (evals/outside.py, evals/employer.py)
    dataset: str | None = None

    def settings(self, base: Settings) -> Settings:
        """The base settings with this config's overrides, validated."""
        if not self.overrides:
            return base
        try:
            return Settings.model_validate({**base.model_dump(), **self.overrides})
        except ValidationError as e:
            first = e.errors()[0]
            raise ConfigError(f"config '{self.name}': {first['loc'][0]}: {first['msg']}") from e


_NO_EXTRAS = {"expand_neighbours": False, "rerank": False, "expand_query": False, "rank": False}

CONFIGS: dict[str, EvalConfig] = {
    c.name: c
    for c in [
        EvalConfig("default", "the app as shipped (hybrid, neighbours, query expansion)"),
        EvalConfig("default+rerank", "default plus the sentence-level rerank of candidates", {"rerank": True}),
        EvalConfig("default-ranker", "default without the fitted passage ranker (the fused order)", {"rank": False}),
        EvalConfig("dense", "dense retrieval only (embeddings)", {"retrieval_mode": "dense"}),
        EvalConfig("lexical", "BM25 only", {"retrieval_mode": "lexical"}),
        EvalConfig("hybrid", "dense + BM25 fused by RRF, no extras", {"retrieval_mode": "hybrid", **_NO_EXTRAS}),
        EvalConfig(
            "hybrid+neighbours",
            "hybrid plus neighbour expansion (no rerank, no query expansion)",
            {"retrieval_mode": "hybrid", **_NO_EXTRAS, "expand_neighbours": True},
        ),
        *[EvalConfig(p, f"default settings, every question asked as persona '{p}'", persona=p) for p in PERSONAS],
        EvalConfig(
            "outside-dev",
            "the app as shipped, on the outside development set (NDAs and privacy notices nobody here wrote), "
            "each question asked about its own document",
            dataset="outside-dev",
        ),
        EvalConfig(
            "outside-baseline",
            "the textbook LangChain RAG (as 'baseline') on the outside development set, "
            "each question searched in its own document (Chroma metadata filter)",
            baseline=True,
            dataset="outside-dev",
        ),
        EvalConfig(
            "employer-docs",
            "the app as shipped, on 51 employer documents of the kinds staff bring (PDF, Word, Excel, PowerPoint, "
            "email, web page, CSV) and 519 questions typed the way staff ask, each asked about its own document",
            dataset="employer-docs",
        ),
        EvalConfig(
            "baseline",
            "textbook LangChain RAG: whole files, RecursiveCharacterTextSplitter(1000, 200), "
            "all-MiniLM-L6-v2, Chroma similarity_search(k=10); answer = top passage, no citations",
            baseline=True,
        ),
    ]
}

# The order of `--compare`: our default and the textbook baseline side by side, then the variants.
COMPARE_ORDER = (
    "default", "baseline", "default-ranker", "dense", "lexical", "hybrid", "hybrid+neighbours", "default+rerank", *PERSONAS, "outside-dev", "outside-baseline",
    "employer-docs",
)


def from_file(path: Path) -> EvalConfig:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as e:
        raise ConfigError(f"config file {path}: {e}") from e
    if not isinstance(data, dict):
        raise ConfigError(f"config file {path}: expected a mapping of setting: value")
    persona = data.pop("persona", None)
    if persona is not None and persona not in PERSONAS:
        raise ConfigError(f"config file {path}: persona must be one of {', '.join(PERSONAS)}")
    unknown = sorted(set(data) - set(Settings.model_fields))
    if unknown:
        raise ConfigError(f"config file {path}: unknown setting(s): {', '.join(unknown)}")
    return EvalConfig(path.stem, f"overrides from {path.name}: {data}", data, persona)


def get_config(name_or_file: str) -> EvalConfig:
    if name_or_file in CONFIGS:
        return CONFIGS[name_or_file]
    path = Path(name_or_file)
    if path.suffix in (".yaml", ".yml") or path.is_file():
        if not path.is_file():
            raise ConfigError(f"config file not found: {path}")
        return from_file(path)
    raise ConfigError(f"unknown config '{name_or_file}'. Choose one of: {', '.join(CONFIGS)}, or a YAML file.")
