#!/usr/bin/env bash
# Builds the Debian/Ubuntu package of a Linux onedir bundle with dpkg-deb (no debhelper):
#   /opt/wolkvox-desk/                    the bundle, as PyInstaller built it
#   /usr/bin/wolkvox-desk{,-cli}          symlinks into it
#   /usr/share/applications/wolkvox-desk.desktop   tel:/callto: handler entry
#   /usr/share/icons/hicolor/scalable/apps/wolkvox-desk.svg
#   /usr/share/doc/wolkvox-desk/          copyright note and an example policy file
# No maintainer scripts: dpkg's triggers (desktop-file-utils, hicolor-icon-theme) refresh the
# desktop and icon caches, and Debian policy leaves choosing the tel: handler to the user or
# IT (docs/deploy.md). Uninstalling never touches the users' history in their home folders.
#
# Usage: packaging/linux/build_deb.sh [BUNDLE_DIR] [OUT_DIR]   (defaults dist/wolkvox-desk dist)
# Prints the path of the .deb on its last line.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
bundle=$(realpath "${1:-$root/dist/wolkvox-desk}")
out=$(realpath -m "${2:-$root/dist}")
name=wolkvox-desk
version=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' "$root/wolkvox_desk/__init__.py")
arch=$(dpkg --print-architecture)
maintainer=${DEB_MAINTAINER:-"wolkvox-desk maintainers <wolkvox-desk@users.noreply.github.com>"}

[[ -x $bundle/$name && -x $bundle/$name-cli ]] || { echo "build_deb: no bundle in $bundle" >&2; exit 1; }
[[ -n $version ]] || { echo "build_deb: no __version__ found" >&2; exit 1; }

stage=$(mktemp -d "${TMPDIR:-/tmp}/$name-deb.XXXXXX")
trap 'rm -rf "$stage"' EXIT
pkg=$stage/root
install -d -m 755 "$pkg/DEBIAN" "$pkg/opt" "$pkg/usr/bin" "$pkg/usr/share/applications" \
  "$pkg/usr/share/icons/hicolor/scalable/apps" "$pkg/usr/share/doc/$name"
cp -a "$bundle" "$pkg/opt/$name"
ln -s "/opt/$name/$name" "$pkg/usr/bin/$name"
ln -s "/opt/$name/$name-cli" "$pkg/usr/bin/$name-cli"
install -m 644 "$here/$name.desktop" "$pkg/usr/share/applications/$name.desktop"
install -m 644 "$root/wolkvox_desk/resources/icons/$name.svg" \
  "$pkg/usr/share/icons/hicolor/scalable/apps/$name.svg"
install -m 644 "$here/policy.toml.example" "$pkg/usr/share/doc/$name/policy.toml.example"
cat >"$pkg/usr/share/doc/$name/copyright" <<EOF
$name $version: a desktop click-to-dial companion for wolkvox Agent.
The bundle in /opt/$name includes Python, Qt (LGPLv3, PySide6) and the Python libraries
listed in /opt/$name/_internal/*.dist-info, each under its own license.
EOF
# Files root-owned and world-readable; folders and executables 755 (umask may differ).
chmod -R u=rwX,go=rX "$pkg/opt" "$pkg/usr"

# Depends: the system libraries the bundle links to but does not carry (glibc, GL, Wayland,
# libxcb), found with ldd; the glibc floor is the newest GLIBC_ symbol version it uses.
glibc=$(find "$pkg/opt/$name" -type f \( -name '*.so*' -o -perm -u+x \) -exec objdump -T {} + 2>/dev/null \
  | grep -o 'GLIBC_[0-9.]*' | sed 's/GLIBC_//' | sort -uV | tail -1)
depends="libc6 (>= ${glibc:-2.31}), libegl1, libgl1, libxcb1, libfontconfig1, libwayland-client0, libwayland-cursor0, libwayland-egl1"
size_kb=$(du -sk --exclude=DEBIAN "$pkg" | cut -f1)
cat >"$pkg/DEBIAN/control" <<EOF
Package: $name
Version: $version
Architecture: $arch
Maintainer: $maintainer
Installed-Size: $size_kb
Depends: $depends
Recommends: gnome-keyring | kwalletmanager, xdg-utils
Section: comm
Priority: optional
Description: click-to-dial companion for wolkvox Agent
 A small window with a dial pad, the customer's name and ID and a call history.
 Dialing sends wolkvox's api=dial request; wolkvox Agent then places the call.
 It handles tel: and callto: links, keeps the API token in the desktop keyring,
 and reads machine-wide settings from /etc/$name/policy.toml.
EOF

mkdir -p "$out"
deb=$out/${name}_${version}_${arch}.deb
# gzip: quick enough for CI (xz takes a minute more) and readable by every dpkg; the release
# workflow sets DEB_COMPRESS=xz.
dpkg-deb --root-owner-group -Z"${DEB_COMPRESS:-gzip}" --build "$pkg" "$deb" >/dev/null
echo "$deb"
