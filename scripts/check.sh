#!/usr/bin/env bash
# Every check in one command: lint, types, tests.
set -euo pipefail
cd "$(dirname "$0")/.."
.venv/bin/ruff check .
.venv/bin/mypy assistant evals
.venv/bin/python -m pytest "$@"
