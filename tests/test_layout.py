"""The package layout is the pipeline: a module imports only from its own stage
or from earlier ones (text → store → ingest → retrieval → answer → backends →
letters → service → ui / cli). Read from the source, so a new upward import
fails here before it tangles the code."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "assistant"

# Stage order; a module may import its own stage or any earlier one.
STAGES = [
    ("assistant.settings", "assistant.errors", "assistant.models", "assistant.prompts", "assistant.fitted"),
    ("assistant.text",),
    ("assistant.store",),
    ("assistant.ingest",),
    ("assistant.retrieval",),
    ("assistant.answer",),
    ("assistant.backends",),
    ("assistant.letters",),
    ("assistant.service", "assistant.startup"),
    ("assistant.ui", "assistant.cli"),
    ("assistant.__init__", "assistant.__main__"),
]


def stage_of(module: str) -> int:
    for rank, prefixes in enumerate(STAGES):
        if any(module == p or module.startswith(p + ".") for p in prefixes):
            return rank
    if module == "assistant":
        return len(STAGES) - 1
    raise AssertionError(f"{module} belongs to no stage: add it to STAGES")


def module_name(path: Path) -> str:
    rel = path.relative_to(ROOT.parent).with_suffix("")
    return ".".join(rel.parts)


def imports_of(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0 and node.module.startswith("assistant"):
            out.append((node.lineno, node.module))
        elif isinstance(node, ast.Import):
            out.extend((node.lineno, a.name) for a in node.names if a.name.startswith("assistant"))
    return out


def test_no_module_imports_from_a_later_stage() -> None:
    upward = []
    for path in sorted(ROOT.rglob("*.py")):
        me = module_name(path)
        mine = stage_of(me.removesuffix(".__init__") if not me.endswith("assistant.__init__") else me)
        for line, target in imports_of(path):
            if target == "assistant":  # `from assistant import ask` only at the top
                target = "assistant.__init__"
            if stage_of(target) > mine:
                upward.append(f"{path.relative_to(ROOT.parent)}:{line} imports {target}")
    assert not upward, "imports from a later stage:\n" + "\n".join(upward)


def test_every_module_belongs_to_a_stage() -> None:
    for path in ROOT.rglob("*.py"):
        me = module_name(path)
        stage_of(me.removesuffix(".__init__") if not me.endswith("assistant.__init__") else me)
