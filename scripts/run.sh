#!/usr/bin/env bash
# Builds Rugdesk if needed and launches it (embedded simulator unless a server is given: run.sh gui --server URL).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f target/rugdesk.jar ] || [ -n "$(find src pom.xml -newer target/rugdesk.jar -print -quit)" ]; then
  ./mvnw -B -q -DskipTests package
fi
exec java -jar target/rugdesk.jar "${@:-gui}"
