"""An email saved as a file (.eml): what Outlook on the web, Thunderbird, Apple Mail and
Gmail ("Download message") save, and what a rep keeps of the employer's announcement.

The message is read with the standard library's `email` package and written out as a
thread saved as text is: a header block ("From: …", "To: …", "Date: 20 November 2026
16:02", "Subject: …"), then the body, so the cleaner makes the same "Email from … to …"
heading of it (`text/clean.py`) and a reply's quoted messages become messages of their own.
The body is the plain-text part, or the HTML part read as a web page is (by the caller's
`html_to_text`) when there is no plain one. A message forwarded as an attachment
(message/rfc822) follows as a message of its own, up to four deep. The title is the subject,
without "RE:"/"FW:".

Left out: other attachments (a PDF or Word file sent with the email is a document of its
own: the rep uploads it as one, and it is cited by its own pages and clauses). Outlook's own
.msg format is read by `msg.py` into the same shape (`thread_lines`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import parsedate_to_datetime

from assistant.text.clean import reflow

NOT_AN_EMAIL = "not an email message (no From, To, Date or Subject header)"
REPLY_PREFIX = re.compile(r"^(?:(?:re|fw|fwd|ateb|ymlaen)\s*:\s*)+", re.I)


def _when(msg: EmailMessage) -> str:
    """The Date header as people write a date ("20 November 2026 16:02"), or as sent."""
    raw = str(msg.get("date", "") or "").strip()
    try:
        d = parsedate_to_datetime(raw)
    except (TypeError, ValueError, IndexError):
        return raw
    return f"{d.day} {d:%B %Y %H:%M}"


def _body(msg: EmailMessage, html_to_text: Callable[[str], str]) -> str:
    part = msg.get_body(preferencelist=("plain", "html"))
    if part is None:
        return ""
    try:
        content = part.get_content()
    except (LookupError, ValueError, AssertionError):  # an unknown charset or a broken encoding
        payload = part.get_payload(decode=True)
        content = payload.decode("utf-8", "replace") if isinstance(payload, bytes) else ""
    if not isinstance(content, str):
        return ""
    if part.get_content_type() == "text/html":
        return html_to_text(content)
    return plain_body(content)


def plain_body(content: str) -> str:
    """A plain-text body wrapped at 72–78 characters, as mail programs send it, re-flowed into
    paragraphs; one whose paragraphs are lines of their own is left as it is."""
    lines = content.replace("\r\n", "\n").split("\n")
    return "\n".join(reflow(lines)) if max(map(len, lines)) <= 80 else content


def thread_lines(
    fields: list[tuple[str, str]], when: str, subject: str, body: str, forwarded: list[list[str]]
) -> list[str]:
    """One message as a thread saved as text has it: its header fields ("From", "To", "Cc")
    that have a value, "Date:", "Subject:", the body, then each forwarded message's lines."""
    lines = [f"{name}: {' '.join(value.split())}" for name, value in fields if value.strip()]
    if when:
        lines.append(f"Date: {when}")
    if subject := " ".join(subject.split()):
        lines.append(f"Subject: {subject}")
    lines.extend(["", body.strip(), ""])
    for inner in forwarded:
        lines.extend(["-----Forwarded message-----", *inner])
    return lines


def _message(msg: EmailMessage, html_to_text: Callable[[str], str], depth: int) -> list[str]:
    forwarded: list[list[str]] = []
    if depth < 4:
        for part in msg.iter_attachments():
            inner = part.get_content() if part.get_content_type() == "message/rfc822" else None
            if isinstance(inner, EmailMessage):
                forwarded.append(_message(inner, html_to_text, depth + 1))
    return thread_lines(
        [(name, str(msg.get(name, "") or "").strip()) for name in ("From", "To", "Cc")],
        _when(msg), str(msg.get("subject", "") or ""), _body(msg, html_to_text), forwarded,
    )


def load_eml(data: bytes, html_to_text: Callable[[str], str]) -> tuple[str, str | None]:
    """(the message as a thread in text, its subject). Raises ValueError with a one-line
    reason when the bytes are not an email."""
    msg = BytesParser(policy=policy.default).parsebytes(data)
    if not isinstance(msg, EmailMessage) or not any(msg.get(h) for h in ("from", "to", "date", "subject")):
        raise ValueError(NOT_AN_EMAIL)
    text = "\n".join(_message(msg, html_to_text, 0)).strip()
    subject = REPLY_PREFIX.sub("", " ".join(str(msg.get("subject", "") or "").split())).strip()
    return text, subject or None
