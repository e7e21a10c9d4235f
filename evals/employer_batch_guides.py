"""A sixth batch of employer documents for the `employer-docs` eval set (session 33): guides staff are given to a
system or a scheme. A staff guide to an automated shift allocation system in PDF (reportlab's flowing text, with
headings set larger than the text); a hybrid working policy in Word with its equipment and allowance rules as
bullet lists; an overtime and time off in lieu (TOIL) policy in Markdown with its rates in a table. Made-up facts,
written for Llais and free of any licence limit.

Left out: committing the files, as for the first batch (`employer_documents.py`).
"""

from __future__ import annotations

from pathlib import Path

from evals.document_makers import headed_docx, sectioned_pdf

NAMES_GUIDES = ("shift_allocation_guide.pdf", "hybrid_working_policy.docx", "overtime_toil_policy.md")


def _hybrid_working(path: Path) -> None:
    headed_docx(path, "Hybrid Working Policy", [
        ("Who it applies to", [
            "This policy applies to employees whose work can be done partly from home, as agreed with their line "
            "manager. It does not apply to staff in schools, care homes or depots, whose work must be done on site."]),
        ("How much time in the office", [
            "Hybrid workers are expected to work from a council office for at least two days a week. Teams agree their "
            "office days together, and managers may ask staff to come in on other days for training, team meetings or "
            "one-to-ones, with at least two working days' notice."]),
        ("Equipment", [
            "The council will provide:",
            *((item, "List Bullet") for item in ("a laptop and a headset", "a second screen, a keyboard and a mouse on request",
                                                 "an adjustable chair where a workstation assessment recommends one")),
            "You must complete the online workstation assessment within four weeks of starting hybrid working."]),
        ("Costs of working from home", [
            "Hybrid workers do not receive a homeworking allowance. You may be able to claim tax relief on household "
            "costs directly from HM Revenue and Customs.",
            "The council will not pay for broadband, heating or electricity."]),
        ("Working from abroad", [
            "You must not work from outside the UK, even for a short time, without written approval from your Head of "
            "Service, because of the tax and data protection rules that apply."]),
        ("Ending a hybrid working arrangement", [
            "Either you or your manager can end a hybrid working arrangement by giving one month's notice in writing. A "
            "manager must give the business reasons for ending it, and you can appeal under the Grievance Procedure."]),
    ], intro="Cyngor Sir Enghraifft. Approved by the Employment Committee, 14 May 2026. Review date: May 2028.")


_OVERTIME = """# Overtime and Time Off in Lieu Policy

Cyngor Bwrdeistref Enghraifft. Agreed with the recognised trade unions, 2 March 2026.

## What counts as overtime

Overtime is time worked, at your manager's request, beyond your contracted hours in a week. Time you choose to work \
without being asked is not overtime and is not paid.

## Who can be paid for overtime

Staff on grades 1 to 6 can be paid for overtime or take time off in lieu, as they choose. Staff on grade 7 and above \
are not paid for overtime; they may take time off in lieu where their manager agrees.

## Overtime rates

| When the overtime is worked | Rate |
|---|---|
| Monday to Saturday | time and a half |
| Sunday | double time |
| Bank holiday | double time plus a day off in lieu |

Part-time staff are paid at their normal hourly rate until they have worked 37 hours in the week; only the hours \
beyond 37 are paid at the overtime rates.

## Time off in lieu (TOIL)

TOIL is earned hour for hour, whatever day the extra time is worked. You can carry up to 15 hours of TOIL at any \
time. TOIL must be taken within three months of being earned, or it is lost.

## How to claim

Claim overtime on the e-timesheet by the 5th of the following month. Claims are paid in the next month's salary \
once your manager has approved them. Claims made more than three months after the work was done will not be paid.
"""


def build_batch_guides(folder: Path) -> None:
    """Write this batch of documents into `folder`."""
    sectioned_pdf(folder / "shift_allocation_guide.pdf", "RotaFlow: a staff guide to automated shift allocation",
                  "Residential and Day Services, Cyngor Sir Enghraifft. Version 1, September 2026.", [
        ("What RotaFlow does", [
            "From 2 November 2026 shifts in our residential homes will be allocated by RotaFlow, a software system "
            "that builds the rota from staff availability, contracted hours, skills and training records.",
            "RotaFlow suggests a rota; a rota manager checks it and publishes it. No rota is published without a "
            "person checking it."]),
        ("What information it uses", [
            "RotaFlow uses your contracted hours, the availability you enter, your qualifications and training "
            "records, and any agreed flexible working arrangement. It does not use your sickness absence record, "
            "your disciplinary record or your age."]),
        ("Swapping shifts", [
            "You can ask to swap a shift with a colleague in the RotaFlow app. A swap is approved automatically if "
            "both of you have the skills the shift needs and neither of you goes over 48 hours in the week; "
            "otherwise it goes to the rota manager."]),
        ("Notice of your rota", [
            "Rotas are published four weeks in advance. A published shift can only be changed with your agreement, "
            "except in an emergency."]),
        ("If you think your rota is unfair", [
            "Speak to your rota manager first. If it is not resolved, you can raise it under the Grievance "
            "Procedure. The council will review how RotaFlow allocates weekend and night shifts with the recognised "
            "trade unions every six months."]),
        ("Help with the app", [
            "Training sessions of one hour are held at each home in October 2026. The app works on council and "
            "personal phones; staff without a smartphone can see their rota on the noticeboard and use the kiosk in "
            "the staff room."]),
    ])
    _hybrid_working(folder / "hybrid_working_policy.docx")
    (folder / "overtime_toil_policy.md").write_text(_OVERTIME, encoding="utf-8")
