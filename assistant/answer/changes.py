"""What changed between two versions of a document: "what has changed?", "what's new in the draft?".

A rep given a draft policy for consultation chooses it and the policy in force and
asks what is different. Retrieval finds passages like the question, and "changed"
is in neither document, so the composer declined. Here the two documents are read
whole and lined up sentence by sentence (difflib over their sentences with clause
numbers left out, so a renumbered clause still lines up): a sentence in both is
unchanged; one reworded where the other stood, or under the same clause number, is
*changed* (the words that differ shown in bold); the rest are *new* or *removed*.
Each is cited in the version it is in, with its clause or section.

Which two: the documents chosen, when two of them share much of their text (a
version of one policy and not two policies); with none chosen, the two documents of
the passages retrieved that do. Which is newer: a higher version number, a later
year, or "draft"/"proposed"/"revised", in the title, the file name or the opening
lines; when nothing tells, both are named and neither is called the new one.

"Has anything been taken out?" gets what was removed, and "what was added?" what is
new. A question that names a topic ("has the retention period changed?") gets the
changes whose words or heading have its words; when none of them do but both
versions say something on it, the answer says they say the same and cites both.

Left out: changes in tables' cells and in headings alone (a heading is the place a
change is shown under, not a change); topics matched by meaning rather than by
their words (no model here judges "monitoring" to cover "location is recorded");
comparing more than two versions at once; documents over `MAX_CHUNKS` chunks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from itertools import combinations

from assistant.answer.compose import Composed, carried, number_citations
from assistant.answer.units import Statement, Unit, build_units, tidy
from assistant.models import PLACE_WORDS, section_heading
from assistant.prompts import render
from assistant.retrieval.expand import with_synonyms
from assistant.retrieval.retrieve import Retrieval, as_passage
from assistant.store.knowledge_base import KnowledgeBase
from assistant.text.clauses import CLAUSE_START
from assistant.text.lexical import content_terms
from assistant.text.locate import refine

MAX_CHUNKS = 400  # per document: a policy is a few dozen
MAX_CHANGES = 10  # shown in the answer; the rest are counted, and cited under "More from the documents"
SHARED_SAME_TITLE = 0.2  # share of sentences two documents of one title must have in common to be versions
SHARED_OTHER_TITLE = 0.5  # the same, for documents titled differently
REWORDED = 0.5  # word-sequence similarity at which a sentence counts as the other reworded

_ASKS = re.compile(
    r"\b(chang(?:e|es|ed|ing)|differ\w*|compar\w*|amend\w*|revis(?:ed|ion|ions)|updat\w*|removed|added|"
    r"deleted|dropped|taken out|left out|what'?s new|what is new|new in)\b",
    re.I,
)
# Words of the question that ask about change or name the documents, not a topic.
_NOT_TOPIC = frozenset(content_terms(
    "change changes changed changing different difference differences differ differs compare compared comparison "
    "amend amended amendment amendments revise revised revision revisions update updated updates removed added "
    "deleted dropped taken out left new old current previous earlier later latest draft proposed version versions "
    "policy policies document documents procedure agreement two both between anything something else since last "
    "one ones existing original final copy "
    # …and in Welsh, for a question about Welsh documents searched in their words
    "newid newidiadau newidiwyd wedi gwahanol gwahaniaeth gwahaniaethau diwygio diwygiedig fersiwn drafft "
    "polisi dogfen dogfennau"
))
# "Has anything been taken out?" asks for what is gone; "what was added?" for what is new.
_ASKS_REMOVED = re.compile(r"\b(removed|taken out|dropped|deleted|left out|cut)\b", re.I)
_ASKS_ADDED = re.compile(r"\b(added|put in)\b", re.I)
_VERSION = re.compile(r"\b(?:version|ver\.?|v|fersiwn)\s*(\d{1,3}(?:\.\d{1,3}){0,2})\b", re.I)
_YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")
# …and in Welsh: drafft, arfaethedig (proposed), diwygiedig (revised), ymgynghori (consultation).
_DRAFT = re.compile(r"\b(draft|proposed|revised|updated|consultation|drafft|arfaethedig|diwygiedig|ymgynghori)\b", re.I)
HEAD_CHARS = 400  # of a document's text read for its version, year and "draft"


def asks_what_changed(question: str) -> bool:
    """Does the question ask what is different, new or gone ("what has changed?", "compare them")?"""
    return bool(_ASKS.search(question))


def _norm(text: str) -> str:
    """A sentence as compared: its clause number, case, spacing and closing stop left out."""
    body = CLAUSE_START.sub("", text.strip(), count=1)
    return re.sub(r"\s+", " ", body).strip().rstrip(".;:").lower()


def _words(text: str) -> list[str]:
    return re.findall(r"\w+(?:[.,]\d+)*", text.lower())


def _similar(a: str, b: str) -> float:
    return SequenceMatcher(None, _words(a), _words(b), autojunk=False).ratio()


def _clause(text: str) -> str:
    m = CLAUSE_START.match(text)
    return m.group(0).strip().rstrip(".") if m else ""


@dataclass
class Version:
    doc_id: str
    label: str
    units: list[Unit]
    recency: tuple[tuple[int, ...] | None, int | None, bool]  # version number, latest year, "draft"


def _units(kb: KnowledgeBase, retrieval: Retrieval, doc_id: str) -> list[Unit]:
    snap = retrieval.snapshot
    if snap is None:
        return []
    chunks = sorted((c for c in snap.chunks if c.doc_id == doc_id), key=lambda c: c.start)
    if not chunks or len(chunks) > MAX_CHUNKS:
        return []
    units, _ = build_units([as_passage(c) for c in chunks], kb.sentences_for_chunks([c.chunk_id for c in chunks]))
    seen: set[int] = set()
    out = []
    for u in sorted(units, key=lambda u: u.start):
        if u.start not in seen:
            seen.add(u.start)
            out.append(u)
    return out


def _recency(title: str, source: str, head: str) -> tuple[tuple[int, ...] | None, int | None, bool]:
    name = source.replace("\\", "/").rsplit("/", 1)[-1]
    text = f"{title}\n{name.replace('-', ' ').replace('_', ' ')}\n{head}"
    v = _VERSION.search(text)
    years = [int(y) for y in _YEAR.findall(text)]
    return (tuple(int(x) for x in v.group(1).split(".")) if v else None, max(years) if years else None,
            bool(_DRAFT.search(text)))


def _newer(a: Version, b: Version) -> bool | None:
    """Is `a` the newer of the two (None: nothing tells)?"""
    for x, y in ((a.recency[0], b.recency[0]), (a.recency[1], b.recency[1])):
        if x is not None and y is not None and x != y:
            return x > y  # type: ignore[operator]
    if a.recency[2] != b.recency[2]:
        return a.recency[2]
    return None


def _skeleton(text: str) -> str:
    """A sentence as compared for telling versions apart: `_norm`, and its figures as "#"
    (a schedule whose every rate went up is still a version of itself)."""
    return re.sub(r"\d+(?:[.,]\d+)*", "#", _norm(text))


_SENTENCE_BREAK = re.compile(r"(?<=[.!?;:])\s+|\n+")
_SKELETONS: dict[str, frozenset[str]] = {}  # document version → its sentences' skeletons
MAX_CACHED = 512


def _skeletons(kb: KnowledgeBase, version: str, doc_id: str) -> frozenset[str]:
    """A document's sentences as `_skeleton`s, read once per version: most questions that ask
    what changed are about documents that are not versions of one another, and are told so
    from these alone."""
    if version not in _SKELETONS:
        if len(_SKELETONS) >= MAX_CACHED:
            _SKELETONS.clear()
        text = kb.document_text(doc_id) or ""
        _SKELETONS[version] = frozenset(k for k in map(_skeleton, _SENTENCE_BREAK.split(text)) if len(k.split()) >= 3)
    return _SKELETONS[version]


def shared(a: frozenset[str], b: frozenset[str]) -> float:
    """The share of the shorter document's sentences that the other has word for word, but for
    their figures."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def _versions(kb: KnowledgeBase, retrieval: Retrieval) -> tuple[Version, Version, bool | None] | None:
    """(older, newer, known) — `known` False when nothing tells which is newer — or None."""
    snap = retrieval.snapshot
    if snap is None:
        return None
    candidates = list(retrieval.doc_ids) or list(dict.fromkeys(p.doc_id for p in retrieval.passages))
    candidates = [d for d in candidates if d in snap.docs][:6]
    sentences = {d: _skeletons(kb, snap.docs[d].version, d) for d in candidates}
    best: tuple[float, str, str] | None = None
    for a, b in combinations(candidates, 2):
        same_title = snap.docs[a].title.strip().lower() == snap.docs[b].title.strip().lower()
        share = shared(sentences[a], sentences[b])
        if share >= (SHARED_SAME_TITLE if same_title else SHARED_OTHER_TITLE) and (best is None or share > best[0]):
            best = (share, a, b)
    if best is None:
        return None
    _, a, b = best
    # A title line is the document's name (one format sets it as a heading, another as a line), not a change.
    titles = {_norm(snap.docs[d].title) for d in (a, b)}
    units = {d: [u for u in _units(kb, retrieval, d) if _norm(u.text) not in titles] for d in (a, b)}
    titles_differ = snap.docs[a].title.strip().lower() != snap.docs[b].title.strip().lower()

    def version(d: str) -> Version:
        doc = snap.docs[d]
        name = doc.source.replace("\\", "/").rsplit("/", 1)[-1] or d
        head = (kb.document_text(d) or "")[:HEAD_CHARS]
        return Version(d, doc.title if titles_differ else name, units[d], _recency(doc.title, doc.source, head))

    va, vb = version(a), version(b)
    newer = _newer(vb, va)
    if newer is False:
        return vb, va, True
    return va, vb, newer is not None


@dataclass
class Change:
    kind: str  # "changed", "new" or "removed"
    old: list[Unit]
    new: list[Unit]

    @property
    def units(self) -> list[Unit]:
        return [*self.old, *self.new]


def _pair(old: list[Unit], new: list[Unit]) -> list[Change]:
    """Line up a run of sentences that differ: each old one with the new one it was reworded
    into (or that took its clause number), in order; the others are removed or new."""
    if len(old) == 1 and len(new) == 1:
        return [Change("changed", old, new)]  # one sentence in the other's place ("Version 2.1…" → "Version 3.0…")
    out: list[Change] = []
    j = 0
    for u in old:
        match = None
        for k in range(j, len(new)):
            same_clause = bool(_clause(u.text)) and _clause(u.text) == _clause(new[k].text)
            if same_clause or _similar(u.text, new[k].text) >= REWORDED:
                match = k
                break
        if match is None:
            out.append(Change("removed", [u], []))
            continue
        out.extend(Change("new", [], [x]) for x in new[j:match])
        out.append(Change("changed", [u], [new[match]]))
        j = match + 1
    out.extend(Change("new", [], [x]) for x in new[j:])
    return out


def changes(older: list[Unit], newer: list[Unit]) -> list[Change]:
    """The differences between two documents' sentences, in the newer one's order. A sentence
    only moved (the same words elsewhere) is no change; removed or new sentences next to each
    other in one section are one change."""
    a, b = [_norm(u.text) for u in older], [_norm(u.text) for u in newer]
    out: list[Change] = []
    for op, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op != "equal":
            out.extend(_pair(older[i1:i2], newer[j1:j2]))
    gone = {_norm(u.text) for c in out if c.kind == "removed" for u in c.old}
    added = {_norm(u.text) for c in out if c.kind == "new" for u in c.new}
    moved = gone & added
    out = [c for c in out if not (c.kind != "changed" and _norm(c.units[0].text) in moved)]
    merged: list[Change] = []
    for c in out:
        last = merged[-1] if merged else None
        if (
            last is not None and c.kind == last.kind and c.kind != "changed"
            and c.units[0].passage.section == last.units[-1].passage.section
            and c.units[0].passage.doc_id == last.units[-1].passage.doc_id
        ):
            last.old.extend(c.old)
            last.new.extend(c.new)
        else:
            merged.append(c)
    return merged


def _bold_differences(old: str, new: str) -> str:
    """The new sentence with the words that are not in the old one in bold ("every **two** years");
    as it is when most of it differs."""
    ow, nw = old.split(), new.split()
    key = [re.sub(r"\W", "", w).lower() for w in ow], [re.sub(r"\W", "", w).lower() for w in nw]
    ops = SequenceMatcher(None, key[0], key[1], autojunk=False).get_opcodes()
    differ = sum(j2 - j1 for op, _, _, j1, j2 in ops if op in ("replace", "insert"))
    if not differ or differ > 0.6 * len(nw):
        return new
    out: list[str] = []
    for op, _, _, j1, j2 in ops:
        if j1 == j2:
            continue
        run = " ".join(nw[j1:j2])
        out.append(f"**{run}**" if op in ("replace", "insert") and "*" not in run else run)
    return " ".join(out)


def _statement(units: list[Unit], numbered: bool = True) -> Statement:
    """The sentences as quoted; without the first one's clause number when the place shown gives it."""
    text = " ".join(tidy(u.text) for u in units)
    if not numbered:
        text = CLAUSE_START.sub("", text, count=1).lstrip()
        text = text[:1].upper() + text[1:]
    return Statement(text, list(dict.fromkeys(u.passage for u in units)), spans=[(u.passage.doc_id, u.start, u.end) for u in units])


def _place(u: Unit, lang: str) -> str:
    """Where a change is: its clause ("clause 3.3") or its section's heading."""
    clause, _ = refine(u.passage.marks, u.passage.start, u.start, u.end)
    if clause:
        return f"{PLACE_WORDS.get(lang, PLACE_WORDS['en'])['clause']} {clause}"
    return section_heading(u.passage.section)


def _topic(question: str, versions: tuple[Version, Version]) -> set[str]:
    """The question's words that name what it asks about (with the source words the query
    expansion searches them as: "tracking" is also "monitoring")."""
    named = {t for v in versions for t in content_terms(v.label)}
    own = {t for t in content_terms(question) if t not in _NOT_TOPIC and t not in named}
    return with_synonyms(own, question)


def _on_topic(units: list[Unit], topic: set[str]) -> bool:
    return any(topic & set(content_terms(f"{section_heading(u.passage.section)} {u.text}")) for u in units)


@dataclass
class Shown:
    """One change as the template shows it."""

    kind: str
    place: str
    old: Statement | None
    new: Statement | None


def changes_answer(
    kb: KnowledgeBase, retrieval: Retrieval, question: str, persona: str, composed: Composed, lang: str = "en"
) -> Composed | None:
    """The differences between two versions as the answer (the composer's answer moved to
    `more`); None when the question doesn't ask what changed, no two documents searched are
    versions of one another, or it names a topic neither version has."""
    if not asks_what_changed(question):
        return None
    found = _versions(kb, retrieval)
    if found is None:
        return None
    older, newer, known = found
    found_changes = changes(older.units, newer.units)
    if known:  # "removed" and "new" mean something only when it is known which is newer
        removed, added = bool(_ASKS_REMOVED.search(question)), bool(_ASKS_ADDED.search(question))
        if removed != added:
            found_changes = [c for c in found_changes if c.kind == ("removed" if removed else "new")]
    topic = _topic(question, (older, newer))
    same: Statement | None = None
    if topic:
        found_changes = [c for c in found_changes if _on_topic(c.units, topic)]
        if not found_changes:
            both = [u for u in newer.units if _on_topic([u], topic)]
            if not both:
                return None  # neither version has it: the composer's answer (or its "not covered") stands
            old_same = {_norm(u.text): u for u in older.units}
            twins = [(old_same[_norm(u.text)], u) for u in both if _norm(u.text) in old_same][:3]
            if not twins:
                return None
            same = _statement([u for pair in twins for u in pair])
    shown: list[Shown] = []
    stmts: list[Statement] = []
    for c in found_changes[:MAX_CHANGES]:
        place = _place((c.new or c.old)[0], lang)
        numbered = not place.startswith(PLACE_WORDS.get(lang, PLACE_WORDS["en"])["clause"])
        old = _statement(c.old, numbered) if c.old else None
        new = _statement(c.new, numbered) if c.new else None
        if old and new:
            new.text = _bold_differences(old.text, new.text)
        shown.append(Shown(c.kind, place, old, new))
        stmts.extend(s for s in (old, new) if s)
    if same is not None:
        stmts.append(same)
    citations = number_citations(stmts)
    # Changes past the first MAX_CHANGES, then the composer's own passages, under "More from the documents".
    rest = found_changes[MAX_CHANGES:]
    hidden = [_statement(c.units) for c in rest]
    cited = {c.chunk_id for c in citations}
    more = [c for c in number_citations(hidden, {c.chunk_id: c.n for c in citations}) if c.chunk_id not in cited]
    shown_ids = cited | {c.chunk_id for c in more}
    more += [c for c in carried(composed, [*citations, *more]) if c.chunk_id not in shown_ids]
    counts = {k: sum(c.kind == k for c in found_changes) for k in ("changed", "new", "removed")}
    markdown = render(
        "changes.md.j2", lang=lang, older=older.label, newer=newer.label, known=known, changes=shown,
        total=len(found_changes), counts=counts, topic=bool(topic), same=same, hidden=len(rest),
    )
    return Composed(markdown, citations, False, timings_ms=composed.timings_ms, more=more)
