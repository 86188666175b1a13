#!/usr/bin/env bash
# Real screenshots of the main states for docs/screenshots/, on a private Xvfb screen (xcb).
# Usage: tools/screenshots.sh [OUT_DIR]     (needs xvfb, xdotool, imagemagick: tools/bootstrap.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-docs/screenshots}
mkdir -p "$out"
app=(.venv/bin/wolkvox-desk --demo)

shoot() {  # NAME WINDOW_NAME_REGEX KEYS -- EXTRA_ARGS...
  local name=$1 title=$2 keys=$3; shift 4
  local n=$((200 + RANDOM % 300))
  while [[ -e /tmp/.X$n-lock ]]; do n=$((n + 1)); done
  Xvfb :$n -screen 0 1280x900x24 -nolisten tcp >/dev/null 2>&1 & local xpid=$!
  sleep 1
  DISPLAY=:$n QT_QPA_PLATFORM=xcb "${app[@]}" "$@" >/dev/null 2>&1 & local apid=$!
  local wid=""
  for _ in $(seq 1 60); do
    wid=$(DISPLAY=:$n xdotool search --onlyvisible --pid $apid 2>/dev/null | head -1) && [[ -n $wid ]] && break
    sleep 0.25
  done
  sleep 1.5
  DISPLAY=:$n xdotool windowsize "$wid" 380 640 2>/dev/null || true
  sleep 0.5
  DISPLAY=:$n xdotool windowactivate --sync "$wid" 2>/dev/null || DISPLAY=:$n xdotool windowfocus --sync "$wid" || true
  for k in $keys; do
    case $k in
      type:*) t=${k#type:}; DISPLAY=:$n xdotool type --delay 20 "${t//_/ }" ;;  # _ = space
      key:*) DISPLAY=:$n xdotool key "${k#key:}" ;;
      sleep:*) sleep "${k#sleep:}" ;;
    esac
  done
  sleep 1
  local target
  target=$(DISPLAY=:$n xdotool search --onlyvisible --name "$title" 2>/dev/null | tail -1)
  DISPLAY=:$n import -window "${target:-$wid}" "$out/$name.png"
  kill $apid 2>/dev/null || true; sleep 0.3; kill -9 $apid 2>/dev/null || true
  kill $xpid 2>/dev/null || true
  echo "saved $out/$name.png"
}

shoot idle "wolkvox desk" "type:+57_300_123_4567 sleep:0.3" --
shoot dialing "wolkvox desk" "type:3001234567 key:Tab type:Ana key:Return sleep:0.3" -- --demo-latency-ms 8000
shoot success "wolkvox desk" "type:+573001234567 key:Tab type:Jose_Perez key:Tab type:1032 key:Return sleep:0.8" --
shoot refused "wolkvox desk" "type:3001234567 key:Return sleep:0.8" -- --demo-fault invalid_token
shoot history-search "wolkvox desk" "key:ctrl+f type:300 sleep:0.8" --
shoot settings "Settings" "sleep:1.5" -- --open-settings
