"""Questions asked of a short policy written only in Welsh, with a Welsh heading over every
paragraph, in Welsh and in English; and of a weekend rota.

What a user sees: the policy is read as Welsh (its headings, "## Rhoi gwybod", are too short to tell
the language by, and had made it look half English), so a Welsh question is searched in its words:
"erbyn pryd rhaid i mi ffonio…?" (by when must I phone) is answered by "…rhaid i chi ffonio'ch
rheolwr llinell cyn 9.30am…", whose "ffonio'ch" is "ffonio" with "your" after it; "faint o dâl
salwch…?" by the sick pay it gives ("mis o gyflog llawn"), which the English patterns for a sum
don't know; an English question ("when do I need a fit note?") by the Welsh sentence on "nodyn
ffitrwydd". A rota is asked by whom and which column ("when is Tom on call?") and by the day of the
month ("on the 27th"): only the rows that answer are shown. Documents are made in tests/documents.py.
"""

from __future__ import annotations

import pytest
from documents import indexed_alone, leads_with, welsh_short_policy_md

from assistant.settings import Settings


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    root = tmp_path_factory.mktemp("welsh")
    return indexed_alone(root, [welsh_short_policy_md(root / "polisi.md")])


@pytest.mark.parametrize(("question", "said"), [
    ("erbyn pryd rhaid i mi ffonio os ydw i'n sâl?", "Os ydych chi'n sâl, rhaid i chi ffonio'ch rheolwr llinell cyn 9.30am"),
    ("pryd mae angen nodyn ffitrwydd arna i?", "Ar gyfer absenoldebau o fwy na 7 diwrnod, rhaid i chi ddarparu nodyn ffitrwydd"),
    ("faint o dâl salwch ydw i'n ei gael yn y flwyddyn gyntaf?", "Yn y flwyddyn gyntaf o wasanaeth, cewch fis o gyflog llawn"),
    ("when do I need a fit note?", "Ar gyfer absenoldebau o fwy na 7 diwrnod, rhaid i chi ddarparu nodyn ffitrwydd"),
])
def test_a_short_welsh_policy_answers_in_welsh(docs: Settings, question: str, said: str) -> None:
    leads_with(docs, question, "polisi", said)


# A rota, asked the way a worker asks it: by whom and the column ("when is Tom on call?"), by the day
# of the month ("on the 27th", "Saturday 26th"): only the rows that answer, not every row naming Tom.
@pytest.fixture(scope="module")
def rota(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    from documents import weekend_rota_xlsx

    root = tmp_path_factory.mktemp("rota")
    return indexed_alone(root, [weekend_rota_xlsx(root / "rota.xlsx")])


def test_whom_a_column_names_picks_the_rows(rota: Settings) -> None:
    answer = leads_with(rota, "when is Tom on call?", "rota", "Date: Saturday 19 December")
    body = answer.answer.split("**What this means")[0]
    assert "Date: Sunday 27 December" in body and "Sunday 20 December" not in body and "Saturday 26 December" not in body, answer.answer


@pytest.mark.parametrize(("question", "day"), [
    ("what shift is Rhian on on the 27th?", "Date: Sunday 27 December"),
    ("who's on call on Saturday 26th?", "Date: Saturday 26 December"),
])
def test_the_day_of_the_month_picks_its_row(rota: Settings, question: str, day: str) -> None:
    answer = leads_with(rota, question, "rota", day)
    assert answer.answer.split("**What this means")[0].count("Date:") == 1, answer.answer
