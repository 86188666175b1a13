#!/usr/bin/env bash
# `make demo`: the app against the built-in simulator.
# With a display it opens the window (--demo). Without one it runs the self-test offscreen,
# saves demo-screenshot.png here, and says so.
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ -n ${DISPLAY:-}${WAYLAND_DISPLAY:-} ]]; then
  unset QT_QPA_PLATFORM
  exec .venv/bin/wolkvox-desk --demo
fi
QT_QPA_PLATFORM=offscreen .venv/bin/wolkvox-desk --self-test --screenshot demo-screenshot.png
echo "No display found: ran the self-test offscreen and saved demo-screenshot.png"
