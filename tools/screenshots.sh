#!/usr/bin/env bash
# Real screenshots for docs/screenshots/, on a private Xvfb screen (xcb), of the demo app:
#   - the main states in English: idle, dialing, success, refused, history-search, settings;
#   - the main window and the settings dialog in each language of LANGS, at 100% and 200%
#     scale (QT_SCALE_FACTOR=2): main-<lang>-<scale>x.png and settings-<lang>-<scale>x.png.
#     The language comes from LANG/LC_ALL/LANGUAGE, as the app follows the system locale.
#     Each language and scale is also checked for cut-off text by tests/a11y/truncation.py
#     (the check the a11y tests run); the script exits 1 if any text is cut off.
# Usage: [LANGS="en es pt_BR"] [SCALES="1 2"] [STATES=1] tools/screenshots.sh [OUT_DIR]
# (needs xvfb, xdotool, imagemagick: tools/bootstrap.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-docs/screenshots}
mkdir -p "$out"
langs=${LANGS:-en es pt_BR}
scales=${SCALES:-1 2}
app=(.venv/bin/wolkvox-desk --demo)
main_title="wolkvox desk"

locale_of() {  # LANG -> a POSIX locale name Qt's QLocale::system() reads
  case $1 in en) echo en_US.UTF-8 ;; es) echo es_ES.UTF-8 ;; pt_BR) echo pt_BR.UTF-8 ;; *) echo "$1.UTF-8" ;; esac
}

# NAME WHICH(main|dialog) KEYS LANG SCALE -- EXTRA_ARGS...
shoot() {
  local name=$1 which=$2 keys=$3 lang=$4 scale=$5; shift 6
  local n=$((200 + RANDOM % 300))
  while [[ -e /tmp/.X$n-lock ]]; do n=$((n + 1)); done
  local screen=$((1000 * scale))x$((900 * scale))
  Xvfb :$n -screen 0 "${screen}x24" -nolisten tcp >/dev/null 2>&1 & local xpid=$!
  sleep 1
  local loc
  loc=$(locale_of "$lang")
  DISPLAY=:$n QT_QPA_PLATFORM=xcb QT_SCALE_FACTOR=$scale LANG=$loc LC_ALL=$loc LANGUAGE=$lang \
    "${app[@]}" "$@" >/dev/null 2>&1 & local apid=$!
  local wid=""
  for _ in $(seq 1 60); do
    wid=$(DISPLAY=:$n xdotool search --onlyvisible --name "^$main_title\$" 2>/dev/null | head -1) && [[ -n $wid ]] && break
    sleep 0.25
  done
  sleep 1.5
  DISPLAY=:$n xdotool windowsize "$wid" $((380 * scale)) $((640 * scale)) 2>/dev/null || true
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
  local target=$wid
  if [[ $which == dialog ]]; then  # the app's other window: its title is translated
    for id in $(DISPLAY=:$n xdotool search --onlyvisible --pid $apid 2>/dev/null); do
      [[ $(DISPLAY=:$n xdotool getwindowname "$id" 2>/dev/null) != "$main_title" ]] && target=$id
    done
  fi
  DISPLAY=:$n import -window "$target" "$out/$name.png"
  kill $apid 2>/dev/null || true; sleep 0.3; kill -9 $apid 2>/dev/null || true
  kill $xpid 2>/dev/null || true
  echo "saved $out/$name.png"
}

if [[ ${STATES:-1} == 1 ]]; then
  shoot idle main "type:+57_300_123_4567 sleep:0.3" en 1 --
  shoot dialing main "type:3001234567 key:Tab type:Ana key:Return sleep:0.3" en 1 -- --demo-latency-ms 8000
  shoot success main "type:+573001234567 key:Tab type:Jose_Perez key:Tab type:1032 key:Return sleep:0.8" en 1 --
  shoot refused main "type:3001234567 key:Return sleep:0.8" en 1 -- --demo-fault invalid_token
  shoot history-search main "key:ctrl+f type:300 sleep:0.8" en 1 --
  shoot settings dialog "sleep:1.5" en 1 -- --open-settings
fi

cut=0
for lang in $langs; do
  for scale in $scales; do
    shoot "main-$lang-${scale}x" main "type:+57_300_123_4567 key:Tab type:Jose_Perez key:Tab type:1032 sleep:0.3" "$lang" "$scale" --
    shoot "settings-$lang-${scale}x" dialog "sleep:1.5" "$lang" "$scale" -- --open-settings
    QT_QPA_PLATFORM=offscreen QT_SCALE_FACTOR=$scale WOLKVOX_DESK_HOME=$(mktemp -d) \
      .venv/bin/python -m tests.a11y.truncation --lang "$lang" 2>/dev/null || cut=1
  done
done
[[ $cut == 0 ]] || { echo "some text is cut off (TRUNCATED lines above)" >&2; exit 1; }
