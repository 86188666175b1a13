"""Finding cut-off text in a window, for the tests and for ``tools/screenshots.sh``.

:func:`truncated` lists every visible label, button, check box, combo box and group box title
under a widget whose text does not fit the room it has: a one-line text wider than the
contents, a word-wrapped label shorter than the height its text needs at its width, or a
single word wider than a wrapping label. Text a widget elides on purpose (the history table's
cells) is not a widget's own text and is not checked.

Run as a program it builds the demo window (in the language and font scale given) and the
settings and welcome dialogs, checks them at their opening size and at their minimum size,
prints what is cut off and exits 1 if anything is::

    python -m tests.a11y.truncation [--lang es] [--font-scale 2]

(``QT_SCALE_FACTOR=2`` in its environment checks the 200% scale.)
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFontMetrics, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QStyleOptionComboBox,
    QToolButton,
    QWidget,
)

#: a pixel of slack for rounding between font metrics and layout sizes
SLACK = 1


def _plain(text: str) -> str:
    """The words as drawn: rich text rendered to plain, mnemonic ampersands dropped."""
    if "<" in text and ">" in text:  # what Qt's mightBeRichText() looks for, roughly
        document = QTextDocument()
        document.setHtml(text)
        text = document.toPlainText()
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _widest_line(metrics: QFontMetrics, text: str) -> int:
    return max((metrics.horizontalAdvance(line) for line in text.splitlines()), default=0)


def _label_problem(label: QLabel) -> str:
    text = _plain(label.text())
    if not text.strip() or label.pixmap() is not None and not label.pixmap().isNull():
        return ""
    room = label.contentsRect().width() - 2 * max(label.margin(), 0)
    if label.indent() > 0:
        room -= label.indent()
    metrics = label.fontMetrics()
    if label.wordWrap():
        longest = max((metrics.horizontalAdvance(word) for word in text.split()), default=0)
        if longest > room + SLACK:
            return f"a word needs {longest}px, has {room}px"
        needed = label.heightForWidth(label.width())
        if needed > label.height() + SLACK:
            return f"needs {needed}px of height at its width, has {label.height()}px"
        return ""
    needed = _widest_line(metrics, text)
    if needed > room + SLACK:
        return f"needs {needed}px, has {room}px"
    lines = max(len(text.splitlines()), 1)
    if metrics.height() * lines > label.contentsRect().height() + SLACK:
        return (
            f"needs {metrics.height() * lines}px of height, has {label.contentsRect().height()}px"
        )
    return ""


def _button_problem(button: QAbstractButton) -> str:
    text = _plain(button.text())
    if not text.strip():
        return ""
    metrics = button.fontMetrics()
    needed = _widest_line(metrics, text)
    style = button.style()
    if isinstance(button, QToolButton):
        if button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly:
            return ""  # the text is only its name; an icon is drawn
        # a tool button's own size hint is exactly its icon, text and margins
        hint = button.sizeHint().width()
        if button.width() + SLACK < hint:
            return f"needs {hint}px, has {button.width()}px"
        return ""
    option = QStyleOptionButton()
    button.initStyleOption(option)  # type: ignore[attr-defined]
    if isinstance(button, (QCheckBox, QRadioButton)):
        element = (
            QStyle.SubElement.SE_CheckBoxContents
            if isinstance(button, QCheckBox)
            else QStyle.SubElement.SE_RadioButtonContents
        )
        room = style.subElementRect(element, option, button).width()
    else:
        contents = QStyle.SubElement.SE_PushButtonContents
        room = style.subElementRect(contents, option, button).width()
        if isinstance(button, QPushButton) and button.menu() is not None:
            room -= style.pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, option)
    if not button.icon().isNull():
        needed += button.iconSize().width() + 4  # icon, and Qt's gap before the text
    if needed > room + SLACK:
        return f"needs {needed}px, has {room}px"
    return ""


def _combo_problem(combo: QComboBox) -> str:
    text = combo.currentText()
    if not text or combo.isEditable():
        return ""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    needed = combo.fontMetrics().horizontalAdvance(text)
    if not combo.itemIcon(combo.currentIndex()).isNull():
        needed += combo.iconSize().width() + 4
    if needed > field.width() + SLACK:
        return f"needs {needed}px, has {field.width()}px"
    return ""


def _group_problem(group: QGroupBox) -> str:
    title = _plain(group.title())
    needed = group.fontMetrics().horizontalAdvance(title)
    room = group.contentsRect().width()
    if title and needed > room + SLACK:
        return f"title needs {needed}px, has {room}px"
    return ""


def _problem(widget: QWidget) -> str:
    if isinstance(widget, QLabel):
        return _label_problem(widget)
    if isinstance(widget, QAbstractButton):
        return _button_problem(widget)
    if isinstance(widget, QComboBox):
        return _combo_problem(widget)
    if isinstance(widget, QGroupBox):
        return _group_problem(widget)
    return ""


def _name(widget: QWidget) -> str:
    text = getattr(widget, "text", None) or getattr(widget, "title", None)
    words = text() if callable(text) else ""
    words = words if isinstance(words, str) else ""
    return f"{type(widget).__name__} {widget.objectName() or ''} {_plain(words)[:60]!r}".strip()


def truncated(root: QWidget) -> list[str]:
    """Every visible text under (and including) ``root`` that does not fit, as readable lines."""
    problems = []
    for widget in (root, *root.findChildren(QWidget)):
        if widget is not root and not widget.isVisibleTo(root):
            continue
        problem = _problem(widget)
        if problem:
            problems.append(
                f"{root.objectName() or type(root).__name__}: {_name(widget)}: {problem}"
            )
    return problems


def settle(app: QApplication | None = None) -> None:
    """Let layouts finish (they run on posted events)."""
    app = app or QApplication.instance()  # type: ignore[assignment]
    for _ in range(5):
        QApplication.processEvents()
        QApplication.sendPostedEvents()


def truncated_at_sizes(window: QWidget, sizes: Sequence[QSize]) -> list[str]:
    """:func:`truncated` for ``window`` resized to each of ``sizes`` (labelled with it)."""
    problems = []
    for size in sizes:
        window.resize(size)
        settle()
        problems += [f"[{size.width()}x{size.height()}] {p}" for p in truncated(window)]
    return problems


def scale_app_font(app: QApplication, factor: float) -> None:
    font = app.font()
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * factor)
    else:
        font.setPixelSize(round(font.pixelSize() * factor))
    app.setFont(font)


# --- the program -----------------------------------------------------------------------------


def check_demo_app(language: str = "en") -> list[str]:
    """Build the demo window, the settings dialog and the welcome dialog with the translators
    and font already installed, and return everything cut off in them."""
    from wolkvox_desk.app import DeskApp, make_mode, parse_args
    from wolkvox_desk.services.settings import KEYS
    from wolkvox_desk.ui.settings_dialog import KeyringInfo, SettingsDialog
    from wolkvox_desk.ui.welcome import WelcomeDialog

    mode = make_mode(parse_args(["--demo"]))
    desk = DeskApp(mode)
    problems: list[str] = []
    try:
        desk.show()
        desk.after_first_paint()
        for _ in range(100):
            settle()
            if desk.history_store is not None:
                break
        window = desk.window
        sizes = [window.size(), window.minimumSize()]
        problems += truncated_at_sizes(window, sizes)
        store = mode.ctx.settings_store
        info = KeyringInfo(True, "keyring", True, "keyring")
        dialog = SettingsDialog({key: store.get(key) for key in KEYS}, (), info, window)
        dialog.setObjectName("settingsDialog")
        dialog.show()
        problems += truncated_at_sizes(dialog, [dialog.size()])
        dialog.close()
        welcome = WelcomeDialog()
        welcome.setObjectName("welcomeDialog")
        welcome.show()
        problems += truncated_at_sizes(welcome, [welcome.size(), welcome.minimumSizeHint()])
        welcome.close()
    finally:
        desk.shutdown()
        mode.close()
    return [f"{language}: {p}" for p in problems]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.a11y.truncation")
    parser.add_argument("--lang", default="en", help="en, es or pt_BR")
    parser.add_argument("--font-scale", type=float, default=1.0)
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from wolkvox_desk import translations

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    if args.lang != "en" and not translations.qm_path(args.lang).is_file():
        print(f"{args.lang}: no {translations.qm_path(args.lang).name}; nothing to check")
        return 0
    translations.install(args.lang, app)
    if args.font_scale != 1.0:
        scale_app_font(app, args.font_scale)
    problems = check_demo_app(args.lang)
    scale = os.environ.get("QT_SCALE_FACTOR", "1")
    for line in problems:
        print(f"TRUNCATED {line}")
    print(f"{args.lang} (scale {scale}, font x{args.font_scale}): {len(problems)} truncated")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
