"""A question to ranked passages: expand → dense + lexical → fuse → filter.

- `expand`: everyday words → the sources' vocabulary (general workplace terms only);
- `retrieve`: hybrid search, fusion, de-duplication and continuation chunks.
"""
