"""A rep compares the draft of a policy with the one in force: "what has changed?".

What a user sees: the answer says how many places differ, then each change, cited in
the version it is in ("Changed (clause 2.3): '…every three years.' [3] is now '…every
**two** years.' [4]"); new and removed clauses; nothing that is the same in both. A
question about one topic gets the changes on it, or "they say the same" with both
cited. The documents are a published PDF and a Word draft (tests/documents.py).
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from documents import indexed_alone, lone_working_draft_docx, lone_working_pdf

from assistant.models import Answer
from assistant.settings import Settings

BOTH = ("lone-working-policy-2023", "lone-working-policy-draft-2027")


@pytest.fixture(scope="module")
def versions(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    root = tmp_path_factory.mktemp("versions")
    docs = root / "docs"
    docs.mkdir()
    lone_working_pdf(docs / "lone-working-policy-2023.pdf")
    lone_working_draft_docx(docs / "lone-working-policy-draft-2027.docx")
    settings = indexed_alone(root, sorted(docs.iterdir()))
    return settings


def _ask(settings: Settings, question: str, persona: str = "rep", doc_ids: tuple[str, ...] = BOTH,
         lang: str | None = None) -> Answer:
    from assistant.service import ask

    return ask(question, persona, doc_ids=doc_ids, settings=settings, lang=lang)


def _line(answer: Answer, words: str) -> str:
    return next(line for line in answer.answer.splitlines() if words in line)


def _cited_docs(answer: Answer, text: str) -> list[str]:
    docs = {c.n: c.doc_id for c in answer.citations}
    return [docs[int(n)] for n in re.findall(r"\[(\d+)\]", text)]


def test_what_has_changed_lists_each_difference_cited_in_its_version(versions: Settings) -> None:
    answer = _ask(versions, "what has changed?")
    lead = answer.answer.splitlines()[0]
    # The newer is the draft (a later version, a later year, "DRAFT"); 6 changed, 2 new, 1 removed.
    assert lead.startswith("**lone-working-policy-draft-2027.docx differs from lone-working-policy-2023.pdf in 9 places**"), lead
    assert "6 changed, 2 new, 1 removed" in lead
    review = _line(answer, "review this policy")
    assert review.startswith("- **Changed** (clause 2.3):"), review
    assert "every three years." in review and "every **two** years." in review
    assert _cited_docs(answer, review) == list(BOTH), answer.answer
    added = _line(answer, "kept for 90 days")
    assert added.startswith("- **New** (clause 4.3):") and _cited_docs(answer, added) == [BOTH[1]], added
    removed = _line(answer, "Refresher training")
    assert removed.startswith("- **Removed** (clause 5.2):") and _cited_docs(answer, removed) == [BOTH[0]], removed
    # A clause the same in both is no change.
    assert "incident form" not in answer.answer and "Employee Assistance" not in answer.answer
    assert not answer.abstained
    # The quotations are the documents' own words: each citation holds the sentence it quotes.
    cited = {c.n: c.passage for c in answer.citations}
    assert "every three years" in cited[int(re.findall(r"\[(\d+)\]", review)[0])]


def test_a_change_to_one_topic_lists_only_the_changes_on_it(versions: Settings) -> None:
    answer = _ask(versions, "has checking in changed?", "worker")
    assert answer.answer.splitlines()[0].startswith("**lone-working-policy-draft-2027.docx differs from "
                                                    "lone-working-policy-2023.pdf on this in 4 places**"), answer.answer
    assert "within **15** minutes" in answer.answer and "The app records the worker's location" in answer.answer
    assert "review this policy" not in answer.answer and "Refresher" not in answer.answer
    # Asked in the words the expansion searches it as: tracking is also monitoring and location.
    tracking = _ask(versions, "has the tracking changed?", "worker")
    assert "Location is not tracked between these times" in tracking.answer, tracking.answer
    assert "review this policy" not in tracking.answer


def test_a_topic_both_versions_state_alike_is_said_to_be_the_same(versions: Settings) -> None:
    answer = _ask(versions, "has reporting incidents changed?", "worker")
    first = answer.answer.splitlines()[0]
    assert first.startswith("**lone-working-policy-2023.pdf and lone-working-policy-draft-2027.docx say the same on this:**"), first
    assert "incident form within 24 hours" in first
    assert sorted(set(_cited_docs(answer, first))) == list(BOTH)


def test_a_question_not_about_change_is_answered_as_before(versions: Settings) -> None:
    answer = _ask(versions, "how long is location data kept?", "worker")
    assert "kept for 90 days" in answer.answer.split("\n")[0], answer.answer
    assert "differs from" not in answer.answer


def test_the_comparison_is_framed_in_welsh_in_the_welsh_interface(versions: Settings) -> None:
    answer = _ask(versions, "what has changed?", lang="cy")
    assert answer.answer.startswith("**Mae lone-working-policy-draft-2027.docx yn wahanol i lone-working-policy-2023.pdf "
                                    "mewn 9 man**"), answer.answer
    assert "- **Wedi newid** (cymal 2.3):" in answer.answer and "- **Wedi’i dynnu** (cymal 5.2):" in answer.answer


def test_with_nothing_to_tell_which_is_newer_neither_is_called_new(tmp_path: Path, versions: Settings) -> None:
    # The same two texts, named and headed alike, with no version, year or "draft" on either.
    docs = tmp_path / "docs"
    docs.mkdir()
    store_text = {}
    from assistant.store.knowledge_base import get_kb

    kb = get_kb(versions)
    for doc_id, name in zip(BOTH, ("ours.md", "theirs.md"), strict=True):
        text = kb.document_text(doc_id) or ""
        text = re.sub(r"(?m)^.*(?:Version|approved|DRAFT).*$", "Approved by Cabinet.", text)
        store_text[name] = text
        (docs / name).write_text("# Lone Working and Personal Safety Policy\n\n" + text, encoding="utf-8")
    settings = indexed_alone(tmp_path, sorted(docs.iterdir()))
    answer = _ask(settings, "what are the differences?", doc_ids=("ours", "theirs"))
    assert answer.answer.startswith("**ours.md and theirs.md differ in "), answer.answer
    assert "- **Only in ours.md** (clause 5.2):" in answer.answer
    assert "**Different** (clause 2.3): ours.md says “The Health and Safety team will review this policy every three years.”" in answer.answer
    assert "**New**" not in answer.answer and "**Removed**" not in answer.answer
    shutil.rmtree(tmp_path / "data", ignore_errors=True)


def test_two_different_policies_are_not_compared(tmp_path: Path) -> None:
    # "What's different?" of two documents that are not versions of one: the composer answers.
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "lone-working.md").write_text("# Lone Working Policy\n\n1.1 Lone workers check in by telephone at the end "
                                          "of each visit.\n", encoding="utf-8")
    (docs / "expenses.md").write_text("# Expenses Policy\n\n1.1 Mileage is paid at 45p a mile for the first 10,000 "
                                      "miles.\n", encoding="utf-8")
    settings = indexed_alone(tmp_path, sorted(docs.iterdir()))
    answer = _ask(settings, "what has changed about mileage?", doc_ids=("lone-working", "expenses"))
    assert "differs from" not in answer.answer and " differ in " not in answer.answer


def test_a_long_list_of_changes_shows_ten_and_cites_the_rest_under_more(tmp_path: Path) -> None:
    # Every rate of an allowances schedule changed: 14 changes, in 14 sections.
    docs = tmp_path / "docs"
    docs.mkdir()
    for name, rate in (("allowances-2025.md", 10), ("allowances-2026.md", 20)):
        body = "\n\n".join(f"## {n}. Allowance {n}\n\n{n}.1 The allowance for duty {n} is {rate + n} pounds a shift."
                           for n in range(1, 15))
        (docs / name).write_text(f"# Allowances Schedule\n\n{body}\n", encoding="utf-8")
    settings = indexed_alone(tmp_path, sorted(docs.iterdir()))
    answer = _ask(settings, "what's changed?", "worker", doc_ids=("allowances-2025", "allowances-2026"))
    assert answer.answer.startswith("**allowances-2026.md differs from allowances-2025.md in 14 places** (14 changed)")
    assert answer.answer.count("- **Changed**") == 10
    assert "The other 4 are cited under “More from the documents”." in answer.answer
    later = {c.section.rsplit(" › ", 1)[-1] for c in answer.more}
    assert {"11. Allowance 11", "14. Allowance 14"} <= later, later
    assert not {c.n for c in answer.more} & {c.n for c in answer.citations}


def test_what_was_taken_out_lists_only_what_is_gone(versions: Settings) -> None:
    answer = _ask(versions, "has anything been taken out?", "worker")
    assert answer.answer.startswith("**lone-working-policy-draft-2027.docx differs from lone-working-policy-2023.pdf "
                                    "in 1 place** (1 removed):"), answer.answer
    assert "- **Removed** (clause 5.2): “Refresher training is offered every three years.”" in answer.answer
    added = _ask(versions, "what has been added?", "worker")
    assert added.answer.count("- **New**") == 2 and "**Changed**" not in added.answer, added.answer
