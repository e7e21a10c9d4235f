"""Real-shaped employer documents, made by the libraries that make real ones.

- `policy_pdf`: a three-page PDF (reportlab) with numbered clauses (1., 1.1,
  (a)), a running header and a "Page N of 3" footer on every page.
- `agreement_docx`: a DOCX (python-docx) with heading styles and Word's
  automatic multi-level numbering ("1.", "1.1", "(a)"), which `paragraph.text`
  does not contain.
- `policy_html`: a council policy page with navigation, headings and a
  numbered list.
- `policy_txt`: a plain-text policy with clause titles in ordinary case on
  lines of their own, one sentence per clause.
- `notice_md`: a staff privacy notice in Markdown whose list items finish
  their intro's sentence.
- `attendance_docx`: a managing-attendance policy in Word whose metadata title is
  Word's default ("Document1"), with bulleted trigger points.
- `retention_pdf`: a PDF retention schedule whose periods are in a table
  (reportlab), which pypdf's plain text gives one cell to a line.
- `faq_html`: a hybrid-working FAQ page with its answers in accordions
  (<details>) and its terms in a definition list (<dl>).
- `policy_odt`: an OpenDocument text policy as LibreOffice writes one: headings
  with outline levels, a numbered and a bulleted list (told apart by their list
  styles), a table, a tracked deletion and a comment.
- `nda_txt`: a short mutual non-disclosure agreement whose clauses follow
  "NOW, THEREFORE, … the parties agree as follows:".
- `it_use_html`: an acceptable-use policy page (IT, email, internet, AI tools)
  whose rules bind staff to everyday things, none of them a roll-out step.
- `minutes_docx`: Joint Consultative Committee minutes in Word: questions
  reported ("X asked whether…") with the answers given, and an action table
  (Action / Who / By when).
- `hr_privacy_html`: a privacy notice page for a new HR system whose list of
  recipients finishes its intro's sentence ("We share your information only
  with:") in items that start with a capital.
- `letter_txt`: an employer's letter opening a consultation on automation, in
  plain text: the posts affected, dates, a closing date and an email address
  to write to.

- `briefing_pptx`: a PowerPoint staff briefing (python-pptx): bulleted body
  placeholders with a sub-bullet, a text box, a table, speaker notes, a hidden
  slide and "OFFICIAL" on every slide.
- `cabinet_report_pdf`: a council's report to Cabinet (reportlab): a title block of
  fields ("Report of: …"), numbered paragraphs, recommendations lettered (a) to (d)
  under "2.1 It is recommended that Cabinet:", a table of costs, a contact officer line.
- `reply_eml`: an employer's reply saved as .eml (plain text and HTML parts),
  quoting under "On …, … wrote:" the rep's email it answers, with a PDF attached.
- `bwv_procedure_pdf`: a body worn video procedure (reportlab): a cover with a table of
  fields, a contents page with dot leaders, a running header with a version number in it
  ("… - Version 2.1"), numbered clauses with lettered conditions, an appendix glossary.
- `bilingual_policy_docx`: a Welsh and English AI tools policy (python-docx), each
  paragraph in Welsh and then in English, under headings in both ("5. Monitro / Monitoring");
  or, as halves, the whole Welsh version and then the whole English one.
- `structure_xlsx`: a restructure's staffing workbook (openpyxl): a title row over a table of
  posts (numbers, pounds, a percentage, a date), a note under it, a second sheet of dates, a
  hidden sheet and a hidden column; `structure_csv` is its first table as a CSV export.
- `desk_booking_docx`: a staff briefing in Word (python-docx, with raw XML where it has no
  API) whose key dates are in a text box (DrawingML, with the VML copy Word writes beside
  it for older readers) and whose supplier and agreement are in footnotes.
- `consultation_pdf`: a consultation report (reportlab) with footnotes as Word sets them:
  a small raised number after a word, and the notes in small type at the page's foot, drawn
  after the page's text, where a paragraph runs on to the next page.
- `timesheet_msg`: a manager's email to crews saved from Outlook as .msg (msgforge): a
  plain-text body with Windows line ends, wrapped at 76 characters, a sign-off, a PDF attached.
- `contract_change_rtf`: an HR system's letter exported as Word writes RTF: a stylesheet whose
  "heading 2" marks the headings, Word's bullets, a table of old and new terms, a footer, the
  signature block after the space for a signature, and source lines broken inside words.
- `restricted_pdf`: `policy_pdf` encrypted (AES-128) as published PDFs are, copying and
  printing restricted; with a password, one that needs it to open.
- `call_recording_qa_docx`: staff questions and answers in Word as "Q: …?" and "A: …"
  paragraphs, one answer a "No." to a narrower question than a worker may ask.
- `dpia_docx`: a data protection impact assessment for a lone worker app in Word: the data
  collected as bullets under a heading with no intro, and a risk register table.
- `flexible_working_html`: an intranet's flexible working policy page with two lengths of
  time, one counted from the other ("appeal within 14 days of the decision").
- `grievance_docx`: a grievance procedure in Word: stages under headings, the right to be
  accompanied, and a table of time limits after a sentence that names them.
- `telematics_pdf`: a vehicle telematics policy (reportlab) in numbered clauses: what the units
  record (no sound), private mode outside working hours, retention, who sees journeys.
- `rostering_html`: an intranet page on a shift allocation system, its questions as headings and
  its answers opening "Yes." or "No." to those questions.
- `service_levels_txt`: a software contract's schedule of service levels: definitions, availability,
  response and resolution times, maintenance hours, service credits, the supplier's duties on data.
- `biometric_pdf`: staff guidance on fingerprint clocking-in (reportlab) whose headings are set in
  larger type and unnumbered, one a question ("Do I have to use it?") answered "No. …".
- `social_media_docx`: a social media policy in Word whose list of what must not be posted has no
  intro but its heading ("What you must not post"), its items finishing that heading's sentence.
- `online_meetings_md`: guidance on online meetings in Markdown: cameras, recording and
  transcription, breaks, each a bulleted section.
- `meeting_vtt`: a consultation meeting's transcript as Teams saves it (WebVTT): cue ids, timings,
  the speaker in a voice tag, a speaker's words split over several cues.
- `organisational_change_md`: a managing change policy whose consultation periods depend on how
  many employees are affected ("fewer than 20", "20 or more", "100 or more").
- `transparency_record_html`: an algorithmic transparency record for a repairs triage tool: tables of
  two columns headed "Field" and "Information" under headings, as the recording standard sets them out.
- `sickness_absence_pdf`: a managing sickness absence policy (reportlab) in numbered clauses: reporting
  by phone before the shift, fit notes, return to work meetings, trigger points, sick pay by service.
- `jcc_terms_docx`: a joint consultative committee's terms of reference in Word: membership as a
  numbered list under its heading, chair, quorum, meetings, minutes, review.
- `risk_assessment_xlsx`: a risk assessment for handheld scanners (openpyxl): who assessed it over a
  table of hazards, each with a risk rating of Medium or Low, further action, who by and when.
- `digital_strategy_md`: a council's digital strategy in Markdown: ambitions as a "We will:" list, a
  no-redundancy pledge, AI under human responsibility, and a table of measures now and targets.
- `byod_html`: a bring-your-own-device policy page, its headings questions ("Is it compulsory?") and
  what the device management can and cannot see.
- `study_support_txt`: a study support policy in plain text: fees paid as a share, study leave, fees
  repaid by how long after the course one leaves.
- `occupancy_sensors_md`: a notice about desk occupancy sensors in Markdown, its headings the questions
  staff ask ("Why are we installing them?", "Will it be used to check on me?").
- `ask_hr_pdf`: questions and answers about an HR chatbot (reportlab), each question a heading set larger.
- `training_plan_docx`: a Copilot roll-out's training plan in Word: a table of sessions (format, length,
  when) under the sentence that calls them "the training below".
- `annual_leave_txt`: an annual leave policy in plain text, its entitlement a table set out in columns by
  spaces; `expenses_pdf`: travel and subsistence expenses (reportlab, one page, a header line above the
  title), mileage rates in a table; `gifts_docx`: a code of conduct's gifts and hospitality rules in Word's
  automatically numbered list; `pay_scales_xlsx`: pay scales (grade, spinal column point, salary as a
  bare number) and a sheet of allowances; `intranet_news_html`: a staff news article about an HR chatbot,
  with a cookie banner, navigation, related links and comments around it; `maternity_docx`: maternity
  leave and pay in Word, the pay a table whose heading row names what its first column holds.
- `hearing_letter_docx`: a letter inviting an employee to a disciplinary hearing (Word), the hearing's date
  in its first sentence and the dates of the allegation in the next; `branch_bulletin_md`: a union branch's
  bulletin (a pay rise as a percentage, a meeting with tea and cakes); `payroll_faq_html`: a payroll FAQ
  page with a table of contents and "Back to top" links; `hybrid_form_docx`: a request form in Word, its
  fields blanks to fill in and boxes to tick.
- `capability_pdf`: a capability procedure over three pages (reportlab, a running header and "Page N of 3"),
  its formal stages lettered clauses under "3.1 … there are three formal stages:"; `sickness_reporting_docx`:
  what to do when off sick, a Word table by day ("Day 1", "Day 4", "Days 1 to 7"); `redundancy_md`: a
  redundancy and redeployment policy; `ev_faq_txt`: a car scheme's FAQ in plain text ("Q:"/"A:" lines);
  `homeworking_html`: a homeworking policy page.
- `project_plan_xlsx`: a roll-out's project plan (openpyxl): milestones with start and end dates as Excel
  dates, owners and status; `supplier_terms_txt`: a supplier's terms of service, clauses in capitals and
  numbers ("sub-processors", "transfer outside the United Kingdom", "liability shall not exceed…");
  `password_kb_html`: an IT knowledge article, its steps an ordered list.
- `on_call_html`: on-call allowances in an HTML table with merged cells (a heading over two columns, one
  over two rows); `phone_policy_md`: a mobile phone policy; `working_group_notes_md`: notes of a meeting
  whose actions are a Markdown task list ("- [x] …", "- [ ] …").
- `technology_agreement_txt`: a council's agreement with its unions on introducing new technology, in
  plain text with numbered clauses and two signature lines.
- `welsh_sickness_md`: a sickness absence policy only in Welsh (Markdown), its sick pay a table by service.
- `lone_worker_app_notice_md`: a privacy notice for a lone worker app: what it records, who sees it.
- `phishing_md`: guidance on suspicious emails, its sections headed by situations ("If you have already
  clicked a link").
- `ai_register_csv`: a register of the AI and automated systems in use, one system a row (CSV).
- `sessions_xlsx`: training sessions in Excel with merged cells, as people lay them out: a title merged
  over the columns, "Session 1" merged over "Date" and "Room", "Team" merged down two heading rows.

Each returns the path written. The facts in them are made up, so an answer can
only come from the document. `indexed_alone` makes an index of some of them and nothing else;
`asked_of` asks one of them a question, and `lead` is the answer's first statement.
"""

from __future__ import annotations

import re
import textwrap
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

# (the eval set's makers of Word and PDF documents: the tests' documents are made the same way)
from evals.document_makers import bulleted_slide as _bulleted_slide
from evals.document_makers import clauses_pdf as _clauses_pdf
from evals.document_makers import headed_docx as _headed_docx
from evals.document_makers import sectioned_pdf as _sectioned_pdf
from evals.document_makers import word_table as _word_table

if TYPE_CHECKING:
    from assistant.answer.units import Block
    from assistant.models import Answer
    from assistant.settings import Settings

def asked_of(settings: Settings, question: str, doc: str, persona: str = "worker") -> Answer:
    """The question asked of one indexed document (by id), as the app asks it."""
    from assistant import ask

    return ask(question, persona, doc_ids=(doc,), settings=settings)


def lead(answer: Answer) -> str:
    """An answer's first statement, without its citation marker."""
    return answer.answer.split("[")[0].strip()


def leads_with(settings: Settings, question: str, doc: str, said: str, persona: str = "worker") -> Answer:
    """The answer to `question` of one document, checked to be given (not declined) and to open with `said`."""
    answer = asked_of(settings, question, doc, persona)
    assert not answer.abstained, answer.answer
    assert lead(answer).startswith(said), answer.answer
    return answer


def scored_blocks(*sentences: tuple[str, float], section: str = "") -> list[Block]:
    """Sentences of one passage as the composer's blocks, one sentence each, rated by the scorer as given: for the
    rules that put a block first, tested on blocks as the scorer rated them."""
    from assistant.answer.units import Block, Unit
    from assistant.models import Passage

    text = " ".join(t for t, _ in sentences)
    p = Passage(doc_id="doc", text=text, ordinal=0, score=1.0, start=0, end=len(text), chunk_id="doc#0", section=section)
    out, at = [], 0
    for i, (t, prob) in enumerate(sentences):
        out.append(Block([Unit(0, p, i, at, at + len(t), t, is_item=False)], prob=prob))
        at += len(t) + 1
    return out


def conversation(settings: Settings, doc: str, *questions: str) -> list[Answer]:
    """Each question asked of one document in turn, as the app asks a conversation: each with the
    questions and answers before it."""
    from assistant import ask

    turns: list[tuple[str, str]] = []
    answers = []
    for question in questions:
        answer = ask(question, "worker", doc_ids=(doc,), settings=settings, history=turns)
        turns.append((question, answer.answer))
        answers.append(answer)
    return answers


def indexed_texts(root: Path, texts: dict[str, str]):  # type: ignore[no-untyped-def]  # -> assistant.settings.Settings
    """Each text written under `root` by its file name ("policy.md": its Markdown) and indexed alone (`indexed_alone`)."""
    paths = []
    for name, text in texts.items():
        (root / name).write_text(text, encoding="utf-8")
        paths.append(root / name)
    return indexed_alone(root, paths)


HEADER = "Cyngor Sir Enghraifft - Workplace Monitoring Policy"


def indexed_alone(root: Path, docs: list[Path]):  # type: ignore[no-untyped-def]  # -> assistant.settings.Settings
    """An index of `docs` alone (no built-in corpus) under `root`; every document must ingest."""
    from assistant.ingest.pipeline import ingest
    from assistant.settings import Settings

    empty = root / "no-knowledge"
    empty.mkdir()
    settings = Settings(data_dir=root / "data", knowledge_dir=empty)
    report = ingest(docs, settings)
    assert not report.failed, report.failed
    return settings

POLICY_CLAUSES = [
    ("1.", "DEFINITIONS"),
    ("1.1", 'In this Policy "Monitoring" means any recording of how an employee uses council systems, including '
     "keystrokes, screenshots and location data collected by a device."),
    ("1.2", '"Employee" means anyone employed by the Council, including agency workers placed with it.'),
    ("2.", "SCOPE"),
    ("2.1", "This Policy applies to every device the Council issues to an employee and to personal devices used "
     "under the bring-your-own-device scheme."),
    ("3.", "MONITORING OF WORK DEVICES"),
    ("3.1", "The Council may monitor work devices only for a purpose stated in this Policy. It will not monitor "
     "the content of personal messages."),
    ("3.2", "Before any new monitoring tool is introduced the Council shall:"),
    ("(a)", "consult the recognised trade unions at least 28 days beforehand;"),
    ("(b)", "complete a data protection impact assessment and share it with the unions;"),
    ("(c)", "tell every affected employee in writing what is collected and why."),
    ("4.", "LOCATION DATA"),
    ("4.1", "Location data from a work phone is collected only during working hours and is deleted after "
     "30 days unless it is needed for a disciplinary investigation."),
    ("5.", "REVIEW"),
    ("5.1", "This Policy is reviewed every two years with the recognised trade unions."),
]


def policy_pdf(path: Path) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    c.setTitle("Workplace Monitoring Policy")
    width, height = A4
    pages = 3
    per_page = -(-len(POLICY_CLAUSES) // pages)
    for p in range(pages):
        c.setFont("Helvetica", 9)
        c.drawString(72, height - 40, HEADER)
        c.drawString(width / 2 - 30, 30, f"Page {p + 1} of {pages}")
        c.setFont("Helvetica", 11)
        y = height - 90
        for number, text in POLICY_CLAUSES[p * per_page : (p + 1) * per_page]:
            for line in textwrap.wrap(f"{number} {text}", 80):  # hard-wrapped, as PDFs are
                c.drawString(72, y, line)
                y -= 15
            y -= 12
        c.showPage()
    c.save()
    return path


def agreement_docx(path: Path) -> Path:
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = docx.Document()
    numbering = document.part.numbering_part.element
    # A multi-level list as Word writes one: "1." / "1.1" / "(a)".
    numbering.append(parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90">'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl>'
        '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%3)"/></w:lvl>'
        "</w:abstractNum>"
    ))
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))

    def numbered(text: str, level: int) -> None:
        para = document.add_paragraph(text)
        para._p.get_or_add_pPr().append(parse_xml(
            f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="90"/></w:numPr>'
        ))

    document.add_heading("Hybrid Working Agreement", 0)
    document.add_heading("Part One: Working from home", 1)
    numbered("Who may work from home", 0)
    numbered("Any employee whose role allows it may work from home for up to three days a week.", 1)
    numbered("A request to work from home is answered in writing within 14 days.", 1)
    numbered("Equipment", 0)
    numbered("The employer provides a laptop and headset.", 1)
    numbered("The employer will not install any of the following on home-working equipment:", 1)
    numbered("keystroke logging software;", 2)
    numbered("webcam monitoring that records the employee without notice.", 2)
    document.add_heading("Part Two: Review", 1)
    document.add_paragraph("This agreement is reviewed each April by the Joint Consultative Committee.")
    document.save(str(path))
    return path


def policy_html(path: Path) -> Path:
    path.write_text(
        """<!doctype html><html lang="en"><head><title>Use of Artificial Intelligence Policy</title></head>
<body>
<nav><a href="/">Home</a> <a href="/jobs">Jobs</a> <a href="/contact">Contact us</a></nav>
<main>
<h1>Use of Artificial Intelligence Policy</h1>
<p>This policy sets out how the council uses artificial intelligence tools in its services and in managing staff.</p>
<h2>Principles</h2>
<ol>
<li>No decision about an employee's pay, discipline or dismissal is made by an AI tool without a human review.</li>
<li>Staff are told when an AI tool has been used to assess their work.</li>
<li>Every AI tool used on staff data has a published equality impact assessment.</li>
</ol>
<h2>Complaints</h2>
<p>An employee who thinks an AI tool has treated them unfairly may raise it with the Digital Ethics Panel,
which replies within 20 working days.</p>
</main>
<footer>Copyright the council. Cookie settings. Accessibility statement.</footer>
</body></html>""",
        encoding="utf-8",
    )
    return path


POLICY_TEXT = """Example County Council

Policy on the Use of Artificial Intelligence at Work

Version 2.1, approved by the Joint Consultative Committee on 14 March 2026

1. Purpose

1.1 This policy sets out how the Council will introduce and review AI systems and software robots that affect employees.

2. Scope

2.1 This policy applies to all employees of the Council, including agency staff.

2.2 It does not apply to school-based staff employed by governing bodies, who are covered by a separate schools policy.

2.3 Volunteers are covered by the Council's Volunteering Policy instead.

3. Definitions

3.1 "AI system" means any software that generates predictions, recommendations or decisions from data, including chatbots.

3.2 "Automated decision" means a decision about an employee made without meaningful human involvement.

4. Principles

4.1 No employee will be dismissed or disciplined on the basis of an automated decision alone.

5. Consultation

5.1 Before any AI system that affects employees is procured, the Head of Service must notify the recognised trade unions in writing at least 28 days before a decision to proceed is taken.

5.2 The notice must include the purpose of the system, the data it will use and an equality impact assessment.

6. Monitoring of employees

6.1 Location data from devices issued to lone workers will be used only to protect their safety.

6.2 Keystroke logging and screen recording are prohibited.
"""


def policy_txt(path: Path) -> Path:
    """A plain-text policy as councils paste them: clause titles in ordinary case on
    lines of their own ("6. Monitoring of employees"), one sentence per clause."""
    path.write_text(POLICY_TEXT, encoding="utf-8")
    return path


NOTICE_MARKDOWN = """# Staff Privacy Notice

## What information we collect

We collect and use the following information about you:

- your name, address and National Insurance number
- records of your working hours, leave and sickness absence
- images from CCTV cameras at our sites
- location data from vehicles in our fleet that are fitted with telematics

## Who we share your information with

We share your information with:

- HM Revenue and Customs and the NHS Pensions Agency
- our occupational health provider
- trade unions, where you have asked us to deduct your subscription from your pay

We never sell your information.

## Working from home

Staff whose duties can be done remotely may work from home for up to three days a week.

A request to work from home is answered in writing within 14 days.

## How long we keep your information

We keep your personnel file for six years after you leave. CCTV images are kept for 31 days unless they are needed for an investigation.
"""


def notice_md(path: Path) -> Path:
    """A staff privacy notice in Markdown: headings, and lists whose items only
    finish their intro's sentence ("- trade unions, where you have asked us…")."""
    path.write_text(NOTICE_MARKDOWN, encoding="utf-8")
    return path


IT_USE_HTML = """<!DOCTYPE html>
<html lang="en"><head><title>Acceptable Use of IT, Email and Internet Policy | Cyngor Bro Morgannwg Enghraifft</title></head>
<body>
<nav><a href="/">Home</a> | <a href="/jobs">Jobs</a> | <a href="/contact">Contact us</a></nav>
<main>
<h1>Acceptable Use of IT, Email and Internet Policy</h1>
<p>Last reviewed: January 2026. Owner: Head of Digital Services.</p>
<h2>1. Who this policy applies to</h2>
<p>This policy applies to all employees, agency workers, contractors and elected members who use the Council's IT equipment, email or internet access.</p>
<h2>2. Personal use</h2>
<p>You may make reasonable personal use of the internet and your work email outside your working time, for example during your lunch break, provided it does not interfere with your work.</p>
<p>You must not use Council equipment to run a private business, to gamble, or to view, download or share offensive material.</p>
<h2>3. Monitoring</h2>
<p>The Council records the websites visited and the emails sent and received on its network. These records are kept for 90 days.</p>
<p>Records are not routinely inspected. A manager may only ask for an individual employee's records to be inspected with the written approval of the Head of HR, where there is a reasonable suspicion of misconduct.</p>
<p>The Council does not use keystroke logging, screen recording or webcam monitoring software.</p>
<p>Where monitoring shows a possible breach of this policy, the employee will be told what was found and given the chance to explain before any disciplinary action is considered.</p>
<h2>4. Artificial intelligence tools</h2>
<p>Employees may use AI tools approved by Digital Services, such as the Council's Copilot licence. You must not enter personal data about residents or colleagues into any AI tool that has not been approved.</p>
<p>Content produced with an AI tool must be checked by the employee before it is sent or published. The employee remains responsible for it.</p>
<h2>5. Passwords and security</h2>
<ol>
<li>Do not share your password with anyone, including IT staff.</li>
<li>Lock your screen whenever you leave your desk.</li>
<li>Report a lost or stolen device to the IT Service Desk within 24 hours.</li>
</ol>
<h2>6. Breaches</h2>
<p>A breach of this policy may lead to action under the Disciplinary Procedure. Serious breaches, such as accessing illegal material, may be gross misconduct.</p>
<h2>7. Trade union communications</h2>
<p>Recognised trade unions may use the Council's email system to communicate with their members. The Council will not monitor the content of emails between employees and their trade union representatives.</p>
</main>
<footer>© Cyngor Bro Morgannwg Enghraifft 2026 | Privacy | Cookies</footer>
</body></html>"""


def it_use_html(path: Path) -> Path:
    path.write_text(IT_USE_HTML, encoding="utf-8")
    return path


ATTENDANCE = [
    ("title", "Managing Attendance Policy"),
    ("text", "Cyngor Bwrdeistref Sirol Enghraifft. Effective from 1 April 2026."),
    ("heading", "1. Reporting sickness"),
    ("text", "If you are too unwell to work you must phone your line manager before 9.30am on your first day of absence. "
             "A text message or email is not enough unless your manager has agreed it."),
    ("text", "You can self-certify for the first seven calendar days. From the eighth day you must provide a fit note "
             "from your GP."),
    ("heading", "2. Recording absence"),
    ("text", "Absence is recorded in the Council's HR system. Your sickness records can be seen only by you, your line "
             "manager, HR advisers and Occupational Health."),
    ("heading", "3. Trigger points"),
    ("text", "A review meeting is arranged when an employee reaches either of these trigger points:"),
    ("bullet", "four separate periods of absence in a rolling 12 months; or"),
    ("bullet", "a total of ten working days of absence in a rolling 12 months."),
    ("heading", "4. Stage meetings"),
    ("text", "At a stage meeting you have the right to be accompanied by a trade union representative or a work colleague. "
             "You may appeal against a warning within ten working days."),
]


def attendance_docx(path: Path) -> Path:
    import docx

    document = docx.Document()
    document.core_properties.title = "Document1"  # Word's default, which names nothing
    for kind, text in ATTENDANCE:
        if kind == "title":
            document.add_heading(text, 0)
        elif kind == "heading":
            document.add_heading(text, 1)
        elif kind == "bullet":
            document.add_paragraph(text, style="List Bullet")
        else:
            document.add_paragraph(text)
    document.save(str(path))
    return path


NDA_TEXT = """MUTUAL NON-DISCLOSURE AGREEMENT

This Agreement is made between Cyngor Sir Enghraifft (the "Council") and Example Software Ltd (the "Supplier").

NOW, THEREFORE, in consideration of the mutual promises and covenants set forth herein, the parties agree as follows:

1. "Confidential Information" means any information disclosed by either party to the other, whether in writing, orally or by inspection, that is marked or described as confidential at the time it is disclosed.

2. The Recipient shall not disclose Confidential Information to any third party without the prior written consent of the Discloser, except to its employees who need to know it for the Purpose.

3. On the Discloser's written request the Recipient shall return or destroy all Confidential Information within fourteen days.

4. The obligations in this Agreement continue for three years after the last disclosure.
"""


def nda_txt(path: Path) -> Path:
    path.write_text(NDA_TEXT, encoding="utf-8")
    return path


RETENTION_ROWS = [
    ["Record", "How long we keep it", "Why"],
    ["CCTV footage", "31 days", "Security of staff and buildings"],
    ["Vehicle telematics data", "6 months", "Driver safety and fuel use"],
    ["Sickness absence records", "6 years after employment ends", "Legal claims"],
    ["Call recordings", "90 days", "Training and quality"],
]


def retention_pdf(path: Path) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table

    styles = getSampleStyleSheet()
    SimpleDocTemplate(str(path), pagesize=A4, title="Records Retention Schedule").build([
        Paragraph("Records Retention Schedule", styles["Title"]),
        Paragraph("This schedule sets out how long the Council keeps records about its employees. Records are "
                  "securely destroyed at the end of the period.", styles["Normal"]),
        Spacer(1, 12),
        Table(RETENTION_ROWS),
        Spacer(1, 12),
        Paragraph("Questions about this schedule should be sent to the Data Protection Officer.", styles["Normal"]),
    ])
    return path


FAQ_HTML = """<!DOCTYPE html><html lang="en"><head><title>Hybrid working: frequently asked questions | Cyngor Enghraifft</title></head>
<body><nav><a href="/">Home</a></nav>
<main>
<h1>Hybrid working: frequently asked questions</h1>
<p>These answers explain how hybrid working works for Council staff.</p>
<details><summary>How many days can I work from home?</summary><p>Most staff can work from home for up to three days a week, agreed with their manager.</p></details>
<details><summary>Will the Council monitor me when I work from home?</summary><p>No. The Council does not use software that tracks your activity or takes screenshots. Your manager will agree outcomes with you instead.</p></details>
<details><summary>Do I have to come in on anchor days?</summary><p>Yes, unless your manager agrees otherwise. Staff who often miss anchor days without agreement may face disciplinary action.</p></details>
<details><summary>Can I claim for my broadband?</summary><p>Yes. Staff who work from home at least two days a week can claim a home-working allowance of £10 a month.</p></details>
<h2>Terms we use</h2>
<dl>
<dt>Anchor day</dt><dd>A day each week when the whole team is in the office together.</dd>
<dt>Hot desk</dt><dd>A desk that anyone can book for the day.</dd>
</dl>
</main><footer>© Cyngor Enghraifft</footer></body></html>"""


def faq_html(path: Path) -> Path:
    path.write_text(FAQ_HTML, encoding="utf-8")
    return path


ODT_CONTENT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3">
<office:automatic-styles>
 <text:list-style style:name="L1"><text:list-level-style-number text:level="1" style:num-format="1"/></text:list-style>
 <text:list-style style:name="L2"><text:list-level-style-bullet text:level="1" text:bullet-char="•"/></text:list-style>
</office:automatic-styles>
<office:body><office:text>
 <text:tracked-changes><text:changed-region text:id="ct1"><text:deletion><text:p>Data is kept for 30 days.</text:p></text:deletion></text:changed-region></text:tracked-changes>
 <text:h text:outline-level="1">Lone Working Procedure</text:h>
 <text:p>This procedure applies to staff who work alone<office:annotation><dc:creator>HR</dc:creator><text:p>Check with legal</text:p></office:annotation> in the community.</text:p>
 <text:h text:outline-level="2">Before a lone visit</text:h>
 <text:list text:style-name="L1">
  <text:list-item><text:p>Record the visit in the lone-working app before you leave.</text:p></text:list-item>
  <text:list-item><text:p>Tell your team leader when you expect to finish.</text:p></text:list-item>
 </text:list>
 <text:h text:outline-level="2">The lone-working app</text:h>
 <text:p>The app shares your location with the monitoring centre only while a visit is open.<text:change text:change-id="ct1"/></text:p>
 <text:list text:style-name="L2">
  <text:list-item><text:p>Location data is deleted after 7 days.</text:p></text:list-item>
  <text:list-item><text:p>Managers cannot see your location outside a visit.</text:p></text:list-item>
 </text:list>
 <table:table table:name="Contacts">
  <table:table-row><table:table-cell><text:p>Situation</text:p></table:table-cell><table:table-cell><text:p>Who to call</text:p></table:table-cell></table:table-row>
  <table:table-row><table:table-cell><text:p>Visit overruns</text:p></table:table-cell><table:table-cell><text:p>Team leader</text:p></table:table-cell></table:table-row>
  <table:table-row><table:table-cell><text:p>You feel unsafe</text:p></table:table-cell><table:table-cell><text:p>Monitoring centre on 0300 123 4567</text:p></table:table-cell></table:table-row>
 </table:table>
</office:text></office:body></office:document-content>
"""

ODT_META = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3">
<office:meta><dc:title>Lone Working Procedure</dc:title></office:meta></office:document-meta>
"""


def policy_odt(path: Path) -> Path:
    import zipfile

    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
        '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text", compress_type=zipfile.ZIP_STORED)
        z.writestr("META-INF/manifest.xml", manifest, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("content.xml", ODT_CONTENT, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("meta.xml", ODT_META, compress_type=zipfile.ZIP_DEFLATED)
    return path


LETTER_TEXT = """Proposed introduction of robotic process automation in Payroll

To: all staff in Payroll and Pensions
From: Gwenllian Price, Head of Finance
Date: 20 November 2026

Dear colleague,

I am writing to let you know about a proposal to introduce robotic process automation (RPA), sometimes called software robots, in the Payroll team, and to start a formal consultation with you and your trade unions.

What is proposed
The proposal is to automate three routine tasks: checking overtime claims against rotas, setting up new starters on the payroll system, and producing monthly pension returns. The software would carry out these tasks and pass any exceptions to a member of staff.

How it affects jobs
We estimate that the changes would reduce the work needed on these tasks by the equivalent of 4 full-time posts out of 23 in the team. There will be no compulsory redundancies as a result of this proposal. We expect the reduction to be met through vacancies that are not filled and through voluntary redeployment to the new Payroll Exceptions team. Nobody's grade or pay will be reduced as a result of the changes.

Training
Everyone in the team will be offered training in checking and correcting the robot's work, and in the new exceptions process, in work time. Training will start in March 2027.

Consultation
The consultation period will run for 45 days, from 5 January 2027 to 18 February 2027. During this time there will be two open meetings for staff, on 12 January and 26 January 2027, and you can also meet your manager on your own. UNISON and GMB have been sent this letter and the business case.
Please send your views to payroll.consultation@glanymor.gov.wales by 18 February 2027. No decision will be taken until the consultation has closed and every response has been considered.

What happens next
After the consultation, a report with the final proposal and the responses received will go to the Joint Consultative Committee in March 2027. If the proposal goes ahead, the first task would be automated in May 2027.

Yours sincerely,
Gwenllian Price
Head of Finance
"""


def letter_txt(path: Path) -> Path:
    path.write_text(LETTER_TEXT, encoding="utf-8")
    return path


def minutes_docx(path: Path) -> Path:
    import docx

    d = docx.Document()
    d.core_properties.title = "Joint Consultative Committee minutes, 15 October 2026"
    d.add_heading("Joint Consultative Committee: minutes", 0)
    d.add_paragraph("Meeting held on 15 October 2026 in Committee Room 2, County Hall.")
    d.add_heading("1. AI scheduling tool for home care rotas", 1)
    d.add_paragraph("The Head of Digital reported that the Council is piloting an AI tool that drafts home care rotas. "
                    "The pilot runs in the Valleys team only, from 1 November 2026 to 31 January 2027.")
    d.add_paragraph("The UNISON branch secretary asked whether the tool would decide who works which shift. "
                    "The Head of Digital confirmed that coordinators will check and approve every rota, and that the "
                    "tool will not allocate shifts on its own.")
    d.add_heading("2. Actions", 1)
    rows = [["Action", "Who", "By when"],
            ["Share the equality impact assessment for the rota pilot with the unions", "Head of Digital", "31 October 2026"],
            ["Write to all staff confirming keystroke recording is switched off", "Head of HR", "30 November 2026"]]
    _word_table(d, rows)
    d.add_heading("3. Date of next meeting", 1)
    d.add_paragraph("The next meeting will be held on 21 January 2027 at 10am.")
    d.save(str(path))
    return path


HR_PRIVACY_HTML = """<!DOCTYPE html><html lang="en"><head><title>Privacy notice: the new HR and payroll system | Cyngor Enghraifft</title></head>
<body><header><nav><a href="/">Home</a> <a href="/staff">Staff</a></nav></header><main>
<h1>Privacy notice: the new HR and payroll system</h1>
<p>This notice explains what personal information the Council holds about you in its new HR and payroll system, OakHR.</p>
<h2>Who we share it with</h2>
<p>We share your information only with:</p>
<ul>
<li>HM Revenue and Customs, for tax and National Insurance;</li>
<li>The Local Government Pension Scheme;</li>
<li>OakHR Ltd, which hosts the system for us and may not use your information for any other purpose.</li>
</ul>
<p>We never sell your information.</p>
<h2>How long we keep it</h2>
<p>We keep your records for six years after you leave the Council.</p>
</main><footer>© Cyngor Enghraifft 2026</footer></body></html>"""


def hr_privacy_html(path: Path) -> Path:
    path.write_text(HR_PRIVACY_HTML, encoding="utf-8")
    return path


# An email thread saved as text, newest first, as a rep forwards it: each message's header
# block, sign-offs with the name and role on the lines under them.
EMAIL_THREAD = """Subject: RE: Scheduling software for Domiciliary Care - request for information

From: Gareth Morgan <g.morgan@unison-cwmtaf.org.uk>
To: Helen Price <helen.price@cwmtaf-care.gov.wales>
Date: 24 November 2026 09:14

Dear Helen,

Thank you for your reply. I still have three concerns that I would like answered before the meeting on 2 December.

Second, members are worried that the app will track their location all day. Please tell us when location is recorded, who can see it, and how long it is kept.

Regards,
Gareth Morgan
Branch Secretary, UNISON Cwm Taf Care Branch

-----Original Message-----
From: Helen Price <helen.price@cwmtaf-care.gov.wales>
To: Gareth Morgan <g.morgan@unison-cwmtaf.org.uk>
Date: 20 November 2026 16:02
Subject: RE: Scheduling software for Domiciliary Care - request for information

Dear Gareth,

Thank you for your email of 12 November.

The new scheduling system, CarePlan Live, will replace the paper rotas in Domiciliary Care from 1 March 2027. It will allocate visits to care workers automatically, based on their skills, their contracted hours and the location of each service user. Coordinators will check and can change every rota before it is published.

Care workers will use an app on their work phone to see their visits and to log in and out at each service user's home. The app records the worker's location when they log in and out of a visit. It does not record location between visits.

About 180 care workers and 12 coordinators will be affected. We do not expect any job losses.

Kind regards,
Helen Price
Head of Domiciliary Care
"""


def email_thread_txt(path: Path) -> Path:
    path.write_text(EMAIL_THREAD, encoding="utf-8")
    return path


# A data processing agreement's opening and definitions, and clauses that use the terms.
DPA_TEXT = """Data Processing Agreement

This Agreement is made on 1 October 2026 between Cyngor Sir Penrhyn (the "Controller") and ShiftWise Solutions Limited, company number 09876543 (the "Processor").

1. Definitions
1.1 "Personal Data" means any information relating to an identified or identifiable natural person processed by the Processor on behalf of the Controller.
1.2 "Sub-processor" means any third party appointed by the Processor to process Personal Data.
1.3 "Personal Data Breach" means a breach of security leading to the accidental or unlawful destruction, loss or disclosure of Personal Data.

2. Obligations of the Processor
2.1 The Processor shall notify the Controller within 24 hours after becoming aware of a Personal Data Breach.
2.2 The Processor shall not use Personal Data to train any machine learning model.
2.3 The Personal Data held includes names, contracted hours and location data recorded at the start and end of each visit.
2.4 The Processor shall implement appropriate security measures, including:
(a) encryption of Personal Data in transit and at rest; (b) multi-factor authentication for all administrative access; and (c) annual penetration testing by an independent tester.
2.5 The Processor shall keep a written record of all processing it carries out for the Controller.

3. Sub-processors
3.1 The Processor shall not appoint a Sub-processor without the prior written consent of the Controller.
3.2 The Controller consents to the Processor's use of Amazon Web Services EMEA SARL for hosting.
3.3 The Processor shall give the Controller at least 30 days' notice of any intended change of Sub-processor.

4. Term and termination
4.1 This Agreement continues for as long as the Processor processes Personal Data for the Controller.
4.2 On termination of the Services Contract, the Processor shall return or delete all Personal Data within 30 days.
"""


def dpa_txt(path: Path) -> Path:
    path.write_text(DPA_TEXT, encoding="utf-8")
    return path


# A staff FAQ in Markdown: each answer under the question it answers, opening "Yes." or "No.".
COPILOT_FAQ = """# Microsoft Copilot: questions from staff

## About the pilot

### Do I have to use it?
No. Using Copilot is optional during the pilot. Nobody will be disciplined or marked down for choosing not to use it.

### Will there be training?
Yes. Every member of staff in the pilot will be given a two-hour online course and a half-day workshop before their licence is switched on. The training takes place in working time.

## Evidence used

We looked at the results of a six-month trial in two other councils and at our own staff survey from May 2026.

## Using it safely

### Can I put personal data into Copilot?
You may use Copilot with personal data only for council work. Do not paste in special category data, such as health records, unless your service's DPIA allows it.

### Who do I ask for help?
Each pilot team has a Copilot champion. You can also ring the Service Desk on 01633 555 123, Monday to Friday, 8am to 6pm.
"""


def copilot_faq_md(path: Path) -> Path:
    path.write_text(COPILOT_FAQ, encoding="utf-8")
    return path


# A slide deck printed to PDF: a title over each slide's bullets, one slide to a page.
SLIDES = [
    ("Digital Front Door: staff briefing", ["Customer Services, Cyngor Bro Enghraifft", "Briefing for staff and trade unions, 14 January 2027"]),
    ("What is changing?", ["A new online portal and chatbot for council tax and bins", "Chatbot answers simple questions 24/7",
                           "Complex queries passed to an adviser", "Phone lines stay open 9am to 5pm"]),
    ("Timeline", ["February 2027: chatbot tested by 20 staff", "April 2027: portal goes live for residents",
                  "October 2027: review of call volumes and staffing"]),
    ("Training and support", ["Two days of training for every adviser before go-live", "Floor walkers for the first month",
                              "Wellbeing check-ins every month for six months"]),
    ("Your data", ["Chatbot conversations are kept for 12 months",
                   "Advisers' call handling times are not used for performance management"]),
]


def slides_pdf(path: Path) -> Path:
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=landscape(A4))
    c.setTitle("PowerPoint Presentation")  # what PowerPoint leaves
    for title, bullets in SLIDES:
        c.setFont("Helvetica-Bold", 28)
        c.drawString(60, 500, title)
        c.setFont("Helvetica", 18)
        for n, bullet in enumerate(bullets):
            c.drawString(80, 440 - 40 * n, "\u2022 " + bullet)  # extracted as DEL: the font names no glyph
        c.showPage()
    c.save()
    return path


def job_description_docx(path: Path) -> Path:
    """A Word job description: a table of fields with no heading row (Grade, Reports to, …),
    duties as bullets, and a person specification table whose first row is column headings."""
    import docx

    doc = docx.Document()
    doc.core_properties.title = "Job Description: Digital Customer Adviser"
    doc.add_heading("Job Description: Digital Customer Adviser", 0)
    fields = doc.add_table(rows=0, cols=2)
    for label, value in [("Service", "Customer Services"), ("Grade", "Grade 6 (£27,711 – £30,296)"),
                         ("Reports to", "Customer Services Team Leader"), ("Hours", "37 hours a week, hybrid")]:
        row = fields.add_row().cells
        row[0].text, row[1].text = label, value
    doc.add_heading("Main duties", 1)
    for duty in ["Handle enquiries passed on by the chatbot that it cannot resolve.",
                 "Check a daily sample of chatbot conversations and report wrong answers to the Digital Team."]:
        doc.add_paragraph(duty, style="List Bullet")
    doc.add_heading("Person specification", 1)
    spec = doc.add_table(rows=1, cols=3)
    for cell, heading in zip(spec.rows[0].cells, ["Criteria", "Essential", "Desirable"], strict=True):
        cell.text = heading
    for values in [("Experience", "Customer service experience in a busy contact centre", "Experience of working with chatbots"),
                   ("Skills", "Good written English; able to use Microsoft 365", "Welsh language skills (level 3 or above)"),
                   ("Qualifications", "GCSE English and Maths at grade C/4 or above", "NVQ level 3 in customer service")]:
        for cell, value in zip(spec.add_row().cells, values, strict=True):
            cell.text = value
    doc.save(str(path))
    return path


def impact_assessment_docx(path: Path) -> Path:
    """An equality impact assessment in Word: a table with a row for each protected characteristic."""
    import docx

    doc = docx.Document()
    doc.core_properties.title = "Equality Impact Assessment: automated shortlisting"
    doc.add_heading("Equality Impact Assessment: automated shortlisting", 0)
    doc.add_heading("Impact on protected characteristics", 1)
    table = doc.add_table(rows=1, cols=3)
    for cell, heading in zip(table.rows[0].cells, ["Characteristic", "Likely impact", "Mitigation"], strict=True):
        cell.text = heading
    for values in [
        ("Age", "Negative: gaps in employment history may be scored lower.", "Employment gaps removed from the scoring criteria."),
        ("Disability", "Negative: the online form may be hard to use with a screen reader.", "Paper and telephone applications accepted."),
        ("Race", "Unknown: no testing on qualifications from outside the UK.", "Six-monthly audit of outcomes by ethnicity."),
    ]:
        for cell, value in zip(table.add_row().cells, values, strict=True):
            cell.text = value
    doc.save(str(path))
    return path


# A restructure proposal as a rep is sent it: the reasons, a table of posts, the effect on staff.
RESTRUCTURE = """# Restructure proposal: Revenues and Benefits

Consultation document issued to staff and the recognised trade unions on 2 March 2027.

## 1. Why we are proposing change

The new benefits system automates the assessment of most change-of-circumstance forms. Fewer staff are needed for data entry, and more are needed to support residents with complex claims.

## 2. Current and proposed structure

| Post | Grade | Current posts (FTE) | Proposed posts (FTE) |
|---|---|---|---|
| Benefits Assessor | Grade 5 | 24 | 16 |
| Data Entry Officer | Grade 3 | 10 | 0 |
| Complex Claims Officer | Grade 6 | 4 | 10 |

## 3. Effect on staff

Eight Benefits Assessor posts and all ten Data Entry Officer posts would be deleted. Six new Complex Claims Officer posts would be created.

Staff in deleted posts will be placed in a redeployment pool and offered ring-fenced interviews for the new posts before they are advertised.

## 4. How to respond

Send comments to rb.restructure@enghraifft.gov.wales by 16 April 2027.
"""


def restructure_md(path: Path) -> Path:
    path.write_text(RESTRUCTURE, encoding="utf-8")
    return path


DECK = [  # (title, body bullets as (level, text), a text box, speaker notes); None for a hidden slide
    ("Digital Revenues Programme", [], "Staff briefing, January 2027", ""),
    ("Why we are changing", [(0, "Claims for Council Tax Reduction have risen by 30% since 2023"),
                             (0, "Staff spend half their time re-keying claim forms"),
                             (1, "Most forms arrive by email as scanned PDFs")], "", ""),
    ("What will change", [(0, "Software robots will read claim forms and enter them into the benefits system"),
                          (0, "Assessors will check every case a robot flags as unusual"),
                          (0, "No one will lose their job as a result of the programme")],
     "The pilot starts on 1 April 2027", ""),
    None,
    ("Training and support", [(0, "A half-day workshop for every assessor before the pilot"),
                              (0, "Floor-walkers in each office for the first two weeks")], "",
     "The workshop is in work time. Anyone who needs more help can ask their team leader for one-to-one sessions."),
    ("Questions?", [], "Write to the programme team: digital.revenues@example.gov.uk", ""),
]
HIDDEN_SLIDE = "Delete 12 FTE assessor posts from April 2028"


def briefing_pptx(path: Path) -> Path:
    from pptx import Presentation
    from pptx.util import Inches, Pt

    deck = Presentation()
    deck.core_properties.title = "Digital Revenues Programme: staff briefing"
    for n, slide_spec in enumerate(DECK):
        if slide_spec is None:  # a hidden slide of options not for the audience
            slide = deck.slides.add_slide(deck.slide_layouts[1])
            slide.shapes.title.text = "Savings options (not for circulation)"
            slide.placeholders[1].text_frame.text = HIDDEN_SLIDE
            slide._element.set("show", "0")
            continue
        title, bullets, box, notes = slide_spec
        slide = deck.slides.add_slide(deck.slide_layouts[0 if n == 0 else 1 if bullets else 5])
        slide.shapes.title.text = title
        if bullets:
            frame = slide.placeholders[1].text_frame
            for i, (level, text) in enumerate(bullets):
                para = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
                para.text, para.level = text, level
        elif n == 0:
            slide.placeholders[1].text = box
        if box and n > 0:
            tb = slide.shapes.add_textbox(Inches(1), Inches(5.6), Inches(8), Inches(0.6))
            tb.text_frame.text = box
        mark = slide.shapes.add_textbox(Inches(8.5), Inches(7.0), Inches(1.2), Inches(0.4))
        mark.text_frame.text = "OFFICIAL"
        mark.text_frame.paragraphs[0].runs[0].font.size = Pt(10)
        if notes:
            slide.notes_slide.notes_text_frame.text = notes
    timeline = deck.slides.add_slide(deck.slide_layouts[5])
    timeline.shapes.title.text = "Timeline"
    rows = [("Phase", "Dates", "Teams"), ("Pilot", "April to June 2027", "Council Tax Reduction"),
            ("Roll-out", "July to December 2027", "Housing Benefit and Council Tax Reduction"),
            ("Review", "January 2028", "All teams, with the trade unions")]
    table = timeline.shapes.add_table(len(rows), 3, Inches(0.5), Inches(1.6), Inches(9), Inches(2)).table
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.cell(r, c).text = value
    deck.save(str(path))
    return path


REPLY_BODY = """Dear Gareth,

Thank you for your questions about the attendance software.

The software will flag staff who reach a trigger point, but a manager will always decide whether to hold a meeting. No decision will be made by the software alone.

Absence records will be kept for three years after the absence ends.

We will meet the branch on 14 January 2027 to go through the draft procedure.

Kind regards,
Sian Roberts
Head of People Services

On Tue, 1 Dec 2026 at 09:30, Gareth Morgan <g.morgan@unison.example.org> wrote:

> Dear Sian,
>
> Members have asked two things about the new attendance software:
> will it decide who gets a formal meeting, and how long will absence
> records be kept?
>
> Regards,
> Gareth Morgan
> UNISON Branch Secretary
"""


def reply_eml(path: Path) -> Path:
    from email.message import EmailMessage

    msg = EmailMessage()
    msg["From"] = "Sian Roberts <s.roberts@example.gov.uk>"
    msg["To"] = "Gareth Morgan <g.morgan@unison.example.org>"
    msg["Date"] = "Wed, 02 Dec 2026 14:05:00 +0000"
    msg["Subject"] = "RE: Attendance software - questions from the branch"
    msg.set_content(REPLY_BODY)
    msg.add_alternative("<html><body>" + "".join(f"<p>{p}</p>" for p in REPLY_BODY.split("\n\n")) + "</body></html>",
                        subtype="html")
    msg.add_attachment(b"%PDF-1.4 not read", maintype="application", subtype="pdf", filename="draft-procedure.pdf")
    path.write_bytes(bytes(msg))
    return path


@lru_cache(maxsize=1)
def _styles():  # type: ignore[no-untyped-def]  # -> reportlab's sample style sheet
    from reportlab.lib.styles import getSampleStyleSheet

    return getSampleStyleSheet()


def _paragraph(text: str, style: str = "BodyText"):  # type: ignore[no-untyped-def]  # -> a reportlab Paragraph
    """A paragraph in one of reportlab's sample styles ("BodyText", "Title", "Heading2")."""
    from reportlab.platypus import Paragraph

    return Paragraph(text, _styles()[style])


def cabinet_report_pdf(path: Path) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import PageBreak, SimpleDocTemplate, Table

    para = _paragraph

    def footer(canvas, doc) -> None:  # type: ignore[no-untyped-def]
        canvas.setFont("Helvetica", 8)
        canvas.drawString(72, 30, f"Cabinet 12 February 2027 - Agenda Item 7    Page {doc.page}")

    flow = [
        para("CITY AND COUNTY OF ABERGLAS COUNCIL", "Title"), para("REPORT TO CABINET", "Heading2"),
        para("Date of meeting: 12 February 2027"), para("Report of: Director of Corporate Services"),
        para("Subject: Digital Customer Services Strategy 2027-2030"),
        para("1. Purpose of the report", "Heading2"),
        para("1.1 This report asks Cabinet to approve the Digital Customer Services Strategy and the first year of its delivery plan."),
        para("2. Recommendations", "Heading2"), para("2.1 It is recommended that Cabinet:"),
        para("(a) approves the Digital Customer Services Strategy 2027-2030;"),
        para("(b) approves the introduction of a customer service chatbot on the Council website from September 2027;"),
        para("(c) delegates authority to the Director of Corporate Services to award the chatbot contract; and"),
        para("(d) notes that formal consultation with the recognised trade unions will begin on 1 March 2027."),
        para("3. Background", "Heading2"),
        para("3.1 The contact centre answered 412,000 telephone calls in 2025-26. Around 40% of calls were about council tax, "
             "waste collection and school admissions."),
        PageBreak(),
        para("4. Impact on staff", "Heading2"),
        para("4.1 The strategy is expected to reduce the number of contact centre posts from 58 to 50 full-time equivalents by "
             "March 2029. The reduction will be managed through vacancies and voluntary redeployment; no compulsory "
             "redundancies are proposed."),
        para("5. Financial implications", "Heading2"), para("5.1 The costs and savings of the strategy are set out below."),
        Table([["Item", "2027-28", "2028-29", "2029-30"], ["Chatbot licence and support", "£85,000", "£85,000", "£85,000"],
               ["Savings from reduced posts", "£0", "£120,000", "£240,000"]]),
        para("6. Equality impact", "Heading2"),
        para("6.1 Older residents and disabled residents are less likely to use a chatbot. Telephone and face-to-face "
             "services will therefore remain available."),
        para("Contact officer: Rhys Evans, Head of Customer Services, rhys.evans@aberglas.example.gov.uk"),
    ]
    SimpleDocTemplate(str(path), pagesize=A4, title="Report to Cabinet: Digital Customer Services Strategy").build(
        flow, onFirstPage=footer, onLaterPages=footer)
    return path


def bwv_procedure_pdf(path: Path) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import PageBreak, SimpleDocTemplate, Table

    para = _paragraph

    def furniture(canvas, doc) -> None:  # type: ignore[no-untyped-def]
        canvas.setFont("Helvetica", 8)
        canvas.drawString(72, 810, "Body Worn Video Procedure - Civil Enforcement - Version 2.1")
        canvas.drawString(72, 30, f"Page {doc.page} of 5")

    contents = [
        ("1. Introduction", 3), ("2. Scope", 3), ("3. When to record", 3), ("4. Telling people they are being recorded", 4),
        ("5. Storage and retention of footage", 4), ("6. Who can view footage", 4), ("7. Use of footage in staff matters", 5),
        ("8. Faults and lost devices", 5), ("Appendix A: Glossary", 5),
    ]
    flow = [
        para("Body Worn Video Procedure", "Title"), para("Parking and Civil Enforcement Service"),
        Table([["Version", "2.1"], ["Owner", "Parking Services Manager"], ["Approved by", "Head of Highways, 14 January 2027"],
               ["Review date", "January 2029"]]),
        PageBreak(),
        para("Contents", "Heading1"),
    ]
    for title, page in contents:
        flow.append(para(f"{title} {'.' * (70 - len(title))} {page}"))
    flow += [
        PageBreak(),
        para("1. Introduction", "Heading2"),
        para("1.1 Civil Enforcement Officers (CEOs) wear a body worn video (BWV) camera on patrol. The cameras are there to "
             "protect officers from abuse and assault and to give an accurate record of incidents."),
        para("2. Scope", "Heading2"),
        para("2.1 This procedure applies to all Civil Enforcement Officers and Parking Supervisors. Wearing a camera on patrol "
             "is a condition of the role."),
        para("3. When to record", "Heading2"),
        para("3.1 Cameras are switched on at the start of a shift but do not record continuously. An officer starts "
             "recording when:"),
        para("(a) a member of the public becomes abusive or threatening;"),
        para("(b) a vehicle is being removed or clamped; or"),
        para("(c) the officer believes a record of the conversation may be needed later."),
        para("3.2 Officers must not record in toilets, changing rooms or during rest breaks."),
        PageBreak(),
        para("4. Telling people they are being recorded", "Heading2"),
        para("4.1 Before or as soon as recording starts, the officer says: \"I am recording this conversation on a body "
             "worn camera.\""),
        para("5. Storage and retention of footage", "Heading2"),
        para("5.1 At the end of each shift the camera is placed in its docking station, which uploads the footage to a "
             "secure server. Officers cannot delete or edit footage."),
        para("5.2 Footage is kept for 31 days and then deleted automatically, unless it is needed as evidence in a "
             "complaint, an appeal or a criminal investigation."),
        para("6. Who can view footage", "Heading2"),
        para("6.1 Footage may be viewed only by the Parking Services Manager, the Parking Supervisors and, on request, "
             "the police. Every viewing is logged."),
        para("6.2 An officer may ask to view footage of an incident they were involved in."),
        PageBreak(),
        para("7. Use of footage in staff matters", "Heading2"),
        para("7.1 Footage will not be used to monitor an officer's routine performance. It may be used in a disciplinary "
             "investigation only where a complaint about the officer's conduct has been made."),
        para("8. Faults and lost devices", "Heading2"),
        para("8.1 A faulty or lost camera must be reported to a Parking Supervisor before the end of the shift. An officer "
             "will not be disciplined for a genuine fault."),
        para("Appendix A: Glossary", "Heading2"),
        para("CEO: Civil Enforcement Officer."), para("BWV: Body worn video."),
        para("Docking station: the unit that charges a camera and uploads its footage."),
    ]
    SimpleDocTemplate(str(path), pagesize=A4, title="Body Worn Video Procedure").build(
        flow, onFirstPage=furniture, onLaterPages=furniture)
    return path


def bilingual_policy_docx(path: Path, halves: bool = False) -> Path:
    """Each paragraph in Welsh and then in English; with `halves`, the Welsh version whole and then the English."""
    import docx

    d = docx.Document()
    d.core_properties.title = "Polisi Defnyddio Offer AI / AI Tools Use Policy"
    d.add_heading("Polisi Defnyddio Offer Deallusrwydd Artiffisial (AI)", 0)
    d.add_heading("Artificial Intelligence (AI) Tools Use Policy", 0)
    pairs = [
        ("1. Diben / Purpose", [
            ("Mae'r polisi hwn yn egluro sut y gall staff ddefnyddio offer AI cynhyrchiol, fel Microsoft Copilot, yn eu gwaith.",
             "This policy explains how staff may use generative AI tools, such as Microsoft Copilot, in their work."),
        ]),
        ("2. Pwy sy'n cael defnyddio offer AI / Who may use AI tools", [
            ("Dim ond staff sydd wedi cwblhau'r hyfforddiant e-ddysgu 'AI yn y Gwaith' gaiff ddefnyddio Copilot.",
             "Only staff who have completed the 'AI at Work' e-learning module may use Copilot."),
            ("Ni chaiff staff ddefnyddio offer AI eraill, fel ChatGPT, ar gyfer gwaith y Cyngor.",
             "Staff must not use other AI tools, such as ChatGPT, for Council work."),
        ]),
        ("3. Gwybodaeth bersonol / Personal information", [
            ("Peidiwch byth â rhoi gwybodaeth bersonol am breswylwyr na chydweithwyr mewn offeryn AI.",
             "Never enter personal information about residents or colleagues into an AI tool."),
        ]),
        ("4. Gwirio'r allbwn / Checking the output", [
            ("Chi sy'n gyfrifol am unrhyw waith a gynhyrchir gydag AI. Rhaid i chi wirio'r cynnwys cyn ei anfon.",
             "You are responsible for any work produced with AI. You must check the content before sending it."),
        ]),
        ("5. Monitro / Monitoring", [
            ("Mae'r Cyngor yn cadw cofnod o'r cwestiynau a roddir i Copilot am 90 diwrnod. Ni ddefnyddir y cofnod hwn i "
             "fesur perfformiad unigolion.",
             "The Council keeps a record of the prompts entered into Copilot for 90 days. This record is not used to "
             "measure individual performance."),
        ]),
        ("6. Y Gymraeg / The Welsh language", [
            ("Gall Copilot gynhyrchu testun Cymraeg, ond rhaid i siaradwr Cymraeg rhugl ei wirio cyn ei gyhoeddi.",
             "Copilot can produce Welsh text, but a fluent Welsh speaker must check it before it is published."),
        ]),
        ("7. Torri'r polisi / Breaches of this policy", [
            ("Gall torri'r polisi hwn arwain at gamau disgyblu.",
             "A breach of this policy may lead to disciplinary action."),
        ]),
    ]
    if halves:  # the whole Welsh version, then the whole English one
        for lang in (0, 1):
            d.add_heading(["Fersiwn Cymraeg", "English version"][lang], 1)
            for heading, paras in pairs:
                d.add_heading(heading.split(" / ")[lang], 2)
                for texts in paras:
                    d.add_paragraph(texts[lang])
    else:
        for heading, paras in pairs:
            d.add_heading(heading, 1)
            for cy, en in paras:
                d.add_paragraph(cy)
                d.add_paragraph(en)
    d.save(str(path))
    return path


TIMESHEET_BODY = """Hi all,

From 1 February 2027 all Highways crews will record their hours in the new
TimeTrack app on their work phones instead of paper timesheets.

The app records your location when you clock in and when you clock out. It
does not track you during the day, and location data is deleted after 60
days.

Training sessions will be held at the Depot on 12 and 13 January. Each
session lasts one hour and is in work time.

If you have any questions please speak to your supervisor or email
highways.ops@example.gov.uk.

Thanks,
Dylan Hughes
Highways Operations Manager"""


def timesheet_msg(path: Path, html: bool = False) -> Path:
    """The email as Outlook saves it; with `html`, one whose body is HTML only (its plain body blank)."""
    from datetime import datetime

    from msgforge import Message

    body = TIMESHEET_BODY.replace("\n", "\r\n")
    msg = Message(
        subject="FW: New mobile timesheet app for Highways crews",
        text_body=" " if html else body,
        html_body="".join(f"<p>{p}</p>" for p in TIMESHEET_BODY.split("\n\n")) if html else None,
        sender=("dylan.hughes@example.gov.uk", "Dylan Hughes"),
        to=[("highways.crews@example.gov.uk", "Highways crews")],
        cc=[("branch@unison.example.org", "UNISON Highways branch")],
        sent=datetime(2026, 12, 11, 9, 15),
    )
    msg.attach_bytes("timetrack-privacy-notice.pdf", b"%PDF-1.4 not read")
    msg.save(path)
    return path


STRUCTURE_POSTS = [
    ("Post", "Grade", "Salary (top of grade)", "Posts now", "Posts proposed", "Change"),
    ("Benefits Assessor", "Grade 5", 28624, 12, 4, -8),
    ("Data Entry Officer", "Grade 3", 24404, 10, 0, -10),
    ("Digital Benefits Officer", "Grade 6", 31537, 0, 6, 6),
    ("Automation Support Analyst", "Grade 7", 35235, 0, 2, 2),
]


def structure_xlsx(path: Path) -> Path:
    from datetime import datetime

    import openpyxl

    book = openpyxl.Workbook()
    posts = book.active
    posts.title = "Proposed structure"
    posts.append(["Revenues and Benefits restructure: posts now and proposed"])
    posts.append([])
    for row in STRUCTURE_POSTS:
        posts.append(list(row) + (["HR reference"] if row[0] == "Post" else ["RB-" + row[0][:3].upper()]))
    for r in range(4, 4 + len(STRUCTURE_POSTS) - 1):
        posts.cell(r, 3).number_format = "£#,##0"
    posts.column_dimensions["G"].hidden = True  # an internal reference nobody is meant to see
    posts.append([])
    posts.append(["Posts at risk are ring-fenced to the new Digital Benefits Officer posts before external advertising."])
    posts.append(["Share of posts deleted", 18 / 22])
    posts.cell(posts.max_row, 2).number_format = "0%"
    dates = book.create_sheet("Timetable")
    dates.append(["Stage", "Date"])
    for stage, when in [("Consultation opens", datetime(2027, 3, 1)), ("Consultation closes", datetime(2027, 4, 16)),
                        ("New structure in place", datetime(2027, 7, 1))]:
        dates.append([stage, when])
    hidden = book.create_sheet("Savings workings")
    hidden.append(["Option", "Posts deleted", "Saving"])
    hidden.append(["Option C", 22, 520000])
    hidden.sheet_state = "hidden"
    book.properties.title = "Revenues and Benefits restructure - staffing"
    book.save(str(path))
    return path


def structure_csv(path: Path) -> Path:
    import csv

    with path.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(STRUCTURE_POSTS)
    return path


_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_TEXT_BOX = f"""<w:r xmlns:w="{_W}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
 xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
 xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"
 xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
 xmlns:v="urn:schemas-microsoft-com:vml"><mc:AlternateContent>
<mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="1"
 behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>
<wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>
<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>
<wp:extent cx="2000000" cy="1000000"/><wp:wrapSquare wrapText="bothSides"/><wp:docPr id="1" name="Key dates"/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>
<wps:spPr><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr>
<wps:txbx><w:txbxContent>{{paras}}</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic>
</wp:anchor></w:drawing></mc:Choice>
<mc:Fallback><w:pict><v:shape style="width:160pt;height:80pt"><v:textbox><w:txbxContent>{{paras}}</w:txbxContent></v:textbox>
</v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>"""
DESK_BOX = ["Key dates", "Training sessions run from 1 to 19 March 2027.",
            "Drop-in help desks are on the ground floor of County Hall."]
DESK_FOOTNOTES = ["Condeco is supplied by Eptura Ltd under the Council's existing facilities management contract.",
                  "See clause 4 of the Hybrid Working Agreement 2025, agreed with the recognised trade unions."]


def desk_booking_docx(path: Path) -> Path:
    import docx
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from lxml import etree

    d = docx.Document()
    d.add_heading("Desk booking at County Hall: staff briefing", 0)
    d.add_heading("What is changing", 1)
    first = d.add_paragraph("From 6 April 2027 desks at County Hall will be booked through the Condeco app.")
    d.add_paragraph("Each team keeps a neighbourhood of desks, and you can book a desk up to two weeks ahead.")
    d.add_heading("Your information", 1)
    second = d.add_paragraph("Booking data will not be used to monitor attendance or performance.")
    d.add_paragraph("Bookings are deleted after 12 months.")
    paras = "".join(f'<w:p><w:r><w:t xml:space="preserve">{t}</w:t></w:r></w:p>' for t in DESK_BOX)
    first._p.append(etree.fromstring(_TEXT_BOX.replace("{paras}", paras)))  # anchored to the first paragraph
    for n, para in enumerate([first, second], 1):
        para._p.append(etree.fromstring(
            f'<w:r xmlns:w="{_W}"><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{n}"/></w:r>'))
    notes = "".join(
        f'<w:footnote w:id="{n}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
        f'<w:r><w:t xml:space="preserve"> {text}</w:t></w:r></w:p></w:footnote>'
        for n, text in enumerate(DESK_FOOTNOTES, 1)
    )
    xml = (f'<w:footnotes xmlns:w="{_W}"><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
           f'</w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r>'
           f"</w:p></w:footnote>{notes}</w:footnotes>")
    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml", xml.encode(), d.part.package)
    d.part.relate_to(part, RT.FOOTNOTES)
    d.save(str(path))
    return path


CONSULTATION_NOTES = {
    1: ["1 Trade Union and Labour Relations (Consolidation) Act 1992, section 188.",
        "2 The Workforce Partnership Agreement was signed on 3 March 2025."],
    2: ["3 Online survey of 1,204 members, October 2026."],
}


def consultation_pdf(path: Path) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph

    styles = getSampleStyleSheet()

    def notes(canvas, doc) -> None:  # type: ignore[no-untyped-def]
        # Drawn when the page's text is done, as Word writes them: last in the page's content.
        lines = CONSULTATION_NOTES.get(doc.page, [])
        canvas.saveState()
        canvas.setFont("Helvetica", 7)
        for i, line in enumerate(lines):
            canvas.drawString(72, 70 + 9 * (len(lines) - 1 - i), line)
        canvas.drawString(300, 30, str(doc.page))
        canvas.restoreState()

    para = styles["BodyText"]
    services = ["Domiciliary Care", "Reablement", "Day Services", "Extra Care", "Shared Lives", "Respite Care",
                "Community Support", "Night Support", "Supported Living", "Home from Hospital"]
    meetings = " ".join(
        f"Meeting {n} looked at how the draft rotas for {team} compare with the rotas staff work now, "
        f"and the notes of that meeting were sent to the {n + 11} care workers in {team} within a week."
        for n, team in enumerate(services * 3, 1)
    )
    flow = [
        Paragraph("Automated rota scheduling: consultation report", styles["Title"]),
        Paragraph("1. The duty to consult", styles["Heading2"]),
        Paragraph("1.1 The Council must consult the recognised trade unions before any change that affects staff "
                  "numbers<super>1</super>.", para),
        Paragraph("1.2 Under the Workforce Partnership Agreement<super>2</super> consultation begins before any "
                  "decision is made.", para),
        Paragraph(f"1.3 Managers and representatives have met every fortnight since June 2026. {meetings}", para),
        Paragraph("2. What members told us", styles["Heading2"]),
        Paragraph("2.1 Most members said the scheduling system should not decide who works weekends without a manager "
                  "checking it<super>3</super>.", para),
    ]
    doc = BaseDocTemplate(str(path), pagesize=A4, title="Automated rota scheduling: consultation report")
    frame = Frame(72, 120, A4[0] - 144, A4[1] - 192)
    doc.addPageTemplates([PageTemplate(frames=[frame], onPageEnd=notes)])
    doc.build(flow)
    return path



def _rtf(text: str) -> str:
    """Text as Word writes it in RTF: 7-bit, other characters as \\'hh (Windows-1252) or \\uN?."""
    out = []
    for ch in text:
        if ord(ch) < 128:
            out.append(ch)
        elif ch.encode("cp1252", "ignore"):
            out.append(f"\\'{ch.encode('cp1252')[0]:02x}")
        else:
            out.append(f"\\u{ord(ch)}?")
    return "".join(out)


TERMS_ROWS = [["Term", "Now", "From 1 April 2027"],
              ["Working pattern", "Monday to Friday, 9am to 5pm", "Four shifts of 9 hours on a rota of 7 days"],
              ["Weekend working", "None", "One weekend in four"],
              ["Shift allowance", "None", "10% of basic pay for each weekend shift"]]


def contract_change_rtf(path: Path) -> Path:
    """An HR system's letter, exported as Word writes RTF: a font table, a stylesheet whose
    "heading 2" style marks the headings, an \\info title, bulleted items (Word's \\listtext
    groups), a three-column table of the old and new terms, a footer on every page, and source
    lines broken inside words, as Word breaks them (RTF ignores them)."""
    def para(text: str, style: str = "\\s0") -> str:
        # Word wraps RTF source lines, even inside a word: a line break in RTF is no text.
        text = re.sub(r"\b(\w{4})(\w{5,})", lambda m: m.group(1) + "\r\n" + m.group(2), _rtf(text), count=1)
        return f"\\pard\\plain \\ltrpar{style}\\sa160\\sl259\\slmult1 \\f0\\fs22 {text}\\par\n"

    def item(text: str) -> str:
        return ("{\\listtext\\pard\\plain\\ltrpar \\f3\\fs22 \\'b7\\tab}"
                f"\\pard\\plain \\ltrpar\\s17\\fi-360\\li720\\ls1 \\f0\\fs22 {_rtf(text)}\\par\n")

    def row(cells: list[str]) -> str:
        edges = "".join(f"\\clbrdrt\\brdrs\\cellx{3000 * (i + 1)}" for i in range(len(cells)))
        return f"\\trowd\\trgaph108{edges}\\pard\\intbl " + "".join(f"{_rtf(c)}\\cell " for c in cells) + "\\row\n"

    body = (
        para("Mrs Carys Pritchard, Home Care Coordinator")
        + para("Dear Mrs Pritchard,")
        + para("Changes to your working pattern", "\\s2\\keepn")
        + para("Following the consultation on the new rota system, I am writing to confirm the changes to your "
               "terms and conditions. The new terms take effect on 1 April 2027.")
        + "".join(row(r) for r in TERMS_ROWS)
        + para("What happens next", "\\s2\\keepn")
        + item("You will receive your first rota under the new pattern by 3 March 2027.")
        + item("Your line manager will meet you before 17 March 2027 to discuss any caring responsibilities.")
        + item("Rotas will be published four weeks in advance.")
        + para("Your right of appeal", "\\s2\\keepn")
        + para("If you disagree with this decision, you may appeal in writing to the Head of Adult Services within "
               "14 days of the date of this letter. You may be accompanied at an appeal meeting by a trade union "
               "representative or a colleague.")
        + para("Yours sincerely,")
        + para("Gwenllian Hughes, HR Business Partner, Cyngor Sir Caerwen")
    )
    rtf = (
        "{\\rtf1\\adeflang1025\\ansi\\ansicpg1252\\uc1\\adeff0\\deff0\\deflang2057\n"
        "{\\fonttbl{\\f0\\fswiss\\fcharset0 Arial;}{\\f3\\fbidi \\froman\\fcharset2\\fprq2 Symbol;}}\n"
        "{\\colortbl;\\red0\\green0\\blue0;}\n"
        "{\\stylesheet{\\ql \\li0\\ri0\\sa160\\sl259\\slmult1 \\f0\\fs22 \\snext0 \\sqformat \\spriority0 Normal;}"
        "{\\s2\\ql \\sb40\\keepn\\outlinelevel1 \\b\\f0\\fs26 \\sbasedon0 \\snext0 \\slink15 \\sqformat heading 2;}"
        "{\\s17\\ql \\fi-360\\li720 \\f0\\fs22 \\sbasedon0 \\snext17 \\sqformat List Paragraph;}}\n"
        "{\\*\\listtable{\\list\\listtemplateid1{\\listlevel\\levelnfc23{\\leveltext\\'01\\u-3913 ?;}{\\levelnumbers;}\\f3}"
        "\\listid1}}\n"
        "{\\info{\\title Changes to your terms and conditions}{\\author Cyngor Sir Caerwen HR}}\n"
        "\\paperw11906\\paperh16838\\margl1440\\margr1440\n"
        "{\\footer \\pard\\plain \\qc \\f0\\fs16 OFFICIAL-SENSITIVE: Personnel\\par}\n"
        + body + "}\n"
    )
    path.write_text(rtf, encoding="ascii")
    return path


def restricted_pdf(path: Path, password: str = "") -> Path:
    """A published policy PDF encrypted as most are (AES-128), with copying and printing
    restricted; with a `password`, one that needs it to open."""
    from pypdf import PdfWriter

    plain = policy_pdf(path.with_name(path.stem + "-plain.pdf"))
    writer = PdfWriter(clone_from=str(plain))
    writer.encrypt(user_password=password, owner_password="records-team", algorithm="AES-128", permissions_flag=0)
    writer.write(str(path))
    plain.unlink()
    return path


GRIEVANCE_TIMES = [["Step", "Who", "Time limit"],
                   ["Raise a formal grievance", "Employee", "Within 3 months of the matter"],
                   ["Grievance meeting", "Head of Service", "Within 10 working days of the form"],
                   ["Written outcome", "Head of Service", "Within 5 working days of the meeting"],
                   ["Appeal", "Employee", "Within 10 working days of the outcome"]]


def grievance_docx(path: Path) -> Path:
    """A grievance procedure in Word: stages under headings, the right to be accompanied, and a
    table of time limits (Step / Who / Time limit) after a sentence that names them."""
    import docx

    d = docx.Document()
    d.add_heading("Grievance Procedure", 0)
    d.add_heading("1. Introduction", 1)
    d.add_paragraph("This procedure sets out how employees can raise concerns, problems or complaints about their work, "
                    "working environment or working relationships.")
    d.add_heading("2. Informal resolution", 1)
    d.add_paragraph("Most concerns can be resolved informally. You should first raise the matter with your line "
                    "manager, either in person or in writing.")
    d.add_heading("3. Stage 1: Formal grievance", 1)
    d.add_paragraph("If the matter is not resolved informally, you may raise a formal grievance by completing the "
                    "grievance form and sending it to your Head of Service.")
    d.add_paragraph("The Head of Service will arrange a meeting within 10 working days of receiving the form. You have the "
                    "right to be accompanied at the meeting by a trade union representative or a work colleague.")
    d.add_paragraph("You will receive a written outcome within 5 working days of the meeting.")
    d.add_heading("4. Stage 2: Appeal", 1)
    d.add_paragraph("If you are not satisfied with the outcome, you may appeal in writing to the Director within 10 "
                    "working days of receiving the outcome letter.")
    d.add_paragraph("The appeal will be heard by a panel of two senior managers who have not been involved in the "
                    "grievance. The panel's decision is final.")
    d.add_heading("5. Timescales", 1)
    d.add_paragraph("Time limits may be extended by agreement of both parties.")
    _word_table(d, GRIEVANCE_TIMES)
    d.save(str(path))
    return path


LONE_WORKER_DATA = ["Name, job title and work phone number", "GPS location during a visit only",
                    "Voice recordings made after an alert is raised", "Visit start and end times"]
LONE_WORKER_RISKS = [
    ["Risk", "Likelihood", "Impact", "Mitigation"],
    ["Location data used to monitor performance", "Medium", "High",
     "Policy forbids use of app data in performance or disciplinary matters without the employee's consent"],
    ["Supplier staff access recordings", "Low", "High",
     "Access limited to Alarm Receiving Centre operators; all access logged and audited monthly"],
    ["Officers not trained to use the alert", "High", "High", "Training for every officer before the app is issued"],
]


def dpia_docx(path: Path) -> Path:
    """A data protection impact assessment for a lone worker app, in Word: what the app does,
    the data it collects as bullets under a heading (no intro), and a risk register table."""
    import docx

    d = docx.Document()
    d.add_heading("Data Protection Impact Assessment: StaffSafe lone worker app", 0)
    d.add_heading("1. The processing", 1)
    d.add_paragraph("Housing officers who visit tenants alone will carry the StaffSafe app on their work phones. When "
                    "an officer starts a visit, the app records their location until they check out.")
    d.add_paragraph("An officer can raise an alert by pressing a button for three seconds. Alerts go to the 24-hour "
                    "Alarm Receiving Centre run by Carelink Ltd.")
    d.add_heading("2. Data collected", 1)
    for item in LONE_WORKER_DATA:
        d.add_paragraph(item, style="List Bullet")
    d.add_paragraph("Location is not recorded outside visits, and the app cannot be used to track officers during "
                    "breaks or after work.")
    d.add_heading("3. Risks and mitigations", 1)
    _word_table(d, LONE_WORKER_RISKS)
    d.add_heading("4. Sign-off", 1)
    d.add_paragraph("Approved by the Data Protection Officer, Rhys Evans, on 30 September 2026.")
    d.save(str(path))
    return path


def flexible_working_html(path: Path) -> Path:
    """A flexible working policy page from an intranet: navigation and footer, a list of the
    kinds of flexible working, and two lengths of time, one counted from the other ("a
    decision within two months", "appeal within 14 days of the decision")."""
    path.write_text(textwrap.dedent("""\
        <!DOCTYPE html><html lang="en"><head><title>Flexible working policy | Cyngor Sir Caerwen intranet</title></head>
        <body>
        <nav><ul><li><a href="/">Home</a></li><li><a href="/hr">HR</a></li><li><a href="/it">IT</a></li></ul></nav>
        <main>
        <h1>Flexible working policy</h1>
        <p class="meta">Last updated 12 August 2026. Owner: People Services.</p>
        <h2>Who can apply</h2>
        <p>All employees can ask for flexible working from their first day of employment. You can make two requests in any 12-month period.</p>
        <h2>Types of flexible working</h2>
        <p>Flexible working can include:</p>
        <ul><li>part-time hours</li><li>compressed hours, such as a nine-day fortnight</li><li>job sharing</li><li>hybrid working, splitting your week between home and the office</li><li>annualised hours</li></ul>
        <h2>How to apply</h2>
        <p>Complete the flexible working request form on the HR portal and send it to your line manager. Say what change you are asking for and when you would like it to start.</p>
        <p>Your manager will meet you to discuss the request within 14 days. You may bring a colleague or trade union representative to the meeting.</p>
        <h2>The decision</h2>
        <p>The Council must give you a decision within two months of receiving your request, including any appeal. This can be extended only if you agree.</p>
        <p>A request can only be refused for one of the following business reasons:</p>
        <ul><li>the burden of additional costs</li><li>a detrimental effect on ability to meet customer demand</li><li>inability to reorganise work among existing staff</li><li>inability to recruit additional staff</li><li>a detrimental impact on quality or performance</li><li>not enough work during the periods you propose to work</li><li>planned structural changes</li></ul>
        <h2>Appeals</h2>
        <p>If your request is refused, you can appeal within 14 days of the decision by writing to the Head of People Services.</p>
        <h2>Trial periods</h2>
        <p>Where it is not clear whether a new pattern will work, your manager may agree a trial period of up to three months.</p>
        </main>
        <footer><p>&copy; Cyngor Sir Caerwen 2026</p></footer>
        </body></html>

        """), encoding="utf-8")
    return path


CALL_RECORDING_QA = [
    ("Why are calls being recorded?", "From 1 March 2027 all calls to the Council's contact centre will be recorded so "
     "that we can resolve complaints and train staff."),
    ("Will my personal calls be recorded?", "No. Only calls on the contact centre lines are recorded. Calls from your "
     "personal mobile are never recorded."),
    ("Who can listen to recordings?", "Only team leaders and the Quality Officer can listen to recordings, and every "
     "time a recording is played it is logged."),
    ("Will recordings be used in my appraisal?", "Recordings may be used for coaching. They will not be used as the only "
     "evidence in a disciplinary case."),
    ("How long are recordings kept?", "Recordings are kept for 90 days and then deleted automatically, unless they are "
     "needed for a complaint."),
    ("Is AI used to analyse calls?", "Not at present. If the Council proposes to use speech analytics, the trade unions "
     "will be consulted first."),
    ("Can I stop a recording?", "Yes. Press the pause button when a caller gives card details, then press it again to "
     "resume."),
]


def call_recording_qa_docx(path: Path) -> Path:
    """Questions and answers for staff in Word, set as most are: a "Q: …?" paragraph, then an
    "A: …" paragraph, no heading styles; one answer opens "No." to a narrower question
    ("Will my *personal* calls be recorded?") than a worker may ask."""
    import docx

    d = docx.Document()
    d.add_heading("Contact centre call recording: questions and answers for staff", 0)
    for question, answer in CALL_RECORDING_QA:
        d.add_paragraph(f"Q: {question}")
        d.add_paragraph(f"A: {answer}")
    d.add_paragraph("If you have any other questions, contact the Contact Centre Manager, Sioned Rees.")
    d.save(str(path))
    return path


# Two versions of one lone working policy (made-up facts): the one in force, published as a PDF,
# and the draft sent to the unions for consultation, in Word. Each version is (heading, clauses).
LONE_WORKING_2023 = [
    ("1. Purpose", [
        ("1.1", "This policy sets out how the Council protects staff who work alone, including home care workers, "
                "housing officers and enforcement staff."),
        ("1.2", "It applies to all employees, agency workers and volunteers."),
    ]),
    ("2. Responsibilities", [
        ("2.1", "Managers must carry out a lone working risk assessment for each role before anyone works alone."),
        ("2.2", "Employees must follow the safe working arrangements set out in their risk assessment."),
        ("2.3", "The Health and Safety team will review this policy every three years."),
    ]),
    ("3. Checking in", [
        ("3.1", "Lone workers must tell their team leader where they are going and when they expect to finish."),
        ("3.2", "Lone workers check in by telephone at the end of each visit."),
        ("3.3", "If a lone worker has not checked in within 30 minutes of the expected time, the team leader will "
                "try to contact them."),
    ]),
    ("4. Personal safety alarms", [
        ("4.1", "Staff in high-risk roles may be issued with a personal safety alarm."),
        ("4.2", "Alarms are connected to a monitoring centre, which will call the police if an alarm is raised and "
                "the worker cannot be reached."),
    ]),
    ("5. Training", [
        ("5.1", "All lone workers must complete personal safety training within three months of starting."),
        ("5.2", "Refresher training is offered every three years."),
    ]),
    ("6. Reporting incidents", [
        ("6.1", "Any incident of violence or aggression must be reported on the incident form within 24 hours."),
        ("6.2", "The manager will offer a debrief and access to the Employee Assistance Programme."),
    ]),
]
LONE_WORKING_DRAFT = [
    (heading, list(clauses)) for heading, clauses in LONE_WORKING_2023
]
LONE_WORKING_DRAFT[1][1][2] = ("2.3", "The Health and Safety team will review this policy every two years.")
LONE_WORKING_DRAFT[2] = ("3. Checking in", [
    ("3.1", "Lone workers must record each visit in the SafeCheck app before it starts, with the address and "
            "expected finish time."),
    ("3.2", "Lone workers check in through the app at the end of each visit."),
    ("3.3", "If a lone worker has not checked in within 15 minutes of the expected time, the app alerts the team "
            "leader, who will try to contact them."),
    ("3.4", "The app records the worker's location when a visit is started and when it is ended. Location is not "
            "tracked between these times."),
])
LONE_WORKING_DRAFT[3] = ("4. Personal safety alarms", [
    ("4.1", "All lone workers will be issued with a personal safety alarm."),
    LONE_WORKING_2023[3][1][1],
    ("4.3", "Location data from the app and alarms is kept for 90 days and then deleted. It will not be used to "
            "monitor performance."),
])
LONE_WORKING_DRAFT[4] = ("5. Training", [LONE_WORKING_2023[4][1][0]])


def lone_working_pdf(path: Path) -> Path:
    """The lone working policy in force, as the intranet publishes it: a PDF of two pages."""
    from reportlab.lib.pagesizes import A4

    sections = [(heading, [f"{number} {text}" for number, text in clauses]) for heading, clauses in LONE_WORKING_2023]
    return _sectioned_pdf(path, "Lone Working and Personal Safety Policy",
                          "Cyngor Bro Enghraifft. Version 2.1, approved by Cabinet in March 2023.", sections,
                          pagesize=A4, title="Lone Working and Personal Safety Policy")


def lone_working_draft_docx(path: Path) -> Path:
    """The draft of its next version, in Word, as it is sent for consultation."""
    import docx

    d = docx.Document()
    d.core_properties.title = "Lone Working and Personal Safety Policy"
    d.add_heading("Lone Working and Personal Safety Policy", 0)
    d.add_paragraph("Cyngor Bro Enghraifft. Version 3.0, DRAFT for consultation with the recognised trade unions, "
                    "January 2027.")
    for heading, clauses in LONE_WORKING_DRAFT:
        d.add_heading(heading, 1)
        for number, text in clauses:
            d.add_paragraph(f"{number} {text}")
    d.save(str(path))
    return path


# A recognition and facilities agreement (made-up facts): time off for representatives, as a guide in
# hours, training days, and what members may do.
FACILITIES_AGREEMENT = """# Trade Union Recognition and Facilities Agreement

Cyngor Sir Enghraifft and the recognised trade unions (UNISON, GMB and Unite). Agreed by the Joint Council, September 2026.

## 1. Recognition
1.1 The Council recognises UNISON, GMB and Unite for collective bargaining on pay, terms and conditions for all employees other than teachers and chief officers.
1.2 Recognition covers consultation on organisational change, new technology and health and safety.

## 2. Workplace representatives
2.1 Each union may appoint one workplace representative for every 50 members it has in a directorate.
2.2 The union will tell Human Resources in writing of each representative's appointment within 10 working days.
2.3 Health and safety representatives are appointed under the Safety Representatives and Safety Committees Regulations 1977.

## 3. Paid time off for trade union duties
3.1 Representatives are entitled to reasonable paid time off to carry out their duties, including accompanying members at disciplinary and grievance hearings and taking part in consultation.
3.2 As a guide, a workplace representative will be allowed up to 4 hours a week. Branch secretaries are released for 3 days a week.
3.3 Requests for time off should be made to the representative's line manager with at least 2 working days' notice, except in an emergency.
3.4 A request may only be refused where the needs of the service make it impossible; the manager must then offer another time within 5 working days.

## 4. Training
4.1 Representatives are entitled to paid time off to attend training approved by their union, up to 10 days in their first year and 5 days a year after that.
4.2 Travel and course fees are paid by the union.

## 5. Union members
5.1 Members may take unpaid time off to attend their union's annual general meeting.
5.2 Members may meet a representative during working time, with their manager's agreement.

## 6. Facilities
6.1 The Council will provide each union with an office at County Hall, a telephone, access to the intranet and the internal post.
6.2 Representatives may use Council email for union business, but the Council will not monitor the content of union emails except under the IT Acceptable Use Policy.

## 7. Disputes
7.1 Any dispute about this agreement will be referred to the Joint Council.
"""


def facilities_md(path: Path) -> Path:
    path.write_text(FACILITIES_AGREEMENT, encoding="utf-8")
    return path


# An algorithmic transparency register exported as CSV: one row per system, and column headings
# that are questions ("Makes or supports decisions about people?"), as registers ask them.
ALGORITHMIC_REGISTER = """System,Service,What it does,Makes or supports decisions about people?,Human review,Contact
Microsoft Copilot,All services,Drafts and summarises documents and emails for staff,No,Staff check everything it writes before use,digital@enghraifft.gov.uk
RotaMatch,Adult Social Care,Suggests home care visit rotas from carers' availability and travel times,Supports decisions about staff shifts,A scheduler approves every rota before it is published,adultcare.systems@enghraifft.gov.uk
Ask Penny (chatbot),Customer Services,Answers residents' questions about bins and council tax on the website,No,Conversations are reviewed monthly by the Customer Services team,customerservices@enghraifft.gov.uk
AbsenceWatch,Human Resources,Flags employees whose sickness absence reaches a trigger point,Supports decisions about staff attendance,An HR adviser and the line manager review every flag before any action,hr.systems@enghraifft.gov.uk
FraudScore,Revenues and Benefits,Scores housing benefit claims for the risk of fraud,Supports decisions about residents' claims,A benefits officer checks every claim scored high risk,revenues@enghraifft.gov.uk
"""


def register_csv(path: Path) -> Path:
    path.write_text(ALGORITHMIC_REGISTER, encoding="utf-8")
    return path


# A disciplinary procedure (made-up facts): sanctions whose durations are said by a sentence that
# leans on the one naming the warning, a list of examples under a bare intro, and appeal times.
DISCIPLINARY_PROCEDURE = """# Disciplinary Procedure

Cyngor Bwrdeistref Sirol Enghraifft. Applies to all employees except those in their probationary period.

## 1. Principles
1.1 No disciplinary action will be taken until the matter has been fully investigated.
1.2 At every formal stage the employee will be told the complaint against them and will be given the chance to state their case before any decision is made.
1.3 Employees have the right to be accompanied by a trade union representative or a work colleague at any formal hearing.
1.4 No employee will be dismissed for a first breach of discipline except in the case of gross misconduct.

## 2. Suspension
2.1 An employee may be suspended on full pay while an allegation of gross misconduct is investigated. Suspension is not a disciplinary sanction.
2.2 Suspension will be reviewed every 4 weeks.

## 3. Sanctions
3.1 Stage 1: First written warning. It will stay on the employee's file for 6 months.
3.2 Stage 2: Final written warning. It will stay on the employee's file for 12 months.
3.3 Stage 3: Dismissal, with notice or pay in lieu of notice.
3.4 Warnings are disregarded for disciplinary purposes once they have expired.

## 4. Gross misconduct
4.1 Gross misconduct is conduct serious enough to justify dismissal without notice. Examples include:
- theft or fraud;
- physical violence or bullying;
- serious misuse of the Council's IT systems, including deliberately accessing another person's data without a business reason;
- being unfit for work through alcohol or illegal drugs;
- serious breach of health and safety rules.

## 5. Appeals
5.1 An employee may appeal against any formal warning or dismissal. The appeal must be made in writing to the Head of HR within 10 working days of receiving the decision.
5.2 The appeal will be heard by a manager more senior than the one who made the decision, and the outcome will be confirmed in writing within 5 working days.
"""


def disciplinary_md(path: Path) -> Path:
    path.write_text(DISCIPLINARY_PROCEDURE, encoding="utf-8")
    return path


# A letter telling staff their service is to transfer to a company (TUPE), as HR sends it.
TRANSFER_LETTER = """Private and confidential

Dear colleague,

Proposed transfer of the Council's ICT service to Gwasanaethau Digidol Cymru Ltd

I am writing to tell you about the proposed transfer of the Council's ICT service to Gwasanaethau Digidol Cymru Ltd ("GDC"), and what it means for you.

The Council's Cabinet agreed on 14 October 2026 to transfer the ICT service to GDC. The transfer is planned to take place on 1 April 2027. You are in the ICT service and your employment will transfer to GDC on that date under the Transfer of Undertakings (Protection of Employment) Regulations 2006 (TUPE).

Your terms and conditions, including your pay, hours and holiday entitlement, will transfer with you, and your length of service will be kept. GDC has told us that it does not envisage any measures that will affect you: it does not plan to change your terms, your place of work or the number of jobs.

Your pension: GDC has applied for admitted body status in the Local Government Pension Scheme, so you will be able to stay in the scheme after the transfer.

We will consult the recognised trade unions, UNISON and Unite, about the transfer. The first consultation meeting with the unions is on 3 November 2026. Individual meetings will be offered to everyone affected in January 2027.

If you have any questions, please speak to your line manager or email tupe.ict@enghraifft.gov.uk.

Yours sincerely,


Rhian Davies
Head of People Services
"""


def transfer_letter_txt(path: Path) -> Path:
    path.write_text(TRANSFER_LETTER, encoding="utf-8")
    return path


# A policy written only in Welsh (made-up facts), as a council that works in Welsh publishes it.
WELSH_HYBRID_POLICY = """# Polisi Gweithio Hybrid

Cyngor Sir Enghraifft. Cymeradwywyd gan y Cabinet, Mehefin 2026.

## 1. Pwrpas
1.1 Mae'r polisi hwn yn esbonio sut y gall staff weithio gartref ac yn y swyddfa.

## 2. Pwy all weithio'n hybrid
2.1 Gall unrhyw aelod o staff sydd wedi cwblhau ei gyfnod prawf wneud cais i weithio'n hybrid.
2.2 Rhaid i reolwyr ystyried pob cais ac ymateb yn ysgrifenedig o fewn 28 diwrnod.

## 3. Dyddiau yn y swyddfa
3.1 Disgwylir i staff hybrid weithio yn y swyddfa o leiaf dau ddiwrnod yr wythnos.
3.2 Bydd eich rheolwr yn cytuno pa ddyddiau gyda chi.

## 4. Offer
4.1 Bydd y Cyngor yn darparu gliniadur, sgrin a chadair i weithio gartref.
4.2 Ni fydd y Cyngor yn talu am eich band eang na'ch trydan.

## 5. Monitro
5.1 Ni fydd y Cyngor yn defnyddio meddalwedd i fonitro faint o amser rydych yn ei dreulio wrth eich cyfrifiadur.
5.2 Gall rheolwyr weld a ydych chi ar-lein yn Microsoft Teams.
"""


def welsh_policy_md(path: Path) -> Path:
    path.write_text(WELSH_HYBRID_POLICY, encoding="utf-8")
    return path


# A council's generative AI policy (made-up facts): approved tools, what must not be entered, logs.
GENERATIVE_AI_POLICY = """# Use of Generative AI Tools Policy

Cyngor Dinas Enghraifft. Version 1.0, approved by the Corporate Management Team, 1 September 2026. Review date: September 2027.

## 1. Scope
1.1 This policy applies to all employees, councillors, agency workers and contractors who use generative AI tools for Council work.
1.2 Generative AI tools are software that produce text, images or code in response to a prompt, such as Microsoft Copilot, ChatGPT and Google Gemini.

## 2. Approved tools
2.1 Microsoft Copilot, in the Council's Microsoft 365 tenancy, is the only approved generative AI tool for Council work.
2.2 Other tools, including the free versions of ChatGPT and Gemini, must not be used for Council work.
2.3 Staff may ask the Digital Services team to assess another tool. A tool may only be approved after a data protection impact assessment.

## 3. What you must not do
3.1 You must not enter personal data, or any information classed as OFFICIAL-SENSITIVE, into a generative AI tool, unless the tool has been approved for that purpose.
3.2 You must not use generative AI to make decisions about people, such as recruitment, disciplinary or benefit decisions.
3.3 You must not present AI-generated content as your own work without checking it.

## 4. Checking and labelling
4.1 You are responsible for checking that anything produced with AI is accurate before you use it.
4.2 Documents published to the public that were drafted with AI must say so.

## 5. Training
5.1 Staff must complete the "AI Essentials" e-learning module before they are given access to Copilot.
5.2 Managers will receive additional training on the risks of AI by December 2026.

## 6. Monitoring and breaches
6.1 Use of Copilot is logged. Logs are kept for 90 days and may be reviewed by Digital Services if a breach is suspected.
6.2 Breaches of this policy may be dealt with under the Disciplinary Procedure.

## 7. Consultation
7.1 This policy was developed in consultation with the recognised trade unions through the Joint Consultative Committee.
7.2 Any proposal to use AI to make or support decisions about staff will be subject to consultation with the trade unions before it is introduced.
"""


def generative_ai_md(path: Path) -> Path:
    path.write_text(GENERATIVE_AI_POLICY, encoding="utf-8")
    return path


TELEMATICS_POLICY = [
    ("1. Purpose", [
        "1.1 This policy explains how the Council uses telematics units fitted to its fleet vehicles, what information "
        "they collect and how that information may be used.",
        "1.2 It applies to all employees who drive a Council vehicle, including pool cars, refuse collection vehicles "
        "and highways vans."]),
    ("2. What the units record", [
        "2.1 Each unit records the vehicle's location, speed, harsh braking and acceleration, engine idling time and "
        "the times the ignition is switched on and off.",
        "2.2 The units do not record sound or video, and they do not identify the driver unless the driver logs in "
        "with a key fob.",
        "2.3 Location is recorded every 30 seconds while the ignition is on. No data is recorded while the ignition is off."]),
    ("3. How the data is used", [
        "3.1 Telematics data is used to plan routes, reduce fuel use and emissions, schedule servicing and help locate "
        "a vehicle in an emergency.",
        "3.2 Telematics data will not be used for routine monitoring of individual drivers.",
        "3.3 Data may be used in a disciplinary investigation only where there is a specific allegation of misconduct, "
        "such as serious speeding or use of a vehicle outside working hours, and only with the written approval of "
        "the Head of Fleet Services."]),
    ("4. Private use", [
        "4.1 Vehicles may not be used for private journeys unless the employee has a written private use agreement.",
        "4.2 Employees with a private use agreement may switch the unit to private mode outside working hours. In "
        "private mode the unit records mileage but not location."]),
    ("5. Retention", ["5.1 Location and driving data is kept for 12 months and then deleted automatically."]),
    ("6. Access", [
        "6.1 Only the Fleet Manager and two named fleet administrators can see individual journey data.",
        "6.2 Line managers may receive monthly reports of fuel use and idling for their service, which do not name drivers."]),
]


def telematics_pdf(path: Path) -> Path:
    return _sectioned_pdf(path, "Vehicle Telematics Policy",
                          "Fleet Services, Cyngor Sir Enghraifft. Version 1.2, approved May 2026.", TELEMATICS_POLICY)


ROSTERING_PAGE = """<!doctype html><html><head><title>New rostering system: how shifts are allocated</title></head><body>
<nav><a href="/">Home</a> | <a href="/staff">Staff intranet</a></nav>
<main>
<h1>New rostering system: how shifts are allocated</h1>
<p>From 1 April 2027, home care shifts will be allocated by RotaPlan, a scheduling system supplied by Tellwise Ltd.</p>
<h2>How does RotaPlan decide who gets a shift?</h2>
<p>RotaPlan matches each visit to a carer using travel time, the carer's skills and training, continuity of care, and
the hours in the carer's contract. It does not use sickness records or performance ratings.</p>
<p>A coordinator checks every rota before it is published and can change any allocation.</p>
<h2>Can I say which shifts I can't work?</h2>
<p>Yes. You can record your availability and any regular commitments, such as childcare, in the RotaPlan app. The
system will not allocate shifts outside the availability you have recorded, except in an emergency agreed with you.</p>
<h2>How much notice will I get?</h2>
<p>Rotas are published at least 14 days in advance. Changes within 48 hours of a shift must be agreed with you.</p>
<h2>Will my pay change?</h2>
<p>No. Your contracted hours and pay are not affected. Travel time between visits will continue to be paid.</p>
<h2>What if I think the system is unfair?</h2>
<p>Speak to your coordinator first. If that does not resolve it, you can raise a grievance under the Council's
grievance procedure. The recognised unions will review how the system works after six months.</p>
</main><footer>Cyngor Sir Enghraifft</footer></body></html>
"""


def rostering_html(path: Path) -> Path:
    path.write_text(ROSTERING_PAGE, encoding="utf-8")
    return path


SERVICE_LEVELS = """SCHEDULE 4: SERVICE LEVELS AND SUPPORT

1. DEFINITIONS
1.1 "Business Day" means a day other than a Saturday, Sunday or public holiday in Wales.
1.2 "Incident" means any failure of the Service to operate as described in the Specification.
1.3 "Priority 1 Incident" means an Incident that prevents the Council's staff from using the Service at all.

2. SERVICE AVAILABILITY
2.1 The Supplier shall ensure that the Service is available 99.5% of the time in each month, excluding planned maintenance.
2.2 Planned maintenance shall take place only between 20:00 and 06:00 and the Supplier shall give the Council at least 5 Business Days' notice.

3. RESPONSE AND RESOLUTION TIMES
3.1 The Supplier shall respond to a Priority 1 Incident within 1 hour and resolve it within 4 hours.
3.2 The Supplier shall respond to any other Incident within 1 Business Day and resolve it within 5 Business Days.

4. SERVICE CREDITS
4.1 If availability in any month falls below 99.5%, the Supplier shall credit the Council 5% of the monthly charge for each full 0.5% below that level, up to a maximum of 25% of the monthly charge.

5. DATA
5.1 The Supplier shall store and process Council Data only in the United Kingdom.
5.2 The Supplier shall not use Council Data to train or improve any artificial intelligence model without the Council's prior written consent.

6. STAFF TRAINING
6.1 The Supplier shall provide up to 10 days of training for Council staff in the first year, including train-the-trainer sessions.
"""


def service_levels_txt(path: Path) -> Path:
    path.write_text(SERVICE_LEVELS, encoding="utf-8")
    return path


BIOMETRIC_GUIDANCE = [
    ("Why we are introducing it", [
        "From January 2027 staff at the three depots will clock in and out using a fingerprint reader instead of "
        "paper timesheets.", "The aim is to pay overtime accurately and on time."]),
    ("What is stored", [
        "The reader does not store an image of your fingerprint.",
        "It stores a template, a string of numbers made from points on your finger, which cannot be turned back into "
        "a fingerprint."]),
    ("Do I have to use it?", [
        "No. Using the fingerprint reader is voluntary.",
        "Staff who do not want to use it will be given a swipe card instead, and nobody will be treated less "
        "favourably for choosing the card."]),
    ("Keeping your data", [
        "Your template is deleted within 7 days of you leaving the Council or choosing to use a card instead.",
        "Clocking times are kept for 6 years, as payroll records."]),
    ("Who can see clocking times", [
        "Your supervisor and the payroll team can see your clocking times.",
        "Clocking times will not be used to monitor toilet breaks or to time individual tasks."]),
]


def biometric_pdf(path: Path) -> Path:
    """Headings set larger than the text (reportlab's Heading2), none numbered; no metadata title."""
    return _sectioned_pdf(path, "Biometric Time Recording: Staff Guidance",
                          "Waste and Recycling Depots. Issued by People Services, October 2026.", BIOMETRIC_GUIDANCE)


def social_media_docx(path: Path) -> Path:
    import docx

    d = docx.Document()
    d.add_heading("Social Media Policy for Employees", 0)
    d.add_paragraph("This policy applies to all employees when they use social media, whether at work or in their own "
                    "time, where they can be identified as a Council employee.")
    d.add_heading("Personal use at work", 1)
    d.add_paragraph("You may use social media on your own device during breaks. You must not use it during working time "
                    "unless it is part of your job.")
    d.add_heading("What you must not post", 1)
    for item in ("information about service users, residents or colleagues that you have learned through your work;",
                 "comments that could be seen as bullying, harassment or discrimination;",
                 "photographs taken in workplaces where service users may be identified;",
                 "anything that claims to speak for the Council unless you are authorised to do so."):
        d.add_paragraph(item, style="List Bullet")
    d.add_heading("Political activity", 1)
    d.add_paragraph("Employees in politically restricted posts must not post in support of a political party. Other "
                    "employees may express political views in a personal capacity.")
    d.add_heading("Raising concerns", 1)
    d.add_paragraph("If you have concerns about wrongdoing at work, use the Whistleblowing Policy rather than social media.")
    d.add_heading("Breaches", 1)
    d.add_paragraph("A breach of this policy may lead to action under the Disciplinary Procedure. Serious breaches, such as "
                    "posting confidential information about service users, may be treated as gross misconduct.")
    d.save(str(path))
    return path


ONLINE_MEETINGS = """# Online meetings: guidance for staff

## Cameras
- You are not required to have your camera on in internal meetings.
- Managers may ask for cameras to be on for one-to-ones and interviews, but must agree an alternative if you have a reason, such as a disability or your home circumstances.

## Recording and transcription
- Meetings may only be recorded or transcribed if everyone is told at the start.
- Recordings are deleted after 30 days unless they are needed as a record of a formal meeting.
- Recordings and transcripts must not be used to monitor attendance or performance.

## Breaks
- Meetings of more than 90 minutes should include a break of at least 10 minutes.
"""


def online_meetings_md(path: Path) -> Path:
    path.write_text(ONLINE_MEETINGS, encoding="utf-8")
    return path



BODY_WORN_CAMERAS = """# Body-Worn Camera Procedure

## 1. Purpose

This procedure sets out how enforcement officers use body-worn cameras while on patrol in the county.

## 2. The cameras

Each camera has a red light on the front that shows when it is recording.

## 3. When to record

Officers should start recording when a conversation becomes confrontational, and tell the person that recording has begun.

## 4. When not to record

Officers must not record:

- in toilets or changing rooms;
- during a conversation with their manager or trade union representative;
- inside a place of worship unless a crime is being committed.

## 5. Keeping footage

Footage is kept for 31 days and then deleted, unless it is needed as evidence.
"""


def body_worn_cameras_md(path: Path) -> Path:
    """A procedure with a list of places not to record in, one of which a question asks about, and what the
    cameras have (a light), not what they don't (facial recognition, sound)."""
    path.write_text(BODY_WORN_CAMERAS, encoding="utf-8")
    return path

MEETING_TRANSCRIPT = [
    ("00:00:04.120", "Sian Roberts", "Good morning everyone, and thank you for joining this consultation meeting."),
    ("00:00:09.480", "Sian Roberts", "The proposal is to introduce an AI triage tool in the contact centre from September."),
    ("00:00:18.200", "Dafydd Jones", "Will anyone lose their job because of the tool?"),
    ("00:00:27.100", "Sian Roberts", "No. There will be no compulsory redundancies."),
    ("00:00:31.000", "Sian Roberts", "Four vacant posts will not be filled, and staff will be offered retraining for new advice roles."),
    ("00:00:38.600", "Dafydd Jones", "Will the tool be used to monitor how many calls each adviser takes?"),
    ("00:00:46.200", "Sian Roberts", "It will not be used to monitor individual advisers."),
    ("00:00:50.100", "Sian Roberts", "We will put that in writing before the pilot starts."),
    ("00:00:56.000", "Dafydd Jones", "When will we get the equality impact assessment?"),
    ("00:01:04.200", "Sian Roberts", "We will share the equality impact assessment with the unions by 30 June."),
]


def meeting_vtt(path: Path) -> Path:
    cues = ["WEBVTT", ""]
    for n, (start, who, said) in enumerate(MEETING_TRANSCRIPT):
        cues += [f"0f3a9c1e-1111-4a2b-9c1d-2e3f4a5b6c7d/{n + 11}-0", f"{start} --> {start[:-3]}999",
                 f"<v {who}>{said}</v>", ""]
    path.write_text("\n".join(cues), encoding="utf-8")
    return path


ORGANISATIONAL_CHANGE = """# Managing Organisational Change Policy

## 2. Consultation

2.1 Where a proposal affects 20 or more employees, formal consultation will last at least 30 days; where it affects 100 or more, at least 45 days.

2.2 Where fewer than 20 employees are affected, consultation will last at least 14 days.

2.3 The trade unions will receive the business case, the proposed structure charts and the equality impact assessment at the start of consultation.

## 4. Redeployment

4.1 Employees at risk of redundancy will be placed on the redeployment register for 12 weeks.

4.2 A suitable alternative post at a lower grade will carry pay protection for 2 years.
"""


def organisational_change_md(path: Path) -> Path:
    path.write_text(ORGANISATIONAL_CHANGE, encoding="utf-8")
    return path


TRANSPARENCY_RECORD = {
    "Tier 1: Summary": [
        ("Name", "Repairs Triage Assistant"),
        ("Description", "A tool that reads tenants' repair requests and suggests how urgent each one is, so that "
         "emergency repairs are sent to an engineer first."),
        ("Contact email", "algorithms@enghraifft.gov.wales"),
    ],
    "Owner and responsibility": [
        ("Organisation", "Cyngor Sir Enghraifft, Housing Services"),
        ("Senior responsible owner", "Head of Housing Property Services"),
        ("Supplier", "Brightwell Analytics Ltd"),
        ("Terms of access to data", "The supplier processes data on the Council's behalf under a data processing "
         "agreement and may not use it for any other purpose."),
    ],
    "How the tool is used": [
        ("Role of the tool in the decision", "The tool suggests a priority (emergency, urgent or routine). A repairs "
         "officer reviews every suggestion and sets the final priority."),
        ("Human oversight", "Repairs officers can change any priority. About 1 in 5 suggestions were changed during "
         "the pilot."),
        ("Training for staff", "Repairs officers complete a half-day course before using the tool, covering its "
         "limits and when to override it."),
    ],
    "Data": [
        ("Data used", "The text of the repair request, the property's address and type, and the repair history of "
         "the property."),
        ("Data not used", "The tool does not use tenants' names, ages, ethnicity or rent arrears."),
        ("Data retention", "Repair requests are kept for 6 years after the repair is completed."),
    ],
    "Risks": [
        ("Risks identified", "The tool may under-rate requests written in Welsh or in poor English, and requests "
         "from tenants who describe a problem briefly."),
        ("Mitigations", "Every request marked routine is checked by an officer within 2 working days."),
    ],
}


def transparency_record_html(path: Path) -> Path:
    html = ["<!doctype html><html><head><title>Algorithmic transparency record: Repairs Triage Assistant</title>"
            "</head><body><main><h1>Algorithmic transparency record: Repairs Triage Assistant</h1>",
            "<p>Published under the Algorithmic Transparency Recording Standard. Last updated: 14 September 2026.</p>"]
    for heading, rows in TRANSPARENCY_RECORD.items():
        html.append(f"<h2>{heading}</h2><table><tr><th>Field</th><th>Information</th></tr>")
        html += [f"<tr><td>{field}</td><td>{value}</td></tr>" for field, value in rows]
        html.append("</table>")
    html.append("</main></body></html>")
    path.write_text("\n".join(html), encoding="utf-8")
    return path


SICKNESS_ABSENCE = [
    ("1. Purpose", ["1.1 This policy sets out how the Council supports employees who are absent through sickness."]),
    ("2. Reporting absence", [
        "2.1 If you are unable to attend work because of sickness you must phone your line manager before your shift "
        "starts, or within one hour of your normal start time.",
        "2.2 A text message or email is not enough unless your manager has agreed to it in advance.",
        "2.3 For absences of more than 7 calendar days you must provide a fit note from your doctor."]),
    ("3. Return to work", [
        "3.1 Your manager will hold a return to work meeting with you within 3 working days of your return after "
        "every period of absence.",
        "3.2 The meeting will discuss the reason for the absence and any support or adjustments you need."]),
    ("4. Trigger points", [
        "4.1 A first stage review meeting will be held if you have 3 periods of absence in a rolling 6-month period, "
        "or 10 working days of absence in a rolling 12-month period.",
        "4.2 Absence related to a disability, to pregnancy, or to an injury at work will not count towards the "
        "trigger points."]),
    ("5. Long-term absence", [
        "5.1 Absence of 4 weeks or more is long-term absence. You will be referred to Occupational Health and your "
        "manager will keep in regular contact, at least every 2 weeks.",
        "5.2 A phased return to work of up to 4 weeks on full pay may be agreed on the advice of Occupational Health."]),
    ("6. Sick pay", [
        "6.1 Occupational sick pay depends on length of service: in the first year, one month's full pay and two "
        "months' half pay; after five years, six months' full pay and six months' half pay."]),
]


def sickness_absence_pdf(path: Path) -> Path:
    return _sectioned_pdf(path, "Managing Sickness Absence Policy",
                          "People Services. Approved by the Joint Consultative Committee, June 2026.", SICKNESS_ABSENCE)


def jcc_terms_docx(path: Path) -> Path:
    import docx

    d = docx.Document()
    d.core_properties.title = "Joint Consultative Committee: Terms of Reference"
    d.add_heading("Joint Consultative Committee: Terms of Reference", 0)
    d.add_heading("Purpose", 1)
    d.add_paragraph("The Joint Consultative Committee (JCC) is the forum in which the Council consults the recognised "
                    "trade unions on matters affecting employees, including the introduction of new technology.")
    d.add_heading("Membership", 1)
    for member in ["Four elected members of the Council, one of whom is the Cabinet Member for Corporate Services.",
                   "Up to six representatives of the recognised trade unions (UNISON, GMB and Unite).",
                   "The Head of People Services, who attends as adviser and does not vote."]:
        d.add_paragraph(member, style="List Number")
    d.add_heading("Quorum", 1)
    d.add_paragraph("A meeting is quorate when at least two members of each side are present. If a meeting is not "
                    "quorate it may go ahead, but no decisions may be taken.")
    d.add_heading("Meetings", 1)
    d.add_paragraph("The JCC meets every two months. Agenda items must be sent to the secretary at least 15 working "
                    "days before the meeting.")
    d.add_heading("Minutes", 1)
    d.add_paragraph("The secretary, a member of People Services, takes the minutes. Draft minutes are circulated "
                    "within 10 working days and agreed at the next meeting.")
    d.add_heading("Review", 1)
    d.add_paragraph("These terms of reference are reviewed every three years, or sooner if either side asks.")
    d.save(str(path))
    return path


SCANNER_RISKS = [
    ("Repetitive strain from scanning", "Job rotation every 2 hours", "Medium", "Review workstation layout", "January 2027"),
    ("Eye strain from small screens", "Screen brightness adjustable", "Low", "Include in display screen assessment",
     "December 2026"),
    ("Stress from pick rate targets shown on the scanner", "Targets are not used for individual performance management",
     "Medium", "Agree with unions how pick rates are reported", "February 2027"),
    ("Trip hazards from charging cables", "Charging station away from walkways", "Low", "None", ""),
]


def risk_assessment_xlsx(path: Path) -> Path:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Risk assessment"
    sheet.append(["Risk assessment: handheld scanners in the central stores"])
    sheet.append(["Assessed by: Stores Supervisor. Review date: 2 May 2027."])
    sheet.append([])
    sheet.append(["Hazard", "Existing controls", "Risk rating", "Further action", "Due date"])
    for row in SCANNER_RISKS:
        sheet.append(list(row))
    book.properties.title = "Risk assessment - handheld scanners"
    book.save(str(path))
    return path


DIGITAL_STRATEGY = """# Digital Strategy 2025-2030

## Foreword
Our residents expect to reach us online, at any time. This strategy sets out how the Council will use digital technology to improve services and support its workforce over the next five years.

## Our ambitions
We will:
- make every common service available online by March 2027;
- replace the housing, revenues and social care systems with cloud platforms by 2029;
- use automation to remove repetitive tasks, so that staff can spend more time with residents;
- make sure nobody is left behind, by keeping telephone and face-to-face services.

## Our workforce
No employee will lose their job as a direct result of automation during the life of this strategy. Where roles change, staff will be offered retraining and redeployment.

Every employee will complete digital skills training by December 2026. Digital champions will be appointed in each service area, with two hours a week set aside for the role.

The recognised trade unions will be consulted through the Joint Consultative Committee before any new system that changes how staff work is introduced.

## Artificial intelligence
The Council will use artificial intelligence only where a person remains responsible for every decision about a resident or an employee. We will publish an algorithmic transparency record for each AI tool we use.

## Measuring success

| Measure | Now | Target for 2030 |
|---|---|---|
| Transactions completed online | 42% | 75% |
| Staff who say they have the digital skills they need | 55% | 90% |
| Annual savings from automation | £0.4m | £2.5m |
| Resident satisfaction with online services | 61% | 85% |

## Governance
The Digital Board, chaired by the Chief Executive, oversees the strategy. Progress is reported to Cabinet every six months.
"""


def digital_strategy_md(path: Path) -> Path:
    path.write_text(DIGITAL_STRATEGY, encoding="utf-8")
    return path


BYOD_PAGE = """<!doctype html><html><head><title>Using your own phone for work (BYOD)</title></head><body>
<main><h1>Using your own phone for work (BYOD)</h1>
<p>This policy covers employees who choose to use their own smartphone or tablet to access Council email, Teams or other systems.</p>
<h2>Is it compulsory?</h2>
<p>No. Using your own device is voluntary. If your job needs a mobile phone, the Council will provide one.</p>
<h2>What the Council can see</h2>
<p>Your device will be enrolled in Intune, the Council's device management system. The Council can see the device model, the operating system version and the Council apps installed.</p>
<p>The Council cannot see your personal photos, messages, browsing history or location.</p>
<h2>Wiping your device</h2>
<p>If your device is lost or stolen, or when you leave the Council, only the Council's data and apps will be removed. Your personal data will not be deleted.</p>
<h2>Costs</h2>
<p>The Council pays an allowance of £10 a month towards your phone bill if you use your own device for work. The allowance is paid through payroll and is taxable.</p>
<h2>Working time</h2>
<p>Having work email on your phone does not mean you are expected to read or answer it outside your working hours.</p>
<h2>Definitions</h2>
<dl><dt>BYOD</dt><dd>Bring your own device: using a personally owned device for work.</dd>
<dt>Intune</dt><dd>Microsoft's service for managing devices and apps that access Council data.</dd></dl>
</main></body></html>
"""


def byod_html(path: Path) -> Path:
    path.write_text(BYOD_PAGE, encoding="utf-8")
    return path


STUDY_SUPPORT = """STUDY SUPPORT AND STUDY LEAVE POLICY

1. Scope
1.1 This policy applies to employees with at least 6 months' continuous service who want to study for a qualification related to their job.

2. What the Council will pay
2.1 The Council will pay up to 100% of course fees for a qualification that is essential to the employee's current job, and up to 50% for a qualification that supports their development.
2.2 The Council will not pay for resits, late enrolment fees or travel to exams.

3. Study leave
3.1 Employees will receive up to 5 days of paid study leave a year for exams and revision.
3.2 Time spent attending a course during working hours will count as working time.

4. Repaying fees
4.1 An employee who leaves the Council within 12 months of finishing the course must repay all of the fees paid.
4.2 An employee who leaves between 12 and 24 months after finishing the course must repay half of the fees paid.
4.3 Fees will not have to be repaid where the employee leaves because of redundancy or ill health.

5. Applying
5.1 Applications must be made on the Study Support form and agreed by the line manager and the Learning and Development team before the course starts.
5.2 Applications for courses starting in September must be received by 31 May.
"""


def study_support_txt(path: Path) -> Path:
    path.write_text(STUDY_SUPPORT, encoding="utf-8")
    return path


OCCUPANCY_SENSORS = """# Workplace occupancy sensors at Ty Dewi offices

From 1 February 2027, small sensors will be fitted under desks and on meeting room ceilings at Ty Dewi. This page explains what they do and what they don't do.

## Why are we installing them?
We want to understand how much office space we need as more staff work in a hybrid way. The data will help us decide whether to close one of the three floors.

## What do the sensors detect?
The sensors detect body heat and movement to tell whether a desk or room is in use. They do not have cameras or microphones and cannot identify who is sitting at a desk.

## Who can see the data?
The data is shown only as totals for each floor and each hour. Managers cannot see data for individual desks or people.

## Will it be used to check on me?
No. The data will not be used to monitor attendance, performance or timekeeping, and it cannot be linked to the desk booking system.

## How long is the data kept?
Occupancy data is kept for 12 months and then deleted.

## Was there consultation?
The proposal was discussed with UNISON and GMB at the Joint Consultative Committee on 10 November 2026, and a data protection impact assessment has been completed.
"""


def occupancy_sensors_md(path: Path) -> Path:
    path.write_text(OCCUPANCY_SENSORS, encoding="utf-8")
    return path


ASK_HR = [
    ("What is Ask HR?", ["Ask HR is a chatbot on the staff intranet that answers questions about HR policies, such as annual leave, expenses and flexible working.",
                         "It is available 24 hours a day from any Council device or your own phone."]),
    ("Am I talking to a person?", ["No. Ask HR is a computer program. It will always tell you that it is a chatbot.",
                                   "If it cannot answer, or you ask for a person, it will pass your question to the HR Advice Team, who reply within 2 working days."]),
    ("What happens to what I type?", ["Your questions are stored for 90 days so that we can improve the answers, and then deleted.",
                                      "Questions are stored without your name, unless you choose to pass your question to the HR Advice Team."]),
    ("Can it see my personal records?", ["No. Ask HR cannot see your personnel file, your pay or your sickness record. For questions about your own pay, contact Payroll."]),
    ("What if it gets something wrong?", ["The policy itself is always right. Each answer links to the policy it comes from. If you think an answer is wrong, use the thumbs-down button or email hradvice@enghraifft.gov.wales."]),
    ("Can I still phone HR?", ["Yes. The HR Advice Team's phone line stays open Monday to Friday, 9am to 5pm."]),
]


def ask_hr_pdf(path: Path) -> Path:
    return _sectioned_pdf(path, "Ask HR: questions and answers", "People Services pilot, from January 2027.", ASK_HR)


TRAINING_SESSIONS = [
    ("Introduction to Copilot", "Online, self-paced", "45 minutes", "By 14 February 2027"),
    ("Using Copilot safely: data protection and accuracy", "Live Teams session", "1.5 hours", "17 to 21 February 2027"),
    ("Copilot in Outlook and Teams", "Classroom, Civic Centre", "3 hours", "24 February to 28 February 2027"),
    ("Drop-in clinics", "Teams", "30 minutes", "Every Tuesday in March 2027"),
]


def training_plan_docx(path: Path) -> Path:
    import docx

    d = docx.Document()
    d.core_properties.title = "Microsoft Copilot roll-out: training plan"
    d.add_heading("Microsoft Copilot roll-out: training plan", 0)
    d.add_paragraph("Copilot will be switched on for 400 staff in Corporate Services from 3 March 2027, after they have "
                    "completed the training below.")
    _word_table(d, [["Session", "Format", "Length", "When"], *[list(row) for row in TRAINING_SESSIONS]])
    d.add_heading("Time to train", 1)
    d.add_paragraph("Training is done in work time. Managers must release staff for the sessions.")
    d.save(str(path))
    return path


STATEMENT_OF_TERMS = [
    ("1. Start date", ["Your employment began on 6 January 2025. No previous employment counts as continuous service."]),
    ("2. Place of work", ["Your normal place of work is the Civic Centre, Port Talbot.",
                          "You may be required to work at any other Council site within the county borough. You will be "
                          "given reasonable notice of any such move."]),
    ("3. Hours of work", ["Your normal working hours are 37 hours a week, Monday to Friday.",
                          "You may work flexible hours under the Council's flexitime scheme, provided you are at work "
                          "during the core hours of 10am to 12 noon and 2pm to 4pm."]),
    ("4. Pay", ["Your post is graded at Grade 6, with a salary range of £31,067 to £33,945 a year.",
                "You will be paid monthly by bank transfer on the 20th of each month.",
                "You will move up one point on the grade each April until you reach the top of the grade."]),
    ("5. Annual leave", ["Your annual leave entitlement is 27 days a year, rising to 32 days after 5 years' continuous "
                         "service, plus 8 bank holidays."]),
    ("6. Probation", ["Your first 6 months are a probationary period. Your manager will review your progress at 3 months "
                      "and at 6 months.",
                      "The probationary period may be extended by up to 3 months. If your probation is not confirmed "
                      "your employment may be ended with one week's notice."]),
    ("7. Notice", ["After probation you must give the Council one month's notice in writing.",
                   "The Council will give you one week's notice for each complete year of service, with a minimum of "
                   "one month and a maximum of 12 weeks."]),
    ("8. Changes to your terms", ["The Council may make changes to these terms after consulting the recognised trade "
                                  "unions. You will be given at least one month's written notice of any change."]),
]


def statement_of_terms_docx(path: Path) -> Path:
    """A written statement of terms of employment (Word): numbered headings over paragraphs."""
    return _headed_docx(path, "Statement of Main Terms and Conditions of Employment", STATEMENT_OF_TERMS,
                        "Employer: Cyngor Bwrdeistref Sirol Enghraifft. Job title: Customer Services Adviser.")


CCTV_POLICY = [
    ("1. Why we use CCTV", ["1.1 The Council uses CCTV at its offices and depots to protect the safety of staff and "
                           "visitors and to prevent and detect crime."]),
    ("2. Where cameras are placed", ["2.1 Cameras cover entrances, car parks, reception areas and stores.",
                                     "2.2 Cameras will never be placed in toilets, changing rooms or rest rooms."]),
    ("3. Monitoring staff", ["3.1 CCTV will not be used to monitor the performance or attendance of staff.",
                             "3.2 Footage may be used in a disciplinary investigation only where gross misconduct is "
                             "alleged."]),
    ("4. Access to footage", ["4.1 Only the Facilities Manager and trained security staff may view recorded footage.",
                              "4.2 Line managers may not view footage unless the Facilities Manager has approved a "
                              "request under 3.2.",
                              "4.3 Footage may be disclosed to the police where it is needed to investigate a crime."]),
    ("5. Keeping footage", ["5.1 Recorded footage is kept for 31 days and then automatically overwritten."]),
    ("6. Your rights", ["6.1 You can ask for a copy of footage of yourself by making a subject access request to the "
                        "Data Protection Officer. We will respond within one month."]),
]


def cctv_policy_pdf(path: Path) -> Path:
    return _sectioned_pdf(path, "CCTV Policy", "Facilities Management. Agreed with the recognised trade unions.", CCTV_POLICY)


def whistleblowing_html(path: Path) -> Path:
    """An intranet page of a whistleblowing policy: a question a worker has, as each heading."""
    path.write_text("""<!doctype html><html><head><title>Whistleblowing (Raising Concerns at Work)</title></head><body>
<header><a href="/">Intranet home</a></header>
<main><h1>Whistleblowing (Raising Concerns at Work)</h1>
<h2>What you can raise</h2>
<p>You can raise a concern about fraud, a danger to health and safety, a criminal offence, or the deliberate hiding
of any of these.</p>
<p>Complaints about your own employment, such as your pay or a dispute with your manager, should be raised under the
Grievance Procedure instead.</p>
<h2>How to raise a concern</h2>
<p>Raise your concern with your line manager. If the concern is about your manager, contact the Monitoring Officer on
01639 000111 or at whistleblowing@enghraifft.gov.wales.</p>
<p>You may bring a trade union representative or a colleague to any meeting about your concern.</p>
<h2>Confidentiality</h2>
<p>We will keep your identity confidential if you ask us to. You can raise a concern anonymously, but this makes it
harder to investigate.</p>
<h2>Protection</h2>
<p>You will not be disciplined or treated unfairly for raising a concern in good faith, even if it turns out to be
mistaken.</p>
<h2>What happens next</h2>
<p>The Monitoring Officer will write to you within 10 working days to say how the concern will be looked into.</p>
<h2>Raising concerns outside the Council</h2>
<p>You can contact a prescribed person such as the Auditor General for Wales. Going to the media is not usually
protected unless the concern is exceptionally serious.</p>
</main></body></html>
""", encoding="utf-8")
    return path


OVERTIME_RATES = [
    ("Overtime, Monday to Saturday", "Time and a half", "Only for hours above 37 a week"),
    ("Overtime, Sundays and bank holidays", "Double time", ""),
    ("Standby, per night", "£25.50", "Paid whether or not you are called out"),
    ("Call-out", "Overtime rate, minimum 2 hours", "Includes travel time"),
]
OVERTIME_RULES = [
    "Overtime must be agreed by your manager before it is worked.",
    "Time off in lieu must be taken within 3 months of the overtime being worked.",
    "Claims are made on the MyView system by the 5th of the following month.",
    "No one may be required to be on standby for more than one week in four.",
]


def overtime_xlsx(path: Path) -> Path:
    """Overtime and standby pay (Excel): a sheet of rates and a sheet of rules."""
    import openpyxl

    wb = openpyxl.Workbook()
    rates = wb.active
    rates.title = "Rates"
    for row in [("Payment", "Rate", "Notes"), *OVERTIME_RATES]:
        rates.append(list(row))
    rules = wb.create_sheet("Rules")
    for row in [("Rule",), *((r,) for r in OVERTIME_RULES)]:
        rules.append(list(row))
    wb.save(str(path))
    return path


def workplace_analytics_md(path: Path) -> Path:
    path.write_text("""# Workplace analytics and your appraisal

The trade unions were consulted on this change in October 2026.

From January 2027 the Council will switch on Microsoft Viva Insights for staff using Microsoft 365.

## What the Council will see

Managers will see reports for their team as a whole: average time spent in meetings, after-hours email and focus
time. Reports are only shown for teams of 10 or more people, so that no one can be picked out.

## What the Council will not do

The Council will not use keystroke logging, screenshots, webcam monitoring or tracking of mouse movements.

Individual analytics data will not be used in appraisals, capability procedures or disciplinary cases.
""", encoding="utf-8")
    return path


def processing_record_csv(path: Path) -> Path:
    """A record of processing activities (CSV): one row per activity, its retention a column."""
    path.write_text(
        "Processing activity,Purpose,Lawful basis,Personal data,Retention,Shared with\n"
        "Payroll,Paying staff,Contract,\"Name, bank details, salary\",6 years after employment ends,HMRC\n"
        "Recruitment,Selecting candidates for jobs,Steps before a contract,\"CV, application form, interview notes\","
        "6 months after the post is filled,None\n"
        "Occupational health,Assessing fitness for work,Legal obligation,\"Health information, referral forms\","
        "6 years after employment ends,Occupational health provider\n"
        "Door access,Controlling access to buildings,Legitimate interests,\"Name, photo, times of entry\",90 days,None\n",
        encoding="utf-8")
    return path


SHIFTWISE = [
    ("ShiftWise: smarter rotas for care teams", [
        "ShiftWise builds weekly rotas for home care teams in minutes. It matches each visit to a carer using skills, "
        "travel time and the preferences carers record in the app."]),
    ("Key features", [
        "Automatic rota building: the planner reviews and publishes every rota. ShiftWise suggests; your planners decide.",
        "Fair hours: ShiftWise spreads extra hours evenly and never schedules a carer for more than their contracted "
        "hours without their agreement."]),
    ("Frequently asked questions", [
        "Does ShiftWise use artificial intelligence? ShiftWise uses a scheduling algorithm, not machine learning.",
        "Does ShiftWise know when a carer is sick? No. Sickness is recorded in your HR system. Planners mark a carer as "
        "unavailable.",
        "Can carers see their rota on their own phone? Yes, through the ShiftWise app on Android or iPhone. Carers can "
        "also get their rota by email."]),
]


def shiftwise_brochure_pdf(path: Path) -> Path:
    """A supplier's product brochure (PDF): features, then its FAQ, each question opening its paragraph."""
    return _sectioned_pdf(path, "ShiftWise", "Product overview for local authorities.", SHIFTWISE)


def selection_criteria_xlsx(path: Path) -> Path:
    """Redundancy selection criteria (Excel): a sheet of weighted criteria, and a one-column sheet of steps."""
    import openpyxl

    wb = openpyxl.Workbook()
    criteria = wb.active
    criteria.title = "Criteria"
    for row in [("Criterion", "Weighting", "How it is scored"),
                ("Skills and qualifications", "30%", "Against the person specification for the new role"),
                ("Performance", "30%", "From the last two annual appraisals"),
                ("Attendance", "20%", "Absence in the last 12 months, excluding disability-related absence and "
                                      "maternity leave")]:
        criteria.append(list(row))
    process = wb.create_sheet("Process")
    for row in ["Step", "Each employee is scored by two managers independently.",
                "Scores are moderated by an HR Business Partner.",
                "Employees will be shown their own scores and may appeal within 5 working days."]:
        process.append([row])
    wb.save(str(path))
    return path


def welsh_cctv_notice_md(path: Path) -> Path:
    """A CCTV notice written only in Welsh (Markdown): "cadw'r lluniau", a verb with its clitic."""
    path.write_text("""# Hysbysiad teledu cylch cyfyng (CCTV)

Mae'r Cyngor yn defnyddio camerâu teledu cylch cyfyng yn y depo i gadw staff ac ymwelwyr yn ddiogel.

## Beth rydym yn ei recordio

Mae'r camerâu yn recordio lluniau yn unig. Nid ydynt yn recordio sain.

## Am faint rydym yn cadw'r lluniau

Rydym yn cadw'r lluniau am 30 diwrnod. Ar ôl hynny maen nhw'n cael eu dileu.
""", encoding="utf-8")
    return path


def data_sharing_txt(path: Path) -> Path:
    """A data sharing agreement between a council and a health board (text, numbered clauses)."""
    path.write_text("""DATA SHARING AGREEMENT

between Cyngor Sir Enghraifft (the Council) and Bwrdd Iechyd Enghraifft (the Health Board)

1. PURPOSE
1.1 This agreement allows the Council and the Health Board to share information about people who receive both
social care and community health services, so that their care can be planned together.

2. DATA SHARED
2.1 The parties will share the person's name, date of birth, NHS number, address and the care they receive.
2.2 Information about the staff who deliver care will not be shared, except the name of each person's lead worker.

3. HOW DATA IS SHARED
3.1 Data will be shared only through the secure shared care record. Data must never be sent by ordinary email.

4. RESPONSIBILITIES
4.1 Each party is responsible for the accuracy of the data it adds to the shared care record.
4.2 Any data breach must be reported to the other party's Data Protection Officer within 24 hours of its discovery.
""", encoding="utf-8")
    return path


def timesheets_eqia_docx(path: Path) -> Path:
    """An equality impact assessment (Word): headed sections, impacts as bullets, actions numbered."""
    import docx

    d = docx.Document()
    d.add_heading("Equality Impact Assessment: Digital Timesheets", 0)
    d.add_heading("What is changing", 1)
    d.add_paragraph("Paper timesheets in Waste Services will be replaced by an app on a work phone from June 2027.")
    d.add_heading("Possible impacts", 1)
    for impact in ["Older staff and staff with low digital confidence may find the app harder to use.",
                   "Staff with dyslexia or visual impairments may have difficulty with small text on a phone screen."]:
        d.add_paragraph(impact, style="List Bullet")
    d.add_heading("Actions", 1)
    for action in ["Offer one-to-one training sessions for anyone who asks.",
                   "Keep paper timesheets for any member of staff who needs them as a reasonable adjustment."]:
        d.add_paragraph(action, style="List Number")
    d.save(str(path))
    return path


def ai_note_taking_md(path: Path) -> Path:
    path.write_text("""# Using AI note-takers in meetings

Some teams use Microsoft Teams Premium to make AI-generated notes of online meetings. This guidance says when that is
allowed.

## Before the meeting

The organiser must tell everyone invited, in the meeting invitation, that AI notes will be made.

## Agreeing to AI notes

Anyone in the meeting can ask for AI notes to be switched off. If anyone objects, notes must be taken by hand instead.

AI notes must never be used in disciplinary, grievance or capability meetings.

## After the meeting

The AI notes are sent to everyone who attended. They are deleted from Teams after 60 days.

AI notes must not be used as evidence about how any individual performed in a meeting.
""", encoding="utf-8")
    return path


RESTRUCTURE_STAGES = [
    ("Formal consultation with unions and staff", "5 January 2027", "19 February 2027"),
    ("Consideration of responses", "22 February 2027", "12 March 2027"),
    ("Selection interviews", "22 March 2027", "9 April 2027"),
    ("New structure in place", "1 June 2027", ""),
]


def restructure_timetable_xlsx(path: Path) -> Path:
    """A restructure's timetable (Excel): each stage with the dates it starts and ends."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Timetable"
    for row in [("Stage", "Starts", "Ends"), *RESTRUCTURE_STAGES]:
        ws.append(list(row))
    wb.save(str(path))
    return path


def dashboard_html(path: Path) -> Path:
    """A guide to a contact centre's performance dashboard (HTML): measures as a list, sections of rules."""
    path.write_text("""<!doctype html><html><head><title>Contact Centre Performance Dashboard</title></head><body>
<main><h1>Contact Centre Performance Dashboard: guide for advisers</h1>
<p>The dashboard shows how the contact centre is doing against its service standards. It was introduced in September
2026.</p>
<h2>What it measures</h2>
<ul><li>Calls answered within 60 seconds (target: 80%)</li><li>Average handling time per call</li></ul>
<h2>Targets and support</h2>
<p>There is no individual target for average handling time. Complex calls take longer, and advisers should take the time
each caller needs.</p>
<p>If your figures are consistently below the team average, your team leader will first offer coaching and support.
Dashboard figures alone will not be used to start a capability process.</p>
</main></body></html>
""", encoding="utf-8")
    return path


def survey_results_pptx(path: Path) -> Path:
    """A staff survey's results (PowerPoint): a title slide, then slides of bullet points."""
    from pptx import Presentation

    deck = Presentation()
    title = deck.slides.add_slide(deck.slide_layouts[0])
    title.shapes.title.text = "Staff Survey 2026"
    title.placeholders[1].text = "Results for all directorates"
    for heading, bullets in [
        ("Who responded", ["1,842 staff responded, 41% of the workforce",
                           "The response rate was highest in Social Services (55%)"]),
        ("Technology at work", ["Only 29% felt they had been consulted about new technology"]),
    ]:
        slide = deck.slides.add_slide(deck.slide_layouts[1])
        slide.shapes.title.text = heading
        frame = slide.placeholders[1].text_frame
        for i, text in enumerate(bullets):
            (frame.paragraphs[0] if i == 0 else frame.add_paragraph()).text = text
    deck.save(str(path))
    return path


def dependants_leave_docx(path: Path) -> Path:
    """A time off for dependants policy (Word): numbered headings, a section opening "Examples include…"."""
    return _headed_docx(path, "Time Off for Dependants", [
        ("1. Who can take it", ["All employees can take reasonable time off to deal with an emergency involving a "
                                "dependant, from their first day of employment."]),
        ("2. What counts as an emergency", ["Examples include a child falling ill, a breakdown in care arrangements, "
                                            "or a dependant having an accident."]),
        ("3. Pay", ["The first 3 days in any leave year are paid. Further time off is unpaid."]),
    ])


def outage_eml(path: Path) -> Path:
    """An IT notice to all staff (email): when a system is down, until when."""
    from email.message import EmailMessage

    msg = EmailMessage()
    msg["From"] = "IT Service Desk <servicedesk@enghraifft.gov.wales>"
    msg["To"] = "All staff <allstaff@enghraifft.gov.wales>"
    msg["Date"] = "Mon, 30 Nov 2026 09:00:00 +0000"
    msg["Subject"] = "Email moving to the new system this weekend"
    msg.set_content("Dear colleagues,\n\nCouncil email is moving to a new system this weekend.\n\n"
                    "Email will be unavailable from 6pm on Friday 11 December until 8am on Monday 14 December.\n\n"
                    "You do not need to do anything before the move.\n\nKind regards,\nIT Service Desk\n")
    path.write_bytes(bytes(msg))
    return path


def agency_workers_docx(path: Path) -> Path:
    """An agency workers policy (Word): numbered headings and clauses."""
    return _headed_docx(path, "Agency Workers Policy", [
        ("3. Rights from day one", ["3.1 From their first day, agency workers may use the same canteen, car parking "
                                    "and staff room as employees."]),
        ("5. Use of agency workers", ["5.1 Agency workers must not be used to cover posts during industrial action."]),
    ])


def contract_notice_html(path: Path) -> Path:
    """A procurement notice (HTML): a table of headed rows ("Closing date for tenders"), then prose."""
    path.write_text("""<!doctype html><html><head><title>Contract notice: AI triage</title></head><body>
<main><h1>Contract notice: AI triage for the customer contact centre</h1>
<table><tr><th>Estimated value</th><td>£480,000 excluding VAT</td></tr>
<tr><th>Closing date for tenders</th><td>15 January 2027, 12:00</td></tr></table>
<h2>Description</h2>
<p>The system will not reply to residents automatically. Every reply will be written or approved by a member of staff.</p>
</main></body></html>""", encoding="utf-8")
    return path


def bilingual_advert_md(path: Path) -> Path:
    """A job advert in Welsh and English (Markdown): each heading in both, each fact in both, a date alone."""
    path.write_text("""# Cynorthwyydd Data / Data Assistant

## Cyflog / Salary

Gradd 5: £28,598 i £30,060 y flwyddyn.

Grade 5: £28,598 to £30,060 a year.

## Dyddiad cau / Closing date

8 Ionawr 2027.

8 January 2027.
""", encoding="utf-8")
    return path


def adjustments_md(path: Path) -> Path:
    """Reasonable adjustments guidance (Markdown): who pays, and out of whose budget."""
    path.write_text("""# Reasonable Adjustments Guidance

## Who pays

The Council pays for adjustments from a central budget, so the cost does not come out of your team's budget.
Access to Work may also fund equipment.

## How long it takes

Your manager should respond within 10 working days of your request.
""", encoding="utf-8")
    return path


ANNUAL_LEAVE = """ANNUAL LEAVE POLICY

Cyngor Sir Enghraifft - Human Resources - Version 4, April 2026

1. Entitlement

1.1 Your annual leave entitlement depends on your grade and your length of continuous local government service:

Length of service          Grades 1 to 6      Grades 7 and above
Less than 5 years          27 days            29 days
5 years or more            32 days            34 days

1.2 In addition you are entitled to 8 bank holidays a year.
1.3 Part-time staff receive leave in proportion to their contracted hours.

2. Booking leave

2.1 You must ask your line manager for leave at least twice as many days in advance as the leave you want to take.
2.2 Your manager may refuse a request where too many staff would be absent at once, but must give the reason.
2.3 The leave year runs from 1 April to 31 March.

3. Carrying leave over

3.1 You may carry over up to 5 days of unused leave into the next leave year, with your manager's agreement.
3.2 Leave you could not take because of sickness or maternity leave may be carried over in full.
3.3 Leave carried over must be taken by 30 June.

4. Buying and selling leave

4.1 You may buy up to 10 extra days of leave a year, paid for from your salary over the year.
4.2 Leave cannot be sold back to the Council.

5. Leaving the Council

5.1 If you leave, you will be paid for any leave you have earned but not taken. If you have taken more leave than you have earned, the difference will be deducted from your final pay.
"""


def annual_leave_txt(path: Path) -> Path:
    path.write_text(ANNUAL_LEAVE, encoding="utf-8")
    return path


def expenses_pdf(path: Path) -> Path:
    """One page: a header line in small type above the title, numbered clauses, a table of rates."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Table

    def header(c, doc):  # type: ignore[no-untyped-def]
        c.saveState()
        c.setFont("Helvetica", 8)
        c.drawString(40, A4[1] - 30, "Travel and Subsistence Expenses Policy - OFFICIAL")
        c.drawString(40, 20, f"Page {doc.page}")
        c.restoreState()

    p = _paragraph
    story = [
        p("Travel and Subsistence Expenses Policy", "Title"),
        p("Cyngor Bwrdeistref Enghraifft. Approved by the Chief Executive, 1 May 2026."),
        p("1. Scope", "Heading2"),
        p("1.1 This policy applies to all employees who travel on Council business. It does not cover travel between "
          "your home and your normal place of work."),
        p("2. Mileage", "Heading2"),
        p("2.1 If you use your own vehicle for Council business you may claim mileage at the following rates:"),
        Table([["Vehicle", "First 10,000 miles a year", "After 10,000 miles"], ["Car or van", "45p a mile", "25p a mile"],
               ["Motorcycle", "24p a mile", "24p a mile"], ["Bicycle", "20p a mile", "20p a mile"]]),
        p("2.2 You may claim an extra 5p a mile for each colleague you carry on Council business."),
        p("2.3 You must have business use on your motor insurance before you claim mileage."),
        p("3. Meals and subsistence", "Heading2"),
        p("3.1 You may claim for a meal only when you are away from your normal place of work for more than 5 hours, "
          "up to £7.50 for lunch and £15 for an evening meal."),
        p("3.2 Alcohol cannot be claimed in any circumstances."),
        p("3.3 Overnight stays must be booked through the Council's travel provider and approved in advance by your "
          "Head of Service."),
        p("4. Making a claim", "Heading2"),
        p("4.1 Claims are made through the self-service portal and must be submitted within 3 months of the journey. "
          "Claims submitted later will not be paid."),
        p("4.2 You must attach a receipt for every item except mileage."),
        p("4.3 Your line manager approves your claim, and it is paid with your next monthly salary."),
        p("5. Misuse", "Heading2"),
        p("5.1 A false claim will be treated as gross misconduct under the Disciplinary Procedure."),
    ]
    SimpleDocTemplate(str(path), pagesize=A4, title="Travel and Subsistence Expenses Policy").build(
        story, onFirstPage=header, onLaterPages=header)
    return path


GIFTS = [
    ("Accepting gifts", [
        "You must not accept any gift or hospitality that could be seen as influencing a decision you make at work.",
        "You may accept small gifts worth less than £25, such as a box of chocolates or a calendar, without asking anyone.",
        "A gift worth £25 or more must be declined politely, or handed to your line manager if it cannot be returned.",
        "Cash or vouchers must never be accepted, whatever their value."]),
    ("Hospitality", [
        "You may accept a working lunch or refreshments at a meeting.",
        "Any other hospitality, such as tickets to an event or a meal out with a supplier, needs your Head of "
        "Service's approval in advance."]),
    ("Declaring gifts and hospitality", [
        "Every gift or offer of hospitality worth £25 or more must be entered in the Gifts and Hospitality Register "
        "within 28 days, whether or not you accepted it.",
        "The register is kept by Legal Services and is open to inspection by the public."]),
    ("Suppliers and contracts", [
        "If you are involved in buying goods or services, you must not accept any gift or hospitality from a "
        "supplier who is bidding for a contract, whatever its value."]),
    ("Breaches", ["Failure to follow this code may lead to action under the Disciplinary Procedure."]),
]


def gifts_docx(path: Path) -> Path:
    """Rules in Word's "List Number" style: numbered by Word, not in the paragraphs' text."""
    import docx

    d = docx.Document()
    d.core_properties.title = "Code of Conduct: Gifts and Hospitality"
    d.add_heading("Code of Conduct: Gifts and Hospitality", 0)
    d.add_paragraph("This part of the Employee Code of Conduct applies to every employee, including casual and agency staff.")
    for heading, rules in GIFTS:
        d.add_heading(heading, 1)
        for rule in rules:
            d.add_paragraph(rule, style="List Number")
    d.save(str(path))
    return path


PAY_POINTS = [("Grade 1", 2, 24404, 12.65), ("Grade 2", 3, 24796, 12.85), ("Grade 2", 4, 25183, 13.05),
              ("Grade 3", 5, 25584, 13.26), ("Grade 3", 6, 25992, 13.47), ("Grade 4", 7, 26409, 13.69),
              ("Grade 4", 8, 26835, 13.91), ("Grade 5", 9, 27269, 14.13), ("Grade 5", 10, 27711, 14.36),
              ("Grade 5", 11, 28163, 14.60), ("Grade 6", 12, 28624, 14.84), ("Grade 6", 14, 29540, 15.31),
              ("Grade 6", 17, 31022, 16.08)]


def pay_scales_xlsx(path: Path) -> Path:
    """A title row over a table whose salaries are numbers (no "£"), a note under it; allowances on a second sheet."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Pay scales 2026-27"
    ws.append(["Pay scales from 1 April 2026 (NJC pay award 2026 applied)"])
    ws.append([])
    ws.append(["Grade", "Spinal column point", "Annual salary", "Hourly rate"])
    for row in PAY_POINTS:
        ws.append(list(row))
    ws.append([])
    ws.append(["You move up one spinal column point each April until you reach the top of your grade, as long as "
               "you have 6 months' service in the grade."])
    allowances = wb.create_sheet("Allowances")
    for row in [("Allowance", "Amount"), ("First aider", "£250 a year"),
                ("Welsh language (fluent speakers in public-facing posts)", "£500 a year"),
                ("Night work (11pm to 6am)", "time and a third")]:
        allowances.append(list(row))
    wb.save(str(path))
    return path


def intranet_news_html(path: Path) -> Path:
    path.write_text("""<!doctype html><html lang="en"><head><title>Meet Gofyn, the new HR assistant | Staff News</title></head><body>
<div class="cookie-banner">We use cookies to make the intranet work. <a href="#">Accept all cookies</a> <a href="#">Manage settings</a></div>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/hr">HR and payroll</a></li></ul></nav>
<main><article>
<h1>Meet Gofyn, the new HR assistant</h1>
<p class="byline">Posted by Internal Communications on 20 November 2026</p>
<p>From 11 January 2027 staff will be able to ask Gofyn, a chatbot on the intranet, questions about pay, leave and HR policies, in Welsh or English, at any time of day.</p>
<p>Gofyn uses generative AI to find answers in the Council's own HR policies. It cannot see your personal HR record, your pay details or your sickness absence.</p>
<p>Using Gofyn is optional. You can still phone the HR Service Centre on 01234 567890, Monday to Friday, 9am to 5pm.</p>
<p>Questions you type are kept for 90 days so that the HR team can improve the answers, and are then deleted. Please don't type personal information such as your medical details into Gofyn.</p>
<p>Gofyn can make mistakes. If an answer affects your pay or your job, check it with the HR Service Centre before you act on it.</p>
<p>The trade unions were consulted before Gofyn was introduced and will review how it is working after six months.</p>
</article>
<aside><h2>Related news</h2><ul><li><a href="#">New payroll system goes live in April</a></li><li><a href="#">Staff survey 2026: the results</a></li></ul></aside>
<section class="comments"><h2>2 comments</h2><p>Will it replace the HR team? - Mark, Waste Services</p><p>Reply from Internal Communications: no jobs in HR will be lost because of Gofyn.</p></section>
</main>
<footer><p>&copy; Cyngor Sir Enghraifft 2026. Accessibility statement. Privacy and cookies.</p></footer>
</body></html>""", encoding="utf-8")
    return path


def maternity_docx(path: Path) -> Path:
    """Maternity leave and pay in Word: the pay a table ("Weeks of leave | Pay") under the sentence it finishes."""
    import docx

    d = docx.Document()
    d.core_properties.title = "Maternity Leave and Pay"
    d.add_heading("Maternity Leave and Pay", 0)
    d.add_heading("Leave", 1)
    d.add_paragraph("Every pregnant employee is entitled to 52 weeks of maternity leave, whatever her length of service.")
    d.add_paragraph("You must tell your manager that you are pregnant, and the date you want your leave to start, no later "
                    "than the 15th week before the week your baby is due.")
    d.add_paragraph("The earliest you can start maternity leave is 11 weeks before the week your baby is due.")
    d.add_heading("Pay", 1)
    d.add_paragraph("If you have worked for the Council for at least one year by the 11th week before the week your baby "
                    "is due, you will receive occupational maternity pay as follows:")
    table = d.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text, table.rows[0].cells[1].text = "Weeks of leave", "Pay"
    for weeks, pay in [("Weeks 1 to 6", "90% of your normal weekly pay"),
                       ("Weeks 7 to 18", "Half your normal pay plus Statutory Maternity Pay"),
                       ("Weeks 19 to 39", "Statutory Maternity Pay only"), ("Weeks 40 to 52", "No pay")]:
        row = table.add_row()
        row.cells[0].text, row.cells[1].text = weeks, pay
    d.add_paragraph("If you have less than one year's service, you may still qualify for Statutory Maternity Pay, for 39 weeks.")
    d.add_paragraph("Half pay for weeks 7 to 18 is only paid if you return to work for at least 3 months after your leave.")
    d.add_heading("Keeping in touch", 1)
    d.add_paragraph("You may work up to 10 keeping in touch days during your leave without losing any maternity pay. "
                    "You will be paid your normal pay for each day worked.")
    d.add_heading("Returning to work", 1)
    d.add_paragraph("You have the right to return to the same job after 26 weeks of leave.")
    d.add_paragraph("If you want to return early, you must give your manager at least 8 weeks' notice.")
    d.save(str(path))
    return path


HEARING_LETTER = [
    "Cyngor Sir Enghraifft", "Human Resources, County Hall, Llandrindod Wells LD1 5LG", "Private and confidential",
    "Ms A. Jones", "12 Heol y Bont", "Aberaeron SA46 0AB", "27 November 2026", "Dear Ms Jones,",
    "Invitation to a disciplinary hearing",
    "I am writing to invite you to a disciplinary hearing on Tuesday 15 December 2026 at 10.30am in Meeting Room 2, County Hall.",
    "The hearing will consider the allegation that you accessed residents' records on the housing system without a "
    "business reason between 1 and 30 September 2026.",
    "The hearing will be chaired by Mr D. Evans, Head of Housing.",
    "You have the right to be accompanied by a trade union representative or a work colleague.",
    "If the allegation is found to be proven, one possible outcome is dismissal.",
    "If you or your companion cannot attend on this date, please contact me as soon as possible.",
    "Yours sincerely,", "Rhian Morgan", "HR Business Partner",
]


def hearing_letter_docx(path: Path) -> Path:
    import docx

    d = docx.Document()
    for line in HEARING_LETTER:
        d.add_paragraph(line)
    d.save(str(path))
    return path


def branch_bulletin_md(path: Path) -> Path:
    path.write_text("""# UNISON Enghraifft Branch Bulletin - December 2026

## Pay award agreed

After months of negotiation, the 2026 pay award has been agreed. Staff on all grades will receive a 3.2% rise, backdated to 1 April 2026. The back pay will be paid in the January 2027 salary.

## Next branch meeting

The next branch meeting is on Wednesday 13 January 2027 at 5.30pm at the Lampeter Community Centre. All members are welcome. Tea and cakes provided!

## Contact your branch

Email the branch office at branch@unison-enghraifft.org.uk or call 01570 000222. Branch secretary: Gwen Price.
""", encoding="utf-8")
    return path


def payroll_faq_html(path: Path) -> Path:
    path.write_text("""<!doctype html><html><head><title>New payroll system: questions and answers</title></head><body>
<main><h1>New payroll system: questions and answers</h1>
<ul class="toc"><li><a href="#q1">When does it start?</a></li><li><a href="#q2">Will my pay date change?</a></li><li><a href="#q3">What if my pay is wrong?</a></li></ul>
<h2 id="q1">When does it start?</h2>
<p>The new payroll system, PayWise, will pay staff from the April 2027 payroll.</p>
<p><a href="#top">Back to top</a></p>
<h2 id="q2">Will my pay date change?</h2>
<p>No. You will still be paid on the last working day of each month.</p>
<p><a href="#top">Back to top</a></p>
<h2 id="q3">What if my pay is wrong?</h2>
<p>Tell the Payroll Team within 5 working days of payday by emailing payroll@enghraifft.gov.uk. An underpayment of more than £100 will be corrected by a same-week payment.</p>
<p><a href="#top">Back to top</a></p>
</main></body></html>""", encoding="utf-8")
    return path


def hybrid_form_docx(path: Path) -> Path:
    import docx

    d = docx.Document()
    d.core_properties.title = "Hybrid Working Request Form"
    d.add_heading("Hybrid Working Request Form", 0)
    d.add_paragraph("Complete this form and send it to your line manager. Your manager must reply within 28 days.")
    d.add_heading("Part A: About you (to be completed by the employee)", 1)
    for field_ in ["Name: ______________________", "Job title: ______________________"]:
        d.add_paragraph(field_)
    d.add_paragraph("Days you would like to work from home each week (maximum 3): ☐ 1  ☐ 2  ☐ 3")
    d.add_heading("Part B: Manager's decision", 1)
    d.add_paragraph("Decision: ☐ Approved  ☐ Approved for a trial period of 3 months  ☐ Refused")
    d.add_paragraph("If refused, give the business reason: ______________________")
    d.add_heading("Notes", 1)
    d.add_paragraph("You must attend your usual workplace on at least 2 days a week. A request can only be refused for one "
                    "of the business reasons in the Hybrid Working Policy. If your request is refused you may appeal to "
                    "your Head of Service within 14 days.")
    d.save(str(path))
    return path


def capability_pdf(path: Path) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import PageBreak, SimpleDocTemplate

    def furniture(c, doc):  # type: ignore[no-untyped-def]
        c.saveState()
        c.setFont("Helvetica", 8)
        c.drawString(40, A4[1] - 30, "Managing Performance (Capability) Procedure")
        c.drawString(A4[0] - 120, 20, f"Page {doc.page} of 3")
        c.restoreState()

    p = _paragraph
    story = [
        p("Managing Performance (Capability) Procedure", "Title"),
        p("Cyngor Sir Enghraifft. Agreed with the recognised trade unions, June 2026."),
        p("1. Purpose", "Heading2"),
        p("1.1 This procedure is used when an employee is not performing their job to the standard required. It is not "
          "used for misconduct, which is dealt with under the Disciplinary Procedure, or for poor performance caused by "
          "ill health, which is dealt with under the Managing Attendance Policy."),
        p("2. Informal stage", "Heading2"),
        p("2.1 Your manager will first meet you informally to discuss the concerns, agree the standard required and what "
          "support you will be given, such as training or mentoring."),
        p("2.2 You will be given a review period of between 4 and 8 weeks to improve."),
        PageBreak(),
        p("3. Formal stages", "Heading2"),
        p("3.1 If your performance does not improve, there are three formal stages:"),
        p("(a) Stage 1: a first written improvement notice, with a review period of 8 weeks;"),
        p("(b) Stage 2: a final written improvement notice, with a review period of 12 weeks;"),
        p("(c) Stage 3: a capability hearing, which may result in dismissal with notice, or redeployment to a more "
          "suitable job."),
        p("3.2 You have the right to be accompanied by a trade union representative or a colleague at every formal meeting."),
        PageBreak(),
        p("4. Appeals", "Heading2"),
        p("4.1 You may appeal against any formal stage within 10 working days of receiving the outcome letter."),
        p("5. Support", "Heading2"),
        p("5.1 You can get free, confidential support from the Employee Assistance Programme on 0800 000 333 at any time."),
    ]
    SimpleDocTemplate(str(path), pagesize=A4, title="Managing Performance (Capability) Procedure").build(
        story, onFirstPage=furniture, onLaterPages=furniture)
    return path


def sickness_reporting_docx(path: Path) -> Path:
    import docx

    d = docx.Document()
    d.core_properties.title = "Reporting sickness absence"
    d.add_heading("Reporting sickness absence: what to do and when", 0)
    d.add_paragraph("Follow these steps whenever you are too ill to work.")
    table = d.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text, table.rows[0].cells[1].text = "When", "What you must do"
    for when, what in [
        ("Day 1", "Phone your line manager before 9am, or within one hour of your shift starting. A text or email is not enough."),
        ("Day 4", "Phone your manager again to update them if you are still unwell."),
        ("Days 1 to 7", "Complete a self-certification form on the HR portal when you return."),
        ("Day 8 onwards", "Get a fit note from your GP and send it to your manager."),
        ("Every week", "Keep in touch with your manager at a time you agree."),
    ]:
        row = table.add_row()
        row.cells[0].text, row.cells[1].text = when, what
    d.add_heading("When you come back", 1)
    d.add_paragraph("Your manager will hold a return to work meeting with you on your first day back.")
    d.add_paragraph("If you are off sick for 4 or more periods in 12 months, this will trigger a formal attendance review meeting.")
    d.save(str(path))
    return path


def redundancy_md(path: Path) -> Path:
    path.write_text("""# Redundancy and Redeployment Policy

## 1. Redeployment

1.1 If you accept a job in redeployment, you will have a trial period of 4 weeks.

1.2 If you unreasonably refuse an offer of suitable alternative employment, you may lose your right to a redundancy payment.

## 2. Redundancy pay

2.1 Redundancy pay is calculated using the statutory table of weeks, based on your age and continuous service, multiplied by your actual weekly pay.

2.2 If you are aged 55 or over and a member of the Local Government Pension Scheme, you will receive your pension without reduction.

## 3. Time off to look for work

3.1 If you have 2 years' service and are under notice of redundancy, you may take reasonable paid time off to look for work or arrange training.
""", encoding="utf-8")
    return path


def ev_faq_txt(path: Path) -> Path:
    path.write_text("""Electric Car Salary Sacrifice Scheme - Frequently Asked Questions

Q: Who can join?
A: Any permanent employee who has passed their probation.

Q: How much will I save?
A: Most people save between 30% and 40% compared with leasing the same car privately, depending on their tax band.

Q: What happens if I leave the Council?
A: You will have to pay an early termination charge of up to 3 months' payments.
""", encoding="utf-8")
    return path


def homeworking_html(path: Path) -> Path:
    path.write_text("""<!doctype html><html><head><title>Homeworking policy</title></head><body>
<main><h1>Homeworking policy</h1>
<h2>Equipment</h2>
<p>The Council will provide a laptop, a monitor, a keyboard and a mouse.</p>
<p>You may not claim for broadband, electricity or heating.</p>
<h2>Health and safety</h2>
<p>You must complete a homeworking risk assessment before you start, and again whenever you move house.</p>
<p>You must report any accident that happens while you are working at home, as you would at the office.</p>
</main></body></html>""", encoding="utf-8")
    return path


def project_plan_xlsx(path: Path) -> Path:
    import datetime

    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Plan"
    ws.append(["Copilot roll-out: project plan (v0.3, draft)"])
    ws.append(["Milestone", "Start", "End", "Owner", "Status"])
    for row in [("Pilot with 50 staff in Finance", datetime.date(2027, 1, 11), datetime.date(2027, 3, 5), "Digital Services", "Not started"),
                ("Consultation with trade unions", datetime.date(2026, 12, 1), datetime.date(2027, 1, 29), "HR", "In progress"),
                ("Training for all staff", datetime.date(2027, 3, 15), datetime.date(2027, 4, 30), "Learning and Development", "Not started"),
                ("Review of the pilot by the Joint Consultative Committee", datetime.date(2027, 3, 17), None, "HR", "Not started")]:
        ws.append(list(row))
    for cells in ws.iter_rows(min_row=3):
        for cell in cells[1:3]:
            cell.number_format = "dd/mm/yyyy"
    wb.save(str(path))
    return path


def supplier_terms_txt(path: Path) -> Path:
    path.write_text("""SCRIBEASSIST LTD - TERMS OF SERVICE FOR PUBLIC SECTOR CUSTOMERS

1. DEFINITIONS
1.1 "Customer Data" means all data that the Customer or its Users submit to the Service, including audio recordings.

2. DATA LOCATION
2.1 Customer Data is stored and processed in data centres in the United Kingdom. The Supplier shall not transfer Customer Data outside the United Kingdom without the Customer's prior written consent.

3. SUB-PROCESSORS
3.1 The Supplier uses the sub-processors listed at Schedule 2. The Supplier shall give the Customer at least 30 days' notice of any new sub-processor, during which the Customer may object.

4. LIABILITY
4.1 The Supplier's total liability under this Agreement in any year shall not exceed the fees paid by the Customer in that year.
""", encoding="utf-8")
    return path


def password_kb_html(path: Path) -> Path:
    path.write_text("""<!doctype html><html><head><title>How to reset your password</title></head><body>
<nav><a href="/it">IT Service Desk</a> &gt; <a href="/it/kb">Knowledge base</a></nav>
<main><h1>How to reset your password</h1>
<p>Your network password expires every 90 days.</p>
<h2>Reset it yourself</h2>
<ol><li>Go to the Self-Service Password Reset page on the intranet.</li>
<li>Enter your staff number and the code sent to your registered mobile phone.</li>
<li>Choose a new password of at least 14 characters.</li></ol>
<h2>If you are locked out</h2>
<p>Your account locks after 5 wrong attempts. It unlocks by itself after 30 minutes, or you can phone the IT Service Desk on 01234 500500 to unlock it straight away.</p>
</main></body></html>""", encoding="utf-8")
    return path


def on_call_html(path: Path) -> Path:
    path.write_text("""<!doctype html><html><head><title>On-call allowances 2026</title></head><body><main>
<h1>On-call allowances from 1 April 2026</h1>
<p>These rates are paid to staff on a formal on-call rota.</p>
<table>
<tr><th rowspan="2">Service</th><th colspan="2">Allowance per session</th></tr>
<tr><th>Weekday night</th><th>Weekend day</th></tr>
<tr><td>Social Services</td><td>£35.00</td><td>£60.00</td></tr>
<tr><td>Highways</td><td>£30.00</td><td>£55.00</td></tr>
</table>
<p>If you are called out, you are also paid for the time you work at time and a half, with a minimum of one hour.</p>
</main></body></html>""", encoding="utf-8")
    return path


def phone_policy_md(path: Path) -> Path:
    path.write_text("""# Mobile Phone Policy

1. Council mobile phones are provided for work use.
2. Reasonable personal use is allowed outside working hours.
3. Calls and data used abroad must be paid for by you unless they were for work.
4. The location of Council phones may be checked by IT only if a phone is reported lost or stolen.
5. You must report a lost or stolen phone to the IT Service Desk within 24 hours.
""", encoding="utf-8")
    return path


def working_group_notes_md(path: Path) -> Path:
    path.write_text("""# Copilot Working Group - notes of meeting, 24 November 2026

Present: Rhian Morgan (HR, chair), Gwen Price (UNISON), Owain Jenkins (Digital Services), Sara Bowen (Information Governance)

## Discussion

Digital Services confirmed that prompts are logged for 30 days for security purposes only and are not seen by managers.

## Actions

- [x] Owain Jenkins to circulate the pilot timetable
- [ ] Sara Bowen to send the draft DPIA to UNISON by 12 December 2026
""", encoding="utf-8")
    return path


def technology_agreement_txt(path: Path) -> Path:
    path.write_text("""CYNGOR SIR ENGHRAIFFT AND UNISON, GMB AND UNITE
AGREEMENT ON THE INTRODUCTION OF NEW TECHNOLOGY

1. SCOPE
1.1 This Agreement applies to the introduction or significant change of any technology, software or automated system that affects the work, terms and conditions, health or privacy of employees, including artificial intelligence and algorithmic management tools.
1.2 It does not apply to routine upgrades of existing software that do not change how work is done or monitored.

2. CONSULTATION
2.1 The Council shall inform the recognised trade unions in writing at least three months before any technology within the scope of this Agreement is introduced.
2.2 The written notice shall set out: (a) the purpose of the technology; (b) the staff and posts affected; (c) the data to be collected about employees; and (d) the timetable for introduction.
2.3 The Council shall meet the unions within 15 working days of the notice and shall consider any proposals they make before reaching a decision.

3. USE OF DATA
3.1 Data collected by technology within the scope of this Agreement shall not be used as the sole basis for any decision on discipline, capability or dismissal.

4. REVIEW AND DISPUTES
4.1 Each new technology shall be reviewed jointly 12 months after its introduction.
4.2 A dispute about this Agreement shall be referred to the Joint Consultative Committee, and then, if not resolved, to ACAS.

Signed on behalf of the Council: Chief Executive, 2 June 2025
Signed on behalf of the trade unions: Joint Trade Union Secretary, 2 June 2025
""", encoding="utf-8")
    return path


WELSH_SICKNESS = """# Polisi Absenoldeb Salwch

## 1. Rhoi gwybod eich bod yn sâl

1.1 Rhaid i chi ffonio eich rheolwr llinell cyn 9am ar ddiwrnod cyntaf eich absenoldeb. Nid yw neges destun yn ddigon.

1.2 Os ydych yn sâl am fwy na 7 diwrnod calendr, rhaid i chi gael nodyn ffitrwydd gan eich meddyg teulu.

## 2. Tâl salwch

| Hyd gwasanaeth | Tâl llawn | Hanner tâl |
|---|---|---|
| Llai na blwyddyn | 1 mis | 2 fis |
| 1 i 5 mlynedd | 4 mis | 4 mis |
| Mwy na 5 mlynedd | 6 mis | 6 mis |

## 3. Dychwelyd i'r gwaith

3.1 Bydd eich rheolwr yn cynnal cyfarfod dychwelyd i'r gwaith gyda chi ar eich diwrnod cyntaf yn ôl.

3.2 Gall eich rheolwr eich cyfeirio at Iechyd Galwedigaethol os ydych wedi bod yn absennol am fwy na 4 wythnos.

## 4. Apeliadau

4.1 Gallwch apelio yn erbyn unrhyw rybudd ysgrifenedig o fewn 10 diwrnod gwaith.
"""


def welsh_sickness_md(path: Path) -> Path:
    path.write_text(WELSH_SICKNESS, encoding="utf-8")
    return path


def lone_worker_app_notice_md(path: Path) -> Path:
    path.write_text("""# Privacy notice: StaySafe lone worker app

## What the app collects

The app records your location only while you have a session running. It does not track you at any other time.

If you raise an alert, the app records up to 60 seconds of audio and sends it with your location to the monitoring centre.

## How long it is kept

Audio recordings from alerts are kept for 6 months.
""", encoding="utf-8")
    return path


def phishing_md(path: Path) -> Path:
    path.write_text("""# Suspicious emails: what to do

Criminals send emails that look like they come from the Council, your bank or a supplier, to get you to click a link or open an attachment.

## If you receive one

Do not click any links or open attachments. Use the "Report phishing" button in Outlook, then delete the email.

## If you have already clicked a link

Disconnect from the network straight away and phone the IT Service Desk on 01234 500500. You will not be disciplined for reporting a mistake quickly.
""", encoding="utf-8")
    return path


def ai_register_csv(path: Path) -> Path:
    path.write_text("""System,Department,What it does,Makes decisions about people?,Human check,Data used,Go-live
Copilot for Microsoft 365,All departments,Drafts emails and documents and summarises meetings,No,Staff review all output,Emails and documents staff can already see,March 2027
ShiftWise,Social Care,Suggests rotas for home carers,No,Team leader approves every rota,Carer availability and client visits,January 2027
CV Sift,Human Resources,Scores job applications against the person specification,Yes,A recruiting manager reviews every application scored below the threshold,Application forms,Pilot from April 2027
Gofyn chatbot,All departments,Answers staff questions about HR policies,No,HR Service Centre checks a sample of answers each month,HR policies only,January 2027
Fleet telematics,Waste Services,Records vehicle location and driving style,Yes,Fleet manager reviews any alert before action is taken,Vehicle location and speed,In use since 2024
""", encoding="utf-8")
    return path


def sessions_xlsx(path: Path) -> Path:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sessions"
    ws.append(["Training sessions for the new case management system", None, None, None, None])
    ws.append(["Team", "Session 1", None, "Session 2", None])
    ws.append([None, "Date", "Room", "Date", "Room"])
    for cells in ("A1:E1", "B2:C2", "D2:E2", "A2:A3"):
        ws.merge_cells(cells)
    ws.append(["Adult Social Care", "12 January 2027", "Room 1", "19 January 2027", "Room 1"])
    ws.append(["Housing", "14 January 2027", "Room 1", "21 January 2027", "Room 2"])
    ws.append([])
    ws.append(["Each session lasts 3 hours. Staff who cannot attend must book a catch-up session with the Learning team."])
    wb.save(str(path))
    return path


def particulars_docx(path: Path) -> Path:
    """A statement of terms and conditions in Word: headed clauses, and notice as a table by length of service."""
    import docx

    d = docx.Document()
    d.add_heading("Statement of Main Terms and Conditions of Employment", 0)
    for heading, text in [
        ("1. Start date and probation", "Your employment began on 6 January 2025. The first 6 months are a probationary period, "
                                       "which may be extended by up to 3 months."),
        ("2. Hours of work", "Your normal working hours are 37 hours a week, Monday to Friday."),
        ("3. Notice", "The notice you must give, and the notice the Council must give you, is as follows:"),
    ]:
        d.add_heading(heading, 1)
        d.add_paragraph(text)
    _word_table(d, [["Length of service", "Notice you must give", "Notice the Council must give"],
                    ["During probation", "1 week", "1 week"], ["Up to 4 years", "1 month", "1 month"],
                    ["4 to 12 years", "1 month", "1 week for each complete year"], ["12 years or more", "1 month", "12 weeks"]])
    d.save(str(path))
    return path


def triage_dpia_docx(path: Path) -> Path:
    """A data protection impact assessment in Word: what the tool does, and its risks as a table of sentences."""
    import docx

    d = docx.Document()
    d.add_heading("Data Protection Impact Assessment: AI triage of calls", 0)
    d.add_heading("Description of the processing", 1)
    d.add_paragraph("From April 2026 an AI tool from Northway Analytics will listen to calls to the Adult Social Care front door, "
                    "write a summary and suggest a priority. A social worker reads the summary and decides the priority; the "
                    "tool does not make the decision.")
    d.add_heading("Data used", 1)
    d.add_paragraph("The tool processes call recordings and health information given during the call. Staff voices are "
                    "recorded as part of the calls.")
    d.add_heading("Risks and mitigations", 1)
    _word_table(d, [["Risk", "Mitigation", "Residual risk"],
                    ["Recordings are kept longer than needed", "Recordings deleted after 90 days automatically", "Low"],
                    ["Staff performance is judged from call summaries", "Summaries are not used for performance management", "Low"],
                    ["Data is transferred outside the UK", "Processing in UK data centres only", "Low"]])
    d.save(str(path))
    return path


def facility_time_md(path: Path) -> Path:
    path.write_text("""# Trade Union Facility Time Agreement

## Time off for trade union duties
Accredited representatives get paid time off for trade union duties, such as representing members at hearings.

The Council provides a pool of 1,200 hours a year of paid facility time, shared between the unions in proportion to their membership.

## Requesting time off
Representatives should ask their line manager for time off at least 5 working days in advance, except in an emergency.
""", encoding="utf-8")
    return path


def jcc_minutes_txt(path: Path) -> Path:
    """Minutes in plain text: numbered item titles with their paragraph right under them, an ACTION line
    under some items, and the date of the next meeting as the last line."""
    path.write_text("""Joint Consultative Committee
Minutes of the meeting held on 14 May 2026

1. Microsoft Copilot roll-out
D. Price reported that 300 Copilot licences had been bought for staff in Finance and HR. L. Thomas asked whether staff would be made to use it; D. Price said use would be voluntary during the pilot.
ACTION: D. Price to share the equality impact assessment with the unions by 30 June 2026.

2. Hybrid working review
S. Jenkins said the review had found no drop in productivity. M. Hughes asked that staff who cannot work from home are not disadvantaged. The policy allowing up to 3 days a week at home will continue.
ACTION: S. Jenkins to report on allowances for site-based staff at the next meeting.

3. Pay award
The national pay offer of 3.2% was noted.

Date of next meeting: 16 July 2026
""", encoding="utf-8")
    return path


def grievance_html(path: Path) -> Path:
    path.write_text("""<!doctype html><html><head><title>Grievance procedure</title></head><body><main>
<h1>Grievance procedure</h1>
<p>A grievance is a concern, problem or complaint that you raise with your employer about your work.</p>
<h2>Before you raise a formal grievance</h2>
<p>Try to sort it out informally with your line manager first. If the grievance is about your line manager, speak to their manager.</p>
<h2>Stage 1: formal grievance</h2>
<p>Put your grievance in writing and send it to your line manager. A meeting will be held within 10 working days of receiving it. You will get a written outcome within 5 working days of the meeting.</p>
<h2>Stage 2: appeal</h2>
<p>If you are unhappy with the outcome, you can appeal in writing to the Head of Service within 10 working days of receiving it. The appeal meeting will be held within 15 working days, and the decision is final.</p>
<h2>Your right to be accompanied</h2>
<p>You can bring a trade union representative or a work colleague to any formal meeting. If your companion cannot come, the meeting can be put back by up to 5 working days.</p>
</main></body></html>""", encoding="utf-8")
    return path


def genai_use_md(path: Path) -> Path:
    path.write_text("""# Acceptable Use of Generative AI

This standard applies to all staff, agency workers and contractors who use generative AI tools for Council work.

## Approved tools
Only Microsoft Copilot is approved. Free public tools such as ChatGPT or Gemini must not be used for Council work.

## Rules
1. Never enter personal data, such as names or case details, into a generative AI tool unless the tool is approved for that data.
2. Check everything the tool produces. You are responsible for the accuracy of your work.
3. Say when you have used AI to write a letter that goes to residents.
4. Do not use AI to make decisions about individuals, such as recruitment shortlists.
5. Report any output that is offensive or biased to the IT Service Desk.

## Training
You must complete the e-learning course "Using generative AI safely" before you are given a Copilot licence.
""", encoding="utf-8")
    return path


def pension_faq_html(path: Path) -> Path:
    """A pension scheme's questions and answers as a definition list (<dt> the question, <dd> its answer)."""
    path.write_text("""<!doctype html><html><head><title>Pension Scheme: questions and answers</title></head><body><main>
<h1>Pension Scheme: questions and answers</h1>
<dl>
<dt>How much do I pay in?</dt><dd>Between 5.5% and 12.5% of your pay, depending on how much you earn. The Council pays in 19.2%.</dd>
<dt>Can I opt out?</dt><dd>Yes. If you opt out within 3 months of joining, you get your contributions back.</dd>
<dt>When can I take my pension?</dt><dd>Your normal pension age is the same as your State Pension age, with a minimum of 65. You can take it from age 55, but it will be reduced.</dd>
<dt>What happens if I die?</dt><dd>A lump sum of three times your pay is paid to the people you name on an expression of wish form.</dd>
</dl></main></body></html>""", encoding="utf-8")
    return path


def repayment_docx(path: Path) -> Path:
    """Study funding in Word: what is paid, and what is repaid as a two-column table whose heading row
    ("If you leave | You repay") has no figure and every row under it has one."""
    import docx

    d = docx.Document()
    d.add_heading("Learning and Development: Funding and Repayment", 0)
    d.add_heading("What we pay", 1)
    d.add_paragraph("The Council pays course fees and exam fees, and gives up to 5 days of paid study leave a year. "
                    "It does not pay for resits.")
    d.add_heading("Paying it back", 1)
    d.add_paragraph("If you leave the Council after finishing the qualification, you must repay some of the fees:")
    _word_table(d, [["If you leave", "You repay"], ["Within 12 months of finishing", "100% of the fees"],
                    ["12 to 24 months after finishing", "50% of the fees"], ["More than 24 months after finishing", "Nothing"]])
    d.add_paragraph("You do not have to repay anything if you are made redundant or leave because of ill health.")
    d.save(str(path))
    return path


def rota_tool_html(path: Path) -> Path:
    """A page on how a rota tool allocates shifts: a bulleted list of what it uses under a heading that
    asks it, with no intro sentence."""
    path.write_text("""<!doctype html><html><head><title>How CareRota allocates shifts</title></head><body><main>
<h1>How CareRota allocates shifts</h1>
<p>CareRota is the tool that plans home care shifts for the reablement team from April 2026.</p>
<h2>What information it uses</h2>
<ul><li>the hours in your contract and any agreed flexible working pattern</li>
<li>your availability and leave booked in the HR system</li>
<li>where your visits are and travel time between them</li>
<li>your skills and training, such as medication or hoist training</li></ul>
<p>It does not use your sickness record or your performance reviews.</p>
<h2>Who decides</h2>
<p>CareRota suggests a rota. A team leader checks it and can change it before it is published. Rotas are published 2 weeks in advance.</p>
</main></body></html>""", encoding="utf-8")
    return path


def impact_assessment_xlsx(path: Path) -> Path:
    """An equality impact assessment as a spreadsheet: a title row, then a row for each group."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "EIA"
    ws.append(["Equality Impact Assessment: moving customer services online"])
    ws.append([])
    ws.append(["Protected characteristic", "Likely impact", "Mitigation"])
    for row in [("Age", "Negative", "Phone line kept open"), ("Sex", "Neutral", "None needed"),
                ("Disability", "Negative", "New forms tested with disabled users before launch")]:
        ws.append(list(row))
    wb.save(str(path))
    return path


def org_change_md(path: Path) -> Path:
    """A change policy whose consultation periods are a table by how many employees are affected,
    the unit only in the column's heading ("Employees affected | 20 to 99")."""
    path.write_text("""# Managing Organisational Change

## 2. Consultation periods
2.1 The Council will consult the recognised trade unions and the employees affected before any decision is made.

| Employees affected | Minimum consultation |
|---|---|
| Fewer than 20 | 14 days |
| 20 to 99 | 30 days |
| 100 or more | 45 days |

## 4. Pay protection
4.1 An employee redeployed to a lower graded post will keep their previous pay for 12 months.
""", encoding="utf-8")
    return path


def homeworking_allowance_txt(path: Path) -> Path:
    """Plain text whose headings sit right over their paragraphs, with no blank line between."""
    path.write_text("""HOMEWORKING ALLOWANCE

Who gets it
Staff whose contract names their home as their place of work get a homeworking allowance. Hybrid workers do not.

How much
The allowance is £6 a week, paid with your monthly salary. It is taxable unless you claim tax relief from HMRC yourself.

Equipment
The Council provides a laptop, a monitor, a keyboard, a mouse and a chair. It does not pay for broadband.

Claiming
Ask your manager to complete the homeworking form. Payments are not backdated.
""", encoding="utf-8")
    return path


def agenda_docx(path: Path) -> Path:
    """An agenda in Word: its title, a line of when and where, and its items as a table."""
    import docx

    d = docx.Document()
    d.add_heading("Digital Change Board: Agenda", 0)
    d.add_paragraph("Thursday 21 May 2026, 10:00 to 12:00, Committee Room 2 and on Teams")
    _word_table(d, [["Time", "Item", "Lead"], ["10:00", "Welcome and apologies", "Chair"],
                    ["10:10", "Copilot pilot: results of the first three months", "Head of Digital"],
                    ["10:50", "Chatbot for council tax: decision to go live", "Revenues Manager"]])
    d.save(str(path))
    return path



def access_requests_html(path: Path) -> Path:
    """A page on getting a copy of one's data: a section a sentence long for each thing asked."""
    path.write_text("""<!doctype html><html><head><title>Getting a copy of your personal data</title></head><body><main>
<h1>Getting a copy of your personal data</h1>
<p>You have the right to ask for a copy of the personal information the Council holds about you.</p>
<h2>How to ask</h2>
<p>Email dataprotection@enghraifft.gov.uk or use the online form. You do not have to say why you want the information.</p>
<h2>How long it takes</h2>
<p>We will reply within one month.</p>
<h2>Cost</h2>
<p>There is no charge. We may charge a reasonable fee only if a request is manifestly unfounded or excessive.</p>
</main></body></html>""", encoding="utf-8")
    return path


def recordings_faq_md(path: Path) -> Path:
    """Questions and answers in Markdown, each question a bold "**Q: …?**" line over its "A: …"."""
    path.write_text("""# Recording Teams meetings: questions and answers

**Q: How long are recordings kept?**
A: Recordings and transcripts are deleted automatically after 60 days.

**Q: Who can see the recording?**
A: Only people invited to the meeting, unless the organiser shares it more widely for a work reason.

**Q: Can I ask for a meeting not to be recorded?**
A: Yes. Tell the organiser before the meeting. Recording should only happen when there is a clear reason.

**Q: Can recordings be used in a disciplinary?**
A: Recordings of ordinary team meetings must not be used to monitor individual performance.
""", encoding="utf-8")
    return path


def flexible_working_docx(path: Path) -> Path:
    """A flexible working policy in Word: what one can ask for as a bulleted list under a heading that says so."""
    import docx

    d = docx.Document()
    d.add_heading("Flexible Working Policy", 0)
    d.add_heading("Who can apply", 1)
    d.add_paragraph("All employees can ask for flexible working from their first day of employment.")
    d.add_heading("What you can ask for", 1)
    for item in ["a change to your hours, such as part-time or compressed hours", "a change to your start and finish times",
                 "working from home for some or all of the week", "job sharing"]:
        d.add_paragraph(item, style="List Bullet")
    d.add_heading("How requests are decided", 1)
    d.add_paragraph("Your manager must meet you to discuss the request and give you a decision within 2 months of receiving it.")
    d.save(str(path))
    return path


def volunteering_txt(path: Path) -> Path:
    """A plain-text policy: its title on the first line, headings right over their paragraphs."""
    path.write_text("""Employer Supported Volunteering Policy

How much leave
You can take up to 2 days (15 hours) of paid volunteering leave in each leave year. Part-time staff get a pro rata amount.

What counts
Volunteering must be for a registered charity, a community group or a public body, such as a school governing body.

How to apply
Apply through the HR portal at least 2 weeks before the day you want to take. Your manager can refuse only if the service needs it.

Reservists and special constables
Members of the Reserve Forces and Special Constables can take up to 10 days of paid leave a year for training.
""", encoding="utf-8")
    return path


def lone_working_md(path: Path) -> Path:
    """A lone working procedure in numbered clauses, its sections headed by when each step is done."""
    path.write_text("""# Lone Working Procedure

## 1. Before a visit
1.1 Check the client's risk flag on the case system. If the flag is red, you must not visit alone.
1.2 Put the visit in your shared calendar with the address and the time you expect to finish.

## 2. During the visit
2.1 Start a session on the StaySafe app when you arrive. If you feel at risk, leave and raise an alert.

## 3. After the visit
3.1 End the session on the app within 15 minutes of leaving.
3.2 If you have not ended the session 30 minutes after your expected finish time, the monitoring centre will phone you.
3.3 If you do not answer when the monitoring centre phones, they will phone your manager, and then the police.
""", encoding="utf-8")
    return path


def sanctions_docx(path: Path) -> Path:
    """A disciplinary procedure in Word: how long each sanction stays on record as a two-column table,
    a heading row over rows that mostly give a figure ("Dismissal | Not applicable")."""
    import docx

    d = docx.Document()
    d.add_heading("Disciplinary Procedure", 0)
    d.add_paragraph("The sanctions, and how long each stays on your record, are:")
    _word_table(d, [["Sanction", "Stays on record for"], ["Verbal warning", "6 months"], ["First written warning", "12 months"],
                    ["Final written warning", "24 months"], ["Dismissal", "Not applicable"]])
    d.save(str(path))
    return path


def posts_table_md(path: Path) -> Path:
    """A restructure proposal: the posts affected as a table, whose rows share the word "Assessor"."""
    path.write_text("""# Proposed restructure of the Revenues and Benefits Service

| Post | Current posts | Proposed posts |
|---|---|---|
| Benefits Assessor | 18 | 12 |
| Senior Assessor | 4 | 4 |
| Team Leader | 3 | 2 |

Staff whose posts are deleted will be offered a redeployment interview.
""", encoding="utf-8")
    return path


def bereavement_docx(path: Path) -> Path:
    """A bereavement leave policy in Word: the paid leave by relationship as a two-column table
    ("Parent, brother or sister | 5 working days"), which people ask by family names ("my dad")."""
    import docx

    d = docx.Document()
    d.add_heading("Bereavement and Compassionate Leave Policy", 0)
    d.add_heading("Paid bereavement leave", 1)
    d.add_paragraph("The paid leave you can take depends on your relationship to the person who has died:")
    _word_table(d, [["Relationship", "Paid leave"], ["Partner, spouse or child", "10 working days"],
                    ["Parent, brother or sister", "5 working days"], ["Grandparent or grandchild", "3 working days"],
                    ["Other relative or close friend", "1 working day for the funeral"]])
    d.add_paragraph("Parents who lose a child under 18 are also entitled to 2 weeks of Parental Bereavement Leave, "
                    "which can be taken within 56 weeks of the death.")
    d.add_heading("More time off", 1)
    d.add_paragraph("Time off for a funeral abroad may be extended by up to 5 days of unpaid leave.")
    d.save(str(path))
    return path


def probation_docx(path: Path) -> Path:
    """A probation policy in Word: its length in the opening sentence, what it may be extended by
    under its own heading, and the reviews as a table whose second column is headed "When"."""
    import docx

    d = docx.Document()
    d.add_heading("Probation Policy", 0)
    d.add_paragraph("All new employees serve a probation period of 6 months.")
    d.add_heading("Reviews", 1)
    d.add_paragraph("Your manager will meet you to review your progress at these points:")
    _word_table(d, [["Review", "When"], ["First review", "End of month 1"], ["Second review", "End of month 3"],
                    ["Final review", "End of month 5"]])
    d.add_heading("Extending probation", 1)
    d.add_paragraph("Probation can be extended once, by up to 3 months, if more time is needed to show you meet the "
                    "standard, for example because of sickness absence.")
    d.add_heading("Notice during probation", 1)
    d.add_paragraph("During probation, either side can end employment by giving 1 week's notice.")
    d.save(str(path))
    return path


def redeployment_txt(path: Path) -> Path:
    """A redeployment policy in plain text with numbered headings: a trial period, and what it may
    be extended by in the next sentence."""
    path.write_text("""Redeployment Policy

1. Priority for vacancies
Employees on the redeployment register are considered for suitable vacancies before anyone else. You stay on the register for 12 weeks, or until your notice ends if that is later.

2. Trial period
If you are offered a different job, you will have a 4 week trial period. The trial can be extended by a further 4 weeks by agreement, for example to allow for training. If either you or your manager decides the job is not suitable during the trial, you will return to the redeployment register.

3. Pay protection
If the new job is on a lower grade, your pay will be protected at your old rate for 12 months.
""", encoding="utf-8")
    return path


def adverse_weather_html(path: Path) -> Path:
    """Adverse weather guidance as a web page: a scope sentence that says "snow", a section headed by
    the situation ("If you cannot get to your usual workplace") with a list of what one can do."""
    path.write_text("""<!doctype html><html><head><title>Adverse weather and travel disruption</title></head><body>
<nav><a href="/">Home</a> &gt; <a href="/hr">HR</a></nav><main>
<h1>Adverse weather and travel disruption</h1>
<p>This guidance applies when snow, flooding or a storm makes it hard to get to work.</p>
<h2>If you cannot get to your usual workplace</h2>
<p>You should make every reasonable effort to get to work, but do not put yourself at risk. If you cannot get in, tell your manager before your usual start time. You can then:</p>
<ul><li>work from home, if your job allows it;</li><li>work from the nearest council building that is open;</li>
<li>take annual leave or flexi time;</li><li>make up the time within the next 4 weeks, by agreement with your manager.</li></ul>
<h2>If the office closes</h2>
<p>If the Council closes a building, staff who work there will be paid as normal and will not need to make up the time.</p>
<h2>Arriving late</h2>
<p>If you arrive late because of the weather, you will not lose pay for up to 2 hours of lateness.</p>
</main><footer>Human Resources</footer></body></html>""", encoding="utf-8")
    return path


def breach_procedure_md(path: Path) -> Path:
    """A data breach procedure that names the regulator in full ("the Information Commissioner's
    Office"), never by its initials."""
    path.write_text("""# Reporting a Data Breach

## What to do
1. Report it to the Information Governance team within 24 hours of finding out, using the online breach form or by calling 01234 500600.
2. If you sent an email to the wrong person, ask them to delete it and confirm that they have done so.
3. Do not try to investigate yourself, and do not delete any evidence.

## What happens next
The Information Governance team will assess the risk. If the breach is likely to put people at risk, the Council must report it to the Information Commissioner's Office within 72 hours.
""", encoding="utf-8")
    return path


def sharepoint_faq_html(path: Path) -> Path:
    """A migration FAQ whose questions are accordion buttons, each over the answer in the element after
    it, as content management systems lay them out; and a "Print this page" button."""
    path.write_text("""<!doctype html><html><head><title>Moving to SharePoint: frequently asked questions</title></head><body><main>
<h1>Moving to SharePoint: frequently asked questions</h1>
<div class="accordion">
<button class="accordion-button" aria-expanded="false">Will I lose my files?</button><div class="accordion-body"><p>No. Everything on the shared drives will be copied to SharePoint by the project team. You do not need to copy anything yourself.</p></div>
<button class="accordion-button" aria-expanded="false">What happens to my H: drive?</button><div class="accordion-body"><p>Your H: drive will become read-only on 1 March and will be deleted on 30 June. Move anything you want to keep to your OneDrive before then.</p></div>
<button class="accordion-button" aria-expanded="false">Will there be training?</button><div class="accordion-body"><p>Yes. Every team will be offered a 1 hour online session the week before it moves, and there are short videos on the intranet.</p></div>
</div><button onclick="window.print()">Print this page</button></main></body></html>""", encoding="utf-8")
    return path


def phone_apps_md(path: Path) -> Path:
    """A notice on work apps on one's own phone: two lists under "What IT can see" and "What IT cannot
    see", whose items share words with the questions asked of them ("phone")."""
    path.write_text("""# Work apps on your own phone: what IT can and cannot see

To use Outlook and Teams on your own phone, you need to install the Company Portal app.

## What IT can see
- the make, model and serial number of your phone
- the operating system version
- the names of the work apps installed through Company Portal
- the phone number, if you agree

## What IT cannot see
- your personal photos, messages or emails
- your browsing history
- your location
""", encoding="utf-8")
    return path


def toil_md(path: Path) -> Path:
    """Time off in lieu rules as a Markdown list: hour for hour, a maximum held, a time to take it by."""
    path.write_text("""# Time Off in Lieu (TOIL)

TOIL lets you take time off instead of being paid for extra hours you work.

- Extra hours must be agreed by your manager **before** you work them.
- TOIL is earned hour for hour. It is not paid at overtime rates.
- You must take TOIL within 3 months of earning it, or it will be lost.
- You can hold a maximum of 15 hours of TOIL at any time.
""", encoding="utf-8")
    return path


def long_service_txt(path: Path) -> Path:
    """Long service awards in plain text: service elsewhere that counts, and awards arranged without asking."""
    path.write_text("""Long Service Awards

We thank staff for long service with the Council. Service with other Welsh councils counts.

How to claim
Awards are arranged automatically by HR each April for staff who reached the milestone in the previous year. If you think you have been missed, email hr@example.gov.wales.
""", encoding="utf-8")
    return path


def standby_xlsx(path: Path) -> Path:
    """Standby and call-out pay in a workbook: allowances on one sheet, call-out rules as "Rule | Detail"
    rows on another ("Rate | Time and a half, or double time on bank holidays")."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Standby"
    for row in [("Standby session", "Allowance per session"), ("Weekday night (5pm to 8am)", "£25.00"),
                ("Saturday or Sunday (24 hours)", "£40.00")]:
        ws.append(list(row))
    ws2 = wb.create_sheet("Call-out")
    for row in [("Rule", "Detail"), ("Minimum payment", "Each call-out is paid as at least 2 hours"),
                ("Rate", "Time and a half, or double time on bank holidays")]:
        ws2.append(list(row))
    wb.save(str(path))
    return path


def screening_notice_html(path: Path) -> Path:
    """A recruitment notice on an AI screening tool: when it is used, given as a condition ("For jobs that
    attract more than 100 applications")."""
    path.write_text("""<!doctype html><html><head><title>How we use automated screening in recruitment</title></head><body><main>
<h1>How we use automated screening in recruitment</h1>
<h2>What the tool does</h2>
<p>For jobs that attract more than 100 applications, we use a tool called HireScreen to check applications against the essential criteria in the person specification. It gives each application a score.</p>
<h2>Does a computer decide?</h2>
<p>No. HireScreen does not reject anyone. A member of the recruiting panel reads every application that scores below the cut-off before a decision is made.</p>
</main></body></html>""", encoding="utf-8")
    return path


def mileage_md(path: Path) -> Path:
    """Business mileage rates as a Markdown table whose columns are thresholds of miles ("First 10,000
    miles in the tax year", "Over 10,000 miles"), with a claims deadline and a passenger supplement."""
    path.write_text("""# Business Mileage

You can claim mileage when you use your own vehicle for council business. You cannot claim for your normal journey between home and your usual workplace.

| Vehicle | First 10,000 miles in the tax year | Over 10,000 miles |
|---|---|---|
| Car or van | 45p a mile | 25p a mile |
| Bicycle | 20p a mile | 20p a mile |

A passenger supplement of 5p a mile is paid for each colleague you carry on council business.

## How to claim
Claim through the expenses system within 3 months of the journey. Claims older than 3 months will not be paid.
""", encoding="utf-8")
    return path


def attendance_letter_docx(path: Path) -> Path:
    """A letter inviting a worker to an attendance review meeting: why, when, who, and what to do if
    they cannot attend."""
    import docx

    d = docx.Document()
    for text in ["Dear Rhian", "Invitation to a Stage 1 attendance review meeting",
                 "Your absence has reached the trigger point in the Attendance Management Policy: 4 periods of absence in the "
                 "last 12 months. I am writing to invite you to a Stage 1 attendance review meeting.",
                 "The meeting will be held on Thursday 26 November 2026 at 10.00am in Meeting Room 3, County Hall.",
                 "You have the right to be accompanied by a trade union representative or a work colleague.",
                 "If you cannot attend, please let me know as soon as possible so we can arrange another date.",
                 "Yours sincerely", "Gareth Davies", "Team Manager"]:
        d.add_paragraph(text)
    d.save(str(path))
    return path


def buying_leave_txt(path: Path) -> Path:
    """A scheme to buy annual leave in plain text: how many extra days, how the cost is taken."""
    path.write_text("""Buying Additional Annual Leave

You can buy up to 10 extra days of annual leave each leave year.

The cost is worked out from your daily rate of pay and is taken from your salary in equal amounts over 12 months.

How to apply
Apply using the form on the HR portal by 31 March for the next leave year. Your manager must approve the request.
""", encoding="utf-8")
    return path


def job_advert_html(path: Path) -> Path:
    """A job advert as a web page: its terms as a definition list ("Hours: 37 hours a week"), and a
    sentence that refuses CVs."""
    path.write_text("""<!doctype html><html><head><title>Digital Support Officer</title></head><body><main>
<h1>Digital Support Officer</h1>
<dl><dt>Salary</dt><dd>£28,598 to £31,067 a year (Grade 6)</dd><dt>Hours</dt><dd>37 hours a week</dd>
<dt>Closing date</dt><dd>8 January 2027</dd></dl>
<h2>About the role</h2>
<p>You will help staff use new digital tools, including Microsoft 365 and the council's AI assistant.</p>
<h2>How to apply</h2>
<p>Apply online. We do not accept CVs. For an informal chat about the role, contact Dafydd Evans on 01597 000123.</p>
</main></body></html>""", encoding="utf-8")
    return path


def eap_leaflet_md(path: Path) -> Path:
    """An employee assistance programme leaflet: who provides it, what it offers (a list), its number."""
    path.write_text("""# Employee Assistance Programme

The Employee Assistance Programme (EAP) is a free and confidential service for all staff, provided by CareFirst.

## What it offers
- up to 6 sessions of counselling, by phone or video
- legal and financial information
- a 24-hour helpline

## How to contact it
Call 0800 030 5182, at any time, or use the CareFirst Lifestyle app.
""", encoding="utf-8")
    return path


def timeline_csv(path: Path) -> Path:
    """A project's phases as a CSV, each with the month it starts and ends."""
    path.write_text("""Phase,Start,End,What happens
Discovery,January 2027,March 2027,Workshops with HR and payroll staff to map current processes
Build,April 2027,August 2027,Supplier configures the new system
Go live,November 2027,November 2027,The old system is switched off
""", encoding="utf-8")
    return path


def agile_consultation_md(path: Path) -> Path:
    """A consultation on desk sharing: "This consultation runs from…", which is about the document
    itself; the proposals as a numbered list."""
    path.write_text("""# Consultation on Agile Working

## Introduction
The Council proposes to reduce the number of desks at County Hall from 600 to 420, so that staff share desks. This consultation runs from 1 December 2026 to 31 January 2027.

## What is proposed
1. Staff will book desks through an app, up to 2 weeks ahead.
2. Each team will be expected to be in the office at least 2 days a week.
3. Lockers will be provided for personal items.
""", encoding="utf-8")
    return path


def cycle_scheme_tabs_html(path: Path) -> Path:
    """A scheme's page laid out as tabs: a strip of role="tab" buttons before every panel, each panel
    after the first marked hidden until its tab is chosen."""
    path.write_text("""<!doctype html><html><head><title>Cycle to Work scheme</title></head><body><main>
<h1>Cycle to Work scheme</h1>
<p>Get a bike and accessories through salary sacrifice and save on tax and National Insurance.</p>
<div role="tablist">
<button role="tab" aria-selected="true" aria-controls="p1" id="t1">Who can join</button>
<button role="tab" aria-selected="false" aria-controls="p2" id="t2">How much you can spend</button>
<button role="tab" aria-selected="false" id="t3">How to apply</button>
</div>
<div role="tabpanel" id="p1" aria-labelledby="t1"><p>Any employee who has passed their probation.</p></div>
<div role="tabpanel" id="p2" aria-labelledby="t2" hidden><p>You can spend up to £3,000, including a helmet, lights and a lock. E-bikes are allowed.</p></div>
<div role="tabpanel" id="p3" aria-labelledby="t3" hidden><p>Apply through Cyclescheme with our employer code 4567X.</p></div>
</main></body></html>""", encoding="utf-8")
    return path


def redundancy_notice_eml(path: Path) -> Path:
    """An employer's formal notice of proposed redundancies to a union branch, by email: how many,
    why, when consultation starts, how staff will be selected, the first meeting."""
    path.write_text("""From: Head of HR <hr@example.gov.wales>
To: Branch Secretary <branch@unison.example>
Subject: Notice of proposed redundancies - Revenues and Benefits
Date: Mon, 9 Nov 2026 09:00:00 +0000
Content-Type: text/plain; charset=utf-8

Dear Gwen

I am writing to give formal notice that the Council proposes to make up to 22 posts redundant in the Revenues and Benefits service.

Consultation will start on 16 November 2026 and will last at least 30 days. We propose to select staff for redundancy using the criteria in the Redundancy Policy: skills, performance and attendance.

The first consultation meeting will be on 18 November 2026 at 10am.

Regards
Alun Williams
Head of HR
""", encoding="utf-8")
    return path


def hardship_fund_html(path: Path) -> Path:
    """A hardship fund's page: what it gives ("grants of up to £500"), and who can apply as a list with
    a threshold of pay ("less than £30,000") and a nested list of examples, one of them one word."""
    path.write_text("""<!doctype html><html><head><title>Staff Hardship Fund</title></head><body><main>
<h1>Staff Hardship Fund</h1>
<p>The fund gives grants of up to £500 to staff facing sudden financial hardship.</p>
<h2>Who can apply</h2>
<p>You can apply if:</p>
<ul>
<li>you have worked for the Council for at least 6 months; and</li>
<li>you earn less than £30,000 a year (full-time equivalent); and</li>
<li>you have had an unexpected cost, such as:
  <ul><li>a boiler or car repair;</li><li>a funeral;</li><li>a delay in a benefit payment.</li></ul></li>
</ul>
</main></body></html>""", encoding="utf-8")
    return path


def news_item_html(path: Path) -> Path:
    """A council news item: its date only in a byline (which main-text extraction drops) and in its
    metadata; a quotation that says who said it."""
    path.write_text("""<!doctype html><html><head><title>Council launches Welsh and English chatbot</title>
<meta name="date" content="2026-10-14"></head><body>
<article><h1>Council launches Welsh and English chatbot</h1>
<p class="byline">By the Communications Team, 14 October 2026</p>
<p>Residents can now ask the council's new chatbot, Gofyn, about bin collections, council tax and parking, in Welsh or English, 24 hours a day.</p>
<p>"Gofyn will answer simple questions so our contact centre staff have more time for people who need them," said Cllr Mair Thomas, Cabinet Member for Customer Services.</p>
<p>The chatbot cost £120,000 to build and will cost £30,000 a year to run.</p>
</article></body></html>""", encoding="utf-8")
    return path


def working_hours_txt(path: Path) -> Path:
    """Flexible working hours in plain text: core hours and the hours one may work between, as times of day."""
    path.write_text("""Working Hours

Core hours
You must be available for work between 10am and 12 noon, and between 2pm and 4pm, Monday to Friday.

Bandwidth
You can work your hours at any time between 7am and 7pm. Time worked outside these hours does not count towards your hours unless your manager has asked you to work it.
""", encoding="utf-8")
    return path


def eia_ticked_docx(path: Path) -> Path:
    """An equality impact assessment in Word whose table's boxes are ticked ("☐ Yes ☒ No"): a filled
    form, which says its answers."""
    import docx

    d = docx.Document()
    d.add_heading("Equality Impact Assessment: Automated Shift Allocation", 0)
    d.add_paragraph("Does the proposal affect any of these groups? Tick all that apply.")
    _word_table(d, [["Group", "Affected?", "How"],
                    ["Disabled staff", "☒ Yes ☐ No", "Staff with reasonable adjustments may be given shifts that do not suit them"],
                    ["Carers", "☒ Yes ☐ No", "Short-notice changes are harder for staff with caring responsibilities"],
                    ["Welsh speakers", "☐ Yes ☒ No", "No impact identified"]])
    d.save(str(path))
    return path


def overtime_reply_eml(path: Path) -> Path:
    """A manager's reply by email, above the worker's question quoted with "> "."""
    path.write_text("""From: Sioned Parry <sioned.parry@example.gov.wales>
To: Mark Evans <mark.evans@example.gov.wales>
Subject: RE: Overtime for the system migration weekend
Date: Wed, 25 Nov 2026 16:20:00 +0000
Content-Type: text/plain; charset=utf-8

Hi Mark

Yes, the weekend work on 5 and 6 December will be paid at time and a half, and it is voluntary. Nobody will be made to work it. Please put your name on the rota by Friday if you want to do it.

Sioned

> From: Mark Evans
> Sent: 25 November 2026 11:02
> Subject: Overtime for the system migration weekend
>
> Hi Sioned, a few of us have asked whether the migration weekend is paid as overtime or TOIL, and whether we have to do it. Thanks, Mark
""", encoding="utf-8")
    return path


def tech_checklist_md(path: Path) -> Path:
    """A union's checklist: a numbered list of questions to put to the employer, under "…, ask:"."""
    path.write_text("""# New technology: a checklist for reps

When your employer proposes new technology, ask:

1. What problem is it meant to solve, and what other options were considered?
2. What data will it collect about workers, and who will see it?
3. Has a data protection impact assessment been done? Ask for a copy.
4. What training will staff get, and in work time?

Get the answers in writing, and raise any concerns at the earliest stage of consultation.
""", encoding="utf-8")
    return path


def variation_letter_txt(path: Path) -> Path:
    """A letter varying a contract: its references as fields ("Our ref: …"); what will not change said
    before what will."""
    path.write_text("""Our ref: HR/2026/114
Your ref: UNI/RB/22

Dear Ms Hughes

Variation to your contract of employment

Your pay and annual leave entitlement will not change. Following the consultation on the new scheduling system, your working pattern will change from 1 February 2027. You will work 37 hours over four days, Monday to Thursday, instead of five.

If you do not agree to this change, please write to me by 8 January 2027.

Yours sincerely
Alun Williams
Head of HR
""", encoding="utf-8")
    return path


def hybrid_qa_docx(path: Path) -> Path:
    """Questions and answers as a two-column Word table ("Question | Answer"), in the words of a policy
    ("broadband", "abroad")."""
    import docx

    d = docx.Document()
    d.add_heading("Hybrid Working: Questions and Answers", 0)
    _word_table(d, [["Question", "Answer"],
                    ["Who pays for my broadband?", "You do. The Council does not pay for home broadband or energy costs."],
                    ["Can I work from abroad?", "No. Working from outside the UK is not allowed, even for a short time."]])
    d.save(str(path))
    return path


def action_log_xlsx(path: Path) -> Path:
    """A project's action log in a workbook whose first column heading is an abbreviation ("No.")."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    for row in [("No.", "Action", "Owner", "Due", "Status"),
                (1, "Share the DPIA with the unions", "Information Governance", "30 October 2026", "Closed"),
                (2, "Arrange training for team leaders", "HR", "15 November 2026", "Open")]:
        ws.append(list(row))
    wb.save(str(path))
    return path


def rpa_report_pdf(path: Path) -> Path:
    """A two-page PDF report whose sentence runs over the page break into a figure ("…which had a backlog
    of" / "400 cases."), with a running header and page numbers."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    pages = [["1. Results", "Invoices are now paid in an average of 6 days, down from 19 days. The team has not",
              "lost any posts; two officers moved to work on supplier queries, which had a backlog of"],
             ["400 cases.", "", "2. Next steps", "The robots will be extended to Payroll in 2027."]]
    for n, lines in enumerate(pages, 1):
        c.setFont("Helvetica", 8)
        c.drawString(60, 815, "Robotic Process Automation: one year on")
        y = 790
        for line in lines:
            c.setFont("Helvetica", 10)
            c.drawString(60, y, line)
            y -= 15
        c.setFont("Helvetica", 8)
        c.drawString(290, 30, f"Page {n}")
        c.showPage()
    c.save()
    return path


def new_starter_md(path: Path) -> Path:
    """A new starter's IT procedure: numbered steps with sub-bullets, one of which says what must happen first."""
    path.write_text("""# New Starter IT Procedure

1. Your manager requests your account at least 10 working days before you start.
2. On your first day, collect your laptop from the IT Service Desk on the ground floor.
3. Complete the cyber security course within your first week.
   - You will not be given access to the case management system until you have passed the course.
""", encoding="utf-8")
    return path


def young_workers_docx(path: Path) -> Path:
    """A young workers policy in Word: hours, night work and breaks by age ("aged 16 or 17", "under 16",
    "aged 18 and over"), and what students on work experience must not do."""
    import docx

    d = docx.Document()
    d.add_heading("Work Experience and Young Workers Policy", 0)
    d.add_heading("1. Working hours", 1)
    d.add_paragraph("Young workers (aged 16 or 17) must not work more than 8 hours a day or 40 hours a week.")
    d.add_paragraph("Young workers must not work between 10pm and 6am.")
    d.add_paragraph("Work experience students under 16 may work a maximum of 7 hours a day.")
    d.add_heading("2. Breaks", 1)
    d.add_paragraph("A young worker who works more than 4.5 hours must have a break of at least 30 minutes.")
    d.add_paragraph("Employees aged 18 and over are entitled to a 20 minute break when they work more than 6 hours.")
    d.add_heading("3. Supervision", 1)
    d.add_paragraph("Students must not operate machinery, drive council vehicles or handle cash.")
    d.save(str(path))
    return path


def approved_apps_md(path: Path) -> Path:
    """Approved and not approved apps as two lists of names under headings that judge them, and a
    section on who may use Copilot."""
    path.write_text("""# Approved Software and Apps

Only install software from the Company Portal.

## Approved for work use

- Microsoft Teams, for meetings, chat and calls
- Zoom, for external meetings only when the other organisation does not use Teams
- Adobe Acrobat Reader

## Not approved

- WhatsApp, Signal or Telegram for council business
- Personal cloud storage such as Dropbox or Google Drive
- Free AI chatbots such as ChatGPT, Gemini or Claude, because anything you type may be kept by the provider

## Copilot

Microsoft 365 Copilot is available to staff who have completed the Responsible AI e-learning. Do not use it for decisions about individual service users.
""", encoding="utf-8")
    return path


def office_move_consultation_md(path: Path) -> Path:
    """A consultation on an office move: its reasons under "Why we are proposing this", its questions
    numbered "Q1." to "Q3.", and how to respond."""
    path.write_text("""# Consultation: Moving Revenues and Benefits to Ty Dysgu

We propose to move the Revenues and Benefits team from the Civic Centre to Ty Dysgu in April 2027.

## Why we are proposing this

The Civic Centre lease ends in March 2027. Ty Dysgu has space for 120 desks, free parking and a bus stop outside.

## Questions

Q1. Do you agree with the proposal to move the team to Ty Dysgu?

Q2. What support would you need to make the move?

Q3. Would a phased move, one section at a time, work better for your section than moving everyone on one weekend?

## How to respond

Send your response to consultation@example.gov.uk or fill in the form on the intranet. The consultation closes on 15 January 2027. You can also respond through your trade union.
""", encoding="utf-8")
    return path


def retention_schedule_csv(path: Path) -> Path:
    """A records retention schedule: what is kept, for how long, and what happens at the end."""
    path.write_text("""Record,Retention period,Action at end
Sickness absence records and fit notes,6 years after leaving,Secure destruction
CCTV recordings,31 days,Automatically overwritten
Recruitment records of unsuccessful candidates,6 months after the post is filled,Secure destruction
Call recordings,90 days,Automatically deleted
""", encoding="utf-8")
    return path


def password_rules_txt(path: Path) -> Path:
    """Password rules in plain text, one of which says there is no schedule for changing it."""
    path.write_text("""PASSWORD AND ACCOUNT SECURITY

Your password must be at least 12 characters long. We recommend three random words.

You do not have to change your password on a schedule. Change it straight away if you think someone else knows it.

Lock your screen (Windows key + L) whenever you leave your desk.

After 5 wrong attempts your account is locked for 30 minutes. Call the IT Service Desk on 01234 567890 to unlock it sooner.
""", encoding="utf-8")
    return path


def pension_rates_html(path: Path) -> Path:
    """A pension scheme's page: contribution rates as a table of pay bands, what the employer pays as a
    share ("18.5% on top"), a section headed by the term it explains ("The 50/50 section"), and opting out."""
    path.write_text("""<!doctype html><html><head><title>Pension contributions 2026/27</title></head><body><main>
<h1>Local Government Pension Scheme: your contributions</h1>
<p>How much you pay depends on your actual pensionable pay. The Council pays 18.5% on top.</p>
<table>
<thead><tr><th>Actual pensionable pay</th><th>Main section rate</th><th>50/50 section rate</th></tr></thead>
<tbody>
<tr><td>Up to £17,600</td><td>5.5%</td><td>2.75%</td></tr>
<tr><td>£17,601 to £27,600</td><td>5.8%</td><td>2.9%</td></tr>
<tr><td>£27,601 to £44,900</td><td>6.5%</td><td>3.25%</td></tr>
<tr><td>£44,901 or more</td><td>6.8%</td><td>3.4%</td></tr>
</tbody></table>
<h2>The 50/50 section</h2>
<p>You can pay half your normal contributions and build up half the pension. Your life cover stays the same.</p>
<h2>Opting out</h2>
<p>You can opt out at any time by filling in the opt-out form from the pension fund website. If you opt out within 3 months of joining, your contributions are refunded.</p>
</main></body></html>""", encoding="utf-8")
    return path


def parental_leave_qa_txt(path: Path) -> Path:
    """Questions and answers in plain text ("Q: Is it paid?" / "A: …") under a title that says what "it" is."""
    path.write_text("""Shared Parental Leave - Questions and Answers

Q: Who can take shared parental leave?
A: Employees who share responsibility for a child with a partner, and who have 26 weeks' service by the 15th week before the baby is due.

Q: How much leave can we share?
A: Up to 50 weeks of leave and 37 weeks of pay, once the mother or birth parent ends their maternity leave.

Q: Is it paid?
A: The first 6 weeks are paid at 90% of your average weekly earnings; the rest is statutory shared parental pay.
""", encoding="utf-8")
    return path


def parking_html(path: Path) -> Path:
    """Staff car parking: permits as a definition list (a car share permit), and charging points."""
    path.write_text("""<!doctype html><html><head><title>Staff car parking</title></head><body><main>
<h1>Staff car parking</h1>
<p>You need a permit to park at County Hall. Depot car parks are free and need no permit.</p>
<dl>
<dt>Standard permit</dt><dd>£15 a month, taken from your pay.</dd>
<dt>Car share permit</dt><dd>£5 a month each, for two or more staff who travel together.</dd>
</dl>
<h2>Electric vehicles</h2>
<p>There are 12 charging points at County Hall. Charging costs 30p per kWh, paid through the app.</p>
</main></body></html>""", encoding="utf-8")
    return path


def numbered_agenda_docx(path: Path) -> Path:
    """A meeting's agenda in Word: its items in Word's automatic numbering, with their times."""
    import docx

    d = docx.Document()
    d.add_heading("Joint Consultative Committee: Agenda", 0)
    d.add_paragraph("Thursday 10 December 2026, 2pm, Council Chamber")
    for item in ["Apologies for absence (2.00pm)", "Minutes of the last meeting (2.05pm)", "Pay award 2026/27 update (2.15pm)",
                 "AI note-taking pilot in Social Services (2.45pm)", "Hybrid working review (3.15pm)", "Any other business (3.45pm)"]:
        d.add_paragraph(item, style="List Number")
    d.add_paragraph("Papers for item 4 will be sent out by 7 December. Please send apologies to the clerk, Eleri Thomas.")
    d.save(str(path))
    return path


def mileage_reply_txt(path: Path) -> Path:
    """An email reply above the original message it answers ("-----Original Message-----")."""
    path.write_text("""From: Sian Roberts
Sent: 2 December 2026 16:10
To: Mark Lewis
Subject: RE: Mileage claim

Hi Mark,

Yes, you can claim for the trip to Swansea. Use the new form, and attach a screenshot of the route.

Thanks,
Sian

-----Original Message-----
From: Mark Lewis
Sent: 2 December 2026 11:02
To: Sian Roberts
Subject: Mileage claim

Hi Sian, can I claim mileage for the trip to the Swansea office last week? I went for the records training.

Mark
""", encoding="utf-8")
    return path


def welsh_short_policy_md(path: Path) -> Path:
    """A short sickness absence policy written only in Welsh, under Welsh headings: when to phone
    ("ffonio'ch rheolwr… cyn 9.30am"), fit notes and sick pay."""
    path.write_text("""# Polisi Absenoldeb Salwch

## Rhoi gwybod

Os ydych chi'n sâl, rhaid i chi ffonio'ch rheolwr llinell cyn 9.30am ar y diwrnod cyntaf.

## Nodiadau ffitrwydd

Ar gyfer absenoldebau o fwy na 7 diwrnod, rhaid i chi ddarparu nodyn ffitrwydd gan eich meddyg.

## Tâl salwch

Yn y flwyddyn gyntaf o wasanaeth, cewch fis o gyflog llawn a dau fis o hanner cyflog.
""", encoding="utf-8")
    return path


def weekend_rota_xlsx(path: Path) -> Path:
    """A weekend rota as a workbook: a row a day, a column a shift, and who is on call."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "December rota"
    for r in [["Date", "Early (7am-3pm)", "Late (3pm-11pm)", "On call"],
              ["Saturday 19 December", "Rhian", "Dewi", "Tom"],
              ["Sunday 20 December", "Tom", "Rhian", "Dewi"],
              ["Saturday 26 December", "Dewi", "Tom", "Rhian"],
              ["Sunday 27 December", "Rhian", "Dewi", "Tom"]]:
        ws.append(r)
    wb.save(str(path))
    return path


def expense_steps_md(path: Path) -> Path:
    """A document that is all one "How to…": its title says so, and its steps are paragraphs "Step 1: …"."""
    path.write_text("""# How to claim expenses

Step 1: Log in to MyView and choose "New claim".

Step 2: Enter each journey or purchase on its own line.

Step 3: Attach a photo of each receipt. Claims without receipts will be rejected.

Step 4: Submit the claim to your manager for approval.
""", encoding="utf-8")
    return path


def kitchen_rules_html(path: Path) -> Path:
    """An office kitchen's dos and don'ts as a two-column table; one "do" reports to a team by its name."""
    path.write_text("""<!doctype html><html><head><title>Office kitchen</title></head><body><main>
<h1>Office kitchen</h1>
<table><thead><tr><th>Do</th><th>Don't</th></tr></thead><tbody>
<tr><td>Label your food with your name and the date</td><td>Leave food in the fridge over the weekend</td></tr>
<tr><td>Report a broken appliance to Facilities</td><td>Bring in your own kettle or toaster</td></tr>
</tbody></table>
</main></body></html>""", encoding="utf-8")
    return path


def fixed_term_post_docx(path: Path) -> Path:
    """A job description (python-docx) whose details are a two-column table of fields with no heading
    row, the first of them an amount ("Grade | Grade 8 (£35,235 to £38,223)")."""
    import docx

    d = docx.Document()
    d.add_heading("Job Description: Digital Transformation Officer", 0)
    t = d.add_table(rows=0, cols=2)
    for k, v in [("Grade", "Grade 8 (£35,235 to £38,223)"), ("Reports to", "Digital Transformation Manager"),
                 ("Hours", "37 hours a week; hybrid working"), ("Location", "County Hall, Llandrindod Wells"),
                 ("Contract", "Fixed term for 2 years")]:
        cells = t.add_row().cells
        cells[0].text, cells[1].text = k, v
    d.add_heading("Main duties", 1)
    for duty in ["Map how services work now and find where digital tools could help.", "Write business cases for new systems."]:
        d.add_paragraph(duty, style="List Bullet")
    d.save(str(path))
    return path


def whistleblowing_txt(path: Path) -> Path:
    """A whistleblowing procedure in plain text, its title in capitals with a colon and a heading right
    under it."""
    path.write_text("""WHISTLEBLOWING: RAISING A CONCERN AT WORK

What you can raise
You can raise a concern about fraud, danger to health and safety, damage to the environment or a crime.

How to raise a concern
Tell your manager, or if you prefer, the Monitoring Officer. If your concern is about the Chief Executive, contact the Chair of the Audit Committee.

You can raise a concern anonymously through the confidential reporting line on 0800 123 456.

Protection
You will not be treated unfairly because you raised a concern in good faith, even if it turns out to be mistaken. Anyone who victimises a whistleblower will face disciplinary action.

What happens next
We will acknowledge your concern within 5 working days and tell you who is looking into it.
""", encoding="utf-8")
    return path


def pilot_news_html(path: Path) -> Path:
    """An intranet news item about a chatbot pilot: a count whose sentence opens "Since it started…, the
    chatbot…", a share ("1 in 5"), and what the pilot was due to do."""
    path.write_text("""<!doctype html><html><head><title>Chatbot pilot extended</title></head><body><article>
<h1>Benefits chatbot pilot extended to March</h1>
<p>The pilot of the benefits advice chatbot has been extended until 31 March 2027. It was due to end in December.</p>
<p>Since it started in July, the chatbot has answered 9,800 questions from residents. Around 1 in 5 conversations were passed to a member of staff.</p>
<p>Staff who want to give feedback on the chatbot can fill in the short form on the team site.</p>
</article></body></html>""", encoding="utf-8")
    return path


def clocking_faq_md(path: Path) -> Path:
    """Questions and answers on fingerprint clocking, one heading asking "Do I have to use it?"."""
    path.write_text("""# Fingerprint clocking in: your questions answered

From February 2027, staff at the depots will clock in and out using a fingerprint reader.

## Do I have to use it?
No. You can choose to use a swipe card instead. You will not be treated any differently if you do.

## Does it store my fingerprint?
The reader does not store an image of your fingerprint. It stores a code made from it.
""", encoding="utf-8")
    return path


def minutes_with_actions_docx(path: Path) -> Path:
    """Minutes (python-docx) with apologies and "Action:" lines under each item, one of them Sarah's."""
    import docx

    d = docx.Document()
    d.add_heading("Joint Consultative Committee: minutes of 12 November 2026", 0)
    d.add_paragraph("Present: Mark Owen (Head of HR, chair), Sarah Hughes (UNISON), Ceri Lloyd (Digital Services). "
                    "Apologies: Anna Roberts (Unite).")
    d.add_heading("1. Council tax chatbot", 1)
    d.add_paragraph("Ceri Lloyd reported that the chatbot pilot had answered 4,200 queries in its first month.")
    d.add_paragraph("Action: Ceri Lloyd to send the DPIA to the trade unions by 30 November 2026.")
    d.add_heading("2. Fuel cards", 1)
    d.add_paragraph("Staff in Waste Services had not been trained on the new fuel card system.")
    d.add_paragraph("Action: Sarah Hughes to collect examples and send them to HR.")
    d.add_paragraph("Date of next meeting: 14 January 2027, 10am, Committee Room 2.")
    d.save(str(path))
    return path


def steering_group_md(path: Path) -> Path:
    """Terms of reference whose membership list marks its chair "(Chair)", with a quorum that names the Chair too."""
    path.write_text("""# AI Steering Group: Terms of Reference

## Membership
- Director of Digital Services (Chair)
- Head of HR
- Two trade union representatives

## Quorum
The group is quorate when four members are present, including the Chair or Head of HR and at least one trade union representative.
""", encoding="utf-8")
    return path


def approved_dpia_docx(path: Path) -> Path:
    """A data protection impact assessment (python-docx) whose first line says who prepared it and who approved it."""
    import docx

    d = docx.Document()
    d.add_heading("Data Protection Impact Assessment: Council Tax Chatbot", 0)
    d.add_paragraph("Prepared by: Information Governance Team. Approved by: Rhian Jenkins, Data Protection Officer, on 14 October 2026.")
    d.add_heading("Outcome", 1)
    d.add_paragraph("The residual risks are acceptable. This assessment will be reviewed after six months of live use.")
    d.save(str(path))
    return path


def restructure_letter_txt(path: Path) -> Path:
    """A letter proposing job cuts: a "because" that explains the length of consultation, and a sentence that
    gives the reason for the cuts as one ("The main reason is…")."""
    path.write_text("""Dear Colleague,

I am writing to tell you that the council proposes to reduce the number of posts in the Revenues and Benefits Service from 42 to 30. The main reason is that more residents now use online forms and the council tax chatbot, so there is less work at the telephone contact centre.

Collective consultation with the trade unions will start on 5 January 2027 and will last at least 45 days, because 20 or more posts may be affected.

Yours faithfully,
Mark Owen, Head of HR
""", encoding="utf-8")
    return path


def own_phone_txt(path: Path) -> Path:
    """Using one's own phone for work, in plain text: what one must install to use it, that one does not have
    to, and what the council can remove from it."""
    path.write_text("""Using your own phone for work

You can use your own smartphone or tablet for council email, Teams and your calendar. You do not have to: if you need a phone for your job, your manager will give you a council phone.

To use your own device you must install the Intune Company Portal app and keep a PIN of at least six digits on the device.

The council can remove council data and apps from your device if it is lost or stolen, or when you leave. It cannot see or delete your photos.
""", encoding="utf-8")
    return path


def grievance_pdf(path: Path) -> Path:
    """A grievance procedure (reportlab): when the meeting is held, and the outcome timed from the meeting."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    ss = getSampleStyleSheet()
    parts = [Paragraph("Grievance Procedure", ss["Title"]), Paragraph("Stage 1: formal grievance", ss["Heading2"])]
    for p in ["Write to your manager, setting out your grievance, within 3 months of the matter you are complaining about.",
              "A meeting will be held within 10 working days of receiving your letter.",
              "You will receive the outcome in writing within 5 working days of the meeting."]:
        parts.append(Paragraph(p, ss["Normal"]))
    SimpleDocTemplate(str(path), pagesize=A4).build(parts)
    return path


def transparency_record_md(path: Path) -> Path:
    """An algorithmic transparency record of bold-labelled fields ("**Owner:** …"), the last a contact address."""
    path.write_text("""# Algorithmic Transparency Record: Housing Repairs Triage Tool

**Name:** Housing Repairs Triage Tool

**Description:** The tool reads repair requests sent by tenants and suggests how urgent each repair is.

**Owner:** Head of Housing Property Services

**Human decision:** Every suggestion is checked by a repairs officer. Officers can change the priority, and they do in about 1 in 8 cases.

**Contact:** digital@example.gov.wales
""", encoding="utf-8")
    return path


def plan_phases_csv(path: Path) -> Path:
    """A project plan as a table of phases, each numbered in its first cell ("2. Build")."""
    path.write_text("""Phase,Start,End,What happens
1. Discovery,January 2027,February 2027,Interviews with staff and residents; current processes mapped
2. Build,March 2027,June 2027,The supplier builds the new system; union reps see demonstrations
3. Training,July 2027,August 2027,Every user gets one day of classroom training
""", encoding="utf-8")
    return path


def posting_rules_md(path: Path) -> Path:
    """A social media policy whose rules are imperatives in lists under "Do" and "Don't"."""
    path.write_text("""# Social Media Policy

This policy applies to all staff, including when you post in your own time on your own accounts.

## Do
- Make it clear that your views are your own if you say where you work.
- Report abusive comments about colleagues to your manager.

## Don't
- Post photos of service users, even with their faces hidden.
- Criticise colleagues or residents by name.
""", encoding="utf-8")
    return path


def timesheets_txt(path: Path) -> Path:
    """Timesheet guidance: the deadline given as a time and a day of each month, and a sentence that speaks
    of "the deadline" without giving it."""
    path.write_text("""Timesheets: what you need to know

Submit your timesheet by 5pm on the last Friday of each month. Late timesheets will be paid the following month.

If you are off sick on the deadline, your manager can submit your timesheet for you.

If you worked overtime, your manager must approve it in the system before the deadline.
""", encoding="utf-8")
    return path


def home_working_answers_md(path: Path) -> Path:
    """Answers to staff's questions on hybrid working, one of which says there is no minimum."""
    path.write_text("""# Hybrid working: questions from staff

## How many days must I be in the office?
There is no minimum. Your team agrees how often it meets in person.

## Will the council pay my home bills?
The council does not pay for home broadband or energy.
""", encoding="utf-8")
    return path


def hours_change_letter_txt(path: Path) -> Path:
    """A letter confirming a change of hours, asking for a signed copy to be returned by a date."""
    path.write_text("""Dear Ms Rees,

Variation to your contract of employment

I am pleased to confirm that your hours will reduce from 37 to 30 a week from 1 March 2027. Your salary and annual leave will be reduced pro rata.

Please sign and return the enclosed copy by 14 February 2027.

Yours sincerely,
Helen Morris, HR Adviser
""", encoding="utf-8")
    return path


def branch_circular_txt(path: Path) -> Path:
    """A union branch circular whose numbered list of demands finishes its intro ("…asking for:", "3. an
    equality impact assessment…;")."""
    path.write_text("""Members' Circular, November 2026

The council plans to bring in AI note-taking in social care next year. The branch has written to the Chief Executive asking for:
1. a written agreement that no jobs will be lost because of the AI note-taker;
2. training in work time for everyone who will use it;
3. an equality impact assessment before any pilot starts;
4. a review after six months, with union reps on the review group.

We will report back at the branch meeting on 15 January 2027.
""", encoding="utf-8")
    return path


def data_schedule_pdf(path: Path) -> Path:
    """A contract's data processing schedule (reportlab): numbered clauses, one of which opens lettered
    prohibitions ("2. The Supplier shall not:" over "(a) use Council Data to train…;")."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    ss = getSampleStyleSheet()
    parts = [Paragraph("Schedule 3: Data Processing", ss["Title"])]
    for p in ["1. The Supplier shall process Council Data only on the Council's documented instructions.",
              "2. The Supplier shall not:", "(a) use Council Data to train or improve any artificial intelligence model;",
              "(b) transfer Council Data outside the United Kingdom without the Council's written consent;",
              "(c) appoint a sub-processor without giving the Council 30 days' notice.",
              "3. The Supplier shall tell the Council of any personal data breach within 24 hours of becoming aware of it."]:
        parts.append(Paragraph(p, ss["Normal"]))
    SimpleDocTemplate(str(path), pagesize=A4).build(parts)
    return path


def adjustments_policy_docx(path: Path) -> Path:
    """A reasonable adjustments policy (python-docx) with a section on who pays and a glossary of
    "Term: definition" paragraphs."""
    import docx

    d = docx.Document()
    d.add_heading("Reasonable Adjustments Policy", 0)
    d.add_heading("Paying for adjustments", 1)
    d.add_paragraph("Adjustments costing up to £1,000 are paid from your service's budget. Anything over £1,000 is paid "
                    "from the central adjustments fund.")
    d.add_heading("Appendix A: Definitions", 1)
    d.add_paragraph("Reasonable adjustment: a change to the job, the workplace or the way work is done that removes or "
                    "reduces a disadvantage caused by a disability.")
    d.add_paragraph("Workplace Adjustment Passport: a record, kept by you and your manager, of the adjustments agreed.")
    d.save(str(path))
    return path


def cycle_scheme_html(path: Path) -> Path:
    """A cycle to work scheme page whose sections are "Who can join", "How much you can spend", "How you pay"."""
    path.write_text("""<!doctype html><html><head><title>Cycle to work scheme</title></head><body><main>
<h1>Cycle to work scheme</h1>
<h2>How much you can spend</h2>
<p>You can choose a bike and equipment worth up to £2,500, or up to £5,000 for an electric bike.</p>
<h2>How you pay</h2>
<p>The cost is taken from your salary over 12 months, before tax and National Insurance.</p>
</main></body></html>""", encoding="utf-8")
    return path


def manager_checklist_md(path: Path) -> Path:
    """A new manager's checklist whose sections say when ("In your first week", "In your first month")."""
    path.write_text("""# New manager checklist

## In your first week
- Meet each member of your team one to one.
- Check your team's rota and leave for the next month.

## In your first month
- Complete the Managing People course.
- Agree objectives with each member of your team.
""", encoding="utf-8")
    return path


def rota_app_email_txt(path: Path) -> Path:
    """An email about a rota app saved as text: how far ahead the app shows visits."""
    path.write_text("""Subject: New rostering app

Dear all,

From 4 January 2027 your rotas will come through the new CareRoster app instead of paper rotas.

The app shows your visits for the next two weeks. It does not track your location between visits.

Kind regards,
Sian Roberts
""", encoding="utf-8")
    return path


def camera_notice_txt(path: Path) -> Path:
    """A privacy notice in plain text whose first line names its kind after a colon."""
    path.write_text("""Body worn cameras: privacy notice for staff

Why do we use body worn cameras?
Civil enforcement officers wear cameras to deter abuse and to gather evidence if an incident happens.

How long are recordings kept?
Recordings are deleted after 31 days unless they are needed as evidence.
""", encoding="utf-8")
    return path


def bilingual_notice_docx(path: Path) -> Path:
    """A notice (python-docx) set as a two-column table, Welsh on the left and English on the right."""
    import docx

    d = docx.Document()
    d.add_heading("Hysbysiad / Notice: Teleffonau newydd / New phones", 0)
    t = d.add_table(rows=0, cols=2)
    for cy, en in [("Bydd pob aelod o staff yn cael ffôn newydd erbyn 31 Mawrth 2027.", "Every member of staff will get a new phone by 31 March 2027."),
                   ("Rhaid dychwelyd yr hen ffôn i'r Ddesg TG o fewn pythefnos.", "You must return your old phone to the IT Desk within two weeks.")]:
        cells = t.add_row().cells
        cells[0].text, cells[1].text = cy, en
    d.save(str(path))
    return path


def equipment_policy_md(path: Path) -> Path:
    """A homeworking equipment policy whose headings put the reader's questions as statements ("What you can have")."""
    path.write_text("""# Homeworking Equipment Policy

## What you can have
You can have a laptop, a headset and one monitor.

## Returning equipment
When you leave, return all equipment to the IT Desk on your last working day.
""", encoding="utf-8")
    return path


def absence_triggers_csv(path: Path) -> Path:
    """Absence trigger points as a table of what sets each stage off."""
    path.write_text("""Trigger,What happens
3 separate absences in 6 months,Stage 1 meeting with your manager
4 weeks' continuous absence,Referral to occupational health
""", encoding="utf-8")
    return path


def hotels_html(path: Path) -> Path:
    """A travel policy page that says what the council pays for hotels (never "spend")."""
    path.write_text("""<!doctype html><html><head><title>Business travel</title></head><body><main>
<h1>Business travel policy</h1>
<h2>Hotels</h2>
<p>The council pays up to £110 a night in London and £85 a night elsewhere, including breakfast.</p>
</main></body></html>""", encoding="utf-8")
    return path


def charter_report_md(path: Path) -> Path:
    """A report with a numbered list of areas and, apart from it, a charter's "first principle" in a sentence."""
    path.write_text("""# Digital inclusion in Wales

The programme encourages bodies to sign a Digital Inclusion Charter, whose first principle is for organisations to commit to ensure that all their staff have an opportunity to learn basic digital skills.

Implementation is focussed on 4 areas, namely:
1. Digital skills and securing employment
2. Health and wellbeing
3. Housing
4. Older people
""", encoding="utf-8")
    return path


def strategy_response_txt(path: Path) -> Path:
    """A union's response to a consultation, in hard-wrapped plain text: "We have three concerns." and then
    a paragraph for each, opening "First,", "Second,", "Third,"."""
    path.write_text("""Response to the consultation on the Digital Strategy 2027-2030

The trade unions welcome the strategy's aim to make services easier to
use. We have three concerns.

First, the strategy does not say how many posts will change. We ask the
council to publish an assessment of the effect on jobs.

Second, there is no commitment to training in work time. Staff must not
be expected to learn new systems in their own time.

Third, the strategy says nothing about Welsh language services.
""", encoding="utf-8")
    return path


def desk_rules_md(path: Path) -> Path:
    """A clear desk policy in Markdown whose last paragraph is set in raw HTML ("<p>…</p>")."""
    path.write_text("""# Clear desk policy

At the end of each day, lock your laptop away and log out of every system.

<p>Breaches found in spot checks are reported to your manager.</p>
""", encoding="utf-8")
    return path


def pilot_results_csv(path: Path) -> Path:
    """A pilot's results as a table of measures before and after, in minutes and percentages."""
    path.write_text("""Measure,Before,After
Average wait on the phone,11 minutes,4 minutes
Calls answered,72%,91%
""", encoding="utf-8")
    return path


def ai_principles_docx(path: Path) -> Path:
    """Guidance (python-docx) whose principles are a list in Word's automatic numbering under an intro."""
    import docx

    d = docx.Document()
    d.add_heading("Guidance for staff on using generative AI", 0)
    d.add_paragraph("Follow these five principles whenever you use a generative AI tool for council work:")
    for p in ["Only use tools on the approved list.", "Never enter personal or sensitive information.",
              "Check every output for accuracy before you use it.", "Say when a document was drafted with AI.",
              "You remain responsible for your work."]:
        d.add_paragraph(p, style="List Number")
    d.save(str(path))
    return path


def supplier_confidentiality_txt(path: Path) -> Path:
    """A council's confidentiality agreement with a software supplier (plain text, numbered clauses): it
    speaks of copies, of notice before a disclosure the law requires, and of return at the end, but
    nowhere of reverse engineering or of hiring the council's staff."""
    path.write_text("""CONFIDENTIALITY AGREEMENT: HOUSING REPAIRS SYSTEM

1. Definitions
1.1 "Confidential Information" means any information about the Council, its tenants or its staff that the Supplier receives in connection with the Housing Repairs System.

2. Use of Confidential Information
2.1 The Supplier shall use Confidential Information only to deliver the Housing Repairs System.
2.2 The Supplier may make copies of Confidential Information only as far as is needed to deliver the Housing Repairs System, and shall mark every copy as confidential.

3. Disclosure
3.1 The Supplier may disclose Confidential Information to its employees who need it to deliver the Housing Repairs System.
3.2 Where a court or the law requires the Supplier to disclose Confidential Information, the Supplier shall first give the Council written notice, so that the Council can object.

4. End of the agreement
4.1 When this agreement ends, the Supplier shall return or securely destroy all Confidential Information within 30 days.
""", encoding="utf-8")
    return path


def supplier_confidentiality_full_txt(path: Path) -> Path:
    """The same agreement with four more clauses: information given orally counts, what the supplier develops
    independently is its own, clauses 2 and 3 survive the end of the agreement, and one copy may be retained where the
    law requires it."""
    supplier_confidentiality_txt(path)
    path.write_text(path.read_text(encoding="utf-8") + """4.2 Clauses 2 and 3 survive the end of this agreement for five years.
4.3 The Supplier may retain one copy of Confidential Information where the law requires it to, and only for that purpose.

5. General
5.1 Confidential Information includes information the Council gives orally, such as at a meeting or on a call.
5.2 Nothing in this agreement stops the Supplier from using software it develops independently of the Council.
""", encoding="utf-8")
    return path


def supplier_confidentiality_copies_txt(path: Path, on_copying: str = "") -> Path:
    """The same kind of agreement that speaks of copies only as things (to protect against "unauthorised copying", to
    return "with all copies"), never of whether the supplier may make them; `on_copying`, a clause 2.2 that does. It
    calls the supplier "an independent contractor" and says nothing of what it develops."""
    clause = f"2.2 {on_copying}\n" if on_copying else ""
    path.write_text(f"""CONFIDENTIALITY AGREEMENT: PAYROLL SYSTEM

1. Definitions
1.1 "Confidential Information" means any information about the Council, its residents or its staff that the Supplier receives in connection with the Payroll System.

2. Use of Confidential Information
2.1 The Supplier shall use Confidential Information only to deliver the Payroll System and shall protect it against unauthorised access, copying, use or disclosure.
{clause}
3. Disclosure
3.1 The Supplier may disclose Confidential Information to its employees who need it to deliver the Payroll System.
3.2 The Supplier acts as an independent contractor and not as the Council's agent.

4. End of the agreement
4.1 When this agreement ends, the Supplier shall return all Confidential Information to the Council together with all copies of it within 30 days.
""", encoding="utf-8")
    return path


def workstation_assessment_docx(path: Path) -> Path:
    """A display screen assessment form (python-docx): a two-column table of questions and ticked boxes
    ("Do you have a separate keyboard and mouse? | ☐ Yes ☒ No"), with no heading row."""
    import docx

    d = docx.Document()
    d.add_heading("DSE workstation assessment: Sian Evans", 0)
    t = d.add_table(rows=0, cols=2)
    for q, a in [("Is your screen at eye level?", "☒ Yes ☐ No"), ("Do you have a separate keyboard and mouse?", "☐ Yes ☒ No"),
                 ("Do you get headaches or eye strain?", "☒ Yes ☐ No"), ("Date of assessment", "14 October 2026"),
                 ("Actions agreed", "Order a separate keyboard and mouse; book an eye test paid by the council")]:
        r = t.add_row().cells
        r[0].text, r[1].text = q, a
    d.save(str(path))
    return path


def flexible_working_timescales_pdf(path: Path) -> Path:
    """A flexible working procedure (reportlab) whose table of stages, who and time limits sits right
    under a sentence that introduces it."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

    ss = getSampleStyleSheet()
    SimpleDocTemplate(str(path), pagesize=A4).build([
        Paragraph("Flexible Working Procedure", ss["Title"]),
        Paragraph("Making a request", ss["Heading2"]),
        Paragraph("You can make a flexible working request from your first day of employment. You can make two requests "
                  "in any 12-month period.", ss["Normal"]),
        Paragraph("Timescales", ss["Heading2"]),
        Paragraph("The table below shows how long each stage takes.", ss["Normal"]),
        Table([["Stage", "Who", "Time limit"], ["Meeting to discuss the request", "Line manager", "Within 14 days of the request"],
               ["Written decision", "Line manager", "Within 2 months of the request, including any appeal"],
               ["Appeal", "Head of service", "Within 14 days of the decision"]]),
    ])
    return path


def enrolment_faq_html(path: Path) -> Path:
    """Pension auto-enrolment questions as <details>/<summary> pairs; who is enrolled is set by age and pay."""
    path.write_text("""<!doctype html><html><head><title>Pension auto-enrolment FAQ</title></head><body><main>
<h1>Pension auto-enrolment: your questions</h1>
<details><summary>Will I be enrolled automatically?</summary><p>Yes. If you earn more than £10,000 a year and are aged 22 or
over, you will be enrolled in the Local Government Pension Scheme when you start.</p></details>
<details><summary>Can I opt out?</summary><p>You can opt out within three months of joining and get a refund of your
contributions. After three months, your contributions stay in the scheme.</p></details>
</main></body></html>""", encoding="utf-8")
    return path


def pay_gap_report_md(path: Path) -> Path:
    """A gender pay gap report (Markdown): the gap, a table of pay quarters and "What we are doing"."""
    path.write_text("""# Gender pay gap report 2026

Our median gender pay gap is 6.2%, down from 8.1% in 2025. Women are paid 94p for every £1 paid to men, at the median.

| Pay quarter | Women | Men |
|---|---|---|
| Lower | 68% | 32% |
| Lower middle | 61% | 39% |
| Upper middle | 55% | 45% |
| Upper | 44% | 56% |

## What we are doing
We will publish salary ranges on every job advert from January 2027, and every shortlisting panel will include a woman.
""", encoding="utf-8")
    return path


def selection_matrix_csv(path: Path) -> Path:
    """Redundancy selection criteria (CSV) named only by its file: criterion, weighting, how it is scored."""
    path.write_text("""Criterion,Weighting,How it is scored
Skills and experience,40%,"Scored 1 to 5 against the new job descriptions, by two managers"
Disciplinary record,20%,Live warnings only; spent warnings are not counted
Attendance,20%,"Last 12 months, excluding disability-related and pregnancy-related absence"
Performance,20%,"Last two appraisals, scored 1 to 5"
""", encoding="utf-8")
    return path


def app_launch_html_email_eml(path: Path) -> Path:
    """An email whose only body is HTML: a lone worker app to be used from a date, and when it shares a location."""
    path.write_text("""From: Gareth Morgan <gareth.morgan@examplecouncil.gov.uk>
To: All Housing Staff <housing-all@examplecouncil.gov.uk>
Subject: New lone worker app from Monday
Date: Thu, 12 Nov 2026 09:14:00 +0000
MIME-Version: 1.0
Content-Type: text/html; charset=utf-8

<html><body><p>Hi all,</p>
<p>From Monday 16 November, everyone who does home visits must use the StaySafe app instead of the old pager.</p>
<p>The app only shares your location when you start a visit or press the alert button. Your manager can't see where you are outside visits.</p>
<p>Training is on Friday 13 November at 2pm in Committee Room 1.</p>
<p>Thanks,<br>Gareth</p></body></html>
""", encoding="utf-8")
    return path


def decision_log_md(path: Path) -> Path:
    """A programme board's decision log (Markdown) whose headings are the dates of its decisions."""
    path.write_text("""# Digital programme: decision log

## 3 March 2026
The board agreed to pilot Microsoft Copilot with 50 staff in Revenues for three months.

## 9 June 2026
The board agreed to extend the Copilot pilot to Housing, after staff feedback showed an average saving of 40 minutes a week.

## 14 September 2026
The board decided not to buy the AI rota planning tool, because the equality impact assessment found it would disadvantage part-time staff.
""", encoding="utf-8")
    return path


def opening_hours_response_txt(path: Path) -> Path:
    """A union's consultation response (plain text): numbered questions ("Q1. Do you agree…?") each
    answered on an "Answer:" line that opens "No." or "Yes"."""
    path.write_text("""UNISON RESPONSE TO THE CONSULTATION ON CONTACT CENTRE OPENING HOURS

Q1. Do you agree that the contact centre should open until 8pm on weekdays?
Answer: No. Our members are concerned about travelling home late, especially those without a car. We would accept 7pm with a voluntary rota.

Q2. Do you agree that a chatbot should answer calls outside opening hours?
Answer: Yes, provided no posts are cut and the chatbot hands over to a person the next working day.

Q3. Should staff who work after 6pm get an allowance?
Answer: Yes. We propose an unsocial hours allowance of time and a quarter for every hour after 6pm.
""", encoding="utf-8")
    return path


def pay_award_letter_pdf(path: Path) -> Path:
    """A pay award letter (reportlab), a paragraph to a line as a letter is set: letterhead, "Our ref:", date,
    salutation and title, each on a line of its own, then the letter's paragraphs, wrapped."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    ss = getSampleStyleSheet()
    SimpleDocTemplate(str(path), pagesize=A4).build([Paragraph(x, ss["Normal"]) for x in [
        "Example Council, Civic Centre, Swansea SA1 3SN", "Our ref: PAY/2026/88", "1 December 2026", "Dear colleague",
        "Pay award 2026/27",
        "I am pleased to confirm that the national pay award for 2026/27 has been agreed. All pay points will increase by "
        "£1,290 from 1 April 2026.",
        "The increase and back pay from April will be paid in your January 2027 salary. If you left the council after 1 April "
        "2026, you will also receive back pay, but you must claim it by 31 March 2027.",
        "Staff on apprenticeship rates will receive an increase of 3.2%.", "Yours faithfully", "Huw Thomas",
        "Head of People Services"]])
    return path


def hearing_invitation_docx(path: Path) -> Path:
    """A letter (python-docx) whose letterhead, address, reference and date are paragraphs of their own
    above "Dear Mr Rees", each set apart as a heading would be."""
    import docx

    d = docx.Document()
    for line in ["Cyngor Sir Example Council", "Human Resources", "Civic Centre, Port Talbot SA13 1PJ", "Mr Dafydd Rees",
                 "12 Heol y Nant", "Neath SA11 2AB", "Our ref: HR/DIS/2026/114", "Date: 25 November 2026", "Dear Mr Rees",
                 "Invitation to a disciplinary hearing",
                 "I am writing to invite you to a disciplinary hearing on Wednesday 9 December 2026 at 10am in Meeting Room 3.",
                 "You have the right to be accompanied by a trade union representative or a work colleague.",
                 "Yours sincerely", "Sarah Jenkins", "Service Manager, Customer Services"]:
        d.add_paragraph(line)
    d.save(str(path))
    return path


def committee_agenda_md(path: Path) -> Path:
    """A committee's agenda (Markdown): a details line (day, time, place) over numbered items, each with its time."""
    path.write_text("""# Joint Consultative Committee: agenda

Thursday 17 December 2026, 2pm to 4pm, Council Chamber and on Teams

1. Apologies (2pm)
2. Minutes of the last meeting (2.05pm)
3. Update on the AI chatbot pilot, Head of Digital (2.15pm)
4. Hybrid working review: union proposals (2.45pm)
5. Any other business (3.45pm)
""", encoding="utf-8")
    return path


def self_certification_md(path: Path) -> Path:
    """Sickness reporting rules (Markdown): self-certification, then a fit note from a GP."""
    path.write_text("""# Reporting sickness

Phone your line manager before 9am on your first day of absence.

You can self-certify for up to 7 calendar days. From the 8th day you need a fit note from your GP.
""", encoding="utf-8")
    return path


def leave_rules_md(path: Path) -> Path:
    """Annual leave rules (Markdown): leave by service, part-time staff pro rata, carrying over and buying leave."""
    path.write_text("""# Annual leave

## How much leave you get
| Length of service | Days of leave |
|---|---|
| Less than 5 years | 26 days |
| 5 years or more | 31 days |

Part-time staff get leave pro rata to their hours. Bank holidays are on top of this.

## Carrying leave over
You can carry over up to 5 days into the next leave year. Any more is lost, unless you could not take it because of sickness or maternity leave.
""", encoding="utf-8")
    return path


def sickness_policy_versions_docx(path: Path) -> Path:
    """A sickness absence policy (python-docx): reporting rules, a list of trigger points that ends the
    policy's last section, then a "Version control" table (Version | Date | Changes)."""
    import docx

    d = docx.Document()
    d.add_heading("Sickness Absence Policy", 0)
    d.add_heading("1. Reporting sickness", 1)
    d.add_paragraph("Phone your line manager before 9am on your first day of absence. Do not text or email unless you cannot speak.")
    d.add_heading("2. Trigger points", 1)
    d.add_paragraph("A formal review is held if you have:")
    d.add_paragraph("4 separate absences in 12 months", style="List Bullet")
    d.add_paragraph("10 working days of absence in 12 months", style="List Bullet")
    d.add_heading("Version control", 1)
    t = d.add_table(rows=1, cols=3)
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Changes"], strict=True):
        c.text = h
    for row in [["1.0", "April 2022", "New policy"], ["1.1", "June 2024", "Trigger points changed from 3 absences to 4"],
                ["2.0", "September 2026", "Reporting by phone only"]]:
        for c, v in zip(t.add_row().cells, row, strict=True):
            c.text = v
    d.save(str(path))
    return path


def licence_request_md(path: Path) -> Path:
    """How to get a Copilot licence (Markdown): numbered steps, the last of which says how long it takes."""
    path.write_text("""# How to get a Microsoft Copilot licence

## How to request a licence
1. Complete the Using AI tools safely e-learning module on the Learning Hub.
2. Ask your line manager to approve your request.
3. Your manager submits the request on the IT self-service portal.
4. IT will install Copilot within 10 working days of approval.
""", encoding="utf-8")
    return path


def clicked_link_txt(path: Path) -> Path:
    """What to do after clicking a link in a suspicious email (plain text): numbered steps, one with the
    IT Service Desk's number."""
    path.write_text("""What to do if you clicked a link in a suspicious email

1. Disconnect your device from the network straight away: turn off wifi or unplug the cable.
2. Call the IT Service Desk on 01792 636000, option 1. It is staffed 24 hours a day.
3. Do not delete the email. IT will need it to investigate.
""", encoding="utf-8")
    return path


def transcription_faq_html(path: Path) -> Path:
    """A staff FAQ about an AI transcription tool in social care (HTML): whether to use it, consent, storage,
    and who checks the notes ("You do. … You remain responsible for what the case note says.")."""
    path.write_text("""<!doctype html><html><head><title>AI transcription in social care: staff FAQ</title></head><body><main>
<h1>AI transcription in social care: staff FAQ</h1>
<h2>What is it?</h2><p>Magic Notes is an AI tool that records conversations with residents and writes a draft case note.</p>
<h2>Does the resident have to agree?</h2><p>Yes. You must ask the resident for their consent before you start recording, and stop if they say no.</p>
<h2>Where are the recordings kept?</h2><p>Recordings are stored on UK servers and deleted after 30 days.</p>
<h2>Who checks the notes?</h2><p>You do. You must read and correct every draft before it is saved. You remain responsible for what the case note says.</p>
</main></body></html>""", encoding="utf-8")
    return path


def rota_tool_dpia_docx(path: Path) -> Path:
    """A data protection impact assessment in Word: short sections whose opening sentence is a list of names
    with no verb ("Personal data used" over "Names, contracted hours, …"), and ones with a verb."""
    return _headed_docx(path, "Data Protection Impact Assessment: AI rota planning tool", [
        ("Purpose of the processing", ["The Council plans to use ShiftWise, an AI tool that suggests staff rotas for care "
                                       "homes from staff availability, skills and past absence."]),
        ("Personal data used", ["Names, contracted hours, availability, training records and sickness absence dates. "
                                "Health details beyond absence dates are not used."]),
        ("Lawful basis", ["Legitimate interests (UK GDPR Article 6(1)(f))."]),
        ("Retention", ["Rota suggestions are kept for 12 months and then deleted."]),
        ("Consultation", ["UNISON and GMB were consulted on 3 November 2026. The unions asked for an annual review of "
                          "the tool's effect on shift allocation, which has been agreed."]),
    ])


def depot_move_minutes_docx(path: Path) -> Path:
    """Minutes of a consultation meeting in Word: what was proposed (with "No redundancies are proposed."), and
    questions put ("A. Hughes asked about extra travel costs.") with the answers given after them."""
    return _headed_docx(path, "Minutes: consultation meeting on the closure of Brynmawr depot", [
        ("1. Proposal", ["J. Morgan explained that the depot will close on 31 March 2027 and its 38 staff will move to the "
                         "Ebbw Vale depot. No redundancies are proposed."]),
        ("2. Travel", ["A. Hughes asked about extra travel costs. S. Price confirmed that staff will get excess travel "
                       "payments for four years under the relocation policy."]),
    ], intro="Date: 26 November 2026. Present: J. Morgan (Head of Waste Services), S. Price (HR), A. Hughes (UNISON).")


def union_time_off_md(path: Path) -> Path:
    """A facility time agreement (Markdown): notice for time off with its exception for urgent cases, health and
    safety representatives' training in full words, and the total budget in full-time equivalent posts."""
    path.write_text("""# Facility time agreement

## Time off for union duties
Representatives are entitled to paid time off for union duties, including negotiations and accompanying members at hearings. The total facility time budget is 2.5 full-time equivalent posts across the Council.

## Requesting time off
Representatives must request time off from their line manager at least two weeks in advance, using the facility time form. In urgent cases, such as a disciplinary hearing at short notice, 24 hours' notice is enough.

## Health and safety representatives
Health and safety representatives may take paid time off to carry out inspections. They are entitled to at least four days of training in their first year.

## Union learning representatives
Union learning representatives may attend up to five days of training a year.
""", encoding="utf-8")
    return path


def copilot_switch_on_eml(path: Path) -> Path:
    """An all-staff email announcing Copilot (plain text): when it is switched on, the course first, and where
    questions can be asked ("If you have questions, drop-in sessions will be held…")."""
    path.write_text("""From: ICT Service <ict@example.gov.uk>
To: All staff <allstaff@example.gov.uk>
Subject: Microsoft Copilot is coming to your computer
Date: Mon, 30 Nov 2026 09:00:00 +0000
Content-Type: text/plain; charset=utf-8

Dear colleague,

Microsoft Copilot will be switched on for all office-based staff on 11 January 2027.

Before you can use it, you must complete the 30-minute "Using Copilot safely" course on the learning portal.

If you have questions, drop-in sessions will be held in the County Hall canteen every Wednesday in January from 12 to 2pm.

Kind regards,
ICT Service
""", encoding="utf-8")
    return path


def mileage_claim_xlsx(path: Path) -> Path:
    """Mileage rates in a workbook (openpyxl): a sheet of rates by vehicle, with a passenger supplement, and a
    sheet of the steps to claim, with the deadline as a day of the month and payment with the next salary."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Mileage rates 2026-27"
    ws.append(["Vehicle", "First 10,000 business miles", "Over 10,000 business miles"])
    ws.append(["Car or van", "45p per mile", "25p per mile"])
    ws.append(["Bicycle", "20p per mile", "20p per mile"])
    ws.append(["Passenger supplement", "5p per passenger per mile", "5p per passenger per mile"])
    steps = wb.create_sheet("How to claim")
    steps.append(["Step", "What to do"])
    steps.append(["1", "Record each journey in the mileage log on the HR portal"])
    steps.append(["2", "Submit your claim by the 5th of the following month"])
    steps.append(["3", "Your manager approves the claim within 10 days"])
    steps.append(["4", "Payment is made with your next month's salary"])
    wb.save(str(path))
    return path


def grievance_clauses_md(path: Path) -> Path:
    """A grievance procedure's numbered clauses (Markdown): the form on the intranet, the outcome's time, and an
    appeal timed from receiving the outcome under a condition that names the outcome too."""
    path.write_text("""# Grievance procedure

## 4. Formal stage
4.1 If the matter is not resolved informally, you may raise a formal grievance in writing using the grievance form, which is on the intranet.

4.2 The manager hearing the grievance will arrange a meeting within 10 working days of receiving it.

4.3 You will receive the outcome in writing within 5 working days of the meeting.

## 5. Appeal
5.1 If you are not satisfied with the outcome, you may appeal in writing to the Head of HR within 10 working days of receiving the outcome letter.
""", encoding="utf-8")
    return path


def suspicious_link_txt(path: Path) -> Path:
    """What to do after clicking a link (plain text) with no sections: the situation is the title, then a
    sentence, the numbered steps and a closing sentence."""
    path.write_text("""What to do if you clicked a link in a suspicious email

Don't panic, and don't try to fix it yourself.

1. Disconnect your device from the network straight away.
2. Call the IT Service Desk on 01792 636000.
3. Do not delete the email. IT will need it to investigate.

You will not be disciplined for reporting a mistake quickly.
""", encoding="utf-8")
    return path


def restructure_consultation_pdf(path: Path) -> Path:
    """A consultation document (reportlab) as Word sets one: a title too long for one line, numbered headings
    set larger than the body with a paragraph under each (no sub-clauses), and a timetable table under its own
    numbered heading."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table

    ss = getSampleStyleSheet()
    SimpleDocTemplate(str(path), pagesize=A4).build([
        Paragraph("Proposed restructure of Customer Services: consultation document", ss["Title"]),
        Paragraph("1. Why we are proposing changes", ss["Heading2"]),
        Paragraph("Demand for face-to-face services has fallen by 40% since 2022, while online contact has doubled.", ss["Normal"]),
        Paragraph("2. What is proposed", ss["Heading2"]),
        Paragraph("The number of Customer Services Adviser posts will fall from 42 to 36. Two new Digital Support Officer "
                  "posts at Grade 6 will be created.", ss["Normal"]),
        Paragraph("3. Who is affected", ss["Heading2"]),
        Paragraph("All 42 Customer Services Advisers are in the selection pool. Team leaders are not affected.", ss["Normal"]),
        Paragraph("4. Timetable", ss["Heading2"]),
        Table([["Stage", "Date"], ["Consultation starts", "7 December 2026"], ["Consultation ends", "5 February 2027"],
               ["New structure in place", "1 May 2027"]]),
        Spacer(1, 12),
        Paragraph("5. How to respond", ss["Heading2"]),
        Paragraph("Send your comments to your trade union representative before consultation ends.", ss["Normal"]),
    ])
    return path


def redeployment_docx(path: Path) -> Path:
    """A redeployment policy in Word: what makes a job suitable, in miles from the workplace."""
    return _headed_docx(path, "Redeployment policy", [
        ("Suitable alternative employment", ["A job is suitable if it is at the same grade or one grade lower, within 15 "
                                             "miles of your current workplace, and you can be trained to do it within 3 months."]),
        ("Trial period", ["You will have a 4-week trial period in a new job."]),
    ])


def on_call_allowances_md(path: Path) -> Path:
    """An on-call agreement (Markdown): a table of allowances by period (weeknight, Saturday or Sunday, bank
    holiday) and a call-out rule with a time and a half rate."""
    path.write_text("""# On-call agreement

## Allowance
Staff on the on-call rota are paid an allowance for each period on call:

| Period | Allowance |
|---|---|
| Weeknight (5pm to 8am) | £25 |
| Saturday or Sunday (24 hours) | £50 |
| Bank holiday (24 hours) | £75 |

## Call-outs
If you are called out, you are paid for the time you work at time and a half, with a minimum payment of 2 hours for each call-out.
""", encoding="utf-8")
    return path


def training_reminder_eml(path: Path) -> Path:
    """A training reminder (email): a module named in capitals, its deadline and length."""
    path.write_text("""From: Learning and Development <learning@example.gov.uk>
To: All staff <allstaff@example.gov.uk>
Subject: Reminder: complete your training by 31 January
Date: Tue, 1 Dec 2026 10:00:00 +0000
Content-Type: text/plain; charset=utf-8

Dear colleague,

All staff must complete the Data Protection and Cyber Security e-learning module by 31 January 2027. The module takes about 45 minutes.

Thanks,
Learning and Development
""", encoding="utf-8")
    return path


def concern_procedure_txt(path: Path) -> Path:
    """A whistleblowing procedure (plain text, headings on lines of their own): whom to contact, with the
    Monitoring Officer's number, and when they reply."""
    path.write_text("""WHISTLEBLOWING PROCEDURE

How to raise a concern
Raise your concern with your line manager. If you do not feel able to, contact the Monitoring Officer on 01234 555777.

What happens next
The Monitoring Officer will acknowledge your concern within 5 working days.
""", encoding="utf-8")
    return path


def person_specification_docx(path: Path) -> Path:
    """A job's person specification in Word: a table of criteria, essential and desirable."""
    import docx

    d = docx.Document()
    d.add_heading("Job description: Business Support Officer", 0)
    d.add_heading("Person specification", 1)
    _word_table(d, [["Criteria", "Essential", "Desirable"],
                    ["Qualifications", "GCSE English and Maths at grade C or above", "NVQ Level 3 in Business Administration"],
                    ["Experience", "Experience of working in an office", "Experience of local government finance systems"]])
    d.save(str(path))
    return path


def body_camera_html(path: Path) -> Path:
    """Body-worn camera guidance (HTML): when to switch the camera on."""
    path.write_text("""<!doctype html><html><head><title>Body-worn cameras: guidance for officers</title></head><body><main>
<h1>Body-worn cameras: guidance for officers</h1>
<h2>When to record</h2>
<p>Cameras are not recording all the time. You must switch your camera on when a member of the public becomes aggressive or abusive, and tell them you are recording.</p>
<h2>Keeping footage</h2>
<p>Footage is deleted automatically after 31 days.</p>
</main></body></html>""", encoding="utf-8")
    return path


def pilot_briefing_pptx(path: Path) -> Path:
    """A briefing on an AI pilot (python-pptx): what it is, how it will be judged, what it means for staff."""
    from pptx import Presentation

    p = Presentation()
    for title, bullets in [
        ("What the pilot is", ["An AI tool reads planning complaints and sorts them by urgency",
                               "Officers still decide what action to take"]),
        ("How we will judge it", ["Time to first response falls by a quarter", "No increase in complaints about decisions"]),
        ("What it means for staff", ["No job losses", "Two days of training for every officer"]),
    ]:
        _bulleted_slide(p, title, bullets)
    p.save(str(path))
    return path


def desk_faq_pdf(path: Path) -> Path:
    """A FAQ in PDF (reportlab) whose questions and answers are labelled "Q:" and "A:", each answer opening
    with its "No." where it has one."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    ss = getSampleStyleSheet()
    parts = [Paragraph("Agile working: frequently asked questions", ss["Title"])]
    for q, a in [("Q: Do I still have my own desk?", "A: No. All desks are shared and booked through the desk booking app."),
                 ("Q: Can I bring my own monitor?", "A: No. Use the monitors provided at each desk."),
                 ("Q: Where do I keep my things?", "A: Keep personal items in your locker."),
                 ("Q: Who do I contact if the booking app is not working?", "A: Contact Facilities on extension 4455.")]:
        parts += [Paragraph(q, ss["Heading4"]), Paragraph(a, ss["Normal"])]
    SimpleDocTemplate(str(path), pagesize=A4).build(parts)
    return path


def lone_working_contents_docx(path: Path) -> Path:
    """A Word policy with a table of contents as Word writes one (title, a tab, the page) and numbered
    headings: "3. Checking in" over a sentence that says when, by the occasions it comes with."""
    import docx

    d = docx.Document()
    d.add_heading("Lone working policy", 0)
    d.add_paragraph("Contents")
    for line in ["1. Purpose\t2", "2. Risk assessment\t2", "3. Checking in\t3"]:
        d.add_paragraph(line)
    for heading, text in [
        ("1. Purpose", "This policy protects staff who work alone, such as home visitors and cleaners."),
        ("2. Risk assessment", "Managers must complete a lone working risk assessment for every lone working role."),
        ("3. Checking in", "Lone workers must check in with their team by phone at the start and end of each visit."),
    ]:
        d.add_heading(heading, 1)
        d.add_paragraph(text)
    d.save(str(path))
    return path


def course_fees_pdf(path: Path) -> Path:
    """A training policy (reportlab) whose repayment rule opens with a long condition and is followed by its
    exception, which shares the rule's words ("…if you leave because of redundancy…")."""
    return _sectioned_pdf(path, "Training and Qualifications Policy", "Cyngor Tref Enghraifft. People Services, 2026.", [
        ("1. Paying for courses", ["The council pays the course fees for a qualification your manager has agreed at your appraisal."]),
        ("2. Paying fees back", [
            "If you leave the council within two years of finishing a qualification it paid for, you will be asked to repay "
            "part of the fees: all of the fees within the first year, and half of the fees in the second year.",
            "You will not be asked to repay fees if you leave because of redundancy or ill health."]),
        ("3. Exams", ["You may take up to four days of paid study leave a year for exams."]),
    ])


def ai_tools_docx(path: Path) -> Path:
    """A Word policy on AI tools with numbered clauses: what to do after a mistake, and what follows it."""
    return _headed_docx(path, "Using AI Tools at Work", [
        ("3. Approved tools", ["3.1 Only the AI assistant provided with your work account may be used for council work."]),
        ("4. What not to enter", ["4.1 Do not enter personal data about residents or colleagues into any AI tool.",
                                  "4.2 The AI assistant does not store your conversations for longer than 30 days."]),
        ("7. Mistakes", [
            "7.1 If you enter information into an AI tool by mistake, report it to the Information Governance team straight away.",
            "7.2 Nobody will be disciplined for promptly reporting a genuine mistake.",
            "7.3 Deliberate or repeated breaches may be dealt with under the Disciplinary Procedure."]),
    ], "Cyngor Sir Enghraifft. Version 1.2, November 2026.")


def pool_cars_html(path: Path) -> Path:
    """An intranet page on pool cars: what they may be used for, and who pays a fine."""
    path.write_text("""<!doctype html><html><head><title>Pool cars</title></head><body><main>
<h1>Pool cars</h1>
<h2>Booking</h2><p>Pool cars are kept in the Civic Centre car park and must not be taken home.</p>
<p>Pool cars are booked on the intranet at least one working day ahead.</p>
<h2>Trackers and cameras</h2><p>Pool cars are fitted with trackers that record their location and speed.</p>
<p>Tracker data will not be used to monitor individual drivers, except where there has been a collision or a complaint.</p>
<p>Each pool car has a forward-facing camera that records the road ahead.</p>
<h2>Use of pool cars</h2><p>Pool cars are for work journeys only and must not be used for personal journeys.</p>
<p>Staff who use their own car for work can claim mileage at the approved rate.</p>
<h2>Fines</h2><p>Parking fines and other penalties incurred while using a pool car are the responsibility of the driver.</p>
</main></body></html>""", encoding="utf-8")
    return path


def portal_assessment_docx(path: Path) -> Path:
    """An impact assessment (Word) dated when it was completed, which says when it is reviewed without a date."""
    return _headed_docx(path, "Impact assessment: online payslips", [
        ("1. Proposal", ["From April 2027 payslips will be available online only."]),
        ("2. Disability", ["Staff with visual impairments can use the portal with a screen reader."]),
        ("3. Decision", ["Go ahead, with printed payslips for staff who ask for them.",
                         "The assessment will be reviewed three months after the change."]),
    ], "Assessment completed by the Payroll Manager, 2 October 2026.")


def committee_terms_md(path: Path) -> Path:
    """A joint committee's terms of reference (Markdown): who sits on it, by union."""
    path.write_text("""# Joint Committee: Terms of Reference

## 1. Membership
The committee has five management members and five trade union members: two from UNISON, two from GMB and one from Unite.

## 2. Meetings
The committee meets every three months.
""", encoding="utf-8")
    return path


def risk_log_xlsx(path: Path) -> Path:
    """A project's risk log (openpyxl) rated by likelihood and impact, with no overall rating column."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Risks"
    for row in [["Ref", "Risk", "Likelihood", "Impact", "Owner"],
                ["1", "Wrong answers given to staff", "Low", "High", "Head of HR"],
                ["2", "No Welsh version at launch", "High", "Medium", "Welsh Language Officer"],
                ["3", "Staff do not trust the tool", "Medium", "Medium", "Project Manager"]]:
        ws.append(row)
    wb.save(str(path))
    return path


def branch_letter_docx(path: Path) -> Path:
    """A branch's letter (Word) with lines of address over its greeting, thanks that say when the sides met,
    and what it asks the council to agree to."""
    import docx

    d = docx.Document()
    for line in ["GMB Example Branch", "2 December 2026", "Mr Huw Jones, Head of Waste Services, Example Borough Council",
                 "Dear Mr Jones,", "Thank you for meeting us on 12 October.",
                 "We ask the Council to agree to the following:",
                 "1. Vehicle cameras must not be used to monitor drivers' breaks.",
                 "2. Crews must be trained on the new routing app in paid time.",
                 "Yours sincerely,", "Alun Price, Branch Secretary"]:
        d.add_paragraph(line)
    d.save(str(path))
    return path


def launch_briefing_pptx(path: Path) -> Path:
    """A briefing deck (python-pptx): a slide that asks what the tool is over bullets, one of them its start date,
    and a "Questions?" slide of where to ask."""
    from pptx import Presentation

    prs = Presentation()
    title = prs.slides.add_slide(prs.slide_layouts[0])
    title.shapes.title.text = "Rota Assist: staff briefing"
    for heading, bullets in [
        ("What is Rota Assist?", ["An app that suggests shift swaps between colleagues", "Live for all care teams from 3 March 2027"]),
        ("Questions?", ["Email rotas@example.gov.wales", "Drop-in sessions in the County Hall canteen every Thursday"]),
    ]:
        _bulleted_slide(prs, heading, bullets)
    prs.save(str(path))
    return path


def sign_in_email_eml(path: Path) -> Path:
    """An IT email to all staff whose parts are headed by lines of their own, as people type them in plain text: a
    case ("If you don't have a work mobile", seven words) and a question ("Will it track me?") over their paragraphs."""
    from email.message import EmailMessage

    msg = EmailMessage()
    msg["From"] = "IT Service Desk <servicedesk@enghraifft.gov.wales>"
    msg["To"] = "All staff <allstaff@enghraifft.gov.wales>"
    msg["Date"] = "Tue, 17 Nov 2026 09:00:00 +0000"
    msg["Subject"] = "Two-step sign-in from January"
    msg.set_content("Dear colleagues,\n\nFrom 11 January 2027 you will need a second step to sign in from outside the office.\n\n"
                    "What you need to do\nInstall the Authenticator app on your work mobile before 8 January 2027 and follow "
                    "the guide on the intranet.\n\n"
                    "If you don't have a work mobile\nYou can use the app on your own phone if you wish, but you do not "
                    "have to. Ask the Service Desk for a free security key instead.\n\n"
                    "Will it track me?\nNo. The app does not give the council your location, photos or messages.\n\n"
                    "Kind regards,\nIT Service Desk\n")
    path.write_bytes(bytes(msg))
    return path


def extra_hours_csv(path: Path) -> Path:
    """Overtime rates (CSV) by the days they are worked: "Monday to Friday after 8pm", "Saturday"."""
    path.write_text("Day or time worked,Rate\nMonday to Friday after 8pm,Time and a third\nSaturday,Time and a half\n"
                    "Sunday,Double time\n", encoding="utf-8")
    return path


def breach_steps_docx(path: Path) -> Path:
    """A data breach procedure (Word): what to do at once, told as steps, and a FAQ's heading over whether staff are
    disciplined."""
    return _headed_docx(path, "Data Breach Procedure", [
        ("2. What to do at once", [
            "Report the breach to the Data Protection Officer within one hour of finding it.",
            "Do not forward the email to anyone else.",
            "If a work laptop is lost or stolen, also report it to the IT Service Desk so that it can be locked."]),
        ("3. What happens next", [
            "The Data Protection Officer will decide within 72 hours whether the breach must be reported to the "
            "Information Commissioner's Office.",
            "People whose data was affected will be told if they are at high risk."]),
        ("4. Will I be disciplined?", [
            "Staff who report a breach promptly will not normally face disciplinary action.",
            "Disciplinary action may follow where staff tried to hide a breach."]),
    ], "Cyngor Sir Enghraifft. Information Governance, 2026.")


def applicants_notice_html(path: Path) -> Path:
    """A notice to job applicants (HTML) on the help they can ask for."""
    path.write_text("""<!doctype html><html><head><title>Applying for a job</title></head><body><main>
<h1>Applying for a job with us</h1>
<h2>Shortlisting</h2><p>Every application is read by at least one member of the recruiting panel.</p>
<h2>Reasonable adjustments</h2><p>If you need a reasonable adjustment to apply, contact the recruitment team on 01443 864000.</p>
<h2>Opting out of the AI tool</h2><p>You can ask for your application to be sorted by a person instead of the AI tool, by emailing recruitment@example.gov.wales before the closing date.</p>
</main></body></html>""", encoding="utf-8")
    return path


def attended_minutes_docx(path: Path) -> Path:
    """Minutes (Word) whose attendance line names each person with their union, and whose items then speak of them by
    name only."""
    import docx

    d = docx.Document()
    d.add_heading("Joint Consultative Committee: minutes", 0)
    d.add_paragraph("Meeting held on 5 November 2026 in the Council Chamber.")
    d.add_paragraph("Present: Cllr Ann Davies (Chair), Sian Evans (Director of Social Services), Gareth Morgan (UNISON), "
                    "Lisa Hughes (GMB).")
    d.add_heading("1. Electronic call monitoring", 1)
    d.add_paragraph("Gareth Morgan asked whether location data would be collected between visits. Sian Evans confirmed "
                    "that location is recorded only at the start and end of each visit.")
    d.add_paragraph("Lisa Hughes asked whether carers would be paid for travel time. Sian Evans said that travel time "
                    "would be paid from April 2027.")
    d.save(str(path))
    return path


def dos_and_donts_pdf(path: Path) -> Path:
    """Guidance (reportlab) with a table of two columns and no lines, "Do" and "Don't", whose cells wrap: one over two
    lines beside a cell of one, and a row whose two cells both go on to a second line."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Spacer, Table

    rows = [["Do", "Don't"],
            ["Lock your screen when you leave your desk", "Share your password, even with IT staff"],
            ["Report suspicious emails with the Report button", "Click links in emails you weren't expecting"],
            ["Use the council's approved file sharing (OneDrive)", "Use personal email or WhatsApp for council documents"],
            ["Take your laptop home in a bag that doesn't show it is a laptop", "Leave your laptop in a car overnight"]]
    story = [_paragraph("Cyber security: the dos and don'ts", "Title"), _paragraph("Digital Services, October 2026."),
             Spacer(1, 12), Table([[_paragraph(c, "Normal") for c in r] for r in rows]), Spacer(1, 12),
             _paragraph("If you think you have been hacked, call the IT Service Desk straight away.")]
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    return path


def phone_faq_html(path: Path) -> Path:
    """An intranet FAQ (HTML) whose questions are <details> summaries over one-sentence answers that open "Yes."."""
    path.write_text("""<!doctype html><html><head><title>Teams Phone: your questions answered</title></head><body><main>
<h1>Teams Phone: your questions answered</h1>
<p>Desk phones are being replaced by Teams Phone in all offices between February and April 2027.</p>
<details><summary>Will I keep my phone number?</summary><p>Yes. Your direct dial number will move to Teams Phone with you.</p></details>
<details><summary>Are calls recorded?</summary><p>No. Calls are not recorded, except in the Contact Centre.</p></details>
</main></body></html>""", encoding="utf-8")
    return path


def allowance_notes_xlsx(path: Path) -> Path:
    """Allowances (openpyxl) on one sheet and notes on another: when they are paid, and when reviewed."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Allowances"
    for row in [["Allowance", "Amount"], ["First aider", "£150 a year"], ["Welsh language", "£500 a year"]]:
        ws.append(row)
    notes = wb.create_sheet("Notes")
    for row in [["Note"], ["Allowances are paid monthly in arrears with your salary."],
                ["Allowances are reviewed every April by the Joint Council."]]:
        notes.append(row)
    wb.save(str(path))
    return path


def monitoring_definitions_html(path: Path) -> Path:
    """A monitoring policy (HTML) that opens with a table of definitions, whose rows repeat the words of questions
    about the rules after it."""
    path.write_text("""<!doctype html><html><head><title>Monitoring Policy</title></head><body><main>
<h1>Monitoring Policy</h1>
<h2>1. Definitions</h2>
<table><tr><th>Term</th><th>Meaning</th></tr>
<tr><td>Covert monitoring</td><td>Monitoring that staff are not told about.</td></tr>
<tr><td>Monitoring information</td><td>What monitoring records about a member of staff.</td></tr></table>
<h2>3. Covert monitoring</h2>
<p>Covert monitoring must be approved in writing by the Head of HR. It will last no longer than 30 days without a further approval.</p>
<h2>4. Who can see monitoring information</h2>
<p>Monitoring information can be seen only by the ICT Security team.</p>
<h2>5. Your rights</h2>
<p>You can see the monitoring information held about you by making a subject access request.</p>
</main></body></html>""", encoding="utf-8")
    return path


def processor_terms_pdf(path: Path) -> Path:
    """A data processing agreement printed line by line, whose supplier it calls "the Processor"."""
    return _clauses_pdf(path, "Data Processing Terms", "Cardiff Enghraifft Council and Northwind Data Ltd - Data Processing Terms", [
        ("Parties", ['These terms are made between Cardiff Enghraifft Council (the "Controller") and Northwind Data Ltd '
                     '(the "Processor").']),
        ("3. Use of data", ["3.1 The Processor shall process Personal Data only to provide the rostering service.",
                            "3.4 The Processor shall not use Personal Data to train any artificial intelligence model.",
                            "3.5 The Processor shall not sell Personal Data to anyone."]),
        ("6. Audit", ["6.1 The Controller may audit the Processor's compliance with these terms once a year on 15 Working "
                      "Days' notice."]),
        ("7. Breaches", ["7.1 The Processor shall report a Personal Data Breach to the Controller within 48 hours."]),
    ])


def leaving_terms_docx(path: Path) -> Path:
    """A settlement agreement in Word, its exceptions in Word's automatic numbering."""
    import docx

    d = docx.Document()
    d.add_heading("Settlement Agreement", 0)
    d.add_paragraph("This agreement is made between the Council and Dafydd Rees (you).")
    for heading, paragraphs in [
        ("1. Leaving", ["1.1 Your employment will end on 28 February 2027 (the Termination Date)."]),
        ("2. Payment", ["2.1 The Council will pay you £8,000 as compensation for loss of office within 21 days of the Termination Date."]),
        ("3. Claims", ["3.1 You accept the payment in full settlement of every claim arising from your employment."]),
        ("4. Keeping it confidential", ["4.1 You will keep the terms of this settlement confidential, except that you may "
                                        "tell your immediate family and your professional advisers."]),
    ]:
        d.add_heading(heading, 1)
        for p in paragraphs:
            d.add_paragraph(p)
    d.add_heading("5. What you may still do", 1)
    d.add_paragraph("5.1 Nothing in this agreement prevents you from:")
    for item in ["reporting a criminal offence to the police;", "making a protected disclosure to a regulator."]:
        d.add_paragraph(item, style="List Number")
    d.add_heading("6. Council property", 1)
    d.add_paragraph("6.1 You will return your laptop, identity badge and keys by the Termination Date.")
    d.add_heading("7. Announcement", 1)
    d.add_paragraph("7.1 The Council will tell your colleagues that you are leaving by mutual agreement, in words agreed with you.")
    d.save(str(path))
    return path


def cameras_md(path: Path) -> Path:
    path.write_text("""# Workplace Cameras Policy

## 1. Why we use cameras

1.1 Cameras are used to keep staff and visitors safe and to prevent crime.

1.2 Cameras are not used to check the performance or productivity of employees.

## 2. Investigations

2.1 Footage may be used in a disciplinary investigation only where there is an allegation of gross misconduct.
""", encoding="utf-8")
    return path


def licence_terms_txt(path: Path) -> Path:
    path.write_text("""ROTAWISE LICENCE TERMS
Between Rotawise Ltd ("the Provider") and Cyngor Enghraifft ("the Customer").

2. SERVICE LEVELS
2.2 If the service is unavailable for more than 1% of a month, the Customer
receives a credit of 10% of the monthly fee.

5. FEES
5.1 The licence fee is GBP 9,500 a year plus VAT, payable in advance.
5.3 The Provider may raise the licence fee once a year by no more than the
rate of inflation.

8. TERM
8.1 This licence renews each year unless either party gives 60 days' notice
before the end of the licence year.
""", encoding="utf-8")
    return path


def employee_notice_html(path: Path) -> Path:
    path.write_text("""<!DOCTYPE html><html lang="en"><head><title>Employee privacy notice</title></head><body><main>
<h1>Employee privacy notice</h1>
<h2>Who we are</h2>
<p>The council is the controller of your information. Our Data Protection Officer is Megan Lloyd, who can be reached at dpo@enghraifft.gov.wales.</p>
<h2>Complaints</h2>
<p>If you are unhappy with how we have handled your information, please contact the Data Protection Officer first.</p>
<p>You can also complain to the Information Commissioner's Office.</p>
</main></body></html>""", encoding="utf-8")
    return path


def monitoring_rules_docx(path: Path) -> Path:
    return _headed_docx(path, "Monitoring of Council Systems", [
        ("1. What is recorded", ["Council systems record the websites visited and the emails sent from council accounts."]),
        ("2. Looking at one person's records", [
            "An individual employee's records will be examined only where misconduct is suspected, and only with the written "
            "approval of both the Head of HR and the Head of IT."]),
    ])


def programme_undertaking_docx(path: Path) -> Path:
    """An undertaking numbered by hand, with exceptions in Word's automatic numbering between its clauses 4 and 5."""
    import docx

    d = docx.Document()
    d.add_heading("Programme Confidentiality Undertaking", 0)
    d.add_paragraph('3. I will not share Confidential Information with anyone outside the programme team.')
    d.add_paragraph("4. Nothing in this undertaking stops me from:")
    for item in ["making a protected disclosure under the Whistleblowing Policy;",
                 "talking to my trade union representative about my own terms and conditions."]:
        d.add_paragraph(item, style="List Number")
    d.add_paragraph("5. Information that is already public, or that I knew before I joined the programme, is not Confidential "
                    "Information.")
    d.add_paragraph("6. A breach of this undertaking may be treated as misconduct.")
    d.save(str(path))
    return path


def technology_agreement_md(path: Path) -> Path:
    path.write_text("""# New Technology Agreement

## 3. Job security

3.1 No employee will be made compulsorily redundant as a direct result of new technology.

3.2 Staff whose posts are affected will be redeployed with pay protection for two years.

## 4. Training

4.1 Staff will be trained in working time before they are asked to use new technology.
""", encoding="utf-8")
    return path


def retention_rows_csv(path: Path) -> Path:
    """A records retention schedule as a spreadsheet saves one: a row per kind of record."""
    path.write_text(
        "Record,Kept for,From\n"
        "Personnel file,6 years,End of employment\n"
        "Timesheets,2 years,End of the financial year\n"
        "Accident reports,3 years,Date of the accident\n",
        encoding="utf-8")
    return path


def shared_services_nda_txt(path: Path) -> Path:
    """A confidentiality agreement between two councils whose definition of "Confidential Information" is a
    list, "(a) … (b) … (c) …", under '"Confidential Information" means:' in a clause of definitions, and whose
    other clauses speak of Confidential Information at every turn (keeping it, returning it, disclosing it)."""
    path.write_text("""SHARED SERVICES CONFIDENTIALITY AGREEMENT

1. Definitions
1.1 In this Agreement, unless the context otherwise requires:
"Confidential Information" means:
(a) information about either Council's staff, residents and finances, however it is recorded;
(b) each Council's plans, budgets and its negotiations with recognised trade unions; and
(c) technical information about either Council's computer systems, software and security;
"Shared Service" means the joint payroll service the Councils run together from 1 April 2027.

2. Keeping Confidential Information safe
2.1 Each Council shall keep the other Council's Confidential Information secure and shall not disclose it except as this Agreement allows.
2.2 Each Council may disclose Confidential Information to its employees who need it to run the Shared Service.

3. Return of Confidential Information
3.1 When this Agreement ends, each Council shall return or destroy the other Council's Confidential Information within 30 days.
3.2 The obligations in clause 2 continue for five years after this Agreement ends.
""", encoding="utf-8")
    return path


_LONG_DEFINITION = (
    '1.1 "Confidential Information" means any and all information, in whatever form it is held or given, that either '
    "Council or any of its officers, members, contractors or advisers discloses to the other Council or to any of the "
    "other Council's officers, members, contractors or advisers, whether before or after the date of this Agreement, "
    "in connection with the Shared Service or with any discussions, negotiations or correspondence about it, whether "
    "orally, in writing, by electronic means, by demonstration or by any other physical medium, including but not "
    "limited to the personal data of staff, pupils, tenants and residents, payroll and pension records, budget papers "
    "and forecasts, plans for restructuring, redundancy or redeployment, records of negotiations with recognised trade "
    "unions, tender documents, supplier prices and contract terms, legal advice, internal audit reports, information "
    "security arrangements, passwords and access codes, system designs and specifications, source code and software, "
    "and any analysis, compilation, note, summary or other document prepared by or for the receiving Council that "
    "contains or reflects any of that information, together with all copies of it made in any form."
)


def long_definition_nda_txt(path: Path, running_head: bool = False) -> Path:
    """A confidentiality agreement whose definition of "Confidential Information" is one sentence of some 190 words,
    longer than a chunk may be, so ingest cuts it between two chunks; `running_head`: the agreement's title in
    capitals stands in the middle of that sentence, as a page's running head does in text taken from a PDF."""
    cut = _LONG_DEFINITION.index("plans for restructuring")
    definition = _LONG_DEFINITION
    if running_head:
        definition = f"{_LONG_DEFINITION[:cut]}\nSHARED SERVICES CONFIDENTIALITY AGREEMENT\n{_LONG_DEFINITION[cut:]}"
    path.write_text(f"""SHARED SERVICES CONFIDENTIALITY AGREEMENT

1. Definitions
{definition}
1.2 "Shared Service" means the joint payroll service the Councils run together from 1 April 2027.

2. Keeping Confidential Information safe
2.1 Each Council shall keep the other Council's Confidential Information secure and shall not disclose it except as this Agreement allows.
2.2 Each Council may disclose Confidential Information to its employees who need it to run the Shared Service.

3. Return of Confidential Information
3.1 When this Agreement ends, each Council shall return or destroy the other Council's Confidential Information within 30 days.
""", encoding="utf-8")
    return path


def pool_vehicles_md(path: Path) -> Path:
    """A pool vehicle policy (Markdown) whose checks before a journey come first, and whose clause on what the
    vehicles' telematics (trackers, in the words a driver uses) are not used for comes later, under its own heading."""
    path.write_text("""# Pool Vehicles Policy

## Booking a vehicle
Book a pool vehicle through the Fleet booking page at least a day ahead. Pool vehicles are for council business only.

## Before you drive
Drivers must carry out a walkaround check before every journey and record it on the vehicle's check sheet. You must not drive if you are taking medication that carries a warning about driving.

## Vehicle telematics
Every pool vehicle is fitted with telematics that record its location, speed and harsh braking. The data is used to plan servicing and to find vehicles.

Telematics data will not be used to monitor the performance of individual drivers, except where there has been a road traffic collision or a complaint about the way a vehicle was driven.

Telematics data is kept for six months and then deleted.
""", encoding="utf-8")
    return path


def volunteer_undertaking_txt(path: Path) -> Path:
    """A confidentiality undertaking a volunteer signs for a council programme: what lasts after they leave it, and,
    in another sentence, what they must do when they leave it."""
    path.write_text("""CONFIDENTIALITY UNDERTAKING: COMMUNITY MENTORS PROGRAMME

1. I will keep confidential everything I learn about the people I mentor and about the council's plans.
2. I will not share photographs of mentoring sessions on social media.
3. My obligations under this undertaking continue for two years after I leave the Programme, or until the council publishes the information, whichever is sooner.
4. When I leave the Programme I will return all Programme papers and delete every copy of Programme information held on any personal device.
5. I will tell the Programme Manager at once if I think information has been lost or shared by mistake.
""", encoding="utf-8")
    return path


def long_items_nda_txt(path: Path) -> Path:
    """A confidentiality agreement whose definition of "Confidential Information" lists items, one of them over 300
    characters long: ingest reads such a line by its sentences, keeping the item's marker ("c.") apart from them."""
    long_item = ("c. Any information, data, document or material concerning or related to the Council's payroll, pensions, "
                 "rotas, sickness records, disciplinary cases, grievances and settlement agreements, including without "
                 "limitation any analysis, compilation, note, summary or other document prepared by the Supplier that contains "
                 "or reflects any of it, in whatever form or medium it is held;")
    path.write_text(f"""SUPPLIER CONFIDENTIALITY AGREEMENT

1. The Supplier agrees that all information disclosed to it in connection with the HR system, in any form, including but not limited to any of the following, is "Confidential Information" under the terms of this Agreement:
a. The specification of the HR system and its attachments;
b. The Council's prices, budgets and contract terms;
{long_item}
d. The Council's plans for restructuring and its negotiations with recognised trade unions;
e. Technical information about the Council's computer systems and security.

2. The Supplier shall keep Confidential Information secure and shall return it when this Agreement ends.
""", encoding="utf-8")
    return path
