"""Uploaded files: check them, save them into the uploads folder, ingest them.

Checks, each giving a one-line reason per file: the number of files per upload
(`max_files_per_upload`), the file type (`loaders.SUPPORTED_SUFFIXES`), the size
(`max_file_mb`), empty files, and names that would replace a built-in document.

File names are reduced to a safe base name (no folders, no leading dots, only
letters, digits, space, `.`, `_` and `-`), and the final path is checked to be
inside `uploads_dir(settings)`, so `../../x`, `/etc/passwd` or `C:\\x` can never
write anywhere else.

Re-uploading a file with the same name updates that document. If the new
version fails to ingest, the previous file is put back, so a bad upload never
takes away a document that was working.

Left out: content sniffing beyond what the loaders do (they refuse binary data
posing as text, and unreadable PDFs/DOCX), and virus scanning (no offline
scanner here).
"""

from __future__ import annotations

import os
import re
import shutil
import unicodedata
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath, PureWindowsPath

from assistant.errors import UserError
from assistant.ingest.knowledge import doc_id_for
from assistant.ingest.loaders import SUPPORTED_SUFFIXES
from assistant.ingest.pipeline import ingest, uploads_dir
from assistant.ingest.refusals import unsupported
from assistant.settings import Settings

MAX_NAME_CHARS = 120
# Letters and digits of any script are kept ("Dogfen ŵy.md"); everything else that
# could mean something to a shell, a path or a browser becomes "-".
_UNSAFE = re.compile(r"[^\w .-]+")

ProgressFn = Callable[[float, str], None]


class UploadRejected(UserError, ValueError):
    """The whole upload is refused (e.g. too many files); the message says why."""


@dataclass(frozen=True)
class UploadResult:
    """What happened to one uploaded file, as shown to the user."""

    name: str  # the file's (safe) name
    status: str  # "added" | "updated" | "unchanged" | "failed"
    doc_id: str | None = None
    chunks: int = 0
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.status != "failed"


@dataclass(frozen=True)
class _Saved:
    name: str
    path: Path
    backup: Path | None  # the previous file of the same name, moved aside


def safe_filename(name: str) -> str:
    """A base name that is safe to create inside the uploads folder."""
    # Take the last component under both POSIX and Windows rules: "..\\..\\x" and "/etc/x" → "x".
    base = PureWindowsPath(PurePosixPath(str(name)).name).name
    base = unicodedata.normalize("NFKC", base)
    base = _UNSAFE.sub("-", base).strip(" .-_")
    stem, dot, suffix = base.rpartition(".")
    if not dot:
        stem, suffix = base, ""
    stem = stem[: MAX_NAME_CHARS - len(suffix) - 1].strip(" .-_") or "document"
    return f"{stem}.{suffix.lower()}" if suffix else stem


def _inside(folder: Path, path: Path) -> bool:
    try:
        path.resolve().relative_to(folder.resolve())
    except ValueError:
        return False
    return path.resolve().parent == folder.resolve()


def check_file(path: Path, settings: Settings) -> str | None:
    """The reason this file can't be uploaded, or None if it may."""
    suffix = Path(safe_filename(path.name)).suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        reason = unsupported(suffix, SUPPORTED_SUFFIXES)
        return reason[:1].upper() + reason[1:] + "."
    try:
        size = path.stat().st_size
    except OSError:
        return "the upload could not be read; please try again."
    if size == 0:
        return "the file is empty."
    if size > settings.max_file_mb * 1_000_000:
        return f"the file is {_size(size)}; the limit is {_size(settings.max_file_mb * 1_000_000)}."
    return None


def _size(n: float) -> str:
    return f"{n / 1e6:.1f} MB" if n >= 100_000 else f"{n / 1e3:.1f} kB"



def add_uploads(
    files: Sequence[str | Path],
    settings: Settings,
    *,
    indexed: Mapping[str, str] | None = None,
    embedder=None,  # Embedder: share the app's loaded model instead of loading another
    on_progress: ProgressFn | None = None,
) -> list[UploadResult]:
    """Check, save and ingest uploaded files; one result per file, in order.

    `indexed` maps the doc id of every indexed document to its source path. A
    file that would replace a built-in document, or an upload of another name
    that has the same doc id, is refused; the same name again is an update.
    """
    paths = [Path(str(f)) for f in files if f]
    if not paths:
        raise UploadRejected("Choose at least one file to add.")
    if len(paths) > settings.max_files_per_upload:
        raise UploadRejected(
            f"You chose {len(paths)} files; the limit is {settings.max_files_per_upload} per upload. "
            "Please add them in smaller batches."
        )
    folder = uploads_dir(settings).resolve()
    folder.mkdir(parents=True, exist_ok=True)

    results: dict[int, UploadResult] = {}
    saved: dict[int, _Saved] = {}
    ids: set[str] = set()
    for i, src in enumerate(paths):
        name = safe_filename(src.name)
        dest = folder / name
        doc_id = doc_id_for(dest)
        error = check_file(src, settings)
        if error is None and doc_id in ids:
            error = "another file in this upload has the same name."
        if error is None:
            error = _clash(doc_id, dest, (indexed or {}).get(doc_id))
        if error is None and not _inside(folder, dest):  # belt and braces after safe_filename
            error = "the file name is not allowed."
        if error is not None:
            results[i] = UploadResult(name=name, status="failed", doc_id=None, error=error)
            continue
        ids.add(doc_id)
        saved[i] = _save(src, dest)

    if saved:
        report = ingest(
            [s.path for s in saved.values()],
            settings,
            embedder=embedder,
            on_progress=on_progress,
        )
        by_path = {Path(f.path).resolve(): f for f in report.files}
        for i, s in saved.items():
            f = by_path.get(s.path.resolve())
            if f is None or f.status == "failed":
                _restore(s)
                error = (f.error if f else None) or "the file could not be read."
                results[i] = UploadResult(name=s.name, status="failed", doc_id=None, error=error)
            else:
                if s.backup is not None:
                    s.backup.unlink(missing_ok=True)
                results[i] = UploadResult(name=s.name, status=f.status, doc_id=f.doc_id, chunks=f.chunks)
    return [results[i] for i in range(len(paths))]


def _clash(doc_id: str, dest: Path, existing_source: str | None) -> str | None:
    """Why saving to `dest` would wrongly replace an indexed document, or None."""
    if not existing_source:
        return None
    existing = Path(existing_source)
    if existing.parent.resolve() != dest.parent.resolve():
        return f"a built-in document already uses the name '{doc_id}'; rename the file and try again."
    if existing.name != dest.name:
        return (
            f"an uploaded document already uses the name '{doc_id}' ({existing.name}); "
            "remove it first, or upload the file under that same name to replace it."
        )
    return None


def _save(src: Path, dest: Path) -> _Saved:
    """Copy `src` to `dest` atomically; move any previous file aside (hidden) first."""
    backup = None
    tmp = dest.with_name(f".upload-{uuid.uuid4().hex}.part")  # hidden: ingest skips it
    shutil.copyfile(src, tmp)
    if dest.exists():
        backup = dest.with_name(f".previous-{uuid.uuid4().hex}-{dest.name}")
        os.replace(dest, backup)
    os.replace(tmp, dest)
    return _Saved(name=dest.name, path=dest, backup=backup)


def _restore(s: _Saved) -> None:
    s.path.unlink(missing_ok=True)
    if s.backup is not None and s.backup.exists():
        os.replace(s.backup, s.path)
