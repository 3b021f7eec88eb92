#!/bin/bash
set -e
cd "$(dirname "$0")"
mkdir -p dist
cp public/index.html dist/
nice -n 10 npx esbuild src/main.jsx --bundle --format=esm --jsx=automatic --minify --loader:.js=jsx \
  --define:process.env.NODE_ENV='"production"' --outfile=dist/app.js --log-level=warning
nice -n 10 npx tailwindcss -i src/tailwind.css -o dist/app.css --minify 2>&1 | grep -v '^≈' || true
