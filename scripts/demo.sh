#!/usr/bin/env bash
# Quick start: installs what is needed, builds, creates the demo warehouse store and opens
# wh-manager and wh-kiosk on it. It writes the demo reports (PDF, CSV and trend chart per site) into
# build/demo/; without a display it also renders the first screens to PNG and says how to open the
# programs.
# Usage: scripts/demo.sh [--fresh]   (--fresh: build the demo store again)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

bash scripts/install-deps.sh
bash scripts/build.sh

store="$root/build/demo/warehouse.sqlite"
mkdir -p "$root/build/demo"
if [ "${1:-}" = "--fresh" ]; then rm -f "$store" "$store-wal" "$store-shm"; fi
# A store from before the handhelds were set up by `wh demo` (no spec key on them) is built again.
if [ -f "$store" ] && build/bin/wh info --db "$store" 2>/dev/null | grep -q '^events: [1-9]' &&
  [ "$(sqlite3 "$store" "select count(*) from device_settings where key = 'spec.keys'" 2>/dev/null)" != "0" ] &&
  [ -n "$(sqlite3 "$store" "select 1 from device_settings limit 1" 2>/dev/null)" ]; then
  echo "demo store already there: $store (scripts/demo.sh --fresh builds it again)"
else
  rm -f "$store" "$store-wal" "$store-shm"
  build/bin/wh demo --db "$store" --days 30 --seed 7
fi
# The demo accounts of wh-manager (README, "Demo accounts"): `wh demo` creates them; a store made
# before accounts existed gets them here.
accounts=$(build/bin/wh account list --db "$store")
if ! grep -q '^admin	' <<<"$accounts"; then
  printf 'demo-admin-2026\n' | build/bin/wh account add admin --role admin --display-name '管理者 (demo)' --db "$store" >/dev/null
  printf 'demo-manager-2026\n' | build/bin/wh account add manager --role manager --sites S1,S2 \
    --display-name '山本 マネージャー (demo)' --db "$store" >/dev/null
  printf 'demo-leader-2026\n' | build/bin/wh account add leader --role leader --sites S1 \
    --display-name '佐々木 リーダー (demo)' --db "$store" >/dev/null
fi
echo
info=$(build/bin/wh info --db "$store")
echo "$info"
echo
cat <<'ACCOUNTS'
wh-manager's demo accounts (name / password):
  admin   / demo-admin-2026     every site, costs, accounts
  manager / demo-manager-2026   S1 and S2, with costs
  leader  / demo-leader-2026    S1, no costs
ACCOUNTS
echo

# The demo reports: each site's figures over the demo period (PDF with the trend chart, CSV, chart PNG).
first=$(echo "$info" | sed -n 's/^first_business_day: //p')
last=$(echo "$info" | sed -n 's/^last_business_day: //p')
echo "demo reports, $first .. $last, into build/demo/:"
for site in $(echo "$info" | sed -n 's/^site: //p'); do
  for out in "report-$site.pdf" "report-$site.csv" "report-$site-trend.png"; do
    level=section
    case "$out" in *.csv) level=activity ;; esac
    build/bin/wh report --db "$store" --site "$site" --from "$first" --to "$last" --level "$level" \
      --out "build/demo/$out" --lang ja >/dev/null
    echo "  build/demo/$out"
  done
done
echo

# The demo brand's care labels, to scan with the handheld (their QR codes as PNG).
mkdir -p build/demo/labels
build/bin/wh spec demo --png build/demo/labels >build/demo/labels/labels.tsv
echo "demo care labels for wh-handheld: build/demo/labels/*.png (texts in labels.tsv)"
echo

if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  echo "starting wh-manager, wh-kiosk and wh-handheld on $store"
  build/bin/wh-manager --db "$store" &
  build/bin/wh-kiosk --db "$store" --windowed &
  build/bin/wh-handheld --db "$store" &
  echo "close their windows to stop them (logs: ~/.local/share/wh/logs/)"
  wait
else
  echo "no display: rendering the first screens headless into build/demo/"
  if [ -z "${XDG_RUNTIME_DIR:-}" ]; then
    XDG_RUNTIME_DIR=$(mktemp -d)
    export XDG_RUNTIME_DIR
    trap 'rm -rf "$XDG_RUNTIME_DIR"' EXIT
  fi
  for lang in ja en; do
    # wh-manager's sign-in window, then its first page as the demo manager.
    xvfb-run -a build/bin/wh-manager --db "$store" --lang "$lang" \
      --screenshot "build/demo/wh-manager-signin-$lang.png" --log-level warn
    echo "  build/demo/wh-manager-signin-$lang.png"
    WH_MANAGER_PASSWORD=demo-manager-2026 xvfb-run -a build/bin/wh-manager --db "$store" --account manager \
      --lang "$lang" --screenshot "build/demo/wh-manager-$lang.png" --log-level warn
    echo "  build/demo/wh-manager-$lang.png"
    for program in wh-kiosk wh-handheld; do
      xvfb-run -a "build/bin/$program" --db "$store" --lang "$lang" \
        --screenshot "build/demo/$program-$lang.png" --log-level warn
      echo "  build/demo/$program-$lang.png"
    done
    # The handheld measuring the demo T-shirt, half done: on a copy, as it records like a worker.
    copy=$(mktemp -d)
    sqlite3 "$store" ".backup '$copy/store.sqlite'"
    xvfb-run -a build/bin/wh-handheld --db "$copy/store.sqlite" --lang "$lang" --screen measure-item \
      --label "$(head -1 build/demo/labels/labels.tsv | cut -f2)" \
      --screenshot "build/demo/wh-handheld-measure-$lang.png" --log-level warn
    rm -rf "$copy"
    echo "  build/demo/wh-handheld-measure-$lang.png"
  done
  cat <<MSG

To open the programs on a machine with a display:
  build/bin/wh-manager --db $store           # reports (--lang ja|en); sign in as above
  build/bin/wh-kiosk --db $store --windowed  # badge kiosk (full screen without --windowed)
  build/bin/wh-handheld --db $store          # handheld app: sign in with a badge id (see the README),
                                              # scan a label of build/demo/labels/ (the tape is a simulator)
MSG
fi
