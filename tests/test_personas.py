"""Personas keep to the question: roll-out questions get the obligations the
checklist has, framed for each persona; the facts and citations stay quotes."""

from __future__ import annotations

from assistant import ask
from assistant.letters.duties import applies

STEPS = ("consult trade unions at an early stage", "early notice of any intentions to restructure")


def test_a_managers_roll_out_question_gets_the_steps_as_a_checklist(corpus_settings) -> None:
    answer = ask("what do I have to do before rolling out an AI chatbot?", persona="manager", settings=corpus_settings)
    assert not answer.abstained
    assert answer.answer.lstrip().startswith("**Before roll-out you must…**")
    for step in STEPS:
        assert step in answer.answer
    assert "- [ ] " in answer.answer
    assert "human oversight" in answer.answer, "an AI roll-out also gets the WPC AI guidance"
    assert answer.more, "what the composer found for the question is kept under More"


def test_a_roll_out_without_ai_gets_no_ai_guidance(corpus_settings) -> None:
    answer = ask("What must we do before introducing a new digital system?", persona="manager", settings=corpus_settings)
    assert all(step in answer.answer for step in STEPS)
    assert "human oversight" not in answer.answer


def test_a_reps_in_writing_question_gets_the_points_to_put_to_the_employer(corpus_settings) -> None:
    answer = ask(
        "what should I ask for in writing about a new shift allocation algorithm?", persona="rep", settings=corpus_settings
    )
    assert answer.answer.lstrip().startswith("**Points to raise in consultation**")
    assert all(step in answer.answer for step in STEPS)
    assert "**Ask for in writing:**" in answer.answer


def test_asked_whether_they_may_do_an_act_the_steps_never_name_what_the_documents_say_of_it_comes_first(
    corpus_settings,
) -> None:
    # "Can my boss track me…?": the steps are the same for any new technology and never speak of tracking
    # (nor of surveillance or monitoring, the words it is searched as); the sentence that does answers first,
    # and the steps follow it.
    answer = ask("can my boss track me with the app on my work phone?", settings=corpus_settings)
    body = answer.answer
    assert body.lstrip().startswith("Limitations to employers surveillance of workers"), body[:200]
    assert all(step in body for step in STEPS)
    assert body.index("surveillance of workers") < body.index("**And for any new technology:**") < body.index(STEPS[0])
    assert "also say, on what you asked" not in body, "said once, first"
    assert [c.n for c in answer.citations][:1] == [1] and "surveillance" in answer.citations[0].quoted()
    shown = {c.chunk_id for c in answer.citations}
    assert not any(c.chunk_id in shown for c in answer.more), "not repeated under More"


def test_asked_whether_they_must_do_what_a_step_says_the_steps_come_first(corpus_settings) -> None:
    # "Do they have to ask us first?": asking is consulting, which the first step says; what the documents
    # say of the thing brought in (robots for HR) is set apart after the steps.
    answer = ask(
        "my manager says robots r coming for our HR admin next month lol. do they have to ask us first",
        settings=corpus_settings,
    )
    body = answer.answer
    assert body.lstrip().startswith("At a national level, trade unions have negotiated an agreement")
    assert body.index("ensure workers are kept informed") < body.index("**The documents also say, on what you asked:**")
    assert "**And for any new technology:**" not in body


def test_asked_whether_they_must_do_one_step_that_step_comes_first(corpus_settings) -> None:
    # "Do they have to train me…?": the step that says training, first under the agreement's intro; the others follow
    # in the agreement's order.
    answer = ask("do they have to train me on the new system?", settings=corpus_settings)
    items = [line for line in answer.answer.splitlines() if line.startswith("- ")]
    assert items[0].startswith("- Training and development is made available"), answer.answer
    assert STEPS[0] in items[1] and STEPS[1] in items[2], answer.answer


def test_a_roll_out_question_about_nothing_in_particular_gets_the_steps_alone(corpus_settings) -> None:
    answer = ask("What must we do before introducing a new digital system?", persona="manager", settings=corpus_settings)
    assert "also say, on what you asked" not in answer.answer


def test_every_statement_of_the_obligations_answer_is_a_cited_quote(corpus_settings) -> None:
    answer = ask("what do I have to do before rolling out an AI chatbot?", persona="manager", settings=corpus_settings)
    for c in answer.citations:
        for a, b in c.highlights:
            assert c.passage[a - c.start : b - c.start] in answer.answer


def test_only_roll_out_questions_are_answered_this_way() -> None:
    assert applies("what do I have to do before rolling out an AI chatbot?", "manager")
    assert applies("My council is bringing in software robots for HR. Can they just do that?", "worker")
    assert applies("my manager says robots r coming for our HR admin next month lol. do they have to ask us first", "worker")
    # Putting a technology to a new use is introducing it, however it is said.
    assert applies("Can my employer use AI to decide who gets made redundant?", "worker")
    assert applies("can they use cameras to watch us?", "worker")
    assert applies("can my boss track me with the app on my work phone?", "worker")
    assert not applies("can my boss track my holiday requests?", "worker")
    assert applies("Do I have a right to be told if an algorithm is used to judge my performance?", "worker")
    assert not applies("how does the council use AI?", "worker")  # asks how, not whether they may
    assert not applies("what should I ask for in writing about the new rota app?", "worker")
    # What someone else needs ("what training do reps need…?") is not whether the employer may go ahead.
    assert not applies("What training do reps need to keep tabs on new digital tech?", "worker")
    assert not applies("What training do reps need to keep tabs on new digital tech?", "manager")
    assert applies("What steps must we take before introducing a new rota app?", "manager")
    assert applies("what must employer do before introducing RPA", "manager")  # Welsh, said in English words
    assert applies("are they allowed to bring in new software without telling us?", "worker")
    assert applies("does the council have to consult us before a new system?", "worker")
    assert not applies("How many households did Neath Port Talbot contact?", "manager")
    assert not applies("Did anyone lose their job when Neath Port Talbot brought in RPA?", "manager")


def test_a_kind_filter_holds_for_the_obligations_answer_too(corpus_settings) -> None:
    answer = ask(
        "What must we do before introducing a new digital system?", persona="manager", kinds=("report",),
        settings=corpus_settings,
    )
    assert {c.kind for c in answer.citations} <= {"report"}
    assert {c.kind for c in answer.more} <= {"report"}


def test_a_fact_question_from_a_manager_or_rep_starts_with_the_answer_not_a_heading(corpus_settings) -> None:
    question = "What did the staff at Neath Port Talbot name their RPA robot?"
    worker = ask(question, persona="worker", settings=corpus_settings)
    for persona in ("manager", "rep"):
        answer = ask(question, persona=persona, settings=corpus_settings)
        assert not answer.abstained
        first_line = answer.answer.lstrip().splitlines()[0]
        assert not first_line.startswith("**"), f"{persona}: {first_line}"
        assert first_line.split(" [")[0] == worker.answer.lstrip().splitlines()[0].split(" [")[0]
        assert "- [ ] " not in answer.answer and "**Ask for in writing:**" not in answer.answer
        assert [c.chunk_id for c in answer.citations] == [c.chunk_id for c in worker.citations]


def test_the_framing_follows_what_is_asked_not_only_who_asks() -> None:
    from assistant.answer.framing import persona_frames

    assert persona_frames("manager", "what do I have to do before rolling out an AI chatbot?")
    assert persona_frames("manager", "What must we do before introducing a new digital system?")
    assert persona_frames("rep", "what should I ask for in writing about a new shift allocation algorithm?")
    assert persona_frames("rep", "my council is bringing in software robots for HR - can they just do that?")
    assert persona_frames("manager", "Should we raise the new scanners at our JCC?")  # what our side must do
    # A question about a party of a document, or a plain fact, is answered plainly.
    assert not persona_frames("manager", "Do any of the obligations continue after the agreement ends?")
    assert not persona_frames("rep", "Is the receiving party allowed to make copies of the confidential information?")
    assert not persona_frames("manager", "What steps does the website take to protect my data?")
    assert not persona_frames("rep", "How many households did Neath Port Talbot contact?")
    assert persona_frames("worker", "How many households did Neath Port Talbot contact?")
    assert not persona_frames("rep", "when do we need to get agenda items in?")  # a fact, though "we need to"
    assert not persona_frames("manager", "who has to sign off the risk assessment?")
    assert not persona_frames("rep", "were the unions consulted?")  # what was done, not what to raise
    # Consultants are people, not consulting; and what the asker must do themself is no point to raise.
    assert not persona_frames("rep", "Can the receiving party share confidential information with consultants?")
    assert not persona_frames("rep", "Do I need to consent before the website collects my data?")
    assert not persona_frames("rep", "What should I do if I want to opt out?")
    assert persona_frames("rep", "should we be consulted before the new system comes in?")


def test_a_plain_answer_keeps_to_the_workers_ceiling_whoever_asks(corpus_settings) -> None:
    question = "What was the Welsh Government laptop project called when it was launched to staff?"
    answer = ask(question, persona="manager", settings=corpus_settings)
    points = [line for line in answer.answer.splitlines() if line.startswith(("- ", "1. ", "2. ", "3. ", "4. "))]
    assert len(points) <= 3, points  # the lead and at most 3 points; the rest is under More
    assert answer.more


def test_a_manager_asking_about_chosen_documents_is_not_sent_to_other_ones(corpus_settings) -> None:
    question = "How many households did Neath Port Talbot contact?"
    hint = "For the steps an employer must take before introducing new technology"
    assert hint in ask(question, persona="manager", settings=corpus_settings).answer
    scoped = ask(question, persona="manager", doc_ids=("wpc-future-of-work-innovative-technology-report",), settings=corpus_settings)
    assert not scoped.abstained and hint not in scoped.answer
