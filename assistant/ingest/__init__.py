"""Sources into the index: load → clean → split → embed → store.

- `loaders`: one loader per file format; `knowledge`: document metadata;
- `split`: structure-aware chunks and sentence units;
- `pipeline`: incremental, idempotent ingest and removal;
- `uploads`: checking and saving files users upload.
"""
