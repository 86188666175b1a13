#!/usr/bin/env bash
# One idempotent set-up step for `make demo`, `make test`, `make lint` and CI:
#   1. the Debian/Ubuntu packages Qt, the virtual screen and the real keyring tests need,
#      installed with apt-get as root or through sudo, else the exact command is printed;
#   2. .venv with the project and the requested extras (re-installed only when
#      pyproject.toml or the extras change).
# Usage: tools/bootstrap.sh [EXTRAS]      e.g. tools/bootstrap.sh test
set -euo pipefail
cd "$(dirname "$0")/.."
extras=${1:-}

# Qt's xcb and offscreen platforms, Xvfb for screenshots, D-Bus + gnome-keyring for the
# real Secret Service tests.
packages=(xvfb xauth xdotool imagemagick dbus dbus-x11 gnome-keyring libegl1 libgl1
  libfontconfig1 libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4
  libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0
  libxcb-randr0 libxcb-xkb1 libdbus-1-3 libsecret-tools fonts-dejavu-core)
python3 -c 'import ensurepip, venv' 2>/dev/null || packages+=(python3-venv)

missing=()
if command -v dpkg-query >/dev/null; then
  for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
  done
fi
if [[ ${#missing[@]} -gt 0 ]]; then
  cmd=(apt-get install -y -q --no-install-recommends "${missing[@]}")
  if [[ $(id -u) == 0 ]]; then sudo=(); elif sudo -n true 2>/dev/null; then sudo=(sudo); else sudo=(none); fi
  if [[ ${sudo[0]:-} == none ]]; then
    echo "bootstrap: missing system packages. Run:" >&2
    echo "  sudo apt-get update && sudo ${cmd[*]}" >&2
  else
    echo "bootstrap: installing ${missing[*]}" >&2
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive "${cmd[@]}" >/dev/null
  fi
fi

python=${PYTHON:-python3}
"$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' || {
  echo "bootstrap: Python 3.11 or newer is needed ($python is $("$python" --version))" >&2; exit 1; }
[[ -x .venv/bin/python ]] || "$python" -m venv .venv
stamp=".venv/.installed-$(sha256sum pyproject.toml | cut -c1-16)-${extras:-base}"
if [[ ! -f $stamp ]]; then
  .venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip >/dev/null
  spec="."; [[ -n $extras ]] && spec=".[$extras]"
  .venv/bin/python -m pip install -q --disable-pip-version-check -e "$spec"
  touch "$stamp"
fi
