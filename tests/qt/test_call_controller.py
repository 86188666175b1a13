"""The call controller with a recording ``send``: one control in flight at a time, in order,
with shared request ids; closing drops what waits; failures stop the queue."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from pytestqt.qtbot import QtBot

from wolkvox_desk.call_controls import CallAction, Toggle
from wolkvox_desk.core.errors import (
    GateBusyError,
    NotConfiguredError,
    RefusalKind,
    RefusedError,
)
from wolkvox_desk.core.models import ApiResult, DialPlan, DialRequest
from wolkvox_desk.qt.call_controller import CONTROL_WAIT_S, CallController
from wolkvox_desk.qt.request_ids import RequestIds

REQUEST = DialRequest("300 123 4567", "93001234567", "1001")
DIALLED = ApiResult(200, "200", "Dial has been successful", {"conn_id": "1.2.3.4"})


@dataclass
class Sent:
    request_id: int
    api: str
    agent_id: str
    params: dict[str, str]
    wait_s: float


@dataclass
class Harness:
    controller: CallController
    ids: RequestIds
    sent: list[Sent] = field(default_factory=list)
    events: list[tuple[object, ...]] = field(default_factory=list)
    explanations: list[str] = field(default_factory=list)

    def answer(self, data: dict[str, object] | None = None, *, index: int = -1) -> None:
        sent = self.sent[index]
        result = ApiResult(200, "200", f"{sent.api} ok", data or {})
        self.controller.on_request_finished(sent.request_id, result)

    def fail(self, error: BaseException, *, index: int = -1) -> None:
        self.controller.on_request_finished(self.sent[index].request_id, error)

    def apis(self) -> list[str]:
        return [s.api for s in self.sent]


@pytest.fixture
def h(qtbot: QtBot) -> Harness:
    ids = RequestIds()
    sent: list[Sent] = []
    agent = {"id": "1001"}

    def agent_id() -> str:
        if not agent["id"]:
            raise NotConfiguredError("no_agent")
        return agent["id"]

    controller = CallController(
        lambda *args: sent.append(Sent(*args)),
        ids=ids,
        agent_id=agent_id,
        dial_plan=lambda: DialPlan(prefix="9"),
    )
    harness = Harness(controller, ids, sent)
    harness.agent = agent  # type: ignore[attr-defined]
    c, events = controller, harness.events
    c.call_opened.connect(lambda v: events.append(("opened", v.conn_id)))
    c.call_closed.connect(lambda reason: events.append(("closed", reason)))
    c.action_succeeded.connect(lambda a, words: events.append(("done", a, words)))
    c.action_failed.connect(lambda a, e, w: events.append(("failed", a, w.title)))
    c.action_failed.connect(lambda a, e, w: harness.explanations.append(w.explanation))
    c.status_set.connect(lambda s: events.append(("status", s)))
    c.notice.connect(lambda words: events.append(("notice", words)))
    return harness


def open_call(h: Harness) -> None:
    h.controller.on_dial_succeeded(REQUEST, DIALLED)


def test_without_a_call_controls_are_ignored(h: Harness) -> None:
    c = h.controller
    c.hang()
    c.hold()
    c.send_tones("1")
    c.transfer("2002", True)
    assert h.sent == [] and c.call is None


def test_controls_go_one_at_a_time_in_order_with_a_gate_wait(h: Harness) -> None:
    open_call(h)
    c = h.controller
    assert h.events == [("opened", "1.2.3.4")]
    c.send_tones("1")
    c.send_tones("2")
    c.hold()
    assert h.apis() == ["dtmf"]  # the rest wait for its answer
    assert c.call is not None and c.call.tones_waiting == "12" and c.call.waiting == 2
    h.answer()
    assert h.apis() == ["dtmf", "dtmf"]
    h.answer()
    h.answer()
    assert [(s.api, s.params, s.agent_id, s.wait_s) for s in h.sent] == [
        ("dtmf", {"tones": "1"}, "1001", CONTROL_WAIT_S),
        ("dtmf", {"tones": "2"}, "1001", CONTROL_WAIT_S),
        ("hold", {}, "1001", CONTROL_WAIT_S),
    ]
    assert CONTROL_WAIT_S == 30.0
    view = c.call
    assert view is not None and view.tones_sent == "12" and view.tones_waiting == ""
    assert view.sending is None and not c.busy


def test_request_ids_are_shared_and_foreign_answers_are_ignored(h: Harness) -> None:
    open_call(h)
    c = h.controller
    c.hold()
    dial_id = h.ids.next()  # the dial controller takes an id from the same counter
    c.mute()
    h.answer()
    assert dial_id not in [s.request_id for s in h.sent]
    assert len({s.request_id for s in h.sent}) == 2
    before = list(h.events)
    c.on_request_finished(dial_id, DIALLED)  # the dial's answer is not ours
    c.on_request_finished(999_999, DIALLED)
    assert h.events == before and c.busy


def test_hold_is_toggled_unless_the_answer_says_on_or_off(h: Harness) -> None:
    open_call(h)
    c = h.controller
    c.hold()
    h.answer({"conn_id": "1.2.3.4"})
    assert c.call is not None and (c.call.hold, c.call.hold_presses) == (Toggle.TOGGLED, 1)
    assert h.events[-1] == ("done", "hold", "Hold toggled.")
    c.hold()
    h.answer({"hold": "off"})
    assert (c.call.hold, c.call.hold_presses) == (Toggle.OFF, 2)
    c.mute()
    h.answer({"mute": "on"})
    assert c.call.mute is Toggle.ON and h.events[-1] == ("done", "mute", "Microphone muted.")


@pytest.mark.parametrize(
    ("intent", "api", "reason"),
    [
        (lambda c: c.hang(), "hang", "hung_up"),
        (lambda c: c.transfer("2002", True), "transfer", "transferred"),
        (lambda c: c.hang_with_disposition("5", "", ""), "hang_type_ready", "hung_up"),
    ],
)
def test_an_ending_control_blocks_the_rest_and_closes_the_call(h, intent, api, reason) -> None:
    open_call(h)
    c = h.controller
    intent(c)
    assert c.call is not None and c.call.ending
    c.hold()
    c.send_tones("1")
    intent(c)  # a double click
    assert h.apis() == [api]
    h.answer()
    assert c.call is None and h.events[-1] == ("closed", reason)
    assert h.apis() == [api]


def test_a_failure_drops_the_controls_behind_it_and_says_so(h: Harness) -> None:
    open_call(h)
    c = h.controller
    c.hold()
    c.send_tones("1")
    c.send_tones("2")
    h.fail(
        RefusedError(
            RefusalKind.REJECTED, http_status=400, code="400", error="BAD REQUEST", msg="NO CALL"
        )
    )
    assert h.apis() == ["hold"]
    assert h.events[-1] == ("failed", "hold", "Hold: refused by wolkvox")
    assert h.explanations[-1] == "wolkvox did not do it. 2 waiting call controls were not sent."
    assert c.call is not None and c.call.waiting == 0 and not c.busy
    c.hang()
    h.fail(GateBusyError(30.0))
    assert c.call is not None and not c.call.ending  # a failed hang-up may be tried again
    c.hang()
    assert h.apis() == ["hold", "hang", "hang"]


def test_a_new_dial_closes_the_call_and_ignores_its_late_answers(h: Harness) -> None:
    open_call(h)
    c = h.controller
    c.hold()
    c.send_tones("1")
    c.on_dial_started(REQUEST)
    assert c.call is None
    assert h.events[-2:] == [
        ("closed", "new_dial"),
        ("notice", "1 waiting call control was not sent."),
    ]
    h.events.clear()
    h.answer({"hold": "on"})  # the hold's answer arrives after the dial started
    assert h.events == [] and h.apis() == ["hold"] and not c.busy
    open_call(h)
    assert c.call is not None and c.call.hold is Toggle.UNUSED


def test_dismiss_closes_the_call(h: Harness) -> None:
    open_call(h)
    h.controller.dismiss()
    assert h.controller.call is None and h.events[-1] == ("closed", "dismissed")
    h.controller.dismiss()
    assert h.events[-1] == ("closed", "dismissed") and len(h.events) == 2


def test_status_changes_need_no_call_and_queue_with_the_controls(h: Harness) -> None:
    c = h.controller
    c.change_status("7")
    c.change_status(" Ready ")
    h.answer(index=0)
    assert h.apis() == ["change_status", "change_status"]
    assert h.sent[1].params == {"status": "ready"}
    h.answer()
    assert [e for e in h.events if e[0] == "status"] == [("status", "7"), ("status", "ready")]


def test_a_disposition_sets_ready(h: Harness) -> None:
    open_call(h)
    h.controller.hang_with_disposition("5", "12", " Llamar mañana ")
    assert h.sent[0].params == {"cod_act": "5", "cod_act_2": "12", "comments": "Llamar mañana"}
    h.answer()
    assert ("status", "ready") in h.events


def test_transfer_to_a_number_applies_the_dial_plan(h: Harness) -> None:
    open_call(h)
    h.controller.transfer("+57 300 765 4321", False)
    assert h.sent[0].params == {"customer_phone": "9573007654321"}


@pytest.mark.parametrize(
    ("intent", "action"),
    [
        (lambda c: c.send_tones("1a"), "dtmf"),
        (lambda c: c.send_tones(""), "dtmf"),
        (lambda c: c.transfer("20a2", True), "transfer"),
        (lambda c: c.transfer("", False), "transfer"),
        (lambda c: c.hang_with_disposition("", "", ""), "hang_type_ready"),
        (lambda c: c.hang_with_disposition("5", "a b", ""), "hang_type_ready"),
        (lambda c: c.hang_with_disposition("5", "", "bell\x07"), "hang_type_ready"),
        (lambda c: c.change_status("b@d"), "change_status"),
    ],
)
def test_invalid_input_is_refused_before_sending(h: Harness, intent, action) -> None:
    open_call(h)
    intent(h.controller)
    assert h.sent == []
    assert h.events[-1][:2] == ("failed", action)
    assert str(h.events[-1][2]).endswith(": not sent")


def test_status_without_an_agent_is_refused(h: Harness) -> None:
    h.agent["id"] = ""  # type: ignore[attr-defined]
    h.controller.change_status("ready")
    assert h.sent == [] and h.events[-1] == ("failed", "change_status", "Status change: not sent")


def test_retrying_shows_in_the_view(h: Harness) -> None:
    open_call(h)
    c = h.controller
    views = []
    c.call_changed.connect(views.append)
    c.hold()
    c.on_retrying(h.sent[0].request_id, 2, 0.5, True)
    assert views[-1].retrying and views[-1].sending is CallAction.HOLD
    assert not views[-1].unreachable  # a busy line
    c.on_retrying(h.sent[0].request_id, 3, 0.5, False)
    assert views[-1].retrying and views[-1].unreachable  # nobody answered at all
    h.answer()
    assert not views[-1].retrying and not views[-1].unreachable and views[-1].sending is None


def test_request_ids_wrap_within_a_qt_int() -> None:
    ids = RequestIds(start=2**31 - 1)
    assert [ids.next(), ids(), ids.next()] == [2**31 - 1, 1, 2]
    with pytest.raises(ValueError):
        RequestIds(start=0)
