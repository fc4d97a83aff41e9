#!/usr/bin/env bash
# Long variants of the end-to-end loopback tests (issue counts): 50 games of random trading, 20 games of
# auto-record toggling. Run from the project root: scripts/soak.sh [extra maven args]
set -eu
./mvnw -B -o test -Dtest='RandomTradingLoopbackTest,AutoRecordLoopbackTest' \
  -Dsurefire.failIfNoSpecifiedTests=false \
  -DargLine="-Xmx2g -Drugdesk.e2e.random=true -Drugdesk.e2e.games=${RUGDESK_E2E_GAMES:-50}" "$@"
