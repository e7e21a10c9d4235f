"""Questions asked of a bereavement leave policy, a probation policy, a redeployment policy, adverse
weather guidance, a data breach procedure, an FAQ laid out as accordion buttons, a notice on work
apps on one's own phone, TOIL rules, long service awards, standby pay and a recruitment notice, the
way workers type them.

What a user sees: a table's row named by whom the question is about, in family words ("my dad" of
"Parent, brother or sister"; "my nan passed away…" of "Grandparent or grandchild"), or by an
ordinal ("my first review"); "how long is probation?" answered by its length, not by what it may be
extended by; "when…?" answered by the working day ("before your usual start time"), by a plan's
own months ("End of month 1") or by a condition ("For jobs that attract more than 100
applications"); "the call out rate" is an amount, not a name; the regulator asked about by its
initials ("the ico"); a situation the question tells ("what if I can't get in because of snow?")
answered by its whole section, list and all; an accordion's questions kept as headings; the list
under "What IT can see" whole; everyday words ("time and a half", "the most", "look into it",
"do I have to apply?", "another council"). Documents are made in tests/documents.py.
"""

from __future__ import annotations

import pytest
from documents import (
    adverse_weather_html,
    asked_of,
    bereavement_docx,
    breach_procedure_md,
    indexed_alone,
    leads_with,
    long_service_txt,
    phone_apps_md,
    probation_docx,
    redeployment_txt,
    screening_notice_html,
    sharepoint_faq_html,
    standby_xlsx,
    toil_md,
)

from assistant.settings import Settings


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    root = tmp_path_factory.mktemp("leave")
    return indexed_alone(root, [
        bereavement_docx(root / "bereavement.docx"), probation_docx(root / "probation.docx"),
        redeployment_txt(root / "redeployment.txt"), adverse_weather_html(root / "weather.html"),
        breach_procedure_md(root / "breach.md"), sharepoint_faq_html(root / "sharepoint.html"),
        phone_apps_md(root / "phone-apps.md"), toil_md(root / "toil.md"), long_service_txt(root / "long-service.txt"),
        standby_xlsx(root / "standby.xlsx"), screening_notice_html(root / "screening.html"),
    ])


@pytest.mark.parametrize(("question", "row"), [
    ("how many days off do i get if my dad dies", "Relationship: Parent, brother or sister; Paid leave: 5 working days"),
    ("my nan passed away what am i entitled to", "Relationship: Grandparent or grandchild; Paid leave: 3 working days"),
    ("what if my friend dies", "Relationship: Other relative or close friend"),
])
def test_a_row_is_named_by_whom_the_question_is_about(docs: Settings, question: str, row: str) -> None:
    leads_with(docs, question, "bereavement", row)


def test_an_ordinal_names_one_row_of_a_plan(docs: Settings) -> None:
    answer = asked_of(docs, "when is my first review", "probation")
    assert not answer.abstained, answer.answer
    assert "First review; When: End of month 1" in answer.answer
    assert "Second review" not in answer.answer.split("**")[0], answer.answer


@pytest.mark.parametrize(("question", "doc", "said"), [
    ("how long is probation", "probation", "All new employees serve a probation period of 6 months."),
    ("how long is the trial period", "redeployment", "If you are offered a different job, you will have a 4 week trial period."),
])
def test_how_long_is_answered_by_the_length_not_by_its_extension(docs: Settings, question: str, doc: str, said: str) -> None:
    leads_with(docs, question, doc, said)


def test_asked_about_the_extension_the_extension_answers(docs: Settings) -> None:
    leads_with(docs, "can they extend my probation", "probation", "Probation can be extended once, by up to 3 months")


@pytest.mark.parametrize(("question", "doc", "said"), [
    ("when do i have to tell my manager", "weather", "If you cannot get in, tell your manager before your usual start time."),
    ("when is the tool used", "screening", "For jobs that attract more than 100 applications"),
    ("when does the council have to tell the ico", "breach", "If the breach is likely to put people at risk, the Council must report it "
                                                             "to the Information Commissioner's Office within 72 hours."),
    ("whats the call out rate", "standby", "Rate: Time and a half"),
])
def test_when_and_how_much_are_answered_in_the_documents_terms(docs: Settings, question: str, doc: str, said: str) -> None:
    leads_with(docs, question, doc, said)


def test_a_situation_told_is_answered_by_its_whole_section(docs: Settings) -> None:
    answer = leads_with(docs, "what if i cant get in because of snow", "weather", "You should make every reasonable effort to get to work")
    first = answer.answer[:600]
    assert "tell your manager before your usual start time" in first
    assert "- Work from home, if your job allows it;" in first and "- Make up the time within the next 4 weeks" in first, answer.answer


def test_accordion_questions_head_their_answers(docs: Settings) -> None:
    leads_with(docs, "will i lose my files", "sharepoint", "No. Everything on the shared drives will be copied to SharePoint")
    # (its "Yes." answers "is there training", as the FAQ's "No." answers "will i lose my files")
    leads_with(docs, "is there training", "sharepoint", "Yes. Every team will be offered a 1 hour online session")


def test_the_list_under_a_heading_that_says_what_is_asked_is_shown_whole(docs: Settings) -> None:
    answer = leads_with(docs, "what can IT see on my phone", "phone-apps", "What IT can see:")
    body = answer.answer.split("**")[0]
    for item in ("The make, model and serial number of your phone", "The operating system version", "The phone number, if you agree"):
        assert item in body, answer.answer
    assert "personal photos" not in body, answer.answer


@pytest.mark.parametrize(("question", "doc", "said"), [
    ("is toil paid at time and a half", "toil", "TOIL is earned hour for hour."),
    ("whats the most toil i can have", "toil", "You can hold a maximum of 15 hours of TOIL at any time."),
    ("should i look into it myself", "breach", "Do not try to investigate yourself"),
    ("do i have to apply", "long-service", "Awards are arranged automatically by HR each April"),
    ("does my time at another council count", "long-service", "Service with other Welsh councils counts."),
])
def test_everyday_words_find_what_the_document_says(docs: Settings, question: str, doc: str, said: str) -> None:
    leads_with(docs, question, doc, said)


def test_accordion_buttons_load_as_headings_and_action_buttons_are_dropped() -> None:
    from assistant.ingest.loaders import question_buttons

    html = ('<main><h1>Pay</h1><div class="accordion-item"><h2><button aria-expanded="false">When am I paid?</button></h2>'
            '<div class="collapse">On the 20th.</div></div><button class="faq-q">Where is my payslip?</button><div>Online.</div>'
            '<form><button type="submit">Search</button></form><button onclick="print()">Print this page</button></main>')
    out = question_buttons(html)
    assert "<h2>When am I paid?</h2>" in out  # a button inside a heading: the heading's text
    assert "<h3>Where is my payslip?</h3>" in out  # a question's button: a heading one below the last heading
    assert "Search" not in out and "Print this page" not in out


def test_a_follow_up_that_names_another_person_picks_their_row(docs: Settings) -> None:
    from documents import conversation

    first, then = conversation(docs, "bereavement", "how many days off if my dad dies", "and my nan?")
    assert first.answer.startswith("Relationship: Parent, brother or sister"), first.answer
    assert then.answer.startswith("Relationship: Grandparent or grandchild; Paid leave: 3 working days"), then.answer


def test_a_question_in_welsh_finds_the_english_answer(docs: Settings) -> None:
    # "ffeiliau" (files) and "colli" (lose): the glossary's words for an English FAQ
    answer = asked_of(docs, "a fyddaf yn colli fy ffeiliau", "sharepoint")
    assert not answer.abstained, answer.answer
    assert "Everything on the shared drives will be copied to SharePoint" in answer.answer[:200], answer.answer


@pytest.mark.parametrize("question", ["if i put outlook on my phone can my boss read my texts", "can they see my whatsapp"])
def test_what_is_asked_not_its_premise_is_answered(docs: Settings, question: str) -> None:
    # "If I put Outlook on my phone…" only sets the scene: the question is about reading one's messages.
    leads_with(docs, question, "phone-apps", "What IT cannot see: your personal photos, messages or emails")
