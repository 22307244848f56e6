#!/usr/bin/env bash
# Accessibility check and screenshots of HTML editions in Debian's headless Chromium.
#
#   bash src/test/a11y/run.sh <html-dir> <screenshot-dir>
#
# Installs its npm packages (pinned in package-lock.json) into src/test/a11y/node_modules on
# first use, and Chromium with apt-get when it is missing and we are root. Set CHROMIUM to
# use another browser binary. Exit status: 0 clean, 1 serious/critical violations, 2 error.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
if [ "$#" -ne 2 ]; then
  echo "usage: bash src/test/a11y/run.sh <html-dir> <screenshot-dir>" >&2
  exit 2
fi
html_dir="$1"
shot_dir="$2"
chromium="${CHROMIUM:-/usr/bin/chromium}"

if [ ! -x "$chromium" ]; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get > /dev/null; then
    echo "Installing Chromium (apt-get)..." >&2
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium > /dev/null
  else
    echo "Chromium not found at $chromium: apt-get install -y chromium, or set CHROMIUM" >&2
    exit 2
  fi
fi

if [ ! -d "$here/node_modules/axe-core" ] || [ ! -d "$here/node_modules/puppeteer-core" ]; then
  echo "Installing axe-core and puppeteer-core into $here/node_modules..." >&2
  (cd "$here" && npm ci --no-audit --no-fund --ignore-scripts --loglevel=error)
fi

mkdir -p "$shot_dir"
CHROMIUM="$chromium" exec node "$here/check.mjs" "$html_dir" "$shot_dir"
