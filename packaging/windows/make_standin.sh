#!/usr/bin/env bash
# Builds a stand-in for the Windows onedir bundle, so that the MSI can be built and inspected
# on Linux (a Windows bundle can only be built on Windows). Same layout and file names as
# PyInstaller's output (the two executables, _internal/ with Python, Qt plugins and our data);
# the contents are placeholders, except the icon. The release workflow builds the MSI over the
# real bundle with the same build_msi.sh.
#
# Usage: packaging/windows/make_standin.sh OUT_DIR      (OUT_DIR is emptied first)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
out=${1:?usage: make_standin.sh OUT_DIR}
rm -rf "$out"
mkdir -p "$out/_internal/PySide6/Qt/plugins/platforms" "$out/_internal/PySide6/Qt/plugins/styles" \
  "$out/_internal/PySide6/Qt/plugins/imageformats" "$out/_internal/PySide6/Qt/translations" \
  "$out/_internal/wolkvox_desk/resources/icons"
placeholder() { printf 'wolkvox-desk stand-in payload: %s\n' "$1" >"$out/$1"; }
for f in wolkvox-desk.exe wolkvox-desk-cli.exe _internal/python311.dll _internal/base_library.zip \
  _internal/PySide6/QtCore.pyd _internal/PySide6/Qt6Core.dll _internal/PySide6/Qt6Gui.dll \
  _internal/PySide6/Qt6Widgets.dll _internal/PySide6/Qt/plugins/platforms/qwindows.dll \
  _internal/PySide6/Qt/plugins/styles/qmodernwindowsstyle.dll \
  _internal/PySide6/Qt/plugins/imageformats/qsvg.dll \
  _internal/PySide6/Qt/translations/qtbase_es.qm _internal/PySide6/Qt/translations/qtbase_pt_BR.qm; do
  placeholder "$f"
done
cp "$root"/wolkvox_desk/resources/icons/*.svg "$out/_internal/wolkvox_desk/resources/icons/"
echo "$out"
