"""Document metadata from `knowledge/sources.yaml` or a `<file>.yaml` sidecar.

A file with no metadata still ingests: its title comes from the file itself
(first heading, HTML <title>, PDF/DOCX properties) or, failing that, its name.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from assistant.ingest.loaders import SUPPORTED_SUFFIXES
from assistant.models import DocumentMeta

MANIFEST = "sources.yaml"
KINDS = ("guide", "report", "news", "press-release", "agreement", "case-study", "other")


def doc_id_for(path: Path) -> str:
    """Stable id from the file name: lower-case slug of the stem."""
    slug = re.sub(r"[^a-z0-9]+", "-", path.stem.lower()).strip("-")
    return slug or "document"


def _read_yaml(path: Path) -> Any:
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError):
        return None


def manifest_entries(folder: Path) -> dict[str, dict[str, Any]]:
    """file name -> metadata entry from the folder's sources.yaml (if any)."""
    data = _read_yaml(folder / MANIFEST)
    entries = data.get("documents", []) if isinstance(data, dict) else data if isinstance(data, list) else []
    out: dict[str, dict[str, Any]] = {}
    for entry in entries or []:
        if isinstance(entry, dict) and entry.get("file"):
            out[str(entry["file"])] = entry
    return out


def metadata_for(path: Path, title_hint: str | None, manifest: dict[str, dict[str, Any]]) -> DocumentMeta:
    entry: dict[str, Any] = dict(manifest.get(path.name, {}))
    sidecar = path.with_name(path.name + ".yaml")
    if sidecar.exists():
        side = _read_yaml(sidecar)
        if isinstance(side, dict):
            entry.update(side)
    title = str(entry.get("title") or title_hint or _title_from_name(path)).strip()
    kind = str(entry.get("kind") or "other").strip().lower()
    covers = entry.get("covers") or []
    if isinstance(covers, str):
        covers = [covers]
    return DocumentMeta(
        doc_id=str(entry.get("doc_id") or doc_id_for(path)),
        title=title[:300],
        publisher=str(entry.get("publisher") or "").strip(),
        kind=kind if kind in KINDS else "other",
        covers=tuple(str(c) for c in covers),
        source=path.name,
    )


# Short words a file name lowercases that a title spells in capitals ("ai-policy" → "AI policy").
# Not "it", which is also a word.
_ACRONYMS = frozenset({"ai", "hr", "ict", "cctv", "gdpr", "dpia", "eia", "nhs", "uk", "rpa", "tuc", "wpc", "jcc", "gps", "byod"})


def _title_from_name(path: Path) -> str:
    words = [w.upper() if w.lower() in _ACRONYMS else w for w in re.sub(r"[-_]+", " ", path.stem).split()]
    text = " ".join(words)
    return text[:1].upper() + text[1:] if text else path.name


def discover(paths: list[Path], plain: Path | None = None) -> tuple[list[Path], list[Path]]:
    """(document files, folders scanned). Hidden files are skipped, and metadata
    (sources.yaml, sidecars, README.md) except in the `plain` folder (uploads:
    every file a user added there is a document, even one named README.md)."""
    files: list[Path] = []
    folders: list[Path] = []
    plain_dir = plain.resolve() if plain is not None else None
    for p in paths:
        if p.is_dir():
            folders.append(p.resolve())
            is_plain = p.resolve() == plain_dir
            for f in sorted(p.iterdir()):
                if f.is_symlink() and not f.exists() and not f.name.startswith("."):
                    files.append(f)  # a broken link: reported, not skipped in silence
                elif f.is_file() and not f.name.startswith(".") and (is_plain or not _is_metadata(f)):
                    files.append(f.resolve())
        else:
            files.append(p.resolve() if p.exists() else p)
    return files, folders


def _is_metadata(f: Path) -> bool:
    return f.name == MANIFEST or f.name.endswith((".yaml", ".yml")) or f.name.lower() in ("readme.md",)


def is_supported(path: Path) -> bool:
    return path.suffix.lower() in SUPPORTED_SUFFIXES
