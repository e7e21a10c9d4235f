"""Letters and checklists: every point footnoted with the passage it relies on.

- `obligations`: for each topic, the one source sentence that supports it;
- `letter`: consultation-request letters for reps; `checklist`: obligations for managers;
- `docx`: the letters' Markdown subset to Word, with real footnotes.
"""
