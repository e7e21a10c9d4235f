"""Passages to a cited answer, with no model.

- `select`: sentence and list units, their scores, blocks and the lead;
- `abstain`: whether the evidence answers what was asked;
- `citations`: the one definition of "a passage supports a statement";
- `compose`: the offline composer that puts them together, with persona framing.
"""
