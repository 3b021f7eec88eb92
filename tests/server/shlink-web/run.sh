#!/bin/bash
# Shlink's own web UI (@shlinkio/shlink-web-component + @shlinkio/shlink-js-sdk, built with
# esbuild and tailwind) in headless Chromium against a throwaway linkdeck-server.
# Usage: run.sh /path/to/linkdeck-server   (needs node, python3, chromium; `npm ci` here first)
set -u
server=$(realpath "$1")
here=$(cd "$(dirname "$0")" && pwd)
for tool in node python3; do
    command -v "$tool" >/dev/null || { echo "$tool is not installed (.ci/linkdeck test installs nodejs)" >&2; exit 1; }
done
export CHROMIUM=${CHROMIUM:-/usr/bin/chromium}
if [ ! -x "$CHROMIUM" ]; then
    echo "Chromium is not installed at $CHROMIUM: apt-get install chromium (.ci/linkdeck test installs it; CHROMIUM= picks another binary)" >&2
    exit 1
fi
if [ ! -d "$here/node_modules/@shlinkio/shlink-web-component" ] || [ ! -d "$here/node_modules/puppeteer-core" ]; then
    echo "Shlink's web component is not installed: run 'npm ci --ignore-scripts' in $here (.ci/linkdeck test does it)" >&2
    exit 1
fi
work=$(mktemp -d)
pids=()
cleanup() {
    for p in "${pids[@]}"; do kill "$p" 2>/dev/null && wait "$p" 2>/dev/null; done
    rm -rf "$work"
}
trap cleanup EXIT
"$here/build.sh" || exit 1

db=$work/links.sqlite
key=$("$server" api-key:generate --db "$db" --name web-ui) || { echo "api-key:generate failed" >&2; exit 1; }
# A fixed free port, so the default domain is where the server really listens: the domains
# page asks every domain's /rest/health.
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
echo "DEFAULT_DOMAIN=127.0.0.1:$port" >"$work/server.conf"
"$server" --db "$db" --config "$work/server.conf" --listen "127.0.0.1:$port" >"$work/server.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 200); do
    ready=$(sed -n 's/^{.*"event":"ready".*"port":\([0-9]*\).*/\1/p' "$work/server.log")
    [ -n "$ready" ] && break
    sleep 0.05
done
[ -n "${ready:-}" ] || { echo "linkdeck-server did not start:" >&2; cat "$work/server.log" >&2; exit 1; }
python3 "$here/serve.py" 0 >"$work/app.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 200); do
    app_port=$(sed -n 's/^serving on \([0-9]*\)$/\1/p' "$work/app.log")
    [ -n "$app_port" ] && break
    sleep 0.05
done
[ -n "${app_port:-}" ] || { echo "the app server did not start:" >&2; cat "$work/app.log" >&2; exit 1; }
cd "$here" && node drive.mjs "http://127.0.0.1:$app_port" "http://127.0.0.1:$port" "$key"
status=$?
[ $status -ne 0 ] && { echo "--- server log" >&2; cat "$work/server.log" >&2; }
exit $status
