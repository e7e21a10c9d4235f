"""Command line: a thin shell over the same functions the app uses.

    python -m assistant ingest [PATH ...] [--rebuild]
    python -m assistant sources [--json]
    python -m assistant ask "question" [--persona worker|manager|rep] [--backend NAME] [--json]
    python -m assistant remove DOC_ID

Settings come from LLAIS_* environment variables (LLAIS_DATA_DIR, LLAIS_BACKEND, …).
Errors are one line on stderr and a non-zero exit status, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

_COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {}


def command(name: str) -> Callable[[Callable[[argparse.Namespace], int]], Callable[[argparse.Namespace], int]]:
    def deco(fn: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
        _COMMANDS[name] = fn
        return fn

    return deco


def _settings():  # -> Settings
    from assistant.settings import get_settings

    return get_settings()


def _startup_failed(settings) -> int:  # settings: Settings
    """Print every settings problem, one line each; exit status 2 if any, else 0."""
    from assistant.startup import check_startup

    problems = check_startup(settings)
    for problem in problems:
        print(f"error: {problem}", file=sys.stderr)
    return 2 if problems else 0


@command("ingest")
def _ingest(args: argparse.Namespace) -> int:
    from assistant.ingest import ingest

    settings = _settings()
    if code := _startup_failed(settings):
        return code
    paths = [Path(p) for p in args.paths] or None
    report = ingest(paths, settings, progress=sys.stderr.isatty(), rebuild=args.rebuild)
    for f in report.files:
        name = Path(f.path).name
        if f.status == "failed":
            print(f"FAILED   {name}: {f.error}", file=sys.stderr)
        else:
            extra = f" ({f.chunks} chunks, {f.embedded} embedded)" if f.status != "removed" else ""
            print(f"{f.status:<8} {name}{extra}")
    print(
        f"{len(report.files)} file(s), {report.embedded_chunks} chunk(s) embedded in "
        f"{report.seconds:.1f}s; {len(report.failed)} failed. Data dir: {settings.data_dir}"
    )
    return 1 if report.failed else 0


@command("sources")
def _sources(args: argparse.Namespace) -> int:
    from assistant.service import get_kb

    sources = get_kb(_settings()).sources()
    if args.json:
        print(json.dumps([{"doc_id": s.doc_id, "title": s.title, "kind": s.kind, "chunks": s.chunks} for s in sources], indent=2, ensure_ascii=False))
        return 0
    if not sources:
        print("No documents indexed yet. Run: python -m assistant ingest")
    for s in sources:
        print(f"{s.doc_id:<60} {s.kind:<14} {s.chunks:>4} chunks  {s.title}")
    return 0


@command("ask")
def _ask(args: argparse.Namespace) -> int:
    from assistant.service import ask

    settings = _settings()
    if code := _startup_failed(settings):
        return code
    answer = ask(
        args.question, persona=args.persona, backend=args.backend, kinds=tuple(args.kind or ()), settings=settings
    )
    if args.json:
        print(answer.model_dump_json(indent=2))
        return 0
    print(answer.answer)
    if answer.citations:
        print("\nSources:")
        for c in answer.citations:
            para = f", para {c.paragraph}" if c.paragraph else ""
            section = f" › {c.section}" if c.section else ""
            print(f"  [{c.n}] {c.title}{section}{para}")
            print(f"      “{' '.join(c.passage.split())[:240]}”")
    return 0


@command("remove")
def _remove(args: argparse.Namespace) -> int:
    from assistant.ingest import remove_document

    if remove_document(args.doc_id, _settings()):
        print(f"removed {args.doc_id}")
        return 0
    print(f"error: no document with id '{args.doc_id}' (see: python -m assistant sources)", file=sys.stderr)
    return 1


def build_parser() -> argparse.ArgumentParser:
    from assistant.answer import PERSONAS

    parser = argparse.ArgumentParser(prog="python -m assistant", description="Llais: cited answers about technology at work.")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("ingest", help="ingest documents (default: the knowledge/ folder and uploads)")
    p.add_argument("paths", nargs="*", help="files or folders")
    p.add_argument("--rebuild", action="store_true", help="drop the index and rebuild it from the sources")
    p = sub.add_parser("sources", help="list indexed documents")
    p.add_argument("--json", action="store_true")
    p = sub.add_parser("ask", help="ask a question")
    p.add_argument("question")
    p.add_argument("--persona", default="worker", choices=PERSONAS)
    p.add_argument("--backend", default=None, help="offline (default), openai or ollama")
    p.add_argument("--kind", action="append", help="only documents of this kind (repeatable)")
    p.add_argument("--json", action="store_true", help="print the Answer JSON")
    p = sub.add_parser("remove", help="remove a document from the index")
    p.add_argument("doc_id")
    for name, register in _EXTRA_PARSERS:
        register(sub)
        del name
    return parser


# Other modules (letters, checklists) add sub-commands here: (name, add_parser_fn).
_EXTRA_PARSERS: list[tuple[str, Callable[[argparse._SubParsersAction], None]]] = []


def main(argv: list[str] | None = None) -> int:
    from assistant.errors import user_message

    args = build_parser().parse_args(argv)
    try:
        return _COMMANDS[args.command](args)
    except KeyboardInterrupt:
        return 130
    except Exception as e:  # one line, no traceback, for every known failure
        msg = user_message(e)
        if msg is None:
            raise
        print(f"error: {msg}", file=sys.stderr)
        return 2


def _register_letters(sub: argparse._SubParsersAction) -> None:
    from assistant import checklist, letters

    letters.add_cli(sub, _COMMANDS)
    checklist.add_cli(sub, _COMMANDS)


_EXTRA_PARSERS.append(("letter, checklist", _register_letters))
