"""The palettes the a11y tests judge the window under: the style's light one, a typical dark
theme, and the high-contrast palettes of ``ui/a11y.py``."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from wolkvox_desk.ui.a11y import high_contrast_palette


def light_palette() -> QPalette:
    return QApplication.style().standardPalette()


def dark_palette() -> QPalette:
    """A dark theme like KDE Breeze Dark or GNOME Adwaita-dark draws."""
    role = QPalette.ColorRole
    palette = QPalette(light_palette())
    for which, colour in (
        (role.Window, "#2d2d2d"),
        (role.WindowText, "#eeeeee"),
        (role.Base, "#1e1e1e"),
        (role.AlternateBase, "#262626"),
        (role.Text, "#eeeeee"),
        (role.Button, "#3a3a3a"),
        (role.ButtonText, "#eeeeee"),
        (role.Highlight, "#3daee9"),
        (role.HighlightedText, "#ffffff"),
        (role.PlaceholderText, "#9a9a9a"),
        (role.Light, "#505050"),
        (role.Midlight, "#444444"),
        (role.Mid, "#333333"),
        (role.Dark, "#1a1a1a"),
        (role.Shadow, "#000000"),
    ):
        palette.setColor(which, QColor(colour))
    return palette


PALETTES = {
    "light": light_palette,
    "dark": dark_palette,
    "high-contrast-dark": lambda: high_contrast_palette(dark=True),
    "high-contrast-light": lambda: high_contrast_palette(dark=False),
}
