"""The outside development set: documents and questions nobody here wrote.

`../shared/outside-dev/` (beside the checkout; `LLAIS_OUTSIDE_DEV` names
another place) holds 26 NDAs and privacy notices from two public datasets and
404 questions about them, each about one document (`doc`). Its licence is
evaluation only, so nothing of it is copied into the repository: this module
reads it where it lies, ingests the documents into an index of their own
(`DATA_DIR/outside-dev/`, never the app's index) and asks each question with the
document filter set to the row's document, as a user does with "ask about this
document".

Left out: downloading the set when it is missing. Nothing here reaches the
network; without the folder the configuration is skipped with a message.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from assistant.settings import REPO_ROOT, Settings
from evals.dataset import Dataset, EvalItem

PARTS = ("contractnli", "policyqa")


class OutsideSetMissing(FileNotFoundError):
    """The outside development set is not on this machine."""


def root() -> Path:
    env = os.environ.get("LLAIS_OUTSIDE_DEV")
    return Path(env) if env else REPO_ROOT.parent / "shared" / "outside-dev"


def available() -> bool:
    return all((root() / part / "questions.jsonl").is_file() for part in PARTS)


def documents() -> list[Path]:
    return [p for part in PARTS for p in sorted((root() / part / "docs").glob("*.txt"))]


def index_of_its_own(base: Settings, name: str) -> Settings:
    """The base settings with an index of its own, `DATA_DIR/<name>/`, and no built-in corpus: an eval set
    of other documents (this one, `evals/employer.py`'s) never reads or writes the app's index."""
    data = base.data_dir / name
    empty = data / "no-knowledge"
    empty.mkdir(parents=True, exist_ok=True)
    return base.model_copy(update={"data_dir": data, "knowledge_dir": empty})


def ensure_index(settings: Settings) -> None:
    """Ingest the outside documents (unchanged files are skipped by hash)."""
    from assistant.ingest.pipeline import ingest

    report = ingest(documents(), settings)
    if report.failed:
        raise RuntimeError(f"outside-dev: could not ingest {report.failed[0].path}: {report.failed[0].error}")


def load(base: Settings) -> tuple[Dataset, Settings]:
    """The outside questions (doc_id set per row) and the settings of their index."""
    if not available():
        raise OutsideSetMissing(f"the outside development set is not at {root()} (set LLAIS_OUTSIDE_DEV)")
    settings = index_of_its_own(base, "outside-dev")
    ensure_index(settings)
    items = [item for part in PARTS for item in questions_about_documents(root() / part / "questions.jsonl")]
    return Dataset(root(), tuple(items)), settings


def questions_about_documents(path: Path) -> list[EvalItem]:
    """The rows of a JSONL question file whose `doc` names the file each is asked about, with the document
    filter (`doc_id`) set to it."""
    from assistant.ingest.knowledge import doc_id_for

    items: list[EvalItem] = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                row = json.loads(line)
                doc = row.pop("doc")
                items.append(EvalItem.model_validate({**row, "doc_id": doc_id_for(Path(doc))}))
    return items
