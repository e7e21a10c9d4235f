"""An email saved from Outlook (.msg): what "Save As" in desktop Outlook writes, and so the
form in which most public-sector staff keep an email.

A .msg file is a compound file (OLE2) of MAPI properties, read here with `olefile`: each
string property is a stream `__substg1.0_IIIITTTT` (property id IIII, type TTTT: 001F
UTF-16, 001E the sender's code page), and fixed-size ones (the date sent) are 16-byte rows
of the `__properties_version1.0` stream. The message is then written out as `eml.py` writes
an .eml, a thread in text: "From:", "To:", "Cc:", "Date:", "Subject:", then the body (the
plain-text body, else the HTML body read as a web page), so it reads and is cited the same.

Left out: attachments (as for .eml, a PDF sent with the email is uploaded as a document of
its own), an email forwarded as an attachment (an embedded message: no library here writes
one, so it could not be tested; the .eml reader does read them), the RTF-only body of a message with neither a plain nor an HTML
body (rare: Outlook stores a plain body beside its RTF), and signed or encrypted messages
(their body is an S/MIME blob, not text).
"""

from __future__ import annotations

import struct
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, tzinfo
from io import BytesIO
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from assistant.ingest.eml import REPLY_PREFIX, plain_body, thread_lines

NOT_AN_OUTLOOK_MESSAGE = "not an Outlook message (.msg)"

# MAPI property ids.
_SUBJECT, _BODY, _HTML = 0x0037, 0x1000, 0x1013
_SENDER_NAME, _SENDER_EMAIL, _SENDER_SMTP, _SENT_AS = 0x0C1A, 0x0C1F, 0x5D01, 0x0042
_DISPLAY_TO, _DISPLAY_CC = 0x0E04, 0x0E03
_SUBMIT_TIME, _DELIVERY_TIME = 0x0039, 0x0E06
_PT_SYSTIME = 0x0040


def _read(ole: Any, path: str) -> bytes | None:
    return ole.openstream(path).read() if ole.exists(path) else None


def _string(ole: Any, prop: int) -> str:
    """A string property: UTF-16 (001F), else in the message's code page (001E; cp1252 is
    what Outlook in English writes)."""
    if (raw := _read(ole, f"__substg1.0_{prop:04X}001F")) is not None:
        return raw.decode("utf-16-le", "replace").rstrip("\x00")
    if (raw := _read(ole, f"__substg1.0_{prop:04X}001E")) is not None:
        return raw.decode("cp1252", "replace").rstrip("\x00")
    return ""


def _html(ole: Any) -> str:
    raw = _read(ole, f"__substg1.0_{_HTML:04X}0102") or _read(ole, f"__substg1.0_{_HTML:04X}001F")
    if raw is None:
        return ""
    if raw[:2] in (b"\xff\xfe", b"<\x00"):
        return raw.decode("utf-16-le", "replace")
    return raw.decode("utf-8", "replace") if b"charset=utf-8" in raw[:2000].lower() else raw.decode("cp1252", "replace")


def _sent(ole: Any) -> datetime | None:
    """When it was sent (or delivered), from the fixed-size property rows."""
    raw = _read(ole, "__properties_version1.0")
    if raw is None:
        return None
    found: dict[int, int] = {}
    for at in range(32, len(raw) - 15, 16):  # after the top-level message's 32-byte header
        tag, _flags, value = struct.unpack_from("<IIQ", raw, at)
        if tag & 0xFFFF == _PT_SYSTIME:
            found[tag >> 16] = value
    ticks = found.get(_SUBMIT_TIME) or found.get(_DELIVERY_TIME)
    if not ticks:
        return None
    # Stored in UTC; shown as the clock in Wales read when it was sent (BST in summer).
    return (datetime(1601, 1, 1, tzinfo=UTC) + timedelta(microseconds=ticks // 10)).astimezone(_local())


def _local() -> tzinfo:
    try:
        return ZoneInfo("Europe/London")
    except ZoneInfoNotFoundError:  # no time zone database on this machine
        return UTC


def _message(ole: Any, html_to_text: Callable[[str], str]) -> list[str]:
    name = _string(ole, _SENDER_NAME) or _string(ole, _SENT_AS)
    address = _string(ole, _SENDER_SMTP) or _string(ole, _SENDER_EMAIL)
    sender = f"{name} <{address}>" if name and "@" in address and address != name else name or address
    sent = _sent(ole)
    body = _string(ole, _BODY)
    text = plain_body(body) if body.strip() else html_to_text(html) if (html := _html(ole)) else ""
    return thread_lines(
        [("From", sender), ("To", _string(ole, _DISPLAY_TO)), ("Cc", _string(ole, _DISPLAY_CC))],
        f"{sent.day} {sent:%B %Y %H:%M}" if sent else "",
        _string(ole, _SUBJECT),
        text,
        [],
    )


def load_msg(data: bytes, html_to_text: Callable[[str], str]) -> tuple[str, str | None]:
    """(the message as a thread in text, its subject). Raises ValueError with a one-line
    reason when the bytes are not an Outlook message."""
    import olefile

    if not olefile.isOleFile(BytesIO(data)):
        raise ValueError(NOT_AN_OUTLOOK_MESSAGE)
    try:
        ole = olefile.OleFileIO(BytesIO(data))
    except Exception as e:  # olefile raises a zoo of errors (ValueError, OSError, struct.error…) on a damaged file
        raise ValueError(f"{NOT_AN_OUTLOOK_MESSAGE}, or a damaged one") from e
    with ole:
        if not ole.exists("__properties_version1.0"):
            raise ValueError(NOT_AN_OUTLOOK_MESSAGE)  # another compound file: a .doc, an .xls
        text = "\n".join(_message(ole, html_to_text)).strip()
        subject = REPLY_PREFIX.sub("", " ".join(_string(ole, _SUBJECT).split())).strip()
    return text, subject or None
