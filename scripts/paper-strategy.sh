#!/usr/bin/env bash
# Makes docs/paper-strategy.png: the real app against the embedded simulator (5×) in paper mode with a strategy
# running from the Strategy panel (`gui --scripted-strategy NAME --screenshot`: paper mode on, NAME started with its
# defaults, the window saved once the decision log shows 4 fills and two games are finished). Settings go to a
# temporary folder, so the user's paper account is left alone. Window size: WxH (default 1400x900; also try
# 1366x768). Usage: scripts/paper-strategy.sh [WxH] [PNG] [NAME]
set -euo pipefail
cd "$(dirname "$0")/.."
size="${1:-1400x900}"
png="${2:-docs/paper-strategy.png}"
name="${3:-fixed-ticks}"
if [ ! -f target/rugdesk.jar ] || [ -n "$(find src pom.xml -newer target/rugdesk.jar -print -quit)" ]; then
  ./mvnw -B -q -o -DskipTests package
fi
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
args=(gui --scripted-strategy "$name" --speed 5 --config-dir "$tmp/config" --recordings "$tmp/recordings"
      --seconds 240 --window-size "$size" --screenshot "$png")
if [ -z "${DISPLAY:-}" ]; then
  w="${size%x*}"; h="${size#*x}"
  xvfb-run -a -s "-screen 0 $((w + 40))x$((h + 40))x24" java -jar target/rugdesk.jar "${args[@]}"
else
  java -jar target/rugdesk.jar "${args[@]}"
fi
