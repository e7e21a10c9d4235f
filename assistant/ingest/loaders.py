"""Turn a file into text: one loader per format, each on a well-kept library.

Output is plain text with light Markdown structure (`#` headings, `•`/`1.` list
markers) so the cleaner and splitter see the same shapes whatever the format.

A PDF's running headers, footers and page numbers are dropped and its lines
re-flowed page by page (`text/pages.py`); its pages are kept so that chunks
can carry page numbers. Tables, from Word, a PDF (`pdf_tables.py`), a web page
or Markdown, become one list item per row that names each cell by its column
("• Record: CCTV images; Kept for: 31 days"), in the place the table stood
(`table_lines`). A Word draft is read as it now stands: tracked insertions in,
tracked deletions out, and the text of its links kept. A PowerPoint deck is read slide by
slide, each a page (`presentation.py`); an email saved as .eml (`eml.py`) or from Outlook as
.msg (`msg.py`) as a thread saved as text is; a spreadsheet (.xlsx, .xls, .csv) sheet by sheet, its
tables row by row (`spreadsheet.py`); Rich Text Format as Word writes it (`rtf.py`); a Word 97–2003
document (.doc) paragraph by paragraph (`word97.py`), also when it has been renamed .docx; a meeting's
transcript (.vtt, as Teams and Zoom save one) turn by turn (`transcript.py`). A PDF that only
restricts copying or printing is opened with the empty password; a file that can't be read
is refused with what to do about it (`refusals.py`).

Left out: PDF tables whose columns don't line up; OCR for scanned PDFs (no offline OCR model here; such a PDF is reported
as having no extractable text) and PowerPoint 97–2003 (.ppt; no maintained reader; refused with how
to save a copy that can be read).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from itertools import zip_longest
from pathlib import Path
from typing import Any

from assistant.errors import UserError
from assistant.ingest.old_office import old_office_suffix
from assistant.ingest.pdf_headings import mark_headings
from assistant.ingest.pdf_notes import NoteFinder, place_notes, squash
from assistant.ingest.pdf_tables import with_tables
from assistant.ingest.refusals import (
    PASSWORD,
    PDF_PASSWORD,
    compound_file,
    locked_opendocument,
    unsupported,
)
from assistant.text.clean import is_furniture
from assistant.text.pages import ENDS_SENTENCE, drop_furniture
from assistant.text.visibility import (
    docx_visible_text,
    strip_hidden_html,
    strip_hidden_markdown,
    visible_pdf_page_text,
)
from assistant.text.welsh import in_welsh

SUPPORTED_SUFFIXES = (
    ".txt", ".md", ".markdown", ".html", ".htm", ".pdf", ".docx", ".doc", ".odt", ".pptx", ".eml", ".msg", ".xlsx", ".xls",
    ".csv", ".rtf", ".vtt",
)


# Messages name what the user can check, never an exception class (the cause stays chained).
_UNREADABLE_PDF = "corrupt or unreadable PDF (the file is damaged, or is not really a PDF)"


class LoadError(UserError):
    """A file that can't be ingested; the message names the reason in one line."""


@dataclass(frozen=True)
class LoadedText:
    text: str
    title: str | None  # from the file's own metadata or first heading, if any
    format: str
    pages: tuple[str, ...] = ()  # a paged format's text page by page (furniture removed)


DEFAULT_MAX_UNPACKED = 60_000_000


def load_file(path: Path, max_bytes: int, max_unpacked: int = DEFAULT_MAX_UNPACKED) -> LoadedText:
    if path.is_symlink():  # a link is read as what it points to, named by either name
        target = path.resolve()
        if not target.is_file():
            raise LoadError("the link points to a file that is not there")
        if path.suffix.lower() not in SUPPORTED_SUFFIXES:
            path = target
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise LoadError(unsupported(suffix, SUPPORTED_SUFFIXES))
    size = path.stat().st_size
    if size == 0:
        raise LoadError("file is empty")
    if size > max_bytes:
        raise LoadError(f"file is {size / 1e6:.1f} MB, over the {max_bytes / 1e6:.0f} MB limit")
    data = path.read_bytes()
    if suffix in (".txt", ".md", ".markdown"):
        text = decode_text(data)
        # Markdown renders raw HTML: its comments and hidden elements are invisible; plain text sets
        # its tables out in columns of spaces.
        text = task_lists(pipe_tables(strip_hidden_markdown(text))) if suffix != ".txt" else spaced_tables(text)
        title = _first_markdown_heading(text) or email_subject(text) or (_first_line_title(text) if suffix == ".txt" else None)
        return LoadedText(text, title, "markdown" if suffix != ".txt" else "text")
    if suffix in (".html", ".htm"):
        page = _load_html(decode_text(data))
        return replace(page, text=pipe_tables(page.text))
    if suffix == ".pdf":
        return _load_pdf(path)
    if suffix == ".vtt":
        from assistant.ingest.transcript import load_vtt

        try:
            text = load_vtt(decode_text(data))
        except ValueError as e:
            raise LoadError(str(e)) from e
        if not text:
            raise LoadError("the transcript has no words in it")
        return LoadedText(text, None, "transcript")
    if suffix == ".eml":
        from assistant.ingest.eml import load_eml

        try:
            text, subject = load_eml(data, lambda html: _load_html(html).text)
        except ValueError as e:
            raise LoadError(str(e)) from e
        return LoadedText(text, subject, "email")
    if suffix == ".csv":
        from assistant.ingest.spreadsheet import load_csv

        text = load_csv(decode_text(data), table_lines)
        if not text:
            raise LoadError("the CSV file has no text")
        return LoadedText(text, None, "csv")
    if suffix in (".docx", ".xlsx"):
        suffix = old_office_suffix(data) or suffix  # an old Office file under a new name is read as what it is
    if suffix == ".doc":
        return _load_doc(data)
    if suffix == ".xls":
        return _load_xls(data)
    if suffix == ".xlsx":
        from assistant.ingest.spreadsheet import UNREADABLE as BAD_XLSX
        from assistant.ingest.spreadsheet import load_xlsx

        return _load_zipped(path, max_unpacked, "XLSX", BAD_XLSX, load_xlsx, "the XLSX has no text in its visible sheets")
    if suffix == ".rtf":
        from assistant.ingest.rtf import load_rtf

        try:  # RTF is 7-bit text: its other characters are escapes, read by the RTF reader
            rtf_text, rtf_title = load_rtf(decode_text(data), table_lines)
        except ValueError as e:
            raise LoadError(str(e)) from e
        if not rtf_text:
            raise LoadError("the RTF file has no text")
        return LoadedText(rtf_text, usable(rtf_title), "rtf")
    if suffix == ".msg":
        from assistant.ingest.msg import load_msg

        try:
            text, subject = load_msg(data, lambda html: _load_html(html).text)
        except ValueError as e:
            raise LoadError(str(e)) from e
        if not text.strip():
            raise LoadError("the Outlook message has no text")
        return LoadedText(text, subject, "email")
    if suffix == ".pptx":
        return _load_pptx(path, max_unpacked)
    if suffix == ".odt":
        from assistant.ingest.odt import UNREADABLE, load_odt

        return _load_zipped(path, max_unpacked, "ODT", UNREADABLE, load_odt, "the ODT has no text")
    return _load_docx(path, max_unpacked)


def _load_doc(data: bytes) -> LoadedText:
    from assistant.ingest.word97 import LOCKED, UNREADABLE, load_doc

    try:
        text, title = load_doc(data, table_lines)
    except ValueError as e:
        raise LoadError(PASSWORD if str(e) == LOCKED else UNREADABLE) from e
    except Exception as e:  # struct and olefile errors on a damaged file
        raise LoadError(UNREADABLE) from e
    if not text:
        raise LoadError("the DOC file has no text")
    return LoadedText(text, usable(title), "doc")


def _load_xls(data: bytes) -> LoadedText:
    from assistant.ingest.old_office import summary_title
    from assistant.ingest.spreadsheet import XLS_LOCKED, load_xls

    try:
        text, _none = load_xls(data, table_lines)
    except ValueError as e:
        raise LoadError(PASSWORD if str(e) == XLS_LOCKED else str(e)) from e
    if not text:
        raise LoadError("the XLS has no text in its visible sheets")
    return LoadedText(text, usable(summary_title(data)), "xls")


def _load_zipped(
    path: Path, max_unpacked: int, kind: str, unreadable: str,
    read: Callable[[Path, Callable[[list[list[str]]], list[str]]], tuple[str, str | None]], empty: str,
) -> LoadedText:
    """An OpenDocument or Excel file: a zip, measured unpacked before it is parsed, then read
    by `read` (text and metadata title; ValueError with a one-line reason) with its tables row
    by row."""
    check_unpacked(path, max_unpacked, kind, unreadable)
    try:
        text, title = read(path, table_lines)
    except ValueError as e:
        raise LoadError(str(e)) from e
    if not text:
        raise LoadError(empty)
    return LoadedText(text, usable(title), kind.lower())


def decode_text(data: bytes) -> str:
    """Decode bytes that should be text; refuse binary data and unknown encodings."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as e:
            raise LoadError("unreadable encoding (bad UTF-16)") from e
    head = data[:8192]
    if b"\x00" in head or _control_ratio(head) > 0.05:
        raise LoadError("binary data, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    # Windows-1252 is the one legacy encoding common in UK office files; accept it
    # only when the result looks like prose, otherwise report the encoding.
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError as e:
        raise LoadError("unreadable encoding (not UTF-8 or Windows-1252)") from e
    if _control_ratio(text.encode("utf-8", "ignore")) > 0.01:
        raise LoadError("unreadable encoding (not UTF-8 or Windows-1252)")
    return text


def _control_ratio(b: bytes) -> float:
    if not b:
        return 0.0
    bad = sum(1 for c in b if c < 32 and c not in (9, 10, 12, 13))
    return bad / len(b)


# A metadata title that only names the file it was printed or saved from.
# reportlab and some converters write "(anonymous)" when they are given no title; PowerPoint
# "PowerPoint Presentation".
_PRINTED_FROM = re.compile(
    r"^(?:microsoft (?:word|powerpoint|excel) - |untitled\b|document\d*$|\(?anonymous\)?$|(?:powerpoint )?presentation\d*$)|\.(?:docx?|pdf|odt|rtf|txt)$", re.I
)


def usable(title: str | None) -> str | None:
    """A file's metadata title, unless it is only a file name ("Microsoft Word - ai-policy.docx",
    "Document1"): a document printed to PDF from Word carries one, and every citation shows it.
    Without one the title comes from the first heading or the file's name."""
    t = " ".join((title or "").split())
    return t if t and not _PRINTED_FROM.search(t) else None


# A line that names the kind of document it heads ("Data Processing Agreement", "Policy on
# the Use of AI at Work"): a PDF has no heading styles, so this is how its title is known.
_KIND_OF_DOCUMENT = re.compile(
    r"\b(?:agreement|policy|procedure|contract|notice|minutes|handbook|guidance|guide|report|assessment|"
    r"statement|strategy|plan|charter|code of (?:conduct|practice)|terms of reference|protocol|framework|briefing|"
    r"presentation|newsletter|bulletin|memo|questions and answers|faqs?)\b",
    re.I,
)


_SUBJECT = re.compile(r"^subject:\s*(?:(?:re|fwd?|fw)\s*:\s*)*(.+)$", re.I)


def email_subject(text: str) -> str | None:
    """An email's subject, when the text opens with one ("Subject: RE: Scheduling software"
    → "Scheduling software"): a thread saved as text is titled by it."""
    for line in text.split("\n")[:3]:
        if m := _SUBJECT.match(line.strip()):
            return " ".join(m.group(1).split()) or None
    return None


def title_line(text: str) -> str | None:
    """A PDF's title, when its metadata has none: a short first line that names a kind of
    document ("Data Processing Agreement"), or an email's subject. A letterhead, an address or
    a first sentence is passed over, and the file's name is used.

    Plain text is left to its file name: measured on the outside set, a first line such as
    "NON-DISCLOSURE AGREEMENT" in every chunk's embedded heading ranked the right clause first
    less often (hit@1 0.721 → 0.703 on 172 NDA questions)."""
    for line in text.split("\n")[:3]:
        line = " ".join(line.split())
        if line.startswith("## "):  # set larger than the text (`pdf_headings`): the title, at the top
            return line[3:]
        line = line.lstrip("# ")
        if not line or is_furniture(line):
            continue
        short = len(line.split()) <= 16 and not line.endswith((".", ",", ";", ":"))
        if short and line[:1].isupper() and _KIND_OF_DOCUMENT.search(line):
            return line
    return email_subject(text)


def _first_line_title(text: str) -> str | None:
    """A plain-text document's title: its first line, when that stands alone as a title does
    ("Proposed introduction of robotic process automation in Payroll", then a blank line): short,
    capitalised, without a sentence's full stop, not a field ("To: …") or a greeting."""
    lines = text.lstrip("\ufeff").split("\n")
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None:
        return None
    line = lines[first].strip()
    alone = first + 1 >= len(lines) or not lines[first + 1].strip()
    if not alone or len(line.split()) > 14 or len(line) > 120 or not line[:1].isupper() or line.endswith((".", ",", ":", ";")):
        return None
    # (a line all in capitals is a title even with a colon: "WHISTLEBLOWING: RAISING A CONCERN", and so
    # is one that names a kind of document: "Body worn cameras: privacy notice for staff")
    if (re.match(r"^[^:]{1,30}:\s", line) and not line.isupper() and not _KIND_OF_DOCUMENT.search(line)) or re.match(r"^(?:dear|hi|hello|to|from|date|subject)\b", line, re.I):
        return None
    return line


def _first_markdown_heading(text: str) -> str | None:
    m = re.search(r"^#{1,3}\s+(.+?)\s*#*\s*$", text, re.M)
    return m.group(1).strip() if m else None


def definition_lists(html: str) -> str:
    """A page's definition lists (<dl>) as lists of "term: definition" items. Read as they are,
    the term and its definition come out as two items ("- Anchor day", "- A day each week
    when…"), and the definition found alone doesn't say what it defines."""
    if "<dl" not in html.lower():
        return html
    import lxml.html

    root = lxml.html.fromstring(html)
    for dl in list(root.iter("dl")):
        items: list[str] = []
        term, after_term = "", False
        for child in dl:
            tag = child.tag if isinstance(child.tag, str) else ""
            text = " ".join(child.text_content().split())
            if tag == "dt":  # several terms in a row share the definition after them
                term, after_term = (f"{term}, {text}" if after_term else text), True
            elif tag == "dd" and text:
                # (a question and its answer read as they are asked: "Can I opt out? Yes. …")
                items.append(f"{term} {text}" if term.endswith("?") else f"{term}: {text}" if term else text)
                after_term = False
        ul = lxml.html.Element("ul")
        for item in items:
            li = lxml.html.Element("li")
            li.text = item
            ul.append(li)
        ul.tail = dl.tail
        dl.getparent().replace(dl, ul)
    return lxml.html.tostring(root, encoding="unicode")


def tab_panels(html: str) -> str:
    """A page's tabs (role="tab" buttons, each naming the panel it shows by aria-controls, or named
    by the panel's aria-labelledby) as a heading at the top of each panel, every panel shown. The
    tab strip comes before all the panels, so read as it is its names stood together over the first
    panel; and a panel not selected is marked hidden, so its text was dropped as hidden text."""
    low = html.lower()
    if 'role="tab"' not in low and "role='tab'" not in low:
        return html
    import lxml.html

    root = lxml.html.fromstring(html)
    by_id = {el.get("id"): el for el in root.iter() if isinstance(el.tag, str) and el.get("id")}
    tabs: list[Any] = []
    levels: list[int] = []  # each tab's heading level: one below the last heading before it
    level = 1
    for el in root.iter():
        if isinstance(el.tag, str) and el.tag in _HEADINGS:
            level = int(el.tag[1])
        elif isinstance(el.tag, str) and el.get("role") == "tab":
            tabs.append(el)
            levels.append(min(level + 1, 6))
    named: set[int] = set()
    for tab, level in zip(tabs, levels, strict=True):
        panel = by_id.get(tab.get("aria-controls") or "")
        if panel is None:
            panel = next((p for p in root.iter() if isinstance(p.tag, str) and p.get("role") == "tabpanel"
                          and tab.get("id") and p.get("aria-labelledby") == tab.get("id")), None)
        text = " ".join(tab.text_content().split())
        if panel is None or not text or id(panel) in named:
            continue
        named.add(id(panel))
        for attr in ("hidden", "aria-hidden", "style"):
            panel.attrib.pop(attr, None)
        heading = lxml.html.Element(f"h{level}")
        heading.text = text
        panel.insert(0, heading)
    for tab in tabs:
        if tab.getparent() is not None:
            tab.drop_tree()
    for strip in [el for el in root.iter() if isinstance(el.tag, str) and el.get("role") == "tablist"]:
        if not strip.text_content().strip():
            strip.drop_tree()
    return lxml.html.tostring(root, encoding="unicode")


_TOGGLE_CLASS = re.compile(r"accordion|collaps|toggle|expand|faq|question|disclosure", re.I)
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


def question_buttons(html: str) -> str:
    """A page's disclosure buttons (an FAQ's accordion: a question on a button, its answer in the
    element after it) as headings over their answers. Main-text extraction drops buttons, so the
    questions were lost and the answers stood alone ("No. Everything on the shared drives…").
    A button set inside a heading is read as the heading's text. Other buttons are actions
    ("Search", "Print this page") and are dropped: left in, the extractor took the page for
    one without structure and lost its headings."""
    low = html.lower()
    if "<button" not in low and 'role="button"' not in low:
        return html
    import lxml.html

    root = lxml.html.fromstring(html)
    level = 1  # the level of the last heading before the button, in reading order
    for el in list(root.iter()):
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in _HEADINGS and not el.xpath("ancestor::button"):
            level = int(tag[1])
            continue
        if tag != "button" and el.get("role") != "button":
            continue
        text = " ".join(el.text_content().split())
        if el.xpath("ancestor::h1|ancestor::h2|ancestor::h3|ancestor::h4|ancestor::h5|ancestor::h6"):
            el.drop_tag()  # its text stays as the heading's
            continue
        toggles = any(el.get(a) is not None for a in ("aria-expanded", "aria-controls", "data-toggle", "data-bs-toggle", "data-target"))
        if text and (toggles or _TOGGLE_CLASS.search(el.get("class", "")) or text.endswith("?")):
            heading = lxml.html.Element(f"h{min(level + 1, 6)}")
            heading.text = text
            heading.tail = el.tail
            el.getparent().replace(el, heading)
        elif tag == "button":
            el.drop_tree()  # an action ("Print this page"), whose text is no part of the page's
    return lxml.html.tostring(root, encoding="unicode")


def _span(cell: Any, name: str) -> int:
    try:
        return max(1, min(int(cell.get(name, "1")), MAX_SPAN))
    except ValueError:
        return 1


MAX_SPAN = 50  # a cell spanning more rows or columns than this is read as spanning this many


def spanned_tables(html: str) -> str:
    """A page's tables with merged cells (rowspan, colspan) as plain grids with one row of
    headings: a heading over two columns is joined to each heading under it ("Allowance per
    session, Weekday night"), and a cell over several rows is in each of them. Read as they are,
    the second heading row is taken for a row of data, and every cell after a merged one is
    named by the wrong heading."""
    low = html.lower()
    if "rowspan" not in low and "colspan" not in low:
        return html
    import lxml.html

    root = lxml.html.fromstring(html)
    for table in list(root.iter("table")):
        rows = [tr for tr in table.iter("tr") if next(tr.iterancestors("table"), None) is table]
        if not any(_span(c, "rowspan") > 1 or _span(c, "colspan") > 1 for tr in rows for c in tr if c.tag in ("td", "th")):
            continue
        grid: dict[tuple[int, int], str] = {}
        heading_rows = 0
        for r, tr in enumerate(rows):
            cells = [c for c in tr if c.tag in ("td", "th")]
            if r == heading_rows and cells and all(c.tag == "th" for c in cells):
                heading_rows += 1
            col = 0
            for cell in cells:
                while (r, col) in grid:
                    col += 1
                text = " ".join(cell.text_content().split())
                for dr in range(_span(cell, "rowspan")):
                    for dc in range(_span(cell, "colspan")):
                        grid[(r + dr, col + dc)] = text
                col += _span(cell, "colspan")
        width = 1 + max(c for _r, c in grid)
        height = max(len(rows), 1 + max(r for r, _c in grid))
        heads = []
        for c in range(width):
            parts = [grid.get((r, c), "") for r in range(heading_rows)]
            heads.append(", ".join(dict.fromkeys(p for p in parts if p)))
        new = lxml.html.Element("table")
        for r, texts in [(-1, heads), *((r, [grid.get((r, c), "") for c in range(width)]) for r in range(heading_rows, height))]:
            tr = lxml.html.Element("tr")
            for text in texts:
                cell = lxml.html.Element("th" if r < 0 else "td")
                cell.text = text
                tr.append(cell)
            new.append(tr)
        new.tail = table.tail
        table.getparent().replace(table, new)
    return lxml.html.tostring(root, encoding="unicode")


def _load_html(html: str) -> LoadedText:
    import trafilatura

    # Main-text extraction drops navigation, footers, scripts, styles and comments;
    # text hidden by attributes or CSS goes first (see assistant/text/visibility.py).
    try:
        html = tab_panels(html)
    except Exception:  # the tabs as they are
        pass
    try:
        visible = strip_hidden_html(html)
    except Exception:  # never lose a page to the filter
        visible = html
    try:
        visible = definition_lists(visible)
    except Exception:  # the page as it is
        pass
    try:
        visible = spanned_tables(visible)
    except Exception:  # the tables as they are
        pass
    try:
        visible = question_buttons(visible)
    except Exception:  # the buttons as they are
        pass
    text = trafilatura.extract(
        visible,
        output_format="markdown",
        include_comments=False,
        include_tables=True,
        include_links=False,
        include_images=False,
        favor_recall=True,
        deduplicate=False,
    )
    if not text or not text.strip():
        raise LoadError("no readable text found in the HTML page")
    meta = trafilatura.extract_metadata(html)
    title = meta.title if meta is not None and meta.title else _first_markdown_heading(text)
    return LoadedText(with_byline_date(text, visible, meta.date if meta is not None else None), title, "html")


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")


def with_byline_date(text: str, page: str, date: str | None) -> str:
    """The page's text with the date it was published, as its byline shows it ("By the
    Communications Team, 14 October 2026"), on a line under its first heading. Main-text extraction
    drops a byline, and with it the only date a news item has ("when was it launched?"). Only a date
    written on the page: the extractor's date, when it comes from elsewhere (a URL, a copyright
    line), is not shown."""
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", date or "")
    if m is None or not 1 <= int(m.group(2)) <= 12:
        return text
    day, month, year = int(m.group(3)), _MONTHS[int(m.group(2)) - 1], m.group(1)
    written = re.compile(rf"\b{day}(?:st|nd|rd|th)?\s+{month}\s+{year}\b|\b{month}\s+{day}(?:st|nd|rd|th)?,?\s+{year}\b")
    if written.search(text) or not written.search(re.sub(r"<[^>]+>", " ", page)):
        return text
    line = f"Published: {day} {month} {year}"
    head = re.match(r"#[^\n]*\n", text)
    return f"{text[: head.end()]}\n{line}\n{text[head.end():]}" if head else f"{line}\n\n{text}"


def _load_pdf(path: Path) -> LoadedText:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(str(path))
        # Most published PDFs that are "encrypted" only restrict copying or printing, and open
        # with the empty password; one that needs a password to open is refused.
        if reader.is_encrypted and not reader.decrypt(""):
            raise LoadError(PDF_PASSWORD)
        read = [_pdf_page_text(p, reader) for p in reader.pages]
        texts, layouts, notes = [r[0] for r in read], [r[1] for r in read], [r[2] for r in read]
        # Each table row by row first: a row, not its cells, is what sits at a page's edge, so the
        # cells of a table that runs over the pages ("HR Services" at the foot of each) are not
        # taken for a running footer.
        tabled: list[str] = []
        header: list[str] | None = None
        for t, lay in zip(texts, layouts, strict=True):
            page, header = with_tables(t, lay, table_lines, header)
            tabled.append(page)
        pages = [place_notes(p, n) for p, n in zip(drop_furniture(tabled), notes, strict=True)]
        title = usable(reader.metadata.title) if reader.metadata else None
    except LoadError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as e:
        raise LoadError(_UNREADABLE_PDF) from e
    except Exception as e:  # pypdf raises a zoo of errors on damaged files
        raise LoadError(_UNREADABLE_PDF) from e
    text = join_pages([p.strip() for p in pages if p.strip()])
    if not text:
        raise LoadError("PDF has no extractable text (scanned images need OCR)")
    return LoadedText(text, title or title_line(text), "pdf", tuple(pages))


def _load_pptx(path: Path, max_unpacked: int) -> LoadedText:
    from assistant.ingest.presentation import UNREADABLE, load_pptx

    check_unpacked(path, max_unpacked, "PPTX", UNREADABLE)
    try:
        slides, title = load_pptx(path, table_lines)
    except ValueError as e:
        raise LoadError(str(e)) from e
    shown = [text for text, _notes in slides]
    # What every slide shows ("OFFICIAL", the organisation's name) goes before the notes are
    # put under the slide: they would hide it from the page's edge.
    pages = [
        f"{text}\n\n## Speaker notes\n\n{notes}" if notes else text
        for text, (_text, notes) in zip(drop_furniture(shown) if len(shown) > 2 else shown, slides, strict=True)
    ]
    text = "\n\n".join(p.strip() for p in pages if p.strip())
    if not text:
        raise LoadError("the PPTX has no text on its slides")
    return LoadedText(text, usable(title), "pptx", tuple(pages))


def join_pages(pages: list[str]) -> str:
    """Pages one after another: a paragraph break between them, except where a
    sentence runs on over the break ("…the Head of Service must" / "notify the
    recognised trade unions…"), which is one sentence again."""
    out = ""
    for page in pages:
        if out:
            # (or a figure after a word that needs what follows: "…which had a backlog of" / "400 cases.";
            # not a numbered heading, "3. Next steps")
            figure = page[:1].isdigit() and _NEEDS_MORE.search(out) is not None and _NUMBERED_HEADING.match(page) is None
            runs_on = not ENDS_SENTENCE.search(out) and (page[:1].islower() or figure)
            out += " " if runs_on else "\n\n"
        out += page
    return out


_NEEDS_MORE = re.compile(r"\b(?:of|a|an|the|to|and|or|with|by|for|in|on|at|from|than|about|around|over|under|per|be|is|are|was|were)\s*$", re.I)
_NUMBERED_HEADING = re.compile(r"^\d+(?:\.\d+)*[.)]?\s+[A-Z]")


def _pdf_page_text(page: Any, reader: object) -> tuple[str, str, list[str]]:
    """The page's visible text (all of its text if the visibility filter can't read it)
    without its footnotes, the same laid out in columns, where its tables are found
    (`pdf_tables`), and its footnotes (`pdf_notes`)."""
    finder = NoteFinder()
    try:
        text = visible_pdf_page_text(page, reader, finder)
    except Exception:
        finder = NoteFinder()
        text = page.extract_text(visitor_text=finder) or ""
    try:
        layout = page.extract_text(extraction_mode="layout") or ""
    except Exception:
        layout = ""
    body, notes = finder.split(text)
    try:
        body = mark_headings(body, [(t, s, y, f) for (t, s, y), f in zip(finder.pieces, finder.fonts, strict=True)])
    except Exception:  # headings are a help: a page whose type can't be read is still read, without them
        pass
    if notes:  # the notes' lines are taken out of the columns too, so no table is made of them
        said = "".join(squash(n) for n in finder.note_lines)
        layout = "\n".join(ln for ln in layout.split("\n") if len(sq := squash(ln)) < 3 or sq not in said)
    return body, layout, notes


def _docx_row(cells: Any) -> list[str]:
    """A Word table row's cells by grid column. python-docx gives a cell merged
    over several columns once for each; it is read once, in its first column,
    so the cells after it stay under their own headings."""
    out: list[str] = []
    for i, cell in enumerate(cells):
        merged = i > 0 and cell._tc is cells[i - 1]._tc
        out.append("" if merged else " ".join(docx_visible_text(p) for p in cell.paragraphs).strip())
    return out


_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def _text_boxes(para: Any) -> list[Any]:
    """The paragraphs of the text boxes anchored in a Word paragraph (`w:txbxContent`), once:
    Word writes each box twice, as a DrawingML shape and, under `mc:Fallback`, as VML for
    older readers."""
    from docx.oxml.ns import qn

    out = []
    for box in para._p.iter(qn("w:txbxContent")):
        if any(a.tag == _MC_FALLBACK for a in box.iterancestors()):
            continue
        out.extend(box.iter(qn("w:p")))
    return out


def _referred(para: Any, notes: dict[str, tuple[int, str]]) -> list[tuple[int, str]]:
    """(number, text) of the footnotes a Word paragraph refers to."""
    from docx.oxml.ns import qn

    return [notes[i] for r in para._p.iter(qn("w:footnoteReference")) if (i := r.get(qn("w:id"))) in notes]


def _footnotes(document: Any) -> dict[str, tuple[int, str]]:
    """A Word document's footnotes by id: the number Word shows (the order the text refers to
    them in) and their text. python-docx does not read the footnotes part."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.oxml.ns import qn
    from lxml import etree

    part = next((r.target_part for r in document.part.rels.values() if r.reltype == RT.FOOTNOTES and not r.is_external), None)
    if part is None:
        return {}
    try:
        root = etree.fromstring(part.blob, etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False))
    except etree.XMLSyntaxError:
        return {}
    text = {
        note.get(qn("w:id")): " ".join("".join(t.text or "" for t in note.iter(qn("w:t"))).split())
        for note in root.iter(qn("w:footnote"))
        if note.get(qn("w:type")) in (None, "normal")
    }
    order = [i for i in dict.fromkeys(r.get(qn("w:id")) for r in document.element.body.iter(qn("w:footnoteReference"))) if text.get(i)]
    return {i: (n, text[i]) for n, i in enumerate(order, 1)}


def _docx_body(document: Any, element: Any = None) -> Iterator[Any]:
    """The document's paragraphs and tables in the order they appear, including
    those inside content controls (`w:sdt`, which templates wrap whole sections
    in and `document.paragraphs` does not see)."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    for child in (document.element.body if element is None else element).iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            yield Paragraph(child, document)
        elif tag == "tbl":
            yield Table(child, document)
        elif tag in ("sdt", "sdtContent", "customXml"):
            yield from _docx_body(document, child)


# Words a column's heading is made of ("Term | Definition", "Record | Kept for", "Risk |
# Mitigation"): a two-column table whose first row has none of them is a table of fields.
_COLUMN_HEADING = re.compile(
    r"^(?:the\s+)?(?:terms?|definitions?|items?|descriptions?|questions?|answers?|dates?|events?|actions?|owners?|"
    r"names?|values?|fields?|details?|criteri(?:a|on)|essential|desirable|risks?|mitigations?|issues?|responses?|roles?|"
    r"responsibilit(?:y|ies)|categor(?:y|ies)|types?|status|notes?|comments?|stages?|steps?|tasks?|by when|deadlines?|"
    r"sections?|pages?|ref(?:erence)?s?|no\.?|numbers?|topics?|subjects?|areas?|titles?|purposes?|outcomes?|results?|"
    r"leads?|who|what|when|where|how|why|keys?|measures?|targets?|records?|kept for|retention|periods?|"
    r"characteristics?|impacts?|likelihood|severity|scores?|ratings?|priorit(?:y|ies)|costs?|amounts?|totals?|years?|"
    r"months?|weeks?|days?|hours?|times?|pay|rates?|salar(?:y|ies)|allowances?|locations?|contacts?|polic(?:y|ies)|clauses?|requirements?|evidence|changes?|before|after|"
    r"current|proposed|old|new|from|to|grades?|posts?|jobs?|teams?|services?|information|info|explanations?|"
    r"contents?|text|entr(?:y|ies)|labels?|attributes?|headings?)\b",
    re.I,
)
# A two-column form's headings say only that the left cell names a field and the right one holds
# it ("Field | Information", "Item | Details"): its rows read as the fields they are.
_LABEL_COLUMN = re.compile(r"^(?:the\s+)?(?:fields?|items?|labels?|attributes?|headings?|topics?|areas?|categor(?:y|ies))$", re.I)
_VALUE_COLUMN = re.compile(
    r"^(?:the\s+)?(?:information|info|values?|details?|descriptions?|answers?|responses?|entr(?:y|ies)|text|contents?)$",
    re.I,
)


_NO_FIGURE = re.compile(r"^(?:not applicable|n/?a|none|nothing|nil|no limit|-|–|—)\.?$", re.I)


def _fields(rows: list[list[str]]) -> bool:
    """A two-column table of fields and their values, with no heading row ("Grade | Grade 6
    (£27,711 – £30,296)", "Reports to | Team Leader"): every row a short label and its value,
    and a first row that is not column headings. Read as headings, "Service | Customer
    Services" named every value below it ("Service: Grade; Customer Services: Grade 6")."""
    cells = [[c for c in r if c] for r in rows]
    if len(cells) < 2 or any(len(r) != 2 for r in cells):
        return False
    # (a form's label may be its question: "Do you have a separate keyboard and mouse? | ☐ Yes ☒ No")
    if any((len(r[0].split()) > 6 or len(r[0]) > 40) and not (r[0].endswith("?") and len(r[0]) <= 90) or r[0].endswith(".")
           for r in cells):
        return False
    # A heading names what its column holds: "Weeks of leave" over "Weeks 1 to 6", "Weeks 7 to 18".
    first = {w.lower().rstrip("s") for w in re.findall(r"[A-Za-z]{3,}", cells[0][0])}
    if first and all(first & {w.lower().rstrip("s") for w in re.findall(r"[A-Za-z]{3,}", r[0])} for r in cells[1:]):
        return False
    # …and a row without a figure over rows that each have one ("If you leave | You repay" over
    # "Within 12 months of finishing | 100% of the fees") is the headings of their figures.
    def figured(row: list[str]) -> bool:  # (a figure, or a cell that says there is none: "Not applicable", "Nothing")
        return any(ch.isdigit() for c in row for ch in c) or any(_NO_FIGURE.match(c.strip()) for c in row[1:])

    if not any(ch.isdigit() for c in cells[0] for ch in c) and all(figured(r) for r in cells[1:]):
        return False
    # A cell with an amount in it is a value, even one that begins as a heading would ("Grade 8
    # (£35,235 to £38,223)" beside "Grade").
    return not all(_COLUMN_HEADING.match(c) and not _AMOUNT.search(c) for c in cells[0])


# A column heading that says whether what is under it is to be done: "Do", "Don't", "Allowed", "Not allowed".
_OPPOSED = re.compile(r"^(?:do|don'?t|don’t|do not|dos|don'?ts|allowed|not allowed|permitted|not permitted|acceptable|"
                      r"unacceptable|always|never|approved|not approved|yes|no)\W*$", re.I)
_NEGATED = re.compile(r"\b(?:don'?t|don’t|not|never|unacceptable|no|don'?ts)\b", re.I)
_AMOUNT = re.compile(r"[£$€]\s?\d|\d\s?%")
_ABBREVIATED = 4  # characters, at most, of a column heading that ends with a full stop as an abbreviation does


def _bilingual(rows: list[list[str]]) -> bool:
    """A two-column table of the same text in Welsh and in English, a row a sentence each side."""
    cells = [[c for c in r if c] for r in rows]
    if len(cells) < 1 or any(len(r) != 2 for r in cells) or any(len(c.split()) < 4 for r in cells for c in r):
        return False
    sides = [[in_welsh(r[k]) for r in cells] for k in (0, 1)]
    return (all(sides[0]) and not any(sides[1])) or (all(sides[1]) and not any(sides[0]))


def table_lines(rows: list[list[str]]) -> list[str]:
    """A table as lines a reader can quote one at a time: each row a list item
    that names its cells by their column's heading when the first row has
    headings ("• Record: CCTV images; Kept for: 31 days"), so that a row found
    alone still says what it is. Rows are by grid column: an empty cell is left
    out without moving the cells after it to another heading, and two cells that
    say the same ("Likelihood: Medium; Severity: Medium") are both kept (a Word
    cell merged over several columns is given once by the Word reader)."""
    rows = [r for r in rows if any(r)]
    if not rows:
        return []
    if _bilingual(rows):
        # A notice set side by side in Welsh and English: each cell its own paragraph, in the row's
        # order, so that a question is answered in its own language (not "Bydd pob…; Every member…").
        return [line for r in rows for cell in r if cell for line in (cell, "")]
    if _fields(rows):
        return [f"• {cells[0]}: {cells[1]}" if len(cells) == 2 else f"• {'; '.join(cells)}" for cells in ([c for c in r if c] for r in rows)]
    head = rows[0]
    named = [c for c in head if c]
    # Column headings are short, and never a sentence; one may be a question ("Makes or supports
    # decisions about people?"), as a register or a form puts it.
    headed = len(rows) > 1 and len(named) > 1 and all(
        # (a short abbreviation is a heading: "No.", "Ref.")
        (len(c) <= 40 or (c.endswith("?") and len(c) <= 80)) and not (c.endswith(".") and len(c) > _ABBREVIATED) for c in named
    )
    if not headed:
        return [f"• {'; '.join(cells)}" if len(cells) > 1 else cells[0] for cells in ([c for c in r if c] for r in rows)]
    if len(head) == 2 and _OPPOSED.match(head[0].strip()) and _OPPOSED.match(head[1].strip()) and (
            _NEGATED.search(head[0]) is None) != (_NEGATED.search(head[1]) is None):
        # A table of dos and don'ts ("Do | Don't") pairs unrelated rules across a row: each cell is a rule of
        # its own, under its column's heading, a column at a time.
        return [f"• {h}: {r[k]}" for k, h in enumerate(head) for r in rows[1:] if len(r) > k and r[k]]
    if len(head) == 2 and _LABEL_COLUMN.match(head[0].strip()) and _VALUE_COLUMN.match(head[1].strip()):
        # "Field: Role of the tool in the decision; Information: The tool suggests…" says less than
        # "Role of the tool in the decision: The tool suggests…"
        pairs = [(r + ["", ""])[:2] for r in rows[1:]]
        return [f"• {a}: {b}" if a and b else f"• {a or b}" for a, b in pairs]
    return [
        "• " + "; ".join(f"{h}: {c}" if h else c for h, c in zip_longest(head, r, fillvalue="") if c) for r in rows[1:]
    ]


_PIPE_ROW = re.compile(r"^\s*\|.*\|\s*$")
_PIPE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")


def pipe_tables(text: str) -> str:
    """Markdown pipe tables (a web page's tables come out of the HTML reader as
    these) as `table_lines`: one quotable line per row, its cells named."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        if _PIPE_ROW.match(lines[i]) and i + 1 < len(lines) and _PIPE_RULE.match(lines[i + 1]):
            rows = [lines[i]]
            j = i + 2
            while j < len(lines) and _PIPE_ROW.match(lines[j]):
                rows.append(lines[j])
                j += 1
            out.extend(table_lines([[c.strip() for c in r.strip().strip("|").split("|")] for r in rows]))
            i = j
            continue
        out.append(lines[i])
        i += 1
    return "\n".join(out)


_TASK = re.compile(r"^(?P<lead>\s*[-*+]\s+)\[(?P<mark>[ xX])\]\s+(?P<task>.+?)\s*$", re.M)


def task_lists(text: str) -> str:
    """Markdown task lists ("- [x] Owain to circulate the timetable", "- [ ] Sara to send the
    DPIA…") as items that say whether each is done: the box is all that says so, and a reader
    asking what is still outstanding is answered by "(not done yet)"."""
    return _TASK.sub(lambda m: f"{m.group('lead')}{m.group('task')} ({'done' if m.group('mark') != ' ' else 'not done yet'})", text)


# Cells of a plain-text table: set apart by a tab or by two spaces or more.
_CELL_GAP = re.compile(r"\t+|\s{2,}")


def _spaced_cells(line: str) -> list[str] | None:
    """A line's cells, when it is a row of a plain-text table: two cells or more, none a
    sentence (a sentence ends with a full stop, and two spaces after one is a typist's habit)."""
    if not line.strip() or line.lstrip().startswith(("•", "-", "*")):
        return None
    cells = [c for c in _CELL_GAP.split(line.strip()) if c]
    if len(cells) < 2 or any(len(c) > 60 or c.endswith((".", ":")) for c in cells):
        return None
    return cells


def spaced_tables(text: str) -> str:
    """A plain-text file's tables, set out in columns by spaces or tabs, as `table_lines`:
    three lines or more in a run with the same number of cells (a heading row and two rows at
    least), so that "5 years or more   32 days   34 days" is read as "Length of service: 5
    years or more; Grades 1 to 6: 32 days; …". A run of two is left as it is: a pair of lines
    is as often a signature block as a table."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        first = _spaced_cells(lines[i])
        j = i + 1
        rows = [first] if first else []
        while first and j < len(lines) and (cells := _spaced_cells(lines[j])) and len(cells) == len(first):
            rows.append(cells)
            j += 1
        if len(rows) >= 3:
            out.extend(table_lines(rows))
            i = j
            continue
        out.append(lines[i])
        i += 1
    return "\n".join(out)


def check_unpacked(path: Path, max_unpacked: int, kind: str, unreadable: str) -> None:
    """A DOCX or ODT is a zip whose XML is parsed in memory: measure it unpacked before
    parsing (a 600 KB file can unpack to 150 MB of XML). LoadError (`unreadable` for a file
    that is not a zip) when it can't be read or is over the limit."""
    import zipfile

    try:
        with zipfile.ZipFile(path) as z:
            unpacked = sum(i.file_size for i in z.infolist() if i.filename.endswith((".xml", ".rels")))
            manifest = z.read("META-INF/manifest.xml") if "META-INF/manifest.xml" in z.namelist() else b""
    except (zipfile.BadZipFile, OSError) as e:
        raise LoadError(compound_file(path) or unreadable) from e
    if locked_opendocument(manifest):
        raise LoadError(PASSWORD)
    if unpacked > max_unpacked:
        raise LoadError(
            f"the {kind}'s text unpacks to {unpacked / 1e6:.0f} MB, over the {max_unpacked / 1e6:.0f} MB limit"
        )


def _load_docx(path: Path, max_unpacked: int) -> LoadedText:
    import zipfile

    import docx
    from docx.text.paragraph import Paragraph

    check_unpacked(path, max_unpacked, "DOCX", "corrupt or unreadable DOCX")
    try:
        document = docx.Document(str(path))
    except (zipfile.BadZipFile, KeyError, ValueError) as e:
        raise LoadError("corrupt or unreadable DOCX") from e
    except Exception as e:
        raise LoadError("corrupt or unreadable DOCX (the file is damaged, or is not really a Word document)") from e
    from assistant.ingest.docx_numbering import Numbering

    numbering = Numbering(document)
    notes = _footnotes(document)
    lines: list[str] = []
    # A section's footnotes and text boxes, read at its end: a box floats beside the text, and a
    # note read where it is referred to would come between a list's intro and its items.
    held_notes: list[str] = []
    held_boxes: list[str] = []  # after the notes: a box's title would head the notes too
    first_heading: str | None = None
    # The body in document order: a table stays under the heading it was written under.
    for block in _docx_body(document):
        if not isinstance(block, Paragraph):
            lines.extend([*table_lines([_docx_row(row.cells) for row in block.rows]), ""])
            continue
        para = block
        text = docx_visible_text(para).strip()
        for box in _text_boxes(para):
            if boxed := docx_visible_text(Paragraph(box, document)).strip():
                held_boxes.extend([boxed, ""])
        held_notes.extend(line for n, note in _referred(para, notes) for line in (f"Note {n}: {note}", ""))
        if not text:
            continue
        style = (para.style.name if para.style is not None else "") or ""
        label = numbering.label(para)  # Word's automatic number ("7.2", "(b)", "•"), which .text drops
        m = re.match(r"Heading (\d)", style)
        if style == "Title" or m:
            level = int(m.group(1)) if m else 1
            first_heading = first_heading or text
            lines.extend(["", *held_notes, *held_boxes, "#" * level + " " + (f"{label} {text}" if label and label != "•" else text), ""])
            held_notes.clear()
            held_boxes.clear()
        elif label:
            # "1." and "a." are list markers; "7.2" and "(b)" clause numbers (text/clauses.py).
            lines.append(f"{label} {text}")
        elif style.startswith("List Number"):
            lines.append(f"1. {text}")
        elif style.startswith("List"):
            lines.append(f"• {text}")
        else:
            lines.extend([text, ""])
    lines.extend(["", *held_notes, *held_boxes])
    text = "\n".join(lines).strip()
    if not text:
        raise LoadError("DOCX has no text")
    title = usable(document.core_properties.title) or first_heading
    return LoadedText(text, title, "docx")
