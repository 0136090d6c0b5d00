#!/usr/bin/env bash
# Installs what building, running and testing the suite needs on Debian 12 (bookworm).
# Idempotent: apt-get skips what is already installed. Needs root (or sudo).
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake ninja-build ccache pkg-config git
  # Qt 6.4 (Debian 12)
  qt6-base-dev qt6-base-dev-tools qt6-declarative-dev qt6-declarative-dev-tools
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  qt6-httpserver-dev qt6-websockets-dev qt6-serialport-dev qt6-serialbus-dev qt6-connectivity-dev
  qt6-multimedia-dev qt6-charts-dev
  libqt6sql6-sqlite qt6-qpa-plugins libgl-dev libvulkan-dev
  qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-layouts
  qml6-module-qtquick-window qml6-module-qtquick-templates qml6-module-qtqml-workerscript
  qml6-module-qtquick-shapes qml6-module-qtmultimedia qml6-module-qttest # wh-handheld and its Qt Quick tests
  # third-party libraries
  libzxing-dev libzbar-dev libspdlog-dev libfmt-dev libsqlite3-dev sqlite3 libsodium-dev
  # running the GUI programs without a display, fonts that cover Japanese, PDF checks;
  # Mesa's software OpenGL driver, which Qt Quick (wh-handheld) renders with under Xvfb
  xvfb xauth fonts-noto-cjk poppler-utils libgl1-mesa-dri
  python3-pymodbus python3-serial python3-serial-asyncio # the outside Modbus peer the Modbus tests start (tests/drivers/modbus_peer.py); pymodbus 3.0 imports both serial modules even for TCP, and they are only recommended
)

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: everything is already installed"
  exit 0
fi
echo "install-deps: installing ${#missing[@]} packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
