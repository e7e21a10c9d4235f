"""What several sub-commands share: the settings, and the start-up check."""

from __future__ import annotations

import sys
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
