"""What agentbox.php does with a request: the ``api=`` table and a model of each agent.

Pure logic, no I/O and no locking: the server calls :meth:`AgentBook.handle` while holding its
own lock. Refusals that wolkvox does not document (agent logged out, no active call...) are
plausible inventions, all HTTP 400 ``BAD REQUEST`` with an upper-case ``msg`` as wolkvox
writes them; their texts are the ``MSG_*`` constants below.
"""

from __future__ import annotations

import copy
import itertools
import random
import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Final

from wolkvox_desk.simulator.protocol import (
    MSG_DIAL_OK,
    MSG_MISSING_PARAMS,
    MSG_UNKNOWN_API,
    Answer,
    refusal,
    success,
)

# (ours) refusals of the agent model.
MSG_NO_AGENT: Final = "THE AGENT DOES NOT EXIST"
MSG_LOGGED_OUT: Final = "THE AGENT IS NOT LOGGED IN"
MSG_ON_CALL: Final = "THE AGENT IS ON A CALL"
MSG_NO_CALL: Final = "THE AGENT HAS NO ACTIVE CALL"
MSG_BAD_TONES: Final = "INVALID TONES"
MSG_BAD_PHONE: Final = "INVALID CUSTOMER PHONE"
MSG_BAD_CUSTOMER_ID: Final = "INVALID CUSTOMER ID"

#: every ``api=`` agentbox.php knows, with the parameters it requires besides ``agent_id``
REQUIRED_PARAMS: Final[dict[str, tuple[str, ...]]] = {
    "dial": ("customer_phone",),
    "hang": (),
    "hold": (),
    "mute": (),
    "dtmf": ("tones",),
    "transfer": ("customer_phone",),
    "change_status": ("status",),
    "type": ("cod_act",),
    "hang_type_ready": ("cod_act",),
    "aux_call": ("customer_phone",),
    "recall": (),
    "agent_display": (),
}

_DIGITS = re.compile(r"[0-9]+")
_TONES = re.compile(r"[0-9*#]+")


@dataclass
class CallState:
    """One call of one agent, as the simulator imagines it."""

    conn_id: str
    customer_phone: str
    customer_id: str | None = None
    customer_name: str | None = None
    on_hold: bool = False
    muted: bool = False
    tones: str = ""  # every DTMF tone sent into the call, in order
    transferred_to: str | None = None
    cod_act: str | None = None  # disposition (api=type / hang_type_ready)
    cod_act_2: str | None = None
    comments: str | None = None


@dataclass
class AgentState:
    """One agent (extension): login, status, current call and what was asked of it."""

    agent_id: str
    logged_in: bool = True
    status: str = "ready"  # "ready", "logout", or an auxiliary-state id
    call: CallState | None = None
    last_call: CallState | None = None  # the call that ended most recently
    history: list[str] = field(default_factory=list)  # api names that succeeded, in order


class ConnIds:
    """Fresh call ids in wolkvox's shape ``digits.digits.epoch.digits``, never repeated."""

    def __init__(self) -> None:
        rng = random.Random()
        self._node = rng.randrange(10000, 99999)
        self._line = rng.randrange(1000, 9999)
        self._seq = itertools.count(rng.randrange(10000, 89999))

    def __call__(self) -> str:
        return f"{self._node}.{self._line}.{int(time.time())}.{next(self._seq)}"


Params = dict[str, str]
_Action = Callable[[AgentState, Params], Answer]


class AgentBook:
    """The agents one simulator knows, and the ``api=`` actions on them."""

    def __init__(
        self,
        agents: Iterable[str] | None,
        *,
        strict_calls: bool,
        new_conn_id: Callable[[], str],
    ) -> None:
        self._configured = None if agents is None else tuple(str(a) for a in agents)
        self._strict_calls = strict_calls
        self._new_conn_id = new_conn_id
        self._agents: dict[str, AgentState] = {}
        self._actions: dict[str, _Action] = {
            "dial": self._dial,
            "hang": self._hang,
            "hold": self._hold,
            "mute": self._mute,
            "dtmf": self._dtmf,
            "transfer": self._transfer,
            "change_status": self._change_status,
            "type": self._type,
            "hang_type_ready": self._hang_type_ready,
            "aux_call": self._aux_call,
            "recall": self._recall,
            "agent_display": self._agent_display,
        }
        self.reset()

    def reset(self) -> None:
        """Forget every call and status: configured agents come back logged in and ready."""
        self._agents = {a: AgentState(a) for a in self._configured or ()}

    def lookup(self, agent_id: str) -> AgentState | None:
        """The live state of ``agent_id``; with no agent list, numeric ids appear on demand."""
        state = self._agents.get(agent_id)
        if state is None and self._configured is None and _DIGITS.fullmatch(agent_id):
            state = self._agents[agent_id] = AgentState(agent_id)
        return state

    def snapshot(self, agent_id: str) -> AgentState:
        """A deep copy of one agent's state; KeyError when the agent cannot exist."""
        state = self.lookup(agent_id)
        if state is None:
            raise KeyError(agent_id)
        return copy.deepcopy(state)

    def handle(self, params: Params) -> Answer:
        """Answer one agentbox.php request, in the order wolkvox checks: api, params, agent."""
        api = params.get("api", "")
        action = self._actions.get(api)
        if action is None:
            return refusal(400, MSG_UNKNOWN_API)
        # PHP's empty(): a blank value counts as missing.
        if any(not params.get(name) for name in ("agent_id", *REQUIRED_PARAMS[api])):
            return refusal(400, MSG_MISSING_PARAMS)
        agent = self.lookup(params["agent_id"])
        if agent is None:
            return refusal(400, MSG_NO_AGENT)
        answer = action(agent, params)
        if answer.status == 200:
            agent.history.append(api)
        return answer

    # -- calls ---------------------------------------------------------------------------

    def _dial(self, agent: AgentState, params: Params) -> Answer:
        if not agent.logged_in:
            return refusal(400, MSG_LOGGED_OUT)
        if not _DIGITS.fullmatch(params["customer_phone"]):
            return refusal(400, MSG_BAD_PHONE)
        customer_id = params.get("customer_id") or None
        if customer_id is not None and not _DIGITS.fullmatch(customer_id):
            return refusal(400, MSG_BAD_CUSTOMER_ID)
        if agent.call is not None and self._strict_calls:
            return refusal(400, MSG_ON_CALL)
        call = self._start_call(agent, params["customer_phone"])
        call.customer_id = customer_id
        call.customer_name = params.get("customer_name") or None
        return success(MSG_DIAL_OK, {"conn_id": call.conn_id})

    def _aux_call(self, agent: AgentState, params: Params) -> Answer:
        if not agent.logged_in:
            return refusal(400, MSG_LOGGED_OUT)
        if not _DIGITS.fullmatch(params["customer_phone"]):
            return refusal(400, MSG_BAD_PHONE)
        call = self._start_call(agent, params["customer_phone"])
        return success("Aux call has been successful", {"conn_id": call.conn_id})

    def _start_call(self, agent: AgentState, phone: str) -> CallState:
        # Without strict_calls a new dial simply replaces the current call.
        if agent.call is not None:
            self._end_call(agent)
        agent.call = CallState(conn_id=self._new_conn_id(), customer_phone=phone)
        return agent.call

    @staticmethod
    def _end_call(agent: AgentState) -> CallState:
        call = agent.call
        assert call is not None  # callers check first
        agent.last_call, agent.call = call, None
        return call

    def _hang(self, agent: AgentState, params: Params) -> Answer:
        if agent.call is None:
            return refusal(400, MSG_NO_CALL)
        call = self._end_call(agent)
        return success("Hang has been successful", {"conn_id": call.conn_id})

    def _hold(self, agent: AgentState, params: Params) -> Answer:
        if agent.call is None:
            return refusal(400, MSG_NO_CALL)
        agent.call.on_hold = not agent.call.on_hold
        state = "on" if agent.call.on_hold else "off"
        return success("Hold has been successful", {"conn_id": agent.call.conn_id, "hold": state})

    def _mute(self, agent: AgentState, params: Params) -> Answer:
        if agent.call is None:
            return refusal(400, MSG_NO_CALL)
        agent.call.muted = not agent.call.muted
        state = "on" if agent.call.muted else "off"
        return success("Mute has been successful", {"conn_id": agent.call.conn_id, "mute": state})

    def _dtmf(self, agent: AgentState, params: Params) -> Answer:
        if agent.call is None:
            return refusal(400, MSG_NO_CALL)
        tones = params["tones"]
        if not _TONES.fullmatch(tones):
            return refusal(400, MSG_BAD_TONES)
        agent.call.tones += tones
        return success("Dtmf has been successful", {"conn_id": agent.call.conn_id, "tones": tones})

    def _transfer(self, agent: AgentState, params: Params) -> Answer:
        if agent.call is None:
            return refusal(400, MSG_NO_CALL)
        if not _DIGITS.fullmatch(params["customer_phone"]):
            return refusal(400, MSG_BAD_PHONE)
        # A blind transfer: the call leaves the agent.
        call = self._end_call(agent)
        call.transferred_to = params["customer_phone"]
        return success("Transfer has been successful", {"conn_id": call.conn_id})

    # -- status and disposition ----------------------------------------------------------

    def _change_status(self, agent: AgentState, params: Params) -> Answer:
        agent.status = params["status"]
        agent.logged_in = agent.status != "logout"
        return success("Change status has been successful", {"status": agent.status})

    def _type(self, agent: AgentState, params: Params) -> Answer:
        # A disposition applies to the current call, or to the one that just ended.
        call = agent.call or agent.last_call
        if call is None:
            return refusal(400, MSG_NO_CALL)
        _dispose(call, params)
        return success("Type has been successful", {"conn_id": call.conn_id})

    def _hang_type_ready(self, agent: AgentState, params: Params) -> Answer:
        if agent.call is None:
            return refusal(400, MSG_NO_CALL)
        call = self._end_call(agent)
        _dispose(call, params)
        agent.status, agent.logged_in = "ready", True
        return success("Hang type ready has been successful", {"conn_id": call.conn_id})

    def _recall(self, agent: AgentState, params: Params) -> Answer:
        return success("Recall has been successful")

    def _agent_display(self, agent: AgentState, params: Params) -> Answer:
        return success("Agent display has been successful")


def _dispose(call: CallState, params: Params) -> None:
    call.cod_act = params["cod_act"]
    call.cod_act_2 = params.get("cod_act_2") or None
    call.comments = params.get("comments") or None
