#!/bin/sh
# Builds the .deb packages of this build with CPack, installs them into a fresh, empty root with
# dpkg, starts what they installed, and removes them again: nothing may be left behind.
#   check-packages.sh CPACK BUILD_DIR VERSION
set -eu
cpack=$1
build=$2
version=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

(cd "$build" && "$cpack" -G DEB -B "$work/packages" >"$work/cpack.log" 2>&1) ||
    { cat "$work/cpack.log" >&2; fail "cpack -G DEB"; }
desktop=$(ls "$work"/packages/tepat_"$version"_*.deb) || fail "no tepat package"
central=$(ls "$work"/packages/tepat-central_"$version"_*.deb) || fail "no tepat-central package"

contains() { dpkg-deb -c "$1" | awk '{print $6}' | grep -qx "$2" || fail "$(basename "$1") lacks $2"; }
lacks() { ! dpkg-deb -c "$1" | awk '{print $6}' | grep -qx "$2" || fail "$(basename "$1") has $2"; }
contains "$desktop" ./usr/bin/tepat
contains "$desktop" ./usr/bin/tepat-cli
contains "$desktop" ./usr/share/applications/tepat.desktop
contains "$desktop" ./usr/share/icons/hicolor/48x48/apps/tepat.png
contains "$desktop" ./usr/share/icons/hicolor/scalable/apps/tepat.svg
lacks "$desktop" ./usr/bin/tepat-central
contains "$central" ./usr/bin/tepat-central
contains "$central" ./usr/lib/systemd/system/tepat-central.service
contains "$central" ./etc/default/tepat-central
lacks "$central" ./usr/bin/tepat
dpkg-deb -I "$central" conffiles | grep -qx /etc/default/tepat-central ||
    fail "/etc/default/tepat-central is not a conffile"
dpkg-deb -f "$desktop" Depends | grep -q libqt6widgets6 || fail "tepat does not depend on Qt"

# A fresh root: only dpkg's own database.
root="$work/root"
mkdir -p "$root/var/lib/dpkg/info" "$root/var/lib/dpkg/updates" "$root/var/lib/dpkg/triggers"
: >"$root/var/lib/dpkg/status"
: >"$root/var/lib/dpkg/available"
dpkg --root="$root" --force-depends --force-not-root -i "$desktop" "$central" \
    >"$work/dpkg.log" 2>&1 || { cat "$work/dpkg.log" >&2; fail "dpkg -i"; }

QT_QPA_PLATFORM=offscreen "$root/usr/bin/tepat" --version | grep -q "$version" ||
    fail "tepat --version"
"$root/usr/bin/tepat-cli" --help >/dev/null 2>&1 || fail "tepat-cli --help"
"$root/usr/bin/tepat-central" --help >/dev/null 2>&1 || fail "tepat-central --help"
grep -qx "Icon=tepat" "$root/usr/share/applications/tepat.desktop" || fail "menu entry has no icon"
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$root/usr/share/applications/tepat.desktop" || fail "desktop file"
fi
grep -q "^ExecStart=/usr/bin/tepat-central serve" "$root/usr/lib/systemd/system/tepat-central.service" ||
    fail "unit does not start tepat-central"
grep -q "^TEPAT_CENTRAL_LISTEN=127.0.0.1:" "$root/etc/default/tepat-central" ||
    fail "the default does not listen on loopback"

dpkg --root="$root" --force-not-root --purge tepat tepat-central >"$work/dpkg.log" 2>&1 ||
    { cat "$work/dpkg.log" >&2; fail "dpkg --purge"; }
left=$(cd "$root" && find . -path ./var/lib/dpkg -prune -o -type f -print)
[ -z "$left" ] || fail "left behind after purge: $left"
echo "packages: $(basename "$desktop") $(basename "$central") install, start and purge cleanly"
