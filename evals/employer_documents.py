"""The employer documents of the `employer-docs` eval set, made by the libraries that make real ones.

Fifty-one documents (a second batch of sixteen in `employer_batch_16.py`, a third of nine agreements, notices
and schedules in `employer_batch_agreements.py`, a fourth of five procedures and agreements whose lists run on
inside their sentences in `employer_batch_procedures.py`) of the kinds staff bring to Llais (a grievance procedure in PDF,
a DPIA and minutes in Word, mileage rates in a workbook, a briefing in PowerPoint, an all-staff email, policies in
HTML, Markdown and plain text, contracts with numbered clauses), written for Llais and free of any licence limit.
`build(folder)` writes them; `evals/employer.py` asks the questions of `evals/data/employer-docs.jsonl` about
them, each with the document filter set to its own.

Left out: committing the files themselves. Word, PDF and PowerPoint files are binaries that differ by their
timestamps each time they are made; the code that makes them is what is reviewed and kept.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from evals.document_makers import bulleted_slide, word_table
from evals.employer_batch_16 import NAMES_16, build_batch_16
from evals.employer_batch_agreements import NAMES_AGREEMENTS, build_batch_agreements
from evals.employer_batch_guides import NAMES_GUIDES, build_batch_guides
from evals.employer_batch_procedures import NAMES_PROCEDURES, build_batch_procedures
from evals.employer_batch_workplace import NAMES_WORKPLACE, build_batch_workplace


def _batch_12(folder: Path) -> None:
    """Write this batch of documents into `folder`."""
    import docx
    import openpyxl
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas


    # 1. grievance procedure: PDF, numbered clauses, header/footer on each page
    clauses = [
     ("1. Purpose", ["1.1 This procedure sets out how employees can raise a concern, problem or complaint about their work,", "working environment or working relationships with the Council."]),
     ("2. Scope", ["2.1 This procedure applies to all employees of the Council except those employed by schools with", "delegated budgets. It does not apply to agency workers or contractors.", "2.2 Complaints about dismissal or disciplinary action are dealt with under the disciplinary procedure."]),
     ("3. Informal stage", ["3.1 Most concerns can be resolved informally. You should first raise the matter with your line manager,", "who should meet you within 5 working days.", "3.2 If your grievance is about your line manager, you may raise it with their manager instead."]),
     ("4. Formal stage", ["4.1 If the matter is not resolved informally, you may raise a formal grievance in writing using the", "grievance form, which is on the intranet.", "4.2 The manager hearing the grievance will arrange a meeting within 10 working days of receiving it.", "4.3 You have the right to be accompanied at the meeting by a trade union representative or a work", "colleague.", "4.4 You will receive the outcome in writing within 5 working days of the meeting."]),
     ("5. Appeal", ["5.1 If you are not satisfied with the outcome, you may appeal in writing to the Head of HR within 10", "working days of receiving the outcome letter.", "5.2 The appeal will be heard by a senior manager who has not been involved in the grievance. The", "decision of the appeal panel is final."]),
     ("6. Collective grievances", ["6.1 Where several employees have the same grievance, a trade union may raise a collective grievance on", "their behalf. Collective grievances are heard at the formal stage."]),
     ("7. Mediation", ["7.1 Mediation may be offered at any stage if both parties agree. Mediation is voluntary and", "confidential."]),
    ]
    c = canvas.Canvas(str(folder / "grievance_procedure.pdf"), pagesize=A4)
    w, h = A4
    page = 1
    def furniture(c, page):
        c.setFont("Helvetica", 8)
        c.drawString(50, h - 30, "Example County Council - Grievance Procedure - Version 4 (2026)")
        c.drawString(50, 30, f"Page {page}")
    y = h - 70
    furniture(c, page)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(50, y, "Grievance Procedure")
    y -= 30
    for head, lines in clauses:
        if y < 160:
            c.showPage()
            page += 1
            furniture(c, page)
            y = h - 70
        c.setFont("Helvetica-Bold", 11)
        c.drawString(50, y, head)
        y -= 18
        c.setFont("Helvetica", 10)
        for line in lines:
            c.drawString(50, y, line)
            y -= 14
        y -= 10
        if head.startswith("4."):
            c.showPage()
            page += 1
            furniture(c, page)
            y = h - 70
    c.save()

    # 2. DPIA for a rota tool: docx with a risk table
    d = docx.Document()
    d.add_heading("Data Protection Impact Assessment: AI rota planning tool", 0)
    d.add_heading("Purpose of the processing", 1)
    d.add_paragraph("The Council plans to use ShiftWise, an AI tool that suggests staff rotas for residential care homes from staff availability, skills and past absence.")
    d.add_heading("Personal data used", 1)
    d.add_paragraph("Names, contracted hours, availability, training records and sickness absence dates. Health details beyond absence dates are not used.")
    d.add_heading("Lawful basis", 1)
    d.add_paragraph("Legitimate interests (UK GDPR Article 6(1)(f)). Absence dates are processed under Article 9(2)(b), employment obligations.")
    d.add_heading("Retention", 1)
    d.add_paragraph("Rota suggestions are kept for 12 months and then deleted. The supplier deletes all Council data within 30 days of the contract ending.")
    d.add_heading("Risks and mitigations", 1)
    word_table(d, [
        ("Risk", "Likelihood", "Mitigation", "Residual risk"),
        ("Staff with more sickness absence are given fewer shifts", "Medium", "Absence is not used to rank staff; a manager approves every rota", "Low"),
        ("Data is transferred outside the UK", "Low", "Contract requires UK hosting", "Low"),
        ("Staff do not know the tool is used", "High", "Staff briefing and privacy notice before go-live", "Low"),
        ("Errors in the rota leave a home short-staffed", "Medium", "Managers check rotas against minimum staffing levels", "Medium"),
    ])
    d.add_heading("Consultation", 1)
    d.add_paragraph("UNISON and GMB were consulted on 3 November 2026. The unions asked for an annual review of the tool's effect on shift allocation, which has been agreed.")
    d.add_heading("Sign-off", 1)
    d.add_paragraph("Approved by the Data Protection Officer on 20 November 2026. Review date: November 2027.")
    d.save(str(folder / "dpia_rota_tool.docx"))

    # 3. mileage rates spreadsheet
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Mileage rates 2026-27"
    ws.append(["Vehicle", "First 10,000 business miles", "Over 10,000 business miles"])
    ws.append(["Car or van", "45p per mile", "25p per mile"])
    ws.append(["Motorcycle", "24p per mile", "24p per mile"])
    ws.append(["Bicycle", "20p per mile", "20p per mile"])
    ws.append(["Passenger supplement", "5p per passenger per mile", "5p per passenger per mile"])
    ws2 = wb.create_sheet("How to claim")
    ws2.append(["Step", "What to do"])
    ws2.append(["1", "Record each journey in the mileage log on the HR portal"])
    ws2.append(["2", "Submit your claim by the 5th of the following month"])
    ws2.append(["3", "Your manager approves the claim within 10 days"])
    ws2.append(["4", "Payment is made with your next month's salary"])
    wb.save(str(folder / "mileage_rates.xlsx"))

    # 4. facility time agreement
    (folder / "facility_time.md").write_text("""# Facility time agreement

## 1. Who this covers
This agreement covers accredited representatives of recognised trade unions: UNISON, GMB and Unite.

## 2. Time off for union duties
Representatives are entitled to paid time off for union duties, including negotiations, consultation meetings and accompanying members at hearings. The total facility time budget is 2.5 full-time equivalent posts across the Council.

## 3. Requesting time off
Representatives must request time off from their line manager at least two weeks in advance, using the facility time form. In urgent cases, such as a disciplinary hearing at short notice, 24 hours' notice is enough. Managers may refuse a request only where the service cannot be covered, and must offer another date within five working days.

## 4. Health and safety representatives
Health and safety representatives may take paid time off to carry out inspections and investigate accidents. They are entitled to at least four days of training in their first year.

## 5. Union learning representatives
Union learning representatives may take paid time off to advise members on training and to attend up to five days of training a year.

## 6. Facilities
The Council provides a union office at County Hall, a telephone, use of the email system and a noticeboard in each main building.

## 7. Reporting
The Council publishes the facility time figures each year by 31 July, as required by the Trade Union (Facility Time Publication Requirements) Regulations 2017.
""", encoding="utf-8")

    # 5. IT acceptable use policy, HTML with lists
    (folder / "it_acceptable_use.html").write_text("""<!doctype html><html><head><title>IT acceptable use policy</title></head><body><main>
<h1>IT acceptable use policy</h1>
<h2>Personal use</h2>
<p>You may use Council computers for personal use during breaks and before or after work, as long as it does not affect your work or break the rules below.</p>
<h2>You must not</h2>
<ul>
<li>share your password with anyone, including IT staff;</li>
<li>install software that has not been approved by ICT;</li>
<li>use personal email accounts to send Council information;</li>
<li>enter personal or confidential information into public AI tools such as ChatGPT or Gemini;</li>
<li>connect personal USB drives to Council devices.</li>
</ul>
<h2>Generative AI</h2>
<p>You may use Microsoft Copilot, which the Council has approved, for drafting and summarising. You must check anything it produces before you use it, and you must not use it to make decisions about individuals.</p>
<h2>Monitoring</h2>
<p>The Council logs internet and email use on its systems. Logs are kept for 90 days and are only looked at where there is a suspected breach of this policy, with the approval of the Head of HR.</p>
<h2>Breaches</h2>
<p>Breaking this policy may lead to action under the disciplinary procedure. Report a suspected breach or a lost device to the ICT service desk on 01234 567890 straight away.</p>
</main></body></html>""", encoding="utf-8")

    # 6. consultation meeting minutes with an actions table
    d = docx.Document()
    d.add_heading("Minutes: consultation meeting on the closure of Brynmawr depot", 0)
    d.add_paragraph("Date: 26 November 2026. Present: J. Morgan (Head of Waste Services), S. Price (HR), A. Hughes (UNISON), R. Davies (GMB).")
    d.add_heading("1. Proposal", 1)
    d.add_paragraph("J. Morgan explained that the depot will close on 31 March 2027 and its 38 staff will move to the Ebbw Vale depot. No redundancies are proposed.")
    d.add_heading("2. Travel", 1)
    d.add_paragraph("A. Hughes asked about extra travel costs. S. Price confirmed that staff will get excess travel payments for four years under the relocation policy.")
    d.add_heading("3. Shift times", 1)
    d.add_paragraph("R. Davies asked whether start times would change. J. Morgan said start times will stay at 6am for the first year and will then be reviewed with the unions.")
    d.add_heading("4. Actions", 1)
    word_table(d, [("Action", "Owner", "Due"),
                    ("Send travel calculations to each member of staff", "S. Price", "11 December 2026"),
                    ("Share the Ebbw Vale site plan with the unions", "J. Morgan", "4 December 2026"),
                    ("Arrange a site visit for staff", "J. Morgan", "15 January 2027")])
    d.add_heading("5. Next meeting", 1)
    d.add_paragraph("The next meeting will be on 17 December 2026 at 10am at the Brynmawr depot.")
    d.save(str(folder / "depot_minutes.docx"))

    # 7. email announcing a rollout
    (folder / "copilot_rollout.eml").write_text("""From: ICT Service <ict@examplecouncil.gov.uk>
To: All staff <allstaff@examplecouncil.gov.uk>
Subject: Microsoft Copilot is coming to your computer
Date: Mon, 30 Nov 2026 09:00:00 +0000
Content-Type: text/plain; charset=utf-8

Dear colleague,

Microsoft Copilot will be switched on for all office-based staff on 11 January 2027. Staff in schools are not included in this phase.

Before you can use it, you must complete the 30-minute "Using Copilot safely" course on the learning portal. Copilot will only be switched on for you once you have completed the course.

Copilot can read the files and emails you already have access to. It cannot see anything you could not see yourself.

If you have questions, drop-in sessions will be held in the County Hall canteen every Wednesday in January from 12 to 2pm.

Kind regards,
ICT Service
""", encoding="utf-8")



def _batch_13(folder: Path) -> None:
    """Write this batch of documents into `folder`."""
    import docx
    from pptx import Presentation
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table


    # 1. job description and person specification (docx, tables)
    d = docx.Document()
    d.add_heading("Job description: Business Support Officer", 0)
    word_table(d, [("Grade", "Grade 5 (£25,584 to £27,711)"), ("Reports to", "Business Support Team Leader"),
                    ("Hours", "37 hours a week"), ("Location", "Civic Centre, Neath, with hybrid working"),
                    ("Contract", "Permanent")])
    d.add_heading("Main duties", 1)
    for x in ["Process invoices and purchase orders on the finance system.",
              "Answer telephone and email enquiries from the public.",
              "Take minutes at team meetings.",
              "Check the output of the automated invoice-matching software and correct its errors."]:
        d.add_paragraph(x, style="List Bullet")
    d.add_heading("Person specification", 1)
    word_table(d, [("Criteria", "Essential", "Desirable"),
                    ("Qualifications", "GCSE English and Maths at grade C or above", "NVQ Level 3 in Business Administration"),
                    ("Experience", "Experience of working in an office", "Experience of local government finance systems"),
                    ("Welsh language", "Level 1 (courtesy level)", "Level 3 (conversational)"),
                    ("Skills", "Good IT skills, including Microsoft Excel", "")])
    d.save(str(folder / "job_description.docx"))

    # 2. restructure consultation document (PDF) with a timetable table
    ss = getSampleStyleSheet()
    parts = [Paragraph("Proposed restructure of Customer Services: consultation document", ss["Title"]),
             Paragraph("1. Why we are proposing changes", ss["Heading2"]),
             Paragraph("Demand for face-to-face services has fallen by 40% since 2022, while online contact has doubled. "
                       "The Council proposes to bring its three contact centres into one team at the Civic Centre.", ss["Normal"]),
             Paragraph("2. What is proposed", ss["Heading2"]),
             Paragraph("The number of Customer Services Adviser posts will fall from 42 to 36. Six posts will be deleted. "
                       "Two new Digital Support Officer posts at Grade 6 will be created.", ss["Normal"]),
             Paragraph("3. Who is affected", ss["Heading2"]),
             Paragraph("All 42 Customer Services Advisers are in the selection pool. Team leaders are not affected.", ss["Normal"]),
             Paragraph("4. Ring-fencing", ss["Heading2"]),
             Paragraph("Advisers in the selection pool will have first refusal on the new Digital Support Officer posts. "
                       "This is known as ring-fencing: the posts are only open to staff in the pool.", ss["Normal"]),
             Paragraph("5. Timetable", ss["Heading2"]),
             Table([["Stage", "Date"], ["Consultation starts", "7 December 2026"], ["Consultation ends", "5 February 2027"],
                    ["Selection interviews", "March 2027"], ["New structure in place", "1 May 2027"]]),
             Spacer(1, 12),
             Paragraph("6. How to respond", ss["Heading2"]),
             Paragraph("Send your comments to restructure@example.gov.uk or to your trade union representative before consultation ends. "
                       "Every comment will be answered in writing.", ss["Normal"])]
    SimpleDocTemplate(str(folder / "restructure_consultation.pdf"), pagesize=A4).build(parts)

    # 3. body-worn camera policy (html)
    (folder / "body_worn_cameras.html").write_text("""<!doctype html><html><head><title>Body-worn cameras: guidance for civil enforcement officers</title></head><body><main>
<h1>Body-worn cameras: guidance for civil enforcement officers</h1>
<h2>When to record</h2>
<p>Cameras are not recording all the time. You must switch your camera on when a member of the public becomes aggressive or abusive, and tell them you are recording.</p>
<h2>When not to record</h2>
<ul><li>in toilets or changing rooms;</li><li>during your breaks;</li><li>during conversations with your manager or trade union representative.</li></ul>
<h2>Keeping footage</h2>
<p>Footage is deleted automatically after 31 days unless it is needed as evidence for a complaint, an incident or a court case.</p>
<h2>Who can view footage</h2>
<p>Only the Parking Services Manager and the Information Governance team can view footage. You can ask to see footage of yourself.</p>
<h2>Use in disciplinary cases</h2>
<p>Footage will not be routinely reviewed to check your performance. It may be used in a disciplinary case only where a complaint has been made about your conduct.</p>
</main></body></html>""", encoding="utf-8")

    # 4. AI pilot briefing (pptx)
    p = Presentation()
    slide = partial(bulleted_slide, p)
    slide("Planning enforcement AI pilot", ["Briefing for staff and trade unions", "December 2026"])
    slide("What the pilot is", ["An AI tool reads planning complaints and sorts them by urgency", "Officers still decide what action to take", "The pilot runs for six months from February 2027"])
    slide("How we will judge it", ["Time to first response falls by a quarter", "No increase in complaints about decisions", "Staff survey at month 3 and month 6"])
    slide("What it means for staff", ["No job losses", "Two days of training for every officer", "Staff can report problems to the pilot lead, Gwen Hughes"])
    p.save(str(folder / "enforcement_pilot.pptx"))

    # 5. study leave and repayment (md) with a sliding scale table
    (folder / "study_support.md").write_text("""# Study support policy

## Study leave
Staff on an approved course get up to 5 days of paid study leave a year for exams and revision, on top of time for attending classes.

## Course fees
The Council pays 100% of course fees for qualifications that are needed for your job, and 50% for other work-related qualifications.

## Paying fees back
If you leave the Council within two years of finishing the course, you must repay some of the fees:

| Time since the course finished | Share of fees you repay |
|---|---|
| Less than 12 months | 100% |
| 12 to 24 months | 50% |
| More than 24 months | Nothing |

You do not have to repay fees if you are made redundant or leave because of ill health.

## How to apply
Complete the study support application form and ask your manager to sign it. Applications for courses starting in September must reach Learning and Development by 30 June.
""", encoding="utf-8")



def _batch_14(folder: Path) -> None:
    """Write this batch of documents into `folder`."""
    import docx


    d = docx.Document()
    d.add_heading("Redeployment policy", 0)
    d.add_heading("1. Purpose", 1)
    d.add_paragraph("The Council will try to find suitable alternative employment for staff whose jobs are at risk of redundancy, or who can no longer do their job because of ill health.")
    d.add_heading("2. Suitable alternative employment", 1)
    d.add_paragraph("A job is suitable if it is at the same grade or one grade lower, within 15 miles of your current workplace, and you have, or can be trained to have, the skills it needs within 3 months.")
    d.add_heading("3. Trial period", 1)
    d.add_paragraph("You will have a 4-week trial period in a new job. Either you or your manager can end the trial if the job is not working out. If you turn down a suitable job without good reason, you may lose your redundancy pay.")
    d.add_heading("4. Pay protection", 1)
    d.add_paragraph("If the new job is at a lower grade, your pay will be protected for 12 months. After 12 months you will be paid at the rate for the new job.")
    d.add_heading("5. Priority status", 1)
    d.add_paragraph("Staff on the redeployment register are considered for vacancies before other applicants. You stay on the register for 12 weeks, or until your notice ends if that is sooner.")
    d.save(str(folder / "redeployment_policy.docx"))

    (folder / "menopause_guidance.html").write_text("""<!doctype html><html><head><title>Menopause at work: guidance for staff and managers</title></head><body><main>
<h1>Menopause at work: guidance for staff and managers</h1>
<h2>Talking about it</h2>
<p>You can talk to your line manager, a menopause champion, Occupational Health or your union rep. You do not have to talk to your line manager if you would rather not.</p>
<h2>Adjustments</h2>
<p>Reasonable adjustments may include:</p>
<ul><li>a desk fan or a desk near a window;</li><li>uniforms made of natural fabrics;</li><li>changes to start and finish times;</li><li>more frequent breaks.</li></ul>
<h2>Sickness absence</h2>
<p>Absence caused by menopause symptoms will be recorded separately and will not count towards the sickness absence triggers.</p>
<h2>Menopause champions</h2>
<p>Champions are trained volunteers who can listen and signpost you to support. They are not medical experts. A list of champions is on the intranet.</p>
</main></body></html>""", encoding="utf-8")

    (folder / "whistleblowing.txt").write_text("""WHISTLEBLOWING PROCEDURE

Who can raise a concern
Any employee, agency worker or contractor can raise a concern about wrongdoing at the Council, such as fraud, danger to health and safety, or a breach of the law.

How to raise a concern
Raise your concern with your line manager. If you do not feel able to, contact the Monitoring Officer on 01234 555777 or whistleblowing@example.gov.uk.

Can I stay anonymous?
You can raise a concern anonymously, but it may be harder to investigate. We will keep your identity confidential if you ask us to.

Will I be protected?
Yes. You will not be treated badly for raising a concern in good faith, even if it turns out to be mistaken. Anyone who victimises a whistleblower will face disciplinary action.

What happens next
The Monitoring Officer will acknowledge your concern within 5 working days and tell you who will look into it.
""", encoding="utf-8")

    (folder / "on_call.md").write_text("""# On-call agreement: Highways

## Allowance
Staff on the on-call rota are paid an allowance for each period on call:

| Period | Allowance |
|---|---|
| Weeknight (5pm to 8am) | £25 |
| Saturday or Sunday (24 hours) | £50 |
| Bank holiday (24 hours) | £75 |

## Call-outs
If you are called out, you are paid for the time you work at time and a half, with a minimum payment of 2 hours for each call-out. Travel time to the site counts as working time.

## Response time
You must be able to get to the depot within 45 minutes of being called.

## Rest after a call-out
If you work after midnight on a call-out, you can start work 4 hours later the next morning without loss of pay.

## How often
No one will be on call for more than one week in four, unless they agree to it.
""", encoding="utf-8")

    (folder / "mandatory_training.eml").write_text("""From: Learning and Development <learning@example.gov.uk>
To: All staff <allstaff@example.gov.uk>
Subject: Reminder: complete your data protection training by 31 January
Date: Tue, 1 Dec 2026 10:00:00 +0000
Content-Type: text/plain; charset=utf-8

Dear colleague,

All staff must complete the Data Protection and Cyber Security e-learning module by 31 January 2027. The module takes about 45 minutes and must be redone every two years.

Staff without computer access can attend a classroom session instead. Ask your manager to book you a place.

If you have not completed the module by the deadline, your access to Council systems may be suspended until you do.

Thanks,
Learning and Development
""", encoding="utf-8")



def _batch_15(folder: Path) -> None:
    """Write this batch of documents into `folder`."""
    import docx
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    # a policy with a definitions section
    (folder / "special_leave.md").write_text("""# Special leave policy

## 1. Definitions
In this policy:
- "Close relative" means a partner, child, parent, brother or sister, or grandparent.
- "Working day" means a day you are rostered to work.
- "Compassionate leave" means paid leave after the death of a close relative.

## 2. Compassionate leave
You can take up to 5 working days of compassionate leave after the death of a close relative. For anyone else, your manager may allow up to 1 working day.

## 3. Jury service
If you are called for jury service, you will be given paid leave. You must claim the loss of earnings allowance from the court and pay it to the Council.

## 4. Moving house
You can take 1 day of paid leave to move house, once in any 12 months.

## 5. Public duties
Staff who are magistrates, councillors or school governors can take up to 18 days of paid leave a year for their duties.
""", encoding="utf-8")

    # a FAQ in PDF, its questions and answers labelled "Q:" and "A:"
    ss = getSampleStyleSheet()
    parts = [Paragraph("Agile working: frequently asked questions", ss["Title"])]
    for q, a in [
        ("Q: Do I still have my own desk?", "A: No. All desks are shared and booked through the desk booking app."),
        ("Q: How far ahead can I book a desk?", "A: Up to two weeks ahead."),
        ("Q: What happens to my things at night?",
         "A: Each member of staff has a locker on their floor. Desks must be cleared at the end of each day."),
        ("Q: Can I bring my own monitor?", "A: No. Use the monitors provided at each desk."),
        ("Q: Who do I contact if the booking app is not working?", "A: Contact Facilities on extension 4455."),
    ]:
        parts.append(Paragraph(q, ss["Heading4"]))
        parts.append(Paragraph(a, ss["Normal"]))
    SimpleDocTemplate(str(folder / "agile_faq.pdf"), pagesize=A4).build(parts)

    # a Word policy with a table of contents as Word writes one
    d = docx.Document()
    d.add_heading("Lone working policy", 0)
    d.add_paragraph("Contents")
    for line in ["1. Purpose\t2", "2. Risk assessment\t2", "3. Checking in\t3", "4. Emergencies\t3"]:
        d.add_paragraph(line)
    for heading, text in [
        ("1. Purpose", "This policy protects staff who work alone, such as home visitors and cleaners."),
        ("2. Risk assessment", "Managers must complete a lone working risk assessment for every lone working role and "
                               "review it every year."),
        ("3. Checking in", "Lone workers must check in with their team by phone at the start and end of each visit. If a "
                           "worker has not checked in within 30 minutes of the expected time, their manager must try to "
                           "contact them."),
        ("4. Emergencies", "If you feel unsafe, leave straight away and call 999 if needed. Then tell your manager."),
    ]:
        d.add_heading(heading, 1)
        d.add_paragraph(text)
    d.save(str(folder / "lone_working_policy.docx"))

    # a letter with a reply slip
    d = docx.Document()
    for line in ["Example County Council", "People Services", "Date: 2 December 2026", "Dear colleague",
                 "Voluntary reduction in hours",
                 "The Council is offering staff the chance to reduce their contracted hours for 12 months from 1 April "
                 "2027. Your pension will be based on your reduced pay for that period.",
                 "If you would like to take part, please return the reply slip below to People Services by 15 January 2027.",
                 "Yours faithfully", "Mair Evans", "Head of People Services",
                 "Reply slip", "Name:", "Current hours:", "Hours requested:", "Signature:"]:
        d.add_paragraph(line)
    d.save(str(folder / "reduced_hours_letter.docx"))


# Every document `build` makes, by file name.
NAMES = (
    "body_worn_cameras.html", "copilot_rollout.eml", "depot_minutes.docx", "dpia_rota_tool.docx",
    "enforcement_pilot.pptx", "facility_time.md", "grievance_procedure.pdf", "it_acceptable_use.html",
    "job_description.docx", "mandatory_training.eml", "menopause_guidance.html", "mileage_rates.xlsx", "on_call.md",
    "redeployment_policy.docx", "restructure_consultation.pdf", "study_support.md", "whistleblowing.txt",
    "special_leave.md", "agile_faq.pdf", "lone_working_policy.docx", "reduced_hours_letter.docx",
    *NAMES_16,
    *NAMES_AGREEMENTS,
    *NAMES_PROCEDURES,
    *NAMES_WORKPLACE,
    *NAMES_GUIDES,
)


def build(folder: Path) -> list[Path]:
    """Write every document into `folder` (made if missing); the paths, sorted."""
    folder.mkdir(parents=True, exist_ok=True)
    for batch in (_batch_12, _batch_13, _batch_14, _batch_15, build_batch_16, build_batch_agreements, build_batch_procedures,
                  build_batch_workplace, build_batch_guides):
        batch(folder)
    return sorted(p for p in folder.iterdir() if p.is_file())
