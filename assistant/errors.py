"""Which exceptions are the user's to read, and how they read."""

from __future__ import annotations


def user_message(e: BaseException) -> str | None:
    """A one-line message for a known failure, or None for a bug (let it raise)."""
    from assistant.backends.base import BackendUnavailable, UnknownBackend
    from assistant.embeddings import ModelNotFound
    from assistant.service import InvalidQuestion
    from assistant.store import StoreUnavailable

    if isinstance(e, InvalidQuestion | UnknownBackend | BackendUnavailable | StoreUnavailable | ModelNotFound):
        return str(e)
    try:
        from pydantic import ValidationError

        if isinstance(e, ValidationError):
            errs = "; ".join(f"LLAIS_{'_'.join(str(x) for x in err['loc']).upper()}: {err['msg']}" for err in e.errors())
            return f"invalid settings: {errs}"
    except ImportError:
        pass
    if isinstance(e, PermissionError | OSError):
        return f"{type(e).__name__}: {e}"
    return None
