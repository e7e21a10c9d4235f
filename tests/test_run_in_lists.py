"""Lists run into one sentence, as contracts write them.

What a user sees: asked "can the supplier develop something similar itself?" of a confidentiality
agreement whose exceptions are one sentence of 600 characters ("…any information which (a) …, (b) …,
(c) … or (d) is developed by the Supplier's own staff independently…"), the answer opens with what
that sentence says of it: its intro and item (d), with " … " where the other items were, not the
whole sentence with the answer at its end; its citation names "clause 3.1(d)". Asked for the list ("what do they have to do when we ask
for it back?"), the sentence is shown whole, as written. Each item is its own unit, cut exactly from
the text, without the ", or" that joins it to the next; a short sentence, a reference to "paragraphs
(a) and (b)" and letters out of order are left whole.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from documents import asked_of, indexed_alone, lead

from assistant.settings import Settings
from assistant.text.run_in import run_in_spans

EXCEPTIONS = (
    "3.1 The duties in clause 2 do not apply to any information which (a) is or becomes public knowledge other "
    "than through a breach of this agreement by the Supplier, (b) was lawfully held by the Supplier before the "
    "Council disclosed it, free of any duty of confidence, (c) the Supplier receives from a third party who is "
    "free to disclose it, or (d) is developed by the Supplier's own staff independently of, and without "
    "reference to, the Confidential Information."
)
RETURN = (
    "5.1 Within ten working days of the Council's written request, the Supplier shall (i) return or destroy "
    "every document that holds Confidential Information, (ii) delete it from its systems, apart from copies "
    "held in routine back-ups, and (iii) confirm in writing to the Council's Information Governance Manager "
    "that it has done so."
)


def _pieces(text: str) -> list[str]:
    return [text[s:e] for s, e in run_in_spans(text, 0, len(text))]


def test_a_sentence_of_lettered_exceptions_is_its_intro_and_its_items_cut_exactly() -> None:
    pieces = _pieces(EXCEPTIONS)
    assert pieces[0] == "3.1 The duties in clause 2 do not apply to any information which"
    assert [p[:3] for p in pieces[1:]] == ["(a)", "(b)", "(c)", "(d)"]
    assert pieces[2].endswith("free of any duty of confidence")  # (not the ", " before "(c)")
    assert pieces[3].endswith("who is free to disclose it")  # (not the ", or" before "(d)")
    assert pieces[-1].endswith("the Confidential Information.")


def test_roman_numbered_steps_in_a_sentence_are_a_list_too() -> None:
    pieces = _pieces(RETURN)
    assert [p[:5] for p in pieces[1:]] == ["(i) r", "(ii) ", "(iii)"]
    assert pieces[2].endswith("routine back-ups")  # (without ", and")


@pytest.mark.parametrize("sentence", [
    "A person who is (a) employed or (b) retired may apply.",  # short: read at a glance
    "The Supplier shall keep to the limits set out in paragraphs (a) and (b) of Schedule 2, and to every other "
    "limit the Council sets in writing from time to time, for as long as this agreement lasts and for two years "
    "after it ends, whichever of those periods is the longer.",  # a reference, not a list
    "The Supplier shall (b) keep the Confidential Information secure at all times and (a) use it only for the "
    "purpose of the pilot, and shall tell the Council at once of any loss of it, whether by its own staff, its "
    "sub-contractors or any other person.",  # out of order
])
def test_a_sentence_that_is_no_run_in_list_stays_whole(sentence: str) -> None:
    assert _pieces(sentence) == [sentence]


@pytest.fixture(scope="module")
def agreement(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    root = tmp_path_factory.mktemp("run-in")
    path: Path = root / "rota-pilot-confidentiality.txt"
    path.write_text(
        "Confidentiality agreement: rota software pilot\n\n"
        "1. DEFINITIONS\n\n"
        "1.1 In this agreement, Confidential Information means the rotas, staff records and rota rules the Council "
        "shares with the Supplier for the pilot.\n\n"
        "2. DUTIES\n\n"
        "2.1 The Supplier shall keep the Confidential Information secret and shall use it only to run the pilot.\n\n"
        "3. EXCEPTIONS\n\n"
        f"{EXCEPTIONS}\n\n"
        "4. STAFF\n\n"
        "4.1 The Supplier may tell its own staff the Confidential Information only where they need it for the pilot.\n\n"
        "5. RETURN\n\n"
        f"{RETURN}\n\n"
        "6. TERM\n\n"
        "6.1 This agreement ends two years after the pilot ends.\n",
        encoding="utf-8",
    )
    return indexed_alone(root, [path])


def test_asked_about_one_exception_the_answer_is_its_intro_and_that_item(agreement: Settings) -> None:
    answer = asked_of(agreement, "can the supplier develop something similar itself?", "rota-pilot-confidentiality")
    assert not answer.abstained, answer.answer
    first = lead(answer)
    assert first.startswith("3.1 The duties in clause 2 do not apply to any information which … (d) is developed"), answer.answer
    assert "(a) is or becomes public knowledge" not in first
    # …and the citation names the item, as a lawyer cites it
    assert answer.citations[0].clause == "3.1(d)", answer.citations[0]


def test_asked_for_the_list_the_sentence_is_shown_whole(agreement: Settings) -> None:
    answer = asked_of(agreement, "what do they have to do when we ask for it back?", "rota-pilot-confidentiality")
    assert not answer.abstained, answer.answer
    assert RETURN[4:] in answer.answer.replace("\n", " "), answer.answer
    assert answer.citations[0].clause == "5.1", answer.citations[0]  # the clause, not one of its items
