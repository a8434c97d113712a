#!/usr/bin/env bash
# Writes src/dist/timescope.classlist: the classes one real start of the window loads, from the launch to the
# usable window on a collection large enough for the first picture of its dates (100,000 generated events, or
# the collection given). package.sh ships the list; the .deb's postinst dumps the class data archive from it on
# the installed jar and runtime (decision 0041). Run it again when the start's code has changed much: a class the
# list names that no longer exists is skipped by the dump, a class it lacks is loaded as usual, so an old list only
# costs speed, never correctness.
# Needs: target/timescope.jar (mvn -o -DskipTests package) and a display (DISPLAY, e.g. Xvfb).
# Usage: src/dist/classlist.sh [COLLECTION.db]
set -euo pipefail
cd "$(dirname "$0")/../.."
jar=target/timescope.jar
[ -f "$jar" ] || { echo "classlist.sh: $jar is missing: run mvn -o -DskipTests package" >&2; exit 1; }
[ -n "${DISPLAY:-}" ] || { echo "classlist.sh: a real start needs a display (DISPLAY; e.g. Xvfb :9 & DISPLAY=:9)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db="${1:-}"
if [ -z "$db" ]; then
  db="$work/classlist.db"
  java -jar "$jar" generate --events 100000 --seed 1 --out "$work/events.csv"
  java -jar "$jar" import --no-progress --db "$db" "$work/events.csv" >/dev/null
fi
# the window quits once usable when asked for a startup report; own config and cache folders keep the user's
mkdir -p "$work/config" "$work/cache"
XDG_CONFIG_HOME="$work/config" XDG_CACHE_HOME="$work/cache" TIMESCOPE_STARTUP_REPORT="$work/first.json" \
  java -jar "$jar" --db "$db" >/dev/null 2>&1      # builds the column cache, as a user's first start does
XDG_CONFIG_HOME="$work/config" XDG_CACHE_HOME="$work/cache" TIMESCOPE_STARTUP_REPORT="$work/startup.json" \
  java -XX:DumpLoadedClassList="$work/classes.lst" -jar "$jar" --db "$db" >/dev/null
[ -s "$work/startup.json" ] || { echo "classlist.sh: the window did not report a usable start" >&2; exit 1; }
cp "$work/classes.lst" src/dist/timescope.classlist
echo "classlist.sh: $(grep -vc '^#' src/dist/timescope.classlist) entries in src/dist/timescope.classlist"
