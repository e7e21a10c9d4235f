"""The web app (Gradio): `LlaisApp` builds it from shared services; `app.py` launches it.

Rendering (`render.py`) is kept free of Gradio so the escaping rules can be tested
on their own.
"""

from __future__ import annotations

__all__ = ["LlaisApp", "launch_kwargs"]


def __getattr__(name: str):  # lazy: importing assistant.ui.render must not import gradio
    if name in __all__:
        from assistant.ui import app

        return getattr(app, name)
    raise AttributeError(name)
