"""Shared look helpers for the window's widgets: tones, palette-aware colours, font scaling,
and screen-reader announcements (the plumbing is in ``ui/a11y.py``).

Colours are never hard-coded black or white: each tone has an accent for light palettes, one
for dark palettes and a stronger pair for high-contrast palettes, and tinted backgrounds are
blends of the palette's own window colour (none at all in high contrast), so text drawn in the
palette's text colour stays readable in light, dark and high-contrast themes. The a11y tests
check every helper here against WCAG ratios under each kind of palette.
Sizes derive from the widget's font, so the window holds up at 200% scale and with large fonts.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QEvent, QRect
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QLabel, QWidget

from wolkvox_desk.ui import a11y
from wolkvox_desk.ui.a11y import contrast as contrast  # re-exported for the widgets
from wolkvox_desk.ui.a11y import is_high_contrast_palette as is_high_contrast_palette


class Tone(StrEnum):
    """What a message means; picks its accent colour and icon."""

    SUCCESS = "success"
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


# (light palette accent, dark palette accent): the light ones reach 4.5:1 on white, the dark
# ones 4.5:1 on a #303030 window, so text in these colours stays legible on either.
_ACCENTS: dict[Tone, tuple[str, str]] = {
    Tone.SUCCESS: ("#1b6e20", "#81c784"),
    Tone.ERROR: ("#b71c1c", "#ff9c94"),
    Tone.WARNING: ("#8a4b00", "#ffcc80"),
    Tone.INFO: ("#0d47a1", "#90caf9"),
}
# (on white, on black) for high-contrast palettes: 7:1 or better (WCAG AAA) on either
_HIGH_CONTRAST_ACCENTS: dict[Tone, tuple[str, str]] = {
    Tone.SUCCESS: ("#004d00", "#80ff80"),
    Tone.ERROR: ("#8b0000", "#ff9a9a"),
    Tone.WARNING: ("#5c3300", "#ffff00"),
    Tone.INFO: ("#00007f", "#80ffff"),
}


def is_dark(palette: QPalette) -> bool:
    """True when the palette draws dark windows (light text on a dark background)."""
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    return window.lightnessF() < text.lightnessF()


# Paints ask for the same colours again and again (two WCAG contrast computations each):
# remembered per palette contents (QPalette.cacheKey changes whenever a palette does).
_CACHE_LIMIT = 64
_accents: dict[tuple[int, Tone], QColor] = {}
_backgrounds: dict[tuple[int, Tone], QColor] = {}


def _remember(cache: dict[tuple[int, Tone], QColor], key: tuple[int, Tone], colour: QColor) -> None:
    if len(cache) >= _CACHE_LIMIT:
        cache.clear()  # palettes rarely change; a long session must not grow it anyway
    cache[key] = colour


def accent(palette: QPalette, tone: Tone) -> QColor:
    """The tone's accent colour for this palette (border, icon, short coloured text)."""
    key = (palette.cacheKey(), tone)
    colour = _accents.get(key)
    if colour is None:
        table = _HIGH_CONTRAST_ACCENTS if is_high_contrast_palette(palette) else _ACCENTS
        light, dark = table[tone]
        colour = QColor(dark if is_dark(palette) else light)
        _remember(_accents, key, colour)
    return QColor(colour)  # a copy: a caller may change it


def blend(base: QColor, over: QColor, amount: float) -> QColor:
    """``over`` laid over ``base`` at ``amount`` (0..1) opacity."""
    keep = 1.0 - amount
    return QColor.fromRgbF(
        base.redF() * keep + over.redF() * amount,
        base.greenF() * keep + over.greenF() * amount,
        base.blueF() * keep + over.blueF() * amount,
    )


def tinted_background(palette: QPalette, tone: Tone) -> QColor:
    """A soft background in the tone's colour, derived from the palette's window colour; in
    high contrast the plain window colour, so text on it keeps the theme's full contrast."""
    key = (palette.cacheKey(), tone)
    colour = _backgrounds.get(key)
    if colour is None:
        window = palette.color(QPalette.ColorRole.Window)
        if is_high_contrast_palette(palette):
            colour = QColor(window)
        else:
            amount = 0.15 if is_dark(palette) else 0.12
            colour = blend(window, accent(palette, tone), amount)
        _remember(_backgrounds, key, colour)
    return QColor(colour)


def primary_button_colour(palette: QPalette) -> QColor:
    """The highlight colour, darkened or lightened until the highlighted text on it (and on
    the lighter top of a style's gradient) reads at 4.5:1."""
    colour = palette.color(QPalette.ColorRole.Highlight)
    text = palette.color(QPalette.ColorRole.HighlightedText)
    text_is_light = text.lightnessF() >= 0.5
    for _ in range(12):
        if contrast(colour.lighter(112), text) >= 4.5:
            break
        colour = colour.darker(112) if text_is_light else colour.lighter(112)
    return colour


def scaled_font(font: QFont, factor: float, *, bold: bool = False) -> QFont:
    """``font`` enlarged by ``factor``; relative, so large system fonts stay large."""
    scaled = QFont(font)
    if font.pointSizeF() > 0:
        scaled.setPointSizeF(font.pointSizeF() * factor)
    elif font.pixelSize() > 0:
        scaled.setPixelSize(round(font.pixelSize() * factor))
    if bold:
        scaled.setBold(True)
    return scaled


def line_height(widget: QWidget) -> int:
    """The height of one line of the widget's text: the unit for every size we set."""
    return widget.fontMetrics().height()


def available_geometry(widget: QWidget) -> QRect:
    """The free desktop area of the screen ``widget`` shows on (its window's, once shown).

    Never ``widget.screen()``: PySide makes the QScreen it returns a child of the widget that
    asked (a heuristic for getters), so a dialog that is later destroyed can take Qt's own
    screen object with it, and the next menu or window crashes. The static lookups below leave
    the screen alone.
    """
    window = widget.window()
    screen = None
    if window.isVisible():
        screen = QGuiApplication.screenAt(window.geometry().center())
    parent = window.parentWidget()
    if screen is None and parent is not None and parent.isVisible():
        screen = QGuiApplication.screenAt(parent.window().geometry().center())
    if screen is None:
        screen = QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1024, 768)


def announce(widget: QWidget, text: str | None = None) -> None:
    """Have screen readers read out ``text`` (by default the label's own text) as an alert
    from ``widget``; see :func:`wolkvox_desk.ui.a11y.announce`."""
    if text is None:
        text = widget.text() if isinstance(widget, QLabel) else widget.accessibleDescription()
    a11y.announce(widget, text)


class ToneLabel(QLabel):
    """A word-wrapped label whose text takes a tone's colour, re-derived when the palette
    changes (so switching the system to dark mode recolours it)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tone: Tone | None = None
        self._restyling = False
        self.setWordWrap(True)

    def tone(self) -> Tone | None:
        return self._tone

    def set_tone(self, tone: Tone | None) -> None:
        self._tone = tone
        self._restyle()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and not self._restyling:
            self._restyle()

    def _restyle(self) -> None:
        self._restyling = True  # setPalette sends PaletteChange to ourselves
        try:
            palette = self.palette()
            parent = self.parentWidget()
            base = parent.palette() if parent is not None else palette
            colour = (
                accent(base, self._tone)
                if self._tone is not None
                else base.color(QPalette.ColorRole.WindowText)
            )
            palette.setColor(QPalette.ColorRole.WindowText, colour)
            self.setPalette(palette)
        finally:
            self._restyling = False
