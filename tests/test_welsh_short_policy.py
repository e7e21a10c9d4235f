"""Questions asked of a short policy written only in Welsh, with a Welsh heading over every
paragraph, in Welsh and in English.

What a user sees: the policy is read as Welsh (its headings, "## Rhoi gwybod", are too short to tell
the language by, and had made it look half English), so a Welsh question is searched in its words:
"erbyn pryd rhaid i mi ffonio…?" (by when must I phone) is answered by "…rhaid i chi ffonio'ch
rheolwr llinell cyn 9.30am…", whose "ffonio'ch" is "ffonio" with "your" after it; "faint o dâl
salwch…?" by the sick pay it gives ("mis o gyflog llawn"), which the English patterns for a sum
don't know; an English question ("when do I need a fit note?") by the Welsh sentence on "nodyn
ffitrwydd". Documents are made in tests/documents.py.
"""

from __future__ import annotations

import pytest
from documents import indexed_alone, leads_with, welsh_sickness_md

from assistant.settings import Settings


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    root = tmp_path_factory.mktemp("welsh")
    return indexed_alone(root, [welsh_sickness_md(root / "polisi.md")])


@pytest.mark.parametrize(("question", "said"), [
    ("erbyn pryd rhaid i mi ffonio os ydw i'n sâl?", "Os ydych chi'n sâl, rhaid i chi ffonio'ch rheolwr llinell cyn 9.30am"),
    ("pryd mae angen nodyn ffitrwydd arna i?", "Ar gyfer absenoldebau o fwy na 7 diwrnod, rhaid i chi ddarparu nodyn ffitrwydd"),
    ("faint o dâl salwch ydw i'n ei gael yn y flwyddyn gyntaf?", "Yn y flwyddyn gyntaf o wasanaeth, cewch fis o gyflog llawn"),
    ("when do I need a fit note?", "Ar gyfer absenoldebau o fwy na 7 diwrnod, rhaid i chi ddarparu nodyn ffitrwydd"),
])
def test_a_short_welsh_policy_answers_in_welsh(docs: Settings, question: str, said: str) -> None:
    leads_with(docs, question, "polisi", said)
