"""The HTML the app shows: document text always escaped, citations linked, passages marked."""

from __future__ import annotations

from assistant.models import Answer, Citation
from assistant.ui.render import (
    Turn,
    answer_html,
    document_html,
    find_citation,
    markdown_html,
    passage_in_context,
    sources_html,
)

HOSTILE = "<script>alert(1)</script> <img src=x onerror=alert(2)> [x](javascript:alert(3)) ![i](http://example.org/i.png) &lt;b&gt;"
DOC = "Intro text before the passage. " * 20 + "Employers consult trade unions early. " + HOSTILE + " And more text after. " * 20
START = DOC.index("Employers")
END = START + len("Employers consult trade unions early. " + HOSTILE)


def cite(n: int = 1, highlights: list[tuple[int, int]] | None = None) -> Citation:
    return Citation(
        n=n, doc_id="doc", title="Title <b>bold</b>", section="S › <i>", paragraph="3", publisher="WPC",
        passage=DOC[START:END], start=START, end=END, highlights=highlights or [],
    )


def answer(text: str, abstained: bool = False, notice: str | None = None) -> Answer:
    return Answer(answer=text, abstained=abstained, backend="offline", citations=[cite()], passages=[], notice=notice)


def no_markup_from_documents(html: str) -> None:
    assert "<script" not in html and "<img" not in html and "javascript:" not in html.replace("javascript:alert(3)", "")
    assert 'href="javascript' not in html and "<b>" not in html and "<i>" not in html


def test_answer_text_is_escaped_and_markers_link_to_sources() -> None:
    html = answer_html(answer(f"Employers consult {HOSTILE} [1]\n\n- [ ] a point [1] [7]"), turn=2)
    no_markup_from_documents(html)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&amp;lt;b&amp;gt;" in html  # an entity in a document is shown as typed
    assert '<a class="cite" href="#src-2-1"' in html
    assert "[7]" in html and 'href="#src-2-7"' not in html  # no such source: left as text
    assert '<li class="todo">' in html
    assert "\n\n" not in html  # the chat re-parses HTML blocks until a blank line


def test_abstained_and_notice_are_visibly_different() -> None:
    html = answer_html(answer("The documents don't cover this.", abstained=True, notice="LLM <down>"), turn=0)
    assert "llais-abstained" in html and "Not answered by the documents" in html
    assert 'class="llais-notice"' in html and "LLM &lt;down&gt;" in html
    assert "llais-abstained" not in answer_html(answer("Yes [1]"), turn=0)


def test_passage_is_marked_inside_its_surrounding_text() -> None:
    a = DOC.index("consult")
    html = passage_in_context(cite(highlights=[(a, a + len("consult trade unions"))]), DOC)
    no_markup_from_documents(html)
    assert "<mark>consult trade unions</mark>" in html
    assert html.count('class="ctx"') == 2 and "Intro text before" in html and "And more text after" in html
    assert "…" in html  # trimmed context


def test_whole_passage_is_marked_when_no_sentence_spans_are_known() -> None:
    html = passage_in_context(cite(), DOC)
    assert "<mark>Employers consult trade unions early." in html


def test_changed_document_falls_back_to_the_passage_alone() -> None:
    html = passage_in_context(cite(), "a different document altogether")
    assert 'class="ctx"' not in html and "Employers consult" in html


def test_sources_panel_lists_title_publisher_section_paragraph() -> None:
    turns = [Turn("first?", answer("One [1]")), Turn("second <q>?", answer("Two [1]"))]
    html = sources_html(turns, lambda doc_id: DOC)
    no_markup_from_documents(html)
    assert 'id="src-1-1"' in html and 'id="src-0-1"' in html
    assert html.index('id="src-1-1"') < html.index('id="src-0-1"')  # newest first
    assert "<details" in html  # the earlier turn is folded
    for text in ("Title &lt;b&gt;bold&lt;/b&gt;", "WPC", "S › &lt;i&gt;", "<dt>Paragraph</dt><dd>3</dd>"):
        assert text in html
    assert 'data-cite="1-1"' in html


def test_open_document_marks_the_passage_in_the_escaped_document() -> None:
    c = cite()
    html = document_html(c, DOC)
    no_markup_from_documents(html)
    assert 'id="doc-passage"' in html and html.count("Intro text before") == 20
    assert find_citation([Turn("q", answer("x [1]"))], "0-1") == c
    assert find_citation([], "0-1") is None and find_citation([Turn("q", answer("x"))], "../etc") is None


def test_markdown_links_and_images_from_documents_stay_text() -> None:
    html = markdown_html("[click](http://example.org) ![pic](http://example.org/p.png) <http://example.org>")
    assert "<a " not in html and "<img" not in html


def test_a_markdown_documents_passage_shows_its_words_without_markup_characters() -> None:
    doc = "# Hybrid working policy\n\n## 2. Equipment\n\nStaff **must** return `laptops` when asked.\n> Quoted note.\nA 5 * 3 grid and snake_case_names stay."
    start = doc.index("Staff")
    end = doc.index(" when asked.") + len(" when asked.")
    c = Citation(n=1, doc_id="d", title="Policy", passage=doc[start:end], start=start, end=end,
                 highlights=[(start, doc.index(" `laptops"))])
    for html in (passage_in_context(c, doc), document_html(c, doc)):
        assert "#" not in html and "**" not in html and "`" not in html and "&gt; Quoted" not in html
        assert "Hybrid working policy" in html and "2. Equipment" in html
        assert "<mark>Staff must return</mark>" in html
        assert "5 * 3 grid and snake_case_names" in html  # a lone star and inner underscores are words
    # Shown alone (the stored document changed): the same.
    assert "<mark>Staff must return</mark> laptops when asked." in passage_in_context(c, "changed")
