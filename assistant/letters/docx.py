"""Markdown (the small subset letters use) to Word, with real footnotes.

The letter's Markdown is the one editable form of a draft: the CLI, the
download buttons and an edited draft in the app all go through
`markdown_to_docx`, so the Word file always says what the Markdown says.

Subset understood: `#`/`##`/`###` headings (Word "Heading 1–3"); numbered
items `1. …` (kept with their own number and a hanging indent, so an edited
draft keeps the numbers its author typed); bullets `- …` and task items
`- [ ] …` (ticked box shown as ☐/☑); paragraphs (consecutive lines joined);
`**bold**`, `*italic*`; backslash escapes; footnote references `[^n]` and
definitions `[^n]: text` (Markdown footnotes, as GitHub renders them).

Footnotes are real Word footnotes: python-docx has no footnote API, so this
module adds the footnotes part (`word/footnotes.xml`) itself, with the two
separator footnotes Word expects, relates it to the document part, and puts
`w:footnoteReference` runs in the text. "Footnote Text" and "Footnote
Reference" styles are added to the document. Every piece of text is set as an
XML text node, never spliced into markup, so user input stays plain text.

Left out: tables, links, images, nested lists and block quotes (letters don't
use them; such lines become plain paragraphs).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

_INLINE_SPECIAL = re.compile(r"([\\`*_\[\]<>|~#])")
_ENTITY = re.compile(r"&(?=#?[A-Za-z0-9]+;)")
_BLOCK_START = re.compile(r"^(\s*)([-+*=]|\d+(?=[.)])|>)")
_ESCAPED = re.compile(r"\\([!-/:-@\[-`{-~])")
_FOOTDEF = re.compile(r"^\[\^([^\]\s]+)\]:\s?(.*)$")
_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_NUMBERED = re.compile(r"^(\d+)[.)]\s+(.*)$")
_BULLET = re.compile(r"^[-*+]\s+(?:\[([ xX])\]\s+)?(.*)$")
_TOKEN = re.compile(r"\\([!-/:-@\[-`{-~])|\[\^([^\]\s]+)\]|(\*\*)|(\*)|([^\\*\[]+|.)", re.S)


def escape_md(text: str) -> str:
    """Plain text to Markdown that renders as exactly that text.

    Escapes the characters that could start markup (emphasis, code, links,
    HTML, tables, headings) and an entity-like `&`; at the start of a line, a
    list, quote or heading marker. Everything else is left readable.
    """
    out = []
    for line in text.split("\n"):
        line = _INLINE_SPECIAL.sub(r"\\\1", line)
        line = _ENTITY.sub(r"\\&", line)
        m = _BLOCK_START.match(line)
        if m:
            marker = m.group(2)
            if marker.isdigit():  # "1." -> "1\."
                i = m.end()
                line = line[:i] + "\\" + line[i:]
            else:
                line = line[: m.start(2)] + "\\" + line[m.start(2) :]
        out.append(line)
    return "\n".join(out)


def unescape_md(text: str) -> str:
    return _ESCAPED.sub(r"\1", text)


@dataclass
class Run:
    text: str = ""
    bold: bool = False
    italic: bool = False
    footnote: str | None = None  # label of a footnote reference


@dataclass
class Block:
    kind: str  # "heading" | "para" | "numbered" | "bullet"
    runs: list[Run] = field(default_factory=list)
    level: int = 0  # heading level
    number: str = ""  # numbered item's number
    box: str | None = None  # task item: " " or "x"


def _balanced(text: str, marker: str) -> bool:
    plain = _ESCAPED.sub("", text)
    if marker == "*":
        plain = plain.replace("**", "")
    return plain.count(marker) % 2 == 0


def parse_inline(text: str) -> list[Run]:
    bold_ok = _balanced(text, "**")
    italic_ok = _balanced(text, "*")
    runs: list[Run] = []
    pieces: list[list[str]] = []  # each run's text, joined once at the end (linear)
    bold = italic = False
    for esc, ref, dbl, sgl, plain in _TOKEN.findall(text):
        if ref:
            runs.append(Run(footnote=ref))
            pieces.append([])
            continue
        if dbl and bold_ok:
            bold = not bold
            continue
        if sgl and italic_ok:
            italic = not italic
            continue
        piece = esc or dbl or sgl or plain
        if runs and runs[-1].footnote is None and (runs[-1].bold, runs[-1].italic) == (bold, italic):
            pieces[-1].append(piece)
        else:
            runs.append(Run("", bold, italic))
            pieces.append([piece])
    for run, parts in zip(runs, pieces, strict=True):
        run.text = "".join(parts)
    return runs


def parse_markdown(md: str) -> tuple[list[Block], dict[str, list[Run]]]:
    """Blocks of the body, and footnote definitions by label."""
    blocks: list[Block] = []
    notes: dict[str, list[Run]] = {}
    current: Block | None = None
    buffer: list[str] = []
    note_label: str | None = None

    def flush() -> None:
        nonlocal current, buffer, note_label
        if note_label is not None:
            notes[note_label] = parse_inline(" ".join(buffer))
        elif current is not None:
            current.runs = parse_inline(" ".join(buffer))
            blocks.append(current)
        current, buffer, note_label = None, [], None

    for raw in md.splitlines():
        line = raw.strip()
        if not line:
            flush()
            continue
        indented = raw.startswith(("    ", "\t"))
        if (m := _FOOTDEF.match(line)) and not indented:
            flush()
            note_label, buffer = m.group(1), [m.group(2)]
        elif (m := _HEADING.match(line)) and not indented:
            flush()
            blocks.append(Block("heading", parse_inline(m.group(2)), level=len(m.group(1))))
        elif (m := _NUMBERED.match(line)) and not indented:
            flush()
            current, buffer = Block("numbered", number=m.group(1)), [m.group(2)]
        elif (m := _BULLET.match(line)) and not indented:
            flush()
            current, buffer = Block("bullet", box=m.group(1)), [m.group(2)]
        elif current is None and note_label is None:
            current, buffer = Block("para"), [line]
        else:
            buffer.append(line)
    flush()
    return blocks, notes


def markdown_to_docx(md: str, path: str | Path, title: str = "") -> Path:
    """Write `md` as a Word document at `path`; footnotes become Word footnotes.

    `title` (default: the first heading) goes into the document properties.
    """
    import docx
    from docx.enum.style import WD_STYLE_TYPE
    from docx.shared import Cm, Pt

    path = Path(path)
    blocks, notes = parse_markdown(md)
    if not title:  # the first heading names the document
        first = next((b for b in blocks if b.kind == "heading"), None)
        title = "".join(r.text for r in first.runs) if first else ""
    document = docx.Document()
    document.core_properties.title = title[:250]
    document.core_properties.author = "Llais"
    styles = document.styles
    note_style = styles.add_style("Footnote Text", WD_STYLE_TYPE.PARAGRAPH)
    note_style.base_style = styles["Normal"]
    note_style.font.size = Pt(9)
    note_style.paragraph_format.space_after = Pt(2)
    ref_style = styles.add_style("Footnote Reference", WD_STYLE_TYPE.CHARACTER)
    ref_style.font.superscript = True

    ids: dict[str, int] = {}  # footnote label -> Word footnote id, in order of first reference
    for block in blocks:
        if block.kind == "heading":
            para = document.add_heading("", level=min(block.level, 3))
        elif block.kind == "bullet":
            para = document.add_paragraph(style="List Bullet")
            if block.box is not None:
                para.add_run("☑ " if block.box.lower() == "x" else "☐ ")
        else:
            para = document.add_paragraph()
            if block.kind == "numbered":
                para.paragraph_format.left_indent = Cm(0.75)
                para.paragraph_format.first_line_indent = Cm(-0.75)
                para.add_run(f"{block.number}.\t")
        for run in block.runs:
            if run.footnote is not None:
                if run.footnote in notes:
                    ids.setdefault(run.footnote, len(ids) + 1)
                    _footnote_reference(para, ids[run.footnote])
                else:  # a reference with no definition stays as typed
                    para.add_run(f"[^{run.footnote}]")
                continue
            r = para.add_run(run.text)
            r.bold = run.bold or None
            r.italic = run.italic or None
    if ids:
        _add_footnotes_part(document, [(ids[label], notes[label]) for label in ids])
    path.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(path))
    return path


def _footnote_reference(paragraph, note_id: int) -> None:  # paragraph: docx Paragraph
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    run = paragraph.add_run()
    run.style = "Footnote Reference"
    ref = OxmlElement("w:footnoteReference")
    ref.set(qn("w:id"), str(note_id))
    run._r.append(ref)


def _add_footnotes_part(document, notes: list[tuple[int, list[Run]]]) -> None:
    """Create word/footnotes.xml with separators and one footnote per note."""
    from docx.opc.constants import CONTENT_TYPE as CT
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import XmlPart
    from docx.oxml import OxmlElement, parse_xml
    from docx.oxml.ns import nsdecls, qn

    root = parse_xml(
        f"<w:footnotes {nsdecls('w', 'r')}>"
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
        "<w:r><w:separator/></w:r></w:p></w:footnote>"
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
        "<w:r><w:continuationSeparator/></w:r></w:p></w:footnote>"
        "</w:footnotes>"
    )
    note_style = document.styles["Footnote Text"].style_id
    ref_style = document.styles["Footnote Reference"].style_id

    def run_el(text: str | None, style: str | None = None, bold: bool = False, italic: bool = False):
        r = OxmlElement("w:r")
        rpr = OxmlElement("w:rPr")
        if style:
            rs = OxmlElement("w:rStyle")
            rs.set(qn("w:val"), style)
            rpr.append(rs)
        if bold:
            rpr.append(OxmlElement("w:b"))
        if italic:
            rpr.append(OxmlElement("w:i"))
        if len(rpr):
            r.append(rpr)
        if text is None:
            r.append(OxmlElement("w:footnoteRef"))
        else:
            t = OxmlElement("w:t")
            t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            t.text = text
            r.append(t)
        return r

    for note_id, runs in notes:
        fn = OxmlElement("w:footnote")
        fn.set(qn("w:id"), str(note_id))
        p = OxmlElement("w:p")
        ppr = OxmlElement("w:pPr")
        ps = OxmlElement("w:pStyle")
        ps.set(qn("w:val"), note_style)
        ppr.append(ps)
        p.append(ppr)
        p.append(run_el(None, ref_style))
        p.append(run_el(" "))
        for run in runs:
            text = run.text if run.footnote is None else f"[^{run.footnote}]"
            p.append(run_el(text, bold=run.bold, italic=run.italic))
        fn.append(p)
        root.append(fn)

    part = XmlPart(PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, root, document.part.package)
    document.part.relate_to(part, RT.FOOTNOTES)


def read_footnotes(path: str | Path) -> dict[int, str]:
    """Footnote id -> text of a .docx (separators left out); for checks and tests."""
    import docx
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from lxml import etree

    document = docx.Document(str(path))
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    out: dict[int, str] = {}
    for rel in document.part.rels.values():
        if rel.reltype != RT.FOOTNOTES:
            continue
        root = etree.fromstring(rel.target_part.blob)
        for fn in root.iter(f"{w}footnote"):
            note_id = int(fn.get(f"{w}id"))
            if note_id > 0:
                out[note_id] = "".join(t.text or "" for t in fn.iter(f"{w}t")).strip()
    return out
