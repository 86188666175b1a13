"""Accessibility plumbing shared by the widgets: screen-reader announcements and high contrast.

``announce(widget, text)`` is the one way a widget tells assistive technology that something
happened (an outcome, a field error): it sends Qt's announcement event (read out at once, even
when the focus is elsewhere) and an Alert event on the widget that carries the words. Qt gives
Python no hook to watch those events, so every announcement is also handed to the listeners
registered with :func:`listen`: the tests use it, and nothing else should need to.

High contrast: :func:`wants_high_contrast` asks the platform (Qt 6.10's contrast preference),
:func:`high_contrast_palette` is a black/white/yellow palette, and :func:`apply_contrast`
installs it on the application when the platform asks for it (or when forced). ``style.py``
then picks its strongest accents for any palette that :func:`is_high_contrast_palette` says is
high contrast, so the tones stay readable whichever way the palette came.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QWidget

Listener = Callable[[QWidget, str], None]

_listeners: list[Listener] = []


def announce(widget: QWidget, text: str, *, assertive: bool = True) -> None:
    """Have screen readers read ``text`` out, as said by ``widget`` (which shows it too)."""
    if not text:
        return
    for listener in tuple(_listeners):
        listener(widget, text)
    # Imported here: PySide builds these classes on first use (about 5 ms), and start-up
    # announces nothing.
    from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleEvent

    if not QAccessible.isActive():
        return  # no assistive technology is listening; building events would be wasted work
    event = QAccessibleAnnouncementEvent(widget, text)
    politeness = QAccessible.AnnouncementPoliteness
    event.setPoliteness(politeness.Assertive if assertive else politeness.Polite)
    QAccessible.updateAccessibility(event)
    QAccessible.updateAccessibility(QAccessibleEvent(widget, QAccessible.Event.Alert))


@contextmanager
def listen(listener: Listener) -> Iterator[None]:
    """Call ``listener(widget, text)`` for every announcement made inside the block."""
    _listeners.append(listener)
    try:
        yield
    finally:
        _listeners.remove(listener)


# --- high contrast ---------------------------------------------------------------------------

#: the lowest window/text contrast we treat as a high-contrast palette: black on white is 21,
#: yellow on black 19.6; ordinary light themes stop short (Fusion's black on #efefef is 18.3)
HIGH_CONTRAST_RATIO = 19.0


def luminance(colour: QColor) -> float:
    """WCAG relative luminance (0 black .. 1 white)."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    red, green, blue = (channel(c) for c in (colour.redF(), colour.greenF(), colour.blueF()))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast(first: QColor, second: QColor) -> float:
    """WCAG contrast ratio of two colours (1 to 21); 4.5 is the floor for normal text."""
    bright, dim = sorted((luminance(first), luminance(second)), reverse=True)
    return (bright + 0.05) / (dim + 0.05)


def is_high_contrast_palette(palette: QPalette) -> bool:
    """True when the palette's window text stands out at a high-contrast theme's ratio."""
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    return contrast(window, text) >= HIGH_CONTRAST_RATIO


def wants_high_contrast() -> bool:
    """True when the platform reports that the user asked for high contrast."""
    # Keep the QStyleHints wrapper alive while its accessibility() child is used: without
    # the name, PySide may drop the child with the temporary ("already deleted").
    style_hints = QGuiApplication.styleHints()
    if not hasattr(style_hints, "accessibility"):  # Qt < 6.10 does not report it
        return False
    hints = style_hints.accessibility()
    return bool(hints.contrastPreference() == Qt.ContrastPreference.HighContrast)


def high_contrast_palette(*, dark: bool = True) -> QPalette:
    """Black and white with yellow (dark) or deep blue (light) selection and links: every
    text/background pair reads at 7:1 or better."""
    ink, paper = (QColor("#ffffff"), QColor("#000000"))
    if not dark:
        ink, paper = paper, ink
    mark = QColor("#ffff00") if dark else QColor("#00007f")
    mark_text = QColor("#000000") if dark else QColor("#ffffff")
    muted = QColor("#c0c0c0") if dark else QColor("#404040")
    palette = QPalette()
    role = QPalette.ColorRole
    for which, colour in (
        (role.WindowText, ink),
        (role.Text, ink),
        (role.ButtonText, ink),
        (role.BrightText, mark),
        (role.Window, paper),
        (role.Base, paper),
        (role.AlternateBase, paper),
        (role.Button, paper),
        (role.ToolTipBase, paper),
        (role.ToolTipText, ink),
        (role.PlaceholderText, muted),
        (role.Highlight, mark),
        (role.HighlightedText, mark_text),
        (role.Link, mark if dark else QColor("#00007f")),
        (role.LinkVisited, mark if dark else QColor("#4b0082")),
        (role.Light, ink),
        (role.Midlight, muted),
        (role.Mid, muted),
        (role.Dark, ink),
        (role.Shadow, ink),
    ):
        palette.setColor(which, colour)
    disabled = QPalette.ColorGroup.Disabled
    for which in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(disabled, which, muted)
    return palette


def apply_contrast(app: QGuiApplication, *, force: bool = False) -> bool:
    """Install the high-contrast palette when the platform asks for it (or ``force``); keeps
    the platform's light or dark choice. A platform that already gives a high-contrast palette
    (Windows' themes, with the user's own colours) is left alone. True when installed."""
    if not force and (not wants_high_contrast() or is_high_contrast_palette(app.palette())):
        return False
    dark = app.styleHints().colorScheme() != Qt.ColorScheme.Light
    QGuiApplication.setPalette(high_contrast_palette(dark=dark))
    return True
