#!/usr/bin/env bash
# Runs Debian's Neovim headless with test/neovim/init.lua on a copy of draft.md; check.lua writes what Clio sent
# (diagnostics, a hover) as JSON to $1 (default: stdout). Needs nvim (scripts/setup-neovim.sh) and a built dist/.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
command -v nvim >/dev/null || { echo "run.sh: nvim not found (run scripts/setup-neovim.sh)" >&2; exit 1; }
[ -f "$repo/dist/server.js" ] || { echo "run.sh: $repo/dist/server.js missing (run npm run build)" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/book/chapters" "$work/state" "$work/config" "$work/data"
cp "$here/draft.md" "$work/book/chapters/draft.md"
# The book's .clio.json, one folder above the draft: init.lua must find the root and the server must read it.
printf '{ "severity": { "dual-date-mismatch": "error" } }\n' > "$work/book/.clio.json"
out=${1:-$work/out.json}

# A private HOME/XDG so no user config, plugins or shada of the machine take part.
CLIO_SERVER="$repo/dist/server.js" CLIO_NVIM_OUT="$out" HOME="$work" \
  XDG_CONFIG_HOME="$work/config" XDG_STATE_HOME="$work/state" XDG_DATA_HOME="$work/data" \
  timeout 90 nvim --headless -n -i NONE -u "$here/init.lua" "$work/book/chapters/draft.md" -c "luafile $here/check.lua" </dev/null
[ -s "$out" ] || { echo "run.sh: Neovim wrote no result" >&2; exit 1; }
[ -n "${1:-}" ] || cat "$out"
