"""Tests of services/settings.py: layers, locks, validation, broken files, atomic writes, TOML."""

from __future__ import annotations

import dataclasses
import math
import os
import stat
import tomllib
from collections.abc import Mapping
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wolkvox_desk.core.errors import LockedSettingError, SettingsFileError, SettingValueError
from wolkvox_desk.core.models import DialPlan
from wolkvox_desk.services import settings as settings_module
from wolkvox_desk.services.settings import (
    KEYS,
    Settings,
    SettingsStore,
    WindowsRegistry,
    dumps,
    system_registry,
)

posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
fuzz = settings(
    max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


class FakeRegistry:
    def __init__(
        self,
        policy: Mapping[str, object] | None = None,
        machine: Mapping[str, object] | None = None,
        error: OSError | None = None,
    ) -> None:
        self._policy = dict(policy or {})
        self._machine = dict(machine or {})
        self._error = error

    def policy(self) -> dict[str, object]:
        if self._error:
            raise self._error
        return self._policy

    def machine_defaults(self) -> dict[str, object]:
        return self._machine


@pytest.fixture
def user_file(tmp_path: Path) -> Path:
    return tmp_path / "config" / "settings.toml"


@pytest.fixture
def policy_path(tmp_path: Path) -> Path:
    return tmp_path / "etc" / "policy.toml"


def write(path: Path, text: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode() if isinstance(text, str) else text)
    return path


def kinds(warnings: list[SettingsFileError]) -> list[tuple[str, str]]:
    return [(w.kind, w.detail) for w in warnings]


# --- keys and defaults ---------------------------------------------------------------------


def test_keys_describe_every_settings_field_with_its_default() -> None:
    fields = {f.name: f.default for f in dataclasses.fields(Settings)}

    assert fields == {name: spec.default for name, spec in KEYS.items()}
    for spec in KEYS.values():
        assert isinstance(spec.default, spec.value_type)


def test_dial_plan_comes_from_the_dial_plan_keys() -> None:
    values = Settings(dial_prefix="9", plus_replacement="00", default_country="CO")

    assert values.dial_plan == DialPlan(prefix="9", plus_replacement="00", default_country="CO")


def test_no_files_gives_built_in_defaults(user_file: Path, policy_path: Path) -> None:
    store = SettingsStore(user_file, policy_file=policy_path)

    assert store.load() == []
    assert store.values == Settings()
    assert {store.source(key) for key in KEYS} == {"default"}
    assert store.locked_keys() == frozenset()
    assert not user_file.exists()


# --- layers ----------------------------------------------------------------------------------


def test_layers_policy_over_user_over_machine_over_default(
    user_file: Path, policy_path: Path
) -> None:
    write(
        policy_path,
        'server = "0042"\ndial_prefix = "9"\nhistory_retention_days = 30\n'
        'locked = ["server", "history_retention_days"]\n',
    )
    write(user_file, 'server = "0099"\nagent_id = "1001"\nhistory_retention_days = 7\n')
    store = SettingsStore(user_file, policy_file=policy_path)

    assert store.load() == []

    assert (store.get("server"), store.source("server")) == ("0042", "policy")
    assert (store.get("history_retention_days"), store.source("history_retention_days")) == (
        30,
        "policy",
    )
    assert (store.get("agent_id"), store.source("agent_id")) == ("1001", "user")
    assert (store.get("dial_prefix"), store.source("dial_prefix")) == ("9", "machine")
    assert (store.get("always_on_top"), store.source("always_on_top")) == (False, "default")
    assert store.locked_keys() == {"server", "history_retention_days"}
    assert store.is_locked("server") and not store.is_locked("agent_id")
    assert store.values.server == "0042"


def test_user_value_beats_machine_default(user_file: Path, policy_path: Path) -> None:
    write(policy_path, 'dial_prefix = "9"\n')
    write(user_file, 'dial_prefix = "7"\n')

    store = SettingsStore(user_file, policy_file=policy_path)

    assert (store.get("dial_prefix"), store.source("dial_prefix")) == ("7", "user")


def test_locked_key_without_a_policy_value_uses_the_built_in_default(
    user_file: Path, policy_path: Path
) -> None:
    write(policy_path, 'locked = ["store_customer_names", "dial_prefix"]\n')
    write(user_file, 'store_customer_names = false\ndial_prefix = "7"\n')

    store = SettingsStore(user_file, policy_file=policy_path)

    assert store.get("store_customer_names") is True
    assert store.get("dial_prefix") == ""
    assert store.source("dial_prefix") == "policy"


def test_registry_policy_and_machine_defaults(user_file: Path, policy_path: Path) -> None:
    write(policy_path, 'server = "0001"\nagent_id = "5"\nlocked = ["server"]\n')
    write(user_file, 'dial_prefix = "7"\n')
    registry = FakeRegistry(
        policy={"server": "0042", "always_on_top": 1},
        machine={"agent_id": 2000, "dial_prefix": "9", "history_retention_days": "45"},
    )

    store = SettingsStore(user_file, policy_file=policy_path, registry=registry)

    assert store.load() == []
    assert (store.get("server"), store.source("server")) == ("0042", "policy")
    assert (store.get("always_on_top"), store.source("always_on_top")) == (True, "policy")
    # the registry's machine defaults win over the policy file's top-level keys
    assert (store.get("agent_id"), store.source("agent_id")) == ("2000", "machine")
    assert (store.get("history_retention_days"), store.source("history_retention_days")) == (
        45,
        "machine",
    )
    assert (store.get("dial_prefix"), store.source("dial_prefix")) == ("7", "user")
    assert store.locked_keys() == {"server", "always_on_top"}


def test_registry_failure_is_a_warning(user_file: Path) -> None:
    write(user_file, 'agent_id = "1001"\n')
    store = SettingsStore(user_file, registry=FakeRegistry(error=PermissionError("denied")))

    warnings = store.load()

    assert kinds(warnings) == [("io", "PermissionError")]
    assert warnings[0].path == "registry"
    assert store.get("agent_id") == "1001"


def test_invalid_registry_policy_value_still_locks_the_key(user_file: Path) -> None:
    write(user_file, 'server = "0099"\n')
    store = SettingsStore(user_file, registry=FakeRegistry(policy={"server": "evil.com"}))

    warnings = store.load()

    assert kinds(warnings) == [("bad_value", "server: bad_server")]
    assert (store.get("server"), store.source("server")) == ("", "policy")


def test_load_rereads_every_layer(user_file: Path, policy_path: Path) -> None:
    store = SettingsStore(user_file, policy_file=policy_path)
    assert store.get("agent_id") == ""

    write(user_file, 'agent_id = "1001"\n')
    write(policy_path, 'locked = ["agent_id"]\nagent_id = "2002"\n')
    store.load()

    assert store.get("agent_id") == "2002"
    assert store.is_locked("agent_id")


# --- bad values and unknown keys -------------------------------------------------------------


def test_bad_values_are_ignored_with_a_warning(user_file: Path, policy_path: Path) -> None:
    write(
        policy_path,
        'server = "0042.evil.com"\ndial_prefix = "9"\nalways_on_top = "maybe"\n'
        'locked = ["server", "always_on_top"]\n',
    )
    write(
        user_file,
        'agent_id = "10a1"\nhistory_retention_days = 99999\nstart_minimized = true\n'
        "default_country = 57\n",
    )
    store = SettingsStore(user_file, policy_file=policy_path)

    warnings = store.load()

    assert sorted(kinds(warnings)) == [
        ("bad_value", "agent_id: bad_agent_id"),
        ("bad_value", "always_on_top: not_bool"),
        ("bad_value", "default_country: bad_country"),
        ("bad_value", "history_retention_days: out_of_range"),
        ("bad_value", "server: bad_server"),
    ]
    by_kind = {w.detail: w.path for w in warnings}
    assert by_kind["server: bad_server"] == str(policy_path)
    assert by_kind["agent_id: bad_agent_id"] == str(user_file)
    assert store.values == Settings(dial_prefix="9", start_minimized=True)
    # the locks stand: IT's intent is clear even when its value is not
    assert store.locked_keys() == {"server", "always_on_top"}


def test_unknown_keys_warn_and_profile_tables_are_read(user_file: Path, policy_path: Path) -> None:
    write(
        policy_path,
        'colour = "red"\nlocked = ["server", "nonsense"]\n[profiles.sales]\nserver = "0042"\n',
    )
    write(user_file, 'agent_id = "1001"\nlocked = ["agent_id"]\n[profiles.support]\nx = 1\n')
    store = SettingsStore(user_file, policy_file=policy_path)

    warnings = store.load()

    assert sorted(kinds(warnings)) == [
        ("unknown_key", "colour"),
        ("unknown_key", "locked"),  # users cannot lock keys
        ("unknown_key", "nonsense"),
        ("unknown_key", "profiles.support.x"),  # the profile stays; only x is ignored
    ]
    assert store.locked_keys() == {"server"}
    assert store.get("agent_id") == "1001"


def test_a_locked_list_of_the_wrong_type_is_a_bad_value(user_file: Path, policy_path: Path) -> None:
    write(policy_path, 'locked = "server"\nserver = "0042"\n')

    store = SettingsStore(user_file, policy_file=policy_path)

    assert kinds(store.load()) == [("bad_value", "locked: not_list")]
    assert store.locked_keys() == frozenset()
    assert store.source("server") == "machine"


# --- broken files ---------------------------------------------------------------------------

BROKEN = b'server = "0042"\nagent_id = = 1001\n'


def test_broken_user_file_gives_a_warning_and_defaults_and_is_kept(
    user_file: Path, policy_path: Path
) -> None:
    write(policy_path, 'dial_prefix = "9"\n')
    write(user_file, BROKEN)
    store = SettingsStore(user_file, policy_file=policy_path)

    warnings = store.load()

    assert len(warnings) == 1
    assert warnings[0].kind == "broken_toml"
    assert warnings[0].path == str(user_file)
    assert warnings[0].detail.startswith("line 2, column ")
    assert store.values == Settings(dial_prefix="9")  # other layers still apply
    assert user_file.read_bytes() == BROKEN
    assert store.values == Settings(dial_prefix="9")
    assert user_file.read_bytes() == BROKEN


def test_set_on_a_broken_user_file_moves_it_aside(user_file: Path) -> None:
    write(user_file, BROKEN)
    store = SettingsStore(user_file)
    store.load()

    store.set("agent_id", "1001")

    aside = list(user_file.parent.glob("settings.toml.broken-*"))
    assert len(aside) == 1
    assert aside[0].read_bytes() == BROKEN
    assert tomllib.loads(user_file.read_text()) == {"agent_id": "1001"}
    moved = [w for w in store.warnings if w.kind == "moved_aside"]
    assert len(moved) == 1
    assert moved[0].path == str(user_file)
    assert moved[0].moved_to == str(aside[0])
    assert store.get("agent_id") == "1001"


def test_two_broken_files_in_the_same_second_are_both_kept(user_file: Path) -> None:
    store = SettingsStore(user_file)
    write(user_file, b"first = \n")
    store.set("agent_id", "1")
    write(user_file, b"second = \n")
    store.set("agent_id", "2")

    kept = sorted(p.read_bytes() for p in user_file.parent.glob("settings.toml.broken-*"))
    assert kept == [b"first = \n", b"second = \n"]


def test_broken_policy_file_gives_a_warning_and_defaults(
    user_file: Path, policy_path: Path
) -> None:
    write(policy_path, b'locked = ["server"\nserver = "0042"\n')
    write(user_file, 'server = "0099"\n')
    store = SettingsStore(user_file, policy_file=policy_path)

    warnings = store.load()

    assert [(w.kind, w.path) for w in warnings] == [("broken_toml", str(policy_path))]
    assert store.locked_keys() == frozenset()
    assert (store.get("server"), store.source("server")) == ("0099", "user")


def test_not_utf8_is_broken_toml(user_file: Path) -> None:
    write(user_file, b'server = "\xff\xfe"\n')

    warnings = SettingsStore(user_file).load()

    assert kinds(warnings) == [("broken_toml", "utf-8 at byte 10")]


def test_a_byte_order_mark_is_accepted(user_file: Path, policy_path: Path) -> None:
    write(policy_path, b'\xef\xbb\xbfserver = "0042"\nlocked = ["server"]\n')

    store = SettingsStore(user_file, policy_file=policy_path)

    assert store.load() == []
    assert store.get("server") == "0042"


def test_an_unreadable_user_file_is_an_io_warning_and_is_not_replaced(user_file: Path) -> None:
    user_file.mkdir(parents=True)  # a folder where the file should be
    store = SettingsStore(user_file)

    assert [w.kind for w in store.load()] == ["io"]
    with pytest.raises(SettingsFileError) as caught:
        store.set("agent_id", "1001")
    assert caught.value.kind == "io"
    assert user_file.is_dir()


def test_a_broken_file_that_cannot_be_moved_aside_is_not_overwritten(
    user_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(user_file, BROKEN)

    def refuse(self: Path, target: Path) -> Path:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "rename", refuse)

    with pytest.raises(SettingsFileError) as caught:
        SettingsStore(user_file).set("agent_id", "1001")

    assert caught.value.kind == "io"
    assert user_file.read_bytes() == BROKEN
    assert [p.name for p in user_file.parent.iterdir()] == ["settings.toml"]


# --- set, update, unset -----------------------------------------------------------------------


def test_set_validates_writes_and_returns_the_stored_value(user_file: Path) -> None:
    store = SettingsStore(user_file)

    assert store.set("server", " 0042 ") == "0042"
    assert store.set("history_retention_days", "0") == 0
    assert store.set("always_on_top", "Yes") is True
    assert store.set("store_customer_names", "off") is False
    assert store.set("default_country", "co") == "CO"

    fresh = SettingsStore(user_file)
    assert fresh.values == Settings(
        server="0042",
        history_retention_days=0,
        always_on_top=True,
        store_customer_names=False,
        default_country="CO",
    )
    assert fresh.source("server") == "user"


@pytest.mark.parametrize(
    ("key", "raw", "kind"),
    [
        ("server", "0042.evil.com", "bad_server"),
        ("server", "0042/..", "bad_server"),
        ("server", "0042@evil", "bad_server"),
        ("server", "００４２", "bad_server"),
        ("server", True, "not_text"),
        ("agent_id", "10 01", "bad_agent_id"),
        ("dial_prefix", "9#", "bad_dial_prefix"),
        ("plus_replacement", "+", "bad_plus_replacement"),
        ("default_country", "XX", "bad_country"),
        ("history_retention_days", "3651", "out_of_range"),
        ("history_retention_days", -1, "out_of_range"),
        ("history_retention_days", "ninety", "not_int"),
        ("history_retention_days", "٩٠", "not_int"),
        ("history_retention_days", True, "not_int"),
        ("always_on_top", "maybe", "not_bool"),
        ("always_on_top", 2, "not_bool"),
        ("language", "es; rm", "bad_language"),
        ("language", "\ud800", "not_text"),
    ],
)
def test_set_refuses_invalid_values_and_leaves_the_file_alone(
    user_file: Path, key: str, raw: str | int | bool, kind: str
) -> None:
    write(user_file, 'agent_id = "1001"\n')
    before = user_file.read_bytes()
    store = SettingsStore(user_file)

    with pytest.raises(SettingValueError) as caught:
        store.set(key, raw)

    assert (caught.value.key, caught.value.kind) == (key, kind)
    assert user_file.read_bytes() == before


def test_set_and_get_refuse_unknown_keys(user_file: Path) -> None:
    store = SettingsStore(user_file)

    for action in (lambda: store.set("colour", "red"), lambda: store.get("colour")):
        with pytest.raises(SettingValueError) as caught:
            action()
        assert (caught.value.key, caught.value.kind) == ("colour", "unknown_key")
    assert not user_file.exists()


def test_set_refuses_a_locked_key_even_before_load(user_file: Path, policy_path: Path) -> None:
    write(policy_path, 'server = "0042"\nlocked = ["server"]\n')
    store = SettingsStore(user_file, policy_file=policy_path)  # no load() on purpose

    with pytest.raises(LockedSettingError) as caught:
        store.set("server", "0042")

    assert caught.value.key == "server"
    assert not user_file.exists()


def test_set_keeps_unknown_keys_and_profiles_of_the_user_file(user_file: Path) -> None:
    original = (
        'colour = "red"\nagent_id = "1"\nfuture = [1, 2]\n'
        '[profiles.sales]\nserver = "0042"\nagent_id = "7"\n'
        '[profiles."ventas ñ"]\nserver = "0043"\n'
    )
    write(user_file, original)
    store = SettingsStore(user_file)

    store.set("agent_id", "1001")

    expected = tomllib.loads(original)
    expected["agent_id"] = "1001"
    assert tomllib.loads(user_file.read_text(encoding="utf-8")) == expected


def test_update_writes_several_keys_at_once(user_file: Path) -> None:
    store = SettingsStore(user_file)

    store.update({"server": "0042", "agent_id": 1001, "always_on_top": True})

    assert tomllib.loads(user_file.read_text()) == {
        "server": "0042",
        "agent_id": "1001",
        "always_on_top": True,
    }


def test_update_is_all_or_nothing(user_file: Path) -> None:
    store = SettingsStore(user_file)

    with pytest.raises(SettingValueError):
        store.update({"server": "0042", "agent_id": "x"})

    assert not user_file.exists()
    assert store.get("server") == ""


def test_update_accepts_locked_keys_only_unchanged(user_file: Path, policy_path: Path) -> None:
    write(policy_path, 'server = "0042"\nlocked = ["server"]\n')
    store = SettingsStore(user_file, policy_file=policy_path)

    store.update({"server": "0042", "agent_id": "1001"})  # the dialog sends every field

    assert tomllib.loads(user_file.read_text()) == {"agent_id": "1001"}
    for changed in ("0043", None, "bad.host"):
        with pytest.raises(LockedSettingError):
            store.update({"server": changed, "agent_id": "2002"})
    assert store.get("agent_id") == "1001"


def test_unset_falls_back_to_the_machine_default(user_file: Path, policy_path: Path) -> None:
    write(policy_path, 'dial_prefix = "9"\n')
    store = SettingsStore(user_file, policy_file=policy_path)
    store.set("dial_prefix", "7")
    assert store.source("dial_prefix") == "user"

    store.unset("dial_prefix")
    store.unset("agent_id")  # not set: fine

    assert (store.get("dial_prefix"), store.source("dial_prefix")) == ("9", "machine")
    assert "dial_prefix" not in tomllib.loads(user_file.read_text())


def test_unset_refuses_a_locked_key(user_file: Path, policy_path: Path) -> None:
    write(policy_path, 'locked = ["server"]\n')

    with pytest.raises(LockedSettingError):
        SettingsStore(user_file, policy_file=policy_path).unset("server")


# --- the file on disk --------------------------------------------------------------------------


@posix_only
def test_written_file_is_user_only_even_with_an_open_umask(user_file: Path) -> None:
    old_umask = os.umask(0)
    try:
        SettingsStore(user_file).set("agent_id", "1001")
    finally:
        os.umask(old_umask)

    assert stat.S_IMODE(user_file.stat().st_mode) == 0o600
    assert stat.S_IMODE(user_file.parent.stat().st_mode) == 0o700


@posix_only
def test_rewrite_tightens_a_loose_file(user_file: Path) -> None:
    write(user_file, 'agent_id = "1"\n').chmod(0o644)

    SettingsStore(user_file).set("agent_id", "2")

    assert stat.S_IMODE(user_file.stat().st_mode) == 0o600


def test_a_failed_write_leaves_the_old_file_and_no_temporary_file(
    user_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(user_file, 'agent_id = "1001"\n')
    store = SettingsStore(user_file)

    def failing_replace(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(settings_module.os, "replace", failing_replace)

    with pytest.raises(SettingsFileError) as caught:
        store.set("agent_id", "2002")

    assert caught.value.kind == "io"
    assert user_file.read_text() == 'agent_id = "1001"\n'
    assert [p.name for p in user_file.parent.iterdir()] == ["settings.toml"]


def test_write_goes_through_a_temporary_file_in_the_same_folder(
    user_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    replaced: list[tuple[Path, Path]] = []
    real_replace = os.replace

    def spy(src: str, dst: str) -> None:
        replaced.append((Path(src), Path(dst)))
        real_replace(src, dst)

    monkeypatch.setattr(settings_module.os, "replace", spy)

    SettingsStore(user_file).set("agent_id", "1001")

    assert len(replaced) == 1
    source, target = replaced[0]
    assert target == user_file
    assert source.parent == user_file.parent and source != user_file
    assert [p.name for p in user_file.parent.iterdir()] == ["settings.toml"]


# --- TOML writer --------------------------------------------------------------------------

toml_keys = st.text(min_size=0, max_size=12)
toml_scalars = (
    st.text()
    | st.integers(min_value=-(2**63), max_value=2**63 - 1)
    | st.booleans()
    | st.floats(allow_nan=False)
)
toml_values = st.recursive(
    toml_scalars,
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(toml_keys, children, max_size=4)
    ),
    max_leaves=8,
)


@given(st.dictionaries(toml_keys, toml_values, max_size=6))
@settings(max_examples=80)
def test_dumps_round_trips_through_tomllib(document: dict[str, Any]) -> None:
    assert tomllib.loads(dumps(document)) == document


def test_dumps_round_trips_unicode_and_control_characters() -> None:
    document = {
        "name": 'José & Hijos #2 "ñandú" \\ \t\n\r\x00\x1f\x7f 中文 🙂',
        "bare-key_1": True,
        "key with space": -5,
        "": "",
        "nan": math.nan,
        "inf": -math.inf,
        "table": {"nested": {"deep": [1, "two", False]}, "list_of_tables": [{"a": 1}]},
    }

    back = tomllib.loads(dumps(document))

    assert math.isnan(back.pop("nan"))
    document.pop("nan")
    assert back == document


def test_dumps_round_trips_dates_from_tomllib() -> None:
    text = (
        "a = 1979-05-27T07:32:00-08:00\nb = 1979-05-27\nc = 07:32:00.5\nd = 1979-05-27T07:32:00\n"
    )
    document = tomllib.loads(text)

    assert tomllib.loads(dumps(document)) == document


@given(
    server=st.from_regex(r"[A-Za-z0-9]{1,16}", fullmatch=True),
    agent=st.from_regex(r"[0-9]{1,12}", fullmatch=True),
    retention=st.integers(0, 3650),
    flags=st.tuples(st.booleans(), st.booleans(), st.booleans(), st.booleans()),
)
@settings(fuzz, max_examples=40)
def test_store_round_trips_every_valid_value(
    tmp_path: Path, server: str, agent: str, retention: int, flags: tuple[bool, ...]
) -> None:
    user_file = tmp_path / "rt" / "settings.toml"
    changes = {
        "server": server,
        "agent_id": agent,
        "history_retention_days": retention,
        "store_customer_names": flags[0],
        "always_on_top": flags[1],
        "start_minimized": flags[2],
        "links_dial_immediately": flags[3],
        "language": "pt_BR",
    }
    SettingsStore(user_file).update(changes)

    fresh = SettingsStore(user_file)

    assert fresh.load() == []
    assert {key: fresh.get(key) for key in changes} == changes


# --- fuzzing: no file content makes load() raise -----------------------------------------


def check_sane(store: SettingsStore) -> None:
    values = store.values
    for key, spec in KEYS.items():
        assert isinstance(getattr(values, key), spec.value_type)


# Valid TOML whose values have every wrong type: more interesting than random bytes.
wrong_types = st.dictionaries(
    st.sampled_from([*KEYS, "locked", "profiles", "other"]), toml_values, max_size=8
)


@given(content=st.binary(max_size=400) | st.text(max_size=400).map(str.encode))
@fuzz
def test_any_user_file_content_loads_without_raising(tmp_path: Path, content: bytes) -> None:
    user_file = write(tmp_path / "fz" / "settings.toml", content)
    store = SettingsStore(user_file)

    warnings = store.load()

    assert all(isinstance(w, SettingsFileError) for w in warnings)
    check_sane(store)
    assert user_file.read_bytes() == content


@given(content=st.binary(max_size=400) | st.text(max_size=400).map(str.encode))
@fuzz
def test_any_policy_file_content_loads_without_raising(tmp_path: Path, content: bytes) -> None:
    policy = write(tmp_path / "fz" / "policy.toml", content)
    store = SettingsStore(tmp_path / "fz" / "settings.toml", policy_file=policy)

    store.load()

    check_sane(store)
    assert store.locked_keys() <= KEYS.keys()


@given(
    user=wrong_types,
    policy=wrong_types,
    registry=st.dictionaries(st.sampled_from([*KEYS, "other"]), toml_values, max_size=6),
)
@settings(fuzz, max_examples=60)
def test_wrongly_typed_values_in_every_layer_never_raise(
    tmp_path: Path, user: dict[str, Any], policy: dict[str, Any], registry: dict[str, Any]
) -> None:
    user_file = write(tmp_path / "wt" / "settings.toml", dumps(user))
    policy_path = write(tmp_path / "wt" / "policy.toml", dumps(policy))
    store = SettingsStore(
        user_file,
        policy_file=policy_path,
        registry=FakeRegistry(policy=registry, machine=registry),
    )

    store.load()

    check_sane(store)


@pytest.mark.parametrize("text", ["[" * 5000, "a = " + "[" * 5000, "a = " + "{b = " * 3000])
def test_deeply_nested_toml_is_broken_not_a_crash(tmp_path: Path, text: str) -> None:
    user_file = write(tmp_path / "deep" / "settings.toml", text)

    warnings = SettingsStore(user_file).load()

    assert [w.kind for w in warnings] == ["broken_toml"]


# --- the Windows registry reader ---------------------------------------------------------


class FakeKey:
    def __init__(self, values: list[tuple[str, object, int]]) -> None:
        self.values = values

    def __enter__(self) -> FakeKey:
        return self

    def __exit__(self, *exc: object) -> None:
        return None


def fake_winreg(tree: dict[tuple[str, str, int], list[tuple[str, object, int]]]) -> Any:
    """A stand-in for the winreg module: {(hive, subkey, view): [(name, data, type)]}."""

    def open_key(hive: str, subkey: str, reserved: int, access: int) -> FakeKey:
        assert access & api.KEY_READ
        view = access & (api.KEY_WOW64_32KEY | api.KEY_WOW64_64KEY)
        if (hive, subkey, view) not in tree:
            raise FileNotFoundError(2, "not found")
        return FakeKey(tree[(hive, subkey, view)])

    def enum_value(key: FakeKey, index: int) -> tuple[str, object, int]:
        if index >= len(key.values):
            raise OSError(259, "no more data")
        return key.values[index]

    api = SimpleNamespace(
        HKEY_LOCAL_MACHINE="HKLM",
        HKEY_CURRENT_USER="HKCU",
        KEY_READ=0x20019,
        KEY_WOW64_64KEY=0x0100,
        KEY_WOW64_32KEY=0x0200,
        REG_SZ=1,
        REG_EXPAND_SZ=2,
        REG_BINARY=3,
        REG_DWORD=4,
        REG_MULTI_SZ=7,
        REG_QWORD=11,
        OpenKey=open_key,
        EnumValue=enum_value,
    )
    return api


POLICY_KEY = r"Software\Policies\wolkvox-desk"
MACHINE_KEY = r"Software\wolkvox-desk"


def test_windows_registry_reads_policy_hklm_over_hkcu() -> None:
    api = fake_winreg(
        {
            ("HKCU", POLICY_KEY, 0x100): [("Server", "0001", 1), ("agent_id", "7", 1)],
            ("HKLM", POLICY_KEY, 0x100): [("server", "0042", 1), ("", "default", 1)],
        }
    )

    assert WindowsRegistry(api).policy() == {"server": "0042", "agent_id": "7"}


def test_windows_registry_machine_defaults_from_both_views() -> None:
    api = fake_winreg(
        {
            ("HKLM", MACHINE_KEY, 0x200): [("server", "0032", 1), ("dial_prefix", "9", 1)],
            ("HKLM", MACHINE_KEY, 0x100): [("server", "0064", 1), ("always_on_top", 1, 4)],
        }
    )
    registry = WindowsRegistry(api)

    assert registry.machine_defaults() == {"server": "0064", "dial_prefix": "9", "always_on_top": 1}
    assert registry.policy() == {}


def test_windows_registry_values_go_through_validation(user_file: Path) -> None:
    api = fake_winreg(
        {
            ("HKLM", POLICY_KEY, 0x100): [("server", b"\x00", 3), ("colour", "red", 1)],
            ("HKLM", MACHINE_KEY, 0x100): [
                ("history_retention_days", 30, 4),
                ("InstallDir", "C:\\Program Files\\wolkvox-desk", 1),  # the MSI's own value
            ],
        }
    )
    store = SettingsStore(user_file, registry=WindowsRegistry(api))

    # unknown policy values are IT's typos; unknown machine values are the MSI's business
    assert sorted(kinds(store.load())) == [
        ("bad_value", "server: bad_server"),
        ("unknown_key", "colour"),
    ]
    assert store.is_locked("server")
    assert (store.get("history_retention_days"), store.source("history_retention_days")) == (
        30,
        "machine",
    )


def test_system_registry_only_on_windows() -> None:
    assert system_registry("linux") is None
    assert system_registry("darwin") is None
    assert isinstance(system_registry("win32"), WindowsRegistry)
