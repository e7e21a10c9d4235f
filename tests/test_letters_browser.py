"""A rep drafts a consultation letter in the real app and downloads it; a
manager downloads the checklist. Headless Chromium against `app.py`, started
once for the module on a private copy of the session's corpus index.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from pathlib import Path

import docx
import pytest

from assistant.letters.docx import read_footnotes
from assistant.settings import Settings
from tests.apprunner import RunningApp, copy_index, start_app

pytestmark = pytest.mark.browser
playwright_api = pytest.importorskip("playwright.sync_api")

CHROMIUM = Path("/usr/bin/chromium")
DRAFT_TIMEOUT_MS = 120_000  # the first letter gathers the cited obligations


@pytest.fixture(scope="module")
def app(corpus_settings: Settings, tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningApp]:
    data = copy_index(corpus_settings.data_dir, tmp_path_factory.mktemp("letters-browser") / "data")
    running = start_app(data)
    yield running
    running.stop()


@pytest.fixture(scope="module")
def page(app: RunningApp) -> Iterator[object]:
    if not CHROMIUM.exists():
        pytest.skip("Debian chromium is not installed (apt-get install chromium)")
    with playwright_api.sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=str(CHROMIUM),
            args=["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        context = browser.new_context(viewport={"width": 1300, "height": 1000}, accept_downloads=True)
        pg = context.new_page()
        pg.set_default_timeout(30_000)
        pg.goto(app.url)
        pg.get_by_role("tab", name="Draft a letter").click()
        yield pg
        context.close()
        browser.close()


def download(page, selector: str, dest: Path) -> Path:
    with page.expect_download() as info:
        page.locator(selector).click()
    info.value.save_as(str(dest))
    return dest


def fill(page, **fields: str) -> None:
    """Type into the letter form's fields by name (employer, technology, department, union, rep)."""
    for name, value in fields.items():
        page.locator(f"#letter-{name} input, #letter-{name} textarea").first.fill(value)


def test_a_rep_fills_the_form_edits_the_draft_and_downloads_the_word_letter(page, app, tmp_path) -> None:
    expect = playwright_api.expect
    fill(
        page, employer="Cyngor Bro Enghraifft", technology="an AI scheduling system", department="home care staff",
        union="GMB", rep="Sam <b>Rees</b> {{ 7*7 }}",
    )
    page.locator("#letter-draft").click()

    draft = page.locator("#letter-text textarea")
    expect(draft).to_have_value(re.compile("Cyngor Bro Enghraifft"), timeout=DRAFT_TIMEOUT_MS)
    expect(page.locator("#letter-status")).to_contain_text("each with a footnote")
    text = draft.input_value()
    assert "[^1]:" in text and "checks and balances" in text.lower()

    # The rep edits the draft (pasting, then typing, as a person does: typing is
    # what fires the edit event); the download then holds the edit.
    draft.fill(text.replace("Dear colleagues,", "Dear Ms Evans,").rstrip())
    draft.press_sequentially(" ")
    expect(page.locator("#letter-status")).to_contain_text("Edited draft", timeout=DRAFT_TIMEOUT_MS)
    path = download(page, "#letter-docx", tmp_path / "letter.docx")

    document = docx.Document(str(path))
    body = "\n".join(p.text for p in document.paragraphs)
    assert "Cyngor Bro Enghraifft" in body and "an AI scheduling system" in body
    assert "Dear Ms Evans," in body and "Dear colleagues," not in body
    assert "Sam <b>Rees</b> {{ 7*7 }}" in body and "49" not in body
    assert any(p.style.name == "Heading 1" for p in document.paragraphs)
    notes = read_footnotes(path)
    assert len(notes) >= 9  # five WPC steps and the AI guidance, each cited, plus the leads
    assert all(n.startswith("“") and "” — " in n for n in notes.values())

    md = download(page, "#letter-md", tmp_path / "letter.md").read_text(encoding="utf-8")
    assert "Dear Ms Evans," in md


def test_a_manager_downloads_the_checklist_as_csv(page, tmp_path) -> None:
    expect = playwright_api.expect
    page.get_by_role("tab", name="Obligation checklist").click()
    page.locator("#checklist-technology input, #checklist-technology textarea").first.fill(
        "robotic process automation"
    )
    page.locator("#checklist-make").click()
    expect(page.locator("#checklist-status")).to_contain_text("steps, each cited", timeout=DRAFT_TIMEOUT_MS)
    assert page.locator("#checklist-view table").count() == 3  # before, during, after
    rows = list(csv.DictReader(io.StringIO(download(page, "#checklist-csv", tmp_path / "c.csv").read_text("utf-8"))))
    assert rows and {r["phase"] for r in rows} == {"before", "during", "after"}
    assert all(r["quote"] and r["source_title"] for r in rows)



def test_a_rep_uploads_the_employers_policy_and_the_letter_quotes_it_by_clause_and_page(page, tmp_path) -> None:
    from documents import policy_pdf

    expect = playwright_api.expect
    page.get_by_role("tab", name="Documents").click()
    pdf = policy_pdf(tmp_path / "monitoring-policy.pdf")
    page.locator("#upload input[type=file]").set_input_files([str(pdf)])
    page.locator(f"#upload td.filename[aria-label='{pdf.name}']").wait_for()
    page.locator("#add-docs").click()
    page.locator("#upload-status ul.llais-upload-results").wait_for(timeout=DRAFT_TIMEOUT_MS)

    page.get_by_role("tab", name="Draft a letter").click()
    page.get_by_role("tab", name="Consultation letter").click()
    # The picker offers the upload, not the built-in documents the letter quotes anyway.
    page.locator("#letter-docs input").click()
    options = page.get_by_role("option")
    options.first.wait_for()
    assert options.all_inner_texts() == ["Workplace Monitoring Policy"]
    options.first.click()
    page.keyboard.press("Escape")
    fill(page, employer="Cyngor Sir Enghraifft", technology="a new monitoring tool for home workers")
    page.locator("#letter-draft").click()
    draft = page.locator("#letter-text textarea")
    expect(draft).to_have_value(re.compile("What your own documents commit you to"), timeout=DRAFT_TIMEOUT_MS)
    text = draft.input_value()
    assert "Early consultation" in text  # the WPC steps still come first
    assert "clause 3.2.** Before any new monitoring tool is introduced the Council shall:" in text
    notes = read_footnotes(download(page, "#letter-docx", tmp_path / "own.docx"))
    assert any("Workplace Monitoring Policy" in n and "clause 3.2, pages 2–3" in n for n in notes.values()), notes


def test_an_over_long_draft_is_stopped_in_the_browser_and_refused_on_the_server(page) -> None:
    import gradio as gr

    from assistant.letters.letter import DRAFT_LIMIT
    from assistant.ui.letters import edited

    draft = page.locator("#letter-text textarea")
    assert draft.get_attribute("maxlength") == str(DRAFT_LIMIT)  # the browser stops typing past it
    # A client that skips the attribute still meets the limit on the server, as one line.
    with pytest.raises(gr.Error, match=f"the limit is {DRAFT_LIMIT:,}"):
        edited("x" * (DRAFT_LIMIT + 1), "letter")


def test_a_welsh_interface_drafts_the_letter_in_welsh_and_it_downloads_as_docx(page, tmp_path) -> None:
    expect = playwright_api.expect
    page.locator("#lang-pick label", has_text="Cymraeg").click()
    page.wait_for_function("document.documentElement.lang === 'cy'")
    page.get_by_role("tab", name="Llythyr ymgynghori").click()
    # The letter's language follows the interface's (a rep can still choose English or both).
    expect(page.locator("#letter-language input[value=cy]")).to_be_checked()
    fill(page, employer="Cyngor Bro Enghraifft", technology="system amserlennu AI")
    page.locator("#letter-draft").click()
    draft = page.locator("#letter-text textarea")
    expect(draft).to_have_value(re.compile("Cais am ymgynghoriad"), timeout=DRAFT_TIMEOUT_MS)
    expect(page.locator("#letter-status")).to_contain_text("throednodyn")
    path = download(page, "#letter-docx", tmp_path / "llythyr.docx")
    body = "\n".join(p.text for p in docx.Document(str(path)).paragraphs)
    assert "Annwyl gydweithwyr" in body and "Ymgynghori’n gynnar" in body
    notes = read_footnotes(path)
    assert any("Employers consult trade unions" in n for n in notes.values()), "the sources are quoted as written"

    page.locator("#letter-language label", has_text="Y ddwy").click()
    page.locator("#letter-draft").click()
    expect(draft).to_have_value(re.compile("Request for consultation"), timeout=DRAFT_TIMEOUT_MS)
    text = draft.input_value()
    assert text.index("Cais am ymgynghoriad") < text.index("Request for consultation")
