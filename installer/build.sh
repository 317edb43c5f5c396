#!/usr/bin/env bash
# Builds the self-contained MissionDesk for this system from target/dist (what 'mvn package' leaves), run by
# 'mvn -Pinstaller package':
#   1. jlink: a runtime holding only the JDK modules the application uses, plus JavaFX's modules (the openjfx jars
#      of target/dist/lib/fx are modular jars, so jlink links them in like JDK modules), with a CDS archive;
#   2. jpackage --type app-image: target/installer/MissionDesk, launcher bin/MissionDesk taking the same options
#      and subcommands as target/dist/bin/missiondesk;
#   3. on Linux, a .deb (desktop entry, icon, menu category Office, .mdbatch association) when dpkg-deb and
#      fakeroot are there. installer/linux/MissionDesk.desktop replaces jpackage's entry, whose Exec line has no
#      %f: without it, double-clicking a batch file would start the application without the file. On Windows (.msi, needs WiX) and macOS (.dmg) the README gives the jpackage settings.
# Usage: installer/build.sh VERSION   (from the project folder; JAVA_HOME: a JDK 25)
set -euo pipefail
cd "$(dirname "$0")/.."
VERSION=${1:?version}
JDK_BIN="${JAVA_HOME:?JAVA_HOME must point at a JDK 25}/bin"
DIST=target/dist
OUT=target/installer
NAME=MissionDesk
# jpackage wants a plain numeric version: 0.1.0-SNAPSHOT becomes 0.1.0.
APP_VERSION=${VERSION%%-*}
# The JDK modules of the application and its libraries (found with jdeps), jdk.localedata for the French and
# Dutch date and number formats, jdk.charsets for Windows-1252 flow files, jdk.unsupported for sqlite-jdbc.
JDK_MODULES=java.base,java.sql,java.naming,java.logging,java.management,java.xml,java.desktop,jdk.unsupported,jdk.localedata,jdk.charsets
FX_MODULES=javafx.base,javafx.graphics,javafx.controls

rm -rf "$OUT"
mkdir -p "$OUT/input"
find "$DIST/lib" -maxdepth 1 -name '*.jar' -exec cp {} "$OUT/input/" \;
# SQLite's native library for this system, as target/dist has it unpacked: the launcher points sqlite-jdbc at it, which
# otherwise copies it out of its jar into a temporary file at every start.
SQLITE_OPTIONS=()
NATIVE="$DIST/lib/native/$(uname -s)/$(uname -m)/libsqlitejdbc.so"
if [ -f "$NATIVE" ]; then
  mkdir -p "$OUT/input/native"
  cp "$NATIVE" "$OUT/input/native/"
  SQLITE_OPTIONS=(--java-options '-Dorg.sqlite.lib.path=$APPDIR/native' --java-options "-Dorg.sqlite.lib.name=libsqlitejdbc.so")
fi

echo "installer: jlink runtime"
"$JDK_BIN/jlink" --module-path "$DIST/lib/fx" --add-modules "$JDK_MODULES,$FX_MODULES" \
  --include-locales=en,fr,nl,de --strip-debug --no-header-files --no-man-pages --compress=zip-6 \
  --generate-cds-archive --output "$OUT/runtime"

echo "installer: jpackage app image"
"$JDK_BIN/jpackage" --type app-image --name "$NAME" --dest "$OUT" \
  --app-version "$APP_VERSION" --vendor "INASTI" --description "Mission queues and deadline clocks" \
  --icon installer/missiondesk.png \
  --input "$OUT/input" --main-jar missiondesk.jar --main-class be.inasti.missiondesk.Launcher \
  --runtime-image "$OUT/runtime" \
  --java-options "--enable-native-access=ALL-UNNAMED,javafx.graphics" \
  --java-options "-XX:+UseSerialGC" --java-options "-XX:CompileThresholdScaling=6" \
  --java-options "-Xms32m" --java-options "-XX:NewSize=24m" --java-options "-Xmx256m" ${SQLITE_OPTIONS[@]+"${SQLITE_OPTIONS[@]}"}

if [ "$(uname -s)" = Linux ] && command -v dpkg-deb >/dev/null && command -v fakeroot >/dev/null; then
  echo "installer: jpackage .deb"
  "$JDK_BIN/jpackage" --type deb --app-image "$OUT/$NAME" --name "$NAME" --dest "$OUT" \
    --app-version "$APP_VERSION" --vendor "INASTI" --description "Mission queues and deadline clocks" \
    --linux-package-name missiondesk --linux-shortcut --linux-menu-group Office \
    --linux-app-category misc --icon installer/missiondesk.png --resource-dir installer/linux \
    --file-associations installer/mdbatch.properties
else
  echo "installer: no .deb (needs Linux with dpkg-deb and fakeroot)"
fi
rm -rf "$OUT/input" "$OUT/runtime"
echo "installer: done in $OUT"
