"""Crash-safe embedded index: each ingest writes a new *generation* of the
Chroma directory and then switches a pointer file to it atomically.

Chroma's embedded store is not crash-safe on its own: a process killed with
SIGKILL while Chroma flushes its vector segment can leave the HNSW index and
the record store disagreeing ("Error finding id" on every query). So an ingest
never writes to the directory readers use. It copies the current generation
(`chroma-000N`), applies its changes to the copy, closes it, and only then
replaces `chroma.current` (write-to-temp + fsync + rename, atomic on POSIX).
A kill at any moment leaves the pointer on the last complete generation.
Readers notice the pointer change on their next question and reopen.

The previous generation is kept (a reader may still have it open); older ones
are removed. Server mode doesn't use this: there the Chroma server owns its
files, and a killed client can only leave invisible, unreferenced chunks.
"""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

POINTER = "chroma.current"
_GEN = re.compile(r"^chroma-(\d{6})$")


def current(data_dir: Path) -> Path:
    """The generation readers should open (created empty on first use)."""
    data_dir.mkdir(parents=True, exist_ok=True)
    pointer = data_dir / POINTER
    if pointer.exists():
        name = pointer.read_text(encoding="utf-8").strip()
        if _GEN.match(name):
            return data_dir / name
    first = data_dir / "chroma-000001"
    first.mkdir(exist_ok=True)
    _write_pointer(data_dir, first.name)
    return first


def begin(data_dir: Path, copy: bool = True) -> Path:
    """A new generation directory: a copy of the current one, or empty.

    Generations numbered above the current one are what a failed or killed
    ingest left (ingests run one at a time, under the ingest lock, and only a
    commit moves the pointer up): each is a full copy of the index, so they are
    removed here rather than kept until the next successful ingest."""
    cur = current(data_dir)
    sweep(data_dir)
    nums = [int(m.group(1)) for p in data_dir.iterdir() if (m := _GEN.match(p.name))]
    new = data_dir / f"chroma-{max(nums, default=0) + 1:06d}"
    if new.exists():
        shutil.rmtree(new)
    if copy and cur.exists():
        shutil.copytree(cur, new)
    else:
        new.mkdir()
    return new


def sweep(data_dir: Path) -> list[Path]:
    """Remove what failed or killed ingests left: generations above the current one.
    Call only under the ingest lock."""
    cur = current(data_dir)
    m = _GEN.match(cur.name)
    cur_n = int(m.group(1)) if m else 0
    removed = []
    for p in data_dir.iterdir():
        g = _GEN.match(p.name)
        if g and int(g.group(1)) > cur_n:
            shutil.rmtree(p, ignore_errors=True)
            removed.append(p)
    return removed


def commit(data_dir: Path, new: Path) -> list[Path]:
    """Make `new` the current generation, then drop all but it and its predecessor.

    Returns the directories removed (their cached clients should be forgotten)."""
    previous = current(data_dir)
    _fsync_tree(new)
    _write_pointer(data_dir, new.name)
    keep = {new.name, previous.name}
    removed = []
    for p in data_dir.iterdir():
        if _GEN.match(p.name) and p.name not in keep:
            shutil.rmtree(p, ignore_errors=True)
            removed.append(p)
    return removed


def abandon(new: Path) -> None:
    shutil.rmtree(new, ignore_errors=True)


def _write_pointer(data_dir: Path, name: str) -> None:
    tmp = data_dir / (POINTER + ".tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(name + "\n")
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, data_dir / POINTER)
    dir_fd = os.open(data_dir, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)


def _fsync_tree(root: Path) -> None:
    for dirpath, _dirs, files in os.walk(root):
        for name in files:
            fd = os.open(os.path.join(dirpath, name), os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
