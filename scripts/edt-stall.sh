#!/usr/bin/env bash
# Measures how long the Swing EDT stalls while the real app follows a fast embedded simulator (20x by default):
# ui.EdtStallMonitor fires a 10 ms Swing Timer and records how late each firing comes, after a 3 s warm-up.
# Prints "EDT stall over N samples: max … ms, p50 …, p99 …, p99.9 …". Options after the script go to `gui`
# (e.g. --speed 50 --seconds 120). Settings and recordings go to a temporary folder.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f target/rugdesk.jar ] || [ -n "$(find src pom.xml -newer target/rugdesk.jar -print -quit)" ]; then
  ./mvnw -B -q -DskipTests package
fi
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
args=(gui --speed 20 --scripted-buy --auto-record --config-dir "$tmp/config" --recordings "$tmp/recordings"
      --seconds 60 --measure-stalls "$@")
if [ -z "${DISPLAY:-}" ]; then
  xvfb-run -a -s "-screen 0 1400x900x24" java -jar target/rugdesk.jar "${args[@]}"
else
  java -jar target/rugdesk.jar "${args[@]}"
fi
