"""`sources [--json]`: what is indexed."""

from __future__ import annotations

import argparse
import json

from assistant.cli.common import settings


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("sources", help="list indexed documents")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from assistant.service import get_kb

    found = get_kb(settings()).sources()
    if args.json:
        print(json.dumps([{"doc_id": s.doc_id, "title": s.title, "kind": s.kind, "chunks": s.chunks} for s in found], indent=2, ensure_ascii=False))
        return 0
    if not found:
        print("No documents indexed yet. Run: python -m assistant ingest")
    for s in found:
        print(f"{s.doc_id:<60} {s.kind:<14} {s.chunks:>4} chunks  {s.title}")
    return 0
