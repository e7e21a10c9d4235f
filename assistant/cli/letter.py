"""`letter --employer NAME --technology TECH [--doc DOC_ID] [...] [--out FILE]`: a cited consultation request."""

from __future__ import annotations

import argparse
import sys

from assistant.cli.common import output_file


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("letter", help="draft a cited consultation-request letter (for reps)")
    p.add_argument("--employer", required=True, help="the employer's name")
    p.add_argument("--technology", required=True, help="the technology being introduced")
    p.add_argument("--department", default="", help="department or staff affected")
    p.add_argument("--union", default="", help="your union")
    p.add_argument("--rep", default="", help="your name")
    p.add_argument("--date", default="", help="date on the letter (default: today)")
    p.add_argument("--notes", default="", help="further points, added as written")
    p.add_argument("--ai", default="auto", choices=("auto", "yes", "no"), help="include the WPC guidance on AI (auto: when the technology mentions AI)")
    p.add_argument(
        "--doc", action="append", metavar="DOC_ID",
        help="also quote the steps this document of the employer's own sets (repeatable; ids as `sources` lists them)",
    )
    p.add_argument("--json", action="store_true", help="print the letter as JSON")
    p.add_argument("--out", default=None, help="write the letter to a .docx or .md file")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from assistant.letters.letter import draft_letter, letter_input

    out = output_file(args.out, (".docx", ".md"))
    inp = letter_input(args.employer, args.technology, args.department, args.union, args.rep, args.date, args.notes, args.ai)
    letter = draft_letter(inp, doc_ids=tuple(args.doc or ()))
    if out is not None:
        if out.suffix.lower() == ".docx":
            letter.to_docx(out)
        else:
            out.write_text(letter.to_markdown(), encoding="utf-8")
    if args.json:
        print(letter.to_json())
    elif out is not None:
        print(f"wrote {out} ({len(letter.requests)} cited requests)")
    else:
        print(letter.to_markdown())
    if letter.notice:
        print(f"Note: {letter.notice}", file=sys.stderr)
    return 0
