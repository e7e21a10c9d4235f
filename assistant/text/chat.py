"""Questions typed the way people type: chat shorthand said in full for the search.

"what r staff worried abt with new tech" is searched as "what are staff worried
about with new tech": the embedding model and BM25 know "are" and "about", not
"r" and "abt", and a shorthand word left in counts as a topic word the sources
never use. Only whole words are replaced, from a short list of everyday English
chat shorthand (`SHORTHAND`); the question as asked is still what the answer
shows, and the Sources panel shows what was searched.

Contractions typed without their apostrophe ("im", "dont", "wots") are said in
full too. A typo is not corrected, but the abstention check does not count a
word one keyboard slip from one the sources use ("kep", "lng") as a topic they
never mention (`LexicalIndex.has_near_spelling`).

An AI product named in a question ("can I use ChatGPT at work?") is searched
with what it is, "ChatGPT (an AI tool)": an employer's policy speaks of "AI
tools" and names none of them, and the model knows the word "tool" better than
the name.

Left out: spelling correction in general ("reccomend"): a misspelling is still
matched by the embedding's word pieces, and a corrector would need a word list
of the sources' vocabulary that can also "correct" names.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# Everyday chat shorthand → the words it stands for ("" drops a word that carries no meaning).
SHORTHAND: dict[str, str] = {
    "r": "are", "u": "you", "ur": "your", "abt": "about", "b4": "before", "ppl": "people", "pls": "please",
    "plz": "please", "govt": "government", "gov": "government", "mgr": "manager", "mgmt": "management",
    "w/": "with", "w/o": "without", "bc": "because", "cos": "because", "coz": "because", "cuz": "because",
    "wot": "what", "wat": "what", "tho": "though", "thru": "through", "hav": "have", "shud": "should",
    "cud": "could", "wud": "would", "2day": "today", "2moro": "tomorrow", "msg": "message", "n": "and",
    "lol": "", "tbh": "", "imo": "", "imho": "", "pls.": "please", "thx": "", "ty": "", "btw": "",
    "asap": "as soon as possible", "yr": "year", "yrs": "years", "wk": "week", "wks": "weeks",
    # Words typed short: "what info does it use about me?"
    "info": "information", "hrs": "hours", "mins": "minutes", "dept": "department", "hols": "holidays",
    "appt": "appointment", "approx": "approximately",
    # Question words with a letter dropped.
    "hw": "how", "wen": "when", "whn": "when", "wer": "where", "wy": "why", "wht": "what", "hu": "who",
    # Contractions typed without their apostrophe.
    "im": "I am", "ive": "I have", "dont": "do not", "cant": "cannot", "wont": "will not", "didnt": "did not",
    "doesnt": "does not", "isnt": "is not", "arent": "are not", "wasnt": "was not", "werent": "were not",
    "theyre": "they are", "youre": "you are", "whats": "what is", "wots": "what is", "wats": "what is",
    "thats": "that is", "hows": "how is", "shouldnt": "should not", "couldnt": "could not", "wouldnt": "would not",
    "gonna": "going to", "wanna": "want to", "gotta": "have to", "bcoz": "because", "becoz": "because",
    # Filler: "actually" would be searched as "actual" and match "the actual journeys taken".
    "actually": "", "really": "", "basically": "", "literally": "", "honestly": "", "seriously": "",
    "anyway": "", "please": "",
}
# Whole words only, and not a clause's letter: "3(n)", "(r)" stay as they are.
_WORD = re.compile(
    r"(?<![\w/(’'&.-])(" + "|".join(re.escape(k) for k in sorted(SHORTHAND, key=len, reverse=True)) + r")(?![\w/)’'&-])"
)


# AI products people ask about by name; a policy says "AI tools" and never names them, so the
# search is told what they are ("can I use ChatGPT (an AI tool) at work?").
_AI_PRODUCT = re.compile(
    r"\b(chat ?gpt(?:[- ]?\d\w*)?|copilot|gemini|claude|grok|perplexity|midjourney|dall-?e)\b(?!\s*\(an AI tool\))", re.I
)


def name_ai_products(text: str, named: Callable[[str], bool] | None = None) -> str:
    """"ChatGPT" → "ChatGPT (an AI tool)"; the text unchanged when it names none. A product
    the sources name themselves (`named`, given the word) is left as it is: "do they keep what
    I type into Copilot?" of a Copilot policy is about Copilot, not about AI tools in general."""
    def gloss(m: re.Match[str]) -> str:
        return m.group(1) if named is not None and named(m.group(1)) else f"{m.group(1)} (an AI tool)"

    return _AI_PRODUCT.sub(gloss, text)


# Workplace shorthand, in any case: "how many days training do H&S reps get?" is answered by a
# sentence that says "health and safety", and the answer is chosen by the words it shares with the
# question. Said in full only where the sources don't use the shorthand themselves (`named`).
WORKPLACE: dict[str, str] = {
    "h&s": "health and safety", "h & s": "health and safety", "wfh": "work from home",
    "toil": "time off in lieu", "mat leave": "maternity leave", "pat leave": "paternity leave",
}
_WORKPLACE = re.compile(r"(?<![\w&])(" + "|".join(re.escape(k) for k in WORKPLACE) + r")(?![\w&])", re.I)


def plain(question: str, named: Callable[[str], bool] | None = None) -> str:
    """The question with chat shorthand said in full, and an AI product named by what it
    is (unless the sources name it: `named`); unchanged when it has neither. Only lower-case
    chat shorthand is replaced: "R&D", "U.K." and capitalised names are not (workplace shorthand,
    "H&S", "WFH", is, in any case, where the sources don't use it)."""
    def in_full(m: re.Match[str]) -> str:
        short = m.group(1)
        return short if named is not None and named(short.replace(" ", "")) else WORKPLACE[short.lower()]

    out = name_ai_products(_WORD.sub(lambda m: SHORTHAND[m.group(1)], _WORKPLACE.sub(in_full, question)), named)
    if out == question:
        return question
    return re.sub(r"\s+([.,;:?!])", r"\1", re.sub(r"\s{2,}", " ", out)).strip()
