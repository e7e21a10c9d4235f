"""What the composer picks and how it frames it: abbreviations, near-miss names
and numbers, units that say nothing, and the manager's checklist only for duties."""

from __future__ import annotations

from assistant import ask
from assistant.abstain import answer_type_gap
from assistant.compose import says_something


def test_an_abbreviation_the_sources_spell_out_is_understood(corpus_settings) -> None:
    # The guide says "Joint Consultative Committees", never "JCC".
    answer = ask("Should we raise the new scanners at our JCC?", persona="manager", settings=corpus_settings)
    assert not answer.abstained
    assert "Joint Consultative Committees" in answer.answer


def test_an_abbreviation_nobody_spells_out_still_abstains(corpus_settings) -> None:
    answer = ask("What does the QZX framework require of employers?", settings=corpus_settings)
    assert answer.abstained


def test_a_person_the_capture_leaves_unnamed_is_not_invented(corpus_settings) -> None:
    # The press release prints "Minister for Social Partnership, , said:" with the name missing.
    answer = ask("Who is the Minister for Social Partnership quoted about the AI guidance?", settings=corpus_settings)
    assert answer.abstained
    assert "name" in answer.answer


def test_a_count_the_case_study_never_gives_abstains(corpus_settings) -> None:
    answer = ask("How many domiciliary care staff in Caerphilly got hand held devices?", settings=corpus_settings)
    assert answer.abstained


def test_number_words_inside_other_words_are_not_numbers() -> None:
    question = "How many carers were given devices?"
    assert answer_type_gap(question, "the potential for intrusive monitoring") == "a number"
    assert answer_type_gap(question, "ten carers were given devices") is None


def test_a_person_name_is_not_an_organisation_or_a_report_title() -> None:
    question = "What is the name of the minister who launched it?"
    common = {"managing", "technology", "people", "manages"}
    assert answer_type_gap(question, "the ‘Managing Technology that Manages People’ report", common) == "a person's name"
    assert answer_type_gap(question, "the Welsh Government and the Workforce Partnership Council", common) == "a person's name"
    assert answer_type_gap(question, "said Jon Manzoni, the then chief executive", common) is None


def test_units_that_state_nothing_are_never_statements() -> None:
    assert not says_something("1. 2.")
    assert not says_something("(Robots Lend Government a Helping Hand, Civil Service Quarterly, 2018)")
    assert says_something("Training and development is made available")


def test_a_managers_case_study_answer_is_not_dressed_up_as_duties(corpus_settings) -> None:
    facts = ask("Did anyone lose their job when Neath Port Talbot brought in RPA?", persona="manager", settings=corpus_settings)
    assert not facts.abstained
    assert "Before roll-out you must" not in facts.answer and "[ ]" not in facts.answer
    duties = ask("What must we do before introducing a new digital system?", persona="manager", settings=corpus_settings)
    assert "Before roll-out you must" in duties.answer and "- [ ] " in duties.answer


def test_a_permission_question_leads_with_the_agreement(corpus_settings) -> None:
    answer = ask("My council is bringing in software robots for HR. Can they just do that?", settings=corpus_settings)
    first = answer.answer.strip().splitlines()[0]
    assert "the following steps take place" in first
