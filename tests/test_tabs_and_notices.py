"""Questions asked of a scheme's page laid out as tabs and of a formal notice of proposed
redundancies sent to a union branch, the way workers and reps type them.

What a user sees: each tab's name heads its own panel, and the panels not selected when the page
was saved are read too (they had been dropped as hidden text); "the first consultation meeting
will be on…" says which meeting it is, so it leads (it had been taken for a sentence leaning on the
one before, "the first" of a list); "how will they pick who goes?" is about selecting staff by
criteria. Documents are made in tests/documents.py.
"""

from __future__ import annotations

import pytest
from documents import cycle_scheme_tabs_html, indexed_alone, leads_with, redundancy_notice_eml

from assistant.settings import Settings


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    root = tmp_path_factory.mktemp("tabs")
    return indexed_alone(root, [cycle_scheme_tabs_html(root / "cycle.html"), redundancy_notice_eml(root / "notice.eml")])


@pytest.mark.parametrize(("question", "said"), [
    ("how much can i spend", "You can spend up to £3,000, including a helmet, lights and a lock."),
    ("can i get an e-bike", "E-bikes are allowed."),
    ("whats the employer code", "Apply through Cyclescheme with our employer code 4567X."),
])
def test_every_tab_panel_is_read_under_its_tab(docs: Settings, question: str, said: str) -> None:
    leads_with(docs, question, "cycle", said)


def test_tabs_load_as_headings_over_their_panels() -> None:
    from assistant.ingest.loaders import _load_html

    text = _load_html(cycle_scheme_tabs_html_text()).text
    assert "## How much you can spend\n\nYou can spend up to £3,000" in text, text
    assert "## How to apply\n\nApply through Cyclescheme" in text, text  # (named by the panel's aria-labelledby)


def cycle_scheme_tabs_html_text() -> str:
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as tmp:
        return cycle_scheme_tabs_html(Path(tmp) / "cycle.html").read_text(encoding="utf-8")


@pytest.mark.parametrize(("question", "said"), [
    ("when is the first meeting", "The first consultation meeting will be on 18 November 2026 at 10am."),
    ("how will they pick who goes", "We propose to select staff for redundancy using the criteria"),
])
def test_a_notice_of_redundancies_answers_the_reps_questions(docs: Settings, question: str, said: str) -> None:
    leads_with(docs, question, "notice", said, persona="rep")


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    from documents import hardship_fund_html, news_item_html, working_hours_txt

    root = tmp_path_factory.mktemp("pages")
    return indexed_alone(root, [hardship_fund_html(root / "hardship.html"), news_item_html(root / "news.html"),
                                working_hours_txt(root / "hours.txt")])


def test_what_you_get_is_not_a_threshold_of_who_can_apply(pages: Settings) -> None:
    leads_with(pages, "how much can i get", "hardship", "The fund gives grants of up to £500")


def test_a_one_word_item_of_a_list_is_shown(pages: Settings) -> None:
    from documents import asked_of

    answer = asked_of(pages, "who can apply", "hardship")
    assert "- A funeral;" in answer.answer, answer.answer


def test_a_news_items_date_is_kept_from_its_byline(pages: Settings) -> None:
    leads_with(pages, "when was it launched", "news", "Published: 14 October 2026")
    leads_with(pages, "who said it would free up staff", "news", "\"Gofyn will answer simple questions")


def test_a_time_of_day_asked_is_read_against_the_hours_given(pages: Settings) -> None:
    from documents import asked_of

    answer = asked_of(pages, "can i finish at 8pm", "hours")
    assert not answer.abstained, answer.answer
    assert "between 7am and 7pm" in answer.answer[:600], answer.answer
