#!/usr/bin/env bash
# Installs Debian's Chromium when it is missing: the tests, the bench and the demo drive the real browser.
set -euo pipefail
chromium_path="${REMIT_CHROMIUM:-/usr/bin/chromium}"
if [ -x "$chromium_path" ]; then
  exit 0
fi
echo "Chromium not found at $chromium_path; installing Debian's chromium package..."
if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
"$chromium_path" --version 2>/dev/null | grep -i chromium || true
