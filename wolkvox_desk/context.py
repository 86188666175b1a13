"""The composition kit shared by both front doors (``cli`` and ``app``).

It reads the environment once and builds the services in a documented order:

1. paths (``WOLKVOX_DESK_HOME`` or the platform folders);
2. the secret filter, then logging (so nothing is logged before masking is in place);
3. settings (policy > user > machine defaults > built-ins), with their warnings kept;
4. credentials (``WOLKVOX_TOKEN`` or the keyring, lazily: no keyring import until needed);
5. the token gate and, on demand, agentbox clients and the history store.

Nothing here runs at import time; every heavy import happens inside the method that needs it.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from wolkvox_desk.core.errors import (
    HistoryUnavailableError,
    NotConfiguredError,
    StorageError,
)
from wolkvox_desk.core.models import Account
from wolkvox_desk.logs import SecretFilter
from wolkvox_desk.paths import AppPaths, policy_file

if TYPE_CHECKING:
    from wolkvox_desk.services.agentbox import AgentboxClient
    from wolkvox_desk.services.credentials import CredentialStore
    from wolkvox_desk.services.gate import TokenGate
    from wolkvox_desk.services.history import HistoryStore
    from wolkvox_desk.services.settings import Settings, SettingsStore

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
        return self.settings_store.values

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

    def account(self, profile: str = "default") -> Account:
        """The server and token to use; raises NotConfiguredError (exit 6) when missing.

        With an API base override the server is optional: the URL does not need it.
        """
        server = self.settings.server
        if not server and not self.api_base:
            raise NotConfiguredError("no_server")
        token = self.credentials.token(profile)
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
