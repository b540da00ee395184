#!/bin/sh
# Renders every page of Tepat offscreen on a fresh synthetic demo village into
# docs/screenshots/*.png (README pictures). Needs the Release build:
#   cmake --workflow --preset release && docs/render-screenshots.sh
set -eu
cd "$(dirname "$0")/.."
bin=build/release/bin
out=docs/screenshots
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$bin/tepat-cli" demo --db "$work/demo.sqlite" >/dev/null
# One household with a typed location point, so the "Foto & lokasi" tab shows one.
"$bin/tepat-cli" location set --db "$work/demo.sqlite" --household 3571031001.000003 \
    --lat -7.8275 --lon 112.0125 --accuracy 6 >/dev/null
mkdir -p "$out"
TZ=Asia/Jakarta QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME="$work" XDG_DATA_HOME="$work" \
    "$bin/tepat" --db "$work/demo.sqlite" --screenshots "$out"
# The Kunjungan page needs a laptop after a field day, which the demo office store is not: its
# pictures (page-kunjungan.png, kunjungan-form.png, kunjungan-kuesioner*.png) come from the test
# build's tool:
#   TZ=Asia/Jakarta QT_QPA_PLATFORM=offscreen build/test/bin/tepat-fieldwork-screenshots DIR
ls "$out"
