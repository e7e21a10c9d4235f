"""Asked whether a thing has something ("do the cameras have facial recognition?"), Llais declines when the
document never speaks of it, saying so ("They don't mention microphone."), and answers when it does ("Each
camera has a red light…"). "Do they have to…?" asks a duty, and "does it have anything on…?" whether the document
speaks of a topic: neither is a thing had. Documents are made in tests/documents.py.
"""

from __future__ import annotations

import pytest
from documents import asked_of, body_worn_cameras_md, indexed_alone

from assistant.settings import Settings
from assistant.text.questions import polar_object


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    root = tmp_path_factory.mktemp("thing-has")
    return indexed_alone(root, [body_worn_cameras_md(root / "cameras.md")])


@pytest.mark.parametrize(("question", "thing"), [
    ("do the cameras have a microphone?", "microphone"),
    ("does each camera have night vision?", "night vision"),
])
def test_what_the_thing_never_is_said_to_have_is_declined(docs: Settings, question: str, thing: str) -> None:
    answer = asked_of(docs, question, "cameras")
    assert answer.abstained, answer.answer
    assert f"They don't mention {thing}." in answer.answer, answer.answer


def test_what_it_has_is_answered(docs: Settings) -> None:
    answer = asked_of(docs, "do the cameras have a light on them?", "cameras")
    assert not answer.abstained, answer.answer
    assert answer.answer.startswith("Each camera has a red light on the front"), answer.answer


@pytest.mark.parametrize(("question", "thing"), [
    ("do the cameras have facial recognition?", "facial recognition"),
    ("does the new system have a human check?", "human check"),
    ("do the body cameras have sound?", "sound"),
    ("does each camera have night vision?", "night vision"),
    ("do the staff have to wear them?", None),  # a duty
    ("does the tracker have to be on?", None),
    ("does the policy have anything on overtime?", None),  # whether it speaks of a topic
])
def test_what_a_thing_is_asked_to_have(question: str, thing: str | None) -> None:
    assert polar_object(question) == thing
