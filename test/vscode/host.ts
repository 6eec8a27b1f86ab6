/**
 * A real VS Code for tests on machines without desktop VS Code: code-server (VS Code 1.139.1 server,
 * installed by scripts/setup-vscode-host.sh) on 127.0.0.1, its workbench opened in Debian's headless
 * chromium through playwright-core. Used by the suite launcher (runCodeServer.ts) and the UI check
 * (uiCheck.ts). Runs on the project's Node (20); code-server itself runs on the Node 24 of the cache.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CODE_SERVER_VERSION = '4.139.1';
export const REPO_ROOT = path.resolve(__dirname, '../../..'); // out/test/vscode → repo
export const HOST_DIR = process.env.CLIO_VSCODE_HOST || path.join(os.homedir(), '.cache', 'clio-vscode-host');
export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

/** Flags from ../shared/vscode-host/FINDINGS.md: no sandbox (root in a container), no GPU, nothing phoning home. */
const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-quic', '--disable-dev-shm-usage',
];

const t0 = Date.now();
export function log(tag: string, ...args: unknown[]): void {
  console.log(`[${tag} +${((Date.now() - t0) / 1000).toFixed(1)}s]`, ...args);
}

export interface HostPaths { codeServer: string; nodeBinDir: string }

/** Where setup-vscode-host.sh put code-server and Node 24, or undefined when it has not run. */
export function findHost(): HostPaths | undefined {
  const codeServer = process.env.CODE_SERVER_BIN
    || path.join(HOST_DIR, `code-server-${CODE_SERVER_VERSION}`, 'node_modules', '.bin', 'code-server');
  const nodeBinDir = process.env.CLIO_NODE24_BIN || path.join(HOST_DIR, 'node24', 'node_modules', 'node', 'bin');
  if (!fs.existsSync(codeServer) || !fs.existsSync(path.join(nodeBinDir, 'node')) || !fs.existsSync(CHROMIUM)) return undefined;
  return { codeServer, nodeBinDir };
}

export function requireHost(): HostPaths {
  const host = findHost();
  if (!host) {
    console.error(`code-server ${CODE_SERVER_VERSION}, Node 24 or ${CHROMIUM} not found under ${HOST_DIR}; run scripts/setup-vscode-host.sh`);
    process.exit(2);
  }
  return host;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

export interface CodeServer {
  port: number;
  /** `vscode-remote://` URI of an absolute path on this machine, as the workbench payload wants it. */
  remote(p: string): string;
  /** Workbench URL for a folder with a payload (list of [key, value]). */
  url(folder: string, payload: [string, string][]): string;
  /** What code-server printed so far. */
  output(): string;
  /** Installs a .vsix into this instance's extensions dir. */
  installExtension(vsix: string): string;
  /** Closes the browser (if any), kills code-server's process group, removes the temp dirs. Idempotent. */
  dispose(): Promise<void>;
  openBrowser(): Promise<{ browser: Browser; page: Page }>;
  /** Rejects (and stops waiting) if code-server dies before dispose(). */
  died: Promise<never>;
}

/**
 * Starts code-server with temporary user-data and extensions dirs, `--auth none`, on a free port,
 * with `--vscode-option enable-smoke-test-driver` (without it the built workbench ignores
 * extensionDevelopmentPath/extensionTestsPath in the URL payload). Resolves when it listens.
 */
export async function startCodeServer(opts: { workspace: string; env?: NodeJS.ProcessEnv; settings?: Record<string, unknown>; beforeStart?: (cs: Pick<CodeServer, 'installExtension'>) => void }): Promise<CodeServer> {
  const host = requireHost();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'clio-code-server-'));
  const dirs = ['--user-data-dir', path.join(tmp, 'user'), '--extensions-dir', path.join(tmp, 'extensions')];
  const env: NodeJS.ProcessEnv = { ...process.env, ...opts.env, PATH: `${host.nodeBinDir}${path.delimiter}${process.env.PATH}` };
  // The project's npm config (nodedir=/usr) must not leak into code-server's Node 24 world, and
  // code-server's own config (normally ~/.config/code-server) stays in the temp dir.
  delete env.npm_config_nodedir;
  env.XDG_CONFIG_HOME = path.join(tmp, 'config');
  env.XDG_DATA_HOME = path.join(tmp, 'data');
  // Settings for the tests: no telemetry or update prompts, diagnostics published at once.
  fs.mkdirSync(path.join(tmp, 'user', 'User'), { recursive: true });
  fs.writeFileSync(path.join(tmp, 'user', 'User', 'settings.json'), JSON.stringify({
    'telemetry.telemetryLevel': 'off',
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'security.workspace.trust.enabled': false,
    'chat.disableAIFeatures': true,
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'clio.diagnostics.debounceMs': 0,
    ...opts.settings,
  }, null, 2));

  const installExtension = (vsix: string): string =>
    execFileSync(host.codeServer, [...dirs, '--install-extension', vsix], { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
  opts.beforeStart?.({ installExtension });

  const port = Number(process.env.CLIO_CODE_SERVER_PORT) || await freePort();
  const child: ChildProcess = spawn(host.codeServer, [
    '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none',
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--disable-getting-started-override', '--ignore-last-opened',
    '--vscode-option', 'enable-smoke-test-driver',
    ...dirs, opts.workspace,
  ], { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });

  let out = '';
  const verbose = !!process.env.VERBOSE;
  child.stdout!.on('data', (d) => { out += d; if (verbose) process.stdout.write(`[code-server] ${d}`); });
  child.stderr!.on('data', (d) => { out += d; if (verbose) process.stderr.write(`[code-server] ${d}`); });

  let disposed = false;
  let browser: Browser | undefined;
  const died = new Promise<never>((_, reject) => {
    child.on('exit', (code, signal) => { if (!disposed) reject(new Error(`code-server exited (${code ?? signal}) before the run ended:\n${out}`)); });
    child.on('error', (e) => reject(e));
  });
  died.catch(() => undefined); // observed by callers through Promise.race

  const dispose = async (): Promise<void> => {
    if (disposed) return;
    disposed = true;
    try { await browser?.close(); } catch { /* already gone */ }
    try { process.kill(-child.pid!, 'SIGTERM'); } catch { /* already gone */ }
    // Give the group a moment, then make sure nothing (extension host, language server) survives.
    await new Promise((r) => setTimeout(r, 500));
    try { process.kill(-child.pid!, 'SIGKILL'); } catch { /* gone */ }
    if (process.env.KEEP_TMP) log('host', 'kept', tmp); else fs.rmSync(tmp, { recursive: true, force: true });
  };

  const deadline = Date.now() + 60_000;
  while (!/HTTP server listening on/.test(out)) {
    if (Date.now() > deadline) { await dispose(); throw new Error(`code-server did not start within 60 s:\n${out}`); }
    await Promise.race([new Promise((r) => setTimeout(r, 100)), died]);
  }

  const remote = (p: string) => `vscode-remote://127.0.0.1:${port}${path.resolve(p)}`;
  return {
    port,
    remote,
    url: (folder, payload) =>
      `http://127.0.0.1:${port}/?folder=${encodeURIComponent(path.resolve(folder))}&payload=${encodeURIComponent(JSON.stringify(payload))}`,
    output: () => out,
    installExtension,
    dispose,
    died,
    openBrowser: async () => {
      browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      if (verbose) page.on('console', (m) => console.log('[page]', m.text()));
      return { browser, page };
    },
  };
}
