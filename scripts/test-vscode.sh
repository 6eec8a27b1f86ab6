#!/usr/bin/env bash
# npm run test:vscode — the extension-host suite (test/vscode/suite) in a real VS Code.
#   1. builds the extension (dist/) and compiles the suite (out/test/vscode/);
#   2. picks the host and SAYS which: desktop VS Code through @vscode/test-electron when one is
#      available ($VSCODE_EXECUTABLE_PATH, or a download that works / is cached in .vscode-test/),
#      else code-server 4.139.1 (VS Code 1.139.1) from scripts/setup-vscode-host.sh, in headless chromium.
#   CLIO_VSCODE_LAUNCHER=electron|code-server forces one; CLIO_VSCODE_LAUNCHER=auto (default) tries
#   electron only when $VSCODE_EXECUTABLE_PATH is set or .vscode-test/ holds a download, or when
#   CLIO_VSCODE_TRY_DOWNLOAD=1 (so offline machines do not wait on a download that cannot work).
# Exit code: the suite's (non-zero when any test fails or nothing could run).
set -uo pipefail
cd "$(dirname "$0")/.."

npm run --silent build || exit 1
node test/vscode/build.mjs || exit 1

launcher=${CLIO_VSCODE_LAUNCHER:-auto}
if [ "$launcher" = auto ]; then
  if [ -n "${VSCODE_EXECUTABLE_PATH:-}" ] || [ -d .vscode-test ] || [ -n "${CLIO_VSCODE_TRY_DOWNLOAD:-}" ]; then
    launcher=electron
  else
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

echo "test:vscode: host = code-server 4.139.1 (VS Code 1.139.1, Node extension host, headless chromium)"
node out/test/vscode/runCodeServer.js
rc=$?
echo "test:vscode: host = code-server, exit $rc"
exit $rc
