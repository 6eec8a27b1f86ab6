/**
 * Runs the extension-host suite (out/test/vscode/index.js, `exports.run()`) inside a real VS Code 1.139
 * Node extension host served by code-server, the workbench opened in headless chromium. This is the
 * same mechanism VS Code uses for its own browser integration tests: the URL payload carries
 * extensionDevelopmentPath/extensionTestsPath, the workbench reports the extension host's console
 * through window.codeAutomationLog and the result through window.codeAutomationExit(code).
 *
 * Usage: node out/test/vscode/runCodeServer.js      (after scripts/setup-vscode-host.sh and the build)
 * Exit code: the suite's (0 = all passed, 1 = failures), 2 = host missing, 3 = timeout, 4/5 = runner error.
 * Env: CLIO_VSCODE_TIMEOUT_MS (default 300000), VERBOSE=1, KEEP_TMP=1, CLIO_TEST_GREP (mocha grep),
 *      CLIO_VSCODE_SCREENSHOT=path (screenshot of the test window at the end).
 */
import * as path from 'node:path';
import * as util from 'node:util';
import { REPO_ROOT, log, startCodeServer, type CodeServer } from './host';

/** Offline noise of the workbench and the server (open-vsx, GitHub auth, telemetry, chat). */
const NOISE = /\[AgentHost|ChatModelSelection|AccountPolicyGate|github|Service Worker|reconnection-grace|open-vsx|Creating a socket|connection token|ENOTFOUND|telemetry|^\s+at /i;

const extensionDevelopmentPath = REPO_ROOT;
const extensionTestsPath = path.join(REPO_ROOT, 'out', 'test', 'vscode', 'index.js');
const workspace = path.join(REPO_ROOT, 'test', 'vscode', 'fixtures');
const timeoutMs = Number(process.env.CLIO_VSCODE_TIMEOUT_MS || 300_000);

let cs: CodeServer | undefined;
let finished = false;

async function finish(code: number, why: string): Promise<void> {
  if (finished) return; // the first reason wins
  finished = true;
  log('runner', `finish: exit ${code} (${why})`);
  await cs?.dispose();
  process.exit(code);
}

process.on('SIGINT', () => void finish(130, 'SIGINT'));
process.on('SIGTERM', () => void finish(143, 'SIGTERM'));
setTimeout(() => void finish(3, `timeout after ${timeoutMs} ms`), timeoutMs).unref();

async function main(): Promise<void> {
  log('runner', 'VS Code host: code-server (VS Code 1.139.1 Node extension host, headless chromium)');
  cs = await startCodeServer({ workspace });
  log('runner', `code-server listening on 127.0.0.1:${cs.port}`);
  const { page } = await cs.openBrowser();

  let sawOutput = false;
  await page.exposeFunction('codeAutomationLog', (_type: string, args: unknown[]) => {
    const line = util.format(...(args ?? []));
    if (process.env.VERBOSE || !NOISE.test(line)) { sawOutput = true; console.log('[ext-host]', line); }
  });
  await page.exposeFunction('codeAutomationExit', async (code: number) => {
    const shot = process.env.CLIO_VSCODE_SCREENSHOT;
    if (shot) { try { await page.screenshot({ path: shot }); log('runner', 'screenshot', shot); } catch { /* window gone */ } }
    await finish(code, 'codeAutomationExit from the extension host');
  });

  await page.goto(cs.url(workspace, [
    ['extensionDevelopmentPath', cs.remote(extensionDevelopmentPath)],
    ['extensionTestsPath', cs.remote(extensionTestsPath)],
    ['skipWelcome', 'true'],
  ]));
  log('runner', 'workbench opened; waiting for the extension host to run the suite');
  // If the workbench never starts the tests, say so instead of waiting silently.
  setTimeout(() => { if (!sawOutput) log('runner', 'no output from the extension host yet (VERBOSE=1 shows the workbench console)'); }, 60_000).unref();
  await cs.died;
}

main().catch((e) => { if (!finished) { console.error(e); void finish(4, 'runner error'); } });
