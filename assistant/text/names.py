"""The words a text spells as names: with a capital inside them ("WhatsApp", "SharePoint"), in
capitals ("CCTV"), with a digit ("7-Zip"), or capitalised where no sentence, item or clause starts
("…such as Dropbox or Google Drive").

Left out: a name only ever written at the start of a sentence or item ("Zoom, for external
meetings…"), which can't be told from an ordinary word there without a tagger.
"""

from __future__ import annotations

import re
from functools import lru_cache

_WORD = re.compile(r"[A-Za-z][\w-]*")
# A sentence's, an item's or a clause's first word is capitalised whatever it is ("2.3 For absences…").
_STARTS = re.compile(r"(?:^|[.!?:;]\s+|\n\s*(?:[-*•]|\d+[.)])?\s*)(?:\(?[\dA-Za-z]{1,3}(?:\.\d+)*[.)]?\s+)?$")


def words(text: str) -> list[str]:
    """The words of `text` as this module reads them."""
    return _WORD.findall(text)


@lru_cache(maxsize=8192)
def spelled_names(text: str) -> frozenset[str]:
    """The words `text` spells as names, lower-cased."""
    out = set()
    for m in _WORD.finditer(text):
        w = m.group()
        inner = any(c.isupper() for c in w[1:]) and not w.isupper() or any(c.isdigit() for c in w)
        caps = len(w) > 1 and w.isupper()
        mid = w[0].isupper() and not _STARTS.search(text[max(0, m.start() - 40) : m.start()])  # (what starts it is near)
        if inner or caps or mid:
            out.add(w.lower())
    return frozenset(out)
