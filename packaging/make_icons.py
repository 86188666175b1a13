"""Build-time icon maker: the app's SVG icon as a Windows ``.ico``, a macOS ``.icns`` and a PNG.

PyInstaller needs .ico/.icns files for the executables, and the MSI needs an .ico for Add/Remove
Programs. Both formats may hold PNG images, so QtSvg renders the PNGs and this script writes
the containers itself (no Pillow in the build environment).

Usage: python packaging/make_icons.py [OUT_DIR]     (default build/icons)
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "wolkvox_desk" / "resources" / "icons" / "wolkvox-desk.svg"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
#: ICNS element types that take PNG data, by pixel size
ICNS_TYPES = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09"}


def render_png(svg: bytes, size: int) -> bytes:
    """``svg`` drawn on a transparent ``size`` x ``size`` square, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(QByteArray(svg))
    if not renderer.isValid():
        raise ValueError("the SVG icon cannot be rendered")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def ico(pngs: dict[int, bytes]) -> bytes:
    """An ICO file holding one PNG image per size (Windows Vista and later read these)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, images = b"", b""
    for size, png in sorted(pngs.items()):
        side = 0 if size >= 256 else size  # 0 means 256 in an ICO directory entry
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        images += png
        offset += len(png)
    return header + entries + images


def icns(pngs: dict[int, bytes]) -> bytes:
    """An ICNS file holding one PNG element per size."""
    body = b"".join(
        ICNS_TYPES[size] + struct.pack(">I", 8 + len(png)) + png
        for size, png in sorted(pngs.items())
        if size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else ROOT / "build" / "icons"
    out.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([])
    svg = SOURCE.read_bytes()
    sizes = sorted({*ICO_SIZES, *ICNS_TYPES})
    pngs = {size: render_png(svg, size) for size in sizes}
    (out / "wolkvox-desk.ico").write_bytes(ico({s: pngs[s] for s in ICO_SIZES}))
    (out / "wolkvox-desk.icns").write_bytes(icns(pngs))
    (out / "wolkvox-desk.png").write_bytes(pngs[256])
    del app
    print(f"icons: {out}/wolkvox-desk.{{ico,icns,png}}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
