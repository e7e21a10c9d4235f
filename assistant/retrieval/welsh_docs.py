"""Documents written in Welsh, searched in Welsh.

A council that works in Welsh writes its policies in Welsh, and a question about one is
asked in Welsh. A Welsh question is searched in English through the glossary
(`text/welsh.py`), which finds English and bilingual documents; a document only in Welsh
has none of those English words, and was declined ("nothing in it is close").

So a Welsh question about documents in Welsh is also searched in Welsh: its question
words in English, which say what kind of answer it wants ("pa mor hir" → "how long",
"pwy" → "who"), and its other words as the documents spell them. Welsh mutates a word's
first letter by what comes before it ("cyfrifiadur", "fy nghyfrifiadur"; "talu", "am
dalu"), so each word is matched to the form the documents use: "nghyfrifiadur" is
searched as "cyfrifiadur" when that is what they say. The answer quotes the Welsh.

A document is in Welsh when most of its sentences are (`in_welsh`); a bilingual one,
with both languages, is searched in English as before.

An English question about documents only in Welsh (a rep at a council that works in Welsh
asks in English) is searched the other way round (`english_in_welsh`): its question words as
asked, its other words through the glossary read backwards ("office" → "swyddfa"), in the forms
the documents use; a word the glossary has no Welsh for is searched as asked, so that the answer
says the documents don't mention it. The framing is English; the quotations are the Welsh.

Left out: Welsh word endings (a plural is another word: "diwrnod", "dyddiau") and
meaning (the embedding model is English, so matching is by words); an answer-type check
in Welsh ("o fewn 28 diwrnod" is not recognised as a length of time).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

from assistant.text.lexical import STOPWORDS, content_terms, words
from assistant.text.welsh import bare_words, glossary, in_welsh, is_function_word, radicals

if TYPE_CHECKING:
    from assistant.store.knowledge_base import KnowledgeBase

WELSH_SHARE = 0.6  # of a document's sentences (of those read) in Welsh, for it to be a Welsh document
SENTENCES_READ = 80  # the first sentences of a document are enough to tell its language
SENTENCE_WORDS = 4  # a sentence this long at least tells its language
_SENTENCE = re.compile(r"[^.!?\n]{12,}")

# The mutations of a radical initial: soft, nasal and aspirate ("cais": gais, nghais, chais).
_MUTATED = {
    "c": ("g", "ngh", "ch"), "p": ("b", "mh", "ph"), "t": ("d", "nh", "th"), "g": ("", "ng"),
    "b": ("f", "m"), "d": ("dd", "n"), "m": ("f",), "ll": ("l",), "rh": ("r",),
}
# Glossary entries whose English is a question word or a modal: they say what is asked.
_ASKING = frozenset([
    "what", "how", "who", "whom", "when", "where", "why", "which", "how much", "how many", "how long", "how often",
    "how many times", "must", "can", "may", "should", "will",
])


def forms(word: str) -> set[str]:
    """A word's radical forms and every mutation of them: the ways a text may spell it."""
    out: set[str] = set()
    for r in radicals(word):
        out.add(r)
        for initial, mutated in _MUTATED.items():
            if r.startswith(initial):
                out.update(m + r[len(initial):] for m in mutated)
    return {f for f in out if len(f) > 1}


def _profile(text: str) -> tuple[bool, frozenset[str]]:
    """(is the text in Welsh, its words in lower case)."""
    # (headings and other short lines, "## Rhoi gwybod", say too little to tell the language by)
    sentences = [s for s in _SENTENCE.findall(text) if len(s.split()) >= SENTENCE_WORDS and not s.lstrip().startswith("#")]
    sentences = sentences[:SENTENCES_READ]
    welsh = bool(sentences) and sum(in_welsh(s) for s in sentences) / len(sentences) >= WELSH_SHARE
    return welsh, frozenset(bare_words(text))


_READ: dict[str, tuple[bool, frozenset[str]]] = {}  # document version → its profile
MAX_VERSIONS = 512


def _read(kb: KnowledgeBase, doc_id: str) -> tuple[bool, frozenset[str]]:
    version = kb.snapshot().docs[doc_id].version
    if version not in _READ:
        if len(_READ) >= MAX_VERSIONS:
            _READ.clear()
        _READ[version] = _profile(kb.document_text(doc_id) or "")
    return _READ[version]


def welsh_documents(kb: KnowledgeBase, doc_ids: tuple[str, ...] = ()) -> tuple[str, ...]:
    """Of the documents searched (those chosen, or all), the ones written in Welsh."""
    docs = kb.snapshot().docs
    return tuple(d for d in (doc_ids or tuple(docs)) if d in docs and _read(kb, d)[0])


def in_their_words(question: str, kb: KnowledgeBase, doc_ids: Iterable[str]) -> str:
    """A Welsh question as the Welsh documents (`doc_ids`) would be searched for it: the
    English of its question words ("how long", "who"), then its other words in the forms the
    documents use ("nghyfrifiadur" → "cyfrifiadur"), or as asked when they have none."""
    vocabulary: set[str] = set()
    for d in doc_ids:
        vocabulary |= _read(kb, d)[1]
    terms = glossary()
    tokens = bare_words(question)
    asking: list[str] = []
    words: list[str] = []
    i = 0
    while i < len(tokens):
        # "pa mor hir", "faint o weithiau": a question phrase, said in English.
        phrase = next(
            (n for n in (4, 3, 2, 1) if i + n <= len(tokens) and terms.get(" ".join(tokens[i : i + n])) in _ASKING), 0
        )
        if phrase:
            asking.append(terms[" ".join(tokens[i : i + phrase])])
            i += phrase
            continue
        t = tokens[i]
        i += 1
        if len(t) < 2 or is_function_word(t):
            continue
        used = sorted(f for f in forms(t) if f in vocabulary)
        words.extend(used or [t])
    return " ".join([*asking, *dict.fromkeys(words)])


@lru_cache(maxsize=1)
def _english_to_welsh() -> dict[str, tuple[str, ...]]:
    """The glossary read backwards: a stemmed English word, or a phrase of them ("annual leave" →
    "annual leav"), → the Welsh entries that give it."""
    out: dict[str, list[str]] = {}
    for welsh, english in glossary().items():
        if english in _ASKING:
            continue  # question words are searched in English
        for part in english.split():
            for t in content_terms(part):
                out.setdefault(t, []).append(welsh)
        whole = " ".join(content_terms(english))
        if " " in whole:
            out.setdefault(whole, []).append(welsh)
    return {k: tuple(dict.fromkeys(v)) for k, v in out.items()}


_ENGLISH_ASKING = re.compile(
    r"\b(?:how (?:long|many|much|often)|what|who|whom|when|where|why|which|must|can|may|should|will)\b", re.I
)


def english_in_welsh(question: str, kb: KnowledgeBase, doc_ids: Iterable[str]) -> str:
    """An English question as documents written in Welsh (`doc_ids`) would be searched for it:
    its question words as asked ("how long"), then each other word in the Welsh the glossary gives
    for it, in the forms the documents use ("manager" → "rheolwr", "reolwyr"); a word with no
    Welsh there ("annual leave") as asked."""
    vocabulary: set[str] = set()
    for d in doc_ids:
        vocabulary |= _read(kb, d)[1]
    backwards = _english_to_welsh()
    asking = [m.group(0).lower() for m in _ENGLISH_ASKING.finditer(question)]
    rest = _ENGLISH_ASKING.sub(" ", question)  # "how much" is asked, not a word to find
    tokens = [w for w in words(rest) if w not in STOPWORDS and content_terms(w)]
    stems = [content_terms(w)[0] for w in tokens]
    found: list[str] = []
    i = 0
    while i < len(tokens):
        # "annual leave" before "annual" and "leave"
        pair = " ".join(stems[i : i + 2]) if i + 1 < len(stems) else ""
        entries, step = (backwards[pair], 2) if pair in backwards else (backwards.get(stems[i], ()), 1)
        welsh = [f for e in entries for w in e.split() for f in sorted(forms(w)) if f in vocabulary]
        found.extend(welsh or tokens[i : i + step])
        i += step
    return " ".join([*dict.fromkeys(asking), *dict.fromkeys(found)])
