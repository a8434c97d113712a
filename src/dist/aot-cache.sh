#!/usr/bin/env bash
# Writes IMAGE/lib/app/timescope.aot, the AOT cache (JDK 25: JEP 483, 514, 515) of one real start of the window
# of the app image IMAGE (decision 0046): the classes such a start loads, already parsed, linked and with their
# lambdas' call sites resolved, and the profiles of the methods it ran, so that the JIT compiles sooner. It is
# trained as a user starts: the image's own launcher opens a generated collection of 100,000 events (large enough
# for the dates' first picture and the column cache) and quits once the window is usable (the startup report's
# hook, TIMESCOPE_STARTUP_REPORT), with the image's own JVM options. A cache is valid for this jar and this runtime
# only, wherever they are copied to; a JVM that cannot use it starts without it.
# Needs: an image whose runtime is JDK 25 or later, and a display (DISPLAY, or xvfb-run to make one).
# Exits 1 with one line on standard error when it cannot train (no display, the window did not become usable):
# package.sh then ships the class list of decision 0041 instead.
# Usage: src/dist/aot-cache.sh IMAGE
set -euo pipefail
image="${1:?usage: src/dist/aot-cache.sh IMAGE}"
launcher="$image/bin/timescope"
cache="$image/lib/app/timescope.aot"
[ -x "$launcher" ] || { echo "aot-cache.sh: $launcher is missing" >&2; exit 1; }
display=()
if [ -z "${DISPLAY:-}" ]; then
  if command -v xvfb-run >/dev/null; then
    display=(xvfb-run -a -s "-screen 0 1600x1000x24")
  else
    echo "aot-cache.sh: no display to train the AOT cache on (neither DISPLAY nor xvfb-run)" >&2
    exit 1
  fi
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/config" "$work/cache" "$work/data"
run() {
  XDG_CONFIG_HOME="$work/config" XDG_CACHE_HOME="$work/cache" XDG_DATA_HOME="$work/data" HOME="$work" "$@"
}
run "$launcher" generate --events 100000 --seed 1 --out "$work/events.csv" >/dev/null
run "$launcher" import --no-progress --db "$work/train.db" "$work/events.csv" >/dev/null
# a first start writes the column cache, as a user's first start does; the second is the one recorded
run env TIMESCOPE_STARTUP_REPORT="$work/first.json" "${display[@]}" "$launcher" --db "$work/train.db" \
  >"$work/first.log" 2>&1 || true
run env TIMESCOPE_STARTUP_REPORT="$work/startup.json" \
  _JAVA_OPTIONS="-XX:AOTMode=record -XX:AOTConfiguration=$work/timescope.aotconf" \
  "${display[@]}" "$launcher" --db "$work/train.db" >"$work/record.log" 2>&1 || true
if [ ! -s "$work/startup.json" ] || [ ! -s "$work/timescope.aotconf" ]; then
  echo "aot-cache.sh: the training start did not reach a usable window: $(tail -1 "$work/record.log")" >&2
  exit 1
fi
# create mode writes the cache and exits before Timescope's main runs (no display needed)
rm -f "$cache"
if ! run env _JAVA_OPTIONS="-XX:AOTMode=create -XX:AOTConfiguration=$work/timescope.aotconf -XX:AOTCache=$cache" \
    "$launcher" >"$work/create.log" 2>&1 || [ ! -s "$cache" ]; then
  rm -f "$cache"
  echo "aot-cache.sh: the AOT cache was not written: $(tail -1 "$work/create.log")" >&2
  exit 1
fi
chmod 644 "$cache"
echo "aot-cache.sh: $(du -h "$cache" | cut -f1) AOT cache from a start that was usable after $(sed -n 's/.*"usable_ms": *\([0-9]*\).*/\1/p' "$work/startup.json") ms"
