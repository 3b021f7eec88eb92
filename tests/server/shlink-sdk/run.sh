#!/bin/bash
# Starts a throwaway linkdeck-server on a free port with its own database and journal, makes
# an API key with the server's own command, and drives it with the official Shlink JS SDK
# (surface.mjs). Usage: run.sh /path/to/linkdeck-server
# The SDK comes from npm (`npm ci` in this folder; .ci/linkdeck test does it).
set -u
server=$(realpath "$1")
here=$(cd "$(dirname "$0")" && pwd)
if ! command -v node >/dev/null; then
    echo "node is not installed (apt-get install nodejs npm; .ci/linkdeck test installs them)" >&2
    exit 1
fi
if [ ! -d "$here/node_modules/@shlinkio/shlink-js-sdk" ]; then
    echo "the Shlink JS SDK is not installed: run 'npm ci' in $here (.ci/linkdeck test does it)" >&2
    exit 1
fi
work=$(mktemp -d)
pid=
cleanup() {
    [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT

db=$work/links.sqlite
generate() { "$server" api-key:generate --db "$db" "$@" || { echo "api-key:generate $* failed" >&2; exit 1; }; }
key=$(generate --name sdk)
author_key=$(generate --name author --author-only)
domain_key=$(generate --name branded --domain-only go.example)
no_orphans_key=$(generate --name no-orphans --no-orphan-visits)
old_key=$(generate --name old)
"$server" --db "$work/links.sqlite" --listen 127.0.0.1:0 >"$work/server.log" 2>&1 &
pid=$!
for _ in $(seq 1 200); do
    port=$(sed -n 's/^{.*"event":"ready".*"port":\([0-9]*\).*/\1/p' "$work/server.log")
    [ -n "$port" ] && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.05
done
if [ -z "${port:-}" ]; then
    echo "linkdeck-server did not start:" >&2
    cat "$work/server.log" >&2
    exit 1
fi
cd "$here" && SERVER="$server" DB="$db" AUTHOR_KEY="$author_key" DOMAIN_KEY="$domain_key" NO_ORPHANS_KEY="$no_orphans_key" \
    OLD_KEY="$old_key" node surface.mjs "http://127.0.0.1:$port" "$key"
status=$?
if [ $status -ne 0 ]; then
    echo "--- server log" >&2
    cat "$work/server.log" >&2
fi
exit $status
