#!/usr/bin/env bash
# Benchmarks (never part of the suite), docs/performance.md and docs/reliability.md:
#   scripts/bench.sh codec|backtest|e2e|peer|latency|startup|memory [games]|restarts [n]|fuzz [frames]|kills [n]|reliability|all [games]
# Builds the jar and the test classes if needed, then runs io.rugdesk.bench.BenchMain on the shaded jar
# + test classes + JMH. Reads the real captures in place from ../shared/fixtures (or $RUGDESK_FIXTURES).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f target/rugdesk.jar ] || [ ! -d target/test-classes/io/rugdesk/bench ] \
   || [ -n "$(find src pom.xml -newer target/rugdesk.jar -print -quit)" ]; then
  ./mvnw -B -q -DskipTests package
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
