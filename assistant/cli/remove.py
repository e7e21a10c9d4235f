"""`remove DOC_ID`: take a document out of the index."""

from __future__ import annotations

import argparse
import sys

from assistant.cli.common import settings


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("remove", help="remove a document from the index")
    p.add_argument("doc_id")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from assistant.ingest.pipeline import remove_document

    if remove_document(args.doc_id, settings()):
        print(f"removed {args.doc_id}")
        return 0
    print(f"error: no document with id '{args.doc_id}' (see: python -m assistant sources)", file=sys.stderr)
    return 1
