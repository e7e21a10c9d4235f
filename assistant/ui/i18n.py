"""The interface's words in English and Cymraeg: one data file per language
(`locales/en.json`, `locales/cy.json`, key → text), and the registry that lets the
language switch re-label every component.

English is the reference: every key has an English text, and a test checks that
Welsh has every one. A text may hold `{name}` fields, filled by `t(lang, key, name=…)`.

What is left out, and why: answers quote the sources as they are written (in
English); the framing around them (personas, abstention, letters) is in Welsh
prompt files beside the English ones (`prompts/**/*.cy.*`). Messages raised deep in
the pipeline (a file's ingest error, say) stay in English: they name technical
causes that an administrator reads.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

LOCALES = Path(__file__).with_name("locales")
LANGUAGES = {"en": "English", "cy": "Cymraeg"}
DEFAULT = "en"


@cache
def strings(lang: str) -> dict[str, str]:
    return dict(json.loads((LOCALES / f"{lang}.json").read_text(encoding="utf-8")))


def lang_of(value: object) -> str:
    """A known language code, or the default (a session or API caller may send anything)."""
    return value if isinstance(value, str) and value in LANGUAGES else DEFAULT


def t(lang: str, key: str, **fields: object) -> str:
    """The text for `key` in `lang` (English where Welsh lacks it), with its fields filled."""
    text = strings(lang_of(lang)).get(key) or strings(DEFAULT)[key]
    return text.format(**fields) if fields else text


Prop = str | Callable[[str], Any]  # a key, or a function of the language giving the value


class Localized:
    """Components whose texts follow the language switch: register each with the
    properties to set (`label="question.label"`), then `updates(lang)` gives, in
    registration order, the component updates for a language."""

    def __init__(self) -> None:
        self.entries: list[tuple[Any, dict[str, Prop]]] = []

    def __call__(self, component: Any, **props: Prop) -> Any:
        self.entries.append((component, props))
        return component

    @property
    def components(self) -> list[Any]:
        return [c for c, _ in self.entries]

    def updates(self, lang: str) -> list[Any]:
        out = []
        for component, props in self.entries:
            values = {name: (p(lang) if callable(p) else t(lang, p)) for name, p in props.items()}
            out.append(type(component)(**values))
        return out
