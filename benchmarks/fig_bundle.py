"""Figure 7: the onedir bundle (``make bundle`` -> ``dist/wolkvox-desk/``), as is and
compressed, against the PySide6/shiboken6 files it carries, at their installed size.

The baseline is what no pruning can remove: the installed size of every PySide6/shiboken6
file the bundle contains. The ratio says how much the app adds on top of the Qt it carries.
"""

from __future__ import annotations

import os
import tarfile
from pathlib import Path

from benchmarks.common import ROOT, Config, Row, mib

NAME = "bundle"
BUNDLE = ROOT / "dist" / "wolkvox-desk"
QT_PACKAGES = ("PySide6", "shiboken6")


class _Counter:
    """A write-only file that only counts bytes (the archive is never stored)."""

    def __init__(self) -> None:
        self.size = 0

    def write(self, data: bytes) -> int:
        self.size += len(data)
        return len(data)

    def flush(self) -> None:
        pass


def tree_size(folder: Path) -> int:
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file() and not f.is_symlink())


def compressed_size(folder: Path) -> int:
    counter = _Counter()
    with tarfile.open(fileobj=counter, mode="w:gz", compresslevel=6) as tar:  # type: ignore[call-overload]
        tar.add(folder, arcname=folder.name)
    return counter.size


def carried_qt_size(bundle: Path) -> tuple[int, int]:
    """(installed size of the Qt files the bundle carries, installed PySide6+shiboken6 size)."""
    import PySide6
    import shiboken6

    site = Path(PySide6.__file__).parent.parent
    carried = 0
    for package in QT_PACKAGES:
        for inside in bundle.rglob(package):
            if not inside.is_dir():
                continue
            for file in inside.rglob("*"):
                source = site / package / file.relative_to(inside)
                if file.is_file() and source.is_file():
                    carried += source.stat().st_size
            break
    installed = tree_size(Path(PySide6.__file__).parent) + tree_size(
        Path(shiboken6.__file__).parent
    )
    return carried, installed


def run(cfg: Config) -> list[Row]:
    if not BUNDLE.is_dir():
        return [Row("7. Bundle size (onedir, compressed)", "n/a (run make bundle)")]
    size = tree_size(BUNDLE)
    packed = compressed_size(BUNDLE)
    carried, installed = carried_qt_size(BUNDLE)
    files = sum(len(names) for _, _, names in os.walk(BUNDLE))
    return [
        Row(
            "7. Bundle size, onedir",
            mib(size),
            mib(carried) if carried else "-",
            size / carried if carried else None,
            notes=[
                f"{files} files; baseline = the PySide6/shiboken6 files it carries, "
                f"installed size (all of PySide6-Essentials: {mib(installed)})"
            ],
        ),
        Row("7. Bundle size, tar.gz -6", mib(packed), notes=["what a download would weigh"]),
    ]
