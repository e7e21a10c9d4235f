"""A fourth batch of employer documents for the `employer-docs` eval set (session 32): procedures and agreements
whose lists run on inside their sentences, as lawyers and HR teams write them. A union recognition and facilities
agreement in PDF (numbered clauses, "the Board shall (a) …, (b) … and (c) …", a running header); a generative AI
use policy in Word; a flexible working policy in Markdown; a body worn video procedure in plain text with numbered
steps; a sickness absence FAQ web page. Made-up facts, written for Llais and free of any licence limit.

Left out: committing the files, as for the first batch (`employer_documents.py`).
"""

from __future__ import annotations

from pathlib import Path

from evals.document_makers import clauses_pdf, headed_docx

NAMES_PROCEDURES = (
    "recognition_agreement.pdf", "generative_ai_policy.docx", "flexible_working_policy.md",
    "body_worn_video_procedure.txt", "sickness_absence_faq.html",
)


def build_batch_procedures(folder: Path) -> None:
    """Write this batch of documents into `folder`."""
    clauses_pdf(folder / "recognition_agreement.pdf", "Recognition and Facilities Agreement",
     "Bwrdd Iechyd Enghraifft University Health Board - Recognition and Facilities Agreement - Version 3, March 2026", [
     ("1. Parties and purpose", ["1.1 This Agreement is made between Bwrdd Iechyd Enghraifft University Health Board (the \"Board\") and the trade unions listed in Schedule 1 (the \"Unions\").",
       "1.2 Its purpose is to set out how the Board and the Unions will work in partnership, and the time off and facilities the Board will provide to accredited representatives."]),
     ("2. Recognition", ["2.1 The Board recognises the Unions for the purposes of collective bargaining on pay, terms and conditions, and for consultation on any change that affects staff, including the introduction of new technology.",
       "2.2 The Board will not recognise any other trade union for collective bargaining without consulting the Partnership Forum."]),
     ("3. Partnership Forum", ["3.1 The Partnership Forum meets every six weeks and is chaired jointly by the Director of Workforce and the Staff Side Chair.",
       "3.2 The Board shall consult the Partnership Forum before it (a) introduces any system that monitors the work or location of staff, (b) uses any software that makes or recommends decisions about staff, including rostering, allocation of work or performance ratings, or (c) changes the way staff data is shared with any other organisation, and shall do so at least 12 weeks before the change is made.",
       "3.3 A quorum of the Forum is four management members and four staff side members."]),
     ("4. Time off for representatives", ["4.1 An accredited representative is entitled to reasonable paid time off to (a) represent members in grievance, disciplinary and capability meetings, (b) attend the Partnership Forum and its sub-groups, (c) prepare for consultation meetings, and (d) attend training approved by their union.",
       "4.2 The Board will fund the equivalent of 2.5 full-time representatives across all Unions, shared as the Staff Side agrees.",
       "4.3 A representative shall give their line manager at least 5 working days' notice of time off, except where a member faces a disciplinary investigation at shorter notice."]),
     ("5. Facilities", ["5.1 The Board shall provide the Unions with (i) an office at the Ysbyty Enghraifft site with a lockable filing cabinet, (ii) access to a meeting room on request, (iii) a page on the staff intranet, and (iv) the use of the all-staff email list twice a year for union recruitment.",
       "5.2 Union representatives may use the Board's video conferencing accounts for union business."]),
     ("6. Disputes", ["6.1 A dispute about this Agreement is first raised at the Partnership Forum. If it is not resolved within 20 working days, either side may refer it to the Advisory, Conciliation and Arbitration Service (Acas)."]),
     ("7. Review", ["7.1 This Agreement will be reviewed every two years, or sooner at the request of either side. Either side may end it on six months' written notice."]),
     ("Schedule 1: Recognised trade unions", ["UNISON, Royal College of Nursing, Unite, GMB, Chartered Society of Physiotherapy, British Medical Association."]),
    ])

    headed_docx(folder / "generative_ai_policy.docx", "Generative AI Use Policy", [
        ("Purpose", ["This policy sets out how staff may use generative artificial intelligence tools, such as Microsoft Copilot and ChatGPT, in their work for Cyngor Sir Enghraifft.",
                     "It applies to all employees, agency workers and elected members who use council devices or accounts."]),
        ("Approved tools", ["Microsoft Copilot, used while signed in with a council account, is the only approved generative AI tool. Free public tools, including ChatGPT, Gemini and Claude, must not be used for council work.",
                            "Staff may request approval of another tool by emailing the Digital Services team at digital@enghraifft.gov.wales."]),
        ("What you must not do", ["You must not enter into any generative AI tool (a) personal data about service users, staff or members of the public, (b) information marked OFFICIAL-SENSITIVE, (c) commercial information from a live procurement, or (d) any password or security code.",
                                  "You must not use generative AI to make or recommend a decision about a person, such as a decision about a benefit, a care package or a job application."]),
        ("Checking what AI produces", ["You are responsible for anything you produce with AI. Check every fact, figure and reference before you use it, because AI tools can produce text that is wrong but sounds right.",
                                       "Any document sent to the public that was drafted with AI must be read and approved by the officer who signs it."]),
        ("Training", ["Before using Copilot, staff must complete the 45-minute e-learning module Using AI Safely, which is available on the Learning Hub. Managers must complete it within three months of this policy's launch."]),
        ("Breaches", ["A breach of this policy may lead to action under the Disciplinary Procedure. Any data entered into an unapproved tool must be reported to the Information Governance team within 24 hours as a possible data breach."]),
        ("Review", ["This policy was approved by the Cabinet on 12 February 2026 and will be reviewed in February 2027, after consultation with the recognised trade unions."]),
    ], intro="Version 1.0. Owner: Head of Digital Services.")

    (folder / "flexible_working_policy.md").write_text("""# Flexible Working Policy

Cyngor Tref Enghraifft. Approved by the Staffing Committee, 9 April 2026.

## Who can apply

All employees can make a flexible working request from their first day of employment. Agency workers are not covered by this policy and should speak to their agency.

You can make two requests in any 12-month period.

## What you can ask for

Flexible working includes:

- part-time working or a reduction in hours
- compressed hours, such as a nine-day fortnight
- flexitime within the core hours of 10am to 3pm
- working from home for some or all of the week
- job sharing
- term-time working

## How to apply

Complete the Flexible Working Request form on the intranet and send it to your line manager. Say what change you want, when you want it to start, and what effect you think it will have on your work and your team.

Your manager will meet you within 14 days of receiving the request. You may bring a trade union representative or a work colleague to the meeting.

## Decisions

The Council must tell you its decision within two months of receiving your request, including any appeal. A request can only be refused for one of the business reasons set out in the Employment Rights Act 1996, such as the burden of additional costs or a detrimental effect on the ability to meet customer demand. Your manager must explain the reason in writing.

If your request is approved, the change is permanent unless you agree a trial period. A trial period normally lasts three months.

## Appeals

You can appeal within 14 days of the decision by writing to the Head of HR. The appeal will be heard by a manager more senior than the one who made the decision, and you will get the outcome within 14 days of the appeal meeting.
""", encoding="utf-8")

    (folder / "body_worn_video_procedure.txt").write_text("""BODY WORN VIDEO: STANDARD OPERATING PROCEDURE
Civil Enforcement and Community Safety Wardens, Cyngor Bwrdeistref Enghraifft
Issued: 1 September 2026. Reference SOP-CE-07.

PURPOSE
This procedure explains how civil enforcement officers and community safety wardens use body worn video (BWV) cameras. Cameras are used to protect staff from abuse and to provide evidence; they are not used to monitor the performance or productivity of staff.

WHEN TO RECORD
Step 1. Before starting a shift, sign out a camera from the locker at the depot and check that it is charged.
Step 2. Start recording when (a) a member of the public becomes abusive or threatening, (b) you believe an offence is about to be committed, or (c) you are issuing a penalty notice and the person disputes it, and say out loud that recording has started.
Step 3. Do not record continuously. Cameras must not be switched on in toilets, changing rooms, or private homes unless there is an immediate threat to safety.
Step 4. At the end of the shift, return the camera to the docking station, which uploads the footage automatically.

KEEPING AND VIEWING FOOTAGE
Footage that is not needed as evidence is deleted automatically after 31 days. Footage needed as evidence is kept until the case is closed, and then for a further six months.
Footage may be viewed only by the Enforcement Team Leader, the Information Governance Officer, and the police when they make a formal request. An officer may ask to view footage of themselves by contacting their Team Leader.

COMPLAINTS
A member of the public who wants a copy of footage of themselves must make a subject access request to the Information Governance Officer. The Council will respond within one month.

TRAINING
All officers must complete a half-day BWV training course, run by the Safer Communities Team, before using a camera.
""", encoding="utf-8")

    (folder / "sickness_absence_faq.html").write_text("""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Sickness absence: your questions answered | Cyngor Enghraifft</title></head>
<body>
<nav><a href="/">Home</a> &gt; <a href="/staff">Staff</a> &gt; Sickness absence</nav>
<main>
<h1>Sickness absence: your questions answered</h1>
<p>Last updated 3 November 2026. These answers sum up the Managing Attendance Policy. If anything here differs from the policy, the policy applies.</p>
<h2>Who do I tell if I'm ill?</h2>
<p>Phone your line manager before 9am on your first day of absence, or at least one hour before the start of your shift. A text or an email is not enough unless you cannot speak. If you cannot reach your manager, phone the duty manager on 01234 567890.</p>
<h2>When do I need a fit note?</h2>
<p>For absences of up to seven calendar days, you fill in a self-certification form on the HR portal when you return. From the eighth day you need a fit note from your GP or another healthcare professional.</p>
<h2>Will I still be paid?</h2>
<p>Occupational sick pay depends on your length of service. In your first year you get one month's full pay and two months' half pay. After five years' service you get six months' full pay and six months' half pay.</p>
<h2>What is a return to work meeting?</h2>
<p>After every absence your manager will hold a short return to work meeting, normally on your first day back. It is a chance to check you are well enough to work and to agree any support you need.</p>
<h2>What are the trigger points?</h2>
<p>A formal attendance review is triggered by four separate absences, or 10 working days of absence, in any rolling 12-month period. Absences caused by a disability, pregnancy or an injury at work are recorded separately and do not count towards the trigger points.</p>
<h2>Can I be referred to occupational health?</h2>
<p>Yes. Your manager can refer you to the Occupational Health Service at any time, and will do so when an absence lasts longer than four weeks. You will be told what the referral says before it is sent.</p>
</main>
<footer>Cyngor Enghraifft, HR Service</footer>
</body></html>
""", encoding="utf-8")
