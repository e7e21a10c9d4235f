"""Why a file could not be added, in the interface's language.

The ingest stage words its refusals in English (the CLI and the logs read them there);
the Welsh interface shows them in Welsh from a catalog kept as data
(`locales/errors.cy.tsv`: the English message as a regular expression, its Welsh with
the message's own figures and names filled in). A message the catalog doesn't know is
shown as it is, in English, rather than not at all.

Left out: translating the file kinds named inside a message ("an old Word document
(.doc)" stays in English in its brackets).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

CATALOG = Path(__file__).with_name("locales")


@lru_cache(maxsize=4)
def _catalog(lang: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    path = CATALOG / f"errors.{lang}.tsv"
    if not path.exists():
        return ()
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        english, _, local = line.partition("\t")
        out.append((re.compile(english, re.I), local))
    return tuple(out)


def in_language(message: str, lang: str) -> str:
    """`message` (an English refusal) in `lang`, when the catalog has it; else as it is."""
    if lang == "en" or not message:
        return message
    core = message.strip()
    end = "." if core.endswith(".") else ""  # matched without its full stop, which is given back
    core = core.removesuffix(".")
    for pattern, local in _catalog(lang):
        m = pattern.fullmatch(core)
        if m:
            said = local.format(**{k: v or "" for k, v in m.groupdict().items()})
            return (said[:1].upper() + said[1:] if core[:1].isupper() else said) + end
    return message
