#!/usr/bin/env bash
# Installs Debian's Chromium (`chromium`) or Firefox ESR (`firefox`) when it is missing: the tests, the
# bench and the demo drive the real Chromium, and the Firefox smoke test loads Remit into Firefox.
set -euo pipefail
case "${1:-}" in
  chromium) browser_path="${REMIT_CHROMIUM:-/usr/bin/chromium}" package=chromium ;;
  firefox) browser_path="${REMIT_FIREFOX:-/usr/bin/firefox-esr}" package=firefox-esr ;;
  *) echo "usage: ensure-browser.sh chromium|firefox" >&2; exit 2 ;;
esac
if [ -x "$browser_path" ]; then
  exit 0
fi
echo "$package not found at $browser_path; installing Debian's $package package..."
if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$package" >/dev/null
"$browser_path" --version 2>/dev/null || true
