"""Kinds of fact in the words people ask for them: a distance, a name given in capitals, a telephone number by
whose it is, a period of the week, a qualification by its kind, a device turned on, and whether a pilot works.

What a user sees: "how far away can the new job be?" is "…within 15 miles of your current workplace…" (not
declined for the words "far" and "away"); "how much do I get for being on call at the weekend?" is the
allowance's intro and the row "Saturday or Sunday (24 hours); Allowance: £50", not the call-out rate; "what's
the training called?" is the sentence that names "the Data Protection and Cyber Security e-learning module";
"what's the monitoring officer's number?" is the sentence with the number; "do I need a degree?" is the
qualifications row; "when do I have to turn it on?" is "You must switch your camera on when…"; "how will they
know if it works?" is the slide "How we will judge it". "How much holiday do I get?" of a section headed "How
much leave you get" is that section from its start, its table first, not its last sentence ("Bank holidays are
on top of this."). Documents are made in tests/documents.py.
"""

from __future__ import annotations

import pytest
from documents import (
    asked_of,
    body_camera_html,
    concern_procedure_txt,
    indexed_alone,
    leads_with,
    leave_rules_md,
    on_call_allowances_md,
    person_specification_docx,
    pilot_briefing_pptx,
    redeployment_docx,
    training_reminder_eml,
)

from assistant.settings import Settings


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    root = tmp_path_factory.mktemp("kinds")
    return indexed_alone(root, [
        redeployment_docx(root / "redeployment.docx"), on_call_allowances_md(root / "oncall.md"),
        training_reminder_eml(root / "training.eml"), concern_procedure_txt(root / "whistleblowing.txt"),
        person_specification_docx(root / "jobspec.docx"), body_camera_html(root / "cameras.html"),
        pilot_briefing_pptx(root / "pilot.pptx"), leave_rules_md(root / "leave.md"),
    ])


def test_how_far_is_a_distance_in_miles(docs: Settings) -> None:
    answer = leads_with(docs, "how far away can the new job be?", "redeployment", "A job is suitable if")
    assert "within 15 miles" in answer.answer.split("\n")[0], answer.answer


def test_the_weekend_is_the_row_of_saturday_or_sunday(docs: Settings) -> None:
    answer = asked_of(docs, "how much do I get for being on call at the weekend?", "oncall")
    assert not answer.abstained, answer.answer
    top = "\n".join(answer.answer.split("\n")[:3])
    assert "Saturday or Sunday (24 hours); Allowance: £50" in top and "time and a half" not in top, answer.answer


def test_a_name_in_capitals_is_what_a_thing_is_called(docs: Settings) -> None:
    answer = asked_of(docs, "what's the training called?", "training")
    assert not answer.abstained, answer.answer
    assert "Data Protection and Cyber Security e-learning module" in answer.answer.split("\n")[0], answer.answer


def test_someones_number_is_their_telephone_number(docs: Settings) -> None:
    answer = asked_of(docs, "what's the monitoring officer's number?", "whistleblowing")
    assert "01234 555777" in answer.answer.split("\n")[0], answer.answer


def test_a_degree_is_a_qualification(docs: Settings) -> None:
    leads_with(docs, "do I need a degree?", "jobspec", "Criteria: Qualifications; Essential: GCSE English and Maths")


def test_turning_it_on_is_switching_it_on(docs: Settings) -> None:
    leads_with(docs, "when do I have to turn it on?", "cameras", "You must switch your camera on")


def test_whether_it_works_is_how_it_will_be_judged(docs: Settings) -> None:
    leads_with(docs, "how will they know if it works?", "pilot", "Time to first response falls by a quarter", "rep")


def test_a_section_that_restates_the_question_is_read_from_its_table(docs: Settings) -> None:
    answer = leads_with(docs, "how much holiday do I get?", "leave", "Length of service: Less than 5 years; Days of leave: 26 days")
    assert "31 days" in answer.answer[:600], answer.answer
