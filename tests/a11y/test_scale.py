"""200% scale, large fonts and long translations: no text is cut off, and the window's
minimum size still fits a small laptop screen."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSize
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QScrollArea, QWidget

from tests.a11y.truncation import check_demo_app, scale_app_font, settle, truncated
from wolkvox_desk import translations
from wolkvox_desk.ui.main_window import MainWindow
from wolkvox_desk.ui.welcome import WelcomeDialog

ROOT = Path(__file__).resolve().parents[2]
#: a 1366x768 laptop: the smallest common screen an agent's PC has
SMALL_SCREEN = QSize(1366, 768)


@pytest.fixture
def large_font(qapp) -> Iterator[QFont]:
    before = QFont(qapp.font())
    scale_app_font(qapp, 2.0)
    yield qapp.font()
    qapp.setFont(before)


@pytest.fixture
def language(request, qapp) -> Iterator[str]:
    lang = request.param
    qm = translations.qm_path(lang)
    if lang != "en" and not qm.is_file():
        pytest.skip(f"{qm.name} is not built yet (make i18n compiles it from resources/i18n)")
    before = QLocale()
    translations.install(lang, qapp)
    yield lang
    translations.install("en", qapp)
    QLocale.setDefault(before)


def test_the_checker_finds_a_cut_off_label_and_a_cut_off_button(qtbot):
    # guard: a checker that never finds anything would pass every test below
    root = QWidget()
    qtbot.addWidget(root)
    label = QLabel("A sentence far too long for thirty pixels", root)
    label.setGeometry(0, 0, 30, 20)
    wrapped = QLabel("Wrapped words need more lines than one here", root)
    wrapped.setWordWrap(True)
    wrapped.setGeometry(0, 30, 120, 15)
    root.show()
    settle()
    found = truncated(root)
    assert len(found) == 2 and "needs" in found[0]
    label.setGeometry(0, 0, 400, 20)
    wrapped.setGeometry(0, 30, 400, 60)
    assert truncated(root) == []


def test_at_twice_the_font_nothing_is_cut_off_in_english(qapp, large_font):
    assert check_demo_app() == []


@pytest.mark.parametrize("language", ["es", "pt_BR"], indirect=True)
def test_translations_fit_at_normal_and_twice_the_font(qapp, language):
    assert check_demo_app(language) == []
    scale_app_font(qapp, 2.0)
    try:
        assert check_demo_app(language) == []
    finally:
        scale_app_font(qapp, 0.5)


def test_at_twice_the_font_the_window_still_fits_a_small_laptop(qtbot, large_font):
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    settle()
    minimum = window.minimumSize()
    assert minimum.width() <= SMALL_SCREEN.width()
    assert minimum.height() <= SMALL_SCREEN.height()
    welcome = WelcomeDialog()
    qtbot.addWidget(welcome)
    welcome.show()
    settle()
    assert welcome.width() <= SMALL_SCREEN.width() and welcome.height() <= SMALL_SCREEN.height()
    # at its minimum size, the column scrolls: the Dial button can be scrolled into view
    window.resize(minimum)
    settle()
    scroll = window.centralWidget()
    assert isinstance(scroll, QScrollArea)
    scroll.ensureWidgetVisible(window.dial_button())
    settle()
    assert not window.dial_button().visibleRegion().isEmpty()


def test_at_200_percent_scale_nothing_is_cut_off(tmp_path):
    # QT_SCALE_FACTOR is read once, when Qt starts: check in a fresh process
    env = {**os.environ, "QT_SCALE_FACTOR": "2", "QT_QPA_PLATFORM": "offscreen"}
    env["WOLKVOX_DESK_HOME"] = str(tmp_path)
    result = subprocess.run(
        [sys.executable, "-m", "tests.a11y.truncation"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "(scale 2, font x1.0): 0 truncated" in result.stdout
