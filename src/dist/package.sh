#!/usr/bin/env bash
# Builds the desktop packages from target/timescope.jar (decision 0024); `mvn -Pdist package` calls it.
#   target/dist/timescope-VERSION-linux-x64.tar.gz   portable app image: bin/timescope (a script that starts the
#                                                    runtime's java, decision 0047) + a jlink runtime
#   target/dist/timescope_VERSION-1_amd64.deb        the same image in /opt/timescope, plus the command on the
#                                                    PATH, menu entry, icon, file types, completion and man page
# jpackage makes the image and the .deb (control file with the libraries' dependencies, copyright); the files
# that belong outside /opt, which jpackage cannot place, are added to the .deb with dpkg-deb, so
# dpkg owns them and its triggers update the menu, MIME and man databases.
# Needs: a JDK 17 or later with jpackage and jlink, dpkg-deb, fakeroot, objcopy (binutils, used by jlink
# --strip-debug). With a JDK 25 or later (TIMESCOPE_PACKAGE_JDK, JAVA_HOME or /usr/lib/jvm) and a display (DISPLAY,
# or xvfb-run), the image's runtime is that JDK's and it ships an AOT cache trained on a real start (decision 0046);
# else (a JDK 25 without a display, or JDK 17) the .deb dumps a class data archive when installed (decision 0041).
set -euo pipefail
cd "$(dirname "$0")/../.."

# The JDK whose jlink and jpackage make the image: the first of TIMESCOPE_PACKAGE_JDK, JAVA_HOME and /usr/lib/jvm/*
# that is 25 or later, else the jpackage on the PATH. TIMESCOPE_PACKAGE_JDK=/path/to/jdk17 keeps a JDK 17 runtime.
jdk_release() { sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null; }
jdk=""
if [ -n "${TIMESCOPE_PACKAGE_JDK:-}" ]; then
  jdk="$TIMESCOPE_PACKAGE_JDK"
  [ -x "$jdk/bin/jpackage" ] || { echo "package.sh: TIMESCOPE_PACKAGE_JDK=$jdk has no bin/jpackage" >&2; exit 1; }
else
  for home in "${JAVA_HOME:-}" /usr/lib/jvm/*; do
    [ -n "$home" ] && [ -x "$home/bin/jpackage" ] && [ "$(jdk_release "$home")" -ge 25 ] 2>/dev/null || continue
    jdk="$home"
    break
  done
fi
jpackage="${jdk:+$jdk/bin/}jpackage"
release=$(jdk_release "${jdk:-$(dirname "$(dirname "$(readlink -f "$(command -v jpackage)")")")}")

version="${1:?usage: src/dist/package.sh VERSION}"
version="${version%-SNAPSHOT}"          # jpackage takes numbers only: 0.1.0-SNAPSHOT is packaged as 0.1.0
jar=target/timescope.jar
work=target/dist-work
out=target/dist
[ -f "$jar" ] || { echo "package.sh: $jar is missing: run mvn -Pdist package" >&2; exit 1; }
for tool in "$jpackage" dpkg-deb fakeroot objcopy; do
  command -v "$tool" >/dev/null || { echo "package.sh: $tool is missing (Debian: openjdk-17-jdk, dpkg-dev/dpkg, fakeroot, binutils)" >&2; exit 1; }
done
rm -rf "$work" "$out"
mkdir -p "$work/input" "$work/shell" "$out"

cp "$jar" "$work/input/"
# completion scripts and the man page, written from the command model of this very jar
java -cp "$jar" org.timescope.cli.ShellFiles "$work/shell"
cp "$work/shell/timescope.bash" "$work/input/"

# The modules the jar uses (jdeps --print-module-deps on the jar, plus jdk.charsets for files in other
# encodings, and java.management/jdk.management, which `timescope bench` and the startup report read CPU time and
# heap through: without them the installed `timescope bench` ended in a NoClassDefFoundError); jpackage runs
# jlink with these, compressed and without debug data, man pages, headers, tools.
modules=java.base,java.desktop,java.logging,java.management,java.sql,java.xml,jdk.charsets,jdk.jfr,jdk.management,jdk.unsupported
common=(--name timescope --app-version "$version" --vendor "Timescope contributors"
        --copyright "Copyright (c) Timescope contributors; MIT licence"
        --description "Timescope: dated events with their sources, on a zoomable timeline")

# the JIT's first tier alone (-XX:TieredStopAtLevel=1): on two cores the optimising compiler took 1.0-1.3 s of the
# 4.5 s of CPU a start at a million events costs, beside the window it competes with (decision 0047); the G1
# settings: short pauses while zooming, heap under 1 GB at a million events (decision 0039); the heap starts at
# 512 MB (at 256 MB a start at a million events ran two concurrent cycles) on transparent huge pages where the
# system offers them (madvise): a start touches ~150 MB of new arrays, 4 KB page faults cost ~300 ms of CPU. A system
# without them starts without, and the warning JDK prints then (on standard output) is off (decision 0047)
options=(--java-options "-XX:TieredStopAtLevel=1" --java-options "-Dfile.encoding=UTF-8"
  --java-options "-XX:+UseG1GC" --java-options "-XX:MaxGCPauseMillis=10"
  --java-options "-XX:G1PeriodicGCInterval=30000" --java-options "-Xms512m" --java-options "-Xmx1g"
  --java-options "-XX:+UseTransparentHugePages" --java-options "-Xlog:pagesize=off")
# JavaFX's and SQLite's native libraries are shipped ready beside the jar (see below): SQLite's driver is told where
options+=(--java-options '-Dorg.sqlite.lib.path=$APPDIR' --java-options "-Dorg.sqlite.lib.name=libsqlitejdbc.so")
compress=--compress=2
if [ "${release:-17}" -ge 25 ]; then
  # JavaFX and sqlite-jdbc load their native libraries, and JavaFX's rasteriser (Marlin) allocates off-heap
  # memory through sun.misc.Unsafe: allowed here, or every start prints JDK 24's warnings about both
  options+=(--java-options "--enable-native-access=ALL-UNNAMED" --java-options "--sun-misc-unsafe-memory-access=allow")
  # a class data archive or AOT cache that is missing or does not match (the portable image before a dump, a jar
  # replaced by hand) is skipped: from JDK 25 on with error lines on standard output unless these are off
  options+=(--java-options "-Xlog:aot=off" --java-options "-Xlog:cds=off")
  compress=--compress=zip-6
fi
"$jpackage" --type app-image "${common[@]}" --dest "$work" \
  --input "$work/input" --main-jar timescope.jar --main-class org.timescope.Main \
  --icon assets/timescope.png --add-modules "$modules" \
  --jlink-options "--strip-debug $compress --no-man-pages --no-header-files" \
  "${options[@]}"
app="$work/timescope/lib/app"
# the command is a script that starts lib/runtime/bin/java with the .cfg's options, not jpackage's launcher, which
# asks the package manager which package owns it before every start (decision 0047)
install -m 755 src/dist/timescope-command.sh "$work/timescope/bin/timescope"
rm -f "$work/timescope/lib/libapplauncher.so"
# JavaFX and SQLite's driver copy their native libraries out of the jar at every start (JavaFX to ~/.openjfx/cache,
# comparing checksums of both copies; the driver to /tmp, comparing byte by byte): ready beside the jar, JavaFX
# loads them from there first and the driver from org.sqlite.lib.path (decision 0047)
natives=$("${jdk:+$jdk/bin/}jar" tf "$jar" | grep -E '^lib[a-z0-9_]+\.so$|^org/sqlite/native/Linux/x86_64/libsqlitejdbc\.so$')
mkdir -p "$work/natives"
(cd "$work/natives" && "${jdk:+$jdk/bin/}jar" xf "$OLDPWD/$jar" $natives)
find "$work/natives" -name '*.so' -exec install -m 644 {} "$app/" \;
if [ "${release:-17}" -ge 25 ] && src/dist/aot-cache.sh "$work/timescope"; then
  # the cache trained on a real start (decision 0046); a JVM that cannot use it (another jar or runtime) starts without
  echo 'java-options=-XX:AOTCache=$APPDIR/timescope.aot' >> "$app/timescope.cfg"
else
  # the classes of a start, for the class data archive the .deb's postinst dumps (decision 0041)
  cp src/dist/timescope.classlist "$app/"
  echo 'java-options=-XX:SharedArchiveFile=$APPDIR/timescope.jsa' >> "$app/timescope.cfg"
fi
tar -C "$work" -czf "$out/timescope-$version-linux-x64.tar.gz" timescope
# jpackage would make every library JavaFX's native libraries link to (GTK 3 and the rest) a dependency of the .deb,
# which installs on a server with the command line alone: they are added to the .deb after it (below), and the
# window's libraries stay recommended, as the control file says
mkdir -p "$work/natives-aside"
mv "$app"/*.so "$work/natives-aside/"

# gzip rather than dpkg-deb's default xz: minutes less on a busy 2-core machine, a few percent larger (decision 0024)
export DPKG_DEB_COMPRESSOR_TYPE=gzip DPKG_DEB_COMPRESSOR_LEVEL=6
# the control file's template names the version with its release differently from JDK 25 on
resources="$work/resources"
cp -r src/dist/linux "$resources"
if [ "${release:-17}" -ge 25 ]; then
  sed -i 's/^Version: APPLICATION_VERSION-APPLICATION_RELEASE$/Version: APPLICATION_VERSION_WITH_RELEASE/' "$resources/control"
fi
"$jpackage" --type deb "${common[@]}" --dest "$work/deb" --app-image "$work/timescope" \
  --resource-dir "$resources" --license-file LICENSE \
  --linux-package-name timescope --linux-app-release 1 --linux-app-category science --linux-deb-maintainer "timescope@localhost"
deb=$(ls "$work"/deb/*.deb)

# Add the files that live outside /opt and build the .deb again.
tree="$work/deb-tree"
dpkg-deb -R "$deb" "$tree"
install -d "$tree/usr/bin" "$tree/usr/share/applications" "$tree/usr/share/icons/hicolor/256x256/apps" \
  "$tree/usr/share/mime/packages" "$tree/usr/share/bash-completion/completions" \
  "$tree/usr/share/zsh/vendor-completions" "$tree/usr/share/man/man1"
ln -s /opt/timescope/bin/timescope "$tree/usr/bin/timescope"
mv "$work/natives-aside"/*.so "$app/"
install -m 644 "$app"/*.so "$tree/opt/timescope/lib/app/"
install -m 644 src/dist/linux/timescope.desktop "$tree/usr/share/applications/timescope.desktop"
install -m 644 assets/timescope.png "$tree/usr/share/icons/hicolor/256x256/apps/timescope.png"
install -m 644 src/dist/linux/timescope-mime.xml "$tree/usr/share/mime/packages/timescope.xml"
install -m 644 "$work/shell/timescope.bash" "$tree/usr/share/bash-completion/completions/timescope"
install -m 644 "$work/shell/_timescope" "$tree/usr/share/zsh/vendor-completions/_timescope"
gzip -9n -c "$work/shell/timescope.1" > "$tree/usr/share/man/man1/timescope.1.gz"
chmod 644 "$tree/usr/share/man/man1/timescope.1.gz"
# jpackage copied the image without its times: the AOT cache holds the jar's size and time, so the .deb's files
# get the image's times back (dpkg installs them with the times the .deb holds)
(cd "$work/timescope" && find . -type f -print0) | while IFS= read -r -d '' f; do
  [ ! -e "$tree/opt/timescope/$f" ] || touch -h -r "$work/timescope/$f" "$tree/opt/timescope/$f"
done
size=$(du -sk --exclude=DEBIAN "$tree" | cut -f1)
sed -i "s/^Installed-Size: .*/Installed-Size: $size/" "$tree/DEBIAN/control"
fakeroot dpkg-deb --build "$tree" "$out/timescope_$(sed -n 's/^Version: //p' "$tree/DEBIAN/control")_amd64.deb" >/dev/null
echo "package.sh: built $(ls "$out" | tr '\n' ' ')"
