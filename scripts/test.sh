#!/usr/bin/env bash
# Runs the whole test suite: `./mvnw -B verify` (under a virtual display when there is none: Swing tests need
# one), then, where ../shared/tools is present, the outside checks with independent peers (the official
# Socket.IO v4 JavaScript client and a truth script written from protocol.md alone).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${DISPLAY:-}" ] && command -v xvfb-run >/dev/null 2>&1; then
  xvfb-run -a -s "-screen 0 1600x1000x24" ./mvnw -B verify "$@"
else
  ./mvnw -B verify "$@"
fi
./scripts/outside-checks.sh
