"""A third batch of employer documents for the `employer-docs` eval set (session 31): agreements, notices and
schedules, the legal and policy text a rep is handed and asked to comment on. A data processing agreement with
an AI supplier and a new technology agreement with the unions, both PDFs with numbered clauses, lines broken
mid-sentence and a running header and footer; a staff privacy notice in HTML with a retention table; a
confidentiality undertaking and a settlement agreement in Word, with exceptions in Word's automatic numbering; a
CCTV policy in Markdown; a chatbot supplier's subscription terms in plain text with capitalised headings; a
records retention schedule in CSV; an IT monitoring policy in Word. Made-up facts, written for Llais and free of
any licence limit.

Left out: committing the files, as for the first batch (`employer_documents.py`).
"""

from __future__ import annotations

import csv
from pathlib import Path

from evals.document_makers import clauses_pdf, headed_docx

NAMES_AGREEMENTS = (
    "data_processing_agreement.pdf", "staff_privacy_notice.html", "confidentiality_undertaking.docx",
    "new_technology_agreement.pdf", "cctv_policy.md", "askbot_subscription_terms.txt", "retention_schedule.csv",
    "it_monitoring_policy.docx", "settlement_agreement.docx",
)


def build_batch_agreements(folder: Path) -> None:
    """Write this batch of documents into `folder`."""
    import docx

    clauses_pdf(folder / "data_processing_agreement.pdf", "Data Processing Agreement",
     "OFFICIAL - Conwy Enghraifft County Borough Council and Brightpath Analytics Ltd - Data Processing Agreement", [
     ("Parties", ["This Agreement is made on 3 August 2026 between Conwy Enghraifft County Borough Council (the \"Controller\") and Brightpath Analytics Ltd, a company registered in England and Wales (the \"Processor\")."]),
     ("1. Definitions and interpretation", ["1.1 In this Agreement: \"Personal Data\" has the meaning given in the UK GDPR; \"Services\" means the workforce scheduling and HR analytics services described in Schedule 1; \"Sub-processor\" means any third party appointed by the Processor to process Personal Data on behalf of the Controller; \"Working Day\" means a day other than a Saturday, Sunday or public holiday in Wales."]),
     ("2. Scope of processing", ["2.1 The Processor shall process Personal Data only on the documented instructions of the Controller and only for the purpose of providing the Services.",
       "2.2 The data subjects are the Controller's employees, agency workers and job applicants. The Personal Data processed are names, employee numbers, contact details, rotas, working hours, absence records and training records.",
       "2.3 The Processor shall not process special category data, including health data, except the absence reasons recorded by the Controller for the purpose of rota planning."]),
     ("3. Obligations of the Processor", ["3.1 The Processor shall: (a) ensure that every person authorised to process the Personal Data has committed themselves to confidentiality; (b) implement appropriate technical and organisational measures, including encryption of Personal Data at rest and in transit; (c) assist the Controller in responding to requests from data subjects exercising their rights; and (d) make available to the Controller all information necessary to demonstrate compliance with this Agreement.",
       "3.2 The Processor shall not use Personal Data, or any data derived from it, to train, test or improve any machine learning model or artificial intelligence system, whether for the Controller or for any other customer.",
       "3.3 The Processor shall not sell Personal Data or use it for marketing."]),
     ("4. Sub-processors", ["4.1 The Processor shall not engage a Sub-processor without the prior written authorisation of the Controller. The Sub-processors authorised at the date of this Agreement are listed in Schedule 2.",
       "4.2 The Processor shall give the Controller at least 30 days' written notice of any intended change of Sub-processor, during which the Controller may object to the change."]),
     ("5. International transfers", ["5.1 The Processor shall not transfer Personal Data outside the United Kingdom without the Controller's prior written consent and, where consent is given, only under an International Data Transfer Agreement issued by the Information Commissioner."]),
     ("6. Personal data breaches", ["6.1 The Processor shall notify the Controller without undue delay, and in any event within 24 hours, after becoming aware of a Personal Data Breach.",
       "6.2 The notification shall describe the nature of the breach, the categories and approximate number of data subjects concerned, its likely consequences and the measures taken or proposed to deal with it."]),
     ("7. Audit", ["7.1 The Controller may, on giving 10 Working Days' notice, audit the Processor's compliance with this Agreement no more than once in any twelve-month period, unless a Personal Data Breach has occurred."]),
     ("8. Automated decisions", ["8.1 The Services produce recommended rotas only. No decision about an individual's hours, pay or employment shall be taken by means of the Services without review by a manager employed by the Controller."]),
     ("9. Term and termination", ["9.1 This Agreement continues for as long as the Processor processes Personal Data on behalf of the Controller.",
       "9.2 On the termination or expiry of the Services, the Processor shall, at the choice of the Controller, return or securely delete all Personal Data within 30 days and certify in writing that it has done so, unless the law requires the Processor to keep a copy.",
       "9.3 Clauses 3.2, 6 and 10 survive the termination of this Agreement."]),
     ("10. Liability", ["10.1 The Processor shall indemnify the Controller against all losses, fines and costs arising from any breach of this Agreement by the Processor or its Sub-processors."]),
     ("Schedule 2: Authorised Sub-processors", ["Cloudstore UK Ltd, hosting of the Services, London, United Kingdom.",
       "Mailwell Ltd, email and text message notifications to staff, Manchester, United Kingdom."]),
    ])

    (folder / "staff_privacy_notice.html").write_text("""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Privacy notice for employees | Cyngor Bro Enghraifft</title></head>
<body>
<nav><a href="/">Home</a> &gt; <a href="/staff">Staff</a> &gt; Privacy notice</nav>
<main>
<h1>How we use your information: privacy notice for employees</h1>
<p>This notice explains what personal information Cyngor Bro Enghraifft holds about you as an employee, why we hold it, who we share it with and what your rights are. It also covers agency workers, casual workers and volunteers.</p>
<h2>Who we are</h2>
<p>Cyngor Bro Enghraifft is the data controller for your information. Our Data Protection Officer is Rhodri Powell, who can be contacted at dpo@bro-enghraifft.gov.wales or on 01446 700111.</p>
<h2>What information we collect</h2>
<ul>
<li>your name, address, date of birth, National Insurance number and emergency contacts;</li>
<li>your bank details, pay, pension and tax information;</li>
<li>your attendance, sickness absence and annual leave records;</li>
<li>your appraisals, training records, and any disciplinary or grievance records;</li>
<li>information about your health, ethnicity, religion, sexual orientation and disability, where you have given it to us;</li>
<li>records of your use of council IT systems, door entry cards and vehicles.</li>
</ul>
<h2>Why we use it and our lawful basis</h2>
<p>We use your information to pay you, to manage your employment, to keep you safe at work and to meet our legal duties. Most of it is needed to perform your contract of employment or to comply with the law. We use equality information only to monitor equality of opportunity, and reports from it never identify you.</p>
<h2>Monitoring</h2>
<p>We monitor the use of council IT systems to keep them secure, as set out in the IT Monitoring Policy. We do not monitor personal devices or your private social media accounts. CCTV is used at depots, car parks and reception areas.</p>
<h2>Who we share it with</h2>
<p>We share your information with HM Revenue and Customs, the Local Government Pension Scheme administered by the Pension Fund, our occupational health provider, and the Disclosure and Barring Service where your role needs a check.</p>
<p>We share your name, employee number and pay band with your trade union only if you ask us to deduct your union subscriptions from your pay.</p>
<p>We never sell your information, and we do not share it with anyone for marketing.</p>
<h2>Automated decision-making</h2>
<p>We do not make decisions about you based solely on automated processing. Where software is used to help draw up rotas or shortlist applicants, a manager reviews the result before any decision is made.</p>
<h2>How long we keep it</h2>
<table>
<tr><th>Information</th><th>How long we keep it</th></tr>
<tr><td>Personnel file</td><td>6 years after your employment ends</td></tr>
<tr><td>Pension records</td><td>Until your 100th birthday</td></tr>
<tr><td>Recruitment records of unsuccessful applicants</td><td>6 months after the post is filled</td></tr>
<tr><td>Disciplinary warnings</td><td>Until the warning has expired</td></tr>
<tr><td>CCTV footage</td><td>31 days, unless needed for an investigation</td></tr>
</table>
<h2>Your rights</h2>
<p>You have the right to ask for a copy of the information we hold about you (a subject access request), to have inaccurate information corrected, and in some cases to have it deleted or to object to how we use it. We will respond to a subject access request within one month.</p>
<p>To make a request, email dpo@bro-enghraifft.gov.wales. There is no charge.</p>
<h2>Complaints</h2>
<p>If you are unhappy with how we have used your information, please contact the Data Protection Officer first. You can also complain to the Information Commissioner's Office on 0303 123 1113.</p>
<p>Last updated: 1 October 2026.</p>
</main>
<footer>&copy; Cyngor Bro Enghraifft. Accessibility statement. Cookies.</footer>
</body></html>
""", encoding="utf-8")

    d = docx.Document()
    d.add_heading("Confidentiality Undertaking: Workforce Transformation Programme", 0)
    d.add_paragraph("To be signed by every employee seconded to the Workforce Transformation Programme before they join the Programme team.")
    for p in [
        "1. In this undertaking, \"Confidential Information\" means all information about the Programme, including draft staffing structures, proposed changes to posts, business cases and suppliers' proposals, whether it is given to me in writing, electronically or verbally.",
        "2. I will not disclose Confidential Information to anyone who is not a member of the Programme team, except as set out in paragraph 4.",
        "3. I will use Confidential Information only for the purposes of the Programme.",
        "4. Nothing in this undertaking prevents me from:",
    ]:
        d.add_paragraph(p)
    for p in [
        "making a protected disclosure under the council's Whistleblowing Policy or the Public Interest Disclosure Act 1998;",
        "discussing my own terms and conditions of employment with my trade union representative;",
        "disclosing information when I am required to do so by law or by a court, provided that I tell the Programme Director first where the law allows me to.",
    ]:
        d.add_paragraph(p, style="List Number")
    for p in [
        "5. Information that is already public, or that I knew before I joined the Programme, is not Confidential Information.",
        "6. When I leave the Programme I will return all Programme papers and delete every copy of Confidential Information held on any personal device.",
        "7. My obligations under this undertaking continue for two years after I leave the Programme, or until the council publishes the information, whichever is sooner.",
        "8. A breach of this undertaking may be treated as misconduct under the Disciplinary Procedure.",
        "9. Signing this undertaking does not change my contract of employment.",
        "Signed: ____________________  Date: ____________",
    ]:
        d.add_paragraph(p)
    d.save(str(folder / "confidentiality_undertaking.docx"))

    clauses_pdf(folder / "new_technology_agreement.pdf", "New Technology Agreement",
     "Cyngor Sir Enghraifft and UNISON, GMB and Unite - New Technology Agreement - April 2026", [
     ("Introduction", ["This agreement between Cyngor Sir Enghraifft (the council) and the recognised trade unions, UNISON, GMB and Unite, sets out how new technology will be introduced in the council's workplaces."]),
     ("1. Scope", ["1.1 This agreement applies to any new or changed technology that affects the way work is done, the number of jobs, the skills needed or the monitoring of staff, including artificial intelligence, automated decision systems and robotic process automation.",
       "1.2 It does not apply to like-for-like replacement of equipment, such as new laptops of the same kind."]),
     ("2. Early consultation", ["2.1 The council will notify the trade unions in writing at least three months before any contract for new technology is signed.",
       "2.2 The council will consult the trade unions on the business case, the equality impact assessment and the data protection impact assessment, and will give them copies of each."]),
     ("3. Job security", ["3.1 No employee will be made compulsorily redundant as a direct result of new technology introduced under this agreement during its term.",
       "3.2 Employees whose posts are affected will be offered redeployment to a suitable alternative post, with pay protection for 12 months."]),
     ("4. Training", ["4.1 Employees will be trained in working time, at no cost to them, before they are required to use new technology.",
       "4.2 Employees who need more time to learn a new system will not be subject to the capability procedure during their first six months of using it."]),
     ("5. Monitoring and data", ["5.1 Data collected by new technology will not be used for disciplinary purposes unless the employee was told beforehand what data is collected and why.",
       "5.2 Such data will never be the sole evidence in a capability or disciplinary case."]),
     ("6. Sharing the benefits", ["6.1 The parties will review, through the Joint Technology Group, how any savings from new technology are used, including reinvestment in training and in staffing."]),
     ("7. Joint Technology Group", ["7.1 A Joint Technology Group of three trade union representatives and three managers will meet every quarter to review the introduction of new technology. The chair will alternate between the two sides."]),
     ("8. Disputes", ["8.1 If the parties cannot agree, either of them may refer the matter to Acas for conciliation.",
       "8.2 The status quo will apply while a dispute is being resolved, and the technology concerned will not be introduced."]),
     ("9. Term", ["9.1 This agreement runs for three years from 1 April 2026 and will be reviewed every year. Either party may end it by giving six months' notice in writing."]),
    ])

    (folder / "cctv_policy.md").write_text("""# CCTV and Surveillance Camera Policy

Cyngor Enghraifft Ceredigion. Approved by Cabinet on 12 May 2026.

## 1. Purpose

1.1 The council uses closed circuit television (CCTV) to protect the safety of staff and visitors, to prevent and detect crime, and to protect council property.

1.2 CCTV is not used to monitor the performance or productivity of staff.

## 2. Where cameras are placed

2.1 Cameras are placed at depots, car parks, reception areas and the main entrances of council buildings.

2.2 No camera will be placed in toilets, changing rooms, staff rest rooms or first aid rooms.

2.3 Signs are displayed wherever CCTV is in use, saying who operates it and how to contact them.

## 3. Sound

3.1 The council's CCTV cameras do not record sound. Any audio function on a camera is switched off.

## 4. Keeping recordings

4.1 Recordings are kept for 31 days and then overwritten automatically, unless they are needed for an investigation, an insurance claim or legal proceedings.

## 5. Who can view recordings

5.1 Only officers authorised by the Head of Facilities may view recordings, and every viewing is logged.

5.2 Recordings may be disclosed to the police where they are needed to prevent or detect crime.

## 6. Use in staff investigations

6.1 CCTV may be used in a staff disciplinary investigation only where there is a specific allegation of gross misconduct or a risk to health and safety, and only with the written approval of the Head of HR.

6.2 An employee who is the subject of an investigation will be shown any footage relied on and may comment on it at the hearing.

## 7. Covert surveillance

7.1 Covert cameras are never used to monitor staff, except under the Regulation of Investigatory Powers Act 2000 with the approval of a magistrate.

## 8. Seeing footage of yourself

8.1 Anyone who has been recorded may ask for a copy of the footage by making a subject access request to the Data Protection Officer. Please give the date, time and place, and a description of yourself.

## 9. Review

9.1 This policy will be reviewed every two years. The recognised trade unions will be consulted before any new camera system is installed.
""", encoding="utf-8")

    (folder / "askbot_subscription_terms.txt").write_text("""ASKBOT PLATFORM SUBSCRIPTION TERMS
Between Askbot Systems Ltd ("the Supplier") and Cyngor Enghraifft Powys ("the
Customer"). Order reference PO-77120. Effective date: 1 September 2026.

1. DEFINITIONS
1.1 "Platform" means the Askbot virtual assistant software provided as a
service, including its chat widget, administration console and reports.
1.2 "Customer Data" means all data, including personal data and the content of
conversations, that the Customer or its users enter into the Platform.

2. SERVICE AVAILABILITY
2.1 The Supplier will make the Platform available 99.5% of the time in each
calendar month, excluding planned maintenance notified at least five working
days in advance.
2.2 If availability falls below 99.5% in a month, the Customer is entitled to
a service credit of 5% of the monthly fee for each full 1% below that level, up
to a maximum of 25% of the monthly fee.

3. SUPPORT
3.1 Support is available by telephone and email from 8am to 6pm, Monday to
Friday, excluding bank holidays. Critical faults will be responded to within
one hour during support hours.

4. CUSTOMER DATA
4.1 The Customer owns all Customer Data. The Supplier may use Customer Data
only to provide the Platform to the Customer.
4.2 The Supplier will not use Customer Data to train or improve any artificial
intelligence model. The Supplier may use anonymised statistics about how the
Platform is used, which do not include the content of conversations, to
maintain and improve the Platform.
4.3 Conversation logs are kept for 90 days and then deleted, unless the
Customer chooses a shorter period in the administration console.

5. FEES
5.1 The annual subscription fee is GBP 18,000 plus VAT, payable annually in
advance.
5.2 The Supplier may increase the fee once a year on the anniversary of the
effective date by no more than the Consumer Prices Index for the previous
twelve months.

6. TERM AND RENEWAL
6.1 The subscription runs for an initial term of 12 months and then renews
automatically for further periods of 12 months, unless either party gives at
least 90 days' written notice before the end of the current term.

7. SUSPENSION
7.1 The Supplier may suspend access to the Platform if the Customer fails to
pay an undisputed invoice within 30 days of a written reminder.

8. LIABILITY
8.1 Each party's total liability under these terms in any year is limited to
the fees paid in the previous 12 months. Nothing in these terms limits
liability for death or personal injury caused by negligence, or for fraud.

9. CONFIDENTIALITY
9.1 Each party will keep the other's confidential information secret. This
obligation continues for five years after these terms end.

10. GOVERNING LAW
10.1 These terms are governed by the law of England and Wales.
""", encoding="utf-8")

    with open(folder / "retention_schedule.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["Record", "Retention period", "Starts from", "Then", "Owner"])
        for row in [
            ("Personnel file", "6 years", "End of employment", "Destroy securely", "HR"),
            ("Payroll and tax records", "6 years", "End of the tax year", "Destroy securely", "Payroll"),
            ("Pension records", "Until age 100", "Date of birth", "Destroy securely", "Pensions"),
            ("Unsuccessful job applications", "6 months", "Date the post is filled", "Delete", "Recruitment"),
            ("Right to work checks", "2 years", "End of employment", "Delete", "HR"),
            ("Disciplinary warnings", "Until the warning expires", "Date of warning", "Remove from file", "HR"),
            ("Grievance case files", "3 years", "Close of the case", "Destroy securely", "HR"),
            ("Accident and incident reports", "3 years", "Date of the incident", "Review, then destroy", "Health and Safety"),
            ("Occupational health reports", "6 years", "End of employment", "Destroy securely", "Occupational Health"),
            ("Timesheets and rotas", "2 years", "End of the financial year", "Delete", "Service managers"),
            ("CCTV footage", "31 days", "Date of recording", "Overwrite", "Facilities"),
            ("Chatbot conversation logs", "90 days", "Date of the conversation", "Delete", "Digital Services"),
            ("Training records", "6 years", "End of employment", "Delete", "Learning and Development"),
        ]:
            w.writerow(row)

    headed_docx(folder / "it_monitoring_policy.docx", "Monitoring of IT and Communications Policy", [
     ("1. Why we monitor", ["The council monitors the use of its IT and communications systems to keep them secure, to protect personal data, and to make sure the systems are used lawfully."]),
     ("2. What we monitor", ["The council's systems automatically record email traffic, websites visited, files downloaded, log-ins to council systems and the numbers and duration of calls made on council phones.",
       "Automated filters block websites in categories such as gambling and adult content, and quarantine emails that carry viruses."]),
     ("3. What we do not monitor", ["The council does not use keystroke logging, screen recording or webcam monitoring, and does not monitor personal devices or employees' private social media accounts.",
       "The council does not use software that scores or ranks the productivity of individual employees."]),
     ("4. Monitoring an individual", ["The records of an individual employee's use of the systems will be looked at only where there is a reasonable suspicion of misconduct or a crime, and only with the written authorisation of both the Head of HR and the Head of Digital Services.",
       "The employee will be told that their records were looked at once the investigation ends, unless telling them would prejudice a criminal investigation."]),
     ("5. Personal use", ["Reasonable personal use of email and the internet in your own time, such as during your lunch break, is allowed. Personal use must not interfere with your work."]),
     ("6. Keeping monitoring records", ["Monitoring records are kept for 12 months and then deleted, unless they are needed for an investigation."]),
     ("7. Changes to monitoring", ["Any new form of monitoring will be subject to a data protection impact assessment and consultation with the recognised trade unions before it is introduced."]),
    ], "Cyngor Enghraifft Caerffili. Digital Services and Human Resources. Version 3, September 2026.")

    d = docx.Document()
    d.add_paragraph("WITHOUT PREJUDICE AND SUBJECT TO CONTRACT")
    d.add_heading("Settlement Agreement", 0)
    d.add_paragraph("This agreement is made between Cyngor Enghraifft Sir Fôn (the Employer) and Alun Jenkins (the Employee). It is a settlement agreement for the purposes of section 203 of the Employment Rights Act 1996.")
    sections = [
        ("1. Termination", ["1.1 The Employee's employment will end on 31 January 2027 (the Termination Date). The Employer will pay the Employee's salary and contractual benefits up to the Termination Date in the usual way."]),
        ("2. Payments", ["2.1 The Employer will pay the Employee £12,500 as compensation for loss of employment, within 28 days of the later of the Termination Date and the date the Employer receives this agreement signed by the Employee and the adviser.",
          "2.2 The first £30,000 of the compensation payment is expected to be free of tax. The Employee will be responsible for any further tax due on it.",
          "2.3 The Employer will pay the Employee in lieu of any annual leave accrued but not taken by the Termination Date."]),
        ("3. Reference", ["3.1 The Employer will provide a reference in the terms set out in Schedule 1 to any prospective employer who asks for one."]),
        ("4. Legal advice", ["4.1 The Employer will contribute up to £500 plus VAT towards the Employee's legal costs of advice on this agreement, paid directly to the adviser on receipt of an invoice."]),
        ("5. Confidentiality", ["5.1 The Employee will keep the terms of this agreement confidential, except that they may be disclosed to the Employee's immediate family, professional advisers and HM Revenue and Customs, or where required by law."]),
        ("6. What this agreement does not stop", []),
        ("7. Claims", ["7.1 The Employee accepts the payment in full settlement of all claims arising from the employment or its termination, except claims for personal injury and for accrued pension rights."]),
        ("8. Return of property", ["8.1 The Employee will return the laptop, phone, identity badge and all other property of the Employer by the Termination Date."]),
        ("9. Announcement", ["9.1 The Employer will tell colleagues that the Employee is leaving to pursue other opportunities, in words agreed with the Employee."]),
    ]
    for heading, paragraphs in sections:
        d.add_heading(heading, 1)
        for p in paragraphs:
            d.add_paragraph(p)
        if heading.startswith("6."):
            d.add_paragraph("6.1 Nothing in this agreement prevents the Employee from:")
            for p in [
                "making a protected disclosure (whistleblowing) to a prescribed person or regulator;",
                "reporting a criminal offence to the police;",
                "discussing the agreement with a trade union official for the purpose of getting advice.",
            ]:
                d.add_paragraph(p, style="List Number")
    d.add_heading("Schedule 1: Agreed reference", 1)
    d.add_paragraph("Alun Jenkins was employed by Cyngor Enghraifft Sir Fôn as a Revenues Officer from 4 June 2012 to 31 January 2027. He left by mutual agreement.")
    d.save(str(folder / "settlement_agreement.docx"))
