"""When an answer shows one item of a list ("Officers must not record:" and the one place asked about), the
intro and the item are said as one sentence, as a person writes it, with the markers of both at its end: the
answer's first sentence then answers, and no intro stands alone over a list of one. An item of several
sentences stays an item, and an item runs on in lower case only where its source writes it so, or where its
capital is a list's on a function word ("In toilets…;"): a word that may be a name keeps its capital. Documents are made in
tests/documents.py.
"""

from __future__ import annotations

import pytest
from documents import asked_of, body_worn_cameras_md, indexed_alone

from assistant.answer.statements import list_of_one_inline
from assistant.answer.units import Statement
from assistant.settings import Settings


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    root = tmp_path_factory.mktemp("list-of-one")
    return indexed_alone(root, [body_worn_cameras_md(root / "cameras.md")])


@pytest.mark.parametrize("persona", ["worker", "rep"])
def test_the_one_item_asked_about_is_said_in_one_sentence_with_its_intro(docs: Settings, persona: str) -> None:
    answer = asked_of(docs, "can I record in the toilets?", "cameras", persona)
    assert not answer.abstained, answer.answer
    assert "Officers must not record: in toilets or changing rooms; [1]" in answer.answer, answer.answer
    assert "\n- in toilets" not in answer.answer and "\n- In toilets" not in answer.answer, answer.answer


def _intro(text: str = "The report adds that:", cites: str = "[1]") -> Statement:
    return Statement(text, cites=cites)


def test_one_marker_at_the_end_cites_the_passages_of_both() -> None:
    st = _intro()
    st.children = [Statement("Spending would need to rise by 3.3% a year.", cites="[2][3]")]
    joined = list_of_one_inline(st)
    assert (joined.text, joined.cites, joined.children) == (
        "The report adds that: Spending would need to rise by 3.3% a year.", "[1][2][3]", [])


def test_an_item_of_several_sentences_stays_an_item() -> None:
    st = _intro("According to the chief executive:")
    st.children = [Statement("RPA is now reliable. It could reduce the need for agency staff.", cites="[1]")]
    assert list_of_one_inline(st).children == st.children


def test_a_list_of_two_stays_a_list_and_an_intro_without_a_colon_is_left_alone() -> None:
    two = _intro("Staff must not:")
    two.children = [Statement("Share passwords;", cites="[1]"), Statement("Use personal email.", cites="[1]")]
    assert len(list_of_one_inline(two).children) == 2
    plain = _intro("The council rolled out new services.")
    plain.children = [Statement("Use of Gov.Notify.", cites="[1]")]
    assert list_of_one_inline(plain).children == plain.children


@pytest.mark.parametrize(("item", "shown"), [
    ("In toilets or changing rooms;", "in toilets or changing rooms;"),  # a function word runs on lower-case
    ("A desk fan or a desk near a window;", "a desk fan or a desk near a window;"),
    ("Wales TUC and the employers;", "Wales TUC and the employers;"),  # a name keeps its capital
    ("In 2017 the centre was set up.", "In 2017 the centre was set up."),  # a sentence of its own keeps it too
])
def test_a_fragment_runs_on_after_the_colon(item: str, shown: str) -> None:
    st = _intro("It includes:")
    st.children = [Statement(item, cites="[1]")]
    assert list_of_one_inline(st).text == f"It includes: {shown}"


def test_an_item_its_source_writes_in_lower_case_runs_on_in_lower_case(docs: Settings) -> None:
    # ("- inside a place of worship unless a crime is being committed.": the list's last item, with its full stop)
    answer = asked_of(docs, "can officers film in a church?", "cameras")
    assert not answer.abstained, answer.answer
    assert answer.answer.startswith("Officers must not record: inside a place of worship unless a crime is being committed."), \
        answer.answer
