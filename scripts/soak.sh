#!/usr/bin/env bash
# Long variants of the end-to-end loopback tests (the issues' full counts): 50 games of random trading and
# 20 games of auto-record toggling. The suite runs 5 and 6 games. Run from the project root:
#   scripts/soak.sh [extra maven args]        (RUGDESK_E2E_GAMES=N to change the count)
set -eu
cd "$(dirname "$0")/.."
./mvnw -B test -Dtest='RandomTradingLoopbackTest,AutoRecordLoopbackTest' \
  -Dsurefire.failIfNoSpecifiedTests=false \
  -Drugdesk.e2e.games="${RUGDESK_E2E_GAMES:-50}" "$@"
