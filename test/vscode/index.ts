/**
 * The extension-host entry point (`extensionTestsPath`): the `exports.run(): Promise<void>` shape that
 * @vscode/test-electron and the code-server launcher both use. Runs every compiled suite/*.test.js
 * in one mocha run (one VS Code start per suite), spec reporter, output through console (which the
 * launchers forward). Rejecting makes the host report a non-zero exit code.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

// mocha 12 is an ES module whose CommonJS build is lib/mocha.cjs; require it directly so that this
// works in every extension host (Electron's Node or code-server's Node 24) without require(esm).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const Mocha: typeof import('mocha') = require('mocha/lib/mocha.cjs');

export function run(): Promise<void> {
  const mocha = new Mocha({
    ui: 'tdd',
    color: false,
    reporter: 'spec',
    timeout: Number(process.env.CLIO_VSCODE_TEST_TIMEOUT_MS || 30_000),
    slow: 5_000,
    forbidOnly: true, // a stray suite.only/test.only fails the run (as --forbid-only does for .ci/run's other mocha runs)
    grep: process.env.CLIO_TEST_GREP || undefined,
  });
  const dir = path.join(__dirname, 'suite');
  for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.test.js')).sort()) mocha.addFile(path.join(dir, f));
  console.log(`Clio extension-host suite: VS Code ${vscode.version}, Node ${process.version}, ${mocha.files.length} files`);
  return new Promise((resolve, reject) => {
    try {
      mocha.run((failures) => {
        if (failures > 0) reject(new Error(`${failures} test(s) failed.`)); else resolve();
      });
    } catch (e) {
      reject(e);
    }
  });
}
