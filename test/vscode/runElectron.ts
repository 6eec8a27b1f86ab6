/**
 * Runs the same extension-host suite (out/test/vscode/index.js) in desktop VS Code through
 * @vscode/test-electron — for machines where a desktop VS Code can be had. On this project's build
 * machine it cannot (no desktop VS Code on npm or Debian, and update.code.visualstudio.com is not
 * reachable), so scripts/test-vscode.sh falls back to the code-server launcher (runCodeServer.ts).
 *
 * Which VS Code: $VSCODE_EXECUTABLE_PATH if set (an installed desktop VS Code's executable), else a
 * download of $CLIO_VSCODE_VERSION (default "stable") into .vscode-test/ (cached by test-electron).
 * On Linux without a display, run it under `xvfb-run -a` (scripts/test-vscode.sh does when it can).
 *
 * Exit code: the suite's; 78 = no desktop VS Code available (nothing was run).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';

export const UNAVAILABLE = 78;
const root = path.resolve(__dirname, '../../..');

async function desktopVSCode(): Promise<string | undefined> {
  const explicit = process.env.VSCODE_EXECUTABLE_PATH;
  if (explicit) {
    if (fs.existsSync(explicit)) return explicit;
    console.error(`VSCODE_EXECUTABLE_PATH=${explicit} does not exist`);
    return undefined;
  }
  try {
    // test-electron caches downloads in .vscode-test/; a second run does not touch the network.
    return await Promise.race([
      downloadAndUnzipVSCode({ version: process.env.CLIO_VSCODE_VERSION || 'stable', cachePath: path.join(root, '.vscode-test') }),
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error('download timed out after 600 s')), 600_000).unref()),
    ]);
  } catch (e) {
    console.error(`desktop VS Code unavailable: ${(e as Error).message.split('\n')[0]}`);
    return undefined;
  }
}

async function main(): Promise<number> {
  const vscodeExecutablePath = await desktopVSCode();
  if (!vscodeExecutablePath) return UNAVAILABLE;
  console.log(`[runner] VS Code host: desktop VS Code via @vscode/test-electron (${vscodeExecutablePath})`);

  const userData = fs.mkdtempSync(path.join(os.tmpdir(), 'clio-vscode-electron-'));
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  fs.writeFileSync(path.join(userData, 'User', 'settings.json'), JSON.stringify({
    'telemetry.telemetryLevel': 'off', 'workbench.startupEditor': 'none', 'security.workspace.trust.enabled': false,
    'extensions.autoCheckUpdates': false, 'extensions.autoUpdate': false, 'clio.diagnostics.debounceMs': 0,
  }));
  try {
    return await runTests({
      vscodeExecutablePath,
      extensionDevelopmentPath: root,
      extensionTestsPath: path.join(root, 'out', 'test', 'vscode', 'index.js'),
      extensionTestsEnv: { ...process.env },
      launchArgs: [
        path.join(root, 'test', 'vscode', 'fixtures'),
        '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes',
        '--user-data-dir', userData, '--extensions-dir', path.join(userData, 'extensions'),
      ],
    });
  } catch (e) {
    console.error((e as Error).message);
    return (e as { code?: number }).code || 1; // TestRunFailedError carries VS Code's exit code
  } finally {
    fs.rmSync(userData, { recursive: true, force: true });
  }
}

main().then((code) => process.exit(code), (e) => { console.error(e); process.exit(1); });
