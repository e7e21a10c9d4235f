"""A rep's own documents: a PDF policy, a Word agreement and a council web page.

What a user sees: each answer cites the document the way people cite it,
"clause 4.1, page 3", and every chunk is an exact span of the document's text.
Running headers, footers and page numbers are furniture, never evidence.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from documents import (
    CALL_RECORDING_QA,
    DECK,
    GRIEVANCE_TIMES,
    HEADER,
    HIDDEN_SLIDE,
    LETTER_TEXT,
    LONE_WORKER_DATA,
    SLIDES,
    agreement_docx,
    attendance_docx,
    bilingual_policy_docx,
    briefing_pptx,
    bwv_procedure_pdf,
    cabinet_report_pdf,
    call_recording_qa_docx,
    consultation_pdf,
    contract_change_rtf,
    copilot_faq_md,
    desk_booking_docx,
    disciplinary_md,
    dpa_txt,
    dpia_docx,
    email_thread_txt,
    facilities_md,
    faq_html,
    flexible_working_html,
    generative_ai_md,
    grievance_docx,
    hr_privacy_html,
    impact_assessment_docx,
    indexed_alone,
    it_use_html,
    job_description_docx,
    letter_txt,
    minutes_docx,
    nda_txt,
    notice_md,
    policy_html,
    policy_odt,
    policy_pdf,
    policy_txt,
    register_csv,
    reply_eml,
    restricted_pdf,
    restructure_md,
    retention_pdf,
    slides_pdf,
    structure_csv,
    structure_xlsx,
    timesheet_msg,
    transfer_letter_txt,
)

from assistant.ingest.pipeline import ingest
from assistant.settings import Settings
from assistant.store import open_store
from assistant.store.knowledge_base import ChunkRecord


@pytest.fixture(scope="module")
def own(tmp_path_factory: pytest.TempPathFactory):  # -> (settings, kb, {name: path})
    from assistant.service import get_kb

    root = tmp_path_factory.mktemp("own-docs")
    docs = root / "docs"
    docs.mkdir()
    paths = {
        "pdf": policy_pdf(docs / "monitoring-policy.pdf"),
        "docx": agreement_docx(docs / "hybrid-agreement.docx"),
        "html": policy_html(docs / "ai-policy.html"),
        "txt": policy_txt(docs / "ai-at-work-policy.txt"),
        "md": notice_md(docs / "staff-privacy-notice.md"),
        "it": it_use_html(docs / "it-use.html"),
        "attendance": attendance_docx(docs / "attendance.docx"),
        "nda": nda_txt(docs / "supplier-nda.txt"),
        "faq": faq_html(docs / "hybrid-faq.html"),
        "odt": policy_odt(docs / "lone-working.odt"),
        "retention": retention_pdf(docs / "retention-schedule.pdf"),
        "letter": letter_txt(docs / "automation-letter.txt"),
        "minutes": minutes_docx(docs / "jcc-minutes.docx"),
        "hr-privacy": hr_privacy_html(docs / "hr-system-privacy.html"),
    }
    settings = indexed_alone(root, [docs])
    return settings, get_kb(settings), paths


def _chunks(settings: Settings, doc_id: str) -> list[ChunkRecord]:
    store = open_store(settings)
    doc = store.documents()[doc_id]
    stored = store.chunks_for_versions([doc.version])
    return sorted((ChunkRecord.from_store(c.chunk_id, c.text, c.meta) for c in stored), key=lambda c: c.ordinal)


def _squash(text: str) -> str:
    return "".join(text.split())


def _lead(answer) -> str:
    return answer.answer.split("[")[0].strip()


def _ask(own, question: str, doc: str, persona: str = "worker"):  # -> Answer
    """The question asked of one of the fixture's documents, as the app asks it."""
    from assistant.service import ask

    settings, kb, _ = own
    return ask(question, persona, doc_ids=(doc,), settings=settings, kb=kb)


def test_pdf_chunks_are_exact_spans_with_their_pages_and_clauses(own) -> None:
    from pypdf import PdfReader

    settings, kb, paths = own
    text = kb.document_text("monitoring-policy")
    chunks = _chunks(settings, "monitoring-policy")
    pages = [_squash(p.extract_text().replace(HEADER, "")) for p in PdfReader(str(paths["pdf"])).pages]
    pages = [re.sub(r"Page\dof3", "", p) for p in pages]  # the furniture, which no chunk holds
    assert len(pages) == 3
    for c in chunks:
        assert text[c.start : c.end] == c.text
        assert c.page, f"chunk {c.ordinal} has no page"
        first, _, last = c.page.partition("–")
        on_pages = "".join(pages[int(first) - 1 : int(last or first)])
        assert _squash(c.text) in on_pages, f"chunk {c.ordinal} is not on page(s) {c.page}"
    assert HEADER not in text and "Page 2 of 3" not in text  # furniture is gone
    assert {"1.1–1.2", "2.1", "4.1", "5.1"} <= {c.clause for c in chunks}
    (location,) = [c for c in chunks if "30 days" in c.text]
    assert (location.clause, location.page, location.section) == ("4.1", "3", "4. LOCATION DATA")
    # A clause hard-wrapped over several PDF lines is one line of text again.
    assert "deleted after 30 days unless it is needed for a disciplinary investigation." in location.text


def test_docx_keeps_words_automatic_numbers_and_headings(own) -> None:
    settings, kb, _ = own
    text = kb.document_text("hybrid-agreement")
    for numbered in ("1. Who may work from home", "1.2 A request to work from home", "2.2 The employer will not install",
                     "(a) keystroke logging software;", "(b) webcam monitoring"):
        assert numbered in text
    chunks = _chunks(settings, "hybrid-agreement")
    for c in chunks:
        assert text[c.start : c.end] == c.text
    sections = {c.section for c in chunks}
    # A clause's own title over its sub-clauses ("1. Who may work from home" before "1.1 …") is a
    # heading, under the part it is in: citations name both.
    assert "Part One: Working from home › 1. Who may work from home" in sections
    review = [c for c in chunks if "reviewed each April" in c.text]
    assert review and review[0].clause == "", "an unnumbered section after the clauses is not a clause"


def test_html_policy_page_keeps_its_headings_and_numbered_list(own) -> None:
    settings, kb, _ = own
    text = kb.document_text("ai-policy")
    assert "Cookie settings" not in text and "Contact us" not in text  # page furniture
    chunks = _chunks(settings, "ai-policy")
    for c in chunks:
        assert text[c.start : c.end] == c.text
    (principles,) = [c for c in chunks if "human review" in c.text]
    assert principles.section.endswith("Principles") and principles.paragraph == "1–3"
    assert principles.clause == ""  # a numbered list, not clause numbering: "para", as the built-in guides


def test_an_answer_cites_the_clause_and_page_it_quotes(own) -> None:
    answer = _ask(own, "How long is location data from a work phone kept?", "monitoring-policy")
    assert not answer.abstained and "30 days" in answer.answer
    first = answer.citations[0]
    assert (first.clause, first.page) == ("4.1", "3")
    assert first.place() == "clause 4.1, page 3"

    answer = _ask(own, "Can my employer put keystroke logging software on my home laptop?", "hybrid-agreement")
    assert not answer.abstained and "keystroke logging" in answer.answer
    # The citation names the clauses it quotes (2.2 and its items), not the whole chunk's.
    assert any("2.2" in c.clause and not c.clause.startswith("1") for c in answer.citations), [c.clause for c in answer.citations]


def _cli(settings: Settings, *args: str) -> int:
    """`python -m assistant ARGS` in this process, on the fixture's index."""
    import os

    from assistant.cli.main import main
    from assistant.settings import get_settings

    env = {"LLAIS_DATA_DIR": str(settings.data_dir), "LLAIS_KNOWLEDGE_DIR": str(settings.knowledge_dir)}
    old = {k: os.environ.get(k) for k in env}
    os.environ.update(env)
    try:
        get_settings.cache_clear()
        return main(list(args))
    finally:
        for k, v in old.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
        get_settings.cache_clear()


def test_the_cli_source_list_names_clause_and_page(own, capsys) -> None:
    settings, _, _ = own
    code = _cli(settings, "ask", "--doc", "monitoring-policy", "How long is location data from a work phone kept?")
    out = capsys.readouterr().out
    assert code == 0
    assert "clause 4.1, page 3" in out


def test_a_letter_note_quoting_a_pdf_names_its_clause_and_page(own) -> None:
    from assistant.letters.obligations import note_for
    from assistant.retrieval.retrieve import Filters, retrieve

    settings, kb, _ = own
    found = retrieve(kb, "consult the unions before a new monitoring tool", settings, Filters(doc_ids=("monitoring-policy",)))
    passage = next(p for p in found.passages if "28 days" in p.text)
    text = kb.document_text("monitoring-policy")
    start = text.index("(a) consult the recognised trade unions")
    end = text.index("\n", start)
    note = note_for(text[start:end], start, passage, text)
    assert note is not None and note.quote.startswith("consult the recognised trade unions")
    assert note.location == "section “3. MONITORING OF WORK DEVICES”, clause 3.2(a), page 2"


def test_headers_footers_and_page_numbers_repeated_on_every_page_are_furniture() -> None:
    from assistant.text.pages import drop_furniture

    words = ["apples", "pears", "plums", "cherries"]
    pages = [
        f"ACME Council - Confidential\nThe {w} clause is here.\nIt is about {w} only.\n{n}\nPage {n} of 4"
        for n, w in enumerate(words, 1)
    ]
    kept = drop_furniture(pages)
    assert all("ACME Council" not in p and "of 4" not in p and not p.endswith(str(n)) for n, p in enumerate(kept, 1))
    assert kept[2] == "The plums clause is here.\nIt is about plums only."


def test_clause_numbers_are_read_the_way_people_cite_them() -> None:
    from assistant.text.clauses import clause_labels, is_clause_numbered

    lines = ["7. Confidentiality", "7.1 Each party shall:", "(a) keep it secret;", "(b) not copy it:", "(i) except as allowed;",
             "(ii) or required by law.", "(c) return it.", "7.2 Survival.", "8. Term", "(h) eighth", "(i) ninth"]
    labels = clause_labels(lines)
    assert labels == ["7", "7.1", "7.1(a)", "7.1(b)", "7.1(b)(i)", "7.1(b)(ii)", "7.1(c)", "7.2", "8", "8(h)", "8(i)"]
    assert is_clause_numbered(labels)
    assert not is_clause_numbered(clause_labels(["1. Plan the change", "2. Consult staff", "3. Review"]))


def test_an_unreadable_word_numbering_part_still_loads(tmp_path: Path) -> None:
    import docx

    from assistant.ingest.loaders import load_file

    path = tmp_path / "plain.docx"
    d = docx.Document()
    d.add_paragraph("First item", style="List Number")
    d.add_paragraph("Second item", style="List Number")
    d.save(str(path))
    text = load_file(path, 10**7).text
    assert "1. First item" in text and "2. Second item" in text


def test_a_clause_title_on_its_own_line_is_the_section_its_sub_clauses_are_cited_under(own) -> None:
    settings, kb, _ = own
    chunks = _chunks(settings, "ai-at-work-policy")
    monitoring = next(c for c in chunks if "Keystroke logging" in c.text)
    assert monitoring.section == "6. Monitoring of employees"
    assert monitoring.clause.endswith("6.2")


def test_the_title_block_is_text_a_question_can_be_about(own) -> None:
    from assistant.service import ask

    settings, kb, _ = own
    # The lines above clause 1 (organisation, title, version and approval) are no section's heading.
    assert not any(c.section.startswith("Version 2.1") for c in _chunks(settings, "ai-at-work-policy"))
    answer = ask("When was this policy approved?", "worker", doc_ids=("ai-at-work-policy",), settings=settings, kb=kb)
    assert not answer.abstained and "14 March 2026" in answer.answer


def test_an_answer_from_one_clause_does_not_run_on_into_the_next(own) -> None:
    answer = _ask(own, "Does this policy cover school staff?", "ai-at-work-policy")
    assert not answer.abstained
    first_paragraph = answer.answer.strip().split("\n\n")[0]
    assert "school-based staff" in first_paragraph
    assert "2.3" not in first_paragraph and "Volunteers" not in first_paragraph  # the next clause: a point of its own


def test_everyday_words_find_the_clause_in_formal_ones(own) -> None:
    from assistant.service import ask

    settings, kb, _ = own
    # "sack" is dismissal; "the computer said so" is an automated decision.
    answer = ask("Can they sack me because the computer said so?", "worker", doc_ids=("ai-at-work-policy",), settings=settings, kb=kb)
    assert not answer.abstained
    assert answer.answer.lstrip().startswith("4.1 No employee will be dismissed"), answer.answer


def test_a_rule_is_not_run_on_into_the_next_rule_about_the_same_thing(own) -> None:
    answer = _ask(own, "How many days can I work from home?", "staff-privacy-notice")
    first_paragraph = answer.answer.strip().split("\n\n")[0]
    assert "three days a week" in first_paragraph
    # The next paragraph is another rule about working from home, not what the first one means.
    assert "14 days" not in first_paragraph


def test_a_follow_up_about_something_the_document_never_mentions_says_so(own) -> None:
    from assistant.service import ask

    settings, kb, _ = own
    first = ask("Does this policy cover school staff?", "worker", doc_ids=("ai-at-work-policy",), settings=settings, kb=kb)
    assert not first.abstained
    # The earlier question's topic (policy, cover, staff) is found; the new thing asked is not.
    then = ask("and apprentices?", "worker", doc_ids=("ai-at-work-policy",), history=[(first.question, first.answer)],
               settings=settings, kb=kb)
    assert then.abstained and "apprentices" in then.answer, then.answer


def test_how_much_notice_is_answered_with_a_number_of_days_and_clause_numbers_are_not_renumbered(own) -> None:
    from assistant.service import ask

    settings, kb, _ = own
    answer = ask("How much notice do they have to give the unions before buying an AI system?", "rep",
                 doc_ids=("ai-at-work-policy",), settings=settings, kb=kb)
    assert not answer.abstained, answer.answer
    assert "28 days" in answer.answer.split("\n\n**Ask for")[0]
    # A point that opens with its own clause number is bulleted, never "1. 5.2 The notice…".
    assert not re.search(r"^\d+\. \d+\.\d+ ", answer.answer, re.M), answer.answer


def test_the_cli_source_list_quotes_what_the_answer_took_from_each_source(own, capsys) -> None:
    settings, _, _ = own
    code = _cli(settings, "ask", "--doc", "ai-at-work-policy", "Can they record my screen?")
    out = capsys.readouterr().out
    assert code == 0
    sources = out.split("\nSources:\n", 1)[1]
    # The first source's quote is the clause the answer cites, not the opening of its chunk.
    assert "“6.2 Keystroke logging and screen recording are prohibited.”" in sources.split("[2]")[0], out


def test_neighbouring_chunks_found_together_are_listed_as_one_passage() -> None:
    from assistant.models import Passage
    from assistant.retrieval.retrieve import listed

    doc = "7. Confidentiality\n7.1 The employer must keep records safe.\n\n7.2 Records are kept for two years.\n\n9. Term\nOne year."
    a0 = doc.index("7.1")
    a1 = doc.index("7.2")
    b0 = doc.index("9. Term")

    def passage(start: int, end: int, ordinal: int, clause: str, score: float) -> Passage:
        return Passage(doc_id="policy", text=doc[start:end], ordinal=ordinal, score=score, start=start, end=end, clause=clause, chunk_id=f"policy#{ordinal}")

    first = passage(a0, doc.index("\n\n7.2"), 1, "7.1", 0.9)
    second = passage(a1, doc.index("\n\n9."), 2, "7.2", 0.8)
    other = passage(b0, len(doc), 4, "9", 0.5)
    shown = listed([first, second, other], lambda _d: doc)
    assert [p.clause for p in shown] == ["7.1–7.2", "9"]
    assert shown[0].text == doc[shown[0].start : shown[0].end] and "two years" in shown[0].text
    # The chunk before, found after it, leads into it: the same one passage.
    joined = listed([second, first, other], lambda _d: doc)
    assert [p.clause for p in joined] == ["7.1–7.2", "9"] and joined[0].text == shown[0].text
    # Not next to each other in the list, or the stored text no longer matches: they stay apart.
    assert len(listed([first, other, second], lambda _d: doc)) == 3
    assert len(listed([first, second, other], lambda _d: doc.replace("safe", "secure"))) == 3


def test_a_question_the_chosen_document_does_not_answer_says_so_and_marks_the_nearest_clause(corpus_settings) -> None:
    from assistant import ask

    one = ask("does it stop them hiring our staff?", doc_ids=("welsh-government-wpc-ai-guidance-announcement",), settings=corpus_settings)
    assert one.abstained
    assert one.answer.startswith("**The document you chose doesn't cover this.**")
    two = ask(
        "does it stop them hiring our staff?",
        doc_ids=("welsh-government-wpc-ai-guidance-announcement", "wales-tuc-new-digital-technology-welsh-public-sector"),
        settings=corpus_settings,
    )
    assert two.answer.startswith("**The documents you chose don't cover this.**")
    nearest = [line for line in two.answer.splitlines() if line.startswith("- ")]
    if nearest:
        assert "(not an answer to your question)" in two.answer
        assert len({line.split(" [")[0] for line in nearest}) == len(nearest), "the same words are offered once"
    # Over the whole library the wording stays as it was.
    everything = ask("does it stop them hiring our staff?", settings=corpus_settings)
    assert everything.answer.startswith("**The documents I have don't cover this.**")


def test_a_word_search_on_a_chosen_document_reaches_its_clauses_however_many_other_documents_match_better() -> None:
    """Hundreds of other documents saying "monitoring" more often must not crowd the
    chosen document's one clause out of the word search filtered to it."""
    from assistant.retrieval.retrieve import Filters, lexical_search
    from assistant.store.knowledge_base import Snapshot
    from assistant.text.lexical import LexicalIndex

    def chunk(doc: str, n: int, text: str) -> ChunkRecord:
        return ChunkRecord(
            chunk_id=f"{doc}#{n}", doc_id=doc, version="v1", ordinal=n, text=text, section="", paragraph="",
            start=0, end=len(text), title=doc, publisher="", kind="policy",
        )

    others = [chunk(f"other-{i}", 0, f"Keystroke monitoring {i}: keystroke logs and monitoring reports.") for i in range(300)]
    ours = [
        chunk("ours", 0, "Annual leave is booked in the HR portal."),
        chunk("ours", 1, "Before any new tool that records keystroke data is used for monitoring staff, the employer "
              "consults the recognised unions, explains its purpose and agrees how long records are kept."),
    ]
    chunks = others + ours
    snap = Snapshot(key=(), docs={}, chunks=chunks, lexical=LexicalIndex([c.text for c in chunks]))
    snap.by_id = {c.chunk_id: c for c in chunks}
    filters = Filters(doc_ids=("ours",))

    unfiltered = snap.lexical.search("keystroke monitoring", 60)
    assert all(chunks[pos].doc_id != "ours" for pos, _ in unfiltered[:50])  # what filtering afterwards would see
    found = lexical_search(snap, "keystroke monitoring", 30, filters)
    assert [cid for cid, _ in found] == ["ours#1"]
    # Scored as in the whole index: the same score as without the filter.
    everywhere = dict(snap.lexical.search("keystroke monitoring", len(chunks)))
    assert found[0][1] == pytest.approx(everywhere[len(chunks) - 1])
    assert lexical_search(snap, "keystroke monitoring", 30, Filters(kinds=("minutes",))) == []


def test_a_citation_names_the_section_without_repeating_the_title(own) -> None:
    settings, kb, _ = own
    sections = {c.section for c in _chunks(settings, "staff-privacy-notice")}
    # Its first heading is its title: "Staff Privacy Notice › Who we share…" would say it twice
    # after the title the Sources panel already shows.
    assert "Who we share your information with" in sections
    assert not any(s.startswith("Staff Privacy Notice") for s in sections), sections


def test_a_list_item_that_only_finishes_its_intro_is_shown_under_it(own) -> None:
    answer = _ask(own, "Do they give our information to the union?", "staff-privacy-notice")
    assert not answer.abstained
    lead = answer.answer.strip().split("\n\n")[0]
    # Not "Trade unions, where you have asked us…" alone, which says nothing of sharing: in one sentence with it.
    assert lead.startswith("We share your information with:"), answer.answer
    assert "trade unions, where you have asked" in lead.lower(), answer.answer


def test_typos_are_not_topics_the_document_never_mentions(own) -> None:
    from assistant.service import ask

    settings, kb, _ = own
    # "lng", "kep" and "locaton" are each a letter short: not "They don't mention lng, kep, locaton".
    answer = ask("how lng do they kep my locaton data?", "worker", doc_ids=("monitoring-policy",), settings=settings, kb=kb)
    assert not answer.abstained, answer.answer
    assert "30 days" in answer.answer


def test_a_manager_rolling_out_technology_gets_the_steps_their_own_policy_sets(own) -> None:
    answer = _ask(own, "What do I have to do before rolling out an AI chatbot?", "ai-at-work-policy", persona="manager")
    assert not answer.abstained
    body = answer.answer
    assert body.startswith("**Before roll-out you must…**"), body
    # The policy's own steps, cited: tell the unions 28 days before, what the notice must hold.
    assert "28 days before" in body and "equality impact assessment" in body
    assert "means any software" not in body  # not the definition that mentions chatbots
    assert {c.doc_id for c in answer.citations} == {"ai-at-work-policy"}
    # A document that sets no such steps keeps the answer to the question.
    notice = _ask(own, "What do I have to do before rolling out vehicle tracking?", "staff-privacy-notice", persona="manager")
    assert not notice.answer.startswith("**Before roll-out you must…**")


def test_steps_a_clause_lists_are_shown_under_it_for_a_rep_and_a_manager(own) -> None:
    from assistant.service import ask

    settings, kb, _ = own
    for persona, question in (("manager", "What do I have to do before rolling out a new monitoring tool?"),
                              ("rep", "What should I ask for in writing about a new monitoring tool?")):
        answer = ask(question, persona, doc_ids=("monitoring-policy",), settings=settings, kb=kb)
        assert not answer.abstained, answer.answer
        lines = [line for line in answer.answer.splitlines() if line.strip()]
        intro = next(i for i, line in enumerate(lines) if line.startswith("3.2 Before any new monitoring tool"))
        # Its items, whole, under it: not the intro alone, not the clause before it.
        assert [line.split(")")[0][-2:] for line in lines[intro + 1 : intro + 4]] == ["(a", "(b", "(c"], answer.answer
        assert "3.1" not in answer.answer.split("3.2 Before")[0]


def test_everyday_words_are_also_searched_in_the_words_policies_use() -> None:
    from assistant.retrieval.expand import expand_query

    assert "telematics" in expand_query("do they track my van?")
    assert "automated decision-making" in expand_query("do they use AI to decide my pay?")
    assert "dismissal" in expand_query("can they sack me?")
    assert "telematics" not in expand_query("how long do they keep CCTV footage?")
    assert " sell " in expand_query("do they flog my data?")  # notices say "we never sell…"
    assert "keystroke" in expand_query("can they see what I type at home?")
    # A say in something is being consulted; what a report or staff say, or saying that one used AI, is not.
    assert "consultation" in expand_query("do we get a say in the new rota system?")
    assert "consultation" not in expand_query("what did staff say about the training?")
    assert "consultation" not in expand_query("do I have to say if I used AI?")
    assert "declare" in expand_query("do I have to say if I used AI?")
    # Keeping a copy is retaining it, and what is said rather than written is oral, in a contract's words; going on
    # after the end is surviving it
    assert "retain" in expand_query("can they keep a copy after the contract ends?")
    assert "retain" not in expand_query("how do I keep up with the changes?")
    assert "orally" in expand_query("does it count if it was said verbally?")
    assert "survive" in expand_query("does the duty continue after I leave?")
    # Using something for anything else is what "only for the purpose" rules out
    assert "solely" in expand_query("can they use my data for other purposes?")
    assert "solely" in expand_query("can the supplier use it for anything other than the stated purpose?")
    assert "solely" not in expand_query("what is the purpose of the policy?")
    # Getting it from someone else is receiving it from a third party
    assert "received" in expand_query("can they get the same information from someone else?")
    # Copying is reproducing, and that an agreement exists is its existence, in a contract's words
    assert "reproduce" in expand_query("is the supplier allowed to make copies of our data?")
    assert "existence" in expand_query("can they tell anyone that this agreement exists?")
    # A privacy notice's words: affiliates for other parts of the company, browsing and cookies for what one does
    # online, browser settings for one's privacy settings
    assert "affiliates" in expand_query("can other parts of the company see my data?")
    assert "browsing" in expand_query("do they keep track of my online activities?")
    assert "retain" not in expand_query("do they keep track of my online activities?")
    assert "browser settings" in expand_query("can I change my privacy settings?")
    # …and correcting what is held is amending it; unsubscribing is opting out; consent is permission or
    # authorisation; who receives it is whom it is shared with
    assert "amend" in expand_query("can I edit the information you hold about me?")
    assert "opt out" in expand_query("how do I unsubscribe?")
    assert "authorisation" in expand_query("do they need my consent?")
    assert "share with" in expand_query("who receives my information?")
    assert "customise" in expand_query("do you personalize my experience?")
    assert "safeguards" in expand_query("is my information secured and protected?")
    assert "cookies" in expand_query("does the website collect anything when I visit it?")


def test_not_breaking_the_document_asked_about_is_no_topic_to_search() -> None:
    # "…without breaching the agreement?" asks whether it is allowed; the agreement's clauses on breaches and
    # remedies are not what it asks about
    from assistant.retrieval.expand import query_forms

    forms = [form for form, _weight in query_forms("Can the supplier get similar information from a third party without breaching the agreement?")]
    assert forms and not any("breach" in form for form in forms), forms
    assert any("breach" in form for form, _w in query_forms("What happens if the supplier breaches the agreement?"))


def test_a_word_table_stays_under_its_heading_and_each_row_names_its_cells(tmp_path: Path) -> None:
    import docx

    from assistant.ingest.loaders import load_file

    d = docx.Document()
    d.add_heading("How long we keep records", 1)
    d.add_paragraph("We keep records for the periods below.")
    table = d.add_table(rows=3, cols=3)
    for i, row in enumerate([["Record", "Kept for", "Then"], ["CCTV images", "31 days", "Deleted"], ["Telematics data", "12 months", "Anonymised"]]):
        for j, cell in enumerate(row):
            table.cell(i, j).text = cell
    d.add_heading("Your rights", 1)
    d.add_paragraph("You can ask for a copy of your information.")
    path = tmp_path / "retention.docx"
    d.save(str(path))
    text = load_file(path, 10**7).text
    # In document order (before "Your rights"), and a row found alone still says what it is.
    row = "• Record: CCTV images; Kept for: 31 days; Then: Deleted"
    assert row in text and text.index(row) < text.index("# Your rights")


def test_a_word_cell_merged_over_two_columns_is_read_once_and_the_cells_after_it_keep_their_headings(tmp_path: Path) -> None:
    import docx

    from assistant.ingest.loaders import load_file

    d = docx.Document()
    table = d.add_table(rows=3, cols=4)
    rows = [["Risk", "Likelihood", "Severity", "Mitigation"],
            ["Wrong priority", "Medium", "Medium", "Human review"],
            ["Supplier reuses data", "", "High", "Contract forbids it"]]
    for i, row in enumerate(rows):
        for j, cell in enumerate(row):
            table.cell(i, j).text = cell
    merged = d.add_table(rows=2, cols=3)
    merged.cell(0, 0).text, merged.cell(0, 1).text, merged.cell(0, 2).text = "Record", "Kept for", "Owner"
    merged.cell(1, 0).merge(merged.cell(1, 1)).text = "Payroll (six years)"
    merged.cell(1, 2).text = "Finance"
    path = tmp_path / "risks.docx"
    d.save(str(path))
    lines = load_file(path, 10**7).text.split("\n")
    # Two cells that say the same are both kept; an empty cell moves nothing to another heading.
    assert "• Risk: Wrong priority; Likelihood: Medium; Severity: Medium; Mitigation: Human review" in lines
    assert "• Risk: Supplier reuses data; Severity: High; Mitigation: Contract forbids it" in lines
    assert "• Record: Payroll (six years); Owner: Finance" in lines


def test_a_pdf_table_keeps_two_neighbouring_cells_that_say_the_same(tmp_path: Path) -> None:
    from reportlab.platypus import SimpleDocTemplate, Table

    from assistant.ingest.loaders import load_file

    path = tmp_path / "risks.pdf"
    SimpleDocTemplate(str(path)).build([Table([
        ["Risk", "Likelihood", "Severity", "Mitigation"],
        ["Wrong priority given to an urgent call", "Medium", "High", "Human review of every call"],
        ["Bias against callers with strong accents", "Medium", "Medium", "Accuracy tested before go-live"],
        ["Supplier uses call data", "Low", "High", "Contract forbids it"],
    ])])
    lines = load_file(path, 10**7).text.split("\n")
    assert ("• Risk: Bias against callers with strong accents; Likelihood: Medium; Severity: Medium; "
            "Mitigation: Accuracy tested before go-live") in lines


def test_a_web_page_table_becomes_one_named_line_per_row(tmp_path: Path) -> None:
    from assistant.ingest.loaders import load_file

    path = tmp_path / "schedule.html"
    path.write_text(
        "<html><body><main><h1>Retention schedule</h1><p>We keep staff records for the periods below.</p>"
        "<table><tr><th>Record</th><th>Kept for</th></tr><tr><td>CCTV images</td><td>31 days</td></tr>"
        "<tr><td>Telematics data</td><td>12 months</td></tr></table></main></body></html>",
        encoding="utf-8",
    )
    text = load_file(path, 10**7).text
    assert "• Record: Telematics data; Kept for: 12 months" in text
    assert "|---" not in text


def test_text_inside_a_word_content_control_is_read(tmp_path: Path) -> None:
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    from assistant.ingest.loaders import load_file

    d = docx.Document()
    d.add_heading("Retention", 1)
    d.add_paragraph("The paragraphs of a template's fixed text.")
    # Council templates wrap sections in content controls, which python-docx's `paragraphs` skips.
    d.element.body.insert(len(d.element.body) - 1, parse_xml(
        f'<w:sdt {nsdecls("w")}><w:sdtPr/><w:sdtContent><w:p><w:r><w:t>'
        "Personal data is kept for six months.</w:t></w:r></w:p></w:sdtContent></w:sdt>"
    ))
    path = tmp_path / "template.docx"
    d.save(str(path))
    assert "Personal data is kept for six months." in load_file(path, 10**7).text


def test_a_sentence_that_runs_over_a_page_break_is_one_sentence(tmp_path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from assistant.ingest.loaders import load_file

    path = tmp_path / "policy.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.drawString(72, 750, "5.1 Before any AI system that affects employees is procured, the Head of Service must")
    c.drawString(72, 30, "OFFICIAL")
    c.showPage()
    c.drawString(72, 750, "notify the recognised trade unions in writing at least 28 days before a decision is taken.")
    c.drawString(72, 730, "5.2 The notice must include an equality impact assessment.")
    c.drawString(72, 30, "OFFICIAL")
    c.showPage()
    c.save()
    text = load_file(path, 10**7).text
    assert "the Head of Service must notify the recognised trade unions" in text
    assert "\n\n5.2 The notice" in text or "\n5.2 The notice" in text  # a new clause still starts its own line


def test_a_letter_quotes_the_steps_the_employers_own_policy_sets_with_clause_and_page(own, tmp_path: Path) -> None:
    from assistant.letters.docx import read_footnotes
    from assistant.letters.letter import check_draft, draft_letter, letter_input

    settings, kb, _ = own
    letter = draft_letter(letter_input("Cyngor Sir Enghraifft", "a new monitoring tool"), kb, settings,
                          doc_ids=("monitoring-policy",))
    md = letter.to_markdown()
    # The clause, whole with its lettered items, under the section and clause a rep cites it by.
    assert "**MONITORING OF WORK DEVICES, clause 3.2.** Before any new monitoring tool is introduced the Council shall: " \
        "(a) consult the recognised trade unions at least 28 days beforehand;" in md, md
    # Its note says where it is; the letter claims no WPC source it doesn't quote.
    assert "clause 3.2, pages 2–3" in md
    assert "which Cyngor Sir Enghraifft’s own documents set" in md and "Workforce Partnership Council" not in md
    assert check_draft(md) == []
    notes = read_footnotes(letter.to_docx(tmp_path / "letter.docx"))
    assert any("clause 3.2, pages 2–3" in n for n in notes.values()), notes
    # In Welsh the step is quoted as written, under "cymal", and its note says where in Welsh.
    cy = letter.to_markdown("cy")
    assert "**MONITORING OF WORK DEVICES, cymal 3.2.** Before any new monitoring tool" in cy
    assert "adran “3. MONITORING OF WORK DEVICES”, cymal 3.2, tudalennau 2–3" in cy


def test_a_checklist_adds_the_steps_the_employers_own_documents_set(own) -> None:
    from assistant.letters.checklist import build_checklist, parse_csv

    settings, kb, _ = own
    checklist = build_checklist("an AI chatbot", kb, settings, doc_ids=("ai-at-work-policy",))
    md = checklist.to_markdown()
    assert "## What your own documents require" in md
    # The step is the policy's clause; the Source column says where it is without quoting it again.
    row = next(line for line in md.splitlines() if "28 days before" in line)
    assert row.count("28 days before") == 1 and "clause 5.1" in row, row
    rows = parse_csv(checklist.to_csv())
    assert {r.phase for r in rows} == {"own"} and all(r.doc_id == "ai-at-work-policy" for r in rows)


def test_documents_that_set_no_steps_or_are_not_indexed_get_a_one_line_reason(own, capsys) -> None:
    from assistant.letters.checklist import build_checklist
    from assistant.letters.letter import LetterError, draft_letter, letter_input

    settings, kb, _ = own
    with pytest.raises(LetterError, match="The documents you chose set no steps"):
        draft_letter(letter_input("Cyngor", "CCTV"), kb, settings, doc_ids=("staff-privacy-notice",))
    with pytest.raises(LetterError, match="No indexed document 'nope'"):
        build_checklist("CCTV", kb, settings, doc_ids=("nope",))
    assert _cli(settings, "letter", "--employer", "Cyngor", "--technology", "CCTV", "--doc", "nope") == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("error: No indexed document 'nope'") and "\n" not in err


def test_the_cli_letter_quotes_a_chosen_document(own, capsys) -> None:
    settings, _, _ = own
    code = _cli(settings, "letter", "--employer", "Cyngor", "--technology", "an AI chatbot", "--doc", "ai-at-work-policy")
    out = capsys.readouterr().out
    assert code == 0
    assert "**Consultation, clause 5.1.** Before any AI system that affects employees is procured" in out


def test_a_pdf_printed_from_word_is_titled_from_its_name_not_the_printers(tmp_path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from assistant.ingest.loaders import load_file

    docs = tmp_path / "docs"
    docs.mkdir()
    pdf = docs / "ai-policy.pdf"
    c = canvas.Canvas(str(pdf), pagesize=A4)
    c.setTitle("Microsoft Word - AI policy v3 FINAL.docx")  # what printing to PDF from Word leaves
    c.drawString(72, 760, "The Council will consult the recognised trade unions before any AI system is procured.")
    c.save()
    assert load_file(pdf, 10_000_000, 100_000_000).title is None
    settings = Settings(data_dir=tmp_path / "data", knowledge_dir=tmp_path / "none")
    assert not ingest([docs], settings).failed
    assert open_store(settings).documents()["ai-policy"].title == "AI policy"  # the name, with its acronym


def test_a_pdf_with_no_title_of_its_own_is_titled_by_its_first_line_and_an_email_by_its_subject(tmp_path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from assistant.ingest.loaders import load_file

    pdf = tmp_path / "dpa.pdf"
    c = canvas.Canvas(str(pdf), pagesize=A4)  # reportlab's own title is "(anonymous)"
    c.drawString(72, 780, "Data Processing Agreement")
    c.drawString(72, 760, "This Agreement is made on 1 October 2026 between the Council and ShiftWise Limited.")
    c.save()
    assert load_file(pdf, 10_000_000, 100_000_000).title == "Data Processing Agreement"
    letterhead = tmp_path / "letter.pdf"
    c = canvas.Canvas(str(letterhead), pagesize=A4)
    c.drawString(72, 780, "Cyngor Sir Penrhyn")  # a letterhead names no kind of document
    c.drawString(72, 760, "Dear colleague, the Council intends to introduce new rota software.")
    c.save()
    assert load_file(letterhead, 10_000_000, 100_000_000).title is None
    thread = tmp_path / "thread.txt"
    thread.write_text("Subject: RE: FW: Scheduling software for Domiciliary Care\n\nFrom: Helen Price\n\nDear Gareth,\n")
    assert load_file(thread, 10_000_000, 100_000_000).title == "Scheduling software for Domiciliary Care"


def test_this_policy_applies_to_is_a_sentence_that_stands_alone(own) -> None:
    answer = _ask(own, "does this apply to agency staff?", "it-use")
    # "This policy…" points at the document the citation names, not at a sentence before it.
    assert _lead(answer).startswith("This policy applies to all employees, agency workers"), answer.answer


def test_an_ai_product_asked_about_by_name_finds_the_rules_on_ai_tools(own) -> None:
    answer = _ask(own, "can I use ChatGPT at work?", "it-use")
    assert not answer.abstained, answer.answer
    assert _lead(answer).startswith("Employees may use AI tools approved by Digital Services"), answer.answer
    assert answer.searched == "can I use ChatGPT (an AI tool) at work?"


def test_breaking_the_rules_is_answered_with_what_a_breach_leads_to(own) -> None:
    answer = _ask(own, "what happens if I break the IT policy?", "it-use")
    assert _lead(answer).startswith("A breach of this policy may lead to action under the Disciplinary Procedure"), answer.answer


def test_who_is_answered_by_a_role_as_well_as_a_name(own) -> None:
    answer = _ask(own, "who has to check what an AI tool writes before it is sent?", "it-use")
    assert not answer.abstained, answer.answer
    assert "checked by the employee" in _lead(answer)


def test_everyday_rules_are_not_steps_of_a_roll_out() -> None:
    from assistant.letters.own_duties import is_obligation

    assert is_obligation("5.1 Before any AI system is procured, the Head of Service must notify the recognised trade unions.")
    assert is_obligation("Employees will receive training in paid working time before the system goes live.")
    assert is_obligation("The notice must include the purpose of the system and an equality impact assessment.")
    assert is_obligation("The Council will not proceed until that meeting has taken place.")
    # Binding, but not to anything done to bring a technology in.
    assert not is_obligation("Content produced with an AI tool must be checked by the employee before it is sent or published.")
    assert not is_obligation("Where monitoring shows a possible breach, the employee will be told what was found.")
    assert not is_obligation("CCTV images will be kept until the end of any investigation.")
    assert not is_obligation("This policy will be reviewed before April 2027 in consultation with the unions.")


def test_a_word_default_title_gives_way_to_the_documents_own_heading(own) -> None:
    settings, _, _ = own
    assert open_store(settings).documents()["attendance"].title == "Managing Attendance Policy"


def test_ringing_in_is_phoning_and_the_time_of_day_it_gives_answers_what_time(own) -> None:
    answer = _ask(own, "what time do i have to ring in by?", "attendance")
    assert not answer.abstained, answer.answer
    assert "phone your line manager before 9.30am" in _lead(answer)


def test_days_counted_in_calendar_days_or_from_the_eighth_day_answer_how_many_days(own) -> None:
    answer = _ask(own, "how many days can i be off sick before i need a note?", "attendance")
    assert not answer.abstained, answer.answer
    shown = answer.answer[:600]
    assert "From the eighth day you must provide a fit note" in shown and "seven calendar days" in shown, answer.answer
    assert "trigger points" not in _lead(answer)


def test_when_something_is_needed_is_answered_by_the_day_it_is_needed_from(own) -> None:
    # "From the eighth day" is when, though it names no date: it had been declined ("They don't
    # give a date for this").
    answer = _ask(own, "when do i need a fit note?", "attendance")
    assert not answer.abstained, answer.answer
    assert _lead(answer) == "From the eighth day you must provide a fit note from your GP.", answer.answer


def test_disagreeing_with_a_decision_is_answered_with_how_to_appeal(own) -> None:
    answer = _ask(own, "what if i disagree with the warning?", "attendance")
    assert not answer.abstained, answer.answer
    assert "You may appeal against a warning within ten working days" in answer.answer[:600]


@pytest.mark.parametrize(
    ("doc", "question", "lead"),
    [
        ("attendance", "Ga i ddod â chynrychiolydd undeb i'r cyfarfod?", "accompanied by a trade union representative"),
        ("attendance", "Oes angen nodyn meddyg arna i?", "fit note from your GP"),
        ("it-use", "Ga i ddefnyddio ChatGPT yn y gwaith?", "Employees may use AI tools approved"),
    ],
)
def test_a_question_in_welsh_about_your_own_document_is_answered_from_it(own, doc: str, question: str, lead: str) -> None:
    from assistant.service import ask

    settings, kb, _ = own
    answer = ask(question, "worker", doc_ids=(doc,), settings=settings, kb=kb)
    assert not answer.abstained, answer.answer
    assert lead in _lead(answer), answer.answer
    assert "Beth mae hyn yn ei olygu i chi" in answer.answer  # framed in Welsh


def test_a_contracts_agree_as_follows_is_not_shown_over_one_of_its_clauses(own) -> None:
    from assistant.service import ask

    settings, kb, _ = own
    for question in ("What are the recipient's obligations?", "What must the recipient do with the information?"):
        answer = ask(question, "worker", doc_ids=("supplier-nda",), settings=settings, kb=kb)
        assert not answer.abstained, answer.answer
        assert _lead(answer).startswith("The Recipient shall not disclose Confidential Information"), answer.answer
        assert "agree as follows" not in answer.answer


def test_telling_anyone_is_disclosing_not_a_topic_called_anyone(own) -> None:
    answer = _ask(own, "can they tell anyone?", "supplier-nda")
    assert not answer.abstained, answer.answer
    assert "shall not disclose Confidential Information to any third party" in answer.answer[:600]


def test_anyone_is_no_topic_and_telling_anyone_is_searched_as_disclosing() -> None:
    from assistant.answer.abstain import distinctive_terms
    from assistant.retrieval.expand import expand_query

    assert distinctive_terms("is there anyone or anywhere I can complain to?") == ["complain"]
    assert "disclose" in expand_query("can they tell anyone?")
    assert "disclose" not in expand_query("can they tell me when it is used?")


def test_contractions_and_how_good_something_is_are_not_topics() -> None:
    from assistant.answer.abstain import distinctive_terms
    from assistant.retrieval.expand import expand_query

    # "what's" is not a topic the documents never mention; the laptop and the gaming are.
    assert distinctive_terms("What's the best laptop for gaming under £800?") == ["laptop", "game", "£800"]
    assert distinctive_terms("who's paying and isn't it unfair?") == ["pay", "unfair"]
    assert "posts" in expand_query("how many jobs are going?")  # a restructure counts posts


def test_a_pdf_table_is_read_row_by_row_with_its_cells_named(own) -> None:
    from assistant.service import ask

    settings, kb, _ = own
    text = kb.document_text("retention-schedule")
    assert "• Record: CCTV footage; How long we keep it: 31 days; Why: Security of staff and buildings" in text
    assert "\nQuestions about this schedule" in text  # the text after the table is not run on to its last row
    answer = ask("how long do you keep cctv footage?", "worker", doc_ids=("retention-schedule",), settings=settings, kb=kb)
    assert not answer.abstained, answer.answer
    assert _lead(answer).startswith("Record: CCTV footage; How long we keep it: 31 days"), answer.answer
    # The other rows match "how long … keep" by their column names alone: not part of the answer.
    assert "Vehicle telematics" not in answer.answer and "Call recordings" not in answer.answer, answer.answer


def test_two_columns_of_prose_in_a_pdf_are_not_a_table(tmp_path: Path) -> None:
    import textwrap

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from assistant.ingest.loaders import load_file

    left = ("Staff who work from home must keep council papers locked away when they are not in use. "
            "Laptops must be locked whenever they are left, even for a short time.")
    right = ("Managers will agree home-working days with each member of staff. A request is answered "
             "in writing within fourteen days of the day it is made.")
    path = tmp_path / "newsletter.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    for x, text in ((72, left), (320, right)):
        y = 760
        for line in textwrap.wrap(text, 38):
            c.drawString(x, y, line)
            y -= 15
    c.save()
    text = load_file(path, 10_000_000).text
    assert "•" not in text and "Laptops must be locked whenever" in " ".join(text.split())


def test_a_pdf_table_that_runs_over_the_pages_keeps_every_row_named_by_its_heading(tmp_path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import LongTable, SimpleDocTemplate

    from assistant.ingest.loaders import load_file

    rows = [["Record", "Kept for", "Owner"]] + [[f"Record type {i}", f"{i % 7 + 1} years", "HR Services"] for i in range(1, 80)]
    path = tmp_path / "long-schedule.pdf"
    SimpleDocTemplate(str(path), pagesize=A4).build([LongTable(rows)])  # the heading row only on page 1
    text = load_file(path, 10_000_000).text
    for i in range(1, 80):
        assert f"• Record: Record type {i}; Kept for: {i % 7 + 1} years; Owner: HR Services" in text.split("\n"), i


def test_numbers_other_than_the_page_number_tell_edge_lines_apart() -> None:
    from assistant.text.pages import drop_furniture

    pages = [f"Staff Handbook {n}\nRecord type {n * 30} is kept\nfor six years by HR.\nRecord type {n * 30 + 1}" for n in (1, 2, 3)]
    kept = drop_furniture(pages)
    assert all("Staff Handbook" not in p for p in kept)  # the running header, with its page number
    assert all(f"Record type {n * 30}" in p and f"Record type {n * 30 + 1}" in p for n, p in zip((1, 2, 3), kept, strict=True))


def test_a_web_pages_definition_list_keeps_each_term_with_its_definition(own) -> None:
    from assistant.service import ask

    settings, kb, _ = own
    assert "- Anchor day: A day each week when the whole team is in the office together." in kb.document_text("hybrid-faq")
    answer = ask("what's an anchor day?", "worker", doc_ids=("hybrid-faq",), settings=settings, kb=kb)
    assert _lead(answer).startswith("Anchor day: A day each week"), answer.answer
    # Answers folded into accordions are read, each under its question.
    answer = ask("can i claim for broadband?", "worker", doc_ids=("hybrid-faq",), settings=settings, kb=kb)
    assert "£10 a month" in _lead(answer), answer.answer


def test_money_for_what_working_costs_is_searched_as_an_allowance(own) -> None:
    answer = _ask(own, "do i get money for working from home?", "hybrid-faq")
    assert not answer.abstained, answer.answer
    assert "home-working allowance of £10 a month" in answer.answer[:600], answer.answer


def test_a_word_draft_is_read_as_it_now_stands_with_the_text_of_its_links(tmp_path: Path) -> None:
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    from assistant.ingest.loaders import load_file

    w = nsdecls("w")
    document = docx.Document()
    para = document.add_paragraph("Location data is kept for ")
    # A reviewer's tracked change: "30 days" struck out, "12 months" put in.
    para._p.append(parse_xml(f'<w:del {w} w:id="1" w:author="HR"><w:r><w:delText>30 days</w:delText></w:r></w:del>'))
    para._p.append(parse_xml(f'<w:ins {w} w:id="2" w:author="HR"><w:r><w:t>12 months</w:t></w:r></w:ins>'))
    para.add_run(". See the ")
    para._p.append(parse_xml(f'<w:hyperlink {w} w:anchor="dp"><w:r><w:t>Data Protection Policy</w:t></w:r></w:hyperlink>'))
    para.add_run(" for who can see it.")
    path = tmp_path / "draft.docx"
    document.save(str(path))
    text = load_file(path, 10_000_000).text
    assert text == "Location data is kept for 12 months. See the Data Protection Policy for who can see it."


def test_whom_to_ask_is_answered_with_where_questions_go(own) -> None:
    answer = _ask(own, "who do i ask about this?", "retention-schedule")
    assert not answer.abstained, answer.answer
    assert _lead(answer).startswith("Questions about this schedule should be sent to the Data Protection Officer")


def test_an_opendocument_text_is_read_with_its_headings_lists_and_table(own) -> None:
    from assistant.service import ask

    settings, kb, _ = own
    text = kb.document_text("lone-working")
    assert "1. Record the visit in the lone-working app before you leave." in text  # a numbered list
    assert "• Location data is deleted after 7 days." in text  # a bulleted one
    assert "30 days" not in text and "Check with legal" not in text  # a tracked deletion, a comment
    assert open_store(settings).documents()["lone-working"].title == "Lone Working Procedure"
    answer = ask("who do i call if i feel unsafe?", "worker", doc_ids=("lone-working",), settings=settings, kb=kb)
    assert "Monitoring centre on 0300 123 4567" in _lead(answer), answer.answer
    answer = ask("how long do they keep my location?", "worker", doc_ids=("lone-working",), settings=settings, kb=kb)
    assert "deleted after 7 days" in _lead(answer), answer.answer
    assert any(c.section == "The lone-working app" for c in answer.citations)


def test_an_odt_that_is_not_one_gets_a_one_line_reason(tmp_path: Path) -> None:
    import zipfile

    from assistant.ingest.loaders import LoadError, load_file

    bad = tmp_path / "renamed.odt"
    bad.write_bytes(b"%PDF-1.4 not an OpenDocument file")
    with pytest.raises(LoadError, match="corrupt or unreadable ODT"):
        load_file(bad, 10_000_000)
    sheet = tmp_path / "budget.odt"
    with zipfile.ZipFile(sheet, "w") as z:  # a spreadsheet's body, named as a text document
        z.writestr("content.xml", '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0">'
                   "<office:body><office:spreadsheet/></office:body></office:document-content>")
    with pytest.raises(LoadError, match="no text body"):
        load_file(sheet, 10_000_000)


@pytest.mark.parametrize("valign", ["BOTTOM", "TOP", "MIDDLE"])
def test_a_pdf_table_whose_cells_wrap_onto_more_lines_keeps_each_cell_whole(tmp_path: Path, valign: str) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

    from assistant.ingest.loaders import load_file

    rows = [["Record", "How long we\nkeep it", "Why"], ["CCTV footage", "31 days", "Security of staff\nand buildings"],
            ["Recruitment records\n(unsuccessful applicants)", "6 months", "Equality monitoring"],
            ["Call recordings", "90 days", "Training"]]
    path = tmp_path / f"wrapped-{valign}.pdf"
    SimpleDocTemplate(str(path), pagesize=A4).build([Table(rows, style=TableStyle([("VALIGN", (0, 0), (-1, -1), valign)]))])
    lines = load_file(path, 10_000_000).text.split("\n")
    assert "• Record: CCTV footage; How long we keep it: 31 days; Why: Security of staff and buildings" in lines
    assert ("• Record: Recruitment records (unsuccessful applicants); How long we keep it: 6 months; "
            "Why: Equality monitoring") in lines


def test_a_faq_answer_is_found_by_the_question_it_sits_under(own) -> None:
    from assistant.service import ask

    settings, kb, _ = own
    # "No. The Council does not use software that tracks your activity…" doesn't repeat the
    # question it answers ("Will the Council monitor me when I work from home?").
    answer = ask("will they spy on me when im at home?", "worker", doc_ids=("hybrid-faq",), settings=settings, kb=kb)
    assert not answer.abstained, answer.answer
    assert "does not use software that tracks your activity" in _lead(answer), answer.answer


def test_a_managers_duty_that_is_not_about_a_roll_out_is_not_headed_as_one(own) -> None:
    answer = _ask(own, "what must I do when someone comes back from sick leave?", "attendance", persona="manager")
    assert not answer.abstained, answer.answer  # "someone" is not what it asks about
    assert "roll-out" not in answer.answer.split("\n")[0], answer.answer
    rolling = _ask(own, "what do I have to do before rolling out a new monitoring tool?", "monitoring-policy",
                   persona="manager")
    assert rolling.answer.startswith("**Before roll-out you must…**")


def test_coming_back_to_work_is_searched_as_a_return_to_work() -> None:
    from assistant.retrieval.expand import expand_query

    assert "return to work" in expand_query("what happens when i come back after being off sick?")
    assert "return to work" not in expand_query("can they bring back the old rota?")


def test_a_sentence_with_an_email_address_answers_where_to_send_it(own) -> None:
    from assistant.store.embeddings import model_text

    answer = _ask(own, "where do I send my comments?", "automation-letter")
    assert not answer.abstained, answer.answer
    assert "payroll.consultation@glanymor.gov.wales" in _lead(answer), answer.answer
    # The model is given the words "an email address", never the address's dozen word pieces.
    assert model_text("Write to hr.team@example.gov.wales or see https://example.gov.wales/hr.") == (
        "Write to an email address or see a web address"
    )


def test_a_deadline_is_answered_with_the_date_things_must_be_done_by(own) -> None:
    answer = _ask(own, "what's the deadline for responses?", "automation-letter", "rep")
    assert not answer.abstained, answer.answer
    assert "by 18 February 2027" in _lead(answer), answer.answer  # not the month a report goes to the JCC


def test_how_many_jobs_is_answered_with_the_posts_counted_not_a_year(corpus_settings, tmp_path: Path) -> None:
    from assistant import ask

    answer = ask("how many jobs are going?", doc_ids=("automation-letter",), settings=_letter_beside_library(corpus_settings, tmp_path))
    assert "4 full-time posts" in _lead(answer), answer.answer  # not "… in March 2027"


def test_when_a_policy_is_reviewed_is_answered_by_how_often(own) -> None:
    answer = _ask(own, "when will the policy be reviewed?", "monitoring-policy", "rep")
    assert not answer.abstained, answer.answer
    assert "every two years" in _lead(answer), answer.answer


def test_does_it_say_anything_about_something_only_another_document_mentions_says_it_does_not(own) -> None:
    answer = _ask(own, "does the attendance policy say anything about lone working?", "attendance", "rep")
    assert answer.abstained and "lone working" in answer.answer, answer.answer
    assert "nearest" in answer.answer  # and shows the nearest clause, marked as such
    assert not _ask(own, "does it say anything about lone working?", "lone-working", "rep").abstained
    assert not _ask(own, "does the attendance policy mention trigger points?", "attendance", "rep").abstained


def test_a_question_minutes_report_is_answered_with_the_reply_recorded_after_it(own) -> None:
    from assistant.answer.abstain import wants_specific

    answer = _ask(own, "will the AI decide who works which shift?", "jcc-minutes")
    first_line = answer.answer.split("\n")[0]
    assert "asked whether the tool would decide who works which shift" in first_line, answer.answer
    assert "the tool will not allocate shifts on its own" in first_line, answer.answer
    # Its "who" opens what is decided: the question asks for no name.
    assert not wants_specific("will the AI decide who works which shift?")
    assert wants_specific("and who decides?")


def test_an_action_tables_by_when_column_gives_the_deadline(own) -> None:
    answer = _ask(own, "who is sharing the equality impact assessment and by when?", "jcc-minutes", "rep")
    assert not answer.abstained, answer.answer
    assert "By when: 31 October 2026" in _lead(answer), answer.answer


@pytest.mark.parametrize("doc", ["staff-privacy-notice", "hr-system-privacy"])
def test_who_they_share_with_is_answered_with_the_whole_list_under_its_intro(own, doc: str) -> None:
    answer = _ask(own, "who do they share my data with?", doc)
    shown = answer.answer.split("**Also")[0]
    assert shown.startswith("We share your information"), answer.answer
    # Items that finish the intro's sentence: all of them, not the one with a name in it.
    assert "HM Revenue and Customs" in shown, answer.answer
    assert ("Trade unions" if doc == "staff-privacy-notice" else "OakHR Ltd") in shown, answer.answer
    assert shown.count("\n- ") == 3, answer.answer


def test_an_acronym_whose_phrase_has_initials_in_capitals_finds_it(own) -> None:
    answer = _ask(own, "do they give my details to HMRC?", "staff-privacy-notice")
    assert not answer.abstained, answer.answer  # "HM Revenue and Customs"
    assert "HM Revenue and Customs" in answer.answer.split("**Also")[0], answer.answer


def _letter_beside_library(corpus_settings: Settings, tmp_path: Path) -> Settings:
    """Settings whose index holds the built-in library and the automation letter. There
    "consultation" is an everyday word and "start" a rare one, as in a rep's own library."""
    import shutil

    data = tmp_path / "data"
    shutil.copytree(corpus_settings.data_dir, data)
    settings = corpus_settings.model_copy(update={"data_dir": data})
    assert not ingest([letter_txt(tmp_path / "automation-letter.txt")], settings).failed
    return settings


def test_a_date_about_another_thing_does_not_answer_when_something_starts(corpus_settings, tmp_path: Path) -> None:
    from assistant import ask

    settings = _letter_beside_library(corpus_settings, tmp_path)
    answer = ask("when does the consultation start and end?", doc_ids=("automation-letter",), settings=settings)
    assert "from 5 January 2027 to 18 February 2027" in _lead(answer), answer.answer  # not "Training will start in March"


def test_a_clause_asked_for_by_its_number_is_quoted_whole_and_in_order(own) -> None:
    answer = _ask(own, "what does clause 3.2 say?", "monitoring-policy", "rep")
    assert not answer.abstained, answer.answer
    lines = [line for line in answer.answer.splitlines() if line.strip()]
    assert lines[0].startswith("3.2 Before any new monitoring tool is introduced the Council shall:"), answer.answer
    items = [line for line in lines if line.startswith("- ")]
    assert [i[2:14] for i in items[:3]] == ["(a) consult ", "(b) complete", "(c) tell eve"], answer.answer  # in order
    assert answer.citations[0].clause.startswith("3.2"), answer.citations[0]
    section = _ask(own, "what's in section 4?", "monitoring-policy")
    assert _lead(section).startswith("4.1 Location data from a work phone"), section.answer


def test_a_clause_the_document_does_not_have_is_said_to_be_missing(own) -> None:
    from assistant.text.clauses import clause_asked

    answer = _ask(own, "what does clause 9.9 say?", "monitoring-policy", "rep")
    assert answer.abstained and "no clause 9.9" in answer.answer, answer.answer
    assert [clause_asked(q) for q in ("what does clause 5.2 (b) say?", "what's in Section 6?", "what does 2.2 mean?",
                                      "what does 28 mean?", "what happens in part 2?", "what does Article 9 say?")] == [
        "5.2(b)", "6", "2.2", None, None, None]


def test_a_clause_of_a_long_document_is_found_by_its_number_alone(tmp_path: Path) -> None:
    from assistant import ask

    topics = ["parking", "uniforms", "annual leave", "overtime", "expenses", "training", "lone working", "email",
              "mobile phones", "flexible hours", "car sharing", "first aid", "fire drills", "visitors", "printing",
              "recycling", "lockers", "canteen", "smoking", "dress code", "jury service", "volunteering",
              "secondments", "references", "probation", "appraisals", "sick pay", "maternity", "paternity", "adoption"]
    lines = ["Staff Handbook", ""]
    for n, topic in enumerate(topics, 1):
        lines += [f"{n}. {topic.title()}", f"{n}.1 The Council has rules about {topic} that every employee must follow.",
                  f"{n}.2 Questions about {topic} go to the {topic} adviser in HR, who answers within five days.",
                  f"{n}.3 A manager who agrees an exception to the rules on {topic} records it on the employee's file "
                  "and tells the employee in writing, giving the reasons and how long the exception lasts.",
                  f"{n}.4 The rules on {topic} are reviewed each year with the recognised trade unions, and any change "
                  "is published on the intranet at least a month before it takes effect.", ""]
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "handbook.txt").write_text("\n".join(lines), encoding="utf-8")
    (tmp_path / "empty").mkdir()
    settings = Settings(data_dir=tmp_path / "data", knowledge_dir=tmp_path / "empty")
    assert not ingest([tmp_path / "docs"], settings).failed
    assert len(open_store(settings).chunks_for_versions([open_store(settings).documents()["handbook"].version])) > 20
    answer = ask("what does clause 23.2 say?", doc_ids=("handbook",), settings=settings)
    assert _lead(answer).startswith("23.2 Questions about secondments go to the secondments adviser"), answer.answer
    # "2" is in every clause 1.2, 2.2, … 30.2: the section is found by its number, not its words.
    section = ask("what's in section 2?", doc_ids=("handbook",), settings=settings)
    assert _lead(section).startswith("2.1 The Council has rules about uniforms"), section.answer


def test_a_question_word_said_in_the_documents_words_counts_as_said(own) -> None:
    # "spy" is searched as monitoring, "lose my job" as redeployment: the sentences that say so lead.
    spy = _ask(own, "can they spy on my laptop?", "monitoring-policy")
    assert _lead(spy).startswith("3.1 The Council may monitor work devices only for a purpose"), spy.answer
    job = _ask(own, "will I lose my job to the robot?", "automation-letter")
    assert "redeployment" in _lead(job), job.answer


def test_a_letters_heading_fields_answer_questions_about_the_letter(own) -> None:
    # "Date: 20 November 2026" is a field with its value, not a heading; and it is about the letter.
    answer = _ask(own, "what date is the letter?", "automation-letter")
    assert not answer.abstained, answer.answer
    assert _lead(answer) == "Date: 20 November 2026", answer.answer


def test_a_list_question_gets_a_whole_table_in_its_order(own) -> None:
    answer = _ask(own, "what actions were agreed?", "jcc-minutes", "rep")
    shown = answer.answer
    first, second = "Share the equality impact assessment", "Write to all staff confirming"
    assert first in shown and second in shown and shown.index(first) < shown.index(second), shown


def test_a_section_of_an_act_the_document_names_is_not_taken_for_a_missing_clause(tmp_path: Path) -> None:
    from assistant import ask

    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "restructure.txt").write_text(
        "Restructure of Payroll\n\n1. Background\n1.1 The Council proposes to reduce the Payroll team by four posts.\n\n"
        "2. Collective consultation\n2.1 The Council will issue a section 188 notice to the recognised trade unions, "
        "which starts collective consultation of at least 30 days.\n", encoding="utf-8")
    (tmp_path / "empty").mkdir()
    settings = Settings(data_dir=tmp_path / "data", knowledge_dir=tmp_path / "empty")
    assert not ingest([tmp_path / "docs"], settings).failed
    answer = ask("what is a section 188 notice?", doc_ids=("restructure",), settings=settings)
    assert "no section 188" not in answer.answer, answer.answer
    assert "section 188 notice to the recognised trade unions" in answer.answer, answer.answer


@pytest.fixture(scope="module")
def thread(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """An index holding an email thread saved as text, a data processing agreement, a staff FAQ
    a slide deck printed to PDF, a Word job description, an equality impact assessment and a
    restructure proposal."""
    root = tmp_path_factory.mktemp("thread")
    docs = [email_thread_txt(root / "rota-thread.txt"), dpa_txt(root / "dpa.txt"), copilot_faq_md(root / "copilot-faq.md"),
            slides_pdf(root / "briefing.pdf"), job_description_docx(root / "job-description.docx"),
            impact_assessment_docx(root / "eia.docx"), restructure_md(root / "restructure.md")]
    return indexed_alone(root, docs)


def test_an_email_thread_is_cited_by_who_sent_each_message_and_when(thread: Settings) -> None:
    chunks = _chunks(thread, "rota-thread")
    sections = {c.section for c in chunks}
    assert "Email from Helen Price to Gareth Morgan, 20 November 2026 16:02" in sections, sections
    assert "Email from Gareth Morgan to Helen Price, 24 November 2026 09:14" in sections, sections
    text = "\n".join(c.text for c in chunks)
    # The header lines and the break between messages are the heading, not sentences to quote.
    assert "Original Message" not in text and "To: Helen Price <" not in text
    assert open_store(thread).documents()["rota-thread"].title == "Scheduling software for Domiciliary Care - request for information"


def test_who_is_someone_in_a_thread_is_answered_from_their_sign_off(thread: Settings) -> None:
    from assistant import ask

    answer = ask("Who is Helen Price?", doc_ids=("rota-thread",), settings=thread)
    assert not answer.abstained, answer.answer  # "Price" names her: no sum of money is asked for
    assert _lead(answer).startswith("Kind regards, Helen Price, Head of Domiciliary Care"), answer.answer
    answer = ask("who is Gareth Morgan?", doc_ids=("rota-thread",), settings=thread)
    assert "Branch Secretary, UNISON Cwm Taf Care Branch" in _lead(answer), answer.answer
    # A sign-off ends what its writer says: it is not read on to after a point.
    answer = ask("does the app track my location all day?", doc_ids=("rota-thread",), settings=thread)
    assert "Regards, Gareth" not in answer.answer.split("\n")[0], answer.answer


def test_a_product_named_beside_what_it_is_answers_what_it_is_called(thread: Settings) -> None:
    from assistant import ask

    answer = ask("what is the new system called?", doc_ids=("rota-thread",), settings=thread)
    assert not answer.abstained, answer.answer
    assert "CarePlan Live" in _lead(answer), answer.answer


def test_a_letters_sign_off_is_kept_with_the_name_under_it() -> None:
    from assistant.text.clean import clean_text

    cleaned = clean_text(LETTER_TEXT)
    assert cleaned.endswith("Yours sincerely, Gwenllian Price, Head of Finance"), cleaned[-120:]
    # A memo's own header ("From: Gwenllian Price, Head of Finance") is not an email's.
    assert "From: Gwenllian Price, Head of Finance" in cleaned


def test_what_a_term_means_is_answered_by_the_documents_own_definition(own) -> None:
    answer = _ask(own, "what counts as confidential information?", "supplier-nda", "rep")
    assert _lead(answer).startswith('"Confidential Information" means any information disclosed'), answer.answer
    # A party named in brackets, as drafting names it: '… Example Software Ltd (the "Supplier")'.
    answer = _ask(own, "who is the supplier?", "supplier-nda", "rep")
    assert "Example Software Ltd (the \"Supplier\")" in _lead(answer), answer.answer


def test_what_a_contract_term_means_is_answered_by_its_definition_not_a_clause_using_it(thread: Settings) -> None:
    from assistant import ask

    answer = ask("what is a sub-processor?", doc_ids=("dpa",), settings=thread)
    assert '"Sub-processor" means any third party appointed' in _lead(answer), answer.answer
    answer = ask("who is the processor?", doc_ids=("dpa",), settings=thread)
    assert 'ShiftWise Solutions Limited, company number 09876543 (the "Processor")' in _lead(answer), answer.answer


def test_everyday_words_find_a_contracts_own(thread: Settings) -> None:
    from assistant import ask

    # "how quickly" asks for a length of time; "when the contract ends" is its termination.
    answer = ask("how quickly must they report a data breach?", doc_ids=("dpa",), settings=thread)
    assert "within 24 hours" in _lead(answer), answer.answer


def test_when_a_contract_ends_is_its_termination(thread: Settings) -> None:
    from assistant import ask

    answer = ask("what happens to our data when the contract ends?", doc_ids=("dpa",), settings=thread)
    assert "On termination of the Services Contract" in _lead(answer), answer.answer


def test_getting_in_trouble_is_asked_as_disciplinary_action(own) -> None:
    answer = _ask(own, "will I get in trouble if I don't come in?", "hybrid-faq")
    assert not answer.abstained, answer.answer  # not "They don't mention trouble"
    assert "disciplinary action" in answer.answer.split("\n")[0], answer.answer


def test_a_clause_with_its_lettered_items_on_one_line_is_quoted_to_its_end_and_no_further(thread: Settings) -> None:
    from assistant import ask

    answer = ask("what does clause 2.4 say?", doc_ids=("dpa",), settings=thread)
    # "multi-factor authentication" in a contract is what it says, not a website's login wall.
    assert "(b) multi-factor authentication for all administrative access" in answer.answer, answer.answer
    assert "2.5 The Processor shall keep" not in answer.answer, answer.answer


def test_a_worry_raised_in_a_thread_gives_way_to_the_reply_that_answers_it(thread: Settings) -> None:
    from assistant import ask

    answer = ask("does the app track my location all day?", doc_ids=("rota-thread",), settings=thread)
    assert _lead(answer).startswith("The app records the worker's location when they log in and out of a visit."), answer.answer
    assert "members are worried that the app will track their location all day" in answer.answer  # as a point
    # What was asked is answered by the asking.
    answer = ask("what are members worried about?", doc_ids=("rota-thread",), settings=thread)
    assert "members are worried that the app will track their location all day" in _lead(answer), answer.answer


def test_a_faq_question_is_answered_by_its_whole_answer_read_as_written(thread: Settings) -> None:
    from assistant import ask

    answer = ask("is there training and is it in work time?", doc_ids=("copilot-faq",), settings=thread)
    first = answer.answer.split("\n")[0]
    assert first.startswith("Yes. Every member of staff in the pilot will be given a two-hour online course"), answer.answer
    assert "The training takes place in working time." in first, answer.answer
    answer = ask("do I have to use copilot?", doc_ids=("copilot-faq",), settings=thread)
    first = answer.answer.split("\n")[0]
    assert first.startswith("No. Using Copilot is optional during the pilot."), answer.answer
    assert "Nobody will be disciplined or marked down" in first, answer.answer
    # A question the heading doesn't ask is answered by its own sentence.
    answer = ask("what's the service desk phone number?", doc_ids=("copilot-faq",), settings=thread)
    assert _lead(answer).startswith("You can also ring the Service Desk on 01633 555 123"), answer.answer


def test_a_section_whose_heading_names_what_is_asked_answers_it(thread: Settings) -> None:
    from assistant import ask

    # "Evidence used" over "We looked at the results of…": the sentence doesn't repeat its heading.
    answer = ask("what evidence did they use?", doc_ids=("copilot-faq",), settings=thread)
    assert not answer.abstained, answer.answer
    assert _lead(answer).startswith("We looked at the results of a six-month trial"), answer.answer


def test_a_slide_deck_keeps_its_bullets_and_answers_with_the_whole_slide(thread: Settings) -> None:
    from assistant import ask

    chunks = _chunks(thread, "briefing")
    text = "\n".join(c.text for c in chunks)
    assert "• Two days of training for every adviser before go-live\n• Floor walkers for the first month" in text, text
    assert "Training and support" in {c.section for c in chunks}  # a slide's title heads its bullets
    assert open_store(thread).documents()["briefing"].title == "Digital Front Door: staff briefing"
    answer = ask("what training will I get?", doc_ids=("briefing",), settings=thread)
    for bullet in SLIDES[3][1]:
        assert bullet in answer.answer, answer.answer
    answer = ask("what is the timeline?", doc_ids=("briefing",), settings=thread)
    assert not answer.abstained, answer.answer
    assert "April 2027: portal goes live for residents" in answer.answer, answer.answer


def test_who_a_letter_is_from_is_answered_by_its_from_line_or_sign_off(own) -> None:
    for question in ("who is the letter from?", "who sent this letter?"):
        answer = _ask(own, question, "automation-letter")
        assert not answer.abstained, answer.answer
        assert "Gwenllian Price, Head of Finance" in _lead(answer), answer.answer


def test_a_table_of_fields_with_no_heading_row_is_read_field_by_field(thread: Settings) -> None:
    from assistant import ask

    text = "\n".join(c.text for c in _chunks(thread, "job-description"))
    assert "• Grade: Grade 6 (£27,711 – £30,296)\n• Reports to: Customer Services Team Leader" in text, text
    assert "Service: Grade" not in text  # its first row is a field, not column headings
    assert "• Criteria: Skills; Essential: Good written English" in text  # this one's first row is
    answer = ask("how much does it pay?", doc_ids=("job-description",), settings=thread)
    assert _lead(answer).startswith("Grade: Grade 6 (£27,711 – £30,296)"), answer.answer  # the row with the sum, alone
    answer = ask("who do I report to?", doc_ids=("job-description",), settings=thread)
    assert _lead(answer).startswith("Reports to: Customer Services Team Leader"), answer.answer


def test_welsh_the_language_is_what_a_question_is_about(thread: Settings) -> None:
    from assistant import ask

    # In the built-in corpus "Welsh" says whose ("the Welsh public sector"); "do I need Welsh?" asks
    # about the language, and the row that names it leads.
    answer = ask("do I need Welsh?", doc_ids=("job-description",), settings=thread)
    assert "Welsh language skills (level 3 or above)" in _lead(answer), answer.answer


def test_a_list_question_that_names_one_row_of_a_table_is_led_by_that_row(thread: Settings) -> None:
    from assistant import ask

    # A manager's "what mitigations…?" is led by the table, whole; "for age" names one row of it.
    answer = ask("what mitigations are there for age?", persona="manager", doc_ids=("eia",), settings=thread)
    assert _lead(answer).startswith("Characteristic: Age;"), answer.answer
    assert "Characteristic: Disability" not in answer.answer.split("**More")[0], answer.answer


def test_posts_being_cut_are_the_posts_a_restructure_deletes(thread: Settings) -> None:
    from assistant import ask

    answer = ask("how many posts are being cut?", doc_ids=("restructure",), settings=thread)
    assert _lead(answer).startswith("Eight Benefits Assessor posts and all ten Data Entry Officer posts would be deleted."), answer.answer


def test_why_asked_of_a_proposal_is_answered_by_its_reasons(thread: Settings) -> None:
    from assistant import ask

    # "Why are they doing this?" shares no word with "1. Why we are proposing change" or its text.
    answer = ask("why are they doing this?", doc_ids=("restructure",), settings=thread)
    assert not answer.abstained, answer.answer
    first = answer.answer.split("\n")[0]
    assert first.startswith("The new benefits system automates the assessment"), answer.answer
    assert "Fewer staff are needed for data entry" in first, answer.answer


@pytest.fixture(scope="module")
def mail(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """An index holding a PowerPoint staff briefing, an employer's reply saved as .eml and a
    council's report to Cabinet."""
    root = tmp_path_factory.mktemp("mail")
    docs = [briefing_pptx(root / "deck.pptx"), reply_eml(root / "reply.eml"), cabinet_report_pdf(root / "cabinet-report.pdf")]
    return indexed_alone(root, docs)


def _mail_ask(settings: Settings, question: str, doc: str, persona: str = "worker"):  # -> Answer
    from assistant import ask

    return ask(question, persona, doc_ids=(doc,), settings=settings)


def test_a_powerpoint_deck_is_read_slide_by_slide_and_cited_by_slide_number(mail: Settings) -> None:
    from assistant.store.knowledge_base import get_kb

    text = get_kb(mail).document_text("deck")
    chunks = _chunks(mail, "deck")
    for c in chunks:
        assert text[c.start : c.end] == c.text
    by_text = {c.text: c for c in chunks}
    (notes,) = [c for t, c in by_text.items() if "The workshop is in work time." in t]
    # The hidden fourth slide still counts: "Training and support" is slide 5, as PowerPoint numbers it.
    assert (notes.page, notes.section) == ("5", "Training and support › Speaker notes")
    (timeline,) = [c for t, c in by_text.items() if "Phase: Review; Dates: January 2028" in t]
    assert (timeline.page, timeline.section) == ("7", "Timeline")
    (change,) = [c for t, c in by_text.items() if "No one will lose their job" in t]
    assert change.page == "3" and "The pilot starts on 1 April 2027" in change.text  # the text box, kept
    assert "• Assessors will check every case a robot flags as unusual" in text
    assert "    • Most forms arrive by email as scanned PDFs" in text  # a second-level bullet, indented
    assert HIDDEN_SLIDE not in text and "Savings options" not in text  # a hidden slide is not read
    assert "OFFICIAL" not in text  # on every slide: furniture
    assert open_store(mail).documents()["deck"].title == "Digital Revenues Programme: staff briefing"
    assert [spec for spec in DECK if spec is None]  # the deck does have a hidden slide


def test_a_decks_timeline_slide_answers_what_the_timeline_is(mail: Settings) -> None:
    # The deck has a section headed "Timeline": it answers, not every date the deck mentions.
    timeline = _mail_ask(mail, "what is the timeline?", "deck", "manager")
    assert _lead(timeline).startswith("Phase: Pilot; Dates: April to June 2027"), timeline.answer


def test_a_deck_answers_from_its_text_boxes_speaker_notes_and_contact_line(mail: Settings) -> None:
    start = _mail_ask(mail, "when does the pilot start?", "deck")
    assert _lead(start) == "The pilot starts on 1 April 2027", start.answer  # a statement without its full stop
    assert start.citations[0].page == "3"
    training = _mail_ask(mail, "is the training in work time?", "deck")
    assert _lead(training) == "The workshop is in work time.", training.answer
    contact = _mail_ask(mail, "who do I contact with questions?", "deck")
    assert not contact.abstained, contact.answer
    assert "digital.revenues@example.gov.uk" in _lead(contact)


def test_an_email_saved_as_eml_is_a_thread_of_its_messages(mail: Settings) -> None:
    from assistant.store.knowledge_base import get_kb

    text = get_kb(mail).document_text("reply")
    sections = {c.section for c in _chunks(mail, "reply")}
    assert "Email from Sian Roberts to Gareth Morgan, 2 December 2026 14:05" in sections, sections
    # The message it quotes under "On …, … wrote:" is a message of its own, unquoted and re-flowed.
    assert "Email from Gareth Morgan, Tue, 1 Dec 2026 at 09:30" in sections, sections
    assert "will it decide who gets a formal meeting, and how long will absence records be kept?" in text
    assert ">" not in text and "%PDF" not in text  # no quote marks; the attachment is not read
    assert open_store(mail).documents()["reply"].title == "Attendance software - questions from the branch"


def test_who_sent_an_email_is_its_sender_and_what_was_asked_is_the_asking(mail: Settings) -> None:
    sender = _mail_ask(mail, "who sent this?", "reply", "rep")
    assert not sender.abstained, sender.answer  # "sent" is not a topic the email must speak of
    assert _lead(sender) == "Kind regards, Sian Roberts, Head of People Services", sender.answer
    assert "trigger point" not in sender.answer  # only who wrote: the other sign-off, nothing else
    asked = _mail_ask(mail, "what did the branch ask?", "reply", "rep")
    assert _lead(asked).startswith("Members have asked two things about the new attendance software"), asked.answer


def test_courtesies_greetings_and_sign_offs_are_not_answers(mail: Settings) -> None:
    answer = _mail_ask(mail, "can the software sack me?", "reply")
    assert _lead(answer).startswith("The software will flag staff who reach a trigger point"), answer.answer
    for courtesy in ("Thank you for your questions", "Dear Gareth", "Dear Sian", "Kind regards"):
        assert courtesy not in answer.answer
    from assistant.answer.units import says_something

    assert not says_something("Dear Gareth,") and not says_something("Hi all,")
    assert says_something("Thank you for your patience, as the new system goes live on 3 March.")  # it says when


def test_an_html_only_email_is_read_and_other_files_named_eml_are_refused(tmp_path: Path) -> None:
    from email.message import EmailMessage

    from assistant.ingest.loaders import LoadError, load_file

    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "HR <hr@example.gov.uk>", "All staff <staff@example.gov.uk>", "FW: Hybrid working"
    msg.set_content("<html><body><p>The hybrid working pilot is extended to 31 March 2027.</p></body></html>", subtype="html")
    path = tmp_path / "notice.eml"
    path.write_bytes(bytes(msg))
    loaded = load_file(path, 10_000_000)
    assert "The hybrid working pilot is extended to 31 March 2027." in loaded.text
    assert loaded.title == "Hybrid working"
    bad = tmp_path / "notes.eml"
    bad.write_text("just some notes\nwith no headers\n")
    with pytest.raises(LoadError, match="not an email message"):
        load_file(bad, 10_000_000)
    deck = tmp_path / "renamed.pptx"
    deck.write_bytes(b"%PDF-1.4 not a deck")
    with pytest.raises(LoadError, match="corrupt or unreadable PPTX"):
        load_file(deck, 10_000_000)


def test_a_reports_lettered_recommendations_are_answered_whole_under_their_intro(mail: Settings) -> None:
    answer = _mail_ask(mail, "what does the report recommend?", "cabinet-report", "rep")
    assert _lead(answer) == "2.1 It is recommended that Cabinet:", answer.answer  # not "Report of: …"
    body = answer.answer.split("For the points")[0]
    found = [body.find(f"({letter}) ") for letter in "abcd"]
    assert -1 not in found and found == sorted(found), answer.answer  # all four, in order, under it
    assert "Also:" not in body


def test_a_council_reports_author_contact_officer_and_telephone_are_found(mail: Settings) -> None:
    author = _mail_ask(mail, "who wrote the report?", "cabinet-report", "rep")
    assert _lead(author) == "Report of: Director of Corporate Services", author.answer
    contact = _mail_ask(mail, "who do I contact about this report?", "cabinet-report", "rep")
    assert _lead(contact).startswith("Contact officer: Rhys Evans, Head of Customer Services"), contact.answer
    phone = _mail_ask(mail, "will I still be able to phone the council?", "cabinet-report")
    assert not phone.abstained, phone.answer  # "phone" is "telephone" in the report's words
    assert "telephone" in phone.answer.lower()


@pytest.fixture(scope="module")
def saved(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """An index holding a body worn video procedure (PDF, with a contents page), a Welsh and
    English AI tools policy (Word), an employer's letter, a report to Cabinet and a manager's
    email saved from Outlook (.msg), a restructure's staffing workbook (.xlsx) and its CSV export,
    a Word briefing with a text box and footnotes, and a PDF report with footnotes."""
    root = tmp_path_factory.mktemp("bilingual")
    docs = [bwv_procedure_pdf(root / "bwv.pdf"), bilingual_policy_docx(root / "ai-policy.docx"),
            letter_txt(root / "letter.txt"), cabinet_report_pdf(root / "cabinet-report.pdf"),
            timesheet_msg(root / "timesheet.msg"), structure_xlsx(root / "structure.xlsx"),
            structure_csv(root / "structure-export.csv"), desk_booking_docx(root / "desk-booking.docx"),
            consultation_pdf(root / "consultation.pdf"), bilingual_policy_docx(root / "ai-policy-halves.docx", halves=True)]
    return indexed_alone(root, docs)


def test_a_contents_page_is_left_out_and_pages_after_it_keep_their_numbers(saved: Settings) -> None:
    from assistant.store.knowledge_base import get_kb

    text = get_kb(saved).document_text("bwv")
    chunks = _chunks(saved, "bwv")
    for c in chunks:
        assert text[c.start : c.end] == c.text
    assert "....." not in text and "Contents" not in text  # its entries would be found in place of the sections
    # "… - Version 2.1" heads every page: furniture, though "2" and "1" are near some pages' numbers.
    assert "Civil Enforcement - Version 2.1" not in text
    pages = {c.clause: c.page for c in chunks if c.clause}
    # The contents page lists "1. Introduction" first: each page is still found where its text is.
    assert (pages["1.1"], pages["4.1"], pages["7.1"]) == ("3", "4", "5"), pages
    (glossary,) = [c for c in chunks if "CEO: Civil Enforcement Officer." in c.text]
    assert glossary.section == "Appendix A: Glossary"  # a heading though no blank line sets it apart


def test_a_table_of_contents_is_dropped_from_a_page_and_from_plain_text() -> None:
    from assistant.text.clean import clean_text
    from assistant.text.pages import drop_furniture

    # On the page where the text starts, before the page's lines are re-flowed into paragraphs.
    page = "Contents\n1. Purpose . . . . . . . . 2\n2. Scope ……… 2\n1. Purpose\nThis policy explains the rules."
    (kept,) = drop_furniture([page])
    assert "Contents" not in kept and ". . . ." not in kept and "…" not in kept, kept
    assert kept.startswith("1. Purpose"), kept
    text = clean_text("Table of Contents\n\nIntroduction ............ iii\nScope _______ 4\n\nIntroduction\n\nThis policy applies.")
    assert text == "Introduction\n\nThis policy applies.", text


def test_a_running_header_is_furniture_whatever_numbers_it_holds() -> None:
    from assistant.text.pages import drop_furniture

    said = ["Cameras are worn on patrol.", "Footage is kept for 31 days.", "Only supervisors may view it.",
            "Lost cameras are reported.", "The glossary explains terms."]
    pages = [f"Procedure - Version 2.1\n{text}\nPage {n} of 5" for n, text in enumerate(said, 1)]
    assert drop_furniture(pages) == said
    # The first row of a table that runs over the pages is not a header: its number is neither.
    rows = [f"Record type {n * 37}\n{text}" for n, text in enumerate(said[:4], 1)]
    assert [page.split()[:3] for page in drop_furniture(rows)] == [row.split()[:3] for row in rows]


def test_when_something_happens_answers_when_and_a_lost_thing_is_one_to_lose(saved: Settings) -> None:
    when = _mail_ask(saved, "when do I have to start recording?", "bwv")
    assert not when.abstained, when.answer  # "when:" and "at the start of" say when, with no date
    assert "An officer starts recording when:" in when.answer
    lost = _mail_ask(saved, "what if I lose the camera?", "bwv")
    assert _lead(lost).startswith("8.1 A faulty or lost camera must be reported"), lost.answer


def test_a_bilingual_document_is_quoted_in_the_language_asked(saved: Settings) -> None:
    english = _mail_ask(saved, "can I use ChatGPT for work?", "ai-policy")
    assert _lead(english) == "Staff must not use other AI tools, such as ChatGPT, for Council work.", english.answer
    assert "Ni chaiff" not in english.answer and "ChatGPT, ar gyfer" not in english.answer  # not said twice
    from assistant import ask

    welsh = ask("am faint mae'r Cyngor yn cadw'r cwestiynau?", doc_ids=("ai-policy",), settings=saved)
    assert _lead(welsh).startswith("Mae'r Cyngor yn cadw cofnod o'r cwestiynau a roddir i Copilot am 90 diwrnod."), welsh.answer
    assert "The Council keeps" not in welsh.answer
    assert welsh.citations[0].quoted().startswith("Mae'r Cyngor yn cadw cofnod")  # the citation marks the Welsh
    # The Welsh interface, asked in English: the Welsh the document has.
    interface = ask("how long are the prompts kept?", doc_ids=("ai-policy",), settings=saved, lang="cy")
    assert _lead(interface).startswith("Mae'r Cyngor yn cadw cofnod"), interface.answer


def test_a_document_in_welsh_and_english_halves_is_quoted_in_the_language_asked(saved: Settings) -> None:
    from assistant import ask

    english = _mail_ask(saved, "can I use ChatGPT for work?", "ai-policy-halves")
    assert _lead(english) == "Staff must not use other AI tools, such as ChatGPT, for Council work.", english.answer
    assert "Ni chaiff" not in english.answer
    welsh = ask("am faint mae'r Cyngor yn cadw'r cwestiynau?", doc_ids=("ai-policy-halves",), settings=saved)
    assert _lead(welsh).startswith("Mae'r Cyngor yn cadw cofnod o'r cwestiynau"), welsh.answer
    # Cited where the Welsh is: in the Welsh half, a passage of its own.
    assert welsh.citations[0].quoted().startswith("Mae'r Cyngor yn cadw cofnod"), welsh.citations[0]
    assert welsh.citations[0].section.startswith("Fersiwn Cymraeg"), welsh.citations[0].section


def test_a_product_the_document_names_is_searched_as_itself(saved: Settings) -> None:
    answer = _mail_ask(saved, "do they keep what I type into Copilot?", "ai-policy")
    assert answer.searched is None  # searched as asked, not as "Copilot (an AI tool)"
    assert _lead(answer).startswith("The Council keeps a record of the prompts entered into Copilot"), answer.answer


def test_what_a_document_is_about_is_read_from_the_document(saved: Settings) -> None:
    letter = _mail_ask(saved, "what's this letter about?", "letter")
    assert not letter.abstained, letter.answer
    assert _lead(letter).startswith("I am writing to"), letter.answer  # its own statement of purpose
    purpose = _mail_ask(saved, "what is this policy for?", "ai-policy")
    assert _lead(purpose).startswith("This policy explains how staff may use generative AI tools"), purpose.answer
    assert "\n- " not in purpose.answer.split("**")[0]  # what it is for, and nothing else
    points = _mail_ask(saved, "what are the main points?", "cabinet-report", "rep")
    body = points.answer.split("For the points")[0]
    assert _lead(points).startswith("1.1 This report asks Cabinet to approve"), points.answer
    # A section's first statement, in the document's order: the recommendations whole, not "Report of: …".
    assert body.find("2.1 It is recommended that Cabinet:") < body.find("(d) notes that") < body.find("3.1 The contact centre")
    assert "Report of:" not in body and "Date of meeting" not in body
    summary = _mail_ask(saved, "summarise this document", "ai-policy")
    assert "Dim ond staff" not in summary.answer and "Only staff who have completed" in summary.answer
    assert [c.page for c in _mail_ask(saved, "what's this about?", "bwv").citations][:1] == ["3"]


def test_what_a_document_asks_lets_and_dates_is_read_from_the_whole_document(saved: Settings) -> None:
    duties = _mail_ask(saved, "what are my responsibilities?", "bwv")
    assert _lead(duties).startswith("3.2 Officers must not record in toilets"), duties.answer
    assert "8.1 A faulty or lost camera must be reported" in duties.answer  # every duty, in the document's order
    # A right is a person's: "Footage may be viewed only by the Parking Services Manager…" is not the officer's.
    rights = _mail_ask(saved, "what rights do officers have under this procedure?", "bwv", "rep")
    assert _lead(rights).startswith("6.2 An officer may ask to view footage"), rights.answer
    assert "6.1 Footage may be viewed" not in rights.answer.split("For the points")[0]
    dates = _mail_ask(saved, "what are the key dates?", "timesheet")
    assert _lead(dates).startswith("From 1 February 2027 all Highways crews"), dates.answer
    assert "Training sessions will be held at the Depot on 12 and 13 January." in dates.answer
    asked = _mail_ask(saved, "what do I need to do?", "timesheet")
    assert "please speak to your supervisor" in _lead(asked), asked.answer


def test_numbered_duties_in_a_row_are_each_a_duty(tmp_path: Path) -> None:
    from assistant import ask

    doc = tmp_path / "lone-working.md"
    doc.write_text(
        "# Lone working procedure\n\n## What you must do\n\n"
        "1. You must tell your team leader where you are going before each visit.\n"
        "2. You must carry the lone worker device at all times.\n"
        "3. You must check in by phone at the end of each visit.\n\n## Your rights\n\n"
        "4. You may refuse a visit you believe is unsafe.\n5. You can ask for a second worker on any visit.\n",
        encoding="utf-8",
    )
    settings = indexed_alone(tmp_path, [doc])
    # Numbered paragraphs in a row are a list to the reader, but each says what one must do.
    duties = ask("what do I need to do?", doc_ids=("lone-working",), settings=settings).answer
    for duty in ("tell your team leader", "carry the lone worker device", "check in by phone"):
        assert duty in duties, duties
    rights = ask("what rights do I have?", doc_ids=("lone-working",), settings=settings).answer
    assert "refuse a visit" in rights and "ask for a second worker" in rights and "carry the" not in rights, rights


def test_only_a_question_with_nothing_else_to_ask_about_is_an_overview() -> None:
    from assistant.answer.overview import overview_asked

    assert overview_asked("what's this about?") == "summary"
    assert overview_asked("can you summarise the letter please") == "summary"
    assert overview_asked("what is the telematics policy about?", "Vehicle Tracking and Telematics Policy") == "summary"
    assert overview_asked("what is the purpose of this procedure?") == "purpose"
    assert overview_asked("summarise what it says about monitoring") is None
    assert overview_asked("what is monitoring about?") is None
    assert overview_asked("what is the overtime rate for?") is None
    assert overview_asked("what do I need to do?") == "duties"
    assert overview_asked("what are my rights under this policy?") == "rights"
    assert overview_asked("what are the key dates?") == "dates"
    assert overview_asked("what must I do about a lost camera?") is None
    assert overview_asked("who is this letter about?") is None  # asks who, not what it is about
    # A word the document uses throughout ("officer" in a procedure for officers) narrows nothing.
    assert overview_asked("what rights do officers have?") is None
    assert overview_asked("what rights do officers have?", throughout=frozenset({"offic"})) == "rights"


def test_an_email_saved_from_outlook_is_read_as_a_thread(saved: Settings, tmp_path: Path) -> None:
    from assistant.ingest.loaders import LoadError, load_file
    from assistant.store.knowledge_base import get_kb

    text = get_kb(saved).document_text("timesheet")
    (chunk,) = _chunks(saved, "timesheet")
    assert chunk.section == "Email from Dylan Hughes to Highways crews, 11 December 2026 09:15"
    assert open_store(saved).documents()["timesheet"].title == "New mobile timesheet app for Highways crews"
    # Wrapped at 76 characters with Windows line ends: re-flowed into its paragraphs.
    assert "It does not track you during the day, and location data is deleted after 60 days." in text
    assert "%PDF" not in text and "\r" not in text  # the attached PDF is not read
    html = load_file(timesheet_msg(tmp_path / "html.msg", html=True), 10_000_000)
    assert "Each session lasts one hour and is in work time." in html.text  # an HTML body, read as a page
    # A Word 97 file or anything else named .msg is refused in one line, and nothing else is lost.
    (tmp_path / "old.msg").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))
    (tmp_path / "notes.msg").write_text("From: someone\nnot really an Outlook file")
    for name in ("old.msg", "notes.msg"):
        with pytest.raises(LoadError, match="not an Outlook message"):
            load_file(tmp_path / name, 10_000_000)


def test_when_asked_of_a_duty_is_an_occasion_and_when_asked_of_an_event_is_a_date() -> None:
    from assistant.answer.abstain import answer_type_gap

    occasion = "An officer starts recording when: a member of the public becomes abusive."
    assert answer_type_gap("when do I have to start recording?", occasion) is None
    assert answer_type_gap("when should I report a lost camera?", "Report it at the end of the shift.") is None
    # "When do we start using the app?" wants the date it starts: a "when" clause is not one.
    assert answer_type_gap("when do we start using the app?", "The app records your location when you clock in.") == "a date"
    assert answer_type_gap("when do we start using the app?", "From 1 February 2027 all crews will use it.") is None


def test_who_to_ask_is_answered_by_a_role_or_an_address() -> None:
    from assistant.answer.abstain import answer_type_gap

    assert answer_type_gap("who do I ask if I have questions?", "Please speak to your supervisor.") is None
    assert answer_type_gap("who do I ask if I have questions?", "Email highways.ops@example.gov.uk.") is None
    assert answer_type_gap("who do I ask if I have questions?", "Questions are welcome at any time.") == "a name"


def test_an_outlook_email_answers_as_an_eml_does(saved: Settings) -> None:
    track = _mail_ask(saved, "does the app track me all day?", "timesheet")
    assert "It does not track you during the day" in _lead(track) or "It does not track you" in track.answer.split("\n")[0]
    start = _mail_ask(saved, "when do we start using the app?", "timesheet")
    assert _lead(start).startswith("From 1 February 2027 all Highways crews"), start.answer  # a date, not "when you clock in"
    sender = _mail_ask(saved, "who sent this?", "timesheet", "rep")
    assert _lead(sender) == "Thanks, Dylan Hughes, Highways Operations Manager", sender.answer
    ask = _mail_ask(saved, "who do I ask if I have questions?", "timesheet")
    assert not ask.abstained and "speak to your supervisor" in _lead(ask), ask.answer  # a party, not a name


def test_a_spreadsheet_is_read_sheet_by_sheet_as_excel_shows_it(saved: Settings, tmp_path: Path) -> None:
    from assistant.ingest.loaders import LoadError, load_file
    from assistant.store.knowledge_base import get_kb

    text = get_kb(saved).document_text("structure")
    # Each row names its cells by their column, with the values as Excel shows them.
    assert ("• Post: Benefits Assessor; Grade: Grade 5; Salary (top of grade): £28,624; Posts now: 12; "
            "Posts proposed: 4; Change: -8") in text
    assert "Share of posts deleted: 82%" in text  # a label and its value, in its percentage format
    assert "Stage: Consultation closes; Date: 16 April 2027" in text
    assert {c.section.split(" › ")[0] for c in _chunks(saved, "structure")} == {"Proposed structure", "Timetable"}
    assert "Option C" not in text and "RB-" not in text  # a hidden sheet and a hidden column are not read
    assert open_store(saved).documents()["structure"].title == "Revenues and Benefits restructure - staffing"
    exported = get_kb(saved).document_text("structure-export") or ""
    assert "• Post: Data Entry Officer; Grade: Grade 3; Salary (top of grade): 24404; Posts now: 10" in exported
    (tmp_path / "renamed.xlsx").write_bytes(b"%PDF-1.4 not a workbook")
    with pytest.raises(LoadError, match="corrupt or unreadable XLSX"):
        load_file(tmp_path / "renamed.xlsx", 10_000_000)
    (tmp_path / "empty.csv").write_text("\n\n")
    with pytest.raises(LoadError, match="the CSV file has no text"):
        load_file(tmp_path / "empty.csv", 10_000_000)


def test_a_spreadsheet_row_answers_what_it_says(saved: Settings) -> None:
    grade = _mail_ask(saved, "what grade is the digital benefits officer?", "structure")
    assert _lead(grade).startswith("Post: Digital Benefits Officer; Grade: Grade 6"), grade.answer
    close = _mail_ask(saved, "when does the consultation close?", "structure", "rep")
    assert _lead(close).startswith("Stage: Consultation closes; Date: 16 April 2027"), close.answer
    assert not close.answer.startswith("**"), "a rep's question after a date gets the plain answer"


def test_word_text_boxes_and_footnotes_are_read_at_the_end_of_their_section(saved: Settings) -> None:
    from assistant.store.knowledge_base import get_kb

    text = get_kb(saved).document_text("desk-booking")
    # Word writes a box twice (DrawingML, and VML for older readers): it is read once.
    assert text.count("Training sessions run from 1 to 19 March 2027.") == 1, text
    sections = {c.text.split("\n")[0]: c.section for c in _chunks(saved, "desk-booking")}
    assert sections["Training sessions run from 1 to 19 March 2027."] == "What is changing › Key dates"
    # The box, read at the section's end, does not take the text after its anchor under its title.
    body = next(c for c in _chunks(saved, "desk-booking") if "Each team keeps a neighbourhood" in c.text)
    assert body.section == "What is changing", body.section
    assert "Note 1: Condeco is supplied by Eptura Ltd" in body.text  # the note, in the section that refers to it
    (info,) = [c for c in _chunks(saved, "desk-booking") if c.section == "Your information"]
    assert "Note 2: See clause 4 of the Hybrid Working Agreement 2025" in info.text
    training = _mail_ask(saved, "when is the training?", "desk-booking")
    assert _lead(training) == "Training sessions run from 1 to 19 March 2027.", training.answer
    covered = _mail_ask(saved, "is this covered by the hybrid working agreement?", "desk-booking", "rep")
    assert _lead(covered).startswith("Note 2: See clause 4 of the Hybrid Working Agreement 2025"), covered.answer


def test_pdf_footnotes_leave_the_text_they_cut_and_their_marks_leave_the_words(saved: Settings) -> None:
    from assistant.store.knowledge_base import get_kb

    text = get_kb(saved).document_text("consultation")
    # The raised reference numbers had been glued to the words: "numbers1", "it3".
    assert "affects staff numbers." in text and "numbers1" not in text
    assert "without a manager checking it." in text and "checking it3" not in text
    # The notes at the foot of page 1 no longer cut the paragraph that runs on to page 2.
    assert "the notes of that meeting were sent to the 33 care workers in Reablement within a week." in text
    chunks = _chunks(saved, "consultation")
    for c in chunks:
        assert text[c.start : c.end] == c.text
    (first,) = [c for c in chunks if "Note 1: Trade Union and Labour Relations (Consolidation) Act 1992, section 188." in c.text]
    (third,) = [c for c in chunks if "Note 3: Online survey of 1,204 members, October 2026." in c.text]
    assert (first.page, third.page) == ("1", "2"), (first.page, third.page)  # cited on the page they are on
    surveyed = _mail_ask(saved, "how many members were surveyed?", "consultation")
    assert _lead(surveyed).startswith("Note 3: Online survey of 1,204 members"), surveyed.answer
    # "Law" is what an Act is: the note citing one answers, where "they don't mention law" had declined.
    law = _mail_ask(saved, "what law says they have to consult?", "consultation", "rep")
    assert not law.abstained and "Note 1: Trade Union and Labour Relations (Consolidation) Act 1992" in law.answer, law.answer



@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """An index holding a letter exported from an HR system as RTF, a published policy PDF whose
    copying and printing are restricted, a grievance procedure and an impact assessment in Word, a
    flexible working policy page, and staff questions and answers on call recording in Word."""
    root = tmp_path_factory.mktemp("exported")
    docs = [contract_change_rtf(root / "terms-letter.rtf"), restricted_pdf(root / "monitoring.pdf"),
            grievance_docx(root / "grievance.docx"), dpia_docx(root / "dpia.docx"),
            flexible_working_html(root / "flexible-working.html"), call_recording_qa_docx(root / "call-recording.docx")]
    return indexed_alone(root, docs)


def test_an_rtf_letter_is_read_with_its_headings_list_and_table(exported: Settings) -> None:
    from assistant.store.knowledge_base import get_kb

    assert open_store(exported).documents()["terms-letter"].title == "Changes to your terms and conditions"  # \\info
    text = get_kb(exported).document_text("terms-letter")
    assert "OFFICIAL-SENSITIVE" not in text  # the footer on every page is furniture
    assert "Following the consultation on the new rota system" in text  # a source line broken inside a word is no break
    chunks = _chunks(exported, "terms-letter")
    for c in chunks:
        assert text[c.start : c.end] == c.text
    (appeal,) = [c for c in chunks if "you may appeal in writing" in c.text]
    assert appeal.section == "Your right of appeal"  # a "heading 2" paragraph is a heading
    # Word's bullets, which the RTF reader skips, and the table, row by row with its columns named.
    assert "• Rotas will be published four weeks in advance." in text
    assert "• Term: Weekend working; Now: None; From 1 April 2027: One weekend in four" in text
    paid = _mail_ask(exported, "do I get paid extra for weekends?", "terms-letter")
    assert "10% of basic pay for each weekend shift" in _lead(paid), paid.answer
    rota = _mail_ask(exported, "when will I get my rota?", "terms-letter")
    assert _lead(rota).startswith("You will receive your first rota under the new pattern by 3 March 2027"), rota.answer
    # The name and role under "Yours sincerely," after the space left for a signature.
    sender = _mail_ask(exported, "who sent this?", "terms-letter")
    assert _lead(sender) == "Yours sincerely, Gwenllian Hughes, HR Business Partner, Cyngor Sir Caerwen", sender.answer


def test_a_signature_block_after_the_space_for_a_signature_is_who_signed() -> None:
    from assistant.text.clean import clean_text

    # Each line a Word paragraph, with the space for the signature after the closing.
    block = "Dear Mr Jones,\n\nThe rota changes.\n\nYours sincerely,\n\n\nGwenllian Hughes\n\nHR Business Partner"
    assert clean_text(block).endswith("Yours sincerely, Gwenllian Hughes, HR Business Partner")
    # A closing followed by more of the email is no signature block: what follows is kept as it is.
    thread = "Thanks,\n\nThe meeting is on Monday.\n\nRegards,\n\nHelen\n\nFrom: Bob\nTo: Helen\n\nHello."
    assert "Thanks,\n\nThe meeting is on Monday." in clean_text(thread)
    assert "Regards, Helen\n\nFrom: Bob" in clean_text(thread)
    assert clean_text("Kind regards,\n\n## Appendix A\n\nSome text.").startswith("Kind regards,\n\n## Appendix A")


def test_a_restricted_pdf_is_read_and_a_file_that_cant_be_says_what_to_do(exported: Settings, tmp_path: Path) -> None:
    import msoffcrypto.format.ooxml
    from msgforge._builder import _OleWriter

    from assistant.ingest.uploads import check_file

    # Copying and printing restricted, as published PDFs often are: it opens with no password.
    chunks = _chunks(exported, "monitoring")
    assert chunks and all(c.page for c in chunks)
    keys = _mail_ask(exported, "are keystrokes monitored?", "monitoring")
    assert not keys.abstained and "keystrokes" in keys.answer.lower(), keys.answer

    locked_pdf = restricted_pdf(tmp_path / "locked-report.pdf", password="open-me")
    plain = agreement_docx(tmp_path / "plain.docx")
    locked_docx = tmp_path / "locked.docx"
    with plain.open("rb") as f, locked_docx.open("wb") as out:
        msoffcrypto.format.ooxml.OOXMLFile(f).encrypt("Passw0rd", out)
    ole = _OleWriter()  # a Word 97-2003 document under the new extension
    ole.add_stream(ole.root, "WordDocument", b"\xec\xa5" + b"\x00" * 1024)
    ole.add_stream(ole.root, "1Table", b"\x00" * 1024)
    renamed = tmp_path / "renamed.docx"
    ole.write(renamed)
    old = tmp_path / "minutes.doc"
    old.write_bytes(renamed.read_bytes())
    scan = tmp_path / "scan.jpg"
    scan.write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 64)
    before = set(open_store(exported).documents())
    report = ingest([locked_pdf, locked_docx, renamed, old, scan], exported)
    errors = {Path(f.path).name: f.error or "" for f in report.files if f.status == "failed"}
    assert errors.keys() == {"locked-report.pdf", "locked.docx", "renamed.docx", "minutes.doc", "scan.jpg"}
    assert "needs a password to open" in errors["locked-report.pdf"]
    assert "locked with a password" in errors["locked.docx"] and "remove the password" in errors["locked.docx"]
    # An old Word document is read, under its own name or a new one; this one is only its header.
    for name in ("renamed.docx", "minutes.doc"):
        assert "unreadable DOC" in errors[name] and "save it as .docx" in errors[name], errors[name]
    assert "is a picture" in errors["scan.jpg"]
    for msg in errors.values():
        assert "\n" not in msg and "unsupported" not in msg
    assert set(open_store(exported).documents()) >= before  # nothing already indexed was lost
    # The upload check, before a file is saved, says the same.
    assert "PowerPoint deck (.ppt): open it in PowerPoint and save it as .pptx" in (check_file(old.rename(tmp_path / "a.ppt"), exported) or "")


def test_a_procedures_stages_answer_in_the_words_people_ask_with(exported: Settings) -> None:
    # "Not happy with" is "not satisfied with"; "take someone with me" is being accompanied; a
    # reply to a grievance is its outcome. Each had been declined ("They don't mention happy").
    unhappy = _mail_ask(exported, "what if I'm not happy with the outcome?", "grievance")
    assert _lead(unhappy).startswith("If you are not satisfied with the outcome, you may appeal"), unhappy.answer
    someone = _mail_ask(exported, "can I take someone with me?", "grievance")
    assert "right to be accompanied" in _lead(someone), someone.answer
    reply = _mail_ask(exported, "how long do they have to reply?", "grievance")
    # The row a reply's word names ("Written outcome"), not the appeal's, counted from the outcome.
    assert _lead(reply).startswith("Step: Written outcome; Who: Head of Service; Time limit: Within 5 working days"), reply.answer


def test_a_question_for_one_column_of_a_table_is_answered_by_the_whole_table(exported: Settings) -> None:
    limits = _mail_ask(exported, "what are the time limits?", "grievance")
    # The table, not the sentence that only names its column ("Time limits may be extended…").
    assert _lead(limits) == "Step: Raise a formal grievance; Who: Employee; Time limit: Within 3 months of the matter", limits.answer
    shown = limits.answer.split("**What this means")[0]
    for step, _who, limit in GRIEVANCE_TIMES[1:]:
        assert f"Step: {step};" in shown and limit in shown, limits.answer
    # A question about one row is still answered by that row.
    appeal = _mail_ask(exported, "what is the time limit for an appeal?", "grievance")
    assert "Step: Appeal; Who: Employee; Time limit: Within 10 working days of the outcome" in _lead(appeal), appeal.answer


def test_a_list_item_that_only_names_is_shown_in_its_list(exported: Settings) -> None:
    # "• Visit start and end times" says nothing alone: the list under "Data collected" answers.
    data = _mail_ask(exported, "what data does it collect?", "dpia")
    shown = data.answer.split("**What this means")[0]
    assert _lead(data) == LONE_WORKER_DATA[0], data.answer
    assert all(item in shown for item in LONE_WORKER_DATA), data.answer
    # …and is no point of its own under another lead.
    track = _mail_ask(exported, "does the app track me all the time?", "dpia")
    assert _lead(track).startswith("Location is not recorded outside visits"), track.answer
    assert "- Visit start and end times" not in track.answer.split("**What this means")[0], track.answer
    # An item that says something ("…made after an alert is raised") still answers alone.
    voice = _mail_ask(exported, "does it record my voice?", "dpia")
    assert _lead(voice) == "Voice recordings made after an alert is raised", voice.answer


def test_the_highest_of_something_is_asked_of_what_is_high(exported: Settings) -> None:
    # "Highest" had been a word the document never uses: "They don't mention highest."
    highest = _mail_ask(exported, "what is the highest risk?", "dpia", "rep")
    assert not highest.abstained, highest.answer
    # The risk register is shown, the high risk in it (which row is highest is not reasoned out).
    assert _lead(highest).startswith("Risk: "), highest.answer
    assert "Officers not trained to use the alert; Likelihood: High; Impact: High" in highest.answer.split("**What")[0]


def test_how_long_something_takes_is_not_answered_by_a_time_counted_from_it(exported: Settings) -> None:
    from assistant.answer.abstain import counted_from

    # "Appeal within 14 days of the decision" times the appeal: the decision is where it starts.
    decision = _mail_ask(exported, "how long will it take to get a decision?", "flexible-working")
    assert _lead(decision).startswith("The Council must give you a decision within two months"), decision.answer
    assert counted_from("You can appeal within 14 days of the decision.", {"decis"})
    assert not counted_from("We must give you a decision within two months of your request.", {"decis"})
    assert not counted_from("You can appeal within 14 days of the decision.", {"appeal"})


def test_asking_for_something_is_requesting_it(exported: Settings) -> None:
    # "How many times can I ask?" had been declined: "They don't give a number for this."
    times = _mail_ask(exported, "how many times can I ask?", "flexible-working")
    assert _lead(times) == "You can make two requests in any 12-month period.", times.answer


def test_questions_and_answers_set_as_q_and_a_are_a_faqs_headings_and_answers(exported: Settings) -> None:
    from assistant.store.knowledge_base import get_kb
    from assistant.text.clean import clean_text

    text = get_kb(exported).document_text("call-recording")
    assert "A: " not in text and "Q: " not in text
    chunks = _chunks(exported, "call-recording")
    for c in chunks:
        assert text[c.start : c.end] == c.text
    for question, answer in CALL_RECORDING_QA:
        (under,) = [c for c in chunks if answer[:40] in c.text]
        assert under.section.endswith(question), (under.section, question)  # the question heads its answer
    # A "Q:" that no "A:" answers, as minutes report a question, is left as it is.
    assert clean_text("Q: asked whether pay would change.\n\nThe Chair agreed.") == "Q: asked whether pay would change.\n\nThe Chair agreed."
    assert clean_text("C: Pryd mae'n dechrau?\nA: Ym mis Mawrth.") == "### Pryd mae'n dechrau?\n\nYm mis Mawrth."


def test_a_faqs_no_to_a_narrower_question_does_not_answer_a_broader_one(exported: Settings) -> None:
    # "No." answers "Will my *personal* calls be recorded?": led by it, "are my calls recorded?"
    # was told the opposite of the document.
    calls = _mail_ask(exported, "are my calls recorded?", "call-recording")
    assert _lead(calls).startswith("From 1 March 2027 all calls to the Council's contact centre will be recorded"), calls.answer
    # A question with a word of its own that the answer speaks to is the FAQ's, in other words.
    mobile = _mail_ask(exported, "will my mobile be recorded?", "call-recording")
    assert _lead(mobile).startswith("No. Only calls on the contact centre lines are recorded."), mobile.answer


def test_when_something_starts_is_answered_by_the_date_it_happens_from(tmp_path: Path) -> None:
    # "Start" is the time asked for, not a word the answer must have: asked of the document
    # alone, where "recording" is in every answer and weighs little, it had been declined.
    alone = indexed_alone(tmp_path, [call_recording_qa_docx(tmp_path / "call-recording.docx")])
    start = _mail_ask(alone, "when does recording start?", "call-recording")
    assert not start.abstained, start.answer
    assert _lead(start).startswith("From 1 March 2027 all calls"), start.answer


def test_a_procedure_answers_questions_asked_in_welsh(exported: Settings) -> None:
    from assistant.text.welsh import is_welsh, to_english

    # "Pa mor hir…?" (how long…?) had been taken for English, and declined in English.
    assert is_welsh("pa mor hir sydd gen i i apelio?")
    appeal = _mail_ask(exported, "pa mor hir sydd gen i i apelio?", "grievance")
    assert not appeal.abstained and "appeal in writing to the Director within 10 working days" in _lead(appeal), appeal.answer
    assert "Beth mae hyn yn ei olygu i chi" in appeal.answer  # framed in Welsh
    someone = _mail_ask(exported, "ga i fynd â rhywun gyda fi?", "grievance")  # may I take someone with me?
    assert "right to be accompanied" in _lead(someone), someone.answer
    times = _mail_ask(exported, "faint o weithiau alla i ofyn?", "flexible-working")  # how many times may I ask?
    assert _lead(times) == "You can make two requests in any 12-month period.", times.answer
    assert to_english("a ydyn nhw'n recordio fy ngalwadau?").endswith("calls")  # galwadau, after "fy": ngalwadau


def test_what_to_do_is_the_readers_part_and_a_managers_is_the_managers(exported: Settings) -> None:
    # A policy written to staff: what it tells them to do, not what the Council must do for them.
    worker = _mail_ask(exported, "what do I need to do?", "flexible-working")
    shown = worker.answer.split("**What this means")[0]
    assert _lead(worker) == "Complete the flexible working request form on the HR portal and send it to your line manager."
    assert "The Council must give you a decision" not in shown, worker.answer
    # The same policy asked by a manager: what it says their manager, or the Council, will do.
    manager = _mail_ask(exported, "what do I need to do?", "flexible-working", "manager")
    first = next(line for line in manager.answer.splitlines() if "[1]" in line)  # under the checklist's heading
    assert first.startswith("Your manager will meet you to discuss the request within 14 days."), manager.answer
    assert "The Council must give you a decision within two months" in manager.answer
    assert "Complete the flexible working request form" not in manager.answer
    grievance = _mail_ask(exported, "what do I need to do when I get a grievance?", "grievance", "manager")
    first = next(line for line in grievance.answer.splitlines() if "[1]" in line)
    assert first.startswith("The Head of Service will arrange a meeting within 10 working days"), grievance.answer
    # A table row that says whose step it is goes to whoever it names.
    assert "Step: Written outcome; Who: Head of Service" in grievance.answer and "Who: Employee" not in grievance.answer
    employee = _mail_ask(exported, "what do I need to do?", "grievance")
    shown = employee.answer.split("**What this means")[0]
    assert "Step: Appeal; Who: Employee" in shown and "Who: Head of Service" not in shown, employee.answer


def test_minutes_answer_what_was_agreed_their_action_points_and_an_acronym_they_spell_out(own) -> None:
    # Each had been declined: "They don't mention EqIA", "…agreed", "Nothing in them is close".
    eqia = _ask(own, "when is the EqIA due?", "jcc-minutes", "rep")
    assert not eqia.abstained and "Share the equality impact assessment" in _lead(eqia) and "31 October 2026" in _lead(eqia)
    agreed = _ask(own, "what was agreed about the rota tool?", "jcc-minutes", "rep")
    assert not agreed.abstained and "coordinators will check and approve every rota" in agreed.answer[:600], agreed.answer
    actions = _ask(own, "what are the action points?", "jcc-minutes", "rep")
    shown = actions.answer[:800]
    assert "Who: Head of Digital" in shown and "Who: Head of HR" in shown, actions.answer


def test_the_point_of_a_slide_a_yes_or_no_question_names_in_other_words_leads(mail: Settings) -> None:
    # "Cutting posts" is searched as posts lost: of the slide's bullets, the one that says so leads.
    cuts = _mail_ask(mail, "are they cutting posts?", "deck", "rep")
    assert _lead(cuts) == "No one will lose their job as a result of the programme", cuts.answer


def test_two_versions_of_a_policy_are_never_merged_into_one_statement(tmp_path: Path) -> None:
    from assistant import ask
    from assistant.text.lexical import says_the_same

    docs = tmp_path / "docs"
    docs.mkdir()
    body = ("# Workplace Monitoring Policy ({year})\n\n## 3. Retention\n3.1 Monitoring records are kept for {months} "
            "months. Records are then deleted automatically, and a log of each deletion is kept by the ICT Security "
            "team for audit purposes.\n\n## 4. Access\n4.1 Only the ICT Security team can see monitoring records.\n")
    (docs / "monitoring-2024.md").write_text(body.format(year="2024", months=6), encoding="utf-8")
    (docs / "monitoring-draft.md").write_text(body.format(year="draft, 2027", months=12), encoding="utf-8")
    settings = indexed_alone(tmp_path, [docs])
    # The draft's "12 months" had been dropped as a near-copy of the current "6 months", and the
    # answer cited both documents for "6 months".
    kept = ask("how long are records kept?", "rep", doc_ids=("monitoring-2024", "monitoring-draft"), settings=settings)
    six = next(line for line in kept.answer.splitlines() if "kept for 6 months" in line)
    twelve = next(line for line in kept.answer.splitlines() if "kept for 12 months" in line)
    cited = {c.n: c.doc_id for c in kept.citations}
    assert [cited[int(n)] for n in re.findall(r"\[(\d+)\]", six)] == ["monitoring-2024"], kept.answer
    assert [cited[int(n)] for n in re.findall(r"\[(\d+)\]", twelve)] == ["monitoring-draft"], kept.answer
    assert says_the_same("Records are kept for 6 months.", "Records are kept for 6 months!", 0.7)
    assert not says_the_same("The app will record your location.", "The app will not record your location.", 0.7)


MINUTES_WITH_ATTENDANCE = """Joint Consultative Committee: minutes of the meeting held on 12 February 2027

Present: Cllr Sian Jones (Chair), Mark Evans (Head of HR), Rhian Price (Head of Digital), Dylan Hughes (UNISON)
Apologies: Gareth Lloyd (Unite)
In attendance: Nia Roberts (minutes)

1. AI scheduling pilot
The Head of Digital reported that the pilot had produced rotas for 40 care workers. It was agreed that the
equality impact assessment will be reviewed by 31 March 2027.

2. Date of next meeting
14 May 2027 at 10am, Committee Room 2.
"""


def test_who_was_at_a_meeting_is_its_minutes_present_line(tmp_path: Path) -> None:
    from assistant import ask
    from assistant.answer.abstain import answer_type_gap

    (tmp_path / "jcc-minutes-feb.txt").write_text(MINUTES_WITH_ATTENDANCE, encoding="utf-8")
    settings = indexed_alone(tmp_path, [tmp_path / "jcc-minutes-feb.txt"])
    # "Who was at the meeting?" had been led by the next meeting's date; "who attended?" declined.
    for question in ("who was at the meeting?", "who attended?"):
        answer = ask(question, "rep", doc_ids=("jcc-minutes-feb",), settings=settings)
        assert _lead(answer).startswith("Present: Cllr Sian Jones (Chair), Mark Evans (Head of HR)"), answer.answer
    # A field's value is a name ("In attendance: Nia Roberts"); a sentence's first words are not.
    assert answer_type_gap("who attended?", "In attendance: Nia Roberts (minutes)") is None
    assert answer_type_gap("who decides?", "Note: The decision is final.") == "a name"


def test_what_happens_if_i_dont_is_answered_by_what_follows(tmp_path: Path) -> None:
    from assistant import ask
    from assistant.text.questions import asks_consequence

    (tmp_path / "ai-tools-policy.md").write_text(
        "# Use of AI Tools Policy\n\n## 1. Training\n1.1 All staff must complete the \"AI at Work\" e-learning module "
        "before using any AI tool.\n1.2 Failure to complete the module within three months of joining will result in "
        "your access to AI tools being suspended.\n\n## 2. Personal data\n2.1 Staff must not enter personal data into "
        "public AI tools such as ChatGPT.\n2.2 Any breach of this policy may lead to disciplinary action.\n",
        encoding="utf-8")
    settings = indexed_alone(tmp_path, [tmp_path / "ai-tools-policy.md"])
    # The rule had led, and what follows from breaking it came second.
    skipped = ask("what happens if I don't do the training?", "worker", doc_ids=("ai-tools-policy",), settings=settings)
    assert _lead(skipped).startswith("1.2 Failure to complete the module within three months"), skipped.answer
    trouble = ask("will I get in trouble if I use ChatGPT with names in it?", "worker", doc_ids=("ai-tools-policy",),
                  settings=settings)
    assert _lead(trouble).startswith("2.2 Any breach of this policy may lead to disciplinary action"), trouble.answer
    assert "2.1 Staff must not enter personal data" in trouble.answer  # the rule it follows from, after it
    assert not asks_consequence("what's the penalty for a late return?")  # an amount, asked of the money


def test_a_registers_rows_name_their_cells_under_headings_put_as_questions(tmp_path: Path) -> None:
    from assistant import ask

    docs = tmp_path / "docs"
    docs.mkdir()
    settings = indexed_alone(tmp_path, [register_csv(docs / "algorithmic-register.csv"), facilities_md(docs / "facilities.md")])
    # The heading "Makes or supports decisions about people?" is over 40 characters: the rows had
    # been read as bare values ("AbsenceWatch; Human Resources; …"), the heading row as a row.
    contact = ask("who do I contact about AbsenceWatch?", doc_ids=("algorithmic-register",), settings=settings)
    lead = _lead(contact)
    assert lead.startswith("System: AbsenceWatch; Service: Human Resources;"), contact.answer
    assert "Makes or supports decisions about people?: Supports decisions about staff attendance" in lead
    assert "Contact: hr.systems@enghraifft.gov.uk" in lead
    assert "System; Service" not in contact.answer
    # "Which…?" is not answered by a row whose cell under the column it names says "No" (Copilot,
    # first in the table, had led); "does Copilot…?" is, and its "No" answers it.
    which = ask("which systems make decisions about staff?", doc_ids=("algorithmic-register",), settings=settings)
    assert _lead(which).startswith("System: RotaMatch;"), which.answer
    assert "AbsenceWatch" in which.answer and "Microsoft Copilot" not in which.answer.split("**What this means")[0]
    copilot = ask("does copilot make decisions about people?", doc_ids=("algorithmic-register",), settings=settings)
    assert _lead(copilot).startswith("System: Microsoft Copilot;") and "people?: No;" in _lead(copilot), copilot.answer


def test_a_workplace_abbreviation_is_searched_as_the_words_a_policy_spells_out(tmp_path: Path) -> None:
    from assistant import ask

    docs = tmp_path / "docs"
    docs.mkdir()
    settings = indexed_alone(tmp_path, [facilities_md(docs / "facilities.md")])
    # The agreement says "annual general meeting", never "AGM": the question had been declined.
    agm = ask("can I go to the AGM?", doc_ids=("facilities",), settings=settings)
    assert not agm.abstained and _lead(agm).startswith("5.1 Members may take unpaid time off to attend their union's "
                                                       "annual general meeting"), agm.answer
    # "Reps" are representatives: the hours a representative is allowed lead, not how to ask for them.
    hours = ask("how much time off do reps get?", "rep", doc_ids=("facilities",), settings=settings)
    assert "up to 4 hours a week" in _lead(hours), hours.answer


@pytest.fixture(scope="module")
def procedures(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    root = tmp_path_factory.mktemp("procedures")
    docs = root / "docs"
    docs.mkdir()
    return indexed_alone(root, [disciplinary_md(docs / "disciplinary.md"), transfer_letter_txt(docs / "transfer-letter.txt")])


def _proc(settings: Settings, question: str, doc: str, persona: str = "worker"):  # -> Answer
    from assistant import ask

    return ask(question, persona, doc_ids=(doc,), settings=settings)


def test_of_two_alike_sentences_the_one_whose_lead_in_the_question_names_answers(procedures: Settings) -> None:
    # "It will stay on the employee's file for 6 months." and "…for 12 months." differ only by what
    # they lean on: "Stage 1: First written warning." and "Stage 2: Final written warning.".
    final = _proc(procedures, "how long does a final warning stay on my file?", "disciplinary")
    assert _lead(final) == "3.2 Stage 2: Final written warning.", final.answer
    assert final.answer.index("for 12 months") < final.answer.index("for 6 months")
    first = _proc(procedures, "how long does a first warning stay on my file?", "disciplinary")
    assert _lead(first) == "3.1 Stage 1: First written warning.", first.answer


def test_how_long_to_do_something_is_answered_by_the_time_given_for_it(procedures: Settings) -> None:
    # "…and the outcome will be confirmed in writing within 5 working days" times the outcome.
    appeal = _proc(procedures, "how long do we have to appeal?", "disciplinary", "rep")
    assert "within 10 working days of receiving the decision" in appeal.answer.split("[")[0], appeal.answer


def test_a_bare_list_intro_is_shown_with_what_it_gives_examples_of(procedures: Settings) -> None:
    answer = _proc(procedures, "what counts as gross misconduct?", "disciplinary")
    first = answer.answer.splitlines()[0]
    assert first.startswith("4.1 Gross misconduct is conduct serious enough to justify dismissal without notice. [1] "
                            "Examples include: [1]"), answer.answer
    assert "- Theft or fraud; [1]" in answer.answer


def test_a_letters_words_for_where_you_work_and_when_it_was_decided(procedures: Settings) -> None:
    # "Move office" is the letter's "place of work"; "decide" is its "agreed". Both had been declined.
    move = _proc(procedures, "do i have to move office?", "transfer-letter")
    assert not move.abstained and "your place of work" in _lead(move), move.answer
    decided = _proc(procedures, "when did they decide this?", "transfer-letter")
    assert _lead(decided).startswith("The Council's Cabinet agreed on 14 October 2026"), decided.answer


def test_putting_someones_details_into_a_tool_is_entering_personal_data(tmp_path: Path) -> None:
    from assistant import ask

    docs = tmp_path / "docs"
    docs.mkdir()
    settings = indexed_alone(tmp_path, [generative_ai_md(docs / "ai-policy.md")])
    # The policy says "You must not enter personal data … into a generative AI tool": the question
    # had been declined ("They don't mention put, resident's, details").
    answer = ask("can I put a resident's details into Copilot?", doc_ids=("ai-policy",), settings=settings)
    assert _lead(answer).startswith("3.1 You must not enter personal data"), answer.answer
