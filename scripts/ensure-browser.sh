#!/usr/bin/env bash
# Makes sure the real-browser tests can run: Debian's Chromium (driven by Playwright, never
# downloaded) and the Noto CJK fonts (so Chinese journeys render, in tests and in exports).
#
# When something is missing and we run as root on a system with apt-get (a fresh CI machine),
# it installs the two Debian packages itself and says so. Anywhere else it prints exactly what
# to install and fails, rather than letting the browser tests fail obscurely later.
#
# CHROMIUM_PATH overrides the browser location (default /usr/bin/chromium), as in vitest.config.ts.
set -euo pipefail

chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"

have_chromium() {
  [[ -x "$chromium_path" ]]
}

have_cjk_fonts() {
  if command -v fc-list >/dev/null 2>&1; then
    [[ -n "$(fc-list ':lang=zh-cn' family 2>/dev/null | head -n 1)" ]]
  else
    compgen -G '/usr/share/fonts/opentype/noto/NotoSansCJK*' >/dev/null
  fi
}

missing=()
have_chromium || missing+=("chromium")
have_cjk_fonts || missing+=("fonts-noto-cjk")

if [[ ${#missing[@]} -eq 0 ]]; then
  echo "ensure-browser: Chromium ($chromium_path) and CJK fonts are installed."
  exit 0
fi

echo "ensure-browser: missing ${missing[*]} (needed by the real-browser tests)."

if [[ "$(id -u)" -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
  echo "ensure-browser: running as root with apt-get, so installing them now:"
  echo "  apt-get update && apt-get install -y chromium fonts-noto-cjk"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update
  apt-get install -y chromium fonts-noto-cjk
  if ! have_chromium; then
    echo "ensure-browser: apt-get installed chromium but $chromium_path is still missing." >&2
    echo "  Set CHROMIUM_PATH to the Chromium executable." >&2
    exit 1
  fi
  if ! have_cjk_fonts; then
    echo "ensure-browser: fonts-noto-cjk installed but no Chinese font is visible to fontconfig." >&2
    exit 1
  fi
  echo "ensure-browser: installed Chromium and the Noto CJK fonts."
  exit 0
fi

cat >&2 <<MSG
ensure-browser: cannot install them from here (this needs root and apt-get).
Install them, then run the tests again. On Debian or Ubuntu:

  sudo apt-get update && sudo apt-get install -y chromium fonts-noto-cjk

Elsewhere: install Chromium or Chrome and a Chinese font (Noto Sans CJK SC), and point
CHROMIUM_PATH at the browser executable, e.g.
  CHROMIUM_PATH="/Applications/Google Chrome.app/Contents/MacOS/Google Chrome" npm test
MSG
exit 1
