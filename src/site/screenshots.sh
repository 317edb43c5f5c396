#!/usr/bin/env bash
# Takes the user guide's pictures from the real window, at 1280x800, on demo data of a fixed day, so that they show
# what the application shows today. Run it after changing a screen, then look at the pictures before committing.
#
#   mvn -q -DskipTests package && src/site/screenshots.sh [fr|nl|de|en] [folder]
#   SHOTS_DB=postgresql://postgres@localhost/shots src/site/screenshots.sh nl /tmp/shots-on-a-server
#
# Needs the application built (target/dist), Xvfb, xdotool, ImageMagick and GTK 3 (JavaFX's window):
#   apt-get install xvfb xdotool imagemagick libgtk-3-0
# Writes queue.png, mission.png, event.png, new-mission.png, flow-import.png, team.png, balance.png, at-risk.png,
# dashboard.png, sync.png, profile.png and first-start.png, named <screen>-<language>.png outside the guide's folder.
set -euo pipefail
cd "$(dirname "$0")/../.."
LANGUAGE=${1:-fr}
OUT=${2:-src/site/resources/images}
APP=target/dist/bin/missiondesk
TODAY=2026-11-23
SUFFIX=$([ "$OUT" = src/site/resources/images ] && echo "" || echo "-$LANGUAGE")
[ -x "$APP" ] || { echo "build the application first: mvn -q -DskipTests package" >&2; exit 1; }
for tool in Xvfb xdotool import; do
    command -v $tool >/dev/null || { echo "$tool is missing: apt-get install xvfb xdotool imagemagick" >&2; exit 1; }
done
if [ -z "${JAVA_HOME:-}" ] || ! "$JAVA_HOME/bin/java" -version 2>&1 | grep -q '"25'; then
    JAVA_HOME=$(ls -d /usr/lib/jvm/*25* 2>/dev/null | head -1)
fi
export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"
mkdir -p "$OUT"
WORK=$(mktemp -d)
export DISPLAY=:91
Xvfb $DISPLAY -screen 0 1280x800x24 >/dev/null 2>&1 &
XVFB=$!
APP_PID=
trap 'kill $APP_PID $XVFB 2>/dev/null || true; rm -rf "$WORK"' EXIT
sleep 1

# A Namur caseworker's desk on 3 000 demo missions of the three offices; with SHOTS_DB=postgresql://…, the same in
# that (empty) database on a server, to see the window on a central office's PostgreSQL.
DB=${SHOTS_DB:-$WORK/guide.db}
"$APP" --db "$DB" --today $TODAY demo --missions 3000 >/dev/null
"$APP" --db "$DB" profile --login vrenard --office NAMUR --role CASEWORKER >/dev/null
"$APP" --db "$DB" --today $TODAY flow affiliates src/test/resources/flows/affiliates-cnh-1252.csv >/dev/null

start() {
    "$APP" --db "$1" --today $TODAY --user vrenard --lang "$LANGUAGE" >"$WORK/app.log" 2>&1 &
    APP_PID=$!
    for _ in $(seq 60); do
        xdotool search --name MissionDesk >/dev/null 2>&1 && break
        sleep 0.5
    done
    sleep 4
    local window
    window=$(xdotool search --name MissionDesk | head -1)
    xdotool windowsize "$window" 1280 800 windowmove "$window" 0 0
    sleep 1
}

stop() {
    kill $APP_PID 2>/dev/null || true
    wait $APP_PID 2>/dev/null || true
}

keys() {
    for k in "$@"; do
        xdotool key "$k"
        sleep 1.2
    done
}

# There is no window manager to give a new window the keyboard: the newest window is given it by hand.
focus_newest() {
    xdotool windowfocus --sync "$(xdotool search --onlyvisible --name '.' | sort -n | tail -1)"
    sleep 0.5
}

shot() {
    sleep 1
    import -window root "$OUT/$1$SUFFIX.png"
}

start "$DB"
shot queue
keys Down Return
shot mission
keys ctrl+1
focus_newest
shot event
keys Escape
focus_newest
keys Escape ctrl+n
focus_newest
shot new-mission
keys Escape
focus_newest
keys ctrl+i
focus_newest
DIALOG=$(xdotool search --onlyvisible --name '.' | sort -n | tail -1)
keys ctrl+l
xdotool type --delay 40 "$PWD/src/test/resources/flows/births-2026-11-utf8-bom.csv"
keys Return
# The first Enter may only complete the name GTK offers.
if xdotool search --onlyvisible --name '.' | grep -qx "$DIALOG"; then
    keys Return
fi
focus_newest
keys alt+p
sleep 3
shot flow-import
keys Escape
focus_newest
keys ctrl+shift+t
focus_newest
shot team
keys ctrl+shift+b Down Tab ctrl+a alt+p
sleep 2
shot balance
keys ctrl+shift+r
shot at-risk
keys ctrl+shift+k
sleep 2
shot dashboard
keys Escape
focus_newest
keys ctrl+shift+s
focus_newest
sleep 2
shot sync
keys Escape
focus_newest
keys ctrl+comma
focus_newest
shot profile
keys Escape
stop

start "$WORK/empty.db"
shot first-start
stop
echo "pictures in $OUT"
