"""Why a file can't be read, said so that the user knows what to do next.

Staff keep documents in forms Llais does not read: PowerPoint files from before 2007 (.ppt),
files locked with a password, pictures of pages, Apple's Pages and Numbers. Each is refused in one line that names what the file is and how to get
a form that can be read ("open it in Word and save it as .docx"), never only "unsupported"
or "corrupt".

A locked Office file (.docx, .xlsx, .pptx) is not a zip at all but a compound file (OLE2)
holding an `EncryptedPackage` stream; an old Office file is a compound file with a
`WordDocument`, `Workbook` or `PowerPoint Document` stream, and is sometimes renamed to the
new extension. Both are told from their streams (`olefile`). A locked OpenDocument file is
a zip whose manifest lists `encryption-data`.

Old Word and Excel files (.doc, .xls) are read (`word97.py`, `spreadsheet.load_xls`), also
under a new name; the names of their kinds stay here for a renamed one that is damaged.

Left out: opening a locked file with its password (the app would need a password field and
would hold a secret; removing the password in Word takes a moment), and reading old
PowerPoint files (no maintained reader on PyPI).
"""

from __future__ import annotations

from pathlib import Path

# The one-line reasons, each saying what would make the file readable.
PASSWORD = (
    "the file is locked with a password: open it, remove the password "
    "(in Office: File > Info > Protect > Encrypt with Password, then clear it), save, and add it again"
)
PDF_PASSWORD = (
    "the PDF needs a password to open: open it, save or print a copy without the password, and add that"
)

_SAVE_AS = "open it in {app} and save it as {new} (or as a PDF), then add that"
_OLD_OFFICE = {
    "WordDocument": ("an old Word document (.doc)", "Word", ".docx"),
    "Workbook": ("an old Excel workbook (.xls)", "Excel", ".xlsx"),
    "Book": ("an old Excel workbook (.xls)", "Excel", ".xlsx"),
    "PowerPoint Document": ("an old PowerPoint deck (.ppt)", "PowerPoint", ".pptx"),
}
_ADVICE = {
    ".dot": ("an old Word template (.dot)", "Word", ".docx"),
    ".ppt": _OLD_OFFICE["PowerPoint Document"],
    ".pps": _OLD_OFFICE["PowerPoint Document"],
    ".pages": ("a Pages document", "Pages", "Word (.docx)"),
    ".numbers": ("a Numbers spreadsheet", "Numbers", "Excel (.xlsx)"),
    ".key": ("a Keynote deck", "Keynote", "PowerPoint (.pptx)"),
    ".odp": ("an OpenDocument presentation", "LibreOffice Impress", ".pptx"),
    ".ods": ("an OpenDocument spreadsheet", "LibreOffice Calc", ".xlsx"),
    ".docm": ("a Word document with macros (.docm)", "Word", ".docx"),
    ".dotx": ("a Word template (.dotx)", "Word", ".docx"),
    ".xlsm": ("an Excel workbook with macros (.xlsm)", "Excel", ".xlsx"),
}
_PICTURES = (".jpg", ".jpeg", ".png", ".gif", ".tif", ".tiff", ".bmp", ".heic", ".webp")


def unsupported(suffix: str, supported: tuple[str, ...]) -> str:
    """Why a file with this extension can't be added: what to turn it into if it is a kind
    staff keep documents in, else the list of kinds that can be added."""
    if suffix in _ADVICE:
        what, app, new = _ADVICE[suffix]
        return f"this is {what}: " + _SAVE_AS.format(app=app, new=new)
    if suffix in _PICTURES:
        return (
            f"'{suffix}' is a picture, and Llais reads text, not images (there is no text recognition here): "
            "add the document itself, or a PDF made from it"
        )
    return f"'{suffix or 'no extension'}' files can't be added; use one of: {', '.join(supported)}"


def compound_file(path: Path) -> str | None:
    """Why a file named .docx, .xlsx, .pptx or .odt that is not a zip can't be read, when it is
    a compound file: locked with a password, or an old Office file under a new name. None for
    anything else (a damaged file is the caller's own message)."""
    import olefile

    try:
        if not olefile.isOleFile(str(path)):
            return None
        with olefile.OleFileIO(str(path)) as ole:
            streams = {"/".join(parts) for parts in ole.listdir()}
    except (OSError, ValueError):  # olefile raises OSError on a damaged compound file
        return None
    if "EncryptedPackage" in streams or "EncryptionInfo" in streams:
        return PASSWORD
    for stream, (what, app, new) in _OLD_OFFICE.items():
        if stream in streams:
            return f"this is {what} under a new name: " + _SAVE_AS.format(app=app, new=new)
    return None


def locked_opendocument(manifest: bytes) -> bool:
    """An OpenDocument file saved with a password: its manifest lists how each part is
    encrypted, and the parts themselves are not XML."""
    return b"encryption-data" in manifest
