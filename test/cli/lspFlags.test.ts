/**
 * `clio lsp` runs the language server under the server's own V8 flags, not those `clio check` sets for one-shot runs
 * (cli/v8Flags.ts): V8 accepts a code cache only under the flags it was made with, so the cache `dist/server.js`
 * wrote must serve `clio lsp` too (neither rewrites the other's). Through the built dist/cli.js over stdio.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { codeCachePath } from '../../server/src/util/codeCache';
import { LspClient, type StartOptions } from '../lsp/lspClient';

const CLI = resolve(__dirname, '../../dist/cli.js');
const BUNDLE = resolve(__dirname, '../../dist/serverMain.js');

describe('clio lsp and the server code cache', () => {
  let dir: string;

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'clio-lsp-flags-'));
    process.env.CLIO_CODE_CACHE_DIR = dir;
  });
  after(() => {
    delete process.env.CLIO_CODE_CACHE_DIR;
    rmSync(dir, { recursive: true, force: true });
  });

  /** One session: a draft's diagnostics, then a clean exit (when the cache is written, if it is). */
  async function session(options: StartOptions = {}): Promise<string[]> {
    const client = await LspClient.start(options);
    try {
      await client.open('file:///draft.md', 'On 7 March 1917 (O.S. 22 February) Lenin was in Zurich.\n');
      return (await client.waitForDiagnostics('file:///draft.md')).map((d) => `${d.code}: ${d.message}`);
    } finally {
      await client.stop();
    }
  }

  it('accepts the cache dist/server.js wrote, and so does not replace it', async () => {
    const cache = codeCachePath(BUNDLE, dir);
    const identity = () => {
      const s = statSync(cache);
      return `${s.ino}:${s.mtimeMs}`;
    };
    const fromServer = await session();
    assert.ok(existsSync(cache), 'dist/server.js wrote a cache');
    const written = identity();
    assert.deepEqual(await session({ serverPath: CLI, serverArgs: ['lsp', '--stdio'] }), fromServer);
    assert.equal(identity(), written, 'clio lsp ran under the same flags: V8 accepted the cache');
  });
});
