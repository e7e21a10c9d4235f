"""What a question asks for: the one question-reading rule two stages share.

Abstention (`answer/abstain.py`) checks that the sources speak of the thing a
wh-question asks about at all ("what is the *weather* in Cardiff?"); follow-up
resolution (`retrieval/followup.py`) carries an earlier question's topic to the
next one without what it asked for ("who *wrote* the guidance?" → the guidance;
`wh_word_target`).

Left out: part-of-speech tagging (no tagger is bundled); the word found is the
first one after the question word that is not a verb of asking, a determiner, a
pronoun or a number, which is a noun or the question's own verb.
"""

from __future__ import annotations

import re

from assistant.text.lexical import STOPWORDS

NUMBER_WORDS = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|hundred|thousand|dozen)"
NUM = rf"(?:\d[\d,.]*|\b{NUMBER_WORDS}\b)"  # a number, in figures or words
_WH = re.compile(r"^\W*(?:and\s+|so\s+|but\s+)?(what|which|how much|how many|where|who|whose)\b", re.I)
_SKIP = {
    "is", "are", "was", "were", "do", "does", "did", "can", "could", "will", "would", "should", "must", "may",
    "the", "a", "an", "my", "our", "their", "your", "his", "her", "its", "this", "that", "these", "those",
    "of", "kind", "sort", "type", "types", "kinds", "sorts", "time", "way", "ways", "thing", "things", "lot",
    "i", "we", "you", "they", "he", "she", "it", "there", "get", "have", "has", "had", "be", "been",
    "main", "key", "most", "best", "new", "other", "different", "important", "specific", "exactly",
    "first", "second", "third", "last", "next", "few", "several", "many", "much", "some", "any", "all",
}


def asked_for(question: str) -> str | None:
    """The thing a wh-question asks about: the first word after its question word
    that is not a verb of asking or a determiner ("what is the *weather* in
    Cardiff?", "where can I get a *pizza*?", "how much *travel* expenses…?").
    None for yes/no questions, whose subject is what they are about."""
    m = _WH.match(question)
    if not m:
        return None
    for w in re.findall(r"[A-Za-z][\w'’-]*", question[m.end() :]):
        if w.lower() not in _SKIP and w.lower() not in STOPWORDS and not re.fullmatch(NUM, w, re.I):
            return w
    return None


def wh_word_target(question: str) -> str | None:
    """The word right after a wh-question's question word when that word is what it
    asks for itself: "who *wrote* it?", "which *offices* got the kit?"; None when an
    auxiliary comes between ("what must my employer do?", "what did staff say?"),
    since the words after it are then the question's subject, its topic."""
    m = _WH.match(question)
    if not m:
        return None
    first = next(iter(re.findall(r"[A-Za-z][\w'’-]*", question[m.end() :])), None)
    if first is None or first.lower() in _SKIP or first.lower() in STOPWORDS or re.fullmatch(NUM, first, re.I):
        return None
    return first
