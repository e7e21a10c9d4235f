"""Word and Excel files from before 2007 (.doc, .xls), as councils still keep many.

What a user sees: an old Word policy or Excel workbook is added like any other document and
answers questions with citations; its tables read row by row, each cell named by its column;
a hidden sheet, row or column is not read; a damaged file gets a one-line reason. The .doc is
a fixture made with LibreOffice (tests/fixtures/README.md); the .xls is written by xlwt here.
"""

from __future__ import annotations

import datetime
import shutil
from pathlib import Path

import pytest
from documents import indexed_alone

from assistant.ingest.loaders import LoadError, load_file

FIXTURE = Path(__file__).parent / "fixtures" / "overtime-policy.doc"


def staffing_xls(path: Path) -> Path:
    """A restructure's staffing workbook as Excel 97–2003 saved it: a title row over a table
    (a £ format, a date), a hidden row, a hidden column and a hidden sheet."""
    import xlwt

    book = xlwt.Workbook()
    sheet = book.add_sheet("Proposed structure")
    sheet.write(0, 0, "Revenues and Benefits staffing proposal 2027")
    pounds = xlwt.easyxf(num_format_str="£#,##0")
    rows = [("Post", "Grade", "Posts now", "Posts proposed", "Salary"),
            ("Benefits Assessor", "5", 12, 4, 24500), ("Team Leader", "7", 3, 2, 31000)]
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            sheet.write(r + 2, c, value, pounds if c == 4 and r else xlwt.Style.default_style)
    sheet.write(6, 0, "Consultation closes")
    sheet.write(6, 1, datetime.date(2027, 3, 31), xlwt.easyxf(num_format_str="D MMMM YYYY"))
    sheet.write(7, 0, "Draft figure not for release")
    sheet.row(7).hidden = True
    sheet.write(3, 5, "Private note on this post")
    sheet.col(5).hidden = True
    hidden = book.add_sheet("Workings")
    hidden.write(0, 0, "Savings target 40 posts")
    hidden.visibility = 1
    book.save(str(path))
    return path


def test_an_old_word_document_is_read_with_its_tables_and_links() -> None:
    loaded = load_file(FIXTURE, 10_000_000)
    assert loaded.title == "Overtime and Standby Payments Policy"
    text = loaded.text
    assert "Staff on the standby rota receive a standby payment of £28.50 for each night on standby" in text
    # A table row by row, each cell named by its column; an empty cell is left out, not shifted.
    assert "• Day: Saturday; Rate: Time and a half; Notes: After 1pm only" in text
    assert "• Day: Weekday evening; Rate: Time and a half" in text
    # A hyperlink is its words, not its field code.
    assert "Guidance is on the payroll page." in text and "HYPERLINK" not in text
    assert "\x07" not in text and "\r" not in text and "\x13" not in text


def test_an_old_excel_workbook_is_read_sheet_by_sheet_without_what_is_hidden(tmp_path: Path) -> None:
    text = load_file(staffing_xls(tmp_path / "staffing.xls"), 10_000_000).text
    assert "# Proposed structure" in text
    assert "Post: Benefits Assessor; Grade: 5; Posts now: 12; Posts proposed: 4; Salary: £24,500" in text
    assert "Consultation closes: 31 March 2027" in text
    for hidden in ("Draft figure", "Private note", "Savings target", "Workings"):
        assert hidden not in text


def test_old_office_files_answer_questions_with_citations(tmp_path: Path) -> None:
    from assistant import ask

    docs = tmp_path / "docs"
    docs.mkdir()
    shutil.copy(FIXTURE, docs / "overtime-policy.doc")
    staffing_xls(docs / "staffing.xls")
    # A .doc renamed .docx, as files are when someone "fixes" the extension, is read as what it is.
    shutil.copy(FIXTURE, docs / "standby-copy.docx")
    settings = indexed_alone(tmp_path, sorted(docs.iterdir()))
    standby = ask("how much do I get for being on standby?", "worker", doc_ids=("overtime-policy",), settings=settings)
    assert "£28.50" in standby.answer.split("\n\n")[0] and standby.citations, standby.answer
    assert standby.citations[0].doc_id == "overtime-policy"
    holiday = ask("what do I get paid on a bank holiday?", "worker", doc_ids=("overtime-policy",), settings=settings)
    assert "double time" in holiday.answer.split("\n\n")[0].lower(), holiday.answer
    posts = ask("how many benefits assessor posts are proposed?", "rep", doc_ids=("staffing",), settings=settings)
    assert "Posts proposed: 4" in posts.answer, posts.answer
    copy = ask("how much do I get for being on standby?", "worker", doc_ids=("standby-copy",), settings=settings)
    assert "£28.50" in copy.answer, copy.answer


@pytest.mark.parametrize("name", ["damaged.doc", "damaged.xls"])
def test_a_damaged_old_office_file_gets_a_one_line_reason(tmp_path: Path, name: str) -> None:
    from assistant.ui.error_text import in_language

    path = tmp_path / name
    path.write_bytes(FIXTURE.read_bytes()[:3000])  # cut off after the header
    with pytest.raises(LoadError) as e:
        load_file(path, 10_000_000)
    message = str(e.value)
    assert "\n" not in message and "corrupt or unreadable" in message, message
    assert in_language(message, "cy") != message  # the Welsh interface says it in Welsh
