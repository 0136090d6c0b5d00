#!/usr/bin/env bash
# Screenshots of every screen of wh-handheld, in Japanese and English, on a demo store, for review:
# build/screenshots/handheld-<screen>-<lang>.png. Each screen is reached the way a worker gets there
# (wh-handheld --screen: badge scanned, punches, the demo T-shirt's care label, readings from the
# simulated tape), on a fresh copy of the store each time, so the demo store itself is not changed.
# Needs a build (scripts/build.sh) and xvfb-run. Usage: scripts/handheld-screenshots.sh [STORE]
set -euo pipefail
cd "$(dirname "$0")/.."
out=build/screenshots
mkdir -p "$out"
store="${1:-build/screenshots/demo.sqlite}"
if [ ! -f "$store" ]; then
  build/bin/wh demo --db "$store" --days 45 --seed 7 >/dev/null
fi
if [ -z "${XDG_RUNTIME_DIR:-}" ]; then
  XDG_RUNTIME_DIR=$(mktemp -d)
  export XDG_RUNTIME_DIR
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# One consistent copy (the store may be in WAL mode with pages not yet in the main file).
sqlite3 "$store" ".backup '$work/base.sqlite'"
label=$(build/bin/wh spec demo | head -1 | cut -f2)
screens=$(build/bin/wh-handheld --help | tr '\n' ' ' | sed -n 's/.*a worker would): \([a-z, -]*\)\..*/\1/p' | tr -d ',')
[ -n "$screens" ] || screens="signin home activity guard measure measure-item measure-verdict devices settings camera"
for lang in ja en; do
  for screen in $screens; do
    rm -f "$work/store.sqlite" "$work/store.sqlite-wal" "$work/store.sqlite-shm"
    cp "$work/base.sqlite" "$work/store.sqlite"
    xvfb-run -a -s "-screen 0 720x1280x24" \
      build/bin/wh-handheld --db "$work/store.sqlite" --lang "$lang" --screen "$screen" --label "$label" \
      --screenshot "$out/handheld-$screen-$lang.png" --log-level warn
    echo "$out/handheld-$screen-$lang.png"
  done
done
