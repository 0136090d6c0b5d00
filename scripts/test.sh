#!/usr/bin/env bash
# Installs what is needed, builds, and runs every test with ctest (prints ctest's summary).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh
ctest --test-dir build --output-on-failure --parallel "$(nproc)" --timeout 600
