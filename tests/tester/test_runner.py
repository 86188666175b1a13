"""The runner against the real simulator: order, one in flight, refusals, stop, hang-after,
history rows marked as tests, and the CSV/JSON exports."""

from __future__ import annotations

import csv
import io
import json
import threading
import time

import pytest

from tests.conftest import TEST_TOKEN
from tests.tester.conftest import ACCOUNT, UNKNOWN, apis, dials
from wolkvox_desk.core.errors import HistoryUnavailableError
from wolkvox_desk.core.models import DialPlan, Outcome
from wolkvox_desk.services.agentbox import AgentboxClient
from wolkvox_desk.services.extension_test import (
    ExtensionResult,
    ExtensionTestRunner,
    export_csv,
    export_json,
    make_plan,
    summarize,
)
from wolkvox_desk.services.gate import TokenGate, token_key
from wolkvox_desk.services.history import HistoryStore


def _runner(sim, clients, text="1001-1010", **kwargs) -> ExtensionTestRunner:
    hang_after = kwargs.pop("hang_after_s", None)
    plan = make_plan(text, "+57 300 123 4567", DialPlan(prefix="9"), hang_after)
    return ExtensionTestRunner(plan, ACCOUNT, clients(sim), **kwargs)


def test_each_extension_dials_the_test_number_in_order_one_at_a_time(office, clients):
    seen: list[ExtensionResult] = []
    office.set_latency(5)
    report = _runner(office, clients).run(seen.append)

    assert dials(office) == [str(n) for n in range(1001, 1011)]
    assert {r.params["customer_phone"] for r in office.records()} == {"9573001234567"}
    assert office.max_in_flight(TEST_TOKEN) == 1
    assert seen == report.results
    refused = [r for r in report.results if r.state is Outcome.REFUSED]
    assert [r.extension for r in refused] == list(UNKNOWN)
    assert {(r.http_status, r.code, r.msg) for r in refused} == {
        (400, "400", "THE AGENT DOES NOT EXIST")
    }
    ok = [r for r in report.results if r.ok]
    assert len(ok) == 8 and all(r.conn_id and r.http_status == 200 for r in ok)
    assert all(r.latency_ms is not None and r.latency_ms > 0 for r in report.results)
    summary = report.summary
    assert (summary.ok, summary.refused, summary.stopped) == (8, UNKNOWN, False)


def test_failures_are_rows_not_the_end_of_the_run(simulator, clients):
    simulator.inject("reset")
    simulator.inject("broken_json")
    report = _runner(simulator, clients, "1001-1004").run()
    states = [r.state for r in report.results]
    assert states == [Outcome.NETWORK, Outcome.BAD_ANSWER, Outcome.OK, Outcome.OK]
    assert report.results[0].error_kind == "connection_lost"
    assert report.summary.failed == ("1001", "1002")


def test_stop_lets_the_request_in_flight_finish_and_sends_no_more(simulator, clients):
    runner = _runner(simulator, clients)
    simulator.pause()
    done = threading.Event()
    box = []
    thread = threading.Thread(target=lambda: (box.append(runner.run()), done.set()))
    thread.start()
    try:
        assert simulator.wait_for_in_flight(1, TEST_TOKEN)
        runner.stop()
        simulator.resume()
        thread.join(timeout=10)
    finally:
        simulator.resume()
        runner.stop()
        thread.join(timeout=10)
    report = box[0]
    assert dials(simulator) == ["1001"]
    assert [r.state for r in report.results] == [Outcome.OK]  # it finished, and was kept
    assert report.summary.stopped and report.summary.not_run == 9


def test_a_stop_while_the_next_dial_waits_for_the_gate_sends_nothing(simulator, tmp_path):
    """Another request with the same token (the window's Hang up, say) holds the gate; the
    run's first dial queues behind it; Stop is pressed; the gate frees: nothing is sent."""
    gate = TokenGate(tmp_path / "locks")
    runner = ExtensionTestRunner(
        make_plan("1001-1003", "3001234567", DialPlan()),
        ACCOUNT,
        lambda: AgentboxClient(api_base=simulator.base_url, gate=gate, total_timeout_s=5.0),
    )
    box = []
    thread = threading.Thread(target=lambda: box.append(runner.run()))
    lane = gate._lane(token_key(TEST_TOKEN))  # to see the run's dial join the queue
    with gate.hold(TEST_TOKEN):
        thread.start()
        while not lane.queue:
            assert thread.is_alive()
            time.sleep(0.005)
        runner.stop()
    thread.join(timeout=10)
    assert dials(simulator) == []
    report = box[0]
    assert report.results == [] and report.summary.stopped and report.summary.not_run == 3


def test_every_dial_is_a_test_row_in_history(office, clients, tmp_path):
    store = HistoryStore.open(tmp_path / "history.sqlite3")
    try:
        report = _runner(office, clients, "1003-1005", server="0042", record=store.add).run()
        rows = sorted(store.search("", limit=10), key=lambda r: r.agent_id)
        assert [r.agent_id for r in rows] == ["1003", "1004", "1005"]
        assert all(r.is_test and r.api == "dial" and r.server == "0042" for r in rows)
        assert [r.outcome for r in rows] == [Outcome.OK, Outcome.REFUSED, Outcome.OK]
        assert {r.phone_sent for r in rows} == {"9573001234567"}
        assert rows[0].conn_id == report.results[0].conn_id
        assert store.count("", tests=False) == 0 and store.count("", tests=True) == 3
    finally:
        store.close()


def test_a_history_failure_is_reported_and_the_run_goes_on(simulator, clients):
    def broken(_record):
        raise HistoryUnavailableError("disk_full")

    report = _runner(simulator, clients, "1001-1003", record=broken).run()
    assert report.summary.ok == 3
    assert len(report.storage_errors) == 3


def test_hang_after_hangs_up_each_accepted_call_through_the_gate(office, clients):
    office.set_latency(20)
    report = _runner(office, clients, "1003-1006", hang_after_s=0.01).run()

    sent = apis(office)
    assert [a for a in sent if a[0] == "dial"] == [
        ("dial", e) for e in ("1003", "1004", "1005", "1006")
    ]
    # one hang-up per accepted dial (1004 was refused), each after its own dial
    hangs = [a for a in sent if a[0] == "hang"]
    assert sorted(hangs) == [("hang", "1003"), ("hang", "1005"), ("hang", "1006")]
    for _api, ext in hangs:
        assert sent.index(("hang", ext)) > sent.index(("dial", ext))
    assert office.max_in_flight(TEST_TOKEN) == 1
    assert (report.hangups_sent, report.hangups_failed) == (3, 0)
    assert office.agent("1003").call is None


def test_hang_after_does_not_hold_back_the_next_dial(office, clients):
    """A 10-minute hang-up delay must not space the dials out: the three dials go out back to
    back (the run would take 10 minutes otherwise); stopping then drops the queued hang-ups."""
    runner = _runner(office, clients, "1001-1003", hang_after_s=600)

    def on_result(result: ExtensionResult) -> None:
        if result.extension == "1003":
            runner.stop()

    report = runner.run(on_result)
    assert apis(office) == [("dial", "1001"), ("dial", "1002"), ("dial", "1003")]
    assert report.hangups_dropped == 3 and report.hangups_sent == 0
    assert not report.summary.stopped  # every extension was dialled


def test_hang_ups_are_test_rows_too(simulator, clients, tmp_path):
    store = HistoryStore.open(tmp_path / "history.sqlite3")
    try:
        _runner(simulator, clients, "1001", hang_after_s=0.01, record=store.add).run()
        rows = store.search("", limit=10)
        assert sorted(r.api for r in rows) == ["dial", "hang"]
        assert all(r.is_test for r in rows)
    finally:
        store.close()


@pytest.fixture
def mixed_results(simulator, clients):
    simulator.inject("rejected", msg='=HYPERLINK("http://x")')
    report = _runner(simulator, clients, "1001-1002").run()
    return report


def test_csv_export_is_safe_for_spreadsheets(mixed_results):
    out = io.StringIO()
    assert export_csv(mixed_results.results, out) == 2
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert [r["extension"] for r in rows] == ["1001", "1002"]
    assert rows[0]["state"] == "refused"
    assert rows[0]["msg"] == '\'=HYPERLINK("http://x")'  # neutralised, as history does
    assert rows[1]["state"] == "ok" and rows[1]["conn_id"] and rows[1]["http_status"] == "200"


def test_json_export_has_the_summary_and_every_row(mixed_results):
    out = io.StringIO()
    export_json(mixed_results.results, mixed_results.summary, out)
    doc = json.loads(out.getvalue())
    assert doc["summary"]["ok"] == 1 and doc["summary"]["refused"] == ["1001"]
    assert doc["summary"]["not_run"] == 0
    assert [r["state"] for r in doc["results"]] == ["refused", "ok"]
    assert doc["results"][0]["msg"] == '=HYPERLINK("http://x")'  # JSON keeps it verbatim
    assert summarize(mixed_results.results, 2, stopped=False) == mixed_results.summary
