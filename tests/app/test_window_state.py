"""The window's geometry is kept in window.ini as Qt bytes (no pickle to read it back at
start-up), and a geometry saved the old way (pickled Python bytes) still restores."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from wolkvox_desk.app import DeskApp, Mode
from wolkvox_desk.context import AppContext
from wolkvox_desk.paths import AppPaths


def _desk(qtbot) -> DeskApp:
    paths = AppPaths.from_env()
    paths.ensure()
    desk = DeskApp(Mode(ctx=AppContext(paths=paths, env={}, use_policy=False)))
    qtbot.addWidget(desk.window)
    return desk


def _ini() -> str:
    return (AppPaths.from_env().config_dir / "window.ini").read_text(encoding="latin-1")


def test_geometry_is_saved_as_qt_bytes_and_restored(qtbot) -> None:
    desk = _desk(qtbot)
    desk.window.resize(431, 677)
    desk.shutdown()
    assert "geometry=@ByteArray(" in _ini()
    assert "PyObjectWrapper" not in _ini()
    again = _desk(qtbot)
    try:
        assert (again.window.width(), again.window.height()) == (431, 677)
    finally:
        again.shutdown()


def test_a_geometry_saved_as_pickled_bytes_still_restores(qtbot) -> None:
    desk = _desk(qtbot)
    desk.window.resize(417, 655)
    old_style = desk.window.save_state()
    desk.shutdown()
    store = QSettings(
        str(AppPaths.from_env().config_dir / "window.ini"), QSettings.Format.IniFormat
    )
    store.setValue("geometry", old_style)  # Python bytes: what earlier versions wrote
    store.sync()
    assert "PyObjectWrapper" in _ini()
    again = _desk(qtbot)
    try:
        assert (again.window.width(), again.window.height()) == (417, 655)
    finally:
        again.shutdown()
