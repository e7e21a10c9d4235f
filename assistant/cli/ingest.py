"""`ingest [PATH ...] [--rebuild]`: index files and folders (default: knowledge/ and uploads)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from assistant.cli.common import settings, startup_failed


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("ingest", help="ingest documents (default: the knowledge/ folder and uploads)")
    p.add_argument("paths", nargs="*", help="files or folders")
    p.add_argument("--rebuild", action="store_true", help="drop the index and rebuild it from the sources")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from assistant.ingest.pipeline import ingest

    s = settings()
    if code := startup_failed(s):
        return code
    paths = [Path(p) for p in args.paths] or None
    report = ingest(paths, s, progress=sys.stderr.isatty(), rebuild=args.rebuild)
    for f in report.files:
        name = Path(f.path).name
        if f.status == "failed":
            print(f"FAILED   {name}: {f.error}", file=sys.stderr)
        else:
            extra = f" ({f.chunks} chunks, {f.embedded} embedded)" if f.status != "removed" else ""
            print(f"{f.status:<8} {name}{extra}")
    print(
        f"{len(report.files)} file(s), {report.embedded_chunks} chunk(s) embedded in "
        f"{report.seconds:.1f}s; {len(report.failed)} failed. Data dir: {s.data_dir}"
    )
    if paths and not report.files:
        print(
            "error: none of the given paths holds a file Llais can read (.txt .md .html .pdf .docx).", file=sys.stderr
        )
        return 1
    return 1 if report.failed else 0
