"""Policies and procedures, asked about the way staff ask.

What a user sees: "can I use ChatGPT for work?" is answered by the rule that free public tools must not be used,
not by the policy's opening line that says what the policy is about ("This policy sets out how staff may use
generative AI tools, such as … ChatGPT…"); "what does the policy cover?" still gets that line. "Will I be paid
extra for doing the training?" of a policy that never speaks of pay is declined, as is "do I get paid for working
from home?" of one that doesn't, while "will I still be paid?" of a sickness FAQ that does is answered. "Can I keep
recording all shift?" is "Do not record continuously", and "when do I have to switch the camera on?" is the step
that says when to start recording. "Which unions are recognised?" of an agreement is the line of names under its
heading "Schedule 1: Recognised trade unions", not the clause that says the Board recognises "the Unions". "What
sort of questions does the HR chatbot answer?" is the sentence that names them ("…common questions on annual leave
and flexible working"), not the one that only speaks of questions.
"""

from __future__ import annotations

import pytest
from documents import asked_of, indexed_texts, lead, leads_with

from assistant.settings import Settings

AI_POLICY = """# Generative AI Use Policy

## Purpose

This policy sets out how staff may use generative artificial intelligence tools, such as Microsoft Copilot and \
ChatGPT, in their work for the Council. It applies to all employees and agency workers.

## Approved tools

Microsoft Copilot, used while signed in with a council account, is the only approved generative AI tool. Free \
public tools, including ChatGPT and Gemini, must not be used for council work.

## Training

Before using Copilot, staff must complete the 45-minute e-learning module Using AI Safely on the Learning Hub.
"""

CAMERAS = """BODY WORN VIDEO PROCEDURE

WHEN TO RECORD
Step 1. Before a patrol, sign out a camera from the depot and check that it is charged.
Step 2. Start recording when a member of the public becomes abusive or threatening, and say out loud that \
recording has started.
Step 3. Do not record continuously. Cameras must not be used in toilets or changing rooms.
Step 4. At the end of the patrol, return the camera to its dock.
"""

RECOGNITION = """# Recognition Agreement

## 1. Recognition

1.1 The Board recognises the Unions for the purposes of collective bargaining on pay, terms and conditions.

1.2 The Board will not recognise any other trade union without consulting the Partnership Forum.

## 2. Time off

2.1 An accredited representative is entitled to reasonable paid time off for union duties.

## Schedule 1: Recognised trade unions

UNISON, Royal College of Nursing, Unite, GMB, British Medical Association.
"""

CHATBOT = """# Ask HR

In a similar vein, the HR team are piloting the introduction of chat bot. The staff programme the chat bot with \
common questions and answers. This tool can provide automated responses to common queries. Currently it is \
programmed to answer common questions on annual leave and flexible working. As new questions arrive, new answers \
are prepared.
"""

SICKNESS = """# Sickness absence questions

## Will I still be paid?

Occupational sick pay depends on your length of service. In your first year you get one month's full pay and two \
months' half pay.

## Who do I tell?

Phone your line manager before 9am on your first day of absence.
"""


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return indexed_texts(tmp_path_factory.mktemp("policies"), {
        "ai-policy.md": AI_POLICY, "cameras.txt": CAMERAS, "sickness.md": SICKNESS, "recognition.md": RECOGNITION,
        "chatbot.md": CHATBOT,
    })


def test_the_rule_answers_not_the_line_that_says_what_the_policy_is_about(docs: Settings) -> None:
    leads_with(docs, "can i use chatgpt for work?", "ai-policy", "Free public tools, including ChatGPT")


def test_asked_what_the_policy_covers_that_line_answers(docs: Settings) -> None:
    leads_with(docs, "what does the policy cover?", "ai-policy", "This policy sets out how staff may use")


@pytest.mark.parametrize("question", ["will I be paid extra for doing the AI training?", "do I get paid for using copilot?"])
def test_whether_it_is_paid_is_declined_of_a_policy_that_never_speaks_of_pay(docs: Settings, question: str) -> None:
    answer = asked_of(docs, question, "ai-policy")
    assert answer.abstained, answer.answer
    assert "pay" in answer.answer.split("\n")[0], answer.answer


def test_whether_it_is_paid_is_answered_where_the_document_speaks_of_pay(docs: Settings) -> None:
    answer = asked_of(docs, "will i still get paid if im off sick?", "sickness")
    assert not answer.abstained, answer.answer
    assert "full pay" in answer.answer[:600], answer.answer


def test_all_shift_is_continuously(docs: Settings) -> None:
    answer = asked_of(docs, "can i keep recording all shift?", "cameras")
    assert not answer.abstained, answer.answer
    assert "Do not record continuously" in lead(answer), answer.answer


def test_switching_the_camera_on_is_starting_to_record(docs: Settings) -> None:
    answer = asked_of(docs, "when do I have to switch the camera on?", "cameras")
    assert not answer.abstained, answer.answer
    assert "Start recording when a member of the public becomes abusive" in answer.answer[:600], answer.answer


def test_which_unions_is_the_line_of_names_under_its_heading(docs: Settings) -> None:
    answer = asked_of(docs, "which unions are recognised?", "recognition")
    assert not answer.abstained, answer.answer
    assert "UNISON, Royal College of Nursing, Unite" in lead(answer), answer.answer


def test_what_sort_of_questions_is_the_sentence_that_names_them(docs: Settings) -> None:
    answer = asked_of(docs, "what sort of questions does the HR chatbot answer?", "chatbot")
    assert not answer.abstained, answer.answer
    first_line = answer.answer.split("\n")[0]
    assert "common questions on annual leave and flexible working" in first_line, answer.answer
