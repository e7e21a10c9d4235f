"""A long sentence of a contract or a policy, quoted in part where its answer is deep in it.

What a user sees: asked "does information given verbally count as confidential?", the answer opens
with the definition's head and the part that answers ("“Confidential Information” means any
information … whether given in writing or orally…"), not 600 characters of what it includes; the
Sources panel keeps the sentence whole (the citation's passage). A sentence is shown whole when the
question asks its extent ("is it limited to technical information only?"), when the words left out
could qualify what is shown ("except…"), and when it is short. A clause title on its own line
("Definition of Confidential Information; Use and Disclosure.") is no point of an answer. A passage cut inside a
sentence too long for one chunk is shown as the fragment it is ("… as shown by the Company's files…"), not
capitalised into a sentence of its own.
"""

from __future__ import annotations

import pytest
from documents import asked_of, indexed_alone

from assistant.answer.excerpt import GAP, LONG_SENTENCE, excerpt
from assistant.answer.statements import MID_SENTENCE, statements
from assistant.answer.units import Block, Unit
from assistant.models import Passage
from assistant.settings import Settings
from assistant.text.lexical import content_terms

DEFINITION = (
    "“Confidential Information” means any information, data or know-how, including, but not limited to, that which "
    "relates to housing repairs, tenants, rent accounts, contractors, staff rotas, budgets, procurement plans, software, "
    "system designs, security arrangements, drawings, reports, analyses, forecasts and all tangible and intangible "
    "embodiments thereof of any kind whatsoever, whether given in writing or orally by the Council or its officers to "
    "the Supplier or its staff in connection with the Housing Repairs System."
)
EXCEPTED = (
    "The Supplier may disclose Confidential Information to its employees, agents, subcontractors, auditors, insurers, "
    "legal advisers, financial advisers and professional advisers who need to know it, except that the Supplier shall "
    "not disclose any Confidential Information about tenants to any subcontractor based outside the United Kingdom or "
    "to any person who has not signed a written confidentiality undertaking in a form the Council has approved, "
    "whether disclosed orally or in writing."
)


def agreement_txt(root) -> object:  # type: ignore[no-untyped-def]
    path = root / "repairs-nda.txt"
    path.write_text(f"""CONFIDENTIALITY AGREEMENT: HOUSING REPAIRS SYSTEM

1. Definition of Confidential Information; Use and Disclosure.
{DEFINITION}

2. Disclosure to staff.
{EXCEPTED}

3. Term.
This agreement lasts for three years from the date it is signed.
""", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    root = tmp_path_factory.mktemp("long-sentences")
    return indexed_alone(root, [agreement_txt(root)])


def test_the_part_that_answers_is_shown_after_the_sentences_head(docs: Settings) -> None:
    answer = asked_of(docs, "Does information that is given verbally count as confidential information?", "repairs-nda")
    assert not answer.abstained, answer.answer
    assert answer.answer.startswith("“Confidential Information” means any information" + GAP + "whether given in writing or orally"), answer.answer
    assert "rent accounts" not in answer.answer, "the list left out is not shown"
    assert any(DEFINITION in c.passage for c in answer.citations), "the passage cited keeps the sentence whole"


def test_a_question_of_extent_gets_the_whole_sentence(docs: Settings) -> None:
    answer = asked_of(docs, "Is confidential information limited to software only?", "repairs-nda")
    assert "rent accounts" in answer.answer and GAP not in answer.answer.split("\n")[0], answer.answer


def test_a_clause_title_is_no_point(docs: Settings) -> None:
    answer = asked_of(docs, "Does information that is given verbally count as confidential information?", "repairs-nda")
    assert "Definition of Confidential Information; Use and Disclosure" not in answer.answer, answer.answer


def _unit(text: str) -> Unit:
    p = Passage(doc_id="d", text=text, ordinal=0, score=1.0, start=0, end=len(text), chunk_id="d#0")
    return Unit(0, p, 0, 0, len(text), text, False)


def test_words_that_could_qualify_what_is_shown_are_never_left_out() -> None:
    # ("except that the Supplier shall not disclose…" lies between the head and "orally")
    assert len(EXCEPTED) >= LONG_SENTENCE
    assert excerpt(_unit(EXCEPTED), set(content_terms("verbally orally"))) is None


def test_a_short_sentence_is_shown_whole() -> None:
    short = "“Confidential Information” means any information, whether given in writing or orally."
    assert excerpt(_unit(short), set(content_terms("orally"))) is None


def test_the_excerpt_cites_both_parts_it_shows() -> None:
    part = excerpt(_unit(DEFINITION), set(content_terms("verbally orally")))
    assert part is not None
    (_, a, b), (_, c, d) = part.spans
    assert DEFINITION[a:b].startswith("“Confidential Information” means any information")
    assert DEFINITION[c:d].startswith("whether given in writing or orally") and d == len(DEFINITION)


def test_a_passage_that_opens_inside_a_sentence_is_shown_as_a_fragment() -> None:
    cut = "as shown by the Company's files at the time of its disclosure; (b) is publicly known through no act of the Company."
    head, _ = statements(Block([_unit(cut)], prob=0.9), [], question="Can the Company get the information from a third party?")
    assert head.text.startswith(MID_SENTENCE + "as shown by the Company's files"), head.text
    whole = "The Company shall keep the information secure."
    head, _ = statements(Block([_unit(whole)], prob=0.9), [], question="Must the Company keep it secure?")
    assert head.text == whole, head.text
