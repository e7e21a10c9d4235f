"""Text a reader can't see is not evidence: find it in HTML, Markdown, DOCX and PDF.

Hidden text is where planted instructions ("ignore previous instructions…") hide in
documents a rep was given, so the loaders drop it before anything is indexed:

- HTML / Markdown: comments, `<template>`, the `hidden` attribute, inline styles and
  simple stylesheet rules (`.x`, `#y`, `p`, `p.x`) that set `display:none`,
  `visibility:hidden`, `opacity:0`, a font size under 1px, or white text with no
  background colour set on the element or its ancestors.
- DOCX: runs that are hidden (`w:vanish`), white or near-white (direct colour or the
  theme's background/light colour) without a highlight, or under 2pt, following the
  run's character style and the paragraph style chains.
- PDF: text drawn in render mode 3/7 (invisible), at under 1pt, or in white where no
  filled shape or image was painted under its starting point.

Left out, on purpose: off-screen positioning (`left:-9999px`, "sr-only" classes), which
is mostly screen-reader text; selectors with combinators or pseudo-classes and rules
inside `@media` blocks (their visibility depends on the device); text hidden inside
PDF form XObjects or behind other text; DOCX text boxes, headers and footers, which the
loader doesn't read at all. A filter that fails never loses a document: the caller
falls back to the unfiltered text.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from typing import Any

# --- CSS -----------------------------------------------------------------------------------

_WHITE_CSS = re.compile(
    r"^(?:white|#f{3}|#f{6}|#fefefe|#fdfdfd|#fcfcfc|rgba?\(\s*25[2-5]\s*,\s*25[2-5]\s*,\s*25[2-5]\s*(?:,\s*[\d.]+\s*)?\))$",
    re.I,
)


def _declarations(style: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for decl in style.split(";"):
        if ":" in decl:
            name, value = decl.split(":", 1)
            out[name.strip().lower()] = value.replace("!important", "").strip().lower()
    return out


def _size_px(value: str) -> float | None:
    m = re.match(r"^(-?[\d.]+)\s*(px|pt|em|rem|%)?$", value)
    if not m:
        return None
    n = float(m.group(1))
    return {"pt": n * 4 / 3, "em": n * 16, "rem": n * 16, "%": n * 0.16}.get(m.group(2) or "px", n)


def style_hides(style: dict[str, str]) -> bool:
    """Declarations that make an element's text invisible on their own."""
    if style.get("display") == "none" or style.get("visibility") in ("hidden", "collapse"):
        return True
    opacity = style.get("opacity")
    if opacity is not None and re.fullmatch(r"0*(?:\.0*)?", opacity):
        return True
    size = _size_px(style.get("font-size", ""))
    return size is not None and size < 1


def _background(style: dict[str, str]) -> str | None:
    value = style.get("background-color") or style.get("background")
    return value.split()[0] if value else None


_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
_MEDIA = re.compile(r"@media[^{]*\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}", re.I)
_SIMPLE_SELECTOR = re.compile(r"^([a-z][a-z0-9]*)?(?:([.#])([\w-]+))?$", re.I)


def _stylesheet_rules(css: str) -> list[tuple[str | None, str | None, str | None, dict[str, str]]]:
    """(tag, '.'/'#', name, declarations) for simple selectors; the rest is ignored."""
    css = re.sub(r"/\*.*?\*/", "", css, flags=re.S)
    css = _MEDIA.sub("", css)
    rules = []
    for selectors, body in _RULE.findall(css):
        decls = _declarations(body)
        for sel in selectors.split(","):
            m = _SIMPLE_SELECTOR.match(sel.strip())
            if m and (m.group(1) or m.group(3)):
                rules.append((m.group(1), m.group(2), m.group(3), decls))
    return rules


def _matches(el: Any, tag: str | None, kind: str | None, name: str | None) -> bool:
    if tag and str(el.tag).lower() != tag.lower():
        return False
    if kind == ".":
        return name in (el.get("class") or "").split()
    if kind == "#":
        return el.get("id") == name
    return True


def strip_hidden_html(html: str) -> str:
    """The page without the elements a reader can't see (see the module docstring)."""
    from lxml import etree
    from lxml import html as lhtml

    try:
        root = lhtml.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return html
    rules = []
    for style_el in root.iter("style"):
        rules.extend(_stylesheet_rules(style_el.text_content()))

    def computed(el: Any) -> dict[str, str]:
        style: dict[str, str] = {}
        for tag, kind, name, decls in rules:
            if _matches(el, tag, kind, name):
                style.update(decls)
        style.update(_declarations(el.get("style") or ""))
        return style

    doomed = []
    for el in root.iter():
        if not isinstance(el.tag, str):  # comments and processing instructions
            doomed.append(el)
            continue
        if el.tag in ("template", "style", "script") or el.get("hidden") is not None:
            doomed.append(el)
            continue
        style = computed(el)
        if style_hides(style) or _white_on_white(el, style, computed):
            doomed.append(el)
    for el in doomed:
        if el.getparent() is None:
            continue
        if isinstance(el.tag, str):
            el.drop_tree()  # keeps the tail text, which belongs to the parent
        else:
            parent, tail = el.getparent(), el.tail
            prev = el.getprevious()
            parent.remove(el)
            if tail:
                if prev is not None:
                    prev.tail = (prev.tail or "") + tail
                else:
                    parent.text = (parent.text or "") + tail
    return lhtml.tostring(root, encoding="unicode")


def _white_on_white(el: Any, style: dict[str, str], computed: Any) -> bool:
    colour = style.get("color")
    if not colour or not _WHITE_CSS.match(colour):
        return False
    node = el
    while node is not None:
        bg = _background(computed(node) if node is not el else style)
        if bg and not _WHITE_CSS.match(bg) and bg not in ("none", "transparent", "inherit", "initial"):
            return False  # white text on a coloured background is visible
        node = node.getparent()
    return True


_MD_HIDDEN = re.compile(
    r"<!--.*?(?:-->|\Z)"
    r"|<(template)\b[^>]*>.*?</\1\s*>"
    r"|<([a-z][a-z0-9]*)\b[^>]*?(?:\shidden\b|display\s*:\s*none|visibility\s*:\s*hidden)[^>]*>.*?</\2\s*>",
    re.I | re.S,
)


# The tags of raw HTML a Markdown page sets its text in ("<p>Breaches found…</p>", "<strong>"): the reader
# sees their text, not them.
_MD_TAG = re.compile(r"</?(?:p|div|span|br|strong|em|b|i|u|small|section|article|aside|mark|sup|sub)\b[^<>]*>", re.I)


def strip_hidden_markdown(text: str) -> str:
    """Markdown renders raw HTML: drop comments and hidden inline elements, and the tags of the rest."""
    return _MD_TAG.sub("", _MD_HIDDEN.sub("", text))


# --- DOCX ---------------------------------------------------------------------------------


def _style_fonts(style: Any) -> list[Any]:
    fonts = []
    seen = 0
    while style is not None and seen < 20:
        font = getattr(style, "font", None)
        if font is not None:
            fonts.append(font)
        style = getattr(style, "base_style", None)
        seen += 1
    return fonts


def docx_run_hidden(run: Any, paragraph: Any = None) -> bool:
    """Invisible to a reader: hidden, white (or near) without a highlight, or under 2pt."""
    from docx.enum.dml import MSO_THEME_COLOR
    from docx.enum.text import WD_COLOR_INDEX

    chain = [run.font, *_style_fonts(getattr(run, "style", None))]
    if paragraph is not None:
        chain += _style_fonts(getattr(paragraph, "style", None))

    def first(read: Any) -> Any:
        for font in chain:
            try:
                value = read(font)
            except (AttributeError, ValueError, KeyError):
                value = None
            if value is not None:
                return value
        return None

    if first(lambda f: f.hidden):
        return True
    size = first(lambda f: f.size)
    if size is not None and size.pt < 2:
        return True
    colour = first(lambda f: f.color if f.color is not None and f.color.type is not None else None)
    if colour is None:
        return False
    if colour.theme_color is not None:  # a theme colour's rgb is only a cached fallback
        white = colour.theme_color in (MSO_THEME_COLOR.BACKGROUND_1, MSO_THEME_COLOR.LIGHT_1)
    else:
        rgb = str(colour.rgb or "000000")
        white = all(int(rgb[i : i + 2], 16) >= 0xF0 for i in (0, 2, 4))
    highlight = run.font.highlight_color
    return white and highlight in (None, WD_COLOR_INDEX.WHITE, WD_COLOR_INDEX.AUTO)


# The runs a reader of the document sees, in order: also those inside a hyperlink, a tracked
# insertion, a field or an inline content control (python-docx's `paragraph.runs` has only the
# paragraph's own), never those of a tracked deletion or the old place of a moved passage. A
# text box inside the paragraph is a paragraph of its own, and is left out as before.
_SEEN_RUNS = (
    "./w:r | .//w:r[not(ancestor::w:del) and not(ancestor::w:moveFrom) and not(ancestor::w:txbxContent)"
    " and (ancestor::w:hyperlink or ancestor::w:ins or ancestor::w:moveTo or ancestor::w:fldSimple"
    " or ancestor::w:sdt or ancestor::w:smartTag or ancestor::w:customXml)]"
)


def docx_visible_text(paragraph: Any) -> str:
    from docx.text.run import Run

    runs = [Run(r, paragraph) for r in paragraph._p.xpath(_SEEN_RUNS)]
    return "".join(r.text for r in runs if not docx_run_hidden(r, paragraph))


# --- PDF ------------------------------------------------------------------------------------

_Matrix = tuple[float, float, float, float, float, float]
_IDENTITY: _Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
_SHOW_TEXT = {b"Tj", b"TJ", b"'", b'"'}
_FILL_PAINT = {b"f", b"F", b"f*", b"B", b"B*", b"b", b"b*"}


def _mul(m: _Matrix, n: _Matrix) -> _Matrix:
    a, b, c, d, e, f = m
    a2, b2, c2, d2, e2, f2 = n
    return (a * a2 + b * c2, a * b2 + b * d2, c * a2 + d * c2, c * b2 + d * d2, e * a2 + f * c2 + e2, e * b2 + f * d2 + f2)


def _apply(m: _Matrix, x: float, y: float) -> tuple[float, float]:
    return (m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5])


def _scale(m: _Matrix) -> float:
    return math.sqrt(abs(m[0] * m[3] - m[1] * m[2]))


def _is_white(components: list[float]) -> bool:
    if len(components) == 1:
        return components[0] >= 0.95
    if len(components) == 3:
        return all(c >= 0.95 for c in components)
    if len(components) == 4:
        return all(c <= 0.05 for c in components)
    return False


def _numbers(operands: list[Any]) -> list[float] | None:
    try:
        return [float(x) for x in operands]
    except (TypeError, ValueError):
        return None


@dataclass
class _GState:
    """The parts of the PDF graphics state that decide whether text can be seen."""

    ctm: _Matrix = _IDENTITY
    white: bool = False  # fill colour
    mode: int = 0  # text render mode
    size: float = 12.0  # font size


def visible_pdf_operations(operations: list[tuple[list[Any], bytes]]) -> list[tuple[list[Any], bytes]]:
    """The content-stream operations without the text-showing ones a reader can't see."""
    state = _GState()
    stack: list[_GState] = []
    tm = tlm = _IDENTITY
    leading = 0.0
    painted: list[tuple[float, float, float, float]] = []  # non-white filled areas
    path: list[tuple[float, float]] = []
    out = []
    for operands, op in operations:
        nums = _numbers(operands) if op not in (b"Tj", b"TJ", b"'", b'"', b"Tf", b"Do", b"INLINE IMAGE") else None
        if op == b"q":
            stack.append(replace(state))
        elif op == b"Q" and stack:
            state = stack.pop()
        elif op == b"cm" and nums and len(nums) == 6:
            state.ctm = _mul((nums[0], nums[1], nums[2], nums[3], nums[4], nums[5]), state.ctm)
        elif op in (b"g", b"rg", b"k") and nums is not None:
            state.white = _is_white(nums)
        elif op in (b"sc", b"scn"):
            state.white = nums is not None and _is_white(nums)
        elif op == b"cs":
            state.white = False
        elif op == b"Tr" and nums:
            state.mode = int(nums[0])
        elif op == b"Tf" and len(operands) == 2:
            try:
                state.size = float(operands[1])
            except (TypeError, ValueError):
                pass
        elif op == b"TL" and nums:
            leading = nums[0]
        elif op == b"BT":
            tm = tlm = _IDENTITY
        elif op == b"Tm" and nums and len(nums) == 6:
            tm = tlm = (nums[0], nums[1], nums[2], nums[3], nums[4], nums[5])
        elif op in (b"Td", b"TD") and nums and len(nums) == 2:
            if op == b"TD":
                leading = -nums[1]
            tm = tlm = _mul((1.0, 0.0, 0.0, 1.0, nums[0], nums[1]), tlm)
        elif op == b"T*":
            tm = tlm = _mul((1.0, 0.0, 0.0, 1.0, 0.0, -leading), tlm)
        elif op in (b"m", b"l", b"c", b"v", b"y") and nums:
            path.extend(_apply(state.ctm, nums[i], nums[i + 1]) for i in range(0, len(nums) - 1, 2))
        elif op == b"re" and nums and len(nums) == 4:
            x, y, w, h = nums
            path.extend(_apply(state.ctm, px, py) for px, py in ((x, y), (x + w, y + h), (x, y + h), (x + w, y)))
        elif op in _FILL_PAINT or op in (b"n", b"S", b"s"):
            if op in _FILL_PAINT and not state.white and path:
                xs, ys = [p[0] for p in path], [p[1] for p in path]
                painted.append((min(xs), min(ys), max(xs), max(ys)))
            path = []
        elif op in (b"Do", b"INLINE IMAGE"):
            corners = [_apply(state.ctm, px, py) for px, py in ((0, 0), (1, 1), (0, 1), (1, 0))]
            xs, ys = [p[0] for p in corners], [p[1] for p in corners]
            painted.append((min(xs), min(ys), max(xs), max(ys)))
        if op in (b"'", b'"'):
            tm = tlm = _mul((1.0, 0.0, 0.0, 1.0, 0.0, -leading), tlm)
        if op in _SHOW_TEXT:
            trm = _mul(tm, state.ctm)
            if state.mode in (3, 7) or state.size * _scale(trm) < 1.0:
                continue
            if state.white:
                x, y = _apply(trm, 0.0, 0.0)
                if not any(x0 <= x <= x1 and y0 <= y <= y1 for x0, y0, x1, y1 in painted):
                    continue
        out.append((operands, op))
    return out


def visible_pdf_page_text(page: Any, reader: Any, visitor: Any = None) -> str:
    """`page.extract_text()` of only what a reader of the printed page would see (`visitor`:
    pypdf's `visitor_text`, shown each piece of that text)."""
    from pypdf.generic import ContentStream, NameObject

    contents = page.get_contents()
    if contents is None:
        return page.extract_text(visitor_text=visitor) or ""
    stream = ContentStream(contents, reader)
    stream.operations = visible_pdf_operations(stream.operations)
    # In memory only: the reader's copy of the page now draws just the visible text.
    page[NameObject("/Contents")] = stream
    return page.extract_text(visitor_text=visitor) or ""
