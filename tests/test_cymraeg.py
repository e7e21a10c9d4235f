"""Cymraeg: the interface's words in both languages, questions asked in Welsh, Welsh
framing of answers, and letters in Welsh or both languages (issue 17 item 5).
The browser checks are in test_app_browser.py."""

from __future__ import annotations

import json
import re
import string

import pytest

from assistant.letters.docx import parse_markdown
from assistant.prompts import PROMPTS_DIR
from assistant.text.welsh import is_welsh, radicals, to_english
from assistant.ui.i18n import LOCALES, t
from tests.expected import FIVE_STEPS

RPA_CY = "Beth sy'n rhaid i'm cyflogwr ei wneud cyn cyflwyno RPA?"


def _fields(text: str) -> set[str]:
    return {f for _, f, _, _ in string.Formatter().parse(text) if f}


def test_every_english_string_has_a_welsh_one_with_the_same_fields() -> None:
    en = json.loads((LOCALES / "en.json").read_text(encoding="utf-8"))
    cy = json.loads((LOCALES / "cy.json").read_text(encoding="utf-8"))
    missing = sorted(k for k in en if not cy.get(k, "").strip())
    assert missing == []
    assert sorted(set(cy) - set(en)) == [], "Welsh keys with no English original"
    for key, text in en.items():
        assert _fields(cy[key]) == _fields(text), key
    # Strings that differ only where they must (names, codes) are few.
    same = [k for k in en if en[k] == cy[k]]
    assert len(same) <= 3, same


def test_every_answer_framing_and_the_letter_have_a_welsh_template() -> None:
    english = [p for p in PROMPTS_DIR.rglob("*.md.j2") if ".cy." not in p.name]
    for template in english:
        if template.name == "checklist.md.j2":
            continue  # the checklist quotes its steps in English; its page labels are translated
        welsh = template.with_name(template.name.replace(".md.j2", ".cy.md.j2"))
        assert welsh.exists(), f"no Welsh version of {template.relative_to(PROMPTS_DIR)}"


def test_every_kind_of_fact_a_declined_answer_names_is_said_in_welsh_too() -> None:
    from assistant.answer.abstain import _ANSWER_TYPES

    welsh = (PROMPTS_DIR / "abstain.cy.md.j2").read_text(encoding="utf-8")
    missing = sorted({what for _q, _e, what in _ANSWER_TYPES if f'"{what}":' not in welsh})
    assert not missing, f"abstain.cy.md.j2 has no Welsh for {missing}"


@pytest.mark.parametrize(
    "question",
    [
        RPA_CY,
        "A all fy nghyflogwr fy olrhain gyda'r ap ar fy ffôn gwaith?",
        "Pa hyfforddiant sydd ar gael pan fydd technoleg newydd yn cael ei chyflwyno?",
        "Oes rhaid i'r cyngor ymgynghori â'r undebau llafur cyn defnyddio deallusrwydd artiffisial?",
        "A allan nhw recordio fy sgrin?",
        # "Ga i…?", "â", "arna i", and a mutated function word ("ddod" is "dod")
        "Ga i ddod â chynrychiolydd undeb i'r cyfarfod?",
        "Oes angen nodyn meddyg arna i?",
    ],
)
def test_questions_in_welsh_are_recognised(question: str) -> None:
    assert is_welsh(question)


@pytest.mark.parametrize(
    "question",
    [
        "What must my employer do before introducing RPA?",
        "What does the Senedd say about a cwtch at work?",
        "Can Cardiff council track me with GPS?",
        "Is the rota data used by a robot?",
        "Diolch",
        "Can I bring all of my notes to the meeting?",  # "all" is no mutated "gall"
        "Do they read my emails at work?",
    ],
)
def test_english_with_a_welsh_word_is_english(question: str) -> None:
    assert not is_welsh(question)


def test_a_welsh_question_is_searched_in_english_words() -> None:
    assert to_english(RPA_CY) == "what must employer do before introducing RPA"
    # A mutated word is found from its radical form: nghyflogwr, gyflogwr, chyflogwr → cyflogwr.
    for mutated in ("nghyflogwr", "gyflogwr", "chyflogwr"):
        assert "cyflogwr" in radicals(mutated)
        assert to_english(f"fy {mutated}") == "employer"
    assert to_english("undebau llafur a hyfforddiant") == "trade unions training"
    # What a privacy notice or a monitoring policy is asked about.
    assert to_english("Am faint maen nhw'n cadw lluniau CCTV?") == "how long keep images pictures photos footage CCTV"
    assert to_english("A allan nhw recordio fy sgrin?") == "record recording screen"


def test_a_question_in_welsh_gets_the_five_steps_quoted_in_english_with_welsh_framing(kb, corpus_settings) -> None:
    from assistant.service import ask

    answer = ask(RPA_CY, "worker", settings=corpus_settings, kb=kb)
    assert not answer.abstained
    for step in FIVE_STEPS:
        assert step.lower() in answer.answer.lower()
    assert "Beth mae hyn yn ei olygu i chi" in answer.answer and "What this means for you" not in answer.answer
    assert answer.notice and "Saesneg" in answer.notice and "yn Gymraeg" in answer.notice
    assert answer.searched == "what must employer do before introducing RPA"


def test_a_manager_asking_in_welsh_gets_the_checklist_framing_in_welsh(kb, corpus_settings) -> None:
    from assistant.service import ask

    answer = ask("Beth sy'n rhaid i ni ei wneud cyn cyflwyno technoleg ddigidol newydd?", "manager", settings=corpus_settings, kb=kb)
    assert not answer.abstained
    assert answer.answer.startswith("**Cyn ei gyflwyno, rhaid i chi…**")


def test_a_question_the_documents_dont_answer_abstains_in_welsh(kb, corpus_settings) -> None:
    from assistant.service import ask

    answer = ask("Beth yw'r tywydd yng Nghaerdydd yfory?", "worker", settings=corpus_settings, kb=kb)
    assert answer.abstained
    assert answer.answer.startswith("**Nid yw’r dogfennau sydd gennyf yn ateb hyn.**")


def test_a_welsh_question_about_words_the_glossary_lacks_is_checked_for_them(kb, corpus_settings) -> None:
    from assistant import ask

    # "Must I wear a uniform?": the glossary knows only "rhaid" (must), and the question had been
    # searched as "must" alone and answered with whatever a duty says.
    answer = ask("oes rhaid i mi wisgo iwnifform?", "worker", settings=corpus_settings, kb=kb)
    assert answer.abstained, answer.answer
    assert "Nid ydynt yn sôn am wisgo, iwnifform" in answer.answer


def test_the_welsh_interface_frames_an_english_question_in_welsh(kb, corpus_settings) -> None:
    from assistant.service import ask

    answer = ask("What must my employer do before introducing RPA?", "rep", settings=corpus_settings, kb=kb, lang="cy")
    assert answer.answer.startswith("**Pwyntiau i’w codi yn yr ymgynghoriad**")
    assert answer.notice is None  # asked in English: nothing was translated for the search


def test_a_letter_in_welsh_and_in_both_languages(kb, corpus_settings, tmp_path) -> None:
    from assistant.letters.letter import check_draft, draft_letter, letter_input

    letter = draft_letter(letter_input("Cyngor Sir Enghraifft", "sgwrsfot AI", rep="Siân", ai="yes"), kb, corpus_settings)
    cy = letter.to_markdown("cy")
    assert cy.startswith("# Cais am ymgynghoriad: sgwrsfot AI")
    assert "**Ymgynghori’n gynnar.**" in cy and "Yn gywir," in cy
    # The footnotes quote the sources as they are written, in English.
    assert re.search(r"\[\^cy\d+\]: “Employers consult trade unions at an early stage", cy)
    assert check_draft(cy) == []
    both = letter.to_markdown("both")
    assert both.index("Cais am ymgynghoriad") < both.index("Request for consultation"), "Welsh first"
    blocks, notes = parse_markdown(both)
    assert len(notes) == 2 * len(letter.notes)  # each letter keeps its own notes
    assert check_draft(both) == []
    # A Welsh step the rep rewrites is no longer the checked wording: the check says so.
    edited = cy.replace("Sicrhau bod hyfforddiant a datblygu ar gael i staff.", "Rhoi gwyliau ychwanegol i bawb.")
    assert any("no longer supported" in p for p in check_draft(edited))
    path = letter.to_docx(tmp_path / "llythyr.docx", "cy")
    import docx

    text = "\n".join(p.text for p in docx.Document(str(path)).paragraphs)
    assert "Cais am ymgynghoriad" in text and "Annwyl gydweithwyr" in text


def test_t_falls_back_to_english_and_fills_fields() -> None:
    assert t("cy", "answer.more", n=3) == "Rhagor o’r dogfennau (3)"
    assert t("xx", "ask") == "Ask"


def test_a_welsh_decline_says_why_in_welsh() -> None:
    from assistant.prompts import render

    # The reason is data (`Verdict.why`, `.what`), said in the framing's language.
    said = render("abstain.md.j2", lang="cy", reason="They don't give a date for this.", nearest=[], scoped=1,
                  why="no_fact", what="a date")
    assert said.startswith("**Nid yw’r ddogfen a ddewisoch yn ateb hyn.** Nid ydynt yn rhoi dyddiad ar gyfer hyn."), said
    said = render("abstain.md.j2", lang="cy", reason="They have no clause 12.4.", nearest=[], scoped=1,
                  why="no_clause", what="clause 12.4")
    assert "Nid oes cymal 12.4 ynddynt." in said, said
    assert "They" not in said


def test_a_decline_in_the_welsh_interface_gives_its_reason(corpus_settings) -> None:
    from assistant import ask

    answer = ask("what is the weather in Cardiff?", settings=corpus_settings, lang="cy")
    assert answer.abstained
    assert "Does dim byd ynddynt yn agos at y cwestiwn hwn." in answer.answer or "Nid ydynt yn sôn am" in answer.answer, answer.answer
