"""The title an old Office file (.doc, .xls) keeps in its summary information.

Word 97–2003 and Excel 97–2003 files are compound files (OLE2) with a `\\x05SummaryInformation`
stream, which holds what File > Properties shows: the title among them. Read with `olefile`.
A file without the stream, or with a damaged one, has no title here (its name is used).
"""

from __future__ import annotations

from io import BytesIO


def summary_title(data: bytes) -> str | None:
    import olefile

    try:
        with olefile.OleFileIO(BytesIO(data)) as ole:
            title = ole.get_metadata().title
    except Exception:  # olefile raises OSError, struct errors… on a damaged file; a title is optional
        return None
    if isinstance(title, bytes):
        title = title.decode("cp1252", errors="replace")
    return title.strip("\x00 ").strip() or None if title else None
