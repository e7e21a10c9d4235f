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


def render(name: str, **variables: Any) -> str:
    """Render `prompts/<name>`; raises jinja2.UndefinedError on a missing variable."""
    return _env().get_template(name).render(**variables).strip()
