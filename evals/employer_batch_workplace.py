"""A fifth batch of employer documents for the `employer-docs` eval set (session 33): the papers a worker is sent
when something at work changes. A disciplinary procedure in PDF (numbered clauses over several pages, a running
header, lists run into their sentences); a consultation paper on fingerprint clocking in Word (heading styles, a
timetable in a Word table); a "your own phone for work" FAQ web page whose headings are the questions; a letter
about a transfer to a new employer sent as an email; a call recording policy in Rich Text Format. Made-up facts,
written for Llais and free of any licence limit.

Left out: committing the files, as for the first batch (`employer_documents.py`).
"""

from __future__ import annotations

from pathlib import Path

from evals.document_makers import clauses_pdf, headed_docx

NAMES_WORKPLACE = (
    "disciplinary_procedure.pdf", "clocking_consultation.docx", "own_phone_faq.html", "leisure_transfer_letter.eml",
    "call_recording_policy.rtf",
)


def _clocking_consultation(path: Path) -> None:
    headed_docx(path, "Consultation Paper: Electronic Time and Attendance in Waste and Recycling", [
        ("Background", [
            "Crews at Ffordd Depot and Heol Depot record their hours on paper timesheets, which supervisors type into "
            "the payroll system each week. Errors in this process led to 212 overtime claims being corrected last year.",
            "From 1 September 2026 the council proposes to replace paper timesheets with the ClockRite electronic time "
            "and attendance system at both depots."]),
        ("What is proposed", [
            "Staff will clock in and out on a wall-mounted terminal using a fingerprint reader or a staff ID card.",
            "The terminal does not store an image of your fingerprint. It stores a numerical template that cannot be "
            "turned back into a fingerprint, and the template is deleted when you leave the council."]),
        ("Your choice", [
            "Using the fingerprint reader is optional. Staff who do not want to use it can use their ID card instead "
            "and will not be treated less favourably for choosing the card."]),
        ("What the system records", [
            "The system records the time you clock in and out and which terminal you used. It does not record your "
            "location outside the depot and it is not linked to the vehicle trackers."]),
        ("Who can see your records", [
            "Your line manager and the Payroll team can see your clocking records. Records are kept for two years and "
            "then deleted."]),
        ("Pay and overtime", [
            "Overtime will be calculated from clocking records, rounded to the nearest 15 minutes.",
            "If you forget to clock in or out, your supervisor can correct the record, and you will still be paid for "
            "the hours you worked."]),
        ("Timetable", [[
            ("Stage", "Date"), ("Consultation opens", "1 June 2026"), ("Joint meeting with the trade unions", "24 June 2026"),
            ("Consultation closes", "10 July 2026"), ("Training sessions at each depot", "August 2026"),
            ("System goes live", "1 September 2026"),
        ]]),
        ("How to respond", [
            "Send your comments to your trade union representative, or email timeandattendance@enghraifft.gov.wales, "
            "by 10 July 2026."]),
    ], intro="Issued by the Head of Environmental Services, 1 June 2026.")


_OWN_PHONE_FAQ = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Using your own phone for work - Staff Hub</title></head>
<body>
<nav><a href="/">Staff Hub</a> &gt; <a href="/it">IT and devices</a></nav>
<main>
<h1>Using your own phone for work: questions and answers</h1>
<p>This page explains the Bring Your Own Device scheme for staff of Cyngor Bwrdeistref Enghraifft. Last updated 3 March 2026.</p>
<h2>Do I have to use my own phone for work?</h2>
<p>No. Joining the scheme is voluntary. If your job needs a mobile phone, your manager will provide a council phone.</p>
<h2>What do I need to install?</h2>
<p>To read council email and Teams on your own phone you must install the Microsoft Intune Company Portal app and Outlook. Intune creates a separate work profile on your phone, which holds the council's apps and data.</p>
<h2>Can the council see my photos and messages?</h2>
<p>No. The council can see only the work profile: your work email, work files and the apps in it. It cannot see your personal photos, messages, browsing history or location.</p>
<h2>Can the council wipe my phone?</h2>
<p>If your phone is lost or stolen, or you leave the council, the IT Service Desk can remove the work profile remotely. It cannot wipe your personal data.</p>
<h2>Is there an allowance?</h2>
<p>Staff in the scheme receive an allowance of &pound;10 a month, paid through payroll, towards the cost of their phone contract. Claim it once, using the BYOD allowance form on the Staff Hub.</p>
<h2>Do I have to answer work messages in the evening?</h2>
<p>You are not expected to read or reply to work email or Teams messages outside your working hours. You can pause the work profile at any time, and notifications from it stop while it is paused.</p>
<h2>What if my phone is lost or stolen?</h2>
<p>Report it to the IT Service Desk on 01632 960 123 within 24 hours, so the work profile can be removed.</p>
<h2>Which phones can I use?</h2>
<ul>
<li>iPhones running iOS 17 or later</li>
<li>Android phones running Android 13 or later that still receive security updates</li>
</ul>
</main>
<footer>Cyngor Bwrdeistref Enghraifft Staff Hub | Accessibility | Cookies</footer>
</body></html>
"""

_TRANSFER_LETTER = """From: HR Business Partner <hr@enghraifft.gov.wales>
To: Leisure Service staff <leisure-all@enghraifft.gov.wales>
Subject: Proposed transfer of the Leisure Service to Hamdden Enghraifft Ltd
Date: Mon, 16 Nov 2026 09:00:00 +0000
Content-Type: text/plain; charset="utf-8"

Dear colleague,

As you heard at the staff briefings in October, the Cabinet has decided to transfer the Leisure Service to Hamdden Enghraifft Ltd, a company wholly owned by the council. The proposed transfer date is 1 April 2027. This letter explains what it means for you.

Your terms and conditions
Your employment will transfer automatically under the Transfer of Undertakings (Protection of Employment) Regulations 2006 (TUPE). Your pay, hours, holiday entitlement and continuous service will transfer with you.

Your pension
You will remain a member of the Local Government Pension Scheme, because Hamdden Enghraifft Ltd will become an admitted body of the Clwyd Pension Fund.

Measures proposed by the new employer
Hamdden Enghraifft Ltd has told us that it proposes one measure: to move all staff onto its online rota system, RotaCloud, from June 2027. It does not propose any redundancies.

Consultation
Collective consultation with UNISON and GMB begins on 5 January 2027. You will also be offered a one-to-one meeting with HR before 28 February 2027.

If you do not want to transfer
You have the right to object to the transfer. If you object, your employment will end on the transfer date and you will not receive a redundancy payment. Please talk to HR before deciding to object.

Questions can be sent to leisuretransfer@enghraifft.gov.wales.

Kind regards,
Sioned Morgan
HR Business Partner
"""


def _rtf(text: str) -> str:
    """Text for RTF: its specials escaped, anything past ASCII as a Unicode escape."""
    text = text.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}")
    return "".join(c if ord(c) < 128 else f"\\u{ord(c)}?" for c in text)


def _call_recording_policy(path: Path) -> None:
    """A policy as Word saves it in RTF: a title in the document's \\info, headings in Word's "heading 1" style,
    numbered paragraphs of plain text."""
    sections = [
        ("1. Purpose", [
            "This policy explains how the Contact Centre records telephone calls and how recordings are used, kept "
            "and shared."]),
        ("2. What is recorded", [
            "All calls to and from the Contact Centre's advice lines are recorded, including calls handled by advisers "
            "working from home.",
            "Advisers may make personal calls on the designated phone in the break room, which is not recorded."]),
        ("3. How recordings are used", [
            "Recordings are used for (a) training and coaching advisers, (b) investigating complaints from callers, "
            "and (c) checking the quality of advice against the Quality Framework.",
            "Each month a team leader scores a sample of five calls for each adviser. Advisers are told their scores "
            "and may discuss them at supervision."]),
        ("4. Speech analytics", [
            "From January 2027 speech analytics software will transcribe calls and flag calls in which a caller uses "
            "words that suggest a complaint. The software does not score advisers, and no decision about an adviser "
            "will be made from its output alone."]),
        ("5. Who can listen to recordings", [
            "Recordings can be accessed by team leaders, the Quality Team and, when a complaint is investigated, the "
            "Complaints Officer. Advisers may ask their team leader to hear recordings of their own calls."]),
        ("6. How long recordings are kept", [
            "Recordings are kept for 90 days and then deleted automatically. A recording that is part of a complaint "
            "is kept for two years from the date the complaint is closed."]),
    ]
    body = []
    for heading, paragraphs in sections:
        body.append(f"{{\\pard\\s1\\b\\fs28 {_rtf(heading)}\\par}}")
        body += [f"{{\\pard\\s0\\fs22 {_rtf(p)}\\par}}" for p in paragraphs]
    rtf = (
        "{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Calibri;}}"
        "{\\stylesheet{\\s0 Normal;}{\\s1\\b\\fs28 heading 1;}}"
        "{\\info{\\title Call Recording Policy}{\\author Contact Centre Manager}}\n"
        + "{\\pard\\s0\\b\\fs32 Call Recording Policy\\par}\n"
        + "{\\pard\\s0\\fs22 Contact Centre, Cyngor Sir Enghraifft. Version 2, October 2026.\\par}\n"
        + "\n".join(body)
        + "\n}"
    )
    path.write_text(rtf, encoding="ascii")


def build_batch_workplace(folder: Path) -> None:
    """Write this batch of documents into `folder`."""
    clauses_pdf(folder / "disciplinary_procedure.pdf", "Disciplinary Procedure",
     "Cyngor Sir Enghraifft - Disciplinary Procedure - Agreed with the recognised trade unions, May 2026", [
     ("1. Purpose and scope", ["1.1 This procedure sets out how the Council deals with concerns about an employee's conduct. It applies to all employees except those in their probationary period, who are covered by the Probation Policy.",
       "1.2 Concerns about an employee's performance or attendance are dealt with under the Capability Procedure, not this one."]),
     ("2. Informal action", ["2.1 Minor conduct issues should be raised informally by the line manager first. Informal action is not recorded on the employee's personal file."]),
     ("3. Investigation", ["3.1 Before any hearing the Council will appoint an investigating officer who has not been involved in the matter.",
       "3.2 The employee will be told in writing of the allegations within 5 working days of the investigating officer being appointed.",
       "3.3 The Council may suspend an employee while an allegation of gross misconduct is investigated. Suspension is not a disciplinary sanction, is on full pay, and is reviewed every four weeks."]),
     ("4. The hearing", ["4.1 The employee will be given at least 7 calendar days' written notice of a disciplinary hearing, with copies of the evidence the panel will consider.",
       "4.2 The employee has the right to be accompanied at the hearing by a trade union representative or a work colleague. Legal representation is not permitted.",
       "4.3 If the chosen companion cannot attend, the employee may propose another date within 5 working days of the original one."]),
     ("5. Outcomes", ["5.1 After the hearing the panel may (a) take no formal action, (b) issue a first written warning, which stays on the employee's file for 6 months, (c) issue a final written warning, which stays on the employee's file for 12 months, or (d) dismiss the employee with notice.",
       "5.2 An employee found to have committed gross misconduct may be dismissed without notice.",
       "5.3 Examples of gross misconduct include theft, fraud, violence at work, serious breaches of the IT Acceptable Use Policy and deliberate misuse of personal data."]),
     ("6. Evidence from monitoring systems", ["6.1 Information from CCTV, vehicle trackers, door access logs or IT monitoring may be used as evidence only where (a) it was gathered under a published Council policy, (b) the employee has been shown it before the hearing, and (c) it is not the only evidence relied on for a decision to dismiss.",
       "6.2 No disciplinary decision will be made by an automated system."]),
     ("7. Appeals", ["7.1 An employee may appeal against any formal outcome by writing to the Head of People Services within 10 working days of receiving the outcome letter, giving the grounds of appeal.",
       "7.2 The appeal will be heard by a manager more senior than the one who made the original decision and not previously involved in the case.",
       "7.3 The decision of the appeal panel is final."]),
    ])
    _clocking_consultation(folder / "clocking_consultation.docx")
    (folder / "own_phone_faq.html").write_text(_OWN_PHONE_FAQ, encoding="utf-8")
    (folder / "leisure_transfer_letter.eml").write_text(_TRANSFER_LETTER, encoding="utf-8")
    _call_recording_policy(folder / "call_recording_policy.rtf")
