"""What a user sees in the real app, driven in headless Chromium.

One `app.py` process serves the whole module, on a private copy of the session's
corpus index. Each test opens its own page (its own Gradio session). Screenshots
of the chat, sources and documents views go to `artifacts/screenshots/`.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.settings import REPO_ROOT, Settings
from tests.apprunner import RunningApp, copy_index, start_app
from tests.expected import FIVE_STEPS

pytestmark = pytest.mark.browser
playwright_api = pytest.importorskip("playwright.sync_api")

CHROMIUM = Path("/usr/bin/chromium")
SHOTS = REPO_ROOT / "artifacts" / "screenshots"
RPA = "What must my employer do before introducing RPA?"
ANSWER_TIMEOUT_MS = 90_000
INGEST_TIMEOUT_MS = 180_000


@pytest.fixture(scope="module")
def app(corpus_settings: Settings, tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningApp]:
    root = tmp_path_factory.mktemp("browser")
    data = copy_index(corpus_settings.data_dir, root / "data")
    running = start_app(data, {"GRADIO_TEMP_DIR": str(root / "gradio-cache")})
    yield running
    running.stop()


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    if not CHROMIUM.exists():
        pytest.skip("Debian chromium is not installed (apt-get install chromium)")
    with playwright_api.sync_playwright() as p:
        b = p.chromium.launch(
            executable_path=str(CHROMIUM),
            args=["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        yield b
        b.close()


@pytest.fixture()
def page(app: RunningApp, browser):  # -> playwright Page
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    pg = context.new_page()
    pg.set_default_timeout(30_000)
    pg.goto(app.url)
    pg.locator("#question textarea").wait_for()
    yield pg
    context.close()


def shot(page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def ask(page, question: str):  # -> Locator of the final answer message
    """Type a question, press Ask, wait for the final (non-streaming) answer (the
    conversation is newest first, so it is the first one)."""
    finals = page.locator("#chat .llais-answer:not(.llais-streaming), #chat .llais-error")
    before = finals.count()
    page.locator("#question textarea").fill(question)
    page.locator("#ask").click()
    page.wait_for_function(
        "n => document.querySelectorAll('#chat .llais-answer:not(.llais-streaming), #chat .llais-error').length > n",
        arg=before,
        timeout=ANSWER_TIMEOUT_MS,
    )
    return finals.first


def upload(page, *files: Path):  # -> Locator of the upload results
    page.get_by_role("tab", name="Documents").click()
    page.locator("#upload input[type=file]").set_input_files([str(f) for f in files])
    for f in files:
        page.locator(f"#upload td.filename[aria-label='{f.name}']").wait_for()
    page.locator("#add-docs").click()
    status = page.locator("#upload-status ul.llais-upload-results")
    status.wait_for(timeout=INGEST_TIMEOUT_MS)
    return status


def test_rpa_question_shows_the_five_steps_with_citations(page) -> None:
    answer = ask(page, RPA)
    text = answer.inner_text()
    assert "llais-abstained" not in (answer.get_attribute("class") or "")
    for step in FIVE_STEPS:
        assert step.lower() in text.lower(), step
    assert answer.locator("a.cite").count() >= 5  # every step carries its marker
    # The sources panel lists the cited documents with their metadata.
    cards = page.locator("#sources li.src")
    assert cards.count() >= 1
    first = cards.first.inner_text()
    assert "New digital technology in the Welsh public sector" in page.locator("#sources").inner_text()
    assert "Section" in first and "Publisher" in first
    shot(page, "chat")


def test_clicking_a_citation_shows_the_highlighted_passage(page) -> None:
    answer = ask(page, RPA)
    link = answer.locator("a.cite").first
    target = (link.get_attribute("href") or "").lstrip("#")
    link.click()
    card = page.locator(f"#sources li.src#{target}")
    page.wait_for_function("id => location.hash === '#' + id", arg=target)
    assert page.evaluate("document.querySelector(':target')?.id") == target
    assert card.is_visible()
    marked = " ".join(card.locator("blockquote mark").all_inner_texts())
    assert len(marked) > 40
    # The highlighted passage is the one quoted in the answer: a statement of the answer is in it.
    first_statement = re.sub(r"\s*\[\d+\].*", "", answer.locator("p").first.inner_text()).strip()
    squash = lambda s: " ".join(s.split())  # noqa: E731
    assert squash(first_statement)[:60] in squash(marked)
    # Surrounding text is shown around the passage, in a quieter style.
    assert card.locator("blockquote .ctx").count() == 2

    card.locator("button.open-doc").click()
    passage = page.locator("#doc-view #doc-passage")
    passage.wait_for()
    box = page.locator("#doc-view .doc-text")
    page.wait_for_function(
        """() => { const b = document.querySelector('#doc-view .doc-text').getBoundingClientRect();
                   const p = document.querySelector('#doc-passage').getBoundingClientRect();
                   return p.top >= b.top - 1 && p.top < b.bottom; }"""
    )
    assert box.evaluate("el => el.scrollTop") > 0  # scrolled down to the passage, not left at the top
    assert squash(first_statement)[:60] in squash(passage.inner_text())
    shot(page, "sources")


def test_manager_persona_gets_a_checklist(page) -> None:
    page.get_by_role("radio", name="A manager").check()
    page.locator("#examples", has_text="before introducing new digital technology").wait_for()
    answer = ask(page, RPA)
    assert "Before roll-out you must" in answer.inner_text()
    assert answer.locator("li.todo").count() >= 5
    assert answer.locator("li.todo a.cite").count() >= 5
    shot(page, "checklist")


def test_more_from_the_documents_is_collapsed_under_the_answer(page) -> None:
    answer = ask(page, "can my boss track me with the app on my work phone?")
    more = answer.locator("details.llais-more")
    more.wait_for()
    assert more.get_attribute("open") is None, "collapsed until the reader opens it"
    items = more.locator("li")
    assert not items.first.is_visible()
    more.locator("summary").click()
    assert items.first.is_visible()
    # Its [n] links go to source cards like the answer's own.
    link = more.locator("a.cite").first
    target = (link.get_attribute("href") or "").lstrip("#")
    assert page.locator(f"#sources li.src#{target}").count() == 1


def test_abstained_answer_looks_different(page) -> None:
    answer = ask(page, "What is the best recipe for Welsh cakes with sultanas?")
    assert "llais-abstained" in (answer.get_attribute("class") or "")
    assert "not answered by the documents" in answer.inner_text().lower()
    shot(page, "abstained")


def test_too_long_question_shows_a_message_not_a_traceback(page) -> None:
    answer = ask(page, "What must my employer do before introducing new technology? " * 850)
    text = answer.inner_text()
    assert "characters long" in text and "limit" in text
    assert "Traceback" not in page.locator("body").inner_text()


def test_uploaded_document_answers_a_question(page, app, tmp_path: Path) -> None:
    doc = tmp_path / "steward-agreement.md"
    doc.write_text(
        "# Pontypridd Digital Steward Agreement\n\n## Software robots\n\n"
        "Every software robot used by Pontypridd Borough Council must have a named digital steward, "
        "who is a trained member of staff responsible for checking the robot's work each week.\n",
        encoding="utf-8",
    )
    status = upload(page, doc)
    assert "Added" in status.inner_text() and "steward-agreement.md" in status.inner_text()
    # Gradio's cached copy of the upload is gone (the index keeps its own): nothing
    # stays downloadable from the cache once the document is removed.
    assert not list((app.data_dir.parent / "gradio-cache").rglob("steward-agreement.md"))
    table = page.locator("#docs-table")
    table.locator("td", has_text="Pontypridd Digital Steward Agreement").wait_for()
    shot(page, "documents")

    page.get_by_role("tab", name="Chat").click()
    answer = ask(page, "Who must check the work of software robots at Pontypridd Borough Council?")
    assert "digital steward" in answer.inner_text()
    assert "Pontypridd Digital Steward Agreement" in page.locator("#sources").inner_text()


def test_ask_about_this_document_after_an_upload(page, tmp_path: Path) -> None:
    doc = tmp_path / "rota-policy.md"
    doc.write_text(
        "# Treorchy Rota Policy\n\n## Shift allocation\n\n"
        "Shifts at Treorchy depot are allocated by the rota team, who must publish the rota four weeks ahead "
        "and consult the recognised trade unions before any software is used to allocate shifts.\n",
        encoding="utf-8",
    )
    upload(page, doc)
    page.locator("#ask-about").click()
    # The Chat tab, the document chosen in the picker, and the cursor in the question box.
    page.locator("#question textarea").wait_for()
    page.wait_for_function("() => document.activeElement === document.querySelector('#question textarea')")
    assert "Treorchy Rota Policy" in page.locator("#docs-pick").inner_text()
    # The box suggests the first question a reader of a new document asks; it is answered from the document.
    assert "What is this document about?" in (page.locator("#question textarea").get_attribute("placeholder") or "")
    answer = ask(page, "How far ahead must the rota be published?")
    assert "four weeks ahead" in answer.inner_text()
    panel = page.locator("#sources").inner_text()
    assert "Searched only: Treorchy Rota Policy" in panel
    titles = page.locator("#sources li.src").all_inner_texts()
    assert titles and all("Treorchy Rota Policy" in t for t in titles), "only the chosen document was searched"
    about = ask(page, "What is this document about?")  # the question the box suggested, read from the document
    assert "Shifts at Treorchy depot are allocated by the rota team" in about.inner_text()


def test_a_pdf_answer_cites_its_clause_and_page(page, tmp_path: Path) -> None:
    from documents import policy_pdf

    upload(page, policy_pdf(tmp_path / "monitoring-policy.pdf"))
    page.locator("#ask-about").click()
    page.locator("#question textarea").wait_for()
    answer = ask(page, "How long is location data from a work phone kept?")
    assert "30 days" in answer.inner_text()
    card = page.locator("#sources li.src").first
    meta = card.locator("dl.src-meta").inner_text()
    assert "Clause" in meta and "4.1" in meta
    assert "Page" in meta and "3" in meta


def test_hostile_document_is_shown_as_text_and_runs_nothing(page, tmp_path: Path) -> None:
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    doc = tmp_path / "kiosk-notes.md"
    doc.write_text(
        "# Quokka Borough <img src=x onerror=alert(1)> kiosk notes\n\n## Kiosk rule\n\n"
        "The Quokka Borough kiosk rule says <script>alert(2)</script> every self-service kiosk must "
        "display <img src=x onerror=alert(3)> a paper form alternative ${alert(4)} beside it.\n",
        encoding="utf-8",
    )
    upload(page, doc)
    page.locator("#docs-table td", has_text="Quokka Borough").wait_for()
    assert "<img src=x onerror=alert(1)>" in page.locator("#docs-table").inner_text()

    page.get_by_role("tab", name="Chat").click()
    answer = ask(page, "What must every self-service kiosk display in Quokka Borough?")
    text = answer.inner_text()
    assert "<script>alert(2)</script>" in text  # shown literally
    assert "<img src=x onerror=alert(3)>" in text
    assert "${alert(4)}" in text
    assert "<img src=x onerror=alert(1)>" in page.locator("#sources").inner_text()
    page.locator("#sources button.open-doc").first.click()
    page.locator("#doc-view #doc-passage").wait_for()
    assert "<script>alert(2)</script>" in page.locator("#doc-view").inner_text()
    # Nothing from the document became markup, and no script ran.
    assert page.locator("img[src='x']").count() == 0
    assert page.evaluate(
        "[...document.querySelectorAll('script')].filter(s => s.textContent.includes('alert(')).length"
    ) == 0
    assert dialogs == []


def test_feedback_is_stored_in_sqlite(page, app: RunningApp) -> None:
    ask(page, RPA)
    page.locator("#fb-comment textarea, #fb-comment input").first.fill("Clear and well sourced")
    page.locator("#fb-up").click()
    page.locator("#fb-status", has_text="saved").wait_for()
    with sqlite3.connect(app.data_dir / "feedback.sqlite") as db:
        db.row_factory = sqlite3.Row
        rows = db.execute("SELECT * FROM feedback WHERE comment = ?", ("Clear and well sourced",)).fetchall()
    assert len(rows) == 1
    row = rows[0]
    assert row["rating"] == "up" and row["question"] == RPA
    assert "consult trade unions" in row["answer"]
    assert '"doc_id"' in row["citations"]
    assert row["username"] is None  # login is off, and nothing identifies the user
    assert set(row.keys()) == {
        "id", "created_at", "rating", "comment", "question", "answer", "citations", "username"
    }
    assert "Nothing else about you is kept" in page.locator("#llais-privacy").inner_text()
    assert "Not legal advice" in page.locator("#llais-disclaimer").inner_text()


def _focus_style(page) -> dict:
    return page.evaluate(
        """() => { const s = getComputedStyle(document.activeElement);
                   return {style: s.outlineStyle, width: parseFloat(s.outlineWidth), shadow: s.boxShadow}; }"""
    )


def test_keyboard_reaches_question_and_ask_with_visible_focus(page) -> None:
    page.locator("body").click(position={"x": 5, "y": 5})
    page.keyboard.press("Tab")  # the first stop is the skip link, shown whole when focused
    assert page.evaluate("document.activeElement.className") == "skip-link"
    box = page.locator("a.skip-link").bounding_box()
    assert box is not None and box["x"] >= 0 and box["y"] >= 0, f"the skip link is clipped: {box}"
    page.keyboard.press("Enter")  # the cursor is then in the question box: what is typed is kept
    assert page.evaluate("document.activeElement === document.querySelector('#question textarea')"), (
        "the skip link left focus on " + page.evaluate("document.activeElement.tagName")
    )
    page.keyboard.type("typed after the skip link")
    assert page.locator("#question textarea").input_value() == "typed after the skip link"
    page.locator("#question textarea").fill("")
    # Without the skip link, Tab still gets there through the page's controls.
    page.locator("body").click(position={"x": 5, "y": 5})
    reached = None
    for _ in range(60):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.closest('#question') !== null"):
            reached = _focus_style(page)
            break
    assert reached is not None, "Tab never reached the question box"
    assert reached["style"] != "none" and reached["width"] >= 2
    page.keyboard.type(RPA)
    for _ in range(10):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id === 'ask'"):
            break
    assert page.evaluate("document.activeElement.id") == "ask", "Tab never reached the Ask button"
    style = _focus_style(page)
    assert style["style"] != "none" and style["width"] >= 2
    page.keyboard.press("Enter")
    page.locator("#chat .llais-answer:not(.llais-streaming) a.cite").first.wait_for(timeout=ANSWER_TIMEOUT_MS)
    # Citation links in the answer are reachable and followable by keyboard too.
    page.locator("#chat a.cite").first.focus()
    page.keyboard.press("Enter")
    page.wait_for_function("location.hash.startsWith('#src-')")


CONTRAST_JS = """
() => {
  const parse = c => { const m = c.match(/[\\d.]+/g).map(Number); return {r: m[0], g: m[1], b: m[2], a: m.length > 3 ? m[3] : 1}; };
  const lum = ({r, g, b}) => { const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
                               return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b); };
  const bg = el => { for (let e = el; e; e = e.parentElement) { const c = parse(getComputedStyle(e).backgroundColor);
                       if (c.a > 0.5) return c; } return {r: 255, g: 255, b: 255, a: 1}; };
  const out = [];
  const seen = new Set();
  for (const el of document.querySelectorAll('.gradio-container *')) {
    const own = [...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim());
    const r = el.getBoundingClientRect();
    if (!own || r.width === 0 || r.height === 0 || getComputedStyle(el).visibility === 'hidden') continue;
    if (el.closest('[aria-hidden=true], .hide, [hidden], textarea, input')) continue;
    const fg = parse(getComputedStyle(el).color);
    const l1 = lum(fg), l2 = lum(bg(el));
    const ratio = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
    const key = el.tagName + '|' + el.className + '|' + ratio.toFixed(2);
    if (ratio < 4.5 && !seen.has(key)) { seen.add(key); out.push({text: el.textContent.trim().slice(0, 40), ratio: ratio.toFixed(2), cls: String(el.className).slice(0, 60)}); }
  }
  return out;
}
"""


def test_text_contrast_passes_wcag_aa(page) -> None:
    ask(page, RPA)
    ask(page, "What is the best recipe for Welsh cakes with sultanas?")  # an abstained answer too
    failures = page.evaluate(CONTRAST_JS)
    assert failures == [], failures


def test_an_earlier_questions_sources_are_fetched_again_on_request(page) -> None:
    from assistant.ui.render import FULL_TURNS

    first = "Can my employer track me with an app on my work phone?"
    ask(page, first)
    for i in range(FULL_TURNS):
        ask(page, f"What must my employer do before introducing RPA? ({i})")
    panel = page.locator("#sources")
    assert "Earlier questions (1)" in panel.inner_text()
    panel.locator("details.folded summary").click()
    panel.locator("button.open-turn").first.click()
    # The first question's sources, fetched from the server, open in the panel.
    opened = panel.locator("details.turn.older[open]")
    opened.wait_for()
    assert first in opened.locator("summary").inner_text()
    assert opened.locator("li.src").count() >= 1


def test_one_file_of_another_type_is_reported_on_its_own_and_the_rest_added(page, tmp_path: Path) -> None:
    good = tmp_path / "canteen-rota.md"
    good.write_text("# Canteen rota\n\nThe canteen rota at Llanelli depot is agreed with staff every month.\n", encoding="utf-8")
    other = tmp_path / "setup-tool.exe"
    other.write_bytes(b"MZ\x90\x00" + bytes(200))
    status = upload(page, good, other).inner_text()
    lines = [ln for ln in status.splitlines() if ln.strip()]
    assert any("canteen-rota.md" in ln and "Added" in ln for ln in lines), status
    assert any("setup-tool.exe" in ln and "can't be added" in ln for ln in lines), status


def test_a_new_question_closes_the_document_opened_from_an_earlier_answer(page) -> None:
    ask(page, RPA)
    page.locator("#sources button.open-doc").first.click()
    page.locator("#doc-view #doc-passage").wait_for()
    ask(page, "Can my employer track me with an app on my work phone?")
    page.wait_for_function("() => !document.querySelector('#doc-view #doc-passage')")


def test_from_the_question_box_the_first_citation_is_at_most_5_tabs_away(page) -> None:
    for question in (RPA, "Can my employer track me with an app on my work phone?"):
        ask(page, question)
        page.locator("#question textarea").focus()
        stops = []
        for _ in range(5):
            page.keyboard.press("Tab")
            stops.append(page.evaluate("document.activeElement.className + ' ' + document.activeElement.textContent.trim().slice(0, 30)"))
            if page.evaluate("document.activeElement.matches('a.cite')"):
                break
        assert page.evaluate("document.activeElement.matches('a.cite')"), stops
        # It is the newest answer's first citation, and it says where it leads.
        newest = page.locator("#chat .llais-answer").first
        assert page.evaluate("document.activeElement") == newest.locator("a.cite").first.evaluate("e => e")
        name = page.evaluate("document.activeElement.textContent")
        assert re.search(r"source \d+", name), name
        page.keyboard.press("Enter")
        page.wait_for_function("location.hash.startsWith('#src-')")


def test_the_live_region_says_when_an_answer_is_complete(page) -> None:
    live = page.locator("#llais-live")
    assert live.get_attribute("aria-live") == "polite"
    ask(page, RPA)
    page.wait_for_function("() => document.getElementById('llais-live').textContent.startsWith('Answer complete')")
    ask(page, "What is the best recipe for Welsh cakes with sultanas?")
    page.wait_for_function("() => /do not answer/.test(document.getElementById('llais-live').textContent)")


def _axe_violations(page) -> list[str]:
    from axe_playwright_python.sync_playwright import Axe

    tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
    result = Axe().run(page, options={"runOnly": {"type": "tag", "values": tags}})
    return [
        f"{v['impact']} {v['id']}: {[n['target'] for n in v['nodes'][:3]]}"
        for v in result.response["violations"]
        if v["impact"] in ("serious", "critical")
    ]


def welsh(page) -> None:
    page.locator("#lang-pick label", has_text="Cymraeg").click()
    page.wait_for_function("document.documentElement.lang === 'cy'")


@pytest.mark.parametrize("lang,width,height", [("en", 1400, 1000), ("en", 390, 844), ("cy", 1400, 1000), ("cy", 390, 844)])
def test_every_view_passes_axe_and_is_photographed(browser, app: RunningApp, lang: str, width: int, height: int) -> None:
    from assistant.ui.i18n import t

    context = browser.new_context(viewport={"width": width, "height": height})
    page = context.new_page()
    page.set_default_timeout(30_000)
    page.goto(app.url)
    page.locator("#question textarea").wait_for()
    if lang == "cy":
        welsh(page)
    found: dict[str, list[str]] = {}

    def view(name: str) -> None:
        page.wait_for_timeout(200)
        shot(page, f"{name}-{lang}-{width}")
        found[name] = _axe_violations(page)

    page.locator("#examples button.gallery-item").last.wait_for()
    view("start")
    ask(page, RPA if lang == "en" else "Beth sy'n rhaid i'm cyflogwr ei wneud cyn cyflwyno RPA?")
    view("chat")
    page.locator("#sources button.open-doc").first.click()
    page.locator("#doc-view #doc-passage").wait_for()
    view("sources")
    page.get_by_role("tab", name=t(lang, "tab.documents")).click()
    page.locator("#docs-table table").wait_for()
    view("documents")
    page.get_by_role("tab", name=t(lang, "tab.letters")).click()
    page.locator("#letter-employer").wait_for()
    view("letter")
    page.get_by_role("tab", name=t(lang, "letters.tab_checklist")).click()
    page.locator("#checklist-technology input, #checklist-technology textarea").first.fill("an AI chatbot")
    page.locator("#checklist-make").click()
    page.locator("#checklist-view table").first.wait_for()
    view("checklist")
    # The checklist lays out: a shown "Done" heading stays on one line, and on a phone each
    # row's box sits beside its step, not in a column of its own.
    done = page.locator("#checklist-view th").first.bounding_box()
    head = page.locator("#checklist-view thead").first.bounding_box()
    assert done is not None and head is not None
    if head["width"] > 20:  # shown (on a phone the headings are clipped, for screen readers only)
        assert done["height"] < 48, done
    # (both cells measured in one frame: measured one after the other, a page still scrolling put them 1,000 px apart)
    box, step = page.locator("#checklist-view tbody tr:first-child").first.evaluate(
        "row => [1, 2].map(i => { const r = row.querySelector(`td:nth-child(${i})`).getBoundingClientRect();"
        " return {y: r.y, width: r.width}; })")
    assert abs(box["y"] - step["y"]) < 12 and step["width"] > 3 * box["width"], (box, step)
    context.close()
    assert {k: v for k, v in found.items() if v} == {}


def test_the_answer_and_its_first_source_are_in_view_without_scrolling(page) -> None:
    ask(page, RPA)
    page.evaluate("window.scrollTo(0, 0)")
    answer = page.locator("#chat .llais-answer").first.bounding_box()
    card = page.locator("#sources li.src").first.bounding_box()
    assert answer is not None and card is not None
    # The lead and the first points of the answer, and the first source's title and passage.
    assert answer["y"] + min(answer["height"], 400) <= 1000 and card["y"] + 200 <= 1000, (answer, card)
    # No scrolling inside the conversation: it grows with its content.
    log = page.locator("#chat [role=log]")
    assert log.count() == 1, "the conversation's scrolling box is where the check expects it"
    assert log.evaluate("l => l.scrollHeight <= l.clientHeight + 2"), "the conversation scrolls inside itself"


def _visible_text(page) -> str:
    return page.evaluate("document.body.innerText")


def test_the_welsh_switch_changes_every_visible_string(page) -> None:
    import json

    from assistant.ui.i18n import LOCALES

    en = json.loads((LOCALES / "en.json").read_text(encoding="utf-8"))
    cy = json.loads((LOCALES / "cy.json").read_text(encoding="utf-8"))

    def plain(text: str) -> str:  # a locale string as the page shows it (its first line, no markup)
        return re.sub(r"\*\*|^#+ ", "", text.split("\n")[0]).strip()

    from assistant.ui.i18n import LANGUAGES

    keys = [k for k in en if "{" not in en[k] and en[k] != cy[k] and len(plain(en[k])) > 3]
    # Not checkable by sight: the switch's own language names, and words that are only
    # ever seen inside a longer string ("not helpful" in "No, not helpful").
    keys = [
        k for k in keys
        if plain(en[k]) not in LANGUAGES.values() and not any(j != k and plain(en[k]) in plain(en[j]) for j in keys)
    ]
    tabs = [("tab.chat", None), ("tab.documents", None), ("letters.tab_letter", "tab.letters"), ("letters.tab_checklist", "tab.letters")]

    def shown(words: dict[str, str]) -> dict[str, str]:  # each tab's visible text, in the page's language
        out = {}
        for tab, parent in tabs:
            if parent:
                page.get_by_role("tab", name=words[parent]).click()
            page.get_by_role("tab", name=words[tab]).click()
            page.wait_for_timeout(300)
            out[tab] = _visible_text(page)
        page.get_by_role("tab", name=words["tab.chat"]).click()
        return out

    before = {tab: {k for k in keys if plain(en[k]) in text} for tab, text in shown(en).items()}
    assert len(set().union(*before.values())) >= 30, "the check must see most of the page's strings"
    welsh(page)
    assert page.evaluate("document.documentElement.lang") == "cy"
    for tab, text in shown(cy).items():
        still_english = sorted(k for k in before[tab] if plain(en[k]) in text)
        not_welsh = sorted(k for k in before[tab] if plain(cy[k]) not in text)
        assert still_english == [] and not_welsh == [], (tab, still_english, not_welsh)
    # And back: the choice is the session's, and English returns whole.
    page.locator("#lang-pick label", has_text="English").click()
    page.wait_for_function("document.documentElement.lang === 'en'")
    assert plain(en["question.label"]) in _visible_text(page)


def test_a_question_in_welsh_gets_the_five_steps_with_welsh_framing(page) -> None:
    welsh(page)
    answer = ask(page, "Beth sy'n rhaid i'm cyflogwr ei wneud cyn cyflwyno RPA?")
    text = answer.inner_text()
    for step in FIVE_STEPS:
        assert step in text
    assert "Beth mae hyn yn ei olygu i chi" in text and "Saesneg" in text
    assert "Ffynonellau ar gyfer" in page.locator("#sources").inner_text()
