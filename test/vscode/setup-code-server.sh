#!/usr/bin/env bash
# Installs a real VS Code for the offline integration and UI tests: code-server 4.100.3
# (= VS Code 1.100.3, runs on Node 20) plus playwright-core to drive it from Debian's Chromium.
# Only the npm registry and Debian apt are needed. Idempotent; prints the install folder.
# Usage: test/vscode/setup-code-server.sh [DEST]   (default: $UPSC_CODE_SERVER_DIR or .vscode-test/code-server)
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
dest=${1:-${UPSC_CODE_SERVER_DIR:-$here/.vscode-test/code-server}}
export npm_config_yes=true npm_config_fund=false npm_config_audit=false

need_apt=()
command -v rg >/dev/null || need_apt+=(ripgrep)
command -v chromium >/dev/null || need_apt+=(chromium)
dpkg -s libkrb5-dev >/dev/null 2>&1 || need_apt+=(libkrb5-dev)
command -v pkg-config >/dev/null || need_apt+=(pkg-config)
# Devanagari glyphs for the Hindi UI tests' screenshots (Chromium shows boxes without a font).
dpkg -s fonts-lohit-deva >/dev/null 2>&1 || need_apt+=(fonts-lohit-deva)
if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then echo "setup-code-server: please install: ${need_apt[*]} (apt-get)" >&2; exit 1; fi
  apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

mkdir -p "$dest"
if [ ! -f "$dest/.complete" ]; then
  echo "setup-code-server: installing code-server 4.100.3 into $dest (1-2 minutes)" >&2
  # --ignore-scripts: code-server's postinstall and @vscode/ripgrep download binaries, which fails offline.
  npm install --prefix "$dest" --no-save code-server@4.100.3 playwright-core@1 --ignore-scripts >/dev/null 2>&1
  vs="$dest/node_modules/code-server/lib/vscode"
  (cd "$vs" && npm install --omit=dev --ignore-scripts >/dev/null 2>&1)
  mkdir -p "$vs/node_modules/@vscode/ripgrep/bin" && ln -sf "$(command -v rg)" "$vs/node_modules/@vscode/ripgrep/bin/rg"
  (cd "$vs" && npm rebuild >/dev/null 2>&1)            # native modules against this Node 20
  (cd "$vs/bin/remote-cli" && ln -sf code-linux.sh code-server)
  (cd "$vs/bin/helpers" && ln -sf browser-linux.sh browser.sh)
  (cd "$vs/extensions" && npm install --omit=dev >/dev/null 2>&1)   # built-in extensions' own deps
  (npm rebuild --prefix "$dest" argon2 >/dev/null 2>&1 || true)
  "$dest/node_modules/.bin/code-server" --version >/dev/null
  touch "$dest/.complete"
fi
echo "$dest"
