"""`ask()`: the one entry point the UI, CLI, eval suite and outside checks share.

question → validate → retrieve → backend (offline composer by default) → Answer.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterator
from dataclasses import replace

from assistant.answer.abstain import distinctive_terms
from assistant.answer.changes import asks_what_changed, changes_answer
from assistant.answer.compose import Composed
from assistant.backends import get_backend
from assistant.errors import InvalidQuestion, not_text
from assistant.letters.duties import applies, duties_answer
from assistant.letters.own_duties import own_duties_answer
from assistant.models import PERSONAS, Answer, PassageOut, ref_fields
from assistant.retrieval.followup import TOPIC_MARK, is_follow_up, topic
from assistant.retrieval.retrieve import Filters, Retrieval, listed, retrieve
from assistant.retrieval.welsh_docs import english_in_welsh, in_their_words, welsh_documents
from assistant.settings import Settings, get_settings
from assistant.store.knowledge_base import KnowledgeBase, get_kb
from assistant.text.chat import name_ai_products, plain
from assistant.text.lexical import content_terms
from assistant.text.welsh import is_welsh, topic_words, translated

# Said (in Welsh) under an answer to a question asked in Welsh: the sources are quoted as written,
# in English unless a bilingual document has the Welsh (answer/bilingual.py).
WELSH_NOTICE = (
    "Gofynnoch yn Gymraeg, felly chwiliwyd am: “{searched}”. Mae’r ffynonellau’n cael eu dyfynnu "
    "fel y cawson nhw eu hysgrifennu: yn Saesneg, oni bai fod ganddyn nhw fersiwn Gymraeg."
)
# …and when the documents searched are in Welsh, and were searched in their own words.
WELSH_DOCS_NOTICE = "Gofynnoch yn Gymraeg, a chwiliwyd y dogfennau Cymraeg am eiriau’ch cwestiwn: “{searched}”."
# …and an English question about documents written in Welsh.
ENGLISH_OF_WELSH_NOTICE = (
    "The documents you chose are in Welsh, so they were searched for your question in their words: “{searched}”. "
    "They are quoted in Welsh."
)


def _leaves_out(question: str, answer: str) -> bool:
    """Does the answer leave out a word the question is about?"""
    said = set(content_terms(answer))
    return any(t not in said for t in distinctive_terms(question))


def _named_by(kb: KnowledgeBase, doc_ids: tuple[str, ...]) -> Callable[[str], bool]:
    """Does the text searched (the documents chosen, or all) use this word?"""
    def named(word: str) -> bool:
        terms = content_terms(word)
        if not terms:
            return False
        snap = kb.snapshot()
        if doc_ids:
            return terms[0] in snap.terms_of(doc_ids)
        return snap.lexical is not None and snap.lexical.has_term(terms[0])

    return named


def framing_language(question: str, lang: str | None = None) -> str:
    """The language an answer is framed in: Welsh when the interface is Welsh or the
    question was asked in Welsh, else English (the quotations stay as written)."""
    return "cy" if lang == "cy" or is_welsh(question) else "en"


def validate(question: str, persona: str, settings: Settings) -> str:
    if question is not None and not isinstance(question, str):
        raise InvalidQuestion("The question must be text.")
    q = (question or "").strip()
    if not q:
        raise InvalidQuestion("Please type a question.")
    if not_text(q):
        raise InvalidQuestion("Your question contains characters that are not valid text. Please type it again.")
    if len(q) > settings.max_question_chars:
        raise InvalidQuestion(
            f"Your question is {len(q):,} characters long; the limit is "
            f"{settings.max_question_chars:,}. Please ask it in fewer words."
        )
    if persona not in PERSONAS:
        raise InvalidQuestion(f"Unknown persona '{persona}'. Choose one of: {', '.join(PERSONAS)}.")
    return q


def _answer(
    q: str,
    persona: str,
    backend_name: str,
    retrieval: Retrieval,
    composed: Composed,
    t0: float,
    notice: str | None,
    doc_ids: tuple[str, ...] = (),
    text_of: Callable[[str], str | None] = lambda _doc_id: None,
) -> Answer:
    timings = dict(retrieval.timings_ms)
    timings.update(composed.timings_ms or {})
    timings["total_ms"] = (time.perf_counter() - t0) * 1000
    return Answer(
        answer=composed.markdown,
        abstained=composed.abstained,
        backend=backend_name,
        citations=composed.citations,
        passages=[PassageOut(text=p.text, score=round(p.score, 6), **ref_fields(p)) for p in listed(retrieval.passages, text_of)],
        timings_ms={k: round(v, 2) for k, v in timings.items()},
        question=q,
        persona=persona,
        notice=notice,
        more=list(composed.more or []),
        searched=retrieval.question if retrieval.question != q else None,
        doc_ids=list(doc_ids),
    )


def ask_stream(
    question: str,
    persona: str = "worker",
    backend: str | None = None,
    *,
    kinds: tuple[str, ...] = (),
    doc_ids: tuple[str, ...] = (),
    history: list[tuple[str, str]] | None = None,
    settings: Settings | None = None,
    kb: KnowledgeBase | None = None,
    lang: str | None = None,
) -> Iterator[str | Answer]:
    """Yield text deltas, then the final Answer.

    `lang` is the interface's language ("en" or "cy"; see `framing_language`). A question
    in Welsh is searched in English (text/welsh.py), and the answer says so, in Welsh."""
    settings = settings or get_settings()
    t0 = time.perf_counter()
    q = validate(question, persona, settings)
    kb = kb or get_kb(settings)
    engine = get_backend(backend, settings)
    history = history or []
    welsh = is_welsh(q)
    # Searched in English words: a Welsh question through the glossary, chat shorthand said in full.
    named = _named_by(kb, tuple(doc_ids))
    english, lost = translated(q) if welsh else ("", [])
    if lost and not topic_words(english):
        # Every word the question is about is one the glossary doesn't know ("oes rhaid i mi
        # wisgo iwnifform?" → "must"): they are searched as asked, so that the documents are
        # checked for them (and, without them, the answer says so) rather than for "must" alone.
        english = " ".join([english, *lost])
    elif lost:
        # …and a word the glossary doesn't know that the documents use is a name or an English word
        # said in a Welsh question ("ga i ddefnyddio chatgpt?"): searched as it is.
        english = " ".join([english, *(w for w in lost if _documents_use(kb, w, tuple(doc_ids)))])
    search_q = name_ai_products(english or q, named) if welsh else plain(q, named)
    lang = framing_language(q, lang)
    condense = getattr(engine, "condense", None)
    if history and condense is not None:
        search_q = condense(search_q, history)
    k = max(settings.top_k, 10)
    # A Welsh question about documents written in Welsh is searched in their words as well
    # (retrieval/welsh_docs.py): only so when they are all the documents searched; else when
    # the English search finds nothing, or searched without words the glossary doesn't know
    # ("pwy sy'n talu am y band eang?" is searched in English as "who").
    cy_docs = welsh_documents(kb, tuple(doc_ids)) if welsh else ()
    in_welsh_only = bool(cy_docs) and set(cy_docs) == set(tuple(doc_ids) or kb.snapshot().docs)
    if in_welsh_only:
        search_q = in_their_words(q, kb, cy_docs)
    # An English question about documents chosen that are all in Welsh: searched in their words.
    english_of_welsh = not welsh and bool(doc_ids) and set(welsh_documents(kb, tuple(doc_ids))) == set(doc_ids)
    if english_of_welsh:
        search_q = english_in_welsh(q, kb, tuple(doc_ids))
    retrieval = retrieve(kb, search_q, settings, Filters(tuple(kinds), tuple(doc_ids)), k=k)
    if english_of_welsh:
        retrieval = replace(retrieval, in_their_words=True)
    final: Composed | None = None
    # A manager's or rep's roll-out question gets the obligations the checklist
    # has (offline only: an LLM backend writes its own answer from the passages).
    duties = engine.name == "offline" and applies(search_q, persona)
    # "What has changed?" of two versions of a document is answered by lining them up.
    # A Welsh question is read in its English words, with those the glossary doesn't know
    # (a topic a Welsh policy names: "band eang").
    compare_q = " ".join([english, *lost, *([search_q] if in_welsh_only else [])]) if welsh else search_q
    compare = engine.name == "offline" and bool(retrieval.snapshot) and asks_what_changed(compare_q)
    retry_in_welsh = bool(cy_docs) and not in_welsh_only
    # "Ask about this document": before any conversation, "it" in a question about one document
    # is what that document is about, as its title says ("where can I ask questions about it?" of
    # "Microsoft Copilot is coming to your computer"). Only where the question as typed finds no
    # answer: the title's words would otherwise pull every answer towards the document's gist.
    # ("they" and "their" are as often the employer or the staff: "will anyone lose their job?"; and a yes/no
    # question, "is it optional?", asks of its own words, which the document's gist doesn't answer.) Offline
    # only, as the duties and the comparison are: an LLM backend's answer is streamed as it is written.
    retry_about = (engine.name == "offline" and not history and len(doc_ids) == 1 and not welsh and not english_of_welsh
                   and _ITS.search(q) is not None and _WH.match(q) is not None and is_follow_up(search_q))
    held = duties or compare or retry_in_welsh or retry_about  # (the answer may be replaced: not streamed)
    for item in engine.stream(kb, retrieval, persona, history, lang):
        if isinstance(item, str):
            if not held:
                yield item
        else:
            final = item
    assert final is not None
    # (or the English answer leaves out a word of the question: "pwy sy'n talu am y band eang?" is not
    # answered by "Travel and course fees are paid by the union", which says nothing of broadband)
    if retry_in_welsh and (final.abstained or lost or _leaves_out(english, final.markdown)):
        welsh_q = in_their_words(q, kb, cy_docs)
        again = retrieve(kb, welsh_q, settings, Filters(tuple(kinds), cy_docs), k=k)
        found = next(x for x in engine.stream(kb, again, persona, history, lang) if not isinstance(x, str))
        if not found.abstained:
            retrieval, final, search_q, in_welsh_only = again, found, welsh_q, True
    chosen = kb.snapshot().docs.get(doc_ids[0]) if retry_about and final.abstained else None
    # (in the title's words the document's text uses: a subject line's "coming to your computer" is no topic of it)
    subject = " ".join(w for w in topic(chosen.title, named=named).split() if named(w)) if chosen is not None else ""
    if subject:
        about = f"{search_q.strip()}{TOPIC_MARK}{subject})"
        again = retrieve(kb, about, settings, Filters(tuple(kinds), tuple(doc_ids)), k=k)
        found = next(x for x in engine.stream(kb, again, persona, history, lang) if not isinstance(x, str))
        if not found.abstained:
            retrieval, final, search_q = again, found, about
            duties = duties and applies(search_q, persona)
    compared = changes_answer(kb, retrieval, compare_q, persona, final, lang) if compare else None
    if compared is not None:
        final = compared
        yield final.markdown
    elif duties:  # its text was held back: the answer may be replaced
        if not final.abstained:
            # The agreement's steps; or, about documents the user chose that don't have
            # them, the steps those documents set.
            final = (
                duties_answer(kb, retrieval, persona, settings, final, lang)
                or own_duties_answer(kb, retrieval, persona, final, lang)
                or final
            )
        yield final.markdown
    elif compare or retry_in_welsh or retry_about:
        yield final.markdown
    used = getattr(final, "backend", None) or engine.name
    notice = getattr(final, "notice", None)
    if welsh:
        said = (WELSH_DOCS_NOTICE if in_welsh_only else WELSH_NOTICE).format(searched=retrieval.question)
        notice = " ".join(n for n in (said, notice) if n)
    elif english_of_welsh:
        notice = " ".join(n for n in (ENGLISH_OF_WELSH_NOTICE.format(searched=retrieval.question), notice) if n)
    yield _answer(q, persona, used, retrieval, final, t0, notice, tuple(doc_ids), kb.document_text)


_ITS = re.compile(r"\b(?:it|its|this)\b", re.I)
_WH = re.compile(r"^\W*(?:and\s+|so\s+)?(?:what|who|whom|whose|which|where|when|why|how)\b", re.I)


def _documents_use(kb: KnowledgeBase, word: str, doc_ids: tuple[str, ...]) -> bool:
    """Do the documents searched (all, when none is chosen) use this word?"""
    snap = kb.snapshot()
    terms = content_terms(word)
    if doc_ids:
        return bool(terms) and all(t in snap.terms_of(doc_ids) for t in terms)
    return bool(terms) and snap.lexical is not None and all(snap.lexical.has_term(t) for t in terms)


def ask(
    question: str,
    persona: str = "worker",
    backend: str | None = None,
    *,
    kinds: tuple[str, ...] = (),
    doc_ids: tuple[str, ...] = (),
    history: list[tuple[str, str]] | None = None,
    settings: Settings | None = None,
    kb: KnowledgeBase | None = None,
    lang: str | None = None,
) -> Answer:
    """Answer a question from the indexed documents, with citations."""
    result: Answer | None = None
    for item in ask_stream(
        question, persona, backend, kinds=kinds, doc_ids=doc_ids, history=history, settings=settings, kb=kb,
        lang=lang,
    ):
        if isinstance(item, Answer):
            result = item
    assert result is not None
    return result


__all__ = ["InvalidQuestion", "ask", "ask_stream", "get_kb", "validate"]
