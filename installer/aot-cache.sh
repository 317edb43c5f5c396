#!/usr/bin/env bash
# Trains the JDK 25 AOT cache of target/dist (run by 'mvn package' after the launcher is in place): fills a
# scratch database with demo missions, then records one start of the window (headless glass, so no display is
# needed) with -XX:AOTCacheOutput. bin/missiondesk uses lib/missiondesk.aot when it is there. A failure only
# costs the cache, never the build: the launcher works without it.
set -uo pipefail
cd "$(dirname "$0")/.."
DIST=target/dist
CACHE="$DIST/lib/missiondesk.aot"
TRAINING=target/aot-training
rm -rf "$TRAINING" "$CACHE"
mkdir -p "$TRAINING"
launcher="$DIST/bin/missiondesk"
if "$launcher" --db "$TRAINING/training.db" demo --missions 2000 >"$TRAINING/log" 2>&1 \
  && MISSIONDESK_OPTS="-XX:AOTCacheOutput=$CACHE -Dglass.platform=Headless -Dprism.order=sw" \
     "$launcher" --db "$TRAINING/training.db" gui --exit-when-ready >>"$TRAINING/log" 2>&1 \
  && [ -f "$CACHE" ]; then
  echo "aot-cache: $CACHE ($(du -h "$CACHE" | cut -f1))"
else
  rm -f "$CACHE"
  echo "aot-cache: not built, the launcher starts without it (see $TRAINING/log)"
fi
