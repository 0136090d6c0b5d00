#!/usr/bin/env bash
# Screenshots of every page of wh-manager, in Japanese and English, as an administrator and as a
# floor leader, on a demo store, for review: build/screenshots/manager-<page>-<lang>[-leader].png.
# Needs a build (scripts/build.sh) and xvfb-run. Usage: scripts/manager-screenshots.sh [STORE]
set -euo pipefail
cd "$(dirname "$0")/.."
out=build/screenshots
mkdir -p "$out"
store="${1:-build/screenshots/demo.sqlite}"
if [ ! -f "$store" ]; then
  build/bin/wh demo --db "$store" --days 45 --seed 7 >/dev/null
fi
# A few people at work now, so the live board has something to show (the demo ends yesterday).
activities=(INB-RCV-UNLOAD INB-RCV-COUNT PIC-B2B-PICK PIC-B2B-PICK SHP-DOC-PRINT MEA-MSR-GARMENT)
for i in 1 2 3 4 5 6; do
  build/bin/wh punch --db "$store" --worker "$(printf 'W%05d' $((i + 10)))" \
    --activity "${activities[$((i - 1))]}" >/dev/null 2>&1 || true
done
build/bin/wh punch --db "$store" --worker W00017 --activity INB-RCV-UNLOAD >/dev/null 2>&1 || true
build/bin/wh punch --db "$store" --worker W00017 --break >/dev/null 2>&1 || true
# The demo's accounts (see README, "Demo accounts").
admin_password="${WH_DEMO_ADMIN_PASSWORD:-demo-admin-2026}"
leader_password="${WH_DEMO_LEADER_PASSWORD:-demo-leader-2026}"
pages=$(build/bin/wh-manager --help | sed -n 's/.*page to open.*: \(.*\)\./\1/p' | tr -d ',')
[ -n "$pages" ] || pages="overview figures trends person live corrections"
for lang in ja en; do
  for page in $pages; do
    WH_MANAGER_PASSWORD="$admin_password" xvfb-run -a -s "-screen 0 1400x900x24" \
      build/bin/wh-manager --db "$store" --account admin --lang "$lang" --view "$page" --worker W00012 \
      --screenshot "$out/manager-$page-$lang.png"
    echo "$out/manager-$page-$lang.png"
  done
  WH_MANAGER_PASSWORD="$leader_password" xvfb-run -a -s "-screen 0 1400x900x24" \
    build/bin/wh-manager --db "$store" --account leader --lang "$lang" --view figures \
    --screenshot "$out/manager-figures-$lang-leader.png"
  echo "$out/manager-figures-$lang-leader.png"
done
