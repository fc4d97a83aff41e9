#!/usr/bin/env bash
# Outside checks of the built jar against independent peers (../shared/tools/check.sh inspect, backtest,
# interop, record, paper). Fails on a mismatch.
# Skips, saying so, where ../shared/tools or node/npm are absent (a clone elsewhere).
set -uo pipefail
cd "$(dirname "$0")/.."
check=../shared/tools/check.sh
if [ ! -x "$check" ] && [ ! -f "$check" ]; then echo "outside checks skipped: $check is absent"; exit 0; fi
[ -f target/rugdesk.jar ] || ./mvnw -B -q -DskipTests package
failed=0
out=$(bash "$check" inspect 2>&1); echo "$out"
n=$(grep -c "matches truth" <<<"$out"); [ "$n" -eq 2 ] || { echo "FAILED: inspect does not match truth"; failed=1; }
# the backtest of fixed-ticks over the revealed games against strategy_truth.py (protocol.md §4.5–§4.7)
out=$(bash "$check" backtest 2>&1); echo "$out"
grep -q "matches truth" <<<"$out" || { echo "FAILED: backtest does not match truth"; failed=1; }
if command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1; then
  if out=$(bash "$check" interop 2>&1); then echo "interop: $out"; else echo "FAILED interop: $out"; failed=1; fi
  # the official server replays both captures: record writes one file per started game, bot --paper matches truth
  out=$(bash "$check" record 2>&1); echo "$out"
  while read -r line; do
    files=$(sed -n 's/^[^:]*: \([0-9]*\) files.*/\1/p' <<<"$line")
    games=$(grep -o "'[^']*'" <<<"$line" | wc -l)
    [ -n "$files" ] && [ "$files" -eq "$games" ] || { echo "FAILED record: $line"; failed=1; }
  done <<<"$out"
  out=$(bash "$check" paper 2>&1); echo "$out"
  n=$(grep -c "matches truth" <<<"$out"); [ "$n" -eq 2 ] || { echo "FAILED: paper does not match truth"; failed=1; }
else
  echo "interop check skipped: node/npm absent"
fi
exit $failed
