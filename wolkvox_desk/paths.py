"""Every folder and file location the app uses: config, data, logs, locks, and the IT policy file.

This is platformdirs' only home. ``WOLKVOX_DESK_HOME`` replaces all per-user folders with one
folder (portable installs, tests); ``WOLKVOX_DESK_POLICY`` replaces the system policy file.
Nothing here touches the disk except :meth:`AppPaths.ensure`.
"""

from __future__ import annotations

import os
import sys
import warnings
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from wolkvox_desk import APP_NAME

HOME_ENV = "WOLKVOX_DESK_HOME"
POLICY_ENV = "WOLKVOX_DESK_POLICY"
POLICY_FILE_NAME = "policy.toml"

# User-only folders: config holds the settings, data the call history (personal data).
_PRIVATE_DIR_MODE = 0o700


@dataclass(frozen=True)
class AppPaths:
    """The app's per-user folders, and the files it keeps in them."""

    config_dir: Path
    #: local, non-roaming: SQLite's WAL must not live on a network share
    data_dir: Path
    log_dir: Path
    #: short-lived files (locks, sockets); may be wiped at logout
    runtime_dir: Path

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.toml"

    @property
    def history_file(self) -> Path:
        return self.data_dir / "history.sqlite3"

    @property
    def log_file(self) -> Path:
        return self.log_dir / "wolkvox-desk.log"

    @property
    def lock_dir(self) -> Path:
        return self.runtime_dir / "locks"

    @classmethod
    def from_env(cls, env: Mapping[str, str] = os.environ) -> AppPaths:
        """``WOLKVOX_DESK_HOME`` (non-empty) if set, otherwise the platform's folders."""
        home = env.get(HOME_ENV, "").strip()
        if home:
            return cls.under(Path(home).expanduser().absolute())
        return cls._platform()

    @classmethod
    def under(cls, home: Path) -> AppPaths:
        """All folders inside one ``home`` folder (the ``WOLKVOX_DESK_HOME`` layout)."""
        return cls(
            config_dir=home / "config",
            data_dir=home / "data",
            log_dir=home / "logs",
            runtime_dir=home / "run",
        )

    @classmethod
    def _platform(cls) -> AppPaths:
        import platformdirs  # here, so that WOLKVOX_DESK_HOME runs never import it

        # appauthor=False: no "<author>\<app>" nesting on Windows. Config roams with the
        # Windows profile (agents hot-desk); data and logs stay on this PC.
        data_dir = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False))
        return cls(
            config_dir=Path(platformdirs.user_config_dir(APP_NAME, appauthor=False, roaming=True)),
            data_dir=data_dir,
            log_dir=Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
            runtime_dir=_runtime_dir(data_dir),
        )

    def ensure(self) -> None:
        """Create every folder, readable by the user only."""
        for folder in (
            self.config_dir,
            self.data_dir,
            self.log_dir,
            self.runtime_dir,
            self.lock_dir,
        ):
            folder.mkdir(parents=True, exist_ok=True, mode=_PRIVATE_DIR_MODE)
            if os.name == "posix":
                # mkdir's mode does not apply to a folder that already exists (or is
                # narrowed by umask); our own folders must not stay group/world readable.
                folder.chmod(_PRIVATE_DIR_MODE)


def _runtime_dir(data_dir: Path) -> Path:
    """The platform's runtime folder, or a folder in local data when it has none usable."""
    import platformdirs

    try:
        # platformdirs warns (and falls back to a checked temporary folder) when
        # XDG_RUNTIME_DIR is unusable; the fallback is fine, the warning is noise for agents.
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return Path(platformdirs.user_runtime_dir(APP_NAME, appauthor=False))
    except OSError:
        # No safe runtime folder at all (e.g. a hostile /tmp): lock files work anywhere local.
        return data_dir / "run"


def policy_file(env: Mapping[str, str] = os.environ, platform: str = sys.platform) -> Path | None:
    """Where IT's policy TOML file lives: ``WOLKVOX_DESK_POLICY`` if set, else the system file.

    None when the platform has no place for one (Windows without ``%ProgramData%``).
    """
    override = env.get(POLICY_ENV, "").strip()
    if override:
        return Path(override).expanduser()
    if platform == "win32":
        program_data = env.get("ProgramData") or env.get("PROGRAMDATA") or ""
        if not program_data:
            return None
        return Path(program_data) / APP_NAME / POLICY_FILE_NAME
    if platform == "darwin":
        return Path("/Library/Application Support") / APP_NAME / POLICY_FILE_NAME
    return Path("/etc") / APP_NAME / POLICY_FILE_NAME
