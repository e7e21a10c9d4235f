"""Who may add and remove documents from the web page: the rule, in one place.

- Login on: administrators only.
- Login off, listening on loopback (one person's own machine): that person.
- Login off, listening on anything else (a shared server): nobody. Anyone who can
  reach the page could otherwise fill the disk or empty the shared index. An
  administrator turns login on, or adds documents on the server with the CLI.

Built-in documents are never removed from the web page, in any mode: only uploads.
"""

from __future__ import annotations

import ipaddress
import os

from assistant.ui.i18n import t

# Said where adding or removing is refused on a shared server without login (the upload
# route speaks English; the page says it in its own language).
SHARED_WITHOUT_LOGIN = t("en", "docs.shared")


def bind_host() -> str:
    """The address the app listens on (Gradio's own setting; its default is loopback)."""
    return os.environ.get("GRADIO_SERVER_NAME") or "127.0.0.1"


def is_loopback(host: str) -> bool:
    """True for addresses only this machine can reach (127.0.0.0/8, ::1, localhost)."""
    host = host.strip().strip("[]")
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:  # a host name other than localhost, or 0.0.0.0-style wildcards
        return False
