"""`ask "question" [--persona P] [--backend NAME] [--kind K] [--doc DOC_ID] [--json]`: a cited answer."""

from __future__ import annotations

import argparse
import sys

from assistant.cli.common import settings, startup_failed
from assistant.models import PERSONAS


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("ask", help="ask a question")
    p.add_argument("question")
    p.add_argument("--persona", default="worker", choices=PERSONAS)
    p.add_argument("--backend", default=None, help="offline (default), openai or ollama")
    p.add_argument("--kind", action="append", help="only documents of this kind (repeatable)")
    p.add_argument(
        "--doc", action="append", metavar="DOC_ID", help="only this document (repeatable; ids as `sources` lists them)"
    )
    p.add_argument("--json", action="store_true", help="print the Answer JSON")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from assistant.service import ask

    s = settings()
    if code := startup_failed(s):
        return code
    docs = tuple(args.doc or ())
    kinds = tuple(args.kind or ())
    if docs or kinds:
        from assistant.service import get_kb

        indexed = get_kb(s).sources()
        unknown = [d for d in docs if d not in {x.doc_id for x in indexed}]
        if unknown:
            print(f"error: no indexed document '{unknown[0]}'. List them with: python -m assistant sources", file=sys.stderr)
            return 2
        have = sorted({x.kind for x in indexed})
        missing = [k for k in kinds if k not in have]
        if missing:
            print(f"error: no indexed document of kind '{missing[0]}' (kinds: {', '.join(have) or 'none'})", file=sys.stderr)
            return 2
    answer = ask(
        args.question, persona=args.persona, backend=args.backend, kinds=kinds, doc_ids=docs, settings=s
    )
    if args.json:
        print(answer.model_dump_json(indent=2))
        return 0
    print(answer.answer)
    if answer.more:
        print("\nMore from the documents:")
        for c in answer.more:
            print(f"  - {c.quoted()} [{c.n}]")
    if answer.searched:
        print(f"\n(searched as: {answer.searched})")
    if docs:
        print(f"(searched only: {', '.join(docs)})")
    sources = answer.sources()
    if sources:
        print("\nSources:")
        for c in sources:
            place = f", {c.place()}" if c.place() else ""
            section = f" › {c.section}" if c.section else ""
            print(f"  [{c.n}] {c.title}{section}{place}")
            quote = c.quoted()  # what the answer took from it, not the passage's opening
            print(f"      “{quote if len(quote) <= 240 else quote[:239] + '…'}”")
    return 0
