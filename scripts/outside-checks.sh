#!/usr/bin/env bash
# Outside checks of the built jar against independent peers (../shared/tools/check.sh). Fails on a mismatch.
# Skips, saying so, where ../shared/tools or node/npm are absent (a clone elsewhere).
set -uo pipefail
cd "$(dirname "$0")/.."
check=../shared/tools/check.sh
if [ ! -x "$check" ] && [ ! -f "$check" ]; then echo "outside checks skipped: $check is absent"; exit 0; fi
[ -f target/rugdesk.jar ] || ./mvnw -B -q -DskipTests package
failed=0
out=$(bash "$check" inspect 2>&1); echo "$out"
n=$(grep -c "matches truth" <<<"$out"); [ "$n" -eq 2 ] || { echo "FAILED: inspect does not match truth"; failed=1; }
if command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1; then
  if out=$(bash "$check" interop 2>&1); then echo "interop: $out"; else echo "FAILED interop: $out"; failed=1; fi
else
  echo "interop check skipped: node/npm absent"
fi
exit $failed
