#!/bin/sh
# Runs a command in a private D-Bus session with an unlocked gnome-keyring, in a temporary home
# and runtime folder that are removed afterwards.
set -eu
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
chmod 700 "$scratch"
export HOME="$scratch" XDG_RUNTIME_DIR="$scratch" XDG_DATA_HOME="$scratch/data"
dbus-run-session -- sh -c '
    echo tepat-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    exec "$@"' sh "$@"
