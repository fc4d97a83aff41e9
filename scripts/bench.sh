#!/usr/bin/env bash
# Benchmarks (never part of the suite), docs/performance.md and docs/reliability.md:
#   scripts/bench.sh codec|backtest [games]|backtest-jmh [games]|history [n]|e2e|peer|latency [seconds]|startup [n]|memory [games]|restarts [n]|fuzz [frames]|kills [n]|reliability|all [games]
#   scripts/bench.sh feed [rounds]   # official JS client vs `rugdesk record --server`, same replay server, alternating
# Builds the jar and the test classes if needed, then runs io.rugdesk.bench.BenchMain on the shaded jar
# + test classes + JMH. Reads the real captures in place from ../shared/fixtures (or $RUGDESK_FIXTURES).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f target/rugdesk.jar ] || [ ! -d target/test-classes/io/rugdesk/bench ] \
   || [ -n "$(find src pom.xml -newer target/rugdesk.jar -print -quit)" ]; then
  ./mvnw -B -q -DskipTests package
fi
if [ "${1:-}" = feed ]; then
  # The official Node Socket.IO server replays capture A 100 times (55,300 frames, as check.sh peer); each round
  # runs the official JS client (bare decode) and then `rugdesk record` (the whole pipeline, recordings written),
  # each against a fresh server. Needs `../shared/tools/check.sh peer` run once (it installs the Node packages).
  # RUGDESK_JAR=other.jar measures another build; the span is also read back from the recordings' frame times
  # (first to last "t", ms), which works for a build that does not print its pace. RUGDESK_FEED_OUT=/dev/shm
  # puts the recordings on tmpfs (the recorder syncs each finished file: a slow disk caps the pace).
  # RUGDESK_BASELINE_JAR=old.jar also runs that build in each round, between the JS client and this one.
  jar="${RUGDESK_JAR:-target/rugdesk.jar}"
  tools="$(cd .. && pwd)/shared/tools"
  capture="${RUGDESK_FIXTURES:-$(cd .. && pwd)/shared/fixtures}/captures/public-2025-12-12.jsonl"
  work="${RUGDESK_CHECK_DIR:-${TMPDIR:-/tmp}/rugdesk-check}"
  [ -d "$work/node_modules/socket.io" ] || { echo "run ../shared/tools/check.sh peer once first" >&2; exit 1; }
  port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
  waitport() { for _ in $(seq 1 600); do (echo >/dev/tcp/127.0.0.1/$1) 2>/dev/null && return 0; sleep 0.2; done; return 1; }  # it pre-encodes 300 MB first
  replay() { node "$work/replay-server.js" "$capture" --port "$1" --speed 0 --loops 100 >/dev/null 2>&1 & }
  out=$(mktemp -d -p "${RUGDESK_FEED_OUT:-${TMPDIR:-/tmp}}"); spid=; trap '[ -n "$spid" ] && kill $spid 2>/dev/null; rm -rf "$out"' EXIT
  record() { # jar label: one run of `record` against a fresh server, its pace and the span of its recordings
    p=$(port); replay "$p"; spid=$!; waitport "$p"
    pace=$(java ${BENCH_JAVA_OPTS:-} -jar "$1" record --server "http://127.0.0.1:$p" --out "$out/$round-$2" \
      --idle-exit 10 2>&1 >/dev/null | sed -n 's/^record: //p')
    kill $spid; wait $spid 2>/dev/null || true; spid=
    recorded=$(python3 - "$out/$round-$2" <<'PY'
import json, pathlib, sys
ts = [json.loads(line)["t"] for f in pathlib.Path(sys.argv[1]).glob("*.jsonl") for line in open(f) if '"t":' in line]
span = (max(ts) - min(ts)) / 1000
print(f"{len(list(pathlib.Path(sys.argv[1]).glob('*.jsonl')))} recordings spanning {span:.2f} s = {55300 / span:.0f} frames/s")
PY
)
    echo " | rugdesk record ($2): ${pace:-no pace printed}; $recorded"
  }
  for round in $(seq 1 "${2:-3}"); do
    p=$(port); replay "$p"; spid=$!; waitport "$p"
    js=$(node "$work/peer-client.js" "http://127.0.0.1:$p" | python3 -c 'import json,sys; print(round(json.load(sys.stdin)["framesPerSecond"]))')
    kill $spid; wait $spid 2>/dev/null || true; spid=
    line="round $round (load $(cut -d' ' -f1 /proc/loadavg)): official JS client $js frames/s"
    [ -n "${RUGDESK_BASELINE_JAR:-}" ] && line="$line$(record "$RUGDESK_BASELINE_JAR" baseline)"
    echo "$line$(record "$jar" "$(basename "$jar")")"
  done
  exit 0
fi
m2="${MAVEN_REPO:-$HOME/.m2/repository}"
cp="target/test-classes:target/rugdesk.jar"
for jar in org/openjdk/jmh/jmh-core/1.37/jmh-core-1.37.jar net/sf/jopt-simple/jopt-simple/5.0.4/jopt-simple-5.0.4.jar \
           org/apache/commons/commons-math3/3.6.1/commons-math3-3.6.1.jar; do
  [ -f "$m2/$jar" ] || { echo "missing $m2/$jar: run ./mvnw -B test-compile once online" >&2; exit 1; }
  cp="$cp:$m2/$jar"
done
fixtures="${RUGDESK_FIXTURES:-$(cd .. && pwd)/shared/fixtures}"
# the start-up benchmark opens the window: give it a virtual display where there is none
display=()
if [ -z "${DISPLAY:-}" ] && command -v xvfb-run >/dev/null 2>&1; then display=(xvfb-run -a -s "-screen 0 1600x1000x24"); fi
exec "${display[@]}" java -Xmx2g -Drugdesk.fixtures="$fixtures" ${BENCH_JAVA_OPTS:-} -cp "$cp" io.rugdesk.bench.BenchMain "${@:-all}"
