"""The sources an index was built from, remembered in the data dir.

Every file or folder given to `ingest` is recorded (`sources.json`, absolute
paths, in the order first given). A plain `ingest` with no paths, and
`ingest --rebuild`, then work from all of them: the built-in `knowledge/`
folder, the uploads folder and every recorded path. So a rebuild gives back the
200 documents of a folder ingested last week, not only the built-in five. A
recorded path that is gone is reported once and forgotten.

Left out: recording sources in server mode's shared store (each client
machine keeps its own list; its paths are its own).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from assistant.settings import Settings

FILE = "sources.json"


def _file(settings: Settings) -> Path:
    return settings.data_dir / FILE


def recorded(settings: Settings) -> list[Path]:
    """The paths recorded so far (an unreadable list counts as empty)."""
    try:
        data = json.loads(_file(settings).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    paths = data.get("paths", []) if isinstance(data, dict) else []
    return [Path(p) for p in paths if isinstance(p, str)]


def _write(settings: Settings, paths: list[Path]) -> None:
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    tmp = _file(settings).with_suffix(".tmp")
    tmp.write_text(json.dumps({"paths": [str(p) for p in paths]}, indent=1) + "\n", encoding="utf-8")
    os.replace(tmp, _file(settings))


def record(settings: Settings, paths: list[Path], implicit: list[Path]) -> None:
    """Add `paths` (those that exist, and are not in one of the `implicit` default folders)."""
    known = recorded(settings)
    skip = [p.resolve() for p in implicit]
    added = False
    for p in paths:
        r = p.resolve()
        inside_default = any(r == d or d in r.parents for d in skip)  # e.g. one upload: its folder is a default
        if r.exists() and not inside_default and r not in known:
            known.append(r)
            added = True
    if added:
        _write(settings, known)


def forget_missing(settings: Settings) -> tuple[list[Path], list[Path]]:
    """(recorded paths that still exist, those gone, now forgotten)."""
    known = recorded(settings)
    present = [p for p in known if p.exists()]
    gone = [p for p in known if not p.exists()]
    if gone:
        _write(settings, present)
    return present, gone
