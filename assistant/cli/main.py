"""The `python -m assistant` entry point: build the parser from the sub-command
modules and run the chosen one, turning every user error into one line."""

from __future__ import annotations

import argparse
import os
import sys

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

from assistant.cli import ask, checklist, ingest, letter, remove, sources  # noqa: E402

SUBCOMMANDS = (ingest, sources, ask, remove, letter, checklist)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m assistant", description="Llais: cited answers about technology at work.")
    sub = parser.add_subparsers(dest="command", required=True)
    for module in SUBCOMMANDS:
        module.add_parser(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    from assistant.errors import user_message

    args = build_parser().parse_args(argv)
    try:
        return int(args.run(args))
    except KeyboardInterrupt:
        return 130
    except Exception as e:  # one line, no traceback, for every known failure
        msg = user_message(e)
        if msg is None:
            raise
        print(f"error: {msg}", file=sys.stderr)
        return 2
