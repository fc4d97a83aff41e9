#!/bin/sh
# Makes the app's class-data sharing archive (lib/app/rugdesk.jsa) from the class list of a scripted start
# (lib/app/rugdesk.classlist) for the place the app is installed in: the JVM of Java 17 only maps an archive
# whose jar has the same absolute path as when it was made. Run by scripts/package.sh and the .deb's postinst.
set -e
app="$(cd "$(dirname "$0")" && pwd)"
"$app/../runtime/bin/java" -Xshare:dump -Xlog:cds=off -Xlog:cds+dynamic=off \
  --add-opens=java.desktop/sun.awt.X11=ALL-UNNAMED \
  -XX:SharedClassListFile="$app/rugdesk.classlist" -XX:SharedArchiveFile="$app/rugdesk.jsa" \
  -cp "$app/rugdesk.jar" >/dev/null
