"""Optional login: hashed passwords, users from a file or a variable, admin-only editing."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from assistant.settings import Settings
from assistant.ui.auth import (
    AuthConfigError,
    Users,
    hash_password,
    load_users,
    parse_users,
    verify_password,
)

FAST = 1_000  # iterations for tests that make many hashes; the default is tested once


def test_a_hash_verifies_its_password_and_nothing_else() -> None:
    h = hash_password("s3cret passphrase")
    assert h.startswith("pbkdf2_sha256$310000$")
    assert ":" not in h and ";" not in h  # safe inside a users line
    assert verify_password("s3cret passphrase", h)
    assert not verify_password("s3cret passphrasE", h)
    assert not verify_password("", h)


def test_same_password_gets_a_different_salt_each_time() -> None:
    assert hash_password("x", iterations=FAST) != hash_password("x", iterations=FAST)


def test_a_malformed_hash_never_matches() -> None:
    for bad in ("", "plain-text", "md5$1$a$b", "pbkdf2_sha256$notanumber$a$b", "pbkdf2_sha256$0$a$b"):
        assert not verify_password("anything", bad)


def test_empty_password_is_refused() -> None:
    with pytest.raises(ValueError):
        hash_password("")


def _line(name: str, role: str, pw: str) -> str:
    return f"{name}:{role}:{hash_password(pw, iterations=FAST)}"


def test_users_file_with_comments_and_roles(tmp_path: Path) -> None:
    f = tmp_path / "users.txt"
    f.write_text(f"# Llais users\n{_line('ada', 'admin', 'pw-a')}\n\n{_line('bryn', 'user', 'pw-b')}\n")
    users = load_users(Settings(data_dir=tmp_path, auth_file=f))
    assert users is not None and len(users) == 2
    assert users.authenticate("ada", "pw-a") and users.is_admin("ada")
    assert users.authenticate("bryn", "pw-b") and not users.is_admin("bryn")
    assert not users.authenticate("bryn", "pw-a")
    assert not users.authenticate("nobody", "pw-a")
    assert not users.is_admin(None)


def test_users_from_the_variable_are_semicolon_separated(tmp_path: Path) -> None:
    env = ";".join([_line("ada", "admin", "a"), _line("bryn", "user", "b")])
    users = load_users(Settings(data_dir=tmp_path, auth_users=env))
    assert users is not None and users.authenticate("bryn", "b")


def test_no_users_configured_means_login_is_off(tmp_path: Path) -> None:
    assert load_users(Settings(data_dir=tmp_path)) is None


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ("ada:admin", "expected 'user:role:hash'"),
        ("ada:root:pbkdf2_sha256$1$AA$AA", "role must be one of admin, user"),
        ("ada:admin:plaintext-password", "not a valid pbkdf2_sha256 hash"),
        ("bad name:admin:pbkdf2_sha256$1$AA$AA", "user name"),
    ],
)
def test_bad_entries_are_reported_with_their_line(text: str, needle: str) -> None:
    with pytest.raises(AuthConfigError) as err:
        parse_users("# header\n" + text, "\n", origin="line")
    assert needle in str(err.value) and "line 2" in str(err.value)


def test_duplicate_users_are_refused(tmp_path: Path) -> None:
    line = _line("ada", "admin", "a")
    with pytest.raises(AuthConfigError, match="listed twice"):
        parse_users(f"{line}\n{line}")
    f = tmp_path / "users.txt"
    f.write_text(line)
    with pytest.raises(AuthConfigError, match="both"):
        load_users(Settings(data_dir=tmp_path, auth_file=f, auth_users=line))


def test_unreadable_users_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(AuthConfigError, match="can't be read"):
        load_users(Settings(data_dir=tmp_path, auth_file=tmp_path / "missing.txt"))


def test_only_admins_may_edit_documents_when_login_is_on(tmp_path: Path) -> None:
    from assistant.ui.app import LlaisApp

    users = Users(parse_users(f"{_line('ada', 'admin', 'a')}\n{_line('bryn', 'user', 'b')}"))
    settings = Settings(data_dir=tmp_path)
    with_login = LlaisApp(settings, kb=None, feedback=None, users=users)  # type: ignore[arg-type]
    assert with_login.may_edit(SimpleNamespace(username="ada"))
    assert not with_login.may_edit(SimpleNamespace(username="bryn"))
    assert not with_login.may_edit(SimpleNamespace(username=None))
    open_app = LlaisApp(settings, kb=None, feedback=None, users=None)  # type: ignore[arg-type]
    assert open_app.may_edit(SimpleNamespace(username=None))


def test_repeated_bad_logins_back_off_without_checking_and_a_right_password_later_works(monkeypatch) -> None:
    from assistant.ui import auth

    now = [1000.0]
    checks = []
    real_verify = auth.verify_password
    monkeypatch.setattr(auth, "verify_password", lambda pw, h: checks.append(pw) or real_verify(pw, h))
    users = auth.Users(
        [auth.User("ceri", "admin", auth.hash_password("correct horse battery"))], auth.Backoff(clock=lambda: now[0])
    )
    for _ in range(auth.FREE_FAILURES):
        assert not users.authenticate("ceri", "guess")
    assert len(checks) == auth.FREE_FAILURES
    # Now refused unchecked (no PBKDF2 work), even with the right password, until the wait ends.
    assert not users.authenticate("ceri", "guess")
    assert not users.authenticate("ceri", "correct horse battery")
    assert len(checks) == auth.FREE_FAILURES
    now[0] += 1.5
    assert users.authenticate("ceri", "correct horse battery")
    # Each further failure doubles the wait; a success clears it.
    assert users.authenticate("ceri", "correct horse battery")


def test_a_flood_of_failures_refuses_guessed_names_unchecked(monkeypatch) -> None:
    from assistant.ui import auth

    now = [0.0]
    users = auth.Users([auth.User("ceri", "admin", auth.hash_password("correct horse battery"))], auth.Backoff(clock=lambda: now[0]))
    checks = []
    monkeypatch.setattr(auth, "verify_password", lambda pw, h: checks.append(pw) or False)
    for i in range(auth.GLOBAL_FAILURES + 1):
        users.authenticate(f"guess{i}", "x")
    before = len(checks)
    assert not users.authenticate("guess3", "x")  # a name that failed before: no check now
    assert len(checks) == before
    now[0] += auth.GLOBAL_WINDOW + 1
    users.authenticate("guess3", "x")
    assert len(checks) == before + 1
