"""Hybrid retrieval: dense (Chroma) + lexical (BM25), fused with reciprocal rank fusion.

Steps: expand the query with domain synonyms; take the top candidates from each
retriever (optionally filtered by document kind or document); fuse by weighted
RRF; drop near-duplicate passages; pull in the next chunk where a passage
introduces a list or breaks off mid-list. Every passage carries its cosine
similarity to the question, which abstention uses.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from assistant.models import Passage, ref_fields, section_heading
from assistant.retrieval.expand import query_forms
from assistant.retrieval.followup import own_words
from assistant.retrieval.ranker import CANDIDATES, Candidate, get_ranker
from assistant.retrieval.ranker import features as rank_features
from assistant.settings import Settings
from assistant.store.embeddings import model_text
from assistant.store.knowledge_base import ChunkRecord, KnowledgeBase, Snapshot
from assistant.store.word_vectors import near_words
from assistant.text.clauses import clause_asked, in_span
from assistant.text.lexical import says_the_same
from assistant.text.locate import join_labels
from assistant.text.markers import starts_item
from assistant.text.questions import asks_author, says_author

log = logging.getLogger(__name__)

RERANK_FUSED_WEIGHT = 0.5  # fused rank score vs best-sentence similarity in the rerank


@dataclass(frozen=True)
class Filters:
    kinds: tuple[str, ...] = ()
    doc_ids: tuple[str, ...] = ()

    def where(self) -> dict[str, Any] | None:
        clauses: list[dict[str, Any]] = []
        if self.kinds:
            clauses.append({"kind": {"$in": list(self.kinds)}})
        if self.doc_ids:
            clauses.append({"doc_id": {"$in": list(self.doc_ids)}})
        if not clauses:
            return None
        return clauses[0] if len(clauses) == 1 else {"$and": clauses}

    def allows(self, c: ChunkRecord) -> bool:
        return (not self.kinds or c.kind in self.kinds) and (not self.doc_ids or c.doc_id in self.doc_ids)


@dataclass
class Retrieval:
    question: str
    query_embedding: np.ndarray  # of the question as asked (for similarity checks)
    passages: list[Passage]
    timings_ms: dict[str, float] = field(default_factory=dict)
    snapshot: Snapshot | None = None
    query_vectors: np.ndarray | None = None  # every searched form of the question
    query_weights: np.ndarray | None = None
    doc_ids: tuple[str, ...] = ()  # the documents searched, when the user chose some
    kinds: tuple[str, ...] = ()  # the kinds of document searched, when the user chose some
    # searched in the chosen documents' own words (an English question of documents in Welsh): a word
    # of the search is known only if they use it, not if another document does
    in_their_words: bool = False


def _passage(c: ChunkRecord, score: float, sim: float | None, lex: float | None, neighbour_of: str | None = None) -> Passage:
    """A stored chunk as a passage: its source reference (the SourceRef fields the
    record has), its text and place, and the scores retrieval gave it."""
    return Passage(
        **ref_fields(c), text=c.text, ordinal=c.ordinal, score=score, dense_similarity=sim, lexical_score=lex,
        neighbour_of=neighbour_of, marks=c.marks,
    )


def as_passage(c: ChunkRecord, neighbour_of: str | None = None) -> Passage:
    """A chunk shown for context (e.g. the line naming who is quoted), not ranked."""
    return _passage(c, 0.0, None, None, neighbour_of)


def continues(c: ChunkRecord, nxt: ChunkRecord | None) -> bool:
    """True when the next chunk carries on a list or paragraph that c starts."""
    if nxt is None or nxt.section != c.section:
        return False
    tail = c.text.rstrip()
    head = nxt.text.lstrip()
    return tail.endswith(":") or (starts_item(head) and not nxt.paragraph)


def _rerank(
    kb: KnowledgeBase, order: list[str], fused: dict[str, float], vecs: np.ndarray, weights: np.ndarray
) -> tuple[list[str], dict[str, float]]:
    """Re-score candidates by their best-matching sentence against any form of
    the question (as asked, expanded, or one of its parts), using the sentence
    embeddings precomputed at ingest. This rescues a passage that answers one
    part of a two-part question when the other part's topic words dominate.
    """
    best: dict[str, float] = {}
    for sent in kb.sentences_for_chunks(order):
        cid = sent.chunk_id
        sim = float(np.max((vecs @ sent.embedding) * np.minimum(weights, 1.0)))
        if sim > best.get(cid, -1.0):
            best[cid] = sim
    top = max(fused[c] for c in order) or 1.0
    scored = {c: RERANK_FUSED_WEIGHT * fused[c] / top + best.get(c, 0.0) for c in order}
    return sorted(order, key=lambda c: -scored[c]), scored


def _dense(
    kb: KnowledgeBase, snap: Snapshot, vec: np.ndarray, n: int, filters: Filters, exact_max: int
) -> list[tuple[str, float]]:
    """Nearest chunks by cosine similarity.

    Up to `exact_max` active chunks, an exact search over their stored
    embeddings (a few MB, loaded once per snapshot): at this size it is as fast
    as Chroma's HNSW and, unlike a filtered approximate search, always returns
    the true nearest chunks, so the same question always gets the same passages.
    Above it, Chroma's ANN search; if its vector index is damaged (e.g. a
    process was killed while Chroma was compacting), the exact search again.
    """
    if len(snap.chunks) > exact_max:
        try:
            hits = kb.store.query_chunks(vec, n, snap.versions, filters.where())
            return [(cid, sim) for cid, sim in hits if cid in snap.by_id]
        except Exception as e:  # chromadb raises InternalError for a damaged HNSW segment
            log.warning("Chroma vector search failed (%s); using exact search. Run `python -m assistant ingest --rebuild` to repair.", e)
    if snap.matrix is None:
        embs = kb.chunk_embeddings([c.chunk_id for c in snap.chunks])
        ids = [c.chunk_id for c in snap.chunks if c.chunk_id in embs]
        matrix = np.vstack([embs[c] for c in ids]) if ids else np.zeros((0, len(vec)), dtype=np.float32)
        snap.matrix_ids, snap.matrix = ids, matrix  # ids first: a reader that sees the matrix sees its ids
    ids, matrix = snap.matrix_ids, snap.matrix
    sims = matrix @ vec
    order = np.argsort(-sims, kind="stable")
    out = []
    for i in order:
        cid = ids[int(i)]
        if filters.allows(snap.by_id[cid]):
            out.append((cid, float(sims[int(i)])))
        if len(out) >= n:
            break
    return out


def _forms(snap: Snapshot, question: str, settings: Settings) -> list[tuple[str, float]]:
    """The texts searched, with weights: the question as asked, and the question
    plus its expansion (an abbreviation the corpus spells out goes with it)."""
    if settings.expand_query:  # "what are kit days?" is searched as "what are keeping in touch days?"
        question = snap.in_full(question)
    forms = query_forms(question, settings.expand_query)
    spelled = snap.spell_out(question) if settings.expand_query else []
    if spelled:  # "JCC" → "Joint Consultative Committees", searched with the expansion
        if len(forms) == 1:
            forms.append((question, 1.0))
        forms[1] = (f"{forms[1][0]}\n{' '.join(spelled)}", forms[1][1])
    return forms


Run = list[tuple[str, float]]  # (chunk id, score), best first


def lexical_search(snap: Snapshot, text: str, n: int, filters: Filters) -> Run:
    """The n best BM25 matches among the chunks the filters allow."""
    if snap.lexical is None:
        return []
    only = snap.mask(filters, filters.allows) if filters.where() is not None else None
    return [(snap.chunks[pos].chunk_id, score) for pos, score in snap.lexical.search(text, n, only)]


def _fuse(runs: list[tuple[float, list[float], list[Run]]], rrf_k: int) -> dict[str, float]:
    """Weighted reciprocal rank fusion: for each retriever (its weight, the weight
    of each query form, and one ranking per form), add weight / (k + rank)."""
    fused: dict[str, float] = {}
    for weight, form_weights, rankings in runs:
        for form_weight, ranking in zip(form_weights, rankings, strict=False):
            for rank, (cid, _) in enumerate(ranking):
                fused[cid] = fused.get(cid, 0.0) + weight * form_weight / (rrf_k + rank + 1)
    return fused


def _distinct(snap: Snapshot, order: list[str], k: int, threshold: float) -> list[ChunkRecord]:
    """The first k chunks in order, skipping near-duplicates of one already taken."""
    chosen: list[ChunkRecord] = []
    for cid in order:
        c = snap.by_id[cid]
        if any(says_the_same(c.text, o.text, threshold) for o in chosen):
            continue
        chosen.append(c)
        if len(chosen) >= k:
            break
    return chosen


_SECTION_NUMBER = re.compile(r"^\s*(\d{1,3}(?:\.\d{1,3})*)\.?\s")


def holding_clause(snap: Snapshot, chosen: list[ChunkRecord], filters: Filters, asked: str) -> list[ChunkRecord]:
    """The chunks that hold clause, section or paragraph `asked` ("5.2", "6"), in document
    order: of the one document that has it among those searched, or, when several have
    one, of the one retrieval ranks first. Numbers are read from the chunk's clause and
    paragraph span and its section's heading ("6. Monitoring of employees")."""

    def holds(c: ChunkRecord) -> bool:
        m = _SECTION_NUMBER.match(section_heading(c.section))
        return any(in_span(asked, span) for span in (c.clause, c.paragraph, m.group(1) if m else "") if span)

    have = [c for c in snap.chunks if filters.allows(c) and holds(c)]
    if not have:
        return []
    rank: dict[str, int] = {}
    for i, c in enumerate(chosen):
        rank.setdefault(c.doc_id, i)
    doc = min(dict.fromkeys(c.doc_id for c in have), key=lambda d: rank.get(d, len(chosen)))
    return sorted((c for c in have if c.doc_id == doc), key=lambda c: c.ordinal)


def _with_continuations(
    snap: Snapshot, chosen: list[ChunkRecord], fused: dict[str, float], sims: dict[str, float], lex: dict[str, float], expand: bool
) -> list[Passage]:
    """Passages for the chosen chunks; after each, when `expand`, the next chunk
    where this one introduces a list or breaks off mid-list: pulled in, or moved up
    from further down when it was chosen in its own right, so a list split across
    chunks is always listed in one piece after its intro."""
    passages: list[Passage] = []
    shown: set[str] = set()
    for c in chosen:
        if c.chunk_id in shown:
            continue  # already listed after the chunk it continues
        shown.add(c.chunk_id)
        passages.append(_passage(c, fused[c.chunk_id], sims.get(c.chunk_id), lex.get(c.chunk_id)))
        if expand:
            nxt = snap.by_position.get((c.doc_id, c.ordinal + 1))
            if nxt is not None and nxt.chunk_id not in shown and continues(c, nxt):
                shown.add(nxt.chunk_id)
                passages.append(_passage(nxt, fused.get(nxt.chunk_id, 0.0), sims.get(nxt.chunk_id), lex.get(nxt.chunk_id), c.chunk_id))
    return passages


def listed(passages: list[Passage], text_of: Callable[[str], str | None]) -> list[Passage]:
    """The passages as a list to show: a passage that carries on the text of the one
    listed just before it, or leads into it (the next or the previous chunk of the
    same document: a list's continuation pulled in with its intro, or a neighbour
    retrieved in its own right), is shown as one passage with it, so one stretch
    of text is one entry, not two. The text is the document's own span
    (`text_of(doc_id)` gives the cleaned text); where it can't be read, or no longer
    matches, the two stay apart. Nothing that was not retrieved is added."""
    out: list[Passage] = []
    first = last = -1  # ordinals of the first and last chunk in out[-1]
    texts: dict[str, str | None] = {}
    for p in passages:
        prev = out[-1] if out else None
        after = prev is not None and p.ordinal == last + 1 and p.start >= prev.end
        before = prev is not None and p.ordinal == first - 1 and p.end <= prev.start
        if prev is not None and p.doc_id == prev.doc_id and (after or before):
            if p.doc_id not in texts:
                texts[p.doc_id] = text_of(p.doc_id)
            doc = texts[p.doc_id]
            if doc is not None and doc[prev.start : prev.end] == prev.text and doc[p.start : p.end] == p.text:
                a, b = (prev, p) if after else (p, prev)
                out[-1] = prev.model_copy(
                    update={
                        "text": doc[a.start : b.end],
                        "start": a.start,
                        "end": b.end,
                        **{k: join_labels(getattr(a, k), getattr(b, k)) for k in ("paragraph", "page", "clause")},
                    }
                )
                first, last = min(first, p.ordinal), max(last, p.ordinal)
                continue
        out.append(p)
        first = last = p.ordinal
    return out


def _as_asked(kb: KnowledgeBase, passages: list[Passage], q_vec: np.ndarray) -> list[Passage]:
    """Each passage's cosine similarity to the question as asked (not the
    expanded query's), which drives abstention."""
    embs = kb.chunk_embeddings([p.chunk_id for p in passages]) if passages else {}
    return [
        p.model_copy(update={"dense_similarity": float(np.dot(embs[p.chunk_id], q_vec))}) if p.chunk_id in embs else p
        for p in passages
    ]


def ranking_candidates(
    kb: KnowledgeBase,
    snap: Snapshot,
    question: str,
    order: list[str],
    fused: dict[str, float],
    dense_runs: list[Run],
    lexical_runs: list[Run],
    vecs: np.ndarray,
) -> tuple[list[str], list[Candidate]]:
    """The first `ranker.CANDIDATES` fused chunks and what each retriever said about them."""
    ids = order[:CANDIDATES]
    embs = kb.chunk_embeddings(ids)
    ids = [cid for cid in ids if cid in embs]
    neighbours: dict[str, list[str]] = {}
    for cid in ids:
        c = snap.by_id[cid]
        for step in (-1, 1):
            nb = snap.by_position.get((c.doc_id, c.ordinal + step))
            if nb is not None:
                neighbours.setdefault(cid, []).append(nb.chunk_id)
    by_chunk: dict[str, list[np.ndarray]] = {}
    wanted = list(dict.fromkeys([*ids, *(n for ns in neighbours.values() for n in ns)]))
    for sent in kb.sentences_for_chunks(wanted):
        by_chunk.setdefault(sent.chunk_id, []).append(sent.embedding)
    best_sentence = {cid: float((np.vstack(es) @ vecs.T).max()) for cid, es in by_chunk.items()}
    dense_pos = {cid: i for i, (cid, _) in enumerate(dense_runs[0])} if dense_runs else {}
    lex_pos = {cid: i for i, (cid, _) in enumerate(lexical_runs[0])} if lexical_runs else {}
    lex_scores = [dict(run) for run in lexical_runs]
    near = near_words(kb.word_vectors, question, [snap.by_id[cid].text for cid in ids])
    cands = []
    for cid, matches in zip(ids, near, strict=True):
        c = snap.by_id[cid]
        sents = by_chunk.get(cid)
        sims = (np.vstack(sents) @ vecs.T) if sents else np.zeros((0, len(vecs)), dtype=np.float32)
        cands.append(
            Candidate(
                text=c.text,
                heading=f"{c.title} {c.section}",
                fused=fused[cid],
                dense_forms=[float(v) for v in vecs @ embs[cid]],
                lexical_forms=[run.get(cid, 0.0) for run in lex_scores],
                dense_rank=dense_pos.get(cid),
                lexical_rank=lex_pos.get(cid),
                sentences=[float(v) for v in sims.max(axis=1)] if len(sims) else [],
                sentences_asked=[float(v) for v in sims[:, 0]] if len(sims) else [],
                neighbour_sentence=max((best_sentence.get(n, 0.0) for n in neighbours.get(cid, [])), default=0.0),
                near=matches,
            )
        )
    return ids, cands


def _ranked(
    kb: KnowledgeBase, snap: Snapshot, question: str, order: list[str], fused: dict[str, float],
    dense_runs: list[Run], lexical_runs: list[Run], vecs: np.ndarray,
) -> tuple[list[str], dict[str, float]]:
    """The fused order with its first candidates re-ordered by the fitted ranker
    (their score becomes its probability, the rest keep theirs, scaled below)."""
    ranker = get_ranker()
    if ranker is None or not order:
        return order, fused
    ids, cands = ranking_candidates(kb, snap, question, order, fused, dense_runs, lexical_runs, vecs)
    idf = snap.lexical.idf if snap.lexical is not None else None
    probs = ranker.probabilities(rank_features(question, cands, idf))
    floor = float(probs.min()) if len(probs) else 1.0
    ranked = sorted(range(len(ids)), key=lambda i: -probs[i])
    scores = {ids[i]: float(probs[i]) for i in ranked}
    rest = [cid for cid in order if cid not in scores]
    top_rest = max((fused[cid] for cid in rest), default=1.0) or 1.0
    for cid in rest:  # below every ranked candidate, in fused order
        scores[cid] = floor * 0.5 * fused[cid] / top_rest
    return [ids[i] for i in ranked] + rest, scores


@dataclass
class Search:
    """The fused candidates of a question before any re-ordering: what the ranker
    and its fit (`evals/fit_ranker.py`) read."""

    snap: Snapshot
    texts: list[str]  # the searched forms, as asked first
    weights: list[float]
    vecs: np.ndarray  # one embedding per form
    dense_runs: list[Run]
    lexical_runs: list[Run]
    fused: dict[str, float]
    order: list[str]  # fused, best first


def search(
    kb: KnowledgeBase, question: str, settings: Settings, filters: Filters, k: int, timings: dict[str, float] | None = None
) -> Search:
    """Each form of the question through each retriever, fused by weighted RRF."""
    timings = timings if timings is not None else {}
    t = time.perf_counter()
    snap = kb.snapshot()
    timings["snapshot_ms"] = (time.perf_counter() - t) * 1000

    forms = _forms(snap, question, settings)
    texts, weights = [f for f, _ in forms], [w for _, w in forms]
    t = time.perf_counter()
    vecs = kb.embedder.embed([model_text(t) for t in texts])  # every form in one batch
    timings["embed_ms"] = (time.perf_counter() - t) * 1000

    # Multi-query fusion: each form of the question through each retriever. The
    # expansion alone catches the intent ("obliged to" → agreement steps) when
    # the topic words dominate.
    mode = settings.retrieval_mode
    n = max(settings.candidates, k)
    t = time.perf_counter()
    dense_runs: list[Run] = []
    if mode in ("dense", "hybrid") and snap.chunks:
        dense_runs = [_dense(kb, snap, vec, min(n, len(snap.chunks)), filters, settings.exact_search_max_chunks) for vec in vecs]
    timings["dense_ms"] = (time.perf_counter() - t) * 1000
    t = time.perf_counter()
    lexical_runs: list[Run] = []
    if mode in ("lexical", "hybrid") and snap.lexical is not None:
        lexical_runs = [lexical_search(snap, text, n, filters) for text in texts]
    timings["lexical_ms"] = (time.perf_counter() - t) * 1000
    fused = _fuse([(settings.dense_weight, weights, dense_runs), (settings.lexical_weight, weights, lexical_runs)], settings.rrf_k)
    order = sorted(fused, key=lambda cid: -fused[cid])
    return Search(snap, texts, weights, vecs, dense_runs, lexical_runs, fused, order)


def retrieve(
    kb: KnowledgeBase,
    question: str,
    settings: Settings | None = None,
    filters: Filters | None = None,
    k: int | None = None,
) -> Retrieval:
    """The k best passages for a question (plus continuation chunks), each with its scores."""
    settings = settings or kb.settings
    filters = filters or Filters()
    k = k or settings.top_k
    timings: dict[str, float] = {}
    t0 = time.perf_counter()
    found = search(kb, question, settings, filters, k, timings)
    snap, vecs, weights = found.snap, found.vecs, found.weights
    dense_runs, lexical_runs, fused, order = found.dense_runs, found.lexical_runs, found.fused, found.order
    q_vec = vecs[0]
    mode = settings.retrieval_mode
    t = time.perf_counter()
    if settings.rerank and order and mode != "lexical":
        order, fused = _rerank(kb, order[: max(3 * k, 30)], fused, vecs, np.asarray(weights))
    elif settings.rank and mode == "hybrid":
        order, fused = _ranked(kb, snap, question, order, fused, dense_runs, lexical_runs, vecs)
    # Scores to show: the dense similarity of the question as asked, and the
    # lexical score of the expanded form (the one BM25 is best at).
    sims = dict(dense_runs[0]) if dense_runs else {}
    lex = dict(lexical_runs[1] if len(lexical_runs) > 1 else (lexical_runs[0] if lexical_runs else []))
    missing = [cid for cid in order[: k * 2] if cid not in sims]
    if missing:
        for cid, vec in kb.chunk_embeddings(missing).items():
            sims[cid] = float(np.dot(vec, q_vec))

    chosen = _distinct(snap, order, k, settings.dedupe_threshold)
    own = own_words(question)[0]
    asked = clause_asked(own)
    held: list[ChunkRecord] = []
    if asked:
        held = holding_clause(snap, chosen, filters, asked)
    elif filters is not None and filters.doc_ids and asks_author(own):
        # "Who is the letter from?" of the letters chosen: the chunks with a From line or a
        # sign-off, which share no word with the question.
        held = [c for c in snap.chunks if filters.allows(c) and any(says_author(ln) for ln in c.text.split("\n"))][:k]
    if held:
        top = max(fused.values(), default=0.0)
        for i, c in enumerate(held):  # first, in document order
            fused[c.chunk_id] = top + 1e-3 * (len(held) - i)
        for cid, vec in kb.chunk_embeddings([c.chunk_id for c in held if c.chunk_id not in sims]).items():
            sims[cid] = float(np.dot(vec, q_vec))
        chosen = held + [c for c in chosen if c not in held][: max(0, k - len(held))]
    passages = _with_continuations(snap, chosen, fused, sims, lex, settings.expand_neighbours)
    timings["fuse_ms"] = (time.perf_counter() - t) * 1000
    timings["retrieve_ms"] = (time.perf_counter() - t0) * 1000
    return Retrieval(
        question=question,
        query_embedding=q_vec,
        passages=_as_asked(kb, passages, q_vec),
        timings_ms=timings,
        snapshot=snap,
        query_vectors=vecs,
        query_weights=np.asarray(weights, dtype=np.float32),
        doc_ids=filters.doc_ids if filters is not None else (),
        kinds=filters.kinds if filters is not None else (),
    )
