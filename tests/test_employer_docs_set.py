"""The employer documents eval set (`python -m evals run --config employer-docs`) is honest: its documents are
made by code and read, and every row's evidence is text of its own document, as indexed.

What a user of the eval sees: 59 documents of the kinds staff bring (PDF, Word, Excel, PowerPoint, email, HTML,
Markdown, CSV, plain text, Rich Text), 619 questions each asked about its own document, and a figure for each metric. A row
whose evidence is not in its document, or a document that fails to ingest, fails here rather than scoring a
miss nobody can explain.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.ingest.knowledge import doc_id_for
from assistant.settings import Settings
from evals import employer
from evals.dataset import Dataset
from evals.employer_documents import NAMES


@pytest.fixture(scope="module")
def employer_set(tmp_path_factory: pytest.TempPathFactory) -> tuple[Dataset, Settings]:
    base = Settings(data_dir=tmp_path_factory.mktemp("employer"), knowledge_dir=tmp_path_factory.mktemp("none"))
    return employer.load(base)


def test_every_document_is_made_and_read(employer_set: tuple[Dataset, Settings]) -> None:
    from assistant.store.knowledge_base import get_kb

    _dataset, settings = employer_set
    docs = get_kb(settings).snapshot().docs
    assert {doc_id_for(Path(n)) for n in NAMES} == set(docs), sorted(docs)


def test_every_rows_evidence_is_its_own_documents_text(employer_set: tuple[Dataset, Settings]) -> None:
    from assistant.store.knowledge_base import get_kb

    dataset, settings = employer_set
    kb = get_kb(settings)
    items = dataset.items
    assert len(items) == 619 and sum(i.answerable for i in items) == 563
    for item in items:
        text = " ".join((kb.document_text(item.doc_id or "") or "").split())
        for evidence in item.evidence:
            assert " ".join(evidence.split()) in text, (item.id, evidence)
        assert item.answerable == bool(item.key_points), item.id


def test_rows_name_documents_of_the_set() -> None:
    rows = [json.loads(line) for line in employer.QUESTIONS.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert {r["doc"] for r in rows} <= set(NAMES)
    assert len({r["id"] for r in rows}) == len(rows)


# The set's floors, just under what it measures. Session 29 (21 documents, 194 questions): recall@5 1.000, MRR@10
# 0.987, coverage 1.000, lead hit 0.914, coverage within 600 characters 1.000, statement precision 0.567, refusal
# recall 0.895 (17 of 19), no false refusals. Session 30 added 16 documents and 140 questions (recall@5 1.000,
# MRR@10 0.979, coverage 0.987, lead hit 0.921, statement precision 0.572, refusal recall 0.862). Session 31 added 9
# agreements, notices and schedules and 127 questions; on the code the session started from the larger set measures
# recall@5 1.000, MRR@10 0.971, coverage 0.959, lead hit 0.877, coverage within 600 characters 0.959, statement
# precision 0.561, refusal recall 0.811 (30 of 37), follow-ups 0.90, false refusals 0.017; the floors are set under
# that. Session 32 added 5 procedures and agreements whose lists run on inside their sentences and 58 questions; on
# the code the session started from (with its run-in lists) the larger set measures recall@5 0.998, MRR@10 0.969,
# coverage 0.974, lead hit 0.889, statement precision 0.545, refusal recall 0.744 (32 of 43), false refusals 0.004;
# at the session's end 1.000, 0.970, 0.977, 0.895, 0.543, 0.814 (35 of 43), 0.002: the floors still hold under it.
# Session 33 added 8 papers and 100 questions (a disciplinary procedure, a consultation paper, an FAQ page, a
# transfer letter, a policy in RTF, three guides); on the larger set the code the session started from (adddecf)
# measures recall@5 1.000, MRR@10 0.963, coverage 0.969, lead hit 0.867, coverage within 600 characters 0.969,
# statement precision 0.529, refusal recall 0.714 (40 of 56: 5 of the 13 new questions its documents don't answer
# are declined; near misses such as "can I record the hearing on my phone?" and "can I use my own laptop as well?"
# are not), follow-ups 0.903, false refusals 0.005;
# at the session's end 1.000, 0.966, 0.978, 0.879, 0.978, 0.531, 0.714, 0.935, 0.002. The floors of statement
# precision and refusal recall are set under what both measure on the larger set, which is harder, not under
# what the smaller set measured. Raise them as the system improves; never lower them to make a change pass.
EMPLOYER_FLOORS = {
    "recall@5": 0.97, "mrr@10": 0.95, "key_point_coverage": 0.95, "lead_hit": 0.86, "coverage@600": 0.95,
    "statement_precision": 0.52, "refusal_recall": 0.70, "follow_up_coverage": 0.85,
}
EMPLOYER_CEILINGS = {"false_refusal_rate": 0.02}


@pytest.fixture(scope="module")
def employer_run(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]  # -> ConfigResult
    from evals.configs import CONFIGS
    from evals.dataset import EvalItem
    from evals.runner import run_config

    base = Settings(data_dir=tmp_path_factory.mktemp("employer-run"), knowledge_dir=tmp_path_factory.mktemp("none"))
    unused = Dataset(Path("unused"), (EvalItem(id="x", question="unused", answerable=False),))
    return run_config(unused, CONFIGS["employer-docs"], base)


@pytest.mark.slow
@pytest.mark.parametrize("metric", list(EMPLOYER_FLOORS))
def test_the_employer_set_stays_above_its_floors(employer_run, metric: str) -> None:  # type: ignore[no-untyped-def]
    value = employer_run.value(metric)
    assert value is not None and value >= EMPLOYER_FLOORS[metric], (
        f"{metric} {value} fell below its floor {EMPLOYER_FLOORS[metric]}; rows that missed: "
        + ", ".join(r.item.id for r, s in zip(employer_run.results, employer_run.scores, strict=True)
                    if s[metric].den and s[metric].num < s[metric].den)[:400])


@pytest.mark.slow
@pytest.mark.parametrize("metric", list(EMPLOYER_CEILINGS))
def test_the_employer_set_refuses_few_answerable_questions(employer_run, metric: str) -> None:  # type: ignore[no-untyped-def]
    value = employer_run.value(metric)
    assert value is not None and value <= EMPLOYER_CEILINGS[metric], f"{metric} {value} rose above {EMPLOYER_CEILINGS[metric]}"
