"""`checklist --technology TECH [--doc DOC_ID] [--out FILE]`: a cited obligations checklist (for managers)."""

from __future__ import annotations

import argparse
import sys

from assistant.cli.common import output_file


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("checklist", help="a cited obligation checklist (for managers)")
    p.add_argument("--technology", required=True, help="the technology being introduced")
    p.add_argument("--ai", default="auto", choices=("auto", "yes", "no"), help="include the WPC guidance on AI (auto: when the technology mentions AI)")
    p.add_argument(
        "--doc", action="append", metavar="DOC_ID",
        help="also quote the steps this document of the employer's own sets (repeatable; ids as `sources` lists them)",
    )
    p.add_argument("--json", action="store_true", help="print the checklist as JSON")
    p.add_argument("--out", default=None, help="write the checklist to a .csv or .md file")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from assistant.letters.checklist import build_checklist

    out = output_file(args.out, (".csv", ".md"))
    checklist = build_checklist(args.technology, ai=args.ai, doc_ids=tuple(args.doc or ()))
    if out is not None:
        text = checklist.to_csv() if out.suffix.lower() == ".csv" else checklist.to_markdown()
        out.write_text(text, encoding="utf-8", newline="")
    if args.json:
        print(checklist.to_json())
    elif out is not None:
        print(f"wrote {out} ({len(checklist.items)} cited steps)")
    else:
        print(checklist.to_markdown())
    if checklist.notice:
        print(f"Note: {checklist.notice}", file=sys.stderr)
    return 0
