"""Old Office files (.doc, .xls) as compound files: what kind one is, and its title.

Word 97–2003 and Excel 97–2003 files are compound files (OLE2, read with `olefile`): a Word
document has a `WordDocument` stream, a workbook a `Workbook` (or, from Excel 5, `Book`)
stream, and both a `\\x05SummaryInformation` stream holding what File > Properties shows, the
title among it. A file renamed from .doc to .docx is still a compound file, and is read as
what it is (`old_office_suffix`).
"""

from __future__ import annotations

from io import BytesIO

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def old_office_suffix(data: bytes) -> str | None:
    """".doc" or ".xls" for an old Word document or Excel workbook, whatever its name; None
    for anything else (a locked new Office file is a compound file too, with neither stream)."""
    import olefile

    if not data.startswith(_OLE_MAGIC):
        return None
    try:
        with olefile.OleFileIO(BytesIO(data)) as ole:
            if ole.exists("EncryptedPackage"):
                return None
            if ole.exists("WordDocument"):
                return ".doc"
            if ole.exists("Workbook") or ole.exists("Book"):
                return ".xls"
    except Exception:  # a damaged compound file is the caller's to refuse
        return None
    return None


def summary_title(data: bytes) -> str | None:
    """The title in the file's summary information; None without one (its name is used)."""
    import olefile

    try:
        with olefile.OleFileIO(BytesIO(data)) as ole:
            title = ole.get_metadata().title
    except Exception:  # olefile raises OSError, struct errors… on a damaged file; a title is optional
        return None
    if isinstance(title, bytes):
        title = title.decode("cp1252", errors="replace")
    return (title.strip("\x00 ").strip() or None) if title else None
