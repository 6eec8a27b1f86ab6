/**
 * TurboFan is held off until the server's first diagnostics, or until a large document is opened, and then let in
 * (server/src/lsp/startupTiering.ts). Seen from outside the built server: a preload asks V8, as the server exits,
 * whether a hot function can still be optimized.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LspClient } from './lspClient';

/** Written into the temporary folder: at exit, tries to optimize a function and writes whether it was. */
const PROBE = `
const probe = new Function(\`
  function hot(n) { let h = 0; for (let i = 0; i < n; i++) h = (h * 31 + i) | 0; return h; }
  %PrepareFunctionForOptimization(hot); hot(10); hot(10); %OptimizeFunctionOnNextCall(hot); hot(10);
  return (%GetOptimizationStatus(hot) & 16) !== 0;\`);
process.on('exit', () => require('node:fs').writeFileSync(process.env.CLIO_OPT_PROBE, probe() ? 'optimizing' : 'held'));
`;

describe('TurboFan during the first analysis', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'clio-tiering-'));
    writeFileSync(join(dir, 'probe.cjs'), PROBE);
    process.env.CLIO_SERVER_NODE_ARGS = `--allow-natives-syntax --require ${join(dir, 'probe.cjs')}`;
    process.env.CLIO_OPT_PROBE = join(dir, 'result');
    process.env.CLIO_CODE_CACHE_DIR = dir; // the probe's flag makes another cache than dist's
  });
  after(() => {
    for (const name of ['CLIO_SERVER_NODE_ARGS', 'CLIO_OPT_PROBE', 'CLIO_CODE_CACHE_DIR']) delete process.env[name];
    rmSync(dir, { recursive: true, force: true });
  });

  /** One session; what the probe found as the server exited. */
  async function session(work: (client: LspClient) => Promise<void>): Promise<string> {
    rmSync(join(dir, 'result'), { force: true });
    const client = await LspClient.start();
    try {
      await work(client);
    } finally {
      await client.stop();
    }
    return readFileSync(join(dir, 'result'), 'utf8');
  }

  const small = 'On 7 March 1917 (O.S. 22 February) Lenin was in Zurich.\n';
  const large = `${'Lenin was in Zurich on 7 March 1917. '.repeat(2000)}\n`; // 74,000 characters

  it('holds it off from the start until a document is analyzed', async () => {
    assert.equal(await session(async (c) => c.open('file:///notes.txt', small, 'plaintext')), 'held');
  });

  it('lets it in once the first diagnostics are out', async () => {
    const found = await session(async (c) => {
      await c.openAndWait('file:///draft.md', small);
    });
    assert.equal(found, 'optimizing');
  });

  it('lets it in when the first document opened is large, before analyzing it', async () => {
    assert.equal(await session(async (c) => c.open('file:///notes.txt', large, 'plaintext')), 'optimizing');
  });
});
