"""A second batch of employer documents for the `employer-docs` eval set (session 30): sixteen more kinds of
document staff bring, made by the libraries that make real ones. An AI acceptable use policy and an equality
impact assessment with a table, a union's response letter and minutes with an attendance line in Word; a training
policy and a survey's results in PDF; pool vehicles and an AI recruitment notice in HTML; committee terms and a
bilingual (Welsh and English) policy in Markdown; a body-worn camera procedure in plain text; a risk register in a
workbook; a chatbot briefing in PowerPoint; an all-staff email with plain-text headings; overtime rates in CSV; a
data breach procedure in Word. Made-up facts, written for Llais and free of any licence limit.

Left out: committing the files, as for the first batch (`employer_documents.py`).
"""

from __future__ import annotations

from email.message import EmailMessage
from functools import partial
from pathlib import Path

from evals.document_makers import bulleted_slide, headed_docx, sectioned_pdf, word_table

NAMES_16 = (
    "ai_acceptable_use.docx", "learning_and_development.pdf", "fleet_and_pool_vehicles.html", "eia_hr_portal.docx",
    "jcc_terms_of_reference.md", "parking_body_cameras.txt", "chatbot_risk_register.xlsx", "unison_response_letter.docx",
    "ask_hr_briefing.pptx", "mfa_announcement.eml", "overtime_rates.csv", "hybrid_working_bilingual.md",
    "data_breach_procedure.docx", "recruitment_ai_notice.html", "digital_skills_survey.pdf", "jcc_minutes_november.docx",
)


def build_batch_16(folder: Path) -> None:
    """Write this batch of documents into `folder`."""

    headed_docx(folder / "ai_acceptable_use.docx", "Acceptable Use of Generative AI Tools", [
     ("1. Purpose", ["1.1 This policy sets out how employees may use generative artificial intelligence (AI) tools for council work, and what they must not do."]),
     ("2. Who this policy applies to", ["2.1 This policy applies to all employees, agency workers, contractors and elected members who use council systems.",
       "2.2 Schools are not covered by this policy; head teachers will issue separate guidance for school staff."]),
     ("3. Approved tools", ["3.1 Microsoft Copilot Chat, used with your council login, is the only approved generative AI tool.",
       "3.2 Other public tools, such as ChatGPT or Gemini, must not be used for council business unless the Digital Services team has approved them in writing."]),
     ("4. Information you must not enter", ["4.1 You must not enter into any AI tool personal data about residents or colleagues, information marked OFFICIAL-SENSITIVE, or passwords and system credentials."]),
     ("5. Checking what AI produces", ["5.1 You are responsible for checking anything an AI tool produces before you use or send it. AI tools can produce content that is wrong, out of date or made up.",
       "5.2 Letters and reports drafted with AI must be read in full by the officer who sends them."]),
     ("6. Decisions about people", ["6.1 AI tools must not be used to make decisions about individuals, such as shortlisting job applicants, disciplinary matters or eligibility for services.",
       "6.2 Where AI is used to summarise information about a person, a named officer must review the summary before any decision is taken."]),
     ("7. Training", ["7.1 Before a Copilot licence is issued, you must complete the 30-minute 'Using AI safely' e-learning module on the learning portal."]),
     ("8. Mistakes and breaches", ["8.1 If you enter information into an AI tool by mistake, report it to the Information Governance team at once on 01248 752000.",
       "8.2 Nobody will be disciplined for promptly reporting a genuine mistake.",
       "8.3 Deliberate or repeated breaches of this policy may be dealt with under the Disciplinary Procedure."]),
     ("9. Roll-out", ["9.1 Copilot licences will be issued in three phases: corporate services from 1 November 2026, social services from 1 January 2027, and all other services from 1 April 2027."]),
     ("10. Review", ["10.1 This policy will be reviewed after twelve months, in consultation with the recognised trade unions."]),
    ], "Isle of Anglesey County Council. Version 1.0, approved by the Corporate Leadership Team on 2 October 2026.")

    sectioned_pdf(folder / "learning_and_development.pdf", "Learning and Development Policy",
     "Cyngor Gwynedd Enghraifft. Human Resources. Effective from 1 September 2026.", [
     ("1. Our commitment", ["The council will give every employee the training they need to do their job safely and well, including training in new digital systems before they are expected to use them."]),
     ("2. Funding for qualifications", ["The council will pay the course fees for a qualification that is relevant to your role and agreed with your manager in your annual appraisal.",
       "Requests must be made on the Training Request Form and approved by your Head of Service before you enrol. Fees are paid directly to the college or training provider."]),
     ("3. Repaying fees", ["If you leave the council within two years of completing a funded qualification, you will be asked to repay part of the fees: all of the fees if you leave within 12 months, and half of the fees if you leave between 12 and 24 months.",
       "You will not be asked to repay fees if you leave because of redundancy or ill health."]),
     ("4. Study leave", ["You may take up to five days' paid study leave each year for exams, revision and coursework for a funded qualification. Time spent attending college on a day-release course counts as working time."]),
     ("5. Apprenticeships", ["Existing employees may apply for an apprenticeship in their current role. Apprenticeships are funded by the apprenticeship levy and no repayment applies."]),
     ("6. Digital skills", ["When a new system is introduced, the service introducing it must provide training in working time before staff are asked to use it. Staff who need extra support may ask for one-to-one sessions with the Digital Champions network."]),
    ])

    (folder / "fleet_and_pool_vehicles.html").write_text("""<!doctype html><html><head><title>Fleet and Pool Vehicles Policy</title></head><body>
<nav><a href="/">Home</a> | <a href="/hr">HR</a> | <a href="/policies">Policies</a></nav>
<main>
<h1>Fleet and Pool Vehicles Policy</h1>
<p>Neath Port Talbot Example Council. Fleet Services. Last reviewed July 2026.</p>
<h2>Booking a pool vehicle</h2>
<p>Pool vehicles are booked through the Fleet booking system on the intranet at least 24 hours ahead. Pool vehicles are for council business only and must not be used for personal journeys.</p>
<h2>Standby and call-outs</h2>
<p>Staff on the standby rota may take a pool vehicle home while they are on call. The council does not provide individual company cars for standby duties. Staff who use their own car for a call-out can claim mileage at the approved rate.</p>
<h2>Before you drive</h2>
<p>Drivers must carry out a walkaround check before every journey and record it on the vehicle's check sheet. You must not drive if you are taking medication that carries a warning about driving.</p>
<h2>Vehicle telematics</h2>
<p>All pool vehicles are fitted with telematics that record the vehicle's location, speed and harsh braking. The data is used to plan maintenance, improve safety and locate vehicles.</p>
<p>Telematics data will not be used to monitor the performance of individual drivers, except where there has been a road traffic collision or a complaint about the way a vehicle was driven. Drivers will be told before their data is used in any investigation.</p>
<p>Telematics data is kept for six months.</p>
<h2>Fines and penalties</h2>
<p>Parking fines, speeding fines and other penalties incurred while using a pool vehicle are the responsibility of the driver.</p>
<h2>Accidents</h2>
<p>Report any accident or damage to Fleet Services on 01639 686868 as soon as it is safe to do so, and complete the accident report form within 24 hours.</p>
</main><footer>© Example Council 2026 | Accessibility | Cookies</footer></body></html>
""")

    import docx

    d = docx.Document()
    d.core_properties.title = "Equality Impact Assessment: digital self-service HR portal"
    d.add_heading("Equality Impact Assessment: digital self-service HR portal", 0)
    d.add_paragraph("Carmarthenshire Example Council. Assessment completed by the HR Systems Manager, 10 September 2026.")
    d.add_heading("1. The proposal", 1)
    d.add_paragraph("From January 2027, payslips, leave requests and expense claims will move to a self-service portal that staff use online, on a council device or their own phone. Paper payslips will stop.")
    d.add_heading("2. Impact on protected groups", 1)
    word_table(d, [["Group", "Possible impact", "Mitigation"],
     ["Age", "Some older staff may be less confident using online systems.", "Drop-in training sessions at every depot; a printed guide on request."],
     ["Disability", "Staff with visual impairments may find the portal hard to use.", "The portal will be tested against WCAG 2.2 AA; screen reader support; paper payslips on request as a reasonable adjustment."],
     ["Welsh language", "Staff may wish to use the portal in Welsh.", "The portal will be fully bilingual from launch."],
     ["Sex", "No differential impact identified.", "None needed."],
     ["Race", "Staff whose first language is not English or Welsh may find instructions harder to follow.", "Plain-language guides; help from HR Advisers by phone."]])
    d.add_heading("3. Staff without a council device", 1)
    d.add_paragraph("Around 600 frontline staff, mainly in waste, cleaning and catering, do not have a council device. Kiosks will be installed at the three main depots, and staff may use the portal on their own phone, but they will not be required to.")
    d.add_heading("4. Consultation", 1)
    d.add_paragraph("The recognised trade unions were consulted at the Joint Consultative Committee on 3 September 2026. UNISON asked for paper payslips to remain available; this has been agreed for staff who request them.")
    d.add_heading("5. Decision", 1)
    d.add_paragraph("Proceed with the mitigations above. The assessment will be reviewed six months after launch.")
    d.save(str(folder / "eia_hr_portal.docx"))

    (folder / "jcc_terms_of_reference.md").write_text("""# Joint Consultative Committee: Terms of Reference

Powys Example Council and the recognised trade unions. Agreed 12 May 2026.

## 1. Purpose
The Joint Consultative Committee (JCC) is the forum where the council consults the recognised trade unions on matters affecting employees, including organisational change and the introduction of new technology.

## 2. Membership
The committee has six management members, appointed by the Chief Executive, and six trade union members: three from UNISON, two from GMB and one from Unite.

## 3. Chair
The chair alternates each year between the management side and the trade union side. The chair for 2026–27 is the UNISON branch secretary.

## 4. Meetings
The committee meets every two months. Either side may call an extra meeting by giving ten working days' notice to the secretary.

## 5. Quorum
A meeting is quorate when at least three members from each side are present.

## 6. Agenda
Items for the agenda must be sent to the committee secretary at least ten working days before the meeting. Papers are circulated five working days before the meeting.

## 7. New technology
Before any new technology that affects how staff work or are monitored is introduced, the proposal must come to the committee, with a data protection impact assessment and an equality impact assessment, at least one meeting before a decision is taken.

## 8. Minutes
Minutes are taken by the secretary, agreed at the next meeting and then published on the staff intranet.

## 9. Disputes
Where the two sides cannot agree, either side may refer the matter to the Workforce Partnership Council's dispute resolution procedure.
""")

    (folder / "parking_body_cameras.txt").write_text("""BODY-WORN CAMERA PROCEDURE
Civil Enforcement Officers, Parking Services
Example City Council, version 2, August 2026

1. Why officers wear cameras
Civil enforcement officers wear body-worn cameras to deter abuse and assault, and to provide evidence if an incident happens.

2. When the camera records
Cameras are not switched on all the time. An officer starts recording only when an incident is happening or is likely to happen, and must tell the person that recording has started, where it is safe to do so.

3. Using the footage
Footage is used only as evidence of an incident or in response to a complaint. It will not be used to monitor officers' performance, attendance or breaks.

4. Who can view footage
Footage can be viewed only by the Parking Services Manager and the council's investigating officers. An officer may view footage of an incident they were involved in before writing their statement.

5. Keeping footage
Footage that is not needed as evidence is deleted automatically after 31 days. Footage needed as evidence is kept until the case is closed.

6. Training
Officers receive half a day's training on the cameras and this procedure before they are issued with a camera.

7. Concerns
Officers with concerns about the cameras can raise them with their line manager or their trade union representative.
""")

    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Risk register"
    rows = [["ID", "Risk", "Likelihood", "Impact", "Owner", "Mitigation", "Status"],
     ["R1", "Staff rely on chatbot answers that are wrong", "Medium", "High", "Head of HR", "Answers checked against policies monthly; every answer links to the policy it comes from", "Open"],
     ["R2", "Personal data entered into the chatbot", "Medium", "High", "Data Protection Officer", "Warning on screen; chatbot does not store conversations after 30 days", "Open"],
     ["R3", "Reduced contact with HR advisers", "Low", "Medium", "HR Operations Manager", "Phone line stays open 9am to 5pm; chatbot offers to pass to an adviser", "Closed"],
     ["R4", "Welsh speakers cannot use the chatbot in Welsh", "High", "Medium", "Welsh Language Officer", "Welsh version to launch at the same time as English", "Open"],
     ["R5", "HR adviser posts reduced", "Low", "High", "Head of HR", "No reduction in HR adviser posts is planned; any change would be consulted on with the unions", "Open"]]
    for r in rows:
        ws.append(r)
    wb.save(folder / "chatbot_risk_register.xlsx")

    import docx

    d = docx.Document()
    d.add_paragraph("UNISON Cymru Example Branch")
    d.add_paragraph("14 November 2026")
    d.add_paragraph("Ms Sian Evans, Director of Social Services, Example County Council")
    d.add_paragraph("Dear Ms Evans,")
    d.add_paragraph("Consultation on the electronic call monitoring system for home care")
    d.add_paragraph("Thank you for meeting us on 4 November. This letter sets out our response to the proposal to introduce an electronic call monitoring system for home care workers from February 2027.")
    d.add_paragraph("We ask the Council to agree to the following:")
    for t in ["1. Location data must be collected only during paid visits, never between visits or outside working hours.",
              "2. Data from the system must not be used on its own to start disciplinary action.",
              "3. Carers must be paid for travel time between visits, as recorded by the system.",
              "4. A review of the system after six months, with the union, before it is extended to other teams.",
              "5. Every carer to receive training in paid time before the system goes live."]:
        d.add_paragraph(t)
    d.add_paragraph("We also ask for a copy of the data protection impact assessment before the next Joint Consultative Committee.")
    d.add_paragraph("Please reply by 28 November 2026.")
    d.add_paragraph("Yours sincerely,")
    d.add_paragraph("Gareth Morgan, Branch Secretary")
    d.save(str(folder / "unison_response_letter.docx"))

    from pptx import Presentation

    prs = Presentation()

    slide = partial(bulleted_slide, prs)

    t = prs.slides.add_slide(prs.slide_layouts[0])
    t.shapes.title.text = "Ask HR: our new HR chatbot"
    t.placeholders[1].text = "Staff briefing, November 2026"
    slide("What is Ask HR?", ["A chatbot on the intranet that answers questions about HR policies", "Available 24 hours a day from 1 December 2026", "Built on Microsoft Copilot Studio"])
    slide("What it can do", ["Answer questions about leave, pay dates, expenses and policies", "Link you to the policy its answer comes from", "Pass you to an HR adviser if it can't help"])
    slide("What it can't do", ["It can't see your personal HR record", "It can't approve leave or change your pay", "It does not make decisions about you"])
    slide("Your data", ["Conversations are kept for 30 days, then deleted", "Don't type in personal details about yourself or others"])
    slide("Questions?", ["Email askhr@example.gov.wales", "Drop-in sessions in the staff canteen every Tuesday in December"])
    prs.save(str(folder / "ask_hr_briefing.pptx"))

    m = EmailMessage()
    m["From"] = "IT Service Desk <itservicedesk@example.gov.wales>"
    m["To"] = "All Staff <allstaff@example.gov.wales>"
    m["Subject"] = "Multi-factor authentication is coming: what you need to do"
    m["Date"] = "Mon, 16 Nov 2026 09:12:00 +0000"
    m.set_content("""Dear colleague,

From 11 January 2027 you will need to confirm it is you when you sign in to your council account from outside the office. This is called multi-factor authentication (MFA).

What you need to do
Install the Microsoft Authenticator app on your council mobile phone before 8 January 2027, and follow the set-up guide on the intranet.

If you don't have a council mobile
You can use the app on your own smartphone if you wish, but you do not have to. If you would rather not, ask the IT Service Desk for a security key, which plugs into your laptop. Keys are free.

Will it track me?
No. The Authenticator app does not give the council access to your location, photos or messages.

Help
Drop-in help sessions run in the Civic Centre library every Wednesday in December, 10am to 2pm. Or call the IT Service Desk on 01633 210000.

Thanks,
Rhodri Lewis
Head of Digital Services
""")
    (folder / "mfa_announcement.eml").write_bytes(bytes(m))

    (folder / "overtime_rates.csv").write_text("""Day or time worked,Rate,Notes
Monday to Friday after 8pm,Time and a third,Applies after your contracted hours
Saturday,Time and a half,
Sunday,Double time,
Bank holiday,Double time plus a day off in lieu,Day off to be taken within 3 months
Sleep-in shift,£45 flat rate,Not counted as working time unless woken
""")

    (folder / "hybrid_working_bilingual.md").write_text("""# Gweithio Hybrid / Hybrid Working

Cyngor Sir Enghraifft. Polisi / Policy, Hydref / October 2026.

## Pwy sy'n gymwys / Who is eligible
Mae staff y mae eu swyddi'n gallu cael eu gwneud o bell yn gymwys i weithio hyd at dri diwrnod yr wythnos gartref.

Staff whose jobs can be done remotely may work from home for up to three days a week.

## Offer / Equipment
Bydd y Cyngor yn darparu gliniadur, sgrin a chadair. Ni fydd y Cyngor yn talu am eich band eang.

The Council will provide a laptop, a screen and a chair. The Council will not pay for your broadband.

## Monitro / Monitoring
Ni fydd y Cyngor yn defnyddio meddalwedd i fonitro pa mor brysur ydych chi wrth weithio gartref.

The Council will not use software to monitor how busy you are while working from home.
""")

    headed_docx(folder / "data_breach_procedure.docx", "Personal Data Breach Procedure", [
     ("1. What is a data breach?", ["A personal data breach is any loss, theft or sharing by mistake of personal information, such as sending an email to the wrong person or losing a laptop or paper files."]),
     ("2. What to do straight away", ["Report the breach to the Data Protection Officer within one hour of finding it, by email to dpo@example.gov.wales or by phone on 01267 234567.",
       "If you sent an email to the wrong person, ask them to delete it and confirm they have done so. Do not forward the email to anyone else.",
       "If a council laptop or phone is lost or stolen, also report it to the IT Service Desk so that it can be locked remotely."]),
     ("3. What happens next", ["The Data Protection Officer will decide within 72 hours whether the breach must be reported to the Information Commissioner's Office.",
       "People whose data was affected will be told if the breach is likely to put them at high risk."]),
     ("4. Will I be disciplined?", ["Staff who report a breach promptly will not normally face disciplinary action. Disciplinary action may follow where a breach was deliberate, or where staff tried to hide it."]),
     ("5. Training", ["All staff must complete the data protection e-learning module every two years."]),
    ], "Carmarthenshire Example Council. Information Governance. Version 3, March 2026.")

    (folder / "recruitment_ai_notice.html").write_text("""<!doctype html><html><head><title>How we use AI in recruitment</title></head><body><main>
<h1>How we use AI in recruitment</h1>
<p>This notice is for people applying for jobs with Example Borough Council.</p>
<h2>What the AI tool does</h2>
<p>We use a tool called TalentSift to check that applications are complete and to sort them by the essential criteria in the person specification.</p>
<h2>Who makes the decision</h2>
<p>The AI tool does not reject anyone. Every application is read by at least one member of the recruiting panel, who decides who is shortlisted.</p>
<h2>Your data</h2>
<p>Applications are kept for six months after the post is filled, then deleted. TalentSift's supplier, Sift Systems Ltd, processes your data on our behalf and cannot use it for any other purpose.</p>
<h2>Opting out</h2>
<p>You can ask for your application to be sorted by a person instead of the tool, by emailing recruitment@example.gov.wales before the closing date. This will not affect how your application is treated.</p>
<h2>Reasonable adjustments</h2>
<p>If you need a reasonable adjustment to apply, contact the recruitment team on 01443 864000.</p>
</main></body></html>""")

    sectioned_pdf(folder / "digital_skills_survey.pdf", "Staff Digital Skills Survey 2026: Results",
     "Example County Borough Council. Organisational Development. Published 20 October 2026.", [
     ("Who responded", ["1,240 staff responded to the survey, 38% of the workforce. The survey ran from 1 to 30 September 2026."]),
     ("Confidence", ["72% of staff said they were confident using Microsoft Teams. Only 31% said they were confident using AI tools such as Copilot.",
       "Staff in frontline roles were least confident: 45% said they had never used a council laptop."]),
     ("Training wanted", ["The most requested training was on AI tools (54%), followed by Excel (41%) and cyber security (29%)."]),
     ("What happens next", ["A digital skills programme will start in January 2027, with face-to-face sessions at depots for frontline staff.",
       "The results will be discussed with the trade unions at the Joint Consultative Committee in November 2026."]),
    ])

    import docx

    d = docx.Document()
    d.core_properties.title = "Joint Consultative Committee minutes, 5 November 2026"
    d.add_heading("Joint Consultative Committee: minutes", 0)
    d.add_paragraph("Meeting held on 5 November 2026, Council Chamber and on Teams.")
    d.add_paragraph("Present: Cllr Ann Davies (Chair), Sian Evans (Director of Social Services), Gareth Morgan (UNISON), Lisa Hughes (GMB), Tom Price (Unite).")
    d.add_paragraph("Apologies: Huw Jones (Head of Waste Services).")
    d.add_heading("1. Electronic call monitoring in home care", 1)
    d.add_paragraph("Sian Evans presented the proposal to introduce electronic call monitoring for home care from February 2027. Carers would log in and out of each visit on a council phone.")
    d.add_paragraph("Gareth Morgan asked whether location data would be collected between visits. Sian Evans confirmed that location is recorded only at the start and end of each visit.")
    d.add_paragraph("Lisa Hughes asked whether carers would be paid for travel time. Sian Evans said that travel time between visits would be paid from the system's records, starting in April 2027.")
    d.add_paragraph("Agreed: the DPIA will be shared with the unions by 20 November 2026.")
    d.add_heading("2. Waste routing app", 1)
    d.add_paragraph("Tom Price raised concerns that the new routing app would be used to monitor crews' breaks. The Chair said the app would not be used for that purpose and asked for this to be written into the protocol.")
    d.add_paragraph("Action: Head of Waste Services to draft the protocol for the next meeting.")
    d.add_heading("3. Any other business", 1)
    d.add_paragraph("None.")
    d.add_paragraph("Date of next meeting: 14 January 2027.")
    d.save(str(folder / "jcc_minutes_november.docx"))

