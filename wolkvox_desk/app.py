"""The GUI composition root: builds the services, threads, controllers and window, in order.

Start-up order (the window first, slow work after the first paint):

1. ``QApplication``; the context (paths, secret filter, settings: a small TOML read); logging
   to stderr, with the log file's records kept in memory.
2. The main window, its profile line, dial plan and banner; ``show()``.
3. After the first paint (a zero-delay timer): the request thread (httpx is imported there,
   on first use), the task thread (keyring), the history store and its model, and the "is a
   token configured?" check, which may open the welcome and the settings dialog. Dial is
   usable from here on, and the cycle collector is back on (``cli.main`` turns it off for the
   start-up, which only makes objects that live as long as the window).
4. Then, at low priority (after any queued paint): the log file (the kept records first), the
   single-instance server (a launch that lost the race to listen hands its arguments over and
   quits), the history list widget and the tray.

The dial controller and the call controller share one request worker and one
:class:`~wolkvox_desk.qt.request_ids.RequestIds`, so each recognises its own answers.

Modes: ``--demo`` runs the built-in simulator in-process with a demo token and a throw-away
home folder; ``--self-test`` does the same, dials once along the click path, checks the
history row, prints one JSON line and exits 0 or 1.
"""

from __future__ import annotations

import argparse
import dataclasses
import gc
import logging
import os
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QEvent,
    QLocale,
    QObject,
    QSettings,
    Qt,
    QTime,
    QTimer,
    Slot,
)
from PySide6.QtGui import QFileOpenEvent, QGuiApplication
from PySide6.QtWidgets import QApplication

from wolkvox_desk import APP_DISPLAY_NAME, APP_NAME, ORGANIZATION, __version__, translations
from wolkvox_desk.call_controls import CallAction, CallOptions
from wolkvox_desk.context import API_BASE_ENV, TOKEN_ENV, AppContext
from wolkvox_desk.core.errors import (
    KeyringUnavailableError,
    LockedSettingError,
    NotConfiguredError,
    SettingValueError,
    StorageError,
    WolkvoxDeskError,
)
from wolkvox_desk.core.models import ApiResult, CallRecord, DialRequest
from wolkvox_desk.logs import add_log_file, setup_logging, teardown_logging
from wolkvox_desk.paths import AppPaths
from wolkvox_desk.qt.call_controller import CallController, CloseReason
from wolkvox_desk.qt.dial_controller import DialController
from wolkvox_desk.qt.history_model import HistoryTableModel
from wolkvox_desk.qt.request_ids import RequestIds
from wolkvox_desk.qt.single_instance import InstanceServer, forward, server_name
from wolkvox_desk.qt.worker import RequestThread, RequestWorker, TaskRunner
from wolkvox_desk.text import Explanation, describe_local, tr
from wolkvox_desk.ui.a11y import apply_contrast
from wolkvox_desk.ui.icons import icon
from wolkvox_desk.ui.main_window import MainWindow

if TYPE_CHECKING:
    from wolkvox_desk.ui.history_panel import HistoryPanel

log = logging.getLogger(__name__)

DEMO_TOKEN = "demo-token-0000000000000000"
DEMO_AGENT = "1001"
DEMO_SERVER = "demo"
SELF_TEST_TIMEOUT_MS = 30_000
LINK_SCHEMES = ("tel:", "callto:")
#: the same link clicked again within this many seconds fills the form only once
LINK_REPEAT_S = 5.0
#: the tray's recent numbers follow the history this long after a dial (and when its menu
#: opens): a dial burst costs one query, and none runs while an answer is being shown
RECENT_REFRESH_MS = 1000
#: "build the history list and the tray", posted at low priority by after_first_paint
_BUILD_REST_EVENT = QEvent.Type(QEvent.registerEventType())


def link_number(link: str) -> str:
    """The number of a tel:/callto: link, as readable as it can be made (never dialled here)."""
    from wolkvox_desk.core.dialing import clean_phone

    try:
        number = clean_phone(link)
    except WolkvoxDeskError:
        return link.split(":", 1)[1].lstrip("/")  # shown as is: the preview explains the error
    return ("+" if number.international else "") + number.digits


class _FileOpenFilter(QObject):
    """macOS delivers tel:/callto: links to the running app as QFileOpenEvent."""

    def __init__(self, desk: DeskApp) -> None:
        super().__init__(desk)
        self._desk = desk

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            url = event.url().toString()
            if url.lower().startswith(LINK_SCHEMES):
                self._desk.handle_link(url)
                return True
        return False


# --- arguments and modes --------------------------------------------------------------------


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog=APP_NAME)
    parser.add_argument("--demo", action="store_true")
    parser.add_argument("--self-test", action="store_true")
    parser.add_argument("--screenshot", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--debug", action="store_true")
    parser.add_argument("--profile", metavar="NAME", default=None)
    # Demo-only knobs, for screenshots and trying failures by hand (hidden from --help).
    parser.add_argument("--demo-latency-ms", type=int, default=0, help=argparse.SUPPRESS)
    parser.add_argument("--demo-fault", default="", help=argparse.SUPPRESS)
    parser.add_argument("--open-settings", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("link", nargs="?", default="")
    args = parser.parse_args(list(argv))
    if args.link and not args.link.lower().startswith(LINK_SCHEMES):
        parser.error(tr("unknown command or link: {arg}").format(arg=args.link))
    return args


@dataclasses.dataclass
class Mode:
    """What differs between a normal run, the demo and the self-test."""

    ctx: AppContext
    simulator: Any = None
    temp_dir: tempfile.TemporaryDirectory[str] | None = None
    banner: str | None = None
    isolated: bool = False  # demo/self-test: no welcome, no keyring, no user settings

    def close(self) -> None:
        if self.simulator is not None:
            self.simulator.stop()
        if self.temp_dir is not None:
            self.temp_dir.cleanup()


def make_mode(args: argparse.Namespace) -> Mode:
    if not (args.demo or args.self_test):
        ctx = AppContext.from_env()
        ctx.use_profile(args.profile)  # this run only; the header's switch is remembered
        translations.install(ctx.settings.language)  # before the banner and any widget
        banner = None
        if ctx.api_base:
            banner = tr("Test server: calls go to {base}").format(base=ctx.api_base)
        return Mode(ctx=ctx, banner=banner)
    translations.install("")  # demo and self-test ignore the user's settings: the system's
    from wolkvox_desk.simulator import Simulator

    temp = tempfile.TemporaryDirectory(prefix="wolkvox-desk-")
    simulator = Simulator(tokens=(DEMO_TOKEN,), latency_ms=max(args.demo_latency_ms, 0))
    base = simulator.start()
    if args.demo_fault:
        simulator.inject(args.demo_fault, count=1000)
    real_env = os.environ
    home = Path(temp.name)
    if args.self_test and real_env.get("WOLKVOX_DESK_HOME"):
        # The self-test writes its row to the normal history under WOLKVOX_DESK_HOME, but
        # never reads or writes the user's settings there.
        paths = dataclasses.replace(
            AppPaths.from_env(real_env), config_dir=home / "config", runtime_dir=home / "run"
        )
    else:
        paths = AppPaths.under(home)
    env = {TOKEN_ENV: DEMO_TOKEN, API_BASE_ENV: base}
    ctx = AppContext(paths=paths, env=env, use_policy=False, use_keyring=False)
    ctx.secrets.add(DEMO_TOKEN)
    paths.ensure()
    store = ctx.settings_store
    store.update({"server": DEMO_SERVER, "agent_id": DEMO_AGENT, "dial_prefix": "9"})
    if args.demo:
        _seed_demo_history(ctx)
    banner = tr("DEMO: calls go to the built-in simulator, not to wolkvox")
    return Mode(ctx=ctx, simulator=simulator, temp_dir=temp, banner=banner, isolated=True)


def _seed_demo_history(ctx: AppContext) -> None:
    """A few plausible past calls, so that the demo's history panel shows what it does."""
    from wolkvox_desk.core.models import CallRecord, Outcome

    store = ctx.open_history()
    if store is None:
        return
    now = time.time()
    samples = [
        ("+57 601 555 0101", "9576015550101", "", "", Outcome.REFUSED, "PLEASE VALIDATE TOKEN"),
        ("300 765 4321", "93007654321", "Ana María Gómez", "52301987", Outcome.OK, ""),
        ("+55 11 91234-5678", "95511912345678", "João Silva", "12345678909", Outcome.OK, ""),
        ("3001234567", "93001234567", "José Pérez", "1032", Outcome.OK, ""),
    ]
    for age, (typed, sent, name, cid, outcome, msg) in enumerate(samples):
        ok = outcome is Outcome.OK
        store.add(
            CallRecord(
                started_at=now - 3600 * (len(samples) - age),
                phone_typed=typed,
                phone_sent=sent,
                customer_name=name,
                customer_id=cid,
                outcome=outcome,
                agent_id=DEMO_AGENT,
                server=DEMO_SERVER,
                http_status=200 if ok else 403,
                code="200" if ok else "403",
                msg="Dial has been successful" if ok else msg,
                conn_id=f"12435.5995.17738426{age:02d}.99094" if ok else "",
                latency_ms=140.0 + age * 7,
            )
        )
    store.close()


# --- the application ------------------------------------------------------------------------


class DeskApp(QObject):
    """Wires the window to the controllers and services; owns their lifetimes."""

    def __init__(self, mode: Mode) -> None:
        super().__init__()
        self.mode = mode
        self.ctx = mode.ctx
        self.window = MainWindow()
        # The history list is built just after "ready" (see after_first_paint); the model
        # exists from the start, so the store and the rows written by dials always have one.
        self.history_panel: HistoryPanel | None = None
        self.history_model = HistoryTableModel()
        self.history_store: Any = None
        self.tray: Any = None
        self.requests: RequestThread | None = None
        self.tasks: TaskRunner | None = None
        self._last_link: tuple[str, float] = ("", 0.0)
        self._closed = False
        self._recent_timer = QTimer(self)
        self._recent_timer.setSingleShot(True)
        self._recent_timer.setInterval(RECENT_REFRESH_MS)
        self._recent_timer.timeout.connect(self._refresh_recent)
        self.tester: Any = None  # the extension tester's controller, built on first use
        self._tester_dialog: Any = None
        self.request_ids = RequestIds()
        self.controller = DialController(
            self._send,
            agent_id=lambda: self.ctx.agent_id(),
            dial_plan=lambda: self.ctx.settings.dial_plan,
            server=lambda: self.ctx.settings.server,
            ids=self.request_ids,
        )
        self.calls = CallController(
            self._send,
            ids=self.request_ids,
            agent_id=lambda: self.ctx.agent_id(),
            dial_plan=lambda: self.ctx.settings.dial_plan,
        )
        self._log_file_pending: bool | None = None  # debug, until the file is opened
        self._instance: tuple[str, list[str]] | None = None  # listen after ready
        self._ui_state = QSettings(
            str(self.ctx.paths.config_dir / "window.ini"), QSettings.Format.IniFormat
        )
        self._build_window()
        self._connect()

    # -- start-up ----------------------------------------------------------------------------

    def _build_window(self) -> None:
        window = self.window
        window.setWindowIcon(icon("wolkvox-desk"))
        self._apply_settings()
        window.set_banner(self.mode.banner)
        state = self._ui_state.value("geometry")
        if isinstance(state, bytes | bytearray) or hasattr(state, "data"):
            window.restore_state(bytes(state))

    def _apply_settings(self) -> None:
        settings = self.ctx.settings
        self.window.header().set_profiles(self.ctx.profile_names(), self.ctx.active_profile)
        self.window.set_profile(settings.server, settings.agent_id)
        self.window.set_dial_plan(settings.dial_plan)
        self.window.set_call_options(_call_options(settings))
        self.window.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, settings.always_on_top)
        if self.history_store is not None:
            self.history_store.store_customer_names = settings.store_customer_names

    def _connect(self) -> None:
        w, c = self.window, self.controller
        w.dial_requested.connect(c.request_dial)
        w.settings_requested.connect(self.open_settings)
        w.diagnostics_requested.connect(self._on_window_diagnostics_requested)
        w.extension_tester_requested.connect(self._on_window_extension_tester_requested)
        c.busy_changed.connect(w.set_busy)
        c.busy_changed.connect(w.header().set_busy)
        w.header().profile_selected.connect(self._on_header_profile_selected)
        c.dial_started.connect(self._on_controller_dial_started)
        c.dial_succeeded.connect(self._on_controller_dial_succeeded)
        c.dial_failed.connect(self._on_controller_dial_failed)
        c.input_rejected.connect(w.show_field_error)
        c.record_added.connect(self._on_controller_record_added)
        c.warning.connect(w.set_status)  # the header's line: the outcome stays in view
        self._connect_calls()

    def _connect_calls(self) -> None:
        """The call panel and status menu to the call controller, and the dials that open and
        close its calls."""
        calls, panel = self.calls, self.window.call_panel()
        self.controller.dial_started.connect(calls.on_dial_started)
        self.controller.dial_succeeded.connect(calls.on_dial_succeeded)
        panel.hang_requested.connect(calls.hang)
        panel.hold_requested.connect(calls.hold)
        panel.mute_requested.connect(calls.mute)
        panel.tones_requested.connect(calls.send_tones)
        panel.transfer_requested.connect(calls.transfer)
        panel.disposition_requested.connect(calls.hang_with_disposition)
        panel.dismissed.connect(calls.dismiss)
        self.window.agent_status_button().status_requested.connect(calls.change_status)
        calls.call_opened.connect(panel.show_call)
        calls.call_changed.connect(panel.update_call)
        calls.call_closed.connect(self._on_calls_call_closed)
        calls.action_succeeded.connect(self._on_calls_action_succeeded)
        calls.action_failed.connect(self._on_calls_action_failed)
        calls.notice.connect(self._on_calls_notice)
        calls.status_set.connect(self.window.agent_status_button().show_status)

    def show(self, *, minimized: bool = False) -> None:
        """Show the window (or only the tray when starting minimized), then start the rest."""
        if minimized:
            QTimer.singleShot(0, self.after_first_paint)
            return
        # A zero timer alone fires before the window's first paint: wait for the paint.
        self.window.installEventFilter(self)
        self.window.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.window and event.type() == QEvent.Type.UpdateRequest:
            self.window.removeEventFilter(self)
            QTimer.singleShot(0, self.after_first_paint)  # runs once this paint is on screen
        return False

    @Slot()
    def after_first_paint(self) -> None:
        if self.requests is not None or self._closed:
            return  # done already, or a paint that came after shutdown: start no threads
        worker = RequestWorker(self.ctx.make_client, self.ctx.account)
        self.requests = RequestThread(worker)
        worker.request_finished.connect(self.controller.on_request_finished)
        worker.retrying.connect(self.controller.on_retrying)
        worker.request_finished.connect(self.calls.on_request_finished)
        worker.retrying.connect(self.calls.on_retrying)
        self.tasks = TaskRunner()
        self._open_history()
        # Dial is usable now. The history list and the tray come next, at low priority (after
        # anything already queued, such as a paint): the agent can type meanwhile.
        QCoreApplication.postEvent(
            self, QEvent(_BUILD_REST_EVENT), Qt.EventPriority.LowEventPriority.value
        )
        gc.enable()  # start-up is over (cli.main turned the cycle collector off for it)
        if self.ctx.warnings:
            # One notice for all: each notice replaces the last, and none may go unseen.
            self.window.show_notice("\n".join(describe_local(w) for w in self.ctx.warnings))
        self.ctx.warnings.clear()
        if not self.mode.isolated:
            self.tasks.run(self._configured_check, self._on_configured_checked)

    def _open_history(self) -> None:
        store = self.ctx.open_history()
        self.history_store = store
        self.controller.set_history(store)
        if store is None:
            return
        self.history_model.set_store(store)
        retention = self.ctx.settings.history_retention_days
        if retention > 0 and self.tasks is not None:
            # A backlog can take seconds to purge: never on the GUI thread.
            self.tasks.run(lambda: store.purge_older_than(retention), self._on_history_purged)

    def _on_history_purged(self, result: object) -> None:
        if isinstance(result, int) and result > 0:
            self.history_model.refresh()
        elif isinstance(result, StorageError):
            log.warning("history purge failed: %s", result.kind)

    def log_to_file_later(self, *, debug: bool) -> None:
        """Open the log file after "ready" (or at shutdown, if that comes first)."""
        self._log_file_pending = debug

    def listen_later(self, name: str, argv: list[str]) -> None:
        """Listen for later launches after "ready"; ``argv`` is handed over if another
        instance won the race to listen."""
        self._instance = (name, argv)

    def _open_log_file(self) -> None:
        debug, self._log_file_pending = self._log_file_pending, None
        if debug is None:
            return
        try:
            self.ctx.paths.ensure()
            add_log_file(self.ctx.paths.log_file, debug=debug, secrets=self.ctx.secrets)
        except OSError:
            log.warning("the log file could not be opened; logging to stderr only")

    def _listen(self) -> bool:
        """Start the single-instance server; False when another instance took the arguments."""
        if self._instance is None:
            return True
        name, argv = self._instance
        self._instance = None
        server = InstanceServer(name, self)
        if not server.listen():  # lost a start-up race to another instance
            QApplication.exit(0 if forward(name, argv) else 1)
            return False
        server.arguments_received.connect(self.handle_arguments)
        return True

    def _build_rest(self) -> None:
        """What the window needs after "ready": the log file, the single-instance server,
        the history list and the tray."""
        if self._closed or self.history_panel is not None:
            return
        self._open_log_file()
        if not self._listen():
            return
        self._make_history_panel()
        self._make_tray()

    def _make_history_panel(self) -> None:
        from wolkvox_desk.ui.history_panel import HistoryPanel

        panel = HistoryPanel()
        panel.set_model(self.history_model)
        panel.search_changed.connect(self.history_model.set_filter)
        panel.redial_requested.connect(self._on_history_redial_requested)
        panel.delete_requested.connect(self._on_history_delete_requested)
        panel.export_requested.connect(self._on_history_export_requested)
        panel.clear_requested.connect(self._on_history_clear_requested)
        self.history_panel = panel
        self.window.set_history_panel(panel)

    def _make_tray(self) -> None:
        from wolkvox_desk.ui.tray import TrayIcon

        tray = TrayIcon(icon("wolkvox-desk"), self)
        tray.show_hide_requested.connect(self._on_tray_show_hide)
        tray.dial_clipboard_requested.connect(self._on_tray_dial_clipboard)
        tray.recent_selected.connect(lambda phone: self.fill_from_outside(phone))
        tray.recent_wanted.connect(self._refresh_recent)
        tray.quit_requested.connect(QApplication.quit)
        self.tray = tray
        self._refresh_recent()
        tray.show()
        # With a tray, closing the window keeps the app (and its links) alive in the tray.
        QApplication.setQuitOnLastWindowClosed(not tray.available())
        if not tray.available() and not self.window.isVisible():
            self.window.show()  # "start minimized to tray" needs a tray

    def _configured_check(self) -> tuple[bool, str]:
        """Background: is there a server, an agent and a token? (may touch the keyring)"""
        settings = self.ctx.settings
        try:
            token = self.ctx.credentials.token(self.ctx.active_profile)
        except KeyringUnavailableError:
            token = None
        return bool(settings.server and settings.agent_id and token), ""

    def _on_configured_checked(self, result: object) -> None:
        configured = isinstance(result, tuple) and result[0]
        if configured:
            return
        from wolkvox_desk.ui.welcome import WelcomeDialog

        welcome = WelcomeDialog(self.window)
        welcome.exec()
        choice = welcome.choice()
        if choice == "settings":
            self.open_settings()
        elif choice == "demo":
            self.window.show_notice(tr("Start the demo with: wolkvox-desk --demo"))
        elif choice == "quit":
            QApplication.quit()

    # -- sending -----------------------------------------------------------------------------

    def _send(
        self, request_id: int, api: str, agent: str, params: dict[str, str], wait_s: float
    ) -> None:
        if self.requests is None:
            self.after_first_paint()
        assert self.requests is not None
        self.requests.send(request_id, api, agent, params, wait_s)

    @Slot(object)
    def _on_controller_dial_started(self, request: DialRequest) -> None:
        pass  # the window clears the old outcome with its busy look (if the answer is slow)

    @Slot(object, object)
    def _on_controller_dial_succeeded(self, request: DialRequest, result: ApiResult) -> None:
        self.window.show_success(result.conn_id, result.msg, result.elapsed_ms)
        self._set_last_dial_status(tr("sent"))
        self._notify_if_hidden(tr("Dial sent"), request.phone_typed, ok=True)

    @Slot(object, object, object)
    def _on_controller_dial_failed(self, request: Any, error: object, words: Explanation) -> None:
        self.window.show_failure(
            words.title,
            words.explanation,
            words.wolkvox_msg,
            words.next_step,
            opens_settings=words.opens_settings,
        )
        self._notify_if_hidden(words.title, words.explanation, ok=False)
        if request is not None:
            self.window.call_panel().close_call()  # no new call: a lingering panel goes
            self._set_last_dial_status(words.title.lower())

    # -- call controls -----------------------------------------------------------------------

    @Slot(str)
    def _on_calls_call_closed(self, reason: str) -> None:
        # Closed by a new dial: the panel waits (inert) for the new call's, so that a quick
        # answer does not hide and re-show it (two relayouts between Enter and the answer).
        self.window.call_panel().close_call(linger=reason == CloseReason.NEW_DIAL)

    @Slot(str, str)
    def _on_calls_action_succeeded(self, action: str, words: str) -> None:
        # The panel shows toggles and tones itself; what ends the call is said where it was.
        if CallAction(action).ends_call:
            self.window.show_notice(words)

    @Slot(str, object, object)
    def _on_calls_action_failed(self, action: str, error: object, words: Explanation) -> None:
        panel = self.window.call_panel()
        if panel.is_active() and CallAction(action).needs_call:
            panel.show_failure(words.title, words.explanation, words.wolkvox_msg, words.next_step)
        else:
            self.window.show_failure(
                words.title,
                words.explanation,
                words.wolkvox_msg,
                words.next_step,
                opens_settings=words.opens_settings,
            )
        self._notify_if_hidden(words.title, words.explanation, ok=False)

    @Slot(str)
    def _on_calls_notice(self, words: str) -> None:
        panel = self.window.call_panel()
        if panel.is_active():
            panel.show_notice(words)
        else:
            self.window.show_notice(words)

    def _set_last_dial_status(self, what: str) -> None:
        """The header's status line: what happened to the last dial, and when."""
        when = QLocale().toString(QTime.currentTime(), QLocale.FormatType.ShortFormat)
        self.window.set_status(tr("Last dial {time}: {what}").format(time=when, what=what))

    @Slot(object)
    def _on_controller_record_added(self, record: CallRecord) -> None:
        # The row is in the model at once (the list and the store always agree); the tray's
        # recent numbers, a query the agent does not wait for, follow a moment later.
        self.history_model.prepend(record)
        if self.tray is not None and not self._recent_timer.isActive():
            self._recent_timer.start()

    def customEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == _BUILD_REST_EVENT:
            self._build_rest()

    def _notify_if_hidden(self, title: str, text: str, *, ok: bool) -> None:
        if self.tray is not None and not self.window.isVisible():
            self.tray.notify(title, text, ok)

    def _refresh_recent(self) -> None:
        if self._closed:
            return  # the store is closed once the app has shut down
        if self.tray is not None and self.history_store is not None:
            try:
                self.tray.set_recent(self.history_store.recent_numbers(8))
            except StorageError:
                pass

    def fill_from_outside(self, phone: str, notice: str | None = None) -> None:
        """A link, the tray or the clipboard: fill the form; the agent still presses Dial."""
        self.window.fill_form(phone)
        if notice:
            self.window.show_notice(notice)
        self.bring_to_front()

    def bring_to_front(self) -> None:
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()
        self.window.focus_phone()

    @Slot(list)
    def handle_arguments(self, argv: list[str]) -> None:
        """Arguments forwarded by a later launch: a link, or just "show yourself"."""
        link = next((a for a in argv if a.lower().startswith(LINK_SCHEMES)), "")
        if link:
            self.handle_link(link)
        else:
            self.bring_to_front()

    def handle_link(self, link: str) -> None:
        """A tel:/callto: link: fill the form and wait for Enter, unless IT trusts links.

        A web page must not be able to place calls by itself, so by default nothing is sent
        until the agent confirms. The same link twice within a few seconds fills once.
        """
        now = time.monotonic()
        if link == self._last_link[0] and now - self._last_link[1] < LINK_REPEAT_S:
            self.bring_to_front()
            return
        self._last_link = (link, now)
        phone = link_number(link)
        if self.ctx.settings.links_dial_immediately:
            self.fill_from_outside(phone, tr("From a link: dialing at once (set by IT)"))
            self.controller.request_dial(phone, "", "")
            return
        self.fill_from_outside(phone, tr("From a link: press Enter or Dial to call"))

    # -- history panel -----------------------------------------------------------------------

    @Slot(object)
    def _on_history_redial_requested(self, record: CallRecord) -> None:
        self.window.fill_form(record.phone_typed, record.customer_name, record.customer_id)

    @Slot(int)
    def _on_history_delete_requested(self, record_id: int) -> None:
        if self.history_store is not None and self.history_store.delete(record_id):
            self.history_model.remove(record_id)

    @Slot(str)
    def _on_history_export_requested(self, path: str) -> None:
        if self.history_store is None:
            return
        try:
            with open(path, "w", encoding="utf-8", newline="") as out:
                search = self.history_panel.search_text() if self.history_panel else ""
                rows = self.history_store.export_csv(out, search)
        except OSError as exc:
            self.window.show_notice(tr("Export failed: {why}").format(why=exc.strerror))
            return
        self.window.show_notice(tr("Exported {n} calls to {path}").format(n=rows, path=path))

    @Slot()
    def _on_history_clear_requested(self) -> None:
        if self.history_store is not None:
            self.history_store.clear()
            self.history_model.refresh()
            self._refresh_recent()

    # -- diagnostics -------------------------------------------------------------------------

    @Slot()
    def _on_window_diagnostics_requested(self) -> None:
        from wolkvox_desk.diagnostics import build_bundle

        if self.tasks is None:
            self.after_first_paint()
        assert self.tasks is not None
        # Saying whether a token is set reads the keyring, which may prompt: not on this thread.
        self.tasks.run(lambda: build_bundle(self.ctx), self._on_diagnostics_built)

    def _on_diagnostics_built(self, result: object) -> None:
        if not isinstance(result, str):
            self.window.show_notice(tr("The diagnostics could not be collected."))
            return
        QGuiApplication.clipboard().setText(result)
        self.window.show_notice(
            tr("Diagnostics copied to the clipboard: paste them into your message to IT.")
        )

    # -- extension tester --------------------------------------------------------------------

    @Slot()
    def _on_window_extension_tester_requested(self) -> None:
        from wolkvox_desk.qt.extension_tester import ExtensionTesterController
        from wolkvox_desk.ui.extension_tester import ExtensionTesterDialog

        if self.tester is None:
            # Its clients go through ctx's gate: the window's dials and a run share it.
            self.tester = ExtensionTesterController(
                make_client=self.ctx.make_client,
                account=lambda: self.ctx.account(),
                dial_plan=lambda: self.ctx.settings.dial_plan,
                server=lambda: self.ctx.settings.server,
                record=self._record_test_call,
                parent=self,
            )
            self.tester.run_finished.connect(self._on_tester_run_ended)
            self.tester.run_stopped.connect(self._on_tester_run_ended)
            self._tester_dialog = ExtensionTesterDialog(self.tester, self.window)
        self._tester_dialog.show()
        self._tester_dialog.raise_()
        self._tester_dialog.activateWindow()

    def _record_test_call(self, record: CallRecord) -> None:
        """On the tester's history thread; the store is thread-safe (one lock)."""
        if self.history_store is not None:
            self.history_store.add(record)

    @Slot(object)
    def _on_tester_run_ended(self, _report: object) -> None:
        self.history_model.refresh()  # the test rows (filterable as tests)

    # -- tray --------------------------------------------------------------------------------

    @Slot()
    def _on_tray_show_hide(self) -> None:
        if self.window.isVisible():
            self.window.hide()
        else:
            self.fill_from_outside(self.window.form_values()[0])

    @Slot()
    def _on_tray_dial_clipboard(self) -> None:
        text = QGuiApplication.clipboard().text().strip()
        if text:
            self.fill_from_outside(text, tr("From the clipboard: press Enter or Dial to call"))

    @Slot(str)
    def _on_header_profile_selected(self, name: str) -> None:
        """Switch profiles and remember it (the header refuses while a dial is in flight)."""
        if self.calls.call is not None or self.calls.busy:
            # The open call's hang, hold, tones and transfer must go out with its own
            # profile's agent, token and server, never with the next profile's.
            self.window.show_notice(tr("Hang up the current call before switching profiles."))
            return
        try:
            self.ctx.use_profile(name, remember=True)
        except (NotConfiguredError, LockedSettingError, StorageError) as error:
            self.window.show_notice(describe_local(error))
            return
        self._apply_settings()
        self.window.show_notice(tr("Now using the profile {name}.").format(name=name))

    # -- settings ----------------------------------------------------------------------------

    @Slot()
    def open_settings(self) -> None:
        if self.tasks is None:
            self.after_first_paint()
        assert self.tasks is not None
        self.tasks.run(self._keyring_info, self._show_settings)

    def _keyring_info(self) -> object:
        from wolkvox_desk.ui.settings_dialog import KeyringInfo

        creds = self.ctx.credentials
        try:
            source = creds.token_source()
        except KeyringUnavailableError:
            source = None
        info = KeyringInfo(
            available=creds.available(),
            backend_name=creds.backend_name(),
            has_token=source is not None,
            token_source=source,
        )
        return info, self.ctx.profile_infos()

    def _show_settings(self, info: object) -> None:
        from PySide6.QtWidgets import QDialog, QMessageBox  # built on first use: not at start

        from wolkvox_desk.services.settings import KEYS
        from wolkvox_desk.ui.settings_dialog import KeyringInfo, SettingsDialog

        info, profiles = info if isinstance(info, tuple) else (info, [])
        if not isinstance(info, KeyringInfo):
            info = KeyringInfo(False, "none", False, None)
        store = self.ctx.settings_store
        values = {key: store.get(key) for key in KEYS}
        dialog = SettingsDialog(
            values,
            store.locked_keys(),
            info,
            self.window,
            profiles=profiles,
            active_profile=self.ctx.active_profile,
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        result = dialog.result_value()
        try:
            if result.values:
                store.update(result.values)
            self.ctx.apply_profile_changes(result)
        except (SettingValueError, LockedSettingError, NotConfiguredError, StorageError) as error:
            QMessageBox.warning(self.window, APP_DISPLAY_NAME, describe_local(error))
            return
        self._apply_settings()
        self.window.show()
        if self.requests is not None:
            self.requests.reset_client()
        if result.token or result.clear_token or result.profile_edits or result.removed_profiles:
            assert self.tasks is not None
            self.tasks.run(lambda: self.ctx.store_tokens(result), self._on_token_stored)

    def _on_token_stored(self, result: object) -> None:
        if isinstance(result, BaseException):
            self.window.show_notice(describe_local(result))
        elif result == "session":
            self.window.show_notice(tr("Token kept for this session only."))
        elif result == "keyring":
            self.window.show_notice(tr("Token saved in the keyring."))

    # -- shutdown ----------------------------------------------------------------------------

    def shutdown(self) -> None:
        self._closed = True
        self._recent_timer.stop()
        self._open_log_file()  # a quit before "ready": what was logged still reaches the file
        self.window.removeEventFilter(self)
        # As a QByteArray: Python bytes would be stored pickled, and reading them back
        # imports pickle at every start-up (about 4 ms). Old pickled values still read.
        self._ui_state.setValue("geometry", QByteArray(self.window.save_state()))
        self._ui_state.sync()
        _make_user_only(Path(self._ui_state.fileName()))
        if self.tester is not None:
            self.tester.shutdown()  # the request in flight finishes; its rows are written
        if self.requests is not None:
            self.requests.stop()
        if self.tasks is not None:
            self.tasks.stop()
        if self.history_store is not None:
            self.history_model.set_store(None)
            self.history_store.close()


def _make_user_only(path: Path) -> None:
    """QSettings writes with the process umask; every file in the config folder is 0600."""
    if os.name != "posix":
        return
    try:
        path.chmod(0o600)
    except OSError:
        pass  # not written (read-only folder): nothing to protect


# --- entry points ---------------------------------------------------------------------------


def _call_options(settings: Any) -> CallOptions:
    """The call panel's choices from settings (validated when loaded, so this cannot fail
    unless the settings code and this parser disagree: then the lists stay empty)."""
    try:
        return CallOptions.parse(
            settings.aux_states, settings.disposition_codes, settings.disposition_codes_2
        )
    except SettingValueError as error:
        log.warning("call options ignored: %s %s", error.key, error.kind)
        return CallOptions()


def _make_qapp() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QApplication.setApplicationName(APP_NAME)
    QApplication.setApplicationDisplayName(APP_DISPLAY_NAME)
    QApplication.setOrganizationName(ORGANIZATION)
    QApplication.setApplicationVersion(__version__)
    QGuiApplication.setDesktopFileName(APP_NAME)
    qapp = QApplication(sys.argv[:1])
    apply_contrast(qapp)  # the user asked the platform for high contrast
    return qapp


def main(argv: Sequence[str]) -> int:
    args = parse_args(argv)
    single = not (args.demo or args.self_test)
    instance_name = ""
    if single:
        # A window is already open: hand it the link (or "show yourself") and leave at once,
        # before loading any widgets.
        paths = AppPaths.from_env()
        paths.ensure()
        instance_name = server_name(paths.runtime_dir)
        if forward(instance_name, [args.link] if args.link else []):
            return 0
    qapp = _make_qapp()
    try:
        mode = make_mode(args)
    except NotConfiguredError as error:  # --profile names no profile
        print(describe_local(error), file=sys.stderr)
        return int(error.exit_code)
    # The log file is opened once the window is ready; what is logged before is kept for it.
    setup_logging(None, debug=args.debug, secrets=mode.ctx.secrets, pending=True)
    desk = DeskApp(mode)
    desk.log_to_file_later(debug=args.debug)
    try:
        if args.self_test:
            return run_self_test(desk, args.screenshot)
        if single:
            # Listening waits until the window is ready too (QtNetwork costs 10 ms to load); a
            # launch that loses the race then hands its arguments over and quits.
            desk.listen_later(instance_name, [args.link] if args.link else [])
        if sys.platform == "darwin":  # only macOS sends FileOpen; elsewhere the filter would
            qapp.installEventFilter(_FileOpenFilter(desk))  # run Python for every event
        desk.show(minimized=desk.ctx.settings.start_minimized and not args.link)
        if args.link:
            desk.handle_link(args.link)
        if args.open_settings:
            QTimer.singleShot(300, desk.open_settings)
        return int(qapp.exec())
    finally:
        desk.shutdown()
        mode.close()
        teardown_logging()


def run_self_test(desk: DeskApp, screenshot: Path | None) -> int:
    """Dial once through the real window, controller, worker and simulator; check history."""
    started = time.monotonic()
    report: dict[str, Any] = {"self_test": "fail", "version": __version__}
    outcome: dict[str, Any] = {}
    qapp = QApplication.instance()
    assert qapp is not None

    def on_success(request: DialRequest, result: ApiResult) -> None:
        outcome["conn_id"] = result.conn_id
        QTimer.singleShot(0, qapp.quit)

    def on_failure(request: object, error: object, words: Explanation) -> None:
        outcome["error"] = words.one_line()
        QTimer.singleShot(0, qapp.quit)

    def press_dial() -> None:
        desk.window.fill_form("+57 300 123 4567", "Self Test", "1032")
        desk.window.dial_button().click()  # the same path as an agent's click

    desk.controller.dial_succeeded.connect(on_success)
    desk.controller.dial_failed.connect(on_failure)
    desk.show()
    QTimer.singleShot(0, press_dial)
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(qapp.quit)
    timer.start(SELF_TEST_TIMEOUT_MS)
    qapp.exec()
    timer.stop()
    if screenshot is not None:
        desk._build_rest()  # the quit may come before the history list was built
        QApplication.sendPostedEvents()  # its rows and layout, before the picture is taken
        desk.window.grab().save(str(screenshot))
    report["elapsed_ms"] = round((time.monotonic() - started) * 1000, 1)
    report.update(outcome)
    rows = desk.history_store.search("3001234567", limit=5) if desk.history_store else []
    report["history_rows"] = len(rows)
    sim = desk.mode.simulator
    report["requests_sent"] = len(sim.records()) if sim is not None else 0
    ok = bool(outcome.get("conn_id")) and bool(rows) and rows[0].conn_id == outcome["conn_id"]
    ok = ok and report["requests_sent"] == 1
    if ok:
        report["self_test"] = "pass"
    import json  # here: only the self-test prints JSON

    print(json.dumps(report, ensure_ascii=False), flush=True)
    return 0 if ok else 1
