#!/usr/bin/env bash
# Installs Debian's neovim for the headless Neovim LSP test (test/neovim/); does nothing when nvim is already there.
set -euo pipefail
if command -v nvim >/dev/null 2>&1; then
  nvim --version | head -n 1
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO=sudo; else echo "setup-neovim: need root (or sudo) to apt-get install neovim" >&2; exit 1; fi
else
  SUDO=
fi
export DEBIAN_FRONTEND=noninteractive
# One update per install: a fresh container has empty package lists and old lists may point at removed versions.
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends neovim >/dev/null
nvim --version | head -n 1
