#!/usr/bin/env bash
# Builds the installable app (docs: README "Install"):
#   target/jpackage/rugdesk/            jpackage app image: bin/rugdesk launcher (a shell script, see below), a
#                                       jlinked Java runtime, lib/app/rugdesk.jar and an AppCDS archive
#                                       (lib/app/rugdesk.jsa)
#   target/jpackage/rugdesk_*.deb       where dpkg-deb and fakeroot are present (skipped, saying so, elsewhere)
# The AppCDS archive holds the classes a short scripted run of the window loads (command → first tick painted,
# under xvfb-run when there is no display), so the next start maps them instead of loading them.
# Options: --no-deb (app image only). Needs a JDK 17+ with jpackage (Debian: openjdk-17-jdk).
set -euo pipefail
cd "$(dirname "$0")/.."
deb=yes
for arg in "$@"; do
  case "$arg" in
    --no-deb) deb=no ;;
    *) echo "usage: scripts/package.sh [--no-deb]" >&2; exit 2 ;;
  esac
done
jpackage=$(command -v jpackage || true)
[ -n "$jpackage" ] || { [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/jpackage" ] && jpackage="$JAVA_HOME/bin/jpackage"; }
[ -n "$jpackage" ] || { echo "package.sh: jpackage not found (install a full JDK 17+, e.g. openjdk-17-jdk)" >&2; exit 1; }

if [ ! -f target/rugdesk.jar ] || [ -n "$(find src pom.xml -newer target/rugdesk.jar -print -quit)" ]; then
  ./mvnw -B -q -DskipTests package
fi
version=$(unzip -p target/rugdesk.jar META-INF/MANIFEST.MF | sed -n 's/^Implementation-Version: *//p' | tr -d '\r')
app_version=${version%%-*}          # jpackage wants numbers only: 0.1.0-SNAPSHOT -> 0.1.0

work=target/jpackage-work
out=target/jpackage
rm -rf "$work" "$out/rugdesk"
mkdir -p "$work/input" "$out"
cp target/rugdesk.jar "$work/input/"
java -Djava.awt.headless=true -cp target/rugdesk.jar io.rugdesk.app.IconFile "$work/rugdesk.png" 256

# The modules the app uses (jdeps --print-module-deps --ignore-missing-deps --multi-release 17 target/rugdesk.jar,
# 16 s, so written out here) plus what jdeps cannot see: jdk.crypto.ec for TLS to the real server (ECDHE),
# jdk.unsupported for libraries that reach sun.misc.Unsafe reflectively.
modules=java.base,java.desktop,java.instrument,java.naming,java.prefs,java.rmi,java.security.jgss,java.sql,jdk.management
modules=$modules,jdk.crypto.ec,jdk.unsupported

echo "package.sh: app image (jlink + jpackage)…"
cp src/packaging/linux/cds-archive.sh "$work/input/"
"$jpackage" --type app-image --dest "$out" --name rugdesk --app-version "$app_version" \
  --vendor Rugdesk --description "Desktop trading client for the rugs.fun crash game" \
  --input "$work/input" --main-jar rugdesk.jar --main-class io.rugdesk.app.Main --icon "$work/rugdesk.png" \
  --add-modules "$modules" \
  --jlink-options "--strip-debug --no-man-pages --no-header-files"
image="$out/rugdesk"
app="$(cd "$image/lib/app" && pwd)"
# jpackage's native launcher asks rpm and dpkg which package owns it, twice, before every start (0.3 s here): a
# shell launcher with the same runtime, options and archive replaces it (src/packaging/linux/launcher.sh)
sed "s/APP_VERSION/$app_version/" src/packaging/linux/launcher.sh > "$image/bin/rugdesk"
chmod 755 "$image/bin/rugdesk"
rm -f "$image/lib/libapplauncher.so"   # the native launcher's library

# Class-data sharing (AppCDS): the classes a scripted start of the window loads up to the first tick painted
# (under xvfb-run when there is no display) are listed, then archived for where the jar is (cds-archive.sh; the
# .deb's postinst makes the archive again under /opt/rugdesk).
echo "package.sh: class list from a scripted start of the window…"
train="$work/train"
mkdir -p "$train"
list=("$image/lib/runtime/bin/java" -XX:DumpLoadedClassList="$app/rugdesk.classlist"
      --add-opens=java.desktop/sun.awt.X11=ALL-UNNAMED -cp "$app/rugdesk.jar" io.rugdesk.app.Main)
gui=(gui --exit-at-first-tick --config-dir "$train/config" --recordings "$train/recordings")
if [ -n "${DISPLAY:-}" ]; then
  XDG_STATE_HOME="$train/state" "${list[@]}" "${gui[@]}" >/dev/null 2>"$train/log"
elif command -v xvfb-run >/dev/null 2>&1; then
  XDG_STATE_HOME="$train/state" xvfb-run -a -s "-screen 0 1600x1000x24" "${list[@]}" "${gui[@]}" \
    >/dev/null 2>"$train/log"
else
  echo "package.sh: no display and no xvfb-run: the archive covers the command line only" >&2
  "${list[@]}" --version >/dev/null
fi
echo "package.sh: AppCDS archive ($(wc -l <"$app/rugdesk.classlist") classes listed)…"
"$app/cds-archive.sh"
# the launcher must map the archive: with -Xshare:on the JVM refuses to start where it cannot (elsewhere it falls
# back to loading the classes, silently, e.g. when the image is moved)
if ! JAVA_TOOL_OPTIONS=-Xshare:on "$image/bin/rugdesk" --version >/dev/null 2>&1; then
  echo "package.sh: the launcher does not map its AppCDS archive $app/rugdesk.jsa" >&2
  exit 1
fi
echo "package.sh: $image ($(du -sh "$image" | cut -f1)), launcher $image/bin/rugdesk"

if [ "$deb" = yes ]; then
  if command -v dpkg-deb >/dev/null 2>&1 && command -v fakeroot >/dev/null 2>&1; then
    echo "package.sh: .deb…"
    rm -f "$out"/rugdesk_*.deb
    # without the archive: it names this folder's jar; the postinst makes one for /opt/rugdesk
    rm -rf "$work/deb-image" && mkdir -p "$work/deb-image" && cp -a "$image" "$work/deb-image/"
    rm -f "$work/deb-image/rugdesk/lib/app/rugdesk.jsa"
    "$jpackage" --type deb --dest "$out" --name rugdesk --app-version "$app_version" \
      --app-image "$work/deb-image/rugdesk" \
      --resource-dir src/packaging/linux \
      --vendor Rugdesk --description "Desktop trading client for the rugs.fun crash game" \
      --icon "$work/rugdesk.png" --linux-shortcut --linux-menu-group "Office;Finance" \
      --linux-app-category misc --linux-deb-maintainer "rugdesk@localhost"
    ls "$out"/rugdesk_*.deb
  else
    echo "package.sh: .deb skipped: dpkg-deb and fakeroot are needed (apt-get install dpkg-dev fakeroot)"
  fi
fi
