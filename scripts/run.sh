#!/usr/bin/env bash
# Builds Rugdesk if needed and launches it (embedded simulator unless a server is given: run.sh gui --server URL).
# Class-data sharing (docs/performance.md, "Start-up"): the first window started after a build writes a dynamic
# AppCDS archive of every class it loaded (target/rugdesk.jsa, written as the app closes, a few seconds); later
# starts map it instead of loading and verifying those classes again. A rebuilt jar makes the next window write it anew.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f target/rugdesk.jar ] || [ -n "$(find src pom.xml -newer target/rugdesk.jar -print -quit)" ]; then
  ./mvnw -B -q -DskipTests package
fi
archive=target/rugdesk.jsa
cds=()
if [ -f "$archive" ] && [ "$archive" -nt target/rugdesk.jar ]; then
  cds=(-XX:SharedArchiveFile="$archive")
elif [ "${1:-gui}" = gui ]; then
  # only the window trains the archive: a one-shot command would leave one that covers only itself
  rm -f "$archive"
  cds=(-XX:ArchiveClassesAtExit="$archive")
fi
# -Xlog:cds off: an archive the JVM cannot map (another JDK) is skipped silently, the start is only slower
exec java "${cds[@]}" -Xlog:cds=off -Xlog:cds+dynamic=off -jar target/rugdesk.jar "${@:-gui}"
