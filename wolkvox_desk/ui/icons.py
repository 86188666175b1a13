"""Bundled SVG icons: ``icon(name)`` loads ``wolkvox_desk/resources/icons/{name}.svg``.

Icons are rendered with QtSvg's ``QSvgRenderer`` through our own ``QIconEngine``, so they do not
depend on Qt's svg icon-engine plugin being bundled (PyInstaller sometimes leaves it out). The
files are read from the package folder, as ``translations`` reads its .qm files: that works
installed, editable and frozen, and spares start-up ``importlib.resources`` (about 4 ms).

Monochrome icons are drawn in black in the SVG and tinted at paint time with the palette's text
colour, so they follow light, dark and high-contrast palettes. Coloured icons (status, app,
tray) are drawn as they are. A missing icon is an empty ``QIcon``, never a crash.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QPoint, QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QPainter,
    QPalette,
    QPixmap,
    QPixmapCache,
)
from PySide6.QtSvg import QSvgRenderer

ICON_DIR = Path(__file__).resolve().parent.parent / "resources" / "icons"
#: icons whose own colours carry meaning; every other icon is tinted with the text colour
COLOURED = frozenset({"success", "error", "warning", "info", "wolkvox-desk", "tray"})


def icon_bytes(name: str) -> bytes | None:
    """The SVG source of ``name``, or None when there is no such bundled icon."""
    if not name or "/" in name or "\\" in name or name.startswith("."):
        return None  # names are plain file stems; nothing may climb out of the folder
    try:
        return (ICON_DIR / f"{name}.svg").read_bytes()
    except (OSError, ValueError):
        return None


@cache
def icon(name: str) -> QIcon:
    """The bundled icon ``name`` (cached); an empty QIcon when it is missing or unreadable."""
    data = icon_bytes(name)
    if data is None:
        return QIcon()
    renderer = QSvgRenderer(QByteArray(data))
    if not renderer.isValid():
        return QIcon()
    return QIcon(_SvgIconEngine(data, tinted=name not in COLOURED))


def icon_in(name: str, colour: QColor) -> QIcon:
    """A monochrome icon drawn in ``colour`` (e.g. highlighted text on a primary button)."""
    return _icon_in(name, colour.rgba())


@cache
def _icon_in(name: str, rgba: int) -> QIcon:
    data = icon_bytes(name)
    if data is None or not QSvgRenderer(QByteArray(data)).isValid():
        return QIcon()
    return QIcon(_SvgIconEngine(data, tinted=True, colour=QColor.fromRgba(rgba)))


class _SvgIconEngine(QIconEngine):
    """Paints one SVG at any size; tints monochrome icons with the current palette (or a
    fixed colour)."""

    def __init__(self, data: bytes, *, tinted: bool, colour: QColor | None = None) -> None:
        super().__init__()
        self._data = data
        self._tinted = tinted
        self._colour = colour
        self._renderer = QSvgRenderer(QByteArray(data))
        # Rendering an SVG costs about 0.2 ms and buttons repaint theirs on every state
        # change: rendered pixmaps go to Qt's own pixmap cache (Python holds none of them).
        self._key = f"wolkvox-icon:{hash(data):x}:{int(tinted)}:{_rgba(colour)}"

    def clone(self) -> QIconEngine:
        return _SvgIconEngine(self._data, tinted=self._tinted, colour=self._colour)

    def isNull(self) -> bool:
        return not self._renderer.isValid()

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        scale = painter.device().devicePixelRatioF() if painter.device() else 1.0
        pixmap = self.scaledPixmap(rect.size(), mode, state, scale)
        painter.drawPixmap(rect, pixmap)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        tint = _rgba(_tint(mode)) if self._tinted else 0  # follows palette changes
        key = f"{self._key}:{size.width()}x{size.height()}@{scale}:{mode.value}:{tint}"
        cached = QPixmap()
        if not QPixmapCache.find(key, cached):
            cached = self._render(size, mode, scale)
            QPixmapCache.insert(key, cached)
        return cached

    def _render(self, size: QSize, mode: QIcon.Mode, scale: float) -> QPixmap:
        device_size = QSize(
            max(1, round(size.width() * scale)), max(1, round(size.height() * scale))
        )
        pixmap = QPixmap(device_size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._renderer.render(painter, _fitted(self._renderer.defaultSize(), device_size))
        if self._tinted:
            # keep the drawn shape (alpha) and replace its colour with the palette's
            painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
            colour = self._colour
            if colour is None or mode == QIcon.Mode.Disabled:
                colour = _tint(mode)
            # setBrush + drawRect, not fillRect: PySide resolves fillRect's overloads by
            # building QGradient's five enums first (about 3 ms before the first paint)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRect(pixmap.rect())
        painter.end()
        if not self._tinted and mode == QIcon.Mode.Disabled:
            pixmap = _faded(pixmap)
        pixmap.setDevicePixelRatio(scale)
        return pixmap

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        return size


def _rgba(colour: QColor | None) -> int:
    return 0 if colour is None else colour.rgba()


def _fitted(source: QSize, target: QSize) -> QRect:
    """The largest rectangle with ``source``'s aspect ratio centred in ``target``."""
    if source.isEmpty():
        return QRect(QPoint(0, 0), target)
    fitted = source.scaled(target, Qt.AspectRatioMode.KeepAspectRatio)
    left = (target.width() - fitted.width()) // 2
    top = (target.height() - fitted.height()) // 2
    return QRect(QPoint(left, top), fitted)


def _tint(mode: QIcon.Mode) -> QColor:
    """The text colour of the application palette for this icon mode."""
    palette = QGuiApplication.palette()
    if mode == QIcon.Mode.Disabled:
        return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText)
    if mode == QIcon.Mode.Selected:
        return palette.color(QPalette.ColorRole.HighlightedText)
    return palette.color(QPalette.ColorRole.ButtonText)


def _faded(pixmap: QPixmap) -> QPixmap:
    """A half-transparent copy, for coloured icons on disabled controls."""
    faded = QPixmap(pixmap.size())
    faded.fill(Qt.GlobalColor.transparent)
    painter = QPainter(faded)
    painter.setOpacity(0.4)
    painter.drawPixmap(0, 0, pixmap)
    painter.end()
    return faded
