"""Questions asked of an annual leave policy, an expenses policy, a code on gifts, pay scales, a
staff news article, a maternity policy, a letter inviting someone to a hearing, a union branch's
bulletin, a payroll FAQ and a request form, the way workers type them.

What a user sees: the row of a table that the question's number picks ("week 20" of "Weeks 19 to
39", "spinal point 10", "6 years" of "5 years or more"), or, where nothing picks one, the table
whole with the sentence it finishes; amounts as tables give them ("45p a mile", a salary without
its "£"); a time given by how long before something ("no later than the 15th week before…");
shorthand the document spells out ("kit days" → "keeping in touch days"); everyday words found in
the document's own ("wine" → alcohol, "a hotel" → an overnight stay, "gets it wrong" → mistakes);
the sentence in which the role the question names does what it asks ("can my manager say
no…?" → "Your manager may refuse…"); the date given of what the question times ("when is my
hearing?"), not of something else in the same breath; and never a form's blank or boxes to tick. Documents are made in tests/documents.py (made-up facts).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from documents import (
    annual_leave_txt,
    asked_of,
    branch_bulletin_md,
    conversation,
    expenses_pdf,
    gifts_docx,
    hearing_letter_docx,
    hybrid_form_docx,
    indexed_alone,
    intranet_news_html,
    lead,
    leads_with,
    maternity_docx,
    pay_scales_xlsx,
    payroll_faq_html,
)

from assistant.settings import Settings


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    root = tmp_path_factory.mktemp("pay")
    files = [annual_leave_txt(root / "annual-leave.txt"), expenses_pdf(root / "expenses.pdf"),
             gifts_docx(root / "gifts.docx"), pay_scales_xlsx(root / "pay-scales.xlsx"),
             intranet_news_html(root / "gofyn-news.html"), maternity_docx(root / "maternity.docx"),
             hearing_letter_docx(root / "hearing-letter.docx"), branch_bulletin_md(root / "bulletin.md"),
             payroll_faq_html(root / "payroll-faq.html"), hybrid_form_docx(root / "hybrid-form.docx")]
    return indexed_alone(root, files)


def test_a_plain_text_table_set_out_in_columns_is_read_row_by_row_with_its_column_names(tmp_path: Path) -> None:
    from assistant.ingest.loaders import load_file

    text = load_file(annual_leave_txt(tmp_path / "leave.txt"), 10**6).text
    assert "Length of service: 5 years or more; Grades 1 to 6: 32 days; Grades 7 and above: 34 days" in text


def test_a_question_no_row_of_a_small_table_answers_alone_gets_the_table_whole_with_its_intro(docs: Settings) -> None:
    answer = leads_with(docs, "how many days holiday do i get", "annual-leave", "1.1 Your annual leave entitlement depends on")
    assert "Less than 5 years; Grades 1 to 6: 27 days" in answer.answer
    assert "5 years or more; Grades 1 to 6: 32 days" in answer.answer


def test_the_row_whose_condition_holds_for_the_number_asked_about_is_the_answer(docs: Settings) -> None:
    answer = asked_of(docs, "ive been here 6 years on grade 5 how much leave do i get", "annual-leave")
    assert not answer.abstained, answer.answer
    shown = answer.answer.split("**What this means")[0]
    assert "Length of service: 5 years or more; Grades 1 to 6: 32 days" in shown.split("\n\n")[0] + shown.split("\n\n")[1]
    assert "Less than 5 years" not in shown, answer.answer


@pytest.mark.parametrize(("question", "doc", "said"), [
    # a numbered thing: the row whose number or span of numbers takes it in
    ("what is the hourly rate for spinal point 10", "pay-scales", "Grade: Grade 5; Spinal column point: 10"),
    ("how much is grade 4", "pay-scales", "Grade: Grade 4;"),  # a salary without its "£" is an amount
    ("whats the top of grade 6", "pay-scales", "Grade: Grade 6; Spinal column point: 17"),  # its last row
])
def test_the_row_a_number_in_the_question_picks_leads(docs: Settings, question: str, doc: str, said: str) -> None:
    leads_with(docs, question, doc, said)


def test_the_row_that_takes_in_the_number_asked_about_is_shown_with_its_intro_not_the_whole_table(docs: Settings) -> None:
    answer = leads_with(docs, "what do i get paid in week 20", "maternity", "If you have worked for the Council for at least one year")
    assert "Weeks of leave: Weeks 19 to 39; Pay: Statutory Maternity Pay only" in answer.answer
    assert "Weeks 1 to 6" not in answer.answer.split("More from")[0]


def test_a_word_table_whose_heading_names_its_first_column_is_read_with_its_headings(docs: Settings) -> None:
    answer = leads_with(docs, "how much maternity pay will i get", "maternity", "If you have worked for the Council")
    assert "Weeks of leave: Weeks 1 to 6; Pay: 90% of your normal weekly pay" in answer.answer


@pytest.mark.parametrize(("question", "doc", "said"), [
    ("how much can i claim per mile", "expenses", "2.1 If you use your own vehicle"),  # "45p a mile" is an amount
    ("how much is the first aid allowance", "pay-scales", "Allowance: First aider; Amount: £250 a year"),
    ("what is the limit for gifts", "gifts", "You may accept small gifts worth less than £25"),
])
def test_an_amount_is_found_however_the_document_writes_it(docs: Settings, question: str, doc: str, said: str) -> None:
    leads_with(docs, question, doc, said)


@pytest.mark.parametrize(("question", "said"), [
    ("when do i have to tell my manager im pregnant", "You must tell your manager that you are pregnant"),
    ("when is the earliest i can start my leave", "The earliest you can start maternity leave is 11 weeks before"),
])
def test_a_time_given_by_how_long_before_something_answers_when(docs: Settings, question: str, said: str) -> None:
    leads_with(docs, question, "maternity", said)


def test_shorthand_typed_in_lower_case_is_read_as_the_phrase_the_document_spells_out(docs: Settings) -> None:
    leads_with(docs, "what are kit days", "maternity", "You may work up to 10 keeping in touch days")


@pytest.mark.parametrize(("question", "doc", "said"), [
    ("can staff book a hotel themselves", "expenses", "3.3 Overnight stays must be booked"),
    ("what if it gets it wrong", "gofyn-news", "Gofyn can make mistakes."),
    ("does this apply to agency staff", "gifts", "This part of the Employee Code of Conduct applies"),
])
def test_everyday_words_find_the_documents_own(docs: Settings, question: str, doc: str, said: str) -> None:
    leads_with(docs, question, doc, said)


def test_a_drink_by_its_name_is_the_alcohol_the_policy_speaks_of(docs: Settings) -> None:
    answer = asked_of(docs, "can i claim a glass of wine with my dinner", "expenses")
    assert not answer.abstained, answer.answer
    assert "3.2 Alcohol cannot be claimed in any circumstances." in answer.answer[:600]


@pytest.mark.parametrize(("question", "doc", "said"), [
    ("can my manager say no to my holiday", "annual-leave", "2.2 Your manager may refuse a request"),
    # the asker's claim, which the policy calls "your", not the policy's own approval
    ("who approves my expenses", "expenses", "4.3 Your line manager approves your claim"),
])
def test_the_sentence_in_which_the_role_asked_about_does_it_leads(docs: Settings, question: str, doc: str, said: str) -> None:
    leads_with(docs, question, doc, said)


def test_a_pdf_title_set_larger_is_a_line_of_its_own_not_run_into_the_header_above_it(tmp_path: Path) -> None:
    from assistant.ingest.loaders import load_file

    lines = load_file(expenses_pdf(tmp_path / "expenses.pdf"), 10**6).text.split("\n")
    assert "## Travel and Subsistence Expenses Policy" in lines


def test_a_web_pages_cookie_banner_is_not_what_the_article_says(docs: Settings) -> None:
    assert asked_of(docs, "does it use cookies", "gofyn-news").abstained


def test_a_when_question_is_answered_by_the_date_given_of_what_it_times(docs: Settings) -> None:
    leads_with(docs, "when is my hearing", "hearing-letter",
               "I am writing to invite you to a disciplinary hearing on Tuesday 15 December 2026")


@pytest.mark.parametrize(("question", "doc", "said"), [
    ("how much is the pay rise", "bulletin", "Staff on all grades will receive a 3.2% rise"),  # a rise as a share
    ("is there food at the meeting", "bulletin", "Tea and cakes provided!"),
    ("will they fix it straight away if im underpaid", "payroll-faq", "An underpayment of more than £100 will be corrected"),
])
def test_everyday_questions_of_a_bulletin_and_a_faq_are_answered(docs: Settings, question: str, doc: str, said: str) -> None:
    leads_with(docs, question, doc, said)


def test_the_office_is_the_workplace_a_policy_speaks_of(docs: Settings) -> None:
    leads_with(docs, "how many days do i have to be in the office", "hybrid-form",
               "You must attend your usual workplace on at least 2 days a week.")


def test_a_forms_boxes_to_tick_never_lead_an_answer(docs: Settings) -> None:
    answer = leads_with(docs, "what can i do if they refuse", "hybrid-form", "If your request is refused you may appeal")
    assert "☐" not in answer.answer.split("\n")[0]


def test_every_row_of_the_grade_asked_about_is_shown_in_order_and_no_other(docs: Settings) -> None:
    answer = leads_with(docs, "how much is grade 5", "pay-scales", "Grade: Grade 5; Spinal column point: 9")
    shown = answer.answer.split("**What this means")[0]
    assert "Spinal column point: 10" in shown and "Spinal column point: 11" in shown
    assert "Grade: Grade 4" not in shown and "Grade: Grade 6" not in shown


def test_a_follow_up_about_another_numbered_row_keeps_to_it(docs: Settings) -> None:
    first, second, third = conversation(docs, "pay-scales", "how much is grade 5", "and grade 6", "whats the hourly rate for that")
    assert lead(second).startswith("Grade: Grade 6;"), second.answer
    assert lead(third).startswith("Grade: Grade 6;"), third.answer  # "that" is grade 6, not grade 5 or the whole table


def test_a_follow_up_giving_a_number_is_answered_by_the_row_whose_condition_holds_for_it(docs: Settings) -> None:
    _first, second = conversation(docs, "annual-leave", "how many days holiday do i get", "and if ive been here 10 years")
    assert lead(second).startswith("Length of service: 5 years or more;"), second.answer


@pytest.mark.parametrize(("questions", "said"), [
    (("how much can i claim for mileage", "what about on a bike"), "Vehicle: Bicycle;"),
    (("when is my hearing", "where"), "I am writing to invite you to a disciplinary hearing"),
])
def test_a_follow_up_of_a_word_or_two_is_read_with_the_conversation(
        docs: Settings, questions: tuple[str, ...], said: str) -> None:
    doc = "expenses" if "mileage" in questions[0] else "hearing-letter"
    answer = conversation(docs, doc, *questions)[-1]
    assert not answer.abstained, answer.answer
    assert said in answer.answer.split("**What this means")[0], answer.answer


@pytest.mark.parametrize(("question", "doc", "said"), [
    ("hw many days leave do i get", "annual-leave", "1.1 Your annual leave entitlement depends on"),  # what one gets: the entitlement
    ("someone gave me an amazon voucher as thanks can i keep it", "gifts", "Cash or vouchers must never be accepted"),
    ("when do we get the backpay", "bulletin", "The back pay will be paid in the January 2027 salary."),
    ("whats the worst that can happen", "hearing-letter", "If the allegation is found to be proven, one possible outcome is dismissal."),
])
def test_questions_typed_the_way_people_type_them_are_answered(docs: Settings, question: str, doc: str, said: str) -> None:
    leads_with(docs, question, doc, said)


def test_what_a_letter_means_is_read_from_the_letter(docs: Settings) -> None:
    leads_with(docs, "i got this letter, what does it mean", "hearing-letter", "I am writing to invite you to a disciplinary hearing")


@pytest.mark.parametrize(("question", "doc", "said"), [
    ("ga i gario gwyliau drosodd?", "annual-leave", "3.1 You may carry over up to 5 days"),
    ("faint dw i'n cael am bob milltir?", "expenses", "2.1 If you use your own vehicle for Council business"),
    ("oes rhaid i fi gadw derbynebau?", "expenses", "4.2 You must attach a receipt for every item except mileage."),
    ("ga i brynu gwyliau ychwanegol?", "annual-leave", "4.1 You may buy up to 10 extra days of leave a year"),
])
def test_questions_in_welsh_find_the_english_policy(docs: Settings, question: str, doc: str, said: str) -> None:
    leads_with(docs, question, doc, said)
