"""A field line: a label, a colon, and its value ("Reports to: Customer Services Team Leader")."""

from __future__ import annotations

import re

from assistant.text.markers import strip_marker

# (the label may be set in bold, as a record sets it: "**Owner:** Head of Housing Property Services")
FIELD = re.compile(r"^(?:\*\*|__)?[A-Z][\w /'’()-]{0,40}:(?:\*\*|__)?[ \t]+\S")


def field_label(text: str) -> str | None:
    """The label of a field line ("Reports to: Customer Services Team Leader" → "Reports to"),
    a table row of fields included; None for other text."""
    t = strip_marker(text.strip())
    if FIELD.match(t) is None or ";" in t:  # a row of several named cells is not one field
        return None
    return t.split(":", 1)[0].lstrip("*_")
