"""The agent model: dial places a call, and the other calls act on it (or are refused)."""

from __future__ import annotations

import httpx
import pytest

from tests.simulator.conftest import AGENT, MakeSim, call, envelope, open_client
from wolkvox_desk.simulator import Simulator

NO_CALL = "THE AGENT HAS NO ACTIVE CALL"


def _msg(response: httpx.Response) -> str:
    return str(envelope(response)["msg"])


def test_dial_hold_hold_dtmf_hang(sim: Simulator, client: httpx.Client) -> None:
    conn_id = envelope(call(client, "dial", customer_phone="9573001234567", customer_id="1032"))[
        "data"
    ]["conn_id"]
    placed = sim.agent(AGENT).call
    assert placed is not None
    assert (placed.conn_id, placed.customer_phone, placed.customer_id) == (
        conn_id,
        "9573001234567",
        "1032",
    )

    assert envelope(call(client, "hold"))["data"] == {"conn_id": conn_id, "hold": "on"}
    assert sim.agent(AGENT).call.on_hold  # type: ignore[union-attr]
    assert envelope(call(client, "hold"))["data"]["hold"] == "off"
    assert not sim.agent(AGENT).call.on_hold  # type: ignore[union-attr]
    assert call(client, "dtmf", tones="12#").status_code == 200
    assert call(client, "dtmf", tones="*").status_code == 200
    assert sim.agent(AGENT).call.tones == "12#*"  # type: ignore[union-attr]

    hung = call(client, "hang")
    assert hung.status_code == 200
    assert envelope(hung)["data"]["conn_id"] == conn_id
    agent = sim.agent(AGENT)
    assert agent.call is None
    assert agent.last_call is not None and agent.last_call.conn_id == conn_id
    assert agent.history == ["dial", "hold", "hold", "dtmf", "dtmf", "hang"]


@pytest.mark.parametrize(
    ("api", "params"),
    [
        ("hang", {}),
        ("hold", {}),
        ("mute", {}),
        ("dtmf", {"tones": "1"}),
        ("transfer", {"customer_phone": "2002"}),
        ("hang_type_ready", {"cod_act": "5"}),
        ("type", {"cod_act": "5"}),
    ],
)
def test_call_controls_need_a_call(client: httpx.Client, api: str, params: dict[str, str]) -> None:
    response = call(client, api, **params)
    assert response.status_code == 400
    assert envelope(response)["error"] == "BAD REQUEST"
    assert _msg(response) == NO_CALL


def test_mute_toggles(sim: Simulator, client: httpx.Client) -> None:
    call(client, "dial", customer_phone="3001")
    assert envelope(call(client, "mute"))["data"]["mute"] == "on"
    assert sim.agent(AGENT).call.muted  # type: ignore[union-attr]
    assert envelope(call(client, "mute"))["data"]["mute"] == "off"


@pytest.mark.parametrize("tones", ["12a", "1 2", "+"])
def test_dtmf_accepts_keypad_tones_only(sim: Simulator, client: httpx.Client, tones: str) -> None:
    call(client, "dial", customer_phone="3001")
    response = call(client, "dtmf", tones=tones)
    assert (response.status_code, _msg(response)) == (400, "INVALID TONES")
    assert sim.agent(AGENT).call.tones == ""  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("field", "value"), [("customer_phone", "+57300"), ("customer_id", "1.032")]
)
def test_dial_wants_digits(client: httpx.Client, field: str, value: str) -> None:
    params = {"customer_phone": "3001", field: value}
    assert call(client, "dial", **params).status_code == 400


def test_a_logged_out_agent_cannot_dial(sim: Simulator, client: httpx.Client) -> None:
    assert envelope(call(client, "change_status", status="logout"))["data"] == {"status": "logout"}
    assert not sim.agent(AGENT).logged_in

    refused = call(client, "dial", customer_phone="3001")
    assert (refused.status_code, _msg(refused)) == (400, "THE AGENT IS NOT LOGGED IN")
    assert sim.agent(AGENT).call is None

    call(client, "change_status", status="ready")
    assert call(client, "dial", customer_phone="3001").status_code == 200


def test_an_auxiliary_status_still_dials(sim: Simulator, client: httpx.Client) -> None:
    call(client, "change_status", status="7")
    agent = sim.agent(AGENT)
    assert (agent.status, agent.logged_in) == ("7", True)
    assert call(client, "dial", customer_phone="3001").status_code == 200


def test_a_new_dial_replaces_the_call_by_default(sim: Simulator, client: httpx.Client) -> None:
    first = envelope(call(client, "dial", customer_phone="3001"))["data"]["conn_id"]
    second = envelope(call(client, "dial", customer_phone="3002"))["data"]["conn_id"]
    agent = sim.agent(AGENT)
    assert agent.call is not None and agent.call.conn_id == second
    assert agent.last_call is not None and agent.last_call.conn_id == first


def test_strict_calls_refuses_a_dial_during_a_call(make_sim: MakeSim) -> None:
    sim = make_sim(strict_calls=True)
    with open_client(sim) as c:
        assert call(c, "dial", customer_phone="3001").status_code == 200
        refused = call(c, "dial", customer_phone="3002")
        assert (refused.status_code, _msg(refused)) == (400, "THE AGENT IS ON A CALL")
        assert sim.agent(AGENT).call.customer_phone == "3001"  # type: ignore[union-attr]
        call(c, "hang")
        assert call(c, "dial", customer_phone="3002").status_code == 200


def test_transfer_hands_the_call_over(sim: Simulator, client: httpx.Client) -> None:
    call(client, "dial", customer_phone="3001")
    assert call(client, "transfer", customer_phone="2002").status_code == 200
    agent = sim.agent(AGENT)
    assert agent.call is None
    assert agent.last_call is not None and agent.last_call.transferred_to == "2002"


def test_hang_type_ready_ends_types_and_readies(sim: Simulator, client: httpx.Client) -> None:
    call(client, "change_status", status="7")
    call(client, "dial", customer_phone="3001")
    response = call(client, "hang_type_ready", cod_act="12", comments="sold")
    assert response.status_code == 200
    agent = sim.agent(AGENT)
    assert agent.call is None and agent.status == "ready"
    assert agent.last_call is not None
    assert (agent.last_call.cod_act, agent.last_call.comments) == ("12", "sold")


def test_type_applies_to_the_call_that_just_ended(sim: Simulator, client: httpx.Client) -> None:
    call(client, "dial", customer_phone="3001")
    call(client, "hang")
    assert call(client, "type", cod_act="4", cod_act_2="9").status_code == 200
    last = sim.agent(AGENT).last_call
    assert last is not None and (last.cod_act, last.cod_act_2) == ("4", "9")


def test_the_other_calls_answer_plausibly(sim: Simulator, client: httpx.Client) -> None:
    aux = call(client, "aux_call", customer_phone="3001")
    assert aux.status_code == 200 and "conn_id" in envelope(aux)["data"]
    assert call(client, "recall", customer_phone="3001", date="20260101120000").status_code == 200
    assert call(client, "agent_display", display="hide", button="dial").status_code == 200
    assert sim.agent(AGENT).history == ["aux_call", "recall", "agent_display"]


def test_agents_are_separate(sim: Simulator, client: httpx.Client) -> None:
    call(client, "dial", customer_phone="3001", agent_id="2001")
    assert sim.agent("2001").call is not None
    assert sim.agent(AGENT).call is None


def test_a_configured_agent_list_refuses_strangers(make_sim: MakeSim) -> None:
    sim = make_sim(agents=["1001"])
    with open_client(sim) as c:
        assert call(c, "dial", customer_phone="3001").status_code == 200
        refused = call(c, "dial", customer_phone="3001", agent_id="1002")
    assert (refused.status_code, _msg(refused)) == (400, "THE AGENT DOES NOT EXIST")
    with pytest.raises(KeyError):
        sim.agent("1002")


def test_agent_ids_must_be_numeric(sim: Simulator, client: httpx.Client) -> None:
    assert _msg(call(client, "dial", customer_phone="3001", agent_id="x1")) == (
        "THE AGENT DOES NOT EXIST"
    )
    with pytest.raises(KeyError):
        sim.agent("x1")


def test_agent_returns_a_copy(sim: Simulator, client: httpx.Client) -> None:
    call(client, "dial", customer_phone="3001")
    copy = sim.agent(AGENT)
    copy.history.clear()
    copy.call = None
    assert sim.agent(AGENT).call is not None
    assert sim.agent(AGENT).history == ["dial"]


def test_reset_forgets_agent_states(sim: Simulator, client: httpx.Client) -> None:
    call(client, "change_status", status="logout")
    sim.reset()
    agent = sim.agent(AGENT)
    assert (agent.logged_in, agent.status, agent.history) == (True, "ready", [])
