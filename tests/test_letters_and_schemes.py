"""Questions asked of a mileage rates page, a letter inviting a worker to an attendance meeting, a
scheme to buy annual leave, a job advert, an employee assistance leaflet, a project timeline and a
consultation on desk sharing, the way workers type them.

What a user sees: "per", "done", "another" are no topics the documents must name, and a figure the
asker gives of themselves in a unit the document counts in ("I've done 12000 miles") is what its
table is read against; everyday words ("called in", "can't make it", "the money", "full time",
"my stuff", "who runs it", "money advice"); "what's the number?" asks for a telephone number; a phase
that runs from one month to another has a length; "10 extra days" is a length of time; "This
consultation runs…" stands alone; a short word asked in the singular is found in the plural ("my
cv" of "CVs"). Documents are made in tests/documents.py.
"""

from __future__ import annotations

import pytest
from documents import (
    agile_consultation_md,
    asked_of,
    attendance_letter_docx,
    buying_leave_txt,
    eap_leaflet_md,
    indexed_alone,
    job_advert_html,
    leads_with,
    mileage_md,
    timeline_csv,
)

from assistant.settings import Settings


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    root = tmp_path_factory.mktemp("schemes")
    return indexed_alone(root, [
        mileage_md(root / "mileage.md"), attendance_letter_docx(root / "letter.docx"), buying_leave_txt(root / "buying.txt"),
        job_advert_html(root / "advert.html"), eap_leaflet_md(root / "eap.md"), timeline_csv(root / "timeline.csv"),
        agile_consultation_md(root / "agile.md"),
    ])


@pytest.mark.parametrize(("question", "said"), [
    ("how much do i get per mile", "45p a mile"),
    ("ive done 12000 miles this year what do i get now", "Over 10,000 miles: 25p a mile"),
])
def test_a_rate_is_found_by_the_askers_own_figure(docs: Settings, question: str, said: str) -> None:
    answer = asked_of(docs, question, "mileage")
    assert not answer.abstained, answer.answer
    assert said in answer.answer[:300], answer.answer


@pytest.mark.parametrize(("question", "doc", "said"), [
    ("what if i cant make it", "letter", "If you cannot attend, please let me know as soon as possible"),
    ("how many days can i buy", "buying", "You can buy up to 10 extra days of annual leave each leave year."),
    ("how do they take the money", "buying", "The cost is worked out from your daily rate of pay"),
    ("is it full time", "advert", "Hours: 37 hours a week"),
    ("can i send my cv", "advert", "We do not accept CVs."),
    ("whats the number", "eap", "Call 0800 030 5182"),
    ("who runs it", "eap", "The Employee Assistance Programme (EAP) is a free and confidential service for all staff, provided by CareFirst."),
    ("how long is the build phase", "timeline", "Phase: Build; Start: April 2027; End: August 2027"),
    ("where do i put my stuff", "agile", "Lockers will be provided for personal items."),
    ("when does the consultation close", "agile", "This consultation runs from 1 December 2026 to 31 January 2027."),
])
def test_everyday_questions_find_what_the_document_says(docs: Settings, question: str, doc: str, said: str) -> None:
    leads_with(docs, question, doc, said)


def test_being_called_in_is_being_invited_to_a_meeting(docs: Settings) -> None:
    answer = asked_of(docs, "why am i being called in", "letter")
    assert not answer.abstained, answer.answer


def test_money_advice_is_financial_information(docs: Settings) -> None:
    answer = asked_of(docs, "can i get money advice", "eap")
    assert not answer.abstained, answer.answer
    assert "legal and financial information" in answer.answer[:300].lower(), answer.answer
