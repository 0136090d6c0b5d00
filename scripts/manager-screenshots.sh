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
# The demo's accounts (see README, "Demo accounts").
admin_password="${WH_DEMO_ADMIN_PASSWORD:-demo-admin-2026}"
leader_password="${WH_DEMO_LEADER_PASSWORD:-demo-leader-2026}"
pages=$(build/bin/wh-manager --help | sed -n 's/.*page to open.*: \(.*\)\./\1/p' | tr -d ',')
[ -n "$pages" ] || pages="overview figures trends person live corrections"
for lang in ja en; do
  for page in $pages; do
    WH_MANAGER_PASSWORD="$admin_password" xvfb-run -a -s "-screen 0 1400x900x24" \
      build/bin/wh-manager --db "$store" --account admin --lang "$lang" --view "$page" \
      --screenshot "$out/manager-$page-$lang.png"
    echo "$out/manager-$page-$lang.png"
  done
  WH_MANAGER_PASSWORD="$leader_password" xvfb-run -a -s "-screen 0 1400x900x24" \
    build/bin/wh-manager --db "$store" --account leader --lang "$lang" --view figures \
    --screenshot "$out/manager-figures-$lang-leader.png"
  echo "$out/manager-figures-$lang-leader.png"
done
