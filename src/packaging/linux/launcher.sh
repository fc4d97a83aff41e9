#!/bin/sh
# Rugdesk's launcher in the app image (bin/rugdesk): the image's own Java runtime with the options the app needs.
# It stands in for jpackage's native launcher, which asks rpm and dpkg which package owns it, twice, before every
# start (dpkg -S reads every installed package's file list: 0.3 s on a machine with 730 packages, more on a
# desktop); scripts/package.sh puts it in place and writes the version in. Class-data sharing as the native
# launcher had it: the archive lib/app/rugdesk.jsa (made by cds-archive.sh), skipped silently where it cannot map.
root=$(dirname "$(dirname "$(readlink -f "$0")")")   # the image: bin/rugdesk is this file
app="$root/lib/app"
exec "$root/lib/runtime/bin/java" -Djpackage.app-version=APP_VERSION \
  --add-opens=java.desktop/sun.awt.X11=ALL-UNNAMED \
  -XX:SharedArchiveFile="$app/rugdesk.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off \
  -cp "$app/rugdesk.jar" io.rugdesk.app.Main "$@"
