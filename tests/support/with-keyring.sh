#!/usr/bin/env bash
# Runs a command with a private D-Bus session and an unlocked, throwaway GNOME Keyring, so
# that QtKeychain talks to a real Secret Service (as on a desktop) in CI.
#   with-keyring.sh PROGRAM [ARGS...]
set -euo pipefail
if [[ -z ${LINKDECK_KEYRING_BUS:-} ]]; then
    command -v dbus-run-session >/dev/null || { echo "with-keyring: dbus-run-session is missing (apt install dbus)" >&2; exit 1; }
    export LINKDECK_KEYRING_BUS=1
    exec dbus-run-session -- "$0" "$@"
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/data" "$tmp/run"
chmod 700 "$tmp/run"
export XDG_DATA_HOME=$tmp/data XDG_RUNTIME_DIR=$tmp/run
eval "$(printf '%s' linkdeck-ci | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL
export LINKDECK_REQUIRE_KEYRING=1
"$@"
