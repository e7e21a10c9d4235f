"""Optional login: users with a role (admin or user) and PBKDF2-SHA256 password hashes.

Users come from `LLAIS_AUTH_FILE` (one `user:role:hash` per line, `#` comments
allowed) and/or `LLAIS_AUTH_USERS` (the same entries separated by `;`). With
neither set, login is off and everyone may do everything. With login on, only
admins may upload or remove documents.

Make a hash (the password is read without echo):

    .venv/bin/python -c "import getpass; from assistant.ui.auth import hash_password; print(hash_password(getpass.getpass()))"

Hash format: `pbkdf2_sha256$<iterations>$<salt, urlsafe base64>$<digest, urlsafe base64>`
(no `:` or `;`, so it sits safely inside a users line).

Repeated bad logins back off (`Backoff`): after `FREE_FAILURES` wrong passwords
for one user name, that name is refused without checking for a time that
doubles with each further failure (up to `MAX_WAIT` seconds), and while more
than `GLOBAL_FAILURES` logins failed in the last `GLOBAL_WINDOW` seconds every
failed-before name is refused unchecked. Checking a password costs ~0.2 s of CPU
(PBKDF2 by design), so unchecked refusals keep a guessing client from slowing
everyone else's questions. A right password after the wait logs in at once.

Left out: sign-up and password reset. Users are provisioned by whoever runs the
server. The back-off is per user name (Gradio's login callback gets no client
address): a locked-down deployment also puts a reverse proxy with per-address
rate limiting in front.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import re
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assistant.errors import UserError
from assistant.settings import Settings

ALGORITHM = "pbkdf2_sha256"
ITERATIONS = 310_000  # OWASP's 2023 figure for PBKDF2-HMAC-SHA256
ROLES = ("admin", "user")
_NAME = re.compile(r"^[A-Za-z0-9._@-]{1,64}$")


class AuthConfigError(UserError, ValueError):
    """A users file or variable that can't be used; the message names the line."""


@dataclass(frozen=True)
class User:
    name: str
    role: str
    password_hash: str

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def hash_password(password: str, *, iterations: int = ITERATIONS, salt: bytes | None = None) -> str:
    """A salted PBKDF2-SHA256 hash of `password`, in the format described above."""
    if not password:
        raise ValueError("the password is empty")
    salt = salt if salt is not None else secrets.token_bytes(16)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, iterations)
    return f"{ALGORITHM}${iterations}${_b64(salt)}${_b64(digest)}"


def _parse_hash(encoded: str) -> tuple[int, bytes, bytes]:
    parts = encoded.split("$")
    if len(parts) != 4 or parts[0] != ALGORITHM:
        raise ValueError(f"not a {ALGORITHM} hash")
    iterations = int(parts[1])
    if iterations < 1:
        raise ValueError("iterations must be positive")
    return iterations, _unb64(parts[2]), _unb64(parts[3])


def verify_password(password: str, encoded: str) -> bool:
    """True if `password` matches `encoded`; a malformed hash never matches."""
    try:
        iterations, salt, expected = _parse_hash(encoded)
    except (ValueError, TypeError):
        return False
    digest = hashlib.pbkdf2_hmac("sha256", (password or "").encode("utf-8"), salt, iterations)
    return hmac.compare_digest(digest, expected)


FREE_FAILURES = 5
MAX_WAIT = 300.0
GLOBAL_FAILURES = 30
GLOBAL_WINDOW = 60.0


class Backoff:
    """Failed logins per user name, and when each name may try again (see the module docstring)."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._failures: dict[str, int] = {}
        self._until: dict[str, float] = {}
        self._recent: list[float] = []
        self._lock = threading.Lock()

    def refused(self, name: str) -> bool:
        """Must this attempt be refused without checking the password?"""
        now = self._clock()
        with self._lock:
            self._recent = [t for t in self._recent if now - t < GLOBAL_WINDOW][-GLOBAL_FAILURES * 4 :]
            if self._until.get(name, 0.0) > now:
                return True
            return len(self._recent) > GLOBAL_FAILURES and name in self._failures

    def failed(self, name: str) -> None:
        now = self._clock()
        with self._lock:
            n = self._failures.get(name, 0) + 1
            self._failures[name] = n
            self._recent.append(now)
            if n >= FREE_FAILURES:
                self._until[name] = now + min(MAX_WAIT, 2.0 ** (n - FREE_FAILURES))
            if len(self._failures) > 10_000:  # bounded: forget the oldest names
                for old in list(self._failures)[:5_000]:
                    self._failures.pop(old, None)
                    self._until.pop(old, None)

    def succeeded(self, name: str) -> None:
        with self._lock:
            self._failures.pop(name, None)
            self._until.pop(name, None)


class Users:
    """The login table. `authenticate` is what Gradio's `launch(auth=...)` calls."""

    def __init__(self, users: list[User], backoff: Backoff | None = None) -> None:
        self._by_name = {u.name: u for u in users}
        # Unknown names are checked against a dummy hash so that a wrong user name
        # takes as long as a wrong password (no user enumeration by timing).
        self._dummy = hash_password(secrets.token_hex(8))
        self.backoff = backoff or Backoff()

    def __len__(self) -> int:
        return len(self._by_name)

    def get(self, name: str | None) -> User | None:
        return self._by_name.get(name or "")

    def authenticate(self, username: str, password: str) -> bool:
        name = username or ""
        if self.backoff.refused(name):
            return False
        user = self._by_name.get(name)
        ok = verify_password(password, user.password_hash if user else self._dummy) and user is not None
        if ok:
            self.backoff.succeeded(name)
        else:
            self.backoff.failed(name)
        return ok

    def is_admin(self, name: str | None) -> bool:
        user = self.get(name)
        return user is not None and user.is_admin


def parse_users(text: str, separator: str = "\n", origin: str = "line") -> list[User]:
    """Parse `user:role:hash` entries; raise AuthConfigError naming the bad entry."""
    users: list[User] = []
    seen: set[str] = set()
    for number, raw in enumerate(text.split(separator), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        where = f"{origin} {number}"
        parts = line.split(":")
        if len(parts) != 3:
            raise AuthConfigError(f"{where}: expected 'user:role:hash', got {len(parts)} field(s)")
        name, role, encoded = (p.strip() for p in parts)
        if not _NAME.match(name):
            raise AuthConfigError(f"{where}: user name must be 1-64 letters, digits or . _ @ -")
        if role not in ROLES:
            raise AuthConfigError(f"{where}: role must be one of {', '.join(ROLES)}, not '{role}'")
        try:
            _parse_hash(encoded)
        except (ValueError, TypeError):
            raise AuthConfigError(
                f"{where}: the password hash is not a valid {ALGORITHM} hash "
                "(make one with assistant.ui.auth.hash_password)"
            ) from None
        if name in seen:
            raise AuthConfigError(f"{where}: user '{name}' is listed twice")
        seen.add(name)
        users.append(User(name, role, encoded))
    return users


def load_users(settings: Settings) -> Users | None:
    """The configured users, or None when login is off (nothing configured)."""
    users: list[User] = []
    if settings.auth_file is not None:
        path = Path(settings.auth_file)
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as e:
            raise AuthConfigError(f"LLAIS_AUTH_FILE={path} can't be read ({e.strerror or e})") from e
        users += parse_users(text, "\n", origin="LLAIS_AUTH_FILE line")
    if settings.auth_users:
        users += parse_users(settings.auth_users, ";", origin="LLAIS_AUTH_USERS entry")
    names = [u.name for u in users]
    dupes = sorted({n for n in names if names.count(n) > 1})
    if dupes:
        raise AuthConfigError(f"user(s) defined in both LLAIS_AUTH_FILE and LLAIS_AUTH_USERS: {', '.join(dupes)}")
    if settings.auth_file is None and not settings.auth_users:
        return None
    if not users:
        raise AuthConfigError("login is configured but no users are defined")
    return Users(users)


class UploadsGuard:
    """ASGI middleware on Gradio's upload route (`/gradio_api/upload`), which takes files
    before any event handler runs. With login on, only administrators may POST to it
    (the page shows the upload box to admins only, but the route itself accepted any
    signed-in user, who could fill the disk). With `users` None (a shared server without
    login, see access.py) nobody may.

    The user is Gradio's own: its session cookie looked up in the app's token table
    (as Gradio's `/user` route does)."""

    def __init__(self, app: Any, users: Users | None) -> None:
        self.app = app
        self.users = users

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        upload = scope.get("type") == "http" and scope.get("method") == "POST" and str(
            scope.get("path", "")
        ).rstrip("/").endswith("/gradio_api/upload")
        if upload and (self.users is None or not self.users.is_admin(_gradio_user(scope))):
            from assistant.ui.access import SHARED_WITHOUT_LOGIN

            message = "Only administrators can add documents." if self.users else SHARED_WITHOUT_LOGIN
            body = json.dumps({"error": message}).encode()
            headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
            await send({"type": "http.response.start", "status": 403, "headers": headers})
            await send({"type": "http.response.body", "body": body})
            return
        await self.app(scope, receive, send)


def _gradio_user(scope: Any) -> str | None:
    from http.cookies import SimpleCookie

    app = scope.get("app")
    cookie_id = getattr(app, "cookie_id", None)
    tokens = getattr(app, "tokens", None) or {}
    raw = b"; ".join(v for k, v in scope.get("headers", []) if k == b"cookie").decode("latin-1")
    jar: SimpleCookie = SimpleCookie()
    try:
        jar.load(raw)
    except Exception:
        return None
    for name in (f"access-token-{cookie_id}", f"access-token-unsecure-{cookie_id}"):
        if name in jar and jar[name].value in tokens:
            return str(tokens[jar[name].value])
    return None

