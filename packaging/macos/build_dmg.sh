#!/usr/bin/env bash
# macOS only (a macOS runner of the release workflow): packs dist/wolkvox-desk.app in a
# compressed disk image with a link to /Applications. With a signing identity (the same one
# PyInstaller signed the app with, see the spec) it checks the app's signature and signs the
# image; with Apple credentials too, it notarizes and staples the image.
#
# Usage: packaging/macos/build_dmg.sh [APP] [OUT_DIR]   (defaults dist/wolkvox-desk.app dist)
# Environment (all optional; without them the image is unsigned):
#   MACOS_SIGN_IDENTITY   "Developer ID Application: ..." in the current keychain (also read
#                         by the spec, so that PyInstaller signs the app)
#   APPLE_ID, APPLE_TEAM_ID, APPLE_APP_PASSWORD   notarization (xcrun notarytool)
# Prints the path of the .dmg on its last line.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
app=${1:-$root/dist/wolkvox-desk.app}
out=${2:-$root/dist}
version=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' "$root/wolkvox_desk/__init__.py")
dmg=$out/wolkvox-desk-$version-macos-$(uname -m).dmg
identity=${MACOS_SIGN_IDENTITY:-}

[[ -d $app ]] || { echo "build_dmg: $app missing (build the spec on macOS first)" >&2; exit 1; }
# The URL types must be in the bundle, or tel:/callto: links will never reach the app.
/usr/libexec/PlistBuddy -c "Print :CFBundleURLTypes:0:CFBundleURLSchemes" "$app/Contents/Info.plist" \
  | grep -q tel || { echo "build_dmg: Info.plist lacks the tel URL type" >&2; exit 1; }

if [[ -n $identity ]]; then
  codesign --verify --deep --strict --verbose=2 "$app"
fi

stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
cp -R "$app" "$stage/"
ln -s /Applications "$stage/Applications"
mkdir -p "$out"
rm -f "$dmg"
hdiutil create -volname "wolkvox desk" -srcfolder "$stage" -fs HFS+ -format UDZO -ov "$dmg" >/dev/null

if [[ -n $identity ]]; then
  codesign --force --timestamp --sign "$identity" "$dmg"
  if [[ -n ${APPLE_ID:-} && -n ${APPLE_TEAM_ID:-} && -n ${APPLE_APP_PASSWORD:-} ]]; then
    xcrun notarytool submit "$dmg" --apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" \
      --password "$APPLE_APP_PASSWORD" --wait
    xcrun stapler staple "$dmg"
  fi
fi
echo "$dmg"
