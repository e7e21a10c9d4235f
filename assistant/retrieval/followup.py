"""Follow-up questions without a language model: resolve them with the conversation.

"And what about training?" after "What must my employer do before introducing
RPA?" means "training, when my employer introduces RPA". A follow-up is a
question that leans on the one before: it opens with "and", "what about",
"also"…, or it refers back ("it", "they", "that", "them", "there") and names
little of its own. It is resolved by adding the earlier question's topic words
(its content words, minus the question words, generic ones and the thing it
asked for) to it:

    "and what about training?"  →  "and what about training? (about: employer introducing RPA)"

Retrieval then searches for both, the composer scores against both, and the
Sources panel shows what was searched. A question that stands on its own is
left as it is, so a new topic in the same conversation starts afresh.

Left out: resolving which earlier noun "it" names (coreference needs a model;
the earlier question's topic is what a follow-up means nearly always), and
following more than the conversation's questions (the earlier answers' wording
would pull retrieval back to what was already shown).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from assistant.text.chat import plain
from assistant.text.lexical import STOPWORDS, content_terms
from assistant.text.questions import NUMBERED_LABELS, wh_word_target

_OPENS = re.compile(
    r"^\s*(and|but|also|so|then|what about|how about|and what|and how|and does|and is|and can|"
    r"what else|anything else|who else|where else|how else|same for|how about for|what if)\b",
    re.I,
)
_REFERS_BACK = re.compile(r"\b(it|its|they|them|their|that|this|those|these|there|he|she|one)\b", re.I)
_QUESTION_WORDS = {
    "what", "which", "who", "whom", "whose", "when", "where", "why", "how", "can", "could", "must", "should",
    "would", "will", "does", "do", "did", "is", "are", "was", "were", "have", "has", "may", "might", "my",
    "our", "your", "me", "we", "i", "you", "just", "first", "before", "after", "need", "want", "tell",
    # "how long / much / many / often / soon / far": the form of the question, not its topic
    "long", "much", "many", "often", "soon", "far",
}
OWN_TERMS = 3  # a question naming more topic words than this stands on its own


def refers_back(question: str) -> bool:
    """Does the question point back at the conversation ("it", "that", "they"…)?"""
    return _REFERS_BACK.search(question) is not None


# A question with nothing of its own but what it asks for: "where?", "how long for?", "how many days?".
_FRAGMENT = re.compile(
    r"^\W*(?:where|when|who|whom|why|how|which one|what for|what time|by when|until when|since when|"
    r"how (?:long|much|many|often|soon|far)(?: \w+)?(?: for| then| exactly| again)?)\W*$",
    re.I,
)


def is_follow_up(question: str) -> bool:
    if _FRAGMENT.match(question):
        return True
    own = content_terms(question)
    if _OPENS.match(question):
        return len(own) <= OWN_TERMS + 1
    if len(own) <= 1 and not _NAME.search(question) and not _DEFINES.match(question):
        # "what's the alternative?", "how do I apply?", "who decides?": one word of its own at most, which
        # says what of the conversation's topic it asks (a definition, "what is ransomware?", stands alone)
        return True
    if not refers_back(question):
        return False
    # "which health board was it, and what did it agree to try out?" names no one of its
    # own: "it" is whatever the conversation was about, even with a few more words.
    return len(own) <= OWN_TERMS or (len(own) <= OWN_TERMS_UNNAMED and not _NAME.search(question))


_NAME = re.compile(r"(?<!^)(?<![.?!]\s)\b(?:[A-Z][a-z]*[A-Z]\w*|[A-Z]{2,}|[A-Z][a-z]+)\b|\d")
OWN_TERMS_UNNAMED = 5  # …and one that names no name, this many
# A question that asks what a word means, or what something named bare is: "what is ransomware?", "what's a
# DPIA?", "what does furlough mean?" ("what's *the* alternative?" asks of something already spoken of).
_DEFINES = re.compile(r"^\W*(?:what|who)(?:'s|’s|\s+is|\s+are|\s+was|\s+were)\s+(?!the\b|that\b|this\b|these\b|those\b|it\b|they\b)"
                      r"|^\W*what\s+(?:does|do)\s+[\w'’-]+\s+mean\b|\bmeaning of\b|\bdefin", re.I)


def topic(question: str, without_doing: bool = False, named: Callable[[str], bool] | None = None) -> str:
    """The words of a question that carry its topic, in order ("employer introducing RPA"),
    without what it asked for: after "Who *wrote* the WPC guidance?", "what happens now
    it's out?" is about the guidance, not about writing. `without_doing`: nor what it asked
    was done to it ("how long do they *keep* the footage?" is about the footage). `named`: as `plain`'s,
    whether the sources name a word themselves (an AI product they name is not glossed)."""
    words = re.findall(r"[\w’'-]+", plain(question, named))  # ("what if they dont": "do not", no topic)
    # (but for "how much/many": "how much *notice*…?" asks an amount of notice, which is what "and
    # them?" asks about too)
    asked = {"" if _HOW_MUCH.match(question) else (wh_word_target(question) or "").lower()}
    if without_doing and (m := _PRONOUN_DOES.search(question)):
        asked.add(m.group(1).lower())
    if without_doing:  # (…and what it asked was done: "how long is footage kept?" → "footage")
        asked.update(w.lower() for w in words if _DONE.match(w))
    keep: list[str] = []
    numbered: set[str] = set()
    for i, w in enumerate(words):
        label = words[i - 1].lower().rstrip("s") if i and _NUMBERED.match(words[i - 1]) else None
        if w.isdigit() and label is not None:
            # the number of a numbered thing ("grade 6", "week 20"): the follow-up's own, not the one
            # before it ("and grade 6?" after "how much is grade 5?" is about grade 6)
            if label not in numbered:
                numbered.add(label)
                keep.append(w)
        elif w.lower() not in STOPWORDS and w.lower() not in _QUESTION_WORDS and w.lower() not in asked and content_terms(w):
            keep.append(w)
    return " ".join(dict.fromkeys(keep))


_NUMBERED = re.compile(rf"^(?:{NUMBERED_LABELS}|clauses?|sections?|paragraphs?)$", re.I)


_HOW_MUCH = re.compile(r"^\W*(?:and\s+|so\s+)?how (?:much|many)\b", re.I)
# "…do they *keep* the footage?", "who can *see* it?": the verb after an auxiliary and a pronoun
# (or "who" and a modal), what is done.
_PRONOUN_DOES = re.compile(
    r"\b(?:(?:do|does|did|will|would|can|could|should|must|may|might)\s+(?:i|we|you|they|he|she)|"
    r"^\W*who\s+(?:can|could|will|would|should|must|may|might))\s+([a-z]+)\b", re.I)
# "who can *see* it?", "can they *share* them?": a verb of the follow-up's own, done to what
# "it" stands for; the earlier question's verb is then not what it asks about.
_DOES_TO_IT = re.compile(r"\b(?!(?:about|of|with|for|in|on|to|from|at|by|is|was|are|were|be|do|does|did|and|or)\b)"
                         r"([a-z]{3,})\s+(?:it|them|this|that|these|those)\b(?:\s+(?:with|to|for|from|on|about))?\s*[?.!]*$|"
                         # …or done by or to what "it" stands for: "can they be used against me?", "will it be shared?"
                         r"^\W*(?:and\s+|so\s+|but\s+)?(?:can|could|will|would|may|might|should|must|do|does)\s+"
                         r"(?:it|they|them|this|that|these|those)\s+(?:be\s+|get\s+)?(?!be\b|get\b)[a-z]{3,}", re.I)
# What an earlier question asked was done, as its participle: "how long is footage *kept*?"
_DONE = re.compile(r"^(?:kept|held|sent|seen|done|given|taken|paid|told|shown|made|stored|shared|used|recorded|deleted|"
                   r"[a-z]{3,}ed)$", re.I)


# A follow-up that names only another case ("and everyone else?", "what about agency staff?") asks the question before
# it of that case; what kind of answer that wants (a date, a place, a name, an amount) its own words don't say.
_BARE = re.compile(r"^\W*(?:and|what about|how about|and what about|and for|same for)\s+(?!(?:what|when|where|who|how|why|which|"
                   r"do|does|did|can|could|will|would|is|are|should|must|may)\b)[^?]{2,40}\??\s*$", re.I)
# (a date, a place or a name; "how much notice…?" already names its measure, which the topic carries)
_ASKS_KIND = re.compile(r"^\W*(?:and\s+|so\s+)?(when|where|who|whom|what time|by when)\b", re.I)


def resolve(question: str, history: Sequence[tuple[str, str]]) -> str:
    """The question as retrieval should search it, given the earlier (question, answer) turns."""
    if not history or not is_follow_up(question):
        return question
    # The earlier question may itself have been a follow-up: resolve it first.
    earlier = resolve(history[-1][0], history[:-1])
    about = topic(earlier, without_doing=_DOES_TO_IT.search(question.strip()) is not None)
    if not about:
        return question
    asked = question.strip()
    kind = _ASKS_KIND.match(own_words(earlier)[0]) if _BARE.match(asked) else None
    if kind is not None:
        # ("and everyone else?" after "when does social services get copilot?" asks when, too)
        asked = f"{asked.rstrip(' ?')}, {kind.group(1).lower()}?"
    return f"{asked}{TOPIC_MARK}{about})"


TOPIC_MARK = " (about: "


def own_words(question: str) -> tuple[str, str]:
    """(what the follow-up itself asks, the topic it was given); topic "" for a question as typed."""
    at = question.rfind(TOPIC_MARK)
    if at < 0 or not question.endswith(")"):
        return question, ""
    return question[:at], question[at + len(TOPIC_MARK) : -1]
