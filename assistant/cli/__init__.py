"""Command line: a thin shell over the same functions the app uses.

    python -m assistant ingest [PATH ...] [--rebuild]
    python -m assistant sources [--json]
    python -m assistant ask "question" [--persona worker|manager|rep] [--backend NAME] [--json]
    python -m assistant remove DOC_ID
    python -m assistant letter --employer NAME --technology TECH [--out FILE]
    python -m assistant checklist --technology TECH [--out FILE]

One module per sub-command, each with `add_parser(sub)` that registers its
arguments and its `run(args) -> int` (argparse `set_defaults`); `main.py` lists
the modules. Settings come from LLAIS_* environment variables. Errors are one
line on stderr and a non-zero exit status, never a traceback.
"""
