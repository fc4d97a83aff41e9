#!/usr/bin/env bash
# Runs the whole test suite: `./mvnw -B verify` (under a virtual display when there is none: Swing tests need
# one), then the packaged app's launcher (scripts/package.sh), then, where ../shared/tools is present, the
# outside checks with independent peers (the official Socket.IO v4 JavaScript client and a truth script written
# from protocol.md alone).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${DISPLAY:-}" ] && command -v xvfb-run >/dev/null 2>&1; then
  xvfb-run -a -s "-screen 0 1600x1000x24" ./mvnw -B verify "$@"
else
  ./mvnw -B verify "$@"
fi
# The installable app: build the jpackage app image (jlink, a scripted start under Xvfb for the AppCDS class
# list: 1-2 minutes) and start its launcher headless (PackagedLauncherTest, which the suite above skips while
# the image is absent). The .deb is left out here: compressing it takes minutes more (scripts/package.sh).
if command -v jpackage >/dev/null 2>&1 || [ -x "${JAVA_HOME:-/nonexistent}/bin/jpackage" ]; then
  ./scripts/package.sh --no-deb
  ./mvnw -B -q surefire:test -Dtest=PackagedLauncherTest -Drugdesk.requirePackage=true
else
  echo "packaged launcher check skipped: no jpackage in this JDK"
fi
./scripts/outside-checks.sh
