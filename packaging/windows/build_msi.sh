#!/usr/bin/env bash
# Builds the MSI with wixl (msitools) over a Windows onedir bundle (the real one in the release
# workflow; make_standin.sh's stand-in in `make bundle` and CI):
#   1. wixl-heat harvests every file of the bundle except the two executables (which the .wxs
#      declares itself, for the shortcut and the URL handlers) into a ComponentGroup;
#   2. wixl compiles wolkvox-desk.wxs with it;
#   3. msibuild applies msi-fixups.sql (what wixl cannot express; see the .wxs header).
#
# Usage: packaging/windows/build_msi.sh BUNDLE_DIR OUT_DIR [ICON.ico]
# MSI_VERSION overrides the version (the release workflow builds an older one to test upgrades).
# Prints the path of the .msi on its last line.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
bundle=$(realpath "${1:?usage: build_msi.sh BUNDLE_DIR OUT_DIR [ICON.ico]}")
out=$(realpath -m "${2:?usage: build_msi.sh BUNDLE_DIR OUT_DIR [ICON.ico]}")
icon=${3:-$root/build/icons/wolkvox-desk.ico}
version=${MSI_VERSION:-$(sed -n 's/^__version__ = "\(.*\)"/\1/p' "$root/wolkvox_desk/__init__.py")}

for tool in wixl wixl-heat msibuild; do
  command -v "$tool" >/dev/null || { echo "build_msi: $tool missing (apt-get install wixl msitools)" >&2; exit 1; }
done
for exe in wolkvox-desk.exe wolkvox-desk-cli.exe; do
  [[ -f $bundle/$exe ]] || { echo "build_msi: $bundle/$exe missing" >&2; exit 1; }
done
[[ -f $icon ]] || { echo "build_msi: icon $icon missing (packaging/make_icons.py)" >&2; exit 1; }

work=$(mktemp -d "${TMPDIR:-/tmp}/wolkvox-desk-msi.XXXXXX")
trap 'rm -rf "$work"' EXIT
# wixl resolves sources relative to its working folder (absolute paths upset it): the bundle
# and the icon are linked into the work folder as SourceDir/ and wolkvox-desk.ico.
ln -s "$bundle" "$work/SourceDir"
cp "$icon" "$work/wolkvox-desk.ico"
cp "$here/wolkvox-desk.wxs" "$work/"
# Sorted, so that the harvested IDs (hashes of the paths) and the MSI are reproducible.
(cd "$work" && find -L SourceDir -type f ! -path SourceDir/wolkvox-desk.exe \
  ! -path SourceDir/wolkvox-desk-cli.exe | LC_ALL=C sort \
  | wixl-heat -p SourceDir/ --component-group CG.Payload --var var.SourceDir \
      --directory-ref INSTALLDIR --win64 >payload.wxs)

mkdir -p "$out"
msi=$out/wolkvox-desk-$version-x64.msi
# ProductVersion must be numeric (major.minor.build): "0.2.0rc1" installs as 0.2.0.
product_version=$(grep -oE '^[0-9]+(\.[0-9]+){0,2}' <<<"$version")
(cd "$work" && wixl -a x64 -D Version="$product_version" -D SourceDir=SourceDir -D IconFile=wolkvox-desk.ico \
  -D Win64=yes -o "$msi" wolkvox-desk.wxs payload.wxs)
grep -v -e '^--' -e '^[[:space:]]*$' "$here/msi-fixups.sql" | while IFS= read -r query; do
  msibuild "$msi" -q "$query"
done
echo "$msi"
