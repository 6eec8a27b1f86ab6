#!/usr/bin/env bash
# The tests that need a real VS Code (see test/vscode/README.md).
#
#   scripts/test-vscode.sh          npm run test:vscode — the extension-host suite (test/vscode/suite)
#   scripts/test-vscode.sh --ui     npm run test:ui     — package the .vsix, install it into code-server,
#                                   hover a name in examples/dual-power.md, screenshot test-results/hover.png;
#                                   then open its timeline and check the links (test-results/timeline.png)
#
# The suite runs in desktop VS Code through @vscode/test-electron when one is available, else in
# code-server 4.139.1 (= VS Code 1.139.1, real Node extension host) in headless chromium; it SAYS which.
#   CLIO_VSCODE_LAUNCHER=electron|code-server|auto (default auto). auto picks electron only when
#   $VSCODE_EXECUTABLE_PATH is set, .vscode-test/ holds a downloaded VS Code, or CLIO_VSCODE_TRY_DOWNLOAD=1
#   (so an offline machine does not wait on a download that cannot work), and falls back to
#   code-server when no desktop VS Code can be had.
# code-server, Node 24 and chromium come from scripts/setup-vscode-host.sh (run here; ~1 s when cached).
# Exit code: non-zero when any test fails or nothing could run.
set -uo pipefail
cd "$(dirname "$0")/.."

mode=suite
[ "${1:-}" = --ui ] && { mode=ui; shift; }

setup_host() { bash scripts/setup-vscode-host.sh || { echo "test:vscode: setup-vscode-host.sh failed" >&2; exit 1; }; }

if [ $mode = ui ]; then
  setup_host
  npm run --silent package || exit 1          # clio-<version>.vsix (production build of dist/)
  node test/vscode/build.mjs || exit 1
  echo "test:ui: host = code-server 4.139.1 (VS Code 1.139.1), packaged .vsix installed, headless chromium"
  node out/test/vscode/uiCheck.js "$@"
  rc=$?
  # The timeline view (issue 16): opened from the palette, linked both ways with the editor; test-results/timeline.png.
  node out/test/vscode/timelineCheck.js || rc=1
  npm run --silent build >/dev/null 2>&1 || true   # back to the development build (with source maps)
  exit $rc
fi

npm run --silent build || exit 1
node test/vscode/build.mjs || exit 1

launcher=${CLIO_VSCODE_LAUNCHER:-auto}
if [ "$launcher" = auto ]; then
  if [ -n "${VSCODE_EXECUTABLE_PATH:-}" ] || [ -d .vscode-test ] || [ -n "${CLIO_VSCODE_TRY_DOWNLOAD:-}" ]; then
    launcher=electron
  else
    echo "test:vscode: no desktop VS Code (VSCODE_EXECUTABLE_PATH unset, no .vscode-test/ download)"
    launcher=code-server
  fi
fi

if [ "$launcher" = electron ]; then
  echo "test:vscode: trying desktop VS Code (@vscode/test-electron)"
  xvfb=()
  if [ "$(uname)" = Linux ] && [ -z "${DISPLAY:-}" ] && command -v xvfb-run >/dev/null; then xvfb=(xvfb-run -a); fi
  "${xvfb[@]}" node out/test/vscode/runElectron.js
  rc=$?
  if [ $rc -ne 78 ]; then echo "test:vscode: host = desktop VS Code (@vscode/test-electron), exit $rc"; exit $rc; fi
  if [ "${CLIO_VSCODE_LAUNCHER:-auto}" = electron ]; then echo "test:vscode: desktop VS Code unavailable" >&2; exit 1; fi
  echo "test:vscode: no desktop VS Code here; falling back to code-server"
fi

setup_host
echo "test:vscode: host = code-server 4.139.1 (VS Code 1.139.1, real Node extension host, headless chromium)"
node out/test/vscode/runCodeServer.js
rc=$?
echo "test:vscode: host = code-server, exit $rc"
exit $rc
