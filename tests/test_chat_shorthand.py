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


def test_words_typed_short_are_searched_in_full() -> None:
    assert plain("what info does it use about me") == "what information does it use about me"
    assert plain("how many hrs notice, and who in the dept decides") == "how many hours notice, and who in the department decides"


def test_contractions_typed_without_their_apostrophe_are_said_in_full() -> None:
    assert plain("im a lone worker, r they tracking my phone") == "I am a lone worker, are they tracking my phone"
    assert plain("wots the notice period, dont they have to tell us") == "what is the notice period, do not they have to tell us"
    assert plain("IM chats") == "IM chats"  # capitalised: an acronym, left alone


def test_a_misspelt_topic_the_sources_dont_have_is_still_not_covered(corpus_settings) -> None:
    from assistant import ask

    # "wether" is one letter from "whether", which the sources use: the thing asked about
    # must be there as written, so a typo tolerance doesn't answer it with Cardiff's laptops.
    assert ask("what is the wether in Cardiff?", settings=corpus_settings).abstained


def test_clause_letters_acronyms_and_plain_questions_are_left_alone() -> None:
    for question in ("What does clause 4.2 (r) say?", "Is section 3(n) relevant?", "R&D spending in the U.K.",
                     "What must my employer do before introducing RPA?"):
        assert plain(question) == question


def test_the_sources_panel_shows_the_question_as_searched(corpus_settings) -> None:
    from assistant import ask

    answer = ask("what r staff worried abt with new tech (wpc)", settings=corpus_settings)
    assert answer.question == "what r staff worried abt with new tech (wpc)"
    assert answer.searched == "what are staff worried about with new tech (wpc)"


def test_filler_words_of_typed_questions_match_nothing(corpus_settings) -> None:
    from assistant import ask

    # "actually" would be searched as "actual" and match "the actual journeys taken".
    assert plain("has any council actually used robots? please") == "has any council used robots?"
    answer = ask("has any council in wales actually used robots?", settings=corpus_settings)
    assert "actual journeys" not in answer.answer.split("\n")[0]
