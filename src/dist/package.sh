#!/usr/bin/env bash
# Builds the desktop packages from target/timescope.jar (decision 0024); `mvn -Pdist package` calls it.
#   target/dist/timescope-VERSION-linux-x64.tar.gz   portable app image: bin/timescope + a jlink runtime
#   target/dist/timescope_VERSION-1_amd64.deb        the same image in /opt/timescope, plus the command on the
#                                                    PATH, menu entry, icon, file types, completion and man page
# jpackage (JDK 17) makes the image and the .deb (control file with the libraries' dependencies, copyright);
# the files that belong outside /opt, which jpackage 17 cannot place, are added to the .deb with dpkg-deb, so
# dpkg owns them and its triggers update the menu, MIME and man databases.
# Needs: a JDK 17 with jpackage and jlink, dpkg-deb, fakeroot, objcopy (binutils, used by jlink --strip-debug).
set -euo pipefail
cd "$(dirname "$0")/../.."

version="${1:?usage: src/dist/package.sh VERSION}"
version="${version%-SNAPSHOT}"          # jpackage takes numbers only: 0.1.0-SNAPSHOT is packaged as 0.1.0
jar=target/timescope.jar
work=target/dist-work
out=target/dist
[ -f "$jar" ] || { echo "package.sh: $jar is missing: run mvn -Pdist package" >&2; exit 1; }
for tool in jpackage dpkg-deb fakeroot objcopy; do
  command -v "$tool" >/dev/null || { echo "package.sh: $tool is missing (Debian: openjdk-17-jdk, dpkg-dev/dpkg, fakeroot, binutils)" >&2; exit 1; }
done
rm -rf "$work" "$out"
mkdir -p "$work/input" "$work/shell" "$out"

cp "$jar" "$work/input/"
# the classes of a start, for the class data archive the .deb's postinst dumps (decision 0041)
cp src/dist/timescope.classlist "$work/input/"
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

# the G1 settings: short pauses while zooming, heap under 1 GB at a million events (decision 0039); the class
# data archive the .deb's postinst dumps for the installed jar and runtime (decision 0041: the jlinked runtime
# has no archive of its own; without the file, as in the portable image, the JVM starts as before, silently)
jpackage --type app-image "${common[@]}" --dest "$work" \
  --input "$work/input" --main-jar timescope.jar --main-class org.timescope.Main \
  --icon assets/timescope.png --add-modules "$modules" \
  --jlink-options "--strip-debug --compress=2 --no-man-pages --no-header-files --strip-native-commands" \
  --java-options "-Dfile.encoding=UTF-8" \
  --java-options "-XX:+UseG1GC" --java-options "-XX:MaxGCPauseMillis=10" \
  --java-options "-XX:G1PeriodicGCInterval=30000" --java-options "-Xms256m" --java-options "-Xmx1g" \
  --java-options '-XX:SharedArchiveFile=$APPDIR/timescope.jsa'
tar -C "$work" -czf "$out/timescope-$version-linux-x64.tar.gz" timescope

# gzip rather than dpkg-deb's default xz: minutes less on a busy 2-core machine, a few percent larger (decision 0024)
export DPKG_DEB_COMPRESSOR_TYPE=gzip DPKG_DEB_COMPRESSOR_LEVEL=6
jpackage --type deb "${common[@]}" --dest "$work/deb" --app-image "$work/timescope" \
  --resource-dir src/dist/linux --license-file LICENSE \
  --linux-package-name timescope --linux-app-category science --linux-deb-maintainer "timescope@localhost"
deb=$(ls "$work"/deb/*.deb)

# Add the files that live outside /opt and build the .deb again.
tree="$work/deb-tree"
dpkg-deb -R "$deb" "$tree"
install -d "$tree/usr/bin" "$tree/usr/share/applications" "$tree/usr/share/icons/hicolor/256x256/apps" \
  "$tree/usr/share/mime/packages" "$tree/usr/share/bash-completion/completions" \
  "$tree/usr/share/zsh/vendor-completions" "$tree/usr/share/man/man1"
ln -s /opt/timescope/bin/timescope "$tree/usr/bin/timescope"
install -m 644 src/dist/linux/timescope.desktop "$tree/usr/share/applications/timescope.desktop"
install -m 644 assets/timescope.png "$tree/usr/share/icons/hicolor/256x256/apps/timescope.png"
install -m 644 src/dist/linux/timescope-mime.xml "$tree/usr/share/mime/packages/timescope.xml"
install -m 644 "$work/shell/timescope.bash" "$tree/usr/share/bash-completion/completions/timescope"
install -m 644 "$work/shell/_timescope" "$tree/usr/share/zsh/vendor-completions/_timescope"
gzip -9n -c "$work/shell/timescope.1" > "$tree/usr/share/man/man1/timescope.1.gz"
chmod 644 "$tree/usr/share/man/man1/timescope.1.gz"
size=$(du -sk --exclude=DEBIAN "$tree" | cut -f1)
sed -i "s/^Installed-Size: .*/Installed-Size: $size/" "$tree/DEBIAN/control"
fakeroot dpkg-deb --build "$tree" "$out/$(basename "$deb")" >/dev/null
echo "package.sh: built $(ls "$out" | tr '\n' ' ')"
