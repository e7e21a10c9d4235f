"""Answer backends, registered by name. `offline` is the default and needs no model.

An unknown name lists the valid ones; a backend whose optional dependencies are
missing fails with the `pip install` line that adds them.
"""

from __future__ import annotations

from collections.abc import Callable

from assistant.backends.base import AnswerBackend, BackendUnavailable, UnknownBackend
from assistant.settings import Settings

_REGISTRY: dict[str, Callable[[Settings], AnswerBackend]] = {}


def register(name: str, factory: Callable[[Settings], AnswerBackend]) -> None:
    _REGISTRY[name] = factory


def names() -> list[str]:
    _load_builtin()
    return sorted(_REGISTRY)


def get_backend(name: str | None, settings: Settings) -> AnswerBackend:
    _load_builtin()
    key = (name or settings.backend or "offline").strip().lower()
    if key not in _REGISTRY:
        raise UnknownBackend(f"Unknown backend '{key}'. Valid backends: {', '.join(sorted(_REGISTRY))}.")
    return _REGISTRY[key](settings)


def _load_builtin() -> None:
    if "offline" in _REGISTRY:
        return
    from assistant.backends.offline import OfflineBackend

    register("offline", OfflineBackend)
    try:
        from assistant.backends.llm import ollama, openai  # noqa: F401  (each registers itself)
    except ImportError:
        pass


__all__ = ["AnswerBackend", "BackendUnavailable", "UnknownBackend", "get_backend", "names", "register"]
