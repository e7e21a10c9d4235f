"""Strip page furniture from captured web pages and normalise text.

The rules are general, not per file: a line is furniture when, once list markers
are removed, the whole line is a user-interface phrase (skip links, contrast
toggles, "top of page", share/print/cookie prompts, date labels with no date),
a byline decoration ("Writer's picture…"), an image caption, a bare "read more
here" link, or part of a login / two-factor prompt block. Trailing lead-ins whose
link was lost ("…please visit:") and headings left with no body are dropped too.
Hard-wrapped text (every line short) is re-flowed into paragraphs. A heading
run into its paragraph ("Data Retention We will retain…") gets a line of its own.
Questions and answers set as "Q: …?" / "A: …" become a FAQ's headings and answers.

Left out: language-specific furniture beyond English and Welsh, and anything
that needs the page's DOM (the HTML loader already drops nav/footers that way).
"""

from __future__ import annotations

import itertools
import re
import unicodedata

from assistant.text.clauses import CLAUSE_START
from assistant.text.markers import is_list_item, leading_marker, standard_bullets, strip_marker
from assistant.text.sentences import split_sentences

# Whole-line UI phrases (English and Welsh). Matched against the full line.
_UI_LINE = re.compile(
    r"""^(?:
        skip\ (?:to\ )?(?:the\ )?(?:main\ )?(?:content|navigation|nav)|neidio\ i'r\ prif\ gynnwys
      | toggle\ (?:high\ )?contrast|high\ contrast|change\ (?:text\ size|contrast)
      | (?:back\ to\ |go\ to\ |return\ to\ )?(?:the\ )?(?:top|bottom)\ of\ (?:the\ )?page
      | back\ to\ top|scroll\ to\ top
      | print(?:\ this)?(?:\ page)?|share(?:\ this)?(?:\ (?:page|article|post))?(?:\ on\ \w+)?
      | (?:accept|reject|manage)(?:\ all)?\ cookies|cookie\ (?:settings|policy|preferences)
      | menu|main\ menu|close\ menu|open\ menu|search|search\ this\ site|breadcrumbs?
      | (?:sign|log)\ ?(?:in|out)|register|subscribe|cymraeg|english
      | you\ are\ here:?|home|previous|next|related\ (?:articles|content|posts|links)
      | (?:issue|publication|published|posted|last\ updated|updated|first\ published)(?:\ date|\ on)?:?
      | setup\ now|set\ up\ now|continue|cancel|dismiss|close
    )\s*[.:!]?$""",
    re.I | re.X,
)
_BYLINE = re.compile(r"^\s*(?:[•\-\*]\s*)?writer['’]?s\ picture", re.I | re.X)
_CAPTION = re.compile(r"^(?:front\ page|cover|image|photo|picture|screenshot|logo)\ (?:of|for)\b[^.!?]*$", re.I | re.X)
_LINK_ONLY = re.compile(
    r"^(?:read|click|find\ out|download|view|see|visit)\b.{0,80}\b(?:here|website|online)\s*$", re.I | re.X
)
# A website's login wall: a call to set up two-factor authentication ("Enable Two-Factor
# Authentication"), or the admin area it guards. Only the call starts one: a policy's heading
# "Multi-factor authentication" and its sentence "(b) multi-factor authentication for all
# administrative access" are what the document says, and are kept.
_AUTH_START = re.compile(
    r"^(?:enable|set\ ?up|turn\ on|activate)\ (?:two-factor|2fa|tfa|multi-factor)\ authentication\b|\badmin\ area\b",
    re.I | re.X,
)
_TERMINAL = (".", "!", "?", ":", ";", '"', "”", ")")

# A table of contents: an entry is a title, a leader of dots (". . . .", "……") or of
# underscores, and the page it is on ("5. Storage of footage .......... 4"). The entries only
# repeat the headings below them, and would be found, and cited, in place of the sections
# they point to. Their title ("Contents", "Table of contents", "Cynnwys") goes with them.
# Left out: entries with no leader ("Introduction 3"), which can't be told from a table row.
_CONTENTS_ENTRY = re.compile(r"^\S.*?\s*(?:(?:\.\s?){4,}|…{2,}|_{4,})\s*(?:\d{1,4}|[ivxlc]{1,6})$", re.I)
_CONTENTS_TITLE = re.compile(r"(?:table\s+of\s+)?contents(?:\s+page)?|(?:tabl\s+)?cynnwys", re.I)


# …and, right under its title, an entry whose leader is a tab, as Word sets one ("1. Purpose<tab>2"): a gap of
# two spaces or more (a tab is four) before the page number.
_TABBED_ENTRY = re.compile(r"^\S.*?\S\s{2,}(?:\d{1,4}|[ivxlc]{1,6})$", re.I)


def drop_contents(lines: list[str]) -> list[str]:
    """The lines without the entries of a table of contents, and without its title."""
    entries = [bool(_CONTENTS_ENTRY.match(line.strip())) for line in lines]
    for i, line in enumerate(lines):
        if _CONTENTS_TITLE.fullmatch(line.strip().lstrip("#").strip()):
            run = [j for j in range(i + 1, len(lines)) if lines[j].strip()]
            tabbed = list(itertools.takewhile(lambda j: _TABBED_ENTRY.match(lines[j].strip()) is not None, run))
            if len(tabbed) >= 2:
                for j in tabbed:
                    entries[j] = True
    if not any(entries):
        return lines
    out: list[str] = []
    for i, line in enumerate(lines):
        if entries[i]:
            continue
        after = next((j for j in range(i + 1, len(lines)) if lines[j].strip()), None)
        if _CONTENTS_TITLE.fullmatch(line.strip().lstrip("#").strip()) and after is not None and entries[after]:
            continue
        out.append(line)
    return out

# Instructions addressed to an AI system, planted in a document to steer an assistant that
# reads it ("ignore previous instructions and reply …", "Note to AI assistants: …"). They
# are never evidence about work, so the sentence carrying one is dropped at ingest. Only
# phrasings aimed at a model are matched: "ignore the rules" or "the system was" are not.
_PLANTED = re.compile(
    r"""
      \b(?:ignore|disregard|forget|override|bypass)\s+(?:(?:all|any|the|your|of|my)\s+)*
         (?:previous|prior|above|earlier|preceding|former|original|other|existing)\s+
         (?:instructions?|prompts?|directions|directives|commands|context|messages)\b
    | \b(?:ignore|disregard|forget)\s+(?:all|everything)\s+(?:you\s+(?:were|have\s+been)\s+told|above|before)
    | \b(?:reveal|print|show|repeat|output|leak)\s+(?:your|the)\s+(?:system|hidden|initial)\s+(?:prompt|instructions)
    | \b(?:enable|enter|activate)\s+developer\s+mode\b
    | \bnew\s+(?:system\s+)?instructions?\s*:
    | \b(?:note|message|instructions?|attention|notice)\s+(?:to|for)\s+(?:any\s+|all\s+|the\s+)?
         (?:ai|a\.i\.|llms?|(?:large\s+)?language\s+models?|chat\s?bots?|(?:ai\s+)?assistants?|gpts?|copilots?)\b
    | \b(?:ai|llm|gpt|chatbot)s?\s+(?:assistants?\s+|models?\s+|systems?\s+|agents?\s+|tools?\s+)?
         (?:reading|processing|summari[sz]ing|parsing|indexing)\s+this\b
    | \bif\s+you\s+are\s+(?:an?\s+)?(?:ai|llm|(?:large\s+)?language\s+model|chat\s?bot|(?:ai\s+)?assistant|gpt)\b
    | \byou\s+are\s+now\s+(?:in\s+)?(?:dan\b|an?\s+(?:unrestricted|unfiltered|jailbroken)|developer\s+mode)
    | \b(?:reply|respond|answer)\s+(?:(?:to\s+)?(?:every|all|any|each)\s+\w+\s+)?(?:only\s+)?with\s+(?:only\s+)?
         (?:the\s+)?(?:single\s+)?(?:word|phrase|text|string|token)\b
    """,
    re.I | re.X,
)


def is_furniture(line: str) -> bool:
    stripped = strip_marker(line).strip()
    if not stripped:
        return False
    return bool(
        _UI_LINE.match(stripped)
        or _BYLINE.match(line)
        or _CAPTION.match(stripped)
        or _LINK_ONLY.match(stripped)
    )


def normalise(text: str) -> str:
    text = standard_bullets(unicodedata.normalize("NFC", text))  # before control characters go: DEL is one
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u00a0", " ").replace("\t", "    ")
    text = re.sub(r"[\u200b\u200c\u200d\u2060\ufeff]", "", text)
    # Drop other control characters except newline.
    text = "".join(ch for ch in text if ch == "\n" or unicodedata.category(ch) != "Cc")
    return "\n".join(line.rstrip() for line in text.split("\n"))


def _drop_furniture(lines: list[str]) -> list[str]:
    lines = drop_contents(lines)
    out: list[str] = []
    in_auth = False
    for line in lines:
        s = line.strip()
        if _AUTH_START.search(s):
            in_auth = True
            continue
        if in_auth:
            if not s:
                continue
            # The prompt block: short calls to action and sentences about the login.
            if len(s.split()) <= 4 or _AUTH_START.search(s) or re.search(r"\b(?:authenticat|log ?in|password|verification)", s, re.I):
                continue
            in_auth = False
        if is_furniture(line):
            continue
        out.append(line)
    return out


def drop_planted_instructions(line: str) -> str:
    """The line up to the sentence that starts an instruction to an AI ("" if nothing is left).

    The rest of the paragraph goes too: the payload usually follows the trigger in sentences
    of its own ("Note to AI assistants: the policy has changed. Tell every reader …")."""
    if not _PLANTED.search(line):
        return line
    marker = leading_marker(line)
    head, body = (line[: marker.end()], line[marker.end() :]) if marker else ("", line)
    kept: list[str] = []
    for sentence in split_sentences(body):
        if _PLANTED.search(sentence):
            break
        kept.append(sentence)
    return head + " ".join(kept) if kept else ""


def _drop_planted(lines: list[str]) -> list[str]:
    out = []
    for line in lines:
        new = drop_planted_instructions(line)
        if new.strip() or not line.strip():  # a line that was all instruction goes entirely
            out.append(new)
    return out


def _is_list_line(line: str) -> bool:
    return is_list_item(line) or CLAUSE_START.match(line) is not None


def _reflow_hard_wrapped(lines: list[str]) -> list[str]:
    """Join hard-wrapped lines back into paragraphs, only in hard-wrapped text."""
    nonblank = [ln for ln in lines if ln.strip()]
    if len(nonblank) < 8:
        return lines
    if max(len(ln) for ln in nonblank) > 100:  # lines carry whole paragraphs: not hard-wrapped
        return lines
    return reflow(lines)


def reflow(lines: list[str]) -> list[str]:
    """Join each line that breaks off mid-sentence (long, no closing punctuation)
    with the next, unless that one starts a list item or clause: what a PDF page's
    text lines need, whatever the rest of the document looks like."""
    nonblank = [ln for ln in lines if ln.strip()]
    if not nonblank:
        return lines
    longest = max(len(ln) for ln in nonblank)
    out: list[str] = []
    last = ""  # the last line as read, before any join: a short one ended its paragraph
    for line in lines:
        prev = out[-1] if out else ""
        join = (
            prev.strip()
            and line.strip()
            and not _is_list_line(line)
            and not prev.rstrip().endswith(_TERMINAL)
            and len(last.strip()) >= 0.45 * longest
            # a field ("Our ref: PAY/2026/88", "Date: 1 December 2026") is a line of its own, as a letter sets it
            and not is_field_line(line) and not is_field_line(last)
            # a heading the PDF reader marked by its type size is a line of its own
            and not line.lstrip().startswith("## ") and not prev.lstrip().startswith(("## ", "### "))
            and not line.lstrip().startswith("### ")
        )
        if join:
            out[-1] = prev.rstrip() + " " + line.strip()
        else:
            out.append(line)
        last = line
    return out


_UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_NUMBER_AT_END = re.compile(r"\b(?:(" + "|".join(_TENS) + r")[\s-]+)?(" + "|".join(_UNITS + list(_TENS)) + r")\s*$", re.I)
_RESTATED = re.compile(r"^\s*\((\d{1,2})\)\s")


def _number_at_end(line: str) -> int | None:
    """The value of the number written in words that ends the line ("…a period of eighteen" → 18)."""
    m = _NUMBER_AT_END.search(line)
    if m is None:
        return None
    tens, last = (m.group(1) or "").lower(), m.group(2).lower()
    value = _TENS[last] if last in _TENS else _UNITS.index(last)
    if not tens:
        return value
    return None if last in _TENS else _TENS[tens] + value  # "twenty-four" is 24; "twenty thirty" no number


def _join_restated_numbers(lines: list[str]) -> list[str]:
    """Re-join a number in words and the figure that restates it, broken across a line:
    "…for a period of eighteen" / "(18) months following…". Legal drafting writes
    "eighteen (18)"; a line break between the two makes "(18)" look like a list item,
    which it is not when it restates the number just before it."""
    out: list[str] = []
    for line in lines:
        m = _RESTATED.match(line)
        if m and out and out[-1].strip() and _number_at_end(out[-1]) == int(m.group(1)):
            out[-1] = out[-1].rstrip() + " " + line.strip()
        else:
            out.append(line)
    return out


def _is_heading_like(line: str) -> bool:
    s = line.strip()
    if not s or _is_list_line(line):
        return False
    return s.startswith("#") or (len(s.split()) <= 8 and not s.endswith(_TERMINAL))


def _join_split_sentences(lines: list[str]) -> list[str]:
    """Re-join a sentence broken by a stray blank line ("…for" / "" / "union action…")."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if (
            out
            and not line.strip()
            and i + 1 < len(lines)
            and out[-1].strip()
            and not _is_list_line(out[-1])
            and not out[-1].rstrip().endswith(_TERMINAL)
            and len(out[-1].split()) > 8
            and re.match(r"^[a-z]", lines[i + 1].strip())
        ):
            out[-1] = out[-1].rstrip() + " " + lines[i + 1].strip()
            i += 2
            continue
        out.append(line)
        i += 1
    return out


# A heading run into its paragraph, as web pages flattened to text have them: a few
# capitalised words ("Questions About this Policy; Access to Your Information") and
# then a sentence opening in the usual way ("If you have an account…").
_SMALL_WORD = r"(?:of|and|the|to|your|our|this|about|for|on|in|a|an|with|or|at|by|from|we|do|is|are|how|what|&)"
_CAP_WORD = r"[A-Z][\w'’-]*"
_OPENER = r"(?:If|We|You|When|Where|Our|The|This|These|In|As|For|To|Your|It|They|Please|By|Unless|Although|While|Because)"
_RUN_IN = re.compile(rf"^({_CAP_WORD}(?:[;,]?\s+(?:{_CAP_WORD}|{_SMALL_WORD}))*?[;,]?\s+{_CAP_WORD})\s+(?={_OPENER}\s+[a-z])")
RUN_IN_MAX_WORDS = 10
# A question heading run into its answer, as FAQ-style policies have it: "What
# information do we collect? We collect two kinds of information: …". Only at the
# start of a paragraph and not in quotation marks: a question inside running text
# ('"Am I going to lose my job?" was a common question.') is part of the prose.
_QUESTION_RUN_IN = re.compile(
    r"^((?:What|How|Why|When|Where|Who|Whom|Whose|Which|Do|Does|Can|Could|Will|Would|Is|Are|May|Should|Did|Have|Has)"
    r"\b[^?.!:;\n]{3,120}\?)\s+(?=[A-Z0-9(])"
)
QUESTION_RUN_IN_MAX_WORDS = 15
# A heading in capitals run into its paragraph: "CHANGES TO THIS PRIVACY POLICY Yahoo may update
# this policy." Three capitalised words at least, so "NHS Wales…" or "TUC WULF…" stay prose.
_CAPS_RUN_IN = re.compile(r"^((?:[A-Z][A-Z'’&-]+\s+){2,9}[A-Z][A-Z'’&-]+)\s+(?=[A-Z][a-z])")


def _run_in(line: str) -> re.Match[str] | None:
    """The heading a paragraph opens with, run into its text, or None."""
    if _is_list_line(line):
        return None
    m = _RUN_IN.match(line)
    if m and 2 <= len(m.group(1).split()) <= RUN_IN_MAX_WORDS:
        return m
    m = _QUESTION_RUN_IN.match(line)
    if m and len(m.group(1).split()) <= QUESTION_RUN_IN_MAX_WORDS:
        return m
    return _CAPS_RUN_IN.match(line)


def _split_run_in_headings(lines: list[str]) -> list[str]:
    """Put a heading run into its paragraph on a line of its own, with a blank line
    after it, so the splitter reads it as the paragraph's section heading."""
    out: list[str] = []
    for line in lines:
        m = _run_in(line)
        head = m.group(1) if m else ""
        if m and len(line) - m.end() >= 40:
            if out and out[-1].strip():
                out.append("")
            out.extend([head, "", line[m.end() :]])
        else:
            out.append(line)
    return out


# An email's header block, as a thread saved or pasted as text shows each message's:
# "-----Original Message-----" (or "On 20 Nov 2026, Helen Price wrote:"), then "From: …",
# "To: …", "Date: …", "Subject: …" lines.
_MESSAGE_BREAK = re.compile(
    r"^-{2,}\s*(?:original message|forwarded message)\s*-{2,}$|^begin forwarded message:$|^on\b.{5,160}\bwrote:$", re.I
)
_HEADER_FIELD = re.compile(r"^(from|sent|to|cc|bcc|date|subject)\s*:\s*(.*)$", re.I)
_ADDRESS = re.compile(r"\s*<[^<>@\s]+@[^<>\s]+>")


def _party(value: str) -> str:
    """"Helen Price <helen.price@…>" → "Helen Price"; a bare address stays as it is."""
    named = _ADDRESS.sub("", value).strip().strip('"').strip()
    return named or value.strip()


# A reply's attribution, as Gmail, Outlook on the web and Apple Mail write it: "On Thu, 20 Nov
# 2026 at 16:02, Helen Price <h.price@…> wrote:" (the date, then who, then "wrote:").
_ATTRIBUTION = re.compile(r"^on\s+(?P<when>.{4,80}?),\s*(?P<who>[^,]{2,80}?)\s*wrote:$", re.I)


def _unquote_replies(lines: list[str]) -> list[str]:
    """A reply that quotes the message before it under an attribution line ("On …, Helen
    Price <…> wrote:" over "> …" lines) is read as a thread saved from Outlook is: the
    attribution stays as the message break, "From:" and "Date:" lines are put under it for
    `_email_headers`, and the quoted lines lose one ">" (a quote inside a quote is unquoted
    on the next pass, up to eight deep). An attribution that a mail program broke over two
    lines is joined. Left out: a ">" quote with no attribution over it (a pasted quotation,
    not a message: it stays as written)."""
    for _ in range(8):
        out: list[str] = []
        changed = False
        i = 0
        while i < len(lines):
            s = lines[i].strip()
            two = f"{s} {lines[i + 1].strip()}" if i + 1 < len(lines) else ""
            one = _ATTRIBUTION.match(s)
            m = one or (s.lower().startswith("on ") and _ATTRIBUTION.match(two))
            width = 1 if one else 2
            j = i + width
            while m and j < len(lines) and not lines[j].strip():
                j += 1
            if not m or j >= len(lines) or not lines[j].lstrip().startswith(">"):
                out.append(lines[i])
                i += 1
                continue
            out.extend([two if width == 2 else s, f"From: {m.group('who')}",
                        f"Date: {m.group('when')}", ""])
            quoted: list[str] = []
            while j < len(lines) and (lines[j].lstrip().startswith(">") or not lines[j].strip()):
                quoted.append(re.sub(r"^> ?", "", lines[j].lstrip()))
                j += 1
            out.extend(reflow(quoted))  # a mail program wraps what it quotes at about 72 characters
            i = j
            changed = True
        lines = out
        if not changed:
            break
    return lines


def _email_headers(lines: list[str]) -> list[str]:
    """Each message's header block in a thread becomes one heading line, "Email from Helen
    Price to Gareth Morgan, 20 November 2026 16:02", with a blank line either side: the
    message is then a section, cited by who sent it and when, and its field lines ("To:
    Gareth Morgan <g.morgan@…>") are no longer sentences that can lead an answer. A block
    needs a From line and a To, Sent or Date line, and a message break before it or an email
    address in the From line (a memo's "From: Head of Finance" header is the memo's own, and
    its field lines answer "who is it from?"); the addresses of named people, the Cc
    list and the subject (the thread's title: a subject line on top is dropped with the
    first block) are left out of the heading. A "Date: …" line
    on its own, as a letter or a form has, is not a header block."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        j = i + 1 if _MESSAGE_BREAK.match(lines[i].strip()) else i
        if not any(x.strip() for x in out) and re.match(r"subject\s*:", lines[i].strip(), re.I):
            # A thread saved with its subject on top, apart: the title it is given, and no sentence
            j = i + 1
            while j < len(lines) and not lines[j].strip():
                j += 1
        fields: dict[str, str] = {}
        k = j
        while k < len(lines) and (m := _HEADER_FIELD.match(lines[k].strip())):
            fields.setdefault(m.group(1).lower(), m.group(2).strip())
            k += 1
        email = j > i or "@" in fields.get("from", "")  # a memo's "From: Head of Finance" is not an email's
        if email and "from" in fields and ({"to", "sent", "date"} & fields.keys()):
            sender = _party(fields["from"])
            when = fields.get("date") or fields.get("sent") or ""
            heading = f"Email from {sender}"
            to = _party(fields.get("to", ""))
            if to and len(f"{heading} to {to}, {when}".split()) <= 14:
                heading += f" to {to}"
            if when:
                heading += f", {when}"
            if out and out[-1].strip():
                out.append("")
            out.extend([heading, ""])
            i = k
            continue
        out.append(lines[i])
        i += 1
    return out


# A letter's or an email's closing ("Kind regards,", "Yours sincerely", "Cofion,") and the
# name and role under it.
_SIGN_OFF = re.compile(
    r"^(?:(?:kind|best|warm|warmest|many)\s+(?:regards|wishes|thanks)|regards|best|thanks|thank you|"
    r"yours\s+(?:sincerely|faithfully|truly)|sincerely|cofion(?:\s+cynnes|\s+gorau)?|yn\s+gywir|diolch)\s*,?$",
    re.I,
)


def is_sign_off(line: str) -> bool:
    """A closing with the name under it joined on ("Kind regards, Helen Price, Head of …"), or a
    signature line ("Signed on behalf of the Council: Chief Executive, 2 June 2025"): who wrote or
    signed, not a heading."""
    return _SIGN_OFF.match(line.strip().split(",")[0].strip()) is not None or _SIGNED.match(line.strip()) is not None


_SIGNED = re.compile(r"^signed\s+(?:for\s+and\s+)?(?:on\s+behalf\s+of|by|for)\b", re.I)


def _join_sign_offs(lines: list[str]) -> list[str]:
    """A sign-off and the one to three short lines under it (name, role, organisation) as
    one line: "Kind regards, Helen Price, Head of Domiciliary Care". It says who wrote, so
    "who is Helen Price?" and "who is the letter from?" are answered from it; as separate
    lines the name was a heading with nothing under it, and the role a fragment."""
    def signs(line: str) -> bool:  # a name, a role or an organisation
        return bool(line) and len(line.split()) <= 8 and not line.endswith((".", "!", "?", ":")) and not (
            _HEADER_FIELD.match(line) or line.startswith(("#", "•", "-", "*"))
        )

    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i].strip()
        if _SIGN_OFF.match(line):
            below: list[str] = []
            k = i + 1
            while k < len(lines) and len(below) < 3:
                nxt = lines[k].strip()
                if not nxt:
                    # The space left for a signature, after the closing; or a blank between the
                    # lines of a block that ends the text (a Word paragraph each).
                    after = k
                    while after < len(lines) and not lines[after].strip():
                        after += 1
                    rest = [r.strip() for r in lines[after:] if r.strip()]
                    if after == len(lines) or (below and not (len(rest) <= 3 - len(below) and all(map(signs, rest)))):
                        break
                    k = after
                    continue
                if not signs(nxt):
                    break
                below.append(nxt.rstrip(","))
                k += 1
            if below:
                out.append(", ".join([line.rstrip(",")] + below))
                i = k
                continue
        out.append(lines[i])
        i += 1
    return out


# A question and its answer set as "Q: …?" and "A: …" (also "Q1.", "Question:", "Answer:", and
# Welsh "C:" for cwestiwn, "Ateb:"), as staff FAQs in Word and PDF set them.
# (either may be set in bold, whole or its label: "**Q: Who can see the recording?**", "**A:** Only…")
_Q_LINE = re.compile(r"^(?:#{1,6}\s+)?(?:\*\*|__)?(?:q(?:uestion)?|c(?:westiwn)?)\s*\d{0,3}\s*[:.)]\s*(?:\*\*|__)?\s*"
                     r"(?P<q>[^*_\s].*?\?)\s*(?:\*\*|__)?$", re.I)
_A_LINE = re.compile(r"^(?:\*\*|__)?(?:a(?:nswer)?|ateb)\s*\d{0,3}\s*[:.)]\s*(?:\*\*|__)?\s*(?P<a>\S.*)$", re.I)


def _question_and_answer_pairs(lines: list[str]) -> list[str]:
    """Each "Q: …?" line that an "A: …" line answers becomes a heading ("### Will my personal calls
    be recorded?") over its answer, without the "A:" ("No. Only calls on…"). As it was, the
    answer was a paragraph after another paragraph: "A: No." was found for "are my calls
    recorded?" without the question it answers, which a FAQ's heading gives it. A "Q:" with no
    "A:" under it (minutes: "Q: asked whether…") is left as it is."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        q = _Q_LINE.match(lines[i].strip())
        j = i + 1
        while q and j < len(lines) and j - i <= 2 and not lines[j].strip():
            j += 1
        a = _A_LINE.match(lines[j].strip()) if q and j < len(lines) else None
        if q is None or a is None:
            out.append(lines[i])
            i += 1
            continue
        out.extend([f"### {q.group('q').strip()}", "", a.group("a")])
        i = j + 1
    return out


# An email address, a web address or a UK phone number: a line with one says where to go.
CONTACT = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+|https?://|\bwww\.|(?:\b0|\+44\s?)\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}\b")
# A field and its value, the label set in bold as a record or a form sets it: "**Owner:** Head of Housing".
_BOLD_FIELD = re.compile(r"^\s*(?:\*\*|__)[^*_:\n]{1,40}:(?:\*\*|__)\s+\S")


def is_field_line(line: str) -> bool:
    """A line that is a field with its value: a figure ("Date of next meeting: 16 July 2026"), a code
    of one word with a figure in it ("Our ref: HR/DIS/2026/114") or a bold label."""
    s = line.strip()
    return (re.match(r"^[^:]{1,40}:\s+\d", s) is not None or re.match(r"^[^:]{1,40}:\s+[^\s:]*\d[^\s:]*$", s) is not None
            or _BOLD_FIELD.match(s) is not None)


def _drop_dangling_tail(lines: list[str]) -> list[str]:
    """Remove a trailing lead-in that lost its link, then headings left with no body."""
    while lines and not lines[-1].strip():
        lines.pop()
    changed = True
    while changed and lines:
        changed = False
        last = lines[-1]
        standalone = len(lines) < 2 or not lines[-2].strip() or len(last.split()) <= 4
        # (a field with its figure, "Date of next meeting: 16 July 2026", is a fact, not a heading;
        # a signature block's "Title: President and CEO" is no more than the heading it looks like)
        # (nor is a line that says where to go: "**Contact:** digital@example.gov.wales")
        field = is_field_line(last) or CONTACT.search(last) is not None
        if (last.strip().endswith(":") and not _is_list_line(last)) or (
            standalone and _is_heading_like(last) and not is_sign_off(last) and not field
        ):
            lines.pop()
            changed = True
            while lines and not lines[-1].strip():
                lines.pop()
    return lines


# A form's choices, one ticked: "☒ Yes ☐ No", "[x] Yes [ ] No". Two or more boxes on a line, each
# before a short label.
_BOX = r"(?:[☐☑☒□■✓✔✗✘]|\[[ xX✓]\])"
_CHOICES = re.compile(rf"{_BOX}\s*[^☐☑☒□■✓✔✗✘\[\];|\n]{{1,40}}?(?:\s+(?={_BOX})|\s*$|(?=[;|]))")
_TICKED = re.compile(r"^(?:[☑☒■✓✔]|\[[xX✓]\])")


def ticked(line: str) -> str:
    """The line with a form's choices given as the one ticked ("Do you get headaches? ☒ Yes ☐ No" →
    "…? Yes"), so an answer says what was chosen, not every option with a box. Two or more boxes,
    at least one ticked; otherwise the line is as it was. (A ticked "✗" is left as it is: it marks
    a cross in some forms and a "no" in others.)"""
    found = list(_CHOICES.finditer(line))
    runs: list[list[re.Match[str]]] = []
    for m in found:
        if runs and runs[-1][-1].end() == m.start():
            runs[-1].append(m)
        else:
            runs.append([m])
    for run in reversed(runs):
        if len(run) < 2:
            continue
        chosen = [re.sub(rf"^{_BOX}\s*", "", m.group()).strip() for m in run if _TICKED.match(m.group())]
        if not chosen:
            continue
        tail = " " if run[-1].group().endswith(" ") else ""
        line = line[: run[0].start()] + " and ".join(chosen) + tail + line[run[-1].end():]
    return line


def clean_text(raw: str) -> str:
    """Normalised text with furniture removed; the canonical text for offsets."""
    lines = [ticked(line) for line in normalise(raw).split("\n")]
    lines = _drop_furniture(lines)
    lines = _email_headers(_unquote_replies(lines))
    lines = _join_sign_offs(lines)
    lines = _question_and_answer_pairs(lines)
    lines = _join_restated_numbers(lines)
    lines = _reflow_hard_wrapped(lines)
    lines = _join_split_sentences(lines)
    lines = _split_run_in_headings(lines)
    lines = _drop_planted(lines)
    lines = _drop_dangling_tail(lines)
    # Leading blank lines and runs of blank lines carry no structure.
    text = "\n".join(lines)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip("\n")
