"""``--profile`` and ``profile ...`` on the command line, against the simulator, and the gate
that two profiles with one token share."""

from __future__ import annotations

import io
import json
import sys
import threading

import keyring
import pytest

from tests.conftest import TEST_TOKEN
from wolkvox_desk.cli import main
from wolkvox_desk.context import AppContext
from wolkvox_desk.core.models import ApiResult
from wolkvox_desk.services.credentials import SERVICE

OTHER_TOKEN = "0ther-t0ken-for-profiles-77"


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def profiles(capsys, simulator, monkeypatch):
    """default (agent 1001, wv0042) and sales (agent 2002, wv0077), each with its own token."""
    monkeypatch.setenv("WOLKVOX_DESK_API_BASE", simulator.base_url)
    for argv in (
        ("config", "set", "server", "0042"),
        ("config", "set", "agent_id", "1001"),
        ("profile", "add", "sales", "--server", "0077", "--agent-id", "2002"),
        ("--profile", "sales", "config", "set", "dial_prefix", "9"),
    ):
        assert run(capsys, *argv)[0] == 0
    keyring.get_keyring().set_password(SERVICE, "default", OTHER_TOKEN)
    keyring.get_keyring().set_password(SERVICE, "sales", TEST_TOKEN)
    return simulator


def test_dial_with_profile_sends_that_profiles_agent_token_and_dial_plan(profiles, capsys):
    code, out, err = run(capsys, "--profile", "sales", "dial", "3001234567", "--json")
    assert code == 0, err
    assert json.loads(out)["ok"] is True
    (record,) = profiles.records()
    assert record.params["agent_id"] == "2002"
    assert record.params["customer_phone"] == "93001234567"
    assert record.token == TEST_TOKEN
    # the history row names the profile's server
    code, out, _ = run(capsys, "history", "--format", "json")
    assert json.loads(out.splitlines()[0])["server"] == "0077"


def test_profile_option_after_the_command_works_too(profiles, capsys):
    code, _, err = run(capsys, "dial", "3001234567", "--profile", "sales")
    assert code == 0, err
    assert profiles.records()[0].params["agent_id"] == "2002"


def test_without_profile_the_default_profile_dials(profiles, capsys):
    # OTHER_TOKEN is unknown to the simulator: the default profile's token was used
    code, _, _ = run(capsys, "dial", "3001234567", "--json")
    assert code == 3
    assert profiles.records()[0].token == OTHER_TOKEN
    assert profiles.records()[0].params["agent_id"] == "1001"


def test_profile_use_is_remembered(profiles, capsys):
    assert run(capsys, "profile", "use", "sales")[0] == 0
    code, out, _ = run(capsys, "profile", "list")
    assert code == 0
    assert [line.split()[:2] for line in out.splitlines()] == [["default", "agent"], ["*", "sales"]]
    assert run(capsys, "dial", "3001234567")[0] == 0
    assert profiles.records()[0].params["agent_id"] == "2002"
    # --profile still picks another one for a single run
    assert run(capsys, "--profile", "default", "config", "get", "agent_id")[1] == "1001\n"


@pytest.mark.parametrize(
    "argv",
    [
        ("--profile", "nope", "dial", "3001234567"),
        ("--profile", "nope", "token", "status"),
        ("--profile", "nope", "config", "show"),
        ("--profile", "nope", "hang"),
        ("--profile", "nope", "diagnose"),
        ("profile", "use", "nope"),
        ("profile", "remove", "nope"),
    ],
)
def test_an_unknown_profile_is_not_configured(profiles, capsys, argv):
    code, out, err = run(capsys, *argv)
    assert code == 6
    assert "There is no profile called nope. Profiles: default, sales." in err
    assert profiles.records() == []


def test_unknown_profile_with_json_prints_one_object(profiles, capsys):
    code, out, _ = run(capsys, "--profile", "nope", "dial", "1", "--json")
    assert code == 6
    doc = json.loads(out)
    assert (doc["ok"], doc["error"], doc["attempts"], doc["conn_id"]) == (
        False,
        "unknown_profile",
        0,
        None,
    )


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (("--profile", "a b", "config", "show"), "not a valid profile name"),
        (("profile", "add", "Sales"), "already exists"),
        (("profile", "add", "x", "--server", "evil.com/"), "letters and digits only"),
        (("profile", "remove", "default"), "cannot be renamed or removed"),
    ],
)
def test_bad_profile_input_is_bad_usage(profiles, capsys, argv, words):
    code, _, err = run(capsys, *argv)
    assert code == 2
    assert words in err


def test_token_commands_use_the_profiles_keyring_entry(capsys, monkeypatch):
    assert run(capsys, "profile", "add", "sales")[0] == 0
    monkeypatch.setattr(sys, "stdin", io.StringIO("sales-token-value\n"))
    assert run(capsys, "--profile", "sales", "token", "set")[0] == 0
    backend = keyring.get_keyring()
    assert backend.get_password(SERVICE, "sales") == "sales-token-value"
    assert backend.get_password(SERVICE, "default") is None
    assert run(capsys, "token", "status")[0] == 6  # the default profile has none
    assert run(capsys, "token", "status", "--profile", "sales")[0] == 0
    # renaming moves the token; removing deletes it
    assert run(capsys, "profile", "rename", "sales", "ventas")[0] == 0
    assert backend.get_password(SERVICE, "ventas") == "sales-token-value"
    assert backend.get_password(SERVICE, "sales") is None
    assert run(capsys, "profile", "remove", "ventas")[0] == 0
    assert backend.get_password(SERVICE, "ventas") is None
    assert run(capsys, "--profile", "ventas", "token", "clear")[0] == 6


def test_config_show_names_the_profile_and_its_sources(profiles, capsys):
    code, out, _ = run(capsys, "config", "show", "--profile", "sales")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "# profile: sales"
    assert "agent_id = 2002  [user]" in lines
    assert "history_retention_days = 90  [default]" in lines


# --- the gate: per token, not per profile --------------------------------------------------


def _dial_in_thread(ctx: AppContext, results: list[object]) -> threading.Thread:
    def dial() -> None:
        client = ctx.make_client()
        try:
            results.append(client.dial(ctx.account(), ctx.agent_id(), "3001234567", wait_s=30))
        except Exception as exc:  # reported to the test below
            results.append(exc)
        finally:
            client.close()

    thread = threading.Thread(target=dial)
    thread.start()
    return thread


def _two_profiles(simulator, monkeypatch, token_b: str) -> tuple[AppContext, AppContext]:
    monkeypatch.setenv("WOLKVOX_DESK_API_BASE", simulator.base_url)
    setup = AppContext.from_env()
    store = setup.settings_store
    store.add_profile("a", {"server": "0042", "agent_id": "1001"})
    store.add_profile("b", {"server": "0077", "agent_id": "2002"})
    keyring.get_keyring().set_password(SERVICE, "a", TEST_TOKEN)
    keyring.get_keyring().set_password(SERVICE, "b", token_b)
    # two contexts, as two processes have: they share only the lock folder
    first, second = AppContext.from_env(), AppContext.from_env()
    first.use_profile("a")
    second.use_profile("b")
    return first, second


def test_two_profiles_with_one_token_share_the_gate(simulator, monkeypatch):
    first, second = _two_profiles(simulator, monkeypatch, TEST_TOKEN)
    simulator.pause()  # answers wait: the first dial stays in flight
    results: list[object] = []
    threads = [_dial_in_thread(first, results)]
    assert simulator.wait_for_in_flight(1, TEST_TOKEN)
    threads.append(_dial_in_thread(second, results))
    # the second profile's dial waits at the gate: it never reaches the server meanwhile
    assert not simulator.wait_for_in_flight(2, TEST_TOKEN, timeout=0.5)
    simulator.resume()
    for thread in threads:
        thread.join(10)

    assert all(isinstance(result, ApiResult) for result in results), results
    assert sorted(r.params["agent_id"] for r in simulator.records()) == ["1001", "2002"]
    assert simulator.max_in_flight(TEST_TOKEN) == 1


def test_two_profiles_with_two_tokens_do_not_wait_for_each_other(simulator, monkeypatch):
    # The control for the test above: without a shared token both dials are in flight at once.
    second_token = "second-token-for-gate-test"
    simulator.stop()
    from wolkvox_desk.simulator import Simulator

    sim = Simulator(tokens=(TEST_TOKEN, second_token))
    sim.start()
    try:
        first, second = _two_profiles(sim, monkeypatch, second_token)
        sim.pause()
        results: list[object] = []
        threads = [_dial_in_thread(first, results), _dial_in_thread(second, results)]
        assert sim.wait_for_in_flight(2)
        sim.resume()
        for thread in threads:
            thread.join(10)
        assert all(isinstance(result, ApiResult) for result in results), results
        assert sim.max_in_flight() == 2
    finally:
        sim.stop()


def test_config_show_of_the_default_profile_keeps_its_old_shape(profiles, capsys):
    code, out, _ = run(capsys, "config", "show")
    assert code == 0
    assert out.splitlines()[0] == "server = 0042  [user]"


@pytest.mark.parametrize("argv", [("--profile", "sales", "hold"), ("hold", "--profile", "sales")])
def test_call_commands_use_the_profile(profiles, capsys, argv):
    run(capsys, *argv)
    (record,) = profiles.records()
    assert (record.params["agent_id"], record.token) == ("2002", TEST_TOKEN)
