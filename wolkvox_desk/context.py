"""The composition kit shared by both front doors (``cli`` and ``app``).

It reads the environment once and builds the services in a documented order:

1. paths (``WOLKVOX_DESK_HOME`` or the platform folders);
2. the secret filter, then logging (so nothing is logged before masking is in place);
3. settings (policy > user > machine defaults > built-ins), with their warnings kept;
4. credentials (``WOLKVOX_TOKEN`` or the keyring, lazily: no keyring import until needed);
5. the token gate and, on demand, agentbox clients and the history store.

The profile in use (issue 7) is :attr:`AppContext.active_profile`: one chosen for this process
(``--profile``, or a switch in the window), else the remembered ``active_profile`` setting,
else ``default``. :attr:`AppContext.settings`, :meth:`AppContext.account` and
:meth:`AppContext.agent_id` all follow it; the gate is per token, so profiles that share a
token share it.

Nothing here runs at import time; every heavy import happens inside the method that needs it.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from wolkvox_desk.core.errors import (
    HistoryUnavailableError,
    NotConfiguredError,
    StorageError,
)
from wolkvox_desk.core.models import DEFAULT_PROFILE, Account
from wolkvox_desk.logs import SecretFilter
from wolkvox_desk.paths import AppPaths, policy_file

if TYPE_CHECKING:
    from wolkvox_desk.services.agentbox import AgentboxClient
    from wolkvox_desk.services.credentials import CredentialStore
    from wolkvox_desk.services.gate import TokenGate
    from wolkvox_desk.services.history import HistoryStore
    from wolkvox_desk.services.settings import Settings, SettingsStore
    from wolkvox_desk.ui.settings_dialog import ProfileInfo, SettingsResult

API_BASE_ENV = "WOLKVOX_DESK_API_BASE"
TOKEN_ENV = "WOLKVOX_TOKEN"


@dataclass
class AppContext:
    """Everything a front door needs, built from one environment."""

    paths: AppPaths
    env: Mapping[str, str]
    #: False for the demo and the self-test, which must not depend on IT policy
    use_policy: bool = True
    #: False for the demo and the self-test: they never touch the user's keyring
    use_keyring: bool = True
    secrets: SecretFilter = field(default_factory=SecretFilter)
    warnings: list[StorageError] = field(default_factory=list)
    _settings: SettingsStore | None = None
    _credentials: CredentialStore | None = None
    _gate: TokenGate | None = None
    #: the profile chosen for this process; None follows the remembered ``active_profile``
    profile: str | None = None

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> AppContext:
        env = os.environ if env is None else env
        ctx = cls(paths=AppPaths.from_env(env), env=env)
        ctx.secrets.add(env.get(TOKEN_ENV, "").strip())
        return ctx

    # -- settings and credentials -----------------------------------------------------------

    @property
    def settings_store(self) -> SettingsStore:
        if self._settings is None:
            from wolkvox_desk.services.settings import SettingsStore, system_registry

            # Policy (file, or registry on Windows) is IT's; demo and self-test ignore it.
            policy = policy_file(self.env) if self.use_policy else None
            registry = system_registry() if self.use_policy else None
            self._settings = SettingsStore(
                self.paths.settings_file, policy_file=policy, registry=registry
            )
            self.warnings.extend(self._settings.load())
        return self._settings

    @property
    def settings(self) -> Settings:
        """The effective settings of the active profile."""
        return self.settings_store.values_for(self.active_profile)

    # -- profiles ---------------------------------------------------------------------------

    @property
    def active_profile(self) -> str:
        """The profile in use (see the module docstring); ``default`` when none was chosen."""
        store = self.settings_store
        if self.profile is not None and store.has_profile(self.profile):
            return self.profile
        return store.active_profile()

    def profile_names(self) -> list[str]:
        return self.settings_store.profile_names()

    def use_profile(self, name: str | None, *, remember: bool = False) -> str:
        """Make ``name`` the profile in use (None: the remembered one); returns its name.

        ``remember`` also stores it as the ``active_profile`` setting (the window's switch).
        Raises NotConfiguredError kind ``unknown_profile`` (exit 6), and when remembering,
        LockedSettingError or SettingsFileError.
        """
        if name is None:
            self.profile = None
            return self.active_profile
        checked = self.settings_store.check_profile(name)
        if remember:
            self.settings_store.set_active_profile(checked)
        self.profile = checked
        return checked

    @property
    def credentials(self) -> CredentialStore:
        if self._credentials is None:
            from wolkvox_desk.services.credentials import CredentialStore

            if self.use_keyring:
                self._credentials = CredentialStore(env=self.env)
            else:
                self._credentials = CredentialStore.without_keyring(self.env)
        return self._credentials

    @property
    def api_base(self) -> str | None:
        return self.env.get(API_BASE_ENV, "").strip() or None

    def account(self, profile: str | None = None) -> Account:
        """The server and token of ``profile`` (None: the active one); raises
        NotConfiguredError (exit 6) when missing.

        With an API base override the server is optional: the URL does not need it.
        """
        name = self.active_profile if profile is None else profile
        server = self.settings_store.values_for(name).server
        if not server and not self.api_base:
            raise NotConfiguredError("no_server")
        token = self.credentials.token(name)
        if not token:
            raise NotConfiguredError("no_token")
        self.secrets.add(token)
        return Account(server=server, token=token)

    def agent_id(self, override: str | None = None) -> str:
        from wolkvox_desk.core.dialing import validate_agent_id

        agent = (override or "").strip() or self.settings.agent_id
        if not agent:
            raise NotConfiguredError("no_agent")
        return validate_agent_id(agent)

    # -- the settings dialog's profiles (the window only) ----------------------------------

    def profile_infos(self) -> list[ProfileInfo]:
        """Every profile but ``default``, for the settings dialog. Asks the keyring about each
        token: call it off the GUI thread."""
        from wolkvox_desk.core.errors import KeyringUnavailableError
        from wolkvox_desk.core.models import PROFILE_KEYS
        from wolkvox_desk.ui.settings_dialog import KeyringInfo, ProfileInfo

        store, creds = self.settings_store, self.credentials
        infos = []
        for name in store.profile_names()[1:]:
            try:
                source = creds.token_source(name)
            except KeyringUnavailableError:
                source = None
            keyring = KeyringInfo(creds.available(), creds.backend_name(), bool(source), source)
            infos.append(
                ProfileInfo(
                    name=name,
                    values={key: store.get(key, name) for key in PROFILE_KEYS},
                    locked=store.locked_keys(name) & frozenset(PROFILE_KEYS),
                    provisioned=store.is_provisioned(name),
                    keyring=keyring,
                )
            )
        return infos

    def apply_profile_changes(self, result: SettingsResult) -> None:
        """The settings-file part of the dialog's profile edits (removals, additions, renames,
        values); the active profile follows a rename or falls back on a removal. Raises
        SettingValueError, LockedSettingError, NotConfiguredError or SettingsFileError."""
        store = self.settings_store
        for name in result.removed_profiles:
            store.remove_profile(name)
            if self.profile == name:
                self.profile = None
        for edit in result.profile_edits:
            if edit.original is None:
                store.add_profile(edit.name, edit.values)
                continue
            if edit.name != edit.original:
                store.rename_profile(edit.original, edit.name)
                if self.profile == edit.original:
                    self.profile = edit.name
            if edit.values:
                store.update(edit.values, edit.name)

    def store_tokens(self, result: SettingsResult) -> str:
        """The keyring part of the settings dialog: tokens of removed profiles go, renamed
        ones move, new ones are saved, then the dialog's own token (``default``'s) is saved,
        kept for the session or cleared. Slow (keyring): call it off the GUI thread.

        Returns what happened to that token: ``profiles`` (untouched), ``cleared``,
        ``session`` or ``keyring``. Every step is tried: without a keyring, a removal or a
        rename still moves or drops the session tokens, and the steps after it still run (a
        token kept for the session is kept). The first keyring error is raised at the end.
        """
        from wolkvox_desk.core.errors import KeyringUnavailableError

        creds = self.credentials
        failures: list[KeyringUnavailableError] = []

        def attempt(step: Callable[..., None], *args: str) -> None:
            try:
                step(*args)
            except KeyringUnavailableError as error:
                failures.append(error)

        for name in result.removed_profiles:
            attempt(creds.clear_token, name)
        for edit in result.profile_edits:
            if edit.original is not None and edit.name != edit.original:
                attempt(creds.move_token, edit.original, edit.name)
            if edit.clear_token:
                attempt(creds.clear_token, edit.name)
            elif edit.token and edit.token_session_only:
                self.secrets.add(edit.token)
                creds.set_session_token(edit.token, edit.name)
            elif edit.token:
                self.secrets.add(edit.token)
                attempt(creds.set_token, edit.token, edit.name)
        stored = "profiles"
        if result.clear_token:
            attempt(creds.clear_token, DEFAULT_PROFILE)
            stored = "cleared"
        elif result.token:
            self.secrets.add(result.token)
            if result.token_session_only:
                creds.set_session_token(result.token)
                stored = "session"
            else:
                attempt(creds.set_token, result.token)
                stored = "keyring"
        if failures:
            raise failures[0]
        return stored

    # -- requests and history ---------------------------------------------------------------

    @property
    def gate(self) -> TokenGate:
        if self._gate is None:
            from wolkvox_desk.services.gate import TokenGate

            self._gate = TokenGate(self.paths.lock_dir)
        return self._gate

    def make_client(self, **options: float) -> AgentboxClient:
        """A new agentbox client through this context's gate (time-outs may be overridden)."""
        from wolkvox_desk.services.agentbox import AgentboxClient

        return AgentboxClient(api_base=self.api_base, gate=self.gate, **options)  # type: ignore[arg-type]

    def open_history(self) -> HistoryStore | None:
        """Open the history, or return None with a warning when it cannot be opened."""
        from wolkvox_desk.services.history import HistoryStore

        try:
            store = HistoryStore.open(
                self.paths.history_file, store_customer_names=self.settings.store_customer_names
            )
        except HistoryUnavailableError as error:
            self.warnings.append(error)
            return None
        if store.recovered is not None:
            self.warnings.append(store.recovered)
        return store
