"""Agreements, terms and notices, asked about the way staff ask.

What a user sees: "can we audit the supplier?" of a data processing agreement that calls its supplier "the
Processor" is the audit clause, not "They don't mention supplier"; "can Northwind sell our data?" is the clause on
selling, not the line that only names Northwind; "can I tell my husband about the settlement?" is
the clause that lets one tell one's immediate family, not the one that settles every claim; "when is my last day?"
is the date employment ends; "what do I have to hand back?" what is to be returned; "can I report a crime?" the
exception for reporting a criminal offence; "can my manager use the cameras to check how hard I'm working?" says
they are not used to check performance. Of a supplier's terms, "how much does Rotawise cost?" is the fee in "GBP"
(not the service credit, nor the line that names Rotawise), "can they put the price up?" is the clause that lets
them (not declined for want of a sum), and "when can we cancel?" the notice before the end of the year. "Who is
the data protection officer?" is the sentence that names her, not one that names only the role; "who can authorise
monitoring of one person?" is answered by the two heads of service who approve it; a clause numbered 5 after a list
Word numbers 1 and 2 is no item of that list ("does it cover things I already knew?"); "if my job goes will I keep
my pay?" is pay protection. "How long do they keep emails?" of a retention schedule without emails is declined,
though another document speaks of email, and "do I get a leaving party?" of an agreement that speaks of leaving
but of no party. Documents are made in tests/documents.py.
"""

from __future__ import annotations

import pytest
from documents import (
    asked_of,
    cameras_md,
    employee_notice_html,
    indexed_alone,
    lead,
    leads_with,
    leaving_terms_docx,
    licence_terms_txt,
    monitoring_rules_docx,
    processor_terms_pdf,
    programme_undertaking_docx,
    retention_rows_csv,
    technology_agreement_md,
)

from assistant.settings import Settings


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    root = tmp_path_factory.mktemp("agreements")
    return indexed_alone(root, [
        processor_terms_pdf(root / "dpa.pdf"), leaving_terms_docx(root / "settlement.docx"), cameras_md(root / "cameras.md"),
        licence_terms_txt(root / "licence.txt"), employee_notice_html(root / "notice.html"),
        monitoring_rules_docx(root / "monitoring.docx"), programme_undertaking_docx(root / "undertaking.docx"),
        technology_agreement_md(root / "technology.md"), retention_rows_csv(root / "retention.csv"),
    ])


def test_the_supplier_is_the_processor_the_agreement_names(docs: Settings) -> None:
    leads_with(docs, "can we audit the supplier?", "dpa", "6.1 The Controller may audit")


def test_a_line_that_only_names_the_supplier_does_not_say_what_it_may_do(docs: Settings) -> None:
    # (not the line over the terms that names "Northwind Data Ltd": the clause about selling)
    leads_with(docs, "can northwind sell our data?", "dpa", "3.5 The Processor shall not sell Personal Data")


def test_telling_ones_husband_is_telling_ones_family(docs: Settings) -> None:
    leads_with(docs, "can i tell my husband about the settlement?", "settlement", "4.1 You will keep the terms")


def test_the_last_day_is_the_date_employment_ends(docs: Settings) -> None:
    leads_with(docs, "when is my last day?", "settlement", "1.1 Your employment will end on 28 February 2027")


def test_handing_back_is_returning(docs: Settings) -> None:
    leads_with(docs, "what do i have to hand back?", "settlement", "6.1 You will return your laptop")


def test_a_crime_is_a_criminal_offence(docs: Settings) -> None:
    answer = asked_of(docs, "can i report a crime?", "settlement")
    assert not answer.abstained, answer.answer
    assert "reporting a criminal offence to the police" in answer.answer.lower(), answer.answer


def test_how_hard_one_works_is_performance(docs: Settings) -> None:
    leads_with(docs, "can my manager use the cameras to check how hard im working?", "cameras", "1.2 Cameras are not used")


def test_a_fee_in_gbp_says_what_it_costs(docs: Settings) -> None:
    leads_with(docs, "how much does rotawise cost?", "licence", "5.1 The licence fee is GBP 9,500")


def test_whether_a_price_may_go_up_asks_no_sum(docs: Settings) -> None:
    leads_with(docs, "can they put the price up?", "licence", "5.3 The Provider may raise the licence fee")


def test_cancelling_is_notice_before_the_end_of_the_term(docs: Settings) -> None:
    leads_with(docs, "when can we cancel?", "licence", "8.1 This licence renews each year unless")


def test_who_holds_a_role_is_the_sentence_naming_them(docs: Settings) -> None:
    leads_with(docs, "who is the data protection officer?", "notice", "Our Data Protection Officer is Megan Lloyd")


def test_whom_something_is_done_to_is_not_who_is_asked(docs: Settings) -> None:
    answer = asked_of(docs, "who can authorise monitoring of one person?", "monitoring")
    assert not answer.abstained, answer.answer
    assert "Head of HR" in lead(answer), answer.answer


def test_the_next_clause_is_no_item_of_the_list_before_it(docs: Settings) -> None:
    leads_with(docs, "does it cover things i already knew", "undertaking", "Information that is already public, or that I knew")


def test_a_job_that_goes_is_a_post_affected(docs: Settings) -> None:
    leads_with(docs, "if my job goes will i keep my pay?", "technology", "3.2 Staff whose posts are affected")


def test_a_record_the_schedule_does_not_list_is_declined(docs: Settings) -> None:
    answer = asked_of(docs, "how long do they keep emails?", "retention")
    assert answer.abstained and "emails" in answer.answer, answer.answer
    kept = asked_of(docs, "how long do they keep timesheets?", "retention")
    assert not kept.abstained and "2 years" in kept.answer.split("\n")[0], kept.answer


def test_a_thing_whose_own_noun_is_nowhere_is_declined(docs: Settings) -> None:
    answer = asked_of(docs, "do i get a leaving party?", "settlement")
    assert answer.abstained and "leaving party" in answer.answer, answer.answer
