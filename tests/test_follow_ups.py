"""Follow-ups without a model, what else the documents say kept apart from the
answer, and a question about something the sources never mention declined."""

from __future__ import annotations

from assistant import ask
from assistant.retrieval.followup import is_follow_up, resolve
from assistant.ui.render import Turn, answer_html, sources_html

EARLIER = [("What must my employer do before introducing RPA?", "…")]


def test_a_follow_up_takes_the_topic_of_the_question_before() -> None:
    assert resolve("and what about training?", EARLIER) == "and what about training? (about: employer introducing RPA)"
    assert resolve("does that include schools?", EARLIER).endswith("(about: employer introducing RPA)")


def test_a_follow_up_carries_what_the_question_before_was_about_not_what_it_asked() -> None:
    resolved = resolve("what happens now it's out?", [("Who wrote the WPC guidance on using AI at work?", "")])
    assert "WPC guidance" in resolved and "wrote" not in resolved
    resolved = resolve("and why?", [("Which offices got the new laptops first?", "")])
    assert "laptops" in resolved and "offices" not in resolved
    # "What must my employer do…?" asks about the employer's duties: the employer stays.
    assert resolve("and what about training?", EARLIER).endswith("(about: employer introducing RPA)")


def test_a_follow_up_naming_only_another_case_asks_the_same_kind_of_thing() -> None:
    # "and everyone else?" after a "when" question asks when, too: the Sources panel shows it searched that way
    resolved = resolve("and everyone else?", [("when does social services get copilot", "")])
    assert resolved.startswith("and everyone else, when? (about: social services copilot")
    assert resolve("and the post room?", [("where is the drop-in session?", "")]).startswith("and the post room, where?")
    # (a "what" or "how much" question's kind is in the words its topic carries: "and sunday?" after "what's the
    # saturday rate?" stays as typed)
    assert resolve("and sunday?", [("what's the saturday rate?", "")]) == "and sunday? (about: saturday rate)"


def test_a_longer_follow_up_that_names_nothing_of_its_own_still_leans_on_the_conversation() -> None:
    earlier = [("How many councils and health boards have signed the Digital Inclusion Charter?", "")]
    resolved = resolve("which health board was it, and what did it agree to try out?", earlier)
    assert resolved.endswith("Digital Inclusion Charter)")
    # One that names what it is about stands alone.
    assert not is_follow_up("Is it true that robots will replace admin staff in Cardiff councils?")


def test_a_question_that_stands_alone_is_left_as_asked() -> None:
    assert not is_follow_up("How many households did Neath Port Talbot contact about the Safe and Well service?")
    assert resolve("What is the name of the HR robot at Neath Port Talbot?", EARLIER) == (
        "What is the name of the HR robot at Neath Port Talbot?"
    )
    assert resolve("and what about training?", []) == "and what about training?"


def test_a_follow_up_wants_the_kind_of_answer_its_own_words_ask_for() -> None:
    # The topic carried over from "What was the depot scheme called?" says what the
    # follow-up is about, not that it wants a name: a fact that answers "which depots?"
    # is not declined for lacking one, while the follow-up "what was it called?" still is.
    from assistant.answer.abstain import answer_type_gap

    history = [("What was the depot rota scheme called when it started?", "…")]
    evidence = "Depots outside the city joined the rota first, because their shifts were smaller."
    which = resolve("and which depots joined first?", history)
    assert "called" in which  # the topic came with it
    assert answer_type_gap(which, evidence) is None
    assert answer_type_gap(resolve("and what was it called later?", history), evidence) == "a name"


def test_how_long_or_how_much_is_the_form_of_a_question_not_its_topic() -> None:
    assert resolve("who can look at them?", [("how long are the records kept?", "")]) == (
        "who can look at them? (about: records kept)"
    )
    assert resolve("what about emails?", [("how often are the records reviewed?", "")]).endswith("(about: records reviewed)")


def test_an_earlier_follow_up_is_resolved_first() -> None:
    history = [*EARLIER, ("and what about training?", "…")]
    assert resolve("who pays for it?", history) == "who pays for it? (about: training employer introducing RPA)"


def test_the_offline_answer_to_a_follow_up_searches_the_resolved_question(corpus_settings) -> None:
    answer = ask("and what about training?", history=EARLIER, settings=corpus_settings)
    assert answer.searched == "and what about training? (about: employer introducing RPA)"
    alone = ask("and what about training?", settings=corpus_settings)
    assert alone.searched is None


def test_more_from_the_documents_is_apart_from_the_answer_and_collapsed(corpus_settings) -> None:
    answer = ask("can my boss track me with the app on my work phone?", settings=corpus_settings)
    assert not answer.abstained and answer.more
    for c in answer.more:
        assert c.quoted() not in answer.answer  # never in the answer body
    html = answer_html(answer, 0)
    assert '<details class="llais-more"><summary>More from the documents' in html
    sources = sources_html([Turn(answer.question, answer)], lambda _d: None)
    assert all(sources.count(f'id="src-0-{c.n}"') == 1 for c in [*answer.citations, *answer.more])  # one card per [n]


def test_a_question_about_something_the_sources_never_mention_is_declined_without_unrelated_text(
    corpus_settings,
) -> None:
    # "Cardiff" is in the documents; the weather is not.
    answer = ask("what is the weather in Cardiff?", settings=corpus_settings)
    assert answer.abstained
    assert "don't mention weather" in answer.answer
    assert not answer.citations, "no 'nearest' text about something else"


def test_what_something_cost_is_a_sum_of_money_not_any_figure(corpus_settings) -> None:
    # The sources give the chatbots' conversations and accuracy ("90%"), never a cost.
    answer = ask("How much did the chatbot cost?", settings=corpus_settings)
    assert answer.abstained
    assert "don't give an amount of money" in answer.answer
    assert "90% accuracy" in answer.answer, "the nearest text, marked as such"


def test_a_question_the_sources_report_is_shown_with_its_answer(corpus_settings) -> None:
    # '"Am I going to lose my job?" was a common question.' ends a chunk; the answer opens the next.
    from assistant import ask

    answer = ask(
        "did anyone lose their job over it?",
        history=[("What did the staff at Neath Port Talbot name their RPA robot?", "")],
        settings=corpus_settings,
    )
    first = answer.answer.lstrip().splitlines()[0]
    if "Am I going to lose my job?" in first:
        assert "no compulsory redundancy" in first
    else:
        assert "compulsory redundanc" in answer.answer


def test_a_reported_question_shown_as_a_point_comes_with_its_answer_too(corpus_settings) -> None:
    from assistant import ask

    answer = ask("Did anyone lose their job when Neath Port Talbot brought in RPA?", settings=corpus_settings)
    for line in answer.answer.splitlines():
        if "Am I going to lose my job?" in line:
            assert "compulsory redundancy" in line, line
