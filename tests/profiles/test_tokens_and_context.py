"""Tokens per profile (keyring entry = profile name) and the context's active profile."""

from __future__ import annotations

import keyring
import pytest

from wolkvox_desk.context import TOKEN_ENV, AppContext
from wolkvox_desk.core.errors import NotConfiguredError
from wolkvox_desk.core.models import DialPlan
from wolkvox_desk.services.credentials import SERVICE, CredentialStore
from wolkvox_desk.ui.settings_dialog import ProfileEdit, SettingsResult


@pytest.fixture
def backend():
    return keyring.get_keyring()


def test_each_profile_has_its_own_keyring_entry(backend):
    creds = CredentialStore(backend=backend, env={})
    creds.set_token("tok-default")
    creds.set_token("tok-sales", "sales")

    assert backend.passwords == {
        (SERVICE, "default"): "tok-default",
        (SERVICE, "sales"): "tok-sales",
    }
    assert (creds.token(), creds.token("sales"), creds.token("other")) == (
        "tok-default",
        "tok-sales",
        None,
    )


def test_move_token_moves_keyring_and_session_tokens(backend):
    creds = CredentialStore(backend=backend, env={})
    creds.set_token("tok-sales", "sales")
    creds.set_session_token("tok-night", "night")

    creds.move_token("sales", "ventas")
    creds.move_token("night", "late")
    creds.move_token("nothing", "stored")  # nothing stored: nothing to do

    assert backend.passwords == {(SERVICE, "ventas"): "tok-sales"}
    assert creds.token_source("late") == "session"
    assert creds.token("night") is None


def test_move_token_never_saves_the_environment_token(backend):
    creds = CredentialStore(backend=backend, env={TOKEN_ENV: "from-env"})
    creds.move_token("default", "other")
    assert backend.passwords == {}


def _context() -> AppContext:
    ctx = AppContext.from_env()
    store = ctx.settings_store
    store.update({"server": "0042", "agent_id": "1001", "dial_prefix": "9"})
    store.add_profile("sales", {"agent_id": "2002", "plus_replacement": "00"})
    return ctx


def test_the_context_follows_the_active_profile(backend):
    backend.set_password(SERVICE, "default", "tok-default")
    backend.set_password(SERVICE, "sales", "tok-sales")
    ctx = _context()
    assert (ctx.active_profile, ctx.agent_id(), ctx.account().token) == (
        "default",
        "1001",
        "tok-default",
    )

    ctx.use_profile("sales")

    assert (ctx.active_profile, ctx.agent_id(), ctx.account().token) == (
        "sales",
        "2002",
        "tok-sales",
    )
    assert ctx.settings.dial_plan == DialPlan(prefix="9", plus_replacement="00")
    assert ctx.account("default").token == "tok-default"  # the old API still works
    assert AppContext.from_env().active_profile == "default"  # not remembered
    ctx.use_profile("sales", remember=True)
    assert AppContext.from_env().active_profile == "sales"
    with pytest.raises(NotConfiguredError):
        ctx.use_profile("nope")
    assert ctx.active_profile == "sales"


def test_a_profile_without_a_token_is_not_configured(backend):
    backend.set_password(SERVICE, "default", "tok-default")
    ctx = _context()
    ctx.use_profile("sales")
    with pytest.raises(NotConfiguredError) as caught:
        ctx.account()
    assert caught.value.kind == "no_token"


def test_dialog_profile_changes_reach_the_file_and_the_keyring(backend):
    backend.set_password(SERVICE, "sales", "tok-sales")
    ctx = _context()
    ctx.use_profile("sales")
    result = SettingsResult(
        values={},
        token=None,
        token_session_only=False,
        clear_token=False,
        profile_edits=(
            ProfileEdit("ventas", "sales", {"agent_id": "2222"}),
            ProfileEdit("night", None, {"agent_id": "3003"}, token="tok-night"),
        ),
    )

    ctx.apply_profile_changes(result)
    ctx.store_tokens(result)

    assert ctx.profile_names() == ["default", "night", "ventas"]
    assert ctx.active_profile == "ventas" and ctx.agent_id() == "2222"
    assert backend.passwords == {(SERVICE, "ventas"): "tok-sales", (SERVICE, "night"): "tok-night"}
    removal = SettingsResult({}, None, False, False, removed_profiles=("ventas",))
    ctx.apply_profile_changes(removal)
    ctx.store_tokens(removal)
    assert ctx.active_profile == "default"
    assert (SERVICE, "ventas") not in backend.passwords


def test_without_a_keyring_profile_edits_keep_every_session_token() -> None:
    """A removal fails on the keyring first; the rename and the new token after it must
    still happen in the session (before, the first keyring error ended the loop)."""
    from wolkvox_desk.core.errors import KeyringUnavailableError

    ctx = _context()
    ctx.use_keyring = False  # no usable keyring: tokens live in the session only
    ctx.store_tokens(  # the dialog's choices of an earlier session
        SettingsResult(
            {},
            None,
            False,
            False,
            profile_edits=(
                ProfileEdit("sales", "sales", {}, token="tok-sales", token_session_only=True),
                ProfileEdit("old", None, {}, token="tok-old", token_session_only=True),
            ),
        )
    )
    creds = ctx.credentials
    assert creds.token("sales") == "tok-sales" and creds.token("old") == "tok-old"
    edits = SettingsResult(
        {},
        None,
        False,
        False,
        removed_profiles=("old",),
        profile_edits=(
            ProfileEdit("ventas", "sales", {}),
            ProfileEdit("night", None, {}, token="tok-night", token_session_only=True),
        ),
    )
    with pytest.raises(KeyringUnavailableError):
        ctx.store_tokens(edits)  # still said: the keyring part could not be done
    assert creds.token("ventas") == "tok-sales"
    assert creds.token("night") == "tok-night"
    for gone in ("old", "sales"):  # not in the session; and no keyring to ask
        with pytest.raises(KeyringUnavailableError):
            creds.token(gone)


def test_without_a_keyring_a_session_token_survives_a_profile_removal() -> None:
    """Settings without a keyring: removing a profile fails on the keyring, yet the token
    typed for this session is kept (the removal's error is still reported afterwards)."""
    from wolkvox_desk.core.errors import KeyringUnavailableError

    ctx = _context()
    ctx.use_keyring = False
    result = SettingsResult({}, "tok-this-session", True, False, removed_profiles=("sales",))
    with pytest.raises(KeyringUnavailableError):
        ctx.store_tokens(result)  # what the settings dialog's OK runs in the background
    assert ctx.credentials.token() == "tok-this-session"
    assert ctx.credentials.token_source() == "session"
