#!/bin/bash
# Timescope's command in the desktop packages: bin/timescope of the app image, which /usr/bin/timescope and the
# menu entry point to (decision 0047). It starts the image's own JVM (lib/runtime/bin/java) with the class path,
# main class and JVM options of lib/app/timescope.cfg, the file jpackage writes for its launcher, with $APPDIR and
# $ROOTDIR in it replaced as that launcher replaces them. jpackage's launcher is not shipped: before its JVM
# starts it asks the package manager twice which package owns it (rpm -qf, dpkg -S, dpkg -L), 0.4 s on a machine
# with 875 packages, and a start of the window is measured in seconds.
# The JVM gets -Dtimescope.launcher with this file's path, so that `timescope bench --startup` starts the window
# again through it.
self=$(readlink -f "${BASH_SOURCE[0]}")
root=${self%/bin/*}
app="$root/lib/app"
cfg="$app/timescope.cfg"
if [ ! -r "$cfg" ]; then
  echo "timescope: $cfg is missing: reinstall Timescope" >&2
  exit 1
fi
options=()
classpath=""
main=""
while IFS= read -r line || [ -n "$line" ]; do
  line=${line//\$APPDIR/$app}
  line=${line//\$ROOTDIR/$root}
  case $line in
    java-options=*) options+=("${line#java-options=}") ;;
    app.classpath=*) classpath=${classpath:+$classpath:}${line#app.classpath=} ;;
    app.mainclass=*) main=${line#app.mainclass=} ;;
  esac
done < "$cfg"
# JavaFX has no accessibility support on Linux (screen readers are served on Windows and macOS only), so GTK's AT-SPI
# bridge could only show a screen reader an empty window; loading it and looking for the accessibility bus cost
# ~100 ms of each start of the window (decision 0048). TIMESCOPE_ACCESSIBILITY_BRIDGE=1 keeps it.
if [ -z "${TIMESCOPE_ACCESSIBILITY_BRIDGE:-}" ]; then
  export NO_AT_BRIDGE="${NO_AT_BRIDGE:-1}"
fi
exec "$root/lib/runtime/bin/java" -classpath "$classpath" "${options[@]}" "-Dtimescope.launcher=$self" "$main" "$@"
