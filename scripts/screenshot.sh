#!/usr/bin/env bash
# Makes docs/screenshot.png: the real app against the embedded simulator, mid-game with a position open and
# auto-record on (`gui --scripted-buy --auto-record --screenshot`: buys 0.5 SOL early in an active game, waits until
# the server shows the position and 25 more ticks, then saves the window with java.awt.Robot). Settings and
# recordings go to a temporary folder. Runs under a virtual display when there is none. The window is 1680 px
# wide, so the whole REC file name shows (narrower, it is cut in the middle; the full path is in its tooltip).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f target/rugdesk.jar ] || [ -n "$(find src pom.xml -newer target/rugdesk.jar -print -quit)" ]; then
  ./mvnw -B -q -DskipTests package
fi
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
args=(gui --scripted-buy --auto-record --config-dir "$tmp/config" --recordings "$tmp/recordings" --seconds 120
      --window-size 1680x960 --screenshot docs/screenshot.png "$@")
if [ -z "${DISPLAY:-}" ]; then
  xvfb-run -a -s "-screen 0 1720x1000x24" java -jar target/rugdesk.jar "${args[@]}"
else
  java -jar target/rugdesk.jar "${args[@]}"
fi
