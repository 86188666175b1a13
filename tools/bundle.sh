#!/usr/bin/env bash
# `make bundle` and CI: build every installer this machine can build, and prove each works.
#   1. build tools: .venv with the dev extra (PyInstaller), and the Debian packages wixl,
#      msitools, dpkg-dev, desktop-file-utils (installed as root or through sudo when missing);
#   2. the Linux onedir bundle in dist/wolkvox-desk/ (packaging/wolkvox-desk.spec); its size
#      (at most BUNDLE_MAX_MB, 170 by default) and the size of its .tar.gz;
#   3. both frozen executables' --self-test, offscreen (and the window's on Xvfb, xcb);
#   4. the frozen CLI against a real Secret Service (gnome-keyring, private D-Bus session):
#      token set (stdin) / status / clear must name the SecretService backend;
#   5. the .deb (packaging/linux/build_deb.sh), inspected: dpkg-deb -I/-c, desktop-file-validate;
#   6. the MSI with wixl over a stand-in payload (a Windows bundle cannot be built here),
#      inspected: msiinfo export of its File, Component, Registry, Property... tables.
# Every step prints "bundle: ..." lines; any failure stops with a non-zero exit.
# Knobs: BUNDLE_BASELINE=1 also builds an unpruned bundle in build/ to measure what pruning
# saves (+40 s); BUNDLE_MAX_MB; BUNDLE_SKIP_DEB=1 / BUNDLE_SKIP_MSI=1.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
py=.venv/bin/python
max_mb=${BUNDLE_MAX_MB:-170}
version=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' wolkvox_desk/__init__.py)
dist=$root/dist
bundle=$dist/wolkvox-desk
scratch=$(mktemp -d "${TMPDIR:-/tmp}/wolkvox-desk-bundle.XXXXXX")
keyring_pid=""
cleanup() {
  [[ -n $keyring_pid ]] && kill "$keyring_pid" 2>/dev/null
  rm -rf "$scratch"
}
trap cleanup EXIT

say() { echo "bundle: $*"; }
fail() { echo "bundle: FAILED: $*" >&2; exit 1; }
mb() { du -sm "$1" | cut -f1; }
timed() { # timed LABEL CMD...: runs CMD, prints how long it took
  local label=$1 start=$SECONDS; shift
  "$@"
  say "$label took $((SECONDS - start)) s"
}

# --- 1. tools --------------------------------------------------------------------------------
install_build_tools() {
  tools/bootstrap.sh dev
  local packages=(wixl msitools dpkg-dev desktop-file-utils binutils) missing=() p
  for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
  done
  [[ ${#missing[@]} -eq 0 ]] && return
  local sudo=()
  if [[ $(id -u) != 0 ]]; then
    sudo -n true 2>/dev/null || fail "missing ${missing[*]}: sudo apt-get install ${missing[*]}"
    sudo=(sudo)
  fi
  say "installing ${missing[*]}"
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null
}

# --- 2. the onedir bundle --------------------------------------------------------------------
pyinstaller() { # pyinstaller DISTPATH WORKPATH
  .venv/bin/pyinstaller --noconfirm --clean --log-level WARN --distpath "$1" --workpath "$2" \
    packaging/wolkvox-desk.spec >"$scratch/pyinstaller.log" 2>&1 \
    || { tail -40 "$scratch/pyinstaller.log" >&2; fail "PyInstaller"; }
}

build_bundle() {
  "$py" packaging/make_icons.py build/icons >/dev/null
  if [[ ${BUNDLE_BASELINE:-0} == 1 ]]; then
    WOLKVOX_BUNDLE_PRUNE=0 timed "unpruned build" pyinstaller build/unpruned/dist build/unpruned/work
    say "unpruned onedir (no pruning, no strip): $(mb build/unpruned/dist/wolkvox-desk) MB"
  fi
  timed "PyInstaller build" pyinstaller "$dist" build/pyinstaller
  [[ -x $bundle/wolkvox-desk && -x $bundle/wolkvox-desk-cli ]] || fail "executables missing"
  say "built $bundle (wolkvox-desk $version): wolkvox-desk, wolkvox-desk-cli"
  local size archive=$dist/wolkvox-desk-$version-linux-$(uname -m).tar.gz
  size=$(mb "$bundle")
  say "onedir size: $size MB (limit $max_mb MB)"
  tar -C "$dist" -czf "$archive" wolkvox-desk
  say "compressed archive: $(basename "$archive") $(du -m "$archive" | cut -f1) MB ($(stat -c %s "$archive") bytes)"
  say "largest parts: $(cd "$bundle/_internal" && du -sm -- * | sort -rn | head -6 | awk '{printf "%s %s MB; ", $2, $1}')"
  ((size <= max_mb)) || fail "the onedir bundle is $size MB, over $max_mb MB"
}

# --- 3. self-tests ---------------------------------------------------------------------------
self_tests() {
  local exe out
  for exe in wolkvox-desk wolkvox-desk-cli; do
    out=$(env -u DISPLAY -u WAYLAND_DISPLAY QT_QPA_PLATFORM=offscreen \
      WOLKVOX_DESK_HOME="$scratch/selftest-$exe" "$bundle/$exe" --self-test) \
      || fail "$exe --self-test exited $?: $out"
    say "$exe --self-test: $out"
    grep -q '"self_test": "pass"' <<<"$out" || fail "$exe --self-test did not pass"
  done
  # The window on a real X server too: proves the pruned bundle's xcb plugin and libraries.
  if command -v xvfb-run >/dev/null; then
    out=$(env -u WAYLAND_DISPLAY QT_QPA_PLATFORM=xcb WOLKVOX_DESK_HOME="$scratch/selftest-xcb" \
      xvfb-run -a "$bundle/wolkvox-desk" --self-test) || fail "xcb --self-test exited $?: $out"
    say "wolkvox-desk --self-test on xcb (Xvfb): $out"
  fi
}

# --- 4. keyring ------------------------------------------------------------------------------
# Runs inside dbus-run-session: starts an unlocked gnome-keyring on that bus, waits until it owns
# org.freedesktop.secrets (asking earlier would auto-start a second, locked one), then drives
# the frozen CLI. HOME and XDG folders are private temporary ones.
keyring_session() {
  local cli=$1 i
  gnome-keyring-daemon --foreground --unlock --components=secrets <<<"bundle-check" >/dev/null 2>&1 &
  keyring_pid=$!
  for i in $(seq 150); do
    dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
      org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null \
      | grep -q "boolean true" && break
    sleep 0.1
  done
  echo "bundle-check-token" | "$cli" token set
  "$cli" token status
  "$cli" token clear
  kill "$keyring_pid"
}

keyring_check() {
  local home=$scratch/keyring d out
  for d in home data config cache run; do mkdir -p -m 700 "$home/$d"; done
  export -f keyring_session
  out=$(env -u DISPLAY -u WAYLAND_DISPLAY -u DBUS_SESSION_BUS_ADDRESS -u WOLKVOX_TOKEN \
    HOME="$home/home" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" \
    XDG_CACHE_HOME="$home/cache" XDG_RUNTIME_DIR="$home/run" WOLKVOX_DESK_HOME="$home/desk" \
    dbus-run-session -- bash -c 'keyring_session "$0"' "$bundle/wolkvox-desk-cli" 2>&1 \
    | grep -v "Failed to set fd limit") || fail "frozen keyring check: $out"
  while IFS= read -r line; do say "keyring: $line"; done <<<"$out"
  grep -q "A token is set, from the keyring (SecretService" <<<"$out" \
    || fail "the frozen CLI found no SecretService keyring"
}

# --- 5. the .deb -----------------------------------------------------------------------------
deb_check() {
  local deb x=$scratch/deb-root start=$SECONDS
  deb=$(packaging/linux/build_deb.sh "$bundle" "$dist" | tail -1)
  say "deb: $(basename "$deb") $(du -m "$deb" | cut -f1) MB, built in $((SECONDS - start)) s"
  dpkg-deb -I "$deb" | sed -n 's/^ \(Package\|Version\|Architecture\|Installed-Size\|Depends\|Recommends\):/bundle: deb control \1:/p'
  say "dpkg-deb -c: $(dpkg-deb -c "$deb" | wc -l) entries; outside /opt/wolkvox-desk/_internal:"
  dpkg-deb -c "$deb" | grep -v -e '/opt/wolkvox-desk/_internal/' -e '/$' \
    | awk '{ $1=$2=$4=$5=""; sub(/^ +/, ""); print "bundle:   " $0 }'
  dpkg-deb -x "$deb" "$x"
  local desktop=$x/usr/share/applications/wolkvox-desk.desktop
  desktop-file-validate "$desktop" || fail "desktop-file-validate"
  say "desktop-file-validate $(basename "$desktop"): OK ($(grep '^MimeType=' "$desktop"))"
  [[ -x $x/opt/wolkvox-desk/wolkvox-desk && -L $x/usr/bin/wolkvox-desk ]] || fail "deb layout"
  [[ -f $x/usr/share/icons/hicolor/scalable/apps/wolkvox-desk.svg ]] || fail "deb icon"
}

# --- 6. the MSI ------------------------------------------------------------------------------
msi_check() {
  local standin=$root/build/msi-standin msi table
  packaging/windows/make_standin.sh "$standin" >/dev/null
  msi=$(packaging/windows/build_msi.sh "$standin" "$dist" build/icons/wolkvox-desk.ico 2>"$scratch/wixl.log" | tail -1) \
    || { cat "$scratch/wixl.log" >&2; fail "wixl"; }
  say "msi: $(basename "$msi") $(stat -c %s "$msi") bytes, built by wixl over a stand-in payload"
  msiinfo suminfo "$msi" | grep -E '^(Subject|Template|Application):' | sed 's/^/bundle:   /'
  for table in File Component Registry Property Shortcut CustomAction AppSearch Upgrade; do
    say "msiinfo export $table"
    # skip the two type lines msiinfo prints after the header
    msiinfo export "$msi" "$table" | sed -e '2,3d' -e 's/^/bundle:   /'
  done
  local registry properties components
  registry=$(msiinfo export "$msi" Registry)
  properties=$(msiinfo export "$msi" Property)
  components=$(msiinfo export "$msi" Component)
  for value in 'server	\[SERVER\]' 'dial_prefix	\[DIAL_PREFIX\]' 'agent_id	\[AGENT_ID\]' \
    'Software\\Classes\\tel\\shell\\open\\command' 'URLAssociations	callto' 'RegisteredApplications	wolkvox-desk' \
    'CurrentVersion\\Run	wolkvox-desk'; do
    grep -q "$value" <<<"$registry" || fail "MSI Registry table lacks $value"
  done
  grep -q '^UpgradeCode	{1167DD36-B908-4FCC-B5FD-977808B1C8DE}' <<<"$properties" || fail "UpgradeCode"
  grep -q '^ALLUSERS	1' <<<"$properties" || fail "not per machine"
  grep -q 'SecureCustomProperties	.*SERVER;DIAL_PREFIX;AGENT_ID' <<<"$properties" || fail "secure properties"
  grep -q 'C.Server	.*	SERVER	' <<<"$components" || fail "component conditions (msi-fixups.sql)"
  say "msi checks: per machine, UpgradeCode, URL handlers, machine defaults, conditions: OK"
}

timed "build tools" install_build_tools
build_bundle
self_tests
keyring_check
[[ ${BUNDLE_SKIP_DEB:-0} == 1 ]] || deb_check
[[ ${BUNDLE_SKIP_MSI:-0} == 1 ]] || msi_check
say "done: $(ls "$dist" | grep -E '\.(deb|msi|tar\.gz)$' | tr '\n' ' ')"
