"""The employer documents set: documents of the kinds staff bring, and questions typed the way they ask.

`evals/employer_documents.py` (with `employer_batch_16.py`, `employer_batch_agreements.py` and
`employer_batch_procedures.py`) makes 51 documents (PDF, Word, Excel, PowerPoint, email, HTML, Markdown, CSV, plain
text) into `DATA_DIR/employer-docs/docs/`, once;
they are ingested into an index of their own (`DATA_DIR/employer-docs/`, never the app's) and each question of
`evals/data/employer-docs.jsonl` is asked with the document filter set to its row's document, as "ask about this
document" does. 476 questions are answered by their document (its evidence and key points given; 23 of them are
the last turn of a conversation, `history`), and 43 are not (the answer is "the document you chose doesn't cover
this").

These are documents and questions written while building Llais, so they measure regressions and kinds of
document, not how Llais does on text it has never seen (the outside set, `evals/outside.py`, does that).

Left out: the textbook baseline on this set; its loader reads plain text only.
"""

from __future__ import annotations

from pathlib import Path

from assistant.settings import REPO_ROOT, Settings
from evals.dataset import Dataset
from evals.outside import index_of_its_own, questions_about_documents

QUESTIONS = REPO_ROOT / "evals" / "data" / "employer-docs.jsonl"


def documents(settings: Settings) -> list[Path]:
    """The set's documents, made on first use (made again only if one is missing: a Word or PDF file made
    again differs by its timestamps, and would be ingested again)."""
    from evals.employer_documents import NAMES, build

    folder = settings.data_dir / "docs"
    if not all((folder / name).is_file() for name in NAMES):
        build(folder)
    return [folder / name for name in NAMES]


def load(base: Settings) -> tuple[Dataset, Settings]:
    """The questions (doc_id set per row) and the settings of their index, ingested."""
    from assistant.ingest.pipeline import ingest

    settings = index_of_its_own(base, "employer-docs")
    report = ingest(documents(settings), settings)
    if report.failed:
        raise RuntimeError(f"employer-docs: could not ingest {report.failed[0].path}: {report.failed[0].error}")
    return Dataset(QUESTIONS, tuple(questions_about_documents(QUESTIONS))), settings
