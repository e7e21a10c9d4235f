"""Page furniture never reaches the index; real content does."""

from __future__ import annotations

import pytest

from assistant.ingest.split import split_document
from assistant.store.embeddings import embedding_token_count
from assistant.text.clean import clean_text, is_furniture

FURNITURE = [
    "Skip to main content",
    "Toggle high contrast",
    "Enable Two-Factor Authentication",
    "To access the admin area, you will need to setup two-factor authentication",
    "Setup now",
    "top of page",
    "bottom of page",
    "Writer's picture",
    "Issue date",
]


def test_no_furniture_string_reaches_the_index(kb) -> None:
    snap = kb.snapshot()
    texts = [c.text for c in snap.chunks] + [kb.document_text(d) or "" for d in snap.docs]
    for text in texts:
        for junk in FURNITURE:
            assert junk.lower() not in text.lower(), f"{junk!r} leaked into the index"


@pytest.mark.parametrize(
    "line",
    [
        "Skip to content",
        "  • Back to top",
        "Accept all cookies",
        "Share this page",
        "Print this page",
        "Menu",
        "Search",
        "Sign in",
        "Published date:",
        "Read the full report on our website here",
        "Front page of the annual report",
    ],
)
def test_general_rules_catch_furniture_on_users_pages(line: str) -> None:
    assert is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "Staff should share their views with the union.",
        "Training and development is made available",
        "Search and rescue teams used new radios.",
        "Employers consult trade unions at an early stage",
    ],
)
def test_content_lines_are_kept(line: str) -> None:
    assert not is_furniture(line)


def test_login_prompt_block_and_dangling_tail_are_removed() -> None:
    page = (
        "Skip to main content\n\nReal heading\n\nThe council will consult staff early.\n\n"
        "Enable Two-Factor Authentication\n\nTo access the admin area, you will need to setup "
        "two-factor authentication (TFA).\n\nSetup now\n\nNotes to editors\nFor more, please visit:"
    )
    cleaned = clean_text(page)
    assert "The council will consult staff early." in cleaned
    for junk in ("Skip to", "Two-Factor", "admin area", "Setup now", "please visit:", "Notes to editors"):
        assert junk not in cleaned


def test_hard_wrapped_text_is_reflowed_into_paragraphs() -> None:
    wrapped = "\n".join(
        [
            "The council have today shared new",
            "guidance on the ethical use of artificial",
            "intelligence across public sector workplaces.",
        ]
        * 4
    )
    cleaned = clean_text(wrapped)
    assert "shared new guidance on the ethical use of artificial intelligence" in cleaned


def test_a_heading_run_into_its_paragraph_gets_a_line_of_its_own() -> None:
    raw = (
        "We care about your privacy.\n\n"
        "Data Retention and Deletion We will retain your information for as long as your account is active.\n\n"
        "Questions About this Policy; Access to Your Information If you have an account, you may review and change it.\n\n"
        "Neath Port Talbot Council introduced a robot for HR in 2019 to deal with high volume processes.\n"
    )
    cleaned = clean_text(raw)
    assert "Data Retention and Deletion\n\nWe will retain your information" in cleaned
    assert "Questions About this Policy; Access to Your Information\n\nIf you have an account" in cleaned
    assert "Neath Port Talbot Council introduced a robot" in cleaned  # ordinary prose is left alone
    chunks = split_document("policy", cleaned, embedding_token_count, max_tokens=200)
    retention = next(c for c in chunks if "We will retain" in c.text)
    assert retention.section == "Data Retention and Deletion"


def test_a_heading_in_capitals_run_into_its_paragraph_becomes_the_section() -> None:
    raw = (
        "We care about your privacy.\n\n"
        "CHANGES TO THIS PRIVACY POLICY Yahoo may update this policy. We will notify you about significant changes.\n\n"
        "NHS Wales introduced new rostering software across three health boards in 2021.\n"
    )
    cleaned = clean_text(raw)
    assert "CHANGES TO THIS PRIVACY POLICY\n\nYahoo may update this policy." in cleaned
    assert "NHS Wales introduced new rostering software" in cleaned  # an acronym opening prose stays
    chunks = split_document("policy", cleaned, embedding_token_count, max_tokens=200)
    assert next(c for c in chunks if "Yahoo may update" in c.text).section == "CHANGES TO THIS PRIVACY POLICY"


def test_a_question_heading_run_into_its_answer_becomes_the_section() -> None:
    raw = (
        "We care about your privacy.\n\n"
        "What information do we collect? We collect two kinds of information: details you give us when you"
        " register, and information gathered as you use the site.\n\n"
        "When the robot was first discussed, staff were worried. \"Am I going to lose my job?\" was a common"
        " question.\n\n"
        "\"Am I going to lose my job?\" was the first thing most people asked the project team.\n"
    )
    cleaned = clean_text(raw)
    assert "What information do we collect?\n\nWe collect two kinds of information" in cleaned
    # A question quoted in running text stays part of the prose.
    assert 'worried. "Am I going to lose my job?" was a common question.' in cleaned
    assert '"Am I going to lose my job?" was the first thing' in cleaned
    chunks = split_document("policy", cleaned, embedding_token_count, max_tokens=200)
    answer = next(c for c in chunks if "We collect two kinds" in c.text)
    assert answer.section == "What information do we collect?"


def test_a_number_and_the_figure_restating_it_stay_one_sentence_across_a_line_break() -> None:
    """"eighteen" / "(18) months": the figure restates the number, it is no list item."""
    text = clean_text(
        "11. Term. The commitments shall continue for a period of eighteen\n"
        "(18) months following the date of this Agreement.\n"
        "12. Notice. Notices are given in writing.\n"
        "The parties are the Authority; and\n"
        "(2) the Supplier.\n"
        "It lasts twenty-four\n"
        "(24) months, or three\n"
        "(2) items are listed.\n"
    )
    assert "for a period of eighteen (18) months following the date of this Agreement." in text
    assert "It lasts twenty-four (24) months" in text
    assert "and\n(2) the Supplier." in text  # a list item after a word that is no number
    assert "three\n(2) items" in text  # a figure that doesn't restate the number before it


def test_a_policy_that_speaks_of_two_factor_authentication_keeps_those_lines() -> None:
    # Only a website's call to set it up ("Enable Two-Factor Authentication") is a login wall;
    # a contract's list of security measures and a policy's heading on it are content.
    policy = (
        "3.2 The Processor shall implement appropriate technical and organisational measures, including:\n"
        "(a) encryption of Personal Data in transit and at rest; (b) multi-factor authentication for all "
        "administrative access; and (c) annual penetration testing by an independent tester.\n"
        "3.3 The Processor shall notify the Controller within 24 hours of a Personal Data Breach.\n\n"
        "Multi-factor authentication\n\n"
        "All staff must use multi-factor authentication when they log in from home.\n"
    )
    cleaned = clean_text(policy)
    assert "(b) multi-factor authentication for all administrative access" in cleaned
    assert "All staff must use multi-factor authentication when they log in from home." in cleaned
    assert "3.3 The Processor shall notify" in cleaned


def test_a_symbol_fonts_bullets_are_bullets_and_a_list_at_the_end_is_kept() -> None:
    # Word and PowerPoint PDFs give a bullet as a private-use code ("\uf0b7"); unread, the list at
    # a document's end looked like headings with nothing under them and was dropped.
    cleaned = clean_text("We will provide:\n\uf0b7 two days of training\n\uf0b7 floor walkers\n\uf0a7 monthly check-ins")
    assert cleaned == "We will provide:\n• two days of training\n• floor walkers\n• monthly check-ins"


def test_a_reply_quoting_the_message_before_it_is_read_as_a_thread() -> None:
    """Gmail, Outlook on the web and Apple Mail quote the message replied to under "On …, …
    wrote:" with ">" on each line, a quote inside a quote with ">>": each quoted message is a
    message of its own, cited by who sent it, its lines unquoted and re-flowed."""
    reply = (
        "Thanks Helen, we still want it switched off outside working hours.\n\nGareth\n\n"
        "On Thu, 20 Nov 2026 at 16:02, Helen Price <h.price@example.gov.uk>\nwrote:\n\n"
        "> Dear Gareth,\n>\n> The app records location only at the start and end of\n> each visit, never in between.\n>\n"
        "> On 18 Nov 2026, at 09:15, Gareth Morgan <g.morgan@unison.example.org> wrote:\n>\n"
        "> > Members are worried that the app tracks them all day.\n"
    )
    text = clean_text(reply)
    lines = [ln for ln in text.split("\n") if ln.strip()]
    assert "Email from Helen Price, Thu, 20 Nov 2026 at 16:02" in lines  # the attribution broken over two lines
    assert "Email from Gareth Morgan, 18 Nov 2026, at 09:15" in lines
    assert "The app records location only at the start and end of each visit, never in between." in lines
    assert "Members are worried that the app tracks them all day." in lines
    assert not any(ln.startswith(">") for ln in lines)
    # A ">" quotation with no attribution over it is not a message: it stays as written.
    quoted = "The union's letter opened with the agreement's own words.\n\n> Employers consult trade unions at an early stage.\n\nIt went on to ask for a meeting."
    assert "> Employers consult trade unions at an early stage." in clean_text(quoted)
