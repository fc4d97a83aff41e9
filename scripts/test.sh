#!/usr/bin/env bash
# Runs the whole test suite, under a virtual display when there is no real one (Swing tests need a display).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${DISPLAY:-}" ] && command -v xvfb-run >/dev/null 2>&1; then
  exec xvfb-run -a -s "-screen 0 1600x1000x24" ./mvnw -B verify "$@"
fi
exec ./mvnw -B verify "$@"
