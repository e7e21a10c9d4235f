"""OpenDocument text (.odt): what LibreOffice saves and the Welsh Government
publishes many documents as, read as the Word loader reads a .docx.

An .odt is a zip whose `content.xml` holds the body: headings (`text:h`, with
their outline level), paragraphs (`text:p`), lists (`text:list`, items marked
"•" or numbered "1."), and tables (`table:table`, read row by row by
`loaders.table_lines`); a list style (in the content or the styles part) says
whether a list is numbered or bulleted. Tracked deletions
(`text:tracked-changes`), comments and footnotes are not read as the text they
sit in; a line break or a tab inside a paragraph is a space.

Only lxml is needed (already there for the web page reader). The unpacked XML
is measured before it is parsed, as for a .docx (`loaders.check_unpacked`).

Left out: footnotes as text of their own (they would need a place in the text
that a citation can point to); the exact format of automatic numbering ("1.1", "(a)" set in a list
style are shown as "1.", "2.", counted within each list): a list style only
says whether its items are numbered or bulleted to what is read here, and an
.odt policy numbers its clauses as text far more often than a .docx does.
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
DC = "http://purl.org/dc/elements/1.1/"
UNREADABLE = "corrupt or unreadable ODT (the file is damaged, or is not really an OpenDocument text)"
_SKIP = {f"{{{TEXT}}}{t}" for t in ("tracked-changes", "note")} | {f"{{{OFFICE}}}annotation"}


def _inline(el: Any) -> str:
    """The text of a paragraph or heading: spans, links and fields in; notes, comments and
    deleted text out."""
    parts: list[str] = [el.text or ""]
    for child in el:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag in _SKIP:
            pass
        elif tag in (f"{{{TEXT}}}s", f"{{{TEXT}}}tab", f"{{{TEXT}}}line-break"):
            parts.append(" ")
        else:
            parts.append(_inline(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _clean(text: str) -> str:
    return " ".join(text.split())


def load_odt(path: Path, table_lines: Callable[[list[list[str]]], list[str]]) -> tuple[str, str | None]:
    """(the text with light Markdown structure, the document's title or first heading).
    Raises ValueError with a one-line reason for a file it can't read. Its unpacked size is
    checked first, by the caller (`loaders.check_unpacked`)."""
    from lxml import etree

    try:
        with zipfile.ZipFile(path) as z:
            content = z.read("content.xml")
            meta = z.read("meta.xml") if "meta.xml" in z.namelist() else b""
            styles_xml = z.read("styles.xml") if "styles.xml" in z.namelist() else b""
    except (zipfile.BadZipFile, KeyError, OSError) as e:
        raise ValueError(UNREADABLE) from e
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    try:
        root = etree.fromstring(content, parser)
    except etree.XMLSyntaxError as e:
        raise ValueError("corrupt or unreadable ODT (its content is not well-formed XML)") from e
    body = root.find(f"{{{OFFICE}}}body/{{{OFFICE}}}text")
    if body is None:
        raise ValueError("the ODT has no text body (is it a spreadsheet or a presentation?)")
    lines: list[str] = []
    first_heading: str | None = None

    # Which list styles number their items (text:list-level-style-number) and which bullet them.
    numbered_styles: dict[str, bool] = {}
    for styles in (root, *([etree.fromstring(styles_xml, parser)] if styles_xml else [])):
        for ls in styles.iter(f"{{{TEXT}}}list-style"):
            first = next((c for c in ls if isinstance(c.tag, str)), None)
            numbered_styles[ls.get(f"{{{STYLE}}}name", "")] = first is not None and first.tag.endswith("list-level-style-number")

    def block(el: Any, depth: int = 0, list_style: str = "") -> None:
        nonlocal first_heading
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag == f"{{{TEXT}}}h":
            text = _clean(_inline(el))
            if text:
                level = int(el.get(f"{{{TEXT}}}outline-level") or 1)
                first_heading = first_heading or text
                lines.extend(["", "#" * min(max(level, 1), 6) + " " + text, ""])
        elif tag == f"{{{TEXT}}}p":
            text = _clean(_inline(el))
            if text:
                lines.extend([text, ""])
        elif tag == f"{{{TEXT}}}list":
            style = el.get(f"{{{TEXT}}}style-name") or list_style
            numbered = numbered_styles.get(style, False)
            for n, item in enumerate(el.findall(f"{{{TEXT}}}list-item"), 1):
                texts = [_clean(_inline(p)) for p in item if p.tag in (f"{{{TEXT}}}p", f"{{{TEXT}}}h")]
                text = " ".join(t for t in texts if t)
                if text:
                    lines.append("    " * depth + f"{f'{n}.' if numbered else '•'} {text}")
                for sub in item.findall(f"{{{TEXT}}}list"):
                    block(sub, depth + 1, style)
            lines.append("")
        elif tag == f"{{{TABLE}}}table":
            rows = [
                [_clean(" ".join(_inline(p) for p in cell.iter(f"{{{TEXT}}}p"))) for cell in row.findall(f"{{{TABLE}}}table-cell")]
                for row in el.iter(f"{{{TABLE}}}table-row")
            ]
            lines.extend(["", *table_lines(rows), ""])
        elif tag == f"{{{TEXT}}}section":  # a table of contents, which repeats the headings, is not read
            for child in el:
                block(child, depth, list_style)

    for child in body:
        block(child)
    text = "\n".join(lines).strip()
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    title = None
    if meta:
        try:
            m = etree.fromstring(meta, parser).find(f".//{{{DC}}}title")
            title = _clean(m.text or "") if m is not None else None
        except etree.XMLSyntaxError:
            title = None
    return text, title or first_heading
