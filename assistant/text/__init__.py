"""Text rules shared by every stage: one home for each.

- `lexical`: words, stemmed content terms, BM25, Jaccard (one tokenizer everywhere);
- `markers`: the list-marker grammar (bullets, `1.`, `a)`, `(iii)`);
- `sentences`: sentence spans (one splitter everywhere);
- `clean`: page furniture and normalisation of loaded text;
- `visibility`: text a reader can't see (dropped before indexing);
- `tokens`: LLM token counts for prompt budgets.

Nothing here knows about the store, retrieval or answers.
"""
