"""A policy written in Welsh, asked about in Welsh.

What a user sees: "faint o ddyddiau sydd rhaid i mi fod yn y swyddfa?" of a Welsh
policy is answered by its clause ("3.1 Disgwylir i staff hybrid weithio yn y swyddfa o
leiaf dau ddiwrnod yr wythnos."), quoted in Welsh, with a note (in Welsh) that the Welsh
documents were searched in the question's words. A question the policy doesn't answer is
declined in Welsh, naming the words it lacks. English documents beside it are still
searched in English.
"""

from __future__ import annotations

import pytest
from documents import facilities_md, indexed_alone, welsh_policy_md

from assistant.models import Answer
from assistant.retrieval.welsh_docs import forms
from assistant.settings import Settings

POLICY = "polisi-gweithio-hybrid"


@pytest.fixture(scope="module")
def welsh_and_english(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    root = tmp_path_factory.mktemp("welsh-docs")
    docs = root / "docs"
    docs.mkdir()
    settings = indexed_alone(root, [welsh_policy_md(docs / f"{POLICY}.md"), facilities_md(docs / "facilities.md")])
    return settings


def _ask(settings: Settings, question: str, doc_ids: tuple[str, ...] = ()) -> Answer:
    from assistant.service import ask

    return ask(question, "worker", doc_ids=doc_ids, settings=settings)


def _lead(answer: Answer) -> str:
    return answer.answer.split(" [")[0].strip()


def test_a_welsh_question_of_a_welsh_policy_is_answered_from_its_clause(welsh_and_english: Settings) -> None:
    days = _ask(welsh_and_english, "faint o ddyddiau sydd rhaid i mi fod yn y swyddfa?", (POLICY,))
    assert _lead(days) == "3.1 Disgwylir i staff hybrid weithio yn y swyddfa o leiaf dau ddiwrnod yr wythnos.", days.answer
    assert days.notice is not None and "chwiliwyd y dogfennau Cymraeg" in days.notice
    assert [c.doc_id for c in days.citations] == [POLICY]
    # "pa mor hir" asks for a length of time, and "o fewn 28 diwrnod" is one.
    reply = _ask(welsh_and_english, "pa mor hir sydd gan fy rheolwr i ymateb i fy nghais?", (POLICY,))
    assert _lead(reply).startswith("2.2 Rhaid i reolwyr ystyried pob cais ac ymateb yn ysgrifenedig o fewn 28 diwrnod"), reply.answer


def test_a_mutated_word_finds_the_form_the_policy_uses(welsh_and_english: Settings) -> None:
    # "fy nghyfrifiadur" (my computer) is "eich cyfrifiadur" in the policy.
    answer = _ask(welsh_and_english, "ydyn nhw'n monitro fy nghyfrifiadur?", (POLICY,))
    assert _lead(answer).startswith("5.1 Ni fydd y Cyngor yn defnyddio meddalwedd i fonitro"), answer.answer
    assert {"nghyfrifiadur", "gyfrifiadur", "chyfrifiadur"} <= forms("cyfrifiadur")
    assert "cyfrifiadur" in forms("nghyfrifiadur")


def test_with_every_document_searched_the_welsh_one_answers_what_the_glossary_cannot_say(welsh_and_english: Settings) -> None:
    # The glossary has no "talu" or "band eang": searched in English as "who", it was answered by a
    # line naming the Cabinet.
    answer = _ask(welsh_and_english, "pwy sy'n talu am y band eang?")
    assert _lead(answer) == "4.2 Ni fydd y Cyngor yn talu am eich band eang na'ch trydan.", answer.answer
    # A question about the English agreement is still searched, and answered, in English.
    emails = _ask(welsh_and_english, "ydyn nhw'n darllen ein e-byst undeb?")
    assert "will not monitor the content of union emails" in _lead(emails), emails.answer
    assert emails.notice is not None and "chwiliwyd am" in emails.notice


def test_what_a_welsh_policy_does_not_say_is_declined_in_welsh(welsh_and_english: Settings) -> None:
    leave = _ask(welsh_and_english, "faint o wyliau blynyddol sydd gen i?", (POLICY,))
    assert leave.abstained
    assert leave.answer.startswith("**Nid yw’r ddogfen a ddewisoch yn ateb hyn.**"), leave.answer
    assert "wyliau" in leave.answer and "blynyddol" in leave.answer


def test_what_changed_between_two_welsh_versions_is_said_in_welsh(tmp_path) -> None:  # tmp_path: Path
    from documents import WELSH_HYBRID_POLICY

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "polisi-2026.md").write_text(WELSH_HYBRID_POLICY, encoding="utf-8")
    draft = (WELSH_HYBRID_POLICY.replace("Cymeradwywyd gan y Cabinet, Mehefin 2026.", "Fersiwn 2, DRAFFT ar gyfer ymgynghori.")
             .replace("dau ddiwrnod yr wythnos", "tri diwrnod yr wythnos")
             .replace("Ni fydd y Cyngor yn talu am eich band eang na'ch trydan.", "Bydd y Cyngor yn talu £10 y mis tuag at eich band eang."))
    (docs / "polisi-drafft.md").write_text(draft, encoding="utf-8")
    settings = indexed_alone(tmp_path, sorted(docs.iterdir()))
    both = ("polisi-2026", "polisi-drafft")
    # "Beth sydd wedi newid?" is read in its English words ("what change"); the draft is the newer
    # ("DRAFFT", "Fersiwn 2"). It had been declined.
    answer = _ask(settings, "beth sydd wedi newid?", both)
    assert answer.answer.startswith("**Mae polisi-drafft.md yn wahanol i polisi-2026.md mewn 3 man**"), answer.answer
    assert "o leiaf **tri diwrnod** yr wythnos" in answer.answer
    # A topic in Welsh words the glossary doesn't know: the one change on it.
    broadband = _ask(settings, "ydy'r band eang wedi newid?", both)
    assert "ar hyn mewn 1 man" in broadband.answer.splitlines()[0], broadband.answer
    assert "£10 y mis" in broadband.answer and "tri diwrnod" not in broadband.answer


def test_an_english_question_of_a_policy_only_in_welsh_is_searched_in_its_words(welsh_and_english: Settings) -> None:
    days = _ask(welsh_and_english, "how many days do I have to be in the office?", (POLICY,))
    assert _lead(days) == "3.1 Disgwylir i staff hybrid weithio yn y swyddfa o leiaf dau ddiwrnod yr wythnos.", days.answer
    assert days.notice is not None and "are in Welsh" in days.notice and "swyddfa" in days.notice
    broadband = _ask(welsh_and_english, "will they pay for my broadband?", (POLICY,))
    assert _lead(broadband) == "4.2 Ni fydd y Cyngor yn talu am eich band eang na'ch trydan.", broadband.answer
    # "how long" asks for a length of time, and "o fewn 28 diwrnod" is one.
    reply = _ask(welsh_and_english, "how long does my manager have to reply to my request?", (POLICY,))
    assert _lead(reply).startswith("2.2 Rhaid i reolwyr ystyried pob cais ac ymateb yn ysgrifenedig o fewn 28 diwrnod")
    # What it doesn't say is declined in English, naming the words it lacks.
    leave = _ask(welsh_and_english, "how much annual leave do I get?", (POLICY,))
    assert leave.abstained and "They don't mention annual, leave" in leave.answer, leave.answer
    # An English document chosen is searched in English, as ever.
    english = _ask(welsh_and_english, "do they read our union emails?", ("facilities",))
    assert english.notice is None or "in Welsh" not in english.notice
