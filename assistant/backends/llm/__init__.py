"""The optional LLM backends and what they share.

- `openai`, `ollama`: one provider each, registered by name;
- `common`: prompt → model → enforced, cited answer (with offline fallback);
- `prompt`: what the model is sent; `condense`: follow-ups to standalone questions;
- `enforce`: every [n] checked in code against its passage.
"""
