"""Questions typed the way people type: chat shorthand is searched in full words,
and nothing that only looks like shorthand (a clause letter, an acronym) changes."""

from __future__ import annotations

from assistant.text.chat import plain


def test_chat_shorthand_is_searched_in_full_words() -> None:
    assert plain("what r staff worried abt with new tech (wpc)") == "what are staff worried about with new tech (wpc)"
    assert plain("what does my employer hav to do b4 bringing in RPA??") == "what does my employer have to do before bringing in RPA??"
    assert plain("robots r coming for our HR admin lol. do they have to ask us first") == (
        "robots are coming for our HR admin. do they have to ask us first"
    )


def test_clause_letters_acronyms_and_plain_questions_are_left_alone() -> None:
    for question in ("What does clause 4.2 (r) say?", "Is section 3(n) relevant?", "R&D spending in the U.K.",
                     "What must my employer do before introducing RPA?"):
        assert plain(question) == question


def test_the_sources_panel_shows_the_question_as_searched(corpus_settings) -> None:
    from assistant import ask

    answer = ask("what r staff worried abt with new tech (wpc)", settings=corpus_settings)
    assert answer.question == "what r staff worried abt with new tech (wpc)"
    assert answer.searched == "what are staff worried about with new tech (wpc)"
