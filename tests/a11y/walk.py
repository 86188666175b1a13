"""Finding the controls a person can use in a window: what the a11y tests walk over."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QScrollBar,
    QWidget,
)

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QAbstractSlider,
)


def _is_part_of_another_control(widget: QWidget) -> bool:
    """Qt's own pieces of a bigger control, which it names through that control: a spin box's
    or combo box's line edit, a view's header and scroll bars, a table's corner button."""
    if isinstance(widget, (QHeaderView, QScrollBar)):
        return True
    parent = widget.parentWidget()
    if isinstance(widget, QLineEdit) and isinstance(parent, (QAbstractSpinBox, QComboBox)):
        return True
    return isinstance(widget, QAbstractButton) and isinstance(parent, QAbstractItemView)


def controls(root: QWidget) -> list[QWidget]:
    """Every control under ``root`` that is visible and can be used (clicked, typed in or
    reached with Tab), in creation order."""
    found: list[QWidget] = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or _is_part_of_another_control(widget):
            continue
        takes_tab = bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        if isinstance(widget, INTERACTIVE) or takes_tab:
            found.append(widget)
    return found


def describe(widget: QWidget) -> str:
    """A widget as a test failure names it."""
    words = getattr(widget, "text", lambda: "")()
    words = words if isinstance(words, str) else ""
    return f"{type(widget).__name__}(objectName={widget.objectName()!r}, text={words!r})"


def spoken(widget: QWidget) -> tuple[str, str]:
    """The name and description a screen reader gets for ``widget``, from Qt's accessibility
    interface: an explicit accessible name, else the button's text or the buddy label's; an
    explicit description, else the tooltip."""
    interface = QAccessible.queryAccessibleInterface(widget)
    if interface is None:
        return "", ""
    return (
        interface.text(QAccessible.Text.Name).strip(),
        interface.text(QAccessible.Text.Description).strip(),
    )


def name_of(widget: QWidget) -> str:
    """The widget's own accessible name, else what Qt derives (a button's text). Qt's combo
    box speaks its current item as its name, so its own name comes first here."""
    return widget.accessibleName().strip() or spoken(widget)[0]


def missing_words(root: QWidget) -> list[str]:
    """Controls a screen reader could not name or explain.

    A button that shows only an icon needs an explicit accessible name: the icon says nothing
    to a screen reader, and Qt has no text to derive a name from.
    """
    problems = []
    for widget in controls(root):
        name, description = spoken(widget)
        if not name:
            problems.append(f"{describe(widget)}: no accessible name")
        icon_only = isinstance(widget, QAbstractButton) and not widget.text().strip()
        if icon_only and not widget.accessibleName().strip():
            problems.append(f"{describe(widget)}: icon only, no accessible name")
        if not description:
            problems.append(f"{describe(widget)}: no accessible description")
    return problems
