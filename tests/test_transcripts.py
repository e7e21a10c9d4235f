"""A meeting's transcript (.vtt), as Teams and Zoom save one, asked about by a rep who was there.

What a user sees: the transcript read turn by turn, each opening with who spoke and when
("Sian Roberts (00:01:04): We will share…"), answers quoted from the turn that says it and
cited; a file that is not a transcript refused in one line.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from documents import indexed_alone, meeting_vtt

from assistant.ingest.loaders import LoadError, load_file
from assistant.ingest.transcript import load_vtt


def test_a_transcript_is_read_turn_by_turn_with_who_spoke_and_when(tmp_path: Path) -> None:
    text = load_file(meeting_vtt(tmp_path / "meeting.vtt"), 10_000_000).text
    turns = text.split("\n\n")
    assert turns[0] == ("Sian Roberts (00:00:04): Good morning everyone, and thank you for joining this consultation "
                        "meeting. The proposal is to introduce an AI triage tool in the contact centre from September.")
    assert turns[2].startswith("Sian Roberts (00:00:27): No. There will be no compulsory redundancies. Four vacant posts")
    assert len(turns) == 7 and "-->" not in text and "<v" not in text and "0f3a9c1e" not in text
    # Zoom names the speaker before a colon, and may leave hours out of its times; other tags go.
    zoom = "WEBVTT\n\n1\n03:12.000 --> 03:15.000\nNia Evans: The rota is <i>published</i> weekly.\n\nNOTE a comment\n"
    assert load_vtt(zoom) == "Nia Evans (00:03:12): The rota is published weekly."


def test_a_transcript_answers_with_the_turn_that_says_it(tmp_path: Path) -> None:
    from assistant import ask

    settings = indexed_alone(tmp_path, [meeting_vtt(tmp_path / "consultation-meeting.vtt")])
    eia = ask("when do we get the EIA?", "rep", doc_ids=("consultation-meeting",), settings=settings)
    assert "Sian Roberts (00:01:04): We will share the equality impact assessment with the unions by 30 June." in eia.answer
    assert eia.citations and eia.citations[0].doc_id == "consultation-meeting"
    jobs = ask("will anyone lose their job?", "worker", doc_ids=("consultation-meeting",), settings=settings)
    assert "no compulsory redundancies" in jobs.answer.split("\n\n")[0], jobs.answer
    # "that" is what was said before it: the promise is quoted with what it promises.
    promise = ask("what did they promise to put in writing?", "rep", doc_ids=("consultation-meeting",), settings=settings)
    assert ("It will not be used to monitor individual advisers. [1] We will put that in writing before the pilot "
            "starts.") in promise.answer, promise.answer


def test_a_short_sentence_about_this_or_that_points_back() -> None:
    from assistant.answer.reading import points_back

    assert points_back("We will put that in writing before the pilot starts.")
    assert points_back("The unions agreed to this.")
    assert not points_back("The unions agreed that the pilot would start in May.")
    assert not points_back("We will review this policy every two years.")


def test_a_file_named_vtt_that_is_not_a_transcript_is_refused_in_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "notes.vtt"
    bad.write_text("Minutes of the meeting held on 3 May\n")
    from assistant.ui.error_text import in_language

    with pytest.raises(LoadError, match="^this is not a WebVTT transcript") as refused:
        load_file(bad, 10_000_000)
    assert in_language(str(refused.value), "cy").startswith("nid trawsgrifiad WebVTT yw hwn")
