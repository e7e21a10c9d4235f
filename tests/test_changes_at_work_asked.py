"""The papers a worker is sent when something at work changes, asked about the way staff ask.

What a user sees: "what can happen to me after the hearing?" is answered by the clause that opens "After the
hearing the panel may (a) …", not by the hearing's own clauses, which say "hearing" more often; "what happens if I
forget to clock out?" by the sentence that opens with that situation; "when does the new clocking system start?" by
the date the paper gives of "the … system", though it never says "clocking system". "Is the speech analytics going
to score me?" is answered by the sentence that says whether it scores ("The software does not score advisers"), not
by the one that says what the software is, also when a story comes first ("im on the phones all day… is it going to
score me??") or the question names the software ("can the speech analytics software score me?"). "What's the alternative?", asked after "do I have to use the fingerprint
reader?", is asked of the fingerprint reader, not declined as a question with nothing of its own. "What if I don't
want to go over to the new company?" of a transfer letter is its section on objecting to the transfer, without the
letter's "Kind regards" and signature. "What's the most TOIL I can build up?" is the cap ("up to 15 hours"), and
"how long have I got to use my TOIL?" the time limit ("within three months"), not that cap. "What info does it use
about me?" is asked of information, not declined for a word no document uses. "Who are the sub-processors?" is
answered by the schedule that lists them, not by the clause that says they are "listed in Schedule 2".
"""

from __future__ import annotations

import pytest
from documents import asked_of, conversation, indexed_texts, lead, leads_with

from assistant.retrieval.expand import query_forms
from assistant.settings import Settings

DISCIPLINARY = """# Disciplinary Procedure

## 4. The hearing

4.1 The employee will be given at least 7 calendar days' written notice of a disciplinary hearing, with copies of \
the evidence the panel will consider.

4.2 The employee has the right to be accompanied at the hearing by a trade union representative or a work colleague.

4.3 If the chosen companion cannot attend the hearing, the employee may propose another date within 5 working days.

## 5. Outcomes

5.1 After the hearing the panel may (a) take no formal action, (b) issue a first written warning, which stays on \
file for 6 months, (c) issue a final written warning, which stays on file for 12 months, or (d) dismiss the employee \
with notice.

5.2 An employee found to have committed gross misconduct may be dismissed without notice.
"""

CLOCKING = """# Electronic Time and Attendance: Consultation Paper

## Background

Crews record their hours on paper timesheets, which supervisors type into the payroll system each week. From 1 \
September 2026 the council proposes to replace paper timesheets with the ClockRite electronic time and attendance \
system at both depots.

## What is proposed

Staff will clock in and out on a wall-mounted terminal using a fingerprint reader or a staff ID card.

## What the system records

The system records the time you clock in and out and which terminal you used. It does not record your location \
outside the depot.

## Your choice

Using the fingerprint reader is optional. Staff who do not want to use it can use their ID card instead and will \
not be treated less favourably for choosing the card.

## Pay and overtime

Overtime will be calculated from clocking records, rounded to the nearest 15 minutes. If you forget to clock in or \
out, your supervisor can correct the record, and you will still be paid for the hours you worked.
"""

CALLS = """# Call Recording Policy

## Speech analytics

From January 2027 speech analytics software will transcribe calls and flag calls in which a caller uses words that \
suggest a complaint. The software does not score advisers, and no decision about an adviser will be made from its \
output alone.

## Retention

Recordings are kept for 90 days and then deleted automatically.
"""

TOIL = """# Overtime and Time Off in Lieu

## Time off in lieu (TOIL)

TOIL is earned hour for hour, whatever day the extra time is worked. You can carry up to 15 hours of TOIL at any \
time. TOIL must be taken within three months of being earned, or it is lost.
"""

ROTA_GUIDE = """# RotaFlow: a staff guide

## What information it uses

RotaFlow uses your contracted hours, the availability you enter, your qualifications and training records. It does \
not use your sickness absence record or your age.

## Swapping shifts

You can ask to swap a shift with a colleague in the RotaFlow app.
"""

REPORT = """# Automation in the public sector

As noted by a reporter for the Guardian: automation will be an attractive option for public sector management after \
a report by Oxford University and Deloitte found it could shave £17bn off the public sector wage bill by 2030 (Study \
says 850,000 UK public sector jobs could be automated by 2030).

Robotic process automation was introduced by the HR team to deal with its high volume processes.
"""

PROCESSING = """# Data Processing Agreement

## 4. Sub-processors

4.1 The Processor shall not engage a Sub-processor without the prior written authorisation of the Controller. The \
Sub-processors authorised at the date of this Agreement are listed in Schedule 2.

4.2 The Processor shall give the Controller at least 30 days' written notice of any change of Sub-processor.

## 5. Audit

5.1 The Controller may audit the Processor once a year.

## Schedule 2: Authorised Sub-processors

Cloudstore UK Ltd, hosting of the Services, London, United Kingdom.

Mailwell Ltd, email and text message notifications to staff, Manchester, United Kingdom.
"""

TRANSFER = """Subject: Proposed transfer of the Leisure Service to Hamdden Enghraifft Ltd

Dear colleague,

The Cabinet has decided to transfer the Leisure Service to Hamdden Enghraifft Ltd, a company wholly owned by the \
council. The proposed transfer date is 1 April 2027.

Your terms and conditions
Your pay, hours, holiday entitlement and continuous service will transfer with you.

If you do not want to transfer
You have the right to object to the transfer. If you object, your employment will end on the transfer date and you \
will not receive a redundancy payment.

Kind regards,
Sioned Morgan
HR Business Partner
"""


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return indexed_texts(tmp_path_factory.mktemp("changes"), {
        "disciplinary.md": DISCIPLINARY, "clocking.md": CLOCKING, "calls.md": CALLS, "transfer.txt": TRANSFER,
        "toil.md": TOIL, "rota-guide.md": ROTA_GUIDE, "report.md": REPORT, "processing.md": PROCESSING,
    })


def test_what_can_happen_after_the_hearing_is_the_clause_that_opens_with_it(docs: Settings) -> None:
    leads_with(docs, "what can happen to me after the hearing?", "disciplinary", "5.1 After the hearing the panel may")


def test_what_happens_if_i_forget_is_the_sentence_that_opens_with_that(docs: Settings) -> None:
    leads_with(docs, "what happens if I forget to clock out?", "clocking", "If you forget to clock in or out")


def test_when_the_new_system_starts_is_the_date_given_of_the_system(docs: Settings) -> None:
    # (the question calls it the "clocking system", the sentence with the date only "the … system")
    answer = asked_of(docs, "when does the new clocking system start?", "clocking")
    assert not answer.abstained, answer.answer
    assert "1 September 2026" in lead(answer), answer.answer


def test_whether_it_does_a_thing_is_the_sentence_with_its_verb(docs: Settings) -> None:
    leads_with(docs, "is the speech analytics going to score me?", "calls", "The software does not score advisers")


def test_whether_it_does_a_thing_after_a_story_is_the_sentence_with_its_verb(docs: Settings) -> None:
    # (the yes/no question a story ends with is what is asked)
    leads_with(docs, "im on the phones all day and they've brought in speech analytics. is it going to score me??", "calls",
               "The software does not score advisers")


def test_whether_a_named_thing_does_it_to_me_is_the_sentence_with_its_verb(docs: Settings) -> None:
    leads_with(docs, "can the speech analytics software score me?", "calls", "The software does not score advisers")


def test_a_follow_up_with_one_word_of_its_own_is_asked_of_the_conversation(docs: Settings) -> None:
    first, then = conversation(docs, "clocking", "do I have to use the fingerprint reader?", "what's the alternative?")
    assert not first.abstained, first.answer
    assert not then.abstained, then.answer
    assert "ID card instead" in then.answer[:600], then.answer


def test_a_follow_up_is_answered_from_what_the_names_it_was_given_are_in(docs: Settings) -> None:
    # (the topic a follow-up is given, "Oxford Deloitte research…", names Oxford and Deloitte, each on its own:
    # the passage says "Oxford University and Deloitte", never "Oxford Deloitte")
    from assistant.answer.abstain import question_names

    assert question_names("and how many jobs could go? (about: Oxford Deloitte research automation)") == ("Oxford", "Deloitte")
    first, then = conversation(docs, "report", "How much did the Oxford/Deloitte research say automation could cut from the "
                               "public sector pay bill?", "and how many jobs did it say could go?")
    assert not first.abstained, first.answer
    assert not then.abstained, then.answer
    assert "850,000" in then.answer[:600], then.answer


def test_what_a_schedule_lists_is_answered_by_the_schedule_not_the_pointer_to_it(docs: Settings) -> None:
    answer = asked_of(docs, "who are the sub processors?", "processing", "rep")
    assert not answer.abstained, answer.answer
    assert "Ltd" in lead(answer), answer.answer
    first, then = conversation(docs, "processing", "who are the sub processors?", "where are they based?")
    assert "London" in lead(then) or "Manchester" in lead(then), then.answer


def test_a_definition_asked_after_stands_on_its_own() -> None:
    from assistant.retrieval.followup import resolve

    earlier = [("do I have to use the fingerprint reader?", "Using the fingerprint reader is optional.")]
    assert resolve("what is ransomware?", earlier) == "what is ransomware?"
    assert "fingerprint reader" in resolve("what's the alternative?", earlier)


def test_the_most_one_can_have_is_the_cap(docs: Settings) -> None:
    leads_with(docs, "whats the most toil i can build up", "toil", "You can carry up to 15 hours of TOIL")


def test_how_long_one_has_is_the_time_limit_not_how_much_one_may_have(docs: Settings) -> None:
    leads_with(docs, "how long have i got to use my toil?", "toil", "TOIL must be taken within three months")


def test_info_typed_short_is_information_not_a_topic_never_mentioned(docs: Settings) -> None:
    answer = asked_of(docs, "what info does rotaflow use about me", "rota-guide")
    assert not answer.abstained, answer.answer
    assert "contracted hours" in answer.answer[:600], answer.answer


def test_not_wanting_to_go_over_to_the_new_company_is_objecting_to_the_transfer(docs: Settings) -> None:
    answer = asked_of(docs, "what if I don't want to go over to the new company?", "transfer")
    assert not answer.abstained, answer.answer
    assert "You have the right to object to the transfer" in lead(answer), answer.answer
    assert "Kind regards" not in answer.answer, answer.answer


@pytest.mark.parametrize(("question", "searched_as"), [
    ("my manager says my work isn't good enough, is that disciplinary?", "capability"),
    ("they're outsourcing us, what happens to my pension?", "TUPE"),
    ("do I have to move over to the new employer?", "transfer"),
    ("how could they use new tech to squeeze more out of us?", "intensification of work"),
    ("why are they bringing in all this new tech?", "reasons factors driving"),
])
def test_everyday_words_are_searched_in_the_words_policies_use(question: str, searched_as: str) -> None:
    assert any(searched_as in form for form, _weight in query_forms(question)[1:]), query_forms(question)
