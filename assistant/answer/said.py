"""What a yes/no question asks is said: the sentence that says it, put first when the likeliest doesn't.

Each rule reads one kind of question ("were the unions consulted?", "is the speech analytics going to score me?",
"can the receiving party keep any…?", "does it have to notify…?", "can they use the tracker to check…?", "what do I
do when I leave…?") and gives a test of whether a sentence says what it asks, in the question's verb as typed or a
word it is searched as; `likeliest_saying` then finds the likeliest sentence (or list) that does, when the
likeliest block does not. The composer (`compose.py`) puts what a rule finds first (`_put_first`), before the
rules that read what the lead is (`doer_first`, …).

Left out: a tagger's parse of the question (none can be had offline here); the rules read its opening words
("can the … verb", "does … have to verb") instead, and a subject such as "the receiving party" ends where a
determiner or pronoun begins what is done.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.answer.abstain import (
    FROM_ELSEWHERE,
    FROM_ELSEWHERE_Q,
    distinctive_terms,
    existence_asked,
    licence_asked,
    making_said,
    marked_as_asked,
)
from assistant.answer.reading import reports_question
from assistant.answer.units import Block
from assistant.retrieval.expand import closest_searched, closest_synonyms, synonyms
from assistant.text.lexical import content_terms
from assistant.text.questions import (
    DOCUMENT_KINDS,
    asked_acts,
    asks_yes_or_no,
    everyday_act,
    manner_asked,
)

# "Were the unions consulted?", "has the DPIA been signed off?", "was it approved?": whether something was
# done, asked by its participle.
_DONE_POLAR = re.compile(r"^\W*(?:and\s+|so\s+)?(?:was|were|is|are|has|have|had)\s+(?:[\w'’-]+\s+){1,5}?(?:been\s+)?"
                         r"(?P<done>[a-z]{3,}ed|told|given|paid|shown|seen|made|sent|signed off|done)\b\W*$", re.I)


FOLLOWING_ITEMS = 3  # of a likeliest block that introduces a list, the units after it read as what it says


def likeliest_saying(
    own: str, blocks: list[Block], point_min: float, says: Callable[[str], bool], asked: set[str], lists: bool = False,
    anywhere: bool = False,
) -> list[Block]:
    """The likeliest sentence, at least `point_min` likely, that `says` what a yes/no question asks was done or is
    done, when the likeliest block does not say it already; of what was asked about: a sentence beside the
    likeliest (its section), or one with another word of the question than those `asked` ("UNISON and GMB were
    consulted" names the unions by name). `lists`: or a list with its intro, that says it in an item ("3.3 Before
    making a disclosure…, shall, if the circumstances permit:" / "3.3.1 notify the Disclosing Party in writing…").
    `anywhere`: wherever in the documents it is (a sentence that says who may do the act is about it)."""
    likeliest = max(blocks, key=lambda b: b.prob)
    said = [u.text for u in likeliest.units]
    last = likeliest.units[-1]
    if last.introduces:
        # (an intro says what its items say: "…provided, however, that the Receiving Party:" / "(i) immediately
        # notifies the Disclosing Party…")
        items = {u.start: u for b in blocks for u in b.units if u.passage.chunk_id == last.passage.chunk_id and u.start > last.start}
        said += [items[k].text for k in sorted(items)[:FOLLOWING_ITEMS]]
    if says(" ".join(said)):
        return []
    others = set(distinctive_terms(own)) - asked
    here = (likeliest.passage.doc_id, likeliest.passage.section)

    def text(b: Block) -> str | None:
        if len(b.units) == 1:
            return b.units[0].text
        return " ".join(u.text for u in b.units) if lists and b.intro is not None else None

    found = [b for b in blocks if (t := text(b)) is not None and b.prob >= point_min and says(t)
             and (anywhere or (b.passage.doc_id, b.passage.section) == here or others & set(content_terms(t)))]
    return sorted(found, key=lambda b: -b.prob)[:1]


def done_said(own: str, blocks: list[Block], point_min: float) -> list[Block]:
    """"Were the unions consulted?": the likeliest sentence that says it was done, in its own verb ("UNISON and
    GMB were consulted on 3 November 2026"), when it is likely enough, before one that only names who or what
    ("The unions asked for an annual review…")."""
    m = _DONE_POLAR.match(own)
    if m is None or not blocks:
        return []
    done = set(content_terms(m.group("done")))
    return likeliest_saying(own, blocks, point_min, lambda text: bool(done & set(content_terms(text))), done)


# "Is the speech analytics going to score me?", "will it track me?", "does the app record sound?": whether something
# does a thing, by its verb after the subject (a pronoun, or anything before "going to": no tagger tells where a
# subject like "the receiving party" ends and its verb begins).
_DOES_POLAR = re.compile(
    r"^\W*(?:and\s+|so\s+|but\s+)?(?:is|are|will|would|does|do|did|can|could|might|may)\s+"
    r"(?:(?:[\w'’-]+\s+){1,4}?(?:going|gonna|likely|meant|supposed)\s+to|it|they|he|she|"
    # (or anyone at all: "did anyone lose their job…?", "did anybody get sacked…?", whose verb is the participle)
    r"anyone|anybody|someone|somebody|everyone|everybody|no\s+one|nobody)\s+(?:(?:get|got|be|been)\s+)?"
    r"(?P<verb>[a-z]{3,})\b", re.I)
# Verbs that say nothing of their own, whose object is what such a question asks about
EMPTY_VERBS = frozenset(content_terms("be have get got do need want go make take use let give put keep come affect apply mean"))


def does_said(own: str, blocks: list[Block], point_min: float) -> list[Block]:
    """"Is the speech analytics going to score me?": the likeliest sentence that says whether it does that, in the
    question's verb ("The software does not score advisers…"), when it is likely enough and the likeliest does not
    say it ("From January 2027 speech analytics software will transcribe calls…"); of what was asked about (in the
    likeliest's section, or with another word of the question)."""
    m = _DOES_POLAR.match(own)
    if m is None or not blocks or set(content_terms(m.group("verb"))) <= EMPTY_VERBS:
        return []
    typed = m.group("verb").lower()
    verb = verb_forms(typed)
    stem = set(content_terms(typed))
    # …or a word it is searched as, other than the question's own ("lose their job" is searched as "redundancy";
    # its "job" is what is asked about); not in a sentence that asks or reports a question ("'Am I going to lose my
    # job?' was a common question"), whose answer comes after it
    searched_as = closest_searched(stem, own) - set(content_terms(own))

    def says(text: str) -> bool:
        return not ("?" in text or reports_question(text)) and (
            verb.search(text) is not None or bool(searched_as & set(content_terms(text))))

    return likeliest_saying(own, blocks, point_min, says, stem | searched_as)


def verb_forms(typed: str) -> re.Pattern[str]:
    """A verb as typed in its own forms ("score", "scores", "scored", "scoring"), not its stem's: "inform" is not
    "information"."""
    if re.search(r"[^aeiou]y$", typed):  # "notify": "notifies", "notified"
        return re.compile(rf"\b(?:{typed}(?:s|ing)?|{typed[:-1]}i(?:es|ed))\b", re.I)
    return re.compile(rf"\b(?:{typed}|{typed[:-1] if typed.endswith('e') else typed})(?:s|es|ed|d|ing)?\b", re.I)


# "Can the receiving party keep any confidential information…?", "may the council share my details…?": whether
# someone may do a thing to something, the subject's words up to the verb before what it is done to (a determiner
# tells where the subject ends, as no tagger here can).
_MAY_DO = re.compile(
    r"^\W*(?:and\s+|so\s+|but\s+)?(?:can|could|may|might|is|are)\s+(?:the|a|an|my|our|your|their|its|this|that)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?P<verb>[a-z]{3,})\s+(?:any|a|an|the|all|some|my|our|your|their|its|this|that|these|those|copies|"
    # (or whom or where: "can the new handheld device track where I am?", "can the app record me?")
    r"me|us|him|her|them|where|when|whether)\b", re.I)


def may_do_asked(own: str) -> tuple[Callable[[str], bool], set[str]] | None:
    """Of "can the receiving party keep any…?", "can my boss track me…?": whether a text says the act asked
    about, in the verb as typed or a word it is searched as ("track": "monitor", "surveillance"), and those
    terms; None when the question does not ask whether someone may do a thing. A verb that says little of its
    own ("keep", "use") counts only in the words it is searched as: "keep it confidential" is not keeping a copy."""
    m = _MAY_DO.match(own)
    if m is None:
        return None
    typed = m.group("verb").lower()
    stem = set(content_terms(typed))
    searched_as = closest_searched(stem, own) - stem
    verb = None if stem <= EMPTY_VERBS else verb_forms(typed)
    if verb is None and not searched_as:
        return None

    def says(text: str) -> bool:
        return (verb is not None and verb.search(text) is not None) or bool(searched_as & set(content_terms(text)))

    return says, stem | searched_as


def may_do_said(own: str, blocks: list[Block], point_min: float) -> list[Block]:
    """"Can the receiving party keep any confidential information after it has returned the rest?": the likeliest
    sentence that says it of that verb, or of a word it is searched as ("…may retain one copy…"), when the likeliest
    ("…must return or destroy all Confidential Information") does not (`may_do_asked`)."""
    asked = may_do_asked(own)
    if asked is None or not blocks:
        return []
    says, terms = asked
    return likeliest_saying(own, blocks, point_min, says, terms)


# "Who can watch the footage?", "who is allowed to see my file?": whoever may do an act, which the sentence that
# answers says in its verb or a word it is searched as ("Only officers authorised by the Head of Facilities may view
# recordings").
_WHO_MAY = re.compile(
    r"^\W*(?:and\s+|so\s+|but\s+)?who\s+(?:else\s+)?(?:can|could|may|might|(?:is|are)\s+(?:allowed|permitted|able)\s+to|"
    r"gets?\s+to)\s+(?P<act>[a-z]{3,})\b", re.I)


def who_may_said(own: str, blocks: list[Block], point_min: float) -> list[Block]:
    """"Who can watch the footage?": the likeliest sentence that says the act (watching, or viewing, as it is
    searched), when the likeliest does not ("Anyone who has been recorded may ask for a copy of the footage…"),
    wherever in the document it is: whoever may do the act is in the sentence that says it."""
    m = _WHO_MAY.match(own)
    if m is None or not blocks:
        return []
    says = _may_do(own, m.group("act").lower())
    if says is None:
        return []  # ("be", "have", "do")
    return likeliest_saying(own, blocks, point_min, says, set(), anywhere=True)


def _may_do(own: str, verb: str) -> Callable[[str], bool] | None:
    """Whether a text says someone may (or may not) do the act `verb` names, in its words or one it is searched as,
    after a modal ("may view recordings", "has the right to appeal"), not as a noun ("a subject access request")."""
    stems = set(content_terms(verb))
    if not stems:
        return None
    searched = stems | closest_searched(stems, own)
    acts = "|".join(sorted({re.escape(verb), *(re.escape(t) + r"\w*" for t in searched)}, key=len, reverse=True))
    may = re.compile(rf"\b(?:may|can|could|will|shall|must|(?:allowed|permitted|able|entitled|authori[sz]ed|right) to)\s+"
                     rf"(?:not\s+)?(?:\w+\s+)?(?:{acts})\b", re.I)

    def says(text: str) -> bool:
        return "?" not in text and may.search(text) is not None

    return says


# "Can I appeal?", "am I allowed to resign by email?", "do I have the right to refuse?": whether the asker may do an
# act, which the sentence that answers says after a modal ("An employee may appeal against any formal outcome…").
_I_MAY = re.compile(
    r"^\W*(?:and\s+|so\s+|but\s+)?(?:(?:can|could|may)\s+(?:i|we)|(?:am\s+i|are\s+we)\s+(?:allowed|able|entitled|permitted)\s+to|"
    r"do\s+(?:i|we)\s+have\s+(?:the\s+|a\s+)?right\s+to)\s+(?P<act>[a-z]{3,})\b", re.I)


def i_may_said(own: str, blocks: list[Block], point_min: float) -> list[Block]:
    """"Can I appeal?": the likeliest sentence that says one may do it ("7.1 An employee may appeal against any formal
    outcome…"), when the likeliest does not ("7.2 The appeal will be heard by a manager more senior…"). Not of an
    everyday act ("can I use…", "can I bring…"), whose verb too many sentences have."""
    m = _I_MAY.match(own)
    if m is None or not blocks or everyday_act(m.group("act")):
        return []
    may = _may_do(own, m.group("act").lower())
    if may is None:
        return []
    # (…and of what it is done to, if the question says: "can I appeal *the appeal decision*?" is not answered by "you
    # may appeal … the outcome", but by "The decision of the appeal panel is final.")
    done_to = set(distinctive_terms(own[m.end():])) - set(content_terms(m.group("act")))
    done_to |= closest_searched(done_to, own)

    def says(text: str) -> bool:
        return may(text) and (not done_to or bool(done_to & set(content_terms(text))))

    return likeliest_saying(own, blocks, point_min, says, set(), anywhere=True)


def must_do_said(own: str, blocks: list[Block], point_min: float) -> list[Block]:
    """"Does the receiving party have to notify the other side if it is required by law…?", "is the supplier required
    to delete our data?", "are they allowed to record my calls?": the likeliest sentence that says the act asked about,
    in its verb as typed or a word it is searched as ("…shall notify the Disclosing Party in writing…", "…give written
    notice…"), when the likeliest does not ("3.2 The Receiving Party … shall be entitled to disclose … required by
    law…"). The act as `questions.asked_acts` reads it; none for an everyday act ("give", "tell"), whose words say
    too little of their own."""
    asked = asked_act_said(own)
    if asked is None or not blocks:
        return []
    says, terms = asked
    return likeliest_saying(own, blocks, point_min, says, terms, lists=True)


# "Can the receiving party share confidential information with its employees?", "…with outside parties such as
# consultants, agents or professional advisers?", "will they pass my details to the police?": to whom it may go.
# (asked whether it may: "do you share my data with third parties?" asks what a privacy notice says is done)
_SHARE_Q = re.compile(r"^\W*(?:and\s+|so\s+)?(?:can|could|may|might|is|are)\b.{0,60}?"
                      r"\b(?:share|disclose|pass|show|hand)\b.{0,60}?\b(?:with|to)\s+(?P<whom>[^?]{3,120})", re.I)
# A sentence that says to whom something may go: "…may disclose … to its employees…", "…shall be given only to
# those of its employees who…", "…share it with…", "…make it available to…".
# (the verb in lower case: "the Disclosing Party" is a name, not a disclosure)
_GOES_TO = re.compile(r"\b(?:(?-i:disclos\w*)|shar(?:e|es|ed|ing)|provid(?:e|es|ed|ing)|made\s+available|make\s+available|"
                      r"access\b[^.;]{0,40}\bgiven|permit\w*\s+access|pass(?:es|ed)?\s+on|releas\w*)\b", re.I)


def shared_with_said(own: str, blocks: list[Block], point_min: float) -> list[Block]:
    """"Can the receiving party share confidential information with its employees?": the likeliest sentence that
    says something may go to them, or to others the question names ("…may disclose Confidential Information to its
    directors, employees, consultants and advisers who need to know…"), when the likeliest does not ("Neither party
    shall have any obligation to limit the assignment of its employees or consultants…", "…to prevent disclosure
    of the Confidential Information…")."""
    m = _SHARE_Q.search(own)
    if m is None or not blocks:
        return []
    # (not a word every clause of a contract has: "parties", "information")
    whom = set(distinctive_terms(m.group("whom"))) - set(content_terms("information data details confidential party parties"))
    whom |= closest_searched(whom, own)
    if not whom:
        return []

    def says(text: str) -> bool:
        return "?" not in text and _GOES_TO.search(text) is not None and bool(whom & set(content_terms(text)))

    return likeliest_saying(own, blocks, point_min, says, whom)


# "What will the company do if they make changes to the privacy policy?", "what happens when my contract ends?":
# what follows a condition.
_IF_ASKED = re.compile(r"^\W*(?:and\s+|so\s+)?(?:what|how)\b[^?]{0,40}?\b(?:if|when|once|after)\s+(?P<cond>[^?]{4,100})", re.I)
# A sentence that sets a condition: "If we intend to apply the modifications…", "When the agreement ends…", "In the
# event that…", "Where a court requires…", "Should…".
# ("on" only of an event: "on leaving", "on termination of…", not "on the technical name of…")
_SETS_CONDITION = re.compile(r"\b(?:if|when|whenever|once|where|in\s+the\s+event(?:\s+that)?|should|upon|"
                             r"on(?=\s+(?:\w+ing|(?:the\s+)?(?:termination|expiry|expiration|end|completion|receipt|request))\b))"
                             r"\b(?P<cond>[^.;:,]{3,120})", re.I)  # (to its comma: "If X, we will…" sets X, not what follows)
# …or a sentence whose subject is what the condition is of: "A breach of this policy may lead to…" of "what happens if
# I break the rules?"
_SUBJECT = re.compile(r"^\W*(?:\d+(?:\.\d+)*\.?\s+)?(?P<cond>(?:\S+\s+){1,6}?)(?:may|will|can|could|shall|must|would|is|are|leads?|means?)\b", re.I)


def condition_said(own: str, blocks: list[Block], point_min: float) -> list[Block]:
    """"What will the company do if they make changes to the privacy policy?": the likeliest sentence that sets the
    condition asked about, in a word of it or one it is searched as ("If we intend to apply the modifications or
    amendments to this privacy policy…, we will provide you with notice…"), when the likeliest does not ("If you have
    questions about our privacy policy, you may contact us…", whose condition is another)."""
    m = _IF_ASKED.search(own)
    if m is None or not blocks:
        return []
    # (the kind of document it names says which document, not which condition: "…changes to the privacy
    # *policy*", of a policy whose every other condition is of it, "If you have questions about our privacy policy…")
    named = set(distinctive_terms(m.group("cond")))
    cond = (named - DOCUMENT_KINDS) or named
    if not cond:
        return []
    closest = closest_synonyms(own)
    searched = cond | closest_searched(cond, own)

    def held(words: set[str]) -> int:  # of the question's condition words, those a condition has, or one it is searched as
        return sum(1 for t in cond if t in words or closest.get(t, set()) & words)

    def says(text: str) -> bool:
        # (the condition holds most of the words the question's does, in its words or those they are searched as)
        conditions = [*_SETS_CONDITION.finditer(text), *filter(None, [_SUBJECT.match(text)])]
        best = max((held(set(content_terms(c.group("cond")))) for c in conditions), default=0)
        return "?" not in text and 2 * best > len(cond)

    return likeliest_saying(own, blocks, point_min, says, searched)


def asked_act_said(own: str) -> tuple[Callable[[str], bool], set[str]] | None:
    """For a question of may or must ("does the receiving party have to *notify*…?", `questions.asked_acts`): a test
    of whether a text says the act, in its verb as typed or a word it is searched as, and those terms; None for
    other questions and for everyday acts."""
    found = asked_acts(own)
    if found is None:
        return None
    verbs = [alt.split()[0].lower() for alt in found[1] if alt.split()]
    stems = set().union(*(content_terms(v) for v in verbs)) if verbs else set()
    # (not a word the question has for something else: "notify" is searched as "inform", and "confidential
    # information" is in every clause)
    searched_as = closest_searched(stems, own) - set(content_terms(own))
    forms = [verb_forms(re.escape(v)) for v in verbs]

    def says(text: str) -> bool:
        return "?" not in text and (any(f.search(text) for f in forms) or bool(searched_as & set(content_terms(text))))

    return says, stems | searched_as


def abstention_reads(own: str, blocks: list[Block], point_min: float) -> list[Block]:
    """The likeliest sentence that says what the abstention checks a document speaks of, for the questions it
    checks that way, when the likeliest does not: "is the receiving party allowed to tell anyone that this agreement
    exists?" (its existence, the fact of it: "…the existence of the discussions between Company and Kaplan…"), "does
    information have to be marked or identified as confidential…?" (marking it so: "…designated as being
    confidential…"), "does the agreement give the receiving party a licence…?" (a licence, rights granted,
    ownership: "No right or licence is granted…"). What declines the question where none is said answers it where
    one is."""
    if not blocks:
        return []
    marking = marked_as_asked(own)
    says = existence_asked(own) or (marking[2] if marking is not None else None) or licence_asked(own)
    return [] if says is None else likeliest_saying(own, blocks, point_min, says, set())


def made_said(own: str, blocks: list[Block], point_min: float) -> list[Block]:
    """"Is the receiving party allowed to make copies…?": the likeliest sentence that speaks of making them
    (`abstain.making_said`: "Not to copy Confidential Information without…", "must not be reproduced…"), when the
    likeliest speaks only of the copies ("…shall return all copies…")."""
    says = making_said(own)
    if says is None or not blocks:
        return []
    return likeliest_saying(own, blocks, point_min, says, set())


def received_elsewhere_said(own: str, blocks: list[Block], point_min: float) -> list[Block]:
    """"Can the receiving party get similar information from a third party without breaching the agreement?": the
    likeliest sentence that says what was received from elsewhere ("(c) is rightfully received by the Receiving Party
    from a third party without restriction…"), when the likeliest does not (a clause on the care to take)."""
    if FROM_ELSEWHERE_Q.search(own) is None or not blocks:
        return []
    return likeliest_saying(own, blocks, point_min, lambda text: FROM_ELSEWHERE.search(text) is not None, set())


def manner_said(own: str, blocks: list[Block], point_min: float) -> list[Block]:
    """"Does information that is shared verbally count as confidential information?": the likeliest sentence that
    names the manner, as typed or as a word it is searched as ("…whether orally, in writing, digitally or…"), when
    the likeliest does not (a clause on who may see the information)."""
    manner = manner_asked(own)
    if manner is None or not blocks:
        return []
    stem = set(content_terms(manner[0]))
    named = stem | set().union(*(synonyms(own).get(t, set()) for t in stem))
    return likeliest_saying(own, blocks, point_min, lambda text: bool(named & set(content_terms(text))), named)


# "Can the receiving party use the information for anything other than the purpose?", "will you use my data for any
# other reason?", "can I use the work phone for anything else?": whether a use is limited.
_OTHER_USE = re.compile(r"\b(?:use|using)\b.{0,80}?\b(?:anything|something|any(?:thing)?\s+(?:other|else)|other)\b"
                        r"(?:\s+(?:purposes?|reasons?|things?|ways?))?\s*(?:other\s+than|else|besides|apart\s+from|\W*$)", re.I)
# A sentence that limits a use: a form of "use" and a word that bounds it ("shall only use…", "not to use … except for
# the Purpose", "used solely for…", "not use or exploit … other than the Permitted Purpose").
_USE = re.compile(r"\b(?:use|uses|used|using)\b", re.I)
_ALLOWED = re.compile(r"\b(?:allowed|permitted|may|can)\b", re.I)
_BOUNDS = re.compile(r"\b(?:only|solely|exclusively|strictly|except|other\s+than|save\s+for|limited\s+to|no\s+other|not)\b", re.I)


# Asked yes or no whether a thing may be used for a purpose: "can they use the tracker to check how I drive?", "can
# footage be used in a disciplinary?"
_USE_FOR_Q = re.compile(r"\b(?:use|using)\s+(?:[\w'’-]+\s+){0,4}?(?:to|for|in|against)\b|"
                        r"\bbe(?:ing)?\s+used\s+(?:to|for|in|against|as)\b", re.I)


def _says_use_limited(own: str, purpose: bool = True) -> Callable[[str], bool] | None:
    """Of "can the receiving party use … for anything other than the purpose?" or (`purpose`) "can they use the tracker
    to check how I drive?": whether a text bounds the use (or, of a use for a purpose, allows it); None for other
    questions."""
    other = _OTHER_USE.search(own) is not None
    if not (other or (purpose and asks_yes_or_no(own) and _USE_FOR_Q.search(own))):
        return None

    def says(text: str) -> bool:
        # (of a use for a purpose, one allowed answers too: "Reasonable personal use of email … is allowed.")
        bound = _BOUNDS.search(text) is not None or (not other and _ALLOWED.search(text) is not None)
        return _USE.search(text) is not None and bound and "?" not in text

    return says


def act_asked_said(own: str) -> Callable[[str], bool] | None:
    """Whether a text says the act a question of may, must or use asks about (`may_do_asked`, `asked_act_said`, a
    use bounded): a test for a lead that other rules would put aside for sharing only the document's words; None for
    questions of no act. (Of a use for a purpose, "…to check how hard I'm working?", a bound on any use is not
    enough: the purpose is what is asked.)"""
    limited = _says_use_limited(own, purpose=False)
    if limited is not None:
        return limited
    asked = may_do_asked(own) or asked_act_said(own)
    return asked[0] if asked is not None else None


def use_limited_said(own: str, blocks: list[Block], point_min: float) -> list[Block]:
    """"Can the receiving party use the confidential information for anything other than the purpose stated?": the
    likeliest sentence that bounds the use ("The Receiving Party shall only use the Confidential Information for the
    Disclosure Purpose"), when the likeliest does not (a clause on notice, on survival, on who may see it). The same
    for whether it may be used for a purpose: "can they use the tracker to check how I drive?" is answered by
    "Telematics data will not be used to monitor the performance of individual drivers, except…", not by "Drivers
    must carry out a walkaround check…"."""
    says = _says_use_limited(own)
    if not blocks or says is None:
        return []
    return likeliest_saying(own, blocks, point_min, says, set(content_terms("use")))
