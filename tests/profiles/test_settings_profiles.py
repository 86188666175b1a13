"""Profiles in the settings store: layering, policy-provisioned profiles, broken tables,
names, and the writes that add, rename and remove them without losing anything."""

from __future__ import annotations

import tomllib
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from wolkvox_desk.core.errors import LockedSettingError, NotConfiguredError, SettingValueError
from wolkvox_desk.core.models import DialPlan, Profile, validate_profile_name
from wolkvox_desk.services.settings import PROFILES_REGISTRY_KEY, SettingsStore, WindowsRegistry


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def user_file(tmp_path: Path) -> Path:
    return tmp_path / "config" / "settings.toml"


@pytest.fixture
def policy_path(tmp_path: Path) -> Path:
    return tmp_path / "etc" / "policy.toml"


def kinds(warnings: list[Any]) -> list[tuple[str, str]]:
    return sorted((w.kind, w.detail) for w in warnings)


USER = """\
server = "0042"
agent_id = "1001"
dial_prefix = "9"

[profiles.sales]
agent_id = "2002"
plus_replacement = "00"

[profiles.support]
server = "0077"
agent_id = "3003"
"""


def test_top_level_keys_are_the_default_profile_and_profiles_inherit_it(user_file: Path) -> None:
    store = SettingsStore(write(user_file, USER))

    assert store.load() == []
    assert store.profile_names() == ["default", "sales", "support"]
    assert store.profile() == Profile("default", "0042", "1001", DialPlan(prefix="9"))
    # sales gives only the agent and '+': server and prefix come from the default profile
    assert store.profile("sales") == Profile(
        "sales", "0042", "2002", DialPlan(prefix="9", plus_replacement="00")
    )
    assert store.values_for("support").server == "0077"
    assert store.source("agent_id", "sales") == "user"
    assert store.source("server", "sales") == "user"  # the default profile's, from the file


def test_active_profile_is_remembered_and_falls_back_when_gone(user_file: Path) -> None:
    store = SettingsStore(write(user_file, USER))
    assert store.active_profile() == "default"

    store.set_active_profile("sales")

    assert SettingsStore(user_file).active_profile() == "sales"
    store.remove_profile("sales")
    assert store.active_profile() == "default"
    assert "active_profile" not in tomllib.loads(user_file.read_text(encoding="utf-8"))
    # a hand-edited name that does not exist is not fatal either
    write(user_file, 'active_profile = "gone"\n')
    assert SettingsStore(user_file).active_profile() == "default"


def test_unknown_profile_is_not_configured(user_file: Path) -> None:
    store = SettingsStore(write(user_file, USER))

    for call in (
        lambda: store.values_for("nope"),
        lambda: store.set("agent_id", "1", "nope"),
        lambda: store.set_active_profile("nope"),
        lambda: store.remove_profile("nope"),
    ):
        with pytest.raises(NotConfiguredError) as caught:
            call()
        assert (caught.value.kind, caught.value.detail, caught.value.exit_code) == (
            "unknown_profile",
            "nope",
            6,
        )


@pytest.mark.parametrize("name", ["", " ", "a b", "-x", "ventas ñ", "x" * 33, "a.b", "a/b"])
def test_bad_profile_names_are_refused(name: str) -> None:
    with pytest.raises(SettingValueError) as caught:
        validate_profile_name(name)
    assert (caught.value.key, caught.value.kind) == ("profile", "bad_profile_name")


@pytest.mark.parametrize("name", ["sales", "Ventas_2", "9", "a-b", "x" * 32])
def test_good_profile_names(name: str) -> None:
    assert validate_profile_name(f" {name} ") == name


def test_profile_keys_set_go_to_the_profile_table_and_others_to_the_top(user_file: Path) -> None:
    store = SettingsStore(write(user_file, USER))

    store.set("server", "0099", "sales")
    store.set("always_on_top", "yes", "sales")  # not a profile key: applies to every profile

    document = tomllib.loads(user_file.read_text(encoding="utf-8"))
    assert document["profiles"]["sales"]["server"] == "0099"
    assert document["server"] == "0042"
    assert document["always_on_top"] is True
    assert store.get("server") == "0042"
    store.unset("server", "sales")
    assert store.get("server", "sales") == "0042"


def test_add_rename_remove_keep_everything_else(user_file: Path) -> None:
    text = USER + '\n[profiles."ventas ñ"]\nserver = "0043"\n\n[profiles.broken]\nserver = "w w"\n'
    store = SettingsStore(write(user_file, 'colour = "red"\n' + text))
    assert sorted(w.kind for w in store.load()) == ["bad_profile", "bad_profile", "unknown_key"]

    store.add_profile("night", {"agent_id": "4004", "server": "0050"})
    store.set_active_profile("night")
    store.rename_profile("night", "late")
    store.remove_profile("support")

    document = tomllib.loads(user_file.read_text(encoding="utf-8"))
    assert document["colour"] == "red"
    assert document["profiles"]["ventas ñ"] == {"server": "0043"}  # ignored, kept
    assert document["profiles"]["broken"] == {"server": "w w"}  # ignored, kept
    assert document["profiles"]["late"] == {"agent_id": "4004", "server": "0050"}
    assert "support" not in document["profiles"] and "night" not in document["profiles"]
    assert store.active_profile() == "late"
    assert store.profile_names() == ["default", "late", "sales"]


def test_add_refuses_taken_names_bad_values_and_non_profile_keys(user_file: Path) -> None:
    store = SettingsStore(write(user_file, USER + '\n[profiles.broken]\nserver = "w w"\n'))
    before = user_file.read_bytes()

    for name in ("Sales", "default", "broken"):  # case-insensitive; reserved; broken table
        with pytest.raises(SettingValueError) as caught:
            store.add_profile(name)
        assert caught.value.kind == "profile_exists"
    with pytest.raises(SettingValueError) as caught:
        store.add_profile("new", {"server": "a.b"})
    assert caught.value.kind == "bad_server"
    with pytest.raises(SettingValueError) as caught:
        store.add_profile("new", {"always_on_top": True})
    assert caught.value.kind == "unknown_key"
    with pytest.raises(SettingValueError) as caught:
        store.remove_profile("default")
    assert caught.value.kind == "default_profile"
    assert user_file.read_bytes() == before


def test_a_broken_profile_table_is_ignored_with_a_warning(user_file: Path) -> None:
    write(
        user_file,
        'agent_id = "1"\n[profiles.good]\nagent_id = "2"\n[profiles.bad]\nserver = "evil.com/x"\n'
        '[profiles.default]\nagent_id = "9"\n[profiles."a b"]\nagent_id = "3"\n',
    )
    store = SettingsStore(user_file)

    assert kinds(store.load()) == [
        ("bad_profile", "a b: bad_profile_name"),
        ("bad_profile", "bad: server: bad_server"),
        ("bad_profile", "default: reserved_name"),
    ]
    assert store.profile_names() == ["default", "good"]
    assert store.get("agent_id") == "1"


def test_a_profiles_value_that_is_not_a_table_is_kept_and_refuses_writes(user_file: Path) -> None:
    write(user_file, 'profiles = "oops"\n[x]\n')
    store = SettingsStore(user_file)
    assert kinds(store.load()) == [("bad_profile", "profiles: not_table"), ("unknown_key", "x")]
    before = user_file.read_bytes()

    with pytest.raises(Exception) as caught:
        store.add_profile("sales")

    assert getattr(caught.value, "kind", "") == "bad_profile"
    assert user_file.read_bytes() == before


POLICY = """\
server = "0042"
locked = ["dial_prefix"]
dial_prefix = "9"

[profiles.sales]
server = "0077"
agent_id = "5005"
"""


def test_policy_profiles_are_locked_key_by_key(user_file: Path, policy_path: Path) -> None:
    write(policy_path, POLICY)
    write(user_file, '[profiles.sales]\nagent_id = "6006"\nplus_replacement = "00"\n')
    store = SettingsStore(user_file, policy_file=policy_path)

    assert store.load() == []
    assert store.is_provisioned("sales")
    assert store.profile("sales") == Profile(
        "sales", "0077", "5005", DialPlan(prefix="9", plus_replacement="00")
    )
    assert store.locked_keys("sales") == {"server", "agent_id", "dial_prefix"}
    assert store.locked_keys() == {"dial_prefix"}
    assert store.source("agent_id", "sales") == "policy"
    assert store.source("plus_replacement", "sales") == "user"
    with pytest.raises(LockedSettingError):
        store.set("agent_id", "1", "sales")
    with pytest.raises(LockedSettingError):
        store.remove_profile("sales")
    with pytest.raises(LockedSettingError):
        store.rename_profile("sales", "ventas")
    store.set("plus_replacement", "", "sales")  # keys the policy leaves open stay the user's
    # the dialog sends locked keys unchanged: accepted and left out; a change is refused
    store.update({"agent_id": "5005", "default_country": "CO"}, "sales")
    with pytest.raises(LockedSettingError):
        store.update({"agent_id": "1"}, "sales")
    assert store.get("default_country", "sales") == "CO"


def test_a_pc_wide_lock_applies_to_user_profiles(user_file: Path, policy_path: Path) -> None:
    write(policy_path, POLICY)
    write(user_file, '[profiles.mine]\ndial_prefix = "7"\n')
    store = SettingsStore(user_file, policy_file=policy_path)

    assert store.get("dial_prefix", "mine") == "9"
    assert store.is_locked("dial_prefix", "mine")
    with pytest.raises(LockedSettingError):
        store.set("dial_prefix", "8", "mine")


def test_it_can_lock_the_active_profile(user_file: Path, policy_path: Path) -> None:
    policy = POLICY.replace('locked = ["dial_prefix"]', 'locked = ["active_profile"]')
    write(policy_path, 'active_profile = "sales"\n' + policy)
    store = SettingsStore(user_file, policy_file=policy_path)

    assert store.active_profile() == "sales"
    with pytest.raises(LockedSettingError):
        store.set_active_profile("default")


def test_a_broken_policy_profile_is_ignored(user_file: Path, policy_path: Path) -> None:
    write(policy_path, '[profiles.sales]\nserver = "x.y"\n[profiles.ok]\nagent_id = "1"\n')
    store = SettingsStore(user_file, policy_file=policy_path)

    assert kinds(store.load()) == [("bad_profile", "sales: server: bad_server")]
    assert store.profile_names() == ["default", "ok"]


# --- the Windows registry ------------------------------------------------------------------


class FakeRegistry:
    def __init__(self, profiles: dict[str, dict[str, object]]) -> None:
        self._profiles = profiles

    def policy(self) -> dict[str, object]:
        return {}

    def machine_defaults(self) -> dict[str, object]:
        return {}

    def policy_profiles(self) -> dict[str, dict[str, object]]:
        return self._profiles


def test_registry_profiles_are_provisioned_and_locked(user_file: Path) -> None:
    registry = FakeRegistry({"sales": {"server": "0077", "agent_id": 5005}, "bad": {"server": 1.5}})
    store = SettingsStore(user_file, registry=registry)

    assert kinds(store.load()) == [("bad_profile", "bad: server: not_text")]
    assert store.profile("sales").agent_id == "5005"
    assert store.locked_keys("sales") == {"server", "agent_id"}


class _Key:
    def __init__(self, values: list[tuple[str, object, int]], subkeys: list[str]) -> None:
        self.values, self.subkeys = values, subkeys

    def __enter__(self) -> _Key:
        return self

    def __exit__(self, *exc: object) -> None:
        return None


def test_windows_registry_reads_profile_subkeys_hklm_over_hkcu() -> None:
    hkcu_sales = [("server", "0001", 1), ("dial_prefix", "5", 1)]
    tree = {
        ("HKCU", PROFILES_REGISTRY_KEY): _Key([], ["sales", "home"]),
        ("HKLM", PROFILES_REGISTRY_KEY): _Key([], ["sales"]),
        ("HKCU", PROFILES_REGISTRY_KEY + "\\sales"): _Key(hkcu_sales, []),
        ("HKCU", PROFILES_REGISTRY_KEY + "\\home"): _Key([("Agent_ID", "7", 1)], []),
        ("HKLM", PROFILES_REGISTRY_KEY + "\\sales"): _Key([("server", "0042", 1)], []),
    }

    def open_key(hive: str, subkey: str, reserved: int, access: int) -> _Key:
        if access & 0x0200 or (hive, subkey) not in tree:  # the 32-bit view holds nothing
            raise FileNotFoundError(2, "not found")
        return tree[(hive, subkey)]

    def enum(items: list[Any], index: int) -> Any:
        if index >= len(items):
            raise OSError(259, "no more data")
        return items[index]

    api = SimpleNamespace(
        HKEY_LOCAL_MACHINE="HKLM",
        HKEY_CURRENT_USER="HKCU",
        KEY_READ=0x20019,
        KEY_WOW64_64KEY=0x0100,
        KEY_WOW64_32KEY=0x0200,
        REG_SZ=1,
        REG_EXPAND_SZ=2,
        REG_DWORD=4,
        REG_MULTI_SZ=7,
        REG_QWORD=11,
        OpenKey=open_key,
        EnumValue=lambda key, i: enum(key.values, i),
        EnumKey=lambda key, i: enum(key.subkeys, i),
    )

    assert WindowsRegistry(api).policy_profiles() == {
        "sales": {"server": "0042"},  # HKLM's profile replaces HKCU's whole
        "home": {"agent_id": "7"},
    }


# --- language ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "stored"),
    [("", ""), ("en", "en"), ("es", "es"), ("pt-BR", "pt_BR"), ("PT_br", "pt_BR")],
)
def test_language_takes_the_shipped_languages(user_file: Path, raw: str, stored: str) -> None:
    assert SettingsStore(user_file).set("language", raw) == stored


@pytest.mark.parametrize("raw", ["fr", "pt", "es_ES", "english"])
def test_language_refuses_others(user_file: Path, raw: str) -> None:
    with pytest.raises(SettingValueError) as caught:
        SettingsStore(user_file).set("language", raw)
    assert caught.value.kind == "bad_language"
