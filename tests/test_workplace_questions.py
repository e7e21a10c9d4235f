"""Questions as workers, reps and managers type them, asked of kinds of document they bring.

What a user sees: an answer in the document's own words to a question put in theirs ("does
the tracker listen to us?" is answered by "The units do not record sound or video"); a FAQ's
"Yes." or "No." only where it answers the question asked; the kind of fact asked for, however
the document writes it ("a 12-month pilot", "between 20:00 and 06:00", "every 30 seconds");
a PDF's headings as its sections; a contractor's duties shown as what the contract says, not
as the manager's checklist. The documents are made in tests/documents.py (made-up facts).
"""

from __future__ import annotations

import pytest
from documents import (
    asked_of,
    biometric_pdf,
    indexed_alone,
    lead,
    online_meetings_md,
    organisational_change_md,
    rostering_html,
    service_levels_txt,
    social_media_docx,
    telematics_pdf,
)

from assistant.answer.abstain import answer_type_gap
from assistant.settings import Settings


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    root = tmp_path_factory.mktemp("workplace")
    files = [telematics_pdf(root / "telematics-policy.pdf"), rostering_html(root / "rostering.html"),
             service_levels_txt(root / "service-levels.txt"), biometric_pdf(root / "biometric-clocking.pdf"),
             social_media_docx(root / "social-media-policy.docx"), online_meetings_md(root / "online-meetings.md"),
             organisational_change_md(root / "organisational-change.md")]
    settings = indexed_alone(root, files)
    return settings



def test_a_pdfs_headings_set_in_larger_type_are_its_sections_and_its_title(docs: Settings) -> None:
    from assistant.store import open_store
    from assistant.store.knowledge_base import ChunkRecord, get_kb

    kb = get_kb(docs)
    (info,) = [s for s in kb.sources() if s.doc_id == "biometric-clocking"]
    assert info.title == "Biometric Time Recording: Staff Guidance"
    store = open_store(docs)
    doc = store.documents()["biometric-clocking"]
    chunks = [ChunkRecord.from_store(c.chunk_id, c.text, c.meta) for c in store.chunks_for_versions([doc.version])]
    text = kb.document_text("biometric-clocking")
    for c in chunks:
        assert text[c.start : c.end] == c.text
    sections = {c.section for c in chunks}
    assert {"Do I have to use it?", "Keeping your data", "Who can see clocking times"} <= sections, sections
    (under,) = [c for c in chunks if "Using the fingerprint reader is voluntary." in c.text]
    assert under.section == "Do I have to use it?"


def test_a_faqs_yes_or_no_is_shown_only_to_the_question_it_answers(docs: Settings) -> None:
    # "No." answers "Will my pay change?": shown to "is travel time paid?" it said travel time isn't.
    assert lead(asked_of(docs, "will my pay change?", "rostering")).startswith("No. Your contracted hours and pay are not affected.")
    travel = asked_of(docs, "is travel time paid?", "rostering")
    assert not travel.abstained and not lead(travel).startswith("No"), travel.answer
    assert "Travel time between visits will continue to be paid." in travel.answer
    # "Can I refuse…?" is the opposite question to "Do I have to use it?": its answer is not "No".
    assert lead(asked_of(docs, "do I have to use the fingerprint reader?", "biometric-clocking")).startswith("No. Using")
    refuse = asked_of(docs, "can I refuse to use the fingerprint thing?", "biometric-clocking")
    assert lead(refuse).startswith("Using the fingerprint reader is voluntary."), refuse.answer
    # A question that isn't answered yes or no gets the answer without the reply word.
    rep = asked_of(docs, "what should I ask for in writing about the new shift allocation algorithm?", "rostering", "rep")
    assert "Yes." not in rep.answer and "No." not in rep.answer, rep.answer


def test_everyday_words_find_what_the_document_calls_them(docs: Settings) -> None:
    cases = [
        ("does the tracker listen to us in the cab?", "telematics-policy", "do not record sound or video"),
        ("is it on when I'm using the car at the weekend", "telematics-policy", "private mode outside working hours"),
        ("can i tell it i can't work school runs", "rostering", "record your availability"),
        ("will i lose money", "rostering", "pay are not affected"),
        ("what's the uptime guarantee", "service-levels", "available 99.5% of the time"),
        ("how quickly must they fix it if the system goes down?", "service-levels", "resolve it within"),
        ("can I go on facebook at work?", "social-media-policy", "You may use social media on your own device during breaks."),
        ("can i get sacked for a tweet", "social-media-policy", "gross misconduct"),
        ("can I post about the election?", "social-media-policy", "political"),
        ("I want to report something dodgy at work, can I put it on twitter?", "social-media-policy", "Whistleblowing Policy"),
        ("can they record teams meetings without telling us?", "online-meetings", "everyone is told at the start"),
    ]
    for question, doc, said in cases:
        a = asked_of(docs, question, doc)
        assert not a.abstained and said in a.answer.split("\n\n")[0], (question, a.answer)


def test_a_reps_members_are_the_staff_the_document_speaks_of(docs: Settings) -> None:
    a = asked_of(docs, "what can members do if they think the rota is unfair?", "rostering", "rep")
    assert not a.abstained and "grievance" in a.answer, a.answer
    # What a rep pushes for is the rep's asking, not a topic the document must name.
    push = asked_of(docs, "what should we push for on the new rota system?", "rostering", "rep")
    assert not push.abstained and push.citations, push.answer
    skiving = asked_of(docs, "can I use the tracker to see if someone's skiving?", "telematics-policy", "manager")
    assert not skiving.abstained and "routine monitoring of individual drivers" in skiving.answer, skiving.answer


def test_the_kind_of_fact_asked_for_is_found_however_the_document_writes_it(docs: Settings) -> None:
    assert answer_type_gap("how long is the pilot?", "The tool will be used for a 12-month pilot.") is None
    assert answer_type_gap("how long is the pilot?", "The tool will be piloted first.") == "a length of time"
    assert answer_type_gap("when can they do maintenance?", "Maintenance takes place only between 20:00 and 06:00.") is None
    assert answer_type_gap("how much training do staff get?", "The Supplier shall provide up to 10 days of training.") is None
    assert answer_type_gap("how often does it record where I am?", "Location is recorded every 30 seconds.") is None
    assert answer_type_gap("how often does it record where I am?", "Each unit records the vehicle's location.") == "a frequency"
    # Asked of the documents: the date a thing starts from, and how often, lead.
    start = asked_of(docs, "when does it start", "rostering")
    assert not start.abstained and "1 April 2027" in lead(start), start.answer
    often = asked_of(docs, "how often does it record where the van is", "telematics-policy")
    assert lead(often).startswith("2.3 Location is recorded every 30 seconds"), often.answer


def test_a_why_is_answered_from_the_section_that_gives_the_reasons(docs: Settings) -> None:
    a = asked_of(docs, "why are they bringing this in", "biometric-clocking")
    assert not a.abstained and "The aim is to pay overtime accurately and on time." in a.answer, a.answer


def test_a_contractors_duties_are_what_the_contract_says_not_the_managers_checklist(docs: Settings) -> None:
    a = asked_of(docs, "how quickly must they fix it if the system goes down?", "service-levels", "manager")
    assert not a.abstained and "resolve it within" in a.answer, a.answer
    assert "You must" not in a.answer and "- [ ]" not in a.answer, a.answer


def test_a_list_with_no_intro_is_shown_under_the_heading_it_finishes(docs: Settings) -> None:
    # "• photographs taken in workplaces…;" alone reads as leave to post them: its heading says otherwise.
    a = asked_of(docs, "am I allowed to post pics from work", "social-media-policy")
    assert lead(a) == "What you must not post: photographs taken in workplaces where service users may be identified;", a.answer
    # An item that is a sentence of its own needs no heading over it.
    camera = asked_of(docs, "do I have to have my camera on?", "online-meetings")
    assert lead(camera).startswith("You are not required to have your camera on"), camera.answer


def test_how_much_a_thing_is_worth_may_be_a_share_of_a_whole() -> None:
    assert answer_type_gap("how much is performance worth?", "Criterion: Performance; Weighting: 30%") is None
    assert answer_type_gap("how much is the contract worth?", "The contract runs for three years.") == "an amount"


def test_a_question_in_welsh_is_searched_in_the_documents_words(docs: Settings) -> None:
    # "cadw'r" is "cadw" with a clitic: searched as "keep", it had been left out ("how long recordings").
    keep = asked_of(docs, "pa mor hir maen nhw'n cadw'r recordiadau?", "online-meetings")
    assert lead(keep).startswith("Recordings are deleted after 30 days"), keep.answer
    told = asked_of(docs, "ydyn nhw'n cael recordio cyfarfodydd heb ddweud wrthon ni?", "online-meetings")
    assert lead(told).startswith("Meetings may only be recorded or transcribed if everyone is told at the start."), told.answer
    breach = asked_of(docs, "beth sy'n digwydd os ydw i'n torri'r polisi?", "social-media-policy")
    assert "Disciplinary Procedure" in lead(breach), breach.answer


def test_a_rule_for_other_numbers_than_the_question_gives_does_notlead(docs: Settings) -> None:
    from assistant.answer.thresholds import outside_threshold

    fewer, more = ORGANISATIONAL_RULES
    assert outside_threshold("how long must consultation be for 25 staff?", [fewer, more]) == [True, False]
    assert outside_threshold("only 10 staff are affected", [fewer, more]) == [False, True]
    assert outside_threshold("we have 150 employees", [more]) == [False]  # "100 or more" holds too
    # "at least 30 days" is what the rule gives, not whom it is for; and a question with no number is no test.
    assert outside_threshold("how long does consultation last?", [fewer, more]) == [False, False]
    assert outside_threshold("I have worked here 6 months, do I get it?", ["Staff with more than 1 year of service get it."]) == [True]
    a = asked_of(docs, "how long does consultation have to be for 25 staff?", "organisational-change", "rep")
    # (a rep's question after a fact gets the plain answer: no "points to raise" heading over it)
    assert lead(a).startswith("2.1 Where a proposal affects 20 or more employees"), a.answer
    few = asked_of(docs, "only 10 staff are affected, how long is the consultation?", "organisational-change")
    assert lead(few).startswith("2.2 Where fewer than 20 employees are affected"), few.answer
    many = asked_of(docs, "there are 120 of us affected, how long is consultation?", "organisational-change")
    assert lead(many).startswith("2.1 Where a proposal affects 20 or more employees"), many.answer


def test_the_least_a_rule_allows_and_a_figure_the_asker_gives(docs: Settings) -> None:
    # "minimum" is what a rule's "at least" says; it had been a word the document never uses.
    least = asked_of(docs, "what's the minimum consultation period?", "organisational-change", "rep")
    assert not least.abstained and "at least" in least.answer, least.answer
    # "80%" given by the asker is no percentage asked for; "% of…" asks for one.
    assert answer_type_gap("if the new job is 80% the same as mine do I get it?", "It is slotted in.") is None
    assert answer_type_gap("% of branches consulted over automation", "Branches were consulted.") == "a percentage"


ORGANISATIONAL_RULES = (
    "2.2 Where fewer than 20 employees are affected, consultation will last at least 14 days.",
    "2.1 Where a proposal affects 20 or more employees, formal consultation will last at least 30 days; where it "
    "affects 100 or more, at least 45 days.",
)


def test_a_kind_of_thing_asked_for_need_not_be_named_by_the_answer(docs: Settings) -> None:
    # "what documents…?" is answered by a list of them that never says "documents": the nearest is shown.
    a = asked_of(docs, "what documents should we get at the start?", "organisational-change", "rep")
    assert "the business case, the proposed structure charts and the equality impact assessment" in a.answer, a.answer


def test_a_pdf_heading_is_a_line_set_larger_than_the_text_and_nothing_measured_marks_none() -> None:
    from assistant.ingest.pdf_headings import mark_headings

    text = "Do I have to use it?\nNo. Using the reader is voluntary."
    assert mark_headings(text, []) == text  # nothing measured: the text as it is
    pieces = [("Do I have to use it?", 14.0, 700.0, "/Helvetica-Bold"), ("No. Using the reader is voluntary.", 10.0, 680.0, "/Helvetica")]
    assert mark_headings(text, pieces).split("\n")[0] == "## Do I have to use it?"
