"""Which persona framing fits a question, and how many points an answer may show.

A manager's roll-out checklist and a rep's points to raise frame only the questions
they answer: what to do before a roll-out on the employer's own side, what to
raise with the employer. Any other question from them gets the plain answer a
worker gets (same facts, same citations), with the worker's ceiling of points.
The framing templates are in `prompts/personas/`.

Left out: a learned classifier of question kinds (a few hundred dev questions
carry no persona-intent labels); these are word patterns of general English.
"""

from __future__ import annotations

import re

from assistant.answer.units import asks_duty

POINT_BUDGET = {"worker": 3, "manager": 7, "rep": 7}  # supporting points after the lead, at most

# What a manager's or a rep's framing answers: a question about what must be done
# before a roll-out, or about what to raise with the employer. Any other question
# gets the plain answer a worker gets (same facts, same citations), without a
# checklist heading or "points to raise" over a fact it was only asked for.
_MANAGER_FRAME = re.compile(
    r"\b(roll(?:ing|ed|s)?[- ]?outs?|introduc\w*|implement\w*|deploy\w*|bring(?:ing)? in|adopt\w*|checklist)\b", re.I
)
# "…before…", "what steps…", "how do we plan…" said of the employer's own side.
_MANAGER_PLAN = re.compile(r"\b(before|plan\w*|steps?|prepar\w*)\b", re.I)
# "Should we…?", "do I need to…?", "we must…": what the asker's own side has to do.
_OWN_DUTY = re.compile(r"\b(should|must|need|have) (we|I)\b|\bdo (we|I) (?:need|have|ought)\b|\b(we|I) (must|should|need to|have to|ought to)\b", re.I)
_OWN_SIDE = re.compile(r"\b(we|us|our|employers?|council|organi[sz]ation|managers?|management)\b", re.I)
_REP_FRAME = re.compile(
    # ("consultants" and "consultancy" are people and firms, not consulting)
    r"\b(ask (?:for|about|them)|raise|put to|consult(?:s|ed|ing|ation|ations)?|negotiat\w*|in writing|bargain\w*|push for|"
    r"demand|challenge)\b", re.I
)
# What the asker must do themself ("do I need to consent…?", "what should I do if I want to opt out?"): no
# point to raise with an employer.
_MY_DUTY = re.compile(r"\b(?:should|must|need|have|ought) I\b|\bdo I (?:need|have|ought)\b|\bI (?:must|should|need to|have to|ought to)\b", re.I)


# A duty question is the employer's when it is about the employer or the asker's own
# side ("can they just do that?", "what must we do…"), not about a party of a
# document ("can the receiving party share…?").
_EMPLOYER_SIDE = re.compile(
    r"\b(employers?|council|managers?|boss|management|organi[sz]ation|they|them|we|us|our|I|my)\b", re.I
)


def about_roll_out(question: str) -> bool:
    """Is the question about bringing something in ("before rolling out…", "introducing…")?
    A manager's "what must I do when someone comes back from sick leave?" is framed as what
    they must do, not as a roll-out."""
    return bool(_MANAGER_FRAME.search(question))


# A question after one fact: "when do we need to get agenda items in?", "who has to sign it off?", or
# after what was done: "were the unions consulted?".
_FACT_ASKED = re.compile(
    r"^\W*(?:and |so |but )?(?:when|who|whom|whose|where|which|how (?:many|much|long|often|soon|quickly|fast)|was|were|did|"
    # …or after whether something has happened: "has the consultation started?"
    r"has|have)\b", re.I
)


def persona_frames(persona: str, question: str) -> bool:
    """Does the persona's framing (the manager's roll-out checklist, the rep's
    points to raise) fit this question? The worker's framing always does; a question
    after one fact ("when do we need to…?") gets the plain answer from anyone."""
    if persona != "worker" and _FACT_ASKED.match(question):
        return False
    employer_duty = asks_duty(question) and bool(_EMPLOYER_SIDE.search(question))
    if persona == "manager":
        return (
            employer_duty
            or bool(_MANAGER_FRAME.search(question) or _OWN_DUTY.search(question))
            or bool((_MANAGER_PLAN.search(question) or _REP_FRAME.search(question)) and _OWN_SIDE.search(question))
        )
    if persona == "rep":
        return (employer_duty and not _MY_DUTY.search(question)) or bool(_REP_FRAME.search(question))
    return True


def point_budget(persona: str, framed: bool) -> int:
    """The most supporting points an answer shows: a manager's checklist and a rep's
    points may run to 7 items; a question their framing doesn't fit (`framed`, from
    `persona_frames`) gets the plain answer, with the worker's ceiling of 3."""
    return POINT_BUDGET.get(persona if framed else "worker", POINT_BUDGET["worker"])
