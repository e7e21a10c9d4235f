"""What several sub-commands share: the settings, and the start-up check."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from assistant.settings import Settings


def settings() -> Settings:
    from assistant.settings import get_settings

    return get_settings()


def startup_failed(s: Settings) -> int:
    """Print every settings problem, one line each; exit status 2 if any, else 0."""
    from assistant.startup import check_startup

    problems = check_startup(s)
    for problem in problems:
        print(f"error: {problem}", file=sys.stderr)
    return 2 if problems else 0


def output_file(value: str | None, suffixes: tuple[str, ...]) -> Path | None:
    """The `--out` file, if one was given; its suffix must be one of `suffixes`."""
    from assistant.letters.letter import LetterError

    if not value:
        return None
    out = Path(value)
    if out.suffix.lower() not in suffixes:
        raise LetterError(f"--out must end in {' or '.join(suffixes)}, not '{out.name}'.")
    if not out.parent.is_dir():  # a typo in a path should not create folders
        raise LetterError(f"--out: there is no folder '{out.parent}'. Create it first, or choose another place.")
    return out
