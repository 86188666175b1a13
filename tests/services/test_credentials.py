"""Tests of services/credentials.py with an in-memory keyring and keyring's own stand-ins."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest
from keyring.backends import chainer, fail, null
from keyring.errors import KeyringLocked

from tests.keyring_memory import MemoryKeyring
from wolkvox_desk.core.errors import KeyringUnavailableError, NotConfiguredError, SettingValueError
from wolkvox_desk.services.credentials import SERVICE, CredentialStore

TOKEN = "a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a"


@pytest.fixture
def memory() -> MemoryKeyring:
    return MemoryKeyring()


@pytest.fixture
def store(memory: MemoryKeyring) -> CredentialStore:
    return CredentialStore(backend=memory, env={})


# --- the keyring ----------------------------------------------------------------------------


def test_set_get_clear_round_trip(store: CredentialStore, memory: MemoryKeyring) -> None:
    assert store.token() is None
    assert store.token_source() is None

    store.set_token(f"  {TOKEN}\n")

    assert memory.passwords == {(SERVICE, "default"): TOKEN}
    assert store.token() == TOKEN
    assert store.token_source() == "keyring"

    store.clear_token()
    store.clear_token()  # nothing left: still fine

    assert memory.passwords == {}
    assert store.token() is None


def test_tokens_are_kept_per_profile(store: CredentialStore, memory: MemoryKeyring) -> None:
    store.set_token("token-a")
    store.set_token("token-b", profile="sales")

    assert store.token() == "token-a"
    assert store.token("sales") == "token-b"
    assert store.token("support") is None
    assert memory.passwords == {(SERVICE, "default"): "token-a", (SERVICE, "sales"): "token-b"}

    store.clear_token("sales")

    assert store.token("sales") is None
    assert store.token() == "token-a"


def test_a_blank_keyring_entry_counts_as_no_token(
    store: CredentialStore, memory: MemoryKeyring
) -> None:
    memory.passwords[(SERVICE, "default")] = "  "

    assert store.token() is None


@pytest.mark.parametrize(
    ("token", "kind"),
    [
        ("", "empty"),
        ("  \t\n", "empty"),
        ("abc def", "invalid_char"),
        ("abc\ndef", "invalid_char"),
        ("abc\x00def", "invalid_char"),
        ("abc\u200bdef", "invalid_char"),  # zero-width space from a web page
        ("abc\u00a0def", "invalid_char"),  # non-breaking space
        ("x" * 5000, "too_long"),
    ],
)
def test_set_token_refuses_malformed_tokens_without_echoing_them(
    store: CredentialStore, memory: MemoryKeyring, token: str, kind: str
) -> None:
    for action in (store.set_token, store.set_session_token):
        with pytest.raises(SettingValueError) as caught:
            action(token)
        assert (caught.value.key, caught.value.kind) == ("token", kind)
        assert "abc" not in str(caught.value) and "abc" not in caught.value.detail
    assert memory.passwords == {}


def test_empty_profile_is_refused(store: CredentialStore) -> None:
    with pytest.raises(SettingValueError) as caught:
        store.set_token(TOKEN, profile=" ")

    assert (caught.value.key, caught.value.kind) == ("profile", "empty")


# --- the environment and the session -------------------------------------------------------


def test_env_token_wins_and_never_touches_the_keyring(memory: MemoryKeyring) -> None:
    memory.passwords[(SERVICE, "default")] = "from-keyring"
    store = CredentialStore(backend=memory, env={"WOLKVOX_TOKEN": f"  {TOKEN} "})
    store.set_session_token("from-session")

    assert store.token() == TOKEN
    assert store.token("other-profile") == TOKEN
    assert store.token_source() == "env"
    assert memory.calls == 0


@pytest.mark.parametrize("value", ["", "   "])
def test_empty_env_token_counts_as_unset(memory: MemoryKeyring, value: str) -> None:
    memory.passwords[(SERVICE, "default")] = "from-keyring"
    store = CredentialStore(backend=memory, env={"WOLKVOX_TOKEN": value})

    assert (store.token(), store.token_source()) == ("from-keyring", "keyring")


def test_env_is_read_at_each_lookup(memory: MemoryKeyring) -> None:
    env: dict[str, str] = {}
    store = CredentialStore(backend=memory, env=env)
    assert store.token() is None

    env["WOLKVOX_TOKEN"] = TOKEN

    assert store.token() == TOKEN


def test_session_token_is_used_before_the_keyring_and_stays_in_memory(
    store: CredentialStore, memory: MemoryKeyring
) -> None:
    memory.passwords[(SERVICE, "default")] = "from-keyring"

    store.set_session_token(f" {TOKEN} ")

    assert (store.token(), store.token_source()) == (TOKEN, "session")
    assert memory.passwords == {(SERVICE, "default"): "from-keyring"}
    assert CredentialStore(backend=memory, env={}).token() == "from-keyring"


def test_saving_to_the_keyring_replaces_the_session_token(store: CredentialStore) -> None:
    store.set_session_token("old-session-token")

    store.set_token(TOKEN)

    assert (store.token(), store.token_source()) == (TOKEN, "keyring")


def test_clear_token_forgets_the_session_token(store: CredentialStore) -> None:
    store.set_session_token(TOKEN)

    store.clear_token()

    assert store.token() is None


# --- no usable keyring -----------------------------------------------------------------------


@pytest.mark.parametrize("backend", [fail.Keyring(), null.Keyring()], ids=["fail", "null"])
def test_stand_in_backends_are_unavailable(backend: object) -> None:
    store = CredentialStore(backend=backend, env={})  # type: ignore[arg-type]

    assert store.available() is False
    assert store.backend_name() == "none"
    for action in (store.token, store.token_source, store.clear_token):
        with pytest.raises(KeyringUnavailableError):
            action()
    with pytest.raises(KeyringUnavailableError) as caught:
        store.set_token(TOKEN)
    assert isinstance(caught.value, NotConfiguredError)  # exit 6: no keyring counts as no token
    assert TOKEN not in str(caught.value)


def test_without_a_keyring_env_and_session_tokens_still_work() -> None:
    store = CredentialStore(backend=fail.Keyring(), env={"WOLKVOX_TOKEN": TOKEN})
    assert (store.token(), store.token_source()) == (TOKEN, "env")

    session = CredentialStore(backend=fail.Keyring(), env={})
    session.set_session_token(TOKEN)
    assert (session.token(), session.token_source()) == (TOKEN, "session")


def test_other_profiles_without_a_session_token_report_the_missing_keyring() -> None:
    store = CredentialStore(backend=fail.Keyring(), env={})
    store.set_session_token(TOKEN)

    with pytest.raises(KeyringUnavailableError):
        store.token("other")


def test_an_empty_chainer_is_unavailable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [])

    store = CredentialStore(backend=chainer.ChainerBackend(), env={})

    assert store.available() is False
    assert store.backend_name() == "none"


def test_a_chainer_is_named_after_the_backend_it_writes_to(
    monkeypatch: pytest.MonkeyPatch, memory: MemoryKeyring
) -> None:
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [memory, fail.Keyring()])

    store = CredentialStore(backend=chainer.ChainerBackend(), env={})

    assert store.available() is True
    assert store.backend_name() == MemoryKeyring.name


@pytest.mark.parametrize(
    "error",
    [KeyringLocked("Failed to unlock the collection!"), RuntimeError("dbus: no reply"), OSError()],
)
def test_keyring_errors_become_keyring_unavailable(
    store: CredentialStore, memory: MemoryKeyring, error: Exception
) -> None:
    memory.fail_with = error

    assert store.available() is True  # the backend is real; its failure shows on use
    for action in (store.token, lambda: store.set_token(TOKEN), store.clear_token):
        with pytest.raises(KeyringUnavailableError) as caught:
            action()
        assert caught.value.kind == "no_keyring"
        assert caught.value.detail == f"{MemoryKeyring.name}: {type(error).__name__}"


def test_a_failed_save_does_not_log_the_token(
    store: CredentialStore, memory: MemoryKeyring, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    store.set_token(TOKEN)
    memory.fail_with = KeyringLocked(f"locked while saving {TOKEN}")

    with pytest.raises(KeyringUnavailableError) as caught:
        store.set_token(TOKEN)

    assert TOKEN not in caught.value.detail and TOKEN not in str(caught.value)
    assert caplog.records  # something was logged...
    assert all(TOKEN not in record.getMessage() for record in caplog.records)  # ...never it


# --- choosing the backend ----------------------------------------------------------------------


def test_backend_is_chosen_lazily_and_once(
    monkeypatch: pytest.MonkeyPatch, memory: MemoryKeyring
) -> None:
    import keyring

    chosen: list[MemoryKeyring] = []

    def get_keyring() -> MemoryKeyring:
        chosen.append(memory)
        return memory

    monkeypatch.setattr(keyring, "get_keyring", get_keyring)
    store = CredentialStore(env={"WOLKVOX_TOKEN": TOKEN})

    assert store.token() == TOKEN
    assert chosen == []  # a token from the environment: no keyring at all

    assert store.backend_name() == MemoryKeyring.name
    store.available()
    assert chosen == [memory]


def test_a_backend_that_cannot_be_chosen_is_unavailable(monkeypatch: pytest.MonkeyPatch) -> None:
    import keyring

    def broken() -> None:
        raise ValueError("bad keyringrc")

    monkeypatch.setattr(keyring, "get_keyring", broken)
    store = CredentialStore(env={})

    assert store.available() is False
    assert store.backend_name() == "none"
    with pytest.raises(KeyringUnavailableError) as caught:
        store.token()
    assert caught.value.detail == "none"


def test_importing_credentials_does_not_import_keyring(tmp_path: Path) -> None:
    code = (
        "import sys; from wolkvox_desk.services.credentials import CredentialStore;"
        "s = CredentialStore(env={'WOLKVOX_TOKEN': 't'}); s.token(); s.token_source();"
        "print('keyring' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        env={**os.environ, "HOME": str(tmp_path)},
        capture_output=True,
        text=True,
        check=True,
    )
    assert out.stdout.strip() == "False"
