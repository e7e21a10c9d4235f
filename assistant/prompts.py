"""Prompts and answer framings are data files in `prompts/`, rendered with Jinja
`StrictUndefined` so that a missing variable fails loudly instead of rendering
an empty string. Autoescaping is off: outputs are Markdown or plain text, and
user-supplied values are passed as data, never compiled as templates.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2

PROMPTS_DIR = Path(__file__).resolve().parent.parent / "prompts"


@lru_cache(maxsize=1)
def _env() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(PROMPTS_DIR)),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        keep_trailing_newline=False,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def localized(name: str, lang: str = "en") -> str:
    """The template for `lang`: "personas/worker.md.j2" → "personas/worker.cy.md.j2"
    when that file exists (English is the default and the fallback)."""
    if lang == "en":
        return name
    folder, _, file = name.rpartition("/")
    stem, _, rest = file.partition(".")
    candidate = f"{folder + '/' if folder else ''}{stem}.{lang}.{rest}"
    return candidate if (PROMPTS_DIR / candidate).exists() else name


def render(name: str, *, lang: str = "en", **variables: Any) -> str:
    """Render `prompts/<name>` (its `lang` version where there is one); raises
    jinja2.UndefinedError on a missing variable."""
    return _env().get_template(localized(name, lang)).render(**variables).strip()
