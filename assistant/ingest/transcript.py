"""Meeting transcripts saved as WebVTT (.vtt), as Teams, Zoom and Google Meet download them.

A rep who was in the consultation meeting has its transcript: "what did they say about job
losses?" is asked of it. A .vtt file is a header ("WEBVTT"), then cues: an optional id line,
a timing line ("00:03:12.480 --> 00:03:17.120"), and the words spoken, where Teams names the
speaker in a voice tag (`<v Sian Roberts>…</v>`) and Zoom as "Sian Roberts: …". A speaker's
cues in a row are one turn, read as one paragraph that opens with who spoke and when:
"Sian Roberts (00:03:12): We will consult the unions before any change." Other tags (`<c>`,
`<i>`, inline times) and NOTE, STYLE and REGION blocks are left out.

A short turn that asks a question ("Dafydd Jones (00:00:18): Will anyone lose their job…?") is
taken by the splitter as a heading, as a FAQ's question is, so the answer after it is filed
under it: "what did Dafydd ask?" is therefore not answered by his questions.

Left out: the speaker of a turn's later sentences is said once, at its start (a quotation of
one of them is cited at its place in the transcript, where the speaker is shown); the
transcript's own errors (names misheard, words run together) are read as they are.
"""

from __future__ import annotations

import re

MAX_CUES = 50_000  # a transcript of a day's meeting has a few thousand

_TIMING = re.compile(r"^\s*((?:\d+:)?\d{1,2}:\d{2})(?:[.,]\d+)?\s+-->\s+\S+")
_VOICE = re.compile(r"<v(?:\.[\w.-]+)?\s+([^>]+)>", re.I)
_TAG = re.compile(r"</?[^>]+>")
_NAMED = re.compile(r"^([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}):\s+(?=\S)")


def _clock(stamp: str) -> str:
    """"00:03:12" as it stands; "03:12" (no hours) as "00:03:12"."""
    return stamp if stamp.count(":") == 2 else f"00:{stamp}"


def load_vtt(text: str) -> str:
    """The transcript as paragraphs, one per speaker's turn. Raises ValueError with a
    one-line reason for a file that is not WebVTT."""
    lines = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if not lines or not lines[0].strip().startswith("WEBVTT"):
        raise ValueError("this is not a WebVTT transcript (it should start with 'WEBVTT')")
    turns: list[tuple[str, str, list[str]]] = []  # (speaker, when, words)
    i, cues = 1, 0
    while i < len(lines) and cues < MAX_CUES:
        timing = _TIMING.match(lines[i])
        if timing is None:
            i += 1
            continue
        cues += 1
        said: list[str] = []
        i += 1
        while i < len(lines) and lines[i].strip():
            said.append(lines[i].strip())
            i += 1
        payload = " ".join(said)
        voice = _VOICE.search(payload)
        who = voice.group(1).strip() if voice else ""
        words = " ".join(_TAG.sub("", payload).split())
        named = _NAMED.match(words) if not who else None
        if named:
            who, words = named.group(1), words[named.end():]
        if not words:
            continue
        if turns and turns[-1][0] == who:
            turns[-1][2].append(words)
        else:
            turns.append((who, _clock(timing.group(1)), [words]))
    paragraphs = [f"{who} ({when}): {' '.join(words)}" if who else f"({when}) {' '.join(words)}" for who, when, words in turns]
    return "\n\n".join(paragraphs)
