"""CredentialStore against a real Secret Service (gnome-keyring on a private D-Bus session).

Not skippable in CI: see ``secret_service`` in ``tests/services/conftest.py``.
"""

from __future__ import annotations

import gc
import secrets
import subprocess
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest
import secretstorage
from keyring.backends import SecretService

from tests.services.conftest import SecretServiceSession
from wolkvox_desk.core.errors import KeyringUnavailableError
from wolkvox_desk.services.credentials import SERVICE, CredentialStore


def new_store(env: dict[str, str] | None = None) -> CredentialStore:
    return CredentialStore(backend=SecretService.Keyring(), env=env or {})


def secret_tool_lookup(session: SecretServiceSession, profile: str) -> str:
    """What another Secret Service client (libsecret's secret-tool) finds for ``profile``."""
    found = subprocess.run(
        ["secret-tool", "lookup", "service", SERVICE, "username", profile],
        env=session.env,
        capture_output=True,
        text=True,
        check=False,
    )
    return found.stdout


def files_containing(root: Path, needle: bytes) -> list[Path]:
    return [
        path
        for path in root.rglob("*")
        if path.is_file() and not path.is_symlink() and needle in path.read_bytes()
    ]


@pytest.fixture
def token() -> str:
    return secrets.token_hex(26)  # 52 hex characters, like wolkvox's tokens


def test_set_get_clear_round_trip(secret_service: SecretServiceSession, token: str) -> None:
    store = new_store()
    assert store.available()
    assert "SecretService" in store.backend_name()
    assert store.token() is None

    store.set_token(token)

    assert (store.token(), store.token_source()) == (token, "keyring")
    # a new process would find it: a new store and backend, and another client altogether
    assert new_store().token() == token
    assert secret_tool_lookup(secret_service, "default") == token

    store.clear_token()

    assert store.token() is None
    assert new_store().token() is None
    assert secret_tool_lookup(secret_service, "default") == ""
    store.clear_token()  # already gone: fine


def test_profiles_are_separate_entries(secret_service: SecretServiceSession) -> None:
    store = new_store()

    store.set_token("token-default")
    store.set_token("token-sales", profile="sales")
    store.clear_token()

    assert new_store().token() is None
    assert new_store().token("sales") == "token-sales"
    assert secret_tool_lookup(secret_service, "sales") == "token-sales"


def test_renaming_a_profile_moves_its_token(secret_service: SecretServiceSession) -> None:
    store = new_store()
    store.set_token("token-sales", profile="sales")

    store.move_token("sales", "north")

    assert new_store().token("north") == "token-sales"
    assert new_store().token("sales") is None
    assert secret_tool_lookup(secret_service, "north") == "token-sales"
    assert secret_tool_lookup(secret_service, "sales") == ""


def test_token_is_never_written_in_plaintext(
    secret_service: SecretServiceSession, tmp_path: Path, token: str
) -> None:
    keyring_files = sorted(secret_service.keyring_dir.glob("*.keyring"))
    before = {path: path.read_bytes() for path in keyring_files}

    new_store().set_token(token)

    assert new_store().token() == token
    after = sorted(secret_service.keyring_dir.glob("*.keyring"))
    # the secret did reach the disk (so the scan below looks at it), encrypted
    assert after and any(before.get(path) != path.read_bytes() for path in after)
    for needle in (token.encode(), token.encode("utf-16-le"), token[:26].encode()):
        assert files_containing(tmp_path, needle) == []


def test_env_token_wins_over_the_stored_one(
    secret_service: SecretServiceSession, token: str
) -> None:
    new_store().set_token("stored-token")

    store = new_store({"WOLKVOX_TOKEN": token})

    assert (store.token(), store.token_source()) == (token, "env")
    assert new_store().token() == "stored-token"


def unavailable_detail(action: Callable[[], object]) -> str:
    """The detail of the KeyringUnavailableError ``action`` raises (and nothing kept alive)."""
    try:
        action()
    except KeyringUnavailableError as exc:
        return exc.detail
    return "no error"


# keyring's SecretService backend leaves its D-Bus connection open when the collection is
# locked. The leak is keyring's; it is collected inside this test, where it is expected.
@pytest.mark.filterwarnings("ignore::ResourceWarning")
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_a_locked_collection_is_keyring_unavailable(
    secret_service: SecretServiceSession, token: str
) -> None:
    store = new_store()
    store.set_token("stored-token")
    connection = secretstorage.dbus_init()
    with closing(connection):
        secretstorage.get_default_collection(connection).lock()

    assert unavailable_detail(store.token) == "SecretService Keyring: KeyringLocked"
    assert unavailable_detail(lambda: store.set_token(token)) == (
        "SecretService Keyring: KeyringLocked"
    )
    # the "no keyring" choice still works
    store.set_session_token(token)
    assert (store.token(), store.token_source()) == (token, "session")
    gc.collect()
