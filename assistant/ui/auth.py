"""Optional login: users with a role (admin or user) and PBKDF2-SHA256 password hashes.

Users come from `LLAIS_AUTH_FILE` (one `user:role:hash` per line, `#` comments
allowed) and/or `LLAIS_AUTH_USERS` (the same entries separated by `;`). With
neither set, login is off and everyone may do everything. With login on, only
admins may upload or remove documents.

Make a hash (the password is read without echo):

    .venv/bin/python -c "import getpass; from assistant.ui.auth import hash_password; print(hash_password(getpass.getpass()))"

Hash format: `pbkdf2_sha256$<iterations>$<salt, urlsafe base64>$<digest, urlsafe base64>`
(no `:` or `;`, so it sits safely inside a users line).

Left out: sign-up, password reset and lockout. Users are provisioned by whoever
runs the server; a locked-down deployment puts a reverse proxy with its own
rate limiting in front.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass
from pathlib import Path

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


class Users:
    """The login table. `authenticate` is what Gradio's `launch(auth=...)` calls."""

    def __init__(self, users: list[User]) -> None:
        self._by_name = {u.name: u for u in users}
        # Unknown names are checked against a dummy hash so that a wrong user name
        # takes as long as a wrong password (no user enumeration by timing).
        self._dummy = hash_password(secrets.token_hex(8))

    def __len__(self) -> int:
        return len(self._by_name)

    def get(self, name: str | None) -> User | None:
        return self._by_name.get(name or "")

    def authenticate(self, username: str, password: str) -> bool:
        user = self._by_name.get(username or "")
        ok = verify_password(password, user.password_hash if user else self._dummy)
        return ok and user is not None

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
