"""The errors Llais raises on purpose, and how they reach a user.

Every deliberate failure derives from `LlaisError`. A `UserError` is one the
user can act on (a bad question, an unreadable file, a server that is down):
its message is one line, written to be shown as is on every interface (UI,
API, CLI). Anything else that escapes is a bug, and is left to raise.
Subclasses keep a builtin base (`ValueError`, `RuntimeError`) where callers
already catch by it.
"""

from __future__ import annotations


class LlaisError(Exception):
    """Base of every exception Llais raises deliberately."""


class UserError(LlaisError):
    """A failure the user can act on; `str(e)` is the one-line message shown."""


class InvalidQuestion(UserError, ValueError):
    """A question (or letter input) Llais won't process."""


def user_message(e: BaseException) -> str | None:
    """A one-line message for a known failure, or None for a bug (let it raise)."""
    if isinstance(e, UserError):
        return str(e)
    from pydantic import ValidationError

    if isinstance(e, ValidationError):  # settings from LLAIS_* variables
        errs = "; ".join(f"LLAIS_{'_'.join(str(x) for x in err['loc']).upper()}: {err['msg']}" for err in e.errors())
        return f"invalid settings: {errs}"
    if isinstance(e, OSError):  # in words, not as an exception class
        what = e.strerror or "a system error"
        return f"{what}: {e.filename}" if e.filename else what
    return None


def not_text(value: str) -> bool:
    """True for a string that is not valid text: a lone surrogate, as Python makes
    from invalid UTF-8 on the command line or a broken client sends."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False
