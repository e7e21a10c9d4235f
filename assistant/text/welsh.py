"""Questions asked in Welsh: tell them apart, and say them in English for the search.

The sources are in English and there is no Welsh↔English model on PyPI that runs
offline here, so a question in Welsh is searched through a workplace glossary kept
as data (`data/cy_en_glossary.tsv`): phrases first, then words, each also found
under its mutated forms (cyflogwr, gyflogwr, nghyflogwr, chyflogwr). Words the
glossary doesn't know and that look like names, acronyms or numbers ("RPA",
"Caerdydd", "2024") are kept as they are; Welsh function words are dropped.

`is_welsh` is deliberately cautious: English with one Welsh place name or a
borrowed word ("the Senedd", "cwtch") is English. It needs several words that
only Welsh uses.

Left out: Welsh grammar beyond initial mutations (plural and verb forms are
listed in the glossary where they matter), and translating answers: the sources
are quoted as written, in English, and the app says so in Welsh.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from assistant.text.lexical import content_terms

GLOSSARY = Path(__file__).with_name("data") / "cy_en_glossary.tsv"

# Words that occur in Welsh and not (as words) in English: questions, particles,
# pronouns, common verbs and prepositions. "a", "i", "am", "at", "on" are left out:
# English has them too.
FUNCTION_WORDS = frozenset(
    ["yw", "ydy", "ydi", "ydyn", "ydych", "ydw", "oes", "mae", "maen", "sydd", "sy", "sy'n", "y", "yr", "'r", "ac", "ar", "gan", "gyda", "efo", "fy", "dy", "ei", "ein", "eich", "eu", "i'm", "i'w", "i'n", "o'r", "yn", "yng", "ym", "mewn", "wrth", "dros", "drwy", "trwy", "heb", "rhwng", "beth", "sut", "pam", "pwy", "pryd", "ble", "faint", "pa", "unrhyw", "rhaid", "angen", "all", "gall", "gallu", "gallan", "dw", "rwy", "rydw", "rydyn", "rydych", "wyf", "fydd", "bydd", "byddan", "oedd", "roedd", "mai", "na", "nad", "nid", "ddim", "dim", "hefyd", "neu", "ond", "os", "fel", "hyn", "hynny", "yma", "yno", "hwn", "hon", "hyn", "nhw", "ni", "chi", "fi", "fe", "hi", "ef", "gael", "cael", "gwneud", "wneud", "mynd", "dod", "hoffwn", "hoffai", "allaf", "alla", "ydyw", "ynglŷn", "ynghylch", "i'r", "cyn",
     "yfory", "heddiw", "ddoe", "nawr", "rŵan", "wedi", "eisiau", "isio", "moyn", "gallwch", "allwch", "oherwydd", "achos",
     "allan", "allen", "allwn", "gallan", "gallen", "gallwn", "amdanaf", "amdanom", "amdanyn", "amdano", "amdani",
     # "Ga i…?" (may I…?), "â" (with), "arna i" (on me: "oes angen … arna i?"), "iddyn nhw" (to them)
     "ga", "gaf", "cha", "chaf", "â", "ag", "arna", "arnaf", "arnat", "arno", "arni", "arnom", "arnoch", "arnyn",
     "imi", "iddo", "iddi", "iddyn", "iddynt", "ohono", "ohoni", "ohonyn",
     # "oes rhaid i mi…?" (must I…?); forms of "bod" (to be)
     "mi", "ti", "fod", "bod", "dwi", "wyt", "bydda", "byddaf", "byddi", "byddwn", "byddwch", "byddant", "byddai",
     "oeddwn", "roeddwn", "oedden", "roedden", "hwy",
     # "pa mor hir…?" (how long…?), "sydd gen i" (that I have), "ganddyn nhw" (they have)
     "mor", "gen", "gennyf", "gennych", "gennym", "ganddo", "ganddi", "ganddyn", "ganddynt"]
)
# Welsh function words that are English words too: not evidence that a question is Welsh, but
# no topic of a Welsh one.
SHARED_FUNCTION_WORDS = frozenset(["a", "i", "o", "am", "at", "on"])
_CLITIC = re.compile(r"^(\w+)['’](r|n|m|w|th|i|ch)$", re.I)  # yw'r, sy'n, i'm, a'i: the word before it
_WORD = re.compile(r"[\w'’ŵŷâêîôûáéíóúàèìòùäëïöü-]+", re.I)


@lru_cache(maxsize=1)
def glossary() -> dict[str, str]:
    """Welsh phrase or word (lower case, radical form) → English."""
    out: dict[str, str] = {}
    for line in GLOSSARY.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        welsh, _, english = line.partition("\t")
        if welsh.strip() and english.strip():
            out[welsh.strip().lower()] = english.strip()
    return out


def _tokens(text: str) -> list[str]:
    return [t.replace("’", "'").strip("'-") for t in _WORD.findall(text)]


# Initial mutations, undone: a mutated initial → the radical initials it can come from.
_UNMUTATE = (
    ("ngh", ("c",)), ("mh", ("p",)), ("nh", ("t",)), ("ng", ("g",)),
    ("ch", ("c",)), ("ph", ("p",)), ("th", ("t",)),
    ("dd", ("d",)), ("g", ("c",)), ("b", ("p",)), ("d", ("t",)), ("f", ("b", "m")),
    ("l", ("ll",)), ("r", ("rh",)), ("m", ("b",)), ("n", ("d",)),
)


_VOWELS = "aeiouwyâêîôûŵŷ"


def radicals(word: str) -> list[str]:
    """The word and the radical forms a mutation could have made it from."""
    w = word.lower()
    out = [w]
    for mutated, sources in _UNMUTATE:
        if w.startswith(mutated):
            out.extend(src + w[len(mutated):] for src in sources)
    if w[:1] in _VOWELS:  # soft mutation drops an initial g
        out.append("g" + w)
    return out


def _bare(token: str) -> str:
    """A word in lower case without its clitic ("sy'n" → "sy", "cadw'r" → "cadw")."""
    return (m.group(1) if (m := _CLITIC.match(token)) else token).lower()


def bare_words(text: str) -> list[str]:
    """The text's words in lower case, each without a clitic ("sy'n" → "sy", "yw’r" → "yw")."""
    return [_bare(t) for t in _tokens(text)]


def _welsh_words(text: str) -> tuple[int, int]:
    """(words only Welsh uses, words) in the text."""
    tokens = bare_words(text)
    terms = glossary()
    welsh = sum(  # a mutated function word counts too ("ddod", "fydd"), not a vowel-initial one ("all" is no "gall")
        1 for t in tokens
        if t in FUNCTION_WORDS
        or any(r in terms and r not in _ENGLISH_TOO for r in radicals(t))
        or (t[:1] not in _VOWELS and any(r in FUNCTION_WORDS for r in radicals(t)))
    )
    return welsh, len(tokens)


def is_welsh(text: str) -> bool:
    """Is this question written in Welsh? (Several Welsh-only words, a good share of them.)"""
    welsh, n = _welsh_words(text)
    if n < 2:
        return False
    marked = bool(re.search(r"[ŵŷ]", text))
    return welsh >= 2 and (welsh / n >= 0.4 or (marked and welsh / n >= 0.25))


@lru_cache(maxsize=8192)
def in_welsh(sentence: str) -> bool:
    """Is this sentence of a document in Welsh? A sentence is longer than a question, and
    mostly made of content words, so a lower share will do: "Mae'r Cyngor yn cadw cofnod o'r
    cwestiynau a roddir i Copilot am 90 diwrnod." has 8 Welsh words in 23. Two English words
    Welsh also has ("all", "hi", "dim") are not enough, nor an address's "NY" and "GA"."""
    welsh, n = _welsh_words(sentence)
    return welsh >= 3 and welsh / n >= 0.25 or welsh >= 2 and welsh / n >= 0.4 and n >= 4


# Glossary entries that are English words too ("data", "staff", "rota", "robot", "app"):
# they translate, but don't make a question Welsh.
_ENGLISH_TOO = frozenset(
    ["data", "staff", "rota", "robot", "app", "algorithm", "cost", "polisi", "risg", "bos", "offer", "ap", "cam", "camera", "mis"]
)


def to_english(text: str) -> str:
    """The question's words in English, for searching: glossary phrases and words,
    names and acronyms kept, Welsh function words dropped."""
    return translated(text)[0]


def translated(text: str) -> tuple[str, list[str]]:
    """(`to_english`, the question's words the glossary doesn't know: neither function
    words nor names, and not said in the English)."""
    terms = glossary()
    longest = max((len(k.split()) for k in terms), default=1)
    tokens = _tokens(text)
    out: list[str] = []
    lost: list[str] = []
    i = 0
    while i < len(tokens):
        for n in range(min(longest, len(tokens) - i), 0, -1):
            # A word with a clitic ("cadw'r", "sy'n") is looked up without it.
            words = [_bare(t) for t in tokens[i : i + n]]
            # Only the first word of a phrase mutates ("nghytundeb cenedlaethol").
            hit = next((terms[" ".join([r, *words[1:]])] for r in radicals(words[0]) if " ".join([r, *words[1:]]) in terms), None)
            if hit is not None:
                out.append(hit)
                i += n
                break
        else:
            t = tokens[i]
            if len(t) > 1 and t.lower() not in FUNCTION_WORDS and (t[:1].isupper() or any(c.isdigit() for c in t)):
                out.append(t)
            elif len(t) > 2 and not is_function_word(t):
                lost.append(t.lower())
            i += 1
    return " ".join(out), lost


_ASKING_WORDS = re.compile(
    r"\b(?:how (?:much|many|long|often|soon)|what|who|whom|when|where|why|which|how|must|can|may|should|will)\b", re.I
)


def topic_words(english: str) -> list[str]:
    """The words of a question's English (`to_english`) that say what it is about, not what
    kind of answer it wants ("how long appeal" → appeal; "how much must" → none)."""
    return content_terms(_ASKING_WORDS.sub(" ", english))


def is_function_word(token: str) -> bool:
    """Is this word of a Welsh question a function word (in any of its mutated forms)?"""
    t = token.lower().replace("’", "'")
    bare = _bare(t)
    return t in FUNCTION_WORDS or bare in SHARED_FUNCTION_WORDS or any(r in FUNCTION_WORDS for r in radicals(bare))
