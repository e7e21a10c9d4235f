"""A PowerPoint deck (.pptx): the management briefing, the consultation launch, the
supplier's pitch, as a rep is sent it, read with python-pptx.

Each slide is a page (citations say "page 5" for slide 5, hidden slides counted, as
PowerPoint numbers them): its title is a heading ("# Training and support"), its text in reading
order (top to bottom, then left to right). A body placeholder's paragraphs are bullets, as
PowerPoint shows them, unless the paragraph turns its bullet off; a text box's are
paragraphs unless it sets a bullet or a number. A paragraph's level indents it under the
one before. Tables become one list item per row (`loaders.table_lines`), grouped shapes
are read inside their group, and the speaker notes follow the slide under a heading of
their own ("Training and support › Speaker notes": what the presenter says is often what
the slide means, and the citation says where it was written). Hidden slides and the footer,
date and slide-number placeholders are not read.

Left out: the text of charts and SmartArt (kept in parts of the file python-pptx does not
read) and pictures' alternative text (a description of an image, not the deck's words).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

UNREADABLE = "corrupt or unreadable PPTX (the file is damaged, or is not really a PowerPoint deck)"
_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"


def _clean(text: str) -> str:
    return " ".join(text.replace("\x0b", " ").split())


def _marker(paragraph: Any, bulleted: bool, count: int) -> str:
    """"• ", "3. " or "" for a paragraph: its own bullet setting first, then its shape's."""
    ppr = paragraph._p.pPr
    if ppr is not None:
        if ppr.find(f"{_A}buNone") is not None:
            return ""
        if ppr.find(f"{_A}buAutoNum") is not None:
            return f"{count}. "
        if ppr.find(f"{_A}buChar") is not None:
            return "• "
    return "• " if bulleted else ""


def _frame_lines(frame: Any, bulleted: bool) -> list[str]:
    lines: list[str] = []
    count = 0
    for p in frame.paragraphs:
        text = _clean("".join(r.text for r in p.runs) if p.runs else p.text)
        if not text:
            continue
        marker = _marker(p, bulleted, count + 1)
        count = count + 1 if marker[:1].isdigit() else 0
        lines.append("    " * (p.level if marker else 0) + marker + text)
    return lines


def _shape_lines(shape: Any, table_lines: Callable[[list[list[str]]], list[str]]) -> list[str]:
    from pptx.enum.shapes import MSO_SHAPE_TYPE, PP_PLACEHOLDER

    if shape.shape_type == MSO_SHAPE_TYPE.GROUP:
        return [line for s in _in_reading_order(shape.shapes) for line in _shape_lines(s, table_lines)]
    if getattr(shape, "has_table", False) and shape.has_table:
        rows = [[_clean(cell.text) for cell in row.cells] for row in shape.table.rows]
        return ["", *table_lines(rows), ""]
    if not getattr(shape, "has_text_frame", False) or not shape.has_text_frame:
        return []
    bulleted = False
    if shape.is_placeholder:
        kind = shape.placeholder_format.type
        if kind in (PP_PLACEHOLDER.FOOTER, PP_PLACEHOLDER.DATE, PP_PLACEHOLDER.SLIDE_NUMBER, PP_PLACEHOLDER.HEADER):
            return []
        bulleted = kind in (PP_PLACEHOLDER.BODY, PP_PLACEHOLDER.OBJECT, PP_PLACEHOLDER.VERTICAL_BODY,
                            PP_PLACEHOLDER.VERTICAL_OBJECT)
    lines = _frame_lines(shape.text_frame, bulleted)
    return [*lines, ""] if lines else []


def _in_reading_order(shapes: Any) -> list[Any]:
    return sorted(shapes, key=lambda s: ((s.top or 0) // 100_000, s.left or 0))  # rows of about 0.1 inch


def load_pptx(
    path: Path, table_lines: Callable[[list[list[str]]], list[str]]
) -> tuple[list[tuple[str, str]], str | None]:
    """(each slide's (text, speaker notes), ("", "") for a hidden one; the deck's title: its
    metadata title or the first slide's).
    Raises ValueError with a one-line reason for a file it can't read. Its unpacked size is
    checked first, by the caller (`loaders.check_unpacked`)."""
    import pptx
    from pptx.exc import PackageNotFoundError

    try:
        deck = pptx.Presentation(str(path))
    except (PackageNotFoundError, KeyError, ValueError, OSError) as e:
        raise ValueError(UNREADABLE) from e
    except Exception as e:  # lxml and zipfile errors on a damaged package
        raise ValueError(UNREADABLE) from e
    pages: list[tuple[str, str]] = []
    first_title: str | None = None
    for slide in deck.slides:
        if slide._element.get("show") == "0":  # hidden in the slide show: a page with no text, so
            pages.append(("", ""))  # the slides after it keep their numbers
            continue
        title_shape = slide.shapes.title
        title = _clean(title_shape.text_frame.text) if title_shape is not None and title_shape.has_text_frame else ""
        lines = [f"# {title}", ""] if title else []
        first_title = first_title or title or None
        for shape in _in_reading_order(slide.shapes):
            if title_shape is not None and shape.shape_id == title_shape.shape_id:
                continue
            lines.extend(_shape_lines(shape, table_lines))
        frame = slide.notes_slide.notes_text_frame if slide.has_notes_slide else None
        notes = _clean(frame.text or "") if frame is not None else ""
        pages.append(("\n".join(lines).strip(), notes))
    own_title = _clean(deck.core_properties.title or "")
    return pages, own_title or first_title
