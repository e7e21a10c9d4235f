"""BM25 over chunk text, and the word-level helpers shared by retrieval,
abstention and citation checks (one tokenizer everywhere, so they agree).

English Snowball stemming via PyStemmer; a short stop-word list. Left out:
Welsh stemming (no maintained Welsh stemmer on PyPI); Welsh words still match
exactly.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from functools import lru_cache

import bm25s
import numpy as np

STOPWORDS = frozenset(
    ["a", "about", "above", "after", "again", "against", "all", "am", "an", "and", "any", "are", "as", "at", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did", "do", "does", "doing", "done", "down", "during", "each", "few", "for", "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "me", "more", "most", "my", "myself", "no", "nor", "not", "now", "of", "off", "on", "once", "only", "or", "other", "another", "our", "ours", "ourselves", "out", "over", "own", "per", "same", "she", "should", "so", "some", "such", "than", "that", "the", "their", "theirs", "them", "themselves", "then", "there", "these", "they", "this", "those", "through", "to", "too", "under", "until", "up", "very", "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with", "would", "you", "your", "yours", "yourself", "yourselves", "also", "may", "might", "must", "shall", "us", "etc", "e", "g", "ie", "eg", "s", "t", "can't", "don't", "won't", "it's", "i'm", "i've", "let's", "what's", "who's", "where's", "when's", "how's", "why's", "that's", "there's", "here's", "isn't", "aren't", "wasn't", "weren't", "doesn't", "didn't", "hasn't", "haven't", "hadn't", "shouldn't", "wouldn't", "couldn't", "mustn't", "you're", "you've", "you'll", "i'll", "i'd", "we're", "we've", "we'll", "they're", "they've", "they'll", "he's", "she's", "get", "got", "just", "like", "want", "wants", "wanted", "know", "tell", "say", "said"]
)
_WORD = re.compile(r"[a-z0-9£%]+(?:[’'][a-z]+)?", re.I)


@lru_cache(maxsize=1)
def _stemmer():  # -> Stemmer.Stemmer
    import Stemmer

    return Stemmer.Stemmer("english")


def words(text: str) -> list[str]:
    return [w.lower().replace("’", "'") for w in _WORD.findall(text)]


def content_terms(text: str) -> list[str]:
    """Stemmed, stop-word-free terms, in order."""
    return list(_content_terms(text))


# Every question stems the same few dozen retrieved passages again (ranker features,
# near-duplicate checks, the composer's units): remembered per text. Bounded; thread-safe.
TERMS_CACHE = 16_384


# Irregular past forms, which the stemmer keeps apart from their verb: "what if I lose the
# camera?" is answered by "a lost camera must be reported", "who pays?" by "is paid by". Only
# forms that are rarely another word and rarely carry a question's other sense: not "left",
# "saw", "met", "found", nor "meant" ("what does X mean?"), "wrote" ("who wrote it?") or
# "made", "brought", "given", "held", which every report uses in passing ("data held in London"
# is not what data they hold about staff). "Written" is: "what if I write it in Welsh?" is answered
# by "requests written in Welsh", as "in writing" already is by the stemmer.
IRREGULAR = {
    past: verb
    for verb, forms in {
        "lose": "lost", "pay": "paid", "keep": "kept", "send": "sent", "spend": "spent",
        "buy": "bought", "sell": "sold", "teach": "taught", "choose": "chose chosen", "break": "broke broken",
        "steal": "stole stolen", "forget": "forgot forgotten", "hide": "hid hidden", "speak": "spoke spoken",
        "withdraw": "withdrew withdrawn", "oversee": "oversaw overseen", "undertake": "undertook undertaken",
        "drive": "drove driven", "wear": "wore worn", "write": "written",
    }.items()
    for past in forms.split()
} | {
    # Superlatives, which the stemmer also keeps apart: "what is the highest risk?" is asked of a
    # table whose cells say "High". Only -est forms: "later" and "lower" are often other words.
    sup: base
    for base, sup in {
        "high": "highest", "low": "lowest", "long": "longest", "short": "shortest", "old": "oldest", "new": "newest",
        "small": "smallest", "great": "greatest", "large": "largest", "late": "latest", "big": "biggest",
        "early": "earliest",
    }.items()
} | {
    # Latin and Greek plurals, which the stemmer keeps apart from their singular: "what are the selection
    # criteria?" is asked of a table whose column is "Criterion". (Not "media" or "data", whose plural is
    # the word in use.)
    "criteria": "criterion", "phenomena": "phenomenon", "appendices": "appendix", "curricula": "curriculum",
    "indices": "index", "matrices": "matrix",
}


# A Welsh clitic on the word before it: "cadw'r" (keep the), "sy'n", "i'w". The word is the word:
# "Rydym yn cadw'r lluniau" speaks of keeping, as "am faint maen nhw'n cadw…?" asks.
_CLITIC = re.compile(r"^(\w{2,})'(?:r|n|m|w|th|i)$")


@lru_cache(maxsize=TERMS_CACHE)
def _content_terms(text: str) -> tuple[str, ...]:
    ws = [IRREGULAR.get(w, w) for w in (_CLITIC.sub(r"\1", w) for w in words(text)) if w not in STOPWORDS and len(w) > 1]
    # (a form of a stop word is one too: "tells" and "says" as "tell" and "say")
    return tuple(t for t in _stemmer().stemWords(ws) if t not in STOPWORDS)


FORM_PREFIX = 6  # letters two forms of a word must share, at least, to count as one
_PEOPLE_ENDINGS = ("an", "ean", "ian", "n")
_ABLE_ENDINGS = ("abl", "ibl")  # "tax" / "taxable", "access" / "accessible": what can be done to it


class LexicalIndex:
    """BM25 (Lucene variant) over a fixed list of texts."""

    def __init__(self, texts: list[str]) -> None:
        self.size = len(texts)
        self._bm25 = bm25s.BM25()
        corpus = [content_terms(t) or ["<empty>"] for t in texts]
        self._vocab = {w for doc in corpus for w in doc}
        self._sorted: list[str] | None = None  # the vocabulary in order, for prefix lookups
        self._df: dict[str, int] = {}
        for doc in corpus:
            for w in set(doc):
                self._df[w] = self._df.get(w, 0) + 1
        if texts:
            self._bm25.index(corpus, show_progress=False)

    def search(self, query: str, k: int, only: np.ndarray | None = None) -> list[tuple[int, float]]:
        """(position, score) best first, only positive scores; with `only` (a 0/1
        mask over positions), among those positions alone, scored as in the whole."""
        terms = [t for t in content_terms(query) if t in self._vocab]
        if not terms or not self.size:
            return []
        k = min(k, self.size if only is None else max(1, int(only.sum())))
        docs, scores = self._bm25.retrieve([terms], k=k, show_progress=False, weight_mask=only)
        out = [(int(d), float(s)) for d, s in zip(docs[0], scores[0], strict=False) if s > 0]
        return out

    def has_term(self, term: str) -> bool:
        return term in self._vocab

    def has_term_or_form(self, term: str) -> bool:
        """The stemmed term, or another form of the same word the stemmer keeps apart:
        a place and its adjective ("europ" / "european"), a verb and what can be done to it ("tax" /
        "taxabl"), or one a prefix of the other,
        the shorter at least `FORM_PREFIX` letters ("californian" / "california")."""
        if term in self._vocab:
            return True
        # A place and the word for its people or things: "europ(e)" / "european", "canada" / "canadian".
        if any(term + end in self._vocab or (term.endswith(end) and term[: -len(end)] in self._vocab)
               for end in _PEOPLE_ENDINGS + _ABLE_ENDINGS):
            return True
        if len(term) < FORM_PREFIX:
            return False
        if self._sorted is None:
            self._sorted = sorted(self._vocab)
        at = bisect.bisect_left(self._sorted, term)
        if at < len(self._sorted) and self._sorted[at].startswith(term):
            return True  # a longer form: "europe" → "european"
        return any(term[:n] in self._vocab for n in range(FORM_PREFIX, len(term)))  # a shorter one

    def has_near_spelling(self, term: str) -> bool:
        """A term one slip of the keyboard from one the texts use (`one_slip_from`)."""
        return one_slip_from(term, self._vocab)

    def idf(self, term: str) -> float:
        """BM25's idf, ln(1 + (N - df + 0.5) / (df + 0.5)); unseen terms get the maximum."""
        df = self._df.get(term, 0)
        return float(np.log(1.0 + (self.size - df + 0.5) / (df + 0.5)))


def one_slip_from(term: str, terms: AbstractSet[str]) -> bool:
    """Is `term` one slip of the keyboard from one of `terms`: a letter left out, added or two
    swapped ("kep" / "keep", "lng" / "long", "recieve"); a letter mistyped, from six letters? The
    word it may be a slip for has four letters at least: shorter words have too many real
    neighbours ("stop" / "top", "hire" / "fire")."""
    if len(term) < 3:
        return False
    letters = "abcdefghijklmnopqrstuvwxyz"
    splits = [(term[:i], term[i:]) for i in range(len(term) + 1)]
    edits = {a + b[1:] for a, b in splits if b}
    edits |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    edits |= {a + c + b for a, b in splits for c in letters}
    if len(term) >= 6:
        edits |= {a + c + b[1:] for a, b in splits if b for c in letters}
    edits.discard(term)
    return any(e in terms for e in edits if len(e) >= 4)


_LOWER_WORD = re.compile(r"\b[a-z][a-z'’]+\b")


def lower_case_words(texts: Iterable[str]) -> frozenset[str]:
    """Words the texts write in lower case somewhere: ordinary words, so the same
    word capitalised ("Managing Technology") is not taken for a name."""
    return frozenset(w for t in texts for w in _LOWER_WORD.findall(t))


def jaccard(a: str, b: str) -> float:
    sa, sb = set(content_terms(a)), set(content_terms(b))
    if not sa or not sb:
        return 0.0
    return len(sa & sb) / len(sa | sb)


_FIGURE = re.compile(r"\d[\d,.:/]*\d|\d")
_NEGATION = re.compile(r"\b(?:not|no|never|none|nobody|nothing|cannot|without)\b|n['’]t\b", re.I)


def says_the_same(a: str, b: str, threshold: float) -> bool:
    """Do two texts say the same, so that one may stand for both? Their words overlap by at
    least `threshold` (`jaccard`), and they give the same figures and say "not" alike: two
    versions of a policy, "records are kept for 6 months" and "…for 12 months", share every
    word and say different things."""
    if jaccard(a, b) < threshold:
        return False
    if sorted(_FIGURE.findall(a)) != sorted(_FIGURE.findall(b)):
        return False
    return len(_NEGATION.findall(a)) == len(_NEGATION.findall(b))
